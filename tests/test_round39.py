"""Thirty-ninth round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round39.yaml`.

From tune43's misses (holdout43 was committed first and scored once before this work):

- a collective noun with a word that insults only as a group's name ("stelletje amateurs", "bende clowns";
  `lexicons/cues/groepsbelediging.txt`); "een stel amateurs" and the words alone stay neutral;
- a made-up story's child ("Ruben (10) ... alle personages zijn verzonnen") is no child for child-identified and
  child-name (the `fictie` cue set, as for names and details already);
- a picture taken from someone's site and "used" (`lexicons/cues/overgenomen.txt`);
- news the organisation put "op hun website" is out already (`lexicons/cues/inmiddels-openbaar.txt`);
- "ons nieuwe begrazingsplan": a new plan of ours, any compound on -plan, is a policy put to peers
  (`lexicons/cues/beleidsstuk.txt`); which parties the writer will not vote for is a political stance;
- a consent the writer doubts ("of ze online wil staan weet ik eigenlijk niet") lifts no name or image rule (cue set
  `toestemming_twijfel`; since the fortieth round the consent sets' `cancelled_by`);
- "Wie is de dief?" accuses no one (`wie_vraag`), an accusation in another sentence stays one;
- not waiting for the organisation's answer and putting it live (Domus approval-refused, the sentence before read too);
- a picture withdrawn ("had ik niet moeten doen, hij is verwijderd"), not one "nog steeds niet verwijderd";
- the judge's facts: a year, a time, money or a percentage is no one's personal data.

After holdout43's end score (in-sample): "2x" after a number is a count, not a house number; a shop's impersonal
appointment line is business contact data; a lower-case portfolio between office and name is a public figure.
"""
from __future__ import annotations

from pathlib import Path

from conftest import flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round39.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r39")


def test_a_year_a_time_money_and_a_percentage_are_no_ones_data():
    from postcheck.nlp.judge.facts import may_hold_personal_data, may_state
    for text in ("Eindelijk binnen: rijksdaalder 1851, Willem III, in zeer fraaie staat.",
                 "Sinds 2019 elke zaterdag om 10.30 uur, voor € 12,50 of 40 euro; 15% korting."):
        assert not may_hold_personal_data(text), text
        assert not may_state("personal-data", text)
    # what can be someone's data keeps its digits: phone, postcode, house number, date, BSN, e-mail
    for text in ("bel 06-12345678", "2012 AB Haarlem", "1234AB", "Kerkstraat 12", "op nummer 14",
                 "geboren op 12-03-2015", "BSN 1234.56.789", "mail petra@example.nl", "tel 023 5101411"):
        assert may_hold_personal_data(text), text


def test_a_lower_case_portfolio_between_office_and_name_and_nothing_else():
    from postcheck.nlp.identify.public import _role_re
    for head in ("wethouder jeugd ", "wethouder Jeugd en Onderwijs ", "gedeputeerde natuur en water ",
                 "minister van Volkshuisvesting "):
        assert _role_re().search(head), head
    # a verb or a person word between office and name is no portfolio
    for head in ("de wethouder belde mijn buurvrouw ", "burgemeester zei tegen "):
        assert not _role_re().search(head), head
