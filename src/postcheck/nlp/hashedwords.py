"""`HashedWords`: a large word set that loads from the cache in one copy."""
from __future__ import annotations

from typing import Iterable

import numpy as np


class HashedWords:
    """A large set of words kept as a sorted array of their 64-bit hashes (spaCy's `hash_string`).

    Only `in` is offered: these sets (the Dutch vocabulary, 150k street names) are asked
    about single words. Loading one from the cache is one array copy, where a frozenset of
    150-300k strings took 0.1-0.15 s to unpickle at every start (benchmarks/README.md,
    start-up). Two words share a hash with a chance of about n/2^64."""

    __slots__ = ("_hashes", "_memo")

    def __init__(self, words: Iterable[str]) -> None:
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        self._hashes = np.unique(np.fromiter((hash_string(w) for w in words), dtype=np.uint64))
        self._memo: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._memo.get(word)
        if known is None:
            from spacy.strings import hash_string  # type: ignore[attr-defined]

            h = hash_string(word)
            i = int(self._hashes.searchsorted(h))
            known = i < len(self._hashes) and int(self._hashes[i]) == h
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[word] = known
        return known

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HashedWords) and np.array_equal(self._hashes, other._hashes)

    __hash__ = None  # type: ignore[assignment]   # mutable memo inside: not a dict key

    def __len__(self) -> int:
        return len(self._hashes)

    def __getstate__(self):
        return self._hashes

    def __setstate__(self, state) -> None:
        self._hashes = state
        self._memo = {}
