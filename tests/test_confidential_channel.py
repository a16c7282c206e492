"""Confidential information, credentials, news to the media and account rules (issue 8, fourth round),
through the CLI.

Each class has phrasings of its own (not the dev set's words): what must be flagged, in several
registers, and what must pass in the same words (negation, reporting, advice, the harmless sense).
All drafts of one pack are checked in one CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_REPLY = "---\ncapacity: personal\nreply_to: https://x.com/inwoner/status/1\n---\n"
_PERSONAL = "---\ncapacity: personal\n---\n"
_GROUP = "---\nchannel: facebook\npage: Besloten groep Woongroep De Linde\n---\n"

# (pack, rule id that must fire, text)
FLAG = [
    # -- credentials in everyday words: key safes, code locks, alarm and door codes ----------------
    ("hartekamp", "credential",
     "hoi, het sleutelkastje bij de voordeur van de Linde gaat open met 2846 (nieuw sinds maandag)"),
    ("hartekamp", "credential", "Invallers opgelet: codeslot fietsenhok = 7 3 1 9 - niet verder vertellen"),
    ("hartekamp", "credential", "De alarmcode van de dagbesteding is veranderd in 5520."),
    ("hartekamp", "credential", "kluisje bij de achterdeur: 3-3-0-7 👍"),
    ("hartekamp", "credential", "De cijfers van het slot van de schuur zijn 1 9 8 4, daarna goed dichtdraaien."),
    ("hartekamp", "credential",
     "Voor wie zaterdag opent: de sleutel zit in de kluis, code is per direct 6620 (oude code vervalt)."),
    ("sterkhuis", "credential", "Gastenwifi: wifi-wachtwoord is Zonnebloem#22, fijn weekend allemaal"),
    ("domus", "credential",
     "Bouwplaats Kerkstraat: toegangscode van het hek is gewijzigd naar 0412 – graag doorgeven aan de stukadoor."),
    # -- the offer, price or calculation of another company -----------------------------------------
    ("domus", "competitor-quote",
     "Net naast de opdracht gegrepen. Hun calculatie kwam €12.000 lager uit, dat wist ik via een kennis."),
    ("domus", "competitor-quote",
     "Raad eens wie het werk kreeg 😎 De prijsopbouw van Schildersbedrijf Peeters lag op 55 euro per uur, wij op 49."),
    ("domus", "competitor-quote",
     "Bij de aanbesteding voor de dakgoten zaten we flink onder de concurrent: hun inschrijving was € 310.000."),
    ("domus", "competitor-quote",
     "Eerlijk is eerlijk, de kostprijs van Bouwbedrijf Hermans voor de 40 woningen was 1,2 miljoen; die van "
     "ons lager."),
    ("domus", "competitor-quote",
     "#aanbesteding gewonnen! Die andere partij ging voor €98.000, wij zaten er ruim onder."),
    ("domus", "competitor-quote", "Hun tarieven (68 euro per uur) zagen we via via, daar konden we makkelijk onder."),
    # -- a tender that is not decided yet -------------------------------------------------------------
    ("heemstede", "tender-pending",
     "Spannend! De gunning van het schoonmaakcontract is nog niet bekend, maar Schoonmaakbedrijf Hermans zat "
     "€20.000 onder de rest 🤫"),
    ("heemstede", "tender-pending",
     "de aanbesteding voor de speeltoestellen loopt nog, maar tussen ons: de laagste inschrijver is SpeelGoed "
     "met € 212.000"),
    ("heemstede", "tender-pending",
     "Hoewel de gunning nog niet definitief is, kan ik verklappen dat Bouwbedrijf Jansen de opdracht voor het "
     "raadhuis krijgt."),
    ("heemstede", "tender-pending",
     "Nog niet officieel gegund hoor, maar het lijkt erop dat Groenbedrijf De Linde de klus krijgt."),
    ("heemstede", "tender-pending",
     "De andere inschrijvers horen het pas volgende week, maar het contract gaat naar Van Leeuwen Bouw 🏗️"),
    ("domus", "tender-pending",
     "Voorlopige gunning binnen! Bezwaartermijn loopt nog, maar wij zaten € 14.000 onder nummer twee. #trots"),
    # -- a media tip from a personal account -----------------------------------------------------------
    ("sterkhuis", "media-tip", "@OmroepBrabant kom eens langs bij ons gezinshuis, ik sta graag voor de camera!"),
    ("sterkhuis", "media-tip", "Misschien iets voor RTV Oost? Ons pleeggezin bestaat 25 jaar 🎉"),
    ("sterkhuis", "media-tip",
     "jullie moeten echt eens een item maken over pleegzorg @NOS, ik wil best voor de camera"),
    ("sterkhuis", "media-tip", "Beste journalist van Tubantia, zoekt u een verhaal over jeugdzorg? Stuur me een dm."),
    ("sterkhuis", "media-tip", "Ik heb de Gelderlander vanochtend gemaild over onze open dag, hopelijk komen ze 📰"),
    ("sterkhuis", "media-tip",
     "Vandaag zelf een persbericht naar de regionale pers gestuurd over onze nieuwe locatie."),
    # -- talking to a journalist yourself ------------------------------------------------------------------
    ("heemstede", "press-contact",
     "Net zelf de verslaggever van het Haarlems Dagblad te woord gestaan over de bomenkap."),
    ("heemstede", "press-contact", "heb vanmiddag de journalist van NH Nieuws gesproken, morgen staat het erin"),
    ("heemstede", "press-contact",
     "Ik heb tegen de redactie van de Heemsteedse Courant gezegd dat het fietspad in mei klaar is."),
    # -- hiding that a post comes from the writer or the municipality ----------------------------------------
    ("heemstede", "pseudonym-text",
     "plaats het via het profiel van mijn zus, anders ziet iedereen dat het van ons komt 😉"),
    ("heemstede", "pseudonym-text",
     "Ik zet het op de buurtpagina via een vriend, dan weet niemand dat het van mij komt."),
    ("heemstede", "pseudonym-text",
     "Wij reageren via het account van de voetbalclub zodat niemand merkt dat het van de gemeente komt."),
    ("heemstede", "pseudonym-text", "NB: via account Joke plaatsen, anders weet iedereen dat het van ons komt"),
    # -- an official announcement from a personal account ----------------------------------------------
    ("hartekamp", "announcement-personal", _PERSONAL +
     "Bij deze laat ik alle ouders weten dat de Hartekamp Groep de logeeropvang in Velsen per 1 maart sluit."),
    ("hartekamp", "announcement-personal", _PERSONAL +
     "Belangrijk bericht voor alle verwanten: de bezoektijden van de Hartekamp veranderen vanaf volgende week."),
    ("hartekamp", "announcement-personal", _PERSONAL +
     "Hierbij officieel bekendmaken dat de dagbesteding van de Hartekamp Groep in mei verhuist naar Haarlem-Noord."),
    ("hartekamp", "announcement-personal", _PERSONAL +
     "Ik weet het uit eerste hand: de Hartekamp Groep stopt met de avondbus, de ritten vervallen vanaf februari."),
    ("hartekamp", "announcement-personal", _PERSONAL +
     "Mededeling voor alle families van de Hartekamp: met ingang van januari gelden nieuwe ophaaltijden."),
    ("hartekamp", "announcement-personal", _PERSONAL +
     "LET OP ouders!! hierbij laten we weten dat de hartekamp groep het vervoer per 1 april wijzigt"),
    # -- inviting outsiders into a closed group ----------------------------------------------------------
    ("hartekamp", "closed-group-invite", _GROUP +
     "Iedereen is welkom in onze besloten groep, ook je buren en vrienden!"),
    ("hartekamp", "closed-group-invite", _GROUP + "Stuur dit door aan je vrienden zodat zij ook lid kunnen worden 😊"),
    ("hartekamp", "closed-group-invite", _GROUP +
     "voeg gerust je buren toe aan de groep, hoe meer zielen hoe meer vreugd"),
    ("hartekamp", "closed-group-invite", _GROUP +
     "Ken je kennissen die mee willen kijken? Laat ze een verzoek sturen, dan zet ik ze erbij."),
    ("hartekamp", "closed-group-invite", _GROUP + "Nodig gerust je collega's uit voor deze groep, hoe meer hoe beter!"),
    ("hartekamp", "closed-group-invite", _GROUP +
     "Tag hieronder je vriendinnen, dan vraag ik de beheerder ze toe te voegen."),
    # -- a civil servant who answers for the municipality without naming the role -------------------------
    ("heemstede", "role-missing-personal", _REPLY + "@buurtbewoner komt goed, we zijn ermee bezig. nog ff geduld"),
    ("heemstede", "role-missing-personal", _REPLY +
     "We zitten erbovenop! De bank bij de vijver wordt in maart vervangen."),
    ("heemstede", "role-missing-personal", _REPLY +
     "De opdracht is al verstrekt, de stoep wordt na de vorst hersteld."),
    ("heemstede", "role-missing-personal", _REPLY + "we zijn er druk mee bezig hoor, de nieuwe bank komt er echt"),
    ("heemstede", "role-missing-personal", _REPLY + "Dank voor je melding, het staat ingepland voor week 12."),
    ("heemstede", "role-missing-personal", _REPLY + "We hebben je melding ontvangen en houden je op de hoogte."),
]

# (pack, rule ids that must not fire at review or block, text)
PASS = [
    # -- credentials: advice without a value, discount codes, years, prices, postcodes ---------------------
    ("hartekamp", ["credential"], "Verander je pincode regelmatig en deel hem nooit met anderen."),
    ("hartekamp", ["credential"], "De code van de actie is ZOMER, dan krijg je 10% korting."),
    ("hartekamp", ["credential"], "Sinds 1984 hangt er een sleutelkluis naast de deur van de boerderij."),
    ("hartekamp", ["credential"], "Ik zou nooit de code van de sleutelkluis in de groep zetten; bel me maar even."),
    ("hartekamp", ["credential"], "De alarmcode is gewijzigd, vraag de nieuwe aan je leidinggevende."),
    ("hartekamp", ["credential"], "Het nieuwe kluisje voor de sleutels kost 2500 euro, de stichting betaalt mee."),
    ("hartekamp", ["credential"], "Het codeslot van de schuur zit op de achterdeur, bij postcode 2101 AB."),
    # -- business figures: our own price, public results, advice, negation, reporting ----------------------
    ("domus", ["competitor-quote", "tender-pending"],
     "Vraag vrijblijvend een offerte aan, onze calculatie is altijd transparant: €45 per uur."),
    ("domus", ["competitor-quote", "tender-pending"],
     "Ik zou nooit de calculatie van een concurrent delen, ook niet na een aanbesteding van € 200.000."),
    ("domus", ["competitor-quote", "tender-pending"],
     "Volgens de krant lag de inschrijving van Bouwbedrijf Hermans €2 miljoen hoger dan begroot bij de aanbesteding."),
    ("domus", ["competitor-quote", "tender-pending"],
     "We hebben de aanbesteding gewonnen! Onze inschrijving van €310.000 was de scherpste."),
    ("heemstede", ["tender-pending", "competitor-quote"],
     "De aanbesteding voor het groenonderhoud loopt nog; de gunning verwachten we in maart. Meer op TenderNed."),
    ("heemstede", ["tender-pending", "competitor-quote"],
     "Ik zou nooit vertellen wie de laagste inschrijver is zolang de gunning nog niet bekend is."),
    ("heemstede", ["tender-pending", "competitor-quote"],
     "De gemeente heeft het contract voor het groenonderhoud gegund aan De Linde; de bezwaartermijn is verstreken."),
    ("heemstede", ["tender-pending", "competitor-quote"],
     "Hoe werkt een aanbesteding? Inschrijvers dienen een prijs in en de laagste prijs wint niet altijd."),
    # -- media: watching the news, advice, negation, reporting ------------------------------------------------
    ("sterkhuis", ["media-tip"], "Mooie reportage van Omroep Gelderland over pleegzorg gisteren, echt kijken!"),
    ("sterkhuis", ["media-tip"],
     "Ik zou nooit zelf de krant tippen; nieuws voor de media gaat via PR en communicatie."),
    ("sterkhuis", ["media-tip"], "Tip voor jullie: neem een regenjas mee naar het kamp."),
    ("sterkhuis", ["media-tip"],
     "De journalist van RTV Oost vroeg of ik voor de camera wilde; ik heb hem naar onze afdeling communicatie "
     "verwezen."),
    ("heemstede", ["press-contact"],
     "Ik zou nooit zelf een journalist te woord staan; vragen van de pers gaan naar de afdeling Communicatie."),
    ("heemstede", ["press-contact"], "Gisteren heb ik in de krant gelezen dat de bibliotheek langer open gaat."),
    ("heemstede", ["pseudonym-text"], "Zet ons logo erop, anders ziet niemand dat het van ons komt."),
    ("heemstede", ["pseudonym-text"],
     "Ik zou nooit via een ander account posten zodat niemand weet dat het van ons komt."),
    ("heemstede", ["pseudonym-text"], "Een inwoner schreef: 'dan weet niemand dat het van mij komt'."),
    # -- announcements: private news, negation, waiting for the official message ---------------------------------
    ("hartekamp", ["announcement-personal", "official-news-personal"], _PERSONAL +
     "Bij deze laat ik jullie weten dat ik na tien jaar afscheid neem van de Hartekamp Groep. Wat een tijd!"),
    ("hartekamp", ["announcement-personal", "official-news-personal"], _PERSONAL +
     "Ik zou nooit zelf een mededeling namens de Hartekamp doen, dat loopt via Team Communicatie."),
    ("hartekamp", ["announcement-personal", "official-news-personal"], _PERSONAL +
     "Hierbij laat ik weten dat ik zaterdag niet op het feest kan komen, sorry lieverds!"),
    ("hartekamp", ["announcement-personal", "official-news-personal"], _PERSONAL +
     "Weet iemand of de ophaaltijden van de Hartekamp veranderen? Ik heb nog niets gehoord."),
    # -- closed groups: the rule itself, family, a public page ----------------------------------------------------
    ("hartekamp", ["closed-group-invite"], _GROUP +
     "Alleen de beheerders kunnen leden toevoegen; wil je je buurvrouw erbij, dat kan helaas niet."),
    ("hartekamp", ["closed-group-invite"], _GROUP +
     "Ik zou nooit mijn buren toevoegen aan deze groep, die is alleen voor ouders en verwanten."),
    ("hartekamp", ["closed-group-invite"], _GROUP + "Welkom aan de nieuwe ouders van Tim! Fijn dat jullie erbij zijn."),
    ("hartekamp", ["closed-group-invite"],
     "---\nchannel: facebook\npage: Hartekamp Groep\ncapacity: official\n---\n"
     "Volg onze pagina en ontdek wat er speelt bij de Hartekamp Groep. Kijk ook eens op onze website."),
    # -- replies: a resident's own plans, or the role named ----------------------------------------------------------
    ("heemstede", ["role-missing-personal"], _REPLY + "Komt goed, ik neem zaterdag de taart mee!"),
    ("heemstede", ["role-missing-personal"], _REPLY + "Wij zijn er zaterdag ook bij, gezellig!"),
    ("heemstede", ["role-missing-personal"], _REPLY +
     "Komt goed, we zijn ermee bezig. Groet, Kevin, wijkbeheerder gemeente Heemstede"),
    ("heemstede", ["role-missing-personal"], _REPLY +
     "Ik zou nooit zeggen dat we ermee bezig zijn als het niet zo is."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "conf")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[-40:]}" for p, r, t in FLAG])
def test_flagged(results, i):
    pack, rule, text = FLAG[i]
    assert rule in rule_ids(results[i], acted_on=True), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[-40:]}" for p, _, t in PASS])
def test_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
