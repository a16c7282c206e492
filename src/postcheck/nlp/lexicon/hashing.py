"""Folding and hashing for the lexicon index: scan-folded code arrays, stable 64-bit
polynomial hashes of any substring (and any one-character deletion) in O(1) from
prefix sums, and two compact containers that pickle cheaply (`HashSet`, `Blob`).

Kept instead of a library matcher because it measured better: with 100k client names
and 150k streets, pyahocorasick over the whole lexicon gave 0.36x of bare spaCy
tokenisation and a 1.4 s cached load; these hashed word n-grams 0.60x at first,
0.71-0.79x now, with a 0.12 s cached load (benchmarks/README.md).
"""
from __future__ import annotations

from array import array
from functools import lru_cache
from typing import Sequence

import numpy as np

from postcheck.text.fold import fold

# --------------------------------------------------------------------------- folding

_SCAN_LIMIT = 0x3000


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(scan table over all code points, upper-case flags, digit flags for folded codes).

    The flag tables have _SCAN_LIMIT + 1 entries; index with min(code, _SCAN_LIMIT)."""
    # one translate of all code points below the limit (fold maps one character to one), then
    # whole-array steps: a per-code-point loop cost a cold start ~20 ms
    chars = "".join(map(chr, range(_SCAN_LIMIT)))
    folded = fold(chars)
    alnum = np.fromiter(map(str.isalnum, folded), bool, _SCAN_LIMIT)
    table = np.arange(0x110000, dtype=np.uint32)
    table[:_SCAN_LIMIT] = np.where(alnum, np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32), 32)
    upper = np.zeros(_SCAN_LIMIT + 1, dtype=bool)
    digit = np.zeros(_SCAN_LIMIT + 1, dtype=bool)
    upper[:_SCAN_LIMIT] = np.fromiter(map(str.isupper, chars), bool, _SCAN_LIMIT)
    digit[:_SCAN_LIMIT] = alnum & ~np.fromiter(map(str.isalpha, folded), bool, _SCAN_LIMIT)
    table[0x3000] = 32                     # the only white space above _SCAN_LIMIT
    return table, upper, digit


def _scan_table() -> np.ndarray:
    return _tables()[0]


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@lru_cache(maxsize=1)
def _scan_trans() -> dict[int, int]:
    """`_scan_table` as a str.translate table (only the code points it changes)."""
    table = _scan_table()
    return {cp: int(table[cp]) for cp in range(_SCAN_LIMIT + 1) if table[cp] != cp}


def scan_fold(text: str) -> str:
    """`fold(text)` with every non-letter/digit mapped to ' ' (same length)."""
    if not text:
        return text
    if len(text) < 256:                     # short strings: translate beats numpy's call overhead
        return text.translate(_scan_trans())
    return _scan_table()[_codes(text)].tobytes().decode("utf-32-le", "surrogatepass")


# --------------------------------------------------------------------------- hashing
# h(s) = mix(sum(c_i * B**i) mod 2**64, len(s)). B is odd, so it has an inverse mod
# 2**64 and the raw hash of any substring s[a:b] is (P[b] - P[a]) * B**-a, where P
# are prefix sums of c_i * B**i; deleting one character is just as cheap. Stable
# across processes (unlike hash()), vectorised with numpy (uint64 wraps around).

_B = 0x9E3779B97F4A7C15
_BINV = pow(_B, -1, 1 << 64)
_K1 = np.uint64(0xD6E8FEB86659FD93)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_POW: list[np.ndarray] = [np.ones(1, np.uint64), np.ones(1, np.uint64)]


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """B**i and B**-i for i in range(n + 2) (at least)."""
    if len(_POW[0]) < n + 2:
        m = max(n + 2, 2 * len(_POW[0]), 4096)
        with np.errstate(over="ignore"):
            bp = np.full(m, _B, np.uint64)
            bp[0] = 1
            ip = np.full(m, _BINV, np.uint64)
            ip[0] = 1
            _POW[0] = np.cumprod(bp, dtype=np.uint64)
            _POW[1] = np.cumprod(ip, dtype=np.uint64)
    return _POW[0], _POW[1]


def _prefix(codes: np.ndarray) -> np.ndarray:
    n = len(codes)
    bp, _ = _powers(n)
    out = np.zeros(n + 1, np.uint64)
    np.cumsum(codes.astype(np.uint64) * bp[:n], out=out[1:])
    return out


def _mix(raw: np.ndarray, length: np.ndarray) -> np.ndarray:
    # one multiplication spreads every bit of raw + length into the top bits (the radix)
    z = raw + length.astype(np.uint64) * _K1
    z *= _M1
    return z


def _span_hash(P: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    _, ip = _powers(len(P))
    return _mix((P[b] - P[a]) * ip[a], b - a)


def _del_hash(P: np.ndarray, a: np.ndarray, b: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Hash of s[a:b] without the character at k (a <= k < b)."""
    _, ip = _powers(len(P))
    return _mix((P[k] - P[a]) * ip[a] + (P[b] - P[k + 1]) * ip[a + 1], b - a - 1)


