"""The cue detector: phrases from the packs' cue sets, with where they stand.

Packs define cue sets (lexicon slots of `kind: cues`, one cue per line; the
line language is in `syntax.py`). The detector matches them all once per
document (`index.CueIndex`) and reports each occurrence as a `CueHit` labelled
with its set, carrying its sentence, paragraph, token span and three scope
flags (negated, quoted, reported; see `scope.py`). It never decides anything:
the `cues` rule kind combines sets ("a secrecy cue near a document noun") and
chooses which scopes to skip.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from ..hits import Hit
from .index import CueIndex, DocTokens, Match
from .scope import INVERTED_AFTER, NOUN_PP, WIDE_NEG_BEFORE, Bounds, denied, flags, refused

# The detector's own scope sets (not for packs): reserved names that no pack slot can take.
SCOPE_SETS = {"~negation": "scope-negation.txt", "~subordinator": "scope-subordinator.txt",
              "~reporting": "scope-reporting.txt", "~reporting_after": "scope-reporting-after.txt",
              "~prohibition": "scope-prohibition.txt", "~own_view": "scope-own-view.txt",
              "~factive": "scope-factive.txt"}
LABELS = ("<cue set name>",)


@dataclass(frozen=True, slots=True)
class CueHit(Hit):
    tok_start: int = 0
    tok_end: int = 0
    sentence: int = 0
    paragraph: int = 0
    negated: bool = False
    negated_by: int = -1      # token index of the negator (or prohibition) that negates this cue
    quoted: bool = False
    reported: bool = False
    question: bool = False    # in a sentence that ends in a question mark (a scope rules may opt into skipping)
    advice: bool = False      # in a guide's sentence of advice to anyone (`guide.py`): cues rules skip it by default
    refers_back: bool = False  # its sentence opens with "Dat is ..."/"Dit mag ...": it speaks of the sentence before
    denied: bool = False      # "geen" right before it (or before one inflected adjective): "een held, geen sukkel"

    def scopes(self) -> set[str]:
        """The scopes the cue stands in that make it not the writer's own plain statement: negated, quoted,
        reported (conditions and, by default, cues rules skip these); question and denied only where a rule asks."""
        return {name for name, on in (("negated", self.negated), ("quoted", self.quoted),
                                      ("reported", self.reported), ("question", self.question),
                                      ("denied", self.denied)) if on}


def scope_sets() -> dict[str, tuple[str, ...]]:
    from ...lexicons import read_lexicon
    from ...shipped import BUILTIN_LEXICONS

    return {name: read_lexicon(str(Path(BUILTIN_LEXICONS) / "cues" / file)) for name, file in SCOPE_SETS.items()}


class CueDetector:
    """Three indexes over one compiled cue language: the sets rules start from (`anchors`), the sets
    they only look for around an anchor (`companions`: near / not_near) and the scope sets. The
    second and third run only on documents where an anchor was found, which is rare."""

    def __init__(self, anchors: CueIndex, companions: CueIndex, scope: CueIndex) -> None:
        self.anchors = anchors
        self.companions = companions
        self.scope = scope

    @classmethod
    def build(cls, sets: Mapping[str, Sequence[str]], cache_dir=None, anchors=None, companions=()) -> "CueDetector":
        """`anchors`: the sets rules start from (default: all); `companions`: the sets they read near an anchor.
        Other sets only serve as [set] references."""
        anchors = frozenset(sets) if anchors is None else frozenset(anchors)
        scope = CueIndex.build(scope_sets(), cache_dir)
        scope.particles = False   # negators, reporting verbs, ...: read as written
        return cls(CueIndex.build(sets, cache_dir, anchors),
                   CueIndex.build(sets, cache_dir, frozenset(companions) - anchors), scope)

    def find(self, doc, text: str) -> list[CueHit]:
        if not len(self.anchors.firsts) and not self.anchors.wild:
            return []
        cached: list[Bounds] = []

        def bounds() -> Bounds:
            if not cached:
                cached.append(Bounds.of(text))
            return cached[0]

        toks = DocTokens(doc)
        user = self.anchors.find(toks, text, bounds)
        if not user:
            return []
        user += self.companions.find(toks, text, bounds)
        found = self.scope.find(toks, text, bounds)
        scope = {name: sorted((m for m in found if m.set == name), key=lambda m: m.start) for name in SCOPE_SETS}
        own = {m.start for m in scope["~own_view"]}   # "volgens mij" is the writer's own claim, not a report
        reporting = [m for m in scope["~reporting"] if m.start not in own]
        # "ik snap niet dat ...": a negator of a factive main clause negates no cue of the clause it introduces
        factive_end = {n.start: f.end for f in scope["~factive"] for n in scope["~negation"]
                       if f.start <= n.start < f.end}
        negators = scope["~negation"]
        neg_starts = [m.start for m in negators]
        # a negator that is a word of another cue ("nog niet openbaar, dus niet verder vertellen") belongs to that
        # cue's phrase: it negates nothing beside it (a negator in a '...' gap is no word of the phrase; a cue that
        # overlaps this one, "niet namens de zaak" over "namens de zaak", shares the negator with it, and so does a
        # cue joined to it by "of"/"en" when the negator opens it: "niet doorsturen of screenshotten")
        in_cue: dict[int, list] = {}
        for n in negators:
            for u in user:
                if u.start <= n.start < u.end and not any(a <= n.start < z for a, z in u.gaps):
                    in_cue.setdefault(n.start, []).append(u)
        b = bounds()
        out = []
        for m in user:
            lo = bisect.bisect_left(neg_starts, m.start - WIDE_NEG_BEFORE - 4)
            hi = bisect.bisect_right(neg_starts, m.end + INVERTED_AFTER + NOUN_PP)
            near = [n for n in negators[lo:hi] if m.start < factive_end.get(n.start, m.start + 1)
                    if m.start <= n.start < m.end
                    or not any((u.end <= m.start or u.start >= m.end) and not _joined(u, m, n, toks.doc)
                               for u in in_cue.get(n.start, ()))]
            negated_by, quoted, reported = flags(m, near, scope["~subordinator"],
                                              reporting, scope["~reporting_after"], b,
                                              scope["~prohibition"])
            if negated_by < 0 and refused(m, b):
                # "..., maar dat zou ik nooit doen": the refusal's negator (or, past the scope matches, the cue's end)
                negated_by = next((n.start for n in negators if n.start >= m.end
                                   and b.sentence_of(n.start_char) <= b.sentence_of(m.start_char) + 1), m.end)
            out.append(CueHit(m.start_char, m.end_char, m.set, how="cue", tok_start=m.start, tok_end=m.end,
                              sentence=b.sentence_of(m.start_char), paragraph=b.paragraph_of(m.start_char),
                              negated=negated_by >= 0, negated_by=negated_by, quoted=quoted, reported=reported,
                              question=b.is_question(m.start_char), advice=b.is_advice(m.start_char),
                              refers_back=b.refers_back(m.start_char), denied=denied(toks.doc, m.start)))
        out.sort(key=lambda h: (h.start, h.end))
        return out


_JOINING = frozenset({"of", "en", "noch"})


def _joined(u: Match, m: Match, n: Match, doc) -> bool:
    """`m` follows cue `u`, which opens with negator `n`, joined to it by "of"/"en"/"noch" or a list's comma: the
    two share the negator ("niet doorsturen of screenshotten", "niet delen en printen", "wil je ze niet doorsturen,
    screenshotten of ... zetten?")."""
    return n.start == u.start and u.end + 1 == m.start and (doc[u.end].lower_ in _JOINING or doc[u.end].text == ",")


__all__ = ["CueDetector", "CueHit", "Match", "LABELS"]
