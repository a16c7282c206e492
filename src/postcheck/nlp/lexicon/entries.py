"""Lexicon entries and their variants: slot specs, cleaning, name and place parsing,
the payload codes every key carries, and the small tables the matcher consults.

Entries are confidential (client names, addresses): nothing here prints or logs them.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Sequence

import numpy as np

from postcheck.nlp.lexicon.hashing import scan_fold
from postcheck.text.fold import fold
from postcheck.nlp.wordlists import word_set, words

VERSION = "lexicon-19"   # bump when the index layout (or a pickled class's module) changes

KINDS = ("names", "places", "terms")


@dataclass(frozen=True)
class SlotSpec:
    name: str                      # slot name, used as Hit.label
    kind: str                      # "names", "places" or "terms"
    entries: tuple[str, ...]       # raw lines already read from lexicon files (comments stripped)
    fuzzy: bool = True             # allow misspellings (names/places only)
    compounds: bool = False        # terms: also match inside Dutch compounds
    inflect: bool = True           # terms: plural/diminutive/lemma forms




class Slot(NamedTuple):
    """A compiled slot (what `LexiconIndex` keeps per `SlotSpec`)."""
    name: str
    kind: str
    fuzzy: bool
    compounds: bool
    inflect: bool


class Cand(NamedTuple):
    """A candidate hit inside the matcher (entry id rather than entry text)."""
    start: int
    end: int
    slot: int
    how: str
    eid: int
    strength: str


def _clean(entry: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", entry).split())


@lru_cache(maxsize=262144)
def _key_form(form: str) -> str:
    """The scanned form of an entry variant (no padding)."""
    return scan_fold(_clean(form)).strip()


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


# --------------------------------------------------------------------------- names

PARTICLES = word_set("particles")

_ABBREV = {
    "van den": ("vd", "v.d.", "v/d", "v. d."),
    "van der": ("vd", "v.d.", "v/d", "v. d."),
    "van de": ("vd", "v.d.", "v/d", "v. d."),
    "van": ("v.",),
}

# The most common surnames in the Netherlands (CBS/Meertens top lists) plus the
# most common Turkish and Moroccan ones: alone they are never strong evidence.
COMMON_SURNAMES = frozenset(fold(s) for s in words("common_surnames"))

TITLES = words("lexicon_titles")
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


_SPELLINGS = tuple(tuple(line.split()) for line in words("surname_spellings"))
_MAX_SPELLINGS = 4


def _spelled(name: _Name) -> list[tuple[str, str]]:
    """The surname in the other spellings of `data/surname_spellings.txt` ("Verheijen" -> "Verheyen", "Dykstra" ->
    "Dijkstra"): each pair on its own, then all that apply together; at most _MAX_SPELLINGS, never the surname
    itself, as (surname, its core). Only the core is respelled: an interfix ("van der") stays as written."""
    core = name.core.lower()
    prefix = name.surname[:len(name.surname) - len(name.core)]
    out = [core.replace(a, b) for a, b in _SPELLINGS if a in core]
    together, done = core, set()
    for a, b in _SPELLINGS:
        if a in together and (b, a) not in done:   # "ij" -> "y" is not undone by "y" -> "ij"
            together = together.replace(a, b)
            done.add((a, b))
    out.append(together)
    return [(prefix + v, v) for v in dict.fromkeys(out) if v != core][:_MAX_SPELLINGS]


def _surname_forms(name: _Name) -> list[tuple[str, bool]]:
    """(surname form, abbreviated?) pairs."""
    out = [(name.surname, False)]
    for abbr in _ABBREV.get(name.interfix, ()):
        out.append((abbr + " " + name.core, True))
    return out


# --------------------------------------------------------------------------- places

_PLACE_RE = re.compile(r"^(.*?\D)(?:\s+(\d{1,5})\s*[a-zA-Z]?(?:\s*[-–]\s*(\d{1,5})\s*[a-zA-Z]?)?)?$")
_NUMBER_RE = re.compile(r" (\d{1,5})([a-z])?(?= |$)")
_GENERIC_PLACE_WORDS = word_set("generic_place_words")


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
SPELL = 13                       # a full name with its surname in the other spelling ("Toon Verheyen")
POSS = 16
_NAME_CODES = frozenset((*range(8), SPELL))
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
_STREET_SUFFIXES = words("lexicon_street_endings")
# Common Dutch words the lemma table lacks (uninflected adverbs), kept out of fuzzy matching
_MORE_WORDS = word_set("more_dutch_words")
_F_PLACE_VOCAB = 1               # entry flag: one-word place that is an ordinary Dutch word
_F_PLACE_NUMBER = 2              # entry flag: place only with a house number (also a word, town or name)
_F_PLACE_ARTICLE = 4             # entry flag: starts with an article/preposition: next word needs a capital
_LEADING_SMALL = word_set("leading_small_words")


@lru_cache(maxsize=1)
def _town_and_person_words() -> frozenset[str]:
    """Folded town names, first names and surnames: a one-word street with such a name is ambiguous."""
    from postcheck.nlp import namedata

    words: set[str] = set()
    for group in (namedata.place_names(), namedata.first_names(), namedata.surnames()):
        words.update(_key_form(w) for w in group if " " not in w)
    return frozenset(words)
_K_CAP = 1                       # key flag: every entry needs a capital (or a sigil, or ...)
_K_CTX = 2                       # ... or a title/initials before it (surnames)
_K_SECOND = 4                    # key flag: every entry needs a capital on the key's second word
_W_ANCHOR, _W_FZ, _W_VOCAB, _W_NAME, _W_TITLE = 1, 2, 4, 8, 16   # word flags


_HOW = {FULL: "exact", FIRSTLAST: "variant:first-surname", ABBR: "variant:interfix",
        SQUASH: "variant:squashed", FIRST: "variant:first-name", SPELL: "variant:spelling"}


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



class EntryTokens(NamedTuple):
    """An entry's tokens as the fuzzy matcher sees them."""
    is_place: bool
    toks: tuple[str, ...]        # key-form tokens
    content: tuple[str, ...]     # without particles (names) or generic place words (places)


class PlaceInfo(NamedTuple):
    """What `_eval_place` needs of a place entry."""
    slot: int
    flags: int                   # _F_PLACE_*
    proper: bool                 # needs a capital (or a sigil)
    lo: int | None               # lowest house number, if any
    hi: int | None


def no_word(folded: str) -> bool:
    """A single folded word of three letters or more that is neither a Dutch word of the vocabulary nor a frequent
    Dutch word form (`data/word_frequency_nl.txt`, Zipf 4 or more): a client's first name typed in lower case that
    can only be the name ("yfke", "damian"; not "roos", "max" or "mark", nor a name as frequent as "anna")."""
    from postcheck.nlp.inflect import vocabulary
    from postcheck.nlp.wordlists import word_frequencies
    return len(folded) >= 3 and " " not in folded and folded.isalpha() and folded not in vocabulary() \
        and folded not in word_frequencies()
