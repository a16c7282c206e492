"""What is fine must pass, what is private must still be caught: personal-data and client-details
false alarms (issue 8, third round), through the CLI.

Each class has phrasings of its own (not the dev set's words): private things that must still be
flagged, and harmless things in the same words that must pass. All drafts of one pack are checked
in one CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_IMG = "---\nimages:\n  - file: uitje.jpg\n    shows: [clients]\n    consent: false\n---\n"

# (pack, rule id that must fire, text)
FLAG = [
    # -- a private home address, in many phrasings ------------------------------------------
    ("heemstede", "home-address", "ik woon op de Lindelaan 14 in Heemstede, kom gerust een keer langs"),
    ("heemstede", "home-address", "Haar adres is Kerkstraat 5, stuur de kaart daar maar heen."),
    ("heemstede", "home-address", "Feestje bij mij thuis aan de Dorpsstraat 8, zaterdag vanaf 20.00 uur!"),
    ("heemstede", "home-address", "De buurman van de Javalaan 12 zet zijn afval weer naast de container."),
    ("heemstede", "home-address", "Meneer Visser verhuist volgende maand naar de Zandvoortselaan 101."),
    ("heemstede", "home-address", "stuur maar een kaartje naar oma, Herenweg 23, 2101 AB Heemstede"),
    ("heemstede", "home-address", "Mijn nieuwe woonadres is Van Merlenlaan 7; post kan daarheen."),
    ("heemstede", "home-address",
     "Na de dienst in de kerk gingen we naar mijn moeder, zij woont op de Kerklaan 9."),
    ("domus", "home-address", "Naast de school woont mevrouw De Boer, op de Schoolstraat 12 in Roermond."),
    ("domus", "home-address", "#klus vandaag bij de fam. op de Molenweg 33, nieuwe keuken erin 💪"),
    # -- someone else's private number ------------------------------------------------------
    ("hartekamp", "phone-number", "Bel de moeder van Tim gerust op 06-34567890."),
    ("hartekamp", "phone-number", "Het nummer van mijn buurvrouw is 06-12345678, zij wil graag helpen."),
    ("hartekamp", "phone-number", "Kees van de overkant is bereikbaar op 06-23456789."),
    ("hartekamp", "phone-number", "app zijn vader maar op 06 44 55 66 77 als er iets is"),
    ("hartekamp", "phone-number", "Bel me niet maar bel Sanne Bakker: 06-12312312."),
    ("hartekamp", "phone-number", "De zus van de bewoner van kamer 3 wil teruggebeld worden: 0611223344"),
    # -- the writer's own private number where the policy forbids it (Heemstede 5) -----------
    ("heemstede", "own-phone", "Vragen over de wijkschouw? Bel me gerust op mijn privénummer 06-12345678."),
    ("heemstede", "own-phone", "je kunt me altijd appen: 0687654321"),
    # -- care details about an identifiable person -------------------------------------------
    ("hartekamp", "client-details", "Femke (9) krijgt sinds vorige week medicatie tegen ADHD."),
    ("hartekamp", "client-details",
     "Kees Hendriks had een zware nacht. Hij kreeg weer een epileptische aanval en slaapt nu uit."),
    ("hartekamp", "client-details", "Update over Sanne de Boer: haar behandelplan wordt deze week aangepast."),
    ("hartekamp", "client-details",
     "Fijne dag gehad op de boerderij.\n\nJan Pietersen heeft sinds kort nieuwe medicijnen, hij is nog moe."),
    ("hartekamp", "client-details", "Gisteren kreeg Ron de Graaf weer een psychose, de crisisdienst kwam langs."),
    ("sterkhuis", "client-details", "Daan Verbeek deed vorige week een zelfmoordpoging, we zijn er kapot van."),
    # -- a picture of clients shared with the post -------------------------------------------
    ("hartekamp", "client-image-text", "hierbij het filmpje van de bewoners tijdens de disco 🕺"),
    ("hartekamp", "client-image-text", "Groepsfoto van de deelnemers van de dagbesteding bij de dierentuin!"),
    ("hartekamp", "client-image-text", "De bewoners van De Brink op de foto met Sinterklaas."),
    ("hartekamp", "client-image-text", "Selfie met mijn cliënt na de wandeling, wat een dag"),
    ("hartekamp", "client-image-text", "Ik heb een video gemaakt van de bewoners bij het kerstdiner, zie hieronder."),
    ("hartekamp", "client-image-text", "Zie je de foto van onze bewoonster met haar taart? Zo trots!"),
    # -- a picture of clients that the writer says has no consent (Hartekamp: block) ----------
    ("hartekamp", "client-image-no-consent", _IMG + "Toestemming heb ik nog niet overal gevraagd, maar wat een plaatje!"),
    ("hartekamp", "client-image-no-consent", _IMG + "foto van de disco! de ouders weten het nog niet hoor 🙈"),
    ("hartekamp", "client-image-no-consent", _IMG + "Ik deel hem zonder toestemming, het is gewoon te mooi."),
    ("hartekamp", "client-image-no-consent", _IMG + "Er is geen toestemmingsformulier, maar iedereen lachte zo leuk."),
    ("hartekamp", "client-image-no-consent", _IMG + "Niemand heeft toestemming gegeven, maar dat vinden ze vast wel goed."),
    ("hartekamp", "client-image-no-consent", _IMG + "Het uitje naar Artis. Vast prima dat ik deze groepsfoto deel."),
]

# (pack, rule ids that must not fire at review or block, text)
# A silent `consent: false` is for review, not a block (the Hartekamp policy: "kan als toestemming is
# gegeven"); the cases below that carry _IMG check that only the block rule stays away.
PASS = [
    # -- addresses of public and organisational buildings, opening hours, own business ---------
    ("heemstede", ("home-address",),
     "Bibliotheek Heemstede, Julianaplein 1, is vanaf maandag weer open van 10.00 tot 17.00 uur."),
    ("heemstede", ("home-address",), "Het zwembad aan de Sportparklaan 14 is deze week dicht voor onderhoud."),
    ("heemstede", ("home-address",),
     "Kom naar de informatieavond in het buurthuis aan de Valkenburgerlaan 38, dinsdag om half acht."),
    ("heemstede", ("home-address",), "Bezoekadres: Havenstraat 10, 2101 CD Heemstede. Postadres: Postbus 200."),
    ("heemstede", ("home-address",),
     "Het gemeentehuis (Stationsplein 4) is op werkdagen geopend van 9.00 tot 16.00 uur."),
    ("heemstede", ("home-address",),
     "De milieustraat aan de Cruquiusweg 27 is zaterdag open van 9 tot 15 uur, neem je pasje mee."),
    ("heemstede", ("home-address",), "Wijkcentrum De Pauw (Kerklaan 61) organiseert elke woensdag een koffieochtend."),
    ("heemstede", ("home-address",), "de sporthal aan de Sportlaan 5 wordt deze zomer gerenoveerd #sport #heemstede"),
    ("domus", ("home-address",),
     "Wij zoeken een monteur! Solliciteer bij Installatiebedrijf Verhoeven, Industrieweg 22, 6045 JG Roermond."),
    ("domus", ("home-address",), "Onze showroom in Roermond, Kapellerlaan 18, is ook op zaterdag open."),
    ("sterkhuis", ("home-address",),
     "De voorlichtingsavond voor pleegouders is op ons kantoor in Hengelo, Marktstraat 3, vanaf 19.30 uur."),
    ("hartekamp", ("home-address",), "Op de locatie aan de Duinweg 20 is zaterdag een open dag voor familie."),
    # -- the writer's own number, offered to readers (Hartekamp: a closed page exchanges it) --
    ("hartekamp", ("phone-number", "own-phone"),
     "Wie wil er meerijden naar de kerstmarkt? Bel of app me gerust: 06 12 34 56 78"),
    ("hartekamp", ("phone-number", "own-phone"), "ik kan zaterdag nog 3 mensen meenemen, app mij even op 0612345678"),
    ("hartekamp", ("phone-number", "own-phone"),
     "Mijn nummer is 06-98765432, bel gerust als je vragen hebt over de bingo."),
    ("hartekamp", ("phone-number", "own-phone"), "Je kunt me bereiken op 06 - 11 22 33 44 (ook WhatsApp)."),
    ("hartekamp", ("phone-number", "own-phone"),
     "Voor de barbecue zoeken we nog helpers! Stuur me een berichtje op 0687654321."),
    ("hartekamp", ("phone-number", "own-phone"),
     "Ben je ook ouder van een bewoner en wil je bijpraten? Ik ben bereikbaar op 06-55512345."),
    # -- care words in guidance, not about one identifiable person ---------------------------
    ("hartekamp", ("client-details",),
     "Vorige week sprak ik Joyce Bakker over onze pagina.\n\n"
     "Tip: zet nooit iets over medicatie of een epileptische aanval van een bewoner in de groep."),
    ("hartekamp", ("client-details",),
     "Mijn broer Ruben ging mee naar Texel en genoot.\n\n"
     "Zo'n weekend is veel werk voor de begeleiders: medicatie, eetlijstjes, vervoer."),
    ("hartekamp", ("client-details",),
     "Marloes Verhoef zegt het steeds: plaats nooit iets over medicatie of een behandelplan."),
    ("hartekamp", ("client-details",),
     "Anna de Vries van Team Communicatie schreef deze blog.\n\n"
     "Zet nooit medische gegevens van bewoners online; het dossier hoort niet op Facebook."),
    ("hartekamp", ("client-details",),
     "Gezellige middag met Piet Hein als sinterklaas!\n\nVragen over medicijnen? Stel ze aan de huisarts."),
    ("hartekamp", ("client-details",),
     "We verwelkomen Karin Smit als nieuwe beheerder.\n\n"
     "Weet je het niet zeker? Bespreek zorgplan en medicatie altijd in een persoonlijk gesprek."),
    ("hartekamp", ("client-details",),
     "Welkom aan onze nieuwe collega Ron de Graaf!\n\nWat doe je als een bewoner in een psychose raakt? Bel de crisisdienst."),
    ("sterkhuis", ("client-details",), "Training gevolgd over psychose en zelfmoordpogingen bij jongeren, erg leerzaam."),
    # -- pictures of clients in guidance: the rule, a condition, advice to the reader ---------
    ("hartekamp", ("client-image-text",), "Een filmpje van een cliënt zet je pas online als de familie akkoord is."),
    ("hartekamp", ("client-image-text",), "Beelden van bewoners deel je alleen met toestemming van hun vertegenwoordiger."),
    ("hartekamp", ("client-image-text",), "Een foto van een cliënt plaats je nooit zonder toestemming."),
    ("hartekamp", ("client-image-text",), "Wil je een foto van bewoners posten? Vraag dan eerst toestemming aan de familie."),
    ("hartekamp", ("client-image-text",),
     "Een besloten groep is bedoeld voor contact met bewoners en familie: foto's van uitjes, het menu, de planning."),
    ("hartekamp", ("client-image-text",), "Foto's van bewoners kun je alleen plaatsen als er toestemming is."),
    ("hartekamp", ("client-image-text",), "De familiegroep is voor foto's van uitjes met de bewoners en het weekmenu."),
    ("hartekamp", ("client-image-no-consent",), _IMG + "Wat een feest was het gisteren, de dansvloer was de hele middag vol!"),
    ("hartekamp", ("client-image-no-consent",), _IMG + "Iedereen had het naar zijn zin op het strand. Tot volgend jaar!"),
    ("hartekamp", ("client-image-no-consent",), _IMG + "Zonder de vrijwilligers was dit feest nooit gelukt, dank jullie wel."),
    ("hartekamp", ("client-image-no-consent",), "Toestemming heb ik nog niet gevraagd, dus de foto's volgen later."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "fine")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[:40]}" for p, r, t in FLAG])
def test_private_data_is_still_flagged(results, i):
    pack, rule, text = FLAG[i]
    assert rule in rule_ids(results[i]), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[:40]}" for p, _, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
