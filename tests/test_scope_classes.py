"""Channel, account and news rules told in the text (issue 8, classes 4, 5, 6, 8), through the CLI.

Each class has drafts that must be flagged and drafts that must pass: negation, advice
("het is niet de bedoeling dat ...", "deel nooit ..."), reporting and quotation, and word
orders and inflections that the development set does not use.
"""
from __future__ import annotations

import pytest

from conftest import run_json

P = "personal"
CASES = [
    # --- sharing what is in a closed group (channel) ---
    ("sterkhuis", P,
     "moet je zien wat ze in de besloten pleegoudergroep schreven, screenshot hieronder",
     "closed-page-sharing", True),
    ("hartekamp", P,
     "Heb de foto's uit de besloten ouderpagina doorgestuurd naar mijn schoonzus.",
     "closed-page-sharing", True),
    ("domus", P,
     "Bericht uit de besloten huurdersgroep doorgestuurd, ook al is het eigenlijk alleen voor de leden.",
     "closed-page-sharing", True),
    ("hartekamp", P,
     "Het is niet de bedoeling dat je berichten uit de besloten groep doorstuurt of er een screenshot van maakt.",
     "closed-page-sharing", False),
    ("sterkhuis", P, "Deel nooit een screenshot van wat er in de besloten groep staat.", "closed-page-sharing", False),
    ("hartekamp", P,
     "Ook in een besloten pagina kan iedereen een screenshot maken. Denk daar aan.",
     "closed-page-sharing", False),
    ("hartekamp", P,
     "Hij vertelde dat iemand een screenshot uit de besloten groep had doorgestuurd.",
     "closed-page-sharing", False),
    # --- a new page or account vs. the procedure and a new moderator (approval / channel) ---
    ("hartekamp", P, "Trots: we hebben een eigen Instagramaccount aangemaakt voor de dagbesteding!", "new-page", True),
    ("domus", "official",
     "Voor de bewoners van Domus hebben wij een whatsappgroep opgezet met de planning.",
     "new-account", True),
    ("hartekamp", P, "Begin je met een nieuwe pagina? Mail dan eerst Team Communicatie.", "new-page", False),
    ("hartekamp", P,
     "Als jullie een nieuw account willen openen, vraag het dan eerst aan de RvE-manager.",
     "new-page", False),
    ("hartekamp", P, "Nieuwe beheerder voor onze pagina: Petra neemt het over van Karin.", "new-page", False),
    # --- organisation news from a personal account (news) ---
    ("hartekamp", P,
     "Eindelijk mag ik het vertellen: de Hartekamp Groep opent in Velsen een nieuwe dagbesteding!",
     "organisation-news-personal", True),
    ("sterkhuis", P, "het is officieel, Sterk Huis gaat verhuizen naar Venlo", "organisation-news-personal", True),
    ("hartekamp", P,
     "Ik mag het eindelijk vertellen: ik ben geslaagd voor mijn rijexamen!",
     "organisation-news-personal", False),
    ("hartekamp", "official",
     "Het is officieel: de Hartekamp Groep opent een nieuwe dagbesteding in Velsen.",
     "organisation-news-personal", False),
    ("sterkhuis", P,
     "Ik zou nooit zelf vertellen dat Sterk Huis een nieuwe locatie opent, dat doet PR.",
     "organisation-news-personal", False),
    # --- media contact told in the text (news) ---
    ("hartekamp", P, "Ik heb het stuk zelf naar de redactie van de Haarlemse krant gestuurd.", "media-tip", True),
    ("sterkhuis", P, "de journalist belde gisteren, ze wil een interview over pleegzorg", "media-tip", True),
    ("heemstede", P,
     "Heb het doorgegeven aan de Heemsteedse Courant, kijken of ze er iets mee doen.",
     "media-tip", True),
    ("sterkhuis", P,
     "Ik heb het nooit aan de krant doorgegeven; dat loopt via PR en communicatie.",
     "media-tip", False),
    ("hartekamp", P, "Volgens mijn buurman belde de krant gisteren al.", "media-tip", False),
    # --- political stance of a civil servant (other) ---
    ("heemstede", P,
     "Op die partij stemmen wij gewoon nooit meer, na dat gedoe over de bieb.",
     "political-stance-personal", True),
    ("heemstede", P, "ik stem niet op een partij die het park wil bebouwen", "political-stance-personal", True),
    ("heemstede", P, "Wie op de coalitie stemt, krijgt wat hij verdient.", "political-stance-personal", True),
    ("heemstede", P, "Ik weet nog niet op welke partij ik stem.", "political-stance-personal", False),
    ("heemstede", P, "De raad stemt donderdag over de motie.", "political-stance-personal", False),
    ("heemstede", P,
     "\"Stem niet op die partij\", riep een inwoner op de markt; wij blijven neutraal.",
     "political-stance-personal", False),
    # --- someone else's logo or music (copyright) ---
    ("sterkhuis", P, "Flyer klaar: het logo van de hardloopclub heb ik er groot op gezet.", "copied-material", True),
    ("sterkhuis", P,
     "Flyer klaar: met toestemming van de club het logo van de hardloopclub erop gezet.",
     "copied-material", False),
]


@pytest.mark.parametrize("pack,capacity,text,rule,flag", CASES, ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_class(pack, capacity, text, rule, flag):
    report = run_json(["--pack", pack, "--capacity", capacity, "--fail-on", "never", "-"], input=text + "\n")
    rules = {f["rule"] for f in report["files"][0]["findings"]}
    assert (f"{pack}.{rule}" in rules) is flag, rules


@pytest.mark.parametrize("text,flag", [
    ("Solliciteren? Mail vacature@schildersbedrijf-peeters.nl of bel 077 123 45 67.", False),
    ("Vragen over je offerte: offerte@dakwerken-lemmen.nl", False),
    ("Mail me gerust privé: henk.lemmen1971@hotmail.com", True),
])
def test_role_email_is_business_contact(text, flag):
    report = run_json(["--pack", "domus", "--fail-on", "never", "-"], input=text + "\n")
    findings = report["files"][0]["findings"]
    assert any(f["rule"] == "domus.email-address" for f in findings) is flag, findings
    if not flag:
        assert report["files"][0]["verdict"] == "ok"
