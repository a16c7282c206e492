"""Length-preserving folding for matching: lower case, no diacritics, no look-alikes.

`fold(s)` returns a string of exactly `len(s)` characters, so an offset found in
the folded string is the same offset in `s`. That is what lets every matcher
scan one folded copy of the document with C-level tools (str.translate,
Aho-Corasick, regex) and still produce exact spans.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# Cyrillic and Greek letters that look like Latin ones (both cases). Used to
# defeat "Аnouk" written with a Cyrillic А. Mapped 1:1, so lengths stay equal.
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԁ": "D",
    "Ԛ": "Q", "Ԝ": "W", "Һ": "H", "Ӏ": "I",
    # Greek
    "α": "a", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "κ": "k", "ι": "i", "ε": "e",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin look-alikes and typographic letters
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s",
    "æ": "a", "Æ": "A", "œ": "o", "Œ": "O",
}

# Apostrophe and dash variants fold to the ASCII ones, so "Anouk’s" == "Anouk's".
PUNCT = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "‒": "-",
         "–": "-", "—": "-", "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
         "\n": " ", "\r": " "}

_RANGES = [(0x00, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00), (0x2000, 0x2070)]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            out = HOMOGLYPHS.get(ch) or PUNCT.get(ch) or ch
            low = out.lower()
            if len(low) != 1:
                low = out
            base = unicodedata.normalize("NFD", low)[0]
            out = HOMOGLYPHS.get(base, base).lower()
            if len(out) != 1:
                out = low
            if out != ch:
                table[cp] = out
    return table


_TABLE = _build_table()


_NP_LIMIT = 0x2070 + 1
_np_table = None


def _numpy_table():
    global _np_table
    if _np_table is None:
        import numpy as np

        table = np.arange(_NP_LIMIT, dtype=np.uint32)
        for cp, ch in _TABLE.items():
            if cp < _NP_LIMIT:
                table[cp] = ord(ch)
        _np_table = table
    return _np_table


def fold(text: str) -> str:
    """Lower-case, strip diacritics, map look-alikes and whitespace to ' '; same length."""
    if len(text) < 512 or text.isascii():
        return text.translate(_TABLE)  # short, or ASCII: CPython's translate fast path
    # NOTE: str.translate with a dict drops to ~40 ns/char on non-ASCII text; a numpy table
    # lookup over UTF-32 code points gives the same result about 10x faster (tests/test_fold.py)
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _numpy_table()
    low = codes < _NP_LIMIT
    out = codes.copy()
    out[low] = table[codes[low]]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


def fold_char(ch: str) -> str:
    return ch.translate(_TABLE)


@lru_cache(maxsize=1)
def folded_stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words, folded as `fold` folds a word ("één" is "een")."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(fold(w) for w in STOP_WORDS)
