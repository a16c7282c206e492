"""Personal-data checks delegated to python-stdnum and phonenumbers, with our own candidates."""
from __future__ import annotations

import pytest

from postcheck.nlp.personal_data import DETECTORS, LABELS, Allow, find_personal_data
from postcheck.nlp.personal_data.phone import _allowed


NO_ALLOW = Allow()


def labels(text, allow=NO_ALLOW):
    return [(text[h.start:h.end], h.label) for h in find_personal_data(text, allow)]


def test_every_detector_module_declares_its_labels():
    assert LABELS == ("phone", "email", "postcode", "address", "bsn", "iban", "dob", "plate", "child-age")
    for d in DETECTORS:
        assert d.LABELS and callable(d.find)


@pytest.mark.parametrize("number", ["+32 470 12 34 56", "0032470123456", "0032 470 12 34 56"])
def test_allow_listed_belgian_number_in_any_notation(number):
    text = "Bel ons op +32 470 12 34 56 of mail."
    assert ("+32 470 12 34 56", "phone") in labels(text)
    assert not [x for x in labels(text, Allow(phones=frozenset({number}))) if x[1] == "phone"]


def test_allow_list_normalisation_keeps_what_was_given():
    assert {"14023", "0475337323"} <= _allowed(frozenset({"14023", "0475337323"}))
    assert "+32470123456" in _allowed(frozenset({"0032470123456"}))
    assert _allowed(frozenset({"geen nummer"})) == frozenset({"geen nummer"})


def test_other_numbers_stay_reported_with_an_allow_list():
    text = "Bel 06-12345678 of +32 470 12 34 56."
    got = labels(text, Allow(phones=frozenset({"0612345678"})))
    assert got == [("+32 470 12 34 56", "phone")]


@pytest.mark.parametrize("text,expected", [
    ("BSN 123456782 van de klant", [("123456782", "bsn")]),
    ("BSN 123456783 van de klant", []),                     # 11-test fails
    ("nummer 000000000 klopt niet", []),                    # passes the 11-test, but no BSN
    ("IBAN NL91 ABNA 0417 1643 00 graag", [("NL91 ABNA 0417 1643 00", "iban")]),
    ("IBAN NL91 ABNA 0417 1643 01 graag", []),              # mod-97 fails
    ("rekening DE48TGDY37585847195406 graag", []),          # mod-97 holds, but a German BBAN is digits only
    ("Postcode 3511 LZ Utrecht", [("3511 LZ", "postcode")]),
    ("Postcode 3511 SS Utrecht", []),                       # SS is never issued
])
def test_checks_by_python_stdnum(text, expected):
    kinds = {"BSN": "bsn", "nummer": "bsn", "IBAN": "iban", "rekening": "iban", "Postcode": "postcode"}
    label = kinds[text.split()[0]]
    assert [x for x in labels(text) if x[1] == label] == expected
