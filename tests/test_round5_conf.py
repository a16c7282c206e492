"""Fifth round (issue 8), confidentiality / image / private-post classes, through the CLI.

Each class has phrasings of its own (not the dev set's words): the real thing that must be flagged,
and harmless texts in the same words (negation, quotation, warnings, the other sense) that must pass.
All drafts of one pack are checked in one CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_FB = "---\nchannel: facebook\ncapacity: personal\n---\n"


def _img(shows: str, consent: str = "") -> str:
    """Front matter of an official post with one image that shows `shows` (and `consent:` if given)."""
    c = f"\n    consent: {consent}" if consent else ""
    return f"---\nchannel: facebook\ncapacity: official\nimages:\n  - file: a.jpg\n    shows: [{shows}]{c}\n---\n"


# (pack, rule id that must fire, text)
FLAG = [
    # -- a work address of the organisation in a private post (Sterk Huis: privé-mail voor privéberichten) --
    ("sterkhuis", "work-email-private",
     "TE KOOP: kinderzitje Maxi-Cosi, 25 euro. Mail even naar m.dijkstra@sterkhuis.nl als je interesse hebt"),
    ("sterkhuis", "work-email-private",
     _FB + "Gratis af te halen: een bank, drie zits. Reageren via sanne.visser@sterkhuis.nl graag."),
    ("sterkhuis", "work-email-private",
     "tk fiets 24 inch, vraagprijs 60 euro, ophalen in Deventer. mailtje naar p.dekker@sterkhuis.nl 🚲"),
    ("sterkhuis", "work-email-private",
     "Wij verkopen onze caravan! Zgan, bouwjaar 2015. Info: k.jansen@sterkhuis.nl #tekoop #caravan"),
    ("sterkhuis", "work-email-private",
     "Wie wil ons vakantiehuisje in de Ardennen huren in juli? Stuur me een mail op a.bos@sterkhuis.nl."),
    ("sterkhuis", "work-email-private",
     "Na de verhuizing hebben we veel over. Op zaterdag rommelmarkt in de tuin! Vragen: "
     "t.mulder@sterkhuis.nl"),
    # -- people on a photo without consent (Domus: huurders, medewerkers) / residents in the caption --
    ("domus", "client-image",
     _img("people, property", "false") + "Mevrouw bij haar nieuwe badkamer, ze is er blij mee!"),
    ("domus", "client-image", _img("people") + "De bewoners van de Kerkstraat vierden de oplevering met ons mee."),
    ("hartekamp", "client-image-text", "Groepsfoto van de hele bewonersgroep bij de kinderboerderij 🐐"),
    ("hartekamp", "client-image-text", "hier de groep bewoners op de foto bij het strand, wat een dag 🏖️"),
    ("hartekamp", "client-image-text", "📸 De cliëntengroep van de dagbesteding op weg naar Ouwehands!"),
    ("hartekamp", "client-image-text",
     "Hier de bewonersgroep van De Linde klaar voor vertrek naar zee 🚌 foto even gemaakt bij de bus."),
    # -- amounts of the bids in a tender (own, a competitor's, the client's budget) --
    ("domus", "tender-bids", "Aanbesteding dakgoten gewonnen 💪 we zaten op 88 duizend euro, nummer twee op 95."),
    ("domus", "tender-bids", "De inschrijfprijs van Bouwbedrijf Lemmen was € 1,4 miljoen, dus het werk ging naar ons."),
    ("domus", "tender-bids",
     "Tender voor de cv-ketels binnengehaald. Ons bod kwam uit op € 310.000, ruim 20.000 euro lager dan de rest."),
    ("domus", "tender-bids", "haha die aanbesteding is voor ons, de opdrachtgever had intern maar 2 ton begroot"),
    ("sterkhuis", "tender-bids",
     "Trots! Wij schreven in voor 42.000 euro op de aanbesteding voor de catering en dat was de scherpste."),
    ("heemstede", "tender-bids",
     _FB + "Over de gunning van het straatwerk: Stratenmakers BV had € 640.000 ingeschreven, echt te gek."),
    # -- plans that are not public yet, told in passing (also in a long blog) --
    ("sterkhuis", "confidential-plan",
     "Het is nog helemaal niet openbaar, maar de locatie in Deventer gaat sluiten en het team wordt opgeheven."),
    ("sterkhuis", "confidential-plan",
     "## Teamdag\n\nWe hadden een mooie dag.\n\nDe directie wil het pas in september bekendmaken, maar er "
     "komt een reorganisatie met ontslagen."),
    ("hartekamp", "confidential-plan",
     "dit is nog echt niet publiek hoor maar de dagbesteding in Epe gaat dicht per 1 maart 😬"),
    ("domus", "confidential-plan",
     "De sloop van de flats aan de Parklaan gaat door, Domus brengt het pas na de zomer naar buiten."),
    ("heemstede", "confidential-plan",
     "Wethouder wil de sluiting van het zwembad pas na de verkiezingen melden, zo hoorde ik vandaag."),
    ("sterkhuis", "confidential-plan",
     "Nog totaal niet openbaar: de fusie met de jeugdzorgorganisatie uit Zwolle is rond. #nieuws"),
]
PASS = [
    # a private address in a private ad; a work address in a work post; a role address; a quotation
    ("sterkhuis", ["work-email-private"],
     "Te koop: kinderzitje, 25 euro. Ophalen in Zwolle. Mail m.dijkstra83@gmail.com."),
    ("sterkhuis", ["work-email-private"],
     "Vragen over de informatieavond voor pleegouders? Mail me op m.dijkstra@sterkhuis.nl."),
    ("sterkhuis", ["work-email-private"],
     "Te koop: kinderzitje, 25 euro, ophalen in Zwolle. Vragen over pleegzorg? Mail info@sterkhuis.nl."),
    ("sterkhuis", ["work-email-private"],
     "Ik zou nooit iets te koop zetten met mijn werkmail. Voor de pleegzorgavond: mail me op p.dekker@sterkhuis.nl"),
    ("sterkhuis", ["work-email-private"],
     'Een collega schreef "te koop: fiets, mail p.dekker@sterkhuis.nl" en kreeg terecht een opmerking.'),
    ("domus", ["client-image"], _img("people", "true") + "Mevrouw bij haar nieuwe badkamer, ze is er blij mee!"),
    ("domus", ["client-image"], _img("property") + "De nieuwe kozijnen aan de Kerkstraat zitten erin."),
    ("hartekamp", ["client-image-text"], "Ik zou nooit een foto van de bewonersgroep delen zonder toestemming."),
    ("hartekamp", ["client-image-text"],
     'Een collega vroeg: "mag ik een foto van de bewonersgroep op Facebook zetten?" Het antwoord was nee.'),
    ("hartekamp", ["client-image-text"], "De bewonersgroep vergadert dinsdag over de nieuwe tuin en de busreis."),
    ("domus", ["tender-bids"],
     "Aanbesteding dakgoten gewonnen! Dank aan het hele team voor de scherpe inschrijving 💪"),
    ("domus", ["tender-bids"], "We zouden nooit onze inschrijfprijs online zetten, ook niet na de gunning."),
    ("domus", ["tender-bids"],
     'In de krant: "de gemeente gunde het werk voor € 2 miljoen aan Bouwbedrijf Lemmen", zo staat het er.'),
    ("domus", ["tender-bids"],
     "Onze schilderbeurt kost vanaf € 45 per uur; vraag een offerte aan, vaak goedkoper dan je denkt."),
    ("domus", ["tender-bids"],
     "We hebben de inschrijvingsprijs voor de cursus laag gehouden: leden betalen 50 euro, de rest 100 euro."),
    ("sterkhuis", ["confidential-plan"],
     "De sluiting van de locatie in Deventer is sinds gisteren openbaar; lees het persbericht op de site."),
    ("sterkhuis", ["confidential-plan"],
     "Ik zou nooit iets delen over een reorganisatie die nog niet openbaar is, dat hoort niet."),
    ("sterkhuis", ["confidential-plan"],
     'De manager zei in de krant: "wij brengen de plannen pas naar buiten als ze klaar zijn".'),
    ("hartekamp", ["confidential-plan"],
     "Mijn nieuwe boek komt pas in maart naar buiten, ik kan niet wachten! 📚"),
    ("heemstede", ["tender-bids"],
     "Let op: noem nooit bedragen van inschrijvingen bij een aanbesteding, ook niet als je gewonnen hebt."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "conf5")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[:40]}" for p, r, t in FLAG])
def test_the_real_thing_is_flagged(results, i):
    pack, rule, text = FLAG[i]
    assert rule in rule_ids(results[i], acted_on=True), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[:40]}" for p, _, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
