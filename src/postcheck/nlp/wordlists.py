"""Shipped word lists (`lexicons/*.txt`, one entry a line, `#` comments) for the detectors.

Detectors read their cue words from data files, never from Python literals, so that a
list can be reviewed and extended without code. Each list is read once per process.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Entries of the shipped list `lexicons/<name>.txt`, in file order."""
    from ..lexicons import read_lexicon
    from ..packs.load import BUILTIN_LEXICONS
    return read_lexicon(str(BUILTIN_LEXICONS / f"{name}.txt"))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of `lexicons/<name>.txt`, lower-cased."""
    return frozenset(e.lower() for e in word_list(name))
