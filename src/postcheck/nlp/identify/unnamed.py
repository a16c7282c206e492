"""described-client: one of the writer's clients described by an age, without a name.

"[jongen van 15] uit mijn caseload is weer weggelopen", "[mijn pleegdochter van 12] heeft de diagnose
autisme", "[cliënt van me (43)] is opgenomen", "een [14-jarige pleegdochter] werd uit huis geplaatst".
A person word (`nlp/data/identify_person_words.txt`) or a client role (`identify_client_roles.txt`),
singular, with an age right after it ("van 15", "(15)", ", 15,", "van veertien" before "dat"/"die", "jaar" or a
punctuation mark) or a "15-jarige" right before it,
counts when it is the writer's client:
* a foster relation ("pleegdochter", "pleegkind"), or a client role after a possessive ("mijn pupil",
  "onze cliënt") or followed by "van me/mij";
* a case vignette: the person word opens its line with the age in commas after it ("Man, 34 jaar, syndroom van
  Down, ...");
* or a link phrase in the same sentence (`identify_client_links.txt`: "uit mijn caseload", "die ik
  begeleid"; also with up to five words inside it, "die ik sinds maart begeleid", and a placement, "dat twee weken
  eerder bij ons was geplaatst").
Alone this identifies nobody; it is a person reference (`details.REFERENCES`), so a care or case word in
its sentence makes a `person-details` hit. "Een jongere van 15", "jongeren van 15" and "mijn dochter van
12" are not a client's description.
"""
from __future__ import annotations

import bisect
import re

from ..hits import Hit

# the ages in words from two to seventeen ("het meisje van veertien"; "van een" is no age)
_CHILD_AGE_WORDS = ("twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
                    "zeventien")
_AGE_AFTER = re.compile(
    r"(?P<me>[ \t]+van[ \t]+(?:me|mij))?"
    r"(?:[ \t]*\([ \t]*(?P<a1>\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)"
    r"|[ \t]+van[ \t]+(?P<a2>\d{1,2})(?:[ \t]+jaar(?:[ \t]+oud)?)?"
    r"(?![\w%]|[,.:]\d|[ \t]*(?:-|tot|t/m|uur|minuten|euro|procent))"
    r"|,[ \t]*(?P<a3>\d{1,2})(?:[ \t]+jaar)?(?=[ \t]*,)"
    # an age in words, then "jaar", a punctuation mark or the relative pronoun ("het meisje van veertien dat ..."),
    # not a count of things ("de moeder van drie kinderen"; thirty-second round)
    rf"|[ \t]+van[ \t]+(?P<a4>{_CHILD_AGE_WORDS})(?:[ \t]+jaar(?:[ \t]+oud)?)?"
    # ... or where the person is from: "dat meisje van negen uit Tilburg-Noord" (forty-first round)
    r"(?=[ \t]*[,.;:!?)]|[ \t]+(?:dat|die|uit)(?![\w-])))", re.I)
_NUMBER_WORDS = f"een|{_CHILD_AGE_WORDS}|achttien|negentien|twintig"
_AGE_BEFORE = re.compile(rf"(?<![\w-])(?:\d{{1,2}}[ \t]?-?|(?:{_NUMBER_WORDS})-?)jarige[ \t]+$", re.I)
_POSSESSIVE = re.compile(r"(?<![\w'-])(?:mijn|m'n|onze|ons|zijn|z'n|haar|hun|jullie)[ \t]+$", re.I)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s)|\n[ \t]*\n")
# the link phrase with a few words inside it: "die ik sinds maart begeleid", "dat wij nu al twee jaar begeleiden"
_LINK_GAP = re.compile(r"(?<![\w-])(?:die|dat)[ \t]+(?:ik|we|wij)[ \t]+(?:[\w'-]+[ \t]+){1,5}?"
                       r"(?:begeleid|begeleidde|begeleiden|behandel|behandelen|coach|coachen|ondersteun|ondersteunen)"
                       r"(?![\w-])"
                       # ... or placed with us: "dat twee weken eerder bij ons was geplaatst" (thirty-second round)
                       r"|(?<![\w-])(?:die|dat)[ \t]+(?:[\w'-]+[ \t]+){0,5}?bij[ \t]+(?:ons|mij|me)[ \t]+"
                       r"(?:[\w'-]+[ \t]+){0,3}?(?:geplaatst|binnengekomen|opgenomen|komen[ \t]+wonen)(?![\w-])", re.I)


_LINE_PREFIX = re.compile(r"[ \t>*_-]*")   # what may stand before the person word on its line (list or quote marks)
# the plural person words ("kinderen", "buren", "bewoners", "mensen", "lui"), not "jongen"
_PLURAL = ("eren", "ers", "sen", "ren", "lui", "s")


def described_clients(text: str, cues) -> list[Hit]:
    """`cues`: the identify cue words of `text` (tags "client", "person", "clientlink")."""
    people = [(s, e, tags) for s, e, tags in cues if "client" in tags or "person" in tags]
    if not people:
        return []
    ends: list[int] = []
    linked: set[int] | None = None     # the sentences with a link phrase, found when a person with an age needs them
    out = []
    for s, e, tags in people:
        word = text[s:e].lower()
        if "client" not in tags and word.endswith(_PLURAL):
            continue
        after = _AGE_AFTER.match(text, e)
        before = None if after else _AGE_BEFORE.search(text, max(0, s - 24), s)
        if after is None and before is None:
            continue
        client = "client" in tags and (word.startswith("pleeg") or (after is not None and after.group("me"))
                                       or _POSSESSIVE.search(text, max(0, s - 8), s) is not None)
        # a case vignette: the person word opens its line, the age in commas after it ("Man, 34 jaar, syndroom van
        # Down, woont op een van onze locaties"), the way a professional presents one case
        client = client or (after is not None and after.group("a3") is not None
                            and _LINE_PREFIX.fullmatch(text, text.rfind("\n", 0, s) + 1, s) is not None)
        if not client and linked is None:
            ends = [m.end() for m in _SENTENCE_END.finditer(text)]
            linked = {bisect.bisect_right(ends, c) for c, _e, tags in cues if "clientlink" in tags}
            linked |= {bisect.bisect_right(ends, m.start()) for m in _LINK_GAP.finditer(text)}
        if client or bisect.bisect_right(ends, s) in (linked or ()):
            out.append(Hit(before.start() if before else s, after.end() if after else e, "described-client", "age"))
    return out
