"""The detectors' word lists are data files (one per list) with a source/licence header."""
from __future__ import annotations

from importlib import resources

import pytest

from postcheck.nlp import wordlists

DATA = resources.files("postcheck.nlp").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".txt"))


def test_there_are_word_lists():
    assert len(FILES) >= 20


@pytest.mark.parametrize("name", FILES)
def test_header_names_source_and_licence(name):
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert any(h.startswith("# Source:") for h in header), name
    assert any(h.startswith("# Licence:") for h in header), name


@pytest.mark.parametrize("name", FILES)
def test_entries_are_unique_and_clean(name):
    entries = wordlists.words(name[:-4])
    assert entries, name
    assert len(set(entries)) == len(entries), f"{name}: duplicate entries"
    assert all(e == e.strip() and "\t" not in e for e in entries)


def test_no_list_is_written_twice():
    seen: dict[frozenset[str], str] = {}
    for name in FILES:
        s = wordlists.word_set(name[:-4])
        assert s not in seen, f"{name} repeats {seen.get(s)}"
        seen[s] = name


def test_comments_and_blank_lines_are_skipped(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "x.txt").write_text("# head\n\n  een  \n# mid\ntwee woorden\n", encoding="utf-8")
    monkeypatch.setattr(wordlists.resources, "files", lambda _pkg: tmp_path)
    wordlists.words.cache_clear()
    try:
        assert wordlists.words("x") == ("een", "twee woorden")
    finally:
        wordlists.words.cache_clear()
