"""The packs' own examples keep working as people type them (benchmarks/robustness.py).

Every flag example is checked again in lower case, without sentence punctuation,
framed by emoji and hashtags and inside a blog paragraph; the recorded floors
(benchmarks/robustness-floor.json) keep a change from silently making a pack more
brittle. The script's floor check itself is tested with a floor nothing can reach.
"""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "robustness.py"
FLOOR = ROOT / "benchmarks" / "robustness-floor.json"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=1800)


def test_packs_hold_their_robustness_floor():
    result = _run("--floor", str(FLOOR))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_floor_above_the_figures_fails(tmp_path):
    floor = tmp_path / "floor.json"
    floor.write_text(json.dumps({"heemstede": {"lower case": [1.01, 0.0]}}), encoding="utf-8")
    result = _run("--pack", "heemstede", "--floor", str(floor))
    assert result.returncode == 1
    assert "heemstede / lower case: kept" in result.stderr
