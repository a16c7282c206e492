"""Lexicon matcher: confidential names, places and terms in normalised text.

`LexiconIndex.build(slots)` compiles every variant form of every entry into one
Aho-Corasick automaton (pyahocorasick, integer values). `find(text)` folds the
text once (lower case, no diacritics, no look-alikes, and every character that
is not a letter or digit mapped to a space; same length), scans it with the
automaton, and does Python work only per candidate match. Keys are stored with
a space on both sides, so the automaton only reports word-aligned matches.

Names: full name, first name + surname, abbreviated interfix (vd, v.d., v/d),
initials + surname, title + surname, surname alone (strong only when
distinctive), first name alone (weak), possessives, squashed hashtag/mention
forms, and misspellings (fuzzy, with candidate generation through prefix/suffix
buckets so it stays fast with 100k+ entries). Places: like names, plus house
numbers and number ranges. Terms: inflected forms (`nlp.inflect`) and,
optionally, compound parts.

Built indexes are cached on disk (`postcheck.cache`). Entries are confidential:
nothing here prints or logs them.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import ahocorasick
import numpy as np
import regex
from rapidfuzz.distance import Levenshtein

from postcheck import cache
from postcheck.nlp import inflect
from postcheck.nlp.hits import Hit
from postcheck.text.fold import fold, fold_char

VERSION = "lexicon-1"

KINDS = ("names", "places", "terms")


@dataclass(frozen=True)
class SlotSpec:
    name: str                      # slot name, used as Hit.label
    kind: str                      # "names", "places" or "terms"
    entries: tuple[str, ...]       # raw lines already read from lexicon files (comments stripped)
    fuzzy: bool = True             # allow misspellings (names/places only)
    compounds: bool = False        # terms: also match inside Dutch compounds
    inflect: bool = True           # terms: plural/diminutive/lemma forms


# --------------------------------------------------------------------------- folding

_SCAN_LIMIT = 0x3000


@lru_cache(maxsize=1)
def _scan_table() -> np.ndarray:
    table = np.arange(0x110000, dtype=np.uint32)
    for cp in range(_SCAN_LIMIT):
        ch = fold_char(chr(cp))
        table[cp] = ord(ch) if ch.isalnum() else 32
    return table


def scan_fold(text: str) -> str:
    """`fold(text)` with every non-letter/digit mapped to ' ' (same length)."""
    if not text:
        return text
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return _scan_table()[codes].tobytes().decode("utf-32-le", "surrogatepass")


def _clean(entry: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", entry).split())


@lru_cache(maxsize=262144)
def _key_form(form: str) -> str:
    """The scanned form of an entry variant (no padding)."""
    return scan_fold(_clean(form)).strip()


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


# --------------------------------------------------------------------------- names

PARTICLES = frozenset({
    "van", "de", "den", "der", "het", "'t", "t", "te", "ten", "ter", "in", "op", "aan", "bij",
    "uit", "la", "le", "du", "da", "di", "del", "dos", "das", "do", "el", "al", "ben", "bin",
    "ibn", "abou", "abu", "ait", "ou", "d'", "l'", "von", "zu", "vd", "v.d.", "v/d",
    "tjon", "tjong", "tjin",  # Surinamese-Chinese double surnames ("Tjon Affo")
})

_ABBREV = {
    "van den": ("vd", "v.d.", "v/d", "v. d."),
    "van der": ("vd", "v.d.", "v/d", "v. d."),
    "van de": ("vd", "v.d.", "v/d", "v. d."),
    "van": ("v.",),
}

# The most common surnames in the Netherlands (CBS/Meertens top lists) plus the
# most common Turkish and Moroccan ones: alone they are never strong evidence.
COMMON_SURNAMES = frozenset(fold(s) for s in (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van de Berg", "van Dijk", "Bakker", "Janssen",
    "Visser", "Smit", "Meijer", "Meyer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
    "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
    "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
    "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten",
    "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
    "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers",
    "van Veen", "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijk",
    "Postma", "Martens", "Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker",
    "van Loon", "Boer", "van der Velde", "Willemsen", "Smeets", "de Lange", "de Vos", "Bosch",
    "van Dongen", "Schipper", "de Koning", "van der Laan", "Koning", "van der Velden", "Driessen",
    "van Doorn", "Hermans", "Evers", "van den Bosch", "van der Meulen", "Hofman", "Bosman",
    "Wouters", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
    "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
    "El Amrani", "El Idrissi", "Bakkali", "Ahmed", "Mohamed", "Ali", "Hassan",
))

TITLES = ("mevrouw", "mevr", "mw", "mej", "mejuffrouw", "meneer", "mijnheer", "mnr", "dhr", "heer",
          "juf", "juffrouw", "meester", "mr", "dr", "drs", "ir", "ing", "prof", "dokter", "zuster",
          "broeder", "pastoor", "dominee", "ds", "wethouder", "burgemeester", "oom", "tante", "opa",
          "oma")
_TITLE_RE = re.compile(r"(?:^| )(" + "|".join(TITLES) + r") {1,2}$")
_INITIALS_RE = re.compile(r"(?:^| )((?:[a-z] {1,2}){1,4})$")


@dataclass(frozen=True, slots=True)
class _Name:
    given: tuple[str, ...]      # raw given-name tokens
    surname: str                # interfix + core, raw
    interfix: str               # lower case, "" when none
    core: str                   # raw


@lru_cache(maxsize=65536)
def _parse_name(entry: str) -> _Name:
    toks = _clean(entry).split()
    if len(toks) <= 1:
        return _Name((), " ".join(toks), "", " ".join(toks))
    i = next((k for k in range(1, len(toks) - 1) if toks[k].lower() in PARTICLES), None)
    if i is None:
        if toks[0].lower() in PARTICLES:       # "Van den Berg": surname only
            j = 0
            while j < len(toks) - 1 and toks[j].lower() in PARTICLES:
                j += 1
            return _Name((), " ".join(toks), " ".join(toks[:j]).lower(), " ".join(toks[j:]))
        return _Name(tuple(toks[:-1]), toks[-1], "", toks[-1])
    j = i
    while j < len(toks) - 1 and toks[j].lower() in PARTICLES:
        j += 1
    return _Name(tuple(toks[:i]), " ".join(toks[i:]), " ".join(toks[i:j]).lower(), " ".join(toks[j:]))


def _surname_forms(name: _Name) -> list[tuple[str, bool]]:
    """(surname form, abbreviated?) pairs."""
    out = [(name.surname, False)]
    for abbr in _ABBREV.get(name.interfix, ()):
        out.append((abbr + " " + name.core, True))
    return out


# --------------------------------------------------------------------------- places

_PLACE_RE = re.compile(r"^(.*?\D)(?:\s+(\d{1,5})\s*[a-zA-Z]?(?:\s*[-–]\s*(\d{1,5})\s*[a-zA-Z]?)?)?$")
_NUMBER_RE = re.compile(r" (\d{1,5})([a-z])?(?= |$)")
_GENERIC_PLACE_WORDS = frozenset({"complex", "wooncomplex", "flat", "woontoren", "residentie", "de",
                                  "het", "van", "der", "den", "aan", "straat", "laan", "weg", "plein"})


@lru_cache(maxsize=65536)
def _parse_place(entry: str) -> tuple[str, int | None, int | None]:
    m = _PLACE_RE.match(_clean(entry))
    if not m:
        return _clean(entry), None, None
    lo = int(m.group(2)) if m.group(2) else None
    hi = int(m.group(3)) if m.group(3) else lo
    if lo is not None and hi is not None and hi < lo:
        lo, hi = hi, lo
    return m.group(1).strip(), lo, hi


# --------------------------------------------------------------------------- codes

FULL, FIRSTLAST, ABBR, SQUASH, SUR_STRONG, SUR_WEAK, SUR_CTX, FIRST = range(8)
PLACE, TERM, TERM_LEMMA, COMP_PRE, COMP_SUF = range(8, 13)
POSS = 16
_NAME_CODES = frozenset(range(8))
_KEYLEN_BITS = 8
_SHIFT = 5 + _KEYLEN_BITS
_MAX_KEY = (1 << _KEYLEN_BITS) - 1
_APOSTROPHES = "'’‘`´ʼ"
_STRENGTH_RANK = {"strong": 0, "weak": 1}

_CAP_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{L}{3,}(?![\p{L}\p{N}])")
_TOKEN_RE = re.compile(r"\S+")
_MAX_ANCHOR_ENTRIES = 64


def _how_rank(how: str) -> int:
    if how == "exact":
        return 0
    if how.startswith("fuzzy"):
        return 2
    return 3 if how == "compound" else 1


def _max_edits(n: int) -> int:
    return 0 if n < 4 else 1 if n <= 7 else 2


class LexiconIndex:
    """All lexicon slots compiled into one automaton; `find(text) -> list[Hit]`."""

    def __init__(self) -> None:
        self._slots: list[tuple[str, str, bool, bool, bool]] = []
        self._raw: list[str] = []
        self._eslot = array("H")
        self._auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self._multi: list[tuple[int, ...]] = []
        self._tok2ent: dict[str, object] = {}        # fuzzy: entry token -> entry id(s)
        self._buckets: dict[str, str] = {}           # fuzzy: bucket key -> "\0"-joined tokens
        self._vocab_dir: str | None = None
        self._memo: dict[str, tuple[tuple[str, int], ...]] = {}

    # ------------------------------------------------------------------ pickling
    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_memo"] = {}
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    # ------------------------------------------------------------------ build
    @classmethod
    def build(cls, slots: Sequence[SlotSpec], cache_dir: Path | None = None) -> "LexiconIndex":
        """Build (or load from the on-disk cache) the index for `slots`."""
        directory = Path(cache_dir) if cache_dir is not None else cache.cache_dir()
        specs = tuple(slots)
        key = cache.make_key(VERSION, ahocorasick.__dict__.get("__version__", ""),
                             np.__version__, inflect._lookups_version(), specs)
        cached = cache.load(key, directory)
        if isinstance(cached, cls):
            cached._vocab_dir = str(directory)
            return cached
        index = cls()
        index._vocab_dir = str(directory)
        index._compile(specs)
        cache.store(key, index, directory)
        return index

    def _compile(self, specs: tuple[SlotSpec, ...]) -> None:
        vocab = inflect.vocabulary(self._vocab_dir)
        keys: dict[str, list[int]] = {}
        fuzzy_tokens: dict[str, list[int]] = {}

        def add(form: str, code: int, eid: int, lead: bool = True, trail: bool = True) -> None:
            kf = _key_form(form)
            if not kf:
                return
            k = (" " if lead else "") + kf + (" " if trail else "")
            if len(k) > _MAX_KEY:
                return
            keys.setdefault(k, []).append((eid << _SHIFT) | (len(k) << 5) | code)

        for sidx, spec in enumerate(specs):
            if spec.kind not in KINDS:
                raise ValueError(f"slot {spec.name!r}: kind must be one of {', '.join(KINDS)}")
            self._slots.append((spec.name, spec.kind, spec.fuzzy, spec.compounds, spec.inflect))
            for raw in spec.entries:
                entry = _clean(raw)
                if not entry or not _key_form(entry):
                    continue
                eid = len(self._raw)
                self._raw.append(entry)
                self._eslot.append(sidx)
                if spec.kind == "names":
                    self._add_name(entry, eid, add, vocab, fuzzy_tokens if spec.fuzzy else None)
                elif spec.kind == "places":
                    self._add_place(entry, eid, add, fuzzy_tokens if spec.fuzzy else None)
                else:
                    self._add_term(entry, eid, add, spec)

        for k, payloads in keys.items():
            uniq = tuple(dict.fromkeys(payloads))
            if len(uniq) == 1:
                self._auto.add_word(k, uniq[0])
            else:
                self._multi.append(uniq)
                self._auto.add_word(k, -len(self._multi))
        self._auto.make_automaton()

        buckets: dict[str, list[str]] = {}
        for tok, eids in fuzzy_tokens.items():
            uniq_e = tuple(dict.fromkeys(eids))
            self._tok2ent[tok] = uniq_e[0] if len(uniq_e) == 1 else uniq_e
            for bk in self._bucket_keys(tok):
                buckets.setdefault(bk, []).append(tok)
        self._buckets = {k: "\0".join(v) for k, v in buckets.items()}

    @staticmethod
    def _bucket_keys(tok: str) -> list[str]:
        n = len(tok)
        h = n // 2
        out = [f"p{n}{tok[:h]}", f"s{n}{tok[-h:]}"]
        if n >= 8:
            t = n // 3
            out += [f"P{n}{tok[:t]}", f"S{n}{tok[-t:]}"]
        return out

    def _add_name(self, entry, eid, add, vocab, fuzzy_tokens) -> None:
        name = _parse_name(entry)
        core_f = _key_form(name.core)
        sur_f = _key_form(name.surname)
        common_word = " " not in core_f and core_f in vocab
        if not name.interfix and common_word:
            sur_code = SUR_CTX
        elif (common_word or sur_f in COMMON_SURNAMES or core_f in COMMON_SURNAMES
              or _letters(core_f) < 6):
            sur_code = SUR_WEAK
        else:
            sur_code = SUR_STRONG
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
            for form, abbr in sur_forms[1:]:
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
        if fuzzy_tokens is not None:
            for tok in _key_form(entry).split():
                if len(tok) >= 4 and tok.isalpha():
                    fuzzy_tokens.setdefault(tok, []).append(eid)

    def _add_place(self, entry, eid, add, fuzzy_tokens) -> None:
        street, _lo, _hi = _parse_place(entry)
        add(street, PLACE, eid)
        if fuzzy_tokens is not None:
            for tok in _key_form(street).split():
                if len(tok) >= 4 and tok.isalpha() and tok not in _GENERIC_PLACE_WORDS:
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

    # ------------------------------------------------------------------ find
    def find(self, text: str) -> list[Hit]:
        """Every lexicon hit in `text` (normalised document text), sorted by offset."""
        if not text or not self._raw:
            return []
        S = scan_fold(text)
        n = len(S)
        P = " " + S + " "
        cands: list[tuple[int, int, int, str, int, str]] = []  # start, end, slot, how, eid, strength
        anchors: list[tuple[int, tuple[int, ...]]] = []
        multi = self._multi
        for e, v in self._auto.iter(P):
            payloads = (v,) if v >= 0 else multi[-v - 1]
            first = payloads[0]
            klen = (first >> 5) & _MAX_KEY
            code0 = first & 31
            lead = code0 != COMP_SUF
            trail = code0 != COMP_PRE
            start = e - klen + lead
            end = e - trail
            self._evaluate(text, S, n, start, end, payloads, cands, anchors)
        hits = self._resolve(cands)
        if any(self._slots[s][2] and self._slots[s][1] != "terms" for s in range(len(self._slots))):
            mask = bytearray(n)
            for h in hits:
                mask[h.start:h.end] = b"\1" * (h.end - h.start)
            fz: list = []
            self._fuzzy(text, S, n, mask, anchors, fz)
            if fz:
                hits = self._resolve(cands + fz)
        return hits

    def _resolve(self, cands) -> list[Hit]:
        """Per slot, keep the longest of overlapping hits (then strong, then exact)."""
        order = sorted(cands, key=lambda c: (c[2], -(c[1] - c[0]), _STRENGTH_RANK[c[5]],
                                             _how_rank(c[3]), c[0], c[4]))
        kept: list[Hit] = []
        slot = -1
        starts: list[int] = []
        ends: list[int] = []
        for start, end, s, how, eid, strength in order:
            if s != slot:
                slot, starts, ends = s, [], []
            i = bisect.bisect_left(starts, start)
            if i > 0 and ends[i - 1] > start:
                continue
            if i < len(starts) and starts[i] < end:
                continue
            starts.insert(i, start)
            ends.insert(i, end)
            kept.append(Hit(start, end, self._slots[s][0], how, self._raw[eid], strength))
        kept.sort(key=lambda h: (h.start, h.end, h.label))
        return kept

    def _sigil(self, text: str, start: int) -> str:
        if start > 0 and text[start - 1] in "#@":
            return "variant:hashtag" if text[start - 1] == "#" else "variant:mention"
        return ""

    def _evaluate(self, text, S, n, start, end, payloads, cands, anchors) -> None:
        done_slots: set[tuple[int, int]] = set()
        for p in payloads:
            code = p & 31
            eid = p >> _SHIFT
            sidx = self._eslot[eid]
            base = code & ~POSS
            if (sidx, base) in done_slots:
                continue
            if base in _NAME_CODES:
                hit = self._eval_name(text, S, n, start, end, code, eid)
                if hit is None:
                    continue
                if base == FIRST and len(payloads) <= _MAX_ANCHOR_ENTRIES:
                    anchors.append((start, tuple(q >> _SHIFT for q in payloads
                                                 if (q & 31) & ~POSS == FIRST)))
                if base != SUR_CTX:
                    done_slots.add((sidx, base))
                cands.append(hit)
            elif base == PLACE:
                hit = self._eval_place(text, S, n, start, end, eid)
                if hit is not None:
                    cands.append(hit)
            elif base in (TERM, TERM_LEMMA):
                cands.append((start, end, sidx, "exact" if base == TERM else "lemma", eid, "strong"))
                done_slots.add((sidx, base))
            elif base == COMP_PRE:
                if end < n and S[end] != " ":
                    wend = S.find(" ", end)
                    wend = n if wend < 0 else wend
                    if _letters(S[end:wend]) >= 3:
                        cands.append((start, wend, sidx, "compound", eid, "strong"))
                        done_slots.add((sidx, base))
            elif base == COMP_SUF:
                if start > 0 and S[start - 1] != " ":
                    wstart = S.rfind(" ", 0, start) + 1
                    if _letters(S[wstart:start]) >= 3:
                        cands.append((wstart, end, sidx, "compound", eid, "strong"))
                        done_slots.add((sidx, base))

    def _eval_name(self, text, S, n, start, end, code, eid):
        base = code & ~POSS
        sidx = self._eslot[eid]
        sigil = self._sigil(text, start)
        how = {FULL: "exact", FIRSTLAST: "variant:first-surname", ABBR: "variant:interfix",
               SQUASH: "variant:squashed", FIRST: "variant:first-name"}.get(base, "variant:surname")
        strength = "strong"
        if code & POSS:
            how = "variant:possessive"
        elif end + 1 < n and text[end] in _APOSTROPHES and text[end + 1] in "sS" \
                and (end + 2 == n or S[end + 2] == " ") and base != SQUASH:
            end += 2
            how = "variant:possessive"
        if base in (SUR_STRONG, SUR_WEAK, SUR_CTX):
            ctx = self._context(text, S, start, eid)
            if ctx is not None:
                start, how = ctx
            else:
                if base == SUR_CTX:
                    return None
                if not (sigil or self._capitalised(text, S, start, end)):
                    return None
                strength = "strong" if base == SUR_STRONG else "weak"
        elif base == FIRST:
            if not (sigil or text[start].isupper()):
                return None
            strength = "weak"
        if sigil:
            how = sigil
        return (start, end, sidx, how, eid, strength)

    @staticmethod
    def _capitalised(text: str, S: str, start: int, end: int) -> bool:
        """The surname's core (its last word) starts with a capital in the original."""
        last = S.rfind(" ", start, end)
        i = start if last < 0 else last + 1
        while i < end and S[i] == " ":
            i += 1
        return i < end and text[i].isupper()

    def _context(self, text, S, start, eid):
        """Title or initials right before a surname: (new start, how), else None."""
        window = S[max(0, start - 24):start]
        m = _TITLE_RE.search(window)
        if m:
            return start - len(window) + m.start(1), "variant:title"
        m = _INITIALS_RE.search(window)
        if m:
            s0 = start - len(window) + m.start(1)
            letters = m.group(1).split()
            pos = [s0 + i for i, ch in enumerate(m.group(1)) if ch != " "]
            if not all(text[i].isupper() for i in pos):
                return None
            given = _parse_name(self._raw[eid]).given
            inits = [fold(g[0]) for g in given]
            if not inits or letters[0] != inits[0]:
                return None
            if len(letters) > 1 and len(inits) > 1 and letters[: len(inits)] != inits[: len(letters)]:
                return None
            return s0, "variant:initials"
        return None

    def _eval_place(self, text, S, n, start, end, eid):
        sidx = self._eslot[eid]
        street, lo, hi = _parse_place(self._raw[eid])
        kf = _key_form(street)
        if " " not in kf and kf in inflect.vocabulary(self._vocab_dir) and not text[start].isupper():
            return None
        how = self._sigil(text, start) or "exact"
        m = _NUMBER_RE.match(S, end)
        if m:
            num = int(m.group(1))
            if lo is not None and not lo <= num <= hi:
                return None
            return (start, m.end(), sidx, how, eid, "strong")
        if lo is not None:
            return (start, end, sidx, "variant:street", eid, "weak")
        return (start, end, sidx, how, eid, "strong")

    # ------------------------------------------------------------------ fuzzy
    def _similar(self, w: str) -> tuple[tuple[str, int], ...]:
        """Entry tokens within the edit budget of `w` (memoised)."""
        got = self._memo.get(w)
        if got is not None:
            return got
        m = len(w)
        seen: set[str] = set()
        out: list[tuple[str, int]] = []
        for ln in range(max(4, m - 2), m + 3):
            d = _max_edits(ln)
            if abs(ln - m) > d:
                continue
            h = ln // 2
            keys = [f"p{ln}{w[:h]}", f"s{ln}{w[-h:]}"]
            if ln >= 8:
                t = ln // 3
                keys += [f"P{ln}{w[:t]}", f"S{ln}{w[-t:]}"]
            for k in keys:
                b = self._buckets.get(k)
                if not b:
                    continue
                for tok in b.split("\0"):
                    if tok in seen:
                        continue
                    seen.add(tok)
                    dist = Levenshtein.distance(w, tok, score_cutoff=d)
                    if 0 < dist <= d:
                        out.append((tok, dist))
        res = tuple(out)
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[w] = res
        return res

    def _fuzzy(self, text, S, n, mask, anchors, out) -> None:
        vocab = None
        tried: set[tuple[int, int]] = set()
        windows: dict[int, list[tuple[int, int]]] = {}
        for start, eids in anchors:
            # only worth trying when a capitalised word (or a particle) follows the first name
            a = S.find(" ", start)
            while 0 <= a < n and S[a] == " " and a - start < 40:
                a += 1
            if a < 0 or a >= n or mask[a] or not (text[a].isupper() or S[a:a + 4] in ("van ", "de ", "el ")):
                continue
            for eid in eids:
                self._try_entry(text, S, n, start, eid, 0, out, tried, True, windows)
        for m in _CAP_RE.finditer(text):
            s, e = m.span()
            if mask[s] or mask[e - 1]:
                continue
            w = S[s:e]
            if " " in w or w in self._tok2ent:
                continue
            if vocab is None:
                vocab = inflect.vocabulary(self._vocab_dir)
            if w in vocab:
                continue
            sims = self._similar(w)
            if not sims or len(sims) > 8:     # none, or too ambiguous to be evidence
                continue
            budget = 32
            for tok, _d in sims:
                eids = self._tok2ent[tok]
                eids = (eids,) if isinstance(eids, int) else eids
                if len(eids) > _MAX_ANCHOR_ENTRIES:
                    continue
                for eid in eids:
                    budget -= 1
                    if budget < 0:
                        break
                    sidx = self._eslot[eid]
                    if not self._slots[sidx][2]:
                        continue
                    toks = _key_form(self._raw[eid] if self._slots[sidx][1] == "names"
                                     else _parse_place(self._raw[eid])[0]).split()
                    for p, et in enumerate(toks):
                        if et == tok:
                            self._try_entry(text, S, n, s, eid, p, out, tried, True, windows)

    def _try_entry(self, text, S, n, pos, eid, p, out, tried, need_fuzzy, windows) -> None:
        if (pos, eid) in tried:
            return
        tried.add((pos, eid))
        sidx = self._eslot[eid]
        name, kind, fuzzy_ok, _c, _i = self._slots[sidx]
        if not fuzzy_ok:
            return
        raw = self._raw[eid]
        window = windows.get(pos)
        if window is None:
            lo_w = max(0, pos - 60)
            window = [mm.span() for mm in _TOKEN_RE.finditer(S, lo_w, min(n, pos + 90))]
            windows[pos] = window
        j = next((i for i, (a, _b) in enumerate(window) if a == pos), None)
        if j is None:
            return
        if kind == "names":
            nm = _parse_name(raw)
            variants = []
            full = _key_form(raw).split()
            variants.append((full, "full"))
            if len(nm.given) > 1:
                variants.append(([_key_form(nm.given[0])] + _key_form(nm.surname).split(), "firstlast"))
            if nm.given:
                variants.append((_key_form(nm.surname).split(), "surname"))
        else:
            variants = [(_key_form(_parse_place(raw)[0]).split(), "place")]
        anchor_tok = S[window[j][0]:window[j][1]]
        for etoks, kindv in variants:
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
                edits = 0
                ok = True
                for (a, b), t in zip(span, etoks):
                    tt = S[a:b]
                    if tt == t:
                        continue
                    d = _max_edits(len(t))
                    dist = Levenshtein.distance(t, tt, score_cutoff=d) if d else d + 1
                    if dist > d or not text[a].isupper():
                        ok = False
                        break
                    edits += dist
                if not ok or (need_fuzzy and edits == 0) or edits > 3:
                    continue
                start, end = span[0][0], span[-1][1]
                got = " ".join(S[a:b] for a, b in span)
                score = int(round(Levenshtein.normalized_similarity(got, " ".join(etoks)) * 100))
                how = f"fuzzy:{score}"
                strength = "strong"
                if kindv == "surname":
                    ctx = self._context(text, S, start, eid)
                    if ctx is not None:
                        start = ctx[0]
                    else:
                        nm = _parse_name(raw)
                        core_f = _key_form(nm.core)
                        if not nm.interfix and core_f in inflect.vocabulary(self._vocab_dir):
                            continue
                        if core_f in COMMON_SURNAMES or _key_form(nm.surname) in COMMON_SURNAMES \
                                or _letters(core_f) < 6 or core_f in inflect.vocabulary(self._vocab_dir):
                            strength = "weak"
                elif kindv == "place":
                    hit = self._eval_place(text, S, n, start, end, eid)
                    if hit is None:
                        continue
                    end = hit[1]
                    if hit[5] == "weak" or (len(etoks) == 1 and len(etoks[0]) < 8):
                        strength = "weak"
                out.append((start, end, sidx, how, eid, strength))
                return
