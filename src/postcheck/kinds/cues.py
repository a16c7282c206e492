"""Flag cue phrases of the pack's cue sets, alone or combined within a sentence or a window.

What it checks: occurrences of the cue sets named in `cues` (lexicon slots of
`kind: cues`: one cue per line, matched on any inflected form, any case, with
or without diacritics, also as a hashtag; see docs/packs.md, 'Cues'). With
`near`, a cue only counts when a cue of EVERY set in `near` occurs in the same
window; with `not_near`, only when no cue of those sets does. `window` is
`sentence` (default: its sentence, and the one before where it opens with "Dat is ..."/"Dit mag ...", which
speaks of that one), `sentence+before` (its sentence and the one before it in its paragraph; a `not_near` cue
also in the one after), `paragraph`,
`document` or a number of words;
`not_in_sentence` names cue sets that must not occur in the cue's own
sentence, whatever the window (an announcement checked against approval
anywhere in the document, but lifted only by an "if you ..." in its own
sentence); such a cue counts even where a negator stands near it (only a
quoted one does not): these sets are rules and conditions that often carry
their own "niet" ("alleen voor deze groep, dus niet doorsturen"). Cues that
are negated ("ik zou nooit dreigen"), quoted ("..." / > quote lines) or
reported ("hij zei dat ...", "mijn collega werd bedreigd") are skipped as
listed in `skip`; the same goes for the cues of `near` sets, unless
`near_negated` is true: then a negated cue of a `near` set still counts (a
medium or a name is what it is: in "@krant dat klopt niet" the "niet" is
about the claim, not about the newspaper), and with `near_reported` a reported
one ("volgens de bewoners weet Domus dit al jaren": still Domus).
Options: cues (list of cue sets, required); near (list of cue sets, default
none); not_near (list of cue sets, default none); window (sentence | paragraph
| document | a number of words, default sentence); not_in_sentence (list of
cue sets, default none); skip (list of negated, quoted, reported, question, advice, denied; default the first
three and advice: a cue in a question, "mag ik dit doorsturen?", and a noun cue denied by "geen" right before it,
"een held, geen sukkel", are skipped only where listed; advice, a guide's
sentence to anyone, "een foto van je bureau met een vertrouwelijke nota", only as the rule's own cue, not as a
near or not_near cue; see `nlp/cues/guide.py`); near_negated, near_reported (bool,
default false).
Example: cues [geheim] near [stuk] flags "het vertrouwelijke verslag" but
not "wij gaan vertrouwelijk om met je gegevens" or "dit is niet vertrouwelijk".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..packs.schema import ANY, BOOL, TEXTS
from .base import Preparation, Problem, option, unknown_cue_set

KIND = "cues"
SCOPES = ("negated", "quoted", "reported", "question", "advice", "denied")
# a question is skipped only where a rule says so; advice (a guide's sentence to anyone) only as the rule's own cue
DEFAULT_SKIP = ("negated", "quoted", "reported", "advice")
WINDOWS = ("sentence", "sentence+before", "paragraph", "document")


@dataclass(frozen=True)
class Options:
    cues: list = option(TEXTS, help="cue sets (lexicon slots of kind cues); any one of them starts a finding")
    near: list = option(TEXTS, [], "cue sets that must each also occur in the window")
    not_near: list = option(TEXTS, [], "cue sets that must not occur in the window")
    window: object = option(ANY, "sentence", "sentence, sentence+before, paragraph, document or a number of words")
    not_in_sentence: list = option(TEXTS, [], "cue sets that must not occur in the cue's own sentence")
    skip: list = option(TEXTS, list(DEFAULT_SKIP), "scopes whose cues do not count", choices=SCOPES)
    near_negated: bool = option(BOOL, False, "a negated cue of a near set still counts (names, media)")
    near_reported: bool = option(BOOL, False, "a reported cue of a near set still counts (names)")


def validate(opts: Options, slots) -> list[Problem]:
    if not opts.cues:
        return [Problem("cues", "a cues rule needs at least one cue set in 'cues'", "write e.g. cues: [dreiging]")]
    for key in ("cues", "near", "not_near", "not_in_sentence"):
        unknown = unknown_cue_set(key, getattr(opts, key), slots,
                                  more=", or define it under 'lexicons:' with 'kind: cues'")
        if unknown:
            return [unknown]
    w = opts.window
    if not (w in WINDOWS or (isinstance(w, int) and not isinstance(w, bool) and 1 <= w <= 200)):
        return [Problem("window", "window must be sentence, sentence+before, paragraph, document or a number of words "
                                  f"(1-200), not '{str(w)[:20]}'",
                        "write e.g. window: sentence or window: 8")]
    return []


def needs(opts: Options) -> set[str]:
    return {"cues"}


def cue_sets(opts: Options) -> tuple[set[str], set[str]]:
    """The cue sets this rule starts from, and those it reads around them (the detector matches only these)."""
    return set(opts.cues), set(opts.near) | set(opts.not_near) | set(opts.not_in_sentence)


def prepare(rule) -> Preparation:
    """The cue detector matches this rule's cue sets everywhere and its near/not_near sets around them."""
    anchors, companions = cue_sets(rule.options)
    return Preparation(cue_anchors=frozenset(anchors), cue_companions=frozenset(companions))


