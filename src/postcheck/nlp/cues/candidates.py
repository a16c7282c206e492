"""Where the open lines of a cue index can match in a document: every candidate start in whole-array steps.

Each part of a line is looked up by the rarest word of each phrase of its anchor position, at that word's offset in
the phrase (`index.CueIndex`): a document position of such a word, minus the offset, is a candidate start. A quick
check on the words right after and before the start (the words that may stand there when that neighbour is
required) drops most candidates before `match._match_part` compares the whole phrase; a part that is one word
matches at every candidate. Here both steps run in NumPy over all open lines of a document at once (they were a
Python loop over every (word, line, part) triple and every occurrence). The quick check is a test on hashed
(part, word) pairs: two pairs that hash alike can only let a candidate through to `_match_part`, which decides.
"""
from __future__ import annotations

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)


def pair_keys(part_ids: np.ndarray, words: np.ndarray) -> np.ndarray:
    """One 64-bit key per (global part id, word hash) pair."""
    return words.astype(np.uint64) ^ (part_ids.astype(np.uint64) * _MIX)


def _runs(first: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The indexes first[k] .. first[k] + counts[k] - 1 of every k, concatenated."""
    total = int(counts.sum())
    return np.repeat(first - np.cumsum(counts) + counts, counts) + np.arange(total)


class AnchorTables:
    """The anchor words of every line with their part and offset (`line_rare`: per line, (word, part, offset)
    triples) and each part's quick check (`quick`: per line, per part: True for a part of one word, None for no
    check, or (words allowed next, words allowed before) with None for either side that has no check), as arrays
    a cached index loads in one copy each. The entries are kept by word (`words`, `word_off`), so a document
    reaches only those of the words it holds."""

    def __init__(self, line_rare: list[list[tuple[int, int, int]]], quick: list[list]) -> None:
        rows = sorted((w, lid, p, j) for lid, entries in enumerate(line_rare) for w, p, j in entries)
        words = np.array([r[0] for r in rows], dtype=np.uint64)
        self.words, first = np.unique(words, return_index=True)
        self.word_off = np.append(first, len(rows)).astype(np.intp)
        self.line = np.array([r[1] for r in rows], dtype=np.intp)
        self.part = np.array([r[2] for r in rows], dtype=np.intp)
        self.offset = np.array([r[3] for r in rows], dtype=np.intp)
        self.n_lines = len(line_rare)
        part_off: list[int] = [0]
        one: list[bool] = []
        has_next: list[bool] = []
        has_prev: list[bool] = []
        nexts: list[tuple[int, int]] = []
        prevs: list[tuple[int, int]] = []
        for q_line in quick:
            for q in q_line:
                gid = len(one)
                nxt, prv = q if isinstance(q, tuple) else (None, None)
                one.append(q is True)
                has_next.append(nxt is not None)
                has_prev.append(prv is not None)
                nexts.extend((gid, w) for w in nxt or ())
                prevs.extend((gid, w) for w in prv or ())
            part_off.append(len(one))
        self.part_off = np.array(part_off, dtype=np.intp)
        self.one = np.array(one, dtype=bool)
        self.has_next = np.array(has_next, dtype=bool)
        self.has_prev = np.array(has_prev, dtype=bool)
        self.next_keys = np.unique(self._keys(nexts))
        self.prev_keys = np.unique(self._keys(prevs))
        self._filters: tuple[np.ndarray, np.ndarray] | None = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_filters": None}   # rebuilt from the keys at the first document

    @staticmethod
    def _keys(pairs: list[tuple[int, int]]) -> np.ndarray:
        if not pairs:
            return np.zeros(0, dtype=np.uint64)
        gids = np.array([g for g, _w in pairs], dtype=np.intp)
        return pair_keys(gids, np.array([w for _g, w in pairs], dtype=np.uint64))

    def filters(self) -> tuple[np.ndarray, np.ndarray]:
        """The next and prev keys as bit tables (a key's low bits pick its bit): a test of one gather per
        candidate. Two keys can share a bit, which only lets a candidate through to `_match_part`."""
        if self._filters is None:
            tables = []
            for keys in (self.next_keys, self.prev_keys):
                bits = np.zeros(max(64, 1 << int(32 * len(keys)).bit_length()), dtype=bool)
                bits[(keys & np.uint64(len(bits) - 1)).astype(np.intp)] = True
                tables.append(bits)
            self._filters = (tables[0], tables[1])
        return self._filters

    def candidates(self, lower: np.ndarray, order: np.ndarray, ordered: np.ndarray, lines: np.ndarray,
                   loose: np.ndarray | None = None
                   ) -> tuple[tuple[list[int], list[int], list[int]], tuple[list[int], list[int], list[int]]]:
        """(lines, parts, starts) of the parts of one word that match, and of the parts `_match_part` must try, of
        the open `lines` in a document of tokens `lower` (LOWER hashes; `order` sorts them into `ordered`). A
        part of one word is found once at each start; a part to try may come twice (two of its anchor words can
        point to one start). In no particular order. `loose`: True at the tokens a match may step over (particles,
        `particles.py`): such a token next to a start lets the start through the quick check."""
        n = len(lower)
        if not len(self.words) or not n:
            return ([], [], []), ([], [], [])
        new = np.empty(n, dtype=bool)
        new[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
        run = np.flatnonzero(new)                    # where each distinct word's positions start in `order`
        size = np.diff(np.append(run, n))
        k = np.minimum(self.words.searchsorted(ordered[run]), len(self.words) - 1)
        held = self.words[k] == ordered[run]        # the document's words that anchor some part
        k, run, size = k[held], run[held], size[held]
        first = self.word_off[k]
        counts = self.word_off[k + 1] - first
        entries = _runs(first, counts)
        word = np.repeat(np.arange(len(k)), counts)
        is_open = np.zeros(self.n_lines, dtype=bool)
        is_open[lines] = True
        keep = is_open[self.line[entries]]
        entries, word = entries[keep], word[keep]
        each = np.repeat(np.arange(len(entries)), size[word])   # one row per (entry, occurrence of its word)
        start = order[_runs(run[word], size[word])] - self.offset[entries[each]]
        entries = entries[each]
        keep = start >= 0
        start, entries = start[keep], entries[keep]
        line = self.line[entries]
        gid = self.part_off[line] + self.part[entries]
        one = self.one[gid]
        next_bits, prev_bits = self.filters()
        after, before = np.minimum(start + 1, n - 1), np.maximum(start - 1, 0)
        ok = ~self.has_next[gid] | ((start + 1 < n) & next_bits[(pair_keys(
            gid, lower[after]) & np.uint64(len(next_bits) - 1)).astype(np.intp)])
        ok2 = ~self.has_prev[gid] | ((start > 0) & prev_bits[(pair_keys(
            gid, lower[before]) & np.uint64(len(prev_bits) - 1)).astype(np.intp)])
        if loose is not None:
            ok |= (start + 1 < n) & loose[after]
            ok2 |= (start > 0) & loose[before]
        ok &= ok2
        call = ~one & ok
        part = self.part[entries]
        return ((line[one].tolist(), part[one].tolist(), start[one].tolist()),
                (line[call].tolist(), part[call].tolist(), start[call].tolist()))
