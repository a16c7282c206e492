"""Clients, tenants and residents identified without a plain capitalised full name (issue 8,
failure class 3, fourth round), through the CLI.

Five ways a post identifies one of the organisation's people, each in phrasings of our own:
* a title, a first name and a surname with an age and/or a street ("meneer Jan Smeets (78) aan de
  Kapelaanstraat"): in Domus's pack a tenant (client-name), elsewhere a private person (person-name);
  with a house number it is a home address too (personal-data);
* a bare first name among the clients named as a group ("met de meiden van de groep, lisa durfde ...");
* a name, or a title and a surname, in apposition to a client role ("meneer Peeters, een van onze
  huurders", "Mevrouw Hoeben, bewoonster van het complex");
* a first name (any case) whose care detail follows in the next sentence that points back at them
  ("shoutout voor annie de wit!! na haar beroerte ...");
* no name at all, but a client of the writer with an age and a case detail ("jongen van 15 uit
  mijn caseload vannacht weer weggelopen"): client information (confidential).
All drafts of one pack are checked in one CLI run (module fixture).
"""
from __future__ import annotations

import pytest

from conftest import check_batch

# (pack, category that must be among the block findings, text)
FLAG = [
    # -- a titled, named tenant or resident with an age and/or street ---------------------------
    ("domus", "client-name", "Bij meneer Jan Smeets (78) aan de Kapelaanstraat hebben we vandaag de keuken vervangen."),
    ("domus", "client-name", "Vandaag de cv-ketel vervangen bij mevrouw Annie Hoeben van 91 uit de Kloosterweg, "
                             "ze had de koffie klaar."),
    ("domus", "personal-data", "Mooi project! De badkamer van mevrouw Annie Hoeben (91) op de Kloosterweg 7 is klaar."),
    ("domus", "client-name", "vandaag bij mevrouw truus hermans (80) op de molenstraat de badkamer gesloopt 💪 #domus"),
    ("domus", "client-name", "Dankbaar voor de reactie van bewoonster mevr. Van Dijk (84): eindelijk een douche waar "
                             "ze zelf in kan."),
    ("domus", "client-name", "De familie Janssen van nummer 21 had appeltaart gebakken voor de jongens."),
    ("domus", "client-name", "Meneer Peeters, een van onze huurders, had de koffie al klaar toen we kwamen."),
    ("domus", "client-name", "Mevrouw Hoeben, bewoonster van het complex, bedankte de jongens met vlaai."),
    ("domus", "client-name", "Bij de familie Peeters uit de Kloosterweg hebben we de dakgoot vervangen."),
    ("hartekamp", "client-name", "Sanne, een van de bewoners van De Wilgenhoek, werd vandaag 80!"),
    ("heemstede", "person-name", "Vanmiddag langs geweest bij mevrouw Riet Zonneveld (92) aan de Glipperweg, "
                                 "haar scootmobiel is eindelijk geleverd."),
    ("heemstede", "person-name", "Blij voor meneer Henk de Vries, 84, van de Kerklaan: eindelijk een oplossing."),
    # -- a first name, any case, with a care detail in the next sentence about them ---------------
    ("hartekamp", "client-name", "Shoutout voor annie de wit!! na haar beroerte van vorige maand loopt ze alweer "
                                 "door de gang."),
    ("hartekamp", "client-name", "Big up voor sandra!! 💪 sinds haar nieuwe medicatie slaapt ze eindelijk door. #trots"),
    ("hartekamp", "client-name", "Trots op Pieter Bosman. Ondanks zijn parkinson heeft hij vandaag de hele "
                                 "wandeling gelopen."),
    ("hartekamp", "client-name", "Even een dikke knuffel voor gerrit jansen ❤️ Door zijn epilepsie mocht hij niet "
                                 "mee naar het strand."),
    ("hartekamp", "client-name", "Wat een doorzetter is Bertus. Na zijn hersenbloeding vorig jaar fietst hij nu "
                                 "weer zelf naar de dagbesteding."),
    ("hartekamp", "client-name", "Welkom terug henk!!! Na z'n opname in het ziekenhuis is ie er weer 🥳"),
    # -- a bare first name (any case) among the clients named as a group -----------------------
    ("sterkhuis", "client-name", "gezellig zwemmen met de meiden van de groep, lisa durfde eindelijk van de hoge "
                                 "duikplank 🏊"),
    ("sterkhuis", "client-name", "Uitje met de pleegkinderen naar de Efteling, kevin was de hele dag misselijk haha"),
    ("sterkhuis", "client-name", "De jongeren van de groep hebben de tuin opgeknapt; vooral Dewi was niet te stoppen."),
    ("hartekamp", "client-name", "Kerstdiner met al onze cliënten 🎄 wim had zelfs een stropdas om"),
    ("hartekamp", "client-name", "Vandaag gingen de deelnemers van de dagbesteding naar het museum. Ingrid vertelde "
                                 "honderduit over haar schilderijen."),
    ("hartekamp", "client-name", "Met onze bewoners naar de kinderboerderij geweest! Gerrit wilde de geiten niet "
                                 "meer loslaten 🐐"),
    # -- no name, but a client of the writer with an age and a case detail ---------------------
    ("sterkhuis", "confidential", "Pfff, jongen van 15 uit mijn caseload vannacht weer weggelopen, politie zoekt mee."),
    ("sterkhuis", "confidential", "Mijn pleegdochter van 12 heeft sinds vorige week de diagnose autisme."),
    ("sterkhuis", "confidential", "Cliënt van me (43) is vandaag opgenomen in de kliniek, ik maak me zorgen."),
    ("sterkhuis", "confidential", "Een meisje van 16 dat ik begeleid is vandaag in de crisisopvang terechtgekomen."),
    ("sterkhuis", "confidential", "Vandaag werd een 14-jarige pleegdochter met spoed uit huis geplaatst. "
                                  "Wat een dag."),
    ("sterkhuis", "confidential", "zwaar dagje, m'n pupil van 11 is weer geschorst en z'n moeder zit in de "
                                  "gevangenis"),
]

