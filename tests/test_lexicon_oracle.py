"""Oracle property test: `LexiconIndex.find` (exact mode, no fuzzy) against a naive matcher.

The naive reference scan-folds the text (`scan_fold`: lower case, no diacritics,
every non-letter/digit a space, same length) and looks for every entry's folded form
as a substring that starts and ends at a word boundary. What the index guarantees,
and what is tested here:

terms (no inflection, no compounds):
  * soundness: every hit is such an occurrence of the entry it names, in its slot,
    with how "exact" and strength "strong";
  * completeness up to overlap: every occurrence is covered by a hit of its slot that
    overlaps it and is at least as long (per slot the longest of overlapping hits wins);
  * hits of one slot never overlap; hits come sorted by (start, end, label);
  * so an occurrence that overlaps no other occurrence of its slot is found exactly.
names (full names: a given name that is not a particle, then 1-2 words; only their
occurrences written with capitals as in the entry):
  * completeness up to overlap, as above (other variants may add hits, so no soundness).
"""
from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.nlp.lexicon import LexiconIndex, SlotSpec, scan_fold

# few, overlapping words: entries often share words, prefixes and occurrences
WORDS = ("kerk", "kerkstraat", "straat", "zee", "zeeland", "de", "van", "berg", "bergen", "café", "Ølst",
         "wijk", "12", "a")
SEPS = (" ", " ", " ", "  ", ", ", "-", ". ", "\n", "/", "#", "'")
SETTINGS = settings(max_examples=300, derandomize=True, deadline=None, database=None)

_cache_dir = None


def build(slots):
    global _cache_dir
    if _cache_dir is None:
        import tempfile
        _cache_dir = tempfile.mkdtemp(prefix="postcheck-oracle-")
    return LexiconIndex.build(slots, cache_dir=_cache_dir)


def key(entry: str) -> str:
    return " ".join(scan_fold(entry).split())


def occurrences(S: str, k: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `k` in the scan-folded text `S`."""
    out, i = [], S.find(k)
    while i >= 0:
        j = i + len(k)
        if (i == 0 or S[i - 1] == " ") and (j == len(S) or S[j] == " "):
            out.append((i, j))
        i = S.find(k, i + 1)
    return out


def cased(draw, word: str) -> str:
    return draw(st.sampled_from((word, word.upper(), word.capitalize())))


@st.composite
def entries(draw):
    n = draw(st.integers(1, 3))
    return " ".join(draw(st.sampled_from(WORDS)) for _ in range(n))


@st.composite
def full_names(draw):
    """A given name (not a particle: "De Berg" is a surname alone) and 1-2 more words, capitalised."""
    first = draw(st.sampled_from([w for w in WORDS if w not in ("de", "van")]))
    rest = [draw(st.sampled_from(WORDS)) for _ in range(draw(st.integers(1, 2)))]
    return " ".join(w.capitalize() for w in [first, *rest])


@st.composite
def texts(draw, pool):
    parts = []
    for _ in range(draw(st.integers(0, 14))):
        if pool and draw(st.booleans()):
            parts.append(draw(st.sampled_from(pool)))      # an entry, as written
        else:
            parts.append(cased(draw, draw(st.sampled_from(WORDS))))
        parts.append(draw(st.sampled_from(SEPS)))
    return "".join(parts)


@st.composite
def term_case(draw):
    slots = {name: sorted(set(draw(st.lists(entries(), min_size=1, max_size=5)))) for name in ("alpha", "beta")}
    pool = [e for es in slots.values() for e in es]
    variants = [cased(draw, e) for e in pool]          # terms match in any case
    return slots, draw(texts(pool + variants))


def assert_covered(hits, S, slot, entry_list):
    for e in entry_list:
        for a, b in occurrences(S, key(e)):
            assert any(h.label == slot and h.start < b and a < h.end and h.end - h.start >= b - a for h in hits), \
                (slot, e, (a, b))


@SETTINGS
@given(term_case())
def test_terms_match_like_a_naive_matcher(case):
    slots, text = case
    index = build([SlotSpec(n, "terms", tuple(es), fuzzy=False, inflect=False) for n, es in slots.items()])
    hits = index.find(text)
    S = scan_fold(text)
    assert len(S) == len(text)
    # soundness
    for h in hits:
        assert h.label in slots and h.key in slots[h.label]
        assert S[h.start:h.end] == key(h.key)
        assert (h.start, h.end) in occurrences(S, key(h.key))
        assert (h.how, h.strength) == ("exact", "strong")
    # sorted, and no overlap within a slot
    assert hits == sorted(hits, key=lambda h: (h.start, h.end, h.label))
    for slot in slots:
        mine = [h for h in hits if h.label == slot]
        for x, y in itertools.combinations(mine, 2):
            assert x.end <= y.start or y.end <= x.start
    # completeness up to overlap, and exactness for occurrences that overlap nothing
    for slot, es in slots.items():
        assert_covered(hits, S, slot, es)
        occ = {o for e in es for o in occurrences(S, key(e))}
        for a, b in occ:
            if not any(c != (a, b) and c[0] < b and a < c[1] for c in occ):
                assert any(h.label == slot and (h.start, h.end) == (a, b) for h in hits)


@st.composite
def name_case(draw):
    ents = sorted(set(draw(st.lists(full_names(), min_size=1, max_size=4))))
    return ents, draw(texts(ents))


@SETTINGS
@given(name_case())
def test_full_names_are_always_covered(case):
    ents, text = case
    index = build([SlotSpec("clients", "names", tuple(ents), fuzzy=False)])
    hits = index.find(text)
    S = scan_fold(text)
    # only occurrences written as in the entry (capitals included) are promised
    for e in ents:
        for a, b in occurrences(S, key(e)):
            if text[a:b] == e:
                assert any(h.label == "clients" and h.start < b and a < h.end and h.end - h.start >= b - a
                           for h in hits), (e, (a, b))
