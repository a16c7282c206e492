"""Names before a contact detail: a company or a named department before a phone number, and the words
by which the writer offers their own business number or address (see the package docstring).

"contact opnemen met Bureau Helder, 0475-...", "bel de afdeling Werving op ...", "mijn zakelijke nummer",
"mail me op jos@jvdbouw.nl" (not at a free-mail domain): business contact data, not a private person's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..hits import Hit
from ..names.patterns import _ORG_SUFFIXES
from ..wordlists import words
from . import _TOKEN, _building_data, _cue_re, _cue_then_no_person, _work_data


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


_LEGAL_FORM = re.compile(r"(?<![\w-])(?:b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?)(?![\w-])", re.I)
_SIGNATURE_LINE = 70   # a signature line is short: a name, a company, a street, "Tel. ..."


def signature_block(text: str, h: Hit) -> bool:
    """The number stands on a contact line of its own ("Tel. 0475-...", "T: ...", just the number) right
    under a block of short lines (no blank line between) of which one, at most three lines up, names a
    company ("Installatiebedrijf Lemmen", "Peeters B.V.")."""
    line_start = text.rfind("\n", 0, h.start) + 1
    line_end = text.find("\n", h.end)
    line_end = len(text) if line_end < 0 else line_end
    if len(_TOKEN.findall(text[line_start:h.start] + " " + text[h.end:line_end])) > 3 or line_start == 0:
        return False
    lines = text[max(0, line_start - 4 * _SIGNATURE_LINE):line_start - 1].split("\n")[-3:]
    for line in reversed(lines):
        if not line.strip() or len(line) > _SIGNATURE_LINE:
            return False
        if _LEGAL_FORM.search(line) or any(_is_company(w) for w in _TOKEN.findall(line)):
            return True
    return False


def _is_company(word: str) -> bool:
    w = word.lower().strip(".,:;'’*_")
    if w in _building_data()[0] or any(w.endswith(e) and len(w) > len(e) + 2 for e in _COMPANY_ENDINGS):
        return True
    if word[:1].isupper() and w.endswith(_ORG_SUFFIXES):
        return True   # a trade name ending ("Ramakers Gootservice", "Lemmen Installatietechniek"; twenty-fourth round)
    return word[:1].isupper() and any(w.endswith(e) and len(w) > len(e) + 3 for e in _LINE_ENDINGS) \
        and not w.startswith(_PRIVATE_PREFIXES)


_COMPANY_ENDINGS = ("bedrijf", "stichting", "praktijk", "kantoor", "groep", "corporatie", "bureau")
# a named service line or desk: "Mantelzorglijn: 030 - ...", "de Luisterlijn", "Zorgloket" (capitalised, a name;
# not "mijn privélijn", "de vaste lijn", "huislijn")
_LINE_ENDINGS = ("lijn", "loket")
_PRIVATE_PREFIXES = ("privé", "prive", "thuis", "huis", "eigen", "vaste", "mobiel", "directe")
