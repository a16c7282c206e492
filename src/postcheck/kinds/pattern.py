"""Flag token sequences described by spaCy Matcher patterns.

What it checks: matches of spaCy `Matcher` token patterns over the draft's
prose (after normalisation). Available token attributes are those of a blank
Dutch pipeline: ORTH, TEXT, LOWER, NORM, SHAPE, PREFIX, SUFFIX, LENGTH,
IS_ALPHA, IS_DIGIT, IS_LOWER, IS_UPPER, IS_TITLE, IS_PUNCT, LIKE_NUM,
LIKE_EMAIL, LIKE_URL, IS_SENT_START is not set (no parser), plus OP, IN,
NOT_IN, REGEX and FUZZY operators. LEMMA, POS, TAG, DEP and ENT_TYPE need
trained components and are refused, and so are extension attributes (`_`).
A REGEX value is checked like every pack regex (`text/saferegex.py`: no
catastrophic backtracking) and runs with the `regex` module and a time limit,
through a token extension attribute, never through spaCy's own `re` call.
Options: patterns (list of token patterns, required; each a list of token dicts).
Example: [{LOWER: ik}, {LOWER: {IN: [haat, walg]}}] flags "ik haat".
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..packs.schema import LIST
from ..text import saferegex
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
    plain = [_plain(p) for p in opts.patterns]
    for p in plain:
        for tok in p:
            if not isinstance(tok, dict):
                return [Problem("patterns", "each token in a pattern must be a mapping such as {LOWER: ik}",
                                "write e.g. patterns: [[{LOWER: ik}, {LOWER: haat}]]")]
            if "_" in tok:
                return [Problem("patterns", "extension attributes ('_') are not available in pack patterns",
                                "use LOWER, TEXT, NORM, SHAPE, REGEX or FUZZY instead")]
            problem = _regex_problem(tok)
            if problem:
                return [problem]
    try:
        Matcher(blank_vocab(), validate=True).add("x", plain_patterns(opts))
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


# token attributes a REGEX may test, and how to read them from a Token
REGEX_ATTRS = {"ORTH": "text", "TEXT": "text", "LOWER": "lower_", "NORM": "norm_", "SHAPE": "shape_",
               "PREFIX": "prefix_", "SUFFIX": "suffix_"}


def _has_regex(obj) -> bool:
    if isinstance(obj, dict):
        return any(str(k).upper() == "REGEX" or _has_regex(v) for k, v in obj.items())
    if isinstance(obj, list):
        return any(_has_regex(v) for v in obj)
    return False


def _regex_problem(tok: dict) -> Problem | None:
    for attr, value in tok.items():
        if not _has_regex(value):
            continue
        if attr not in REGEX_ATTRS or not isinstance(value, dict) or any(_has_regex(v) for v in value.values()):
            return Problem("patterns", f"REGEX is only available directly under a text attribute, not under '{attr}'",
                           f"write e.g. {{LOWER: {{REGEX: '^geheim'}}}}; text attributes: {', '.join(REGEX_ATTRS)}")
        pattern = value["REGEX"]
        bad = saferegex.problem(pattern)
        if bad:
            hint = saferegex.HINT if "backtrack" in bad else "check brackets and escapes; quote the pattern in YAML"
            return Problem("patterns", f"REGEX {str(pattern)[:60]!r}: {bad}", hint)
    return None


def regex_extension(attr: str, pattern: str) -> str:
    """A Token extension attribute that is True when `pattern` matches the token's `attr` (bounded in time).

    spaCy's own REGEX operator calls `re.search` without a time limit; this
    one uses the `regex` module with `timeout=`, so a TimeoutError reaches
    the patterns component, which turns it into an error for that draft.
    """
    from spacy.tokens import Token

    name = "postcheck_re_" + hashlib.sha1(f"{attr}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:16]
    if not Token.has_extension(name):
        compiled = saferegex.compile_pattern(pattern)
        read = REGEX_ATTRS[attr]

        def getter(token, _compiled=compiled, _read=read) -> bool:
            return _compiled.search(getattr(token, _read), timeout=saferegex.TIMEOUT_S) is not None

        Token.set_extension(name, getter=getter)
    return name


def _token(tok: dict) -> dict:
    """A token pattern with every REGEX replaced by a time-limited extension attribute."""
    out: dict = {}
    ext: dict = {}
    for attr, value in tok.items():
        if isinstance(value, dict) and "REGEX" in value:
            ext[regex_extension(attr, value["REGEX"])] = True
            rest = {k: v for k, v in value.items() if k != "REGEX"}
            if rest:
                out[attr] = rest
        else:
            out[attr] = value
    if ext:
        out["_"] = ext
    return out


def plain_patterns(opts: Options) -> list:
    return [[_token(t) for t in _plain(p)] for p in opts.patterns]


def prepare(rule) -> Preparation:
    return Preparation(patterns=((rule_label(rule.id), plain_patterns(rule.options)),))


def needs(opts: Options) -> set[str]:
    return {"patterns"}


def check(rule, ctx) -> Iterator:
    return own_hits(rule, ctx, "patterns", "pattern")
