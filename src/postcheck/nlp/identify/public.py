"""Names that are fine to publish: public figures in their public role, and the writer.

`keep_private(text, hits)` drops person hits (of the names detector) that:
* follow a public office or public role (`nlp/data/public_roles.txt`: koning,
  minister, burgemeester, wethouder, presentator, ...), or start with one;
* sign the post off: a name right after "groet," / "groetjes," / "met vriendelijke
  groet," / "liefs," near the end of the text (the writer naming themselves);
* introduce the writer: "ik ben Sandra Mulders", "mijn naam is ...", "ik heet ...";
* are the post's byline ("*Door Hub Gerards, eigenaar*", "Tekst: ...") or stand alone on its
  last line (the writer signing without a greeting).
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


# a byline at the start of a line: "*Door Hub Gerards, eigenaar*", "Tekst: Sanne Visser"
_BYLINE = re.compile(r"[ \t*_>#-]*(?:(?:geschreven[ \t]+)?door|tekst|auteur|by)[ \t]*:?[ \t]*", re.I)
# a name alone on the last line of the post (with emphasis marks or a dash): the writer signing
_LAST_LINE = re.compile(r"[ \t*_.]*\s*$")
_LINE_START = re.compile(r"[ \t*_>-]*")
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
        line = text[text.rfind("\n", 0, h.start) + 1:h.start]
        if _BYLINE.fullmatch(line) or (_LAST_LINE.fullmatch(text, h.end) and _LINE_START.fullmatch(line)):
            continue
        out.append(h)
    return out
