"""Thirty-fifth round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round35.yaml`; this module holds the unit tests.

From tune39's misses (holdout39 was committed first and scored once before this work):

- photos the writer says they may not post are kept back, not a request to keep a secret ("Foto van de huizen ik mag
  niet posten"); the subject of "weten waar ze wonen" may be left out only before a finite singular ("om te weten
  waar ze wonen" is no threat); what others want kept quiet, told ("willen ze dit liever stilhouden");
- a reply in a discussion about Domus told by its words (`discussion-reply-text`); a critic's picture denied in the
  plural; a policy question answered by a civil servant from a private account (`private-account-answer`);
- a cue set's `counts_in`: a consent reported or quoted is a consent ("je zei dat ik je naam mocht noemen");
- "en"/"of" + a subject pronoun opens a new clause: "Dat had niet gemogen en ik heb hem meteen weggehaald";
- a social handle of letters only is no password value ("account ..., @bijenvandekastanjehof").
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import cue_scopes, flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round35.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r35")


@pytest.fixture(scope="module")
def nlp(blank_nl):
    return blank_nl


_scopes = cue_scopes


def test_a_coordinator_with_a_subject_pronoun_ends_the_negators_reach(nlp, tmp_path):
    sets = {"x": ["heb hem weggehaald", "gedeeld"]}
    assert _scopes(nlp, sets, "Dat had niet gemogen en ik heb hem weggehaald.", tmp_path) == [
        ("heb hem weggehaald", [])]
    # without a subject the two verbs share it, and the negator
    assert _scopes(nlp, sets, "Ik heb het niet gelezen en gedeeld.", tmp_path) == [("gedeeld", ["negated"])]


def test_social_handles_of_letters_are_no_password_values():
    from postcheck.nlp.secrets import password_shaped
    assert not password_shaped("@bijenvandekastanjehof")
    assert password_shaped("@dmin2024!")
    assert password_shaped("W3lkom!2024")


def _pack(tmp_path, counts_in: str) -> Path:
    (tmp_path / "cues.txt").write_text("=mocht =noemen\n", encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "name: p\nlanguage: nl\nlexicons:\n"
        f"  oké: {{kind: cues, files: [cues.txt]{counts_in}}}\n"
        "  woord: {kind: cues, entries: ['=kamp']}\n"
        "rules:\n  - id: r\n    kind: cues\n    cues: [woord]\n    unless: {cues: [oké]}\n"
        "    category: person-name\n    severity: review\n    message: 'x {text}'\n", encoding="utf-8")
    return pack


@pytest.mark.parametrize("counts_in,fires", [("", True), (", counts_in: [reported]", False)])
def test_counts_in_lets_a_reported_cue_lift_a_rule(tmp_path, counts_in, fires):
    from postcheck.api import check_text
    from postcheck.config import Settings
    report = check_text("Mooi kamp gehad. Ze zei dat ik haar naam mocht noemen.",
                        Settings(packs=(str(_pack(tmp_path, counts_in)),)))
    assert any(f.rule == "p.r" for f in report.files[0].findings) is fires


def test_counts_in_takes_only_known_scopes(tmp_path):
    from postcheck.errors import UserError
    from postcheck.packs.load import load_pack
    with pytest.raises(UserError) as err:
        load_pack(str(_pack(tmp_path, ", counts_in: [negated]")))
    assert "counts_in must be among reported or quoted" in str(err.value)
