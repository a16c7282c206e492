"""address: a capitalised street name (on deduce's street list, or ending in a street
suffix such as -straat/-laan/-weg, or an abbreviation such as -str/-ln) followed
by a house number of 1-4 digits and an optional addition (12a, 12 A, 12-III,
5 bis, 3-5). Span: street + number (+ addition). Typed in lower case, a street counts only with
a clear street ending (`data/street_suffixes_lower.txt`: "kerkstraat 12", "hertogsingel 8"), or
when it is on deduce's street list (no ordinary word) and a place name follows the number
("heerbaan 112 roermond", "molenweg 4, 6041 kd roermond"). Not an address: a range of house numbers
("Beekstraat 1 t/m 9", "Hoogstraat 2 tot en met het einde": the homes of a work planning, not one home), and a
word in capitals without a street ending ("EERST 112 bellen"). A
number followed by a count noun ("Amsterdam 67 leden", "Kerkstraat 12 woningen":
`data/count_nouns.txt`) is a count; one followed by a month ("Zandvoortselaan 3-14 juni dicht") is a date; one
followed by "van" and a number ("Nachtdienst 3 van 4") is one of a series; two teams with their match's score
("Groenendaal 1 – Spaarnestad 1: 18-16", "De Strikers - Pin Pals 3-1") are clubs. A street right after an opening
bracket is read ("meneer Van Dijk (Valkenburgerlaan 9)"), one after a quotation mark is not (an example or dialogue).
The number may also come first, after "nummer"/"nr" and before "aan/in/op de" and the street ("van nummer 14 aan de
Beekstraat", "op nr. 8 in de hertogsingel"): the span is number and street.
"""
from __future__ import annotations

import re

from postcheck.nlp import namedata
from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow
from postcheck.nlp.wordlists import word_set, words

LABELS = ("address",)   # the labels this detector produces

_STREET_SUFFIXES = words("street_suffixes")
# abbreviations and very short suffixes need a longer word in front of them
_SHORT_SUFFIXES = word_set("street_abbreviations")
_SUFFIX_RE = re.compile(
    r"(?:" + "|".join(sorted(set(_STREET_SUFFIXES) - _SHORT_SUFFIXES, key=len, reverse=True))
    + r")$"
)
_SHORT_SUFFIX_RE = re.compile(r"[a-zà-ÿ]{3,}(?:" + "|".join(sorted(_SHORT_SUFFIXES, key=len, reverse=True)) + r")$")

# Anchor: a house number after a space; the street words are found by looking back.
_HOUSE_RE = re.compile(
    r"[ ](?P<num>[1-9][0-9]{0,3}(?![0-9]|[.,:/][0-9])"
    r"(?:(?:[ ]?-[ ]?(?:[IVX]{1,4}|[0-9]{1,4}|[A-Za-z](?![\w])))"      # 12-III, 3-5, 12-a
    r"|(?:[ ](?:bis|hs|huis|rood|zw|bg|boven)(?![\w]))"               # 5 bis
    r"|(?:[ ]?[A-WYZa-wyz](?![\w'@-])))?)"                           # 12a / 12 A; "2x" is twice, not 2-x
    r"(?![\w@/%€$×-]|[.,][0-9])"
)
_STREET_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ'][\w'À-ÿ.-]*")
# an opening bracket before the street's first word; not a quotation mark: a quoted address is an example or a
# line of dialogue ("een labeltje \"Dorpsstraat 12\"", "\"Lindenhof 23,\" zei de stem"), as before
_OPENERS = "(["
# a house-number word between street and number: "Kerkstraat nr 12", "kerkstraat, nummer 12"
_NUMBER_WORD = re.compile(r",?[ ]+(?:nr\.?|nummer|no\.|huisnummer)$", re.I)
_MONTHS = word_set("months") | word_set("month_abbreviations")
_NOT_STREET_WORDS = word_set("not_street_words")
_COUNT_NOUNS = word_set("count_nouns")
_LOWER_SUFFIXES = sorted(words("street_suffixes_lower"), key=len, reverse=True)
_LOWER_STREET_RE = re.compile(r"[a-zà-ÿ]{3,}(?:" + "|".join(_LOWER_SUFFIXES) + r")")
_NEXT_WORD_RE = re.compile(r"[ \t]+([\w'’]+)")
# a lower-case inflected adjective and a lower-case plural after the number ("200 gezonde bomen", "12 nieuwe
# woningen"): a count; a house number is followed by a comma, a place, a verb ("Lindelaan 4 woont ...") or nothing
_ADJECTIVE_PLURAL_RE = re.compile(r"[ \t]+[a-zà-ÿ]{3,}e[ \t]+[a-zà-ÿ]{2,}(?:en|s|'s|’s)\b")
# "Beekstraat 1 t/m 9", "van Hoogstraat 2 tot en met het einde": a stretch of homes (a work planning), not one home;
# "Hoogstraat 2 tot 5 uur": a time, the address stays
_RANGE_AFTER = re.compile(r"[ \t]*(?:t/m|t\.m\.|tot[ \t]+en[ \t]+met|tot)[ \t]+(?:nr\.?[ \t]*|nummer[ \t]+)?"
                          r"(?:\d+(?![\d:]|[.,]\d)(?![ \t]*(?:uur|u)\b)|het[ \t]+eind|de[ \t]+hoek)", re.I)


