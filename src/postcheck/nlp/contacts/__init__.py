"""Business contact data versus private data: a second look at the personal-data hits.

The personal-data detector finds phone numbers and addresses; whether one is private
depends on what it is. This step (run right after it, in the same component) changes:

* e-mail addresses at the organisation's own domains (`allow: {emails: ["@domain"]}`): dropped unless the local part
  is one person's ("a.jansen@", "p.dekker@"), which stays an `email` hit (a colleague's direct address is for review,
  not for the public);
* role e-mail addresses at any other domain (the detector's "weak" hits: info@, vacature@, contact@,
  `nlp/data/email_role_locals.txt`): label `business-email`, a company's own contact address, not one person's;
* public helplines (`nlp/data/public_helplines.txt`: Kindertelefoon, Veilig Thuis, 113, ...) and the organisation's
  own addresses (config `allow: {addresses: [...]}`): dropped, never reported;
* service numbers (0800, 0900, 0906, 0909, 088, municipal 14 0xx; business ranges of the Dutch numbering plan): label
  `business-phone`;
* a phone number, address or postcode in a paragraph with a business cue (`nlp/data/business_cues.txt`: bel ons,
  kantoor, KvK, B.V., openingstijden, ...) or in a draft with a vacancy word anywhere (`nlp/data/vacancy_cues.txt`:
  vacature, solliciteer, #werkenbij, ...) or an advertisement's stock phrase (`nlp/data/advert_cues.txt`: geen klus te
  klein, vrijblijvende offerte, ruimte in de agenda, ...), and no private cue just before it
  (`nlp/data/private_cues.txt`: privé, thuis, woont, ...): label `business-phone` / `business-address`;
* an address or postcode linked to a public or organisational building named just before it
  (`nlp/data/public_building_words.txt` and the companies of `organisation_words.txt`: "het raadhuis aan het X 1",
  "Bibliotheek Heemstede, X 1", "wijkcentrum De Pauw (X 61)", "X 5 (de bibliotheek)"), or in a paragraph with opening
  hours or a public desk (`nlp/data/opening_hours_cues.txt`: geopend, open van, spreekuur, ma t/m do), with no
  private cue just before it: label `business-address`;
* a fixed-line number after the name of an organisation's line in its sentence, whoever's it is (a number or line
  word of `nlp/data/org_unit_words.txt` or a compound ending in one: "Sterk Huis heeft een informatienummer: 013 ...",
  "De Mantelzorglijn is er voor je, 030 ..."), no person between: label `business-phone`;
* a phone number after "ons"/"onze" + a part of the organisation in its sentence (`nlp/data/org_unit_words.txt`: "bel
  onze servicedesk op", "onze klantenservice is bereikbaar via", "ons algemene nummer") or on a line of a signature
  block that names a company ("Schildersbedrijf Peeters B.V." / "Tel. 0475-..."), with no person between and not the
  caller's number ("belt onze planning vanaf 06-...") nor the reader's ("ik bel je maandag op 06-..."): label
  `business-phone`;
* an e-mail address at the organisation's own domain that the writer offers as their own ("je kunt me mailen via
  a.bakker@..."): label `business-email` (the writer's own work address, not a colleague's); every person's address
  at an own domain (`email` or `business-email`) is marked `how="own-domain"` (a work address: a pack can flag it in
  a private post, Sterk Huis "privé e-mailadres voor privéberichten");
* an address in the paragraph of such a business number or e-mail address, no person between ("bel ons ... of mail
  info@... We zitten aan de Industrieweg 14"): `business-address`; an e-mail address in such a number's sentence, not
  one person's or free-mail ("bel ons kantoor op 0475 ... of mail naar live@debouwkeet.nl"): `business-email`;
* a phone number after a company's name in its sentence ("contact opnemen met Bureau Helder, 0475-...", "bel
  Bouwbedrijf Custers via ...", "Mantelzorglijn: 030 - ...": an organisation word, a named service line or desk (a
  capitalised "-lijn", "-loket"), or legal form, then only names, "tel." or "via" up to the number) or after a named
  department ("de afdeling Werving", "het team Vergunningen"), not in a sentence that calls it a direct line
  (`nlp/data/direct_line_cues.txt`): label `business-phone`;
* a phone number the writer offers as their own business number (`nlp/data/own_business_cues.txt`: "mijn zakelijke
  nummer", "m'n werknummer", "u kunt mij zakelijk bereiken op") with no person between: label `business-phone`; an
  e-mail address the writer offers as their own ("mail me op", "je kunt me bereiken via") at a domain that is not a
  free-mail or internet provider's (`nlp/data/free_mail_domains.txt`): label `business-email` (the writer's own
  business address);
* a phone number the writer offers as their own (`nlp/data/own_contact_cues.txt`: "bel of app me op", "mijn nummer
  is", "ik ben bereikbaar op") with no person between that cue and the number (a first name, zijn/haar/hun, a person
  word): label `own-phone` (the writer's own private number: some policies forbid it, others let members exchange
  it);
* a phone number in the same sentence as a work role or work cue (`nlp/data/work_contact_cues.txt` and the staff
  roles of `identify_staff_roles.txt`: collega, opzichter, afdeling, doorkiesnummer, zakelijk, ...), with that cue
  nearer before it than any private person (`identify_person_words.txt`, `identify_client_roles.txt`,
  `private_person_words.txt`: huurder, buurman, ...) and no private cue just before it: label `work-phone` (a
  colleague's direct number: business contact data, but not the organisation's published one).

Everything else keeps its label (a private mobile number, a home address, a BSN), so the
packs can keep `block` for those and give the business labels at most `review`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..hits import Hit
from ..wordlists import words

BUSINESS_LABELS = ("business-phone", "business-address", "business-email", "work-phone")
OWN_LABELS = ("own-phone",)
_SERVICE = re.compile(r"0(?:800|900|906|909|88)\d{4,7}|140\d{2,3}")
_PRIVATE_WINDOW = 60


def _digits(s: str) -> str:
    d = "".join(ch for ch in s if ch.isdigit())
    if s.lstrip().startswith("+31"):
        d = "0" + d[2:].lstrip("0")
    return d


def _fold_address(s: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", s.lower()).split())


@lru_cache(maxsize=1)
def _data():
    helplines = frozenset(_digits(x) for x in words("public_helplines"))

    return helplines, _cue_re("business_cues", "vacancy_cues", "advert_cues"), _cue_re("private_cues")


@lru_cache(maxsize=8)
def _cue_re(*names: str) -> re.Pattern:
    entries = sorted({e for name in names for e in words(name)}, key=len, reverse=True)
    alts = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _has_vacancy(text: str) -> bool:
    """A vacancy or an advertisement of the writer's own services anywhere in the draft (once per draft, the last)."""
    return _cue_re("vacancy_cues", "advert_cues").search(text) is not None


