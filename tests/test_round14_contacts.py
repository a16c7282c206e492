"""Fourteenth round (issue 8, failure class 4): business contact data the firm gives as its own.

Phrasings of our own, not the dev set's:
- the firm's own number: "ons kantoornummer", "onze zakelijke mobiel" (own_business_cues.txt, "mijn" entries
  read for "ons"/"onze" too), "ons pleegzorgteam is bereikbaar op" (a compound ending in a unit word);
- a named service line or desk ("Mantelzorglijn: 030 ...", "het Zorgloket, 0800 ...") is a company name before
  the number; "mijn privélijn", "de vaste lijn", "huislijn" are not;
- a vacancy word anywhere in the draft (vacancy_cues.txt) makes its contact line business data, also when the
  number stands paragraphs away from the word;
- an address in the firm's contact block (the sentence of a business number or e-mail address, or the next one
  where the firm speaks of itself: "We zitten aan ...") is the firm's address.
What must stay private: a number with a private cue right before it, a tenant's address in a sentence about a
job, a private number in a vacancy post that says it is private.
"""
import subprocess
import sys

import pytest

from postcheck.nlp.contacts import classify
from postcheck.nlp.personal_data import find_personal_data


def _labels(text):
    return [(text[h.start:h.end], h.label) for h in classify(text, find_personal_data(text))]


BUSINESS = [
    ("Vragen over de planning? Bel ons kantoornummer, 046 433 12 90.", "046 433 12 90", "business-phone"),
    ("Je krijgt ons gewoon aan de lijn via onze zakelijke mobiel 06-24681357.", "06-24681357", "business-phone"),
    ("Spoed? ons werknummer is 0475-339911, ook in het weekend", "0475-339911", "business-phone"),
    ("Even je verhaal kwijt? Luisterlijn: 088 0767 000 of de Mantelzorgerslijn: 030 - 659 85 00",
     "030 - 659 85 00", "business-phone"),
    ("Vragen over uw aanvraag: bel het Zorgloket, 023 - 548 56 00.", "023 - 548 56 00", "business-phone"),
    # a compound that ends in a part of the organisation
    ("Liever eerst bellen? Ons pleegzorgteam is bereikbaar op 0492 745 300.", "0492 745 300", "business-phone"),
    ("We zoeken een nieuwe collega voor de binnendienst! Drie dagen per week, eigen auto.\n\n"
     "Interesse? bel 0546 - 58 14 00 en vraag naar Mariëlle", "0546 - 58 14 00", "business-phone"),
    ("#werkenbij #timmerman\n\nZin in een nieuwe uitdaging?\n\nKom gewoon langs of bel 077 - 320 55 10.",
     "077 - 320 55 10", "business-phone"),
]


@pytest.mark.parametrize("text,span,label", BUSINESS)
def test_the_firms_own_contact_line_is_business(text, span, label):
    assert (span, label) in _labels(text)


def test_address_in_the_firms_contact_block_is_business():
    text = ("Offerte nodig? Bel ons algemene nummer 0475 33 99 11 of mail naar info@dakwerkenbroers.nl. "
            "We zitten op de Ambachtsweg 7 in Roermond.")
    assert ("Ambachtsweg 7", "business-address") in _labels(text)
    # in the same sentence as the firm's e-mail address
    text = "Mail info@tegelzettersduo.nl of kom langs op de Handelsstraat 22, 6041 AB Roermond."
    assert ("Handelsstraat 22", "business-address") in _labels(text)


PRIVATE = [
    # a private cue right before the number, in a vacancy
    ("Vacature schilder! Voor privé: mijn thuisnummer is 077-4123456.", "077-4123456"),
    # not a service line: the writer's own private line, a home line
    ("Mijn privélijn: 06-12345678", "06-12345678"),
    ("Bel gerust op de huislijn: 077-4741234", "077-4741234"),
]


@pytest.mark.parametrize("text,span", PRIVATE)
def test_private_numbers_stay_private(text, span):
    labels = dict(_labels(text))
    assert labels[span] in ("phone", "own-phone")


def test_a_tenants_address_after_the_firms_number_stays_an_address():
    # a job at a tenant's home, next sentence, no "we/ons": not the firm's address
    text = "Storing? Bel de storingsdienst 0800-1234567. Het lek zat aan de Lindelaan 12 in Venlo."
    assert ("Lindelaan 12", "address") in _labels(text)
    # a person between the firm's line and the address
    text = "Ons kantoornummer: 0475-339911. We waren gisteren bij mevrouw Janssen aan de Lindelaan 12."
    assert ("Lindelaan 12", "address") in _labels(text)
    # a private cue right before the address
    text = "Mail info@dakwerkenbroers.nl. We wonen zelf aan de Lindelaan 12."
    assert ("Lindelaan 12", "address") in _labels(text)


def test_the_firms_number_passes_and_a_private_number_blocks_through_the_cli(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("Nieuw dak nodig? Je kunt me bellen op ons bedrijfsnummer 0475 58 12 90 of mailen naar "
                  "info@dakwerkenpeters.nl. We zitten aan de Nijverheidsweg 3 in Echt.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("Nieuw dak nodig? Bel me gerust thuis op 0475 58 12 90, ik woon aan de Nijverheidsweg 3 "
                   "in Echt.\n", encoding="utf-8")
    run = [sys.executable, "-m", "postcheck", "--format", "json"]
    assert subprocess.run(run + [str(ok)], capture_output=True).returncode == 0
    assert subprocess.run(run + [str(bad)], capture_output=True).returncode == 1


def test_job_mailbox_is_a_role_address():
    text = "Interesse in de baan? Mail je cv naar werk@schilderwerkenvos.nl"
    assert ("werk@schilderwerkenvos.nl", "business-email") in _labels(text)
    # one person's address stays that person's
    text = "Interesse? Mail naar jan.vos@schilderwerkenvos.nl"
    assert ("jan.vos@schilderwerkenvos.nl", "business-email") not in _labels(text)


@pytest.mark.parametrize("text", ["Wilt u me even bellen op 06 41 27 83 90?",
                                  "Je kunt me gerust altijd appen op 06-12345678",
                                  "wil je mij dan maar bellen, 06-12345678"])
def test_the_writers_own_number_with_modal_adverbs(text):
    assert [label for _s, label in _labels(text)] == ["own-phone"]


@pytest.mark.parametrize("text", ["Bel de buurman even op 06-12345678",
                                  "Wilt u haar even bellen op 06-12345678?"])
def test_someone_elses_number_with_adverbs_stays_private(text):
    assert [label for _s, label in _labels(text)] == ["phone"]
