"""Line breaks as YAML sees them: CRLF, LF, a lone CR, NEL (U+0085) and LS (U+2028).

Front matter written with any of them is recognised, its keys are located at
the right text, and LineIndex (text/offsets.py) counts lines the same way.
"""
from __future__ import annotations

import pytest

from conftest import run_json
from postcheck.api import check_text
from postcheck.config import Settings
from postcheck.drafts.frontmatter import parse_front_matter
from postcheck.text.offsets import LineIndex

BREAKS = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "nel": "\x85", "ls": "\u2028", "ps": "\u2029"}


def _draft(b: str) -> str:
    return b.join(["---", "title: Uitje", "images:", "  - file: uitje.jpg", "    shows: [clients]", "---",
                   "Gezellig uitje naar de kinderboerderij!", ""])


@pytest.mark.parametrize("name", BREAKS)
def test_front_matter_is_recognised_and_keys_located(name):
    b = BREAKS[name]
    source = _draft(b)
    fm = parse_front_matter(source, "x.md")
    assert fm.data["images"] == [{"file": "uitje.jpg", "shows": ["clients"]}]
    assert fm.marks["images"] == (3, 1)
    assert source[fm.end:].startswith("Gezellig")
    lines = LineIndex(source)
    assert source[lines.offset(*fm.marks["images"]):].startswith("images:")


@pytest.mark.parametrize("name", BREAKS)
def test_check_gives_the_same_verdict_with_every_line_break(name, tmp_path):
    (tmp_path / "d.md").write_bytes(_draft(BREAKS[name]).encode("utf-8"))
    (tmp_path / "lf.md").write_bytes(_draft("\n").encode("utf-8"))
    report = run_json(["--pack", "sterkhuis", "d.md", "lf.md"], cwd=tmp_path)
    got, want = report["files"]
    assert want["verdict"] == "review"    # Sterk Huis: a client photo without recorded consent is asked about first
    assert got["verdict"] == want["verdict"]
    assert [(f["rule"], f["text"], f["line"], f["column"]) for f in got["findings"]] == \
           [(f["rule"], f["text"], f["line"], f["column"]) for f in want["findings"]]


@pytest.mark.parametrize("name", BREAKS)
def test_api_check_text_locates_findings(name):
    report = check_text(_draft(BREAKS[name]), Settings(packs=("sterkhuis",)))
    fr = report.files[0]
    assert fr.findings
    for f in fr.findings:
        assert fr.source[f.start:f.end] == f.text


def test_line_index_counts_every_break_kind_once():
    text = "a\r\nb\rc\nd\x85e\u2028f\u2029g"
    lines = LineIndex(text)
    for i, ch in enumerate("abcdefg"):
        pos = text.index(ch)
        assert lines.line_col(pos) == (i + 1, 1)
        assert lines.offset(i + 1, 1) == pos
    assert lines.line_col(2) == (1, 3)  # the \n of \r\n belongs to line 1
