"""Secrets told a little away from their keyword (see the package docstring).

* a compound that ends in a password keyword: "webcare-wachtwoord", "adminwachtwoord";
* a quoted password-shaped value with a digit later in the keyword's sentence ('ons wachtwoord hangt op een
  geeltje naast het scherm, "Hmst#Webcare24"'), or one after a colon or an "is" there ("het wachtwoord van de
  balie-pc hangt op een geeltje: Balie#Hmst24", "..., is gewoon pleegzorg2024"), with no example or advice word
  between ("kies geen wachtwoord als 'Welkom123'", 'waarom "Welkom01" ...') and no judgement of it right after
  ('"Zomer2024" is te makkelijk');
* a code after a description of it, with a door or lock word nearby ("de code is gewoon mijn geboortejaar
  achterstevoren, dus 8991", "de code is het bouwjaar van de flat, 1974");
* a password changed, the new one opening the next sentence ("ww van de insta is veranderd want marieke is uit
  dienst. nieuw is Boshuis!2024nacht");
* a new code announced as a change, its digits in the next sentence ("code van t sleutelkastje is veranderd. nu
  4471", "De pincode van het hek is gewijzigd! Voortaan 5829#"), with a door or lock word nearby.
"""
from __future__ import annotations

import re

from ..hits import Hit
from . import _CODE_TAIL, _CONNECT, _DIGITS, _access_nearby, password_shaped


def compound_start(text: str, s: int, e: int, out: list[int]) -> None:
    """Where a compound that ends in a password keyword starts ("webcare-wachtwoord"): a keyword inside a word
    ("wachtwoorden" in "wachtwoordenlijst", "password" alone) is not one."""
    if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "-") or (e < len(text) and (text[e].isalnum()
                                                                                          or text[e] in "-_")):
        return
    head = re.search(r"[^\W\d_][\w-]*$", text[max(0, s - 30):s])
    if head:
        out.append(s - len(head.group()))


# a quoted value later in the keyword's sentence: 'ons webcare-wachtwoord hangt op een geeltje naast het scherm,
# "Hmst#Webcare24", zodat ...' (gitleaks: keyword + value shape within reach); not an example or advice
_QUOTED_VALUE = re.compile(r"[\"“‘'«`](?P<val>[^\s\"“”‘’'«»`]{6,64})[\"”’'»`]"
                           # or after a colon: "het wachtwoord hangt nog op een geeltje: Balie#Hmst24"
                           r"|:[ \t]+(?P<val2>[^\s\"“”‘’'«»`]{6,64})(?=[\s.,;!?)]|$)"
                           # or after "is" ("het wachtwoord van de laptop staat op een briefje, is gewoon Zorg2024")
                           r"|(?<![\w-])(?:is|was|luidt|blijft)[ \t]+(?:(?:gewoon|nog|nu|altijd|eigenlijk|dus|"
                           r"trouwens|tegenwoordig|sinds[ \t]+kort|simpelweg)[ \t]+){0,2}"
                           r"(?P<val3>[^\s\"“”‘’'«»`]{6,64})(?=[\s.,;!?)]|$)", re.I)
_EXAMPLE_WORDS = re.compile(r"(?<![\w-])(?:bijvoorbeeld|bv|bijv|zoals|als|geen|nooit|niet|kies|verzin|voorbeeld|"
                            r"zwak|zwakke|sterk|sterke|makkelijk|raden|fout|waarom|slecht|slechte|onveilig|onveilige)"
                            r"(?![\w-])", re.I)
# or a judgement of the value right after it, in its clause: 'waarom "Welkom01" echt niet meer kan', '"Zomer2024"
# is veel te makkelijk', '"Wachtwoord1" kun je beter niet gebruiken'
_JUDGED_AFTER = re.compile(r"[\"”’'»`]?[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?"
                           r"(?:niet[ \t]+meer|niet[ \t]+(?:veilig|goed|handig|slim|gebruiken)"
                           r"|te[ \t]+(?:makkelijk|simpel|kort|raden)|(?:is|zijn)[ \t]+(?:echt[ \t]+)?"
                           r"(?:zwak|slecht|onveilig|fout)|af[ \t]+te[ \t]+raden|beter[ \t]+niet|kraakt|gekraakt)"
                           r"(?![\w-])", re.I)
_QUOTED_REACH = 160
_QUOTED_STOP = re.compile(r"[.!?]+(?=\s|$)|\n")   # a sentence end; not the "!" of 'Team3West!"'


def judged_after(text: str, end: int) -> bool:
    """The value ending at `end` is judged right after it in its clause ('"Zomer2024" is veel te makkelijk'):
    an example in advice, not a password given away."""
    return _JUDGED_AFTER.match(text, end) is not None


# a value of every kind of character, anywhere later in the keyword's sentence: "na de herstart werkt het oude
# wachtwoord van de baliepc gewoon weer, Balie2!Heemstede" (detect-secrets' keyword + high-entropy value, here the
# shape of a chosen password: upper and lower case, a digit and a symbol inside; twenty-seventh round)
# (a hyphen alone is no such symbol: "Team-Noord2", "Route-66a" are names)
_STRONG_VALUE = re.compile(r"(?<![\w@#/.:-])(?P<val4>(?=[^\s]*[A-Z])(?=[^\s]*[a-z])(?=[^\s]*\d)[A-Za-z\d]+"
                           r"[!#$%&*+=?_~][A-Za-z\d!#$%&*+=?_~-]*[A-Za-z\d])(?![\w@/:]|\.\w)")


def _strong_value(text: str, a: int, b: int):
    m = _STRONG_VALUE.search(text, a, b)
    return m if m and 8 <= len(m.group("val4")) <= 64 else None


