"""Seventeenth round (issue 8), from tune14's misses, as mechanisms; phrasings of our own, not the dev set's:

- a guide's advice (`nlp/cues/guide.py`): in a how-to or tips post, a sentence that speaks to anyone, a heading,
  a list item, a question to the reader or an example opening with "Een" describes a kind of mistake; the
  writer's own account in the same post (first person singular) still counts, and so does a short "Tip: ..." post;
- a household by its number alone ("bij nr 23", "nummer 9 loopt achter met de huur") with a care or case detail
  in its sentence shares that household's details;
- a story that says it is made up ("een kort verhaal, alle personages zijn verzonnen", "#fictie") names
  characters, not people; "dit is geen verzonnen verhaal" does not lift a name;
- a fixed-line number told to call as a bare "Bel ..." that opens its sentence, a switchboard ("..., vraag dan
  naar mij") and "het algemene nummer is ..." are the organisation's; a mobile number or a relative's number
  stays private, and "dan via het algemene nummer" after a private number does not clear it;
- the judge raises nothing for a number the detectors read and cleared (business contact data);
- the leadership keeping news in ("de directie wil er niks over kwijt, maar ..."), not the writer ("ik wil er
  niks over kwijt");
- a sentence that opens with "Dat is ..."/"Dit mag ..." speaks of the one before it: a cue's sentence window takes
  that one along ("Het budget gaat omlaag. Dat is nog niet bekend bij de huurders.");
- a relative of the one person a reply answers ("Beste meneer ..., uw moeder heeft haar medicatie gekregen") is
  identified; "uw vader" in a question, a condition, a list of relatives or a post to all readers is anyone's;
- a care plan by its compounds ("de zorgplanbespreking van Anna") discussed in the group; doubt about posting in a
  post about the writer's own team ("mijn team"), and in Domus's pack (richtlijn 6);
- a call to sign a petition and to remember at the elections who thought a plan up is a political stance;
- a group that "loopt even via mijn eigen Facebook" (the verb first) is run from a private account;
- a post of the closed group pasted ("stond er dit bericht in, ik plak het even letterlijk") is copied out of it;
- a tender price set against the runner-up ("een prijs die 8% onder de nummer twee lag") is a bid;
- a code in brackets ("met de code (2417, ...)") is a code; building applications are a sensitive topic;
- figures reckoned with internally ("intern rekenen ze op een tekort van ...") and a leadership that "praat er liever
  nog even niet over"; "een tekort aan vakmensen" is no deficit;
- "ik ga haar eraan houden" holds someone to their word; "jij gaat eraan" stays a threat;
- a photo the writer says nobody was asked about ("had eigenlijk eerst moeten vragen of ik ze op de foto mocht
  zetten") is Hartekamp's block (pack examples in rules/hartekamp.yaml, `client-image-no-consent-text`).
"""
from __future__ import annotations

import pytest

from conftest import flag_pass_tests, front_matter as _fm
from postcheck.nlp.cues.guide import advice_sentences
from postcheck.nlp.cues.scope import Bounds


_P = _fm(channel="facebook", capacity="personal")
_BLOG = _fm(channel="blog", capacity="official")

_TIPS = _BLOG + """# Vijf tips voor je eigen teampagina

Een teampagina is leuk, maar er zit werk aan. Lees dit eerst.

## 1. Interne stukken blijven intern

Een foto van je bureau met een vertrouwelijke notitie ernaast is zo gemaakt. Kijk dus altijd even wat er op de
achtergrond staat. Een screenshot van de MT-agenda hoort er ook niet op.

## 2. Twijfel je? Vraag het

Je hoeft het niet alleen te weten. Loop even binnen bij communicatie.
"""

_STORY = _BLOG + """# Mijn jaar bij het project

Ik werk nu een jaar aan de herinrichting en het was een mooi jaar. We hielden drie avonden met bewoners.
Je merkt dan hoe verschillend mensen kijken. Dat leerde me veel. We liepen ook met een groep door de wijk.

## Het geld

Ik mag het eigenlijk niet zeggen, maar dat stuk is nog vertrouwelijk: er is een tekort van een miljoen.
Verder gaat alles goed en je hoort binnenkort meer. Vragen? Laat een reactie achter. Ik lees alles.
"""

