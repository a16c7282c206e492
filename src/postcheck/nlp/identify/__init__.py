"""Person references: people identified without a capitalised full name.

The name detector finds "Anouk Jansen"; people also write "onze pleegzoon Milan",
"harie moonen z'n schuur", "noor (9) gaat naar OBS De Wilg", "Tim H. ligt in het
ziekenhuis" or "de mevrouw van nummer 12". This detector finds those; packs decide
what they mean (a foster child named this way is `block` in the care packs).

Labels (span in brackets):
* client-role-name: a client, foster-child, resident or tenant role with a first name,
  "[pleegzoon Milan]", "[bewoonster Truus]", "[Milan], onze pleegzoon"
  (roles: `nlp/data/identify_client_roles.txt`).
* staff-role-name: a staff role with a first name, "[collega Sanne]", "[gezinsvoogd Ingrid]"
  (`nlp/data/identify_staff_roles.txt`).
* unit-name: a colleague named with the unit they work in, "onze [Margriet] van de planning" (`named.py`).
* child-name: a first name in any case with a child's age or school, "[noor (9)]",
  "[Sem van 7]", "[noor] gaat naar OBS De Wilg", "[Sem] zit in groep 5"
  (`nlp/data/identify_school_words.txt`).
* initial-name: a first name and a surname initial, "[Tim H.] ligt in het ziekenhuis".
* lower-name: a first name and a surname in lower case in running text, "[harie moonen]",
  "[sanne visser]"; both on deduce's name lists, the first name not an ordinary Dutch word
  (spacy-lookups-data vocabulary), neither a common or stop word.
* indirect: a person or household and a house or room number, "[de mevrouw van nummer 12]",
  "[bewoner van kamer 4]" (`nlp/data/identify_person_words.txt`, `nlp/data/identify_numbered_places.txt`);
  indirect-neighbour: the same with a neighbour, "[de buurman van nummer 3]".
* described-person: a title and a surname in any case (a first name may stand between) with an
  adult age and/or a street, "[mevrouw van der lee (82) van de Lanckhorstlaan]", "[meneer jansen (79)]",
  "[dhr. Pieters uit de Kerklaan]", "[meneer Ab Koelewijn (87) aan de Camplaan]";
  the surname is on deduce's surname list, or capitalised and not an ordinary word
  ("mevrouw de burgemeester", "meneer de voorzitter" are not names); the
  street a word ending in a street suffix (`nlp/data/street_suffixes.txt`) that is not itself an
  ordinary word.
* indirect-address: the house number of an indirect reference with its street, a home address:
  "de mevrouw van [nummer 8 in de Hertogsingel]", "die mevrouw op [nr 8 in die flats aan de roerkade]"
  (up to four words between; a lower-case street that is no ordinary word); or the street and number
  after a described person, "mevrouw Annie Hoeben (91) op de [Kloosterweg 7]".
* described-client: the writer's client described by an age without a name (`unnamed.py`).
* group-name: a bare first name next to the clients named as a group (`named.py`).
* named-with-details, named-with-address: a first name with a care or case detail in its sentence,
  or right before a home address (`named.py`).

A first name is a word on deduce's first-name list that is not a common or stop word;
names the organisation allows (config `allow: {names: [...]}`) are never reported.
Plain regexes over the text; Python only runs per candidate.
"""
from __future__ import annotations

import re
from functools import lru_cache
from .. import cuewords, namedata
from ..hits import Hit
from ..personal_data.child_age import made_up_after, own_child_before
from .details import is_plural
from .named import _DETS, _NOUN_DET_BEFORE, _SELF
from ..wordlists import words
from ..lazyre import LazyPatterns

LABELS = ("client-role-name", "staff-role-name", "child-name", "initial-name", "lower-name", "indirect",
          "indirect-neighbour", "described-person", "initials-person", "person-details", "named-with-details",
          "named-with-address", "indirect-address", "described-client", "group-name", "unit-name")

