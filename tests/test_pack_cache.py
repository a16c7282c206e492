"""A validated pack is kept between runs (start-up) and validated again whenever what it rests on changes."""
from __future__ import annotations

import os

import pytest

from postcheck.errors import UserErrors
from postcheck.packs import cached
from postcheck.packs import load as packs_load

RULE = "  - {id: t, kind: terms, terms: [klanten], category: confidential, severity: block, message: m}\n"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A private cache of this test's own, and no packs remembered in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("POSTCHECK_NO_CACHE", raising=False)
    monkeypatch.setattr(packs_load, "_CACHE", {})

    def load(path):
        packs_load._CACHE.clear()
        return packs_load.load_pack(str(path))
    return load


def _validations(monkeypatch) -> list:
    calls: list = []
    real = packs_load._validate
    monkeypatch.setattr(packs_load, "_validate", lambda path: calls.append(path) or real(path))
    return calls


def _pack(tmp_path, extends: str = "", entries: str = "[Jansen]"):
    (tmp_path / "klanten.txt").write_text("Pietersen\n", encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text(f"name: p\n{extends}lexicons:\n  klanten: {{kind: names, files: [klanten.txt], entries: {entries}}}\n"
                    f"rules:\n{RULE}", encoding="utf-8")
    return pack


def test_an_unchanged_pack_is_not_validated_again_and_is_the_same(tmp_path, fresh, monkeypatch):
    pack = _pack(tmp_path)
    first = fresh(pack)
    calls = _validations(monkeypatch)
    again = fresh(pack)
    assert calls == [] and again == first and again is not first


@pytest.mark.parametrize("edit", ["pack", "lexicon", "parent"])
def test_an_edit_to_the_pack_a_lexicon_file_or_a_parent_is_validated_again(tmp_path, fresh, monkeypatch, edit):
    parent = tmp_path / "ouder.yaml"
    parent.write_text("name: ouder\nrules:\n" + RULE.replace("id: t", "id: o"), encoding="utf-8")
    pack = _pack(tmp_path, extends="extends: [ouder.yaml]\n")
    fresh(pack)
    calls = _validations(monkeypatch)
    if edit == "pack":
        pack.write_text(pack.read_text(encoding="utf-8").replace("Jansen", "Janssen"), encoding="utf-8")
    elif edit == "lexicon":
        (tmp_path / "klanten.txt").write_text("Pieterse\n", encoding="utf-8")   # same size as before
    else:
        parent.write_text(parent.read_text(encoding="utf-8").replace("message: m", "message: n"), encoding="utf-8")
    got = fresh(pack)
    assert len(calls) == 1
    if edit == "pack":
        assert "Janssen" in got.slots["klanten"].entries
    if edit == "parent":
        assert {r.message for r in got.rules} == {"m", "n"}


def test_a_pack_name_that_now_leads_elsewhere_is_validated_again(tmp_path, fresh, monkeypatch):
    """`extends: [basis]` means the shipped basis until a basis.yaml appears next to the pack."""
    pack = _pack(tmp_path, extends="extends: [basis]\n")
    assert any(r.id == "p.t" for r in fresh(pack).rules)
    calls = _validations(monkeypatch)
    (tmp_path / "basis.yaml").write_text("name: basis\nrules:\n" + RULE.replace("id: t", "id: eigen"), encoding="utf-8")
    got = fresh(pack)
    assert len(calls) == 1 and {r.local_id for r in got.rules} == {"t", "eigen"}


def test_a_removed_lexicon_file_is_reported_not_served_from_the_cache(tmp_path, fresh):
    pack = _pack(tmp_path)
    fresh(pack)
    os.unlink(tmp_path / "klanten.txt")
    with pytest.raises(UserErrors):
        fresh(pack)


def test_a_pack_with_a_problem_is_never_kept(tmp_path, fresh, monkeypatch):
    pack = tmp_path / "p.yaml"
    pack.write_text("name: p\nrules:\n  - {id: t, kind: terms, category: confidential, severity: block}\n",
                    encoding="utf-8")
    for _ in range(2):
        with pytest.raises(UserErrors):
            fresh(pack)


def test_another_working_directory_is_another_entry(tmp_path, fresh, monkeypatch):
    """Locations in a pack are shown relative to the working directory."""
    pack = _pack(tmp_path)
    fresh(pack)
    calls = _validations(monkeypatch)
    (tmp_path / "elders").mkdir()
    monkeypatch.chdir(tmp_path / "elders")
    fresh(pack)
    assert len(calls) == 1


def test_no_cache_means_no_pack_kept(tmp_path, fresh, monkeypatch):
    monkeypatch.setenv("POSTCHECK_NO_CACHE", "1")
    pack = _pack(tmp_path)
    fresh(pack)
    calls = _validations(monkeypatch)
    fresh(pack)
    assert len(calls) == 1 and cached.load(pack.resolve(), packs_load._leads_to) is None
