"""Thirty-sixth round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round36.yaml`; this module holds the unit tests.

From tune40's misses (holdout40 was committed first and scored once before this work):

- dialect spellings read as the standard word a cue is written in ("waor", "wi'j", "gien", "ich", "allennig");
- a factive main clause ("ik snap niet dat", "ik begrijp niet waarom", "het is niet normaal dat") does not negate the
  clause it introduces (`lexicons/cues/scope-factive.txt`); "ik zeg niet dat" and "ik denk niet dat" still do;
- a salutation in another language ("Dear pleegkids", "Hola ...") addresses the readers
  (`nlp/data/salutation_words.txt`); a game named after its character ("mario kart") is no person;
- a lower-case first name needs three letters ("an de gevels" is "aan de gevels");
- approval still awaited but posting anyway; delays and rejected work kept quiet; a new page whose registration is
  put off; a group that "should be thrown out".
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import cue_scopes, flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round36.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r36")


@pytest.fixture(scope="module")
def nlp(blank_nl):
    return blank_nl


def test_a_factive_main_clause_does_not_negate_its_complement(nlp, tmp_path):
    sets = {"x": ["tuig"]}
    assert cue_scopes(nlp, sets, "Ik snap niet dat die lui tuig zijn.", tmp_path) == [("tuig", [])]
    assert cue_scopes(nlp, sets, "Het is echt niet normaal dat die lui tuig zijn.", tmp_path) == [("tuig", [])]
    # a non-factive verb: the writer denies the claim
    assert cue_scopes(nlp, sets, "Ik zeg niet dat die lui tuig zijn.", tmp_path) == [("tuig", ["negated"])]
    # a second negator inside the complement still negates what follows it
    [(_, scopes)] = cue_scopes(nlp, sets, "Ik snap niet dat je zegt dat ze geen tuig zijn.", tmp_path)
    assert "negated" in scopes


def test_a_title_named_after_a_character_hides_the_name_inside_it():
    from postcheck.nlp.hits import Hit
    from postcheck.nlp.identify.public import untitled
    text = "mario kart met de bewoners, mario won"
    kart, alone = Hit(0, 5, "group-name", "group"), Hit(32, 37, "group-name", "group")
    assert untitled(text, [kart, alone]) == [alone]


def test_salutations_of_other_languages_open_a_line():
    from postcheck.nlp.identify.named import _salutation
    assert _salutation().match("Querida família e ")
    assert _salutation().match("Lieve ")
    assert not _salutation().match("Met ")
