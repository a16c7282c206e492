"""dob: a date right after a birth cue (geboren (op), geb., geboortedatum:, °, born).
The span is the date only. A date of birth in a year more than `_HISTORICAL` years back ("geboren op 3 mei 1868",
an archive's story) is no living person's: privacy law protects the living, and nobody that old is.
"""
from __future__ import annotations

import re
from datetime import date

from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow, _glued
from postcheck.nlp.wordlists import words

LABELS = ("dob",)   # the labels this detector produces

_MONTH_ALT = r"(?:" + "|".join(words("months") + words("month_abbreviations")) + r")\.?"
# "[0-9][0-9]?", not "[0-9]{1,2}": opening with a character class lets `re` skip ahead to the next digit (see bsn.py)
_DATE_RE = re.compile(
    r"[0-9][0-9]?(?:[-/.][0-9]{1,2}[-/.](?:19|20)?[0-9]{2}"
    r"|(?:e|ste|de)?[ ]" + _MONTH_ALT + r"(?:[ ](?:19|20)[0-9]{2})?)(?![\w-]|[./][0-9])",
    re.I,
)
_CUE_BACK_RE = re.compile(
    r"(?:\bgeboren(?:[ ]op|:)?|\bgeb\.(?:[ ]?op)?|\bgeb(?:[ ]op)?|\bgeboortedatum(?:[ ]?:)?|\bgeboortedag(?:[ ]?:)?"
    r"|\bborn(?:[ ]on)?|\bdob:?|\bd\.o\.b\.?:?|°)"
    r"[ ]?(?:(?:" + "|".join(words("weekdays")) + r")[ ])?$"
)
_CUES = ("geb", "born", "°", "dob", "d.o.b")
# the year of the date, inside the match or right after it ("3 mei 1868": the pattern takes 19xx and 20xx only)
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}$")
_YEAR_AFTER_RE = re.compile(r"[ ,]{1,2}(1[0-9]{3})(?![\w-])")
_HISTORICAL = 115      # years: older than the oldest living person


def _historical(text: str, m: re.Match[str]) -> bool:
    year_m = _YEAR_RE.search(m.group())
    year = int(year_m.group()) if year_m else None
    if year is None:
        after = _YEAR_AFTER_RE.match(text, m.end())
        year = int(after.group(1)) if after else None
    return year is not None and year < date.today().year - _HISTORICAL


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the dob hits in `text` to `out`."""
    for m in _DATE_RE.finditer(text):
        s = m.start()
        if _glued(text, s):
            continue
        head = text[max(0, s - 40):s].lower()
        if not any(c in head for c in _CUES) or not _CUE_BACK_RE.search(head) or _historical(text, m):
            continue
        out.append(Hit(s, m.end(), "dob", "exact", "", "strong"))

