"""Every regular expression a pack can write goes through one checker (text/saferegex.py).

The regex kind's `pattern`, the pattern kind's `REGEX` values and the require
kind's `patterns` refuse the same catastrophic patterns at validation, accept
atomic groups and possessive quantifiers, and `packs validate` and `check`
agree. A pattern that runs out of time is an error for that draft, not a hang.
"""
from __future__ import annotations

import time

import pytest

from conftest import invoke, run_json
from postcheck.text import saferegex

BAD = ["(a+)+$", "(aa|a)+$", "((a|aa))+$", "(a*)*b", "(?:a|a?b)+$", r"(\w+\s?)+$", "(a|)+x", r"((ab)*)+c"]
GOOD = ["(?>a+)+$", "a++", "(?>aa|a)+$", "(a|b)+", r"\bgeheim\w*", "(?:ab|cd){2,}", "x(a{3})+y", r"(?:\d\d[ -])+x"]


def _rule(kind: str, pattern: str) -> str:
    quoted = "'" + pattern.replace("'", "''") + "'"
    body = {
        "regex": f"    pattern: {quoted}\n",
        "pattern": f"    patterns: [[{{LOWER: {{REGEX: {quoted}}}}}]]\n",
        "require": f"    patterns: [{quoted}]\n",
    }[kind]
    return ("name: t\nversion: '1'\nrules:\n  - id: r\n    kind: " + kind + "\n" + body +
            "    category: confidential\n    severity: review\n    message: Let op\n")


@pytest.mark.parametrize("pattern", BAD)
def test_checker_refuses_nested_ambiguous_repeats(pattern):
    assert "backtrack" in (saferegex.problem(pattern) or "")


@pytest.mark.parametrize("pattern", GOOD)
def test_checker_accepts_unambiguous_atomic_and_possessive(pattern):
    assert saferegex.problem(pattern) is None


def test_reordering_or_groups_do_not_hide_a_nested_repeat():
    for p in ("(a|aa)+$", "(aa|a)+$", "((a|aa))+$", "(?:(?:a|aa))+$", "((?:a)+)+$"):
        assert saferegex.problem(p), p


@pytest.mark.parametrize("kind", ["regex", "pattern", "require"])
@pytest.mark.parametrize("pattern", ["(a+)+$", "(aa|a)+$", "((a|aa))+$"])
def test_each_pattern_bearing_kind_refuses_at_validation_and_check_agrees(kind, pattern, tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(_rule(kind, pattern), encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("a" * 40 + "!\n", encoding="utf-8")
    validated = invoke(["packs", "validate", pack], exit_code=2)
    assert "backtrack" in validated.stderr and "p.yaml:" in validated.stderr
    started = time.perf_counter()
    checked = invoke(["check", "--pack", pack, draft], exit_code=2)
    assert time.perf_counter() - started < 30
    assert checked.stderr.splitlines()[0] == validated.stderr.splitlines()[0].join(["postcheck: error: ", ""])


@pytest.mark.parametrize("kind", ["regex", "pattern", "require"])
@pytest.mark.parametrize("pattern", ["(?>a+)+$", "a++"])
def test_each_kind_accepts_atomic_and_possessive(kind, pattern, tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(_rule(kind, pattern), encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("a" * 40 + "!\n", encoding="utf-8")
    invoke(["packs", "validate", pack], exit_code=0)
    invoke(["check", "--pack", pack, "--fail-on", "never", draft], exit_code=0)


def test_pattern_regex_runs_with_the_regex_module_and_finds(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(_rule("pattern", "^geheim"), encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Dit is Geheimhouding en geheimzinnig.\n", encoding="utf-8")
    report = run_json(["--pack", pack, draft], exit_code=1, cwd=tmp_path)
    assert [f["text"] for f in report["files"][0]["findings"]] == ["Geheimhouding", "geheimzinnig"]
