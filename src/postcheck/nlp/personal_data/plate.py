"""plate: Dutch licence plates in side codes 1-14, dashes required, upper case.
"""
from __future__ import annotations

import re

from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow

LABELS = ("plate",)   # the labels this detector produces

_L = "[BDFGHJKLMNPRSTVXZ]"    # modern plates: no vowels, no C/Q (W/Y rare, left out)
_LV = "[A-Z]"                 # side codes 1-3 (before 1978) may contain vowels
_PLATE_FULL_RE = re.compile(
    rf"{_LV}{{2}}-\d{{2}}-\d{{2}}|\d{{2}}-\d{{2}}-{_LV}{{2}}|\d{{2}}-{_LV}{{2}}-\d{{2}}"     # 1-3
    rf"|{_L}{{2}}-\d{{2}}-{_L}{{2}}|{_L}{{2}}-{_L}{{2}}-\d{{2}}|\d{{2}}-{_L}{{2}}-{_L}{{2}}"  # 4-6
    rf"|\d{{2}}-{_L}{{3}}-\d|\d-{_L}{{3}}-\d{{2}}|{_L}{{2}}-\d{{3}}-{_L}"                    # 7-9
    rf"|{_L}-\d{{3}}-{_L}{{2}}|{_L}{{3}}-\d{{2}}-{_L}|{_L}-\d{{2}}-{_L}{{3}}"                # 10-12
    rf"|\d-{_L}{{2}}-\d{{3}}|\d{{3}}-{_L}{{2}}-\d"                                         # 13-14
)
# anchor: the middle group between the two dashes
_PLATE_MID_RE = re.compile(r"-[A-Z0-9]{2,3}-")
_PLATE_CH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the plate hits in `text` to `out`."""
    n = len(text)
    for m in _PLATE_MID_RE.finditer(text):
        a = m.start()
        while a > 0 and m.start() - a < 4 and text[a - 1] in _PLATE_CH:
            a -= 1
        e = m.end()
        while e < n and e - m.end() < 4 and text[e] in _PLATE_CH:
            e += 1
        if a == m.start() or e == m.end():
            continue
        if (a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_-")) or \
                (e < n and (text[e].isalnum() or text[e] in "_-")):
            continue
        if _PLATE_FULL_RE.fullmatch(text, a, e):
            out.append(Hit(a, e, "plate", "exact", "", "strong"))

