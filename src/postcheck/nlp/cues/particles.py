"""Modal particles, which a cue's words may have between them: "onze manager weet er alleen nog niks van".

People put particles anywhere: "hij moet echt maar goed opletten" for `moet maar goed opletten`, "dat is gewoon
wel vertrouwelijk" for `is vertrouwelijk`. Writing every particle as an optional word into every line would make the
lines unreadable and still miss the next one. Instead, where the next word of a cue is not found, the matcher may
step over up to two words of `data/cue_particles.txt` (`match._grow`), and the quick check of the candidate starts
lets a particle next to an anchor word through (`candidates.py`). A cue never starts or ends on a stepped-over
particle, and a line that names the word itself (`=nog? =niks`, `=even|=ff?`) still reads it as its own word.
The scope sets (negators, reporting verbs) are read as written.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..wordlists import words

MAX_SKIPPED = 2   # particles stepped over in a row between two words of a cue


@lru_cache(maxsize=1)
def particle_set() -> frozenset[int]:
    """The LOWER hashes of the particles."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return frozenset(hash_string(w) for w in words("cue_particles"))


@lru_cache(maxsize=1)
def particle_array() -> np.ndarray:
    return np.array(sorted(particle_set()), dtype=np.uint64)


def particle_mask(lower: np.ndarray) -> np.ndarray:
    """True at the tokens (LOWER hashes) that are particles."""
    return np.isin(lower, particle_array())
