"""Fuzzy matching: misspelled names and places (edit distance 1-2), SymSpell-style.

Capitalised words that are not Dutch vocabulary and not a lexicon token are looked
up in a symmetric deletion index (sorted hashes), confirmed with Levenshtein against
the neighbouring tokens. A first name found exactly also tries its entries' full
names. A fuzzy name needs one exactly matching name token (or a title/initials
before a misspelled surname); a fuzzy place an exactly matching word of a multi-word
place, or one misspelled word of 8+ letters that is not a Dutch word.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

import numpy as np

from postcheck.nlp.lexicon.entries import (
    _F_PLACE_VOCAB, _GENERIC_PLACE_WORDS, _PLACE_FUZZY_MIN,
    _SHIFT, _STREET_SUFFIXES, _TOKEN_RE, _UNSEEN, _W_ANCHOR, _W_FZ, _W_NAME, _W_VOCAB, FIRST, PARTICLES, Cand,
    _key_form, _max_edits, _parse_name, _parse_place, _place_content,
)
from postcheck.nlp.lexicon.exact import Scanned
from postcheck.nlp.lexicon.similar import Evidence, SimilarWords


class FuzzyWord(NamedTuple):
    """A capitalised word that may be a misspelled entry word."""
    word: int                    # word index
    start: int
    evidence: Evidence           # what its similar lexicon tokens can be evidence for
    is_name: bool                # a known first name or surname
    near: bool                   # an exactly spelled lexicon word within 4 words
    context: bool                # after a title or an initial


class FuzzyMatcher(SimilarWords):
    """`_fuzzy(scanned, kept hits, first-name anchors, out)`; uses the exact evaluation of places."""

    def _fuzzy(self, d: Scanned, hits: list[Cand], anchors: list[tuple[int, int, int]], out: list[Cand]) -> None:
        """Misspelled entries: full names after an exact first name, then capitalised unknown words."""
        tried: set[tuple[int, int]] = set()
        windows: dict[int, list[tuple[int, int]]] = {}
        mask = bytearray(d.n)
        for c in hits:
            mask[c.start:c.end] = b"\1" * (c.end - c.start)
        self._fuzzy_after_first_names(d, anchors, mask, out, tried, windows)
        live = self._fuzzy_words(d, mask)
        if live:
            self._fuzzy_try_words(d, live, out, tried, windows)

    def _fuzzy_after_first_names(self, d: Scanned, anchors, mask: bytearray, out: list[Cand], tried, windows) -> None:
        text, S, n = d.text, d.S, d.n
        for w_i, k, start in anchors:
            # only worth trying when a capitalised word (or a particle) follows the first name
            a = S.find(" ", start)
            while 0 <= a < n and S[a] == " " and a - start < 40:
                a += 1
            if a < 0 or a >= n or mask[a] or not (text[a].isupper() or S[a:a + 4] in ("van ", "de ", "el ")):
                continue
            for eid in self._first_candidates(k, S, d.starts, d.ends, w_i):
                self._try_entry(text, S, n, start, eid, 0, out, tried, True, windows)

    def _known_flags_of(self, hashes: list[int]) -> None:
        """Fill the known-word memo (Dutch word, known name) for these word hashes."""
        kmemo = self._kmemo                              # word hash -> known-word flags
        todo_k = [h for h in hashes if h not in kmemo]
        if todo_k:
            q = np.array(todo_k, np.uint64)
            kfound, kpos = self._known.lookup(q)
            kfl = self._known_flags[kpos]
            kfl *= kfound
            kmemo.make_room()
            kmemo.update(zip(todo_k, kfl.tolist(), strict=False))

    def _fuzzy_words(self, d: Scanned, mask: bytearray) -> list[FuzzyWord]:
        """Capitalised words, 4+ characters, not a lexicon token, not a Dutch word or known place,
        that could be a misspelled entry word: (word, start, similar, is a name, near, context)."""
        starts, ends, wfl, wctx = d.starts, d.ends, d.wfl, d.wctx
        cand = ((ends - starts) >= 4) & d.wup & ((wfl & _W_FZ) == 0)
        ci = cand.nonzero()[0]
        if not len(ci):
            return []
        # a few words per document get past the words known to match nothing: plain Python from
        # here (numpy's fixed cost per call is far above the work on a handful of words)
        dead = self._dead
        cl = [(i, h) for i, h in zip(ci.tolist(), d.wh[ci].tolist(), strict=False) if h not in dead]
        if not cl:
            return []
        # lexicon words spelled exactly within 4 words: a fuzzy name (or multi-word place) needs one
        near = (wfl & (_W_FZ | _W_ANCHOR)).nonzero()[0].tolist()
        self._known_flags_of([h for _i, h in cl])
        kmemo = self._kmemo
        memo = self._memo                                # word hash -> what it can match, or None
        todo: dict[int, int] = {}
        items = []
        for i, h in cl:
            k = bisect.bisect_left(near, i - 4)
            nb = k < len(near) and near[k] < i + 5
            cx = bool(wctx[i])
            ln = int(ends[i] - starts[i])
            if not (nb or cx or ln >= _PLACE_FUZZY_MIN - 1):
                continue                   # alone, only a long word can be a misspelled one-word place
            f = kmemo[h]
            if f & _W_VOCAB:
                dead.add(h)                # Dutch words: never worth a fuzzy look
                continue
            nm = (f & _W_NAME) > 0
            got = memo.get(h, _UNSEEN)
            if got is None:
                continue
            if not nb and not cx and (ln < _PLACE_FUZZY_MIN - 1 or nm):
                continue                   # nothing it could be evidence for
            items.append((i, h, nm, nb, cx))
            if got is _UNSEEN and h not in todo:
                todo[h] = i
        if todo:
            wi = np.fromiter(todo.values(), dtype=np.int64, count=len(todo))
            self._similar_batch(list(todo), starts[wi], ends[wi], d.P, d.S)
        live = []
        for i, h, nm, nb, cx in items:
            got = memo[h]
            if got is None:
                continue
            s, e = int(starts[i]), int(ends[i])
            if mask[s] or mask[e - 1]:
                continue
            live.append(FuzzyWord(i, s, got, nm, nb, cx))
        return live

    def _fuzzy_try_words(self, d: Scanned, live: list[FuzzyWord], out: list[Cand], tried, windows) -> None:
        text, S, n, starts, ends, wfl = d.text, d.S, d.n, d.starts, d.ends, d.wfl
        for i, s, got, is_name, has_near, cx in live:
            solo, partners, names = got.solo, got.partners, got.names
            eids: list[tuple[int, str]] = []
            if solo and not is_name:                     # one-word places (8+ letters)
                eids += solo
            if partners and has_near:                    # another word of the entry spelled exactly
                lo, hi = max(0, i - 4), i + 5
                for j, a, b, f in zip(range(lo, hi), starts[lo:hi].tolist(), ends[lo:hi].tolist(),
                                      wfl[lo:hi].tolist(), strict=False):
                    if j != i and f & (_W_FZ | _W_ANCHOR):
                        got_x = partners.get(S[a:b])
                        if got_x:
                            eids += got_x
            if names and cx and self._context_pre(text, S, s) is not None:
                eids += names                            # a surname after a title or initials
            if not eids:
                continue
            for eid, tok in sorted(set(eids))[:32]:
                for p, et in enumerate(self._entry_tokens(eid).toks):
                    if et == tok:
                        self._try_entry(text, S, n, s, eid, p, out, tried, True, windows)

    def _first_candidates(self, k: int, S: str, starts, ends, w_i: int) -> list[int]:
        """Entries of a first-name key whose surname is close to the word where it would end."""
        from rapidfuzz import process as rf_process   # here: a plain check may never need it (start-up)
        from rapidfuzz.distance import Levenshtein

        got = self._firstmemo.get(k)
        if got is None:
            pay = self._pay[self._pay_ptr[k]:self._pay_ptr[k + 1]].tolist()
            by_off: dict[int, tuple[list[int], list[str]]] = {}
            for e in (p >> _SHIFT for p in pay if p & 31 == FIRST):
                raw = self._entry(e)
                toks = _key_form(raw).split()
                offs = {len(toks) - 1}                                  # full name
                nm = _parse_name(raw)
                if len(nm.given) > 1:
                    offs.add(len(_key_form(nm.surname).split()))       # first name + surname
                for o in offs:
                    if o > 0:
                        es, ls = by_off.setdefault(o, ([], []))
                        es.append(e)
                        ls.append(toks[-1])
            got = self._firstmemo.put(k, by_off)
        keep: set[int] = set()
        memo = self._nextmemo
        memo.make_room()
        nw = len(starts)
        for o, (eids, lasts) in got.items():
            j = w_i + o
            if j >= nw:
                continue
            w = S[int(starts[j]):int(ends[j])]
            got_w = memo.get((k, o, w))
            if got_w is None:
                got_w = memo[(k, o, w)] = tuple(
                    eids[i] for _s, _d, i in rf_process.extract(
                        w, lasts, scorer=Levenshtein.distance, score_cutoff=_max_edits(len(w) + 2),
                        limit=None))
            keep.update(got_w)
        return sorted(keep)

    def _try_entry(self, text, S, n, pos, eid, p, out, tried, need_fuzzy, windows) -> None:
        """Try entry `eid` fuzzily with the word at `pos`; append at most one candidate to `out`."""
        from rapidfuzz.distance import Levenshtein   # here: a plain check may never need it (start-up)

        if (pos, eid) in tried:
            return
        tried.add((pos, eid))
        sidx = self._eslot[eid]
        if not self._slots[sidx].fuzzy:
            return
        window = windows.get(pos)
        if window is None:
            lo_w = max(0, pos - 60)
            window = [mm.span() for mm in _TOKEN_RE.finditer(S, lo_w, min(n, pos + 90))]
            windows[pos] = window
        j = next((i for i, (a, _b) in enumerate(window) if a == pos), None)
        if j is None:
            return
        anchor_tok = S[window[j][0]:window[j][1]]
        for etoks, kindv in self._variants(eid):
            # where can the anchor token sit in this variant?
            positions = [q for q, t in enumerate(etoks) if t == anchor_tok
                         or (len(t) >= 4 and Levenshtein.distance(t, anchor_tok, score_cutoff=_max_edits(len(t)))
                             <= _max_edits(len(t)))]
            for q in positions:
                i0 = j - q
                if i0 < 0 or i0 + len(etoks) > len(window):
                    continue
                span = window[i0:i0 + len(etoks)]
                if any(span[k + 1][0] - span[k][1] > 2 for k in range(len(span) - 1)):
                    continue
                hit = self._fuzzy_variant(text, S, n, span, etoks, kindv, eid, need_fuzzy)
                if hit is not None:
                    out.append(hit)
                    return

    def _variants(self, eid: int) -> list[tuple[list[str], str]]:
        """(key-form tokens, variant kind) of an entry's fuzzy variants, memoised."""
        variants = self._variant_memo.get(eid)
        if variants is None:
            raw = self._entry(eid)
            if self._slots[self._eslot[eid]].kind == "names":
                nm = _parse_name(raw)
                variants = []
                if nm.given:
                    variants.append((_key_form(raw).split(), "full"))
                    if len(nm.given) > 1:
                        variants.append(([_key_form(nm.given[0])] + _key_form(nm.surname).split(), "firstlast"))
                variants.append((_key_form(nm.surname).split(), "surname"))
            else:
                variants = [(_key_form(_parse_place(raw)[0]).split(), "place")]
            self._variant_memo.put(eid, variants)
        return variants

    @staticmethod
    def _edits(text: str, S: str, span, etoks: list[str], kindv: str) -> tuple[int, int] | None:
        """(edits, exactly spelled content words) of the words in `span` against `etoks`;
        None when a word is too far off or a misspelled word is not capitalised."""
        from rapidfuzz.distance import Levenshtein   # here: a plain check may never need it (start-up)

        edits = 0
        exact_content = 0
        for (a, b), t in zip(span, etoks, strict=False):
            tt = S[a:b]
            if tt == t:
                if t not in PARTICLES and (kindv != "place" or t not in _GENERIC_PLACE_WORDS):
                    exact_content += 1
                continue
            d = _max_edits(len(t))
            dist = Levenshtein.distance(t, tt, score_cutoff=d) if d else d + 1
            if dist > d or not text[a].isupper():
                return None
            edits += dist
        return edits, exact_content

    def _fuzzy_variant(self, text, S, n, span, etoks, kindv, eid, need_fuzzy) -> Cand | None:
        """The candidate for variant `etoks` of entry `eid` over the words `span`, or None."""
        from rapidfuzz.distance import Levenshtein   # here: a plain check may never need it (start-up)

        got_edits = self._edits(text, S, span, etoks, kindv)
        if got_edits is None:
            return None
        edits, exact_content = got_edits
        if (need_fuzzy and edits == 0) or edits > 3:
            return None
        start, end = span[0][0], span[-1][1]
        got = " ".join(S[a:b] for a, b in span)
        score = int(round(Levenshtein.normalized_similarity(got, " ".join(etoks)) * 100))
        how = f"fuzzy:{score}"
        strength = "strong"
        if kindv == "surname":
            # a misspelled surname alone is only evidence after a title or initials
            ctx = self._context(text, S, start, eid)
            if ctx is None:
                return None
            start = ctx[0]
        elif kindv == "place":
            hit = self._fuzzy_place(text, S, n, span, etoks, eid, edits, exact_content)
            if hit is None:
                return None
            end = hit.end
            if hit.strength == "weak" or (len(etoks) == 1 and len(etoks[0]) < 8):
                strength = "weak"
        elif not exact_content:
            return None                    # a fuzzy name needs one exactly spelled name word
        return Cand(start, end, self._eslot[eid], how, eid, strength)

    def _fuzzy_place(self, text, S, n, span, etoks, eid, edits, exact_content) -> Cand | None:
        """A misspelled place: the exact evaluation at that spot, if the spelling is close enough."""
        start, end = span[0][0], span[-1][1]
        content = _place_content(etoks)
        if len(content) >= 2:
            if not exact_content:
                return None
        elif edits > 1 or not content or len(content[0]) < _PLACE_FUZZY_MIN \
                or self._eflags[eid] & _F_PLACE_VOCAB:
            return None
        hit = self._eval_place(text, S, n, start, end, eid)
        if hit is None:
            return None
        if len(content) < 2 and hit.end == end:
            # no house number: the word must still end like the street ("Dorpstraat")
            c0 = content[0]
            tt = S[span[etoks.index(c0)][0]:span[etoks.index(c0)][1]]
            if not any(c0.endswith(x) and tt.endswith(x) for x in _STREET_SUFFIXES):
                return None
        return hit
