"""Can the text hold the fact the judge names? A bag of words cannot tell whose name a word is, nor whether a
number is private, so the judge raises a draft for a name or for personal data only where the text could hold
one at all.

The detectors cannot answer this for the judge: a pack runs its name detectors only on drafts about the
organisation, and they miss names on purpose where a name is not certain ("met shanaya", "#teamkevin"). So this
asks a wider, cheap question, only when the judge is about to raise: is there any word that may be a name (a
known first name or surname in any case that is no common Dutch word or stop word, also inside a hashtag), any
digit or any e-mail sign? Where the answer is no ("mijn pleegzoon heeft zijn A-diploma gehaald"), the judge's name or
personal-data reading rests on the care words around it, not on a person the post identifies.
"""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HASHTAG = re.compile(r"#([^\W_]+)", re.UNICODE)
_DIGIT_OR_AT = re.compile(r"[0-9@]")
MIN_IN_HASHTAG = 4      # a name inside a hashtag: at least this long ("#teamkevin", not "#teamjo")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """First names and surnames (lower case) that are no common Dutch word or stop word ("mark", "roos" are).
    Not filtered by the full vocabulary: it holds "peter", "daan" and "frank" too, and this question is wide."""
    from .. import namedata
    ordinary = namedata.common_words() | namedata.stop_words()
    names = (n.lower() for n in (*namedata.first_names(), *namedata.surnames()) if n.isalpha())
    return frozenset(n for n in names if len(n) >= 3 and n not in ordinary)


def may_name(text: str) -> bool:
    """A word of the text may be a person's name: in any case, or at the start or end of a hashtag's letters
    ("#gerritpronk80", "#teamkevin")."""
    names = _names()
    if any(m.group().lower() in names for m in _WORD.finditer(text)):
        return True
    for m in _HASHTAG.finditer(text):
        body = m.group(1).lower().rstrip("0123456789")
        for n in range(MIN_IN_HASHTAG, len(body)):
            if body[:n] in names or body[-n:] in names:
                return True
    return False


# numbers that are no one's data whatever stands around them: a year ("rijksdaalder 1851", "sinds 2019"), a time
# ("om 10.30 uur"), an amount of money ("€ 12,50", "40 euro") or a percentage; a date of birth has a day and a month
# ("2012 AB" is a postcode: a year is not followed by two capitals)
_NO_ONES = re.compile(r"(?<!\w)(?<!\d[.,:/-])(?:1[0-9]{3}|20[0-9]{2})(?!\w|[.,:/-]\d|(?-i:[ \t]?[A-Z]{2})\b)"
                      r"|(?<!\w)(?<!\d[.,:/-])[0-2]?[0-9][:.][0-5][0-9](?!\w|[.,:/-]\d)"
                      r"|€[ \t]?\d[\d.,]*(?:-|,-)?"
                      r"|(?<!\w)(?<!\d[.,:/-])\d[\d.,]*[ \t]?(?:%|procent\b|euro\b)", re.IGNORECASE)


def may_hold_personal_data(text: str) -> bool:
    """A phone number, house number, postcode, date of birth, BSN, IBAN or plate holds a digit, an e-mail
    address an '@'; a year, a time, an amount of money or a percentage is no one's data."""
    if "@" in text:
        return True
    return _DIGIT_OR_AT.search(_NO_ONES.sub(" ", text)) is not None


def may_state(category: str, text: str) -> bool:
    """Whether the text could hold the fact of this category (always, for a category that is no such fact). The
    name the writer signs with under a closing greeting is the writer's own ("Met vriendelijke groet, Gerard Smit
    (vader van een bewoner)"; `identify.public.signed_name`): no one else's name (forty-seventh round)."""
    if category in ("client-name", "person-name"):
        from ..identify.public import signed_name
        own = signed_name(text)
        if own is not None:
            words = {w.lower() for w in own.split()}
            text = _WORD.sub(lambda m: " " if m.group().lower() in words else m.group(), text)
        return may_name(text)
    if category == "personal-data":
        return may_hold_personal_data(text)
    return True
