"""Flag entries of a lexicon slot or of the rule's own phrase list, in any form.

What it checks: hits of the lexicon detector for `slot` (names, places or terms
lists: clients, staff, properties, confidential, ...) or for the rule's own
`terms`. Matching ignores case and diacritics; names also match as initials +
surname, title + surname, possessive, hashtag and misspelt forms; terms also
match inflected (plural, diminutive, lemma) and, with `compounds`, inside
compounds.
Options: slot (text: a lexicon slot) or terms (list of phrases), or both;
strength (strong | any, default strong: 'any' also flags weak hits such as a
first name alone); fuzzy (bool, default true: also misspellings); inflect
(bool, default true); compounds (bool, default false); near (list of lexicon slots
or detector labels such as names.person: a hit counts only with one of them in its
paragraph or sentence, see `window`, and not in a sentence that says never to write
it, "zet nooit medicatie online"; the front matter's author does not count).
window (paragraph | sentence, default paragraph: where `near` looks). A rule of category client-name or person-name
does not flag the front matter's author naming themselves.
Example: slot clients with "Jan Jansen" flags "J. Janssen" and "#janjansen"; slot
care_details with near [names.person] flags "medicatie" in "Tim Bos kreeg nieuwe
medicatie", not in a blog's tips paragraph that names nobody.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..packs.schema import BOOL, TEXT, TEXTS
from ..packs.model import SlotDef
from .base import NOTHING, Preparation, Problem, option, rule_label
from .detect import LABELS as DETECT_LABELS, author_words, by_author

KIND = "terms"


@dataclass(frozen=True)
class Options:
    slot: str = option(TEXT, "", "a lexicon slot, e.g. clients")
    terms: list = option(TEXTS, [], "phrases to flag")
    strength: str = option(TEXT, "strong", "strong or any", choices=("strong", "weak", "any"))
    fuzzy: bool = option(BOOL, True, "also flag misspellings")
    inflect: bool = option(BOOL, True, "also flag inflected forms")
    compounds: bool = option(BOOL, False, "also flag terms inside compounds")
    near: list = option(TEXTS, [], "lexicon slots or detector labels (names.person) one of which must be in the window")
    window: str = option(TEXT, "paragraph", "where near looks: paragraph or sentence",
                         choices=("paragraph", "sentence"))


def own_slot(rule_id: str) -> str:
    """The name of the synthetic slot that holds a rule's own `terms`."""
    return rule_label(rule_id)


def validate(opts: Options, slots) -> list[Problem]:
    if not opts.slot and not opts.terms:
        return [Problem("", "a terms rule needs 'slot' or 'terms'", "add 'slot: clients' or a 'terms:' list")]
    if opts.slot and opts.slot not in slots:
        return [Problem("slot", f"unknown lexicon slot '{opts.slot}'",
                        f"use one of: {', '.join(sorted(slots)) or '(none defined)'}, or define it under 'lexicons:'")]
    for name in opts.near:
        detector, _, label = name.partition(".")
        if label and label not in DETECT_LABELS.get(detector, ()):
            return [Problem("near", f"unknown detector label '{name}'",
                            "use e.g. names.person or personal_data.child-age")]
        if not label and name not in slots:
            return [Problem("near", f"unknown lexicon slot '{name}'", f"use one of: {', '.join(sorted(slots))}")]
    return []


def needs(opts: Options) -> set[str]:
    return {"lexicon"} | {n.partition(".")[0] for n in opts.near if "." in n}


def prepare(rule) -> Preparation:
    """A rule's own `terms` become a lexicon slot of their own (exact or inflected, never fuzzy)."""
    o: Options = rule.options
    if not o.terms:
        return NOTHING
    name = own_slot(rule.id)
    return Preparation(slots=(SlotDef(name, "terms", (), tuple(o.terms), False, o.compounds, o.inflect),))


def labels(rule) -> set[str]:
    out = set()
    if rule.options.slot:
        out.add(rule.options.slot)
    if rule.options.terms:
        out.add(own_slot(rule.id))
    return out


def check(rule, ctx) -> Iterator:
    opts: Options = rule.options
    wanted = labels(rule)
    near = _Near(ctx, opts) if opts.near else None
    # a name rule does not flag the writer's own name ("Ik ben Romano de Wit" by author Romano de Wit, who is also on
    # the client list: a former client telling his own story)
    author = author_words(ctx) if rule.category in ("client-name", "person-name") else frozenset()
    for hit in ctx.hits("lexicon"):
        if hit.label not in wanted:
            continue
        if author and by_author(ctx.norm.text[hit.start:hit.end].replace("#", " "), author):
            continue
        if opts.strength == "strong" and hit.strength != "strong":
            continue
        if not opts.fuzzy and hit.how.startswith("fuzzy"):
            continue
        if near is not None and not near.holds(hit.start):
            continue
        yield ctx.finding(rule, hit.start, hit.end, how=hit.how, detector=f"lexicon:{hit.label}")


class _Near:
    """Where the `near` mentions of one draft are: a hit counts with one in its paragraph (or sentence),
    outside a sentence that says never to write it."""

    def __init__(self, ctx, opts: Options):
        text = ctx.norm.text
        self.text, self.window = text, opts.window
        self.sent = ctx.sentences()
        author = author_words(ctx)
        self.refs = [h.start for n in opts.near for h in ctx.mentions(n)
                     if not (author and n.startswith("names.") and set(text[h.start:h.end].lower().split()) <= author)]

    def _span(self, at: int) -> tuple[int, int]:
        if self.window == "sentence":
            return self.sent.span(self.sent.of(at))
        a = self.text.rfind("\n\n", 0, at)
        b = self.text.find("\n\n", at)
        return (0 if a < 0 else a), (len(self.text) if b < 0 else b)

    def holds(self, at: int) -> bool:
        if not self.refs or self.sent.guideline(self.sent.of(at)):
            return False
        a, b = self._span(at)
        return any(a <= r < b for r in self.refs)
