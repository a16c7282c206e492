"""Flag text that matches a regular expression, bounded in time.

What it checks: matches of `pattern` in the draft's prose (after
normalisation: zero-width characters removed, whitespace runs collapsed).
Uses the `regex` module with a time limit, and refuses patterns that can
backtrack catastrophically such as `(a+)+` or `(a|aa)+` (see
`text/saferegex.py`; `(?>a+)+` and `a++` are fine), so no pack can hang the tool.
Options: pattern (text, required); ignore_case (bool, default true); group
(int, default 0: the group whose span is reported).
Example: pattern "\\bgeheim\\w*" flags "geheimhouding".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..packs.schema import BOOL, INT, TEXT
from ..text import saferegex
from .base import Preparation, Problem, option, own_hits, rule_label

KIND = "regex"
TIMEOUT_S = saferegex.TIMEOUT_S


@dataclass(frozen=True)
class Options:
    pattern: str = option(TEXT, help="a regular expression")
    ignore_case: bool = option(BOOL, True, "match regardless of case")
    group: int = option(INT, 0, "the group whose span is reported")


def compile_pattern(opts: Options):
    return saferegex.compile_pattern(opts.pattern, opts.ignore_case)


def validate(opts: Options, slots) -> list[Problem]:
    bad = saferegex.problem(opts.pattern, opts.ignore_case)
    if bad:
        hint = saferegex.HINT if "backtrack" in bad else "check brackets and escapes; quote the pattern in YAML"
        return [Problem("pattern", bad, hint)]
    compiled = compile_pattern(opts)
    if opts.group > compiled.groups:
        return [Problem("group", f"group {opts.group} does not exist (the pattern has {compiled.groups})",
                        "use 0 for the whole match")]
    if compiled.search("", timeout=TIMEOUT_S):
        return [Problem("pattern", "the pattern matches empty text", "make at least one character required")]
    return []


def needs(opts: Options) -> set[str]:
    return {"regexes"}


def prepare(rule) -> Preparation:
    return Preparation(regexes=((rule_label(rule.id), compile_pattern(rule.options), rule.options.group),))


def check(rule, ctx) -> Iterator:
    return own_hits(rule, ctx, "regexes", "regex")
