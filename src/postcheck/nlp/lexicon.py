"""Lexicon matcher: confidential names, places and terms in normalised text.

`LexiconIndex.build(slots)` compiles every variant form of every entry into a
table of word n-grams. Each key (a variant form: scan-folded tokens) is filed
under its *anchor*, its rarest token, with its shape (length in tokens, offset
of the anchor). `find(text)` folds the text once (lower case, no diacritics, no
look-alikes, and every character that is not a letter or digit mapped to a
space; same length), finds word boundaries and hashes every word with numpy,
looks all word hashes up in the sorted anchor hashes at once, hashes the
candidate n-grams around the anchors and looks them up in the sorted key
hashes, and does Python work only per (verified) match. Hashes are stable
64-bit polynomial hashes computed from prefix sums over the code array, so any
substring (and any substring with one character deleted) hashes in O(1), all
vectorised. Keys that end or start inside a word (compound terms) are few; they
go into a small Aho-Corasick automaton.

Names: full name, first name + surname, abbreviated interfix (vd, v.d., v/d),
initials + surname, title + surname, surname alone (strong only when
distinctive), first name alone (weak), possessives, squashed hashtag/mention
forms, and misspellings (fuzzy). Places: like names, plus house numbers and
number ranges. Terms: inflected forms (`nlp.inflect`) and, optionally,
compound parts.

Fuzzy matching: capitalised words that are not Dutch vocabulary and not a
lexicon token are looked up in a symmetric deletion index (edit distance 1,
SymSpell-style, as sorted hashes), confirmed with Levenshtein against the
neighbouring tokens. A first name found exactly also tries its entries' full
names (up to 2 edits in long surnames). To keep ordinary words out, a fuzzy
name needs one exactly matching name token (or a title/initials before a
misspelled surname), and a fuzzy place needs either an exactly matching word of
a multi-word place, or one misspelled word of 8+ letters that is not a Dutch
word.

Built indexes are cached on disk (`postcheck.cache`) as numpy arrays (fast to
load). Entries are confidential: nothing here prints or logs them.
"""
from __future__ import annotations

import bisect
import gc
import hashlib
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
from rapidfuzz import process as rf_process
from rapidfuzz.distance import Levenshtein

from postcheck import cache
from postcheck.nlp import inflect
from postcheck.nlp.hits import Hit
from postcheck.text.fold import fold, fold_char

VERSION = "lexicon-15"

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
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(scan table over all code points, upper-case flags, digit flags for folded codes).

    The flag tables have _SCAN_LIMIT + 1 entries; index with min(code, _SCAN_LIMIT)."""
    table = np.arange(0x110000, dtype=np.uint32)
    upper = np.zeros(_SCAN_LIMIT + 1, dtype=bool)
    digit = np.zeros(_SCAN_LIMIT + 1, dtype=bool)
    for cp in range(_SCAN_LIMIT):
        c = chr(cp)
        ch = fold_char(c)
        table[cp] = ord(ch) if ch.isalnum() else 32
        upper[cp] = c.isupper()
        digit[cp] = ch.isalnum() and not ch.isalpha()
    table[0x3000] = 32                     # the only white space above _SCAN_LIMIT
    return table, upper, digit


def _scan_table() -> np.ndarray:
    return _tables()[0]


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@lru_cache(maxsize=1)
def _scan_trans() -> dict[int, int]:
    """`_scan_table` as a str.translate table (only the code points it changes)."""
    table = _scan_table()
    return {cp: int(table[cp]) for cp in range(_SCAN_LIMIT + 1) if table[cp] != cp}


def scan_fold(text: str) -> str:
    """`fold(text)` with every non-letter/digit mapped to ' ' (same length)."""
    if not text:
        return text
    if len(text) < 256:                     # short strings: translate beats numpy's call overhead
        return text.translate(_scan_trans())
    return _scan_table()[_codes(text)].tobytes().decode("utf-32-le", "surrogatepass")


# --------------------------------------------------------------------------- hashing
# h(s) = mix(sum(c_i * B**i) mod 2**64, len(s)). B is odd, so it has an inverse mod
# 2**64 and the raw hash of any substring s[a:b] is (P[b] - P[a]) * B**-a, where P
# are prefix sums of c_i * B**i; deleting one character is just as cheap. Stable
# across processes (unlike hash()), vectorised with numpy (uint64 wraps around).

_B = 0x9E3779B97F4A7C15
_BINV = pow(_B, -1, 1 << 64)
_K1 = np.uint64(0xD6E8FEB86659FD93)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_POW: list[np.ndarray] = [np.ones(1, np.uint64), np.ones(1, np.uint64)]


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """B**i and B**-i for i in range(n + 2) (at least)."""
    if len(_POW[0]) < n + 2:
        m = max(n + 2, 2 * len(_POW[0]), 4096)
        with np.errstate(over="ignore"):
            bp = np.full(m, _B, np.uint64)
            bp[0] = 1
            ip = np.full(m, _BINV, np.uint64)
            ip[0] = 1
            _POW[0] = np.cumprod(bp, dtype=np.uint64)
            _POW[1] = np.cumprod(ip, dtype=np.uint64)
    return _POW[0], _POW[1]


def _prefix(codes: np.ndarray) -> np.ndarray:
    n = len(codes)
    bp, _ = _powers(n)
    out = np.zeros(n + 1, np.uint64)
    np.cumsum(codes.astype(np.uint64) * bp[:n], out=out[1:])
    return out


def _mix(raw: np.ndarray, length: np.ndarray) -> np.ndarray:
    # one multiplication spreads every bit of raw + length into the top bits (the radix)
    z = raw + length.astype(np.uint64) * _K1
    z *= _M1
    return z


def _span_hash(P: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    _, ip = _powers(len(P))
    return _mix((P[b] - P[a]) * ip[a], b - a)


def _del_hash(P: np.ndarray, a: np.ndarray, b: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Hash of s[a:b] without the character at k (a <= k < b)."""
    _, ip = _powers(len(P))
    return _mix((P[k] - P[a]) * ip[a] + (P[b] - P[k + 1]) * ip[a + 1], b - a - 1)


