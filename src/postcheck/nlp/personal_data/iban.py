"""iban: country code, 2 check digits and the BBAN, with or without spaces; the length
for one of the countries below, the country's BBAN structure and the mod-97 check
must hold (python-stdnum's `stdnum.iban`, without the national account checks).
"""
from __future__ import annotations

import re


from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow

LABELS = ("iban",)   # the labels this detector produces

# the countries we report, with their IBAN length (the candidate regex is generic; a trailing
# group may belong to the next word, so the length also says where to cut)
_IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "LU": 20, "AT": 20,
             "PT": 25, "IE": 22, "FI": 18, "DK": 18, "SE": 24, "PL": 28, "CZ": 24, "SK": 24,
             "SI": 19, "HR": 21, "HU": 28, "RO": 24, "BG": 22, "GR": 27, "CY": 28, "MT": 31,
             "EE": 20, "LV": 21, "LT": 20, "GB": 22, "CH": 21, "NO": 15, "IS": 26, "LI": 21}
_IBAN_RE = re.compile(
    r"(?P<iban>[A-Z][A-Z][0-9][0-9](?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![\w])"
)


def _iban_ok(s: str) -> bool:
    s = s.upper()
    if _IBAN_LEN.get(s[:2]) != len(s):
        return False
    from stdnum import iban as _iban   # here, not at the top: only a draft with a candidate needs it (start-up)

    return _iban.is_valid(s, check_country=False)


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the iban hits in `text` to `out`."""
    for m in _IBAN_RE.finditer(text):
        if (m.start() > 0 and text[m.start() - 1].isalnum()) or m.group()[:2] not in _IBAN_LEN:
            continue
        raw = m.group("iban")
        compact = raw.replace(" ", "")
        s, e = m.span("iban")
        if not _iban_ok(compact):
            # a trailing group may belong to the next word: try the exact country length
            n = _IBAN_LEN.get(compact[:2].upper(), 0)
            if len(compact) <= n:
                continue
            count = 0
            cut = len(raw)
            for i, ch in enumerate(raw):
                if ch != " ":
                    count += 1
                if count == n:
                    cut = i + 1
                    break
            if not _iban_ok(raw[:cut].replace(" ", "")) or raw[cut:cut + 1] != " ":
                continue
            e = s + cut
        out.append(Hit(s, e, "iban", "exact", "", "strong"))

