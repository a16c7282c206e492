"""`BoundedMemo`: a dict that empties itself when it grows past a limit.

The matchers memoise per-word work (word hash -> flags, entry id -> parsed entry,
token -> facts). Drafts are short but a long-running process sees unbounded text,
so every memo has a ceiling; clearing everything at the ceiling is cheaper than an
LRU's bookkeeping on every hit (`functools.lru_cache` costs a lock and list
updates per lookup), and the hot path stays a plain `dict.get`.
"""
from __future__ import annotations

from typing import Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedMemo(dict, Generic[K, V]):
    """A dict with `put` (clear when more than `limit` items, then store) and `make_room`."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def make_room(self) -> bool:
        """Clear the memo when it holds more than `limit` items; True when it did."""
        if len(self) > self.limit:
            self.clear()
            return True
        return False

    def put(self, key: K, value: V) -> V:
        """Store `value` under `key` (after `make_room`) and return it."""
        if len(self) > self.limit:
            self.clear()
        self[key] = value
        return value

    def __reduce__(self):
        # memos are per process: pickle as empty
        return (type(self), (self.limit,))
