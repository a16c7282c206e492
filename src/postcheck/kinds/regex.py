"""Flag text that matches a regular expression, bounded in time.

What it checks: matches of `pattern` in the draft's prose (after
normalisation: zero-width characters removed, whitespace runs collapsed).
Uses the `regex` module with a time limit per draft, and refuses patterns
with nested quantifiers such as `(a+)+`, so no pack can hang the tool.
Options: pattern (text, required); ignore_case (bool, default true); group
(int, default 0: the group whose span is reported).
Example: pattern "\\bgeheim\\w*" flags "geheimhouding".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import regex

from ..packs.schema import BOOL, INT, TEXT
from .base import Preparation, Problem, option, own_hits, rule_label

KIND = "regex"
TIMEOUT_S = 0.5

# A quantified group that itself contains a quantifier: (a+)+, (\w*)*, (a|aa)+ ...
_NESTED = re.compile(r"\((?:\?:)?[^()]*[+*}][^()]*\)\s*(?:[+*]|\{\d*,\d*\})")
_ALT_REPEAT = re.compile(r"\(([^()|]+)\|\1[^()]*\)\s*[+*]")


@dataclass(frozen=True)
class Options:
    pattern: str = option(TEXT, help="a regular expression")
    ignore_case: bool = option(BOOL, True, "match regardless of case")
    group: int = option(INT, 0, "the group whose span is reported")


def compile_pattern(opts: Options):
    flags = regex.V0 | (regex.IGNORECASE if opts.ignore_case else 0)
    return regex.compile(opts.pattern, flags)


def validate(opts: Options, slots) -> list[Problem]:
    try:
        compiled = compile_pattern(opts)
    except regex.error as exc:
        return [Problem("pattern", f"invalid regular expression: {exc}",
                        "check brackets and escapes; quote the pattern in YAML")]
    if _NESTED.search(opts.pattern) or _ALT_REPEAT.search(opts.pattern):
        return [Problem("pattern",
                        "this regular expression can backtrack catastrophically (a repeated group that repeats inside)",
                        "remove the inner quantifier, e.g. write (ab)+ instead of (a+b)+, "
                        "or use an atomic group (?>...)")]
    if opts.group > compiled.groups:
        return [Problem("group", f"group {opts.group} does not exist (the pattern has {compiled.groups})",
                        "use 0 for the whole match")]
    if compiled.search(""):
        return [Problem("pattern", "the pattern matches empty text", "make at least one character required")]
    return []


def needs(opts: Options) -> set[str]:
    return {"regexes"}


def prepare(rule) -> Preparation:
    return Preparation(regexes=((rule_label(rule.id), compile_pattern(rule.options), rule.options.group),))


def check(rule, ctx) -> Iterator:
    return own_hits(rule, ctx, "regexes", "regex")
