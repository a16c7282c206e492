"""Twelfth round: false blocks of fine posts, each through a general mechanism, with the dangerous neighbour kept.

Phrasings of our own (not the dev set's words), through the CLI, one run per pack:
- a range of house numbers ("Lindelaan 3 t/m 17", "vanaf Hoefstraat 4 tot het einde") is a work planning's
  stretch of homes, not one home; a word in capitals without a street ending ("ALTIJD 112") is no street;
- the organisation's own published address in the pack's `allow: {addresses: [...]}` (Heemstede's town hall and
  post box) is never a home address; another number on the same square still is;
- a place name after a preposition ("in Den Bosch", "vanuit Den Haag") and a postcode's letters before a place
  ("6221 BL Maastricht") are no person's name; "mevrouw Den Bosch" still is;
- a first name next to a negated client group ("onze eigen zoon, niet een van de pleegkinderen"), a public
  figure by first name ("Willem-Alexander en Máxima") and an ordinary word that is also a name ("erin") are not
  a client named in a group; a first name next to the group still is;
- the writer's own children with their ages ("mijn dochter Tess (12)", "moeder van Tess (12) en Bo (9)") are not
  clients' children; a foster child so introduced ("onze pleegdochter", "pleegmoeder van Milan (9)") still is;
- Domus's own website or page (`page: www.wsdomus.nl/...`) needs no approval from Domus for naming Domus;
- a swear word with a letter masked ("k*twijven", "kl*otzak") is the swear word; a star rating ("5*") and mild
  masked swearing about the weather are no abuse; telling people to go back to their own country is a group
  insult, telling that they went back is not;
- a closed group's house rule on sharing ("alleen voor deze groep, dus niet doorsturen", "niet doorsturen of
  screenshotten naar Snapchat") is no secret; a label on the content itself ("intern stuk", "onder embargo")
  next to such a rule still is, and so is a request not to share without a house rule.
"""
from __future__ import annotations

import pytest

from conftest import flag_pass_tests, front_matter as _fm


_P = _fm(channel="facebook", capacity="personal")
_O = _fm(channel="facebook", capacity="official")
_HOME = ("home-address", "person-address", "phone-number")
_SECRET = ("confidential-context", "confidential-request")

FLAG = [
    # one home, a number on the town hall's square that is not the town hall
    ("domus", "home-address", "block", _P + "Mevrouw woont op de Lindelaan 3, even aanbellen als je de sleutel zoekt."),
    ("heemstede", "home-address", "block",
     _P + "Mijn collega woont op het Raadhuisplein 12, kom gerust een keer langs voor koffie."),
    # a first name next to the client group
    ("sterkhuis", "client-identified", "block",
     _P + "Met de pleegkinderen naar de intocht geweest, Fleur vond de pieten toch wel een beetje eng."),
    # a "niet" earlier in the sentence does not negate the group
    ("sterkhuis", "client-identified", "block",
     _P + "Ik ben niet blij met de pleegkinderen vandaag, Fleur heeft de hele keuken onder de verf gezet."),
    # a label on the content next to a house rule; a request not to share without one
    ("hartekamp", "confidential-context", "block", _P + "Intern stuk, alleen voor deze groep: de locatie sluit in maart."),
    ("hartekamp", "confidential-context", "block",
     _P + "Onder embargo tot vrijdag, dus niet delen op Facebook: de nieuwe bestuurder is bekend."),
    # a foster child with an age, introduced by a foster parent
    ("sterkhuis", "child-name", "block", _P + "Pleegmoeder van Milan (9) en Sem (7) hier, wat een week was dit zeg."),
    ("sterkhuis", "child-name", "block", _P + "Onze pleegdochter Tess (12) heeft vandaag haar zwemdiploma gehaald!"),
    # a contractor's own page naming Domus without approval
    ("domus", "unapproved-mention", "review",
     _fm(channel="facebook", capacity="official", page="Schildersbedrijf Peeters")
     + "Weer 20 woningen van Woningstichting Domus geschilderd deze week!"),
    # a masked swear word about people; sending people back to "their own country"
    ("sterkhuis", "tone-abuse", "block",
     _P + "sommige ouders op mijn werk zijn echt zulke zeurende k*twijven 🤬 alsof ik 24/7 voor hun kind zorg"),
    ("hartekamp", "tone-abuse", "block", _P + "wat een kl*otzak is die vader van kamer 3, elke week hetzelfde gezeik"),
    ("sterkhuis", "tone-group-insult", "block",
     _P + "al dat gedoe met hun feestdagen waardoor afspraken niet doorgaan, ga lekker terug naar je eigen land"),
    ("domus", "confidential-request", "block",
     _P + "Niet doorsturen hè, maar de bouwkeet gaat na de zomer dicht en het halve team moet weg."),
]

