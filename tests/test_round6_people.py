"""Sixth round (issue 8), people identified in a post, through the CLI.

Each class has phrasings of its own (not the dev set's words): a person in a care or client role
identified by a name, a title, a house number or a description, a colleague named by first name,
a caller's own number; and harmless texts in the same words (a topic, a negation, a street or a
game that looks like a name, the writer's own firm, consent stated) that must pass.
All drafts of one pack are checked in one CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_FB = "---\nchannel: facebook\ncapacity: personal\n---\n"
_OFF = "---\nchannel: facebook\ncapacity: official\n---\n"


def _img(shows: str, consent: str, capacity: str = "personal", extra: str = "") -> str:
    """Front matter with one image that shows `shows` with `consent:`."""
    return (f"---\nchannel: instagram\ncapacity: {capacity}\n{extra}images:\n  - file: a.jpg\n"
            f"    shows: [{shows}]\n    consent: {consent}\n---\n")


_APPROVED = "approval:\n  by: communicatie Woningstichting Domus\n  ref: DOM-1\n  date: 2026-11-01\n"

# (pack, rule id that must fire, text)
FLAG = [
    # -- a client named with a care or case detail: brain injury, rent arrears, debts, visiting arrangement --
    ("hartekamp", "client-identified",
     "Gerrit Mulder komt sinds vorige week naar de dagbesteding. Door zijn niet-aangeboren hersenletsel "
     "raakt hij snel overprikkeld."),
    ("hartekamp", "client-identified",
     "shoutout naar Joost Verhagen!! sinds z'n hersenletsel na dat auto-ongeluk schuurt ie de mooiste krukjes 💪"),
    ("domus", "client-identified",
     "Bij Harrie Janssen lag het werk stil, want hij heeft een betalingsregeling met Domus vanwege een huurschuld."),
    ("domus", "client-identified",
     "# Tussenstand renovatie\n\nHet meeste ging goed. Alleen bij Anita Hermans moesten we wachten, omdat ze "
     "een achterstand in de huur had en de woningstichting eerst een regeling wilde.\n\nDaarna ging het snel."),
    ("sterkhuis", "client-identified",
     "Weer geen Priscilla Bakker op de bezoekregeling vandaag, ons pleegkind was er zo verdrietig van 😢"),
    ("heemstede", "person-details",
     _FB + "Mevrouw Yvonne Smit kwam vandaag aan de balie, de deurwaarder staat bij haar op de stoep voor "
     "haar huurschuld."),
    # -- the next sentence goes on about the named person without a subject of its own ("weer", "nooit") --
    ("sterkhuis", "client-identified",
     "Dank je wel Kevin Jansen 👏 Weer niet op komen dagen bij het begeleid bezoek. Knap hoor."),
    ("sterkhuis", "client-identified",
     "Top hoor, Priscilla de Vries. Alweer de omgangsregeling afgezegd, de kleine was er kapot van."),
    ("hartekamp", "client-identified", "Ruben Kuipers, daar gaan we weer. Opnieuw weggelopen van de groep vannacht."),
    ("domus", "client-identified",
     "Bedankt meneer Hans Pieters!! Nog steeds geen cent van de huurachterstand betaald 🙄 #domus"),
    ("heemstede", "client-identified", _FB + "Goedemorgen Ria Vos. Wéér aan de balie voor de bijstandsuitkering."),
    ("sterkhuis", "client-identified", "shoutout naar tanja bakker!! nooit op tijd bij de bezoekregeling, echt knap 👏"),
    # -- a title and a lower-case surname with an interfix and a street: one resident --
    ("heemstede", "person-described",
     _FB + "mevrouw de jong van de dorpslaan stond vandaag weer aan de balie voor haar uitkering"),
    ("domus", "person-described", "meneer van dijk uit de kastanjelaan belde voor de derde keer over zijn kozijnen"),
    ("heemstede", "person-described", _FB + "Zo, de heer de boer aan de molenweg is weer tevreden. Volgende!"),
    ("domus", "person-described", "Familie de groot uit de beukenstraat had de koffie al klaar 😊 #domus"),
    ("heemstede", "person-described", _FB + "en ja hoor, mevr. van der berg van de kerklaan weer aan de lijn"),
    ("sterkhuis", "person-described", "Vandaag op huisbezoek bij meneer de haan uit de stationsstraat."),
    # -- a house number with its street, also abbreviated, lower case, or with words between --
    ("domus", "person-address", "de vrouw op nr 12 in die flat aan de kloosterstraat had weer koffie voor ons"),
    ("heemstede", "person-address", _FB + "die man van nr. 7 aan de glipperweg weet het weer beter dan wij"),
    ("domus", "person-address", "De bewoner van nummer 31, hier in de Maasstraat, stond al om 7 uur klaar."),
    ("heemstede", "person-address", _FB + "de meneer op nummer 19 bij ons in de lanckhorstlaan belt elke week"),
    ("domus", "person-address", "Mevrouw van huisnummer 4 van het blok aan de Roerkade vroeg of we koffie wilden."),
    ("domus", "person-address", "haha die meneer van nr 23 in de portiekflats aan de singelweg 😂 elke dag hetzelfde"),
    # -- a caller's own number is private, also when he calls the firm's office --
    ("domus", "phone-number",
     "Die meneer uit de flats van Domus belt onze planning elke dag vanaf 06-12345670. Gezellig hoor."),
    ("domus", "phone-number",
     "Wie kent deze huurder van Domus? Belt ons kantoor al een week lang vanaf nummer 06-23456781 😤"),
    ("domus", "phone-number",
     "weer een mevrouw uit de woning van domus die onze receptie belt vanaf haar mobiel 06 34567812"),
    # -- a colleague named by first name with her unit ("onze Margriet van de planning") --
    ("sterkhuis", "person-identified", "Na 30 jaar gaat onze Anneke van de receptie met pensioen! 🎉"),
    ("sterkhuis", "person-identified", "Dikke knuffel voor Yvonne van de administratie, ze was jarig 🎂"),
    ("sterkhuis", "person-identified", "Bedankt Joost van de planning, zonder jou was het rooster nooit rond gekomen!"),
    ("domus", "person-identified", "Onze Mieke van de binnendienst regelt alle afspraken met de huurders van Domus."),
    ("hartekamp", "person-identified", "afscheid van ineke van het secretariaat van de Hartekamp 😭 wat gaan we je missen"),
    ("sterkhuis", "person-identified", "Dank aan onze Wendy van de administratie, zij regelde alles voor de pleeggezinnen!"),
    ("sterkhuis", "person-identified", "Welkom Sanne van de helpdesk! Vanaf maandag zit ze bij ons op de groep."),
    # -- a first name on a post whose image shows people: the person shown is named --
    ("sterkhuis", "person-on-photo", _img("people", "false") + "kijk Sander hier nou slapen na de late dienst 😂😴"),
    ("sterkhuis", "person-on-photo", _img("people", "false") + "Daar staat Femke dan, helemaal trots op de groep 💪"),
    ("sterkhuis", "person-on-photo", _img("people", "false") + "pauze met Khadija en de rest van het team ☕ #zorg"),
    ("domus", "person-on-photo", _img("people", "false") + "Ruud aan het werk op de steiger bij de flats van Domus 👷"),
    ("sterkhuis", "person-on-photo", _img("people", "false") + "Mijn maatje Ricardo na een lange dienst. Respect!"),
    ("domus", "person-on-photo", _img("people, property", "false") + "Kijk Petra hier nou in haar nieuwe huurwoning!"),
    # -- consent to the name denied or not asked: still a name --
    ("domus", "person-name",
     "Mevrouw Hendriks opende de speeltuin bij de woningen van Domus. Ze wilde niet dat haar naam erbij kwam, oeps."),
    ("domus", "person-name",
     "Nieuwe keuken bij Domus voor Gerda Willems! Toestemming om haar naam te noemen heb ik nog niet gevraagd."),
    ("sterkhuis", "person-on-photo",
     _img("people", "false") + "Kijk Sander met zijn taart 😂 ik heb niet gevraagd of hij het goed vond dat ik dit deel"),
    # -- a lower-case first name with a school class: a child --
    ("sterkhuis", "child-identified", "noor d'r eerste rapport van groep 3 🥳 zo trots op dit meisje"),
    ("sterkhuis", "child-identified", "lisa haar eerste dag in groep 1 zit erop, pleegmama is moe 😅"),
    ("sterkhuis", "child-identified", "Milan zijn juf van groep 6 belde vandaag, hij doet het super in de klas."),
    ("hartekamp", "child-identified", "emma haar rapport uit groep 7 was top, trotse pleegouders hier!"),
    ("sterkhuis", "child-identified", "Vandaag sem z'n schoolreisje met groep 5 naar de Efteling 🎢"),
    ("sterkhuis", "child-identified", "ruben zit sinds deze week in de brugklas van het Ludger, spannend!"),
]

PASS = [
    # a care or case word as the topic, in a warning, or with nobody named
    ("hartekamp", ["client-identified"],
     "Mooie workshop van Anne de Wit over niet-aangeboren hersenletsel op de werkplaats."),
    ("domus", ["client-identified"],
     "Heeft u een huurschuld? Neem contact op met Domus voor een betalingsregeling, (0475) 33 73 23."),
    ("sterkhuis", ["client-identified"],
     "Ik zou nooit schrijven dat Priscilla niet op de bezoekregeling kwam, dat hoort niet online."),
    ("sterkhuis", ["client-identified"], "De bezoekregeling van pleegkinderen wordt door de voogd bepaald."),
    # the next sentence goes on, but about a topic, a colleague, or nothing confidential
    ("sterkhuis", ["client-identified"], "Mooie lezing van Kevin Jansen. Weer veel geleerd over de bezoekregeling."),
    ("sterkhuis", ["client-identified"],
     "Welkom aan onze nieuwe collega Kevin Jansen! Nooit meer alleen naar het begeleid bezoek 😄"),
    ("hartekamp", ["client-identified"], "Ben Kuipers belde vanmorgen. Weer een fijn gesprek gehad over de planning."),
    ("sterkhuis", ["client-identified"],
     "Schrijf nooit zoiets als: Kevin Jansen, weer niet op de bezoekregeling. Dat hoort niet online."),
    # a title before an office, not a surname
    ("heemstede", ["person-described"], _OFF + "Meneer de wethouder uit de Raadhuisstraat opende het plein."),
    ("domus", ["person-described"], "Mevrouw de voorzitter van de bewonerscommissie aan de Dorpslaan sprak mooi."),
    # a house number without a person, a range, a rank
    ("domus", ["person-address"], "De bewoners van nummer 1 tot 40 aan de Herenweg krijgen nieuwe kozijnen."),
    ("domus", ["person-address"], "Lijn 8 rijdt van het station naar de Kerkstraat, halte nummer 3."),
    ("heemstede", ["person-address"], _OFF + "De mevrouw van nummer 8 belde, ze was blij met de nieuwe boom."),
    # the firm's own number after "vanaf" a time, and a caller without a number
    ("domus", ["phone-number"], "Onze planning is bereikbaar vanaf 8 uur op (0475) 33 73 23, bel Domus gerust."),
    ("domus", ["phone-number"], "Die meneer uit de flats van Domus belt onze planning elke dag. Gezellig hoor."),
    # a unit without a name, a surname after "van de"
    ("sterkhuis", ["person-identified", "person-name"], "Na 30 jaar gaat onze receptioniste met pensioen! 🎉"),
    ("sterkhuis", ["person-identified", "person-name"], "Wie van de planning heeft mijn oplader gezien? 😅"),
    # a colleague by role in a blog that has nothing to do with care: out of Sterk Huis's scope
    ("sterkhuis", ["person-identified"], "Op de code sprint waren collega Niels en ik de hele dag aan het testen."),
    # a first name without people on the photo
    ("sterkhuis", ["person-name", "person-on-photo"], _img("property", "true") + "De nieuwe bank op de groep, uitgezocht door Femke."),
    # a school class without a name, a teacher by name
    ("sterkhuis", ["child-identified", "client-identified"], "Groep 5 van De Regenboog won het schoolvoetbal!"),
    ("sterkhuis", ["child-identified", "client-identified"], "Ik zou nooit de naam van een pleegkind met zijn klas noemen."),
    # streets, games and the writer's own firm look like names but are none
    ("domus", ["person-name"], "Vandaag de kozijnen vervangen aan de Pastoor Janssenstraat, in de flats van Domus."),
    ("domus", ["person-name"], "Bewoners van Domus aan de Burgemeester Gijzelsstraat krijgen nieuwe kozijnen."),
    ("sterkhuis", ["person-name"], "Met ons pleegkind de hele middag Mario Kart gespeeld en verloren 😂"),
    ("sterkhuis", ["person-name"], "Ons pleegkind wil alleen nog maar Super Mario en Animal Crossing spelen 🙄"),
    ("domus", ["person-name"],
     "---\nchannel: blog\ncapacity: official\nauthor: Schildersbedrijf Peeters Venlo\n" + _APPROVED + "---\n"
     "De busjes van Peeters staan deze week bij de flats van Domus aan de Heidehof."),
    # a colleague on the photo who agreed, as the post says
    ("sterkhuis", ["person-on-photo"],
     _img("people", "true") + "Kijk Sander met zijn jubileumtaart! Hij vond het goed dat ik deze foto deel 😄"),
    # a nickname that is an ordinary word is no name
    ("sterkhuis", ["person-name", "client-identified", "child-identified"],
     "Boefje is vandaag precies een jaar bij ons 🎉 (zo noem ik hem hier online). Pannenkoeken en een film!"),
    ("sterkhuis", ["person-name", "client-identified", "child-identified"],
     "ons Sterretje heeft haar eerste zwemdiploma 🏊‍♀️ trotse pleegmama! #pleegzorg"),
    # consent to the name stated in the post, photo consent recorded
    ("domus", ["person-name", "person-on-photo"],
     _img("people", "true", "official", _APPROVED) +
     "Mevrouw Hendriks opende de nieuwe speeltuin bij de woningen van Domus. Ze vond het prima dat we haar "
     "naam noemen!"),
    ("domus", ["person-name", "person-on-photo"],
     _img("people", "true", "official", _APPROVED) +
     "Met toestemming van meneer Peters, die hier al 40 jaar woont: de eerste nieuwe keuken bij Domus is klaar."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "people6")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[-40:]}" for p, r, t in FLAG])
def test_the_real_thing_is_flagged(results, i):
    pack, rule, text = FLAG[i]
    assert rule in rule_ids(results[i], acted_on=True), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[-40:]}" for p, _, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
