"""Flag a post that is longer than its channel allows.

What it checks: the number of characters of the post's prose (front matter,
markup and code not counted; whitespace runs counted as one) against the limit
for the draft's channel. The finding covers the part beyond the limit.
Options: limits (mapping channel -> characters; channels without a limit are
not checked).
Example: limits {x: 280} flags a 300-character post for X.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..model import CHANNELS
from ..packs.schema import MAP
from .base import NOTHING, Preparation, Problem, option

KIND = "length"


@dataclass(frozen=True)
class Options:
    limits: dict = option(MAP, help="channel: maximum characters")


def validate(opts: Options, slots) -> list[Problem]:
    for channel, limit in opts.limits.items():
        if channel not in CHANNELS:
            return [Problem("limits", f"unknown channel '{channel}'", f"use one of: {', '.join(CHANNELS)}")]
        if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
            return [Problem("limits", f"limit for {channel} must be a positive whole number", "write e.g. x: 280")]
    return []


def needs(opts: Options) -> set[str]:
    return set()


def prepare(rule) -> Preparation:
    return NOTHING


def check(rule, ctx) -> Iterator:
    limit = rule.options.limits.get(ctx.channel)
    if not limit:
        return
    text = ctx.norm.text
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    if last - first <= limit:
        return
    yield ctx.finding(rule, first + limit, last, how=f"{last - first}>{limit}", detector="length",
                      fmt={"count": last - first, "limit": limit})
