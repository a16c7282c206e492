"""Names before a contact detail: a company or a named department before a phone number, and the words
by which the writer offers their own business number or address (see the package docstring).

"contact opnemen met Bureau Helder, 0475-...", "bel de afdeling Werving op ...", "mijn zakelijke nummer",
"mail me op jos@jvdbouw.nl" (not at a free-mail domain): business contact data, not a private person's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..hits import Hit
from ..wordlists import words
from . import _LEGAL_FORM, _TOKEN, _cue_re, _cue_then_no_person, _is_company, _work_data


@lru_cache(maxsize=1)
def named_unit_re() -> re.Pattern:
    """A named part of an organisation: "de afdeling Werving Pleegzorg", "het team Vergunningen"."""
    alts = "|".join(re.escape(e).replace(r"\ ", r"\s+")
                    for e in sorted(words("org_unit_words"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:de|het)\s+(?i:{alts})\s+[A-Z][\w&-]*")


@lru_cache(maxsize=1)
def direct_line_re() -> re.Pattern:
    return _cue_re("direct_line_cues")


@lru_cache(maxsize=1)
def own_business_re() -> re.Pattern:
    def alt(entry: str) -> str:
        body = re.escape(entry).replace(r"\ ", r"\s+")
        # "mijn kantoornummer", "m'n werknummer", and the firm's: "ons kantoornummer", "onze zakelijke mobiel"
        return body.replace("mijn", "(?:mijn|m['’]n|mn|ons|onze)", 1) if entry.startswith("mijn ") else body

    alts = "|".join(alt(e) for e in sorted(words("own_business_cues"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


_NAME_GLUE = frozenset({"tel", "tel.", "telefoon", "telefoonnummer", "t", "t.", "via", "op", "nr", "nr.", "(", ",", ":",
                        "–", "-", "&", "en", "zn", "zn.", "van", "de", "der", "den"})


def company_before(text: str, a: int, at: int) -> bool:
    """A company named right before the number in its sentence: an organisation word or legal form, then only
    names and glue ("tel.", "via", ",") up to the number ("contact opnemen met Bureau Helder, 0475-...")."""
    return _company_chain(text, a, at) == "company"


def person_at_company(text: str, a: int, at: int) -> bool:
    """A person of a company named right before the number ("Jan Smeets van Bouwbedrijf Smeets, 06-...",
    "Bureau Helder, Lisa Peters, 06-..."): that person's work number."""
    return _company_chain(text, a, at) == "person"


def _company_chain(text: str, a: int, at: int) -> str:
    """"company", "person" (a first name or person word in or just before the chain) or "" (no company)."""
    from .. import namedata

    toks = _TOKEN.findall(text, a, at)
    firsts = namedata.first_names()
    named = False
    for i in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
        tok = toks[i]
        if _LEGAL_FORM.fullmatch(tok) or _is_company(tok):
            return "person" if named or _person_of(toks[max(0, i - 3):i], firsts) else "company"
        if not (tok[:1].isupper() or tok.lower() in _NAME_GLUE):
            return ""
        named = named or tok in firsts
    return ""


def _person_of(before: list[str], firsts) -> bool:
    """"Jan Smeets van Bouwbedrijf Smeets": a person of the company, whose number is their own work number."""
    if len(before) < 2 or before[-1].lower() not in ("van", "bij"):
        return False
    return any(t in firsts or _work_data()[1].fullmatch(t) for t in before[:-1])


def own_business_address(text: str, h: Hit) -> bool:
    """An address the writer offers as their own ("mail me op", "je kunt me bereiken via") at a domain that is
    not a free-mail or internet provider's: the writer's business address."""
    return h.key != "free-mail" and _cue_then_no_person(text, h, own_cues())


@lru_cache(maxsize=1)
def own_cues() -> re.Pattern:
    """The own-contact cues; "me/mij + verb" also with up to two modal adverbs between ("wilt u me even bellen")."""
    adverbs = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in words("modal_adverbs"))

    def alt(entry: str) -> str:
        body = re.escape(entry).replace(r"\ ", r"\s+")
        head, _, verb = entry.partition(" ")
        return rf"{head}(?:\s+(?:{adverbs})){{0,2}}\s+{re.escape(verb)}" if head in ("me", "mij") and verb else body

    alts = "|".join(alt(e) for e in sorted(words("own_contact_cues"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)
