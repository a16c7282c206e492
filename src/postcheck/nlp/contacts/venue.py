"""Contact data of a public event or a published contact line, and addresses a writer gives as their own.

* an address after an event word in its sentence (`nlp/data/event_words.txt`: informatieavond, open dag,
  bewonersavond, ...), with no person between (a first name, zijn/haar, a person word): the venue's
  address, `business-address` ("informatieavond pleegzorg bij Sterk Huis, Thorbeckegracht 42");
* a fixed-line number (not 06, not +316) in the same sentence as a web address or a role e-mail address
  ("aanmelden via www.x.nl of bel (038) ...", "stuur je cv naar werken@x.nl of bel 077-..."), not offered
  by the writer as their own ("bel me op") and with no private cue just before it: `business-phone`;
* an address in the paragraph of a business phone number or e-mail address, with no person between the two
  and no private cue just before it ("bel ons bedrijfsnummer ... of mail info@... We zitten aan de Industrieweg
  14"): the firm's own address, `business-address`;
* a fixed-line number in the contact block of the organisation's own address or role e-mail address (config
  `allow`; the same paragraph, within a few lines, no person between): "📍 Raadhuisplein 1 ... 📞 (023) ...
  ✉️ gemeente@...", `business-phone`;
* a fixed-line number the readers are told to call ("Twijfel? Bel (023) ...", no "me"/"mij", no person between)
  in a draft where the writer speaks as "we"/"wij", or as a bare "Bel ..." that opens its sentence in a draft
  with no "ik" in it, and not as "ik" in that sentence; or one after which callers are told to ask for someone
  ("..., vraag dan naar mij"): the organisation's number, `business-phone`;
* an address on a line that opens with a location pin ("📍 Sterk Huis, Ringbaan-Oost 102"), no private cue just
  before it: `business-address`; "of via het formulier op onze website" counts as a web address for a number;
* a sentence in the first person singular ("ik", "mijn", "me"): opening hours or a desk elsewhere in its
  paragraph ("ik ken half Heemstede via de balie, dus kom langs: X 17") do not make an address in it a
  building's address.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..hits import Hit
from . import (MOBILE, _PERSONAL_LOCAL, _PRIVATE_WINDOW, _SENTENCE_END, _cue_re, _cue_then_no_person, _sentence_start,
               no_person_in)
from .named import own_cues

_SITE = re.compile(r"(?<![\w@.-])(?:https?://|www\.)[\w.-]+|(?<![\w@.-])[\w-]+\.(?:nl|be|com|org|eu|net)(?:/[\w/.-]*)?"
                   r"(?![\w-])", re.I)
# the checked text has its URLs ("www.x.nl/aanmelden", "https://...") taken out: what is left is a word that
# points to a place with nothing after it ("aanmelden via of bel ...", "kijk op . Of bel ...")
_MASKED_URL = re.compile(r"(?<![\w-])(?:via|kijk\s+op|zie|ga\s+naar|surf\s+naar|(?:meer\s+)?(?:info|informatie)\s+op|"
                         r"lees\s+(?:meer|verder)\s+op)\s*(?:(?:of|en)(?![\w-])|[.,;:!?)]|$)", re.I)
_EVENT_REACH = 160
# opening days as a range: "di t/m za", "ma-vr", "maandag tot en met vrijdag" (the hours of a shop or a desk)
_DAYS = r"(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
DAY_RANGE = re.compile(rf"(?<![\w-]){_DAYS}\.?[ \t]*(?:t/m|t\.m\.|-|–|tot(?:[ \t]+en[ \t]+met)?)[ \t]*{_DAYS}"
                       r"(?![\w-])", re.I)
_WE = re.compile(r"(?<![\w'’-])(?:we|wij|ons|onze)(?![\w'’-])", re.I)
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:ik|mijn|m['’]n|me|mij|mezelf)(?![\w'’-])", re.I)


@lru_cache(maxsize=1)
def _events() -> re.Pattern:
    return _cue_re("event_words")


def _sentence(text: str, h: Hit) -> tuple[int, int]:
    a = _sentence_start(text, h.start, reach=300)
    ends = _SENTENCE_END.search(text, h.end)
    return a, ends.start() if ends else len(text)


def _private_before(text: str, h: Hit, private: re.Pattern) -> bool:
    return private.search(text, max(0, h.start - _PRIVATE_WINDOW), h.start) is not None


def event_venue(text: str, h: Hit, private: re.Pattern) -> bool:
    """An event word before the address in its sentence, with no person between and no private cue just before."""
    if _private_before(text, h, private):
        return False
    if _cue_then_no_person(text, h, _events()):
        return True
    # "open dag!! zaterdag 10-14 uur, Molenstraat 8": the event named in the sentence just before, same paragraph
    a = max(0, h.start - _EVENT_REACH, text.rfind("\n\n", 0, h.start) + 1)
    last = max((m.end() for m in _events().finditer(text, a, h.start)), default=-1)
    return last >= 0 and no_person_in(text[last:h.start])


def site_line(text: str, h: Hit, business_mails: list[Hit], private: re.Pattern) -> bool:
    """A fixed-line number given in one sentence with a web address or a business e-mail address."""
    if MOBILE.match(text[h.start:h.end]) or _private_before(text, h, private):
        return False
    a, b = _sentence(text, h)
    if own_cues().search(text, a, h.start):
        return False
    return any(a <= m.start < b for m in business_mails) or _SITE.search(text, a, b) is not None \
        or _MASKED_URL.search(text, a, b) is not None or _OUR_SITE.search(text, a, b) is not None


# the organisation's site named in words: "of via het formulier op onze website", "kijk op onze site"
_OUR_SITE = re.compile(r"(?<![\w-])(?:op|via)[ \t]+(?:het[ \t]+\w+[ \t]+op[ \t]+)?onze[ \t]+(?:website|site|webpagina)"
                       r"(?![\w-])", re.I)
# a pin before an address on its line ("📍 Sterk Huis, Ringbaan-Oost 102"): a place to come to, not a home
_PIN = re.compile(r"(?:^|\n)[ \t]*(?:📍|🏢)[^\n]*$")


def pinned(text: str, h: Hit, private: re.Pattern) -> bool:
    """An address on a line that opens with a location pin, with no private cue just before it."""
    return _PIN.search(text, max(0, h.start - 120), h.start) is not None and not _private_before(text, h, private)


def beside_own(text: str, h: Hit, own: list[Hit], private: re.Pattern) -> bool:
    """A fixed-line number in the contact block of one of the organisation's own addresses or e-mail addresses."""
    if not own or MOBILE.match(text[h.start:h.end]) or _private_before(text, h, private):
        return False
    return any(_gap(text, h, o, 120) is not None for o in own)


