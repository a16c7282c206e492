"""Cue sets -> one compiled index; `CueIndex.find(doc)` matches every cue once per document.

Build (once per pack set, cached on disk): every cue line is expanded into the
token sequences it stands for (inflected forms from the Dutch lemma table and
plural/diminutive rules, folded forms without diacritics, `a|b` alternatives,
`[set]` references, joined forms for hashtags), tokenised exactly as spaCy
tokenises a draft. The lemma table is only read on a cache miss, so a warm
start pays nothing for it.

Match (per document): one vectorised pass over the tokens' LOWER hashes
(`Doc.to_array` + `numpy.isin`) finds the candidate positions; Python only
runs per candidate, to compare the rest of the phrase and to chain the parts
of a cue with gaps ('als ... zie ... het merken'). Wildcard cues ('*verslag')
are one compiled regex over the text.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

import numpy as np
import regex

from ...errors import UserError
from ...text.fold import fold
from .syntax import MAX_GAP, CueLine, CueSyntaxError, parse_line

MAX_FORMS_PER_LINE = 20000
CACHE_VERSION = "cues-1"


Seqs = tuple[tuple[str, ...], ...]          # the token sequences one position of a cue stands for
Part = tuple[tuple[bool, Seqs], ...]        # positions of one part: (optional, sequences)


@dataclass(frozen=True)
class Compiled:
    """The picklable result of expanding all cue lines (strings only; hashes are made on load)."""

    sets: tuple[str, ...]                               # set names; a line's set is an index here
    lines: tuple[tuple[int, tuple[Part, ...]], ...]     # line id -> (set index, its parts between gaps)
    wildcards: tuple[tuple[str, int], ...]              # (regex source, line id)


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("nl").tokenizer


@lru_cache(maxsize=65536)
def _tokens(form: str) -> tuple[str, ...]:
    return tuple(t.lower_ for t in _tokenizer()(form))


def _word_forms(word: str, exact: bool) -> set[tuple[str, ...]]:
    from ..inflect import forms

    surface = {word} if exact else forms(word) | {word}
    out = set()
    for form in surface:
        for variant in {form, fold(form)}:
            toks = _tokens(variant)
            if toks:
                out.add(toks)
    return out


class _Expander:
    def __init__(self, parsed: Mapping[str, list[tuple[int, CueLine]]]) -> None:
        self.parsed = parsed
        self.memo: dict[str, set[tuple[str, ...]]] = {}
        self.stack: list[str] = []

    def set_phrases(self, name: str) -> set[tuple[str, ...]]:
        """Token sequences of every one-part line of a set (what `[name]` stands for)."""
        if name in self.memo:
            return self.memo[name]
        if name in self.stack:
            raise UserError(f"cue set '{name}' refers to itself through [{name}]",
                            hint="remove the circular [set] reference")
        self.stack.append(name)
        out: set[tuple[str, ...]] = set()
        for _n, line in self.parsed.get(name, ()):
            if len(line.segments) == 1 and not line.wildcard:
                out |= self.product(self.part(line.segments[0], name), name)
        self.stack.pop()
        self.memo[name] = out
        return out

    def part(self, slots, where: str) -> Part:
        out = []
        for slot in slots:
            seqs: set[tuple[str, ...]] = set()
            for alt in slot.alts:
                if alt.ref:
                    if alt.ref not in self.parsed:
                        raise UserError(f"cue set '{where}': unknown cue set [{alt.ref}]",
                                        hint="define it under 'lexicons:' with 'kind: cues'")
                    seqs |= self.set_phrases(alt.ref)
                else:
                    seqs |= _word_forms(alt.text, alt.exact)
            out.append((slot.optional, tuple(sorted(seqs, key=lambda q: (-len(q), q)))))
        return tuple(out)

    @staticmethod
    def product(part: Part, where: str) -> set[tuple[str, ...]]:
        """Every token sequence of a part (only for [set] references, which are short)."""
        total = 1
        for optional, seqs in part:
            total *= len(seqs) + optional
        if total > MAX_FORMS_PER_LINE:
            raise UserError(f"cue set '{where}': a cue used as [{where}] stands for more than "
                            f"{MAX_FORMS_PER_LINE} phrases",
                            hint="keep sets used as [set] to short phrases")
        options = [list(seqs) + ([()] if optional else []) for optional, seqs in part]
        return {tuple(itertools.chain.from_iterable(c)) for c in itertools.product(*options)} - {()}


def parse_sets(sets: Mapping[str, Sequence[str]]) -> dict[str, list[tuple[int, CueLine]]]:
    parsed: dict[str, list[tuple[int, CueLine]]] = {}
    for name, entries in sets.items():
        rows = []
        for n, entry in enumerate(entries, 1):
            try:
                rows.append((n, parse_line(entry)))
            except CueSyntaxError as exc:
                raise UserError(f"cue set '{name}', cue {n}: {exc}", hint="see docs/packs.md, 'Cues'") from None
        parsed[name] = rows
    return parsed


def compile_sets(sets: Mapping[str, Sequence[str]]) -> Compiled:
    parsed = parse_sets(sets)
    expander = _Expander(parsed)
    names = tuple(sorted(parsed))
    lines: list[tuple[int, tuple[Part, ...]]] = []
    wildcards: list[tuple[str, int]] = []
    for si, name in enumerate(names):
        for _n, line in parsed[name]:
            if line.wildcard:
                wildcards.append((_wildcard_regex(line.wildcard), len(lines)))
                lines.append((si, ((),)))
                continue
            lines.append((si, tuple(expander.part(seg, name) for seg in line.segments)))
            joined = _joined(line)
            if joined:
                lines.append((si, (((False, joined),),)))
    return Compiled(names, tuple(lines), tuple(wildcards))


def _joined(line: CueLine) -> Seqs:
    """'niet openbaar' also as '#nietopenbaar' and 'niet-openbaar' (one token each), as written."""
    if len(line.segments) != 1 or not 2 <= len(line.segments[0]) <= 4:
        return ()
    words = []
    for slot in line.segments[0]:
        texts = [a.text for a in slot.alts if a.text and a.text.isalpha()]
        if len(texts) != len(slot.alts):
            return ()
        words.append(texts + ([""] if slot.optional else []))
    out = set()
    for combo in itertools.islice(itertools.product(*words), 256):
        present = [w for w in combo if w]
        if len(present) >= 2:
            out.update({("".join(present),), (fold("".join(present)),), ("-".join(present),)})
    return tuple(sorted(out))


def _wildcard_regex(wild: str) -> str:
    from ..inflect import forms

    if wild.startswith("*"):
        stem = wild[1:]
        alts = sorted({regex.escape(f) for f in forms(stem) | {stem} if f.isalpha() or "-" in f}, key=len, reverse=True)
        return r"(?:" + "|".join(alts) + r")(?![\w-])"
    return r"(?<![\w-])" + regex.escape(wild[:-1]) + r"[\w-]*"


class DocTokens:
    """A document's token arrays, made once and shared by the indexes that match it."""

    def __init__(self, doc) -> None:
        from spacy.attrs import IDX, LENGTH, LOWER

        self.n = len(doc)
        self.arr = doc.to_array([LOWER, IDX, LENGTH]) if self.n else np.zeros((0, 3), dtype=np.uint64)
        self.lower = self.arr[:, 0]
        self.seq: list[int] = self.lower.tolist()
        self.present = set(self.seq)
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = self.arr[:, 1].tolist()
        return self._starts

    @property
    def ends(self) -> list[int]:
        return (self.arr[:, 1] + self.arr[:, 2]).tolist()


