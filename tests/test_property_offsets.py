"""Property: lexicon names inserted into awkward drafts are always found, at the right place.

Random drafts mix BOM, CRLF, front matter, Markdown, HTML, zero-width
characters, soft hyphens and Cyrillic look-alikes. Every finding must satisfy
`original[start:end] == text`, and every inserted name must be covered by a
client-name finding that starts and ends exactly at the inserted characters.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck.api import build_engine
from postcheck.config import Settings
from postcheck.drafts.read import parse_draft

from conftest import ROOT

NAMES = ["Anouk van den Berg", "Mehmet Yılmaz", "Fatima el Amrani", "Sjoerd de Wit", "Chantal Kromodimedjo",
         "Noor Verhoeven", "Daan ter Horst", "Priscilla Doelwijt", "Eline van 't Hof", "Bram Oosterhuis"]
WORDS = ("vandaag hebben we de kozijnen in het complex geschilderd en het was een mooie dag met veel zon "
         "de buren kwamen kijken naar het werk aan de daken en goten").split()
ZW = ["\u200b", "\u00ad", "\u200d", "\u2060"]
CYR = {"a": "а", "o": "о", "e": "е", "A": "А", "O": "О", "E": "Е", "c": "с", "p": "р"}


@pytest.fixture(scope="module")
def engine():
    return build_engine(Settings(packs=(str(ROOT / "tests" / "packs" / "mini.yaml"),)),
                        extra_lexicons={"clients": tuple(NAMES)})


@st.composite
def disguised(draw, name):
    """The name as a careless or evasive writer might type it."""
    chars = list(name)
    letters = [i for i, c in enumerate(chars) if c.isalpha()]
    for _ in range(draw(st.integers(0, 2))):
        i = draw(st.sampled_from(letters[1:-1]))
        chars[i] = chars[i] + draw(st.sampled_from(ZW))
    for _ in range(draw(st.integers(0, 2))):
        i = draw(st.sampled_from(letters))
        chars[i] = CYR.get(chars[i], chars[i])
    text = "".join(chars)
    if draw(st.booleans()) and " " in text:
        # wrapped over two lines
        cut = text.index(" ")
        text = text[:cut] + draw(st.sampled_from(["\n", "\r\n"])) + text[cut + 1:]
    if draw(st.booleans()):
        text = text.replace(" ", "\u00a0")
    return text


@st.composite
def drafts(draw):
    fmt = draw(st.sampled_from(["text", "markdown", "html"]))
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3))
    inserted = []
    source = ""
    if draw(st.booleans()):
        source += f"---{eol}channel: facebook{eol}title: Nieuws{eol}---{eol}"
    for name in names:
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
        source += " ".join(words) + " "
        shown = draw(disguised(name))
        wrap = draw(st.sampled_from(["plain", "bold", "link", "tag"] if fmt != "text" else ["plain"]))
        if fmt == "html":
            wrap = "tag" if wrap in ("bold", "link") else wrap
        pre, post = {"plain": ("", ""), "bold": ("**", "**"), "link": ("[", "](https://example.org/x)"),
                     "tag": ("<b>", "</b>")}[wrap]
        source += pre
        inserted.append((len(source), shown, name))
        source += shown + post + " " + " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8)))
        source += draw(st.sampled_from([". ", "." + eol, "." + eol + eol]))
        if fmt == "markdown" and draw(st.booleans()):
            source += f"{eol}```{eol}Anouk van den Berg 06-12345678{eol}```{eol}"   # a closed fence: not prose
    bom = draw(st.booleans())
    return fmt, bom, source, inserted


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=drafts())
def test_inserted_names_found_at_original_offsets(engine, case):
    fmt, bom, source, inserted = case
    data = (b"\xef\xbb\xbf" if bom else b"") + source.encode("utf-8")
    suffix = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    draft = parse_draft(f"draft.{suffix}", data, None)
    assert draft.source == source
    report = next(engine.check([draft]))
    for f in report.findings:
        assert source[f.start:f.end] == f.text
        assert f.end - f.start == len(f.text)
    names = [f for f in report.findings if f.rule == "mini.client-name"]
    for start, shown, name in inserted:
        end = start + len(shown)
        assert any(f.start == start and f.end == end for f in names), (
            f"{json.dumps(shown)} at {start}-{end} not found; got {[(f.start, f.end, f.text) for f in names]}")
