"""Initials with context, and identifiable people with care, health or case details.

* initials-person: capital initials without a surname, "[J.B. (15)]", "[JB (15)]",
  "[J.B.] krijgt nieuwe medicatie", "ouders van groep 3: [J.B.] zwemt niet mee". Dotted
  initials count with an age right after them, with a care or case detail word in the same
  sentence, or (two letters or more) with a school word in it; undotted ones ("JB") only with
  an age right after them. Not initials followed by a surname or a business
  ("J.B. Jansen Installatietechniek"), abbreviations (`nlp/data/identify_dotted_abbreviations.txt`:
  "N.B."), a first name's initial ("Tim H.", label initial-name) or a writer signing off
  ("groet, M.K.").
* person-details: a care, health or incident word (`nlp/data/identify_care_words.txt`) or a
  municipal or housing case word (`nlp/data/identify_case_words.txt`) in the same sentence as
  a person reference: the labels of `REFERENCES`, a child by their school group ("het
  meisje uit groep 3") or a household or room by its number ("bij nr 23", "nummer 9 loopt achter met de
  huur") or a relative of the one person a reply answers ("Beste mevrouw ..., uw vader ...", not in a question, a
  condition or a list of relatives), which alone identify nobody; a detail word as a hashtag ("#leerplicht") tags
  the whole post, so it counts with a person reference in any sentence. Not a subject written or spoken about
  ("schrijft over gedrag en verstandelijke beperking", `_subject`). Span: the detail word.

No person reference of this package is reported in a sentence that says never to write it
("nooit" and a verb of naming or publishing, `nlp/data/identify_write_verbs.txt`, or "niet" right
next to such a verb: "noem nooit de jongen van kamer 4"), nor quoted in a sentence with such a
verb ('we schrijven "een jongere", niet "pleegzoon Milan"'); a quoted message that shares it
("moeder appte: 'J.B. (15) is weggelopen'") still counts. A detail word inside quotation marks
does not count.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..hits import Hit
from ..wordlists import word_set, words

# person references that make a detail word in their sentence about one identifiable person
REFERENCES = frozenset({"client-role-name", "child-name", "initial-name", "initials-person", "lower-name",
                        "indirect", "indirect-neighbour", "described-person", "named-with-details",
                        "named-with-address", "described-client"})

_INTERFIX = r"(?:van|de|der|den|ter|ten|te|van de|van der|van den|op de|in 't|'t)"
# a period after a lone capital ("J.B. krijgt") does not end the sentence. The first end character is read before the
# checks behind it (`re` then skips ahead to candidates, 5x faster); the same ends as
# `(?<!(?<![\w.])[A-Z])(?<!\.[A-Z])[.!?…]+[\"'”’)\]]*(?=\s)|\n[ \t]*\n`
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])(?<!(?<![\w.])[A-Z].)(?<!\.[A-Z].)[.!?…]*[\"'”’)\]]*(?=\s)"
                           r"|(?<=\n)[ \t]*\n)")
# the character before the initials is checked in Python (a lookbehind at every position is slow)
# a lower-case interfix may stand between the letters: "J.v.D.", "A.v.d.B.", "M. v.d. L."
_DOTTED = re.compile(r"(?P<ini>[A-Z]\.(?:[ \t]?(?:(?:v|vd|d|t|te|ter|ten|v\.d|v\.d\.[a-z]|i\.t)\.[ \t]?)?[A-Z]\.){0,3}"
                     r"|[A-Z]\.[A-Z](?![\w.]))(?![\w])")
_UNDOTTED = re.compile(r"(?P<ini>[A-Z]{2})(?=[ \t]*[(,])")
_NOT_BEFORE = frozenset(".@/&'-")
# fast seeds (a literal or short class first): a dot after a capital, "(" or "," after two capitals
_DOTTED_SEED = re.compile(r"\.(?<=[A-Z]\.)")
_UNDOTTED_SEED = re.compile(r"[(,](?:(?<=[A-Z]{2}[(,])|(?<=[A-Z]{2}[ \t][(,]))")
_AGE = re.compile(r"[ \t]*(?:\([ \t]*\d{1,2}(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)"
                  r"|,[ \t]*\d{1,2}[ \t]+jaar(?![\w])|[ \t]+van[ \t]+\d{1,2}[ \t]+jaar(?![\w]))")
_SURNAME_AFTER = re.compile(rf"[ \t]*(?:(?i:{_INTERFIX})[ \t]+)?[A-Z][a-zà-ÿ]")
_LOWER_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")
_NAME_BEFORE = re.compile(r"[A-Z][a-zà-ÿ]+[ \t]$")
_SIGN_OFF = re.compile(r"(?:groet(?:en|jes)?|gr\.?|liefs|doei|mvg|vg|namens)[ \t]*[,!.:-]?[ \t]*\n?[ \t]*$", re.I)
_NEVER = re.compile(r"(?<![\w-])nooit(?![\w-])", re.I)
_NOT = re.compile(r"(?<![\w-])niet(?![\w-])", re.I)
_WORD = re.compile(r"[\w'-]+")
# a short sentence that turns the one before it into an example not to follow: "Doe het niet.", "Niet doen!",
# "Liever niet.", "Dat moet je dus niet doen."
_DONT = re.compile(r"\s*(?:(?:doe|zeg|schrijf|noem|zet|post) (?:het|dat|dit|zoiets) "
                   r"(?:dus |maar |liever |gewoon |vooral )?niet|niet doen|liever niet|beter niet"
                   r"|dat (?:moet|wil|hoef) je (?:dus |echt |liever )?niet(?: te)?(?: doen| schrijven| zeggen| posten)?"
                   r")"
                   r"[.!…]*\s*$", re.I)
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ][\w'-]*)[ \t]+$")


# a person word that names several people ("de bewoners", "de buren", "die lui"): a Dutch plural ending; "jongen" and
# its compounds end in "-en" and are one person
_PLURAL_END = ("en", "rs", "lui", "s")


def is_plural(word: str) -> bool:
    """A person word of `identify_person_words.txt` that names several people ("bewoners", "buren", "lui"); not
    "jongen" or "buurjongen"."""
    w = word.lower()
    return w.endswith(_PLURAL_END) and not w.endswith("jongen")


@lru_cache(maxsize=1)
def _group_ref() -> tuple[re.Pattern, re.Pattern]:
    """A single child or client by their school group: "het meisje uit groep 3", "de leerling van klas 2b", "een
    jongen in mijn groep" (the writer's class, known to every parent of the school). With
    the part every match holds ("groep 3"): a text without it is not scanned with the long pattern, which tries
    every person word at every position (6x slower on posts.jsonl, where few texts name a group)."""
    single = [w for w in words("identify_person_words") if not is_plural(w)]
    alts = "|".join(re.escape(w) for w in sorted(single, key=len, reverse=True))
    # or the writer's own class: "een jongen in mijn groep", "het meisje uit onze klas" (thirtieth round)
    group = r"(?:(?:groep|klas)[ \t]*\d|(?:mijn|m'n|onze)[ \t]+(?:groep|klas)(?![\w-]))"
    return (re.compile(rf"(?<![\w-])(?:(?:de|het|die|dat|een|onze|ons)[ \t]+)?(?:{alts})[ \t]+(?:uit|van|in|op)"
                       rf"[ \t]+(?:de[ \t]+)?{group}\d?[a-zA-Z]?(?![\w-])", re.I), re.compile(group, re.I))


@lru_cache(maxsize=1)
def _house_ref() -> tuple[re.Pattern, re.Pattern]:
    """A single household or room by its number alone: "bij nr 23", "nummer 9 loopt achter", "kamer 4". Alone it
    identifies nobody; with a care or case detail in its sentence it shares that household's details with
    everyone who knows the street ("bij nr 23 geen slijpwerk, mevrouw ligt bij te komen van haar chemo").
    Not a range ("nummer 1 tot 40", "nr 2-8", "nummers 3 en 5"), a phone or other long number."""
    places = "|".join(re.escape(w) for w in sorted(words("identify_numbered_places"), key=len, reverse=True)
                      if w.rstrip(".") in ("nummer", "nr", "huisnummer", "kamer", "kamernummer"))
    return (re.compile(rf"(?<![\w-])(?:{places})[ \t]*\d{{1,4}}[a-zA-Z]?(?![\w,.]\d|[\w-]|[ \t]*(?:-|–|tot|t/m|en|of)"
                       rf"[ \t]*\d)", re.I), re.compile(rf"(?:{places})[ \t]*\d", re.I))   # with its part as _group_ref


# what every `_house_ref` place word holds ("nummer", "huisnummer", "nr", "kamer", "kamernummer")
_HOUSE_PARTS = ("nummer", "nr", "kamer")


@lru_cache(maxsize=1)
def _addressee_kin() -> re.Pattern:
    """A relative of the person the post answers, named by the formal "uw": "uw vader", "uw moeder". In a reply
    to one person that person is known, and so is their relative ("Beste mevrouw Van Leeuwen, ... Uw vader heeft
    die avond zijn insuline gekregen"). Not in a question or a condition, which speak to any reader ("Heeft uw
    vader diabetes?", "Als uw moeder ..."): `_GENERAL`."""
    kin = [w for w in words("identify_kin_words") if not w.endswith(("s", "buurman", "buurvrouw"))]
    alts = "|".join(re.escape(w) for w in sorted(kin, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])uw[ \t]+(?:{alts})(?![\w-])", re.I)


_GENERAL = re.compile(r"(?<![\w-])(?:als|wanneer|indien|mocht|zodra)(?![\w-])", re.I)
# a list of relatives is anyone's ("het zorgplan van uw zoon, dochter, broer of zus")
_MORE_KIN = re.compile(r"[ \t]*(?:,|of|en|/)[ \t]*[a-zà-ÿ]+")
# the post answers one person: a reply (front matter `reply_to`) or a salutation ("Beste mevrouw Van Leeuwen,")
_ONE_READER = re.compile(r"^[ \t]*(?:reply_to:|(?:beste|dag|hallo|hoi|geachte)[ \t]+(?:mevrouw|meneer|mevr\.|dhr\.|"
                         r"heer|[A-Z][a-zà-ÿ]+))", re.M | re.I)


def _addressee_refs(text: str, sent: "Sentences") -> list[tuple[int, int]]:
    if not _ONE_READER.search(text):
        return []
    kin = set(words("identify_kin_words"))
    out = []
    for m in _addressee_kin().finditer(text):
        a, b = sent.span(sent.of(m.start()))
        more = _MORE_KIN.match(text, m.end())
        if more and more.group().strip(" \t,/").split()[-1].lower() in kin:
            continue
        if text[a:b].rstrip().endswith("?") or _GENERAL.search(text, a, b) or sent.example(*m.span()):
            continue
        out.append(m.span())
    return out


class Sentences:
    """Sentence spans of one text, with its quoted ranges and its "never write this" sentences."""

    def __init__(self, text: str):
        from ..cues.scope import Bounds
        self.text = text
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.bounds = Bounds.of(text)
        self._never: dict[int, bool] = {}

    def of(self, char: int) -> int:
        return bisect.bisect_right(self.ends, char)

    def span(self, i: int) -> tuple[int, int]:
        return (self.ends[i - 1] if i > 0 else 0), (self.ends[i] if i < len(self.ends) else len(self.text))

    def quoted(self, start: int, end: int) -> bool:
        return self.bounds.is_quoted(start, end)

    def example(self, start: int, end: int) -> bool:
        """A reference in a sentence that says not to write it, or quoted in a sentence about
        writing ('we schrijven "een jongere", niet "pleegzoon Milan"'): an example, not a post that does it."""
        i = self.of(start)
        return self.guideline(i) or (self.quoted(start, end) and (self._verbs(i) or self._dont_after(i)))

    def _dont_after(self, i: int) -> bool:
        """The next sentence says not to do it: '"Mevrouw X van nummer 12" klinkt levendig. Doe het niet.'"""
        if i >= len(self.ends):
            return False
        s, e = self.span(i + 1)
        return e - s <= 40 and _DONT.match(self.text, s, e) is not None

    def _verbs(self, i: int) -> bool:
        s, e = self.span(i)
        verbs = word_set("identify_write_verbs")
        return any(m.group().lower() in verbs for m in _WORD.finditer(self.text, s, e))

    def guideline(self, i: int) -> bool:
        """True for a sentence that says not to write something: "noem nooit ...", "ik zou nooit ... noemen"."""
        if i not in self._never:
            s, e = self.span(i)
            toks = [m.group().lower() for m in _WORD.finditer(self.text, s, e)]
            verbs = word_set("identify_write_verbs")
            at = [k for k, t in enumerate(toks) if t in verbs]
            never = bool(at) and bool(_NEVER.search(self.text, s, e))
            near_not = any(toks[k] == "niet" for j in at for k in range(max(0, j - 2), min(len(toks), j + 3)))
            self._never[i] = never or (near_not and bool(_NOT.search(self.text, s, e)))
        return self._never[i]


def add_details(text: str, hits: list[Hit], cues: list[tuple[int, int, frozenset[str]]],
                name_ok=None) -> list[Hit]:
    """`hits` (the other person references of `text`) minus those in a guideline sentence, plus the
    initials-person, named-with-details, group-name and person-details hits; `cues`: the package scanner's cue
    words of `text` (tags "detail" and "school" used here); `name_ok`: whether a word is a first name
    that may be reported (none: no named-with-details)."""
    detail_cues = [(s, e) for s, e, tags in cues if "detail" in tags]
    detail_cues += [span for span in _compound_details(text) if span not in detail_cues]
    group_cues = [(s, e) for s, e, tags in cues if "clients" in tags]
    candidates = _initial_candidates(text)
    if not hits and not detail_cues and not candidates and not group_cues:
        return hits
    sent = Sentences(text)
    hits = [h for h in hits if not sent.example(h.start, h.end)]
    detail_in = {sent.of(s) for s, _ in detail_cues}
    school_in = {sent.of(s) for s, _, tags in cues if "school" in tags}
    out = hits + _initials(text, candidates, sent, detail_in, school_in)
    if name_ok is not None and group_cues:
        from ..inflect import vocabulary
        from .named import named_in_group
        out += named_in_group(text, sent, group_cues, name_ok, vocabulary())
    if not detail_cues:
        return out
    if name_ok is not None:
        from ..inflect import vocabulary
        from .named import named_with_details
        out += named_with_details(text, sent, detail_cues, name_ok, vocabulary())
    refs = [(h.start, h.end) for h in out if h.label in REFERENCES]
    # each pattern only where the word every match holds is in the text at all (a substring test in C is far cheaper
    # than the case-insensitive search, even the short one)
    low = text.lower()
    refs += [m.span() for (rx, needed), parts in ((_group_ref(), ("groep", "klas")), (_house_ref(), _HOUSE_PARTS))
             if any(p in low for p in parts) and needed.search(text)
             for m in rx.finditer(text) if not sent.example(*m.span())]
    refs += _addressee_refs(text, sent)
    ref_in = {sent.of(s) for s, _ in refs}
    with_ref = ref_in & detail_in
    for s, e in detail_cues:
        # a detail word as a hashtag ("#leerplicht") tags the whole post, so every sentence's person; the sentence
        # after the person's goes on about them ("Wilma de Groot ... Sinds haar maagoperatie ..."; forty-third round)
        if (sent.of(s) in with_ref or (refs and _hashtag(text, s, e))
                or (sent.of(s) - 1 in ref_in and _goes_on(text, sent.span(sent.of(s))[0], s))) \
                and not sent.quoted(s, e) \
                and not _subject(text, sent.span(sent.of(s))[0], s, e):
            out.append(Hit(s, e, "person-details", "detail"))
    return out


def _goes_on(text: str, first: int, s: int) -> bool:
    """The sentence from `first` speaks of the person of the sentence before: it opens with a pronoun for them, or a
    third person's possessive stands right before the detail at `s` ("Sinds haar operatie", "door zijn diabetes")."""
    from .named import _POSSESSIVE_BEFORE, _PRONOUN
    return _PRONOUN.match(text, first) is not None or _POSSESSIVE_BEFORE.search(text, max(first, s - 30), s) is not None


_TOPIC_LINK = re.compile(r"(?<![\w-])(?:over|in|op[ \t]+het[ \t]+gebied[ \t]+van)[ \t]+"
                         r"((?:[\w'-]+(?:[ \t]*,)?[ \t]+){0,8})$", re.I)
_OWNER_AFTER = re.compile(r"[ \t]+(?:van|bij)(?![\w-])", re.I)   # "de dementie van mevrouw ...": someone's
_NOT_A_SUBJECT = frozenset({"zijn", "haar", "hun", "mijn", "m'n", "z'n", "d'r", "jouw", "uw", "onze", "ons", "van",
                            "die", "dat", "deze", "wiens", "wier"})


def _subject(text: str, sentence_start: int, s: int, e: int) -> bool:
    """The detail word text[s:e] is a subject spoken, written or known about, not one person's condition: after a
    word of `nlp/data/identify_topic_words.txt` and "over"/"in"/"op het gebied van" with only other subjects between
    ("schrijft op persoonlijke titel over gedrag, communicatie en verstandelijke beperking", "gespecialiseerd in
    autisme"). Not with a possessive or "van" on the way or right after it ("vertelt over haar epilepsie", "over
    de dementie van mevrouw ...")."""
    link = _TOPIC_LINK.search(text, sentence_start, s)
    if link is None or any(w.lower() in _NOT_A_SUBJECT for w in _WORD.findall(link.group(1))):
        return False
    if _OWNER_AFTER.match(text, e):
        return False
    before = [w.lower() for w in _WORD.findall(text, sentence_start, link.start())][-6:]
    return any(w in word_set("identify_topic_words") for w in before)


# a care word as the last part of a compound the word list does not hold: "epilepsiemedicatie", "adhd-medicatie",
# "dwangstoornis", "autismediagnose" (the tail found first with str.find, C speed; a regex alternation tried at every
# position cost 0.2 s a pass over the benchmark corpus)
_COMPOUND_TAILS = ("medicatie", "medicijnen", "stoornis", "stoornissen", "diagnose")
_WORD_START = re.compile(r"(?<![\w-])[\w-]{3,}$")


def _compound_details(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    if len(low) != len(text):   # a letter whose lower case is longer ("İ"): offsets would shift
        low = text
    out = []
    for tail in _COMPOUND_TAILS:
        at = low.find(tail)
        while at >= 0:
            end = at + len(tail)
            if end == len(text) or not (text[end].isalnum() or text[end] in "_-"):
                head = _WORD_START.search(text, max(0, at - 30), at)
                if head is not None:
                    out.append((head.start(), end))
            at = low.find(tail, end)
    return sorted(out)


def _hashtag(text: str, s: int, e: int) -> bool:
    """text[s:e] is a whole hashtag: "#leerplicht", not "#leerplichtweek" or a word inside a sentence."""
    return s > 0 and text[s - 1] == "#" and (e == len(text) or not (text[e].isalnum() or text[e] in "_-"))


def _initial_candidates(text: str) -> list[tuple[int, int, bool, int]]:
    """(start, end, has an age, number of letters) of initials that are not a surname's, an abbreviation,
    a first name's ("Tim H.") or a sign-off's; undotted ones ("JB") only with an age."""
    from . import _first_name
    out = []
    abbreviations = {a.replace(" ", "") for a in words("identify_dotted_abbreviations")}
    for seed, rx, dotted in ((_DOTTED_SEED, _DOTTED, True), (_UNDOTTED_SEED, _UNDOTTED, False)):
        covered = 0
        for sm in seed.finditer(text):
            at = sm.start() - 1 if dotted else sm.start() - 2 - (text[sm.start() - 1] in " \t")
            m = rx.match(text, at)
            if m is None or at < covered:
                continue
            covered = m.end("ini")
            s, e = m.span("ini")
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in _NOT_BEFORE or text[s - 1] == "_"):
                continue
            ini = m.group("ini")
            age = _AGE.match(text, e)
            if not dotted and age is None:
                continue
            if dotted and ini.replace(" ", "").replace("\t", "") in abbreviations:
                continue
            if _SURNAME_AFTER.match(text, e) or _SIGN_OFF.search(text, max(0, s - 30), s):
                continue
            nb = _NAME_BEFORE.search(text, max(0, s - 30), s)
            if nb and _first_name(nb.group().strip()):
                continue
            letters = sum(c.isupper() for c in ini)
            if age is None and letters == 1 and not _single_initial(text, s, e):
                continue
            out.append((s, age.end() if age else e, age is not None, letters))
    return out


def _single_initial(text: str, s: int, e: int) -> bool:
    """"T. krijgt", "ouders: T. gaat", "vandaag kreeg T. nieuwe ...", not "vitamine C." at a sentence end,
    "bijlage B. voor de medicatie" (`nlp/data/identify_before_single_initial.txt`)."""
    if not _LOWER_AFTER.match(text, e):
        return False
    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    return before is None or before.group(1) in word_set("identify_before_single_initial")


def _initials(text: str, candidates, sent: Sentences, detail_in: set[int], school_in: set[int]) -> list[Hit]:
    """Candidates with an age, or in a sentence with a care or case detail (or, two letters or more, a school word)."""
    out = []
    for s, end, has_age, letters in candidates:
        i = sent.of(s)
        if not (has_age or i in detail_in or (letters >= 2 and i in school_in)):
            continue
        if not sent.example(s, end):
            out.append(Hit(s, end, "initials-person", "initials"))
    return out


def dedupe(hits: list[Hit]) -> list[Hit]:
    # "meneer Dassen uit de Tulpstraat 23": the resident named with an address, not also a described person
    resident = [h for h in hits if h.label == "named-with-address"]
    starts = {h.start for h in resident}
    # and named once: "meneer [Harry Dassen] ... herseninfarct" inside "[meneer Harry Dassen] uit de Tulpstraat 23"
    hits = [h for h in hits if not (h.label == "described-person" and h.start in starts) and
            not (h.label == "named-with-details" and any(r.start <= h.start and h.end <= r.end for r in resident))]
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end and h.label == out[-1].label:
            continue
        out.append(h)
    return out
