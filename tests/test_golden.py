"""Golden output: each tests/golden/<case>/ holds a draft, its arguments and the expected output per format.

`expected.txt`, `expected.json` and `exit_code` come from the API; `cli-<format>.out` holds a run through
the CLI for each of the five formats: exit code, stdout and stderr. A missing golden file fails; regenerate
with POSTCHECK_UPDATE_GOLDEN=1 and review the diff like code. SARIF fingerprints are keyed with a fixed
test key (POSTCHECK_FINGERPRINT_KEY), so they are stable here.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rich.console import Console

from conftest import ROOT, _run as run_cli
from postcheck.api import check_paths
from postcheck.config import settings_for
from postcheck.report import render_machine
from postcheck.report import text as text_report

GOLDEN = ROOT / "tests" / "golden"
UPDATE = bool(os.environ.get("POSTCHECK_UPDATE_GOLDEN"))
CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir())
FORMATS = ("text", "json", "sarif", "github", "html")


def _args(case: Path) -> list[str]:
    """The case's arguments; {mini} is the test pack, relative to the case folder (no machine paths in output)."""
    raw = json.loads((case / "args.json").read_text(encoding="utf-8"))
    return [a.replace("{mini}", "../../packs/mini.yaml") for a in raw]


def _draft(case: Path) -> str:
    return next(p.name for p in case.iterdir() if p.stem == "draft")


def _run(case: Path):
    opts = dict(zip(_args(case)[::2], _args(case)[1::2], strict=True))
    settings = settings_for(None, case, packs=[str(case / opts["--pack"])], channel=opts.get("--channel"))
    old = os.getcwd()
    os.chdir(case)
    try:
        return check_paths([_draft(case)], settings)
    finally:
        os.chdir(old)


def _compare(path: Path, actual: str) -> None:
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing; create it with POSTCHECK_UPDATE_GOLDEN=1 and review it"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{path.name} differs; rerun with POSTCHECK_UPDATE_GOLDEN=1 and review"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_text_and_json(case):
    report = _run(case)
    source = next(p for p in case.iterdir() if p.stem == "draft").read_bytes().decode("utf-8-sig")
    for fr in report.files:
        for f in fr.findings:
            assert source[f.start:f.end] == f.text
    console = Console(width=100, no_color=True, force_terminal=False, highlight=False, record=True,
                      file=open(os.devnull, "w"))
    text_report.render(report, console)
    _compare(case / "expected.txt", console.export_text())
    _compare(case / "expected.json", render_machine("json", report))
    _compare(case / "exit_code", f"{report.exit_code()}\n")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_cli(case, fmt, monkeypatch):
    monkeypatch.setenv("POSTCHECK_FINGERPRINT_KEY", "golden-test-key")
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = run_cli(["check", *_args(case), "--format", fmt, _draft(case)], None, case)
    actual = f"exit: {result.exit_code}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
    _compare(case / f"cli-{fmt}.out", actual)


def test_a_missing_golden_file_fails():
    if UPDATE:
        pytest.skip("regenerating golden files")
    with pytest.raises(AssertionError, match="is missing"):
        _compare(GOLDEN / "no-such-case" / "expected.txt", "x")
    assert not (GOLDEN / "no-such-case").exists()
