"""Seventh round, confidentiality and identifiable people: phrasing families the detectors missed.

* a home address typed in lower case: a street on deduce's street list, a house number and a place name
  ("heerbaan 112 roermond"), and a lower-case postcode with a space before a place name or after
  "postcode" ("6041 kd roermond");
* a child's age with more inside the brackets ("Noor (9, groep 6 van de Crayenesterschool)");
* a care or case word as a hashtag ("#leerplicht") tags the whole post: with an identifiable person in
  any sentence it is that person's case;
* plans that the people concerned do not know yet ("de bewoners weten er nog niks van") about a demolition
  in chat words ("de flat platgooien");
* a moderator's house rule on sharing ("niet doorsturen, geen screenshots maken en niet delen op Insta") is no
  secret marked as such (cue set `deelregel`, in the same sentence as the signal);
* a named child is `person-name` in the basis pack (the care packs say `client-name`): the devset writers
  never filed one as `personal-data` (the count is in rules/basis.yaml, child-identified).
Detector cases first (fast), then a few through the CLI (one run per pack).
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids
from postcheck.nlp.identify import PersonFinder
from postcheck.nlp.personal_data.detect import find_personal_data

ADDRESS_FLAG = [
    ("nooit meer dit adres 🤢 heerbaan 112 roermond, 14 katten", "heerbaan 112"),
    ("ze woont op molenweg 4, 6041 kd roermond", "molenweg 4"),
    ("HOOFDSTRAAT 12 ZWOLLE", None),   # capitals: the ordinary detector's case, checked below
    ("stuur maar naar heerbaan 112 in roermond", None),
]
ADDRESS_PASS = [
    "in 2019 de markt 12 haarlem",          # "markt" is an ordinary word
    "onze loopbaan 12 jaar lang",
    "route 66 zwolle",
    "molenweg 4 is mooi",                    # no place after the number
    "we waren met 12 man in zwolle",
]
POSTCODE_FLAG = [
    ("6041 kd roermond", "6041 kd"),
    ("kerkweg 4, 6041 kd roermond", "6041 kd"),
    ("postcode 6041 kd", "6041 kd"),
    ("postcode: 2011 ab, vlakbij het station", "2011 ab"),
]
POSTCODE_PASS = [
    "we hebben 2024 en 2025 zwolle gedaan",   # "en" is a word
    "1500 op zwolle",
    "om 1250 mg haarlem",
    "de postcode is 6041 kd",                 # no place, "postcode" not right before
    "in 1985 de haarlem",
]


def _spans(text, label):
    return [text[h.start:h.end] for h in find_personal_data(text) if h.label == label]


@pytest.mark.parametrize("text,span", [c for c in ADDRESS_FLAG if c[1]])
def test_lower_case_home_address(text, span):
    assert span in _spans(text, "address")


def test_lower_case_street_needs_the_place_right_after_the_number():
    assert _spans("stuur maar naar heerbaan 112 in roermond", "address") == []


@pytest.mark.parametrize("text", ADDRESS_PASS)
def test_no_lower_case_address(text):
    assert _spans(text, "address") == []


@pytest.mark.parametrize("text,span", POSTCODE_FLAG)
def test_lower_case_postcode_with_place_or_keyword(text, span):
    assert _spans(text, "postcode") == [span]


@pytest.mark.parametrize("text", POSTCODE_PASS)
def test_no_lower_case_postcode(text):
    assert _spans(text, "postcode") == []


CHILD_FLAG = [
    ("Noor (9, groep 6 van de Crayenesterschool) gaat weer naar school", "Noor (9"),
    ("noor (9, groep 6) gaat weer elke dag", "noor (9"),
    ("Max (12, net verhuisd) vond het geweldig", "Max (12"),
    ("Sem (8 jaar, groep 4) mocht knippen", "Sem (8 jaar"),
]
CHILD_PASS = [
    "Hoofdstuk (3, 4 en 5) gaat over veilig werken",
    "Emma (2, 4 en 6) zijn de groepen",
    "Noor (34, teamleider) opende de avond",
]


@pytest.mark.parametrize("text,span", CHILD_FLAG)
def test_child_age_with_more_in_brackets(text, span):
    hits = [text[h.start:h.end] for h in PersonFinder().find(text) if h.label == "child-name"]
    assert hits == [span]


@pytest.mark.parametrize("text", CHILD_PASS)
def test_no_child_in_brackets(text):
    assert [h for h in PersonFinder().find(text) if h.label == "child-name"] == []


HASHTAG_FLAG = [
    "Noor (9) zat een half jaar thuis. Nu gaat ze weer elke dag!! #leerplicht #heemstede",
    "Zo trots op Sem (10), hij is er weer bij. #thuiszitter",
    "Milan (8) heeft een goede week gehad. Op naar de volgende! #autisme",
]
HASHTAG_PASS = [
    "Mooie dag op school vandaag. #leerplicht #heemstede",                 # nobody identified
    "Trots op ons team! Sem (8) mocht de lintjes knippen. #leerplichtweek",  # another hashtag
    "Noor (9) mocht de lintjes knippen. Over leerplicht later meer.",       # not a hashtag, other sentence
]


@pytest.mark.parametrize("text", HASHTAG_FLAG)
def test_detail_hashtag_tags_the_post(text):
    assert "person-details" in {h.label for h in PersonFinder().find(text)}


@pytest.mark.parametrize("text", HASHTAG_PASS)
def test_no_detail_hashtag(text):
    assert "person-details" not in {h.label for h in PersonFinder().find(text)}


# (pack, rule ids of which one must fire / none may fire, text)
CLI_FLAG = [
    ("domus", ["home-address"], "nooit meer dit adres 🤢 heerbaan 112 roermond, 14 katten en een vieze bak"),
    ("heemstede", ["home-address"], "stuur de kaart naar kerkweg 4, 2101 ab heemstede, ze is jarig"),
    ("heemstede", ["person-details"],
     "Soms is dit werk mooi. Noor (9, groep 6 van de Crayenesterschool) zat een half jaar thuis. Zo trots!! "
     "#leerplicht"),
    ("domus", ["child-identified", "child-name"],
     "Bij de klus kwam elke middag Sem, 6 jaar, groep 3 van basisschool De Regenboog, kijken."),
    ("heemstede", ["credential"], "jongens de poort bij de werf is gewoon 4471# , staat op het briefje 😂"),
    ("sterkhuis", ["credential"], "achterdeur klemt, code is weer 5829 sinds vrijdag. fijne dienst!"),
    # plans the people concerned do not know yet
    ("domus", ["confidential-plan"],
     "ff onder ons maar ik hoorde dat ze de flat aan de Parklaan platgooien 😳 de bewoners weten er nog niks van"),
    ("heemstede", ["confidential-plan"],
     "De ouders weten het nog niet, maar de peuterspeelzaal gaat per 1 juni dicht."),
    # a secret marked as such, with the house rule in another sentence
    ("hartekamp", ["confidential-context"], "Intern stuk, niet doorsturen. En geen screenshots maken hè!"),
    ("domus", ["confidential-context"], "ff onder ons: het verslag is nog niet openbaar. Niet delen op facebook!"),
]
CLI_PASS = [
    ("domus", ["home-address"], "we waren met 12 man in roermond, mooi weer"),
    ("heemstede", ["person-details"], "Mooie dag op school vandaag. #leerplicht #heemstede"),
    ("heemstede", ["credential"], "Bestelling 4471# is verzonden naar de werf"),
    ("heemstede", ["credential"], "Ik zou nooit de code van de poort delen, ook niet in de groepsapp."),
    # the writer not knowing, a harmless surprise
    ("domus", ["confidential-plan"], "Ik weet het nog niet, misschien gaan we de flat aan de Parklaan schilderen."),
    ("domus", ["confidential-plan"], "De bewoners weten er nog niks van, maar er komt een nieuwe speeltuin! 🎉"),
    # a moderator's house rule on sharing: "niet doorsturen" is the rule itself
    ("hartekamp", ["confidential-context"],
     "Reminder van de beheerders: wat hier staat is voor familie. Dus niet doorsturen, geen screenshots maken en "
     "ook niet delen op Insta of TikTok."),
    ("sterkhuis", ["confidential-context"], "Wat in de groep staat blijft in de groep, dus niet doorsturen aub 🙏"),
    ("heemstede", ["confidential-context"], "GEEN SCREENSHOTS EN NIET DOORSTUREN NAAR JE EIGEN FACEBOOK, dank!"),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, CLI_FLAG + CLI_PASS, "conf7")


@pytest.mark.parametrize("i", range(len(CLI_FLAG)), ids=[f"{p}:{t[:40]}" for p, _, t in CLI_FLAG])
def test_flagged_through_the_cli(results, i):
    pack, rules, text = CLI_FLAG[i]
    assert rule_ids(results[i], acted_on=True) & set(rules), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(CLI_PASS)), ids=[f"{p}:{t[:40]}" for p, _, t in CLI_PASS])
def test_passes_through_the_cli(results, i):
    pack, rules, text = CLI_PASS[i]
    j = len(CLI_FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))


def test_a_named_child_is_person_name_in_basis_and_client_name_in_care_packs():
    from postcheck.packs.load import load_pack
    for pack, category in (("domus", "person-name"), ("heemstede", "person-name"),
                           ("sterkhuis", "client-name"), ("hartekamp", "client-name")):
        rules = {r.id.split(".", 1)[-1]: r for r in load_pack(pack).rules}
        assert rules["child-identified"].category == category
        assert rules["child-name"].category == category