_NAME = r"[A-Za-zÀ-ÿ][a-zà-ÿ]+(?:-[A-Za-zÀ-ÿ][a-zà-ÿ]+)?"
_DET = r"(?:(?:onze|ons|mijn|m'n|zijn|z'n|haar|hun|jullie|de|het|een|die|deze)[ \t]+)?"
_ORDINAL = (r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\d{1,2}(?:e|ste|de))")
# a floor points at one household too: "van de derde verdieping", "op 3-hoog"
_FLOOR = rf"(?:{_ORDINAL}[ \t]+(?:verdieping|etage|woonlaag)|(?:\d{{1,2}}|een|twee|drie|vier|vijf|zes|zeven|acht)-hoog)"
_NOT_PRONOUN = r"(?!(?:ik|jij|hij|zij|ze|we|wij|zijn|haar|mijn|ons|onze|de|het|een)\b)"
_MORE_NAMES = rf"(?:[ \t]+(?:en|&)[ \t]+{_NOT_PRONOUN}{_NAME})*"   # "collega's sanne en pieter"
_INTERFIX = r"(?:van|de|der|den|ter|ten|te|van de|van der|van den|op de|in 't|'t)"
_INITIALS = rf"(?:[A-Z]\.[ \t]?){{1,3}}(?:(?i:{_INTERFIX})[ \t]+)?(?:[A-Z]\.|[A-Z][a-zà-ÿ]+)?"
_SURNAME = rf"(?-i:(?:[ \t]+(?:{_INTERFIX}[ \t]+)?[A-Z][a-zà-ÿ]+)?)"


def _alt(entries) -> str:
    return "|".join(re.escape(e).replace(r"\ ", r"[ \t]+") for e in sorted(entries, key=len, reverse=True))


_TITLES = ("mevrouw", "meneer", "mevr.", "mw.", "dhr.", "de heer", "familie", "fam.")
_TITLE = "|".join(re.escape(t) for t in _TITLES)


def _cue_lists():
    # "title" is raw: every occurrence is a candidate, the "titled" regex checks what stands around it
    return [("client", words("identify_client_roles")), ("staff", words("identify_staff_roles")),
            ("person", words("identify_person_words")), ("school", words("identify_school_words")),
            ("detail", [*words("identify_care_words"), *words("identify_case_words")]), ("title", _TITLES),
            ("clientlink", words("identify_client_links")), ("clients", words("identify_client_groups")),
            ("unit", words("org_unit_words"))]


cuewords.register("identify", _cue_lists, raw_tags=("title",))
_STAFF_DET = re.compile(r",[ \t]+(?:(?:een|één)[ \t]+van[ \t]+)?(?:onze|ons|mijn|m'n|jullie|de|die)[ \t]+$", re.I)
_NEIGHBOURS = frozenset({"buurman", "buurvrouw", "buren", "buurjongen", "buurmeisje"})
_ROLE_TAGS = ("client", "clients", "staff", "person", "school")   # in this order, so the hits' order never varies


