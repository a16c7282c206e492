"""Names that are fine to publish: public figures in their public role, and the writer.

`keep_private(text, hits)` drops person hits (of the names detector) that:
* follow a public office or public role (`nlp/data/public_roles.txt`: koning,
  minister, burgemeester, wethouder, presentator, ...), or start with one;
* sign the post off: a name right after "groet," / "groetjes," / "met vriendelijke
  groet," / "liefs," near the end of the text (the writer naming themselves);
* introduce the writer: "ik ben Sandra Mulders", "mijn naam is ...", "ik heet ...".
The front matter's `author:` is handled by the rules (see `kinds/detect.py`), since
detectors only see the prose.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..hits import Hit
from ..wordlists import words

_SIGN_OFF = re.compile(r"(?:groet(?:en|jes)?|gr\.?|liefs|doei|cheers|mvg|vg|xx+)"
                       r"[ \t]*[,!.:-]?[ \t]*\n?[ \t]*(?:[-–—][ \t]*)?$", re.I)
_TAIL = 300


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern:
    alts = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(words("public_roles"), key=len, reverse=True))
    # a portfolio may follow the office: "wethouder Jeugd", "minister van Volkshuisvesting"
    portfolio = r"(?:[ \t]+(?:van|voor|en|der|de|het|(?-i:[A-Z][\w&'-]*))){0,3}"
    return re.compile(rf"(?<![\w-])(?:{alts}){portfolio}[ \t]*,?[ \t]*$",
                      re.I)


# the writer introducing themselves: "ik ben Sandra Mulders", "mijn naam is ...", "ik heet ..."
_SELF = re.compile(r"(?<![\w-])(?:ik[ \t]+ben|mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|ondergetekende)[ \t]*,?[ \t]*$", re.I)


def keep_private(text: str, hits: list[Hit]) -> list[Hit]:
    if not hits:
        return hits
    role = _role_re()
    out = []
    n = len(text)
    for h in hits:
        before = text[max(0, h.start - 45):h.start]
        first = text[h.start:h.end].split(" ", 1)[0]
        if role.search(before) or role.match(first + " ") and role.fullmatch(first) or _SELF.search(before):
            continue
        if h.start > n - _TAIL and _SIGN_OFF.search(text, max(0, h.start - 40), h.start):
            continue
        out.append(h)
    return out