@dataclass(frozen=True)
class Match:
    """One cue occurrence: its set, token span [start, end) and character span."""

    set: str
    start: int
    end: int
    start_char: int
    end_char: int


class CueIndex:
    """Compiled cue lines, matched per document.

    Speed: a line can only match when every required position finds one of its
    words in the document (for a multi-word alternative, its least common word).
    One `numpy.isin` over the document's distinct tokens finds the lines whose
    gates are all present; only those lines' start tokens are looked up, and
    Python runs only at those candidates. Sets that no rule reads (`matched`)
    are compiled for their [set] references but never matched themselves.
    """

    def __init__(self, compiled: Compiled, matched: frozenset[str] | None = None) -> None:
        from spacy.lang.nl.stop_words import STOP_WORDS
        # Cython module without stubs
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        self.compiled = compiled
        self.sets = compiled.sets
        self.line_sets = [si for si, _parts in compiled.lines]
        self.n_parts = [len(parts) for _si, parts in compiled.lines]
        self.parts: list[list[tuple]] = []            # per line, per part: (anchor table, positions before, after)
        self.line_starts: list[np.ndarray] = []       # per line: the anchor words of its parts
        # only the sets that rules read are matched; the others serve as [set] references
        active = {lid for lid, (si, _p) in enumerate(compiled.lines) if matched is None or compiled.sets[si] in matched}
        gate_lines: dict[int, set[tuple[int, int]]] = {}   # gate token -> (line, gate number) it satisfies
        self.n_gates: list[int] = []
        for lid, (_si, parts) in enumerate(compiled.lines):
            compiled_parts: list[tuple] = []
            starts: set[int] = set()
            n_gates = 0
            if lid not in active:
                parts = ()   # never matched here: no tables to build
            for part in parts:
                positions = []
                for optional, seqs in part:
                    table: dict[int, list[tuple[int, ...]]] = {}
                    for seq in seqs:
                        table.setdefault(hash_string(seq[0]), []).append(tuple(hash_string(t) for t in seq))
                    positions.append((optional, table))
                    if not optional:   # every required position is a gate: one of its words must be in the doc
                        for seq in seqs:
                            rare = min(seq, key=lambda t: (t in STOP_WORDS, -len(t)))
                            gate_lines.setdefault(hash_string(rare), set()).add((lid, n_gates))
                        n_gates += 1
                if not part:
                    continue   # a wildcard line: matched by its regex
                # anchor: the required position whose words are least common; matching grows out from it
                k = min((sum(1 for seq in seqs if seq[0] in STOP_WORDS), len(seqs), i)
                        for i, (optional, seqs) in enumerate(part) if not optional)[2]
                starts.update(positions[k][1])
                before = [(opt, _by_last(table)) for opt, table in reversed(positions[:k])]
                compiled_parts.append((positions[k][1], before, positions[k + 1:]))
            self.parts.append(compiled_parts)
            self.line_starts.append(np.array(sorted(starts), dtype=np.uint64))
            self.n_gates.append(n_gates if lid in active else -1)
        self.gate_lines = {h: tuple(v) for h, v in gate_lines.items()}
        self.gate_set = frozenset(self.gate_lines)
        self.line_anchors = [frozenset(a.tolist()) for a in self.line_starts]
        anchor_parts: dict[int, list[tuple[int, int]]] = {}
        for line_id, parts_of_line in enumerate(self.parts):
            for part_no, part_info in enumerate(parts_of_line):
                for anchor_hash in part_info[0]:
                    anchor_parts.setdefault(anchor_hash, []).append((line_id, part_no))
        self.anchor_parts = anchor_parts
        self.gates = np.array(sorted(self.gate_lines), dtype=np.uint64)
        self.wild = [(regex.compile(src, regex.IGNORECASE), lid) for src, lid in compiled.wildcards if lid in active]
        self.firsts = self.gates   # non-empty when there is anything to match

    @classmethod
    def build(cls, sets: Mapping[str, Sequence[str]], cache_dir=None,
              matched: frozenset[str] | None = None) -> "CueIndex":
        return cls(cls.compile(sets, cache_dir), matched)

    @staticmethod
    def compile(sets: Mapping[str, Sequence[str]], cache_dir=None) -> Compiled:
        from ... import cache
        from ..inflect import _lookups_version

        key = cache.make_key(CACHE_VERSION, _lookups_version(), sorted((k, tuple(v)) for k, v in sets.items()))
        compiled = cache.load(key, cache_dir)
        if not isinstance(compiled, Compiled):
            compiled = compile_sets(sets)
            cache.store(key, compiled, cache_dir)
        return compiled

    def _open_lines(self, present: set[int]) -> set[int]:
        """Lines whose every gate has one of its words among the document's words."""
        gates: dict[int, set[int]] = {}
        for h in present & self.gate_set:
            for lid, g in self.gate_lines[h]:
                gates.setdefault(lid, set()).add(g)
        return {lid for lid, got in gates.items() if len(got) == self.n_gates[lid]}

    def find(self, toks: "DocTokens", text: str, bounds) -> list[Match]:
        """Every cue match in the document; `bounds()` (-> scope.Bounds) says where sentences end, for gapped cues."""
        if toks.n == 0:
            return []
        seq, present = toks.seq, toks.present
        found: dict[int, list[tuple[int, int, int]]] = {}   # line id -> (part, start, end)
        lines = self._open_lines(present)
        if lines:
            anchors = present & set().union(*(self.line_anchors[lid] for lid in lines))
            at = np.flatnonzero(np.isin(toks.lower, np.fromiter(anchors, dtype=np.uint64, count=len(anchors))))
            for i in at.tolist():
                for lid, pi in self.anchor_parts[seq[i]]:
                    if lid in lines:
                        span = _match_part(self.parts[lid][pi], seq, i)
                        if span is not None:
                            found.setdefault(lid, []).append((pi, *span))
        for compiled_re, lid in self.wild:
            for m in compiled_re.finditer(text):
                starts = toks.starts
                a = bisect.bisect_right(starts, m.start()) - 1   # the token holding the suffix: the whole compound
                b = bisect.bisect_left(starts, m.end())
                if a >= 0 and b > a:
                    found.setdefault(lid, []).append((0, a, b))
        if not found:
            return []
        starts, ends = toks.starts, toks.ends
        out: list[Match] = []
        for lid, parts in found.items():
            n_parts = self.n_parts[lid]
            spans = ([(s, e) for p, s, e in parts if p == 0] if n_parts == 1
                     else _chain(parts, n_parts, starts, bounds()))
            name = self.sets[self.line_sets[lid]]
            out.extend(Match(name, s, e, starts[s], ends[e - 1]) for s, e in spans)
        return _longest(out)