def _together(a, b, window, near: bool = False) -> bool:
    if window == "sentence":
        # "... gaat het budget omlaag. Dat is nog niet bekend bij de huurders.": "Dat" brings the sentence before along
        later = a if a.sentence > b.sentence else b
        return a.sentence == b.sentence or (abs(a.sentence - b.sentence) == 1 and a.paragraph == b.paragraph
                                            and later.refers_back)
    if window == "sentence+before":
        # the cue's sentence and the one before it in its paragraph: what "blijft onder ons" keeps quiet is often
        # told just before ("... asbest gevonden. De bewoners weten nog van niks, dus dat blijft onder ons."); a `near`
        # hit counts there and not in the sentence after ("Ik heb zelf ADHD. Ons pleegkind ..." is not the child's),
        # a `not_near` hit on either side
        d = a.sentence - b.sentence
        return a.paragraph == b.paragraph and (0 <= d <= 1 if near else abs(d) <= 1)
    if window == "paragraph":
        return a.paragraph == b.paragraph
    if window == "document":
        return True
    gap = max(b.tok_start - a.tok_end, a.tok_start - b.tok_end)
    return gap <= window


def may_fire(rule, ctx) -> bool:
    """A hit of a set the rule starts from, in any scope: every finding starts from one (the other sets only qualify
    it). Asked before the rule's conditions, which may cost more (a detector run for them alone)."""
    return not ctx.cue_labels().isdisjoint(rule.options.cues)


def check(rule, ctx) -> Iterator:
    opts: Options = rule.options
    if not may_fire(rule, ctx):
        return
    skip = set(opts.skip)
    # only the hits of the sets this rule reads (a draft's other cue hits cannot change its findings)
    names = {*opts.cues, *opts.near, *opts.not_near, *opts.not_in_sentence}
    hits = [h for h in ctx.hits("cues") if h.label in names]
    counted = [h for h in hits if not (h.scopes() & skip)]
    if not counted:
        return
    by_set: dict[str, list] = {}
    for h in counted:
        by_set.setdefault(h.label, []).append(h)
    near_skip = skip - {s for s, on in (("negated", opts.near_negated), ("reported", opts.near_reported)) if on}
    near_sets = _by_set(hits, near_skip) if near_skip != skip else by_set
    outside = _by_set(hits, skip & {"quoted"}) if opts.not_in_sentence else {}
    # a companion negated only by a negator inside the anchor still counts with that anchor:
    # in "ik stem niet op die partij" the "niet" belongs to the stance, not to "partij"
    negated_only = {} if "negated" not in skip else {
        h: h.negated_by for h in hits if h.scopes() & skip == {"negated"} and getattr(h, "negated_by", -1) >= 0}
    anchors = sorted((h for name in dict.fromkeys(opts.cues) for h in by_set.get(name, ())
                      if not ("advice" in skip and h.advice)), key=lambda h: (h.start, -h.end))
    spans: list[tuple[int, int, str]] = []     # the phrases to report, in text order
    for a in anchors:
        if spans and a.end <= spans[-1][1]:
            continue  # inside a cue already reported by this rule
        partners = []
        for name in opts.near:
            close = [h for h in [*near_sets.get(name, ()), *_negated_inside(a, name, negated_only)]
                     if h is not a and _together(a, h, opts.window, near=True)]
            if not close:
                break
            partners.append(min(close, key=lambda h: abs(h.start - a.start)))
        else:
            if any(_together(a, h, opts.window) for name in opts.not_near for h in by_set.get(name, ())):
                continue
            if any(h.sentence == a.sentence for name in opts.not_in_sentence for h in outside.get(name, ())):
                continue
            start, end = a.start, a.end
            for p in partners:  # show the phrase with its partner when they stand in one sentence
                if p.sentence == a.sentence and abs(p.tok_start - a.tok_start) <= 12:
                    start, end = min(start, p.start), max(end, p.end)
            if spans and start <= spans[-1][1]:
                # overlaps or touches the phrase this rule just reported (a second cue sharing its partner, "😡😡")
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2])
            else:
                spans.append((start, end, a.label))
    for start, end, label in spans:
        yield ctx.finding(rule, start, end, how="cue", detector=f"cues:{label}")


def _by_set(hits, skip: set) -> dict[str, list]:
    """The hits not in a scope of `skip`, by cue set."""
    out: dict[str, list] = {}
    for h in hits:
        if not (h.scopes() & skip):
            out.setdefault(h.label, []).append(h)
    return out


def _negated_inside(anchor, name: str, negated_only: dict) -> list:
    """Hits of set `name` negated only by a negator that lies inside `anchor`."""
    return [h for h, by in negated_only.items()
            if h.label == name and anchor.tok_start <= by < anchor.tok_end]
