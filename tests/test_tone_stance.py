"""Threats, contempt for a culture or origin, irony in a reply and political stance (issue 8, failure
classes 1 and 7, fourth round), through the CLI.

Each class has phrasings of its own (other vocabulary, word order and register than the dev-set drafts)
that must be flagged, and harmless texts in the same words that must pass: negation ("ik zou nooit
..."), quotation and reporting, a warning about it, the harmless sense of the words. All drafts of one
pack and capacity are checked in one CLI run (module fixture); each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_REPLY = "---\ncapacity: official\nreply_to: https://x.com/inwoner/status/1\n---\n"

# (pack, rule id without pack that must fire, text)
FLAG = [
    # -- a threat: a violence verb with a person and where he ends up, a condition + consequence ----
    ("sterkhuis", "tone-threat",
     "als die kerel nog eens aan mijn dochter zit dan schop ik hem eigenhandig de tuin uit"),
    ("sterkhuis", "tone-threat", "Komt die voogd nog 1x aan de deur, dan gooi ik hem persoonlijk van de trap."),
    ("sterkhuis", "tone-threat-conditional", "ik smijt die vent zo het huis uit als hij weer begint"),
    ("sterkhuis", "tone-threat", "Ik weet precies waar jij je fiets parkeert, vriendje."),
    ("sterkhuis", "tone-threat", "wij weten heus wel waar jouw kinderen naar school gaan"),
    ("sterkhuis", "tone-threat", "IK WEET WAAR JIJ ELKE ZATERDAG SPORT HE"),
    ("sterkhuis", "tone-threat-conditional",
     "Meneer de biologische vader: nog één keer zo'n actie en ik sta niet in voor mezelf."),
    ("sterkhuis", "tone-threat-conditional", "als je nog eens aan mijn pleegzoon komt zul je er spijt van krijgen"),
    ("sterkhuis", "tone-threat-conditional", "Als hij het nog één keer waagt, zal hij ervan lusten."),
    ("sterkhuis", "tone-threat", "als die man nog één keer bij de school staat, sla ik hem tegen de vlakte"),
    ("sterkhuis", "tone-threat", "Jij gaat nog spijt krijgen van wat je mijn pleegdochter hebt aangedaan."),
    ("sterkhuis", "tone-threat", "ik zweer het, als hij nog 1 keer komt dan sla ik hem zijn hersens in"),
    ("sterkhuis", "tone-threat", "Meneer denkt dat hij ons pleeggezin kan lastigvallen. Dat gaat hem zuur opbreken."),
    ("sterkhuis", "tone-threat-conditional",
     "waag het nog één keer om haar te bellen, dan zul je merken wat er gebeurt"),
    ("sterkhuis", "tone-threat-conditional", "als ik die vader nog 1 x zie dan krijgt ie een pak rammel"),
    # -- contempt for a culture, religion or origin: a group noun + a generalising predicate -----------
    ("sterkhuis", "tone-group-insult", "Die Marokkaanse ouders snappen gewoon niks van opvoeden."),
    ("sterkhuis", "tone-group-insult", "al die turkse gezinnen leven nog in de middeleeuwen"),
    ("sterkhuis", "tone-group-insult", "Eritreeërs kunnen gewoon niet met geld omgaan, dat zit in hun cultuur."),
    ("sterkhuis", "tone-group-insult", "Typisch Antilliaanse vaders, nooit thuis en nooit betalen."),
    ("sterkhuis", "tone-group-insult", "#integratie die somaliërs willen gewoon niet integreren"),
    ("sterkhuis", "tone-group-insult",
     "Na dertig jaar in de jeugdzorg durf ik het te zeggen: islamitische gezinnen zijn nu eenmaal achterlijk."),
    ("sterkhuis", "tone-group-insult", "Polen zijn allemaal zuipers, dat weet iedereen."),
    ("sterkhuis", "tone-group-insult", "die mensen uit het oostblok snappen niks van opvoeding"),
    ("sterkhuis", "tone-group-insult", "Ouders uit Marokko kunnen niet opvoeden, punt."),
    ("sterkhuis", "tone-group-insult", "Die Syriërs passen zich nooit aan, ze willen alleen maar geld."),
    ("sterkhuis", "tone-group-insult", "Eerlijk is eerlijk: Afrikaanse vaders zijn gewoon onverantwoordelijk."),
    ("sterkhuis", "tone-group-insult", "Al die islamitische families zijn nog in de middeleeuwen blijven hangen."),
    ("sterkhuis", "tone-group-insult", "Wat mij betreft horen die asielzoekers hier niet."),
    # -- irony or sarcasm in a reply on behalf of the municipality -----------------------------------
    ("heemstede", "irony", _REPLY + "goh wat attent dat u ons er voor de vijfde keer op wijst. het staat op de lijst"),
    ("heemstede", "irony", _REPLY + "@jan_h ja tuurlijk, we komen morgen met z'n allen naar uw stoeptegel kijken"),
    ("heemstede", "irony",
     _REPLY + "Nou geweldig hoor, weer een melding over hondenpoep. We hadden het nog niet druk genoeg."),
    ("heemstede", "irony", _REPLY + "Jaja, de gemeente doet weer eens niks. Fijne dag nog!"),
    ("heemstede", "irony", _REPLY + "Top dat u ons wijst op een probleem dat al drie jaar bekend is #not"),
    ("heemstede", "irony", _REPLY + "Uiteraard heeft u weer gelijk, zoals altijd."),
    ("heemstede", "irony-scare-quotes", _REPLY + "Dank voor uw melding. Uw \"dringende\" verzoek komt op de stapel."),
    ("heemstede", "irony", _REPLY + "Dat gat in het fietspad is ons echt nooit opgevallen hoor 🙃"),
    # -- a civil servant taking a political stance --------------------------------------------------
    ("heemstede", "political-stance-personal", "ik snap echt niks van die wethouder, wat een prutser"),
    ("heemstede", "political-stance-personal", "De raad zit er volledig naast met dit parkeerbesluit."),
    ("heemstede", "political-stance-personal",
     "Bij de volgende verkiezingen weet ik wel op wie ik nooit meer ga stemmen."),
    ("heemstede", "political-stance-personal", "Ik vind het besluit van de gemeenteraad over de Binnenweg echt dom."),
    ("heemstede", "political-stance-personal",
     "Hopelijk stemt de raad die motie van de oppositie gewoon weg, het is een slecht plan."),
    ("heemstede", "political-stance-personal",
     "Drie jaar aan gewerkt en dan schiet het college het zomaar af #schande #heemstede"),
    ("heemstede", "political-stance-personal", "Bedankt coalitie, voor het wegstemmen van ons buurthuis. Echt top."),
    ("heemstede", "political-stance-personal", "die wethouder van de VVD is echt een ramp voor Heemstede"),
    ("heemstede", "political-stance-personal", "de oppositie heeft het weer verpest voor de hele wijk"),
    ("heemstede", "political-stance-personal",
     "Ik ben blij dat GroenLinks eindelijk eens tegen heeft gestemd, goed zo!"),
    ("heemstede", "political-stance-personal", "Stem in maart niet op D66, ze beloven alles en doen niks."),
]

# (pack, rule ids without pack that must not fire, text)
_THREAT = {"tone-threat", "tone-threat-conditional"}
PASS = [
    ("sterkhuis", _THREAT, "Ik zou nooit iemand de straat af trappen, hoe boos ik ook ben."),
    ("sterkhuis", _THREAT, "Hij schreeuwde: 'ik trap je de straat af'. We hebben de politie gebeld."),
    ("sterkhuis", _THREAT, "Onze pleegzoon trapte de bal zo de straat op, wat een schot!"),
    ("sterkhuis", _THREAT, "Ik weet precies waar je je fiets kunt neerzetten: bij het station."),
    ("sterkhuis", _THREAT, "Laatste waarschuwing: de inschrijving voor de pleegouderavond sluit vrijdag!"),
    ("sterkhuis", _THREAT, "Ik gooi de oude kast van de trap en zet hem bij het grofvuil."),
    ("sterkhuis", {"tone-group-insult"},
     "In veel Marokkaanse gezinnen speelt de familie een grote rol bij de opvoeding; daar houden we rekening mee."),
    ("sterkhuis", {"tone-group-insult"},
     "Een buurman riep dat 'moslims niks van opvoeden snappen'. Dat is discriminatie en dat pikken we niet."),
    ("sterkhuis", {"tone-group-insult"}, "Ik zou nooit zeggen dat Turkse ouders niks van opvoeden snappen."),
    ("sterkhuis", {"tone-group-insult"},
     "Het is een vooroordeel dat migranten niet willen integreren; onderzoek laat het tegendeel zien."),
    ("sterkhuis", {"tone-group-insult"},
     "Onze pleegouders met een Turkse achtergrond leren ons veel over gastvrijheid."),
    ("sterkhuis", {"tone-group-insult"}, "Het museum laat zien hoe mensen in de middeleeuwen leefden."),
    ("sterkhuis", {"tone-group-insult"}, "Marokkaanse gezinnen zijn vaak groot en hecht."),
    ("sterkhuis", {"tone-group-insult"}, "Sommige mensen denken dat moslims niet willen integreren. Dat klopt niet."),
    ("sterkhuis", {"tone-group-insult"}, "\"Die Polen zijn allemaal dieven\", stond er op de muur. Walgelijk."),
    ("sterkhuis", {"tone-group-insult"}, "Hij zei dat Marokkanen niet kunnen opvoeden. Ik heb hem aangesproken."),
    ("heemstede", {"irony", "irony-scare-quotes"},
     _REPLY + "Goh, wat vervelend voor u! We sturen er deze week iemand naartoe."),
    ("heemstede", {"irony", "irony-scare-quotes"},
     _REPLY + "Tuurlijk mag u de container ook zaterdag brengen, de milieustraat is open."),
    ("heemstede", {"irony"},
     _REPLY + "U kunt kiezen voor \"ophalen\" of \"bezorgen\" in het formulier. Dank voor uw vraag!"),
    ("heemstede", {"irony", "irony-scare-quotes"},
     _REPLY + "Dank voor uw melding, de kuil staat niet op de planning en dat zoeken we uit."),
    ("heemstede", {"political-stance-personal"},
     "De raad heeft gisteren besloten het bomenplan niet uit te voeren. Lees het raadsbesluit op onze site."),
    ("heemstede", {"political-stance-personal"},
     "Kom donderdag naar de raadsvergadering en laat uw stem horen tijdens het inspreekhalfuur."),
    ("heemstede", {"political-stance-personal"}, "De wethouder opende vandaag het vernieuwde speelpark."),
    ("heemstede", {"political-stance-personal"},
     "Ik zou nooit publiekelijk zeggen dat de raad ernaast zit; dat hoort niet bij mijn werk."),
    ("heemstede", {"political-stance-personal"}, "Een inwoner noemde het besluit van de raad 'dom' in de krant."),
    ("heemstede", {"political-stance-personal"}, "De motie over de bomen werd weggestemd met 12 tegen 9 stemmen."),
    ("heemstede", {"political-stance-personal"},
     "Morgen stemt de raad over het bomenplan; de vergadering is openbaar."),
    ("heemstede", {"political-stance-personal"}, "Ik weet nog niet op welke partij ik ga stemmen."),
    ("heemstede", {"political-stance-personal"},
     "De coalitie presenteert vandaag het akkoord; lees het op heemstede.nl."),
    ("heemstede", {"political-stance-personal"}, "Volgens de krant vindt de oppositie het besluit onverantwoord."),
    ("heemstede", {"political-stance-personal"}, "Het college neemt morgen een besluit over het zwembad."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "stance")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[-40:]}" for p, r, t in FLAG])
def test_flag(results, i):
    _, rule, _ = FLAG[i]
    assert rule in rule_ids(results[i], acted_on=True)


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[-40:]}" for p, _, t in PASS])
def test_pass(results, i):
    _, rules, _ = PASS[i]
    assert not (rule_ids(results[len(FLAG) + i], acted_on=True) & rules)
