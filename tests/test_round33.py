"""Thirty-third round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round33.yaml`; this module holds the unit tests.

From tune37 (holdout37 was committed first and scored once before this work):

- Gronings "nait", Twents and Achterhoeks "nich" and the eastern and southern "mien" read as "niet" and "mijn";
- the organisation's own contact person addressed by title and surname ("mevrouw Van der Poel" for Susanne van der
  Poel) is not a name to report;
- a surname that is also an ordinary word before an article and an unlisted word ("Bel de Kindertelefoon") and a
  function word that ends a sentence ("Eén. Bij ons ...") are no names;
- a logo is the topic of a home-made one also where the writer could not find it; leaving with the admin role or the
  password "meegenomen" or "nog";
- a colleague asked whether she may be named, with words between "vroeg" and "of" ("ik vroeg haar vanochtend of ik
  haar mocht noemen ... prima"), consents to her name;
- Domus's approval recorded with the tenant's consent to the image lifts the tenant's name
  (`images: clients consented`);
- the judge vouches for a long draft one rule sent to review (`lower_max_chars`, default any length).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flag_pass_tests, yaml_flag_pass
from postcheck.engine import _titled
from postcheck.evaluate import _images_show
from postcheck.nlp.cues.spelling import table
from postcheck.nlp.names.detector import NameDetector

CASES = Path(__file__).parent / "cases" / "round33.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r33")


def test_dialect_negators_and_possessive_read_as_standard_words():
    t = table()
    assert t["nait"] == "niet" and t["nich"] == "niet" and t["mien"] == "mijn"


def test_a_contact_is_also_their_title_and_surname():
    assert "mevrouw van der Poel" in _titled("Susanne van der Poel")
    assert "dhr. Jansen" in _titled("Piet Jansen")
    assert _titled("Susanne") == ()          # one word: no surname to stand alone


@pytest.fixture(scope="module")
def names():
    return NameDetector.load()


def _found(det, text):
    return [text[h.start:h.end] for h in det.find(text)]


def test_an_imperative_before_a_named_thing_is_no_name(names):
    assert _found(names, "Bel de Kindertelefoon: 0800-0432.") == []
    # a surname on the list after the interfix, or a first name in front, is still a name
    assert _found(names, "Bakker de Groot kwam langs.") == ["Bakker de Groot"]
    assert _found(names, "Bas de Vries kwam langs.") == ["Bas de Vries"]


def test_a_function_word_ending_a_sentence_is_no_initial(names):
    assert _found(names, "Niet drie. Eén. Bij ons hangt hij in de keuken.") == []
    assert _found(names, "Niet drie. Een. Bij ons hangt hij.") == []
    # real abbreviated first names stay initials
    assert _found(names, "Th. Bij kwam langs.") == ["Th. Bij"]
    assert _found(names, "Joh. de Vries kwam langs.") == ["Joh. de Vries"]


def test_images_clients_consented_needs_consent_on_an_image_of_clients():
    consented = [{"file": "a.jpg", "shows": ["clients", "property"], "consent": True}]
    assert _images_show(consented, "clients consented")
    assert _images_show(consented, "clients")
    assert not _images_show([{"file": "a.jpg", "shows": ["clients"]}], "clients consented")
    assert not _images_show([{"file": "a.jpg", "shows": ["clients"], "consent": "ja"}], "clients consented")
    assert not _images_show([{"file": "a.jpg", "shows": ["property"], "consent": True}], "clients consented")


def test_the_judge_never_lowers_facts_an_image_without_consent_or_a_kept_rule():
    from postcheck.kinds.judge import never_lowered
    assert never_lowered("image-consent", "front-matter", "client-image", ())      # the judge sees no image
    assert never_lowered("person-name", "names", "person-name", ())               # a detected fact
    assert never_lowered("news", "cue", "media-tip", ("media-tip",))              # a rule the pack keeps
    assert not never_lowered("approval", "front-matter", "property-image", ())    # a Domus photo: words may weigh it
    assert not never_lowered("image-consent", "cue", "client-image-text", ())     # an image told in words
    assert not never_lowered("confidential", "cue", "internal-marker", ("media-tip",))
