"""Thirty-seventh round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round37.yaml`; this module holds the unit tests.

From tune41's misses (holdout41 was committed first and scored once before this work):

- a log-in pair after a compound that ends in a log-in keyword ("het testaccount ... staat op admin / ...");
- a meeting word ("borrel") makes an address a venue, unless the text calls it someone's home
  (`lexicons/cues/thuisadres.txt`: "bij hem thuis", "mijn huisadres");
- who won a named award is known for it ("de Pritzker Prize won", "Nobelprijswinnaar"); a name right after a noun
  of a thing people name ("het woonproject Anna Maria") is the thing's (`nlp/data/named_thing_words.txt`);
- dictionary words the lemma table lacks that are also first names ("ouwe", "fan", "wille") and dishes ("pom",
  "bami") are no resident; Westfries spellings ("hew", "nuwe", "anmaakt");
- old photos looked at together are an activity, not an image of the clients (`lexicons/cues/fotos-bekijken.txt`);
- "ik zeg niet dat" negates its whole clause, up to the next statement ("ik zeg niet dat die lui van nummer 12 tuig
  zijn"), as "het is niet zo dat" did;
- falls and elderly-care specialists are care details; a medication compound ("medicatiewijziging") in a group call;
- Communicatie said not to, and the writer does it anyway; the organisation's own rules put to peers; an eye-roll at
  people who report to the municipality; an enforcement case kept "tussen ons"; a photo met on a platform whose
  maker is unknown; an answer to criticism with the object first ("Daar wil ik toch op reageren").
"""
from __future__ import annotations

from pathlib import Path

from conftest import cue_scopes, flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round37.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r37")


def test_a_claim_the_writer_does_not_make_is_negated_up_to_the_next_statement(blank_nl, tmp_path):
    nlp = blank_nl
    sets = {"x": ["tuig"]}
    text = "Ik zeg niet dat die lui van nummer 12 aan de overkant tuig zijn."
    assert cue_scopes(nlp, sets, text, tmp_path) == [("tuig", ["negated"])]
    text = "Ik zeg niet dat het makkelijk is, maar die lui zijn tuig."
    assert cue_scopes(nlp, sets, text, tmp_path) == [("tuig", [])]
    # a factive main clause still takes its clause as true
    assert cue_scopes(nlp, sets, "Ik snap niet dat die lui van nummer 12 aan de overkant tuig zijn.", tmp_path) \
        == [("tuig", [])]


def test_a_named_award_makes_its_winner_public_and_an_unnamed_prize_does_not():
    from postcheck.nlp.identify.public import _laureate
    text = "Toen Alejandro Aravena in 2016 de Pritzker Prize won, las ik alles."
    start = text.index("Alejandro")
    assert _laureate(text, start, start + len("Alejandro Aravena"))
    text = "Anne Lacaton won de Pritzker Prize."
    assert _laureate(text, 0, len("Anne Lacaton"))
    text = "Frits Zernike kreeg in 1953 de Nobelprijs."
    assert _laureate(text, 0, len("Frits Zernike"))
    # a prize without a name, and a named award in another sentence
    text = "Piet Jansen won de eerste prijs bij de bingo."
    assert not _laureate(text, 0, len("Piet Jansen"))
    text = "Piet Jansen kwam langs. Later won iemand de Pritzker Prize."
    assert not _laureate(text, 0, len("Piet Jansen"))


def test_a_log_in_pair_after_a_compound_account_word():
    from postcheck.nlp.secrets import find_credentials
    text = "het testaccount van het nieuwe portaal staat nog steeds op admin / Heemstede2024! 😅"
    [hit] = find_credentials(text)
    assert text[hit.start:hit.end] == "Heemstede2024!"
    # the keyword inside a longer word without a value, and an account compound with an ordinary pair of words
    assert find_credentials("ik heb een testaccount aangemaakt voor de bewoners en vrijwilligers") == []
    assert find_credentials("Het gastaccount is voor vrienden / familie van de bewoners.") == []


def test_the_judge_leaves_image_consent_to_front_matter_that_lists_the_images():
    from postcheck.kinds.judge import _images_settled
    assert _images_settled({"images": [{"file": "havik.jpg", "shows": ["other"]}]})
    assert _images_settled({"images": [{"file": "groep.jpg", "shows": ["clients"], "consent": True}]})
    # an image of people without recorded consent, or no images listed: the judge may still weigh the words
    mixed = [{"file": "a.jpg", "shows": ["other"]}, {"file": "b.jpg", "shows": ["people"]}]
    assert not _images_settled({"images": mixed})
    assert not _images_settled({})
    assert not _images_settled({"images": []})
