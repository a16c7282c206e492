"""The state every part of `LexiconIndex` shares: compiled tables, per-process memos, pickling."""
from __future__ import annotations

from array import array
from typing import Any

import numpy as np

from postcheck.nlp.lexicon.entries import EntryTokens, PlaceInfo, Slot
from postcheck.nlp.lexicon.hashing import _Blob, _HashSet
from postcheck.nlp.memo import BoundedMemo


class IndexState:
    """Compiled tables (see `build.IndexBuilder`) plus memos; no matching logic."""

    def __init__(self) -> None:
        self._slots: list[Slot] = []
        self._raw = _Blob(())                            # entries
        self._eslot = array("H")
        self._eflags = bytearray()
        # word-aligned keys
        # every word the matcher cares about, with flags (_W_*) and its anchor rows
        self._words = _HashSet(np.zeros(0, np.uint64))
        self._wflags = np.zeros(0, np.uint8)
        self._wptr = np.zeros(1, np.int64)               # word -> rows of shapes (anchors)
        self._known = _HashSet(np.zeros(0, np.uint64))   # Dutch words, known places and names
        self._known_flags = np.zeros(0, np.uint8)
        self._shape_off = np.zeros(0, np.int64)          # anchor offset in the key (tokens)
        self._shape_len = np.zeros(0, np.int64)          # key length (tokens)
        self._key_h = _HashSet(np.zeros(0, np.uint64))     # key hashes
        self._keys = _Blob(())                           # key strings, same order (verification)
        self._pay_ptr = np.zeros(1, np.int64)
        self._pay = np.zeros(0, np.int64)                # (eid << _SHIFT) | code
        self._key_flags = np.zeros(0, np.uint8)          # _K_CAP, _K_CTX
        self._head_ptr = np.zeros(1, np.int64)            # first payload per (slot, code)
        self._head = np.zeros(0, np.int64)
        self._kinfo = np.zeros(0, np.int64)
        self._head1 = np.zeros(0, np.int64)
        # compounds (keys that start or end inside a word): a small automaton
        self._comp = None
        self._comp_pay: list[tuple[int, tuple[int, ...]]] = []
        # fuzzy
        self._fz_tok = _Blob(())                         # fuzzy tokens
        self._fz_ent_ptr = np.zeros(1, np.int64)         # token index -> entries
        self._fz_ent = np.zeros(0, np.int64)
        self._del_h = np.zeros(0, np.uint64)             # deletion hashes, sorted (with duplicates)
        self._del_tok = np.zeros(0, np.int64)            # -> token index
        self._any_fuzzy = False
        self._vocab_dir: str | None = None
        self._reset_memos()

    # ------------------------------------------------------------------ memos and pickling
    # per-process memos (dropped when pickled): name -> ceiling
    _MEMOS = {"_memo": 100_000, "_kmemo": 200_000, "_entry_memo": 200_000, "_pinfo_memo": 200_000,
              "_firstmemo": 100_000, "_etok_memo": 200_000, "_partner_memo": 200_000,
              "_nextmemo": 100_000, "_variant_memo": 100_000}

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        for k in (*self._MEMOS, "_dead"):
            state.pop(k, None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._reset_memos()

    def _reset_memos(self) -> None:
        self._memo: BoundedMemo[int, Any] = BoundedMemo(self._MEMOS["_memo"])     # word hash -> similar
        self._kmemo: BoundedMemo[int, int] = BoundedMemo(self._MEMOS["_kmemo"])   # word hash -> known flags
        self._entry_memo: BoundedMemo[int, str] = BoundedMemo(self._MEMOS["_entry_memo"])
        self._pinfo_memo: BoundedMemo[int, PlaceInfo] = BoundedMemo(self._MEMOS["_pinfo_memo"])
        self._firstmemo: BoundedMemo[int, dict[int, tuple[list[int], list[str]]]] = \
            BoundedMemo(self._MEMOS["_firstmemo"])
        self._etok_memo: BoundedMemo[int, EntryTokens] = BoundedMemo(self._MEMOS["_etok_memo"])
        self._partner_memo: BoundedMemo[int, Any] = BoundedMemo(self._MEMOS["_partner_memo"])
        self._nextmemo: BoundedMemo[tuple[int, int, str], tuple[int, ...]] = BoundedMemo(self._MEMOS["_nextmemo"])
        self._variant_memo: BoundedMemo[int, list[tuple[list[str], str]]] = BoundedMemo(self._MEMOS["_variant_memo"])
        self._dead: set[int] = set()                   # hashes of words that match nothing

    def _entry(self, eid: int) -> str:
        got = self._entry_memo.get(eid)
        if got is None:
            got = self._entry_memo.put(eid, self._raw[eid][:-1])
        return got

