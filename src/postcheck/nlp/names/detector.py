"""`NameDetector`: finds person names in a text, chain by chain."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from collections.abc import Iterable

from postcheck.nlp import namedata
from postcheck.nlp.hits import Hit
from postcheck.nlp.memo import BoundedMemo
from postcheck.nlp.names.chains import _exclusion_regex, lead_words
from postcheck.nlp.names.grammar import solve
from postcheck.nlp.names.patterns import (
    _CHAIN_RE, _EXTRA_TITLES, _MONTHS_DAYS, _ORG_SUFFIXES, _ORG_WORDS, _OWN_COMMON, _PLAIN_CHAIN_RE, _PRODUCTS,
    _TOKEN_RE,
)
from postcheck.nlp.names.tokens import TokenFacts
from postcheck.nlp.wordlists import word_set, words
from postcheck.text.fold import fold

Rel = tuple[tuple[int, int, str], ...]    # hits (start, end, strength) relative to a chain


class NameDetector(TokenFacts):
    """Finds person names; `load()` once, then `find(text)` per document.

    Decisions are remembered per detector (each cache bounded): facts per token text
    (`_info`), hits per token pattern (`_solve`) and per chain text (`_chain_hits`), so a
    name or heading seen before costs a dict lookup. They depend only on the word lists
    and `exclude`, fixed at construction; chains touching an excluded phrase are never
    taken from or put in the chain cache."""

    def __init__(self, first: frozenset[str], sur: frozenset[str], isur: frozenset[str],
                 stop: frozenset[str], places: frozenset[str], medical: frozenset[str],
                 titles: frozenset[str], initials: frozenset[str], exclude: Iterable[str] = ()):
        self.first = first
        self.sur = sur
        self.isur = isur
        self.stop = stop            # lower-case: never a name on its own
        self.places = places
        self.medical = medical
        self.titles = titles
        self.initials = initials
        self._names = first | sur | isur    # a single word is only a name on its own if in here
        ex = sorted({fold(e.strip()) for e in exclude if e and e.strip()}, key=len, reverse=True)
        self.exclude_words = frozenset(w for e in ex for w in e.split())
        # folded word -> never a name on its own (`_blocked`), one set instead of five
        self._block = stop | places | medical | self.exclude_words | _ORG_WORDS
        self._blocked_memo = BoundedMemo(100_000)    # word -> _blocked(word)
        self._info_memo = BoundedMemo(100_000)       # token -> `_info`
        # chain (or (chain, *lead words)) -> `_chain_hits` (`_lead_chain_hits`)
        self._chains: BoundedMemo[str | tuple, Rel] = BoundedMemo(50_000)
        self._solved: BoundedMemo[tuple, Rel] = BoundedMemo(20_000)   # `_info` pattern -> `solve`
        self._exclude_re = _exclusion_regex(ex) if ex else None

    @classmethod
    def load(cls, exclude: Iterable[str] = ()) -> "NameDetector":
        stop = (namedata.common_words() | namedata.stop_words() | _MONTHS_DAYS | _PRODUCTS | _OWN_COMMON)
        titles = frozenset(p.rstrip(".") for p in namedata.prefixes()) | _EXTRA_TITLES
        return cls(namedata.first_names(), namedata.surnames(), namedata.interfix_surnames(), stop,
                   namedata.place_names(), namedata.medical_terms(), titles, namedata.initials(),
                   exclude)

    # ------------------------------------------------------------------ main
    def find(self, text: str) -> list[Hit]:
        out: list[Hit] = []
        excluded: list[tuple[int, int]] = []
        if self._exclude_re is not None:
            excluded = [m.span() for m in self._exclude_re.finditer(text)]
            ex_ends = [b for _, b in excluded]
        names = self._names
        memo = self._chains
        for cm in _CHAIN_RE.finditer(text):
            chain = cm[0]
            if cm.lastindex is not None:
                cs = cm.start()
                lead = lead_words(text, cs)
                if lead:
                    ls = lead[0][0]
                    if excluded:
                        i = bisect_right(ex_ends, ls)
                        if i < len(excluded) and excluded[i][0] < cs + len(chain):
                            self._chain(text, cs, chain, lead, out, excluded)
                            continue
                    # lead words are separated by single spaces: the hits, relative to the
                    # first lead word, depend on the words and the chain alone
                    key = (chain, *[w for _, _, w in lead])
                    rel = memo.get(key)
                    if rel is None:
                        rel = self._lead_chain_hits(key, cs - ls, chain, lead, ls)
                    for s, e, strength in rel:
                        out.append(Hit(ls + s, ls + e, "person", "exact", "", strength))
                    continue
            elif chain not in names and " " not in chain and "." not in chain and "-" not in chain:
                # common case: a capitalised ordinary word (sentence start, heading)
                continue
            else:
                cs = cm.start()
            if excluded:
                i = bisect_right(ex_ends, cs)
                if i < len(excluded) and excluded[i][0] < cs + len(chain):
                    self._chain(text, cs, chain, [], out, excluded)
                    continue
            # no lead word, no exclusion: the hits depend on the chain text alone
            rel = memo.get(chain)
            if rel is None:
                rel = self._chain_hits(chain)
            for s, e, strength in rel:
                out.append(Hit(cs + s, cs + e, "person", "exact", "", strength))
        return [_without_answer(text, h) for h in out if not _inverted_verb(text, h) and not _street(text, h)
                and not _answer_word(text, h) and not self._place(text, h) and not _institution(text, h)
                and not _letter_label(text, h) and not _firm_partners(text, h) and not _placeholder(text, h)]

    def _place(self, text: str, h: Hit) -> bool:
        """The hit is a place, not a person: a place name of more than one word after a preposition of place ("de
        mensen in [Den Haag]", "het congres in [Den Bosch]", "plannen vanuit [Den Haag]": an interfix and a surname
        on their own; "mevrouw [de Boer]" stays a name), or the letters of a postcode and the place after it
        ("7413 [AD Deventer]")."""
        span = text[h.start:h.end]
        if " " in span and (span.lower() in self.places or span.lower() in _PLACE_ALIASES) and \
                _PLACE_PREPOSITION.search(text, max(0, h.start - 12), h.start):
            return True
        # the hit opens with "van" and a place of more than one word follows ("wat ik van Den Haag zou willen"); not
        # after a title or a capitalised word ("mevrouw van Den Bosch", "Jan van Den Bosch": a surname)
        head, _, rest = span.partition(" ")
        if head == "van" and " " in rest and (rest.lower() in self.places or rest.lower() in _PLACE_ALIASES) \
                and not _TITLE_OR_NAME_BEFORE.search(text, max(0, h.start - 20), h.start):
            return True
        return _POSTCODE_BEFORE.search(text, max(0, h.start - 5), h.start) is not None and \
            _POSTCODE_PLACE.fullmatch(span) is not None and span.split(" ", 1)[1].lower() in self.places

    def _lead_chain_hits(self, key: tuple, cs: int, chain: str, lead: list[tuple[int, int, str]],
                         ls: int) -> Rel:
        """Like `_chain_hits`, for a chain `cs` after the start of its lead words."""
        if "." not in chain and all(self._info(w).kind in "Ii" for _, _, w in lead) and self._nameless(chain):
            # only interfixes in front ("van Utrecht", "de Kerkstraat") of a chain without
            # any name-list word, title, initial or acronym: never a name
            rel: Rel = ()
        else:
            found: list[Hit] = []
            self._chain("", cs, chain, [(a - ls, b - ls, w) for a, b, w in lead], found, ())
            rel = tuple((h.start, h.end, h.strength) for h in found)
        return self._chains.put(key, rel)

    def _chain_hits(self, chain: str) -> Rel:
        """Hits (start, end, strength), relative to the chain, in a chain without lead
        words or exclusions; remembered per chain text (bounded)."""
        if " " not in chain and "." not in chain and "-" not in chain:
            # one word on a name list: a weak hit unless it is also an ordinary word
            rel: Rel = ((0, len(chain), "weak"),) if self._single(chain) else ()
        elif "." not in chain and self._nameless(chain):
            # no word on a name list, no title, no initials or acronym: never a name
            rel = ()
        elif _PLAIN_CHAIN_RE.fullmatch(chain):
            # capitalised words and single spaces (the tokens, see `_chain`): solve directly
            words = chain.split(" ")
            get, info = self._info_memo.get, self._info
            infos = tuple([get(w) or info(w) for w in words])
            res = self._solved.get(infos)
            if res is None:
                res = self._solve_new(infos, None)
            if res:
                starts = [0]
                for w in words:
                    starts.append(starts[-1] + len(w) + 1)
                rel = tuple((starts[a], starts[b] + len(words[b]), strength) for a, b, strength in res)
            else:
                rel = ()
        else:
            found: list[Hit] = []
            self._chain("", 0, chain, [], found, ())
            rel = tuple((h.start, h.end, h.strength) for h in found)
        return self._chains.put(chain, rel)

    def _chain(self, text: str, cs: int, chain: str, lead: list[tuple[int, int, str]], out: list[Hit],
               excluded) -> None:
        """Hits in one chain starting at `cs` (with the lead words before it) -> `out`."""
        if not lead and " " not in chain and "." not in chain:
            # one capitalised word, nothing in front that makes it a name
            if "-" in chain:
                if not self._namey(chain):
                    return
            elif chain not in self._names:
                return
        if _PLAIN_CHAIN_RE.fullmatch(chain):
            # capitalised words and single spaces only: `_TOKEN_RE` would give the words
            toks = list(lead)
            for w in chain.split(" "):
                toks.append((cs, cs + len(w), w))
                cs += len(w) + 1
        else:
            toks = lead + [(cs + m.start(), cs + m.end(), m[0]) for m in _TOKEN_RE.finditer(chain)]
        if toks:
            ls, le, lt = toks[-1]
            if lt.endswith(".") and lt.count(".") == 1 and len(lt) > 2 and lt[1:-1].islower():
                toks[-1] = (ls, le - 1, lt[:-1])   # "De Wit." at a sentence end: not an initial
            self._parse(text, toks, out, excluded)

    def _parse(self, text: str, toks: list[tuple[int, int, str]], out: list[Hit],
               excluded: list[tuple[int, int]]) -> None:
        info = self._info
        infos = tuple([info(t) for _, _, t in toks])
        key: tuple = infos
        if excluded:
            xflags = tuple([any(a <= s < b or a < e <= b for a, b in excluded) for s, e, _ in toks])
            if any(xflags):
                key = (infos, xflags)
        res = self._solved.get(key)
        if res is None:
            res = self._solve_new(infos, key[1] if key is not infos else None)
        for a, b, strength in res:
            out.append(Hit(toks[a][0], toks[b][1], "person", "exact", "", strength))

    def _solve_new(self, infos: tuple, xflags: tuple | None) -> Rel:
        """`grammar.solve`, remembered (bounded) under the key `_parse` looks up."""
        return self._solved.put(infos if xflags is None else (infos, xflags), solve(infos, xflags))


# NOTE: "in blok A. Wilt u de sleutel afgeven?" (devset domus bouwkeet): one initial and one
# word followed by a subject pronoun is a sentence end and a verb-first question, not a name.
_ONE_INITIAL_WORD = re.compile(r"[A-Z]\. \w+")
_SUBJECT_AFTER = re.compile(r" (?:u|je|jij|jullie|we|wij|ze|zij|hij|ik)\b", re.I)


_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|naar|uit|vanuit|richting|te|rond|nabij)[ \t]+$", re.I)
_PLACE_ALIASES = word_set("place_aliases")
_TITLE_OR_NAME_BEFORE = re.compile(r"(?:\b(?:meneer|mevrouw|mevr|dhr|mw|mr|familie|fam|de[ \t]+heer)\.?"
                                   r"|(?-i:[A-Z][\w'-]*))[ \t]+$", re.I)
# "7413 AD Deventer": a postcode's four digits right before, its two letters and a place name in the hit
_POSTCODE_BEFORE = re.compile(r"(?<!\d)[1-9]\d{3} ?$")
_POSTCODE_PLACE = re.compile(r"[A-Z]{2} [A-Z][\w' -]+")


def _inverted_verb(text: str, h: Hit) -> bool:
    return bool(_ONE_INITIAL_WORD.fullmatch(text, h.start, h.end)) and bool(_SUBJECT_AFTER.match(text, h.end))


# "eerst trap C dan B. Mop en emmers ...", "blok A en B. Daarna ...": a capital letter after another letter label
# and "en/of/dan/tot", or after a part of a building or a list ("trap", "blok", "fase", "bijlage"), labels a
# stair, block or item; the word after it opens the next sentence (twenty-third round)
_LETTER_LABEL_BEFORE = re.compile(r"(?:(?<![\w.])[A-Z][ \t]*(?:,|&|\ben|\bof|\bdan|\btot|\bt/m)"
                                  r"|(?<![\w-])(?i:trap|trappenhuis|blok|portiek|ingang|gebouw|vleugel|hal|toren|"
                                  r"fase|type|variant|optie|bijlage|lokaal|zaal|afdeling|stap|route|zijde|lift|"
                                  r"deel|hoofdstuk|paragraaf|categorie|klasse|groep|niveau))[ \t]+$")


def _letter_label(text: str, h: Hit) -> bool:
    return text[h.start + 1:h.start + 2] == "." and text[h.start:h.start + 1].isupper() and \
        _LETTER_LABEL_BEFORE.search(text, max(0, h.start - 24), h.start) is not None


# "bij meneer X op nummer 14", "mevrouw Y uit blok B", "familie N.N.": a stand-in letter for a name nobody is given;
# X, Y and Z (and N.N., "nomen nescio") are not initials people write alone after a title (thirty-first round)
_PLACEHOLDER = re.compile(r"(?:[XYZ]|N\.?[ \t]?N\.?)(?![\w.'’-])")


def _placeholder(text: str, h: Hit) -> bool:
    """The hit ends in a stand-in letter after a title or first word ("meneer X"): an example, not a person."""
    last = text[h.start:h.end].rsplit(" ", 1)[-1]
    return " " in text[h.start:h.end] and _PLACEHOLDER.fullmatch(last) is not None


# "Jij gaat toch langs? Ja. Maar het is meer dan dat": a one-word answer, exclamation or greeting of up to three
# letters looks like an initial ("Th.", "Chr."); with one capitalised word after it, it is a sentence end, not a name
# ("Yo. Rachid hier"), and before a longer name it is no part of it ("Hoi. Sanne Jansen" is Sanne's;
# `data/sentence_end_words.txt`)
@lru_cache(maxsize=1)
def _answers() -> tuple[re.Pattern, re.Pattern]:
    """(the answer word and the one word after it, the answer word at the start of a hit)."""
    lead = "(?:" + "|".join(map(re.escape, words("sentence_end_words"))) + r")\. "
    return re.compile(lead + r"\w+"), re.compile(lead)


# "het rapport van de Raad voor de Kinderbescherming", "de Kamer van Koophandel": particles and the head noun of a
# body, no first name or title, then "voor"/"van" and a capitalised word: the name of a body, not a surname
_INSTITUTION = re.compile(r"(?:(?:van|de|der|den|het)[ \t]+)+(?:Raad|Kamer|Hof|Ministerie|Dienst|Stichting|Bureau|Huis|"
                          r"Centrum|Vereniging|Bond|Federatie|College|Commissie|Inspectie|Autoriteit|Rechtbank|Fonds|"
                          r"Instituut|Orde|Afdeling|Agentschap|Academie|Staten)[ \t]+(?:voor|van)[ \t]+"
                          r"(?:de[ \t]+|het[ \t]+|der[ \t]+)?[A-Z]")


def _institution(text: str, h: Hit) -> bool:
    return text[h.start:h.start + 1].islower() and _INSTITUTION.match(text, h.start) is not None


# "Van Kessel & Hermans Bouw", "Jansen & Zn", "Peeters & Partners B.V.": names joined by "&" before a trade head
# (`data/organisation_suffixes.txt`), a legal form or a partner word name a firm (twenty-seventh round); "Kees &
# Annie" alone is a couple
_AFTER_AMPERSAND = re.compile(r"[ \t]*&[ \t]*((?:[A-Z][\w'.-]*[ \t]*){1,3})")
_FIRM_WORDS = frozenset({"zn", "zonen", "zoon", "co", "partners", "partner", "bv", "b.v.", "vof", "v.o.f."})


def _firm_partners(text: str, h: Hit) -> bool:
    m = _AFTER_AMPERSAND.match(text, h.end)
    return m is not None and any(w in _FIRM_WORDS or w.rstrip(".,;:!?").endswith(_ORG_SUFFIXES)
                                 for w in m.group(1).lower().split())


def _answer_word(text: str, h: Hit) -> bool:
    return bool(_answers()[0].fullmatch(text, h.start, h.end))


def _without_answer(text: str, h: Hit) -> Hit:
    m = _answers()[1].match(text, h.start, h.end)
    return replace(h, start=m.end()) if m else h


@lru_cache(maxsize=1)
def _street_parts() -> tuple[tuple[str, ...], frozenset[str]]:
    """Street suffixes (longest first) and the lower-case surnames (which may end in one: "Van Dijk")."""
    suffixes = tuple(sorted(words("street_only_suffixes"), key=len, reverse=True))
    return suffixes, frozenset(n.lower() for n in namedata.surnames())


def _street(text: str, h: Hit) -> bool:
    """The hit ends in a street name, not a surname: "Pastoor Vranckenstraat", "Burgemeester Gijzelsstraat"
    (a title and the street named after someone)."""
    last = text[h.start:h.end].rsplit(" ", 1)[-1].lower()
    suffixes, surnames = _street_parts()
    return last.endswith(suffixes) and last not in surnames and not any(last == s for s in suffixes)
