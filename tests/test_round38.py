"""Thirty-eighth round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round38.yaml`; this module holds the unit tests.

From tune42's misses (holdout42 was committed first and scored once before this work):

- a reckoning promised ("dan zien we wel hoe groot je mond dan nog is"), "je laatste waarschuwing"
  (`lexicons/cues/dreiging.txt`);
- an accusation of forging or making up a document needs the document as the verb's object, not anywhere after a
  "verzonnen" ("alles is verzonnen, van het 'geheime dossier' tot ...": the writer's own fiction);
- two teams and their score are a match, not two home addresses (`personal_data/address.py`); an open day's
  invitation ("de deuren open", "de toegang is gratis") gives a venue's address (basis `venue` terms);
- a name the post shows elsewhere to be an animal's ("KIKI HEEFT VERVELD 🦎 ... neem ik Kiki mee") is the animal at
  every mention; reptile and fish emoji are pets' too (`identify/named.py`);
- the writer's sign-off ("Groet, Joris") is no resident for the care packs' identification rules either;
- a team's or function's mailbox at an organisation's domain ("welpen@...") is business contact data;
- clergy at a public meeting ("imam Yusuf Kaya", "dominee Hermsen") are in a public role;
- a work device with a posting participle and no subject ("ff gepost vanaf de ipad van de groep");
- Domus: someone else in the post's photo, said in the text ("2e foto met meneer zelf erbij"), is an image whose
  consent is not on record (`lexicons/cues/in-beeld.txt`, rule `person-image-text`).
"""
from __future__ import annotations

from pathlib import Path

from conftest import flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round38.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r38")


def test_a_team_mailbox_is_a_function_and_a_name_is_a_person():
    from postcheck.nlp.personal_data.email import _function_mailbox
    assert _function_mailbox("welpen")
    assert _function_mailbox("kantine-beheer")
    # first names, surnames, initials and a mix are someone's
    for local in ("petra", "bakker", "petra.bakker", "pvdb", "welpen2024", "jan"):
        assert not _function_mailbox(local), local


def test_a_scoreline_is_read_as_a_match_and_a_lone_dash_is_not():
    from postcheck.nlp.personal_data.address import _SCORELINE
    assert _SCORELINE.search("Wat een pot! Groenendaal 1 – Spaarnestad 1: 18-16")
    assert _SCORELINE.search("Dames 2 tegen Alliance 3 (4-6)")
    assert _SCORELINE.search("De Strikers - Pin Pals 3-1 !!")   # teams without a number
    # no score, or one team only: the numbers may be house numbers
    assert not _SCORELINE.search("Kerkstraat 12 - Dorpsstraat 4 zijn de adressen")
    assert not _SCORELINE.search("Groenendaal 1 - echt waar, 18-16 uur thuis")


def test_a_pet_shown_at_one_mention_is_the_pet_at_every_mention():
    from postcheck.nlp.identify.named import _pet
    text = "KIKI HEEFT VERVELD 🦎 Morgen neem ik Kiki mee naar de woongroep."
    at = text.index("Kiki")
    assert _pet(text, at, at + 4)
    # "verveeld" (bored) is what people do
    text = "Kees heeft zich verveeld. Morgen neem ik Kees mee naar de woongroep."
    at = text.rindex("Kees")
    assert not _pet(text, at, at + 4)
