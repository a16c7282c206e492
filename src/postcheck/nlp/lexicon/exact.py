"""Exact matching: fold and hash a text's words, look up keys around anchor words,
verify them, and evaluate each payload (names, places, terms, compounds) in context."""
from __future__ import annotations

import bisect
from typing import NamedTuple

import numpy as np

from postcheck.nlp.lexicon.entries import (
    no_word as _no_word,
    _APOSTROPHES, _F_PLACE_ARTICLE, _F_PLACE_NUMBER, _F_PLACE_VOCAB, _HOW, _HOW_RANK, _INITIALS_RE, _K_CAP,
    _K_CTX, _K_SECOND, _MAX_ANCHOR_ENTRIES, _NAME_CODES, _NUMBER_RE, _SHIFT, _STRENGTH_RANK, _TITLE_RE,
    _W_ANCHOR, _W_TITLE, COMP_PRE, COMP_SUF, FIRST, PLACE, POSS, SQUASH, SUR_CTX, SUR_STRONG, SUR_WEAK, TERM,
    TERM_LEMMA, Cand, PlaceInfo, _how_rank, _letters, _parse_name, _parse_place,
)
from postcheck.nlp.lexicon.hashing import _codes, _prefix, _span_hash, _tables
from postcheck.nlp.lexicon.state import IndexState
from postcheck.text.fold import fold


class Context(NamedTuple):
    """A title or initials right before a surname."""
    kind: str                    # "title" or "init"
    start: int                   # where the title or the first initial starts
    letters: list[str]           # the initials (folded), for "init"; empty for "title"


class Scanned(NamedTuple):
    """A text as the matcher sees it: folded, split into words, hashed and looked up."""
    text: str                    # the original text
    S: str                       # scan-folded, same length
    n: int
    starts: np.ndarray           # word starts and ends
    ends: np.ndarray
    P: np.ndarray                # prefix sums for substring hashes
    wh: np.ndarray               # word hashes
    wfl: np.ndarray              # word flags (_W_*)
    wpos: np.ndarray             # position in the word table
    wup: np.ndarray              # word starts with a capital
    wsig: np.ndarray             # word follows # or @
    wctx: np.ndarray             # word follows a title or an initial


_EMPTY = np.zeros(0, np.int64)
_NO_KEYS = (_EMPTY, _EMPTY, _EMPTY, _EMPTY)


