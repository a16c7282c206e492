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
are one compiled regex over the text. A line in the swapped order of `a <> b`
counts only where another word of its sentence stands before it (V2 after a
fronted word or clause: "dan weet ik je te vinden", not "Weet ik ...?").
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import Mapping, Sequence

import numpy as np

from .candidates import AnchorTables
from .compile import ENDING_MARK, Compiled, cache_version, compile_sets
from .endings import Endings
from .lazy import _LazyLines
from .masked import unmask
from .particles import particle_mask, particle_set
from .spelling import standardise
from .match import Match, Wildcard, _by_last, _by_second, _chain, _fronted, _longest, _match_part, _reachable

# the layout of a CueIndex's tables as cached by `CueIndex.build`; change it when __init__ or
# data/word_frequency_nl.txt (which picks the anchors) changes
_INDEX_STATE = "index-19"


def _frequency():
    """word -> how often it occurs in Dutch (occurrences per billion words, from wordfreq's Zipf values);
    words not in the list are rarer than every listed one. Read only when the index is built."""
    from ..wordlists import word_frequencies

    table = {word: 10 ** zipf for word, zipf in word_frequencies().items()}
    floor = 10 ** 3.5
    # an ending position ("**groep") is never an anchor nor a phrase's rarest word: it is read beside the tokens
    return lambda w: float("inf") if w.startswith(ENDING_MARK) else table.get(w, floor)


_ACCENTED = re.compile(r"[À-ÖØ-öø-ÿĀ-ſ]")   # Latin letters with diacritics (not quotes, emoji)


_FOLDED: dict[int, int] = {}   # LOWER hash of a word with diacritics -> hash of its folded form (or itself)
# an amount written short ("12%", "90k", "40 K" is "40" "K", "1,4mln", "2M"): its unit reads as the unit word
_AMOUNT = re.compile(r"\d[\d.,]*[ \t]?(?P<unit>%|[kK]|mln|mio|M)(?![\w%])")   # the char before: checked in Python
_UNIT_WORD = {"%": "%", "k": "duizend", "mln": "miljoen", "mio": "miljoen", "m": "miljoen"}


