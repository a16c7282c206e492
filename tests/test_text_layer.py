"""Offset maps, line/column and normalisation: every change must map back exactly."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.drafts.frontmatter import parse_front_matter
from postcheck.drafts.markup import prose_view
from postcheck.drafts.read import parse_draft
from postcheck.text.normalise import normalise
from postcheck.text.offsets import LINE_BREAK, LineIndex, OffsetMap


def back(source: str, norm, start: int, end: int) -> str:
    a, b = norm.map.span_to_source(start, end)
    return source[a:b]


def find_back(source: str, norm, needle: str) -> str:
    i = norm.text.index(needle)
    return back(source, norm, i, i + len(needle))


# -- OffsetMap ---------------------------------------------------------------------

def test_identity_map():
    m = OffsetMap.identity(10)
    assert m.to_source(3) == 3
    assert m.span_to_source(2, 7) == (2, 7)
    assert m.to_source(10) == 10


def test_deletion_inside_span_stays_inside():
    # source "ab|c" -> derived "abc": source char 2 removed
    m = OffsetMap.from_edits(4, [(2, 3, 0)])
    assert m.span_to_source(0, 3) == (0, 4)
    assert m.span_to_source(2, 3) == (3, 4)   # removed char at the edge is not included
    assert m.span_to_source(0, 2) == (0, 2)


def test_insertion_at_edges_does_not_widen():
    # source "ab" -> derived "a b": one inserted char at 1
    m = OffsetMap.from_edits(2, [(1, 1, 1)])
    assert m.span_to_source(0, 3) == (0, 2)
    assert m.span_to_source(1, 3) == (1, 2)   # starts with the inserted space
    assert m.span_to_source(0, 2) == (0, 1)
    assert m.span_to_source(1, 2) == (1, 1)   # only inserted chars: empty
    assert m.to_source(2) == 1


def test_atomic_replacement_maps_to_whole_run():
    # source "a \r\n  b" -> derived "a\nb"
    m = OffsetMap.from_edits(7, [(1, 6, 1)])
    assert m.span_to_source(0, 3) == (0, 7)
    assert m.span_to_source(1, 2) == (1, 6)
    assert m.to_source(2) == 6
    assert m.derived_length == 3


def test_equal_length_edits_make_no_segments():
    m = OffsetMap.from_edits(5, [(1, 2, 1), (3, 4, 1)])
    assert m.is_identity()


def test_compose_chains_two_maps():
    first = OffsetMap.from_edits(4, [(1, 2, 0)])         # "a\u200bb c" style: remove char 1
    second = OffsetMap.from_edits(3, [(1, 1, 1)])        # then insert one char at 1
    both = second.compose(first)
    assert both.span_to_source(0, 4) == (0, 4)
    assert both.span_to_source(2, 4) == (2, 4)
    assert both.span_to_source(1, 2) == (2, 2)     # only the inserted char: empty, after the removed one


# -- LineIndex -------------------------------------------------------------------------

@given(st.text(alphabet="ab\n\r \x85\u2028", max_size=60), st.data())
@settings(max_examples=200)
def test_line_col_matches_contract(text, data):
    # lines end at every line break YAML knows (\r\n, \n, \r, U+0085, U+2028, U+2029); \r\n is one break
    offset = data.draw(st.integers(0, len(text)))
    ends = [m.end() for m in re.finditer(LINE_BREAK, text) if m.end() <= offset]
    line = len(ends) + 1
    col = offset - (ends[-1] if ends else 0) + 1
    assert LineIndex(text).line_col(offset) == (line, col)
    assert LineIndex(text).offset(line, col) == offset


def test_line_col_crlf():
    idx = LineIndex("ab\r\ncd\r\n\r\nx")
    assert idx.line_col(0) == (1, 1)
    assert idx.line_col(2) == (1, 3)     # the \r
    assert idx.line_col(4) == (2, 1)
    assert idx.line_col(10) == (4, 1)


# -- normalise: each step ---------------------------------------------------------------

def test_zero_width_removed_and_mapped_inside():
    src = "Bij An\u200bouk van den Berg."
    n = normalise(src)
    assert "Anouk van den Berg" in n.text
    assert find_back(src, n, "Anouk van den Berg") == "An\u200bouk van den Berg"


@pytest.mark.parametrize("ch", ["\u00ad", "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066", "\u034f"])
def test_invisibles_removed(ch):
    src = f"Jan{ch}sen"
    n = normalise(src)
    assert n.text == "Jansen"
    assert back(src, n, 0, 6) == src


def test_nbsp_and_unicode_spaces_become_space():
    src = "Jan\u00a0Jansen\u2009en\u202fPiet"
    n = normalise(src)
    assert n.text == "Jan Jansen en Piet"
    assert find_back(src, n, "Jan Jansen") == "Jan\u00a0Jansen"


def test_whitespace_runs_collapse():
    src = "  a  \t b\r\nc\n\n\n d\r\n\r\ne \n"
    n = normalise(src)
    assert n.text == " a b\nc\n\nd\n\ne\n"
    assert find_back(src, n, "b\nc") == "b\r\nc"
    assert find_back(src, n, "d\n\ne") == "d\r\n\r\ne"


def test_single_spaces_and_paragraph_breaks_untouched():
    src = "een twee\ndrie\n\nvier"
    n = normalise(src)
    assert n.text == src
    assert n.map.is_identity()


def test_name_over_crlf_maps_to_crlf():
    src = "Bel Anouk\r\nvan den Berg."
    n = normalise(src)
    assert find_back(src, n, "Anouk\nvan") == "Anouk\r\nvan"


def test_nfkc_ligatures_and_fullwidth():
    src = "de ﬁets van Ｊan en ĳsbeer"
    n = normalise(src)
    assert n.text == "de fiets van Jan en ijsbeer"
    assert find_back(src, n, "fiets") == "ﬁets"
    assert find_back(src, n, "Jan") == "Ｊan"
    assert find_back(src, n, "ijsbeer") == "ĳsbeer"


def test_combining_marks_composed():
    src = "Ade\u0301le"
    n = normalise(src)
    assert n.text == "Adéle"
    assert back(src, n, 0, len(n.text)) == src


def test_homoglyphs_only_in_mixed_words():
    src = "\u0410nouk en \u041c\u043e\u0441\u043a\u0432\u0430"   # Cyrillic А in Anouk; Москва all Cyrillic
    n = normalise(src)
    assert n.text.startswith("Anouk en ")
    assert n.text.endswith("\u041c\u043e\u0441\u043a\u0432\u0430")
    assert find_back(src, n, "Anouk") == "\u0410nouk"


def test_homoglyph_after_zero_width():
    src = "\u0410\u200bnouk"
    n = normalise(src)
    assert n.text == "Anouk"
    assert back(src, n, 0, 5) == src


def test_hashtags_and_mentions_split():
    src = "Dank #AnoukVanDenBerg en @AnoukvdBerg!"
    n = normalise(src)
    assert "#Anouk Van Den Berg" in n.text
    assert "@Anoukvd Berg" in n.text
    assert find_back(src, n, "Van Den Berg") == "VanDenBerg"
    assert find_back(src, n, "Berg!") == "Berg!"


def test_email_and_hex_not_split():
    src = "mail jan@DeVries.nl kleur #4992AD"
    assert normalise(src).text == src


def test_entities_only_when_asked():
    src = "Jan &amp; Piet&nbsp;Jansen &eacute;&#233;&#xE9; &ampx"
    assert normalise(src).text == src
    n = normalise(src, entities=True)
    assert n.text == "Jan & Piet Jansen ééé &x"
    assert find_back(src, n, "&") == "&amp;"
    assert find_back(src, n, "Piet Jansen") == "Piet&nbsp;Jansen"
    assert find_back(src, n, "&x") == "&ampx"


def test_entity_zero_width_removed():
    src = "An&#8203;ouk"
    n = normalise(src, entities=True)
    assert n.text == "Anouk"
    assert back(src, n, 0, 5) == src


def test_combination_with_prose_view_crlf_front_matter():
    raw = "\ufeff---\r\ntitle: Over An\u200bouk\r\n---\r\nBij   Anouk\u00a0van\r\nden Berg thuis.\r\n".encode()
    draft = parse_draft("x.md", raw)
    fm = parse_front_matter(draft.source, draft.path)
    n = normalise(prose_view(draft, fm), entities=True)
    assert "Over Anouk\n" in n.text
    assert find_back(draft.source, n, "Anouk van\nden Berg") == "Anouk\u00a0van\r\nden Berg"
    i = n.text.index("Over Anouk")
    a, _ = n.map.span_to_source(i, i + 4)
    assert draft.source[a:a + 4] == "Over"


# -- property: a name inserted anywhere maps back exactly -----------------------------

WORDS = ["de", "het", "een", "woning", "huurder", "vandaag", "schilders", "Posterholt", "Domus",
         "keuken", "mooi", "werk", "bel", "gerust", "ideeën", "café", "zaterdag"]
SEPS = [" ", "  ", "\n", "\n\n", " \n", "\u00a0", "\t"]
FILLERS = [
    "`code hier`", "[onze site](https://www.voorbeeld.nl/a_b)", "<b>vet</b>", "<!-- notitie -->",
    "https://example.org/pad?x=1", "www.voorbeeld.nl", "#OpenDagDomus", "@WoningDomus",
    "**sterk**", "\u200b", "\u00ad", "woo\u200bning", "\u0441\u0430fe", "&amp;", "{{ page.title }}",
    "\n```\nJan Jansen 06-1234\n```\n", "\n# Kop\n", "\n> citaat\n", "\n[ref]: https://x.nl\n",
    "<script>var x = 1;</script>", "ﬁets",
]
# (original, cleaned) parts of the inserted name; invisibles only inside words
NAME_FIRST = [("Marieke", "Marieke"), ("Mar\u200bieke", "Marieke"), ("\u041carieke", "Marieke"),
              ("Mari\u00adeke", "Marieke"), ("Ma\u0433\u0456eke", None)]
NAME_SEP = [(" ", " "), ("\u00a0", " "), ("\n", "\n"), ("  ", " "), (" \u200b", " ")]
NAME_LAST = [("Jansen", "Jansen"), ("Jan\u200dsen", "Jansen"), ("J\u0430nsen", "Jansen"),
             ("Jansen\u00ad\u200bs", "Jansens")]


@st.composite
def drafts_with_name(draw):
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(FILLERS)), max_size=25))
    seps = draw(st.lists(st.sampled_from(SEPS), min_size=len(pieces) + 1, max_size=len(pieces) + 1))
    at = draw(st.integers(0, len(pieces)))
    first = draw(st.sampled_from([f for f in NAME_FIRST if f[1]]))
    sep = draw(st.sampled_from(NAME_SEP))
    last = draw(st.sampled_from(NAME_LAST))
    crlf = draw(st.booleans())
    fmt = draw(st.sampled_from(["markdown", "text", "html"]))
    front = draw(st.booleans())
    bom = draw(st.booleans())
    entities = draw(st.booleans())
    name = first[0] + sep[0] + last[0]
    cleaned = first[1] + sep[1] + last[1]
    body_before = "".join(p + s for p, s in zip(pieces[:at], seps[:at]))
    body_after = "".join(s + p for s, p in zip(seps[at + 1:], pieces[at:]))
    eol = "\r\n" if crlf else "\n"
    head = f"---{eol}title: Nieuws{eol}---{eol}" if front else ""
    before = head + body_before.replace("\n", eol) + " "
    after = " " + body_after.replace("\n", eol)
    name = name.replace("\n", eol)
    return before, name, after, cleaned, fmt, bom, entities


@given(drafts_with_name())
@settings(max_examples=200, deadline=None)
def test_inserted_name_maps_back_exactly(case):
    before, name, after, cleaned, fmt, bom, entities = case
    source = before + name + after
    raw = ("\ufeff" if bom else "").encode() + source.encode()
    draft = parse_draft("draft", raw, fmt)
    assert draft.source == source
    fm = parse_front_matter(draft.source, "draft")
    prose = prose_view(draft, fm)
    assert len(prose) == len(source)
    norm = normalise(prose, entities=entities)
    hits = [m.start() for m in re.finditer(re.escape(cleaned), norm.text)]
    assert len(hits) == 1, (norm.text, cleaned)
    a, b = norm.map.span_to_source(hits[0], hits[0] + len(cleaned))
    assert (a, b) == (len(before), len(before) + len(name))
    assert source[a:b] == name


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \n\r\x85\u2028\u2029", max_size=30))
def test_line_starts_are_the_ends_of_the_line_breaks(text):
    """LineIndex's fast path (only "\\n") and its general path give what LINE_BREAK says."""
    expected = [0] + [m.end() for m in re.finditer(LINE_BREAK, text)]
    index = LineIndex(text)
    assert [index.line_start(s) for s in expected] == expected
    for offset in range(len(text) + 1):
        line, col = index.line_col(offset)
        assert expected[line - 1] + col - 1 == offset
        assert line == len([s for s in expected if s <= offset])
