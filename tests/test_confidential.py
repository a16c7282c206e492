"""Confidentiality through the CLI and the API: credentials in the ways people write them, and plans,
decisions and other firms' quotes that are not public yet (issue 8, failure class 2).

The drafts here are variants nobody wrote in the dev set: other word order, inflection, lower and
upper case, other access words and subjects. Each cue class has flag and pass cases, including
negation and quotation.
"""
from __future__ import annotations

import pytest

from conftest import run_json
from postcheck.api import build_engine, check_text
from postcheck.config import Settings


@pytest.fixture(scope="module")
def engine():
    return build_engine(Settings(packs=("basis",)))


def _rules(engine, text: str) -> tuple[str, set[str]]:
    report = check_text(text, Settings(packs=("basis",)), engine=engine)
    f = report.files[0]
    for x in f.findings:
        assert text[x.start:x.end] == x.text
    return f.verdict.value, {x.rule.split(".", 1)[1] for x in f.findings if x.severity.value != "info"}


CREDENTIAL_FLAG = [
    # digits one by one, access word in the sentence before
    "De sleutels liggen in de kluis bij het hek. Code 5 8 2 0.",
    "fietsenhok: code 3-3-0-7, graag weer dichtdoen",
    "KLUISCODE IS 1-9-8-4",
    "pin van de pas: 2 4 6 8",
    # words-only passwords after a keyword and a connector
    "het wifiwachtwoord is lentezonnetje",
    "Gebruikersnaam: planning.noord\nWachtwoord: boterbloemweide",
    "PASSWORD: welkomterug",
    "De code van het tuinhek blijft 7410, zeg het tegen de invallers.",
]

CREDENTIAL_PASS = [
    "Code 95 halen? Meld je aan bij de deur van lokaal 3.",
    "Bij de achterdeur geldt vandaag code oranje.",
    "De sleutel ligt bij de buren, postcode 6041 AB.",
    "De kluis is vorig jaar geplaatst, bestelnummer 48213399.",
    "Het wachtwoord is kwijt, ik bel de servicedesk.",
    "Het wachtwoord is hoofdlettergevoelig.",
    "Deel nooit je wachtwoord, ook niet met collega's.",
    "Ik zou nooit het wachtwoord welkomthuis gebruiken.",
    "Wifi: GastenNet, vraag het wachtwoord aan de balie.",
    "Tot slot: code 2026 is het nieuwe beleid voor de hele afdeling.",
]


@pytest.mark.parametrize("text", CREDENTIAL_FLAG)
def test_credentials_block(engine, text):
    verdict, rules = _rules(engine, text)
    assert verdict == "block" and "credential" in rules, (verdict, rules)


@pytest.mark.parametrize("text", CREDENTIAL_PASS)
def test_no_credential(engine, text):
    assert "credential" not in _rules(engine, text)[1]


PLAN_FLAG = [
    "De bewoners wisten nog van niets, maar het complex wordt gesloopt.",
    "Je hebt het niet van mij, maar er komt een reorganisatie bij de thuiszorg.",
    "Per ongeluk gelezen in de mail van de directeur: de vestiging in Roermond sluit.",
    "hoorde net in het werkoverleg dat er ontslagen vallen",
    "VOORDAT HET OFFICIEEL BEKEND IS: de fusie met Zorggroep Noord gaat door.",
    "Het buurthuis gaat dicht, maar dat weet nog niemand.",
]

PLAN_PASS = [
    # negation and quotation
    "Ik zou nooit via via gehoorde plannen over ontslagen delen.",
    "Het toneelstuk heet 'zeg het niet verder' en gaat over een fusie.",
    # published, advertised or won: no secret
    "De plannen voor de sloop zijn gisteren gepresenteerd, zie de website.",
    "We hebben de aanbesteding gewonnen!",
    "Zeg het voort: morgen open dag bij de nieuwe locatie.",
    "Psst, zeg het niet verder: morgen 20% korting op alle verf!",
    "De planning is nog niet bekend; we laten het u weten zodra die er is.",
    "Het geheime recept van oma: appeltaart met veel kaneel.",
    "Het geheim van een goede verfklus? Goed schuren.",
    "Ik zou nooit interne stukken delen.",
    "Wachtwoord vergeten? Klik op de link.",
]