# "bel", "bellen naar", "telefonisch via" right before the number, with no one to call named
_CALL_BARE = re.compile(r"(?<![\w-])(?:bel|bellen|telefonisch|telefoon|tel)(?:[ \t]+(?:gerust|even|dan|gewoon|"
                        r"direct))*(?:[ \t]+(?:naar|op|via|met[ \t]+ons))?[ \t]*:?[ \t]*$", re.I)


# after the number: "..., vraag dan naar mij", "en vraag naar Ruud": a switchboard, where callers ask for someone
_ASK_FOR = re.compile(r"[ \t]*[,;]?[ \t]*(?:(?:en|of|dan)[ \t]+)?vraag[ \t]+"
                      r"(?:(?:dan|gerust|even|daar|maar)[ \t]+)*naar(?![\w-])", re.I)


# "bel", "bellen dan gerust": the imperative that tells the reader to call a body (lower case; wrapped in (?i:...))
_BEL = r"(?:bel|bellen|belt)(?:[ \t]+(?:gerust|even|dan|gewoon|direct|ook|altijd))*"
# "Bel DUO op 050 ...", "bel dan het UWV via ...": a body known by its initials, told to be called (twenty-third round)
_ACRONYM_CALL = re.compile(rf"(?<![\w-])(?i:{_BEL})(?:[ \t]+(?i:de|het))?[ \t]+[A-Z]{{2,6}}(?![\w-])[ \t]+"
                           r"(?i:op|via|:)[ \t]*:?[ \t]*$")


@lru_cache(maxsize=1)
def _body_call() -> re.Pattern:
    """"Bel de gemeente op (023) ...", "bel dan het wijkteam via ...": an organisation told to be called by what it
    is (`nlp/data/callable_bodies.txt`; twenty-fifth round)."""
    from ..wordlists import words
    bodies = sorted(words("callable_bodies"), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in bodies)
    return re.compile(rf"(?<![\w-]){_BEL}[ \t]+(?:de|het|uw|je|jouw|onze|ons)[ \t]+(?:{alts})[ \t]+(?:op|via|:)"
                      r"[ \t]*:?[ \t]*$", re.I)


# what may stand before an imperative "bel" in its sentence: nothing, or a condition ending in a comma ("Komt u er
# niet uit,", "Als je vragen hebt,", "Twijfelt u,")
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:als|wanneer|indien|mocht|mochten|komt|kom|heeft|hebt|heb|wilt|wil|twijfelt|"
                             r"twijfel|zit|zoekt|lukt)(?![\w-])[^.!?\n]{0,80},\s*)?", re.I)
_FORMAL = re.compile(r"(?<![\w'’-])(?:u|uw)(?![\w'’-])", re.I)


def we_call(text: str, h: Hit, private: re.Pattern) -> bool:
    """A fixed-line number the readers are told to call: in a draft where the organisation speaks ("wij"), or
    as a bare imperative that opens its sentence ("Vragen? Bel (023) ..."); or a switchboard number, where
    callers ask for someone ("bel (023) ... en vraag naar mij")."""
    if MOBILE.match(text[h.start:h.end]) or _private_before(text, h, private):
        return False
    if _ASK_FOR.match(text, h.end) or _ACRONYM_CALL.search(text, max(0, h.start - 50), h.start) is not None \
            or _body_call().search(text, max(0, h.start - 60), h.start) is not None:
        return True
    call = _CALL_BARE.search(text, max(0, h.start - 30), h.start)
    if call is None:
        return False
    # a bare "Bel ..." opening its sentence or clause ("Komt u er niet uit, bel dan gerust ...") in a draft with
    # no "ik" in it, or in a sentence to the reader as "u" (a service's voice): nobody's own number is meant
    start = _sentence_start(text, h.start)
    opens = _CLAUSE_OPENING.fullmatch(text, start, call.start()) is not None and call.group()[:3].lower() == "bel" \
        and (not _FIRST_PERSON.search(text) or _FORMAL.search(text, start, h.start) is not None)
    if not (opens or _WE.search(text)):
        return False
    return not first_person(text, h)


