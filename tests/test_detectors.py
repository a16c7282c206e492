"""Detector tests: exact spans for every supported form, and traps that must stay silent.

All names, numbers and addresses are made up.
"""
from __future__ import annotations

import pytest

from postcheck.nlp.names import NameDetector
from postcheck.nlp.personal_data import Allow, find_personal_data

# (text, expected span text, label)
FOUND = [
    ("Bel me op 06-12345678.", "06-12345678", "phone"),
    ("Bel 06 12 34 56 78 gerust", "06 12 34 56 78", "phone"),
    ("nummer 0612345678", "0612345678", "phone"),
    ("Bel +31 6 12345678", "+31 6 12345678", "phone"),
    ("Bel +31 (0)6 12345678", "+31 (0)6 12345678", "phone"),
    ("Bel 0031 6 12345678", "0031 6 12345678", "phone"),
    ("tel. (0475) 33 73 23", "(0475) 33 73 23", "phone"),
    ("tel. 023-5101411", "023-5101411", "phone"),
    ("tel. 020 - 123 45 67", "020 - 123 45 67", "phone"),
    ("Bel de gemeente op 14 023.", "14 023", "phone"),
    ("Gratis: 0800-1234", "0800-1234", "phone"),
    ("Betaald: 0900 1234567", "0900 1234567", "phone"),
    ("[bel](tel:+31612345678)", "+31612345678", "phone"),
    ("Mail naar anouk.jansen@gmail.com.", "anouk.jansen@gmail.com", "email"),
    ("mailto:k.de.vries@provider.nl", "k.de.vries@provider.nl", "email"),
    ("Postcode 2011 JK Haarlem", "2011 JK", "postcode"),
    ("Postcode 2011JK 12", "2011JK 12", "postcode"),
    ("Hij woont in de Kerkstraat 12a.", "Kerkstraat 12a", "address"),
    ("Adres: Kerkstraat 12-III", "Kerkstraat 12-III", "address"),
    ("Adres: Dorpsstraat 5 bis", "Dorpsstraat 5 bis", "address"),
    ("Adres: Oude Gracht 3, Utrecht", "Oude Gracht 3", "address"),
    ("Adres: Lindelaan 7 A", "Lindelaan 7 A", "address"),
    ("Ze woont op de Kerkstraat 12 en heeft 3 katten.", "Kerkstraat 12", "address"),
    ("ze woont op de kerkstraat 12 in roermond", "kerkstraat 12", "address"),
    ("die van de hertogsingel 8a klaagt weer", "hertogsingel 8a", "address"),
    ("BSN 123456782", "123456782", "bsn"),
    ("BSN 123.456.782", "123.456.782", "bsn"),
    ("IBAN NL91ABNA0417164300", "NL91ABNA0417164300", "iban"),
    ("IBAN NL91 ABNA 0417 1643 00.", "NL91 ABNA 0417 1643 00", "iban"),
    ("IBAN BE68 5390 0754 7034", "BE68 5390 0754 7034", "iban"),
    ("Femke is geboren op 12-03-2011.", "12-03-2011", "dob"),
    ("Femke, geb. 12 maart 2011", "12 maart 2011", "dob"),
    ("geboortedatum: 12/03/2011", "12/03/2011", "dob"),
    ("Femke ° 12.03.2011", "12.03.2011", "dob"),
    ("kenteken GX-12-34", "GX-12-34", "plate"),
    ("kenteken 12-GX-34", "12-GX-34", "plate"),
    ("kenteken 99-XXX-9 gezien", "99-XXX-9", "plate"),
    ("kenteken X-999-XX", "X-999-XX", "plate"),
    ("kenteken GHJ-12-K", "GHJ-12-K", "plate"),
    ("kenteken 1-KBB-23", "1-KBB-23", "plate"),
    ("Femke (9) speelde mee.", "Femke (9)", "child-age"),
    ("Met Daan, 7 jaar, erbij.", "Daan, 7 jaar", "child-age"),
    ("Dit is onze Femke van 9.", "Femke van 9", "child-age"),
    ("Sanne (4 jaar) tekende.", "Sanne (4 jaar)", "child-age"),
]


@pytest.mark.parametrize("text,span,label", FOUND)
def test_found_with_exact_span(text, span, label):
    hits = [h for h in find_personal_data(text) if h.label == label]
    assert [text[h.start:h.end] for h in hits] == [span]