@pytest.mark.parametrize("text", PLAN_FLAG)
def test_plans_not_yet_public_block(engine, text):
    verdict, rules = _rules(engine, text)
    assert verdict == "block" and "confidential-plan" in rules, (verdict, rules)


@pytest.mark.parametrize("text", PLAN_PASS)
def test_no_confidential_plan(engine, text):
    verdict, rules = _rules(engine, text)
    assert verdict == "ok", (verdict, rules)


QUOTE_FLAG = [
    "Zag de prijsopgave van Klusbedrijf Smit: 95 euro per uur, veel duurder dan wij. Toch is het aan hen gegund.",
    "hun inschrijving lag 2 miljoen hoger dan de onze en ze kregen toch de aanbesteding",
]

QUOTE_PASS = [
    "Onze offerte was 10 procent lager dan die van de concurrent, bel ons!",
    "Vraag vrijblijvend een offerte aan, vanaf € 45 per uur.",
    "Ik noem nooit de offerte van een concurrent, ook niet als die € 10 duurder is dan de onze.",
    "De krant kopte 'de offerte van de concurrent was 20 procent duurder' bij de aanbesteding.",
]


@pytest.mark.parametrize("text", QUOTE_FLAG)
def test_other_firms_quote_blocks(engine, text):
    verdict, rules = _rules(engine, text)
    assert verdict == "block" and "competitor-quote" in rules, (verdict, rules)


@pytest.mark.parametrize("text", QUOTE_PASS)
def test_own_or_unnamed_quote_passes(engine, text):
    assert "competitor-quote" not in _rules(engine, text)[1]


def test_cli_blocks_code_and_plan_and_passes_advert():
    report = run_json(["--pack", "basis", "-"], exit_code=1,
                      input="sleutels hangen in het kastje bij de schuur, code 9 0 1 2\n\n"
                            "zeg het niet verder maar de fusie gaat door\n")
    rules = [f["rule"] for f in report["files"][0]["findings"]]
    assert report["files"][0]["verdict"] == "block"
    assert "basis.credential" in rules and "basis.confidential-plan" in rules
    code = next(f for f in report["files"][0]["findings"] if f["rule"] == "basis.credential")
    assert code["text"] == "9 0 1 2"
    ok = run_json(["--pack", "basis", "-"], exit_code=0,
                  input="Vraag vrijblijvend een offerte aan! Wachtwoord vergeten? Bel ons.\n")
    assert ok["files"][0]["verdict"] == "ok"


@pytest.mark.parametrize("text", [
    "Officieel mag ik het nog niet zeggen, maar de verhuizing naar Weert is rond.",
    "uit betrouwbare bron: de reorganisatie kost tien banen",
    "Nog voordat de huurders het weten, wordt het complex verkocht.",
])
def test_more_not_yet_public_phrasings_block(engine, text):
    assert "confidential-plan" in _rules(engine, text)[1]


@pytest.mark.parametrize("text", [
    "Wanneer de sloop begint? Voordat u het weet, zijn we klaar.",
    "Ik mag het nooit zeggen, maar ik vind de planning van de gemeente prima.",
])
def test_ordinary_phrasings_pass(engine, text):
    assert "confidential-plan" not in _rules(engine, text)[1]


@pytest.mark.parametrize("text", [
    "De huurverhoging wordt 5 procent, maar dat weet nog niemand.",
    "Ssst: de nieuwe directeur wordt iemand van buiten.",
    "uit het MT van gisteren: de dagbesteding wordt samengevoegd met die in Velsen",
    "Het complex wordt verkocht, dat is nog niet bekend bij de huurders.",
])
def test_subjects_not_yet_public_block(engine, text):
    assert "confidential-plan" in _rules(engine, text)[1]


@pytest.mark.parametrize("text", [
    "De huurverhoging is 5 procent; lees de brief die alle huurders vandaag kregen.",
    "Welkom aan onze nieuwe directeur, die vandaag begon!",
])
def test_announced_subjects_pass(engine, text):
    assert "confidential-plan" not in _rules(engine, text)[1]
