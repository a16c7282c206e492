"""Forty-sixth round (issue 8). The CLI cases are data, in `tests/cases/round46.yaml`; the stacked judge's `hold`
sets have their own tests (`tests/test_stack.py`)."""
from __future__ import annotations

from pathlib import Path

from conftest import flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round46.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r46")


def test_signed_name_reads_the_name_under_a_closing_greeting_near_the_end():
    from postcheck.nlp.identify.public import signed_name
    assert signed_name("Mooie dag gehad op de markt.\n\nHoudoe,\nHenk") == "Henk"
    assert signed_name("Tot zaterdag op de markt! Groetjes, Noor de Wit") == "Noor de Wit"
    footer = "\n\n*Dit schrijf ik op persoonlijke titel.*"
    assert signed_name("Mooie dag gehad op de markt.\n\nHoudoe,\nHenk" + footer) == "Henk"
    # no greeting, or one far from the end, signs nothing
    assert signed_name("Henk en ik hebben vandaag de kraam opgebouwd.") is None
    assert signed_name("Groetjes, Noor\n\n" + "Daarna gingen we nog lang door met de kraam. " * 10) is None
    # a greeting in the middle of a sentence is no signature ("de groeten van Henk aan iedereen")
    assert signed_name("Ik moest de groeten doen van Henk aan iedereen hier op de markt.") is None
    # the greeting is a word of its own: "begroet" is no sign-off
    assert signed_name("Zo werd ik vandaag begroet,\nHenk") is None