@lru_cache(maxsize=1)
def _building_data() -> tuple[frozenset[str], tuple[str, ...], re.Pattern]:
    entries = [e.lower() for e in words("public_building_words")]
    exact = frozenset(e for e in entries if not e.startswith("-")) | {e.lower() for e in words("organisation_words")}
    endings = tuple(e[1:] for e in entries if e.startswith("-"))
    return exact, endings, _cue_re("opening_hours_cues")


# between a building word and its address: names, "aan/op/in/bij/te/van" + article, house numbers, , ( :
_LINK_WORDS = frozenset({"aan", "op", "in", "bij", "te", "van", "de", "het", "'t", "den", "der", "nr", "nr."})
_TOKEN = re.compile(r"[\w'’.-]+|[,(:–-]")
_AFTER_BUILDING = re.compile(r"[ \t]*[,(–-][ \t]*(?:(?:het|de|onze|ons)[ \t]+)?([\w-]+)")


def _is_building(word: str) -> bool:
    exact, endings, _ = _building_data()
    w = word.lower().strip(".,:;'’")
    return w in exact or any(w.endswith(e) and len(w) > len(e) + 2 for e in endings) or w in endings


def _building_address(text: str, h: Hit) -> bool:
    """The address belongs to a building named just before it in its sentence ("het raadhuis aan het X 1",
    "Bibliotheek Heemstede, X 1", "wijkcentrum De Pauw (X 61)"), on the line right above it in an address block
    ("Bakkerij Van Dam" / "Grotestraat 41, Hardenberg"), or in brackets right after it."""
    a = max(0, h.start - 80)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, a, h.start)]
    start = ends[-1] if ends else a
    if ends and text[start - 1] == "\n" and not text[start:h.start].strip() and text[start - 2:start - 1] != "\n":
        start = text.rfind("\n", 0, start - 1) + 1   # the address opens its line: read the name line above it too
    toks = _TOKEN.findall(text, start, h.start)
    for tok in reversed(toks[-8:]):
        if _is_building(tok):
            return True
        if not (tok[:1].isupper() or tok[:1].isdigit() or tok.lower() in _LINK_WORDS or tok in ",(:–-"):
            break
    after = _AFTER_BUILDING.match(text, h.end, min(len(text), h.end + 40))
    return bool(after and _is_building(after.group(1)))


