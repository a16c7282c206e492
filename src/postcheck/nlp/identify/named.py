"""A private person named by a first name alone: with care details, or with a home address.

* named-with-details: a first name in any case ("Thijs", "thijs", "thijs van der wal") in a sentence
  with a care, health or case word (`nlp/data/identify_care_words.txt`, `identify_case_words.txt`):
  "[thijs] heeft vannacht weer een epileptische aanval gehad", "sinds zijn herseninfarct zit [Wim]
  in een rolstoel"; or in the sentence before one whose first words point back with a pronoun
  ("shoutout voor [kees verbrugge]!! 💪 na z'n zware epileptische aanval ...") or goes on without a subject
  ("[Sandra Verhoef] 🏆 moeder van het jaar!! Wéér niet komen opdagen bij de bezoekregeling"). The care packs read
  such a person as a client or foster child.
* group-name: a bare first name in a sentence that names the organisation's clients as a group, or in the
  next one (`identify_client_groups.txt`): "met de meiden van de groep, [lisa] durfde van de hoge duikplank";
  not where the group is negated ("onze Fleur is geslaagd (onze eigen dochter, niet een van de pleegkids)").
* unit-name: a first name with the part of the organisation the person works in,
  the unit in lower case (`org_unit_words.txt`): "onze [Margriet] van de planning", "[ineke] van het
  secretariaat": a colleague, named like "collega Margriet".
* named-with-address: a first name, or a title and a surname, right before a home address
  (a capitalised street with a street suffix and a house number): "[Mevrouw Truus Hendrix] aan de
  Lindelaan 14", "bij [kees van dam] op de Molenweg 3".

Not counted: a colleague or professional ("collega Sanne", "Sanne, onze begeleider": a staff role
right before or after the name, `identify_staff_roles.txt`), a relative ("mijn moeder Ria",
`identify_kin_words.txt`), a public role ("wethouder Anna"), the writer ("ik ben Sanne"), a name
inside a run of capitalised words (a business or institution: "Bakkerij Jan de Boer"), a lower-case
word that is also an ordinary Dutch word, and a detail that is only the topic ("een lezing van
Marieke over autisme": the detail right after "over", "rond", "omtrent").
The first name is one of deduce's first names that is not a common or stop word (`_first_name`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Container

from ..hits import Hit
from ..lazyre import LazyPatterns
from ..cues.spelling import table as _spelling_table
from ..wordlists import words
from .public import writer_signs

_NAME = r"[A-Za-zÀ-ÿ][a-zà-ÿ]+(?:-[A-Za-zÀ-ÿ][a-zà-ÿ]+)?"
# "van der" and "van den" only occur in names, so any word may follow them ("thijs van der wal")
_REST = (r"(?:[ \t]+(?:van[ \t]+de[nr]|van[ \t]+de|van|ter|ten)[ \t]+[a-zà-ÿA-Z][a-zà-ÿ]+"
         r"|[ \t]+(?:(?:van[ \t]+de|van[ \t]+'t|in[ \t]+'t|van|de|te)[ \t]+)?[A-Z][a-zà-ÿ]+)?")
_CANDIDATE = re.compile(rf"(?P<name>{_NAME})(?P<rest>{_REST})(?![\w@'’-])")
_REST_AFTER = re.compile(_REST)
_WORD_START = re.compile(r"(?<![\w@#/.'’-])[^\W\d_]")
_TITLES = r"(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de[ \t]+heer|familie|fam\.)"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]*,?[ \t]*$")
_TOPIC = re.compile(r"(?<![\w-])(?:over|rond|rondom|omtrent)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.I)
# the next sentence points back at the person: a pronoun first or after up to two words, emoji or
# punctuation before it ("Ze heeft ...", "💪 na z'n zware aanval ...", "Ondanks zijn parkinson ...")
_PRONOUN = re.compile(r"[\W_]*(?:[^\W\d_][\w'’]*[ \t]+){0,2}?(?:hij|ie|ze|zij|haar|zijn|z'n|z’n|hem|d'r)(?![\w'’-])",
                      re.I)
# or goes on about them without a subject of its own, a complaint that starts with "again" or "never"
# ("Sandra Verhoef, moeder van het jaar!! Wéér niet komen opdagen bij de bezoekregeling.")
_ELLIPSIS = re.compile(r"[\W_]*(?:weer|wéér|alweer|opnieuw|wederom|nooit|nog[ \t]+steeds|nog[ \t]+altijd)[ \t]+"
                       r"(?!(?:ik|je|jij|hij|ze|zij|we|wij|u|jullie|die|dit|dat|er|mijn|onze|ons)(?![\w'’-]))",
                       re.I)
# a third person's possessive right before the detail word ("zijn epilepsiemedicatie", "Sinds haar maagoperatie"); not
# with words between ("haar kinderen uit huis geplaatst" is the children's, told of someone in that sentence). Until
# the forty-third round a later regex of the same name (the pet owner's) stood in for this one.
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:zijn|haar|z'n|z’n|d'r)[ \t]+$", re.I)
_AMOUNT = re.compile(r"\d[ \t]*$")
_FOLLOWED = re.compile(r"[ \t]+[A-Z]")   # a surname, initials or a product name after: not a bare first name
# a subject pronoun right after a sentence's first word: that word is a verb ("Ken je ...", "Mis je ...")
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:je|jij|u|jullie|we|wij|ze|zij|hij|ik)(?![\w-])", re.I)
# a lower-case word right after a subject pronoun that opens a clause is its verb: "... en ik ken de signalen",
# "maar je weet", "ik mis"; not inversion ("toen zag ik anouk") nor a subordinate clause ("omdat ik anouk zag")
_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=[\n.!?,;:(])|(?<![\w-])(?:en|maar|want|dus))[ \t]*"
                             r"(?:ik|je|jij|u|jullie|we|wij|ze|zij|hij)[ \t]+$", re.I)
# emoji of pets (dogs, cats, rabbits, hamsters, horses, birds, paw prints): the pets people name, not farm animals
_PET_EMOJI = re.compile("[\U0001F415\U0001F429\U0001F408\U0001F407\U0001F439\U0001F40E\U0001F99C\U0001F43E"
                        "\U0001F436\U0001F431\U0001F430\U0001F434\U0001F426\U0001F9AE"
                        # reptiles, fish, mice and rats, chicks, a hedgehog (thirty-eighth round: "KIKI HEEFT VERVELD")
                        "\U0001F98E\U0001F422\U0001F40D\U0001F420\U0001F41F\U0001F421\U0001F42D\U0001F401\U0001F400"
                        "\U0001F424\U0001F425\U0001F994]")
# what only an animal does, right after its name: "Kiki heeft verveld", "Bowie blafte de hele nacht"
_ANIMAL_VERB = re.compile(r"[ \t]+(?:(?:heeft|had|is|was)[ \t]+)?(?:verveld|vervelt|vervelde|blaft|blafte|geblaft|"
                          r"miauwt|miauwde|gemiauwd|kwispelt|kwispelde|gekwispeld|hinnikt|hinnikte|gehinnikt|kakelt|"
                          r"kakelde)(?![\w-])", re.I)
# an owner's word right before a pet's name ("onze Kiki 🐈"); was named _POSSESSIVE_BEFORE too, and so replaced the
# detail's possessive above for named_with_details (forty-third round)
_PET_OWNER_BEFORE = re.compile(r"(?<![\w-])(?:onze|ons|mijn|m'n|ze|z'n|haar|zijn)[ \t]+$", re.I)
# a pet named with "die ... heet": "die" right before the name, a form of "heten" right after it
_DIE_BEFORE = re.compile(r"(?<![\w-])die[ \t]+$", re.I)
_HEET_AFTER = re.compile(r"[ \t]+(?:heet|heette|heten|heetten)(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _pet_words() -> re.Pattern:
    alts = "|".join(sorted(words("pet_words"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:(?:onze|ons|mijn|m'n|de)[ \t]+)?(?:{alts})[ \t]*,?[ \t]*$", re.I)


def _pet(text: str, start: int, end: int) -> bool:
    """A pet's name here or where the post names it again: "KIKI HEEFT VERVELD!!! 🦎 ... dan neem ik Kiki mee" (one
    mention shows it is an animal, the others are the same animal; thirty-eighth round)."""
    if _pet_here(text, start, end):
        return True
    name = text[start:end]
    return any(m.start() != start and _pet_here(text, m.start(), m.end())
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I))


def _pet_here(text: str, start: int, end: int) -> bool:
    """A pet's name: right after a pet word ("onze hond Saar", "ons katje Saar"), before what only an animal does
    ("Kiki heeft verveld"), or after a possessive with a pet emoji later on its line ("onze Bowie is vandaag 3
    geworden 🐶"); a farm animal's emoji is no pet ("Gerrit wilde de geiten niet loslaten 🐐")."""
    if _ANIMAL_VERB.match(text, end):
        return True
    before = text[max(0, start - 30):start]
    if _pet_words().search(before):
        return True
    # "een cavia die Henk heet" (twenty-eighth round): the pet word, "die", the name and "heet"; not "de hond die Sanne
    # uitliet" (a person walking it)
    bare = _DIE_BEFORE.sub("", before)
    if bare != before and _HEET_AFTER.match(text, end) and _pet_words().search(bare):
        return True
    stop = text.find("\n", end, end + 80)
    return _PET_OWNER_BEFORE.search(before) is not None and \
        _PET_EMOJI.search(text, end, stop if stop >= 0 else end + 80) is not None


# "ik bin" is the dialect "ik ben" (Westfries, Limburgs, Gronings; thirty-second round)
_SELF = re.compile(r"(?<![\w-])(?:ik[ \t]+b[ei]n|mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|hier[ \t]+(?:is[ \t]+)?weer)"
                   r"[ \t]*,?[ \t]*$", re.I)


@lru_cache(maxsize=1)
def _regexes() -> dict[str, Any]:   # compiled patterns, and the street suffixes longest first
    def alt(name):
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words(name), key=len, reverse=True))
    roles = f"{alt('identify_staff_roles')}|{alt('public_roles')}|{alt('identify_kin_words')}"
    suffixes = alt("street_suffixes")
    return LazyPatterns({  # compiled when first used
        "role-before": lambda: re.compile(rf"(?<![\w-])(?:{roles})[ \t]*,?[ \t]*(?:(?:onze|ons|mijn|m'n|de)[ \t]+)?$",
                                          re.I),
        "role-after": lambda: re.compile(rf",?[ \t]+(?:(?:onze|ons|mijn|m'n|de|een|jullie|hun|haar|zijn)[ \t]+)?"
                                 rf"(?:nieuwe[ \t]+)?(?:{roles})(?![\w])", re.I),
        "address": lambda: re.compile(rf"[ \t]*,?[ \t]+(?P<prep>aan|op|uit|in|van|bij)[ \t]+(?:de[ \t]+|het[ \t]+)?"
                              rf"[A-Z][a-zà-ÿ]*(?:{suffixes})[ \t]+\d{{1,4}}[a-zA-Z]?"
                              rf"(?![\w,.]\d|[ \t]*(?:-|tot|t/m)[ \t]*\d)"),
        "titled": lambda: re.compile(rf"(?<![\w-]){_TITLES}[ \t]+$", re.I),
        # a digit after a space: where a street with its number can end (digits are rare in prose)
        "digit-after-space": lambda: re.compile(r"\d(?<=[ \t]\d)"),   # the digit first: `re` scans for digits
        "suffixes": lambda: tuple(sorted(words("street_suffixes"), key=len, reverse=True)),
    })