# "Nachtdienst 3 van 4", "Etappe 2 van 5": one of a series, not a house number
_OF_AFTER = re.compile(r"[ \t]+van[ \t]+\d{1,3}(?![\w.,:/-])")
# "Kennemer Loper 1 wint met 5-3 van ...", "Dames 2 speelde 1-1 gelijk": a numbered team and its match score, not a
# house number (thirty-sixth round)
_MATCH_AFTER = re.compile(r"[ \t]+(?:wint|won|wonnen|winnen|verliest|verloor|verloren|speelt|speelde|speelden|pakt|"
                          r"pakte|haalt|haalde)(?![\w-])[^.!?\n]{0,30}?(?<![\w/])\d{1,2}½?[ \t]*[-–][ \t]*"
                          r"\d{1,2}½?(?![\w/-])")

# "Groenendaal 1 – Spaarnestad 1: 18-16", "Dames 2 tegen Alliance 3 (4-6)": two teams, numbered or not, and the score
# of their match; the teams are clubs, their numbers no house numbers (thirty-eighth round)
_TEAM = r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2}(?:[ \t]+\d{1,2})?"   # "De Strikers - Pin Pals 3-1" too
_SCORELINE = re.compile(rf"(?<![\w-]){_TEAM}[ \t]*(?:[-–—]|tegen|vs\.?|v\.)[ \t]*{_TEAM}[ \t]*[:,(]?[ \t]*"
                        r"\d{1,3}[ \t]*[-–][ \t]*\d{1,3}(?![\w/-])")
_SCORE = re.compile(r"\d[ \t]*[-–][ \t]*\d")   # no score, no score line: most texts are spared _SCORELINE


def _score_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the match results in `text` (`_SCORELINE`), searched only in a text that holds a score."""
    return [(sl.start(), sl.end()) for sl in _SCORELINE.finditer(text)] if _SCORE.search(text) else []


def _is_street(words: list[str]) -> int:
    """Number of trailing words that form a street name (0: not a street)."""
    streets = namedata.street_names()
    low = [w.lower() for w in words]
    last = low[-1]
    if last in _NOT_STREET_WORDS or last in _MONTHS:
        return 0
    for k in range(min(4, len(low)), 0, -1):
        cand = " ".join(low[-k:])
        if cand in streets and words[-k][:1].isupper():
            if k == 1 and (last in namedata.stop_words() or last in namedata.common_words()):
                continue
            return k
    if not words[-1][:1].isupper() and len(words) < 2:
        return 0
    if _SUFFIX_RE.search(last) or _SHORT_SUFFIX_RE.search(last):
        # "Oude Gracht": include capitalised words in front of a suffix word
        k = 1
        while k < len(words) and words[-k - 1][:1].isupper() and low[-k - 1] not in namedata.stop_words():
            k += 1
        if not words[-k][:1].isupper():
            return 0
        return k
    return 0


# the number before the street (forty-third round): "van nummer 14 aan de Beekstraat", "op nr. 8 in de hertogsingel";
# the span is number and street, as "Beekstraat 14" would be
_INVERTED = re.compile(
    r"(?<![\w-])(?:huis)?(?:nummer|nr\.?)[ \t]*(?P<num>[1-9][0-9]{0,3}[a-z]?)"
    r"(?![\w,.][0-9]|[ \t]*(?:-|t/m|tot)[ \t]*[0-9])"
    r"[ \t]*,?[ \t]+(?:aan|in|op)[ \t]+(?:de[ \t]+|het[ \t]+)?"
    r"(?P<street>[A-Za-zÀ-ÿ][\w'À-ÿ-]*(?:[ \t]+[A-ZÀ-Ý][\w'À-ÿ-]*){0,2})", re.I)


def _inverted(text: str, out: list[Hit]) -> None:
    """"nummer 14 aan de Beekstraat": a house number and the street after it (capitalised, or lower case with a
    clear street ending)."""
    for m in _INVERTED.finditer(text):
        spans = [w.span() for w in _WORD_RE.finditer(text, m.start("street"), m.end("street"))]
        words = [text[a:b] for a, b in spans]
        for n in range(len(words), 0, -1):   # the street may be followed by a capitalised word of the sentence
            cand = words[:n]
            if cand[-1][:1].isupper() and _is_street(cand) == n or n == 1 and _lower_street(cand[0]):
                out.append(Hit(m.start(), spans[n - 1][1], "address", "exact", "", "strong"))
                break


_WORD_RE = re.compile(r"\S+")


def _lower_street(word: str) -> bool:
    """A lower-case word with a clear street ending ("kerkstraat", "hertogsingel")."""
    return bool(_LOWER_STREET_RE.fullmatch(word)) and word not in _NOT_STREET_WORDS


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the address hits in `text` to `out`: the street before the number, then the number before it."""
    _forward(text, out)
    low = text.lower()   # "Nr. 8 aan de Kerkstraat" at a sentence's start too (the regex is case-insensitive)
    if "nr" in low or "nummer" in low:
        _inverted(text, out)