def _bounds(strs: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(prefix sums, starts, ends) of the concatenation of `strs`."""
    lens = np.fromiter(map(len, strs), dtype=np.int64, count=len(strs))
    ends = np.cumsum(lens)
    return _prefix(_codes("".join(strs))), ends - lens, ends


def hash_strings(strs: Sequence[str], chunk: int = 200_000) -> np.ndarray:
    """Stable 64-bit hashes of `strs` (same function as the one `find` uses on text)."""
    out = [np.zeros(0, np.uint64)]
    for i in range(0, len(strs), chunk):
        P, a, b = _bounds(strs[i:i + chunk])
        out.append(_span_hash(P, a, b))
    return np.concatenate(out)


def _deletion_hashes(strs: Sequence[str], chunk: int = 100_000) -> tuple[np.ndarray, np.ndarray]:
    """(hash, string index) of every string and each of its one-character deletions."""
    hs, ids = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)]
    for i in range(0, len(strs), chunk):
        P, a, b = _bounds(strs[i:i + chunk])
        idx = np.arange(len(a), dtype=np.int64)
        hs.append(_span_hash(P, a, b))
        ids.append(idx + i)
        lens = b - a
        rep = np.repeat(idx, lens)
        k = np.arange(int(lens.sum()), dtype=np.int64)          # every character position
        hs.append(_del_hash(P, a[rep], b[rep], k))
        ids.append(rep + i)
    return np.concatenate(hs), np.concatenate(ids)


def _lookup(sorted_h: np.ndarray, h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(found mask, position) of hashes `h` in the sorted unique array `sorted_h`."""
    if not len(sorted_h):
        return np.zeros(len(h), bool), np.zeros(len(h), np.int64)
    pos = np.searchsorted(sorted_h, h)
    np.minimum(pos, len(sorted_h) - 1, out=pos)
    return sorted_h[pos] == h, pos


class _HashSet:
    """Sorted unique 64-bit hashes with a radix table over the top bits.

    A lookup is two gathers (radix slot, first hash in the bucket) instead of a
    binary search, whose dependent loads miss the cache on big arrays; buckets
    holding more than one hash fall back to `searchsorted` on their few queries."""

    __slots__ = ("h", "radix", "shift")

    def __init__(self, h: np.ndarray) -> None:
        self.h = np.ascontiguousarray(h, dtype=np.uint64)
        bits = max(4, min(24, int(len(h)).bit_length() + 1))
        self.shift = 64 - bits
        top = (self.h >> np.uint64(self.shift)).astype(np.int64)
        self.radix = np.searchsorted(top, np.arange((1 << bits) + 1)).astype(np.int32)

    def __len__(self) -> int:
        return len(self.h)

    def __getstate__(self):
        return (self.h, self.radix, self.shift)

    def __setstate__(self, state) -> None:
        self.h, self.radix, self.shift = state

    def lookup(self, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(found mask, position in the sorted hashes) for the hashes `q`."""
        h = self.h
        if not len(h) or not len(q):
            return np.zeros(len(q), bool), np.zeros(len(q), np.int64)
        top = (q >> np.uint64(self.shift)).astype(np.intp)
        radix = self.radix
        lo = radix[top]
        pos = lo.astype(np.intp)
        np.minimum(pos, len(h) - 1, out=pos)
        found = h[pos] == q
        # a query in a bucket of several hashes that is not the first: walk the bucket (sorted,
        # small); a binary search would miss the cache ~18 times per query
        hi = radix[top + 1]
        cur = ((hi - lo > 1) & ~found).nonzero()[0]
        p = pos[cur]
        while len(cur):
            p += 1
            qc = q[cur]
            hv = h[p]
            hit = (hv == qc).nonzero()[0]
            if len(hit):
                pos[cur[hit]] = p[hit]
                found[cur[hit]] = True
            go = ((hv < qc) & (p + 1 < hi[cur])).nonzero()[0]
            cur, p = cur[go], p[go]
        return found, pos


class _Blob:
    """Many strings as one str plus offsets: cheap to pickle, materialised on demand."""

    __slots__ = ("text", "offs")

    def __init__(self, strs: Sequence[str]) -> None:
        self.text = "".join(strs)
        offs = np.zeros(len(strs) + 1, np.int64)
        np.cumsum(np.fromiter(map(len, strs), dtype=np.int64, count=len(strs)), out=offs[1:])
        self.offs = array("q", offs.tobytes())

    def __getitem__(self, i: int) -> str:
        return self.text[self.offs[i]:self.offs[i + 1]]

    def __len__(self) -> int:
        return len(self.offs) - 1

    def __getstate__(self):
        return (self.text, self.offs)

    def __setstate__(self, state) -> None:
        self.text, self.offs = state


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
_SHIFT = 5
_APOSTROPHES = "'’‘`´ʼ"
_STRENGTH_RANK = {"strong": 0, "weak": 1}

_TOKEN_RE = re.compile(r"\S+")
_MAX_ANCHOR_ENTRIES = 64
_UNSEEN = object()
_MAX_SIMILAR = 8                 # a word with more similar lexicon tokens is no evidence
_MAX_CANDIDATES = 2000           # deletion-index candidates per word before we give up
_PLACE_FUZZY_MIN = 8             # a one-word place is matched fuzzily only from this length
# ... and only with a house number after it, or when both end in the same kind of street
_STREET_SUFFIXES = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef",
                    "steeg", "pad", "hof", "park", "markt", "baan", "wal", "plantsoen", "boulevard",
                    "allee", "passage", "promenade")
# Common Dutch words the lemma table lacks (uninflected adverbs), kept out of fuzzy matching
_MORE_WORDS = frozenset({
    "kortweg", "simpelweg", "eenvoudigweg", "gewoonweg", "botweg", "domweg", "grofweg", "pakweg",
    "ronduit", "uiteraard", "hierbij", "daarbij", "daarmee", "hiermee", "waarmee", "daarnaast",
    "bovendien", "inmiddels", "overigens", "natuurlijk", "eigenlijk", "tenslotte", "uiteindelijk",
    "vervolgens", "nederland", "belgie", "vlaanderen", "europa", "duitsland", "frankrijk",
})
_F_PLACE_VOCAB = 1               # entry flag: one-word place that is an ordinary Dutch word
_F_PLACE_NUMBER = 2              # entry flag: place only with a house number (also a word, town or name)
_F_PLACE_ARTICLE = 4             # entry flag: starts with an article/preposition: next word needs a capital
_LEADING_SMALL = frozenset({"de", "het", "t", "een", "op", "aan", "in", "bij", "van", "over", "onder", "achter",
                            "voor", "naar", "door", "om", "tot", "uit", "te", "ten", "ter", "met", "zonder"})


@lru_cache(maxsize=1)
def _town_and_person_words() -> frozenset[str]:
    """Folded town names, first names and surnames: a one-word street with such a name is ambiguous."""
    from postcheck.nlp import namedata

    words = set()
    for group in (namedata.place_names(), namedata.first_names(), namedata.surnames()):
        words.update(_key_form(w) for w in group if " " not in w)
    return frozenset(words)
_K_CAP = 1                       # key flag: every entry needs a capital (or a sigil, or ...)
_K_CTX = 2                       # ... or a title/initials before it (surnames)
_K_SECOND = 4                    # key flag: every entry needs a capital on the key's second word
_W_ANCHOR, _W_FZ, _W_VOCAB, _W_NAME, _W_TITLE = 1, 2, 4, 8, 16   # word flags


_HOW = {FULL: "exact", FIRSTLAST: "variant:first-surname", ABBR: "variant:interfix",
        SQUASH: "variant:squashed", FIRST: "variant:first-name"}


_HOW_RANK = {"exact": 0, "lemma": 1, "compound": 3}     # 0 is falsy: "exact" falls through


def _how_rank(how: str) -> int:
    if how == "exact":
        return 0
    if how.startswith("fuzzy"):
        return 2
    return 3 if how == "compound" else 1


def _max_edits(n: int) -> int:
    return 0 if n < 4 else 1 if n <= 7 else 2


def _place_content(toks: Sequence[str]) -> list[str]:
    return [t for t in toks if t not in PARTICLES and t not in _GENERIC_PLACE_WORDS]


def _csr(groups: Sequence[Sequence[int]], dtype=np.int64) -> tuple[np.ndarray, np.ndarray]:
    ptr = np.zeros(len(groups) + 1, np.int64)
    np.cumsum(np.fromiter(map(len, groups), dtype=np.int64, count=len(groups)), out=ptr[1:])
    flat = np.fromiter((x for g in groups for x in g), dtype=dtype, count=int(ptr[-1]))
    return ptr, flat


def _spec_digest(spec: SlotSpec) -> tuple:
    """A slot's settings plus a digest of its entries (faster than `repr` of 100k strings)."""
    h = hashlib.sha256()
    entries = spec.entries
    h.update(np.fromiter(map(len, entries), dtype=np.int64, count=len(entries)).tobytes())
    h.update("".join(entries).encode("utf-8", "surrogatepass"))
    return (spec.name, spec.kind, spec.fuzzy, spec.compounds, spec.inflect, len(entries), h.hexdigest())


class LexiconIndex:
    """All lexicon slots compiled into hashed word n-grams; `find(text) -> list[Hit]`."""

    def __init__(self) -> None:
        self._slots: list[tuple[str, str, bool, bool, bool]] = []
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
        self._memo: dict[str, tuple[tuple[int, int], ...]] = {}
        self._kmemo: dict[int, int] = {}
        self._entry_memo: dict[int, str] = {}
        self._pinfo_memo: dict[int, tuple] = {}
        self._firstmemo: dict[int, tuple[tuple[int, ...], list[str]]] = {}
        self._etok_memo: dict[int, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {}
        self._partner_memo: dict[int, object] = {}
        self._nextmemo: dict[tuple[int, int, str], tuple[int, ...]] = {}
        self._variant_memo: dict[int, list[tuple[list[str], str]]] = {}
        self._reset_memos()

    # ------------------------------------------------------------------ pickling
    _MEMOS = ("_memo", "_kmemo", "_entry_memo", "_pinfo_memo", "_firstmemo", "_etok_memo", "_partner_memo",
              "_nextmemo", "_variant_memo")

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        for k in self._MEMOS + ("_dead",):
            state.pop(k, None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._reset_memos()

    def _reset_memos(self) -> None:
        for k in self._MEMOS:
            setattr(self, k, {})
        self._dead: set[int] = set()                   # hashes of words that match nothing

    # ------------------------------------------------------------------ build
    @classmethod
    def build(cls, slots: Sequence[SlotSpec], cache_dir: Path | None = None) -> "LexiconIndex":
        """Build (or load from the on-disk cache) the index for `slots`."""
        directory = Path(cache_dir) if cache_dir is not None else cache.cache_dir()
        specs = tuple(slots)
        key = cache.make_key(VERSION, np.__version__, inflect._lookups_version(),
                             [_spec_digest(spec) for spec in specs])
        cached = cache.load(key, directory)
        if isinstance(cached, cls) and getattr(cached, "_version", None) == VERSION:
            cached._vocab_dir = str(directory)
            return cached
        index = cls()
        index._vocab_dir = str(directory)
        gc_was = gc.isenabled()
        gc.disable()                    # millions of small objects, no cycles: GC passes only cost
        try:
            index._compile(specs)
        finally:
            if gc_was:
                gc.enable()
        index._version = VERSION
        cache.store(key, index, directory)
        return index

    def _compile(self, specs: tuple[SlotSpec, ...]) -> None:
        vocab = inflect.vocabulary(self._vocab_dir)
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
            self._slots.append((spec.name, spec.kind, spec.fuzzy, spec.compounds, spec.inflect))
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

    def _entry(self, eid: int) -> str:
        got = self._entry_memo.get(eid)
        if got is None:
            memo = self._entry_memo
            if len(memo) > 200_000:
                memo.clear()
            got = memo[eid] = self._raw[eid][:-1]
        return got

    def _compile_keys(self, keys: dict[str, list[int]], vocab: frozenset[str], words) -> None:
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
        for i, (g, ki) in enumerate(zip(groups, olist)):
            bases = [(p & 31) & ~POSS for p in g]
            one_word = " " not in klist[ki]          # a one-word street is a proper noun (`_eval_place`)
            if all(b == FIRST or b in sur or (b == PLACE and (one_word or ef[p >> _SHIFT] & _F_PLACE_VOCAB))
                   for b, p in zip(bases, g)):
                flags[i] = _K_CAP | (_K_CTX if any(b in sur for b in bases) else 0)
            elif not one_word and all(b == PLACE and ef[p >> _SHIFT] & _F_PLACE_ARTICLE
                                      for b, p in zip(bases, g)):
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

    def _compile_fuzzy(self, fuzzy_tokens: dict[str, list[int]], vocab: frozenset[str], wlist) -> None:
        known = set(vocab) | _MORE_WORDS
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

    # ------------------------------------------------------------------ find
    def find(self, text: str) -> list[Hit]:
        """Every lexicon hit in `text` (normalised document text), sorted by offset."""
        if not text or not len(self._raw):
            return []
        table, upper_t, digit_t = _tables()
        raw_codes = _codes(text)
        codes = table[raw_codes]
        S = codes.tobytes().decode("utf-32-le", "surrogatepass")
        n = len(S)
        inword = np.zeros(n + 2, np.int8)
        np.not_equal(codes, 32, out=inword[1:-1].view(bool))
        bounds = (inword[1:] != inword[:-1]).nonzero()[0]    # alternating word starts and ends
        if not len(bounds):
            return []
        starts, ends = bounds[0::2], bounds[1::2]
        P = _prefix(codes)
        wh = _span_hash(P, starts, ends)
        cands: list[tuple[int, int, int, str, int, str]] = []  # start, end, slot, how, eid, strength
        anchors: list[tuple[int, int, int]] = []                # first-name hits: word, key, count

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
        widx = (wfl & _W_ANCHOR).nonzero()[0]
        if len(widx):
            aid = wpos[widx]
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
            ok = (first >= 0) & (last < len(starts))
            first, last = first[ok], last[ok]
            ka, kb = starts[first], ends[last]
            found, kpos = self._key_h.lookup(_span_hash(P, ka, kb))
            kf = self._key_flags[kpos]
            cap = ((kf & _K_CAP) > 0) & found
            if np.count_nonzero(cap):
                # keys that only count when capitalised, after # or @, or after a title/initials
                good = wup[first] | wup[last] | wsig[first] | (((kf & _K_CTX) > 0) & wctx[first])
                found &= good | ~cap
            sec = ((kf & _K_SECOND) > 0) & found
            if np.count_nonzero(sec):
                si = sec.nonzero()[0]                    # places starting with an article
                found[si] = wup[first[si] + 1]
            sel = found.nonzero()[0]
            if len(sel):
                ktext, koffs, ptr, pay, head = self._keys.text, self._keys.offs, self._pay_ptr, self._pay, self._head
                ks, fs = kpos[sel], first[sel]
                for a, b, k, w, info, h1, cx in zip(
                        ka[sel].tolist(), kb[sel].tolist(), ks.tolist(), fs.tolist(),
                        self._kinfo[ks].tolist(), self._head1[ks].tolist(), wctx[fs].tolist()):
                    if S[a:b] != ktext[koffs[k]:koffs[k + 1]]:
                        continue                                          # hash collision
                    nh, nfull, flag = (info >> 16) & 255, (info >> 8) & 255, info & 255
                    pre = None
                    if cx and (flag & _K_CTX or not flag & _K_CAP):
                        # a title or initials before a surname (keys shared with a term or a
                        # place can hold surnames too: only cap-only keys without one skip it)
                        pre = self._context_pre(text, S, a)
                    if pre is not None and pre[0] == "init" and nfull != nh:
                        payloads = pay[ptr[k]:ptr[k + 1]].tolist()        # initials: every entry
                    elif nh == 1:
                        payloads = (h1,)
                    else:
                        hl = info >> 24
                        payloads = head[hl:hl + nh].tolist()
                    self._evaluate(text, S, n, a, b, payloads, cands, anchors, w, k, pre, nfull)
        if self._comp is not None:
            comp_pay = self._comp_pay
            for e, v in self._comp.iter(" " + S + " "):
                klen, payloads = comp_pay[v]
                code0 = payloads[0] & 31
                start = e - klen + (code0 != COMP_SUF)
                end = e - (code0 != COMP_PRE)
                self._evaluate(text, S, n, start, end, payloads, cands, anchors, -1, -1)
        kept = self._resolve(cands)
        if self._any_fuzzy:
            fz: list = []
            self._fuzzy(text, S, n, kept, anchors, fz, starts, ends, P, wh, wfl, wup, wctx)
            if fz:
                kept = self._resolve(cands + fz)
        slots, entry = self._slots, self._entry
        return [Hit(c[0], c[1], slots[c[2]][0], c[3], entry(c[4]), c[5]) for c in kept]

    def _resolve(self, cands) -> list[tuple]:
        """Per slot, keep the longest of overlapping hits (then strong, then exact); the kept
        candidates sorted by (start, end, label)."""
        if not cands:
            return []
        order = sorted(cands, key=lambda c: (c[2], c[0] - c[1], _STRENGTH_RANK[c[5]],
                                             _HOW_RANK.get(c[3]) or _how_rank(c[3]), c[0], c[4]))
        kept: list[tuple] = []
        slot = -1
        starts: list[int] = []
        ends: list[int] = []
        for c in order:
            start, end, s = c[0], c[1], c[2]
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
        kept.sort(key=lambda c: (c[0], c[1], labels[c[2]][0]))
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
                    indep = pre is None or pre[0] == "title"
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

    @staticmethod
    def _context_pre(text, S, start):
        """Title or initials right before `start`: ("title", s0), ("init", s0, letters) or None."""
        window = S[max(0, start - 24):start]
        m = _TITLE_RE.search(window)
        if m:
            return ("title", start - len(window) + m.start(1))
        m = _INITIALS_RE.search(window)
        if m:
            s0 = start - len(window) + m.start(1)
            if not all(text[s0 + i].isupper() for i, ch in enumerate(m.group(1)) if ch != " "):
                return None
            return ("init", s0, m.group(1).split())
        return None

    def _context(self, text, S, start, eid, pre=False):
        """Title or initials right before a surname: (new start, how), else None."""
        if pre is False:
            pre = self._context_pre(text, S, start)
        if pre is None:
            return None
        if pre[0] == "title":
            return pre[1], "variant:title"
        _kind, s0, letters = pre
        given = _parse_name(self._entry(eid)).given
        inits = [fold(g[0]) for g in given]
        if not inits or letters[0] != inits[0]:
            return None
        if len(letters) > 1 and len(inits) > 1 and letters[: len(inits)] != inits[: len(letters)]:
            return None
        return s0, "variant:initials"

    def _place_info(self, eid: int) -> tuple[int, int, bool, int | None, int | None]:
        """(slot, entry flags, needs a capital, lowest and highest house number) of a place, memoised."""
        street, lo, hi = _parse_place(self._entry(eid))
        flags = self._eflags[eid]
        # a one-word street is a proper noun: "Java" the street, not "java" the language
        got = (self._eslot[eid], flags, bool(flags & _F_PLACE_VOCAB) or " " not in street, lo, hi)
        memo = self._pinfo_memo
        if len(memo) > 200_000:
            memo.clear()
        memo[eid] = got
        return got

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
            return (start, m.end(), sidx, how, eid, "strong")
        if lo is not None:
            return (start, end, sidx, "variant:street", eid, "weak")
        return (start, end, sidx, how, eid, "strong")

    # ------------------------------------------------------------------ fuzzy
    def _similar_batch(self, hashes: list[int], a: np.ndarray, b: np.ndarray, P: np.ndarray, S: str) -> None:
        """Fill the memo for the words S[a:b] (with these hashes): what their lexicon tokens
        at edit distance 1 can be evidence for."""
        words = [S[x:y] for x, y in zip(a.tolist(), b.tolist())]
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
            for w_i, t in zip(owner.tolist(), tok.tolist()):
                got[w_i].add(t)
        memo = self._memo
        if len(memo) > 100_000:
            memo.clear()
            self._dead.clear()
        fz_tok = self._fz_tok
        for i, (w, h) in enumerate(zip(words, hashes)):
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

    def _fuzzy(self, text, S, n, hits, anchors, out, starts, ends, P, wh, wfl, wup, wctx) -> None:
        tried: set[tuple[int, int]] = set()
        windows: dict[int, list[tuple[int, int]]] = {}
        mask = bytearray(n)
        for c in hits:
            mask[c[0]:c[1]] = b"\1" * (c[1] - c[0])
        for w_i, k, start in anchors:
            # only worth trying when a capitalised word (or a particle) follows the first name
            a = S.find(" ", start)
            while 0 <= a < n and S[a] == " " and a - start < 40:
                a += 1
            if a < 0 or a >= n or mask[a] or not (text[a].isupper() or S[a:a + 4] in ("van ", "de ", "el ")):
                continue
            for eid in self._first_candidates(k, S, starts, ends, w_i):
                self._try_entry(text, S, n, start, eid, 0, out, tried, True, windows)
        # capitalised words, 4+ characters, not a lexicon token, not a Dutch word or known place
        cand = ((ends - starts) >= 4) & wup & ((wfl & _W_FZ) == 0)
        ci = cand.nonzero()[0]
        if not len(ci):
            return
        # a few words per document get past the words known to match nothing: plain Python from
        # here (numpy's fixed cost per call is far above the work on a handful of words)
        dead = self._dead
        cl = [(i, h) for i, h in zip(ci.tolist(), wh[ci].tolist()) if h not in dead]
        if not cl:
            return
        # lexicon words spelled exactly within 4 words: a fuzzy name (or multi-word place) needs one
        near = (wfl & (_W_FZ | _W_ANCHOR)).nonzero()[0].tolist()
        kmemo = self._kmemo                              # word hash -> known-word flags
        todo_k = [h for _i, h in cl if h not in kmemo]
        if todo_k:
            q = np.array(todo_k, np.uint64)
            kfound, kpos = self._known.lookup(q)
            kfl = self._known_flags[kpos]
            kfl *= kfound
            if len(kmemo) > 200_000:
                kmemo.clear()
            kmemo.update(zip(todo_k, kfl.tolist()))
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
            self._similar_batch(list(todo), starts[wi], ends[wi], P, S)
        live = []
        for i, h, nm, nb, cx in items:
            got = memo[h]
            if got is None:
                continue
            s, e = int(starts[i]), int(ends[i])
            if mask[s] or mask[e - 1]:
                continue
            live.append((i, s, got, nm, nb, cx))
        for i, s, got, is_name, has_near, cx in live:
            solo, partners, names = got
            eids: list[tuple[int, str]] = []
            if solo and not is_name:                     # one-word places (8+ letters)
                eids += solo
            if partners and has_near:                    # another word of the entry spelled exactly
                lo, hi = max(0, i - 4), i + 5
                for j, a, b, f in zip(range(lo, hi), starts[lo:hi].tolist(), ends[lo:hi].tolist(),
                                      wfl[lo:hi].tolist()):
                    if j != i and f & (_W_FZ | _W_ANCHOR):
                        got_x = partners.get(S[a:b])
                        if got_x:
                            eids += got_x
            if names and cx and self._context_pre(text, S, s) is not None:
                eids += names                            # a surname after a title or initials
            if not eids:
                continue
            for eid, tok in sorted(set(eids))[:32]:
                for p, et in enumerate(self._entry_tokens(eid)[1]):
                    if et == tok:
                        self._try_entry(text, S, n, s, eid, p, out, tried, True, windows)

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
        return solo, partners, names

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
                if not self._slots[self._eslot[eid]][2]:
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
        if len(self._partner_memo) > 200_000:
            self._partner_memo.clear()
        self._partner_memo[t] = got
        return got

    def _entry_tokens(self, eid: int) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
        """(is a place, key-form tokens, content tokens) of an entry, memoised."""
        got = self._etok_memo.get(eid)
        if got is None:
            raw = self._entry(eid)                        # already clean: no NFKC again
            if self._slots[self._eslot[eid]][1] == "names":
                toks = tuple(scan_fold(raw).split())
                got = (False, toks, tuple(t for t in toks if t not in PARTICLES))
            else:
                toks = tuple(_key_form(_parse_place(raw)[0]).split())
                got = (True, toks, tuple(_place_content(toks)))
            if len(self._etok_memo) > 200_000:
                self._etok_memo.clear()
            self._etok_memo[eid] = got
        return got

    def _first_candidates(self, k: int, S: str, starts, ends, w_i: int) -> list[int]:
        """Entries of a first-name key whose surname is close to the word where it would end."""
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
            got = self._firstmemo[k] = by_off
        keep: set[int] = set()
        memo = self._nextmemo
        if len(memo) > 100_000:
            memo.clear()
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
        if (pos, eid) in tried:
            return
        tried.add((pos, eid))
        sidx = self._eslot[eid]
        name, kind, fuzzy_ok, _c, _i = self._slots[sidx]
        if not fuzzy_ok:
            return
        raw = self._entry(eid)
        window = windows.get(pos)
        if window is None:
            lo_w = max(0, pos - 60)
            window = [mm.span() for mm in _TOKEN_RE.finditer(S, lo_w, min(n, pos + 90))]
            windows[pos] = window
        j = next((i for i, (a, _b) in enumerate(window) if a == pos), None)
        if j is None:
            return
        variants = self._variant_memo.get(eid)
        if variants is None:
            if kind == "names":
                nm = _parse_name(raw)
                variants = []
                if nm.given:
                    variants.append((_key_form(raw).split(), "full"))
                    if len(nm.given) > 1:
                        variants.append(([_key_form(nm.given[0])] + _key_form(nm.surname).split(), "firstlast"))
                variants.append((_key_form(nm.surname).split(), "surname"))
            else:
                variants = [(_key_form(_parse_place(raw)[0]).split(), "place")]
            if len(self._variant_memo) > 100_000:
                self._variant_memo.clear()
            self._variant_memo[eid] = variants
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
                exact_content = 0
                ok = True
                for (a, b), t in zip(span, etoks):
                    tt = S[a:b]
                    if tt == t:
                        if t not in PARTICLES and (kindv != "place" or t not in _GENERIC_PLACE_WORDS):
                            exact_content += 1
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
                    # a misspelled surname alone is only evidence after a title or initials
                    ctx = self._context(text, S, start, eid)
                    if ctx is None:
                        continue
                    start = ctx[0]
                elif kindv == "place":
                    content = _place_content(etoks)
                    if len(content) >= 2:
                        if not exact_content:
                            continue
                    elif edits > 1 or not content or len(content[0]) < _PLACE_FUZZY_MIN \
                            or self._eflags[eid] & _F_PLACE_VOCAB:
                        continue
                    hit = self._eval_place(text, S, n, start, end, eid)
                    if hit is None:
                        continue
                    if len(content) < 2 and hit[1] == end:
                        # no house number: the word must still end like the street ("Dorpstraat")
                        c0 = content[0]
                        tt = S[span[etoks.index(c0)][0]:span[etoks.index(c0)][1]]
                        if not any(c0.endswith(x) and tt.endswith(x) for x in _STREET_SUFFIXES):
                            continue
                    end = hit[1]
                    if hit[5] == "weak" or (len(etoks) == 1 and len(etoks[0]) < 8):
                        strength = "weak"
                elif not exact_content:
                    continue                    # a fuzzy name needs one exactly spelled name word
                out.append((start, end, sidx, how, eid, strength))
                return
