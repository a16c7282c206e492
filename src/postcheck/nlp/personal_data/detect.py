"""Runs every personal-data detector (one module per kind) and settles their overlaps."""
from __future__ import annotations

from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data import address, bsn, child_age, dob, email, iban, phone, plate, postcode
from postcheck.nlp.personal_data.common import Allow

# in this order (ties in the final sort keep it)
DETECTORS = (phone, email, postcode, address, bsn, iban, dob, plate, child_age)
LABELS: tuple[str, ...] = tuple(label for d in DETECTORS for label in d.LABELS)

_OUTER = ("iban", "email")
_NO_ALLOW = Allow()


def find_personal_data(text: str, allow: Allow = _NO_ALLOW) -> list[Hit]:
    """All personal-data hits in `text`, sorted by position."""
    out: list[Hit] = []
    for detector in DETECTORS:
        detector.find(text, allow, out)
    # digits inside an IBAN or an e-mail address are not a phone number, BSN or postcode
    outer = [(h.start, h.end) for h in out if h.label in _OUTER]
    if outer:
        out = [h for h in out if h.label in _OUTER
               or not any(s <= h.start and h.end <= e for s, e in outer)]
    # a 9/10-digit run that is a phone number is not also a BSN
    phones = [(h.start, h.end) for h in out if h.label == "phone"]
    if phones:
        out = [h for h in out if h.label != "bsn" or not any(s <= h.start < e for s, e in phones)]
    out.sort(key=lambda h: (h.start, -h.end, h.label))
    return out
