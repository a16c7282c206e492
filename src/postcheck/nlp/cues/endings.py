"""Ending positions of cue phrases ("=besloten **groep"): which words of a document end so.

A cue line may hold, as one position of a phrase, an ending: `*groep` (any word ending in a form of "groep",
the word itself included) or `**groep` (a compound only: "wandelgroep", "fb-groepje", not "groep"). The
compiled part holds it as one pseudo-token (`compile.ENDING_MARK` + the ending); a document's distinct words are
looked up once each (a word's endings are kept across documents, as the folded forms are), and each position of a
word that ends in one of the endings' forms gets the pseudo-token as a second form, which the matcher
(`match._grow`) and the line gates (`index.CueIndex`) read besides the token's own LOWER hash. An ending is never a
part's anchor: the part is found by its other words.
"""
from __future__ import annotations

import numpy as np

from .compile import ENDING_MARK, ending_forms

_CACHE_MAX = 200_000


class Endings:
    """The ending positions of one index: per form (lower case), the pseudo-token hashes it stands for, with
    whether the ending takes compounds only."""

    __slots__ = ("of_form", "lengths", "hashes", "_seen", "_with")

    def __init__(self, endings: tuple[str, ...]) -> None:
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        of_form: dict[str, list[tuple[int, bool]]] = {}
        for ending in endings:
            h = hash_string(ENDING_MARK + ending)
            for form in ending_forms(ending):
                of_form.setdefault(form, []).append((h, ending.startswith("**")))
        self.of_form = {form: tuple(v) for form, v in of_form.items()}
        self.lengths = tuple(sorted({len(f) for f in of_form}, reverse=True))
        self.hashes = frozenset(hash_string(ENDING_MARK + e) for e in endings)
        self._seen: set[int] = set()                    # word hashes looked at (kept across documents)
        self._with: dict[int, tuple[int, ...]] = {}     # those that end in an ending -> its pseudo-tokens

    def __bool__(self) -> bool:
        return bool(self.of_form)

    def of_word(self, word: str) -> tuple[int, ...]:
        """The pseudo-tokens of the endings `word` (lower case) ends in: "wandelgroepen" -> `*groep`, `**groep`."""
        got: list[int] = []
        for n in self.lengths:
            if n > len(word):
                continue
            compound = len(word) > n and (word[-n - 1].isalnum() or word[-n - 1] == "-")
            for h, compound_only in self.of_form.get(word[-n:], ()):
                if (compound or (len(word) == n and not compound_only)) and h not in got:
                    got.append(h)
        return tuple(got)

    def scan(self, toks) -> dict[int, tuple[int, ...]]:
        """Token index -> the pseudo-tokens of the endings its word ends in. Words seen before are sorted out by
        set operations (a document's words are mostly known); only new ones are looked at."""
        present = toks.present
        new = present - self._seen
        if new:
            strings = toks.doc.vocab.strings
            if len(self._seen) > _CACHE_MAX:
                self._seen.clear()
                self._with.clear()
            for h in new:
                try:
                    got = self.of_word(strings[h])
                except KeyError:   # a folded or unit form made by DocTokens, not in the vocabulary
                    got = ()
                if got:
                    self._with[h] = got
            self._seen |= new
        found = present & self._with.keys()
        if not found:
            return {}
        order, ordered = toks.by_word()
        words = list(found)
        keys = np.fromiter(words, dtype=np.uint64, count=len(words))
        first = ordered.searchsorted(keys, "left")
        counts = ordered.searchsorted(keys, "right") - first
        # every position of every found word in one gather: word k's run starts at first[k] in `order`
        positions = order[np.repeat(first - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))]
        tags = [self._with[h] for h, n in zip(words, counts.tolist(), strict=True) for _ in range(n)]
        return dict(zip(positions.tolist(), tags, strict=True))
