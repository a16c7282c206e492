"""Thirty-second round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round32.yaml`; this module holds the unit tests.

From tune36 (holdout36 was committed first and scored once before this work):

- chat, clitic and dialect spellings ("t", "'t", "k", "m'n", "ff", "nie", "egt") read as the standard word the cue
  lines are written in (`nlp/cues/spelling.py`, `nlp/data/spelling_variants.txt`), on both sides: a cue word written
  as a variant is compiled in the standard form, a document's variant token reads as it; a capital or an initial
  ("Tim K.") is no variant;
- the writer introducing themselves with an age ("ik ben jayden, 17 jaar") is not a child named by someone else;
- a client described by an age in words ("het meisje van veertien") and placed with the writer ("dat ... bij ons was
  geplaatst");
- a confidential document in a story that says it is made up; a wish that the parties behind a plan are punished at
  the polls, in the passive; "ik herken dit ... niet" answers criticism; "de manager zag het nut er niet van in";
  "niemand die het doorheeft" hides an account only where an account or name is in the sentence.
"""
from __future__ import annotations

from pathlib import Path

import spacy

from conftest import flag_pass_tests, yaml_flag_pass
from postcheck.nlp.cues import CueDetector
from postcheck.nlp.cues.spelling import standard, table

CASES = Path(__file__).parent / "cases" / "round32.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r32")


def _sets(entries: list[str], text: str) -> list[str]:
    det = CueDetector.build({"s": entries})
    nlp = spacy.blank("nl")
    return [text[h.start:h.end] for h in det.find(nlp(text), text)]


def test_spelling_table_reads_its_data_file():
    t = table()
    assert t["'t"] == "het" and t["ff"] == "even" and t["m'n"] == "mijn" and t["nie"] == "niet"
    assert standard("huis") == "huis"       # no variant: the word itself


def test_a_variant_in_the_text_matches_the_standard_cue_word():
    assert _sets(["=van =mij =heb =je =het =niet"], "van mij heb je t niet") == ["van mij heb je t niet"]
    assert _sets(["=van =mij =heb =je =het =niet"], "van mij heb je 't nie") == ["van mij heb je 't nie"]
    assert _sets(["=ik =weet =het =echt =niet"], "k weet t egt niet") == ["k weet t egt niet"]


def test_a_variant_in_the_cue_matches_the_standard_word_and_the_variant():
    assert _sets(["=hou =het =ff =stil"], "hou het even stil") == ["hou het even stil"]
    assert _sets(["=hou =het =ff =stil"], "hou het effe stil") == ["hou het effe stil"]
    assert _sets(["=in =m'n =eigen =tijd"], "in mijn eigen tijd") == ["in mijn eigen tijd"]


def test_a_capital_letter_or_an_initial_is_no_variant():
    # "K" is a capital and "k." an initial: neither is the chat "k" for "ik"
    assert _sets(["=ik =weet =het"], "Tim K weet het") == []
    assert _sets(["=ik =weet =het"], "tim k. weet het") == []
    assert _sets(["=ik =weet =het"], "tim, k weet het") == ["k weet het"]