class ExactMatcher(IndexState):
    """Exact (and variant) key matching; `_resolve` picks among overlapping candidates."""

    # ------------------------------------------------------------------ find
    def _scan(self, text: str) -> Scanned | None:
        """Fold `text`, find its words and hash them, look them up; None when it has no words."""
        table, upper_t, _digit_t = _tables()
        raw_codes = _codes(text)
        codes = table[raw_codes]
        S = codes.tobytes().decode("utf-32-le", "surrogatepass")
        n = len(S)
        inword = np.zeros(n + 2, np.int8)
        np.not_equal(codes, 32, out=inword[1:-1].view(bool))
        bounds = (inword[1:] != inword[:-1]).nonzero()[0]    # alternating word starts and ends
        if not len(bounds):
            return None
        starts, ends = bounds[0::2], bounds[1::2]
        P = _prefix(codes)
        wh = _span_hash(P, starts, ends)
        wfound, wpos = self._words.lookup(wh)
        wfl = self._wflags[wpos]
        wfl *= wfound
        # per word: capitalised, after # or @, after a title or an initial (<= 2 spaces between)
        lim = len(upper_t) - 1
        wup = upper_t[np.minimum(raw_codes[starts], lim)]
        prev = raw_codes[starts - 1]                      # starts[0] may be 0: then the last char
        wsig = ((prev == 35) | (prev == 64)) & (starts > 0)
        wctx = np.zeros(len(starts), bool)
        wctx[1:] = (starts[1:] - ends[:-1] <= 2) & (((wfl[:-1] & _W_TITLE) > 0)
                                                     | (ends[:-1] - starts[:-1] == 1))
        return Scanned(text, S, n, starts, ends, P, wh, wfl, wpos, wup, wsig, wctx)

    def _key_candidates(self, d: Scanned) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every key around an anchor word that is in the index and passes its capital rules:
        (start offsets, end offsets, key positions, first word indexes)."""
        widx = (d.wfl & _W_ANCHOR).nonzero()[0]
        if not len(widx):
            return _NO_KEYS
        aid = d.wpos[widx]
        lo = self._wptr[aid]
        cnt = self._wptr[aid + 1] - lo
        multi = (cnt > 1).nonzero()[0]
        if len(multi):                                 # anchors with several shapes
            extra = cnt[multi] - 1
            rep = np.concatenate((widx, np.repeat(widx[multi], extra)))
            row = np.concatenate((lo, np.arange(int(extra.sum())) + 1
                                  + np.repeat(lo[multi] - (np.cumsum(extra) - extra), extra)))
        else:
            rep, row = widx, lo
        first = rep - self._shape_off[row]
        last = first + self._shape_len[row] - 1
        ok = (first >= 0) & (last < len(d.starts))
        first, last = first[ok], last[ok]
        ka, kb = d.starts[first], d.ends[last]
        found, kpos = self._key_h.lookup(_span_hash(d.P, ka, kb))
        kf = self._key_flags[kpos]
        cap = ((kf & _K_CAP) > 0) & found
        if np.count_nonzero(cap):
            # keys that only count when capitalised, after # or @, or after a title/initials
            good = d.wup[first] | d.wup[last] | d.wsig[first] | (((kf & _K_CTX) > 0) & d.wctx[first])
            found &= good | ~cap
        sec = ((kf & _K_SECOND) > 0) & found
        if np.count_nonzero(sec):
            si = sec.nonzero()[0]                    # places starting with an article
            found[si] = d.wup[first[si] + 1]
        sel = found.nonzero()[0]
        return ka[sel], kb[sel], kpos[sel], first[sel]

    def _exact_keys(self, d: Scanned, cands: list[Cand], anchors: list[tuple[int, int, int]]) -> None:
        """Verify the key candidates (hash collisions) and evaluate their payloads."""
        ka, kb, ks, fs = self._key_candidates(d)
        if not len(ks):
            return
        text, S, n = d.text, d.S, d.n
        ktext, koffs, ptr, pay, head = self._keys.text, self._keys.offs, self._pay_ptr, self._pay, self._head
        for a, b, k, w, info, h1, cx in zip(
                ka.tolist(), kb.tolist(), ks.tolist(), fs.tolist(),
                self._kinfo[ks].tolist(), self._head1[ks].tolist(), d.wctx[fs].tolist(), strict=False):
            if S[a:b] != ktext[koffs[k]:koffs[k + 1]]:
                continue                                          # hash collision
            nh, nfull, flag = (info >> 16) & 255, (info >> 8) & 255, info & 255
            pre = None
            if cx and (flag & _K_CTX or not flag & _K_CAP):
                # a title or initials before a surname (keys shared with a term or a
                # place can hold surnames too: only cap-only keys without one skip it)
                pre = self._context_pre(text, S, a)
            if pre is not None and pre.kind == "init" and nfull != nh:
                payloads = pay[ptr[k]:ptr[k + 1]].tolist()        # initials: every entry
            elif nh == 1:
                payloads = [h1]
            else:
                hl = info >> 24
                payloads = head[hl:hl + nh].tolist()
            self._evaluate(text, S, n, a, b, payloads, cands, anchors, w, k, pre, nfull)

    def _compound_keys(self, d: Scanned, cands: list[Cand], anchors: list[tuple[int, int, int]]) -> None:
        """Keys that start or end inside a word (compound terms): the Aho-Corasick automaton."""
        if self._comp is None:
            return
        comp_pay = self._comp_pay
        for e, v in self._comp.iter(" " + d.S + " "):
            klen, payloads = comp_pay[v]
            code0 = payloads[0] & 31
            start = e - klen + (code0 != COMP_SUF)
            end = e - (code0 != COMP_PRE)
            self._evaluate(d.text, d.S, d.n, start, end, payloads, cands, anchors, -1, -1)

    def _resolve(self, cands: list[Cand]) -> list[Cand]:
        """Per slot, keep the longest of overlapping hits (then strong, then exact); the kept
        candidates sorted by (start, end, label)."""
        if not cands:
            return []
        order = sorted(cands, key=lambda c: (c.slot, c.start - c.end, _STRENGTH_RANK[c.strength],
                                             _HOW_RANK.get(c.how) or _how_rank(c.how), c.start, c.eid))
        kept: list[Cand] = []
        slot = -1
        starts: list[int] = []
        ends: list[int] = []
        for c in order:
            start, end, s = c.start, c.end, c.slot
            if s != slot:
                slot, starts, ends = s, [], []
            i = bisect.bisect_left(starts, start)
            if i > 0 and ends[i - 1] > start:
                continue
            if i < len(starts) and starts[i] < end:
                continue
            starts.insert(i, start)
            ends.insert(i, end)
            kept.append(c)
        labels = self._slots
        kept.sort(key=lambda c: (c.start, c.end, labels[c.slot].name))
        return kept

    def _sigil(self, text: str, start: int) -> str:
        if start > 0 and text[start - 1] in "#@":
            return "variant:hashtag" if text[start - 1] == "#" else "variant:mention"
        return ""

    def _evaluate(self, text, S, n, start, end, payloads, cands, anchors, widx, kidx,
                  pre=False, nfull=0) -> None:
        done_slots: set[tuple[int, int]] = set()
        for p in payloads:
            code = p & 31
            eid = p >> _SHIFT
            sidx = self._eslot[eid]
            base = code & ~POSS
            if (sidx, base) in done_slots:
                continue
            if base in _NAME_CODES:
                indep = True                           # the outcome does not depend on the entry
                if base in (SUR_STRONG, SUR_WEAK, SUR_CTX):
                    if pre is False:
                        pre = self._context_pre(text, S, start)
                    indep = pre is None or pre.kind == "title"
                hit = self._eval_name(text, S, n, start, end, code, eid, pre)
                if hit is None:
                    if indep:
                        done_slots.add((sidx, base))
                    continue
                if code == FIRST and (nfull or len(payloads)) <= _MAX_ANCHOR_ENTRIES:
                    anchors.append((widx, kidx, start))
                # the first entry wins (the lowest id, as `_resolve` would pick)
                done_slots.add((sidx, base))
                cands.append(hit)
            elif base == PLACE:
                hit = self._eval_place(text, S, n, start, end, eid)
                if hit is not None:
                    cands.append(hit)
            elif base in (TERM, TERM_LEMMA):
                cands.append(Cand(start, end, sidx, "exact" if base == TERM else "lemma", eid, "strong"))
                done_slots.add((sidx, base))
            elif base in (COMP_PRE, COMP_SUF):
                hit = self._eval_compound(S, n, start, end, base, sidx, eid)
                if hit is not None:
                    cands.append(hit)
                    done_slots.add((sidx, base))

    @staticmethod
    def _eval_compound(S: str, n: int, start: int, end: int, base: int, sidx: int, eid: int) -> Cand | None:
        """A compound part: the rest of the word needs 3+ letters; the hit covers the whole word."""
        if base == COMP_PRE:
            if end < n and S[end] != " ":
                wend = S.find(" ", end)
                wend = n if wend < 0 else wend
                if _letters(S[end:wend]) >= 3:
                    return Cand(start, wend, sidx, "compound", eid, "strong")
        elif start > 0 and S[start - 1] != " ":
            wstart = S.rfind(" ", 0, start) + 1
            if _letters(S[wstart:start]) >= 3:
                return Cand(wstart, end, sidx, "compound", eid, "strong")
        return None

    def _eval_name(self, text, S, n, start, end, code, eid, pre=False):
        base = code & ~POSS
        sidx = self._eslot[eid]
        sigil = self._sigil(text, start)
        how = _HOW.get(base, "variant:surname")
        strength = "strong"
        if code & POSS:
            how = "variant:possessive"
        elif end + 1 < n and text[end] in _APOSTROPHES and text[end + 1] in "sS" \
                and (end + 2 == n or S[end + 2] == " ") and base != SQUASH:
            end += 2
            how = "variant:possessive"
        if base in (SUR_STRONG, SUR_WEAK, SUR_CTX):
            ctx = self._context(text, S, start, eid, pre)
            if ctx is not None:
                start, how = ctx
            else:
                if base == SUR_CTX:
                    return None
                if not (sigil or self._capitalised(text, S, start, end)):
                    return None
                strength = "strong" if base == SUR_STRONG else "weak"
        elif base == FIRST:
            # typed in lower case ("onze yfke is 9 geworden"): only a first name that is no ordinary word ("mark",
            # "roos" stay words)
            if not (sigil or text[start].isupper() or _no_word(S[start:end])):
                return None
            strength = "weak"
        if sigil:
            how = sigil
        return Cand(start, end, sidx, how, eid, strength)

    @staticmethod
    def _capitalised(text: str, S: str, start: int, end: int) -> bool:
        """The surname's core (its last word) starts with a capital in the original."""
        last = S.rfind(" ", start, end)
        i = start if last < 0 else last + 1
        while i < end and S[i] == " ":
            i += 1
        return i < end and text[i].isupper()

    @staticmethod
    def _context_pre(text, S, start):
        """Title or initials right before `start` (`Context`), or None."""
        window = S[max(0, start - 24):start]
        m = _TITLE_RE.search(window)
        if m:
            return Context("title", start - len(window) + m.start(1), [])
        m = _INITIALS_RE.search(window)
        if m:
            s0 = start - len(window) + m.start(1)
            if not all(text[s0 + i].isupper() for i, ch in enumerate(m.group(1)) if ch != " "):
                return None
            return Context("init", s0, m.group(1).split())
        return None

    def _context(self, text, S, start, eid, pre=False):
        """Title or initials right before a surname: (new start, how), else None."""
        if pre is False:
            pre = self._context_pre(text, S, start)
        if pre is None:
            return None
        if pre.kind == "title":
            return pre.start, "variant:title"
        s0, letters = pre.start, pre.letters
        given = _parse_name(self._entry(eid)).given
        inits = [fold(g[0]) for g in given]
        if not inits or letters[0] != inits[0]:
            return None
        if len(letters) > 1 and len(inits) > 1 and letters[: len(inits)] != inits[: len(letters)]:
            return None
        return s0, "variant:initials"

    def _place_info(self, eid: int) -> PlaceInfo:
        """(slot, entry flags, needs a capital, lowest and highest house number) of a place, memoised."""
        street, lo, hi = _parse_place(self._entry(eid))
        flags = self._eflags[eid]
        # a one-word street is a proper noun: "Java" the street, not "java" the language
        got = PlaceInfo(self._eslot[eid], flags, bool(flags & _F_PLACE_VOCAB) or " " not in street, lo, hi)
        return self._pinfo_memo.put(eid, got)

    def _eval_place(self, text, S, n, start, end, eid):
        sidx, flags, proper, lo, hi = self._pinfo_memo.get(eid) or self._place_info(eid)
        sigil = self._sigil(text, start)
        if proper and not sigil and not text[start].isupper():
            return None
        how = sigil or "exact"
        m = _NUMBER_RE.match(S, end)
        if flags & _F_PLACE_NUMBER and not m:
            return None   # "Haven", "Gent", "Sander" alone are not that street
        if flags & _F_PLACE_ARTICLE:
            second = S.find(" ", start, end) + 1
            while second < end and S[second] == " ":
                second += 1
            if not text[second:second + 1].isupper():
                return None   # "de nieuwe plannen" is not the street "De Nieuwe"
        if m:
            num = int(m.group(1))
            if lo is not None and not lo <= num <= hi:
                return None
            return Cand(start, m.end(), sidx, how, eid, "strong")
        if lo is not None:
            return Cand(start, end, sidx, "variant:street", eid, "weak")
        return Cand(start, end, sidx, how, eid, "strong")

