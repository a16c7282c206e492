"""Golden output: each tests/golden/<case>/ holds a draft, its arguments and the expected output per format.

Regenerate with POSTCHECK_UPDATE_GOLDEN=1 and review the diff like code.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rich.console import Console

from postcheck.api import check_paths
from postcheck.config import settings_for
from postcheck.report import render_machine
from postcheck.report import text as text_report

from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
MINI = ROOT / "tests" / "packs" / "mini.yaml"
UPDATE = bool(os.environ.get("POSTCHECK_UPDATE_GOLDEN"))
CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir())


def _run(case: Path):
    args = [a.replace("{mini}", str(MINI)) for a in json.loads((case / "args.json").read_text(encoding="utf-8"))]
    opts = dict(zip(args[::2], args[1::2]))
    draft = next(p.name for p in case.iterdir() if p.stem == "draft")
    settings = settings_for(None, case, packs=[opts["--pack"]], channel=opts.get("--channel"))
    old = os.getcwd()
    os.chdir(case)
    try:
        return check_paths([draft], settings)
    finally:
        os.chdir(old)


def _compare(path: Path, actual: str) -> None:
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs; rerun with POSTCHECK_UPDATE_GOLDEN=1 and review"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden_text_and_json(case):
    report = _run(case)
    source = next(p for p in case.iterdir() if p.stem == "draft").read_bytes().decode("utf-8-sig")
    for fr in report.files:
        for f in fr.findings:
            assert source[f.start:f.end] == f.text
    console = Console(width=100, no_color=True, force_terminal=False, highlight=False, record=True, file=open(os.devnull, "w"))
    text_report.render(report, console)
    _compare(case / "expected.txt", console.export_text())
    _compare(case / "expected.json", render_machine("json", report))
    _compare(case / "exit_code", f"{report.exit_code()}\n")
