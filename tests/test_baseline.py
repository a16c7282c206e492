"""Baselines: stable fingerprints, hashes only on disk, only new findings count."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from conftest import ROOT, invoke, run_json
from postcheck.baseline import apply_baseline, load_baseline, write_baseline
from postcheck.fingerprint import all_fingerprints, file_fingerprints, fingerprint, normalise_path
from postcheck.errors import UserError
from postcheck.model import CheckedDraft, Finding, RunReport, Severity, Verdict
from postcheck.verdict import summarise

MINI = ROOT / "tests" / "packs" / "mini.yaml"
CLIENT = "Vandaag bij Anouk van den Berg.\n"


def _finding(source: str, text: str, nth: int = 0, rule: str = "mini.client-name") -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    line = source.count("\n", 0, start) + 1
    return Finding(rule=rule, pack="mini", category="client-name", severity=Severity.BLOCK, message="m",
                   text=text, start=start, end=start + len(text), line=line,
                   column=start - (source.rfind("\n", 0, start) + 1) + 1)


def _report(path: str, source: str, findings: list[Finding]) -> RunReport:
    return RunReport((CheckedDraft(path, "other", "personal", tuple(findings), source, ("mini",)),))


KEY = b"k" * 32
SALT = "ab" * 32


def _apply(report: RunReport, known) -> RunReport:
    kept, _ = apply_baseline(report.files, all_fingerprints(report.files, SALT.encode()), known)
    return RunReport(tuple(summarise(c, []) for c in kept))


def test_fingerprint_ignores_position_case_and_whitespace_but_not_rule_or_path():
    a = _finding("Anouk van den Berg", "Anouk van den Berg")
    b = _finding("x\n\n  ANOUK  van den\nBerg", "ANOUK  van den\nBerg")
    assert fingerprint(a, "drafts/a.md", 0, KEY) == fingerprint(b, "./drafts/a.md", 0, KEY) \
        == fingerprint(b, "drafts\\a.md", 0, KEY)
    assert fingerprint(a, "drafts/a.md", 0, KEY) != fingerprint(a, "drafts/b.md", 0, KEY)
    assert fingerprint(a, "drafts/a.md", 0, KEY) != fingerprint(replace(a, rule="mini.other"), "drafts/a.md", 0, KEY)
    assert fingerprint(a, "a.md", 0, KEY) != fingerprint(a, "a.md", 1, KEY)
    assert normalise_path("./x/../y.md") == "y.md" and normalise_path("-") == "-"


def test_fingerprints_are_stable_when_lines_are_inserted_above():
    before = "Intro.\n\nAnouk van den Berg hier, en Anouk van den Berg daar.\n"
    after = "Nieuwe kop\n\nNog een alinea erbij.\n\n" + before
    prints = [fp for _, fp in file_fingerprints(_report("a.md", before, [
        _finding(before, "Anouk van den Berg", i) for i in range(2)]).files[0], KEY)]
    moved = [fp for _, fp in file_fingerprints(_report("a.md", after, [
        _finding(after, "Anouk van den Berg", i) for i in range(2)]).files[0], KEY)]
    assert prints == moved and len(set(prints)) == 2


def test_write_load_apply_round_trip(tmp_path):
    src = "Anouk van den Berg, twee keer: Anouk van den Berg.\n"
    report = _report("drafts/a.md", src, [_finding(src, "Anouk van den Berg", i) for i in range(2)])
    target = tmp_path / "baseline.json"
    write_baseline(target, report.files, all_fingerprints(report.files, SALT.encode()), SALT)
    raw = target.read_text(encoding="utf-8")
    assert "Anouk" not in raw and "Berg" not in raw  # hashes only
    data = json.loads(raw)
    assert data["version"] == 2 and data["salt"] == SALT and list(data["fingerprints"]) == ["drafts/a.md"]
    assert data["fingerprints"]["drafts/a.md"] == sorted(data["fingerprints"]["drafts/a.md"])
    assert not list(tmp_path.glob(".*.tmp"))
    known = load_baseline(target).known
    assert len(known) == 2

    clean = _apply(report, known)
    assert clean.files[0].findings == () and clean.files[0].verdict == Verdict.OK
    assert clean.exit_code() == 0

    # a third occurrence is new, even though rule and text are known
    src3 = src + "En nog eens Anouk van den Berg.\n"
    report3 = _report("drafts/a.md", src3, [_finding(src3, "Anouk van den Berg", i) for i in range(3)])
    left = _apply(report3, known)
    assert [f.start for f in left.files[0].findings] == [src3.rindex("Anouk")]
    assert left.files[0].verdict == Verdict.BLOCK and left.exit_code() == 1


@pytest.mark.parametrize("content, expect", [
    ("{not json", "baseline.json:1:2: baseline is not valid JSON"),
    ('{"version": 3, "fingerprints": {}}', "not a postcheck baseline"),
    ('{"version": 2, "fingerprints": {}}', "not a postcheck baseline"),
    ('{"version": 1, "fingerprints": {}}', "version 1 holds unkeyed fingerprints"),
    ('{"version": 2, "salt": "' + SALT + '", "fingerprints": {"a.md": "x"}}', "must be a list of strings"),
])
def test_load_baseline_errors_name_the_file_and_how_to_fix(tmp_path, content, expect):
    target = tmp_path / "baseline.json"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_baseline(target)
    assert expect in str(err.value).replace(str(tmp_path) + "/", "")
    assert "--update-baseline" in str(err.value)


# -- through the CLI ------------------------------------------------------------------
def test_cli_baseline_accepts_old_findings_and_fails_on_new_ones(tmp_path):
    (tmp_path / "post.md").write_text("# Bezoek\n\n" + CLIENT, encoding="utf-8")
    run_json(["--pack", MINI, "post.md"], exit_code=1, cwd=tmp_path)

    first = invoke(["check", "--pack", MINI, "--baseline", "base.json", "post.md"], cwd=tmp_path)
    assert "base.json" in first.stderr and (tmp_path / "base.json").exists()
    assert "Anouk" not in (tmp_path / "base.json").read_text(encoding="utf-8")

    # lines inserted above: still known
    (tmp_path / "post.md").write_text("# Bezoek\n\nEen nieuwe inleiding.\n\nMet twee regels.\n\n" + CLIENT,
                                      encoding="utf-8")
    report = run_json(["--pack", MINI, "--baseline", "base.json", "post.md"], exit_code=0, cwd=tmp_path)
    assert report["files"][0]["findings"] == [] and report["verdict"] == "ok"

    # a new finding still fails
    (tmp_path / "post.md").write_text("# Bezoek\n\n" + CLIENT + "\nBel (06) 12345678.\n", encoding="utf-8")
    report = run_json(["--pack", MINI, "--baseline", "base.json", "post.md"], exit_code=1, cwd=tmp_path)
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["mini.phone-number"]

    # --update-baseline accepts it
    invoke(["check", "--pack", MINI, "--baseline", "base.json", "--update-baseline", "post.md"], cwd=tmp_path)
    run_json(["--pack", MINI, "--baseline", "base.json", "post.md"], exit_code=0, cwd=tmp_path)


def test_cli_bad_baseline_is_a_one_line_error(tmp_path):
    (tmp_path / "post.md").write_text(CLIENT, encoding="utf-8")
    (tmp_path / "base.json").write_text("[1, 2", encoding="utf-8")
    result = invoke(["check", "--pack", MINI, "--baseline", "base.json", "post.md"], exit_code=2, cwd=tmp_path)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "base.json:1:" in result.stderr and "not valid JSON" in result.stderr


def test_cli_baseline_salt_keys_the_fingerprints(tmp_path, monkeypatch):
    """The baseline's fingerprints cannot be recomputed from the text without its salt; the salt survives updates."""
    import hashlib
    import hmac

    monkeypatch.delenv("POSTCHECK_FINGERPRINT_KEY", raising=False)
    (tmp_path / "post.md").write_text(CLIENT, encoding="utf-8")
    invoke(["check", "--pack", MINI, "--baseline", "base.json", "post.md"], cwd=tmp_path)
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    (stored,) = data["fingerprints"]["post.md"]
    message = "\0".join(("mini.client-name", "post.md", "anouk van den berg", "0")).encode()
    assert stored != hashlib.sha256(message).hexdigest()
    assert stored == hmac.new(data["salt"].encode(), message, hashlib.sha256).hexdigest()
    invoke(["check", "--pack", MINI, "--baseline", "base.json", "--update-baseline", "post.md"], cwd=tmp_path)
    assert json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))["salt"] == data["salt"]
    # a second repository with the same finding gets another salt, so other fingerprints
    other = tmp_path / "other"
    other.mkdir()
    (other / "post.md").write_text(CLIENT, encoding="utf-8")
    invoke(["check", "--pack", MINI, "--baseline", "base.json", "post.md"], cwd=other)
    assert json.loads((other / "base.json").read_text(encoding="utf-8"))["fingerprints"]["post.md"] != [stored]