_LOWER_LETTER = re.compile(r"[a-zà-ÿ]")


def _street_numbers(text: str, rx) -> list[tuple[int, int]]:
    """(start, end) of every "<letter><street suffix> <digit>" ("Lindelaan 1"): start at the letter before the
    longest suffix, end after the digit. Found from the rare 'word, space, digit' places instead of trying
    every suffix at every letter of the text."""
    out: list[tuple[int, int]] = []
    suffixes = rx["suffixes"]
    for m in rx["digit-after-space"].finditer(text):
        q = m.start()
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        if not text.endswith(suffixes, max(0, q - 40), q):
            continue
        done = out[-1][1] if out else 0   # matches do not overlap (as re.finditer's)
        for suffix in suffixes:
            p = q - len(suffix) - 1
            if p >= done and text.startswith(suffix, p + 1) and _LOWER_LETTER.match(text, p):
                out.append((p, m.end()))
                break
    return out


# a definite article right before a capitalised name: a location, house or institution ("de Linde", "'t Anker")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:de|het|['’]t)[ \t]+$", re.I)
# articles and possessives; "onze"/"ons" (and "jullie", "wat", "welke") only where a lower-case name cannot follow
_DETS = r"de|het|een|die|deze|dat|mijn|m'n|je|jouw|zijn|z'n|haar|hun|zo'n"
_NOUN_DET_BEFORE = re.compile(rf"(?<![\w'-])(?:{_DETS})[ \t]+$", re.I)


