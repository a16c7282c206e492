"""Forty-sixth round (issue 8). The CLI cases are data, in `tests/cases/round46.yaml`; the stacked judge's `hold`
sets have their own tests (`tests/test_stack.py`)."""
from __future__ import annotations

from pathlib import Path

from conftest import flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round46.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r46")
