"""Where a subordinate clause ends, for the negation scope (`scope.py`): without a parser, by a verb meeting its subject
pronoun or two finite verbs side by side between a negator and a cue (thirty-fourth round)."""
from __future__ import annotations

import re

from ...text.fold import folded_stop_words
from ..wordlists import word_set

SUBJECTS = frozenset({"ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "men", "jullie"})
_WORD = re.compile(r"\w+")
_FINITE_STOP_VERBS = word_set("finite_stop_verbs")


def ended(text: str, after: int, cue_start: int, cue_end: int) -> bool:
    """Between a subordinate clause's negator and the cue, up to the cue's second word, a verb meets its subject
    pronoun ("als je niet oppast je gaat eraan", "als het niet lukt zal ik ..."), or two finite verbs meet ("het
    bedrijf dat het niet werd was 18% goedkoper"): the subordinate clause ended before
    the cue. Without it the cue stands in the negator's own clause ("omdat je geen namen en foto's van pleegkinderen
    online zet", "dat je een logo niet even zelf in Canva opfrist"; thirty-fourth round)."""
    between = _WORD.findall(text, after, cue_start)
    words = [w.lower() for w in between + _WORD.findall(text, cue_start, cue_end)]
    stop = folded_stop_words()
    return any(words[i] in SUBJECTS and (words[i - 1] not in stop or words[i - 1] in _FINITE_STOP_VERBS)
               or _singular_finite(words[i]) and _singular_finite(words[i - 1])
               for i in range(1, min(len(words), len(between) + 2)))


def _singular_finite(word: str) -> bool:
    """A finite verb of the stop list in the singular ("werd", "is", "kan"): two of them side by side are the end
    of one clause and the verb of the next ("dat het niet werd was 18% goedkoper"); a clause's own verb cluster
    holds one finite verb, the rest infinitives in "-en" ("omdat het niet kan worden")."""
    return word in _FINITE_STOP_VERBS and not word.endswith("en")
