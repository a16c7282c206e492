"""The fuzzy matcher's word tables: which lexicon tokens a word is one edit away from
(symmetric deletion index), and what those tokens can be evidence for."""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from postcheck.nlp.lexicon.entries import (
    _MAX_ANCHOR_ENTRIES, _MAX_CANDIDATES, _MAX_SIMILAR, PARTICLES, EntryTokens, _key_form, _parse_place,
    _place_content,
)
from postcheck.nlp.lexicon.exact import ExactMatcher
from postcheck.nlp.lexicon.hashing import _del_hash, _span_hash, scan_fold


class Evidence(NamedTuple):
    """What a (misspelled) word can be evidence for; entries as (entry id, lexicon token)."""
    solo: list[tuple[int, str]]                      # one-word places
    partners: dict[str, list[tuple[int, str]]]       # another exactly spelled word -> entries
    names: list[tuple[int, str]]                     # names (need a title or initials before)


class SimilarWords(ExactMatcher):
    """Memoised: word -> similar lexicon tokens -> (one-word places, partner words, names)."""

    # ------------------------------------------------------------------ fuzzy
    def _similar_batch(self, hashes: list[int], a: np.ndarray, b: np.ndarray, P: np.ndarray, S: str) -> None:
        """Fill the memo for the words S[a:b] (with these hashes): what their lexicon tokens
        at edit distance 1 can be evidence for."""
        from rapidfuzz.distance import Levenshtein   # here: a plain check may never need it (start-up)

        words = [S[x:y] for x, y in zip(a.tolist(), b.tolist(), strict=False)]
        lens = b - a
        idx = np.arange(len(words))
        rep = np.repeat(idx, lens)
        k = np.arange(int(lens.sum())) + np.repeat(a - (np.cumsum(lens) - lens), lens)
        qh = np.concatenate((_span_hash(P, a, b), _del_hash(P, a[rep], b[rep], k)))
        qw = np.concatenate((idx, rep))
        lo = np.searchsorted(self._del_h, qh, "left")
        hi = np.searchsorted(self._del_h, qh, "right")
        cnt = hi - lo
        per_word = np.bincount(qw, weights=cnt, minlength=len(words))
        tot = int(cnt.sum())
        got: list[set[int]] = [set() for _ in words]
        if tot:
            owner = np.repeat(qw, cnt)
            pos = np.arange(tot) + np.repeat(lo - (np.cumsum(cnt) - cnt), cnt)
            tok = self._del_tok[pos]
            for w_i, t in zip(owner.tolist(), tok.tolist(), strict=False):
                got[w_i].add(t)
        memo = self._memo
        if memo.make_room():
            self._dead.clear()
        fz_tok = self._fz_tok
        for i, (w, h) in enumerate(zip(words, hashes, strict=False)):
            if per_word[i] > _MAX_CANDIDATES or len(got[i]) > 4 * _MAX_SIMILAR or not w.isalpha():
                memo[h] = None                                  # too ambiguous, or has digits
                self._dead.add(h)
                continue
            out = []
            for t in got[i]:
                d = Levenshtein.distance(w, fz_tok[t], score_cutoff=1)
                if 0 < d <= 1:
                    out.append((t, d))
            memo[h] = self._compile_similar(tuple(out))
            if memo[h] is None:
                self._dead.add(h)

    def _compile_similar(self, sims: tuple[tuple[int, int], ...]):
        """What a word with these similar lexicon tokens can be evidence for:
        (one-word places, {other exact word: entries}, names), each entry as (eid, token)."""
        if not sims or len(sims) > _MAX_SIMILAR:        # none, or too ambiguous to be evidence
            return None
        solo: list[tuple[int, str]] = []
        partners: dict[str, list[tuple[int, str]]] = {}
        names: list[tuple[int, str]] = []
        for t, _d in sims:
            got = self._partners(t)
            if got is None:
                continue                                 # too many entries share this token
            tok = self._fz_tok[t]
            s_, p_, n_ = got
            solo += [(e, tok) for e in s_]
            for x, es in p_.items():
                partners.setdefault(x, []).extend((e, tok) for e in es)
            names += [(e, tok) for e in n_]
        if not (solo or partners or names):
            return None
        return Evidence(solo, partners, names)

    def _partners(self, t: int):
        """For fuzzy token `t`: (one-word place entries, {other exact word: entries}, name entries),
        or None when too many entries share it; memoised."""
        got = self._partner_memo.get(t, False)
        if got is not False:
            return got
        lo, hi = int(self._fz_ent_ptr[t]), int(self._fz_ent_ptr[t + 1])
        if hi - lo > _MAX_ANCHOR_ENTRIES:
            got = None
        else:
            tok = self._fz_tok[t]
            solo: list[int] = []
            partners: dict[str, list[int]] = {}
            names: list[int] = []
            for eid in self._fz_ent[lo:hi].tolist():
                if not self._slots[self._eslot[eid]].fuzzy:
                    continue
                is_place, _toks, content = self._entry_tokens(eid)
                if is_place and len(content) < 2:
                    solo.append(eid)
                    continue
                for x in set(content):
                    if x != tok:
                        partners.setdefault(x, []).append(eid)
                if not is_place:
                    names.append(eid)
            got = (solo, partners, names)
        return self._partner_memo.put(t, got)

    def _entry_tokens(self, eid: int) -> EntryTokens:
        """(is a place, key-form tokens, content tokens) of an entry, memoised."""
        got = self._etok_memo.get(eid)
        if got is None:
            raw = self._entry(eid)                        # already clean: no NFKC again
            if self._slots[self._eslot[eid]].kind == "names":
                toks = tuple(scan_fold(raw).split())
                got = EntryTokens(False, toks, tuple(t for t in toks if t not in PARTICLES))
            else:
                toks = tuple(_key_form(_parse_place(raw)[0]).split())
                got = EntryTokens(True, toks, tuple(_place_content(toks)))
            self._etok_memo.put(eid, got)
        return got
