"""Facts about single tokens of a chain (`TokenInfo`), remembered per token text."""
from __future__ import annotations

import re
from typing import NamedTuple

from postcheck.nlp.memo import BoundedMemo
from postcheck.nlp.names.patterns import (
    _ACRONYM_RE, _ACRONYM_WORD_RE, _INITS_RE, _LOWER_INTERFIXES, _ORG_SUFFIXES, _ORG_WORDS,
)
from postcheck.text.fold import fold, folded_stop_words


# a brand written in CamelCase ("BetonFix", "PlaagVrij", "WoonWijzer"): a capital after four or more lower-case
# letters; surname prefixes written together ("McKenzie", "MacLeod", "DeVries", "VanDam") have at most three
_CAMEL_BRAND = re.compile(r"[A-Z][a-z]{4,}[A-Z][a-z]")


class TokenInfo(NamedTuple):
    """What the grammar needs to know about one token (hashable: patterns of these are memo keys)."""
    kind: str          # T title, I interfix, N initials, W capitalised word, X never a name; "i"/"a" see `_info`
    blocked: bool      # an ordinary word, place, month, product... (W only)
    namey: bool        # on a name list (`_namey`)
    first_ok: bool     # a known first name and not blocked
    org: bool          # an organisation word ("Bouwbedrijf", or ending like one: "Installatietechniek")
    short: bool        # shorter than 3
    surname: bool      # a surname (with or without interfix)
    listed: bool       # a first name or surname
    hyphen: bool       # hyphenated
    dot: bool          # has a dot (N)
    capital: bool      # capitalised and not an acronym
    interfix: str      # lower-case text of an interfix ("" for other kinds)
    word: bool = False  # also an ordinary Dutch word (spaCy's lemma vocabulary: "Werken", "Bakker")


def _other(kind: str, *, dot: bool = False, capital: bool = False, interfix: str = "") -> TokenInfo:
    """A token that is not a capitalised word: the word facts are all False."""
    return TokenInfo(kind, False, False, False, False, False, False, False, False, dot, capital, interfix)


class TokenFacts:
    """Name-list look-ups per token; the detector sets the lists and memos."""

    first: frozenset[str]
    sur: frozenset[str]
    isur: frozenset[str]
    titles: frozenset[str]
    _names: frozenset[str]
    _block: frozenset[str]
    _blocked_memo: BoundedMemo[str, bool]
    _info_memo: BoundedMemo[str, TokenInfo]

    def _namey(self, w: str) -> bool:
        if "-" not in w:
            return w.rsplit(" ", 1)[-1] in self._names
        parts = [p.rsplit(" ", 1)[-1] for p in w.split("-")]   # "Visser-de Jong" -> Visser, Jong
        return any(p in self.first or p in self.sur or p in self.isur for p in parts)

    def _blocked(self, w: str) -> bool:
        """An ordinary word, place, month, product... (as a standalone capitalised word)."""
        b = self._blocked_memo.get(w)
        if b is None:
            b = self._blocked_memo.put(w, fold(w) in self._block)
        return b

    def _single(self, w: str) -> bool:
        """Is a chain that is one plain word (no space, dot or hyphen; no lead word before
        it) a weak name hit? Same decision as `_parse` makes for it: the word is its only
        token, and kind W only if it is not a title, interfix or all capitals."""
        low = w.lower()
        if len(w) < 3 or low in self.titles or low in _LOWER_INTERFIXES or w.isupper():
            return False
        return not self._blocked(w) and (w in self.first or w in self.sur)

    def _nameless(self, chain: str) -> bool:
        """No word of the chain (also no part of a hyphenated word) is on a name list or a
        title, and none is a short acronym. Without a dot in the chain (initials) and
        without lead words other than interfixes, `_parse` then finds nothing: every hit
        needs a title, initials or a name-list word."""
        names = self._names
        return (names.isdisjoint(chain.split()) and names.isdisjoint(chain.replace("-", " ").split())
                and self.titles.isdisjoint(chain.lower().split()) and not _ACRONYM_WORD_RE.search(chain))

    def _info(self, t: str) -> TokenInfo:
        """All that `grammar.solve` needs to know about one token, cached per token text.
        Kinds: T title, I interfix, N initials, W capitalised word, X never part of a name;
        two more are settled in `solve` as they depend on the neighbours: "i" a capitalised
        interfix (X at the end of a chain, else I) and "a" an acronym of 2-3 capitals (N after
        a title or before a capitalised word that is no acronym, else X)."""
        info = self._info_memo.get(t)
        if info is not None:
            return info
        # Fields blocked..hyphen only matter for W tokens, dot for N, interfix for I: other kinds
        # get False/"" there, which also keeps the number of distinct patterns small.
        c0 = t[:1]
        low = t.lower()
        titles = self.titles
        if (low in titles or low.rstrip(".") in titles) and (c0.isupper() or c0 == c0.lower()):
            info = _other("T", capital=c0.isupper() and not _ACRONYM_RE.match(t))
        elif c0.islower() or t in ("'t", "d'") or low in _LOWER_INTERFIXES:
            info = _other("i" if low in _LOWER_INTERFIXES and c0.isupper() else "I",
                          capital=c0.isupper() and not _ACRONYM_RE.match(t), interfix=low)
        elif "." in t:
            # a function word that ends a sentence ("Eén. Bij ons ...", "Ook. Dus") is no abbreviated first name
            word = len(t) > 2 and t.count(".") == 1 and fold(t[:-1]) in folded_stop_words()
            inits = _INITS_RE.match(t) and not word
            info = _other("N" if inits else "X", dot=True, capital=c0.isupper())
        elif _ACRONYM_RE.match(t):
            info = _other("N" if len(t) == 1 else "a")
        elif len(t) > 1 and t.isupper():
            info = _other("X", capital=True)
        else:
            info = self._word_info(t)
        return self._info_memo.put(t, info)

    def _word_info(self, t: str) -> TokenInfo:
        """A capitalised word (no dot; a space only after a hyphen: "Visser-de Jong")."""
        folded = fold(t)
        blocked = folded in self._block    # = self._blocked(t)
        first, sur = self.first, self.sur
        if "-" in t:
            namey = self._namey(t)
            first_ok = not blocked and not first.isdisjoint(t.split("-"))
        else:
            namey = t in self._names
            first_ok = not blocked and t in first
        from postcheck.nlp.inflect import vocabulary
        # a trade noun alone ("Peeters Glas", "Lemmen Bouw") names a firm even where it is also a surname
        org = folded in _ORG_WORDS or folded in _ORG_SUFFIXES or \
            (not namey and (folded.endswith(_ORG_SUFFIXES) or bool(_CAMEL_BRAND.match(t))))
        return TokenInfo("W", blocked, namey, first_ok, org, len(t) < 3,
                         t in self.isur or t in sur, t in first or t in sur, "-" in t, False, True, "",
                         folded in vocabulary())
