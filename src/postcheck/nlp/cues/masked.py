"""Swear words written with a letter masked by "*": "k*twijven", "kl*otzak", "t*ringlijer".

People censor the words they mean; the cue sets name the words themselves. `unmask` gives a masked token the
hash of the word it hides, so every cue line matches it as if it were written out: each "*" (one or two in a word)
becomes the vowel that makes a word starting with a known swear stem (`nlp/data/masked_swear_stems.txt`). A "*"
that hides no such word ("5*", "a*b", a footnote mark) changes nothing.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import product

import numpy as np

from ..wordlists import words

_MASKED = re.compile(r"(?<![\w*])[^\W\d_]+(?:\*{1,2}[^\W\d_]*)+(?![\w*])")
_VOWELS = "aeiou"


@lru_cache(maxsize=4096)
def unmasked(word: str) -> str:
    """The lower-case word with its "*" replaced by vowels so that it starts with a swear stem, or ""."""
    stems = tuple(words("masked_swear_stems"))
    stars = word.count("*")
    if not 1 <= stars <= 2:
        return ""
    for vowels in product(_VOWELS, repeat=stars):
        it = iter(vowels)
        candidate = "".join(next(it) if c == "*" else c for c in word)
        if candidate.startswith(stems):
            return candidate
    return ""


def unmask(text: str, starts: list[int], ends: list[int], lower: np.ndarray) -> None:
    """Set `lower` (the tokens' LOWER hashes) of every masked swear word that is one token to its unmasked word."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    for m in _MASKED.finditer(text):
        i = bisect.bisect_left(starts, m.start())
        if i >= len(starts) or starts[i] != m.start() or ends[i] != m.end():
            continue                      # not one token: leave it
        word = unmasked(m.group().lower())
        if word:
            lower[i] = hash_string(word)