TRAPS = [
    "Route: https://www.google.com/maps/place/@52.0899045,5.1123456,17z",
    "color: #4992AD;",
    "expect(validatePostcode('1000 AA')).toBe(true)",
    "Postcode 7777 AA of 9992 AA of 9999 ZZ of 1234 AB",
    "Postcode 1234 SA bestaat niet",
    "https://www.amazon.com/dp/0321503627",
    "ISBN 0321503627",
    "BSN 123456789",
    "IBAN NL92ABNA0417164300",
    "We gebruiken Python 3.8.18 en spaCy 3.8.",
    "Het kost € 12,50 per persoon.",
    "Op 12-03-2011 was er een bijeenkomst.",
    "We beginnen om 14.30 uur.",
    "In Heemstede en Posterholt.",
    "De Kerkstraat is afgesloten.",
    "Windows 10 en Top 10 en Versie 3.",
    "Fronteers Conference 2016 start vrijdag",
    "Halverwege 2020 switchte ik van baan.",
    "Dat kost 1250 MG per dag",
    "mail john.doe@acme.com of info@example.com of jan.jansen@voorbeeld.nl",
    "Zie logo@2x.png",
    "99999 99999 en 1234567890",
    "Kamer D8.131 op verdieping 3",
    "ISO-8859-1 en UTF-8 en COVID-19",
    "Versie 0.12.1234567 is uit",
    "Maart (9) was een goede maand",
    "Hoofdstuk 3, 12 jaar later",
    "Er waren 06 personen",
    "We zagen 20 procent van 9 deelnemers",
    "In 2019 NL was er 2020 EN en 2021 EU",
    "Steden met de meeste leden: Amsterdam 67 leden, Rotterdam 29 leden",
    "Aan de Kerkstraat 12 woningen opgeleverd en aan de Lindelaan 40 appartementen.",
    "in het plantsoen 3 eenden en op de snelweg 12 auto's, in de straat 4 kinderen",
    "de kerkstraat 2020 editie was leuk",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_silent(text):
    hits = find_personal_data(text)
    assert [(text[h.start:h.end], h.label) for h in hits] == []


def test_allow_list_skips_own_contacts():
    text = "Bel 0475-337323 of mail info@domus.nl of a.b@domus.nl; privé 06-12345678"
    allow = Allow(phones=frozenset({"0475337323"}), emails=frozenset({"@domus.nl"}))
    hits = find_personal_data(text, allow)
    assert [(text[h.start:h.end], h.label) for h in hits] == [("06-12345678", "phone")]


def test_bare_ten_digits_is_weak_and_mobile_strong():
    (h,) = find_personal_data("nummer 0235101411")
    assert h.strength == "weak"
    (h,) = find_personal_data("nummer 0612345678")
    assert h.strength == "strong"


def test_role_address_is_weak():
    (h,) = find_personal_data("mail bestuur@vereniging.nl")
    assert h.label == "email" and h.strength == "weak"


def test_offsets_point_into_text():
    text = "Anouk (8) woont op Kerkstraat 4, 2011 JK Haarlem; bel 06-98765432."
    for h in find_personal_data(text):
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start:h.end].strip() == text[h.start:h.end]


# --------------------------------------------------------------------------- names

@pytest.fixture(scope="module")
def names():
    return NameDetector.load(exclude=["Domus", "Sterk Huis", "Hartekamp", "Heemstede"])


NAMES = [
    ("Gisteren sprak ik Anouk Jansen.", "Anouk Jansen", "strong"),
    ("Kees van der Berg kwam ook.", "Kees van der Berg", "strong"),
    ("Met Els de Vries.", "Els de Vries", "strong"),
    ("Met Jan ter Horst.", "Jan ter Horst", "strong"),
    ("Met Lieke van 't Hek.", "Lieke van 't Hek", "strong"),
    ("Door A. van den Berg.", "A. van den Berg", "strong"),
    ("Door A.M. v.d. Berg.", "A.M. v.d. Berg", "strong"),
    ("Door J.C. Schoutenbeek.", "J.C. Schoutenbeek", "strong"),
    ("Wij spraken mevrouw Van den Berg.", "mevrouw Van den Berg", "strong"),
    ("Wij spraken meneer Jansen.", "meneer Jansen", "strong"),
    ("Wij spraken dhr. Yilmaz.", "dhr. Yilmaz", "strong"),
    ("Wij spraken mevr. De Wit.", "mevr. De Wit", "strong"),
    ("De klas van juf Sanne.", "juf Sanne", "strong"),
    ("De klas van meester Bart.", "meester Bart", "strong"),
    ("Volgens dr. Pietersen klopt het.", "dr. Pietersen", "strong"),
    ("Volgens prof. Smit klopt het.", "prof. Smit", "strong"),
    ("Piet Achternaam schreef dit.", "Piet Achternaam", "strong"),
    ("Met Pieter Oude Nijhuis.", "Pieter Oude Nijhuis", "strong"),
    ("Met Prof. Dr. A.B. de Vries.", "Prof. Dr. A.B. de Vries", "strong"),
    ("Daarna kwam Piet Jansen binnen.", "Piet Jansen", "strong"),
    ("Hallo Sanne, hoe gaat het?", "Sanne", "weak"),
    ("Met Jan-Willem.", "Jan-Willem", "weak"),
    ("Een brief van van der Sluis.", "van der Sluis", "strong"),
    ("Wij spraken meneer Xyzzy.", "meneer Xyzzy", "strong"),       # title + a word on no list
    ("Groeten,\nmevrouw Jansen", "mevrouw Jansen", "strong"),      # title at a line start
    ("Gisteren sprak A. Verhoeven ons aan.", "A. Verhoeven", "strong"),  # a name, then a verb: stays
]