PASS = [
    ("domus", _HOME, _P + "Planning volgende week: dinsdag de Lindelaan 3 t/m 17, woensdag de Kerkstraat 2 tot en "
                          "met 20 (even nummers). Graag de auto even ergens anders parkeren!"),
    ("domus", _HOME, _P + "Vanaf Hoefstraat 4 tot het einde van de straat krijgen alle woningen deze maand nieuwe "
                          "dakgoten."),
    ("domus", _HOME, _P + "Ongeluk op de bouw? ALTIJD 112 bellen, daarna pas de uitvoerder. Veiligheid eerst 👷"),
    ("heemstede", _HOME, _O + "Vragen over uw aanvraag? U vindt ons op het Raadhuisplein 1 in Heemstede, of schrijf "
                              "naar Postbus 352, 2100 AJ Heemstede."),
    ("sterkhuis", ("person-name", "person-on-photo"),
     _P + "Vorige week op het landelijk congres in Den Bosch geweest, en daarna nog wat plannen vanuit Den Haag "
          "gelezen. Leerzaam! #pleegzorg"),
    ("sterkhuis", ("client-identified",),
     _P + "Onze Sem heeft zijn zwemdiploma!! (onze eigen zoon hoor, niet een van de pleegkinderen) 🏊 #trots"),
    ("sterkhuis", ("client-identified",),
     _P + "Met de pleegkinderen naar de intocht gekeken. Willem-Alexander en Máxima stonden op het bordes, prachtig."),
    ("hartekamp", ("client-identified",),
     _P + "Wie mag erin? Alleen de bewoners en hun familie, en de beheerders voegen iedereen toe."),
    ("sterkhuis", ("child-name", "child-identified", "client-identified"),
     _P + "Hoi, ik ben Marieke, moeder van Tess (12) en Bo (9) en sinds kort ook logeermoeder."),
    ("domus", ("child-name", "child-identified"), _P + "Mijn dochter Tess (12) hielp vandaag mee met schuren, top!"),
    ("domus", ("unapproved-mention",),
     _fm(channel="blog", capacity="official", page="www.wsdomus.nl/nieuws", author="Communicatie Woningstichting Domus")
     + "Woningstichting Domus vernieuwt volgend jaar de daken van 120 woningen in Roermond-Oost."),
    ("sterkhuis", ("tone-abuse",), _P + "Onze pleegdochter geeft de nieuwe zwemles 5* ⭐ en wij ook!"),
    ("domus", ("tone-abuse",), _P + "dat was echt k*t weer vandaag op de steiger, alles nat 🌧️"),
    ("sterkhuis", ("tone-group-insult",), _P + "Na tien jaar in Venlo gingen ze terug naar hun eigen land, we missen ze."),
    ("hartekamp", _SECRET,
     _O + "De foto's van de barbecue staan erop! Ze zijn alleen voor deze groep, dus niet doorsturen aub."),
    ("hartekamp", _SECRET, _O + "Dus niet doorsturen of screenshotten naar Snapchat, dank jullie!"),
    ("hartekamp", _SECRET, _O + "Niet doorsturen naar de familie-app graag, wat hier staat is voor de leden."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round12")


@pytest.mark.parametrize("text,names", [
    ("Het congres pleegzorg was dit jaar in Den Bosch.", []),
    ("De plannen vanuit Den Haag helpen ons niet.", []),
    ("Kom langs op Stationsstraat 20, 6221 BL Maastricht.", []),
    ("Ik sprak gisteren mevrouw Den Bosch over haar werk.", ["mevrouw Den Bosch"]),
    ("Gisteren sprak ik Anne den Haag over het congres.", ["Anne den Haag"]),
    ("Gisteren sprak ik mevrouw de Boer over haar werk.", ["mevrouw de Boer"]),
])
def test_a_place_is_not_a_person(text, names):
    from postcheck.nlp.names import NameDetector

    assert [text[h.start:h.end] for h in NameDetector.load().find(text) if h.strength == "strong"] == names


@pytest.mark.parametrize("text,found", [
    ("ma: Pastoor Vullinghsstraat 2 t/m 10", []),
    ("van Hoogstraat 2 tot en met het einde van de straat", []),
    ("de Molenweg 2 tot 24 krijgt nieuwe kozijnen", []),
    ("EERST 112 bellen", []),
    ("KERKSTRAAT 12 is haar huis", ["KERKSTRAAT 12"]),
    ("Hoogstraat 2 tot 5 uur open", ["Hoogstraat 2"]),
    ("Hoogstraat 2 tot 17:00 open", ["Hoogstraat 2"]),
    ("Ze woont op Beekstraat 11 in Venlo.", ["Beekstraat 11"]),
])
def test_a_range_of_numbers_is_not_one_home(text, found):
    from postcheck.nlp.personal_data.address import find
    from postcheck.nlp.personal_data.common import Allow

    out: list = []
    find(text, Allow(), out)
    assert [text[h.start:h.end] for h in out] == found


@pytest.mark.parametrize("word,hidden", [
    ("k*twijven", "kutwijven"), ("kl*otzak", "klootzak"), ("t*ringlijer", "teringlijer"), ("kl**tzak", "klootzak"),
    ("5*", ""), ("a*b", ""), ("m*ssen", ""), ("k***t", ""),
])
def test_a_masked_swear_word_reads_as_the_word_it_hides(word, hidden):
    from postcheck.nlp.cues.masked import unmasked

    assert unmasked(word) == hidden
