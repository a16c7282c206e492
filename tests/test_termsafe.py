"""A draft cannot drive the terminal: control characters are shown escaped in text output and errors."""
from __future__ import annotations

import pytest

from conftest import ROOT, invoke
from postcheck.termsafe import safe_terminal

MINI = ROOT / "tests" / "packs" / "mini.yaml"


@pytest.mark.parametrize("raw, shown", [
    ("\x1b[2J\x1b[H", "\\x1b[2J\\x1b[H"),          # clear screen, cursor home
    ("ok\rNiet", "ok\\rNiet"),
    ("a\x00b\x07c\x7fd\x9be", "a\\x00b\\x07c\\x7fd\\x9be"),
    ("abc\u202edcba", "abc\\u202edcba"),
    ("regel 1\n\tregel 2 – é ñ 😀", "regel 1\n\tregel 2 – é ñ 😀"),   # newline, tab and printable Unicode kept
])
def test_safe_terminal(raw, shown):
    assert safe_terminal(raw) == shown


def test_draft_cannot_paint_its_own_verdict(tmp_path):
    draft = tmp_path / "d.txt"
    fake = "\x1b[2J\x1b[H\x1b[42m Akkoord \x1b[0m\r"
    draft.write_text(f"Vandaag bij Anouk van den Berg {fake} de keuken vernieuwd.\n", encoding="utf-8")
    result = invoke(["--pack", MINI, "--no-color", draft], exit_code=1)
    assert "\x1b" not in result.stdout and "\r" not in result.stdout
    assert "\\x1b[2J" in result.stdout and "Niet publiceren" in result.stdout


def test_control_characters_in_error_lines_are_escaped(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("---\nchannel: \"\\e[31mfacebook\"\n---\nTekst\n", encoding="utf-8")
    result = invoke(["--pack", MINI, draft], exit_code=2)
    assert "\x1b" not in result.stderr and "\\x1b[31m" in result.stderr


def test_control_characters_in_file_names_are_escaped(tmp_path):
    draft = tmp_path / "a\x1b[2Jb.txt"
    draft.write_text("Tekst.\n", encoding="utf-8")
    result = invoke(["--pack", MINI, "--fail-on", "never", draft, tmp_path / "nope\x1b[2J.txt"], exit_code=2)
    assert "\x1b" not in result.stdout and "\x1b" not in result.stderr
    assert "a\\x1b[2Jb.txt" in result.stdout and "nope\\x1b[2J.txt" in result.stderr