def _candidates(text: str, start: int, end: int):
    """A candidate name at every word start in text[start:end] (overlapping: "meneer Harry Dassen" tries each)."""
    for w in _WORD_START.finditer(text, start, end):
        m = _CANDIDATE.match(text, w.start(), end)
        if m:
            yield m


def _diminutive(low: str, vocab: Container[str], name_ok: Callable[[str], bool]) -> bool:
    """A diminutive of an ordinary word ("maatje" of "maat": "ik ben anderhalf jaar maatje"), not of a first name
    ("jantje", "henkje" stay names)."""
    stems = [low[:-len(suf)] for suf in ("etje", "pje", "tje", "kje", "je")
             if low.endswith(suf) and len(low) - len(suf) >= 3]
    return any(st in vocab for st in stems) and not any(name_ok(st.capitalize()) for st in stems)


def _private(text: str, start: int, end: int, sent_start: int, name_ok: Callable[[str], bool],
             vocab: Container[str], surname: bool = False) -> bool:
    """The name at text[start:end] is a private person's first name, not a role-holder's, the writer's
    or part of a business name; `surname`: a surname follows (then a first name that is also a word counts)."""
    name = text[start:end]
    low = name.lower()
    if not name_ok(name):
        return False
    before = text[max(sent_start, start - 40):start]
    initial = not before.strip(" \t\n\"'“‘(-*:;!?,.")
    if (name[0].islower() or initial) and (low in vocab or _diminutive(low, vocab, name_ok)) and not surname:
        return False
    # a dialect or chat spelling of a common word in lower case ("mien" for "mijn", `data/spelling_variants.txt`) is
    # that word, not the first name it also is (thirty-sixth round)
    if name[0].islower() and low in _spelling_table():
        return False
    # "38 mille schuld": a quantity after a number; "een maatje voor je kind": a lower-case word after an article or
    # a possessive is a noun
    if name[0].islower() and (_AMOUNT.search(before) or _NOUN_DET_BEFORE.search(before)
                              or _SUBJECT_BEFORE.search(text, max(0, start - 40), start)):
        return False
    rx = _regexes()
    # the role may follow the surname: "Joris Verhoef, mijn teamleider bij de crisisopvang"
    rest = _REST_AFTER.match(text, end) if surname else None
    full = rest.end() if rest else end
    if rx["role-before"].search(before) or _SELF.search(before) or rx["role-after"].match(text, end) \
            or (full > end and rx["role-after"].match(text, full)):
        return False
    # "Ken je een kind dat ...?": a verb first, not a name; in lower case anywhere, a subject pronoun right after it
    # makes it the verb of an inverted clause ("Na de lunch koos ik voor ..."; forty-third round)
    if (initial or name[0].islower()) and _SUBJECT_AFTER.match(text, end):
        return False
    if not surname and name[0].isupper() and _ARTICLE_BEFORE.search(before):
        return False    # "dat de Linde volgend jaar dichtgaat", "bij het Anker": a house or place, not a person
    if _pet(text, start, end):
        return False
    wb = _WORD_BEFORE.search(before)
    # a capitalised word right before (not a title, not the sentence's first word, no comma between):
    # a business or institution ("Bakkerij Jan"), not "naar de Efteling, kevin was ..."
    if wb and wb.group(1)[0].isupper() and not rx["titled"].search(before) and "," not in before[wb.end(1):] and \
            before[:wb.start()].strip(" \t\n\"'“‘(-*:;!?,."):
        return False
    return True