# a password changed, the new one told in the next sentence: "ww van de insta is veranderd want marieke is uit
# dienst. nieuw is Boshuis!2024nacht", "wachtwoord gereset. Het nieuwe: Kamp#2025" (twenty-fifth round)
_CHANGED = re.compile(r"(?<![\w-])(?:veranderd|gewijzigd|aangepast|vernieuwd|gereset|omgezet)(?![\w-])", re.I)
_NEW_VALUE = re.compile(r"\s*(?:(?:en|dus|het|de)[ \t]+)?(?:nieuwe?|nu|voortaan|vanaf[ \t]+nu)"
                        r"(?:[ \t]+(?:wachtwoord|ww|pw))?[ \t]*(?:is|wordt|:|=)?[ \t]*"
                        r"(?P<val>[^\s\"“”‘’'«»`]{6,64})(?=[\s.,;!?)]|$)", re.I)


def changed_later(text: str, start: int) -> Hit | None:
    """A password keyword's sentence says it was changed, and the next sentence opens with the new value."""
    stop = _QUOTED_STOP.search(text, start, start + _QUOTED_REACH)
    if stop is None or not _CHANGED.search(text, start, stop.start()):
        return None
    m = _NEW_VALUE.match(text, stop.end())
    if m is None:
        return None
    val = m.group("val").rstrip(".,;:)")
    core = val.rstrip("!")
    if not password_shaped(core) or not any(c.isdigit() for c in core) or judged_after(text, m.start("val") + len(val)):
        return None
    return Hit(m.start("val"), m.start("val") + len(val), "credential", "password")


def quoted_later(text: str, start: int) -> Hit | None:
    """A password-shaped quoted value after a password keyword in its sentence, no example or advice word
    between them ("kies geen wachtwoord als 'Welkom123'" is advice); or the new value after a change."""
    kw = re.match(r"[\w-]+", text[start:])
    a = start + (kw.end() if kw else 0)
    return _in_sentence(text, a) or changed_later(text, a)


def _in_sentence(text: str, a: int) -> Hit | None:
    stop = _QUOTED_STOP.search(text, a, a + _QUOTED_REACH)
    b = stop.start() if stop else min(len(text), a + _QUOTED_REACH)
    # a quoted value or one after ":" or "is" first; else a value of every kind of character
    for m in (_QUOTED_VALUE.search(text, a, b), _strong_value(text, a, b)):
        if m is None or _EXAMPLE_WORDS.search(text, a, m.start()):
            continue
        group = next(g for g in ("val", "val2", "val3", "val4") if g in m.re.groupindex and m.group(g))
        val = m.group(group) if group == "val" else m.group(group).rstrip(".,;:!?)")
        if judged_after(text, m.start(group) + len(val)):
            continue
        if password_shaped(val.rstrip("!")) and any(c.isdigit() for c in val):
            return Hit(m.start(group), m.start(group) + len(val), "credential", "password")
    return None


# the value after a description of it: "de code is gewoon mijn geboortejaar achterstevoren, dus 8991", "De code is
# gewoon het bouwjaar van de flat, 1974, dus die vergeet je nooit" (the value in apposition, twenty-eighth round); the
# keyword asked and answered: "De code? Nog steeds het jaartal dat de hal openging, 1974, dus ..." (forty-fourth round)
_CODE_LATER = re.compile(rf"[ \t]*(?:{_CONNECT}|\?)[^.!?\n\d]{{3,60}}?,[ \t]*"
                         rf"(?:(?:dus|namelijk|oftewel|ofwel|nu)[ \t]+)?(?P<val>{_DIGITS}[#*]?)(?![\w-])", re.I)


# a change announced, the new code told right after it: "code van t sleutelkastje bij de werkplaats is veranderd.
# nu 4471", "De pincode van het hek is gewijzigd! Voortaan 5829#", "deurcode aangepast, de nieuwe is 1379"
_CODE_CHANGED = re.compile(r"(?:[ \t]+[^\W\d_][\w'-]*){0,8}?[ \t]+(?:(?:is|zijn|wordt|werd)[ \t]+)?"
                           r"(?:veranderd|gewijzigd|aangepast|vernieuwd|gereset|omgezet)[ \t]*[.!:;,–-]*\s+"
                           r"(?:(?:en|dus)[ \t]+)?(?:(?:het|die|hij|ze)[ \t]+is[ \t]+|is[ \t]+|wordt[ \t]+)?"
                           r"(?:nu|voortaan|vanaf[ \t]+nu|vanaf[ \t]+vandaag|sinds[ \t]+vandaag|de[ \t]+nieuwe"
                           r"(?:[ \t]+code)?(?:[ \t]+is)?|nieuwe[ \t]+code)[ \t]*:?[ \t]+"
                           rf"(?P<val>{_DIGITS}[#*]?)(?![\w-])", re.I)


_CODE_KEYWORD = re.compile(r"[\w-]+(?:[ \t]+(?:van|voor)[ \t]+(?:de|het)[ \t]+[\w-]+)?")
_WORD = re.compile(r"[\w-]*")


def code_later(text: str, s: int, out: list[Hit]) -> None:
    kw = _CODE_KEYWORD.match(text, s)
    m = _CODE_LATER.match(text, kw.end()) if kw else None
    if m is None:
        word = _WORD.match(text, s)   # "[\w-]*" always matches: the keyword's own word
        m = _CODE_CHANGED.match(text, word.end() if word else s)
    if m and _CODE_TAIL.match(text, m.end()) and _access_nearby(text, s, m.end()):
        out.append(Hit(m.start("val"), m.end("val"), "credential", "code"))
