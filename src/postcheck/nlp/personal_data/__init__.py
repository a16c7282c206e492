"""Personal-data detector: phone numbers, e-mail, postcodes, addresses, BSN, IBAN,
dates of birth, licence plates and children's ages in Dutch text.

Plain Python over the normalised document text. Every kind is one module with one
compiled candidate regex scanned with `finditer`; Python only runs per candidate
(checksums, context checks, list look-ups). Each module exports `LABELS` (what it
produces) and `find(text, allow, out)`; `detect.find_personal_data` runs them all
and settles overlaps. Detectors find, rules decide: every hit is reported with a
strength, packs decide what it means. Each module's docstring says what it accepts.
"""
from __future__ import annotations

from postcheck.nlp.personal_data.common import Allow
from postcheck.nlp.personal_data.detect import DETECTORS, LABELS, find_personal_data

__all__ = ["DETECTORS", "LABELS", "Allow", "find_personal_data"]
