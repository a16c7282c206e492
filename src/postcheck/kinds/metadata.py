"""Flag front-matter conditions: approval missing, images without consent, unregistered page.

What it checks: depending on `check`,
  approval        no `approval:` with a `by:` recorded in the front matter;
  image-consent   an entry of `images:` shows one of `shows` (default people,
                  clients) without `consent: true`;
  image-refused   an entry of `images:` shows one of `shows` with `consent: false`
                  written out: the writer records that there is no consent (not
                  that it was not noted down);
  page-registered `page:` is set and is not an entry of the lexicon slot `slot`
                  (default pages);
  present / absent  front-matter key `key` is present / absent;
  contains        the value of front-matter key `key` contains one of `words`
                  (case and diacritics ignored, whole words), e.g. a page
                  named "... (anoniem account)".
The finding points at the front-matter key, or at the first mention that
triggered the rule (see `when.mentions`), or at the start of the text.
Options: check (required: approval, image-consent, image-refused, page-registered,
present, absent, contains); key (text, for present/absent/contains); words (list, for
contains); shows (list, default [people, clients]); slot (text, default pages).
Example: check approval with when {mentions: [organisation]} flags a post
naming the organisation that has no recorded approval.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..packs.schema import TEXT, TEXTS
from ..text.fold import fold
from .base import NOTHING, Preparation, Problem, option

KIND = "metadata"
CHECKS = ("approval", "image-consent", "image-refused", "page-registered", "present", "absent", "contains")


@dataclass(frozen=True)
class Options:
    check: str = option(TEXT, help="what to check", choices=CHECKS)
    key: str = option(TEXT, "", "front-matter key, for present/absent/contains")
    words: list = option(TEXTS, [], "words the key's value may contain, for contains")
    shows: list = option(TEXTS, ["people", "clients"], "image subjects that need consent")
    slot: str = option(TEXT, "pages", "lexicon slot with the registered pages")


def validate(opts: Options, slots) -> list[Problem]:
    if opts.check == "contains" and not (opts.key and opts.words):
        return [Problem("words" if opts.key else "key", "check contains needs 'key' and 'words'",
                        "add key: page and words: [anoniem, schuilnaam]")]
    if opts.check in ("present", "absent") and not opts.key:
        return [Problem("key", f"check {opts.check} needs 'key'", "add key: approval (the front-matter key)")]
    if opts.check == "page-registered" and opts.slot not in slots:
        return [Problem("slot", f"unknown lexicon slot '{opts.slot}'", "define it under 'lexicons:' (e.g. pages)")]
    return []


def needs(opts: Options) -> set[str]:
    return {"lexicon"} if opts.check == "page-registered" else set()


def approved(fm: dict) -> bool:
    """The front matter records an approval (`approval:` with `by` or `ref`, or a non-empty text)."""
    approval = fm.get("approval")
    if isinstance(approval, dict):
        return bool(approval.get("by") or approval.get("ref"))
    return isinstance(approval, str) and bool(approval.strip())


def images_without_consent(fm: dict, shows: list, refused: bool = False) -> bool:
    """An image showing one of `shows` without `consent: true` (refused: with `consent: false` written out)."""
    images = fm.get("images")
    if not isinstance(images, list):
        return False
    wanted = set(shows)
    for image in images:
        if not isinstance(image, dict):
            continue
        subjects = image.get("shows") or []
        subjects = [subjects] if isinstance(subjects, str) else subjects
        consent = image.get("consent")
        if wanted & set(map(str, subjects)) and (consent is False if refused else consent is not True):
            return True
    return False


def _page_unregistered(ctx, opts: Options) -> bool:
    page = ctx.front_matter.get("page")
    if not isinstance(page, str) or not page.strip():
        return False
    registered = ctx.slot_entries(opts.slot)
    if not registered:
        return False  # no register configured: nothing to compare with
    key = " ".join(fold(page).split())
    return key not in {" ".join(fold(e).split()) for e in registered}


def prepare(rule) -> Preparation:
    return NOTHING


def _contains(fm: dict, key: str, words: list) -> bool:
    value = fm.get(key)
    if not isinstance(value, (str, int, float)):
        return False
    have = set(regex.findall(r"\w+", fold(str(value))))
    return any(set(regex.findall(r"\w+", fold(w))) <= have for w in words)


def check(rule, ctx) -> Iterator:
    opts: Options = rule.options
    fm = ctx.front_matter
    if opts.check == "approval":
        hit, key = not approved(fm), "approval"
    elif opts.check in ("image-consent", "image-refused"):
        hit, key = images_without_consent(fm, opts.shows, opts.check == "image-refused"), "images"
    elif opts.check == "page-registered":
        hit, key = _page_unregistered(ctx, opts), "page"
    elif opts.check == "contains":
        hit, key = _contains(fm, opts.key, opts.words), opts.key
    elif opts.check == "present":
        hit, key = opts.key in fm, opts.key
    else:
        hit, key = opts.key not in fm, opts.key
    if not hit:
        return
    if key in ctx.fm.marks and opts.check != "approval":
        yield ctx.finding_at_key(rule, key)
        return
    trigger = ctx.first_mention(rule.when.mentions)
    if trigger is not None:
        yield ctx.finding(rule, trigger.start, trigger.end, how=opts.check, detector=f"metadata:{trigger.label}")
    else:
        yield ctx.finding_at_start(rule, how=opts.check)