class DocTokens:
    """A document's token arrays, made once and shared by the indexes that match it."""

    def __init__(self, doc) -> None:
        from spacy.attrs import LOWER

        self.n = len(doc)
        self.doc = doc
        self.lower = doc.to_array(LOWER) if self.n else np.zeros(0, dtype=np.uint64)
        self._arr: np.ndarray | None = None   # IDX, LENGTH: only read where a cue matched
        self._starts: list[int] | None = None
        self._by_word: tuple[np.ndarray, np.ndarray] | None = None
        text = doc.user_data.get("postcheck_text")   # the kept text: Doc.text rebuilds it from every token
        self._text = doc.text if text is None else text
        if self.n and not self._text.isascii():
            self._fold_accents()
        if self.n:
            self._read_amounts()
            # chat, clitic and dialect spellings ("t", "ff", "m'n", "nie") match the cue words `het`, `even`, `mijn`,
            # `niet` (`spelling.py`; "nie"/"neet" since the twenty-eighth round, the rest since the thirty-second)
            standardise(self)
        if self.n and "*" in self._text:
            unmask(self._text, self)
            self.forget_words()
        self._seq: list[int] | None = None

    def forget_words(self) -> None:
        """Drop what was read from the LOWER hashes (sorted words, the distinct ones) after they were rewritten."""
        self._by_word = None
        self.__dict__.pop("present", None)

    @property
    def seq(self) -> list[int]:
        """The LOWER hashes as a list (read where a part is tried at a candidate start)."""
        if self._seq is None:
            self._seq = self.lower.tolist()
        return self._seq

    @cached_property
    def present(self) -> set[int]:
        """The document's distinct LOWER hashes (from the sorted hashes: a set of the distinct ones only)."""
        order, ordered = self.by_word()
        if not len(ordered):
            return set()
        new = np.empty(len(ordered), dtype=bool)
        new[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
        return set(ordered[new].tolist())

    def _fold_accents(self) -> None:
        """Tokens with diacritics also match as written without them: "wéér", "nóg één keer" (emphasis)
        match the cues `weer`, `nog een keer`; cue words are compiled in both forms, so a cue written
        with its diacritics ("geëxecuteerd") still matches."""
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        from ...text.fold import fold
        starts, lower, strings = self.starts, self.lower, self.doc.vocab.strings
        seen = set()
        for m in _ACCENTED.finditer(self._text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or i in seen:
                continue
            seen.add(i)
            h = int(lower[i])
            folded_hash = _FOLDED.get(h)
            if folded_hash is None:   # a word form seen for the first time (the cache keeps the work per form)
                low = strings[h]
                folded = fold(low)
                folded_hash = hash_string(folded) if folded != low and folded.isalpha() else h
                if len(_FOLDED) > 200_000:
                    _FOLDED.clear()
                _FOLDED[h] = folded_hash
            lower[i] = folded_hash

    def _read_amounts(self) -> None:
        """The token of a short amount's unit ("12%", "90k", the "K" of "40 K") matches the unit's word
        (`%`, `duizend`, `miljoen`), so `[bedrag]` lines read "zat 90k onder" as "zat 90 duizend onder"."""
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        text = self._text
        ends: list[int] = []
        for m in _AMOUNT.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,_"):
                continue
            starts, ends = self.starts, ends or self.ends   # token offsets only for a document with an amount
            i = bisect.bisect_right(starts, m.start("unit")) - 1
            if i >= 0 and ends[i] == m.end() and starts[i] in (m.start(), m.start("unit")):
                self.lower[i] = hash_string(_UNIT_WORD[m.group("unit").lower()])

    def by_word(self) -> tuple[np.ndarray, np.ndarray]:
        """The token positions sorted by LOWER hash (stable), and the hashes in that order."""
        if self._by_word is None:
            order = np.argsort(self.lower, kind="stable")
            self._by_word = (order, self.lower[order])
        return self._by_word

    @property
    def arr(self) -> np.ndarray:
        if self._arr is None:
            from spacy.attrs import IDX, LENGTH
            self._arr = self.doc.to_array([IDX, LENGTH]) if self.n else np.zeros((0, 2), dtype=np.uint64)
        return self._arr

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = self.arr[:, 0].tolist()
        return self._starts

    @property
    def ends(self) -> list[int]:
        return (self.arr[:, 0] + self.arr[:, 1]).tolist()


class CueIndex:
    """Compiled cue lines, matched per document.

    Speed: a line can only match when every required position finds one of its
    words in the document (for a multi-word alternative, its least common word).
    One `numpy.isin` over the document's distinct tokens finds the lines whose
    gates are all present; only those lines' start tokens are looked up, and
    Python runs only at those candidates. Sets that no rule reads (`matched`)
    are compiled for their [set] references but never matched themselves.
    """

    # a match may step over modal particles between its words (`particles.py`); off for the scope sets
    particles = True

    def __init__(self, compiled: Compiled, matched: frozenset[str] | None = None) -> None:
        # Cython module without stubs
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        self.compiled = compiled
        self.sets = compiled.sets
        self.line_sets = [si for si, _parts in compiled.lines]
        self.n_parts = [len(parts) for _si, parts in compiled.lines]
        parts_of: list[list[tuple]] = []   # per line, per part: (anchor table, positions before, after)
        quick_of: list[list] = []   # per line, per part: (words allowed next, before), None, or True (one word)
        line_rare: list[list[tuple[int, int, int]]] = []   # per line: (word, part, offset) its parts are found by
        # only the sets that rules read are matched; the others serve as [set] references
        active = {lid for lid, (si, _p) in enumerate(compiled.lines) if matched is None or compiled.sets[si] in matched}
        freq = _frequency()
        self.endings = endings = Endings(compiled.endings)
        # words one of which a document needs before a line with an ending ("=besloten **groep") can open: per
        # such line its rarest gate that is no ending; a document without any is not scanned for endings
        ending_keys: set[int] = set()
        gate_lines: dict[int, set[tuple[int, int]]] = {}   # gate token -> (line, gate number) it satisfies
        self.n_gates: list[int] = []
        for lid, (_si, parts) in enumerate(compiled.lines):
            compiled_parts: list[tuple] = []
            quick: list = []
            rare_at: set[tuple[int, int, int]] = set()   # (word, part, offset of the word in its phrase)
            n_gates = 0
            gates: list[tuple[float, set[int]]] = []   # this line's gates: (summed frequency, word hashes)
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
                        words = {min(seq, key=lambda t: (freq(t), -len(t))) for seq in seqs}
                        for rare in words:
                            gate_lines.setdefault(hash_string(rare), set()).add((lid, n_gates))
                        gates.append((sum(freq(w) for w in words), {hash_string(w) for w in words}))
                        n_gates += 1
                if not part:
                    continue   # a wildcard line: matched by its regex
                # anchor: the required position whose words are least frequent in Dutch (summed over its
                # alternatives and their forms); matching grows out from it
                k = min((sum(freq(w) for w in {seq[0] for seq in seqs}), len(seqs), i)
                        for i, (optional, seqs) in enumerate(part) if not optional)[2]
                # each phrase of the anchor position is looked up by its rarest word, at that word's offset in
                # the phrase: a position of [set] phrases that start with "de", "een" or "ik" would otherwise
                # make every such word of a document a candidate
                for seq in part[k][1]:
                    j = min(range(len(seq)), key=lambda t: (freq(seq[t]), -len(seq[t]), t))
                    rare_at.add((hash_string(seq[j]), len(compiled_parts), j))
                before = [(opt, _by_last(table)) for opt, table in reversed(positions[:k])]
                compiled_parts.append((_by_second(positions[k][1]), before, positions[k + 1:]))
                # quick reject before calling _match_part: the words that may stand right after / before a
                # one-word anchor when the neighbouring position is required (most candidates fail there)
                lengths = {len(seq) for seqs in positions[k][1].values() for seq in seqs}
                nxt: frozenset[int] | None
                if min(lengths) >= 2:    # every anchor phrase has a second word: it must follow
                    nxt = frozenset(seq[1] for seqs in positions[k][1].values() for seq in seqs)
                else:
                    nxt = _reachable(positions[k + 1:]) if lengths == {1} else None
                prv = _reachable(before)
                # a neighbour that may be an ending ("**groep") is no fixed word: no quick check on that side
                nxt = None if nxt and nxt & endings.hashes else nxt
                prv = None if prv and prv & endings.hashes else prv
                if lengths == {1} and not before and not positions[k + 1:]:
                    quick.append(True)   # the part is one word: every occurrence is a match
                else:
                    quick.append((nxt, prv) if nxt is not None or prv is not None else None)
            parts_of.append(compiled_parts)
            if any(h in endings.hashes for _f, hs in gates for h in hs):
                ending_keys |= min((g for g in gates if not g[1] & endings.hashes), key=lambda g: g[0])[1]
            quick_of.append(quick)
            line_rare.append(sorted(rare_at))
            self.n_gates.append(n_gates if lid in active else -1)
        self.parts: list[list[tuple]] | _LazyLines = parts_of
        self._ending_keys = frozenset(ending_keys)
        self.gate_set = frozenset(gate_lines)
        self.anchors = AnchorTables(line_rare, quick_of)   # the candidate starts of each part, as arrays
        self.gates = np.array(sorted(gate_lines), dtype=np.uint64)
        # the same gates as arrays, so `_open_lines` runs in numpy: every (line, gate number) pair is one
        # global gate id; the ids a gate word satisfies are `_gate_flat[_gate_off[k]:_gate_off[k + 1]]` for
        # the word's place k in `gates` (flat arrays: a cached index loads them in one copy each)
        gate_ids: dict[tuple[int, int], int] = {}
        flat: list[int] = []
        offsets = [0]
        for h in self.gates.tolist():
            flat.extend(gate_ids.setdefault(pair, len(gate_ids)) for pair in sorted(gate_lines[h]))
            offsets.append(len(flat))
        self._gate_flat = np.array(flat, dtype=np.intp)
        self._gate_off = np.array(offsets, dtype=np.intp)
        self._gate_len = np.diff(self._gate_off)
        self._gate_line = np.array([lid for lid, _g in gate_ids], dtype=np.intp)
        self._need = np.array([n if n > 0 else -1 for n in self.n_gates], dtype=np.intp)
        self.wild = [(Wildcard(src), lid) for src, lid in compiled.wildcards if lid in active]
        self.inverted = frozenset(compiled.inverted)
        self.firsts = self.gates   # non-empty when there is anything to match

    @classmethod
    def build(cls, sets: Mapping[str, Sequence[str]], cache_dir=None,
              matched: frozenset[str] | None = None) -> "CueIndex":
        """The index of `sets` for the sets in `matched`; its tables come from the cache when they were
        built before (building them hashes every word of every line: most of a cold start)."""
        from ... import cache
        from ..inflect import _lookups_version

        key = cache.make_key(cache_version(), _INDEX_STATE, _lookups_version(),
                             sorted((k, tuple(v)) for k, v in sets.items()),
                             None if matched is None else sorted(matched))
        state = cache.load(key, cache_dir)
        if isinstance(state, dict) and state.get("_state") == _INDEX_STATE:
            index = cls.__new__(cls)
            index.__dict__.update(state)
            index.parts = _LazyLines(state["parts"])
            return index
        index = cls(cls.compile(sets, cache_dir), matched)
        # the per-line tables are most of the index and a document opens few lines: they are kept
        # pickled per line and unpickled when a line is first opened
        cache.store(key, {**index.__dict__, "compiled": None, "_state": _INDEX_STATE,
                          "parts": _LazyLines.pack(index.parts)}, cache_dir)
        return index

    @staticmethod
    def compile(sets: Mapping[str, Sequence[str]], cache_dir=None) -> Compiled:
        from ... import cache
        from ..inflect import _lookups_version

        key = cache.make_key(cache_version(), _lookups_version(), sorted((k, tuple(v)) for k, v in sets.items()))
        compiled = cache.load(key, cache_dir)
        if not isinstance(compiled, Compiled):
            compiled = compile_sets(sets)
            cache.store(key, compiled, cache_dir)
        return compiled

    def _open(self, toks: "DocTokens") -> tuple[np.ndarray, dict[int, tuple[int, ...]] | None]:
        """The open lines of a document, and its words' ending pseudo-tokens when the index has endings."""
        if not self.endings or toks.present.isdisjoint(self._ending_keys):
            return self._open_lines(toks.present), None
        extra = self.endings.scan(toks)
        present = toks.present | {h for hs in extra.values() for h in hs} if extra else toks.present
        return self._open_lines(present), extra

    def _open_lines(self, present: set[int]) -> np.ndarray:
        """Lines whose every gate has one of its words among the document's words, in line order."""
        words = present & self.gate_set
        if not words:
            return np.zeros(0, dtype=np.intp)
        places = self.gates.searchsorted(np.fromiter(words, dtype=np.uint64, count=len(words)))
        first, lengths = self._gate_off[places], self._gate_len[places]
        # the gate ids of every present word in one gather: word j's run starts at first[j] in `_gate_flat`
        # and at (cumsum(lengths) - lengths)[j] in the result
        ids = np.repeat(first - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
        hit = np.zeros(len(self._gate_line), dtype=bool)
        hit[self._gate_flat[ids]] = True
        per_line = np.bincount(self._gate_line[hit], minlength=len(self._need))
        return np.flatnonzero(per_line == self._need)

    def _match_anchors(self, toks: "DocTokens", lines: np.ndarray, found: dict, extra=None) -> None:
        """Match the parts of the open `lines` into `found`: each part is tried at every start its phrases' rarest
        words point to (a word at offset j of a phrase points to the token j before it; `candidates.py`)."""
        seq = toks.seq
        skip = particle_set() if self.particles else None
        (one_lines, one_parts, one_starts), calls = self.anchors.candidates(
            toks.lower, *toks.by_word(), lines, particle_mask(toks.lower) if skip else None)
        got: dict[int, list[tuple[int, int, int, int]]] = {}   # line -> (anchor start, part, start, end)
        for lid, pi, a in zip(one_lines, one_parts, one_starts, strict=True):
            got.setdefault(lid, []).append((a, pi, a, a + 1))   # a part of one word: every occurrence matches
        if calls[0]:
            parts = self.parts.opened(set(calls[0])) if isinstance(self.parts, _LazyLines) else self.parts
            for lid, pi, a in dict.fromkeys(zip(*calls, strict=True)):   # each (line, part, start) once
                span = _match_part(parts[lid][pi], seq, a, extra, skip)
                if span is not None:
                    got.setdefault(lid, []).append((a, pi, *span))
        # in document order of the anchors, lines in line order at the same anchor (what `_longest` keeps of
        # equal matches depends on it); a line's (anchor start, part) pairs are distinct, so sorting its whole
        # tuples sorts them by those two, and its first anchor start is its first tuple's
        for entries in got.values():
            entries.sort()
        for lid in sorted(got, key=lambda line: (got[line][0][0], line)):
            found[lid] = [(pi, s, e) for _a, pi, s, e in got[lid]]

    def find(self, toks: "DocTokens", text: str, bounds) -> list[Match]:
        """Every cue match in the document; `bounds()` (-> scope.Bounds) says where sentences end, for gapped cues."""
        if toks.n == 0:
            return []
        found: dict[int, list[tuple[int, int, int]]] = {}   # line id -> (part, start, end)
        lines, extra = self._open(toks)
        if len(lines):
            self._match_anchors(toks, lines, found, extra)
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
            spans = ([(s, e, ()) for p, s, e in parts if p == 0] if n_parts == 1
                     else _chain(parts, n_parts, starts, bounds()))
            if lid in self.inverted:
                spans = [(s, e, g) for s, e, g in spans if _fronted(s, text, starts, ends, bounds())]
            name = self.sets[self.line_sets[lid]]
            out.extend(Match(name, s, e, starts[s], ends[e - 1], g) for s, e, g in spans)
        return _longest(out)
