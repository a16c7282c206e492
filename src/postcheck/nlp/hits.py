"""`Hit`: what a detector reports before rules get involved.

Detectors are plain functions/classes over a string (the normalised document
text `doc.text`). They return hits with character offsets into that string.
The spaCy components in `nlp/components/` wrap them and keep the hits in
`doc._.hits[<detector>]` (the one channel); rules decide what a hit means.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    start: int           # character offset into the scanned text
    end: int
    label: str           # detector label: "phone", "email", "person", or a lexicon slot name
    how: str = "exact"   # exact | variant:<form> | fuzzy:<score> | lemma | compound | pattern
    key: str = ""        # lexicon: canonical entry matched (confidential: never log it); email: "free-mail"
    strength: str = "strong"  # strong | weak (a first name alone, a bare surname, ...)
