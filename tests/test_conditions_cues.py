"""Rule conditions that name cue sets: `mentions` (any one, as with lexicon slots) and `cues` (each one).

A cue set in a condition counts only where the writer says it: a negated, quoted
or reported cue does not satisfy `when` and does not lift a rule by `unless`.
Checked through the CLI with a small pack written for the test.
"""
from __future__ import annotations

import pytest

from conftest import invoke, run_json

PACK = """\
name: condcues
language: nl
lexicons:
  titel: {kind: cues, entries: ["op persoonlijke titel", "=niet =namens", "privé persoon"]}
  mening: {kind: cues, entries: ["=ik =vind", "=vind =ik", "=wij =bij"]}
  org: {kind: terms, entries: [Zonnehuis], inflect: false, fuzzy: false}
rules:
  - id: statement-missing
    kind: require
    when: {capacity: [personal], mentions: [org], cues: [mening]}
    unless: {cues: [titel]}
    phrases: [disclaimer-zin-die-niemand-schrijft]
    category: disclaimer
    severity: review
    message: "Geen persoonlijke-titelverklaring"
    source: "test"
  - id: opinion
    kind: require
    when: {mentions: [mening]}
    phrases: [bron]
    category: other
    severity: review
    message: "Mening zonder bron"
    source: "test"
"""


@pytest.fixture()
def pack(tmp_path):
    path = tmp_path / "condcues.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


def _rules(pack, text, capacity="personal"):
    report = run_json(["--pack", pack, "--capacity", capacity, "--fail-on", "never", "-"], input=text)
    return sorted({f["rule"] for r in report["files"] for f in r["findings"]})


@pytest.mark.parametrize("text, fired", [
    # cues: [mening] must be said, and mentions: [org] too
    ("Bij Zonnehuis vind ik dat het anders moet.", True),
    ("Bij Zonnehuis gaat het goed, dat is mooi.", False),
    ("Ik vind dat het anders moet.", False),
    # unless: {cues: [titel]} lifts the rule in any of its phrasings ...
    ("Bij Zonnehuis vind ik dat het anders moet. Op persoonlijke titel.", False),
    ("Ik vind Zonnehuis te streng, ik zeg dit als privépersoon.", False),
    ("Ik vind Zonnehuis te streng (niet namens mijn werkgever).", False),
    # ... but not when the statement is negated, quoted or reported
    ("Ik vind Zonnehuis te streng. Ik schrijf dit niet op persoonlijke titel.", True),
    ("Ik vind Zonnehuis te streng. Mijn baas zei: \"zet erbij 'op persoonlijke titel'\".", True),
    # a negated or quoted `cues` condition does not hold
    ("Bij Zonnehuis \"vind ik\" een raar woord.", False),
])
def test_cue_sets_in_when_and_unless(pack, text, fired):
    assert ("condcues.statement-missing" in _rules(pack, text)) is fired


def test_capacity_still_applies(pack):
    assert "condcues.statement-missing" not in _rules(pack, "Bij Zonnehuis vind ik dat het anders moet.", "official")


def test_cue_set_as_mention(pack):
    assert "condcues.opinion" in _rules(pack, "Ik vind dit mooi.")
    assert "condcues.opinion" not in _rules(pack, "Ik vind dit mooi, bron: de krant.")
    assert "condcues.opinion" not in _rules(pack, "Het is mooi weer.")


def test_unknown_cue_set_in_condition_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(PACK.replace("cues: [mening]}", "cues: [menig]}"), encoding="utf-8")
    result = invoke(["packs", "validate", path], exit_code=2)
    first = result.stderr.splitlines()[0]
    assert "bad.yaml:" in first and "when.cues: unknown cue set 'menig'" in first and "mening" in first
    assert "Traceback" not in result.stderr


# `unless` as a list: any one alternative lifts the rule (an approval recorded, or a source named)
ALT_PACK = PACK.replace("    unless: {cues: [titel]}\n", "    unless:\n      - {cues: [titel]}\n"
                        "      - {front_matter: {approval: true}}\n")


@pytest.fixture()
def alt_pack(tmp_path):
    path = tmp_path / "condcues.yaml"
    path.write_text(ALT_PACK, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, fired", [
    ("Bij Zonnehuis vind ik dat het anders moet.", True),
    ("Bij Zonnehuis vind ik dat het anders moet. Op persoonlijke titel.", False),
    ("---\napproval: {by: communicatie, date: 2026-11-30}\n---\nBij Zonnehuis vind ik dat het anders moet.", False),
    ("---\napproval: {by: communicatie, date: 2026-11-30}\n---\nBij Zonnehuis vind ik dat het anders moet. "
     "Op persoonlijke titel.", False),
    # a negated alternative lifts nothing, and the other one is absent
    ("Bij Zonnehuis vind ik dat het anders moet. Ik schrijf dit niet op persoonlijke titel.", True),
])
def test_unless_as_a_list_is_lifted_by_any_alternative(alt_pack, text, fired):
    assert ("condcues.statement-missing" in _rules(alt_pack, text)) is fired


def test_an_unless_alternative_that_is_no_condition_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(ALT_PACK.replace("      - {front_matter: {approval: true}}\n", "      - approval\n"),
                    encoding="utf-8")
    result = invoke(["packs", "validate", path], exit_code=2)
    first = result.stderr.splitlines()[0]
    assert "bad.yaml:" in first and "unless[1]: each alternative must be a condition" in first
    assert "Traceback" not in result.stderr


def test_an_unknown_cue_set_in_an_unless_alternative_names_its_place(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(ALT_PACK.replace("      - {cues: [titel]}\n", "      - {cues: [titels]}\n"), encoding="utf-8")
    result = invoke(["packs", "validate", path], exit_code=2)
    first = result.stderr.splitlines()[0]
    assert "bad.yaml:" in first and "unless[0].cues: unknown cue set 'titels'" in first and "titel" in first
