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

from ..wordlists import words

# a letter, one or two "*", a letter: "k*twijven", "kl**tzak"; Markdown emphasis ("**vet**") has no letter on both
# sides, so most texts with a "*" are left after one quick search
_INSIDE = re.compile(r"[^\W\d_]\*{1,2}[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:\*{1,2}[^\W\d_]+)+")
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


def unmask(text: str, tokens) -> None:
    """Set `tokens.lower` (the tokens' LOWER hashes, a `DocTokens`) of every masked swear word that is one token to
    the word it hides. The token offsets are only read where a letter, a "*" and a letter stand together."""
    first = _INSIDE.search(text)
    if first is None:
        return
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    starts, ends, lower = tokens.starts, tokens.ends, tokens.lower
    at = 0
    while first is not None:
        w = max(text.rfind(c, 0, first.start()) for c in " \n\t") + 1
        while text[w] in "*_":       # Markdown emphasis around the word: "**kl*otzak**"
            w += 1
        m = _WORD.match(text, w)
        if m is not None and (m.end() == len(text) or not text[m.end()].isalnum()):
            i = bisect.bisect_left(starts, m.start())
            if i < len(starts) and starts[i] == m.start() and ends[i] == m.end():
                word = unmasked(m.group().lower())
                if word:
                    lower[i] = hash_string(word)
        at = max(first.end(), m.end() if m is not None else 0)
        first = _INSIDE.search(text, at)
