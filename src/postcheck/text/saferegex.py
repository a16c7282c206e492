"""The one checker for every regular expression a pack can write.

Used by the `regex` kind (`pattern`), the `pattern` kind (`REGEX` values in
token patterns) and the `require` kind (`patterns`), at validation time, so
`packs validate` and `check` refuse exactly the same patterns.

`problem(pattern)` refuses patterns that can backtrack exponentially: an
unbounded repetition (`+`, `*`, `{n,}`, or a large upper bound) whose body can
match the same text in more than one way, i.e. the body contains a
repetition of variable length (`(a+)+`, `(a?b)+`), an alternation whose
branches can start with the same character or match empty text
(`(aa|a)+`, `((a|aa))+`), a back-reference, or matches empty text itself.
The analysis runs on the parsed regex (`re._parser`), so reordering or extra
groups do not hide a nested repetition. It is conservative: some safe
patterns are refused too (the hint says how to rewrite them). Atomic groups
`(?>...)` and possessive quantifiers (`a++`, `a*+`) never backtrack into
their body, so they are allowed anywhere.

Every pack regex also runs with the `regex` module's `timeout=`, so even a
slow pattern the analysis lets through (e.g. polynomial `\\w*\\w*\\w*x`)
cannot hang a check; see `compile_pattern` and `TIMEOUT_S`.
"""
from __future__ import annotations

import re
import re._constants as C
import re._parser as P

import regex

TIMEOUT_S = 0.5      # per regex call; the per-draft budget bounds the total
_LARGE = 32          # an upper bound above this counts as unbounded
_SMALL_SET = 4096    # finite character sets larger than this are treated as "any character"

HINT = ("make the repeated part match each text in one way only: write (ab)+ instead of (a+b)+, "
        "[ab]+ instead of (a|b)+ or (a|ab)+, or use a possessive quantifier (a++) or an atomic group (?>...)")


def compile_pattern(pattern: str, ignore_case: bool = False):
    """The `regex` module's compiled pattern (V0: the syntax of Python's `re`)."""
    return regex.compile(pattern, regex.V0 | (regex.IGNORECASE if ignore_case else 0))


def problem(pattern: str, ignore_case: bool = False) -> str | None:
    """Why `pattern` is refused (invalid or can backtrack catastrophically), or None."""
    if not isinstance(pattern, str):
        return "a regular expression must be text"
    try:
        compile_pattern(pattern, ignore_case)
    except (regex.error, OverflowError, RecursionError, ValueError) as exc:
        return f"invalid regular expression: {exc}"
    try:
        parsed = P.parse(pattern, re.IGNORECASE if ignore_case else 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return ("uses syntax of the `regex` module that postcheck cannot check for catastrophic backtracking "
                "(only the syntax of Python's `re` is accepted)")
    fold = ignore_case or bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE)
    try:
        bad = _find_nested(list(parsed), fold)
    except RecursionError:
        return "the regular expression is nested too deeply"
    if bad:
        return f"this regular expression can backtrack catastrophically ({bad})"
    return None


# -- the analysis ---------------------------------------------------------------------------

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _find_nested(items: list, fold: bool) -> str | None:
    """The first unbounded repetition whose body is ambiguous, described; None when there is none."""
    for op, av in items:
        if op in _REPEATS:
            lo, hi, body = av
            if (hi == C.MAXREPEAT or hi > _LARGE) and _ambiguous(list(body), fold):
                return "a repeated group whose body can match the same text in more than one way"
            found = _find_nested(list(body), fold)
        elif op == C.POSSESSIVE_REPEAT:
            found = _find_nested(list(av[2]), fold)
        elif op == C.SUBPATTERN:
            found = _find_nested(list(av[3]), fold)
        elif op in (C.ATOMIC_GROUP,):
            found = _find_nested(list(av), fold)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found = _find_nested(list(av[1]), fold)
        elif op == C.BRANCH:
            found = next((f for alt in av[1] if (f := _find_nested(list(alt), fold))), None)
        elif op == C.GROUPREF_EXISTS:
            found = next((f for alt in av[1:] if alt is not None and (f := _find_nested(list(alt), fold))), None)
        else:
            found = None
        if found:
            return found
    return None


def _ambiguous(items: list, fold: bool) -> bool:
    """Can this sequence match one text in several ways, or match empty text? (conservative: True when unsure)"""
    if _nullable(items):
        return True
    return _has_choice(items, fold)


def _has_choice(items: list, fold: bool) -> bool:
    for op, av in items:
        if op in _REPEATS:
            lo, hi, body = av
            if lo != hi or _has_choice(list(body), fold):
                return True
        elif op == C.SUBPATTERN:
            if _has_choice(list(av[3]), fold):
                return True
        elif op == C.BRANCH:
            alts = [list(a) for a in av[1]]
            if any(_nullable(a) or _has_choice(a, fold) for a in alts):
                return True
            firsts = [_first(a, fold) for a in alts]
            for i, a in enumerate(firsts):
                for b in firsts[i + 1:]:
                    if _overlap(a, b):
                        return True
        elif op in (C.GROUPREF, C.GROUPREF_IGNORE, C.GROUPREF_LOC_IGNORE, C.GROUPREF_UNI_IGNORE, C.GROUPREF_EXISTS):
            return True
        # ATOMIC_GROUP, POSSESSIVE_REPEAT: one way only, by construction; zero-width assertions and
        # single characters: no choice
    return False