def _bounds(strs: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(prefix sums, starts, ends) of the concatenation of `strs`."""
    lens = np.fromiter(map(len, strs), dtype=np.int64, count=len(strs))
    ends = np.cumsum(lens)
    return _prefix(_codes("".join(strs))), ends - lens, ends


def hash_strings(strs: Sequence[str], chunk: int = 200_000) -> np.ndarray:
    """Stable 64-bit hashes of `strs` (same function as the one `find` uses on text)."""
    out = [np.zeros(0, np.uint64)]
    for i in range(0, len(strs), chunk):
        P, a, b = _bounds(strs[i:i + chunk])
        out.append(_span_hash(P, a, b))
    return np.concatenate(out)


def _deletion_hashes(strs: Sequence[str], chunk: int = 100_000) -> tuple[np.ndarray, np.ndarray]:
    """(hash, string index) of every string and each of its one-character deletions."""
    hs, ids = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)]
    for i in range(0, len(strs), chunk):
        P, a, b = _bounds(strs[i:i + chunk])
        idx = np.arange(len(a), dtype=np.int64)
        hs.append(_span_hash(P, a, b))
        ids.append(idx + i)
        lens = b - a
        rep = np.repeat(idx, lens)
        k = np.arange(int(lens.sum()), dtype=np.int64)          # every character position
        hs.append(_del_hash(P, a[rep], b[rep], k))
        ids.append(rep + i)
    return np.concatenate(hs), np.concatenate(ids)


def _lookup(sorted_h: np.ndarray, h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(found mask, position) of hashes `h` in the sorted unique array `sorted_h`."""
    if not len(sorted_h):
        return np.zeros(len(h), bool), np.zeros(len(h), np.int64)
    pos = np.searchsorted(sorted_h, h)
    np.minimum(pos, len(sorted_h) - 1, out=pos)
    return sorted_h[pos] == h, pos


class _HashSet:
    """Sorted unique 64-bit hashes with a radix table over the top bits.

    A lookup is two gathers (radix slot, first hash in the bucket) instead of a
    binary search, whose dependent loads miss the cache on big arrays; buckets
    holding more than one hash fall back to `searchsorted` on their few queries."""

    __slots__ = ("h", "radix", "shift")

    def __init__(self, h: np.ndarray) -> None:
        self.h = np.ascontiguousarray(h, dtype=np.uint64)
        bits = max(4, min(24, int(len(h)).bit_length() + 1))
        self.shift = 64 - bits
        top = (self.h >> np.uint64(self.shift)).astype(np.int64)
        self.radix = np.searchsorted(top, np.arange((1 << bits) + 1)).astype(np.int32)

    def __len__(self) -> int:
        return len(self.h)

    def __getstate__(self):
        return (self.h, self.radix, self.shift)

    def __setstate__(self, state) -> None:
        self.h, self.radix, self.shift = state

    def lookup(self, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(found mask, position in the sorted hashes) for the hashes `q`."""
        h = self.h
        if not len(h) or not len(q):
            return np.zeros(len(q), bool), np.zeros(len(q), np.int64)
        top = (q >> np.uint64(self.shift)).astype(np.intp)
        radix = self.radix
        lo = radix[top]
        pos = lo.astype(np.intp)
        np.minimum(pos, len(h) - 1, out=pos)
        found = h[pos] == q
        # a query in a bucket of several hashes that is not the first: walk the bucket (sorted,
        # small); a binary search would miss the cache ~18 times per query
        hi = radix[top + 1]
        cur = ((hi - lo > 1) & ~found).nonzero()[0]
        p = pos[cur]
        while len(cur):
            p += 1
            qc = q[cur]
            hv = h[p]
            hit = (hv == qc).nonzero()[0]
            if len(hit):
                pos[cur[hit]] = p[hit]
                found[cur[hit]] = True
            go = ((hv < qc) & (p + 1 < hi[cur])).nonzero()[0]
            cur, p = cur[go], p[go]
        return found, pos


class _Blob:
    """Many strings as one str plus offsets: cheap to pickle, materialised on demand."""

    __slots__ = ("text", "offs")

    def __init__(self, strs: Sequence[str]) -> None:
        self.text = "".join(strs)
        offs = np.zeros(len(strs) + 1, np.int64)
        np.cumsum(np.fromiter(map(len, strs), dtype=np.int64, count=len(strs)), out=offs[1:])
        self.offs = array("q", offs.tobytes())

    def __getitem__(self, i: int) -> str:
        return self.text[self.offs[i]:self.offs[i + 1]]

    def __len__(self) -> int:
        return len(self.offs) - 1

    def __getstate__(self):
        return (self.text, self.offs)

    def __setstate__(self, state) -> None:
        self.text, self.offs = state

