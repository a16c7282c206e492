"""Forty-third round (issue 8). The CLI cases are data, in `tests/cases/round43.yaml`.

- A rule may fall under more than one contract category (`also_categories`): Domus guideline 1 (prior approval
  before naming Domus or showing its homes) is `approval` and `property` at once ("a reference to the
  organisation's properties or to the organisation itself where that needs approval"). The finding stays one
  finding (one text line, one SARIF result, one fingerprint); the JSON report lists it once per category.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flag_pass_tests, invoke, run_json, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round43.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r43")

OFFICIAL_NEWS = ("---\ncapacity: official\nchannel: facebook\n---\n"
                 "Vandaag de laatste kozijnen geplaatst bij de flats van Domus in Venlo-Noord. Mooi werk!\n")


@pytest.fixture(scope="module")
def news_draft(tmp_path_factory):
    path = tmp_path_factory.mktemp("r43") / "nieuws.md"
    path.write_text(OFFICIAL_NEWS, encoding="utf-8")
    return path


def test_json_lists_a_finding_once_per_category(news_draft):
    report = run_json(["--pack", "domus", str(news_draft)], exit_code=1)
    found = [f for f in report["files"][0]["findings"] if f["rule"] == "domus.unapproved-mention"]
    assert [f["category"] for f in found] == ["approval", "property"]
    first, copy = found
    assert first["also_categories"] == ["property"] and "also_of" not in first
    assert copy["also_of"] == "approval" and "also_categories" not in copy
    # the same finding: same place, text and message
    assert {k: v for k, v in first.items() if k not in ("category", "also_categories")} == \
        {k: v for k, v in copy.items() if k not in ("category", "also_of")}


def test_other_outputs_show_the_finding_once(news_draft):
    text = invoke(["check", "--pack", "domus", str(news_draft)], exit_code=1).stdout
    assert text.count("domus.unapproved-mention") == 1
    github = invoke(["check", "--pack", "domus", "--format", "github", str(news_draft)], exit_code=1).stdout
    assert github.count("title=domus.unapproved-mention") == 1
    sarif = json.loads(invoke(["check", "--pack", "domus", "--format", "sarif", str(news_draft)], exit_code=1).stdout)
    run = sarif["runs"][0]
    results = [r for r in run["results"] if r["ruleId"] == "domus.unapproved-mention"]
    assert len(results) == 1 and results[0]["properties"]["alsoCategories"] == ["property"]
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "domus.unapproved-mention")
    assert rule["properties"]["tags"] == ["approval", "property", "domus"]


def test_a_rule_without_further_categories_is_listed_once(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Bel me op 06-12345678, groetjes.\n", encoding="utf-8")
    report = run_json(["--pack", "domus", str(draft)])
    cats = [(f["rule"], f["category"]) for f in report["files"][0]["findings"]]
    assert len(cats) == len(set(cats)) and cats
    assert not any("also_of" in f or "also_categories" in f for f in report["files"][0]["findings"])


def test_the_api_finding_carries_its_further_categories(news_draft):
    from postcheck.api import check_paths
    from postcheck.config import Settings
    report = check_paths([str(news_draft)], Settings(packs=("domus",)))
    found = [f for f in report.files[0].findings if f.rule == "domus.unapproved-mention"]
    assert len(found) == 1 and found[0].category == "approval" and found[0].also == ("property",)


def test_approval_recorded_lifts_both_categories(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(OFFICIAL_NEWS.replace("channel: facebook\n", "channel: facebook\napproval: {by: Susanne, "
                                           "ref: DOM-1, date: 2026-12-01}\n"), encoding="utf-8")
    report = run_json(["--pack", "domus", str(draft)], exit_code=0)
    assert not [f for f in report["files"][0]["findings"] if f["category"] in ("approval", "property")]
