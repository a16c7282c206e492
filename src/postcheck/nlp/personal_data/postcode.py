"""postcode: "1234 AB" or "1234AB" (or "1234ab"); a directly following house number
is included in the span. Placeholders (1000 AA, 1111 AA, 1234 AB, 7777 AA, 9992 AA,
9999 ZZ, ...), the letter pairs SA/SD/SS (never issued), units ("1250 MG") and
hex colours ("#4992AD") are skipped. Lower-case without space is "weak".
"""
from __future__ import annotations

import re

from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow, _glued

LABELS = ("postcode",)   # the labels this detector produces

_POSTCODE_RE = re.compile(
    r"(?P<pc>[1-9][0-9]{3}(?P<sp>[ ]?)(?P<let>[A-Z]{2}|[a-z]{2}))(?![\w-])"
    r"(?:(?P<hn>,?[ ]\d{1,5}(?:[ ]?[A-Za-z](?![\w]))?)(?![\w.,:/-]))?"
)
_PLACEHOLDER_PC = frozenset({"1000AA", "1111AA", "1234AB", "7777AA", "9992AA", "9999ZZ", "9999AA",
                             "1111AB", "2222AA", "3333AA", "4444AA", "5555AA", "6666AA", "8888AA",
                             "1234XX", "9999XX", "1000XX"})
_NO_PC_LETTERS = frozenset({"SA", "SD", "SS"})
_UNITS = frozenset({"MG", "KG", "KM", "CM", "MM", "ML", "CL", "DL", "GB", "MB", "KB", "TB", "PB",
                    "PX", "EM", "PT", "HZ", "KW", "MW", "GW", "MS", "NS", "AM", "PM", "HD", "BC",
                    "AD", "CE", "UU", "NM", "GR", "DB", "FPS", "RPM", "EN", "NL", "EU", "VS",
                    "OF", "IN", "OP", "TE", "IS", "AL", "ZO", "DE", "ER", "WE", "JE", "ME"})


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the postcode hits in `text` to `out`."""
    for m in _POSTCODE_RE.finditer(text):
        if _glued(text, m.start()) or (m.start() > 0 and text[m.start() - 1] in "#&="):
            continue
        q = text[m.start() - 1:m.start()]
        if q and q in "'\"`" and text[m.end("pc"):m.end("pc") + 1] == q:
            continue   # a string literal in code: "expect(validate('9993 AB'))"
        let = m.group("let")
        up = let.upper()
        digits = m.group("pc")[:4]
        if up in _NO_PC_LETTERS or up in _UNITS or (digits + up) in _PLACEHOLDER_PC:
            continue
        strength = "strong"
        if let.islower():
            if m.group("sp"):
                continue   # "1234 aa": ordinary words after a number
            strength = "weak"
        end = m.end("hn") if m.group("hn") else m.end("pc")
        out.append(Hit(m.start("pc"), end, "postcode", "exact", "", strength))

