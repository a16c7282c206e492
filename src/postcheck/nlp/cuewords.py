"""Cue words found in one C-level pass (Aho-Corasick over the folded text).

Detectors that start from a cue word ("wachtwoord", "pleegzoon", "kamer") find all cue
positions with one automaton scan instead of one regex scan per pattern, then run their
regexes only at those positions (`re.match(text, pos)`), so their cost grows with the
number of cues, not with the length of the text.

The detectors share that pass: each registers its word lists (`register`, tags unique
across detectors), and `scan(text)` folds the text once and runs one automaton over it for
all of them (`components.spans.cue_words` keeps the result on the Doc, so a draft is
scanned once however many detectors read it). Each detector keeps only its own tags.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import ahocorasick

from ..text.fold import fold

CueHits = list[tuple[int, int, frozenset[str]]]


class CueScanner:
    def __init__(self, lists: Iterable[tuple[str, Iterable[str]]], prefix_tags: Iterable[str] = (),
                 raw_tags: Iterable[str] = ()):
        """`lists`: (tag, words); words of a tag in `prefix_tags` may run on (key prefixes such as "ghp_");
        words of a tag in `raw_tags` are reported wherever they occur (the caller's regex checks the edges)."""
        self._prefix = frozenset(prefix_tags)
        self._raw = frozenset(raw_tags)
        self._auto = ahocorasick.Automaton()
        seen: dict[str, set[str]] = {}
        for tag, words in lists:
            for w in words:
                key = " ".join(fold(w).split())
                if key:
                    seen.setdefault(key, set()).add(tag)
        for key, tags in seen.items():
            self._auto.add_word(key, (len(key), frozenset(tags)))
        if seen:
            self._auto.make_automaton()

    def find(self, text: str, folded: str | None = None) -> Iterator[tuple[int, int, frozenset[str]]]:
        """(start, end, tags) of whole-word cues in `text` (same offsets as `fold(text)`)."""
        if self._auto.kind != ahocorasick.AHOCORASICK:
            return
        low = folded if folded is not None else fold(text)
        n = len(low)
        prefix, raw = self._prefix, self._raw
        for end, (length, tags) in self._auto.iter(low):
            start = end - length + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_@/"):
                tags = tags & raw
                if not tags:
                    continue
            if end + 1 < n and (low[end + 1].isalnum() or low[end + 1] in "-_"):
                tags = tags & (prefix | raw)
                if not tags:
                    continue
            yield start, end + 1, tags


# -------------------------------------------------------------- the shared pass

_GROUPS: dict[str, tuple[Callable[[], list[tuple[str, Iterable[str]]]], frozenset[str], frozenset[str]]] = {}
# the detectors that read the shared pass; each registers its lists when imported
USERS = ("postcheck.nlp.secrets", "postcheck.nlp.identify")


def register(detector: str, lists: Callable[[], list[tuple[str, Iterable[str]]]],
             prefix_tags: Iterable[str] = (), raw_tags: Iterable[str] = ()) -> None:
    """Add a detector's (tag, words) lists to the shared pass; `lists` is called when the automaton is built."""
    _GROUPS[detector] = (lists, frozenset(prefix_tags), frozenset(raw_tags))
    _shared.cache_clear()


@lru_cache(maxsize=1)
def _shared() -> CueScanner:
    for module in USERS:
        importlib.import_module(module)
    lists: list[tuple[str, Iterable[str]]] = []
    owner: dict[str, str] = {}
    prefix: set[str] = set()
    raw: set[str] = set()
    for detector, (make, p, r) in sorted(_GROUPS.items()):
        for tag, words in make():
            if owner.setdefault(tag, detector) != detector:
                raise ValueError(f"cue tag {tag!r} is used by both {owner[tag]} and {detector}")
            lists.append((tag, words))
        prefix |= p
        raw |= r
    return CueScanner(lists, prefix, raw)


def scanner() -> CueScanner:
    """The one automaton over every registered detector's cue words (changes only when one registers)."""
    return _shared()


def scan(text: str) -> CueHits:
    """Every registered detector's cue words in `text`: (start, end, tags), in the automaton's order."""
    return list(_shared().find(text))
