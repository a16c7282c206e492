"""Inline suppressions: what a comment covers, reasons, unused ones, --ignore-suppressions."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, invoke, run_json
from postcheck.model import Finding, Severity, Verdict
from postcheck.suppress import RULE, apply_suppressions, parse_suppressions
from postcheck.verdict import verdict_of

MINI = ROOT / "tests" / "packs" / "mini.yaml"
PACKS = ["mini"]


def finding(source: str, text: str, rule: str = "mini.property-reference", nth: int = 0,
            severity: Severity = Severity.REVIEW) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    line = source.count("\n", 0, start) + 1
    column = start - (source.rfind("\n", 0, start) + 1) + 1
    return Finding(rule=rule, pack=rule.split(".")[0], category="property", severity=severity, message="m",
                   text=text, start=start, end=start + len(text), line=line, column=column)


def by_rule(findings, rule=RULE):
    return [f for f in findings if f.rule == rule]


def check_offsets(source, findings):
    for f in findings:
        assert source[f.start:f.end] == f.text
        assert f.line == source.count("\n", 0, f.start) + 1
        assert f.column == f.start - (source.rfind("\n", 0, f.start) + 1) + 1


ALLOW = '<!-- postcheck: allow mini.property-reference reason="goedgekeurd door communicatie" -->'


def test_allow_covers_the_next_paragraph_only():
    src = f"Over Testhuis.\n\n{ALLOW}\nNieuws van Testhuis,\nnog eens Testhuis.\n\nEn weer Testhuis.\n"
    fs = [finding(src, "Testhuis", nth=i) for i in range(4)]
    out = apply_suppressions(fs, src, ignore=False, pack_names=PACKS)
    assert [f.suppressed for f in out] == ["", "goedgekeurd door communicatie", "goedgekeurd door communicatie", ""]
    assert not by_rule(out)
    check_offsets(src, out)


def test_blank_lines_between_comment_and_paragraph_are_skipped():
    src = f"{ALLOW}\n\n\nTesthuis bouwt.\n\nTesthuis sloopt.\n"
    out = apply_suppressions([finding(src, "Testhuis"), finding(src, "Testhuis", nth=1)], src,
                             ignore=False, pack_names=PACKS)
    assert [bool(f.suppressed) for f in out] == [True, False]


def test_inline_comment_covers_its_own_paragraph():
    src = f"Intro over Testhuis.\n\nWij bij Testhuis, zo fijn.\nEcht. {ALLOW}\n\nTesthuis daarna.\n"
    fs = [finding(src, "Testhuis", nth=i) for i in range(3)]
    out = apply_suppressions(fs, src, ignore=False, pack_names=PACKS)
    assert [bool(f.suppressed) for f in out if f.rule != RULE] == [False, True, False]


def test_allow_file_several_ids_and_ids_without_pack():
    src = ('<!-- postcheck: allow-file client-name, mini.property-reference reason="persbericht DOM-1" -->\n'
           "Testhuis en Anouk van den Berg.\n\nLater Testhuis.\n")
    fs = [finding(src, "Testhuis"), finding(src, "Anouk van den Berg", "mini.client-name", severity=Severity.REVIEW),
          finding(src, "Testhuis", nth=1)]
    out = apply_suppressions(fs, src, ignore=False, pack_names=PACKS)
    assert all(f.suppressed == "persbericht DOM-1" for f in out)
    assert verdict_of(out) == Verdict.OK


def test_a_block_cannot_be_suppressed():
    """Contract §3: no approval lifts a block, so an inline allow does not either; it is reported."""
    src = ('<!-- postcheck: allow client-name reason="toestemming gekregen" -->\n'
           "Vandaag bij Anouk van den Berg.\n")
    fs = [finding(src, "Anouk van den Berg", "mini.client-name", severity=Severity.BLOCK)]
    out = apply_suppressions(fs, src, ignore=False, pack_names=PACKS)
    assert not any(f.suppressed for f in out)
    problems = [f for f in out if f.rule == RULE]
    assert len(problems) == 1 and problems[0].severity == Severity.REVIEW
    assert "kan niet onderdrukt worden" in problems[0].message
    assert verdict_of(out) == Verdict.BLOCK


def test_other_rules_are_not_covered():
    src = f"{ALLOW}\nBel (06) 12345678 of Testhuis.\n"
    phone = finding(src, "(06) 12345678", "mini.phone-number", severity=Severity.BLOCK)
    out = apply_suppressions([phone, finding(src, "Testhuis")], src, ignore=False, pack_names=PACKS)
    assert [f.suppressed for f in out] == ["", "goedgekeurd door communicatie"]
    assert verdict_of(out) == Verdict.BLOCK


def test_a_suppression_without_reason_suppresses_nothing_and_needs_review():
    comment = "<!-- postcheck: allow mini.property-reference -->"
    src = f"Eerst.\r\n\r\n{comment}\r\nTesthuis.\r\n"
    out = apply_suppressions([finding(src, "Testhuis")], src, ignore=False, pack_names=PACKS)
    (problem,) = by_rule(out)
    assert problem.severity == Severity.REVIEW and problem.pack == "postcheck" and problem.category == "other"
    assert problem.text == comment and (problem.line, problem.column) == (3, 1)
    assert "reden" in problem.message
    assert not any(f.suppressed for f in out)
    check_offsets(src, out)


@pytest.mark.parametrize("comment", [
    '<!-- postcheck: allow mini.property-reference reason="" -->',
    "<!-- postcheck: allow mini.property-reference reason=   -->",
    '<!-- postcheck: alow mini.property-reference reason="typo" -->',
])
def test_empty_reasons_and_unreadable_comments_need_review(comment):
    src = f"{comment}\nTesthuis.\n"
    out = apply_suppressions([finding(src, "Testhuis")], src, ignore=False, pack_names=PACKS)
    assert [f.severity for f in by_rule(out)] == [Severity.REVIEW]
    assert not any(f.suppressed for f in out)


def test_an_unused_suppression_is_reported_for_information():
    comment = ('<!-- postcheck: allow mini.property-reference, mini.client-name, other.rule '
               'reason="ooit nodig" -->')
    src = f"Tekst.\n\nMooi weer. {comment}\n\nTesthuis.\n"
    out = apply_suppressions([finding(src, "Testhuis")], src, ignore=False, pack_names=PACKS)
    (problem,) = by_rule(out)
    assert problem.severity == Severity.INFO and problem.text == comment
    assert (problem.line, problem.column) == (3, 12)
    assert "mini.property-reference" in problem.message and "onbekend pakket: other.rule" in problem.message
    assert verdict_of(out) == Verdict.REVIEW  # the Testhuis finding is in another paragraph
    check_offsets(src, out)


def test_ignore_reports_everything_but_still_spots_unused_ones():
    src = f"{ALLOW}\nTesthuis.\n\n{ALLOW}\nNiets hier.\n"
    out = apply_suppressions([finding(src, "Testhuis")], src, ignore=True, pack_names=PACKS)
    assert not any(f.suppressed for f in out)
    assert [f.line for f in by_rule(out)] == [4]


def test_no_comments_returns_the_findings_unchanged():
    src = "Testhuis.\n"
    fs = [finding(src, "Testhuis")]
    assert apply_suppressions(fs, src, ignore=False, pack_names=PACKS) == fs
    assert parse_suppressions(src) == []


# -- through the CLI ------------------------------------------------------------------
def _draft(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return name


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_cli_suppressed_finding_is_listed_with_its_reason(tmp_path, suffix):
    name = _draft(tmp_path, f"post.{suffix}", "Hallo.\n\n<!-- postcheck: allow mini.property-reference "
                  'reason="schriftelijke toestemming, DOM-7" -->\nVandaag bij Testhuis. '
                  "Dit bericht plaats ik op persoonlijke titel.\n")
    report = run_json(["--pack", MINI, name], exit_code=0, cwd=tmp_path)
    (entry,) = report["files"]
    assert entry["verdict"] == "ok"
    (f,) = [f for f in entry["findings"] if f["rule"] == "mini.property-reference"]
    assert f["suppressed"] == {"reason": "schriftelijke toestemming, DOM-7"}

    report = run_json(["--pack", MINI, "--ignore-suppressions", name], exit_code=1, cwd=tmp_path)
    assert report["verdict"] == "review"
    assert all("suppressed" not in f for f in report["files"][0]["findings"])


def test_cli_reasonless_suppression_fails_the_check(tmp_path):
    name = _draft(tmp_path, "post.md", "<!-- postcheck: allow mini.client-name -->\nVandaag bij Anouk van den Berg.\n")
    report = run_json(["--pack", MINI, name], exit_code=1, cwd=tmp_path)
    rules = {f["rule"]: f for f in report["files"][0]["findings"]}
    assert rules["postcheck.suppression"]["severity"] == "review"
    assert "suppressed" not in rules["mini.client-name"]
    assert report["verdict"] == "block"


def test_cli_unused_suppression_is_info_only(tmp_path):
    name = _draft(tmp_path, "post.md", '<!-- postcheck: allow mini.client-name reason="oud" -->\nMooi weer vandaag.\n')
    report = run_json(["--pack", MINI, name], exit_code=0, cwd=tmp_path)
    (f,) = report["files"][0]["findings"]
    assert (f["rule"], f["severity"], f["line"], f["column"]) == ("postcheck.suppression", "info", 1, 1)
    invoke(["check", "--pack", MINI, name], cwd=tmp_path)
