"""Seventh round: what is fine must pass (false alarms), and misplaced categories on fine-ish drafts.

Phrasings of our own (not the dev set's words), through the CLI, one run per pack:
- an event's venue ("informatieavond bij Sterk Huis, X 42", "open dag ... X 3") is a public address;
- a fixed-line number given with a web address or a role e-mail address ("aanmelden via www.x.nl of bel
  038-...", "stuur je cv naar vacature@x.nl of bel 0475-...") is the organisation's number;
- a vacancy's "stuur je cv" makes its contact paragraph business contact data;
- a building project or permit named with its address ("de omgevingsvergunning X 40-44") is not a home;
- an employee's post on the personal title is not the company's news (Domus richtlijn 1 vs 4); a calm reply
  on the personal title that only points to Domus does not take part in the discussion (richtlijn 5);
- a tenant named with her consent stated and Domus's approval recorded (richtlijn 1 and 3);
- the municipality taking a position ("de gemeente stelt zich op het standpunt dat") is an official statement
  to record.
What must stay flagged (the dangerous neighbours): a private 06 with a web address, a number the writer gives
as their own, a home address in a sentence about the writer with a desk or opening hours elsewhere, a party
at home, a name without consent or without approval, a negated personal-title statement, a heated reply.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids, front_matter as _fm


_P = _fm(channel="facebook", capacity="personal")
_O = _fm(channel="facebook", capacity="official")
_APPROVED = _fm(channel="facebook", capacity="official",
                approval="{by: communicatie Domus, ref: DOM-2026-077, date: 2026-11-30}")
_REPLY = _fm(channel="facebook", capacity="personal", reply_to="https://www.facebook.com/groups/venray/posts/9")
_CONTACT = ("phone-number", "home-address", "person-address")

# (pack, rule ids that must NOT be acted on (review/block), text)
PASS = [
    # -- an event's venue and the organisation's number with its web address ------------------------
    ("sterkhuis", _CONTACT, _P + "Op dinsdag 4 november is er een voorlichtingsavond pleegzorg bij Sterk Huis, "
                                 "Stationsweg 12 in Deventer. Opgeven kan via www.sterkhuis.nl/avond of bel "
                                 "(0570) 61 22 00."),
    ("sterkhuis", _CONTACT, _P + "open dag!! zaterdag 10-14 uur, Molenstraat 8 in Apeldoorn. kijk op sterkhuis.nl "
                                 "of bel 055 - 521 44 00 #pleegzorg"),
    ("hartekamp", _CONTACT, _P + "Kom naar de inloopmiddag van onze dagbesteding, Kleine Houtweg 3, Haarlem. Meer "
                                 "info op www.hartekampgroep.nl of bel 023-5293300."),
    ("heemstede", _CONTACT, _O + "Bewonersavond over de herinrichting: woensdag om 19.30 uur, Herenweg 27. "
                                 "Aanmelden via heemstede.nl/herenweg of bel 14 023."),
    # -- a vacancy's contact paragraph -------------------------------------------------------------
    ("domus", _CONTACT, _fm(channel="blog", capacity="official") + "# Vacature: stukadoor\n\nWij zoeken een "
     "stukadoor voor renovatiewerk.\n\n## Interesse?\n\nStuur je cv naar werk@stucadoorsbedrijfmaas.nl of bel "
     "077-3541190. Langskomen mag ook: Nijverheidsweg 12, Venlo."),
    ("domus", _CONTACT, _O + "Wij zoeken een timmerman!\n\nMail je cv en motivatie naar info@timmerbouwlimburg.nl, "
                             "bellen mag ook: 0475 - 41 22 87."),
    # -- a permit or building project with its address ---------------------------------------------
    ("heemstede", _CONTACT, _O + "De omgevingsvergunning Binnenweg 12-20 is verleend; bezwaar kan tot 1 maart."),
    ("heemstede", _CONTACT, _O + "Het bouwplan Zandvaartkade 3-9 ligt vanaf maandag ter inzage in het raadhuis."),
    # -- the personal title; a calm reply that points to Domus ---------------------------------------
    ("domus", ("company-news",), _P + "Weer tien keukens geplaatst in de Domus-flats, trots op ons team! "
                                      "Ik post dit op persoonlijke titel."),
    ("domus", ("company-news",), _fm(channel="instagram", capacity="personal")
     + "we hebben vandaag bij de domus flats alle kozijnen vervangen 💪 (persoonlijk account, niet namens mijn "
       "werkgever)"),
    ("domus", ("discussion-reply",), _REPLY + "Ik werk op dit project, dit zeg ik op persoonlijke titel. Voor vragen "
                                              "over de planning kun je het beste terecht bij Domus zelf: "
                                              "(0475) 33 73 23."),
    ("domus", ("discussion-reply",), _REPLY + "op persoonlijke titel hoor: neem gerust contact op met Domus, daar "
                                              "weten ze precies wanneer jullie straat aan de beurt is"),
    # the firm's own page that only points to Domus answers a question (twenty-third round; tune20's writer files it
    # as fine, and no dev-set draft wants it held)
    ("domus", ("discussion-reply",), _fm(channel="facebook", capacity="official",
                                         reply_to="https://www.facebook.com/groups/venray/posts/9")
     + "Voor vragen over de planning kun je terecht bij Domus zelf: (0475) 33 73 23."),
    # -- the organisation's choice in the writer's "we", with a disclaimer or only quoted ------------------
    ("sterkhuis", ("disclaimer-missing",), _fm(channel="blog", capacity="personal")
     + "Bij Sterk Huis kiezen we er bewust voor dat iedere aanmelding binnen twee weken wordt opgepakt. Dit is "
       "mijn persoonlijke mening, niet namens Sterk Huis."),
    ("sterkhuis", ("disclaimer-missing",), _fm(channel="blog", capacity="personal")
     + 'Mijn teamleider zei: "bij Sterk Huis kiezen we er bewust voor", en daar denk ik nog over na.'),
    # -- a tenant named with consent and approval ---------------------------------------------------
    ("domus", ("client-name", "person-described", "person-name"), _APPROVED
     + "Meneer Jan Smeets (78) aan de Kapelaanstraat heeft een nieuwe keuken. Hij vond het prima dat zijn naam "
       "erbij staat."),
]

# (pack, rule id that must fire (review or block), text)
FLAG = [
    # a private 06 with a web address; the writer's own number; a home address in a sentence about the writer
    ("sterkhuis", "phone-number", _P + "Informatieavond pleegzorg? Kijk op www.sterkhuis.nl of bel mijn buurvrouw "
                                       "op 06-41873390."),
    ("sterkhuis", "own-phone", "Zie ook www.sterkhuis.nl, of bel of app me op 06-12398745."),
    ("heemstede", "home-address", _P + "Ik sta op werkdagen achter de balie, maar zaterdag verkoop ik mijn oude "
                                       "spullen: kom langs op Kerklaan 61, 2101 HL Heemstede!"),
    ("heemstede", "home-address", _P + "Verjaardagsfeest bij mij thuis, Kerklaan 61 in Heemstede, vanaf 20 uur!"),
    ("sterkhuis", "home-address", _P + "De informatieavond is dit jaar bij mijn collega Sanne, Molenstraat 8 in "
                                       "Apeldoorn."),
    # a name without consent, or without approval
    ("domus", "person-described", _APPROVED + "Meneer Jan Smeets (78) aan de Kapelaanstraat heeft een nieuwe keuken."),
    ("domus", "person-described", _O + "Meneer Jan Smeets (78) aan de Kapelaanstraat heeft een nieuwe keuken. Hij "
                                       "vond het prima dat zijn naam erbij staat."),
    # a negated personal-title statement; a reply with the title that argues (a reply from the firm's page that
    # only points to Domus passes since the twenty-third round: tests/test_round23.py)
    ("domus", "company-news", _P + "Weer tien keukens geplaatst in de Domus-flats, trots op ons team! Dit is "
                                   "niet op persoonlijke titel, gewoon namens de zaak."),
    ("domus", "discussion-reply", _REPLY + "Op persoonlijke titel: wat hier over Domus geroepen wordt is onzin, "
                                           "lees eerst even voor je gaat roepen."),
    # the organisation's choice in the writer's "we" on a personal blog, without a disclaimer
    ("sterkhuis", "disclaimer-missing", _fm(channel="blog", capacity="personal")
     + "Bij Sterk Huis kiezen we er bewust voor dat iedere aanmelding binnen twee weken wordt opgepakt."),
    ("sterkhuis", "disclaimer-missing", _fm(channel="blog", capacity="personal")
     + "Wachtlijsten? Wat ons betreft zou iedere aanbieder het doen zoals Sterk Huis."),
    # the municipality's own position, announced as its reaction
    ("heemstede", "official-record", _O + "De gemeente stelt zich op het standpunt dat de vergunning terecht is "
                                          "verleend."),
    ("heemstede", "official-record", _O + "Wij stellen ons op het standpunt dat de klacht ongegrond is."),
    ("heemstede", "official-record", _O + "Reactie van de gemeente op de berichten over de kap van de bomen: de "
                                          "bomen waren ziek."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, [(p, (), t) for p, _, t in PASS] + [(p, (), t) for p, _, t in FLAG],
                       "fine7")


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[-40:]}" for p, _, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    assert not rule_ids(results[i], acted_on=True) & set(rules), (text, sorted(rule_ids(results[i])))
    assert results[i]["verdict"] != "block", (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[-40:]}" for p, r, t in FLAG])
def test_the_real_thing_stays_flagged(results, i):
    pack, rule, text = FLAG[i]
    j = len(PASS) + i
    assert rule in rule_ids(results[j], acted_on=True), (text, sorted(rule_ids(results[j])))


@pytest.mark.parametrize("text,name", [
    ('"Jij gaat toch bij gezinnen langs?" Ja. Maar het is meer dan dat.', None),
    ("Kan dat nog? Nee. Maar volgende week wel.", None),
    ("tja. Dus we wachten maar af.", None),
    ("Bij Sterk Huis werkt Th. Maas al jaren.", "Th. Maas"),
    ("Bij Sterk Huis werkt Chr. Bakker al jaren.", "Chr. Bakker"),
    ("Gisteren sprak ik J. de Vries over de planning.", "J. de Vries"),
])
def test_an_answer_word_is_not_an_initial(text, name):
    from postcheck.nlp.names import NameDetector

    found = [text[h.start:h.end] for h in NameDetector.load().find(text)]
    if name is None:
        assert not any(f.split(".")[0] in ("Ja", "Nee", "tja", "Tja") for f in found), found
    else:
        assert name in found, found
