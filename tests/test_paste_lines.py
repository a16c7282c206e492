"""The built-in packs' suggestions give the exact lines to paste (issue 9): no "front matter" jargon.

A comms suggestion that says "zet bovenaan je bericht deze regels" must mean it: pasting the lines
between the `---` lines of the suggestion on top of the draft makes the finding go away.
"""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, run_json


def _lines_to_paste(suggestion: str) -> str:
    block = re.search(r"^---\n(.*?)\n---$", suggestion, re.S | re.M)
    assert block, suggestion
    return "---\n" + block.group(1) + "\n---\n"


@pytest.mark.parametrize("rule, draft", [
    ("domus.unapproved-mention", "Vandaag schilderen we de kozijnen voor Woningstichting Domus.\n"),
    ("domus.property-image", "---\nimages:\n  - file: steiger.jpg\n    shows: [property]\n---\nDe steiger aan de Kerkstraat staat.\n"),
])
def test_pasting_the_suggested_lines_resolves_the_finding(tmp_path, rule, draft):
    path = tmp_path / "post.md"
    path.write_text(draft, encoding="utf-8")
    args = ["--pack", "domus", "--channel", "facebook", "--capacity", "official", "post.md"]  # guideline 1: official posts
    before = run_json(args, cwd=tmp_path)["files"][0]["findings"]
    flagged = [f for f in before if f["rule"] == rule]
    assert flagged, [f["rule"] for f in before]
    suggestion = flagged[0]["suggestion"]
    assert "front matter" not in suggestion and "bovenaan je bericht" in suggestion
    paste = _lines_to_paste(suggestion)
    if draft.startswith("---\n"):  # the suggestion says: add only the approval line to an existing block
        lines = paste.splitlines()[1:-1]
        path.write_text("---\n" + "\n".join(lines) + "\n" + draft[4:], encoding="utf-8")
    else:
        path.write_text(paste + draft, encoding="utf-8")
    after = run_json(args, cwd=tmp_path)["files"][0]["findings"]
    assert rule not in [f["rule"] for f in after]


def test_no_built_in_suggestion_or_escalation_says_front_matter():
    for pack in (ROOT / "rules").glob("*.yaml"):
        for n, line in enumerate(pack.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().startswith(("suggestion:", "escalation:")):
                assert "front matter" not in line.lower(), f"{pack.name}:{n}"