def named_with_details(text: str, sentences, detail_cues, name_ok, vocab) -> list[Hit]:
    """First names in sentences whose care or case word is about someone (not a topic after "over")."""
    about = {}
    for s, e in detail_cues:
        i = sentences.of(s)
        # a topic ("een lezing over autisme") or a quoted title ("zijn show 'burn-out voor beginners'")
        if not _TOPIC.search(text, max(0, s - 40), s) and not sentences.quoted(s, e):
            about[i] = True
            # "Sinds de zomer woont Anouk bij ons. Ze heeft een hechtingsstoornis."; or the detail is theirs
            # ("Wat was Frits rustig. De begeleiding vertelde dat zijn epilepsiemedicatie omhoog is gegaan")
            first = sentences.span(i)[0]
            if i > 0 and (_PRONOUN.match(text, first) or _ELLIPSIS.match(text, first)
                          or _POSSESSIVE_BEFORE.search(text, max(first, s - 30), s)):
                about[i - 1] = True
    out = []
    for i in sorted(about):
        s, e = sentences.span(i)
        covered = 0
        for m in _candidates(text, s, e):
            if m.start() >= covered and _private(text, m.start("name"), m.end("name"), s, name_ok, vocab,
                                                 bool(m.group("rest"))) \
                    and not sentences.example(m.start(), m.end()):
                out.append(Hit(m.start(), m.end(), "named-with-details", "details"))
                covered = m.end()
    return out


