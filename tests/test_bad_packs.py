"""Broken packs: each gives file:line:col, what is wrong and how to fix it, and exit 2.

Every tests/bad_packs/*.yaml carries its expected message in its first line
(`# expect: ...`); the test checks both `packs validate` (all problems, first
one expected) and a check run with `--pack` (exactly one stderr line).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, invoke

BAD = sorted((ROOT / "tests" / "bad_packs").glob("*.yaml"))


def expected(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), path
    return first[len("# expect: "):]


def test_there_are_enough_bad_packs():
    assert len(BAD) >= 12


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_validate_reports_location_and_fix(path):
    result = invoke(["packs", "validate", path], exit_code=2)
    first = result.stderr.splitlines()[0]
    assert expected(path) in first
    # file:line:col: at the start of the line
    assert re.match(r"^[^:]+\.yaml:\d+:\d+: ", first), first
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_check_with_bad_pack_prints_one_line(path, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Hallo allemaal.\n", encoding="utf-8")
    result = invoke(["check", "--pack", path, draft], exit_code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("postcheck: error: ")
    assert expected(path) in lines[0]
