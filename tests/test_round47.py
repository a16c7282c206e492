"""Forty-seventh round (issue 8). The CLI cases are data, in `tests/cases/round47.yaml`."""
from __future__ import annotations

from pathlib import Path

from conftest import flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round47.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r47")


def test_signed_name_takes_a_role_in_brackets_after_the_name():
    from postcheck.nlp.identify.public import signed_name
    assert signed_name("Weet iemand of de kapper komt? Met vriendelijke groet, Gerard Smit (vader van een bewoner)") \
        == "Gerard Smit"
    assert signed_name("Weet iemand of de kapper komt? Groet, Gerard Smit (zie ook de groep) en nog meer tekst") is None


def test_the_judge_may_not_name_the_writer_who_signs():
    from postcheck.nlp.judge.facts import may_state
    signed = "Weet iemand of de kapper morgen komt? Met vriendelijke groet, Gerard Smit (vader van een bewoner)"
    assert not may_state("client-name", signed)
    # another name in the post still may be someone's
    assert may_state("client-name", "Hoe gaat het met Sanne? " + signed)
    assert may_state("personal-data", signed.replace("morgen", "om 06-12345678"))


def test_a_possessive_opening_refers_back():
    from postcheck.nlp.cues.scope import Bounds
    b = Bounds("Neem onze klant Domus. Hun planning draait op een oude pc. Het weer was mooi.")
    assert b.refers_back(b.text.index("planning"))
    assert not b.refers_back(b.text.index("weer"))


def test_a_greeting_before_a_name_is_no_initial():
    from postcheck.nlp.names import NameDetector
    det = NameDetector.load()
    text = "Hoi. Sanne Jansen woont hier sinds mei. Yo. Rachid hier. Ja. Peter de Vries komt ook."
    found = {text[h.start:h.end] for h in det.find(text)}
    assert "Sanne Jansen" in found and "Peter de Vries" in found
    assert not any(f.startswith(("Hoi", "Yo", "Ja")) for f in found), found
    # an initial stays one: "J. Th. de Vries"
    assert "J. Th. de Vries" in {t[h.start:h.end] for t in ["Gisteren sprak ik J. Th. de Vries."] for h in det.find(t)}