@lru_cache(maxsize=1)
def _work_data() -> tuple[re.Pattern, re.Pattern]:
    def alt(*names: str) -> re.Pattern:
        entries = sorted({e.lower() for n in names for e in words(n)}, key=len, reverse=True)
        alts = "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in entries)
        return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)

    return (alt("work_contact_cues", "identify_staff_roles"),
            alt("identify_person_words", "identify_client_roles", "private_person_words"))


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _work_phone(text: str, h: Hit, private: re.Pattern) -> bool:
    """A work role or work cue is the nearest person word before the number in its sentence."""
    start = max(0, h.start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, h.start)]
    a = ends[-1] if ends else start
    work, person = _work_data()
    last_work = max((m.end() for m in work.finditer(text, a, h.start)), default=-1)
    if last_work < 0:
        return False
    last_person = max((m.end() for m in person.finditer(text, a, h.start)), default=-1)
    if last_person > last_work:
        return False
    return private.search(text, max(a, h.start - _PRIVATE_WINDOW), h.start) is None


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n\n", 0, start)
    b = text.find("\n\n", end)
    a = 0 if a < 0 else a
    b = len(text) if b < 0 else b
    return max(a, start - 400), min(b, end + 400)


# a person's own address: "a.jansen@", "p.dekker@", "sanne.visser@" (not "communicatie@", "team-west@")
_PERSONAL_LOCAL = re.compile(r"[a-z]{1,3}\.[a-z]+(?:[.-][a-z]+)*|[a-z]{3,}[._][a-z]{2,}(?:[._-][a-z]+)*")
_ROLE = r"(?:team|info|afdeling|communicatie|redactie|secretariaat|service|support|pers|vacature)"
_ROLE_START = re.compile(rf"{_ROLE}|.*[._-]{_ROLE}(?:[._-]|$)", re.I)   # "team-west@", "dekwakel.team@"


def _own_role_address(text: str, h: Hit, own_domains: frozenset[str]) -> bool:
    """An address at one of the organisation's domains that is not one person's own."""
    local, _, domain = text[h.start:h.end].lower().partition("@")
    if "@" + domain not in own_domains:
        return False
    return not _PERSONAL_LOCAL.fullmatch(local) or bool(_ROLE_START.match(local))


def classify(text: str, hits: list[Hit], own_addresses: frozenset[str] = frozenset(),
             own_domains: frozenset[str] = frozenset()) -> list[Hit]:
    """The personal-data hits with helplines, own addresses and own role e-mail addresses dropped,
    and business data (other role e-mail addresses too) relabelled."""
    # the organisation's own role e-mail addresses and addresses: dropped, and a number beside them is its own too
    own = [h for h in hits if h.label == "email" and own_domains and _own_role_address(text, h, own_domains)
           or h.label in ("address", "postcode") and own_addresses and _own_address(text, h, own_addresses)]
    if own_domains:
        hits = [h for h in hits if h.label != "email" or h not in own]
        hits = [replace(h, label="business-email") if h.label == "email" and _own_work_address(text, h, own_domains)
                else h for h in hits]
        hits = [replace(h, how="own-domain") if h.label in ("email", "business-email") and _at(text, h, own_domains)
                else h for h in hits]
    hits = [replace(h, label="business-email", strength="strong")
            if h.label == "email" and (h.strength == "weak" or _named().own_business_address(text, h)) else h
            for h in hits]
    if not any(h.label in ("phone", "address", "postcode") for h in hits):
        return hits
    helplines, business, private = _data()
    mails = [h for h in hits if h.label == "business-email"]
    out: list[Hit] = []
    for h in hits:
        if h.label == "phone":
            digits = _digits(text[h.start:h.end])
            if digits in helplines:
                continue
            # the caller's own number ("belt ons kantoor vanaf 06-..."): private, whatever the paragraph says
            caller = _CALLER.search(text, max(0, h.start - 40), h.start) is not None \
                or _ADDRESSEE.search(text, max(0, h.start - 60), h.start) is not None
            if _SERVICE.fullmatch(digits) or not caller and (
                    _business(text, h, business, private) or _organisation_line(text, h)
                    or _cue_then_no_person(text, h, _named().own_business_re())
                    or not MOBILE.match(text[h.start:h.end]) and _cue_then_no_person(text, h, _line_noun_re())
                    or _venue().site_line(text, h, mails, private) or _venue().beside_own(text, h, own, private)
                    or _venue().we_call(text, h, private)):
                h = replace(h, label="business-phone")
            elif _own_phone(text, h):
                h = replace(h, label="own-phone")
            elif _work_phone(text, h, private) or _named().person_at_company(text, _number_sentence(text, h), h.start):
                h = replace(h, label="work-phone")
        elif h.label in ("address", "postcode"):
            if h in own:
                continue
            if _business(text, h, business, private) or _public_place(text, h, private) \
                    or _venue().event_venue(text, h, private) or _venue().pinned(text, h, private):
                h = replace(h, label="business-address")
        out.append(h)
    return _venue().contact_block(text, out, private)


