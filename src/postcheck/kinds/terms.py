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
(bool, default true); compounds (bool, default false).
Example: slot clients with "Jan Jansen" flags "J. Janssen" and "#janjansen".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..packs.schema import BOOL, TEXT, TEXTS
from ..packs.model import SlotDef
from .base import NOTHING, Preparation, Problem, option, rule_label

KIND = "terms"


@dataclass(frozen=True)
class Options:
    slot: str = option(TEXT, "", "a lexicon slot, e.g. clients")
    terms: list = option(TEXTS, [], "phrases to flag")
    strength: str = option(TEXT, "strong", "strong or any", choices=("strong", "weak", "any"))
    fuzzy: bool = option(BOOL, True, "also flag misspellings")
    inflect: bool = option(BOOL, True, "also flag inflected forms")
    compounds: bool = option(BOOL, False, "also flag terms inside compounds")


def own_slot(rule_id: str) -> str:
    """The name of the synthetic slot that holds a rule's own `terms`."""
    return rule_label(rule_id)


def validate(opts: Options, slots) -> list[Problem]:
    if not opts.slot and not opts.terms:
        return [Problem("", "a terms rule needs 'slot' or 'terms'", "add 'slot: clients' or a 'terms:' list")]
    if opts.slot and opts.slot not in slots:
        return [Problem("slot", f"unknown lexicon slot '{opts.slot}'",
                        f"use one of: {', '.join(sorted(slots)) or '(none defined)'}, or define it under 'lexicons:'")]
    return []


def needs(opts: Options) -> set[str]:
    return {"lexicon"}


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
    for hit in ctx.hits("lexicon"):
        if hit.label not in wanted:
            continue
        if opts.strength == "strong" and hit.strength != "strong":
            continue
        if not opts.fuzzy and hit.how.startswith("fuzzy"):
            continue
        yield ctx.finding(rule, hit.start, hit.end, how=hit.how, detector=f"lexicon:{hit.label}")