@pytest.mark.parametrize("text,span,strength", NAMES)
def test_name_found(names, text, span, strength):
    hits = names.find(text)
    assert [(text[h.start:h.end], h.strength) for h in hits] == [(span, strength)]
    assert all(h.label == "person" for h in hits)


NOT_NAMES = [
    "We gingen naar Heemstede.",
    "Vandaag was het druk. Daarna gingen we naar huis.",
    "Op Maandag in Maart.",
    "Posterholt, Kessel en Montfort liggen in Limburg.",
    "We delen het op Google en Facebook en WhatsApp.",
    "Bouwbedrijf Lemmen bouwt het.",
    "De Kerkstraat is afgesloten.",
    "Sterk Huis en Domus werken samen in Hartekamp.",
    "De Nederlandse overheid.",
    "Open Nederland en Utrecht.",
    "Plan A. Daarna gingen we verder.",
    "De ketels in blok A. Wilt u de sleutel afgeven?",     # initial + verb-first question
    "in fase b. Kunnen jullie morgen thuis zijn?",
    "Trappenhuis C. Hebben we daar al de sleutel van?",
    "We kwamen van Utrecht.",
    "Het HTML en de API.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_a_name(names, text):
    assert [text[h.start:h.end] for h in names.find(text)] == []


def test_excluded_organisation_word_is_not_a_name():
    det = NameDetector.load(exclude=["Hartekamp"])
    assert det.find("Groeten van Hartekamp.") == []


def test_allowed_municipal_short_number_is_not_reported():
    from postcheck.nlp.personal_data import Allow, find_personal_data
    text = "Bel de gemeente op 14 023 of mij op 06-12345678."
    assert [h.label for h in find_personal_data(text)] == ["phone", "phone"]
    hits = find_personal_data(text, Allow(phones=frozenset({"14023"})))
    assert [text[h.start:h.end] for h in hits] == ["06-12345678"]


def test_repeated_chains_each_found_at_their_own_offsets(names):
    # the detector remembers decisions per chain text: repeats (also in later documents,
    # at other offsets) must give the same hits as the first occurrence
    text = ("Anouk Jansen belde. Later belde Anouk Jansen weer, met mevrouw Jansen en J.C. Schoutenbeek; "
            "daarna mevrouw Jansen en J.C. Schoutenbeek. Hallo Sanne en Sanne.")
    want = [("Anouk Jansen", "strong"), ("Anouk Jansen", "strong"), ("mevrouw Jansen", "strong"),
            ("J.C. Schoutenbeek", "strong"), ("mevrouw Jansen", "strong"), ("J.C. Schoutenbeek", "strong"),
            ("Sanne", "weak"), ("Sanne", "weak")]
    for doc in (text, text, "Vooraf. " + text, text.replace("; ", ";\n").replace(". Hallo", ".\nHallo")):
        assert [(doc[h.start:h.end], h.strength) for h in names.find(doc)] == want


def test_excluded_word_in_a_chain_also_after_the_same_chain_elsewhere():
    det = NameDetector.load(exclude=["Hartekamp"])
    for text in ("Met Anouk Visser en Anouk Hartekamp.", "Met Anouk Hartekamp en Anouk Visser.",
                 "Met Anouk Hartekamp en Anouk Visser."):
        hits = [(text[h.start:h.end], h.strength) for h in det.find(text)]
        assert sorted(hits) == [("Anouk", "weak"), ("Anouk Visser", "strong")]
