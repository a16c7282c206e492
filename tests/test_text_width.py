"""Text output for people (issue 9): context lines fit the terminal and every caret sits under its match.

Each draft is rendered with rich at 80 and 100 columns; the test reads the rendered lines back and
computes, in display cells (wide CJK characters and emoji count two), where the highlighted match
starts and where its carets start.
"""
from __future__ import annotations

import io

import pytest
from rich.cells import cell_len
from rich.console import Console

from conftest import ROOT
from postcheck.api import check_paths
from postcheck.config import settings_for
from postcheck.report import text as text_report

MINI = ROOT / "tests" / "packs" / "mini.yaml"
LONG = "De steiger staat er nog tot eind van de maand en daarna gaan we verder met het schilderwerk. " * 3

DRAFTS = {
    "emoji.md": "Wat een dag 😂🎉👷‍♀️🏠 met Anouk van den Berg 👍 bij Complex De Linde 🌳🌳 vandaag!\n",
    "cjk.md": "今日は東京で会議がありました、とても長い一日でした。 Anouk van den Berg 在北京的会议很长很长很长很长很长很长。\n",
    "long.md": LONG + "Bel Mehmet Yılmaz op 06-12345678 als er iets is. " + LONG + "\n",
    "tabs.md": "\tGroet\t van Mehmet Yılmaz\t🙂 (bel 06-12345678)\n",
}


def _render(tmp_path, width: int) -> tuple[list[str], list]:
    for name, text in DRAFTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    settings = settings_for(None, tmp_path, packs=[str(MINI)])
    report = check_paths([str(tmp_path / n) for n in DRAFTS], settings)
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False, highlight=False)
    text_report.render(report, console)
    return out.getvalue().splitlines(), [f for fr in report.files for f in fr.findings]


@pytest.mark.parametrize("width", [80, 100])
def test_every_caret_line_sits_under_its_match(tmp_path, width):
    lines, findings = _render(tmp_path, width)
    pairs = [(lines[i - 1], line) for i, line in enumerate(lines) if line.strip("│ ").startswith("^")]
    assert len(pairs) == len(findings) >= 6
    texts = {f.text for f in findings}
    for context, carets in pairs:
        assert cell_len(context) <= width, f"context line wider than {width}: {context!r}"
        assert cell_len(carets) <= width
        start = len(carets) - len(carets.lstrip("│ ").lstrip())
        caret_col = cell_len(carets[:carets.index("^")])
        n = carets.count("^")
        # the shown match is the text under the carets: the characters of the context line between
        # display columns caret_col and caret_col + n, measured as prefixes (rich's cell widths)
        begin = next((k for k in range(len(context) + 1) if cell_len(context[:k]) >= caret_col), None)
        stop = next((k for k in range(len(context) + 1) if cell_len(context[:k]) >= caret_col + n), None)
        assert begin is not None and stop is not None, (context, carets)
        assert cell_len(context[:begin]) == caret_col, (context, carets)
        shown = context[begin:stop]
        assert start > 0
        assert cell_len(shown) == n, (context, carets)
        assert any(shown.rstrip("…") and t.startswith(shown.rstrip("…")) for t in texts), (shown, context)


def test_labels_are_dutch_and_advice_is_numbered(tmp_path):
    lines, _ = _render(tmp_path, 100)
    out = "\n".join(lines)
    assert "Niet publiceren  mini.client-name" in out
    for english in (" block ", " review ", "(other", "personal)", "official)"):
        assert english not in out
    assert "ander kanaal, persoonlijk" in out.replace("\n", " ")
    assert "\n   1. " in out and "\n   2. " in out
    assert out.count("Contact: ") == len(DRAFTS)


def test_block_advice_drops_approval_steps_but_keeps_fixes(tmp_path):
    """Under `block` the review findings' escalations (ask for approval) go; their fixes stay; contact once."""
    draft = tmp_path / "mixed.md"
    draft.write_text("Bij Woonstichting Testhuis zag ik Anouk van den Berg.\n", encoding="utf-8")
    review_only = tmp_path / "review.md"
    review_only.write_text("Bij Woonstichting Testhuis is het druk.\n", encoding="utf-8")
    settings = settings_for(None, tmp_path, packs=[str(MINI)])
    block, review = check_paths([str(draft), str(review_only)], settings).files
    assert block.verdict.value == "block" and review.verdict.value == "review"
    approval = "Vraag vooraf akkoord aan Team Communicatie en stuur de tekst mee."
    assert approval in review.advice_steps
    assert approval not in block.advice_steps and approval not in block.advice
    assert "Haal de naam van de huurder uit het bericht." in block.advice_steps
    assert "Voeg toe: 'Dit bericht plaats ik op persoonlijke titel.'" in block.advice_steps
    assert sum(s.startswith("Contact: ") for s in block.advice_steps) == 1
    assert block.advice == "Niet publiceren. " + " ".join(block.advice_steps)  # the JSON string, same steps


def test_a_match_longer_than_the_line_is_cut_and_still_underlined():
    before, match, after = text_report._layout("x" * 50, "界" * 80, "y" * 50, 74)
    assert cell_len(before + match + after) <= 74 and match.endswith("…")
    assert cell_len(match) >= 40
