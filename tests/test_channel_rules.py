"""Channel, account, device, logo, press and policy-status rules told in the text (issue 8, third round).

One class per policy sentence, each with phrasings of our own (chat lower case, formal, typos,
word orders, inflections) that must be flagged, and drafts that must pass: negation, advice and
warnings, reporting and quotation, approval recorded in front matter, and the harmless sense of
the same words. All through the CLI.
"""
from __future__ import annotations

import pytest

from conftest import run_json

P = "personal"
O = "official"
REPLY = "---\nreply_to: https://www.facebook.com/groups/buurt/posts/77\n---\n"
AUTHOR = "---\nauthor: P. de Wit, projectleider gemeente Heemstede\n---\n"
APPROVED = "---\napproval:\n  by: RvE-manager en Team Communicatie\n  ref: HG-2026-31\n---\n"

CASES = [
    # --- content of a closed group taken outside it (Hartekamp: block, channel) ---
    ("hartekamp", P, "haha even gescreenshot uit de besloten fb-groep van mijn moeder haar woning 😂", "closed-page-sharing", True),
    ("hartekamp", P, "Heb dit bericht uit onze gesloten Facebookgroep maar even in mijn story gezet, te mooi!", "closed-page-sharing", True),
    ("hartekamp", P, "Gekopieerd uit de besloten whatsapp groep van de ouders: morgen geen dagbesteding. Weet iemand waarom?", "closed-page-sharing", True),
    ("hartekamp", P, "screenshotje van de besloten groep van mn zus d'r woonlocatie, kijk dan 😍 #hartekamp", "closed-page-sharing", True),
    ("hartekamp", P, "Dit kwam vanochtend voorbij in de besloten ouderpagina, ik heb het even doorgezet naar onze familie-app.", "closed-page-sharing", True),
    ("hartekamp", P, "Repost uit de besloten Facebookpagina van de woning: kijk die taart!", "closed-page-sharing", True),
    ("hartekamp", P, "Deel nooit screenshots uit de besloten groep, ook niet in je eigen story.", "closed-page-sharing", False),
    ("hartekamp", P, "Ik zou nooit iets uit de besloten fb groep doorsturen, dat blijft binnen de groep.", "closed-page-sharing", False),
    ("hartekamp", P, "Een moeder vertelde dat iemand een screenshot uit de besloten groep naar Instagram had gestuurd.", "closed-page-sharing", False),
    ("hartekamp", P, "We hebben besloten om de foto's van het zomerfeest op onze openbare pagina te delen.", "closed-page-sharing", False),
    ("hartekamp", P, "Ik heb een screenshot gemaakt van het nieuwe rooster in de teamapp.", "closed-page-sharing", False),
    # --- someone from outside let into a closed group (Hartekamp: block, channel) ---
    ("hartekamp", P, "heb mijn buurman ook even toegevoegd aan de besloten groep van de woning, die is altijd zo betrokken", "closed-page-member", True),
    ("hartekamp", P, "Welkom aan mijn vriendin Els, die heb ik net uitgenodigd in onze facebookgroep van De Brink!", "closed-page-member", True),
    ("hartekamp", P, "mn schoonzus zit er nu ook in hoor, zodat ze de foto's van de dagbesteding kan zien", "closed-page-member", True),
    ("hartekamp", P, "Ik heb een paar collega's van mijn vorige werk erbij gezet in de groep, leuk toch?", "closed-page-member", True),
    ("hartekamp", P, "Mijn buren kunnen nu ook meekijken in de groep, heb ze vanochtend toegevoegd.", "closed-page-member", True),
    ("hartekamp", P, "We hebben de tante en de oom van Sem ook toegang gegeven tot de pagina, gezellig!", "closed-page-member", True),
    ("hartekamp", P, "Alleen de beheerders kunnen leden toevoegen aan de besloten groep; wil je iemand erbij, vraag het hen.", "closed-page-member", False),
    ("hartekamp", P, "Ik heb mijn buurvrouw niet toegevoegd aan de groep, dat mag alleen de beheerder.", "closed-page-member", False),
    ("hartekamp", P, "Volgens de beheerder had iemand zijn buurman toegevoegd aan de groep.", "closed-page-member", False),
    ("hartekamp", P, "Mijn buurvrouw heeft me toegevoegd aan de buurtapp van onze straat.", "closed-page-member", False),
    ("hartekamp", P, "Ik heb de foto's van het uitje toegevoegd aan het album van de groep.", "closed-page-member", False),
    ("hartekamp", P, "Sommige buren hebben zich zelfs aangemeld als vrijwilliger, en ik heb mijn vrienden uitgenodigd voor het feest.", "closed-page-member", False),
    # --- a work device used for a private account (Hartekamp: block, channel) ---
    ("hartekamp", P, "snel even mijn eigen facebook gecheckt op de werktelefoon, niemand die het ziet 🙈", "work-device-private", True),
    ("hartekamp", P, "Heb m'n privé insta op de tablet van de groep gezet, is wel zo makkelijk in de nachtdienst", "work-device-private", True),
    ("hartekamp", P, "Via de iPad van de woning even ingelogd op mn eigen TikTok, filmpje van mijn hond gepost", "work-device-private", True),
    ("hartekamp", P, "Mijn telefoon is stuk, dus ik zit nu via de teamtelefoon op mijn eigen Facebook.", "work-device-private", True),
    ("hartekamp", P, "Op de laptop van de zaak ingelogd met mijn privéaccount, scheelt weer een apparaat.", "work-device-private", True),
    ("hartekamp", P, "Mijn persoonlijke LinkedIn staat gewoon op mijn diensttelefoon, dus ik post dit vanaf het werk.", "work-device-private", True),
    ("hartekamp", P, "Ik log nooit in op mijn eigen Instagram via de team-iPad.", "work-device-private", False),
    ("hartekamp", P, "Met de werktelefoon een foto voor de pagina van onze locatie gemaakt.", "work-device-private", False),
    ("hartekamp", P, "Zet geen privéaccounts op de werktelefoon of de team-iPad, dat is niet toegestaan.", "work-device-private", False),
    ("hartekamp", P, "Een collega vertelde dat iemand zijn eigen TikTok op de groepstablet had gezet.", "work-device-private", False),
    # --- a new page or account opened without approval (Hartekamp: review, approval) ---
    ("hartekamp", O, "Vanaf vandaag heeft woongroep De Linde een eigen Instagram! Gisteren zelf opgezet met de bewoners 😍", "new-page", True),
    ("hartekamp", O, "ons gloednieuwe tiktok-account is live!! volg ons voor de dansjes van de dagbesteding", "new-page", True),
    ("hartekamp", O, "Trots om te melden: we hebben een Facebookgroep gestart voor de ouders van het logeerhuis.", "new-page", True),
    ("hartekamp", O, "Eerste post op onze nieuwe insta pagina! Welkom allemaal", "new-page", True),
    ("hartekamp", O, "Dit is het nieuwe YouTube kanaal van dagbesteding Het Anker, abonneer je!", "new-page", True),
    ("hartekamp", O, "We zijn sinds gisteren ook te vinden op TikTok, volg ons!", "new-page", True),
    ("hartekamp", O, APPROVED + "ons gloednieuwe instagram-account is live! volg ons", "new-page", False),
    ("hartekamp", O, "Wil je een nieuw Instagram-account voor je team? Vraag eerst je RvE-manager.", "new-page", False),
    ("hartekamp", O, "Ik zou nooit zelf een nieuwe pagina aanmaken zonder akkoord van communicatie.", "new-page", False),
    ("hartekamp", O, "Het nieuwe seizoen van de dagbesteding is gestart, volg ons voor de foto's!", "new-page", False),
    ("hartekamp", O, "Wist je dat de Hartekamp Groep al jaren op Instagram staat? Volg de officiële pagina.", "new-page", False),
    # --- a home-made or old logo (Hartekamp: block, copyright) ---
    ("hartekamp", O, "Collega Tom heeft een eigen Linde-logo getekend, dat zetten we op onze pagina!", "house-style-logo", True),
    ("hartekamp", O, "We gebruiken vanaf nu ons zelfontworpen logo als profielfoto 🎨", "house-style-logo", True),
    ("hartekamp", O, "Het logo van vroeger vonden we mooier, dus dat staat weer op de poster.", "house-style-logo", True),
    ("hartekamp", O, "Nieuw logo voor onze locatiepagina, gemaakt door een van onze bewoners in Canva!", "house-style-logo", True),
    ("hartekamp", O, "Profielfoto vervangen door een logo dat ik zelf in elkaar heb gezet.", "house-style-logo", True),
    ("hartekamp", O, "Even het oude logo van De Brink teruggezet op de banner, die nieuwe huisstijl vindt niemand mooi.", "house-style-logo", True),
    ("hartekamp", O, "We gebruiken alleen het logo uit het Handboek Huisstijl, geen eigen logo's.", "house-style-logo", False),
    ("hartekamp", O, "Maak nooit zelf een logo: download het actuele logo op Infoland.", "house-style-logo", False),
    ("hartekamp", O, "Ik heb zelf een kaart getekend voor oma's verjaardag, met een hartje erin.", "house-style-logo", False),
    ("hartekamp", O, "Het logo van de Hartekamp Groep is ontworpen door een bureau en staat in het Handboek Huisstijl.", "house-style-logo", False),
    # --- talking to the press (news) ---
    ("heemstede", P, "@SannedeJong_NHD ja dat klopt, de sporthal gaat in juni dicht. Mag je zo opschrijven hoor.", "press-contact", True),
    ("heemstede", P, "Dag Rik, je mag me citeren: het fietspad is eind mei klaar.", "press-contact", True),
    ("heemstede", P, "Werd vanochtend benaderd door een journalist van NH Nieuws over de bomenkap, heb hem alles uitgelegd.", "press-contact", True),
    ("heemstede", P, "@hdheemstede wij passen de omleiding aan, nog iets nodig voor je artikel?", "press-contact", True),
    ("heemstede", P, "off the record: de aannemer ligt zes weken achter, maar dat heb je niet van mij", "press-contact", True),
    ("sterkhuis", P, "Het Dagblad vroeg me om een reactie, dus die heb ik maar gegeven: we zoeken dringend pleegouders.", "press-contact", True),
    ("heemstede", P, "Ik zou nooit een journalist te woord staan zonder de afdeling Communicatie.", "press-contact", False),
    ("heemstede", P, "Lees het artikel in het Haarlems Dagblad over de Cruquiusweg.", "press-contact", False),
    ("heemstede", P, "In de krant van vandaag staat een mooi stuk over de bibliotheek.", "press-contact", False),
    ("heemstede", P, "Dank voor je verhaal, ik zet het stuk door naar de collega's.", "press-contact", False),
    ("heemstede", P, "Een collega zei dat de krant hem om een reactie had gevraagd.", "press-contact", False),
    # --- a civil servant answering residents without saying their role (disclaimer) ---
    ("heemstede", P, REPLY + "Hoi Piet, de kapotte bank in het Wilhelminapark staat op onze planning, we vervangen hem volgende maand.", "role-missing-personal", True),
    ("heemstede", P, REPLY + "Klopt, we pakken die gaten in het fietspad na de vorst op. Nog even geduld!", "role-missing-personal", True),
    ("heemstede", P, REPLY + "Dank je, ik zet het door naar de collega's van de buitendienst, die lossen het deze week op.", "role-missing-personal", True),
    ("heemstede", P, REPLY + "dat afval wordt morgen door ons opgehaald, sorry voor het wachten", "role-missing-personal", True),
    ("heemstede", P, REPLY + "De scheve boom nemen we volgende week mee met het snoeiwerk.", "role-missing-personal", True),
    ("heemstede", P, REPLY + "Goed dat je het meldt! Ik heb het doorgegeven aan de afdeling wegen.", "role-missing-personal", True),
    ("heemstede", P, REPLY + "De kapotte bank staat op onze planning. Groet, Tom, wijkbeheerder gemeente Heemstede", "role-missing-personal", False),
    ("heemstede", P, REPLY + "Mooie foto! Wij gaan zaterdag ook naar het park.", "role-missing-personal", False),
    ("heemstede", P, REPLY + "Ik kan hier niet namens de gemeente reageren; meld het via 14 023, dan pakken zij het op.", "role-missing-personal", False),
    ("heemstede", P, "De kapotte bank staat op onze planning, we vervangen hem volgende maand.", "role-missing-personal", False),
    # --- replying for the organisation from a private account (Hartekamp: review, channel) ---
    ("hartekamp", P, REPLY + "Namens de Hartekamp Groep: sorry dat het vervoer weer te laat was.", "private-account-official", True),
    ("hartekamp", P, REPLY + "Ik werk bij de Hartekamp Groep en wij bieden onze excuses aan voor de lange wachttijd.", "private-account-official", True),
    ("hartekamp", P, "Reactie namens het team van de Hartekamp: de bus rijdt vanaf maandag weer.", "private-account-official", True),
    ("hartekamp", P, "Wij betreuren het zeer dat dit bij de Hartekamp Groep is gebeurd en gaan het oplossen.", "private-account-official", True),
    ("hartekamp", P, "officiële mededeling van de hartekamp groep: de dagbesteding is maandag dicht", "private-account-official", True),
    ("hartekamp", P, "Uit naam van de organisatie (Hartekamp Groep): het spijt ons, we lossen het op.", "private-account-official", True),
    ("hartekamp", O, REPLY + "Namens de Hartekamp Groep: sorry dat het vervoer weer te laat was.", "private-account-official", False),
    ("hartekamp", P, "Ik reageer hier niet namens de Hartekamp Groep, maar als moeder: wat een fijne plek.", "private-account-official", False),
    ("hartekamp", P, "Ik zou nooit namens de Hartekamp Groep reageren, dat doet Team Communicatie.", "private-account-official", False),
    ("hartekamp", P, "Namens de hele familie: dank aan iedereen die kwam!", "private-account-official", False),
    # --- a civil servant correcting facts from a private account (Heemstede: review, channel) ---
    ("heemstede", P, "Dit klopt niet: ik werk zelf bij de gemeente en de bibliotheek gaat helemaal niet dicht.", "private-account-correction", True),
    ("heemstede", P, "Als ambtenaar kan ik je vertellen: dat gerucht over de hondenbelasting klopt niet.", "private-account-correction", True),
    ("heemstede", P, "ik werk zelf op de afdeling die erover gaat, en nee het tarief gaat niet omhoog. fake news dus", "private-account-correction", True),
    ("heemstede", P, "Even rechtzetten, want ik werk aan dit project: er worden geen bomen gekapt.", "private-account-correction", True),
    ("heemstede", P, REPLY + "Klopt niks van hoor. Ik werk bij de gemeente en de vergunning is gewoon verleend.", "private-account-correction", True),
    ("heemstede", P, "Dat is echt niet waar, ik ben zelf ambtenaar en weet hoe het zit: het zwembad blijft open.", "private-account-correction", True),
    ("heemstede", P, "Dit klopt niet, de bakker is op maandag gewoon open.", "private-account-correction", False),
    ("heemstede", P, "Ik werk zelf bij de gemeente, maar dit zeg ik als buurtbewoner: wat een mooie schooltuin!", "private-account-correction", False),
    ("heemstede", O, "Dit klopt niet: de bibliotheek blijft open. Groet, Sanne, communicatieadviseur gemeente Heemstede", "private-account-correction", False),
    ("heemstede", P, "Ik werk bij de gemeente. Volgens mijn buurman klopt het gerucht niet, maar ik weet het echt niet.", "private-account-correction", False),
    # --- a civil servant denying a stake they have (Heemstede: block, other) ---
    ("heemstede", P, AUTHOR + "Ik heb er zelf helemaal geen belang bij, maar dat nieuwe zwembadplan is prima.", "identity-denied", True),
    ("heemstede", P, AUTHOR + "Voor de duidelijkheid: ik ben op geen enkele manier betrokken bij dit project. Het is een goed plan.", "identity-denied", True),
    ("heemstede", P, AUTHOR + "ik sta er helemaal buiten hoor, maar die bomenkap is echt nodig", "identity-denied", True),
    ("heemstede", P, AUTHOR + "Ik heb geen enkel belang bij die nieuwbouw en ik vind het een prima plan.", "identity-denied", True),
    ("heemstede", P, AUTHOR + "ik ben geen ambtenaar hoor, maar de plannen voor het park zijn top", "identity-denied", True),
    ("heemstede", P, AUTHOR + "Ik heb niks met dit project te maken, maar de kritiek slaat nergens op.", "identity-denied", True),
    ("heemstede", P, "Ik heb geen belang bij dit project, ik woon aan de andere kant van het dorp.", "identity-denied", False),
    ("heemstede", P, AUTHOR + "Ik werk bij de gemeente, maar heb zelf geen belang bij dit project.", "identity-denied", False),
    ("heemstede", P, AUTHOR + "Een bewoner schreef: \"ik heb er geen belang bij, maar het plan is prima\".", "identity-denied", False),
    ("heemstede", P, AUTHOR + "Belangen bij dit project? Die heb ik als projectleider natuurlijk wel.", "identity-denied", False),
]