def _own_address(text: str, h: Hit, own_addresses: frozenset[str]) -> bool:
    found, around = _fold_address(text[h.start:h.end]), _fold_address(text[h.start:h.end + 40])
    return any(found in a or a in around for a in own_addresses)


def _business(text: str, h: Hit, business: re.Pattern, private: re.Pattern) -> bool:
    """A business cue in the hit's paragraph, or a vacancy word anywhere in the draft; no private cue just
    before the hit."""
    a, b = _paragraph(text, h.start, h.end)
    if business.search(text, a, b) is None and not _has_vacancy(text):
        return False
    return private.search(text, max(a, h.start - _PRIVATE_WINDOW), h.start) is None


def _public_place(text: str, h: Hit, private: re.Pattern) -> bool:
    """A building's address: linked to a building word, or in a paragraph with opening hours;
    not with a private cue ("woont", "thuis", "haar adres") just before it."""
    a, b = _paragraph(text, h.start, h.end)
    if private.search(text, max(a, h.start - _PRIVATE_WINDOW), h.start) is not None:
        return False
    if _building_address(text, h):
        return True
    # opening hours or a desk elsewhere in the paragraph; not for an address in a sentence about the writer
    hours = _building_data()[2].search(text, a, b) or _venue().DAY_RANGE.search(text, a, b)   # "di t/m za"
    return hours is not None and not _venue().first_person(text, h)


_POSSESSIVE = re.compile(r"(?<![\w-])(?:zijn|haar|hun|z'n|d'r|diens)(?![\w-])", re.I)
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-zà-ÿ]+")


def _own_phone(text: str, h: Hit) -> bool:
    """The writer offers the number as their own: an own-contact cue before it in its sentence, and no
    person (a first name, zijn/haar, a person word) between the cue and the number."""
    return _cue_then_no_person(text, h, _named().own_cues())


def _at(text: str, h: Hit, own_domains: frozenset[str]) -> bool:
    """An e-mail address at one of the organisation's own domains."""
    return "@" + text[h.start:h.end].lower().partition("@")[2] in own_domains


def _own_work_address(text: str, h: Hit, own_domains: frozenset[str]) -> bool:
    """An address at the organisation's own domain that the writer offers as their own ("mail me via")."""
    domain = text[h.start:h.end].lower().partition("@")[2]
    return "@" + domain in own_domains and _cue_then_no_person(text, h, _named().own_cues())


def _organisation_line(text: str, h: Hit) -> bool:
    """The organisation's own number: "ons/onze" + a part of the organisation before it in its sentence
    with no person between, or a line of a signature block that names a company."""
    if _data()[2].search(text, max(0, h.start - _PRIVATE_WINDOW), h.start):
        return False
    if _cue_then_no_person(text, h, _org_unit_re()) or _named().signature_block(text, h):
        return True
    a = _number_sentence(text, h)
    named = _named()
    if named.direct_line_re().search(text, a, h.start):
        return False
    return _cue_then_no_person(text, h, named.named_unit_re()) or named.company_before(text, a, h.start)


def _number_sentence(text: str, h: Hit) -> int:
    """Where the number's sentence starts; "tel. 0475-..." does not end a sentence."""
    abbrev = _ABBREVIATION_BEFORE.search(text, max(0, h.start - 16), h.start)
    return _sentence_start(text, abbrev.start() if abbrev else h.start)


_ABBREVIATION_BEFORE = re.compile(r"(?<![\w-])(?:tel|t|nr|tel\.nr|telnr)\.[ \t]*(?::[ \t]*)?$", re.I)


def _cue_then_no_person(text: str, h: Hit, cues: re.Pattern) -> bool:
    """A cue before the hit in its sentence, and no person (a first name, zijn/haar, a person word)
    between the last such cue and the hit."""
    a = _sentence_start(text, h.start)
    cue_end = max((m.end() for m in cues.finditer(text, a, h.start)), default=-1)
    if cue_end < 0:
        return False
    gap = text[cue_end:h.start]
    # the writer's own name in apposition, the number right after it ("Bel of app mij gerust: Ruud Hanssen, 06 ...";
    # twenty-eighth round): the "mij" is that name
    return no_person_in(gap) or _SIGNED.fullmatch(gap) is not None


