"""phone: Dutch numbers (10 digits national form, +31/0031 with or without "(0)"),
0800/0900/0906/0909 numbers, the municipal "14 0xx(x)" number, and Belgian +32
numbers. Candidates glued to URL/id characters ("/", "=", "@", "#", "." after a
digit) or inside longer digit runs are rejected, so GPS coordinates, ISBNs in
URLs and ids never match; "ISBN" just before the number rejects it too. A bare
10-digit run without separators is "weak" unless it is a mobile number (06...).

The candidate regexes and trap guards are our own: the `phonenumbers` matcher alone
(PhoneNumberMatcher, leniency VALID) also fires on ISBNs and on digit runs in URLs.
`phonenumbers` normalises the allow-listed numbers instead (`_allowed`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow, _glued

LABELS = ("phone",)   # the labels this detector produces

# Characters that, right before a number, mean it is part of a URL, an id, a path,
# a decimal (GPS) or another number.
_PHONE_RE = re.compile(
    r"(?P<num>[+(0]"
    r"(?:(?<=\+)[ ]?(?P<cc>3[12])[ ]?(?:\(0\)[ ]?)?(?:-[ ]?)?"      # +31 (0)6
    r"|(?<=0)0[ ]?(?P<cc2>3[12])[ ]?(?:\(0\)[ ]?)?(?:-[ ]?)?"       # 0031 6
    r"|(?<=\()0[0-9]{1,4}\)[ ]?(?:-[ ]?)?"                          # (0475) 33 73 23
    r"|(?<=0)(?=[0-9]))"                                            # 06-12345678
    r"[0-9](?:[0-9]|[ .-](?=[0-9])|[ ]-[ ](?=[0-9])|/(?=[0-9]))*)"
    r"(?![\w@/]|[.,:-]?[0-9])"
)
_MUNI_RE = re.compile(r"14[ ]?0[0-9]{2,3}(?![\w@/]|[.,:-]?[0-9])")   # municipal short number
# Dutch area codes are 2 or 3 digits after the 0; a dash/parenthesis after
# "0" + 1-3 digits marks an area code, which lets 9/11-digit forms through as weak.
_AREA_SEP_RE = re.compile(r"^(?:\(0\d{1,4}\)|0\d{1,3}[ ]?-)")
_ISBN_BEFORE_RE = re.compile(r"isbn(?:-1[03])?[:\s]*$", re.I)
_SERVICE_RE = re.compile(r"^0(?:800|900|906|909)\d{4,7}$")


def _phone_national(m: re.Match) -> str | None:
    digits = re.sub(r"\D", "", m.group("num"))
    cc = m.group("cc") or m.group("cc2")
    if cc:
        digits = digits[2:] if digits.startswith(cc) else digits[4:]  # "+31"/"0031" -> drop
        if digits.startswith("0"):   # "+31 (0)6..." written with the 0 inside the digits
            digits = digits[1:]
        return ("0" + digits) if cc == "31" else ("+32" + digits)
    return digits


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the phone hits in `text` to `out`."""
    for m in _MUNI_RE.finditer(text):
        if not _glued(text, m.start()) and m.group().replace(" ", "") not in allow.phones:
            out.append(Hit(m.start(), m.end(), "phone", "exact", "", "strong"))
    for m in _PHONE_RE.finditer(text):
        s, e = m.span("num")
        if _glued(text, s):
            continue
        raw = m.group("num")
        nat = _phone_national(m)
        if nat is None:
            continue
        strength = _strength(nat, raw)
        if strength == "skip":
            continue
        if strength == "trim":
            # too long: maybe the number is followed by another number group; keep the
            # longest prefix of groups that is exactly 10 digits.
            e2 = _trim_to_ten(raw)
            if e2 is None or m.group("cc") or m.group("cc2"):
                continue
            e = s + e2
            raw = text[s:e]
            nat = re.sub(r"\D", "", raw)
            strength = "strong"
        if "." in raw and not re.fullmatch(r"[\d()+ ]*?(?:\d{2,4}\.)+\d{2,8}", raw):
            continue   # dots mixed with other separators: a decimal, a version, a date
        if _ISBN_BEFORE_RE.search(text, max(0, s - 12), s):
            continue
        if allow.phones and nat in _allowed(allow.phones):
            continue
        out.append(Hit(s, e, "phone", "exact", "", strength))


@lru_cache(maxsize=64)
def _allowed(phones: frozenset[str]) -> frozenset[str]:
    """The allow-listed numbers as `find` compares them: each as given, plus its form as
    `_phone_national` writes it ("0475337323"; "+32470123456" for Belgium) when `phonenumbers`
    reads it as a valid number (so "0032 470 12 34 56" or "+31 475 33 73 23" in a pack work)."""
    import phonenumbers   # ~60 ms to import: only once a draft has a candidate and the pack an allow-list

    keys = set(phones)
    for p in phones:
        try:
            num = phonenumbers.parse(p, "NL")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            nsn = phonenumbers.national_significant_number(num)
            keys.add("0" + nsn if num.country_code == 31 else f"+{num.country_code}{nsn}")
    return frozenset(keys)


def _strength(nat: str, raw: str) -> str:
    """"strong" or "weak" for a number of a valid length, "skip" or "trim" (too long) otherwise."""
    if nat.startswith("+32"):
        return "strong" if 8 <= len(nat) - 3 <= 9 else "skip"
    if _SERVICE_RE.match(nat):
        return "strong"
    if len(nat) == 10 and nat[0] == "0" and nat[1] != "0":
        # a bare 10-digit run: could be any id
        return "weak" if raw.isdigit() and not nat.startswith("06") else "strong"
    if len(nat) in (9, 11) and nat[0] == "0" and _AREA_SEP_RE.match(raw) and "." not in raw:
        return "weak"
    return "trim"


def _trim_to_ten(raw: str) -> int | None:
    count = 0
    for i, ch in enumerate(raw):
        if ch.isdigit():
            count += 1
            if count == 10:
                nxt = raw[i + 1:i + 2]
                if nxt == "" or not nxt.isdigit():
                    return i + 1
                return None
    return None