FLAG = [
    # the writer's own account inside a long post that speaks to the reader a lot
    ("heemstede", "confidential-document", "block", _STORY),
    # a short post that opens with "Tip:" is a post, not a guide
    ("heemstede", "confidential-context", "block", "Tip: dit interne stuk is nog niet openbaar, maar lees het gerust "
                                                   "even door voor de vergadering."),
    # a household by its number, with a care or a case detail
    ("domus", "person-details", "block", "Morgen bij nummer 14 geen boorwerk graag, meneer is net terug van zijn "
                                         "dialyse."),
    ("domus", "person-details", "block", "Ook nr 31 krijgt gewoon een nieuwe keuken, al loopt die nog zo achter met "
                                         "de huur."),
    ("hartekamp", "person-details", "block", "Op kamer 6 vannacht weer een epileptische aanval gehad, zware nacht."),
    # a story that says it is true keeps its names
    ("domus", "person-name", "review", _P + "Dit is geen verzonnen verhaal: Gerda Brouwers zat drie kwartier vast in "
                                            "de lift van haar Domus-flat."),
    # private numbers stay private
    ("heemstede", "phone-number", "block", "Bel 06-23456789 en vraag naar Henk, die weet er alles van."),
    ("heemstede", "phone-number", "block", "Mijn moeder woont hier om de hoek, bel haar gerust: 023-5284455."),
    ("domus", "phone-number", "block", "App gerust onze bewonersconsulent Mieke op haar eigen nummer 06-41 55 22 90. "
                                       "Dan heb je sneller antwoord dan via het algemene nummer."),
    # the leadership keeps it in, the writer tells it anyway
    ("sterkhuis", "confidential-plan", "block", "De directie wil er liever nog niks over kwijt, maar de wachtlijst is "
                                                "inmiddels 70 kinderen lang."),
]

# "Dat is ..." opening a sentence brings the sentence before it into a cue's sentence window
FLAG += [
    ("domus", "confidential-plan", "block", "Het groenbudget voor volgend jaar gaat met een derde omlaag. Dat is nog "
                                            "niet bekend bij de huurders."),
]

# a threat, and holding someone to their word
FLAG += [
    ("hartekamp", "tone-threat", "block", "Jij gaat eraan als ik je nog eens bij de voordeur zie."),
]

# a relative of the one person a reply answers, with care details; a care plan discussed in the group; doubt
FLAG += [
    ("hartekamp", "person-details", "block", "Beste meneer De Wit, wat u schrijft klopt niet. Uw moeder heeft die "
                                             "avond gewoon haar medicatie gekregen, dat staat in het verslag."),
    ("hartekamp", "care-details-in-group", "review", "Zullen we de zorgplanbespreking van Anna gewoon via een "
                                                     "videocall hier in de groep doen?"),
    ("sterkhuis", "doubt-posting", "review", "Ik twijfel echt of ik dit wel moet posten, maar mijn team heeft deze "
                                             "week drie spoedplaatsingen gefikst."),
]

# a civil servant campaigning: a petition and "remember at the elections who thought this up"
FLAG += [
    ("heemstede", "political-stance-personal", "review",
     "Teken de petitie tegen de nieuwe parkeergarage en onthoud bij de verkiezingen wie dit bedacht heeft."),
]

# a group run from the writer's own account, the verb first
FLAG += [
    ("hartekamp", "page-private-account", "block", "Mededeling: tot het teamaccount er is, loopt deze groep even via "
                                                   "mijn eigen Facebook. Vragen dus naar mij."),
]

# a post from the closed group pasted into a blog
FLAG += [
    ("hartekamp", "closed-page-copied", "block", "De begeleiding houdt ons op de hoogte via een besloten "
                                                 "Facebookgroep. Gisteren stond er dit bericht in, ik plak het even "
                                                 "letterlijk: \"Vandaag zijn we met groep 2 naar de markt geweest.\""),
]

# a tender price against the other bidders
FLAG += [
    ("domus", "tender-bids", "block", "Het was een spannende aanbesteding: met een prijs die ruim 8% onder de nummer "
                                      "twee lag, hebben we het werk binnen!"),
]

# a gate code in brackets; a building application nobody knows about yet
FLAG += [
    ("sterkhuis", "credential", "block", "Het hek aan de achterkant gaat open met de code (2417, het geboortejaar van "
                                         "mijn opa plus één), dus die vergeet ik nooit."),
    ("heemstede", "confidential-plan", "block", "Bij de oude garage ligt een vergunningaanvraag voor twee "
                                                "appartementengebouwen, maar de buren weten nog van niks."),
]

# internal figures and a leadership that keeps quiet about them
FLAG += [
    ("domus", "confidential-plan", "block", "Van iemand bij de corporatie hoorde ik dat ze intern al rekenen op een "
                                            "tekort van ruim twee miljoen."),
    ("sterkhuis", "confidential-plan", "block", "Er komt een tekort van zo'n vier ton op de begroting, maar de directeur "
                                                "praat daar liever nog even niet over."),
]

