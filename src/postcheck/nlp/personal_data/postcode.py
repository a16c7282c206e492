"""postcode: "1234 AB" or "1234AB" (or "1234ab"); a directly following house number
is included in the span. Placeholders (1000 AA, 1111 AA, 1234 AB, 7777 AA, 9992 AA,
9999 ZZ, ...), the letter pairs SA/SD/SS (never issued), units ("1250 MG") and
hex colours ("#4992AD") are skipped. Lower-case without space is "weak"; lower-case with a space
("6041 kd") only counts before a place name ("6041 kd roermond") or after "postcode", also "weak". The format and
the letter pairs are checked with python-stdnum's `stdnum.nl.postcode`.
"""
from __future__ import annotations

import re


from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow, _glued
from postcheck.nlp.wordlists import word_set

LABELS = ("postcode",)   # the labels this detector produces

_POSTCODE_RE = re.compile(
    r"(?P<pc>[1-9][0-9]{3}(?P<sp>[ ]?)(?P<let>[A-Z]{2}|[a-z]{2}))(?![\w-])"
    r"(?:(?P<hn>,?[ ]\d{1,5}(?:[ ]?[A-Za-z](?![\w]))?)(?![\w.,:/-]))?"
)
_PLACEHOLDER_PC = word_set("postcode_placeholders")
_UNITS = word_set("postcode_units")


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
        from stdnum.nl import postcode as _postcode   # here: only a draft with a candidate needs it (start-up)

        if up in _UNITS or (digits + up) in _PLACEHOLDER_PC or not _postcode.is_valid(digits + up):
            continue
        strength = "strong"
        if let.islower():
            if m.group("sp") and not _lower_postcode(text, m, let):
                continue   # "1234 aa": ordinary words after a number, unless a place follows ("6041 kd roermond")
            strength = "weak"
        end = m.end("hn") if m.group("hn") else m.end("pc")
        out.append(Hit(m.start("pc"), end, "postcode", "exact", "", strength))



def _lower_postcode(text: str, m: re.Match, let: str) -> bool:
    """"6041 kd roermond": letters that are no word, then a place name (deduce's list)."""
    from postcheck.nlp import namedata
    from postcheck.nlp.personal_data.address import place_after
    if let in namedata.common_words() or let in namedata.stop_words():
        return False
    if re.search(r"(?<![\w-])postcode[ \t]*:?[ \t]*$", text[max(0, m.start() - 14):m.start()], re.I):
        return True   # "postcode 6041 kd", "postcode: 6041 kd"
    return place_after(text, m.end("pc"))
