"""Thirty-fourth round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round34.yaml`; this module holds the unit tests.

From tune38 and holdout37's misses (holdout38 was committed first and scored once before this work):

- a negator in a subordinate clause negates a cue in that same clause ("omdat je geen foto's van pleegkinderen online
  zet"); only a verb meeting its subject pronoun, or two finite verbs side by side, end the clause before the cue;
- a negator that opens a cue ("niet doorsturen") also negates a cue joined to it by "of"/"en" ("... of screenshotten");
- "eikels" (acorns) is no insult on its own; "eikel" still is;
- someone's "eigen nummer" or "mobiel" keeps a number private in a business paragraph; a firm's grounds
  ("ons terrein aan de ...") have a business address;
- a colleague's personnel case (suspended, dismissed, a formal warning), hearsay too, and a colleague named by her
  shift; an incident at the organisation (a data breach reported, the police on the grounds) from a personal account;
- Heemstede: contradicting a critic ("dat is echt niet eerlijk", "wij nemen elke klacht serieus"); an error owned up
  to and left standing (`error-left-standing`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import cue_scopes, flag_pass_tests, yaml_flag_pass
from postcheck.nlp.cues.spelling import table

CASES = Path(__file__).parent / "cases" / "round34.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r34")


def test_city_dialect_spellings_read_as_standard_words():
    t = table()
    assert t["hullie"] == "hun" and t["ut"] == "het" and t["hep"] == "heb" and t["zullie"] == "zij"


@pytest.fixture(scope="module")
def nlp(blank_nl):
    return blank_nl


_scopes = cue_scopes


def test_a_negator_in_the_cues_own_subordinate_clause_negates_it(nlp, tmp_path):
    sets = {"x": ["foto's", "in Canva", "krijg je een klap", "goedkoper"]}
    got = _scopes(nlp, sets, "Ik deel dit omdat je geen namen en foto's online zet.", tmp_path)
    assert got == [("foto's", ["negated"])]
    got = _scopes(nlp, sets, "Het is beter dat je een logo niet even zelf in Canva opfrist.", tmp_path)
    assert got == [("in Canva", ["negated"])]


def test_a_verb_and_its_subject_or_two_finite_verbs_end_the_subordinate_clause(nlp, tmp_path):
    sets = {"x": ["krijg je een klap", "goedkoper", "ik bel de politie"]}
    assert _scopes(nlp, sets, "Als je niet oppast krijg je een klap.", tmp_path) == [("krijg je een klap", [])]
    assert _scopes(nlp, sets, "Als hij niet betaalt ik bel de politie.", tmp_path) == [("ik bel de politie", [])]
    got = _scopes(nlp, sets, "Het bedrijf dat het niet werd was goedkoper.", tmp_path)
    assert got == [("goedkoper", [])]
    # one finite verb and an infinitive in "-en" are one verb cluster: the clause goes on
    got = _scopes(nlp, sets, "Omdat het niet kan worden goedkoper gemaakt.", tmp_path)
    assert got == [("goedkoper", ["negated"])]


def test_a_cue_joined_to_a_negated_cue_shares_its_negator(nlp, tmp_path):
    sets = {"req": ["=niet =doorsturen"], "share": ["screenshotten", "printen"]}
    got = _scopes(nlp, sets, "Dus niet doorsturen of screenshotten.", tmp_path)
    assert ("screenshotten", ["negated"]) in got
    # not joined: a cue further on keeps its own scope
    got = _scopes(nlp, sets, "Niet doorsturen, maar wel printen voor de map.", tmp_path)
    assert ("printen", []) in got


def test_the_comma_of_an_enumeration_is_no_clause_break():
    from postcheck.nlp.cues.scope import Bounds
    text = "Je vindt hier nooit een naam, foto of verhaal van ons."
    b = Bounds.of(text)
    assert not b.clause_break(text.index("naam"), text.index("foto"))
    # a comma before a new clause still is one
    text = "Niet normaal, dit is vertrouwelijk en geheim."
    assert Bounds.of(text).clause_break(text.index("Niet"), text.index("dit"))


def test_an_organisations_line_is_named_by_what_it_is_called():
    from postcheck.nlp.contacts import _line_noun_re
    line = _line_noun_re()
    assert line.search("Sterk Huis heeft een informatienummer:") and line.search("De Mantelzorglijn is er voor je")
    # a person's emergency number is no organisation's line
    assert not line.search("het noodnummer van mijn zus") and not line.search("mijn nummer")