def no_person_in(gap: str) -> bool:
    """No person in this stretch of text: no person word, no zijn/haar, no first name."""
    from .. import namedata

    if _work_data()[1].search(gap) or _POSSESSIVE.search(gap):
        return False
    firsts = namedata.first_names()
    return not any(m.group() in firsts for m in _CAPITALISED.finditer(gap))


def _venue():
    from . import venue   # imported on first use: it reads this package's helpers
    return venue


def _named():
    from . import named   # imported on first use: it reads this package's helpers
    return named


def _sentence_start(text: str, at: int, reach: int = 120) -> int:
    start = max(0, at - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, at)]
    return ends[-1] if ends else start


# a name in apposition between an own-contact cue and its number: ": Ruud Hanssen, ", " gerust, Ruud: "
_SIGNED = re.compile(r"[ \t]*(?:(?:gerust|even|maar|ook)[ \t]*)?[:,]?[ \t]*"
                     r"(?:[A-Z][a-zà-ÿ'-]+[ \t]+(?:(?:[A-Z][a-zà-ÿ'-]+|van|de|der|den|ter|ten|het|'t)[ \t]+){0,3})?"
                     r"[A-Z][a-zà-ÿ'-]+[ \t]*[:,]?[ \t]*")
# the reader's own number, where the writer will call them ("en bel je maandag nog even op 06-..."): private, as the
# caller's is; "bel me op", "bel ons op", "bel je ons dan op", "Belt u gerust ... op" (the reader calls) go on
_ADDRESSEE = re.compile(r"(?<![\w-])(?:(?:bel|bellen|sms|app|appen|whatsapp)[ \t]+(?:je|jou|u|jullie)"
                        r"|belt[ \t]+(?:je|jou|jullie))(?![\w-])"
                        r"(?:(?!(?<![\w-])(?:ons|onze|me|mij|mijn|m'n|mn)(?![\w-]))[^.!?\n]){0,40}?"
                        r"(?<![\w-])op[ \t]*(?:(?:je|jouw|uw|het|nummer|mobiele|mobiel|06)[ \t]+){0,3}:?[ \t]*$", re.I)
# "belt onze planning elke dag vanaf 06-...", "vanaf haar mobiel 06 ...": the caller's own number, not the unit's
_CALLER = re.compile(r"(?<![\w-])vanaf[ \t]+(?:(?:zijn|haar|z'n|d'r|het|een|nummer|eigen|privé|prive|mobiel|mobiele|"
                     r"telefoon|telefoonnummer|nummer:?)[ \t]+){0,3}$", re.I)


# a Dutch mobile number's start (a person's phone, or a small firm's): shared with `venue.py`
MOBILE = re.compile(r"^\s*(?:\(?06|\+\s*31\s*\(?0?\)?\s*6|0031\s*6)")


@lru_cache(maxsize=1)
def _line_noun_re() -> re.Pattern:
    """The name of an organisation's line, whoever's it is: the number and line words of `org_unit_words.txt` and
    compounds ending in them ("Sterk Huis heeft een informatienummer: 013 ...", "De Mantelzorglijn is er voor je, 030
    ..."; thirty-fourth round). Nobody's private number is an "informatienummer"."""
    # not a spoed- or noodnummer: a person has one too ("het noodnummer van mijn zus")
    ends = sorted({e for e in words("org_unit_words") if " " not in e and e.endswith(("nummer", "lijn"))
                   and not e.startswith(("spoed", "nood"))}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])[\w-]*(?:{'|'.join(map(re.escape, ends))})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _org_unit_re() -> re.Pattern:
    alts = "|".join(re.escape(e).replace(r"\ ", r"\s+")
                    for e in sorted(words("org_unit_words"), key=len, reverse=True))
    # also a compound that ends in the unit: "ons pleegzorgteam", "onze klachtenbalie", "ons bouwbedrijf"
    return re.compile(rf"(?<![\w-])(?:ons|onze)\s+(?:[\w-]+\s+){{0,2}}?[\w-]*?(?:{alts})(?![\w-])", re.I)


def own_address_keys(addresses) -> frozenset[str]:
    """Config `allow.addresses` in the folded form `classify` compares with."""
    return frozenset(_fold_address(a) for a in addresses if a and a.strip())

