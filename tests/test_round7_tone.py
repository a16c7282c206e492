"""Seventh round: veiled threats (what the writer knows of someone, the hint after it), threats with time and place
between the parts, contempt for someone's role and living off other people's money, and sarcasm in a reply by staff
(Hartekamp, official) or by a civil servant about a municipal matter (Heemstede, personal), through the CLI.

The cases are phrasings of my own (other words, register and order than the dev set's drafts): the real thing that
must be flagged, and harmless texts in the same words (negation, quotation or report, gossip without a hint, the
harmless sense) that must pass. All drafts of one pack are checked in one CLI run.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_THREAT = ("tone-threat", "tone-threat-conditional", "tone-threat-veiled")
_DEF = ("tone-defamation",)
_HK_OFF = "---\nchannel: facebook\ncapacity: official\n---\n"
_HK_PERS = "---\nchannel: facebook\ncapacity: personal\n---\n"
_HS = "---\nchannel: facebook\ncapacity: personal\n---\n"
_IRONY_HK = ("sarcasm-official",)
_IRONY_HS = ("irony-personal", "irony")

FLAG = [
    # -- what the writer knows of the person addressed: car, training, coming home --
    ("domus", _THREAT, "Hé uitvoerder, ik weet welke auto jij rijdt. Fijne avond nog."),
    ("sterkhuis", _THREAT, "ik weet wat voor auto jij rijdt en hoe laat je thuiskomt"),
    ("hartekamp", _THREAT, "Wij weten heus wel waar jij op dinsdag gaat sporten, meneer de teamleider."),
    ("heemstede", _THREAT, _HS + "Ik weet precies in welk huisje aan de Kerklaan u woont, handhaver."),
    ("domus", _THREAT, "die opzichter? ik weet waar ie woont hoor"),
    # -- a veiled threat: knowledge of someone and a hint in the same paragraph --
    ("sterkhuis", _THREAT, "Ik weet welke fiets die voogd heeft. Zij snapt wel wat ik bedoel."),
    ("heemstede", _THREAT, _HS + "Ik heb uw gegevens gewoon opgezocht. Misschien moet u daar eens over nadenken."),
    ("hartekamp", _THREAT, "Morgen sta ik om acht uur bij die begeleider op de stoep. Ik kom niet voor de gezelligheid."),
    ("domus", _THREAT, "ik weet hoe laat die opzichter naar huis gaat. denk er maar eens goed over na"),
    # the lead's variants: the file "van" someone instead of "uw dossier", leaving home with any verb
    ("sterkhuis", _THREAT, "ik heb het dossier van die gezinsvoogd gezien hoor. denk daar maar eens goed over na"),
    ("hartekamp", _THREAT, "Ik weet hoe laat die begeleider naar huis fietst. Je bent gewaarschuwd."),
    # -- a condition and a consequence with time and place between the parts; the head through something --
    ("hartekamp", _THREAT, "Als mijn zoon weer zonder eten naar huis komt, sta ik vrijdag vroeg bij die manager voor de deur."),
    ("domus", _THREAT, "as die gast nog 1x aan mn steiger zit dan vliegt ie met z'n kop tegen de container"),
    ("sterkhuis", _THREAT, "Als dit nog eens gebeurt, dan kom ik niet om te praten."),
    # -- defamation: contempt for someone's role, an accusing word further on, living off other people's money --
    ("sterkhuis", _DEF, "Jij bent echt een waardeloze moeder, schaam je."),
    ("sterkhuis", _DEF, "die pleegvader is gewoon een luie vent en een notoire leugenaar"),
    ("domus", _DEF, "hé jij vuile leugenaar, ik heb de foto's nog"),
    ("sterkhuis", _DEF, "De directeur rijdt rond van het subsidiegeld, dat weet iedereen."),
    ("hartekamp", _DEF, "Die begeleider pikt gewoon het zakgeld van de cliënten."),
    ("sterkhuis", _DEF, "Dat hele team is een corrupte boel."),
    ("sterkhuis", _DEF, "Mijn teamleider sjoemelt al jaren met de declaraties."),
    ("domus", _DEF, "De aannemer liegt gewoon glashard tegen de huurders."),
    # -- sarcasm: a staff member answering parents (official), a civil servant on a municipal matter --
    ("hartekamp", _IRONY_HK, _HK_OFF + "Goed dat sommige verwanten altijd precies weten hoe wij ons werk moeten doen."),
    ("hartekamp", _IRONY_HK, _HK_OFF + "Te weinig begeleiding? Kom het dan toch zelf doen, dan zien jullie hoe makkelijk het is."),
    ("heemstede", _IRONY_HS, _HS + "Ja hoor, de gemeente heeft alle kuilen vast al gedicht 🙄"),
    ("heemstede", _IRONY_HS, _HS + "Vind je de afvalstoffenheffing te hoog? Doe het dan toch zelf, ophalen."),
]

PASS = [
    # threats: gossip without a hint, a tip, negated, reported, service
    ("domus", _THREAT, "Ik weet welke auto hij rijdt: een elektrische! Super zuinig."),
    ("domus", _THREAT, "Ik weet welke auto je moet kopen: een kleine, voor de stad."),
    ("hartekamp", _THREAT, "Ik weet waar je kunt sporten in de buurt: bij de atletiekbaan."),
    ("sterkhuis", _THREAT, "Ik zou nooit zeggen dat ik weet welke auto jij rijdt."),
    ("sterkhuis", _THREAT, "Ik heb het dossier van die leerling gezien en we denken er samen over na."),
    ("hartekamp", _THREAT, "Ik weet hoe laat de bus naar huis gaat, dus je hoeft niet te wachten."),
    ("domus", _THREAT, "Hij zei dat hij wist welke auto de opzichter rijdt; we hebben aangifte gedaan."),
    ("heemstede", _THREAT, _HS + "Denk daar maar eens rustig over na: wie isoleert, bespaart."),
    ("heemstede", _THREAT, _HS + "Een inwoner schreef: 'ik weet waar u woont, denk daar maar eens over na'. Aangifte gedaan."),
    ("hartekamp", _THREAT, "Ik kom niet om te praten maar om te helpen: morgen sta ik bij de buurvrouw voor de deur met soep."),
    ("domus", _THREAT, "Als de storing weer terugkomt, staan we maandag vroeg bij u op de stoep."),
    ("sterkhuis", _THREAT, "Ik weet precies in welke wijk ik wil wonen: het Centrum."),
    # defamation: self, negated, reported, the harmless sense
    ("sterkhuis", _DEF, "Ik ben een slechte kok, maar de taart is gelukt!"),
    ("sterkhuis", _DEF, "Hij is geen slechte vader, hij heeft het gewoon zwaar."),
    ("sterkhuis", _DEF, "Ze noemde hem een waardeloze vader, zei de rechter."),
    ("hartekamp", _DEF, "Het zakgeld van de cliënten wordt elke vrijdag uitgedeeld."),
    ("domus", _DEF, "We reden rond van het ene project naar het andere."),
    ("sterkhuis", _DEF, "Zij is moeder van drie en een fantastische kok."),
    # sarcasm: personal capacity at Hartekamp, reported, sincere; Heemstede not about the gemeente, or official
    ("hartekamp", _IRONY_HK, _HK_PERS + "Goh, wat een verrassing dat het weer regent 🙄"),
    ("hartekamp", _IRONY_HK, _HK_OFF + "Fijn dat jullie zo betrokken zijn! We bespreken de bezoektijden op de ouderavond."),
    ("hartekamp", _IRONY_HK, _HK_OFF + "Een vader schreef 'ja hoor, weer nieuwe tijden'. We leggen het graag uit."),
    ("heemstede", _IRONY_HS, _HS + "Ja hoor, het zomerfeest gaat gewoon door, ook als het regent!"),
    ("heemstede", _IRONY_HS, _HS + "Doe het zelf: zo maak je een insectenhotel voor in de tuin."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "tone7")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r[0]}:{t[:40]}" for p, r, t in FLAG])
def test_the_real_thing_is_flagged(results, i):
    pack, rules, text = FLAG[i]
    assert rule_ids(results[i], acted_on=True) & set(rules), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{r[0]}:{t[:40]}" for p, r, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
