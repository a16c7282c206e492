"""Forty-second round (issue 8). The CLI cases are data, in `tests/cases/round42.yaml`.

- Modal particles between the words of a cue ("onze manager weet er alleen nog niks van" for `manager weet er nog?
  niks van`): the matcher steps over up to two words of `nlp/data/cue_particles.txt` between two positions of a cue
  (`nlp/cues/particles.py`, `match._grow`), never at its start or end; the scope sets (negators, reporting verbs) are
  read as written. A line that names a particle reads it as its own word.

From tune46's misses (holdout46 was committed first and scored once before this work):

- speaking for the organisation's people ("namens ons allemaal bij de gemeente"); a plan to open or reopen beside
  closing (`gevoelig-onderwerp.txt`); "we hebben sinds twee weken een eigen Instagram" (`nieuw-account.txt`);
- a mill, a zoo, a campsite ... as public buildings: "Bel de molen op 0475 ..." is the mill's number;
- "mocht op de foto" is consent only where it says who allowed it (`beeldtoestemming.txt`);
- where the writer heard it inside (`binnen-gehoord.txt`, split from `nog-geheim.txt`) is confidential in basis,
  and news before the formal channels in the Hartekamp Groep (`news-heard-inside`, review) unless the post also says
  it is secret; "het is gisteren officieel bekendgemaakt" (`inmiddels-openbaar.txt`); "geen bestaande mensen" marks a
  story (`fictie.txt`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round42.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r42")


@pytest.fixture(scope="module")
def detector():
    from postcheck.nlp.cues import CueDetector
    sets = {"weet": ("=manager =weet =er =nog? =niks =van",), "vertrouwelijk": ("=is =vertrouwelijk",),
            "even": ("=bel =me =even|=ff? =terug",)}
    return CueDetector.build(sets)


def _hits(detector, text: str) -> list[tuple[str, str]]:
    import spacy
    nlp = spacy.blank("nl")
    doc = nlp.make_doc(text)
    return [(h.label, text[h.start:h.end]) for h in detector.find(doc, text)]


@pytest.mark.parametrize("text, span", [
    ("onze manager weet er alleen nog niks van", "manager weet er alleen nog niks van"),
    ("de manager weet er eigenlijk gewoon niks van", "manager weet er eigenlijk gewoon niks van"),
    ("de manager weet er niks van", "manager weet er niks van"),
])
def test_a_cue_steps_over_particles_between_its_words(detector, text, span):
    assert ("weet", span) in _hits(detector, text)


@pytest.mark.parametrize("text", [
    "de manager weet er echt gewoon wel niks van",      # three particles in a row: too far apart
    "de manager weet er zeker iets van",                # a particle is no wildcard: "iets" is not "niks"
    "de manager weet er toch niet niks van",            # a negator is no particle
])
def test_no_more_than_two_particles_and_only_particles(detector, text):
    assert not [h for h in _hits(detector, text) if h[0] == "weet"]


def test_a_cue_never_starts_or_ends_on_a_particle(detector):
    assert ("vertrouwelijk", "is gewoon vertrouwelijk") in _hits(detector, "dat is gewoon vertrouwelijk hoor, echt")
    # a line that names the particle reads it as its own word
    assert ("even", "bel me even terug") in _hits(detector, "bel me even terug")
    assert ("even", "bel me toch even terug") in _hits(detector, "bel me toch even terug")


def test_scope_sets_are_read_as_written():
    from postcheck.nlp.cues import CueDetector
    det = CueDetector.build({"a": ("=x",)})
    assert det.scope.particles is False and det.anchors.particles is True


def test_the_particle_list_holds_no_negator_conjunction_or_time_word():
    from postcheck.nlp.wordlists import word_set
    words = word_set("cue_particles")
    assert not words & {"niet", "geen", "nooit", "niks", "niets", "maar", "dus", "want", "en", "of", "nog", "al",
                        "inmiddels"}
    assert {"eigenlijk", "gewoon", "echt", "wel"} <= words