@lru_cache(maxsize=1)
def _regexes() -> LazyPatterns:   # compiled when first used
    places = _alt(words("identify_numbered_places"))
    suffixes = _alt(words("street_suffixes"))
    # after the title (and first name): the surname, an adult age and/or a street (with its house number)
    titled_tail = (
        rf"(?P<sur>(?:(?:van[ \t]+d[ea]n?r?|op[ \t]+de|in[ \t]+'t|van|de|der|den|ter|ten|te|'t)[ \t]+)?"
        rf"(?P<last>[a-zà-ÿ][a-zà-ÿ'-]{{1,30}}))"
        rf"(?:[ \t]?\([ \t]?(?P<a1>\d{{2,3}})(?:[ \t]?(?:jaar|jr\.?))?[ \t]?\)"
        rf"|,[ \t](?P<a2>\d{{2,3}})(?:[ \t]jaar)?(?=[,):])"
        rf"|[ \t]van[ \t](?P<a3>\d{{2,3}})(?:[ \t]jaar(?:[ \t]oud)?)?(?![\w]|[,.]\d))?"
        rf"(?P<street>,?[ \t]+(?:van|uit|aan|op|in|bij)[ \t]+(?:de|het)[ \t]+"
        rf"(?P<sw>[a-zà-ÿ][a-zà-ÿ-]{{2,30}}(?:{suffixes}))"
        rf"(?:[ \t]+(?P<num>[1-9]\d{{0,3}}[a-zA-Z]?)(?![\w,.]\d|[ \t]*(?:-|tot|t/m)[ \t]*\d))?)?(?![\w-])")
    return LazyPatterns({
        # matched right after a role word / person word, or searched right before a cue
        "after-role": lambda: re.compile(rf",?[ \t]+(?:(?P<title>(?i:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer))[ \t]+"
                                 rf"(?P<sur>(?:(?i:{_INTERFIX})[ \t]+)?[A-Z][a-zà-ÿ]+)"
                                 rf"|(?P<inits>{_INITIALS})"
                                 rf"|(?P<name>{_NAME}){_SURNAME}{_MORE_NAMES})(?![\w-])"),
        # "Milan, onze pleegzoon", "Mevrouw Hoeben, bewoonster van ...", "meneer Peeters, een van onze huurders"
        "before-role": lambda: re.compile(rf"(?<![\w-])(?:(?P<title>{_TITLE})[ \t]+"
                                  rf"(?P<sur>(?:{_INTERFIX}[ \t]+)?[a-zà-ÿ][a-zà-ÿ'-]+)|(?P<name>{_NAME})),[ \t]+"
                                  rf"(?P<one>(?:een|één)[ \t]+van[ \t]+)?{_DET}$", re.I),
        # a name may stand between: "meneer K. van Dijk van kamer 4", "mw. T. Bakker op kamer 3"
        "after-person": lambda: re.compile(
            rf"(?:[ \t]+(?:[A-Z]\.[ \t]?){{1,3}})?(?:[ \t]+(?i:{_INTERFIX}))?"
            rf"(?:[ \t]+[^\W\d_][\w'-]*)?[ \t]+(?:van|op|aan|uit|in|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?"
            rf"(?:(?P<place>(?:{places})[ \t]*\d{{1,4}}[a-zA-Z]?)|{_FLOOR})"
            rf"(?![\w,.]\d|[ \t]*(?:-|tot|t/m|en[ \t]+\d))", re.I),
        # "van nummer 8 [in de Hertogsingel]": with the street, the house number is a home address
        # also abbreviated or in lower case, with a few words between ("op nr 8 in die flats aan de roerkade",
        # "van nummer 31, hier in de Maasstraat"); a lower-case street is checked against the vocabulary
        "street-after": lambda: re.compile(rf"(?:[ \t]*,?[ \t]+(?!(?:en|of|maar|want)[ \t])[^\W\d_][\w'-]*){{0,4}}?"
                                   rf"[ \t]*,?[ \t]+(?:in|aan|op|van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?"
                                   rf"(?P<sw>[A-Za-z][a-zà-ÿ-]*(?:{suffixes}))(?![\w-])"),
        "det-before": lambda: re.compile(r"(?<![\w-])(?:de|die|het|dat|onze|ons)[ \t]+$", re.I),
        "before-school": lambda: re.compile(
            rf"(?<![\w@#/.-])(?P<name>{_NAME})[ \t]+(?:zit|gaat|ging|zat|komt|kwam)[ \t]+(?:[\w'-]+[ \t]+){{0,3}}?"
            rf"(?:naar|op|in|bij|van)[ \t]+(?:de[ \t]+|het[ \t]+)?$", re.I),
        # "sem z'n eerste rapport in groep 5", "Milan zijn juf van groep 6": the child's own class (a number)
        "possessive-school": lambda: re.compile(
            rf"(?<![\w@#/.-])(?P<name>{_NAME})[ \t]+(?:z'n|z’n|zijn|d'r|d’r|haar)[ \t]+(?:[\w'-]+[ \t]+){{0,3}}?"
            rf"(?:naar|op|in|bij|van|uit|met)[ \t]+(?:de[ \t]+|het[ \t]+)?$", re.I),
        "class-number": lambda: re.compile(r"[ \t]*(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht)(?![\w])", re.I),
        # an age after "(", "," or " van ": two patterns (one alternation gave `re` no prefix to scan
        # for; the two never overlap, so their sorted starts are the alternation's)
        "age": lambda: re.compile(r"[(,] ?\d{1,2}(?!\d)"),
        "age-van": lambda: re.compile(r" van \d{1,2}(?!\d)"),
        "child-age": lambda: re.compile(
            rf"(?<![\w@#/.-])(?P<name>{_NAME})(?:[ \t]?\([ \t]?(?P<a1>\d{{1,2}})(?:[ \t]?(?:jaar|jr\.?))?[ \t]?"
            rf"(?:\)|(?=,[ \t]*[^\W\d_]))"   # "Noor (9, groep 6 van de Crayenesterschool)": more inside
            rf"|,[ \t](?P<a2>\d{{1,2}})(?:[ \t](?:jaar|jr\.?)(?![\w])|(?=\)))"
            rf"|[ \t]van[ \t](?P<a3>\d{{1,2}})(?:[ \t]jaar(?:[ \t]oud)?)?"
            rf"(?![\w%/]|[.,:]\d|[ \t]*(?:-|tot|t/m|procent|euro|minuten|uur|keer|"
            rf"dagen|weken|maanden|pagina|de|het|\d)))"),
        "name-back": lambda: re.compile(rf"(?<![\w@#/.-]){_NAME}[ \t]?$"),
        "initial": lambda: re.compile(r"[A-Z](?<=[a-zà-ÿ][ \t][A-Z])\.(?![\w.])(?![ \t]+[A-Z][a-z])"),
        "initial-name": lambda: re.compile(r"(?<![\w@#/.-])(?P<name>[A-Z][a-zà-ÿ]+)$"),
        # "mevrouw van der lee (82) van de Lanckhorstlaan", "meneer jansen, 79, uit de Kerklaan"
        "titled": lambda: re.compile(rf"(?<![\w-])(?:{_TITLE})[ \t]+{titled_tail}", re.I),
        # "meneer Ab Koelewijn (87) aan de Camplaan": a first name between the title and the surname
        "titled-first": lambda: re.compile(rf"(?<![\w-])(?:{_TITLE})[ \t]+(?P<first>[a-zà-ÿ][a-zà-ÿ]{{1,15}})[ \t]+"
                                   rf"{titled_tail}", re.I),
    })