def _nullable(items: list) -> bool:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS or op == C.POSSESSIVE_REPEAT:
            if av[0] > 0 and not _nullable(list(av[2])):
                return False
        elif op == C.SUBPATTERN:
            if not _nullable(list(av[3])):
                return False
        elif op == C.ATOMIC_GROUP:
            if not _nullable(list(av)):
                return False
        elif op == C.BRANCH:
            if not any(_nullable(list(a)) for a in av[1]):
                return False
        elif op in (C.GROUPREF, C.GROUPREF_IGNORE, C.GROUPREF_LOC_IGNORE, C.GROUPREF_UNI_IGNORE, C.GROUPREF_EXISTS):
            continue  # may be empty
        else:
            return False
    return True


# A "first set" is a list of atoms: ("chars", frozenset of code points), ("cat", CATEGORY), ("any", None)
def _first(items: list, fold: bool) -> list:
    out: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == C.LITERAL:
            out.append(("chars", _fold({av}, fold)))
        elif op == C.IN:
            out.extend(_in_atoms(av, fold))
        elif op in _REPEATS or op == C.POSSESSIVE_REPEAT:
            out.extend(_first(list(av[2]), fold))
            if av[0] > 0 and not _nullable(list(av[2])):
                return out
            continue
        elif op == C.SUBPATTERN:
            out.extend(_first(list(av[3]), fold))
            if not _nullable(list(av[3])):
                return out
            continue
        elif op == C.ATOMIC_GROUP:
            out.extend(_first(list(av), fold))
            if not _nullable(list(av)):
                return out
            continue
        elif op == C.BRANCH:
            for a in av[1]:
                out.extend(_first(list(a), fold))
            if not any(_nullable(list(a)) for a in av[1]):
                return out
            continue
        else:  # ANY, NOT_LITERAL, back-references, ...: anything
            out.append(("any", None))
        return out
    out.append(("any", None))  # the sequence can be empty: what follows is unknown
    return out


def _in_atoms(av, fold: bool) -> list:
    if av and av[0][0] == C.NEGATE:
        return [("any", None)]
    chars: set[int] = set()
    atoms: list = []
    for op, arg in av:
        if op == C.LITERAL:
            chars.add(arg)
        elif op == C.RANGE:
            lo, hi = arg
            if hi - lo > _SMALL_SET:
                return [("any", None)]
            chars.update(range(lo, hi + 1))
        elif op == C.CATEGORY:
            atoms.append(("cat", arg))
        else:
            return [("any", None)]
    if len(chars) > _SMALL_SET:
        return [("any", None)]
    if chars:
        atoms.append(("chars", _fold(chars, fold)))
    return atoms


def _fold(chars: set[int], fold: bool) -> frozenset[int]:
    if not fold:
        return frozenset(chars)
    out = set(chars)
    for c in chars:
        ch = chr(c)
        for v in (ch.lower(), ch.upper(), ch.casefold()):
            if len(v) == 1:
                out.add(ord(v))
    return frozenset(out)


_CAT_RE = {
    C.CATEGORY_DIGIT: re.compile(r"\d"), C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"), C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"), C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
# category pairs that share no character (Unicode: digits and word characters are never spaces)
_DISJOINT = {frozenset(p) for p in (
    (C.CATEGORY_DIGIT, C.CATEGORY_SPACE), (C.CATEGORY_WORD, C.CATEGORY_SPACE),
    (C.CATEGORY_DIGIT, C.CATEGORY_NOT_DIGIT), (C.CATEGORY_SPACE, C.CATEGORY_NOT_SPACE),
    (C.CATEGORY_WORD, C.CATEGORY_NOT_WORD), (C.CATEGORY_DIGIT, C.CATEGORY_NOT_WORD))}


def _overlap(a: list, b: list) -> bool:
    return any(_atoms_overlap(x, y) for x in a for y in b)


def _atoms_overlap(x, y) -> bool:
    if x[0] == "any" or y[0] == "any":
        return True
    if x[0] == "chars" and y[0] == "chars":
        return not x[1].isdisjoint(y[1])
    if x[0] == "cat" and y[0] == "cat":
        return x[1] == y[1] or frozenset((x[1], y[1])) not in _DISJOINT
    cat, chars = (x[1], y[1]) if x[0] == "cat" else (y[1], x[1])
    rx = _CAT_RE.get(cat)
    if rx is None:
        return True
    return any(rx.match(chr(c)) for c in chars)
