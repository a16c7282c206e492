"""Offsets: map a derived string back to its source, and offsets to line:column.

`OffsetMap` records how a derived string (the normalised text) was made from a
source string (the prose view, which has the same indices as the file text).
It is a piecewise map over *segments*. Segment `i` covers derived
`[D[i], D[i+1])` and source `[S[i], S[i+1])`:

* equal lengths: a copy, char `k` of the segment came from source char `k`
  (this includes 1:1 replacements such as look-alike folding);
* different lengths: an atomic replacement, every derived char in it came from
  the whole source range (a whitespace run, a ligature, an entity);
* no source chars: inserted characters (a space in `#Anouk Van`);
* no derived chars: removed characters (a zero-width space).

Only length-changing edits create segments, so a typical text has few of them
and a lookup is one `bisect` over a short list.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable


class OffsetMap:
    """Maps offsets in a derived string back to offsets in the string it was derived from."""

    __slots__ = ("_d", "_s")

    def __init__(self, derived_starts: list[int], source_starts: list[int]) -> None:
        """Args: segment starts in both strings; the last pair is (len(derived), len(source))."""
        if len(derived_starts) != len(source_starts) or len(derived_starts) < 1:
            raise ValueError("derived_starts and source_starts must be non-empty and equally long")
        self._d = derived_starts
        self._s = source_starts

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([0, length], [0, length])

    @classmethod
    def from_edits(cls, source_length: int, edits: Iterable[tuple[int, int, int]]) -> OffsetMap:
        """Build the map from sorted, non-overlapping edits `(source_start, source_end, new_length)`.

        Equal-length edits need no segment and are skipped.
        """
        d_starts, s_starts = [0], [0]
        delta = 0  # derived position - source position in the current copy segment
        for start, end, new_len in edits:
            old_len = end - start
            if new_len == old_len:
                continue
            if s_starts[-1] != start or d_starts[-1] != start + delta:
                d_starts.append(start + delta)
                s_starts.append(start)
            delta += new_len - old_len
            d_starts.append(end + delta)
            s_starts.append(end)
        if s_starts[-1] != source_length or len(s_starts) == 1:
            d_starts.append(source_length + delta)
            s_starts.append(source_length)
        return cls(d_starts, s_starts)

    @property
    def derived_length(self) -> int:
        return self._d[-1]

    @property
    def source_length(self) -> int:
        return self._s[-1]

    def is_identity(self) -> bool:
        return len(self._d) == 2 and self._d[1] == self._s[1]

    def _segment(self, pos: int) -> int:
        """Index of the non-empty segment holding derived char `pos` (0 <= pos < len)."""
        return bisect_right(self._d, pos) - 1

    def to_source(self, pos: int) -> int:
        """Source offset where derived char `pos` starts (for start offsets)."""
        d, s = self._d, self._s
        if pos >= d[-1]:
            return s[-1]
        if pos <= 0:
            pos = 0
        i = self._segment(pos)
        if d[i + 1] - d[i] == s[i + 1] - s[i]:
            return s[i] + pos - d[i]
        return s[i]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span holding exactly the source chars that produced derived[start:end].

        Inserted characters at the edges do not widen the span; removed
        characters strictly inside it stay inside.
        """
        d, s = self._d, self._s
        start = max(start, 0)
        end = min(end, d[-1])
        # skip inserted chars at the start
        while start < end:
            i = self._segment(start)
            if s[i + 1] != s[i]:
                break
            start = d[i + 1]
        # skip inserted chars at the end
        while start < end:
            j = self._segment(end - 1)
            if s[j + 1] != s[j]:
                break
            end = d[j]
        if start >= end:
            p = self.to_source(start)
            return p, p
        i = self._segment(start)
        a = s[i] + start - d[i] if d[i + 1] - d[i] == s[i + 1] - s[i] else s[i]
        j = self._segment(end - 1)
        b = s[j] + end - d[j] if d[j + 1] - d[j] == s[j + 1] - s[j] else s[j + 1]
        return a, b

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Chain maps: `self` maps derived -> mid, `inner` maps mid -> source; returns derived -> source."""
        if inner.is_identity():
            return self
        if self.is_identity():
            return inner
        return _Composed(self, inner)

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._d) - 1} segments, {self.derived_length} <- {self.source_length})"


class _Composed(OffsetMap):
    """Two maps applied one after the other; lookups stay O(log n) per step."""

    __slots__ = ("_outer", "_inner")

    def __init__(self, outer: OffsetMap, inner: OffsetMap) -> None:
        super().__init__([0, outer.derived_length], [0, inner.source_length])
        self._outer = outer
        self._inner = inner

    def is_identity(self) -> bool:
        return False

    def to_source(self, pos: int) -> int:
        return self._inner.to_source(self._outer.to_source(pos))

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        a, b = self._outer.span_to_source(start, end)
        if a == b:
            p = self._inner.to_source(a)
            return p, p
        return self._inner.span_to_source(a, b)


# Line breaks as YAML (and so the front matter) sees them: CRLF, LF, a lone CR, NEL, LS and PS.
# The one definition shared by the front-matter reader and LineIndex.
LINE_BREAK_CHARS = "\r\n\x85\u2028\u2029"
LINE_BREAK = "(?:\r\n|[\n\r\x85\u2028\u2029])"
_LINE_BREAK = re.compile(LINE_BREAK)
_OTHER_BREAKS = tuple(ch for ch in LINE_BREAK_CHARS if ch != "\n")


class LineIndex:
    """Offset -> (line, column), both 1-based; the column counts characters.

    Lines end at any of LINE_BREAK (a lone `\r` and U+2028 too), so a key of
    front matter written with those line breaks is located where YAML saw it.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = starts = [0]
        if any(ch in text for ch in _OTHER_BREAKS):
            starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
            return
        # only "\n": str.find in a loop is 7x faster than a match object per line (a draft has many lines)
        find = text.find
        at = find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = find("\n", at + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        n = bisect_right(self._starts, offset) - 1
        return n + 1, offset - self._starts[n] + 1

    def offset(self, line: int, col: int) -> int:
        """The offset of 1-based (line, col); the inverse of `line_col`."""
        line = min(max(line, 1), len(self._starts))
        return self._starts[line - 1] + max(col, 1) - 1

    def line_start(self, offset: int) -> int:
        return self._starts[bisect_right(self._starts, offset) - 1]
