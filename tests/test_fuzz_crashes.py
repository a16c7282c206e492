"""Inputs that used to crash `check`: every one is now a finding, a notice or a one-line error (exit 2).

A pack that `packs validate` accepts never crashes `check`: both run the same
loading, compiling and template checks.
"""
from __future__ import annotations

import json
import os
import warnings

import pytest

from conftest import invoke
from postcheck.api import InputNotice, check_text
from postcheck.config import Settings

RULE = """name: t
version: '1'
rules:
  - id: r
    kind: regex
    pattern: 'geheim'
    category: confidential
    severity: review
    message: {message}
"""


@pytest.mark.parametrize("message", ["'Let op {count:%}'", "'{text:>300000000}'", "'{text:{count}}'",
                                     "'{text!x}'", "'{count:d}'", "'{text.upper}'", "'{0}'", "'{}'"])
def test_message_templates_that_would_fail_are_refused_by_validate_and_check(message, tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(RULE.format(message=message), encoding="utf-8")
    (tmp_path / "d.txt").write_text("Dit is geheim.\n", encoding="utf-8")
    validated = invoke(["packs", "validate", pack], exit_code=2)
    assert "p.yaml:9:" in validated.stderr and "message" in validated.stderr
    checked = invoke(["check", "--pack", pack, tmp_path / "d.txt"], exit_code=2)
    assert "Traceback" not in checked.stderr and "internal error" not in checked.stderr
    assert checked.stderr.splitlines()[0] == "postcheck: error: " + validated.stderr.splitlines()[0]


@pytest.mark.parametrize("message", ["'Let op: {text:>20}!'", "'{count:>5} tekens'", "'{text!r}'"])
def test_bounded_format_specs_work_in_check(message, tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(RULE.format(message=message), encoding="utf-8")
    (tmp_path / "d.txt").write_text("Dit is geheim.\n", encoding="utf-8")
    invoke(["packs", "validate", pack], exit_code=0)
    result = invoke(["check", "--pack", pack, "--format", "json", tmp_path / "d.txt"], exit_code=1)
    message_out = json.loads(result.stdout)["files"][0]["findings"][0]["message"]
    assert "{" not in message_out or "{count}" in message_out


def test_extension_attributes_in_a_pattern_are_refused(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(RULE.format(message="Let op").replace("kind: regex\n    pattern: 'geheim'",
                                                          "kind: pattern\n    patterns: [[{_: {x: true}}]]"),
                    encoding="utf-8")
    (tmp_path / "d.txt").write_text("Dit is geheim.\n", encoding="utf-8")
    assert "extension attributes" in invoke(["packs", "validate", pack], exit_code=2).stderr
    assert "extension attributes" in invoke(["check", "--pack", pack, tmp_path / "d.txt"], exit_code=2).stderr


def test_check_text_replaces_a_lone_surrogate_with_a_located_notice():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = check_text("Eerste regel\nBel \ud800 06-12345678 nu.", Settings(packs=("sterkhuis",)))
    notices = [w for w in caught if issubclass(w.category, InputNotice)]
    assert len(notices) == 1 and str(notices[0].message).startswith("-:2:5: ")
    fr = report.files[0]
    assert "\ufffd" in fr.source and "\ud800" not in fr.source
    assert [f.text for f in fr.findings] == ["06-12345678"]


def test_sarif_and_every_format_for_a_file_name_that_is_not_utf8(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/post-\xff.md"
    try:
        with open(name, "wb") as fh:
            fh.write("Bel me op 06-12345678.\n".encode())
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    for fmt in ("sarif", "json", "github", "html", "text"):
        result = invoke(["check", "--pack", "sterkhuis", "--format", fmt, "."], exit_code=1, cwd=tmp_path)
        assert "internal error" not in result.stderr
    sarif = json.loads(invoke(["check", "--pack", "sterkhuis", "--format", "sarif", "."], exit_code=1,
                              cwd=tmp_path).stdout)
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "post-%FF.md"


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
@pytest.mark.parametrize("source", [
    "[" * 20000 + "x" + "](y)" * 20000,
    "[" * 2000 + "a](b)" + "](c)" * 2000,
    "<div>" * 20000 + "Jan de Vries" + "</div>" * 20000,
    "> " * 20000 + "x",
    "".join("  " * i + "- x\n" for i in range(1500)),
    "*_" * 20000,
    "<!--" * 5000 + "<script>" * 5000 + "{% raw %}" * 5000,
], ids=["brackets", "nested-links", "html-nesting", "quotes", "lists", "emphasis", "unclosed"])
def test_deep_nesting_is_checked(source, fmt):
    report = check_text(source, Settings(packs=("sterkhuis",)), fmt=fmt)
    for f in report.files[0].findings:
        assert report.files[0].source[f.start:f.end] == f.text