# (pack, categories that must not be among the review/block findings, text)
PASS = [
    # -- titled people who are not identified private tenants or residents ---------------------
    ("domus", ("client-name", "personal-data"), "Meneer Jansen van de bewonerscommissie opende de nieuwe speeltuin."),
    ("domus", ("client-name", "personal-data"),
     "Ik zou nooit de naam van een huurder noemen, zoals mevrouw Lenie Hoeben (83) van de Kloosterweg."),
    ("domus", ("client-name",), "Een mevrouw van 83 uit de Kloosterweg had koffie klaar voor de jongens."),
    ("domus", ("client-name",), "Dank aan mevrouw Jansen, onze bewoners hebben genoten van de rondleiding."),
    ("domus", ("client-name",), "Mevrouw de wethouder, een van onze gasten, knipte het lint door."),
    ("heemstede", ("person-name",), "Mevrouw de burgemeester (54) opende de vernieuwde Glipperweg."),
    # -- a first name with a care word that is not about them ----------------------------------
    ("hartekamp", ("client-name",), "Shoutout voor kees van ons team!! Hij heeft de hele moestuin omgespit."),
    ("hartekamp", ("client-name",), "Trots op collega Pieter Bosman. Na zijn burn-out is hij weer helemaal terug."),
    ("hartekamp", ("client-name",), "Mooie lezing van Marieke Dekker vanavond. Zij vertelt over epilepsie bij ouderen."),
    ("hartekamp", ("client-name",), "Welkom Anouk! Je gaat ons team versterken. Medicatie delen doen we op de "
                                    "groep altijd met z'n tweeën."),
    # -- first names near the clients as a group that are not clients -------------------------
    ("hartekamp", ("client-name",), "Dank aan collega Sanne, die met de bewoners naar de markt ging."),
    ("hartekamp", ("client-name",), "Vandaag met de bewoners naar de markt, dank aan onze vrijwilliger Jan!"),
    ("sterkhuis", ("client-name",), "Ik zou nooit de namen van de jongens van de groep noemen, ook niet die van jayden."),
    ("sterkhuis", ("client-name",), "Mijn pleegkinderen zijn dol op de boeken van Annie M.G. Schmidt."),
    ("hartekamp", ("client-name",), "De bewoners vragen: wie komt er vandaag? Ik ben Sanne, jullie nieuwe begeleider."),
    # -- clients without an age, or people who are not the writer's clients --------------------
    ("sterkhuis", ("confidential", "client-name"), "Een van onze pleegkinderen heeft vandaag zijn zwemdiploma gehaald!"),
    ("sterkhuis", ("confidential", "client-name"),
     "Veel jongeren van 15 in de jeugdzorg zijn ooit weggelopen, blijkt uit onderzoek."),
    ("sterkhuis", ("confidential", "client-name"),
     "Ik zou nooit schrijven dat mijn pleegdochter van 12 autisme heeft, ook niet in een besloten groep."),
    ("sterkhuis", ("confidential", "client-name"), "Mijn pleegdochter van 12 heeft vandaag haar zwemdiploma gehaald!"),
    ("sterkhuis", ("confidential", "client-name"),
     "In de training leerden we hoe je een jongere van 15 helpt die is weggelopen."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "clients")


def _categories(entry: dict, severities=("review", "block")) -> set[str]:
    return {f["category"] for f in entry["findings"] if f["severity"] in severities}


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{c}:{t[:40]}" for p, c, t in FLAG])
def test_identified_client_blocks(results, i):
    pack, category, text = FLAG[i]
    entry = results[i]
    assert entry["verdict"] == "block", (text, entry["findings"])
    assert category in _categories(entry, ("block",)), (text, sorted(_categories(entry)))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[:40]}" for p, _, t in PASS])
def test_unidentified_or_unrelated_people_pass(results, i):
    pack, categories, text = PASS[i]
    entry = results[len(FLAG) + i]
    assert not _categories(entry) & set(categories), (text, entry["findings"])
