"""Compiling `SlotSpec`s into the hashed tables `LexiconIndex.find` looks up.

Every variant form of every entry becomes a key (scan-folded word n-gram) filed
under its anchor (rarest token) with its shape; compound keys go into a small
Aho-Corasick automaton; fuzzy tokens into a symmetric deletion index.
"""
from __future__ import annotations

from pathlib import Path
from typing import Container

import numpy as np

from postcheck.nlp import inflect
from postcheck.nlp.lexicon.entries import (
    no_word as _no_word,
    _F_PLACE_ARTICLE, _F_PLACE_NUMBER, _F_PLACE_VOCAB, _K_CAP, _K_CTX, _K_SECOND, _LEADING_SMALL, _MORE_WORDS,
    _PLACE_FUZZY_MIN, _SHIFT, _STREET_SUFFIXES, _W_ANCHOR, _W_FZ, _W_NAME, _W_TITLE, _W_VOCAB, ABBR,
    COMMON_SURNAMES, COMP_PRE, COMP_SUF, FIRST, FIRSTLAST, FULL, KINDS, PARTICLES, PLACE, POSS, SPELL, SQUASH,
    SUR_CTX, SUR_STRONG, SUR_WEAK, TERM, TERM_LEMMA, TITLES, Slot, SlotSpec, _clean, _csr, _key_form, _letters,
    _parse_name, _parse_place, _place_content, _spelled, _surname_forms, _town_and_person_words,
)
from postcheck.nlp.lexicon.hashing import _Blob, _deletion_hashes, _HashSet, hash_strings
from postcheck.nlp.lexicon.state import IndexState
from postcheck.text.fold import fold


