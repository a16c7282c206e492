"""child-age: a capitalised first name with a child's age (0-17): "Femke (9)",
"Femke, 9 jaar", "Femke (9 jaar)", "onze Femke van 9". Span: name + age.
Not the writer's own children (`own_child_before`): "mijn dochter Tess (12)", "ik ben moeder van Tess (12) en Bo
(9)"; a foster or respite child ("onze pleegdochter Tess (12)", "logeerkind Bo (9)") stays one.
"""
from __future__ import annotations

import re

from postcheck.nlp import namedata
from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.address import _MONTHS
from postcheck.nlp.personal_data.common import Allow, _glued

LABELS = ("child-age",)   # the labels this detector produces

_CHILD_RE = re.compile(
    r"(?P<name>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
    r"(?:[ ]?\([ ]?(?P<a1>[0-9]{1,2})(?:[ ]?(?:jaar|jr\.?|mnd|maanden))?[ ]?\)"
    r"|,[ ](?P<a2>[0-9]{1,2})[ ](?:jaar|jr\.?)(?:[ ]oud)?(?![\w])"
    r"|[ ]van[ ](?P<a3>[0-9]{1,2})(?:[ ]jaar(?:[ ]oud)?)?"
    r"(?![\w%/]|[.,:][0-9]|[ ](?:procent|euro|minuten|uur|keer|dagen|weken|maanden|de|het|[0-9])))"
)
# anchor: the age part; the name is found by looking back
_AGE_ANCHOR_RE = re.compile(r"(?:\(|, |[ ]van[ ])[ ]?[0-9]{1,2}(?![0-9])")
_NAME_BACK_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?[ ]?$")
# the writer's own children: a plain kinship word (not pleeg-, logeer-) with mijn/onze before the name, or "moeder van"
# before a list of names with ages ("moeder van Tess (12) en Bo (9)")
_OWN_CHILD_BEFORE_RE = re.compile(
    r"(?:(?<![\w-])(?i:mijn|m'n|onze|ons)[ ](?:eigen[ ])?(?:dochter|zoon|dochtertje|zoontje|dochters|zoons|zonen"
    r"|kinderen|kids|jongste|oudste|middelste|kleinzoon|kleindochter|kleinkinderen|neefje|nichtje|broertje|zusje)"
    r"[ ]?,?[ ]?"
    r"|(?<![\w-])(?i:moeder|vader|mama|papa|ouders?|oma|opa)[ ]van[ ](?:mijn[ ]|onze[ ])?"
    r"(?:[A-Z][a-zà-ÿ]+[ ]?(?:\([ ]?[0-9]{1,2}[ ]?\))?[ ]?(?:,|en)[ ])*)$")
_RELATION_BEFORE_RE = re.compile(r"(?:onze|mijn|ons|zijn|haar|hun|jullie|dochter|zoon|dochtertje|zoontje|kleine)[ ]$")


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the child-age hits in `text` to `out`."""
    firsts = namedata.first_names()
    for am in _AGE_ANCHOR_RE.finditer(text):
        nb = _NAME_BACK_RE.search(text, max(0, am.start() - 30), am.start())
        if nb is None or _glued(text, nb.start()):
            continue
        m = _CHILD_RE.match(text, nb.start())
        if m is None:
            continue
        age = m.group("a1") or m.group("a2") or m.group("a3")
        if int(age) > 17:
            continue
        name = m.group("name")
        parts = name.split("-")
        if not any(p in firsts for p in parts):
            continue
        low = name.lower()
        if low in namedata.common_words() or low in namedata.stop_words() or low in _MONTHS:
            continue
        if m.group("a3"):
            # "van 9" needs a possessive/relation in front: "onze Femke van 9"
            before = text[max(0, m.start() - 25):m.start()].lower()
            if not _RELATION_BEFORE_RE.search(before):
                continue
        if own_child_before(text, m.start()):
            continue
        out.append(Hit(m.start(), m.end(), "child-age", "exact", "", "strong"))


def own_child_before(text: str, start: int) -> bool:
    """The name at `start` is introduced as the writer's own child ("mijn dochter Tess (12)", "moeder van Tess (12)
    en Bo (9)"), not a foster, respite or client child."""
    return _OWN_CHILD_BEFORE_RE.search(text, max(0, start - 80), start) is not None


# "Bram (7, verzonnen)", "Noor (9, naam gefingeerd)": the rest of the age's parenthesis
_MADE_UP_AFTER_RE = re.compile(r"[^()\n]{0,12}?(?:verzonnen|fictief|gefingeerd|bedacht|niet[ \t]+echt|"
                               r"naam[ \t]+veranderd)[^()\n]{0,12}\)", re.I)


def made_up_after(text: str, end: int) -> bool:
    """The rest of the parenthesis of an age ending at `end` says the child is made up ("Bram (7, verzonnen)": no
    child at all; twenty-third round)."""
    return _MADE_UP_AFTER_RE.match(text, end) is not None
