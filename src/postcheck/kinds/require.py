"""Flag a draft that lacks a required phrase, such as a personal-capacity statement.

What it checks: when the rule applies (its `when:` conditions, e.g. capacity
personal and a mention of the organisation), at least one of `phrases` must be
present in the prose (case, diacritics and whitespace ignored) or match one of
`patterns` (regular expressions). The finding points at the first mention that
triggered the rule, or at the start of the text. With `near`, only a mention with
a cue of each of those cue sets in its `window` counts (a policy document put to
the readers, not one named in passing); a mention in a sentence with a cue of a
`passing` set (the writer names it as their job: "als adviseur ga ik aan de slag
met ...") needs that cue in its own paragraph.
With `also_in`, the values of those front-matter keys count as well (an `author:
team Communicatie` satisfies the phrase "team communicatie").
Options: phrases (list of texts); patterns (list of regular expressions);
at least one of the two is required; near (list of cue sets, default none);
window (sentence | paragraph | document, default document); passing (list of
cue sets, default none; only with near); also_in (list of front-matter keys, default none).
Example: phrases ["op persoonlijke titel"] with when {capacity: [personal], mentions: [organisation]}
flags a personal post about the organisation without that statement.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from functools import lru_cache

from ..errors import UserError
from ..packs.schema import TEXT, TEXTS
from ..text import saferegex
from ..text.fold import fold
from .base import NOTHING, Preparation, Problem, option

KIND = "require"
_WINDOWS = ("sentence", "paragraph", "document")


@dataclass(frozen=True)
class Options:
    phrases: list = option(TEXTS, [], "any of these phrases satisfies the rule")
    patterns: list = option(TEXTS, [], "any match of these regular expressions satisfies the rule")
    near: list = option(TEXTS, [], "cue sets that must each occur in the window of the triggering mention")
    window: str = option(TEXT, "document", "sentence, paragraph or document", choices=_WINDOWS)
    passing: list = option(TEXTS, [], "cue sets: a mention in a sentence with one needs `near` in its paragraph")
    also_in: list = option(TEXTS, [], "front-matter keys whose values count as written in the draft (author)")


def validate(opts: Options, slots) -> list[Problem]:
    if not opts.phrases and not opts.patterns:
        return [Problem("", "a require rule needs 'phrases' or 'patterns'", "add phrases: [\"op persoonlijke titel\"]")]
    for p in opts.patterns:
        bad = saferegex.problem(p, ignore_case=True)
        if bad:
            return [Problem("patterns", bad, saferegex.HINT if "backtrack" in bad else "check brackets and escapes")]
    if opts.passing and not opts.near:
        return [Problem("passing", "'passing' only works together with 'near'", "add near: [a cue set]")]
    for key in ("near", "passing"):
        for name in getattr(opts, key):
            slot = slots.get(name)
            if slot is None or slot.kind != "cues":
                names = sorted(n for n, s in slots.items() if s.kind == "cues")
                return [Problem(key, f"unknown cue set '{name}'", f"use one of: {', '.join(names) or '(none)'}")]
    return []


@lru_cache(maxsize=256)
def _compiled(pattern: str):
    return saferegex.compile_pattern(pattern, ignore_case=True)


def needs(opts: Options) -> set[str]:
    return {"cues"} if opts.near else set()


def _squash(text: str) -> str:
    return " ".join(fold(text).split())


def present(opts: Options, prose: str, squashed: str | None = None) -> bool:
    """Raises TimeoutError when a pattern takes longer than `saferegex.TIMEOUT_S`."""
    squashed = _squash(prose) if squashed is None else squashed
    if any(_squash(p) in squashed for p in opts.phrases):
        return True
    return any(_compiled(p).search(prose, timeout=saferegex.TIMEOUT_S) for p in opts.patterns)


def prepare(rule) -> Preparation:
    sets = frozenset(rule.options.near) | frozenset(rule.options.passing)
    return Preparation(cue_anchors=sets) if sets else NOTHING


def check(rule, ctx) -> Iterator:
    try:
        found = present(rule.options, ctx.norm.text, ctx.squashed) or any(
            present(rule.options, str(ctx.front_matter[key])) for key in rule.options.also_in
            if isinstance(ctx.front_matter.get(key), (str, int, float)))
    except TimeoutError:
        raise UserError(f"rule '{rule.id}': its regular expression took longer than {saferegex.TIMEOUT_S}s "
                        "on this draft",
                        ctx.draft.path, hint="simplify the pattern in the pack, or disable the rule") from None
    if found:
        return
    trigger = ctx.first_mention(rule.when.mentions)
    if rule.options.near:
        trigger = _first_near(rule.options, [h for n in rule.when.mentions for h in ctx.mentions(n)], ctx)
        if trigger is None:
            return
    if trigger is not None:
        yield ctx.finding(rule, trigger.start, trigger.end, how="missing", detector=f"require:{trigger.label}")
    else:
        yield ctx.finding_at_start(rule, how="missing")


def _first_near(opts: Options, mentions: list, ctx):
    """The first mention with a cue of each `near` set in its window (cue hits carry sentence and paragraph);
    in a sentence with a `passing` cue the window is the mention's paragraph."""
    said = {name: ctx.mentions(name) for name in (*opts.near, *opts.passing)}
    for m in sorted(mentions, key=lambda h: h.start):
        in_passing = any(_together(m, h, "sentence") for name in opts.passing for h in said[name])
        window = "paragraph" if in_passing and opts.window == "document" else opts.window
        if all(any(_together(m, h, window) for h in said[name]) for name in opts.near):
            return m
    return None


def _together(a, b, window: str) -> bool:
    if window == "document":
        return True
    where = "sentence" if window == "sentence" else "paragraph"
    return getattr(a, where, None) is not None and getattr(a, where, None) == getattr(b, where, None)
