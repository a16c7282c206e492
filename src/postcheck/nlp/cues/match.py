"""Matching one cue line's parts at a candidate position, and the helpers around it (see index.py).

`_match_part` grows a part's match out from its anchor word; `_chain` joins the parts of a gapped line
within a sentence; `_longest` keeps the longest match per set; `_fronted` is the V2 check of `a <> b`.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .particles import MAX_SKIPPED
from .syntax import MAX_GAP


@dataclass(frozen=True)
class Match:
    """One cue occurrence: its set, token span [start, end), character span, and the token
    ranges its `...` gaps skipped (words there are not part of the cue, e.g. a negator)."""

    set: str
    start: int
    end: int
    start_char: int
    end_char: int
    gaps: tuple[tuple[int, int], ...] = ()


_OPENERS = frozenset("\"'“„‘«([{-–—•*>#")


def _fronted(s: int, text: str, starts: list[int], ends: list[int], bounds) -> bool:
    """True when a word of the same sentence stands before token s (so a verb-first match is V2, not a question).
    An opening quote, bracket or bullet right before starts a new clause (False); other tokens without a letter
    or digit (an emoji, "...", a comma) are no word, so the one before them decides."""
    sentence = bounds.sentence_of(starts[s])
    k = s - 1
    while k >= 0 and bounds.sentence_of(starts[k]) == sentence:
        before = text[starts[k]:ends[k]]
        if all(c in _OPENERS for c in before):
            return False
        if any(c.isalnum() for c in before):
            return True
        k -= 1
    return False


def _reachable(positions) -> frozenset[int] | None:
    """The words that can stand first in `positions` (optional ones may be skipped), or None when they may
    all be skipped (then any word can follow)."""
    words: set[int] = set()
    for optional, table in positions:
        words.update(table)
        if not optional:
            return frozenset(words)
    return None


def _by_last(table: dict[int, list[tuple[int, ...]]]) -> dict[int, list[tuple[int, ...]]]:
    out: dict[int, list[tuple[int, ...]]] = {}
    for seqs in table.values():
        for hashes in seqs:
            out.setdefault(hashes[-1], []).append(hashes)
    return out


ONE_WORD = -1   # key of an anchor table's one-word phrases (no word hash is negative)


def _by_second(table: dict[int, list[tuple[int, ...]]]) -> dict[int, dict[int, list[tuple[int, ...]]]]:
    """An anchor position's phrases by first word, then by second word (`ONE_WORD` for one-word phrases): an
    anchor word can start over a thousand phrases ([set] references, hashtag forms), the second word
    leaves a few."""
    out: dict[int, dict[int, list[tuple[int, ...]]]] = {}
    for first, seqs in table.items():
        sub = out.setdefault(first, {})
        for h in seqs:
            sub.setdefault(h[1] if len(h) > 1 else ONE_WORD, []).append(h)
    return out


def _match_part(part, seq: list[int], i: int, extra=None, skip: frozenset[int] | None = None
                ) -> tuple[int, int] | None:
    """The longest match of one part whose anchor position starts at token i: (start, end), or None.
    `extra`: token -> its ending pseudo-tokens (`endings.py`), for positions such as `**groep`; `skip`: the words
    that may stand between two positions (particles, `particles.py`)."""
    anchor, before, after = part
    sub = anchor.get(seq[i])
    if sub is None:
        return None
    n = len(seq)
    reach = i + 1 if ONE_WORD in sub else -1
    if i + 1 < n:
        for h in sub.get(seq[i + 1], ()):
            k = len(h)
            # h[0:2] == seq[i:i + 2] by the tables
            if i + k > reach and i + k <= n and (k == 2 or tuple(seq[i:i + k]) == h):
                reach = i + k
    if reach < 0:
        return None
    end = _grow(after, seq, reach, True, extra, skip) if after else reach
    if end is None:
        return None
    start = _grow(before, seq, i, False, extra, skip) if before else i
    return None if start is None else (start, end)


def _grow(positions, seq: list[int], j: int, forward: bool, extra=None, skip: frozenset[int] | None = None
          ) -> int | None:
    """Match `positions` from token j onwards (or backwards, ending before j); the farthest reach, or None.
    A token's ending pseudo-tokens in `extra` match a position's one-token ending entry; a word of `skip` (a
    particle) may be stepped over before a position, up to MAX_SKIPPED in a row (never after the last one)."""
    best = None
    stack = [(0, j, 0)]
    n = len(seq)
    step = _forward if forward else _backward
    while stack:
        p, at, skipped = stack.pop()
        if p == len(positions):
            if best is None or (at > best if forward else at < best):
                best = at
            continue
        optional, table = positions[p]
        if optional:
            stack.append((p + 1, at, skipped))
        k = at if forward else at - 1   # the token to read
        if 0 <= k < n:
            for nxt in step(table, seq, at, extra):
                stack.append((p + 1, nxt, 0))
            if skip is not None and skipped < MAX_SKIPPED and seq[k] in skip:
                stack.append((p, at + 1 if forward else at - 1, skipped + 1))
    return best


def _forward(table, seq: list[int], at: int, extra) -> list[int]:
    """Where a position of `table` matched at token `at` ends (0 <= at < len(seq))."""
    out = [at + len(h) for h in table.get(seq[at], ())
           if at + len(h) <= len(seq) and (len(h) == 1 or tuple(seq[at:at + len(h)]) == h)]
    if extra and at in extra and any(e in table for e in extra[at]):
        out.append(at + 1)
    return out


def _backward(table, seq: list[int], at: int, extra) -> list[int]:
    """Where a position of `table` matched ending before token `at` starts (0 < at <= len(seq))."""
    out = [at - len(h) for h in table.get(seq[at - 1], ())
           if at - len(h) >= 0 and (len(h) == 1 or tuple(seq[at - len(h):at]) == h)]
    if extra and at - 1 in extra and any(e in table for e in extra[at - 1]):
        out.append(at - 1)
    return out


def _chain(found, n_parts: int, starts: list[int], bounds) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """Spans where part 0, 1, ... follow each other, each gap <= MAX_GAP tokens, all in one sentence;
    with the token ranges of the gaps."""
    by_part: dict[int, list[tuple[int, int]]] = {}
    for p, s, e in found:
        by_part.setdefault(p, []).append((s, e))
    if len(by_part) < n_parts:
        return []
    for v in by_part.values():
        v.sort()
    out = []
    for s0, e0 in by_part[0]:
        sent = bounds.sentence_of(starts[s0])
        end = e0
        gaps = []
        for p in range(1, n_parts):
            nxt = next(((s, e) for s, e in by_part[p] if end <= s <= end + MAX_GAP), None)
            if nxt is None or bounds.sentence_of(starts[nxt[0]]) != sent:
                break
            if nxt[0] > end:
                gaps.append((end, nxt[0]))
            end = nxt[1]
        else:
            out.append((s0, end, tuple(gaps)))
    return out


def _longest(matches: list[Match]) -> list[Match]:
    """Per set, drop a match inside a longer (or equal, earlier) match of the same set."""
    matches.sort(key=lambda m: (m.set, m.start, -m.end))
    out: list[Match] = []
    last: dict[str, int] = {}
    for m in matches:
        if m.end <= last.get(m.set, -1):
            continue
        out.append(m)
        last[m.set] = max(last.get(m.set, -1), m.end)
    return out


class Wildcard:
    """A wildcard cue's compiled regex ('*plan': every form of "plan" ending a word, IGNORECASE), matched as
    `finditer` does. Where its forms do not share their first letters ("plannen", "gepland") the regex module
    tries every position of the text; then the forms' longest shared piece ("plan", at least 3 letters) is
    searched for instead, and the regex is only tried where a form holding that piece can start (4x faster).
    Every match holds the piece (case-insensitively, as the regex compares), so it starts at such a place; trying
    those places in order, each after the last match's end, finds what `finditer` finds."""

    __slots__ = ("compiled", "piece", "offsets")

    def __init__(self, src: str) -> None:
        self.compiled = regex.compile(src, regex.IGNORECASE)
        self.piece: regex.Pattern | None = None
        self.offsets: tuple[int, ...] = ()
        forms = _suffix_forms(src)
        if forms and len({f[:3].lower() for f in forms}) > 1:
            piece = _shared_piece(forms)
            if len(piece) >= 3:
                self.piece = regex.compile(regex.escape(piece), regex.IGNORECASE)
                self.offsets = tuple(sorted({i for f in forms for i in _offsets(f, piece)}))

    def finditer(self, text: str):
        if self.piece is None:
            yield from self.compiled.finditer(text)
            return
        places = [m.start() for m in self.piece.finditer(text, overlapped=True)]
        starts = sorted({q - k for q in places for k in self.offsets if q >= k})
        end = 0
        for p in starts:
            if p >= end:
                m = self.compiled.match(text, p)
                if m is not None:
                    end = m.end()
                    yield m


def _suffix_forms(src: str) -> list[str]:
    """The forms of a suffix wildcard's regex (`compile._wildcard_regex`: "(?:form|form...)(?![\\w-])", "**" with a
    lookbehind before it); [] for another shape."""
    head = src.removeprefix(r"(?<=[\w-])")
    if not head.startswith("(?:") or not head.endswith(r")(?![\w-])"):
        return []
    alts = head[3:-len(r")(?![\w-])")].split("|")
    forms = [regex.sub(r"\\(.)", r"\1", a) for a in alts]
    return forms if all(f and (f.isalpha() or "-" in f) for f in forms) else []


def _shared_piece(forms: list[str]) -> str:
    """The longest piece of the shortest form that every form holds (lower case)."""
    low = [f.lower() for f in forms]
    short = min(low, key=len)
    for n in range(len(short), 0, -1):
        for i in range(len(short) - n + 1):
            if all(short[i:i + n] in f for f in low):
                return short[i:i + n]
    return ""


def _offsets(form: str, piece: str) -> list[int]:
    low = form.lower()
    return [i for i in range(len(low) - len(piece) + 1) if low.startswith(piece, i)]
