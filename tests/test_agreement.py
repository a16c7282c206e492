"""benchmarks/agreement.py: agreement between the dev set's writer and a second annotator, and kappa."""
from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import agreement  # noqa: E402

SCRIPT = ROOT / "benchmarks" / "agreement.py"


def test_kappa_known_values():
    # perfect agreement over two labels
    assert agreement.kappa([("ok", "ok"), ("block", "block")]) == (1.0, 1.0)
    # Cohen's textbook case: 20 yes-yes, 15 no-no, 5 yes-no, 10 no-yes: po 0.7, pe 0.5, kappa 0.4
    pairs = [("y", "y")] * 20 + [("n", "n")] * 15 + [("y", "n")] * 5 + [("n", "y")] * 10
    po, k = agreement.kappa(pairs)
    assert po == pytest.approx(0.7) and k == pytest.approx(0.4)
    # agreement no better than chance
    po, k = agreement.kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")])
    assert po == 0.5 and k == pytest.approx(0.0)
    with pytest.raises(ValueError):
        agreement.kappa([])


def _tiny(tmp_path, second_verdicts):
    folder = tmp_path / "h1" / "domus"
    folder.mkdir(parents=True)
    entries, second = [], []
    for i, (verdict, other) in enumerate(second_verdicts):
        name = f"{i:03}.txt"
        (folder / name).write_text("Mooie dag op de steiger.\n", encoding="utf-8")
        entries.append({"file": name, "verdict": verdict, "categories": ["tone"] if verdict != "ok" else []})
        second.append({"file": name, "verdict": other, "categories": ["tone"] if other != "ok" else []})
    (folder / "expected.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")
    (folder / "second.yaml").write_text(yaml.safe_dump(second), encoding="utf-8")
    return tmp_path


def test_cli_reports_agreement_and_confusion(tmp_path):
    devset = _tiny(tmp_path, [("ok", "ok"), ("ok", "ok"), ("review", "block"), ("block", "block")])
    out = subprocess.run([sys.executable, str(SCRIPT), "--devset", str(devset)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    row = next(line for line in out.stdout.splitlines() if line.startswith("| h1/domus |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:4] == ["4", "0.750", "0.600"]   # po 3/4; pe (2*2 + 1*0 + 1*2)/16 = 0.375; (0.75-0.375)/0.625
    assert "| review | 0 | 0 | 1 |" in out.stdout


def test_cli_rejects_a_second_file_that_misses_a_draft(tmp_path):
    devset = _tiny(tmp_path, [("ok", "ok"), ("block", "block")])
    second = devset / "h1" / "domus" / "second.yaml"
    second.write_text(yaml.safe_dump(yaml.safe_load(second.read_text())[:1]), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), "--devset", str(devset)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode != 0 and "no entry for 001.txt" in out.stderr


def test_committed_second_annotations_cover_their_halves():
    halves = agreement.halves_with_second(ROOT / "benchmarks" / "devset")
    assert "holdout23" in halves
    for half in halves:
        for org in ("domus", "sterkhuis", "hartekamp", "heemstede"):
            rows = agreement.load(ROOT / "benchmarks" / "devset", half, org)
            assert len(rows) == 40
