"""--redact through the CLI: no format lets a marked name, number or address through, anywhere.

tests/redact/pack.yaml quotes `{text}` in every field a pack can template and
gives its rules categories that are not the personal ones; tests/redact/draft.md
repeats the client's name, phone number and address in front matter, a
suppression reason, prose and a code block.
"""
from __future__ import annotations

import pytest

from conftest import ROOT, invoke

HERE = ROOT / "tests" / "redact"
SECRETS = ("Anouk", "Berg", "Dorpsstraat", "12345678", "0612345678", "12 34 56 78")


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_redact_hides_every_marked_span_in_every_format(fmt):
    result = invoke(["check", "--pack", HERE / "pack.yaml", "--format", fmt, "--redact", "--fail-on", "never",
                     "draft.md"], cwd=HERE)
    out = result.stdout + result.stderr
    assert "[redacted]" in out or "[afgeschermd]" in out
    for secret in SECRETS:
        assert secret.lower() not in out.lower(), f"{fmt}: '{secret}' leaks"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_without_redact_the_same_run_shows_them(fmt):
    """The check above can fail: the draft's sensitive texts do reach every format unredacted."""
    result = invoke(["check", "--pack", HERE / "pack.yaml", "--format", fmt, "--fail-on", "never", "draft.md"],
                    cwd=HERE)
    assert "Anouk van den Berg" in result.stdout and "06-12345678" in result.stdout
