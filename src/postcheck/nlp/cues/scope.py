"""Where a cue stands: its sentence and paragraph, and whether it is negated, quoted or reported.

All from the text with a few regexes and from the matches of the detector's
own scope cue sets (negators, reporting verbs, subordinating conjunctions, in
`lexicons/cues/scope-*.txt`), so no parser is needed:

* negated: a negator ("niet", "nooit", "geen", ...) at most 3 words before the
  cue or 1 after it, in the same clause ("ik zou nooit dreigen", "niet
  vertrouwelijk", "ik bedreig je niet"); punctuation, a dash, "maar" and "want"
  end a clause, not the comma of an enumeration ("nooit een naam, foto of verhaal"). A negator inside a
  subordinate clause that opens before it ("als je niet oppast ga je eraan"; the clause ends where a verb meets
  its subject, `clauses.py`) does not count unless it stands right before the cue
  ("dat is geen nieuws", "als het niet vertrouwelijk is"), nor does
  "zonder" after the cue (it negates what follows it: "nog een keer zonder jas").
  "nooit", "nimmer" and "niemand" negate the rest of their clause, up to 10 words on,
  unless a coordinator that starts a new statement comes between ("ik noem
  nooit de namen van onze pleegkinderen of laat foto's zien", "niemand logt in
  met een privéaccount" (thirty-second round); but "ik heb nooit geklaagd, maar
  nu ..." and "nooit gedacht dat ..., maar ..." end it).
  Also negated: a cue anywhere later in the clause of a prohibition or advice phrase
  ("het is niet de bedoeling dat je screenshots uit de besloten groep deelt",
  "het is niet toegestaan om ...", "deel nooit ..."), which reaches further
  than three words.
  A negator in a `...` gap of the cue negates it ("die mensen leven niet als beesten").
  A cue fronted at the start of its clause is negated by a negator after the verb and its subject (Dutch
  V2: "zelfgemaakte logo's gebruiken we niet meer", "namen van cliënten noemen we nooit").
  A cue that is one emoji is never negated: it comments on its whole sentence
  ("we hadden die kuil nog niet gezien hoor 🙃").
  Also negated: a cue whose act the writer refuses right after it, in a clause after a comma or "maar" or at the
  start of the next sentence of its paragraph ("Bewoner vroeg om een selfie voor mijn insta. Lief, maar dat zou ik
  nooit doen."; `refused`); not where that clause goes on with "maar", "toch" or "behalve".
* quoted: inside quotation marks (straight, curly, low-high, guillemets,
  single quotes around words) or on a Markdown quote line (`> ...`).
* question: the cue's sentence ends in a question mark ("waarom mag ik die foto niet doorsturen?"); rules
  opt into skipping it (`skip: [..., question]`), since a threat can be a question too.
* denied: "geen" right before the cue, one inflected adjective at most between ("een held, geen sukkel"); rules opt
  into skipping it (`skip: [..., denied]`), a narrower negation than `negated` for a noun said of someone.
* reported: a reporting cue earlier in the same sentence ("hij zei dat",
  "volgens", "mijn collega werd bedreigd"; not the source "volgens" names: "volgens de interne memo") or a reporting
  verb right after it ("..., riep hij").
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property

from .clauses import SUBJECTS as _SUBJECTS
from .clauses import ended as _clause_ended

# a sentence ends at end punctuation (closing quotes and brackets after it) before a space, at a blank line, or at a
# line break before a list item, quote, heading or capital. Written as one character class first, then per character
# what may follow (`(?<=...)` re-reads the character): `re` then skips ahead to the next candidate character instead
# of trying three alternatives at every position (2x faster; same matches as the plain alternation of the three)
# In chat writing an emoji after a word often ends the sentence instead of a full stop: "... luisteren naar de
# inwoner" 🤡 In maart ..." is two sentences (an emoji and a capital after it; the emoji stays with the sentence it
# comments on); not an emoji right after a sentence's end ("Wat een dag!! 🙄 Morgen ..."): it makes no sentence of
# its own (`_sentences`). Twenty-fourth round.
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"   # the emoji blocks (skin tones are in the first)
_SENTENCE_END = re.compile(rf"[.!?…\n{_EMOJI}](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s)"
                           r"|(?<=\n)[ \t]*\n|(?<=\n)(?=[ \t]*(?:[-*+>#@]|\d+[.)]\s|[A-Z]))"
                           rf"|(?<=[{_EMOJI}])[{_EMOJI}\uFE0F]*(?=[ \t]+[A-Z]))")
_STOPS = frozenset(".!?…\n")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
# punctuation, a dash between spaces, the space before "maar"/"want" or "en"/"of" + a subject ("Dat had niet gemogen en
# ik heb hem weggehaald"; thirty-fifth round); one character class first, as _SENTENCE_END
_SUBJECT = "|".join(sorted(_SUBJECTS, key=len, reverse=True))
_CLAUSE_MARK = re.compile(r"[,;:()\[\]“”„\"«»\s](?:(?<=[,;:()\[\]“”„\"«»])|(?<=\s)[-–—]\s"
                          rf"|(?<=\s)(?=(?:maar|want|(?:en|of)\s+(?:{_SUBJECT}))\s))", re.I)
# quoted text: in quotation marks (one line at most), or a Markdown quote line. Two patterns, not one alternation:
# every alternative of `_QUOTE_MARKS` opens with its quote character (the "no word before" checks come after it), so
# `re` skips to the next quote character instead of trying every alternative at every position (4x faster); see
# `Bounds.quoted` for why the two give the spans the one alternation gave
_QUOTE_MARKS = re.compile(
    r"“[^”\n]{1,400}”|„[^”“\n]{1,400}[”“]|«[^»\n]{1,400}»|‘[^’\n]{1,400}’(?!\w)"
    r"|\"(?<!\w\")[^\"\n]{1,400}\"|'(?<!\w')(?=\w)[^'\n]{1,400}(?<=[\w.!?,])'(?!\w)")
_QUOTE_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)
# a comma, one word (no negator), "en"/"of"/"noch": an enumeration ("een naam, foto of verhaal"; not "nooit thuis en")
_ENUMERATION = re.compile(r"[ \t]+(?!(?:niet|nooit|geen|niks|niets)\b)[\w'-]+[ \t]+(?:en|of|noch)[ \t]+\w", re.I)

# a tag after which "?" asks for agreement, not for an answer: "niet doorsturen, hè?", "afgesproken?"
_TAG_QUESTION = re.compile(r"(?:^|[\s,])(?:h[eèé]|hoor|ok[eé]?|okay|ja|toch|goed|afgesproken|duidelijk|begrepen)"
                           r"[\s?!]*$", re.I)
NEG_BEFORE = 3
NEG_AFTER = 1
WIDE_NEG_BEFORE = 10
_WIDE_NEGATORS = frozenset({"nooit", "nimmer", "niemand"})
# a preposition negates only what follows it: "als je hem nog een keer zonder jas ..." keeps the cue before it
_FORWARD_ONLY = frozenset({"zonder"})
_NAMING = re.compile(r"uit(?:ge)?(?:maak|maken|schel|schold)", re.I)
# a coordinator that starts a new statement ends a wide negator's scope ("ik heb nooit geklaagd, maar nu ..."); the
# judge's features read it the same way (nlp/judge/features.py)
NEW_STATEMENT = re.compile(r"\b(?:maar|want|dus|dan|toch|omdat|als|zodat|terwijl|behalve|alleen)\b", re.I)
REPORT_AFTER = 4
# a fronted cue (at most TOPIC_WORDS words into its clause), (a noun,) verb, subject, (an adverb,) then the negator
INVERTED_AFTER = 4
# the fronted noun's own "van" phrase may stand between it and the verb ("foto's van ons pleegkind zie je hier niet")
NOUN_PP = 3
TOPIC_WORDS = 4
_WORD = re.compile(r"\w+")
# a demonstrative subject ("Dat is ...", "Dit mag ...", "Het wordt pas ..."), or none at all: a sentence that opens with
# its finite verb, a word of time or degree after it, and goes on as a statement ("... gaat dicht. wordt pas over 2
# weken bekend gemaakt"); with "het" or no subject only a verb of being told or kept and a word of time ("was echt een
# feestje" speaks of the day); or "hun"/"haar" and a noun ("... Domus. Hun administratie draait op ..."; round 47)
_REFERS_BACK = re.compile(r"[ \t]*(?:(?:hun|haar)[ \t]+[^\W\d_][\w-]*|(?:dat|dit)[ \t]+(?:is|was|wordt|werd|mag|"
                          r"mocht|moet|moest|blijft|bleef|weet|wist|weten|staat|stond|gaat|ging|hoort|komt|kwam|zijn|"
                          r"waren)|(?:het[ \t]+)?(?:wordt|werd|worden|werden|mag|mocht|moet|moest|blijft|bleef|komt|"
                          r"kwam)[ \t]+(?:pas|nog|later|straks|volgende|morgen|binnenkort|over|officieel|niet|eerst))"
                          r"(?![\w-])(?![^.!?\n]*\?)", re.I)
# "(lief,) maar dat zou ik nooit doen", "dat doe ik dus niet": the writer refuses what the clause before describes
_TAIL = r"[ \t]*(?=[^\w\s]|$)(?![^.!?\n]*\b(?:maar|toch|behalve|tenzij)\b)"   # the clause ends; no "maar"/"toch" after
_REFUSAL = re.compile(r"\s*(?:[\w']+[ \t]*,[ \t]*)?(?:maar[ \t]+)?(?:dat|dit|zoiets)[ \t]+(?:zou|zal|ga|doe|zouden|"
                      r"gaan|doen)[ \t]+(?:ik|we|wij)[ \t]+(?:dus[ \t]+|echt[ \t]+|natuurlijk[ \t]+|uiteraard[ \t]+)?"
                      r"(?:nooit|niet)(?:[ \t]+(?:zomaar|zo[ \t]+maar))?(?:[ \t]+(?:doen|gedaan|plaatsen|posten|delen|"
                      r"zetten|sturen|doorsturen))?" + _TAIL, re.I)
_BARE_REFUSAL = re.compile(r"\s*(?:(?:gewoon|echt|liever|dus|beter|dat)[ \t]+)?(?:niet|nooit)[ \t]+doen" + _TAIL, re.I)
_EMOJI_ONLY = re.compile(f"[{_EMOJI}]\uFE0F?$")


class Bounds:
    """Sentence, paragraph and clause boundaries and quoted ranges of one text (character offsets).

    Each kind is found when first asked for: matching gapped cues only needs the sentences."""

    def __init__(self, text: str) -> None:
        self._text = text

    @classmethod
    def of(cls, text: str) -> "Bounds":
        return cls(text)

    @cached_property
    def sentence_ends(self) -> list[int]:
        return self._sentences[0]

    @cached_property
    def _sentences(self) -> tuple[list[int], frozenset[int]]:
        """One scan for the sentence ends and the ends of those that ask a question (`question_ends`)."""
        text = self._text
        ends: list[int] = []
        questions: list[int] = []
        for m in _SENTENCE_END.finditer(text):
            if text[m.start()] not in _STOPS and not text[ends[-1] if ends else 0:m.start()].strip():
                continue   # an emoji right after a sentence's end
            ends.append(m.end())
            if "?" in m.group() and not _TAG_QUESTION.search(text, max(0, m.start() - 16), m.start()):
                questions.append(m.end())
        return ends, frozenset(questions)

    @property
    def question_ends(self) -> frozenset[int]:
        """Ends of the sentences that end in a question mark, not in a tag that asks for agreement ("niet
        doorsturen, hè?", "oké?")."""
        return self._sentences[1]

    @cached_property
    def advice(self) -> frozenset[int]:
        """The sentences that give advice in a guide (`guide.py`)."""
        from .guide import advice_sentences
        return advice_sentences(self._text, self.sentence_ends)

    def is_advice(self, char: int) -> bool:
        return bool(self.advice) and self.sentence_of(char) in self.advice

    def refers_back(self, char: int) -> bool:
        """The sentence holding `char` opens with a demonstrative subject that points at the sentence before it in
        its paragraph ("... gaat het budget omlaag. Dat is nog niet bekend bij de huurders."), with its finite
        verb and no subject ("... gaat dicht. Wordt pas over twee weken bekendgemaakt."; no question), or "Hun ..."."""
        i = self.sentence_of(char)
        if i == 0:
            return False
        start = self.sentence_ends[i - 1]
        return _REFERS_BACK.match(self._text, start) is not None and self.paragraph_of(start - 1) == \
            self.paragraph_of(start)

    def is_question(self, char: int) -> bool:
        """The sentence holding `char` asks something (ends in "?"; the text's last sentence too)."""
        i = self.sentence_of(char)
        if i < len(self.sentence_ends):
            return self.sentence_ends[i] in self.question_ends
        tail = self._text.rstrip()
        return tail.endswith("?") and not _TAG_QUESTION.search(tail.rstrip("?!"), max(0, len(tail) - 20))

    @cached_property
    def paragraph_ends(self) -> list[int]:
        return [m.end() for m in _PARAGRAPH_END.finditer(self._text)]

    @cached_property
    def clause_marks(self) -> list[int]:
        # the comma of an enumeration ("nooit een naam, foto of verhaal van onze pleegkinderen") joins its items;
        # thirty-fourth round
        text = self._text
        return sorted(set(self.sentence_ends) | {m.start() for m in _CLAUSE_MARK.finditer(text)
                                                 if text[m.start()] != "," or not _ENUMERATION.match(text, m.end())})

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Quoted ranges in text order. A quote line runs from its line start to its line end and a quotation
        never crosses a line end, so the single pattern they were (`_QUOTE_LINE` as its last alternative) took a
        quote line whole and only the quotations outside quote lines: so do these."""
        text = self._text
        quotes = [m.span() for m in _QUOTE_MARKS.finditer(text)]
        if ">" not in text:
            return quotes
        lines = [m.span() for m in _QUOTE_LINE.finditer(text)]
        if not lines:
            return quotes
        starts = [a for a, _b in lines]
        outside = [(a, b) for a, b in quotes
                   if (i := bisect.bisect_right(starts, a) - 1) < 0 or a >= lines[i][1]]
        return sorted(lines + outside)

    @property
    def text(self) -> str:
        return self._text

    def sentence_of(self, char: int) -> int:
        return bisect.bisect_right(self.sentence_ends, char)

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_ends, char)

    def clause_break(self, a: int, b: int) -> bool:
        """True when a clause boundary lies between character offsets a < b (a sentence end that runs up to b, a
        blank line or a line break before a heading, counts: "## Wat ik niet weet\n\nAlles wat ...")."""
        i = bisect.bisect_left(self.clause_marks, a)
        return i < len(self.clause_marks) and self.clause_marks[i] <= b

    def is_quoted(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.quoted, (a, 10**12)) - 1
        return i >= 0 and self.quoted[i][0] <= a and b <= self.quoted[i][1]


def flags(m, negators, subordinators, reporters, reporters_after, bounds: Bounds,
          prohibitions=()) -> tuple[int, bool, bool]:
    """(negated_by, quoted, reported) for one match `m`, given the scope matches (sorted by start).
    `negated_by` is the token index of the negator or prohibition that negates `m`, -1 for none."""
    # an emoji comments on its whole sentence: "niet gezien hoor 🙃" is not a negated eye-roll
    emoji = _EMOJI_ONLY.match(bounds.text, m.start_char, m.end_char) is not None
    by = -1 if emoji else _negated(m, negators, subordinators, bounds)
    if by < 0 and not emoji:
        by = _prohibited(m, prohibitions, bounds)
    return (by, bounds.is_quoted(m.start_char, m.end_char), _reported(m, reporters, reporters_after, bounds))


def denied(doc, start: int) -> bool:
    """"geen" right before the cue's first token, or before one inflected adjective and it: the noun is denied of
    someone ("een held, geen sukkel", "wees geen domme sukkel"), whatever a negation scope of "niet" three words back
    would say ("niet normaal, die oplichters" still calls them so). Not "geen held maar een sukkel", nor two
    adjectives between ("geen echte grote hufter")."""
    if start >= 1 and doc[start - 1].lower_ == "geen":
        return True
    if start >= 2 and doc[start - 2].lower_ == "geen":
        adjective = doc[start - 1].text
        return adjective.isalpha() and adjective.lower().endswith("e")
    return False


def refused(m, bounds: Bounds) -> bool:
    """The writer refuses the cue's act right after it: the next clause (after ",", ":", "maar") or sentence opens with
    "(maar) dat zou/ga/doe ik niet/nooit" or, after punctuation, "(gewoon) niet doen" ("Foto's: gewoon niet doen.")."""
    text = bounds.text
    i = bounds.sentence_of(m.start_char)
    ends = bounds.sentence_ends
    end = ends[i] if i < len(ends) else len(text)
    for k in range(bisect.bisect_left(bounds.clause_marks, m.end_char), len(bounds.clause_marks)):
        at = bounds.clause_marks[k]
        if at >= end:
            break
        # punctuation, or the space before "maar"/"want" (a "want" clause opens no refusal)
        if (text[at] in ",;:" or text[at].isspace()) and (_REFUSAL.match(text, at + 1)
                                                          or text[at] in ",;:" and _BARE_REFUSAL.match(text, at + 1)):
            return True
    return end < len(text) and bounds.paragraph_of(end - 1) == bounds.paragraph_of(end) and \
        (_REFUSAL.match(text, end) is not None or _BARE_REFUSAL.match(text, end) is not None)


def _prohibited(m, prohibitions, bounds: Bounds) -> int:
    """A prohibition phrase before the cue in the same clause (not one inside the cue itself)."""
    return next((p.start for p in prohibitions
                 if p.end <= m.start and not bounds.clause_break(p.end_char, m.start_char)), -1)


def _negated(m, negators, subordinators, bounds: Bounds) -> int:
    # a cue that is a free relative clause ("wie ... stemt") ends at its verb: what follows is the main clause
    free_relative = _FREE_RELATIVE.match(bounds.text, m.start_char) is not None
    for n in negators:
        if m.start <= n.start < m.end:
            if any(a <= n.start < b for a, b in m.gaps):
                return n.start  # in a '...' gap of the cue: "die mensen leven niet als beesten"
            continue  # a negator that is part of the cue itself ("nog niet openbaar")
        if 0 <= m.start - n.end <= _reach(n, bounds, m) and not bounds.clause_break(n.end_char, m.start_char):
            # a negator right before the cue negates it in any clause ("dat is geen nieuws", "als het niet
            # vertrouwelijk is"); one further away in a clause opened before it belongs to that clause
            # (a coordinator opens no such clause: "en ook niks uit de besloten groep doorsturen" is one clause)
            sub = m.start != n.end and any(s.end <= n.start and not bounds.clause_break(s.end_char, n.start_char)
                                           and n.start - s.end <= 6 and not _coordinator(s, bounds)
                                           for s in subordinators) \
                and _clause_ended(bounds.text, n.end_char, m.start_char, m.end_char)
            if not sub:
                return n.start
        if free_relative:
            continue   # "wie op X stemt, hoeft niet te klagen": the negator after it is the main clause's
        if 0 <= n.start - m.end <= NEG_AFTER and not bounds.clause_break(m.end_char, n.start_char) \
                and bounds.text[n.start_char:n.end_char].lower() not in _FORWARD_ONLY:
            if not any(m.end <= s.start < n.start for s in subordinators):
                return n.start
        if NEG_AFTER < n.start - m.end <= INVERTED_AFTER + NOUN_PP and _inverted(m, n, bounds):
            return n.start
    return -1


def _inverted(m, n, bounds: Bounds) -> bool:
    """A fronted cue, then the finite verb and its subject, then the negator (Dutch V2): "zelfgemaakte logo's
    gebruiken we niet meer", "namen van cliënten noemen we nooit", "wachtwoorden deel je echt niet"."""
    text = bounds.text
    if bounds.clause_break(m.end_char, n.start_char):
        return False
    between = [w.lower() for w in text[m.end_char:n.start_char].split()]
    # the cue's own "van" phrase first ("foto's van ons pleegkind zie je hier niet", "foto's van pleegkinderen plaats
    # je niet"): the verb comes after it
    if between and between[0] == "van":
        between = next((between[k:] for k in range(2, NOUN_PP + 1)
                        if len(between) - k <= INVERTED_AFTER and _SUBJECTS.intersection(between[k + 1:k + 3])),
                       between)
    # the verb right after the cue, or after the rest of its noun phrase ("zelfgemaakte logo's gebruiken we niet")
    if not 2 <= len(between) <= INVERTED_AFTER or not _SUBJECTS.intersection(between[1:3]):
        return False
    i = bisect.bisect_right(bounds.clause_marks, m.start_char) - 1
    start = bounds.clause_marks[i] if i >= 0 else 0
    return len(_WORD.findall(text, start, m.start_char)) <= TOPIC_WORDS


# "niet" + a preposition opening the phrase it negates (not the idioms "niet voor niets", "niet in de laatste plaats")
_NEG_PHRASE = re.compile(r"[ \t]+(?:voor|over|in|via|met|bij|tijdens)[ \t]+"
                         r"(?!niets\b|niks\b|de[ \t]+laatste[ \t]+plaats)",
                         re.I)
_PHRASE_END = re.compile(rf"{NEW_STATEMENT.pattern}|\b(?:en|of|noch)\b", re.I)
# a claim denied as a whole: "het is niet zo|waar dat ...", "het klopt (dus) niet dat ...", "ik zeg niet dat ...": the
# "dat" clause is negated, up to the next statement ("ik zeg niet dat die lui van nummer 12 tuig zijn"; thirty-seventh
# round); not "ik wist niet dat ...", which takes the claim as true (`scope-factive.txt` drops that "niet")
_DENIED_CLAIM = re.compile(r"[ \t]+(?:(?:zo|waar)[ \t]+)?dat\b", re.I)
_DENIED_AFTER = re.compile(r"\bklopt[ \t]+(?:(?:het|dus|echt|gewoon)[ \t]+)?$", re.I)
_COORDINATORS = frozenset({"en", "of", "maar", "want"})


def _coordinator(s, bounds: Bounds) -> bool:
    return bounds.text[s.start_char:s.end_char].lower() in _COORDINATORS


def _reach(n, bounds: Bounds, m) -> int:
    """How many words before a cue negator `n` may stand: wider for a clause-wide negator, and for "niet" before a
    preposition, which negates its whole phrase ("prima voor een praatje, niet voor een gesprek over medicatie")."""
    if m.start - n.end <= NEG_BEFORE:
        return NEG_BEFORE
    word = bounds.text[n.start_char:n.end_char].lower()
    if word in _WIDE_NEGATORS or word.endswith(" dat"):   # "nooit", or a denial of a claim ("onzin dat ...")
        return -1 if NEW_STATEMENT.search(bounds.text, n.end_char, m.start_char) else WIDE_NEG_BEFORE
    if word == "niet" and (_NEG_PHRASE.match(bounds.text, n.end_char) or _DENIED_CLAIM.match(bounds.text, n.end_char)
                           or _DENIED_AFTER.search(bounds.text, max(0, n.start_char - 24), n.start_char)):
        # the phrase ends where a coordinator joins the next one ("niet in de bekendmakingen en de buren weten ...")
        return -1 if _PHRASE_END.search(bounds.text, n.end_char, m.start_char) else WIDE_NEG_BEFORE
    return NEG_BEFORE


# a sentence that opens with a free relative clause ("Wie nu nog roept dat ..., mag het ..."): what that clause reports
# ends at its comma, the main clause after it is the writer's own
_FREE_RELATIVE = re.compile(r"\W*(?:wie|wat)\s", re.I)


def _in_subject_clause(r, m, bounds: Bounds) -> bool:
    """Reporting cue `r` stands in a free relative clause that opens the sentence and ends (at a comma) before `m`."""
    i = bounds.sentence_of(r.start_char)
    start = bounds.sentence_ends[i - 1] if i > 0 else 0
    return _FREE_RELATIVE.match(bounds.text, start) is not None and "," in bounds.text[r.end_char:m.start_char]


# "volgens de interne memo": the source "volgens" names is the writer's own words, not what it reports
_SOURCE_AFTER = re.compile(r"\s+(?:(?:de|het|een|die|dat|onze|ons|hun|zijn|haar)\s+)?(?:[\w-]+\s+)?$", re.I)


def _names_the_source(r, m, bounds: Bounds) -> bool:
    """The cue `m` is the source right after "volgens" (`r`), with at most an article between."""
    return bounds.text[r.start_char:r.end_char].lower() == "volgens" and \
        _SOURCE_AFTER.match(bounds.text, r.end_char, m.start_char) is not None


def _reported(m, reporters, reporters_after, bounds: Bounds) -> bool:
    sent = bounds.sentence_of(m.start_char)
    for r in reporters:
        if r.end <= m.start and bounds.sentence_of(r.start_char) == sent and not _in_subject_clause(r, m, bounds) \
                and not _names_the_source(r, m, bounds):
            return True
    for r in reporters_after:
        # a verb of calling names reports only the name right before it ("voor zakkenvuller uitmaakt"), not a word a
        # few words earlier ("iedereen op het raadhuis ... uitmaakt")
        reach = 0 if _NAMING.match(bounds.text, r.start_char) else REPORT_AFTER
        if 0 <= r.start - m.end <= reach and bounds.sentence_of(r.start_char) == sent:
            return True
    return False