LINKEDIN = [
    # --- policy discussed without saying concept or definitief (policy-status) ---
    ("Trots op onze nieuwe mobiliteitsvisie! Wie wil meelezen?", True),
    ("In de kadernota hebben we ruimte gemaakt voor meer groen; hoe doen jullie dat?", True),
    ("Ik werk aan de woonvisie voor Heemstede en zoek sparringpartners.", True),
    ("Benieuwd hoe andere gemeenten omgaan met de parkeerverordening? Wij kiezen voor één vergunning per adres.", True),
    ("Met het speelruimteplan willen we elke wijk een speeltuin geven, tips welkom #ambtenaar20", True),
    ("Wij hebben een nieuwe nota over parkeernormen geschreven, wie wil reageren?", True),
    ("De subsidieregeling voor groene daken: wat vinden jullie van een maximum van 500 euro?", True),
    ("Onze nieuwe parkeernota is vastgesteld door de raad! Benieuwd hoe jullie het uitvoeren.", False),
    ("De woonvisie is nog een concept, alles staat nog open voor discussie.", False),
    ("Mooie dag op het congres over televisie en nieuwe media!", False),
    ("De nota van de loodgieter was hoger dan verwacht.", False),
]


def _rules(pack, capacity, text, channel=None):
    args = ["--pack", pack, "--capacity", capacity, "--fail-on", "never"]
    if channel:
        args += ["--channel", channel]
    report = run_json([*args, "-"], input=text + "\n")
    entry = report["files"][0]
    return {f["rule"]: f["severity"] for f in entry["findings"]}, entry["verdict"]


