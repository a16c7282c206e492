"""Sixth round (issue 8, failure classes 4 and 5): what is fine must pass, a fixable problem is not blocked.

Phrasings of our own (not the dev set's words), through the CLI, one run per pack:
- the writer's own business contact data ("mijn zakelijke nummer", "mail me op jos@jvdbouw.nl", the front
  matter's author in the address) is the writer's, not someone else's personal data;
- a number right after a company's name ("contact opnemen met Bureau Helder, 0475-...") or a named
  department ("bel de afdeling Werving op ...") is business contact data: at most review, never block;
- a reply on the municipality's own account that answers a question ("goede vraag", "u vroeg ...") is
  what the checklist asks for ("natuurlijk reageren we op gestelde vragen"); the account itself
  (front matter `page`) shows the role; a reply by the communications people (front matter `author`)
  needs no further approval.
- a hint instead of the client's name ("jullie weten wel welke corporatie we bedoelen") is flagged for
  Domus: the client stays recognisable (richtlijn 6, "bij de geringste twijfel").
What must stay flagged: someone else's 06, a home address, the writer's private number, a colleague's
direct address, an official reply from a private account, an official reply that argues with criticism.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids, front_matter as _fm


_LI = _fm(channel="linkedin", capacity="personal")
_HS = _fm(channel="facebook", capacity="official", page="Gemeente Heemstede",
          reply_to="https://www.facebook.com/gemeenteheemstede/posts/1")
_HS_X = _fm(channel="x", capacity="official", page='"@gemeenteHeemstede"', author="webredactie gemeente Heemstede",
            reply_to="https://x.com/inwoner/status/2")
_BLOG = ("## Een jaar voor mezelf\n\nVorig jaar ben ik voor mezelf begonnen. Het eerste halfjaar was spannend: "
         "weinig klussen, veel offertes. Nu loopt het, vooral dankzij mond-tot-mondreclame.\n\n"
         "Wat ik geleerd heb: neem de tijd voor een goede offerte en kom je afspraken na.\n\n")

_PERSONAL = ("phone-number", "own-phone", "email-address", "work-contact")

# (pack, rule ids that must NOT be acted on (review/block), text)
PASS = [
    # -- the writer's own business number or address ---------------------------------------------
    ("domus", _PERSONAL, _LI + "Even voorstellen: ik ben Sanne, zelfstandig stukadoor sinds mei. "
                               "Bel me gerust op mijn zakelijke nummer 06-19283746."),
    ("domus", _PERSONAL, "vragen over je dakgoot? app me op m'n werknummer 06 51 23 88 41 👍"),
    ("domus", _PERSONAL, _LI + "U kunt mij zakelijk bereiken via 0475-582211 of per mail via "
                               "info@stukadoorvlecken.nl."),
    ("domus", _PERSONAL, "Nieuwe badkamer nodig? Mail me gerust: kees@schilderwerkenkees.nl #zzp #schilder"),
    ("domus", _PERSONAL, "bel mij op mn zakelijk nummer 0475 58 22 11, privé neem ik niet op"),
    ("domus", _PERSONAL, _BLOG + "Zelf een klus? Je kunt me bereiken via mijn bedrijfsnummer 06-2839 1144 "
                                 "of jos@jvdbouw.nl."),
    ("domus", _PERSONAL, _fm(channel="linkedin", capacity="personal", author="Ruud Hendrix")
     + "Na negentien jaar in loondienst ben ik nu zelfstandig loodgieter.\n\nContact: ruud@hendrixloodgieter.nl"),
    ("heemstede", _PERSONAL, _fm(channel="linkedin", capacity="personal")
     + "Nieuwe baan! Vakgenoten kunnen me zakelijk bereiken op mijn werknummer 023-5485812."),
    ("domus", _PERSONAL, "Ik zou nooit mijn privénummer online zetten. Voor klussen: mijn zakelijke mobiel is "
                         "06-41112233."),
    # -- a hint that names no client, harmless senses of the hint words, a recorded approval ----------
    ("domus", ("veiled-mention",), "Ik noem geen namen, maar iemand heeft de koffie in de keet opgemaakt ☕"),
    ("domus", ("veiled-mention",), 'Een collega schreef "jullie weten wel welke corporatie we bedoelen" onder een '
                                   "foto; dat hebben we na overleg weggehaald."),
    ("domus", ("veiled-mention",), "Jullie weten wel welke dag het is: vlaaivrijdag, ook bij de opdrachtgever!"),
    ("domus", ("veiled-mention",), "Wij zouden nooit de naam van een opdrachtgever noemen zonder zijn akkoord."),
    ("domus", ("veiled-mention",), _fm(approval="{by: communicatie Domus, ref: DOM-2026-301, date: 2026-11-30}")
     + "Dakrenovatie gestart voor onze vaste opdrachtgever (wie o wie? 😄) #dakwerk"),
    # -- a company's or a department's number (press release, official post) ----------------------
    ("domus", ("phone-number",), _fm(channel="website", capacity="official")
     + "**Noot voor de redactie:** neem voor meer informatie contact op met Communicatiebureau Helder, "
       "0475-331190."),
    ("domus", ("phone-number",), "Vragen van de pers? Bel Bouwbedrijf Custers via 077-4732190."),
    ("domus", ("phone-number",), "perscontact: adviesbureau Maasdal (tel. 0475 - 22 81 90)"),
    ("sterkhuis", ("work-contact", "phone-number"), _fm(channel="facebook", capacity="official")
     + "Pleegouder worden? Bel de afdeling Werving Pleegzorg op 0575 - 56 12 00, of kom naar de "
       "informatieavond."),
    ("heemstede", ("work-contact", "phone-number"), _fm(channel="facebook", capacity="official")
     + "Vragen over uw aanvraag? Neem contact op met het team Vergunningen: 023-5115000."),
    ("domus", ("phone-number",), "PERSBERICHT\n\nVoor meer informatie: Lisa Peters (persvoorlichter), telefoon "
                                 "06-41234567"),
    ("domus", ("phone-number",), "Meer weten over de renovatie? Jan Smeets van Bouwbedrijf Smeets, 06-12345678."),
    # -- an official reply on the municipality's own account that answers a question -------------
    ("heemstede", ("official-reply", "role-missing", "role-missing-reply"), _HS
     + "Goed dat u het vraagt! De milieustraat is zaterdag open van 9 tot 16 uur. Groet, Ilse, medewerker "
       "Afval van de gemeente Heemstede"),
    ("heemstede", ("official-reply",), _HS
     + "Dank voor je vraag. Ja, ook met een tijdelijke verblijfsvergunning kun je een ooievaarspas aanvragen: "
       "heemstede.nl/ooievaarspas. ^Kees, team Publiekszaken gemeente Heemstede"),
    ("heemstede", ("official-reply", "role-missing", "role-missing-reply"), _HS_X
     + "@buurman_hmst ja hoor, grofvuil meldt u online aan via heemstede.nl/grofvuil. De ophaaldag staat in "
       "de bevestiging."),
    ("heemstede", ("official-reply",), _HS
     + "In antwoord op uw vraag over de parkeervergunning: die kunt u vanaf 1 maart digitaal aanvragen. "
       "Alles staat op heemstede.nl/parkeren. Groet, Daan, klantcontactcentrum gemeente Heemstede"),
    ("heemstede", ("official-reply",), _HS
     + "Terechte vraag 👍 De speeltuin aan de Glipperweg gaat in april weer open. Groet, Bram, team Spelen "
       "gemeente Heemstede"),
    ("heemstede", ("official-reply",), _HS
     + "u vroeg wanneer de bladkorven weer weggaan: half januari. groet, Noor (gemeente Heemstede, "
       "team Buitenruimte)"),
    ("heemstede", ("official-reply", "role-missing", "role-missing-reply"),
     _fm(channel="facebook", capacity="official", page="Gemeente Heemstede", author="Lotte, team Communicatie",
         reply_to="https://www.facebook.com/gemeenteheemstede/posts/3")
     + "Klopt, de weekmarkt staat vanaf volgende week op het Raadhuisplein. Zie heemstede.nl/markt."),
]

# (pack, rule id that must fire (review or block), text)
FLAG = [
    # someone else's private number, a home address, the writer's private number, a colleague's address
    ("domus", "phone-number", "Noot voor de redactie: de bewoonster die we spraken is bereikbaar op 06-41873390."),
    ("domus", "phone-number", "Wil iemand de buurman van nummer 8 bellen? zijn 06 is 06-28377102"),
    ("domus", "home-address", _LI + "Even voorstellen: ik ben Sanne, stukadoor. Kom gerust langs op mijn "
                                    "adres, Kerkstraat 12 in Roermond."),
    # the writer's own number: Sterk Huis asks no personal information online; Domus only reminds (richtlijn 4)
    ("sterkhuis", "own-phone", "Vragen over de klus? Bel of app me gerust op mijn privénummer 06-12398745."),
    ("heemstede", "own-phone", _fm(channel="facebook", capacity="personal")
     + "Vragen over de wijkschouw? App me gerust op mijn eigen 06: 06-45678901."),
    ("domus", "email-address", "Vragen over de planning? Mail gerust naar onze projectleider bij Domus, "
                               "p.craenen@wsdomus.nl."),
    ("domus", "email-address", _fm(author="Sanne Hendrix")
     + "mail me maar op sanne.hendrix1988@gmail.com als je vragen hebt"),
    # an official reply from a private account; an official reply arguing with criticism
    ("heemstede", "private-account-official", _fm(channel="facebook", capacity="personal")
     + "Namens de gemeente Heemstede: de nieuwe afvalpas komt op 1 februari. Officiële mededeling!"),
    ("heemstede", "official-reply", _HS
     + "Wij zijn het niet met u eens dat het afvalbeleid mislukt is. Het aantal klachten daalt juist. "
       "Groet, Ilse, medewerker Afval van de gemeente Heemstede"),
    # a contractor's hint at the housing corporation instead of its name (Domus richtlijn 1 and 6)
    ("domus", "veiled-mention", "Weer 80 woningen voor die ene woningstichting in Midden-Limburg, de naam mag ik "
                                "niet noemen haha"),
    ("domus", "veiled-mention", "nieuwe opdracht!! hele flat vol kozijnen voor een verhuurder uit venlo, jullie "
                                "raden het al 😉"),
    ("domus", "veiled-mention", _LI + "Trots op onze nieuwe opdracht: het onderhoud van 300 huurwoningen voor een "
                                      "woningcorporatie die hier niet genoemd wil worden."),
    ("domus", "veiled-mention", "Dakrenovatie gestart voor onze vaste opdrachtgever (wie o wie? 😄) #dakwerk #roermond"),
    ("domus", "veiled-mention", _BLOG + "Deze maand mogen we 40 badkamers vervangen. De opdrachtgever? Wie in "
                                        "Swalmen woont, weet wel welke corporatie we bedoelen."),
    ("domus", "veiled-mention", "schilderbeurt van 60 woningen voor een woningbouwvereniging hier, jullie snappen "
                                "wel welke we bedoelen"),
    # an answer on a page that is not the municipality's own shows no role
    ("heemstede", "role-missing", _fm(channel="facebook", capacity="official", page="Heemstede Centraal")
     + "Goede vraag! De lantaarnpaal wordt deze week gerepareerd."),
    # a press contact's or a company person's own number is their work number: review, not block
    ("domus", "work-contact", "Noot voor de redactie: vragen? Bel woordvoerster Lisa Peters, 06-41234567."),
    ("domus", "work-contact", "perscontact: Bureau Woordwerk, Lisa Peters, tel. 06-41234567"),
    # a department's direct line (doorkiesnummer) stays a direct work number
    ("heemstede", "work-contact", "Het doorkiesnummer van de afdeling Vergunningen is 023-5485812."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, [(p, (), t) for p, _, t in PASS] + [(p, (), t) for p, _, t in FLAG],
                       "fine6")


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
