"""Advice to the reader: the sentences of a guide that describe a kind of thing, not a case of it.

A how-to or tips post ("Een eigen Facebookgroep voor je locatie? Zo pak je het aan", "Tien dingen die ik
collega's vertel over social media") names what must not happen in order to say so: "Interne stukken blijven
intern", "Een foto van je bureau met een vertrouwelijke nota ernaast", "de pagina hangt aan iemands
privé-account". Those are the kinds of mistakes the post warns about, not a secret or a private account of the
writer's. A cue in such a sentence is in the `advice` scope, which cues rules skip by default (a pack may list
the scopes it skips itself).

A draft of GUIDE_MIN_SENTENCES sentences or more is a guide when a heading (a Markdown `#` line, or a first line
that is a title, not a sentence) names a guide (`nlp/data/guide_titles.txt`: tips, stappen, zo pak je, dingen die,
checklist, ...) or two headings ask the reader's questions ("## Wie mag erin?"), or when at least GENERIC_MIN of
its sentences, and at least GENERIC_SHARE of them, speak to anyone (je, jij, jouw, iemand, men:
`nlp/data/generic_person_words.txt`). In a guide, a sentence is advice when it is a heading, a list item, speaks to
anyone, asks the reader something ("Gaan er foto's van cliënten op?"), or is an example that opens with an
indefinite "Een"/"Geen" or a "Wel:"/"Niet:" label ("Een screenshot van de agenda van het MT.", "Niet: vertrouwelijke
informatie."), and is not in the first person singular (the writer's own account: "ik mag het eigenlijk niet
zeggen, dus zeg maar niet waar je het gelezen hebt"). Other sentences of a guide (the writer's own story:
"Gisteren zette ik het verslag online") are not.

In any draft, a reminder is advice too: a question or condition about the reader's own situation followed by an
imperative that tells them to put it right (`nlp/data/corrective_imperatives.txt`): "Zie je op jullie pagina nog
het oude logo? Vervang het dan door het huidige.", "Als je een foto van een bewoner tegenkomt, haal hem weg." The
question or condition names a case to correct, not the writer's act; it is not in the first person singular.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..wordlists import words

GUIDE_MIN_SENTENCES = 8
GENERIC_MIN = 4
GENERIC_SHARE = 0.3
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.+)$", re.M)
# a first line that is a title: a dozen words at most, no sentence in it ("Tip: stuur de link door" is a post)
_TITLE_LINE = re.compile(r"[^.:!\n]{3,100}\??")
# the writer's own account ("dus zeg maar niet waar je het gelezen hebt", "ik mag het eigenlijk niet zeggen")
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:ik|mijn|m['’]n|me|mij)(?![\w'’-])", re.I)


def _starts(words_of: list[str]) -> re.Pattern:
    """Where a word of `words_of` can start: one of their first letters, no word character before it, then one of
    their second letters (or the end of a one-letter word). A letter here is either case, or any non-ASCII
    character (what IGNORECASE may equate with an ASCII letter: "İ" with "i"). A character class first, so `re`
    skips ahead to candidates: the word patterns, which open with a lookbehind, run only there (tried at every
    position over each sentence, they were most of the time of a guide check). Each class is written as the ASCII
    characters it leaves out (`[^...]`): the same set as the letters plus `\\x80-\\U0010ffff`, but `re` compiles a
    class whose range reaches past U+FFFF into a 64k-entry table (~7 ms a pattern at every start)."""
    def letters(chars) -> str:
        keep = {c for x in chars for c in (x.lower(), x.upper())}
        return "[^" + "".join(f"\\x{i:02x}" for i in range(128) if chr(i) not in keep) + "]"

    second = letters(w[1] for w in words_of if len(w) > 1)
    if any(len(w) == 1 for w in words_of):
        second += r"|(?![\w'’-])"
    return re.compile(rf"{letters(w[0] for w in words_of)}(?<![\w'’-].)(?={second})")


_FIRST_PERSON_START = _starts(["ik", "mijn", "m'n", "m’n", "me", "mij"])   # the words of _FIRST_PERSON
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+", re.M)
# a heading whose "#" marks the prose view dropped: a line of its own between blank lines (or first), a dozen words
# at most, not a list item and not ending as a sentence ("Wat is eigenlijk vertrouwelijk?" stays one; thirtieth round)
_BARE_HEADING = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?![-*•>]|\d{1,2}[.)][ \t])(?P<h>[^\n]{2,100}?)[ \t]*"
                           r"(?=\n[ \t]*\n|\Z)")
BARE_HEADING_WORDS = 12
_EXAMPLE = re.compile(r"\s*[\"'“‘(]?(?:een[ \t]|geen[ \t]|niet[ \t]*:|wel[ \t]*:|nee[ \t]*:)", re.I)


@lru_cache(maxsize=1)
def _titles() -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words("guide_titles"), key=len,
                                                                           reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _generic() -> tuple[re.Pattern, re.Pattern]:
    """The words that speak to anyone, and where they can start (`_starts`)."""
    found = words("generic_person_words")
    alts = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alts})(?![\w'’-])", re.I), _starts(list(found))


def _sentences_with(word: re.Pattern, starts: re.Pattern, text: str, sentence_ends: list[int]) -> set[int]:
    """Indexes of the sentences in which `word` has a match: the same as `word.search(text, a, b)` over each
    sentence [a, b), tried only where `starts` says a match can start."""
    out: set[int] = set()
    for m in starts.finditer(text):
        p = m.start()
        i = bisect.bisect_right(sentence_ends, p)
        if i not in out and word.match(text, p, sentence_ends[i] if i < len(sentence_ends) else len(text)):
            out.add(i)
    return out


def advice_sentences(text: str, sentence_ends: list[int]) -> frozenset[int]:
    """Indexes (as `Bounds.sentence_of` counts them) of the sentences that give advice in a guide; empty when
    the draft is no guide."""
    n = len(sentence_ends) + 1
    spans = [((sentence_ends[i - 1] if i else 0), (sentence_ends[i] if i < len(sentence_ends) else len(text)))
             for i in range(n)]
    speaks = _sentences_with(*_generic(), text, sentence_ends)
    own = _sentences_with(_FIRST_PERSON, _FIRST_PERSON_START, text, sentence_ends)
    reminders = _reminders(text, spans, _sentences_with(_READER, _READER_START, text, sentence_ends) - own)
    if n < GUIDE_MIN_SENTENCES:
        return reminders
    headings = [m for m in _HEADING.finditer(text)]
    # the Markdown headings of a blog reach here without their "#" (the prose view): lines that stand as headings
    bare = [m for m in _BARE_HEADING.finditer(text) if _bare_heading(m.group("h"))]
    first = text.lstrip().split("\n", 1)[0] if text.strip() else ""
    asked = sum(1 for m in headings if m.group(1).rstrip().endswith("?"))   # FAQ headings: "## Wie mag erin?"
    titled = asked >= 2 or any(_titles().search(m.group(1)) for m in headings) or any(
        _titles().search(m.group("h")) for m in bare) or (
        _TITLE_LINE.fullmatch(first) is not None and _titles().search(first) is not None)
    if not titled and (len(speaks) < GENERIC_MIN or len(speaks) < GENERIC_SHARE * n):
        return reminders
    out = set(speaks)
    lines = [m.start() for m in headings] + [m.start("h") for m in bare] + [m.start()
                                                                            for m in _LIST_ITEM.finditer(text)]
    for start in lines:        # every sentence of the heading's or item's line
        end = text.find("\n", start)
        first_i = bisect.bisect_right(sentence_ends, start)
        out.update(range(first_i, bisect.bisect_right(sentence_ends, (end if end >= 0 else len(text)) - 1) + 1))
    for i, (a, b) in enumerate(spans):
        if text[a:b].strip() and (_EXAMPLE.match(text, a) or text[a:b].rstrip().endswith("?")):
            out.add(i)
    return frozenset(out - own) | reminders


def _bare_heading(line: str) -> bool:
    """A line that stands as a heading: a dozen words at most, not ending as a sentence or a clause (a question
    mark may end it)."""
    line = line.rstrip()
    return bool(line) and line[-1] not in ".!,;:…" and len(line.split()) <= BARE_HEADING_WORDS


# the reader addressed: je, jij, jullie, u (not "iemand": a reminder speaks to the one who reads it)
_READER = re.compile(r"(?<![\w'’-])(?:je|jij|jou|jouw|jullie|u|uw)(?![\w'’-])", re.I)
_READER_START = _starts(["je", "jij", "jou", "jouw", "jullie", "u", "uw"])   # the words of _READER
# a condition opening the sentence (after a lead-in such as "Oproep aan alle teams:"), up to its comma
_CONDITION = re.compile(r"\s*(?:[^.!?:\n]{0,60}:\s*)?(?:als|wanneer|indien|mocht)(?![\w-])[^.!?\n]{3,160}?,\s*(\w+)",
                        re.I)


@lru_cache(maxsize=1)
def _corrective() -> re.Pattern:
    alts = "|".join(re.escape(w) for w in words("corrective_imperatives"))
    return re.compile(rf"\s*(?:(?:dan|en|of)[ \t]+)?(?:{alts})(?![\w'’-])", re.I)


def _reminders(text: str, spans: list[tuple[int, int]], addressed: set[int]) -> frozenset[int]:
    """Questions or conditions about the reader's situation that an imperative to correct it follows (`addressed`:
    the sentences that speak to the reader and are not in the first person singular)."""
    out = set()
    corrective = _corrective()
    for i in sorted(addressed):
        a, b = spans[i]
        cond = _CONDITION.match(text, a, b)
        if cond and corrective.match(text, cond.start(1), b):
            out.add(i)          # "Als je ... ziet, vervang het dan ..."
        elif text[a:b].rstrip().endswith("?") and i + 1 < len(spans) and corrective.match(text, spans[i + 1][0],
                                                                                           spans[i + 1][1]):
            out.add(i)          # "Zie je ... nog het oude logo? Vervang het dan ..."
    return frozenset(out)
