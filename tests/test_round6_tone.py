"""Sixth round (issue 8): threats, contempt, defamation, contact with the press, material of others and
policy status, through the CLI.

Each class has phrasings of its own (other words, word order and register than the dev set's drafts): the
real thing that must be flagged, and harmless texts in the same words (negation, quotation or report,
warnings about it, the other sense of the words) that must pass. All drafts of one pack are checked in one
CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_FB = "---\nchannel: facebook\ncapacity: personal\n---\n"
_LI = "---\nchannel: linkedin\ncapacity: personal\n---\n"
_THREAT = ("tone-threat", "tone-threat-conditional")


def _reply(url: str, channel: str = "x") -> str:
    return f"---\nchannel: {channel}\ncapacity: personal\nreply_to: {url}\n---\n"


# (pack, rule ids of which one must fire, text)
FLAG = [
    # -- threats: knowing where someone lives (which flat, street, house), a consequence for the person --
    ("sterkhuis", _THREAT, "Die moeder moet oppassen. Ik weet precies in welke straat ze woont."),
    ("sterkhuis", _THREAT, "ik weet heus wel in welk portiek die gast woont hoor #klaarmee"),
    ("hartekamp", _THREAT, "Als die jongen nog een keer aan mijn fiets zit dan lacht ie niet meer 😠"),
    ("domus", _THREAT, "Mocht die huurder het nog eens wagen, dan zal hij wel anders piepen."),
    ("heemstede", _THREAT, _FB + "as die vent nog 1x tegen mn auto trapt kom ik um ff thuis opzoeken"),
    ("sterkhuis", _THREAT,
     "Ben er klaar mee. Als die buurman nog één keer om drie uur 's nachts aanbelt, heeft hij een groot "
     "probleem met mij."),
    ("hartekamp", _THREAT, "Nog één keer zo'n opmerking van die vader en hij kan zijn borst natmaken."),
    # -- contempt for a group of people: animals, cages, bars (also with a quantifier and an adjective) --
    ("hartekamp", ("tone-group-insult",), "Sommige cliënten van die andere afdeling zijn echt vieze varkens."),
    ("hartekamp", ("tone-group-insult",), "de meeste bewoners van hiernaast zijn gewoon wilde beesten 🙄"),
    ("sterkhuis", ("tone-group-insult",), "Een paar van die pubers op de groep horen gewoon in een kooi."),
    ("domus", ("tone-group-insult",), "Die huurders van driehoog horen achter tralies, niet in een flat."),
    ("heemstede", ("tone-group-insult",),
     _FB + "Veel van die hangjongeren bij het station zijn net ratten, overal rommel #heemstede"),
    ("hartekamp", ("tone-group-insult",),
     "Eerlijk is eerlijk: bepaalde bewoners op de groep gedragen zich als wilde beesten."),
    # -- defamation: lying on purpose, a corrupt team or agency --
    ("sterkhuis", ("tone-defamation",), "Die jeugdbeschermer liegt glashard in haar rapportage over ons gezin."),
    ("sterkhuis", ("tone-defamation",), "hoe kan het dat zo'n voogd gewoon mag liegen?? echt niet normaal"),
    ("sterkhuis", ("tone-defamation",), "Die hele afdeling daar is door en door corrupt, iedereen weet het."),
    ("domus", ("tone-defamation",), "die aannemer zit gwn te liegen over de kosten, corrupte bende daar"),
    ("heemstede", ("tone-defamation",),
     _LI + "Het is onbegrijpelijk dat deze ambtenaar willens en wetens onwaarheden in het verslag opneemt."),
    ("hartekamp", ("tone-defamation",), "De teamleider heeft het hele dossier gewoon verzonnen, dat weet ik zeker."),
    # -- the writer goes to the press or answers a journalist --
    ("sterkhuis", ("media-tip", "press-contact"),
     "Vanochtend zelf de Deventer Courant gebeld, ze komen vrijdag langs voor een artikel over onze woongroep!"),
    ("hartekamp", ("media-tip", "press-contact"),
     "Heb de regiokrant gemaild over de nieuwe snoezelruimte, ze komen langs voor een interview 😊"),
    ("domus", ("media-tip", "press-contact"),
     "De verslaggever van het weekblad komt dinsdag langs voor een stuk, ik vertel hem wel hoe het echt zit."),
    ("hartekamp", ("media-tip", "press-contact"),
     _reply("https://x.com/haarlemsdagblad/status/1") + "@haarlemsdagblad in jullie artikel van vandaag "
     "staat echt onzin over onze wachtlijst, misschien eerst bellen voordat je zoiets publiceert"),
    ("heemstede", ("media-tip", "press-contact"),
     _reply("https://x.com/ijmuidercourant/status/2") + "@journalist_ijmuiden dat klopt niet hoor, "
     "stuur me een DM dan vertel ik je hoe het zit."),
    ("sterkhuis", ("media-tip", "press-contact"),
     "Beste redactie, check eerst even je bronnen voordat jullie zoiets over pleegzorg de wereld in sturen."),
    # -- music, film clips and other people's material under a reel or video --
    ("sterkhuis", ("copied-material",), "Ons filmpje van de zomerbarbecue staat online, met een nummer van Queen eronder 🎶"),
    ("sterkhuis", ("copied-material",),
     _FB + "Reel voor de pleegzorgweek klaar! Met een fragment uit Finding Nemo aan het begin, zo lief."),
    ("sterkhuis", ("copied-material",), "tiktok van het uitje gemaakt met dat liedje van Snollebollekes eronder haha"),
    ("sterkhuis", ("copied-material",), "In de video hebben we een stukje uit de film Frozen gemonteerd ❄️"),
    # -- clients on a video or photo, told in the text --
    ("hartekamp", ("client-image-text",), "Filmpje van onze deelnemers bij de kerstdisco, wat een feest 🎄"),
    # -- a civil servant's vote advice, the election named in the sentence before --
    ("heemstede", ("political-stance-personal",),
     _FB + "Over drie weken raadsverkiezingen. Stem alsjeblieft niet op Lokaal Belang, ik zie van dichtbij wat ze doen."),
    ("heemstede", ("political-stance-personal",),
     _FB + "ik zeg het maar 1x: NIET stemmen op die club die het zwembad wil sluiten. woensdag is de stembus open"),
    ("heemstede", ("political-stance-personal",),
     _LI + "Politiek laat ik meestal buiten mijn tijdlijn, maar dit keer: stem woensdag vooral tegen de coalitie."),
    # -- policy status: a measure put to peers without concept or adopted; the social-media rules told as in force --
    ("heemstede", ("policy-status-missing",),
     _LI + "Vanaf 2027 betaalt elk huishouden per lediging van de "
     "grijze container.\n\nHoe pakken jullie dat aan? Benieuwd naar jullie ervaringen."),
    ("heemstede", ("policy-status-missing",),
     _LI + "Het nieuwe parkeertarief in het centrum wordt 4 euro per uur. Wat vinden jullie, vakgenoten?"),
    ("hartekamp", ("policy-status-claimed",), "Let op: de richtlijnen voor social media gelden vanaf maandag voor alle verwanten."),
    ("hartekamp", ("policy-status-claimed",), "Beste allemaal, de nieuwe huisregels van de besloten pagina zijn definitief!"),
    ("hartekamp", ("client-image-text",), "video van onze cliënten die vanmiddag in de kantine dansten, genieten 💃"),
]

PASS = [
    # threats: negated, reported, harmless sense of the same words
    ("sterkhuis", _THREAT, "Ik weet precies in welke straat het nieuwe gezinshuis komt: de Lindelaan!"),
    ("sterkhuis", _THREAT, "Ik zou nooit zeggen dat ik weet in welke straat hij woont, dat is intimiderend."),
    ("hartekamp", _THREAT, "Als de clown nog een keer komt, dan lacht iedereen weer, wat een feest."),
    ("domus", _THREAT, "Een huurder zei dat hij wist in welke flat de opzichter woont; we hebben aangifte gedaan."),
    ("heemstede", _THREAT, _FB + "Als u nog een keer vragen heeft, komen we u graag thuis opzoeken voor een gesprek."),
    # contempt: harmless animals, negation, quotation, play
    ("hartekamp", ("tone-group-insult",), "Sommige bewoners zijn dol op de wilde beesten in Artis, wat een uitje!"),
    ("hartekamp", ("tone-group-insult",), "Ik zou nooit zeggen dat die bewoners beesten zijn, het zijn mensen."),
    ("hartekamp", ("tone-group-insult",),
     "Een buurman riep dat sommige bewoners in een kooi horen; we hebben met hem gepraat."),
    ("sterkhuis", ("tone-group-insult",), "De kids gingen als wilde beesten tekeer op het springkussen 😂"),
    ("domus", ("tone-group-insult",), "De inbreker die de flat leeghaalde hoort achter tralies, zegt de politie."),
    # defamation: negated, reported, the harmless sense
    ("sterkhuis", ("tone-defamation",), "De voogd liegt niet, het was een misverstand over de datum."),
    ("sterkhuis", ("tone-defamation",), "Volgens de krant heeft de wethouder glashard gelogen over het budget."),
    ("sterkhuis", ("tone-defamation",), "Kinderen liegen soms, dat hoort bij hun ontwikkeling; in de training leer je ermee omgaan."),
    ("domus", ("tone-defamation",), "Dat hele team daar is niet corrupt, wel overbelast. Geef ze wat tijd."),
    ("heemstede", ("tone-defamation",), _FB + "De afdeling heeft het plan verzonnen in een middag brainstormen, knap werk!"),
    # press: reading the paper, refusing, referring to communications
    ("sterkhuis", ("media-tip", "press-contact"), "Mooi stuk in de Deventer Courant over pleegzorg, lees het eens."),
    ("hartekamp", ("media-tip", "press-contact"),
     "Ik heb de krant niet gebeld, dat doet de afdeling communicatie; zij komen vrijdag langs voor een artikel."),
    ("sterkhuis", ("media-tip", "press-contact"),
     "Zoals gisteren in het persbericht en in de krant stond: we hebben het keurmerk weer binnen! Trots."),
    ("domus", ("media-tip", "press-contact"),
     "Mijn zoon moet voor school een stuk schrijven over de buurt; ik vertel hem wel hoe het echt zit."),
    # material: own music, permission, a tip to the reader
    ("sterkhuis", ("copied-material",), "Filmpje van de barbecue, met muziek die mijn zoon zelf heeft ingespeeld 🎸"),
    ("sterkhuis", ("copied-material",), "In de reel een nummer van Queen eronder, met toestemming van de rechthebbenden via de app."),
    ("sterkhuis", ("copied-material",), "Zet nooit een nummer van een bekende artiest onder je filmpje zonder toestemming."),
    # political stance: an election without advice, a reported advice, a photo contest
    ("heemstede", ("political-stance-personal",),
     _FB + "Over twee weken gemeenteraadsverkiezingen. Vergeet niet te stemmen, het stembureau in het raadhuis is open."),
    ("heemstede", ("political-stance-personal",),
     _FB + 'Een inwoner schreef onder ons bericht: "stem niet op Lokaal Belang". Wij reageren daar niet op.'),
    ("heemstede", ("political-stance-personal",), _FB + "Stem op je favoriete foto in de fotowedstrijd van de bibliotheek!"),
    # policy status: said to be a concept, or not a policy at all; the social-media policy said to be in development
    ("heemstede", ("policy-status-missing",),
     _LI + "Het nieuwe parkeertarief is nog een concept en staat open voor discussie. Wat vinden jullie?"),
    ("hartekamp", ("policy-status-claimed",),
     "Het beleid voor social media is nog in ontwikkeling; tot die tijd gelden de huisregels van de pagina."),
    ("hartekamp", ("policy-status-claimed",), "De nieuwe bezoektijden gelden vanaf maandag, fijn weekend allemaal!"),
    # images: a video of adults of the own team, an advice
    ("hartekamp", ("client-image-text",), "Filmpje van ons team bij de kerstborrel, wat een feest 🎄"),
    ("hartekamp", ("client-image-text",), "Wil je een video van onze deelnemers plaatsen? Vraag eerst toestemming."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "tone6")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r[0]}:{t[:40]}" for p, r, t in FLAG])
def test_the_real_thing_is_flagged(results, i):
    pack, rules, text = FLAG[i]
    assert rule_ids(results[i], acted_on=True) & set(rules), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{r[0]}:{t[:40]}" for p, r, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