@lru_cache(maxsize=1)
def _name_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ordinary = namedata.common_words() | namedata.stop_words()
    first = frozenset(n.lower() for n in namedata.first_names() if n.isalpha() and n.lower() not in ordinary)
    sur = frozenset(n.lower() for n in namedata.surnames() if n.isalpha() and n.lower() not in ordinary)
    return first, sur, ordinary


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Titles that are offices or roles, not surnames ("mevrouw de burgemeester", "meneer de voorzitter")."""
    lists = ("public_roles", "identify_title_roles", "organisation_words", "identify_staff_roles",
             "identify_client_roles", "identify_person_words")
    return frozenset(w.lower() for n in lists for w in words(n))


def _street_word(word: str) -> bool:
    """A street name: capitalised, or in lower case no ordinary Dutch word ("roerkade", not "snelweg")."""
    if word[0].isupper():
        return True
    from ..inflect import vocabulary
    low = word.lower()
    return low not in vocabulary() and low not in _name_sets()[2]


def _lower_word(word: str) -> bool:
    """A lower-case word that is also an ordinary Dutch word ("mark", "roos"): no name."""
    if not word[0].islower():
        return False
    from ..inflect import vocabulary
    return word.lower() in vocabulary()


def _first_name(word: str) -> bool:
    first, _, _ = _name_sets()
    parts = word.split("-")
    return all(p.lower() in first for p in parts) and len(word) >= 3


class PersonFinder:
    """`find(text)` -> hits; names in `allow` (the organisation's own people) are skipped."""

    def __init__(self, allow_names=()):
        # the organisation's own people (config allow.names), public figures by first name (`data/public_figures.txt`)
        self.allow = frozenset(w.lower() for n in (*allow_names, *words("public_figures")) for w in n.split())

    def find(self, text: str, cues: cuewords.CueHits | None = None) -> list[Hit]:
        """`cues`: `cuewords.scan(text)` when already made (the shared pass)."""
        cues = cuewords.scan(text) if cues is None else cues
        out: list[Hit] = []
        self._from_cues(text, cues, out)
        self._child_ages(text, out)
        self._initials(text, out)
        self._titled(text, cues, out)
        out.extend(self._lower_names(text))
        from ..inflect import vocabulary
        from .details import add_details, dedupe
        from .named import named_by_unit, named_with_address
        from .public import unsigned, untitled
        from .unnamed import described_clients
        out.extend(described_clients(text, cues))
        out.extend(named_by_unit(text, [(s, e) for s, e, tags in cues if "unit" in tags], self._name_ok, vocabulary()))
        _, _, ordinary = _name_sets()
        out.extend(named_with_address(text, self._name_ok, vocabulary(), ordinary))
        return unsigned(text, untitled(text, dedupe(add_details(text, out, cues, self._name_ok))))

    def _from_cues(self, text: str, cues: cuewords.CueHits, out: list[Hit]) -> None:
        """Role + name, name + role, person + house/room number, name + school: from the cue words."""
        rx = _regexes()
        for s, e, tags in cues:
            for tag in _ROLE_TAGS:
                if tag not in tags:
                    continue
                if tag in ("client", "staff"):
                    label = "client-role-name" if tag == "client" else "staff-role-name"
                    m = rx["after-role"].match(text, e)
                    # "vijftig collega's erin trappen": a lower-case ordinary word after the role is no name
                    if m and (m.group("title") or m.group("inits") or (self._name_ok(m.group("name"))
                                                                       and not _lower_word(m.group("name")))):
                        out.append(Hit(s, m.end(), label, "role"))
                    # "Milan, onze pleegzoon", "Marieke, onze voogd bij Sterk Huis"
                    self._before_role(text, s, out, label=label)
                elif tag == "clients":
                    self._before_role(text, s, out, group=True)
                elif tag == "person":
                    m = rx["after-person"].match(text, e)
                    # "de bewoners op de eerste verdieping": a floor holds many households, only one person counts
                    if m and m.group("place") is None and is_plural(text[s:e]):
                        m = None
                    if m:
                        d = rx["det-before"].search(text, max(0, s - 8), s)
                        # "de buurman van nummer 3": a neighbour, a client or tenant only where the pack says so
                        label = "indirect-neighbour" if text[s:e].lower() in _NEIGHBOURS else "indirect"
                        out.append(Hit(d.start() if d else s, m.end(), label, "number"))
                        place = m.group("place")
                        st = rx["street-after"].match(text, m.end()) if place and place[0] in "nNhH" else None
                        if st and _street_word(st.group("sw")):
                            out.append(Hit(m.start("place"), st.end(), "indirect-address", "street"))
                elif tag == "school":
                    b = rx["before-school"].search(text, max(0, s - 80), s)
                    if b is None and rx["class-number"].match(text, e):
                        b = rx["possessive-school"].search(text, max(0, s - 80), s)
                    if b and self._name_ok(b.group("name")) and not _lower_word(b.group("name")):
                        out.append(Hit(b.start("name"), b.end("name"), "child-name", "school"))

    def _before_role(self, text: str, s: int, out: list[Hit], group: bool = False,
                     label: str = "client-role-name") -> None:
        """A name, or a title and a surname, right before ", <role>" ("Milan, onze pleegzoon") or, for a
        plural client word (`group`), before ", een van onze <clients>"."""
        b = _regexes()["before-role"].search(text, max(0, s - 60), s)
        if b is None or (group and b.group("one") is None):
            return
        if label == "staff-role-name" and not _STAFF_DET.search(b.group(0)):
            return   # "*Joris, begeleider woonlocatie Zonnewende*": a writer signing, not "Marieke, onze voogd"
        if b.group("title"):
            sur = b.group("sur").split()[-1].lower()
            if sur not in _role_words() and sur not in self.allow and sur not in _name_sets()[2]:
                out.append(Hit(b.start("title"), b.end("sur"), label, "role"))
        elif self._name_ok(b.group("name")):
            out.append(Hit(b.start("name"), b.end("name"), label, "role"))

    def _child_ages(self, text: str, out: list[Hit]) -> None:
        rx = _regexes()
        for a in sorted(m.start() for key in ("age", "age-van") for m in rx[key].finditer(text)):
            if text[a] == "," and text[a + 1:a + 2] != " ":
                continue
            nb = rx["name-back"].search(text, max(0, a - 30), a)
            if nb is None:
                continue
            m = rx["child-age"].match(text, nb.start())
            if m is None:
                continue
            age = m.group("a1") or m.group("a2") or m.group("a3")
            # "mijn maatje (15)", "de kleine (4)": a lower-case word after an article or a possessive is a noun
            # ("onze noor (9)" stays a name: families write their own children so)
            if m.group("name")[:1].islower() and _NOUN_DET_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue
            if int(age) <= 17 and self._name_ok(m.group("name")) and not own_child_before(text, m.start()) \
                    and not made_up_after(text, m.end()) and not _SELF.search(text, max(0, a - 60), nb.start()):
                out.append(Hit(m.start(), m.end(), "child-name", "age"))

    def _initials(self, text: str, out: list[Hit]) -> None:
        rx = _regexes()
        for im in rx["initial"].finditer(text):
            nb = rx["initial-name"].search(text, max(0, im.start() - 26), im.start() - 1)
            if nb and self._name_ok(nb.group("name")):
                out.append(Hit(nb.start(), im.end(), "initial-name", "initial"))

    def _titled(self, text: str, cues: cuewords.CueHits, out: list[Hit]) -> None:
        """A title and a surname (a first name may stand between) with an adult age and/or a street:
        one private person; with a house number after the street, also their home address."""
        starts = sorted({s for s, _e, tags in cues if "title" in tags})
        if not starts:
            return
        rx = _regexes()
        end = 0
        for s in starts:
            if s < end:
                continue
            for m in (rx["titled-first"].match(text, s), rx["titled"].match(text, s)):
                if m is None or not self._described(m):
                    continue
                street = m.group("sw") is not None
                # the person up to the street; the house number is the home address's own span
                end = m.end("sw") if street else m.end()
                out.append(Hit(m.start(), end, "described-person", "title"))
                if street and m.group("num"):
                    out.append(Hit(m.start("sw"), m.end("num"), "indirect-address", "street"))
                break

    def _described(self, m: re.Match) -> bool:
        """The title's match names one private person: an adult age or a street, a surname (and a first name)."""
        first, sur, ordinary = _name_sets()
        from ..inflect import vocabulary
        vocab = vocabulary()
        age = m.group("a1") or m.group("a2") or m.group("a3")
        adult = age is not None and 18 <= int(age) <= 110
        if m.group("sw") is not None and m.group("sw").lower() in ordinary:
            return False
        if not (adult or m.group("sw") is not None):
            return False
        last = m.group("last")
        low = last.lower()
        if low in _role_words() or low in self.allow:
            return False
        given = m.groupdict().get("first")
        if given is not None:
            g = given.lower()
            # "meneer Ab Koelewijn", "mevrouw truus hermans": a first name, or a capitalised word that is none other
            if g in self.allow or g in _role_words() or not (
                    g in first or (given[0].isupper() and g not in ordinary and g not in vocab)):
                return False
        interfix = m.group("sur") != last
        shaped = last[0].isupper() or interfix   # "Pieters", "van der lee"
        # "van den berg (90)", "de wit van de zandvoortselaan": a surname may be a word, an interfix with an
        # age makes it one, and so does a street when the word is a surname after an interfix ("van de gemeente")
        return low in sur or (shaped and low not in ordinary and low not in vocab) or (interfix and adult) or \
            (interfix and m.group("sw") is not None and last.capitalize() in namedata.interfix_surnames())

    def _name_ok(self, name: str) -> bool:
        return name.lower() not in self.allow and _first_name(name)

    def _lower_names(self, text: str) -> list[Hit]:
        """"harie moonen": only when a lower-case word of the text is a first name (one set test in C)."""
        first, sur, _ = _name_sets()
        # whitespace-separated words (str.split runs in C); a name glued to punctuation is missed
        found = first.intersection(text.split())
        if not found:
            return []
        from ..inflect import vocabulary
        vocab = vocabulary()   # three letters, as `_first_name`: "an" is dialect for "aan" ("an de gevels")
        names = sorted(w for w in found if len(w) >= 3 and w not in vocab and w not in self.allow)
        if not names:
            return []
        pair = re.compile(rf"(?<![\w@#/.'-])(?:{'|'.join(names)})[ \t]+"
                          rf"(?:{_INTERFIX}[ \t]+)?(?P<sur>[a-zà-ÿ]{{3,20}})(?![\w@/'-])")
        out = []
        for m in pair.finditer(text):
            s = m.group("sur")
            # a surname may be a word too ("bakker", "visser"): the first name is not one
            # "onze ouwe baas": an article or possessive before an adjective and a noun, not a name
            if s in vocab and _DET_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue
            if s in sur and s not in self.allow and _in_sentence(text, m.start(), m.end()):
                out.append(Hit(m.start(), m.end(), "lower-name", "lower"))
        return out


_DET_BEFORE = re.compile(rf"(?<![\w'-])(?:{_DETS}|onze|ons|jullie|wat|welke)[ \t]+$", re.I)


def _in_sentence(text: str, start: int, end: int) -> bool:
    """Running text around a lower-case name ("harie moonen z'n schuur"), not a name alone
    in a list or table cell ("<td>max troost</td>")."""
    after = text[end:end + 3]
    before = text[max(0, start - 3):start]
    return (len(after) >= 2 and after[0] == " " and after[1].isalpha()) or \
        (len(before) == 3 and before[2] == " " and before[1].isalpha())