@pytest.mark.parametrize("pack,capacity,text,rule,flag", CASES, ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_class(pack, capacity, text, rule, flag):
    rules, _ = _rules(pack, capacity, text)
    assert (f"{pack}.{rule}" in rules) is flag, rules


@pytest.mark.parametrize("text,flag", LINKEDIN, ids=[f"policy-status-{i}" for i in range(len(LINKEDIN))])
def test_policy_status(text, flag):
    rules, _ = _rules("heemstede", P, text, channel="linkedin")
    assert ("heemstede.policy-status-missing" in rules) is flag, rules


@pytest.mark.parametrize("pack,capacity,text,verdict", [
    # the policy says "niet toegestaan" / "niet acceptabel": no approval lifts these
    ("hartekamp", P, "haha even gescreenshot uit de besloten fb-groep van mijn moeder haar woning", "block"),
    ("hartekamp", P, "heb mijn buurman ook even toegevoegd aan de besloten groep van de woning", "block"),
    ("heemstede", P, AUTHOR + "Ik heb er zelf helemaal geen belang bij, maar dat nieuwe zwembadplan is prima.", "block"),
    # work device and home-made logo are block: the policy says "niet toegestaan" (no approval lifts it)
    ("hartekamp", P, "Via de iPad van de woning even ingelogd op mn eigen TikTok", "block"),
    ("hartekamp", O, "We gebruiken vanaf nu ons zelfontworpen logo als profielfoto", "block"),
])
def test_verdict(pack, capacity, text, verdict):
    assert _rules(pack, capacity, text)[1] == verdict
