"""Flag a draft that lacks a required phrase, such as a personal-capacity statement.

What it checks: when the rule applies (its `when:` conditions, e.g. capacity
personal and a mention of the organisation), at least one of `phrases` must be
present in the prose (case, diacritics and whitespace ignored) or match one of
`patterns` (regular expressions). The finding points at the first mention that
triggered the rule, or at the start of the text.
Options: phrases (list of texts); patterns (list of regular expressions);
at least one of the two is required.
Example: phrases ["op persoonlijke titel"] with when {capacity: [personal], mentions: [organisation]}
flags a personal post about the organisation without that statement.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..packs.schema import TEXTS
from ..text.fold import fold
from .base import NOTHING, Preparation, Problem, option

KIND = "require"


@dataclass(frozen=True)
class Options:
    phrases: list = option(TEXTS, [], "any of these phrases satisfies the rule")
    patterns: list = option(TEXTS, [], "any match of these regular expressions satisfies the rule")


def validate(opts: Options, slots) -> list[Problem]:
    if not opts.phrases and not opts.patterns:
        return [Problem("", "a require rule needs 'phrases' or 'patterns'", "add phrases: [\"op persoonlijke titel\"]")]
    for p in opts.patterns:
        try:
            regex.compile(p, regex.IGNORECASE)
        except regex.error as exc:
            return [Problem("patterns", f"invalid regular expression: {exc}", "check brackets and escapes")]
    return []


def needs(opts: Options) -> set[str]:
    return set()


def _squash(text: str) -> str:
    return " ".join(fold(text).split())


def present(opts: Options, prose: str, squashed: str | None = None) -> bool:
    squashed = _squash(prose) if squashed is None else squashed
    if any(_squash(p) in squashed for p in opts.phrases):
        return True
    return any(regex.search(p, prose, regex.IGNORECASE, timeout=0.5) for p in opts.patterns)


def prepare(rule) -> Preparation:
    return NOTHING


def check(rule, ctx) -> Iterator:
    if present(rule.options, ctx.norm.text, ctx.squashed):
        return
    trigger = ctx.first_mention(rule.when.mentions)
    if trigger is not None:
        yield ctx.finding(rule, trigger.start, trigger.end, how="missing", detector=f"require:{trigger.label}")
    else:
        yield ctx.finding_at_start(rule, how="missing")
