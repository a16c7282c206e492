"""Forty-fourth round (issue 8). The CLI cases are data, in `tests/cases/round44.yaml`.

- A phone number, address or postcode in the contact block of the page a post is published on (a line naming the
  front matter's `page:`, or short lines right under it, in a post of official capacity) is the page's own published
  contact data: rules read it as business-phone / business-address (`kinds/detect.py`, `page_contact`).
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import flag_pass_tests, yaml_flag_pass
from postcheck.kinds.detect import page_contact

CASES = Path(__file__).parent / "cases" / "round44.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r44")


def _ctx(text: str, page="Bakkerij Oomen", capacity="official"):
    return SimpleNamespace(front_matter={"page": page} if page else {}, capacity=capacity,
                           norm=SimpleNamespace(text=text))


BLOCK = "Vrijdag zijn we dicht.\n\nBakkerij Oomen\nDorpsstraat 9\n5131 AB Alphen\n06 12345678"


@pytest.mark.parametrize("needle, expected", [("Dorpsstraat", True), ("5131", True), ("06 1", True)])
def test_page_contact_under_the_page_name(needle, expected):
    assert page_contact(_ctx(BLOCK), BLOCK.index(needle)) is expected


def test_page_contact_on_the_name_line_itself():
    text = "Kom langs bij bakkerij oomen, Dorpsstraat 9"
    assert page_contact(_ctx(text), text.index("Dorpsstraat"))


@pytest.mark.parametrize("text", [
    "Bakkerij Oomen\n\nDorpsstraat 9",                   # a blank line ends the block
    "Bakkerij Oomen\na\nb\nc\nDorpsstraat 9",            # more than three lines up
    "Bakkerij Oomen\n" + "woord " * 30 + "\nDorpsstraat 9",   # a line of prose between
    "Bakkerij Jansen\nDorpsstraat 9",                    # another name
])
def test_no_page_contact(text):
    assert not page_contact(_ctx(text), text.index("Dorpsstraat"))


@pytest.mark.parametrize("page, capacity", [(None, "official"), ("Bakkerij Oomen", "personal"), ("ab", "official")])
def test_page_contact_needs_a_page_and_official_capacity(page, capacity):
    assert not page_contact(_ctx(BLOCK, page, capacity), BLOCK.index("Dorpsstraat"))
