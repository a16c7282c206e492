"""Chain helpers: the words in front of a chain (titles, interfixes) and the regex that
finds excluded phrases in the original text."""
from __future__ import annotations

import re
from functools import lru_cache

from postcheck.nlp.names.patterns import _LEAD_WORDS
from postcheck.text import fold as _fold_module
from postcheck.text.fold import fold


@lru_cache(maxsize=1)
def _fold_sources() -> dict[str, str]:
    """Folded character -> every character that `fold` maps to it (itself included)."""
    table = getattr(_fold_module, "_TABLE", None)
    if table is not None:
        src = "".join(map(chr, table))
    else:   # no table to read: try the Basic Multilingual Plane
        src = "".join(map(chr, range(0x10000)))
    inv: dict[str, str] = {}
    for a, b in zip(src, fold(src), strict=False):
        if a != b:
            inv[b] = inv.get(b, "") + a
    return inv


def _exclusion_regex(folded: list[str]) -> re.Pattern[str]:
    """A regex over the *original* text that matches exactly where
    `(?<!\\w)(?:e1|e2|...)(?!\\w)` matches in `fold(text)` (entries folded, in this order).
    `fold` maps character by character and keeps word characters word characters, so
    each folded character becomes the class of characters folding to it; the scan starts
    with one class of all first characters (so it runs at C speed, and `fold(text)` of
    the whole document is not needed)."""
    inv = _fold_sources()

    def chars(c: str) -> str:
        return "".join(sorted(set((c if fold(c) == c else "") + inv.get(c, ""))))

    def cls(c: str) -> str:
        return "[" + "".join(re.escape(x) for x in chars(c)) + "]"

    first = "".join(sorted({x for e in folded for x in chars(e[0])}))
    alts = "|".join(rf"(?<={cls(e[0])})" + "".join(cls(c) for c in e[1:]) for e in folded)
    return re.compile("[" + "".join(re.escape(x) for x in first) + r"](?<!\w[\s\S])(?:" + alts + r")(?!\w)")


def lead_words(text: str, s: int) -> list[tuple[int, int, str]]:
    """Titles/interfixes right before position `s` ("mevrouw ", "van der ", "d'")."""
    lead: list[tuple[int, int, str]] = []
    if s >= 2 and text[s - 1] == "'" and text[s - 2] in "dD" and (s == 2 or not text[s - 3].isalnum()):
        lead.append((s - 2, s, "d'"))
        s -= 2
        if s == 0 or text[s - 1] != " ":
            return lead
    while len(lead) < 4 and s >= 2 and text[s - 1] == " ":
        j = text.rfind(" ", max(0, s - 16), s - 1)
        k = text.rfind("\n", max(0, s - 16), s - 1)
        j = max(j, k)
        if j < 0 and s - 1 > 15:
            break
        w = text[j + 1:s - 1]
        if w.lower() not in _LEAD_WORDS or (lead and w.lower() == lead[0][2].lower()):
            break   # "van van der Sluis": the first "van" is the preposition
        lead.insert(0, (j + 1, s - 1, w))
        s = j + 1
    return lead
