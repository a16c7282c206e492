"""Word lists as data: one text file per list in `postcheck/nlp/data/`, read by one loader.

File format: UTF-8, one entry per line (an entry may contain spaces: "de heer");
lines starting with `#` are comments (each file starts with its source and licence)
and blank lines are skipped. The files ship inside the package (pyproject
package-data) and are read with `importlib.resources`: no network, no cache.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt`, in file order."""
    text = resources.files("postcheck.nlp").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#"))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt` as a set."""
    return frozenset(words(name))


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """`data/word_frequency_nl.txt` as word -> Zipf value (log10 of occurrences per billion words, 4.0 or more)."""
    table = {}
    for row in words("word_frequency_nl"):
        word, _sp, zipf = row.rpartition(" ")
        table[word] = float(zipf)
    return table
