"""namedata keeps its parsed word lists in postcheck's private cache (postcheck.cache)."""
from __future__ import annotations

import stat

import pytest

from postcheck.nlp import namedata


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    namedata._all.cache_clear()
    yield tmp_path / "postcheck"
    namedata._all.cache_clear()


def test_parsed_lists_are_cached_privately_and_reused(fresh, monkeypatch):
    parsed = namedata._all()
    files = list(fresh.glob("*.pickle"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    namedata._all.cache_clear()

    def no_parse():
        raise AssertionError("parsed again instead of reading the cache")

    monkeypatch.setattr(namedata, "_parse", no_parse)
    assert namedata._all() == parsed
    assert "Jansen" in parsed["surnames"]


def test_a_corrupt_cache_is_ignored(fresh):
    parsed = namedata._all()
    (path,) = fresh.glob("*.pickle")
    path.write_bytes(b"not a pickle")
    namedata._all.cache_clear()
    assert namedata._all() == parsed


def test_an_unwritable_cache_directory_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))     # postcheck/ cannot be created under a file
    namedata._all.cache_clear()
    try:
        assert "Jansen" in namedata._all()["surnames"]
    finally:
        namedata._all.cache_clear()
