"""Lexicon matcher: confidential names, places and terms in normalised text.

Modules: `hashing` (folding, stable substring hashes, compact tables), `entries`
(slot specs, entry variants and codes), `build` (compiling slots into tables),
`exact` (key lookup and evaluation), `fuzzy` (misspellings), `index` (the
`LexiconIndex` facade: build/load and find).

Names: full name, first name + surname, abbreviated interfix (vd, v.d., v/d),
initials + surname, title + surname, surname alone (strong only when
distinctive), first name alone (weak), possessives, squashed hashtag/mention
forms, and misspellings (fuzzy). Places: like names, plus house numbers and
number ranges. Terms: inflected forms (`nlp.inflect`) and, optionally,
compound parts.
"""
from __future__ import annotations

from postcheck.nlp.lexicon.entries import KINDS, VERSION, SlotSpec
from postcheck.nlp.lexicon.hashing import _codes, _scan_table, hash_strings, scan_fold
from postcheck.nlp.lexicon.index import LexiconIndex

__all__ = ["KINDS", "VERSION", "LexiconIndex", "SlotSpec", "_codes", "_scan_table", "hash_strings", "scan_fold"]
