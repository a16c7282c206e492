"""Per-line tables of a cached cue index, each kept pickled until a document first opens its line."""
from __future__ import annotations

import pickle


class _LazyLines:
    """A list of per-line tables, each kept pickled until its line is first opened by a document."""

    __slots__ = ("_blobs", "items")

    def __init__(self, blobs: list[bytes]) -> None:
        self._blobs = blobs
        self.items: list = [None] * len(blobs)

    @staticmethod
    def pack(items) -> list[bytes]:
        return [pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL) for item in items]

    def opened(self, lids) -> list:
        """The tables as a plain list, with those of `lids` unpickled (written by this index's `build`)."""
        items, blobs = self.items, self._blobs
        for lid in lids:
            if items[lid] is None:
                items[lid] = pickle.loads(blobs[lid])
        return items

    def __len__(self) -> int:
        return len(self._blobs)

    def __getitem__(self, lid: int):
        return self.opened((lid,))[lid]

    def __iter__(self):
        return iter(self.opened(range(len(self._blobs))))

    def __getstate__(self):
        return self._blobs

    def __setstate__(self, state) -> None:
        self._blobs, self.items = state, [None] * len(state)
