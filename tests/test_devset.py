"""The development set (benchmarks/devset/) and its scorer.

The tune half and the spent holdout halves (holdout/ worked against in the
second round, holdout2/ in the third, holdout3/ in the fourth; holdout4/ was
scored once before and once after the fourth round; tune5/ worked against in the
sixth round and holdout5/ scored once before and once after it; tune6/ worked
against in the seventh round and holdout6/ scored once before and once after it,
see benchmarks/devset/README.md) are scored in CI against recorded floors, so no
change silently lowers the figures; the scorer itself is tested on a small
made-up set. A held-out half not yet scored at the end of its round is never scored here.

The floors are scored through the API in the test's process (one engine per organisation); one test holds
that route to the CLI's, draft by draft, on a real half.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

SCORER = ROOT / "benchmarks" / "devset_score.py"
FLOOR = ROOT / "benchmarks" / "devset" / "tune-floor.json"
SPENT_FLOOR = ROOT / "benchmarks" / "devset" / "holdout-floor.json"
SPENT2_FLOOR = ROOT / "benchmarks" / "devset" / "holdout2-floor.json"
LATER_SPENT = ("holdout3", "holdout4", "tune5", "holdout5", "tune6", "holdout6", "holdout7", "tune8", "holdout8",
               "tune9", "holdout9", "tune10", "holdout10", "tune11", "tune12", "holdout11", "holdout12",
               "holdout13", "holdout14", "tune13", "holdout15", "tune14", "holdout16", "tune15", "holdout17", "tune16",
               "holdout18", "tune17", "holdout19", "tune18", "holdout20", "tune19", "holdout21", "tune20", "tune21",
               "tune22", "holdout22", "tune23", "holdout23", "tune24", "holdout24", "tune25", "holdout25", "tune26",
               "holdout26", "holdout27", "tune27", "holdout28", "tune28", "holdout29", "holdout30", "tune30",
               "holdout31", "tune31", "holdout32", "tune32", "holdout33", "tune33", "holdout34", "tune34",
               "holdout35", "tune35", "holdout36", "tune36", "holdout37", "tune37", "holdout38", "tune38",
               "holdout39", "tune39", "holdout40", "tune40", "holdout41", "tune41", "holdout42", "tune42",
               "holdout43", "tune43", "holdout44", "tune44",
               "holdout45", "tune45", "holdout46", "tune46", "holdout47", "tune47",
               "holdout48", "tune48", "holdout49", "tune49",
               "holdout50", "tune50", "holdout51", "tune51")


def _score(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCORER), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=1800)


@pytest.fixture()
def tiny(tmp_path):
    folder = tmp_path / "tune" / "domus"
    folder.mkdir(parents=True)
    (folder / "001-ok.txt").write_text("Mooie dag gehad op de steiger, het schilderwerk is klaar!\n", encoding="utf-8")
    (folder / "002-phone.txt").write_text("Bel de huurster privé op 06-12345678 voor een afspraak.\n", encoding="utf-8")
    (folder / "expected.yaml").write_text(
        "- file: 001-ok.txt\n  verdict: ok\n  categories: []\n"
        "- file: 002-phone.txt\n  verdict: block\n  categories: [personal-data]\n  channel: facebook\n",
        encoding="utf-8")
    return tmp_path


def test_scorer_counts_verdicts_blocks_false_alarms_and_categories(tiny):
    result = _score("--devset", str(tiny), "--half", "tune", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["domus"] == {"accuracy": 1.0, "block_recall": 1.0, "false_alarms": 0.0, "category_recall": 1.0}


def test_scorer_floor_fails_when_a_figure_drops(tiny):
    expected = tiny / "tune" / "domus" / "expected.yaml"
    expected.write_text(expected.read_text(encoding="utf-8").replace("verdict: block", "verdict: ok")
                        .replace("categories: [personal-data]", "categories: []"), encoding="utf-8")
    floor = tiny / "floor.json"
    floor.write_text(json.dumps({"all": {"accuracy": 1.0, "false_alarms": 0.0}}), encoding="utf-8")
    result = _score("--devset", str(tiny), "--half", "tune", "--floor", str(floor), "-v")
    assert result.returncode == 1
    assert "accuracy 0.500 is worse than the floor" in result.stderr
    assert "false_alarms 0.500 is worse than the floor" in result.stderr
    assert "002-phone.txt: expected ok" in result.stdout


def test_scorer_through_the_cli_gives_the_same_figures(tiny):
    result = _score("--devset", str(tiny), "--half", "tune", "--json", "--postcheck", "cli")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["domus"] == {"accuracy": 1.0, "block_recall": 1.0, "false_alarms": 0.0, "category_recall": 1.0}


def _per_draft(half: str, org: str, postcheck) -> dict[str, tuple]:
    sys.path.insert(0, str(SCORER.parent))
    try:
        import devset_score
    finally:
        sys.path.remove(str(SCORER.parent))
    scores = devset_score.score(half, (org,), postcheck)
    cases = devset_score.load_cases(devset_score.DEVSET, half, org)
    assert scores[org].n == len(cases) > 0
    # misses carry what was found; a draft judged as expected got the expected verdict and categories
    found = {c.file.name: (c.got_verdict, c.got_categories, c.got_rules) for c in scores[org].misses}
    return {"figures": scores[org].figures(), **found}


@pytest.mark.parametrize("half,org", [("holdout11", "heemstede"), ("tune12", "sterkhuis")])
def test_api_route_judges_every_draft_as_the_cli_does(half, org):
    """Same verdicts, categories and rules per judged-differently draft, and the same figures."""
    cli = [sys.executable, "-c", "from postcheck.cli import main; main()"]
    assert _per_draft(half, org, None) == _per_draft(half, org, cli)


def test_tune_half_holds_its_floor():
    result = _score("--half", "tune", "--floor", str(FLOOR), "-v")
    assert result.returncode == 0, result.stdout + result.stderr


def test_spent_holdout_half_holds_its_floor():
    result = _score("--half", "holdout", "--floor", str(SPENT_FLOOR), "-v")
    assert result.returncode == 0, result.stdout + result.stderr


def test_second_spent_holdout_half_holds_its_floor():
    result = _score("--half", "holdout2", "--floor", str(SPENT2_FLOOR), "-v")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("half", LATER_SPENT)
def test_later_spent_holdout_halves_hold_their_floors(half):
    floor = ROOT / "benchmarks" / "devset" / f"{half}-floor.json"
    result = _score("--half", half, "--floor", str(floor), "-v")
    assert result.returncode == 0, result.stdout + result.stderr