def _forward(text: str, out: list[Hit]) -> None:
    """"Beekstraat 14": a street and the house number after it."""
    matches: list[tuple[int, int]] | None = None     # the text's score lines, read at its first house number
    for m in _HOUSE_RE.finditer(text):
        s = m.start()
        if matches is None:
            matches = _score_lines(text)
        if matches and any(a <= s < b for a, b in matches):
            continue   # a team's number in a match result
        # a house-number word between street and number ("Kerkstraat nr 12", "kerkstraat, nummer 12"): the street
        # is read before it
        marker = _NUMBER_WORD.search(text, max(0, s - 14), s)
        if marker:
            s = marker.start()
        if s == 0 or not text[s - 1].isalpha():
            continue
        head = text[max(0, s - 80):s]
        nl = head.rfind("\n")
        if nl >= 0:
            head = head[nl + 1:]
        words: list[str] = []
        for w in reversed(head.split(" ")[-4:]):
            if not _STREET_WORD_RE.fullmatch(w):
                # "(Valkenburgerlaan 9)": an opening bracket before the street's first word (thirty-eighth round)
                if w[:1] in _OPENERS and _STREET_WORD_RE.fullmatch(w[1:]):
                    words.append(w[1:])
                break
            words.append(w)
        words.reverse()
        if not words or len(words[-1]) < 3 or _year(text, m) or _RANGE_AFTER.match(text, m.end()) \
                or _OF_AFTER.match(text, m.end()) or _month_after(text, m.end()) or _MATCH_AFTER.match(text, m.end()):
            continue
        if words[-1].isupper() and not _SUFFIX_RE.search(words[-1].lower()):
            continue   # "EERST 112 bellen", "NU 50 procent": a word in capitals for emphasis, no street ending
        if not words[-1][:1].isupper():
            # lower case: only a word with a clear street ending ("kerkstraat 12", "hertogsingel 8")
            if _lower_street(words[-1]) \
                    or (_lower_listed_street(words[-1]) and place_after(text, m.end())):
                _append(out, text, m, s, words[-1])
            continue
        k = _is_street(words)
        if not k:
            continue
        _append(out, text, m, s, " ".join(words[-k:]))


def _month_after(text: str, end: int) -> bool:
    """A month right after the number: a date ("Zandvoortselaan 3-14 juni dicht", "Kerkstraat 12 mei open"), not a
    house number."""
    nxt = _NEXT_WORD_RE.match(text, end)
    return nxt is not None and nxt.group(1).lower().rstrip(".") in _MONTHS


_PLACE_AFTER_RE = re.compile(r",?[ \t]+(?:[1-9][0-9]{3}[ ]?[A-Za-z]{2},?[ \t]+)?([A-Za-zÀ-ÿ][a-zà-ÿ'-]{2,})(?![\w'-])")


def _ordinary(word: str) -> bool:
    low = word.lower()
    return low in namedata.common_words() or low in namedata.stop_words()


def _lower_listed_street(word: str) -> bool:
    """A lower-case word on deduce's street list that is no ordinary word ("heerbaan", not "markt")."""
    return word.lower() in namedata.street_names() and not _ordinary(word) and word not in _NOT_STREET_WORDS


def place_after(text: str, at: int) -> bool:
    """A place name (deduce's list, no ordinary word) right after `at`, perhaps after a postcode:
    "heerbaan 112 roermond", "112, 6041 kd roermond"."""
    m = _PLACE_AFTER_RE.match(text, at)
    return m is not None and m.group(1).lower() in namedata.place_names() and not _ordinary(m.group(1))


def _year(text: str, m: re.Match) -> bool:
    """"Conference 2016", "Halverwege 2020": a year, unless a postcode follows."""
    num = m.group("num")
    return (len(num) == 4 and num[:2] in ("19", "20") and num.isdigit()
            and not re.match(r",?[ ][1-9][0-9]{3}[ ]?[A-Z]{2}\b", text[m.end():m.end() + 10]))


def _append(out: list[Hit], text: str, m: re.Match, s: int, street: str) -> None:
    after = _NEXT_WORD_RE.match(text, m.end())
    if after and after.group(1).lower() in _COUNT_NOUNS:
        return   # "Amsterdam 67 leden", "Kerkstraat 12 woningen": a count, not a house number
    if _ADJECTIVE_PLURAL_RE.match(text, m.end()):
        return   # "in het Wandelbos 200 gezonde bomen": an inflected adjective and a plural noun count things
    out.append(Hit(s - len(street), m.end("num"), "address", "exact", "", "strong"))