def _by_last(table: dict[int, list[tuple[int, ...]]]) -> dict[int, list[tuple[int, ...]]]:
    out: dict[int, list[tuple[int, ...]]] = {}
    for seqs in table.values():
        for hashes in seqs:
            out.setdefault(hashes[-1], []).append(hashes)
    return out


def _match_part(part, seq: list[int], i: int) -> tuple[int, int] | None:
    """The longest match of one part whose anchor position starts at token i: (start, end), or None."""
    anchor, before, after = part
    n = len(seq)
    ends = [i + len(h) for h in anchor.get(seq[i], ()) if i + len(h) <= n and tuple(seq[i:i + len(h)]) == h]
    if not ends:
        return None
    end = _grow(after, seq, max(ends), forward=True) if after else max(ends)
    if end is None:
        return None
    start = _grow(before, seq, i, forward=False) if before else i
    return None if start is None else (start, end)


def _grow(positions, seq: list[int], j: int, forward: bool) -> int | None:
    """Match `positions` from token j onwards (or backwards, ending before j); the farthest reach, or None."""
    best = None
    stack = [(0, j)]
    n = len(seq)
    while stack:
        p, at = stack.pop()
        if p == len(positions):
            if best is None or (at > best if forward else at < best):
                best = at
            continue
        optional, table = positions[p]
        if optional:
            stack.append((p + 1, at))
        if forward:
            if at < n:
                for h in table.get(seq[at], ()):
                    if at + len(h) <= n and (len(h) == 1 or tuple(seq[at:at + len(h)]) == h):
                        stack.append((p + 1, at + len(h)))
        elif at > 0:
            for h in table.get(seq[at - 1], ()):
                if at - len(h) >= 0 and (len(h) == 1 or tuple(seq[at - len(h):at]) == h):
                    stack.append((p + 1, at - len(h)))
    return best


def _chain(found, n_parts: int, starts: list[int], bounds) -> list[tuple[int, int]]:
    """Spans where part 0, 1, ... follow each other, each gap <= MAX_GAP tokens, all in one sentence."""
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
        for p in range(1, n_parts):
            nxt = next(((s, e) for s, e in by_part[p] if end <= s <= end + MAX_GAP), None)
            if nxt is None or bounds.sentence_of(starts[nxt[0]]) != sent:
                break
            end = nxt[1]
        else:
            out.append((s0, end))
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