def first_person(text: str, h: Hit) -> bool:
    """The address's sentence is in the first person singular."""
    a, b = _sentence(text, h)
    return _FIRST_PERSON.search(text, a, b) is not None


def contact_block(text: str, hits: list[Hit], private: re.Pattern) -> list[Hit]:
    """An address in the paragraph of a business phone number or e-mail address, with no person between the
    two and no private cue just before it ("bel ons bedrijfsnummer ... of mail info@... We zitten aan de
    Industrieweg 14"): the firm's own address, `business-address`. An e-mail address in the sentence of a
    business phone number on the same terms, not at a free-mail provider and not one person's ("k.smeets@"):
    the firm's own, `business-email` ("bel ons kantoor op 0475 ... of mail naar live@debouwkeet.nl")."""
    phones = [h for h in hits if h.label == "business-phone"]
    if phones and any(h.label == "email" for h in hits):
        hits = [replace(h, label="business-email") if h.label == "email" and h.key != "free-mail"
                and h.how != "own-domain" and not _one_persons(text, h)
                and any(_same_sentence(text, h, p) for p in phones)
                and private.search(text, max(0, h.start - _PRIVATE_WINDOW), h.start) is None else h for h in hits]
    lines = [h for h in hits if h.label in ("business-phone", "business-email")]
    if not lines or not any(h.label in ("address", "postcode") for h in hits):
        return hits
    return [replace(h, label="business-address") if h.label in ("address", "postcode")
            and any(_same_block(text, h, b) for b in lines)
            and private.search(text, max(0, h.start - _PRIVATE_WINDOW), h.start) is None else h for h in hits]


def _one_persons(text: str, h: Hit) -> bool:
    """An e-mail address whose local part is one person's ("k.smeets@", "karel.smeets@")."""
    return _PERSONAL_LOCAL.fullmatch(text[h.start:h.end].partition("@")[0].lower()) is not None


def _same_sentence(text: str, h: Hit, other: Hit) -> bool:
    """The two in one sentence with no person between them."""
    gap = _gap(text, h, other, 120)
    return gap is not None and _SENTENCE_END.search(text, *gap) is None


def _same_block(text: str, h: Hit, other: Hit) -> bool:
    """The two in one sentence, or the address in the next one where the firm speaks of itself ("We zitten
    aan ...", "Onze werkplaats: ..."); no person between them."""
    gap = _gap(text, h, other, 200)
    if gap is None:
        return False
    a, b = gap
    ends = list(_SENTENCE_END.finditer(text, a, b))
    if not ends or _BLOCK_GAP.fullmatch(text, a, b):
        return True   # the next line of one contact block, or the same line with a separator between them
    label = _ADDRESS_LABEL.match(text, text.rfind("\n", 0, h.start) + 1) if len(ends) <= 2 else None
    if label and label.end() <= h.start and not _SENTENCE_END.search(text, label.end(), h.start):
        return True   # "Adres: Industrieweg 14, ... Vragen? Bel 0475-... of mail naar info@...": a contact block
    return len(ends) == 1 and other.end <= h.start and _WE.search(text, ends[0].end(), h.start) is not None


# what may stand between two lines of a contact block ("Industrieweg 8, 6101 AB Echt\n0475 - 481 920 · info@..."):
# the rest of the address line (a postcode, a town in capitals), one line break, separators (twenty-sixth round)
_BLOCK_GAP = re.compile(r"(?:[ \t,]+[1-9][0-9]{3}[ \t]?[A-Za-z]{2}(?![\w]))?"
                        r"(?:[ \t,]+(?-i:[A-Z])[\w'-]*(?:[ \t]+(?-i:[A-Z])[\w'-]*){0,2})?"
                        r"[ \t·|•,;–—-]*\n?[ \t·|•,;–—*_>-]*")
# an address that opens its line after a label: "Adres: Industrieweg 14, 6045 JG Roermond." (twenty-fifth round)
_ADDRESS_LABEL = re.compile(r"[ \t*_>-]*(?:adres|bezoekadres|vestigingsadres|locatie|waar)[ \t*_]*:[ \t*_]*", re.I)


def _gap(text: str, h: Hit, other: Hit, reach: int) -> tuple[int, int] | None:
    """The text between two hits that do not overlap, when it is at most `reach` characters, in one paragraph, with
    no person in it: (start, end); else None."""
    a, b = (other.end, h.start) if other.end <= h.start else (h.end, other.start)
    if b < a or b - a > reach or "\n\n" in text[a:b] or not no_person_in(text[a:b]):
        return None
    return a, b
