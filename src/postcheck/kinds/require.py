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
With `phrase_window` paragraph or section, the phrase must stand in the paragraph or
the Markdown section (heading to heading) of each mention that triggers the rule: a
long blog that says "concept" about one plan does not say it of the policy it puts to
its readers three headings further on (what the lead says before the first section heading, and what a heading
says, holds for the whole post).
Options: phrases (list of texts); patterns (list of regular expressions);
at least one of the two is required; near (list of cue sets, default none);
window (sentence | paragraph | document, default document); passing (list of
cue sets, default none; only with near); also_in (list of front-matter keys, default none);
phrase_window (paragraph | section | document, default document).
Example: phrases ["op persoonlijke titel"] with when {capacity: [personal], mentions: [organisation]}
flags a personal post about the organisation without that statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from functools import lru_cache

from ..errors import UserError
from ..packs.schema import TEXT, TEXTS
from ..text import saferegex
from ..text.fold import fold
from .base import NOTHING, Preparation, Problem, option, unknown_cue_set

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
    phrase_window: str = option(TEXT, "document", "where around each triggering mention a phrase must stand",
                                choices=("paragraph", "section", "document"))


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
        unknown = unknown_cue_set(key, getattr(opts, key), slots)
        if unknown:
            return [unknown]
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


def _in_prose(rule, ctx, text: str | None = None) -> bool:
    """A phrase in `text` (default: the whole prose)."""
    try:
        return present(rule.options, ctx.norm.text, ctx.squashed) if text is None else present(rule.options, text)
    except TimeoutError:
        raise UserError(f"rule '{rule.id}': its regular expression took longer than {saferegex.TIMEOUT_S}s "
                        "on this draft",
                        ctx.draft.path, hint="simplify the pattern in the pack, or disable the rule") from None


def _in_front_matter(rule, ctx) -> bool:
    return any(_in_prose(rule, ctx, str(ctx.front_matter[key])) for key in rule.options.also_in
               if isinstance(ctx.front_matter.get(key), (str, int, float)))


def check(rule, ctx) -> Iterator:
    if _in_front_matter(rule, ctx):
        return
    if _in_prose(rule, ctx):
        if rule.options.phrase_window != "document" and rule.when.mentions:
            yield from _check_local(rule, ctx)
        return
    trigger = ctx.first_mention(rule.when.mentions)
    if rule.options.near:
        trigger = next(_near(rule.options, [h for n in rule.when.mentions for h in ctx.mentions(n)], ctx), None)
        if trigger is None:
            return
    if trigger is not None:
        yield ctx.finding(rule, trigger.start, trigger.end, how="missing", detector=f"require:{trigger.label}")
    else:
        yield ctx.finding_at_start(rule, how="missing")


def _check_local(rule, ctx) -> Iterator:
    """A phrase somewhere, but not around the first triggering mention that lacks one in its window."""
    opts = rule.options
    # sections are read off the source: the prose view has the Markdown heading markers taken out
    text = ctx.draft.source if opts.phrase_window == "section" else ctx.norm.text
    mentions = sorted((h for n in rule.when.mentions for h in ctx.mentions(n)), key=lambda h: h.start)
    for m in (_near(opts, mentions, ctx) if opts.near else iter(mentions)):
        at = ctx.norm.map.to_source(m.start) if opts.phrase_window == "section" else m.start
        a, b = _window_of(text, at, opts.phrase_window)
        if not _in_prose(rule, ctx, text[a:b]) and not (opts.phrase_window == "section" and (
                _in_prose(rule, ctx, text[:_lead_end(text)]) or _in_prose(rule, ctx, _headings(text)))):
            yield ctx.finding(rule, m.start, m.end, how="missing", detector=f"require:{m.label}")
            return


_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]", re.M)


def _lead_end(text: str) -> int:
    """Where a Markdown text's lead ends: at its first heading, or at its second when the first is the title
    (no prose before it). What the lead says of the post ("waar ik het hieronder over heb is een CONCEPT")
    holds for every section."""
    starts = [m.start() for m in _HEADING.finditer(text)]
    if not starts:
        return len(text)
    before = _FRONT_MATTER.sub("", text[:starts[0]], count=1).strip()
    if before:
        return starts[0]
    return starts[1] if len(starts) > 1 else len(text)


_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t].*$", re.M)


def _headings(text: str) -> str:
    """A Markdown text's headings, one per line: what a heading says ("## Eerst even duidelijk: dit is een concept")
    it says of the whole post, like its lead."""
    return "\n".join(m.group(0) for m in _HEADING_LINE.finditer(text))


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _window_of(text: str, at: int, window: str) -> tuple[int, int]:
    """The paragraph (blank line to blank line) or Markdown section (heading to heading) around `at`."""
    if window == "paragraph":
        a = text.rfind("\n\n", 0, at)
        b = text.find("\n\n", at)
        return (0 if a < 0 else a), (len(text) if b < 0 else b)
    starts = [m.start() for m in _HEADING.finditer(text)]
    a = max((s for s in starts if s <= at), default=0)
    b = min((s for s in starts if s > at), default=len(text))
    return a, b


def _near(opts: Options, mentions: list, ctx) -> Iterator:
    """The mentions with a cue of each `near` set in their window (cue hits carry sentence and paragraph), in
    order; in a sentence with a `passing` cue the window is the mention's paragraph."""
    said = {name: ctx.mentions(name) for name in (*opts.near, *opts.passing)}
    for m in sorted(mentions, key=lambda h: h.start):
        in_passing = any(_together(m, h, "sentence") for name in opts.passing for h in said[name])
        window = "paragraph" if in_passing and opts.window == "document" else opts.window
        if all(any(_together(m, h, window) for h in said[name]) for name in opts.near):
            yield m


def _together(a, b, window: str) -> bool:
    if window == "document":
        return True
    where = "sentence" if window == "sentence" else "paragraph"
    return getattr(a, where, None) is not None and getattr(a, where, None) == getattr(b, where, None)
