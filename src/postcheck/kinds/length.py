"""Flag a post that is longer than its channel allows.

What it checks: the number of characters of the post's prose (front matter,
markup and code not counted; whitespace runs counted as one) against the limit
for the draft's channel. The finding covers the part beyond the limit.
Options: limits (mapping channel -> characters; channels without a limit are
not checked); unless_link (a post that links to where the full message stands
or gives a number to call is not flagged: "make a link to our website where the
message can be shown in full, or give a contact person"); articles (mapping channel
-> characters for a long-form article on that channel: a draft with a `title:` in its
front matter or a Markdown heading, e.g. a LinkedIn article rather than a LinkedIn post).
Example: limits {x: 280} flags a 300-character post for X; limits {x: 140} with
unless_link passes a 200-character X post that ends "Lees meer op heemstede.nl/afval".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import CHANNELS
from ..packs.schema import BOOL, MAP
from .base import NOTHING, Preparation, Problem, option

KIND = "length"


@dataclass(frozen=True)
class Options:
    limits: dict = option(MAP, help="channel: maximum characters")
    unless_link: bool = option(BOOL, False, "a link or a phone number in the post: the full message is one step away")
    articles: dict = option(MAP, {}, "channel: maximum characters of an article (a draft with a title or heading)")


# a number to call, also one the pack allows (allowed numbers are not personal-data hits): a Dutch phone number
# (0 or +31 and nine more digits) or a municipal 14 + area-code number ("14 023")
PHONE = re.compile(r"(?<![\d-])(?:(?:\+31|0)[ -]?\d(?:[ -]?\d){7,9}|14[ -]?0\d{2,3})(?![\d-])")
# a web address: a scheme or www., or a domain with a Dutch/common top-level domain and a path ("heemstede.nl/afval")
# a Markdown heading line ("# Title", "## Section"): the draft is written as an article, not as a post
HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
LINK = re.compile(r"(?:https?://|\bwww\.)\S+|\b[\w-]+\.(?:nl|com|org|net|eu|be|info)(?:/\S*)?\b", re.IGNORECASE)


def validate(opts: Options, slots) -> list[Problem]:
    for key, limits in (("limits", opts.limits), ("articles", opts.articles)):
        for channel, limit in limits.items():
            if channel not in CHANNELS:
                return [Problem(key, f"unknown channel '{channel}'", f"use one of: {', '.join(CHANNELS)}")]
            if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
                return [Problem(key, f"limit for {channel} must be a positive whole number", "write e.g. x: 280")]
    return []


def needs(opts: Options) -> set[str]:
    return {"personal_data"} if opts.unless_link else set()


def prepare(rule) -> Preparation:
    return NOTHING


def check(rule, ctx) -> Iterator:
    limit = rule.options.limits.get(ctx.channel)
    if ctx.channel in rule.options.articles and _article(ctx):
        limit = rule.options.articles[ctx.channel]
    if not limit:
        return
    text = ctx.norm.text
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    if last - first <= limit:
        return
    if rule.options.unless_link and _points_further(ctx):
        return
    yield ctx.finding(rule, first + limit, last, how=f"{last - first}>{limit}", detector="length",
                      fmt={"count": last - first, "limit": limit})


def _article(ctx) -> bool:
    """The draft is an article: a title in its front matter or a Markdown heading in its body."""
    return bool(ctx.fm.data.get("title")) or HEADING.search(ctx.draft.source, ctx.fm.end) is not None


def _points_further(ctx) -> bool:
    """A link in the body (the prose drops web addresses, so the source after the front matter is read) or a
    phone number: where the full message stands or whom to call."""
    body = ctx.draft.source
    return bool(LINK.search(body, ctx.fm.end) or PHONE.search(body, ctx.fm.end)) or any(
        "phone" in h.label for h in ctx.hits("personal_data"))
