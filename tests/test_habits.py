"""Lint and type check of src/ (config in pyproject.toml), so the README's test command covers them."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=900)


def test_ruff_finds_nothing_in_src():
    result = _run("ruff", "check", "--no-cache", "src")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_src():
    result = _run("mypy", "src")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_is_over_400_lines():
    """A newcomer reads a module in one sitting: split a module before it grows past 400 lines."""
    src = ROOT / "src" / "postcheck"
    big = {str(p.relative_to(src)): n for p in src.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not big, f"modules over 400 lines: {big}"
