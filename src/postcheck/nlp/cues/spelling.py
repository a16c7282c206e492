"""Chat, clitic and dialect spellings read as the standard word a cue is written in (`data/spelling_variants.txt`).

People write "van mij heb je t niet", "ff", "m'n", "nie"; the cue lines say `het`, `even`, `mijn`, `niet`. Both
sides meet in the standard form: a cue word is compiled in it (`compile._tokens`), and a document's token that is a
variant reads as it (`standardise`, on the LOWER hashes the indexes match). A single letter ("t", "k", "n") is read so
only where it is written in lower case and is no initial ("Tim K.", "N.").
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..wordlists import words


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """variant -> standard form."""
    out = {}
    for row in words("spelling_variants"):
        variant, _sp, standard = row.partition(" ")
        out[variant] = standard.strip()
    return out


def standard(word: str) -> str:
    """The standard form of a lower-case word (the word itself if it is no variant)."""
    return table().get(word, word)


@lru_cache(maxsize=1)
def _hashes() -> tuple[frozenset[int], np.ndarray, dict[int, int], frozenset[int]]:
    """The variants' hashes as a set and an array, variant hash -> standard hash, and the single letters' hashes."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    pairs = {hash_string(v): hash_string(s) for v, s in table().items()}
    single = frozenset(hash_string(v) for v in table() if len(v) == 1)
    return frozenset(pairs), np.fromiter(pairs, dtype=np.uint64, count=len(pairs)), pairs, single


def standardise(toks) -> None:
    """Rewrite the variants among a document's LOWER hashes (`toks.lower`, in place) to their standard form.

    Whether the document has a variant at all is asked of its distinct words (`toks.present`, which the indexes read
    anyway): a set test, not a pass over the tokens. Where one is rewritten, the word caches are dropped."""
    keys, key_array, pairs, single = _hashes()
    if toks.present.isdisjoint(keys):
        return
    lower = toks.lower
    text = toks._text
    for i in np.flatnonzero(np.isin(lower, key_array)).tolist():
        h = int(lower[i])
        if h in single:
            s = toks.starts[i]
            if not text[s].islower() or text[s + 1:s + 2] == ".":
                continue
        lower[i] = pairs[h]
    toks.forget_words()