PASS = [
    ("domus", ("confidential-plan",), "Intern rekenen we met een tekort aan vakmensen, dus we zoeken nieuwe "
                                      "collega's!"),
    ("sterkhuis", ("credential",), "De code (4 cijfers) krijg je persoonlijk van mij, niet hier in de groep."),
    ("heemstede", ("confidential-plan",), "De vergunningaanvraag voor de appartementen ligt ter inzage; iedereen kan "
                                          "een zienswijze indienen."),
    ("domus", ("tender-bids",), "Onze prijs ligt 10% onder die van de concurrentie: vraag vandaag nog een offerte "
                                "aan!"),
    ("hartekamp", ("closed-page-copied",), "Er stond een mooi bericht in de krant over onze woongroep, ik plak het "
                                           "hieronder."),
    ("hartekamp", ("page-private-account",), "Tot het nieuwe jaar loopt de groep gewoon via de beheerders van de "
                                             "locatie."),
    ("heemstede", ("political-stance-personal",), "Onthoud goed wie je geholpen heeft, zeg ik altijd tegen mijn "
                                                  "kinderen."),
    ("hartekamp", ("person-details",), "Heeft uw vader diabetes? Dan denkt onze diëtist graag mee over de maaltijden."),
    ("hartekamp", ("person-details",), "Beste familie, het zorgplan van uw zoon, dochter, broer of zus bespreken we "
                                       "voortaan twee keer per jaar."),
    ("hartekamp", ("person-details",), "Uw moeder krijgt haar medicatie altijd van een vaste begeleider, zo werken we "
                                       "op alle locaties."),
    ("hartekamp", ("care-details-in-group",), "De zorgplanbesprekingen doen we altijd persoonlijk op de locatie, niet "
                                              "in de groep."),
    ("hartekamp", ("tone-threat",), "De wethouder zei letterlijk dat de zorg op één blijft staan. Mooie woorden. Ik ga "
                                    "haar eraan houden 😉"),
    ("domus", ("confidential-plan",), "Het groenbudget voor volgend jaar gaat omlaag. Het weer was mooi vandaag. Dat "
                                      "is nog niet bekend bij de huurders."),
    ("heemstede", ("confidential-context", "confidential-document", "internal-marker"), _TIPS),
    ("domus", ("person-details",), "Bij nummer 14 zijn de kozijnen klaar, morgen gaan we verder bij nummer 16."),
    ("domus", ("person-details",), "Ik zou nooit schrijven dat nummer 9 achter loopt met de huur."),
    ("domus", ("person-details",), "Alle woningen van nummer 1 tot 40 krijgen deze maand nieuwe kozijnen."),
    ("domus", ("person-name",), _P + "Een kort verhaal over een lift in een flat van Domus. Alle personages zijn "
                                     "verzonnen. Mevrouw Dassen stond in de kooi alsof ze op de bus wachtte."),
    ("sterkhuis", ("person-name",), _P + "Kort verhaal, verzonnen maar herkenbaar voor pleegouders bij Sterk Huis. "
                                         "Noem hem Tim. Tim Bakker zet elke avond zijn schoenen klaar. #fictie"),
    ("heemstede", ("phone-number",), "Wegwerkzaamheden Binnenweg 3-7 juni. Omleiding: zie heemstede.nl. Vragen? Bel "
                                     "(023) 548 56 00."),
    ("heemstede", ("phone-number",), "Liever even bellen? Dat kan via (023) 548 56 00, vraag dan naar mij."),
    ("sterkhuis", ("phone-number", "judge"), _fm(channel="blog", capacity="personal") +
     "Tien jaar achter de balie bij Sterk Huis, en ik vertel nog steeds niets over wie er binnenkomt. Zoek je ons, "
     "omdat je meer wilt weten over pleegzorg? Het algemene nummer is gewoon 013 - 542 54 00, en de kans is groot "
     "dat je mij aan de lijn krijgt. Dit is mijn persoonlijke blog."),
    ("sterkhuis", ("confidential-plan",), "Ik wil er niks over kwijt, maar de wachtlijst is lang, dat weet iedereen."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round17")


def _advice(text: str) -> list[str]:
    return [_sentence(text, i).strip() for i in sorted(advice_sentences(text, Bounds(text).sentence_ends))]


def test_a_guide_marks_its_advice_and_not_the_writers_own_account():
    advice = _advice(_TIPS)
    assert any("Interne stukken blijven intern" in s for s in advice)
    assert any(s.startswith("Een foto van je bureau") for s in advice)
    assert any(s.startswith("Een screenshot") for s in advice)
    assert not any("Ik mag het eigenlijk niet zeggen" in s for s in _advice(_STORY))


def _sentence(text: str, i: int) -> str:
    ends = Bounds(text).sentence_ends
    return text[(ends[i - 1] if i else 0):(ends[i] if i < len(ends) else len(text))]


@pytest.mark.parametrize("text", [
    "Tip: stuur de link van de groep door naar je kennissen, dan kunnen zij ook meekijken.",   # too short
    "Vandaag was een mooie dag. " * 10,                                                          # nobody addressed
])
def test_no_guide_no_advice(text):
    assert advice_sentences(text, Bounds(text).sentence_ends) == frozenset()


def test_question_headings_make_a_guide():
    text = ("# Onze familiegroep\n\n" + "We zijn blij dat u er bent. " * 4 + "\n\n## Wie mag erin?\n\nAlleen familie. "
            "Je voegt niemand zelf toe.\n\n## Wat delen we?\n\nEen foto van een uitje. Niet: een zorgplan.\n")
    assert any("Je voegt niemand zelf toe" in s for s in _advice(text))
    text = text.replace("## Wie mag erin?", "## Wie erin mogen").replace("## Wat delen we?", "## Waar we over praten?")
    assert not _advice(text)   # one question heading alone, and too few sentences speak to anyone
