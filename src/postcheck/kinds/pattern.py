"""Flag token sequences described by spaCy Matcher patterns.

What it checks: matches of spaCy `Matcher` token patterns over the draft's
prose (after normalisation). Available token attributes are those of a blank
Dutch pipeline: ORTH, TEXT, LOWER, NORM, SHAPE, PREFIX, SUFFIX, LENGTH,
IS_ALPHA, IS_DIGIT, IS_LOWER, IS_UPPER, IS_TITLE, IS_PUNCT, LIKE_NUM,
LIKE_EMAIL, LIKE_URL, IS_SENT_START is not set (no parser), plus OP, IN,
NOT_IN, REGEX and FUZZY operators. LEMMA, POS, TAG, DEP and ENT_TYPE need
trained components and are refused.
Options: patterns (list of token patterns, required; each a list of token dicts).
Example: [{LOWER: ik}, {LOWER: {IN: [haat, walg]}}] flags "ik haat".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..packs.schema import LIST
from .base import Preparation, Problem, option, own_hits, rule_label

KIND = "pattern"
UNAVAILABLE = {"LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "ENT_IOB", "MORPH", "HEAD", "SENT_START", "IS_SENT_START"}


@dataclass(frozen=True)
class Options:
    patterns: list = option(LIST, help="a list of spaCy token patterns")


def _unavailable(obj) -> str | None:
    if isinstance(obj, dict):
        for key, value in obj.items():
            if str(key).upper() in UNAVAILABLE:
                return str(key)
            found = _unavailable(value)
            if found:
                return found
    if isinstance(obj, list):
        for item in obj:
            found = _unavailable(item)
            if found:
                return found
    return None


def validate(opts: Options, slots) -> list[Problem]:
    from spacy.matcher import Matcher

    if not opts.patterns or not all(isinstance(p, list) and p for p in opts.patterns):
        return [Problem("patterns", "patterns must be a list of token patterns (each a non-empty list)",
                        "write e.g. patterns: [[{LOWER: ik}, {LOWER: haat}]]")]
    bad = _unavailable(opts.patterns)
    if bad:
        return [Problem("patterns", f"token attribute '{bad}' needs a trained model, which postcheck does not use",
                        "use LOWER, TEXT, NORM, SHAPE, REGEX or FUZZY instead")]
    try:
        Matcher(blank_vocab(), validate=True).add("x", [_plain(p) for p in opts.patterns])
    except Exception as exc:  # spaCy reports pattern errors as ValueError/MatchPatternError
        first = str(exc).strip().splitlines()
        detail = next((line.strip() for line in first if line.strip().startswith("-")), first[-1] if first else "")
        return [Problem("patterns", f"invalid token pattern: {detail.lstrip('- ').strip()[:160]}",
                        "see https://spacy.io/usage/rule-based-matching#adding-patterns-attributes")]
    return []


def _plain(obj):
    """YAML containers -> plain dicts/lists with upper-case attribute names, as spaCy expects."""
    if isinstance(obj, dict):
        return {(k.upper() if isinstance(k, str) else k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


@lru_cache(maxsize=1)
def blank_vocab():
    """A Dutch vocab for validating token patterns without building a pipeline."""
    import spacy

    return spacy.blank("nl").vocab


def plain_patterns(opts: Options) -> list:
    return [_plain(p) for p in opts.patterns]


def prepare(rule) -> Preparation:
    return Preparation(patterns=((rule_label(rule.id), plain_patterns(rule.options)),))


def needs(opts: Options) -> set[str]:
    return {"patterns"}


def check(rule, ctx) -> Iterator:
    return own_hits(rule, ctx, "patterns", "pattern")
