"""Cue words found in one C-level pass (Aho-Corasick over the folded text).

Detectors that start from a cue word ("wachtwoord", "pleegzoon", "kamer") find all cue
positions with one automaton scan instead of one regex scan per pattern, then run their
regexes only at those positions (`re.match(text, pos)`), so their cost grows with the
number of cues, not with the length of the text.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import ahocorasick

from ..text.fold import fold


class CueScanner:
    def __init__(self, lists: Iterable[tuple[str, Iterable[str]]], prefix_tags: Iterable[str] = ()):
        """`lists`: (tag, words); words of a tag in `prefix_tags` may run on (key prefixes such as "ghp_")."""
        self._prefix = frozenset(prefix_tags)
        self._auto = ahocorasick.Automaton()
        seen: dict[str, set[str]] = {}
        for tag, words in lists:
            for w in words:
                key = " ".join(fold(w).split())
                if key:
                    seen.setdefault(key, set()).add(tag)
        for key, tags in seen.items():
            self._auto.add_word(key, (len(key), frozenset(tags)))
        self._auto.make_automaton()

    def find(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, frozenset[str]]]:
        """(start, end, tags) of whole-word cues in `text` (same offsets as `fold(text)`)."""
        low = folded if folded is not None else fold(text)
        n = len(low)
        for end, (length, tags) in self._auto.iter(low):
            start = end - length + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_@/"):
                continue
            if end + 1 < n and (low[end + 1].isalnum() or low[end + 1] in "-_") and not tags & self._prefix:
                continue
            yield start, end + 1, tags