def named_in_group(text: str, sentences, group_cues, name_ok, vocab) -> list[Hit]:
    """Bare first names (no surname or initial after them) in a sentence that names the clients as a group
    ("met de meiden van de groep, lisa durfde ...", "onze bewoners ... Gerrit wilde ...") or in the next one."""
    idx: set[int] = set()
    for s, e in group_cues:
        # "(onze eigen dochter, niet een van de pleegkids)": a group the writer says the person is not part of
        if not sentences.quoted(s, e) and not _NEGATED_GROUP.search(text, max(0, s - 40), s) \
                and not _salutation().match(text, text.rfind("\n", 0, s) + 1, s):
            i = sentences.of(s)
            idx.update((i, i + 1))
    out = []
    for i in sorted(idx):
        if i > len(sentences.ends):
            continue
        s, e = sentences.span(i)
        for m in _candidates(text, s, e):
            # the writer signing ("Tot woensdag,\nIngrid (moeder van een van de bewoners)"): not one of the group
            if m.group("rest") or _FOLLOWED.match(text, m.end()) or writer_signs(text, m.start("name"), m.end("name")):
                continue
            if _private(text, m.start("name"), m.end("name"), s, name_ok, vocab) \
                    and not sentences.example(m.start(), m.end()):
                out.append(Hit(m.start(), m.end(), "group-name", "group"))
    return out


# the group addressed in the salutation ("Lieve bewoners, familie en vrijwilligers,"): the post speaks to them, it
# does not tell about one of them in the next sentence ("Vanavond draaide Ilse haar laatste dienst"; twenty-fifth
# round)
@lru_cache(maxsize=1)
def _salutation() -> re.Pattern:
    """A line that opens with a salutation word (`nlp/data/salutation_words.txt`, Dutch and the languages writers mix
    in: "Querida ...", "Dear ..."; thirty-sixth round) up to the group word."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(words("salutation_words"), key=len, reverse=True))
    return re.compile(rf"[ \t*_]*(?:{alts})(?![\w-])[^\n.!?]*$", re.I)


# the group itself negated, right before it: "niet een van de pleegkids", "geen pleegkind"; not a "niet" earlier in
# the sentence ("ik ben niet blij met de pleegkids, Fleur ...")
_NEGATED_GROUP = re.compile(r"(?<![\w-])(?:niet|geen|nooit)[ \t]+(?:(?:een|één|1)[ \t]+van[ \t]+)?"
                            r"(?:(?:de|onze|ons|mijn|die|deze)[ \t]+)?$", re.I)
_UNIT_BEFORE = re.compile(rf"(?<![\w@#/.'’-])(?P<name>{_NAME})[ \t]+van[ \t]+(?:de|het|onze|ons)[ \t]+$")


def named_by_unit(text: str, unit_cues, name_ok, vocab) -> list[Hit]:
    """A first name right before "van de <unit>" ("Yvonne van de administratie"); a capitalised unit is a
    surname ("Jan van de Winkel"), a lower-case first name that is also a word is no name."""
    out = []
    for s, _e in unit_cues:
        m = _UNIT_BEFORE.search(text, max(0, s - 40), s)
        if m is None or not text[s].islower():
            continue
        name = m.group("name")
        if name_ok(name) and not (name[0].islower() and name.lower() in vocab):
            out.append(Hit(m.start("name"), m.end("name"), "unit-name", "unit"))
    return out


def named_with_address(text: str, name_ok, vocab, ordinary) -> list[Hit]:
    """A first name, or a title and a surname, right before "aan/op/uit/in de <Street> <number>"."""
    rx = _regexes()
    out = []
    for sm_start, sm_end in _street_numbers(text, rx):
        lo = max(0, sm_start - 90)
        line_start = text.rfind("\n", 0, sm_start) + 1
        for m in _candidates(text, max(lo, line_start), sm_start):
            end = m.end()
            a = rx["address"].match(text, end)
            if a is None and m.group("rest"):   # "familie Peters van de Beukenlaan 9": no surname after all
                end = m.end("name")
                a = rx["address"].match(text, end)
            if a is None or a.end() < sm_end:
                continue
            # "Evert van de Beekstraat 202", "Jan van Galenstraat 3": a street named after someone
            street_name = m.end() > sm_start or a.group("prep").lower() == "van"
            name = m.group("name")
            titled = rx["titled"].search(text, max(0, m.start() - 12), m.start())
            if titled:
                # "familie Peters", "meneer Dassen": a capitalised surname after a title
                ok = (name[0].isupper() and name.lower() not in ordinary) or name_ok(name)
                start = titled.start()
            else:
                ok = not street_name and _private(text, m.start("name"), m.end("name"), line_start, name_ok, vocab,
                                                  end > m.end("name"))
                start = m.start()
            if ok:
                out.append(Hit(start, end, "named-with-address", "address"))
                break
    return out
