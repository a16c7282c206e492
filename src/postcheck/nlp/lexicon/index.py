"""`LexiconIndex`: build (or load from the cache) and `find`.

`LexiconIndex.build(slots)` compiles every variant form of every entry into a
table of word n-grams (`build`). Each key (a variant form: scan-folded tokens) is
filed under its *anchor*, its rarest token, with its shape (length in tokens,
offset of the anchor). `find(text)` folds the text once (lower case, no
diacritics, no look-alikes, and every character that is not a letter or digit
mapped to a space; same length), finds word boundaries and hashes every word with
numpy, looks all word hashes up at once, hashes the candidate n-grams around the
anchors and looks them up in the key hashes (`exact`), and does Python work only
per (verified) match. Misspellings go through `fuzzy`.

Built indexes are cached on disk (`postcheck.cache`) as numpy arrays (fast to
load). Entries are confidential: nothing here prints or logs them.
"""
from __future__ import annotations

import gc
from pathlib import Path
from typing import Sequence

import numpy as np

from postcheck import cache
from postcheck.nlp import inflect
from postcheck.nlp.hits import Hit
from postcheck.nlp.lexicon.build import IndexBuilder
from postcheck.nlp.lexicon.entries import VERSION, Cand, SlotSpec, _spec_digest
from postcheck.nlp.lexicon.fuzzy import FuzzyMatcher


class LexiconIndex(IndexBuilder, FuzzyMatcher):
    """All lexicon slots compiled into hashed word n-grams; `find(text) -> list[Hit]`."""

    _version: str

    @classmethod
    def build(cls, slots: Sequence[SlotSpec], cache_dir: Path | None = None) -> LexiconIndex:
        """Build (or load from the on-disk cache) the index for `slots`."""
        directory = Path(cache_dir) if cache_dir is not None else cache.cache_dir()
        specs = tuple(slots)
        key = cache.make_key(VERSION, np.__version__, inflect._lookups_version(),
                             [_spec_digest(spec) for spec in specs])
        cached = cache.load(key, directory)
        if isinstance(cached, cls) and getattr(cached, "_version", None) == VERSION:
            cached._vocab_dir = str(directory)
            return cached
        index = cls()
        index._vocab_dir = str(directory)
        gc_was = gc.isenabled()
        gc.disable()                    # millions of small objects, no cycles: GC passes only cost
        try:
            index._compile(specs)
        finally:
            if gc_was:
                gc.enable()
        index._version = VERSION
        cache.store(key, index, directory)
        return index

    def find(self, text: str) -> list[Hit]:
        """Every lexicon hit in `text` (normalised document text), sorted by offset."""
        if not text or not len(self._raw):
            return []
        d = self._scan(text)
        if d is None:
            return []
        cands: list[Cand] = []
        anchors: list[tuple[int, int, int]] = []                # first-name hits: word, key, start
        self._exact_keys(d, cands, anchors)
        self._compound_keys(d, cands, anchors)
        kept = self._resolve(cands)
        if self._any_fuzzy:
            fz: list[Cand] = []
            self._fuzzy(d, kept, anchors, fz)
            if fz:
                kept = self._resolve(cands + fz)
        slots, entry = self._slots, self._entry
        return [Hit(c.start, c.end, slots[c.slot].name, c.how, entry(c.eid), c.strength) for c in kept]