class IndexBuilder(IndexState):
    """`_compile(specs)`: fills the tables of `IndexState`."""

    def _compile(self, specs: tuple[SlotSpec, ...]) -> None:
        vocab = inflect.vocabulary(Path(self._vocab_dir) if self._vocab_dir else None)
        keys: dict[str, list[int]] = {}
        comp: dict[str, list[int]] = {}
        fuzzy_tokens: dict[str, list[int]] = {}
        raw: list[str] = []
        self._short_tokens: set[str] = set()

        def add(form: str, code: int, eid: int, lead: bool = True, trail: bool = True) -> None:
            kf = _key_form(form)
            if not kf:
                return
            if lead and trail:
                keys.setdefault(kf, []).append((eid << _SHIFT) | code)
            else:
                k = (" " if lead else "") + kf + (" " if trail else "")
                comp.setdefault(k, []).append((eid << _SHIFT) | code)

        for sidx, spec in enumerate(specs):
            if spec.kind not in KINDS:
                raise ValueError(f"slot {spec.name!r}: kind must be one of {', '.join(KINDS)}")
            self._slots.append(Slot(spec.name, spec.kind, spec.fuzzy, spec.compounds, spec.inflect))
            if spec.fuzzy and spec.kind != "terms":
                self._any_fuzzy = True
            for line in spec.entries:
                entry = _clean(line)
                if not entry or not _key_form(entry):
                    continue
                eid = len(raw)
                raw.append(entry)
                self._eslot.append(sidx)
                flags = 0
                if spec.kind == "names":
                    self._add_name(entry, eid, add, vocab, fuzzy_tokens if spec.fuzzy else None)
                elif spec.kind == "places":
                    street, lo, _hi = _parse_place(entry)
                    kf = _key_form(street)
                    if " " not in kf and kf in vocab:
                        flags |= _F_PLACE_VOCAB
                    if lo is None and " " not in kf and not kf.endswith(_STREET_SUFFIXES) \
                            and (kf in vocab or kf in _town_and_person_words()):
                        flags |= _F_PLACE_NUMBER
                    elif " " in kf and kf.split(" ", 1)[0] in _LEADING_SMALL:
                        flags |= _F_PLACE_ARTICLE
                    self._add_place(entry, eid, add, vocab, fuzzy_tokens if spec.fuzzy else None)
                else:
                    self._add_term(entry, eid, add, spec)
                self._eflags.append(flags)
        self._raw = _Blob([r + "\n" for r in raw])  # "\n" keeps the blob readable; stripped on access
        words: list[tuple[np.ndarray, int]] = []
        self._compile_keys(keys, vocab, words)
        self._compile_compounds(comp)
        self._compile_fuzzy(fuzzy_tokens, vocab, words)
        self._compile_words(words)
        del self._short_tokens

    def _compile_words(self, words: list[tuple[np.ndarray, int]]) -> None:
        """One sorted table of every word hash with its flags; anchors keep their rows."""
        words.append((np.unique(hash_strings(sorted(set(TITLES)))), _W_TITLE))
        allh = np.concatenate([h for h, _f in words])
        flags = np.concatenate([np.full(len(h), f, np.uint8) for h, f in words])
        uniq, inv = np.unique(allh, return_inverse=True)
        wflags = np.zeros(len(uniq), np.uint8)
        np.bitwise_or.at(wflags, inv, flags)
        cnt = np.zeros(len(uniq), np.int64)
        na = len(self._anchor_tmp)
        cnt[inv[:na]] = np.diff(self._anchor_tmp_ptr)    # anchors come first, sorted like `uniq`
        self._wptr = np.concatenate(([0], np.cumsum(cnt)))
        self._words = _HashSet(uniq)
        self._wflags = wflags
        del self._anchor_tmp, self._anchor_tmp_ptr

    def _compile_keys(self, keys: dict[str, list[int]], vocab: Container[str], words) -> None:
        self._anchor_tmp = np.zeros(0, np.uint64)
        self._anchor_tmp_ptr = np.zeros(1, np.int64)
        if not keys:
            return
        klist = list(keys)
        freq: dict[str, int] = {}
        for k in klist:                   # (split twice rather than keep 500k lists around)
            for t in set(k.split()):
                freq[t] = freq.get(t, 0) + 1
        # the anchor is the token least frequent in ordinary text: every occurrence of an anchor
        # in a draft costs a key lookup per shape, so particles, stop words, short tokens and
        # common words come last; among equals, the token in the fewest keys
        stop: set[str] = set()
        common: set[str] = set()
        try:
            from postcheck.nlp import namedata
            stop.update(_key_form(w) for w in namedata.stop_words())
            common.update(_key_form(w) for w in namedata.common_words())
        except Exception:  # noqa: BLE001 - the word lists only make the anchors rarer
            pass
        tier: dict[str, int] = {}
        for t in freq:
            tier[t] = (4 if t in PARTICLES else 3 if t in stop or len(t) <= 2 or t.isdigit()
                       else 2 if t in common else 1 if t in vocab else 0) << 40
        shapes: dict[str, set[tuple[int, int]]] = {}
        for k in klist:
            ts = k.split()
            if len(ts) == 1:
                shapes.setdefault(ts[0], set()).add((0, 1))
                continue
            best, off = None, 0
            for i, t in enumerate(ts):
                score = freq[t] + tier[t]
                if best is None or score < best:
                    best, off = score, i
            shapes.setdefault(ts[off], set()).add((off, len(ts)))
        anchors = list(shapes)
        ah = hash_strings(anchors)
        order = np.argsort(ah, kind="stable")
        if len(ah) > 1 and (np.diff(ah[order]) == 0).any():  # pragma: no cover
            raise RuntimeError("anchor hash collision")
        self._anchor_tmp = ah[order]
        words.append((self._anchor_tmp, _W_ANCHOR))
        rows = [sorted(shapes[anchors[i]]) for i in order.tolist()]
        self._anchor_tmp_ptr, flat = _csr([[o * 65536 + n for o, n in r] for r in rows])
        self._shape_off, self._shape_len = flat // 65536, flat % 65536

        self._compile_key_table(keys, klist)

    def _compile_key_table(self, keys: dict[str, list[int]], klist: list[str]) -> None:
        """The sorted key hashes with their payloads, heads and flags (`_kinfo`)."""
        kh = hash_strings(klist)
        order = np.argsort(kh, kind="stable")
        if len(kh) > 1 and (np.diff(kh[order]) == 0).any():  # pragma: no cover
            raise RuntimeError("key hash collision")
        self._key_h = _HashSet(kh[order])
        olist = order.tolist()
        self._keys = _Blob([klist[i] for i in olist])
        groups = [tuple(dict.fromkeys(keys[klist[i]])) for i in olist]
        self._pay_ptr, self._pay = _csr(groups)
        # the first payload per (slot, code): the others only matter after initials
        heads = []
        for g in groups:
            seen: set[tuple[int, int]] = set()
            h = []
            for p in g:
                c = (self._eslot[p >> _SHIFT], p & 31)
                if c not in seen:
                    seen.add(c)
                    h.append(p)
            heads.append(h)
        self._head_ptr, self._head = _csr(heads)
        flags = bytearray(len(groups))
        sur = (SUR_STRONG, SUR_WEAK, SUR_CTX)
        ef = self._eflags
        for i, (g, ki) in enumerate(zip(groups, olist, strict=False)):
            bases = [(p & 31) & ~POSS for p in g]
            one_word = " " not in klist[ki]          # a one-word street is a proper noun (`_eval_place`)
            if one_word and all(b == FIRST for b in bases) and _no_word(klist[ki]):
                continue          # a first name that is no word counts in lower case too ("onze yfke")
            if all(b == FIRST or b in sur or (b == PLACE and (one_word or ef[p >> _SHIFT] & _F_PLACE_VOCAB))
                   for b, p in zip(bases, g, strict=False)):
                flags[i] = _K_CAP | (_K_CTX if any(b in sur for b in bases) else 0)
            elif not one_word and all(b == PLACE and ef[p >> _SHIFT] & _F_PLACE_ARTICLE
                                      for b, p in zip(bases, g, strict=False)):
                flags[i] = _K_SECOND                  # "de Nieuwe", not "de nieuwe"
        self._key_flags = np.frombuffer(bytes(flags), dtype=np.uint8)
        # per key, packed: head offset << 24 | heads (<= 255) << 16 | payloads (<= 255) << 8 | flags
        nh = np.minimum(np.diff(self._head_ptr), 255)
        nfull = np.minimum(np.diff(self._pay_ptr), 255)
        self._kinfo = (self._head_ptr[:-1] << 24) | (nh << 16) | (nfull << 8) | self._key_flags.astype(np.int64)
        self._head1 = self._head[self._head_ptr[:-1]]

    def _compile_compounds(self, comp: dict[str, list[int]]) -> None:
        if not comp:
            return
        import ahocorasick

        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for k, payloads in comp.items():
            self._comp_pay.append((len(k), tuple(dict.fromkeys(payloads))))
            auto.add_word(k, len(self._comp_pay) - 1)
        auto.make_automaton()
        self._comp = auto

    def _compile_fuzzy(self, fuzzy_tokens: dict[str, list[int]], vocab: Container[str], wlist) -> None:
        if not self._any_fuzzy:
            return                      # the known-word table only serves fuzzy matching (~1 s to build)
        known = set(inflect.vocabulary_words()) | _MORE_WORDS
        names: set[str] = set()
        try:
            from postcheck.nlp import namedata
            known.update(fold(w) for w in namedata.place_names())
            known.update(fold(w) for w in namedata.common_words())
            names.update(fold(w) for w in namedata.first_names())
            names.update(fold(w) for w in namedata.surnames())
        except Exception:  # noqa: BLE001 - the word lists only sharpen the fuzzy filter
            pass
        # Dutch words and known names: only looked up for fuzzy candidates, so a separate table
        kh = [hash_strings(sorted(w for w in known if w.isalnum())),
              hash_strings(sorted(w for w in names if w.isalnum()))]
        allh = np.concatenate(kh)
        flags = np.concatenate([np.full(len(kh[0]), _W_VOCAB, np.uint8), np.full(len(kh[1]), _W_NAME, np.uint8)])
        uniq, inv = np.unique(allh, return_inverse=True)
        kf = np.zeros(len(uniq), np.uint8)
        np.bitwise_or.at(kf, inv, flags)
        self._known, self._known_flags = _HashSet(uniq), kf
        if not fuzzy_tokens:
            return
        toks = list(fuzzy_tokens)
        self._fz_tok = _Blob(toks)
        # every word of a fuzzy entry, short ones too ("Jan"), counts as an exactly spelled neighbour
        words = set(toks) | {t for t in self._short_tokens if t not in PARTICLES}
        wlist.append((hash_strings(sorted(words)), _W_FZ))
        self._fz_ent_ptr, self._fz_ent = _csr([tuple(dict.fromkeys(fuzzy_tokens[t])) for t in toks])
        dh, di = _deletion_hashes(toks)
        order = np.lexsort((di, dh))                       # by hash, then token
        dh, di = dh[order], di[order]
        keep = np.ones(len(dh), bool)
        keep[1:] = (dh[1:] != dh[:-1]) | (di[1:] != di[:-1])
        self._del_h, self._del_tok = dh[keep], di[keep]

    def _add_name(self, entry, eid, add, vocab, fuzzy_tokens) -> None:
        name = _parse_name(entry)
        sur_code = _surname_code(name.interfix, name.core, name.surname, vocab)
        sur_forms = _surname_forms(name)

        def with_poss(form: str, code: int) -> None:
            add(form, code, eid)
            if not _key_form(form).endswith("s"):
                add(form + "s", code | POSS, eid)

        for form, _abbr in sur_forms:
            with_poss(form, sur_code)
        if name.given:
            first = name.given[0]
            with_poss(entry, FULL)
            if len(name.given) > 1:
                with_poss(first + " " + name.surname, FIRSTLAST)
            for form, _abbr in sur_forms[1:]:
                with_poss(first + " " + form, ABBR)
                if len(name.given) > 1:
                    with_poss(" ".join(name.given) + " " + form, ABBR)
            squashes = {first + name.surname, first + name.core, " ".join(name.given) + name.surname}
            squashes |= {first + f for f, _ in sur_forms[1:]}
            for sq in squashes:
                add(_key_form(sq).replace(" ", ""), SQUASH, eid)
            first_f = _key_form(first)
            if _letters(first_f) >= 3 and " " not in first_f and first_f not in vocab \
                    and first_f not in PARTICLES:
                with_poss(first, FIRST)
        _add_spellings(name, with_poss, vocab)
        if fuzzy_tokens is not None:
            for tok in _key_form(entry).split():
                if len(tok) >= 4 and tok.isalpha():
                    fuzzy_tokens.setdefault(tok, []).append(eid)
                else:
                    self._short_tokens.add(tok)

    def _add_place(self, entry, eid, add, vocab, fuzzy_tokens) -> None:
        street, _lo, _hi = _parse_place(entry)
        add(street, PLACE, eid)
        if fuzzy_tokens is not None:
            content = _place_content(_key_form(street).split())
            for tok in content:
                if len(tok) < 4 or not tok.isalpha():
                    self._short_tokens.add(tok)
                    continue
                if len(content) == 1 and (len(tok) < _PLACE_FUZZY_MIN or tok in vocab):
                    continue                       # one ordinary or short word: too easy to hit
                fuzzy_tokens.setdefault(tok, []).append(eid)

    def _add_term(self, entry, eid, add, spec: SlotSpec) -> None:
        base = _key_form(entry)
        add(entry, TERM, eid)
        surface = inflect.forms(entry) if spec.inflect else {entry}
        for f in surface:
            if _key_form(f) != base:
                add(f, TERM_LEMMA, eid)
        if spec.compounds and " " not in base and _letters(base) >= 5:
            add(entry, COMP_PRE, eid, trail=False)
            for f in surface | {entry}:
                if " " not in _key_form(f):
                    add(f, COMP_SUF, eid, lead=False)


def _surname_code(interfix: str, core: str, surname: str, vocab) -> int:
    """How strong a surname alone is: one that is a Dutch word needs a title or initials (SUR_CTX, unless an
    interfix comes with it); a common or short one is weak evidence; a distinctive one is strong."""
    core_f = _key_form(core)
    sur_f = _key_form(surname)
    common_word = " " not in core_f and core_f in vocab
    if not interfix and common_word:
        return SUR_CTX
    if common_word or sur_f in COMMON_SURNAMES or core_f in COMMON_SURNAMES or _letters(core_f) < 6:
        return SUR_WEAK
    return SUR_STRONG


def _add_spellings(name, with_poss, vocab) -> None:
    """The surname in its other spellings ("Verheijen" -> "Verheyen"): alone as a surname of its own strength, and
    after the first name; a respelling that is a Dutch word ("Huys" -> "huis", "Kock" -> "kok") only after the first
    name: alone it would be looked at at every "huis" of every text (big lists: a third of the time)."""
    for spelled, core in _spelled(name):
        code = _surname_code(name.interfix, core, spelled, vocab)
        if code != SUR_CTX:
            with_poss(spelled, code)
        if name.given:
            with_poss(name.given[0] + " " + spelled, SPELL)
