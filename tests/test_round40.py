"""Fortieth round (issue 8).

- a cue set's `cancelled_by`: the sets whose hit, said by the writer anywhere in the draft, cancel it in rule
  conditions. The consent sets (`naamtoestemming`, `beeldtoestemming`) name `toestemming_twijfel` once, in basis,
  instead of fourteen `unless` conditions each repeating `no_cues: [toestemming_twijfel]`: a consent the writer
  doubts in the same post is no consent, for every rule that a consent lifts, in every pack.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import invoke


def _pack(tmp_path, consent_opts: str = "", doubt_opts: str = "", doubt_kind: str = "cues") -> Path:
    (tmp_path / "consent.txt").write_text("=mocht ... =noemen\n", encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "name: p\nlanguage: nl\nlexicons:\n"
        f"  consent: {{kind: cues, files: [consent.txt]{consent_opts}}}\n"
        f"  doubt: {{kind: {doubt_kind}, entries: ['weet ik niet']{doubt_opts}}}\n"
        "  woord: {kind: cues, entries: ['=kamp']}\n"
        "rules:\n  - id: r\n    kind: cues\n    cues: [woord]\n    unless: {cues: [consent]}\n"
        "    category: person-name\n    severity: review\n    message: 'x {text}'\n", encoding="utf-8")
    return pack


def _fires(pack: Path, text: str) -> bool:
    from postcheck.api import check_text
    from postcheck.config import Settings
    report = check_text(text, Settings(packs=(str(pack),)))
    return any(f.rule == "p.r" for f in report.files[0].findings)


@pytest.mark.parametrize("text,fires", [
    ("Mooi kamp gehad. Ik mocht haar naam noemen.", False),                                  # consent: lifted
    ("Mooi kamp gehad. Ik mocht haar naam noemen, of ze het nog wil weet ik niet.", True),   # doubted: not lifted
    ("Mooi kamp gehad. Ik mocht haar naam noemen. Hij zei: 'weet ik niet'.", False),        # a quoted doubt: none
    ("Mooi kamp gehad.", True),
])
def test_cancelled_by_cancels_a_consent_the_writer_doubts(tmp_path, text, fires):
    assert _fires(_pack(tmp_path, ", cancelled_by: [doubt]"), text) is fires


def test_without_cancelled_by_the_doubt_changes_nothing(tmp_path):
    assert not _fires(_pack(tmp_path), "Mooi kamp gehad. Ik mocht haar naam noemen, of ze het nog wil weet ik niet.")


def test_the_cancelling_set_is_matched_though_no_rule_reads_it(tmp_path):
    """Only `cancelled_by` names the doubt set: the engine still matches it wherever the consent set is read."""
    from postcheck.api import build_engine
    from postcheck.config import Settings
    engine = build_engine(Settings(packs=(str(_pack(tmp_path, ", cancelled_by: [doubt]")),)))
    assert engine.cancelled_by == {"consent": ("doubt",)}


@pytest.mark.parametrize("consent_opts,doubt_opts,doubt_kind,message", [
    (", cancelled_by: [twijfel]", "", "cues", "'twijfel' is not another cue set"),
    (", cancelled_by: [consent]", "", "cues", "'consent' is not another cue set"),
    (", cancelled_by: [doubt]", ", cancelled_by: [woord]", "cues", "'doubt' has a cancelled_by of its own"),
    ("", ", cancelled_by: [consent]", "terms", "cancelled_by is for cue sets (kind: cues), not terms"),
])
def test_cancelled_by_names_another_plain_cue_set(tmp_path, consent_opts, doubt_opts, doubt_kind, message):
    from postcheck.errors import UserError
    from postcheck.packs.load import load_pack
    with pytest.raises(UserError) as err:
        load_pack(str(_pack(tmp_path, consent_opts, doubt_opts, doubt_kind)))
    assert message in str(err.value)
    assert "p.yaml:" in str(err.value)


def test_a_bad_cancelled_by_is_a_clear_cli_error(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Mooi kamp gehad.", encoding="utf-8")
    result = invoke(["--pack", str(_pack(tmp_path, ", cancelled_by: [twijfel]")), str(draft)], exit_code=2)
    assert "p.yaml:4:" in result.stderr and "cancelled_by: 'twijfel' is not another cue set" in result.stderr
    assert "Traceback" not in result.stderr
