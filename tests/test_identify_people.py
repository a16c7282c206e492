"""Who is identified in a post (issue 8, third round): people named without a lexicon, both
directions. Each class: own flag phrasings (WhatsApp lower case, formal, blog, typos) and pass
phrasings (negation, quotation, the harmless sense), through the CLI."""
import pytest

from conftest import check_text


def _check(tmp_path, pack, text, **opts):
    return check_text(tmp_path, pack, text, name="post.md", **opts)


# --- class 1: a client named by a first name (any case) with care, health or case details ------------
@pytest.mark.parametrize("pack,text", [
    ("hartekamp", "ff update voor de groep: thijs heeft vannacht weer een epileptische aanval gehad, hij is suf"),
    ("hartekamp", "Vanochtend kreeg Femke haar nieuwe medicatie; ze was er wat misselijk van."),
    ("sterkhuis", "wie heeft tips? lotte (7) heeft adhd en slaapt heel slecht sinds de verhuizing"),
    ("sterkhuis", "Sinds de zomer woont Anouk bij ons. Ze heeft een hechtingsstoornis en dat merk je elke dag."),
    ("hartekamp", "Wij begeleiden Wim al twaalf jaar; sinds zijn herseninfarct zit hij in een rolstoel."),
    ("hartekamp", "thijs van der wal heeft gisteravond weer een flinke epileptische aanval gehad"),
    ("sterkhuis", "Pfff, Jesse is vanacht weer weggelopen, de politie heeft hem om 3 uur teruggebracht."),
    ("domus", "Zo was meneer Harry Dassen bang dat hij na zijn tweede herseninfarct niet meer zelf kon douchen."),
])
def test_first_name_with_care_details_is_a_client(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert verdict == "block" and "client-name" in cats, rules


@pytest.mark.parametrize("pack,text", [
    # a colleague, not a client
    ("sterkhuis", "Onze collega Sanne heeft een burn-out; we wensen haar veel sterkte."),
    # negation / guideline
    ("hartekamp", "Ik zou nooit schrijven dat Thijs epilepsie heeft, ook niet in een besloten groep."),
    # the detail is a topic, not the person's condition
    ("sterkhuis", "Mooie lezing gehad van Marieke over autisme bij jonge kinderen."),
    ("hartekamp", "Lees ook het boek van Anna Enquist over dementie en rouw."),
    # the detail word is in a quoted title
    ("sterkhuis", "Het doet me denken aan Arnout Van den Bossche zijn show 'burn-out voor beginners', over pleegzorg."),
    # no detail word at all
    ("hartekamp", "ff update: thijs heeft vandaag heerlijk gezwommen en was heel vrolijk"),
    # the writer introduces themselves
    ("sterkhuis", "Ik ben Sanne en ik heb zelf ADHD; daarom werk ik graag met jongeren."),
])
def test_first_name_with_care_words_but_no_client_passes(tmp_path, pack, text):
    _verdict, cats, rules = _check(tmp_path, pack, text)
    assert "client-name" not in cats, rules


# --- class 2: initials with a lower-case interfix ("J.v.D. (15)") ------------------------------------
@pytest.mark.parametrize("pack,text", [
    ("sterkhuis", "Ik begeleid sinds kort J.v.D. (15), woont sinds 2 weken in een gezinshuis."),
    ("sterkhuis", "A.v.d.B. (9) zit sinds maandag bij ons, lief ventje."),
    ("hartekamp", "vandaag kreeg M.v.d.L. haar nieuwe medicatie, graag even opletten"),
    ("sterkhuis", "Zware nacht: S.v.D. is alweer weggelopen."),
    ("hartekamp", "Update: R.v.d.H. had vanochtend een epileptische aanval."),
    ("sterkhuis", "tips gevraagd voor K.v.E., 14 jaar, blowt dagelijks"),
])
def test_initials_with_interfix_identify_a_client(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert verdict == "block" and "client-name" in cats, rules


@pytest.mark.parametrize("pack,text", [
    ("sterkhuis", "J.v.D. Installatietechniek plaatst de nieuwe keuken in het gezinshuis."),
    ("sterkhuis", "Fijne vakantie allemaal!\n\nGroet, J.v.D."),
    ("sterkhuis", "Ik zou nooit J.v.D. (15) in een bericht noemen, schrijf 'een jongere'."),
    ("hartekamp", "De training is n.v.t. voor de medicatie van de bewoners."),
])
def test_initials_with_interfix_without_a_client_pass(tmp_path, pack, text):
    _verdict, cats, rules = _check(tmp_path, pack, text)
    assert "client-name" not in cats, rules


# --- class 3: a title with initials or a surname and a room or house number -------------------------
@pytest.mark.parametrize("pack,text", [
    ("hartekamp", "Meneer K. van Dijk van kamer 4 had vannacht een zware nacht."),
    ("hartekamp", "mevrouw jansen van kamer 12 is vandaag jarig!"),
    ("domus", "Bij mevrouw De Vries op nummer 8 de kozijnen vervangen."),
    ("hartekamp", "Dhr. B. Smits van kamer 7 kreeg bezoek van zijn kleinzoon."),
    ("domus", "De meneer Pieters van nummer 21 had koffie klaar."),
    ("sterkhuis", "Mw. T. Bakker op kamer 3 slaapt nog."),
])
def test_titled_name_with_a_number_identifies_a_client(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert verdict == "block" and "client-name" in cats, rules


@pytest.mark.parametrize("pack,text", [
    ("hartekamp", "Meneer K. van Dijk van kamer 4 tot 8 is de nieuwe huisarts."),
    ("hartekamp", "Noem nooit mevrouw Jansen van kamer 12 in een bericht."),
    ("domus", "Kamer 4 en nummer 8 zijn opnieuw geschilderd."),
    ("hartekamp", "Meneer K. van Dijk van bladzijde 4 schreef het mooiste gedicht."),
])
def test_titled_name_without_a_room_passes(tmp_path, pack, text):
    _verdict, cats, rules = _check(tmp_path, pack, text)
    assert "client-name" not in cats, rules


# --- class 4: a tenant or resident named with their home address ---------------------------------
@pytest.mark.parametrize("pack,text", [
    ("domus", "Mevrouw Truus Hendrix aan de Lindelaan 14 heeft eindelijk een nieuwe keuken."),
    ("domus", "vandaag bij kees van dam op de Molenweg 3 het dak gedaan"),
    ("domus", "Nieuwe cv-ketel bij Jan de Boer in de Kerkstraat 12, hij was er blij mee."),
    ("domus", "Meneer Dassen uit de Tulpstraat 23 kan weer zelf douchen."),
    ("domus", "Groetjes aan Marieke aan de Irisstraat 7, bedankt voor de koffie!"),
    ("domus", "De familie Peters van de Beukenlaan 9 had taart voor de mannen. #blijehuurders"),
])
def test_name_with_home_address_identifies_a_tenant(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert verdict == "block" and {"client-name", "personal-data"} <= cats, rules


@pytest.mark.parametrize("pack,text", [
    ("domus", "Ons kantoor aan de Industrieweg 5 is vrijdag gesloten."),
    ("domus", "Ik zou nooit schrijven dat mevrouw Hendrix aan de Lindelaan 14 woont."),
    ("domus", "Jan de Boer Installatietechniek, Kerkstraat 12, is onze nieuwe partner."),
    ("domus", "Onze collega Sanne aan de balie van de Lindelaan helpt u graag."),
    # a street named after someone
    ("domus", "Het adres is Evert van de Beekstraat 202, 1118 CP Schiphol; de huurders parkeren in P12."),
])
def test_address_without_a_named_resident_passes(tmp_path, pack, text):
    _verdict, cats, rules = _check(tmp_path, pack, text)
    assert "client-name" not in cats, rules


# --- class 4b: a house number with its street points at one household: a home address --------------
@pytest.mark.parametrize("pack,text", [
    ("domus", "Bij de mevrouw van nummer 8 in de Hertogsingel moesten we vandaag 4 keer terugkomen."),
    ("domus", "die vent van nr. 21 aan de Kerklaan klaagt weer over de steiger #bouwleven"),
    ("heemstede", "Die meneer van huisnummer 30 op de Glipperweg belt elke week."),
    ("domus", "Het gezin van nummer 14 aan de Irisstraat kreeg als eerste de nieuwe kozijnen."),
    ("hartekamp", "De buurvrouw van nummer 3 in de Dorpsstraat komt vaak op de koffie bij de bewoners."),
    ("domus", "De bewoner van nummer 5a aan de Molenweg was er niet, dus morgen opnieuw."),
])
def test_house_number_with_street_is_personal_data(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert verdict in ("review", "block") and "personal-data" in cats and f"{pack}.person-address" in rules, rules


@pytest.mark.parametrize("pack,text", [
    ("domus", "De woningen van nummer 1 tot 40 in de Hertogsingel krijgen nieuwe kozijnen."),
    ("domus", "Ik zou nooit schrijven dat de mevrouw van nummer 8 in de Hertogsingel klaagt."),
    ("hartekamp", "De meneer van kamer 4 in de Lindehof is vandaag jarig."),
    ("domus", "De mevrouw van nummer 8 had koffie klaar voor de mannen."),
])
def test_house_number_without_street_or_range_is_no_address(tmp_path, pack, text):
    _verdict, _cats, rules = _check(tmp_path, pack, text)
    assert f"{pack}.person-address" not in rules, rules


@pytest.mark.parametrize("pack,text", [
    ("hartekamp", "Hallo, ik ben moeder van een van de bewoners op de eerste verdieping en zoek een carpool."),
    ("domus", "De huurders op de derde verdieping krijgen morgen nieuwe kozijnen."),
    ("hartekamp", "De kinderen van 3-hoog spelen graag in de tuin van de woongroep."),
    ("domus", "Alle bewoners van de tweede etage waren blij met de nieuwe lift."),
])
def test_many_people_on_a_floor_identify_no_one(tmp_path, pack, text):
    _verdict, cats, rules = _check(tmp_path, pack, text)
    assert "client-name" not in cats, rules


@pytest.mark.parametrize("pack,text", [
    ("hartekamp", "De meneer op de eerste verdieping had vannacht weer een zware nacht."),
    ("domus", "De mevrouw van 3-hoog had koffie klaar voor de mannen."),
])
def test_one_person_on_a_floor_is_identified(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert verdict == "block" and "client-name" in cats, rules


# --- class 5: precision: lower-case words, bylines, course names, consent ---------------------------
@pytest.mark.parametrize("pack,text", [
    ("domus", "en dat geheime recept van onze ouwe baas? gewoon goed schuren"),
    ("domus", "die ouwe baas van mij zei het altijd al: eerst schuren"),
    ("domus", "# Waarom wij overstappen op watergedragen verf\n\n*Door Hub Gerards, eigenaar*\n\n"
              "Voor de huurders van Domus schilderen wij met watergedragen verf.\n\nHub Gerards"),
    ("sterkhuis", "Vandaag mijn certificaat Traumasensitief Werken binnengehaald! #jeugdzorg"),
    ("sterkhuis", "Net de cursus Oplossingsgericht Werken afgerond, echt een aanrader voor elke begeleider."),
    ("sterkhuis", "---\napproval:\n  by: PR en communicatie\n  ref: SH-1\n---\n"
                  "Vandaag vieren we het jubileum van onze collega Anouk Verbeek, 25 jaar pleegzorg!"),
])
def test_no_person_named_passes(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert not {"person-name", "client-name"} & cats, rules


@pytest.mark.parametrize("pack,text,category", [
    # the same shapes that do name someone
    ("domus", "eindelijk is harie moonen z'n schuur leeg, huurder blij", "person-name"),
    ("domus", "Vandaag de tuin van Marieke Verhoeven opgeknapt bij haar huurwoning.", "person-name"),
    ("sterkhuis", "Vandaag vieren we het jubileum van onze collega Anouk Verbeek, 25 jaar pleegzorg!",
     "person-name"),
    ("sterkhuis", "onze collega Ingrid Wolters van de jeugdhulp zit ziek thuis, stuur haar een kaartje",
     "person-name"),
    ("sterkhuis", "Dank aan collega Pieter de Wit voor zijn hulp bij de ambulante hulpverlening.", "person-name"),
    ("sterkhuis", "Jaaaa, collega sanne heeft haar certificaat pleegzorg gehaald!", "person-name"),
])
def test_people_still_named(tmp_path, pack, text, category):
    _verdict, cats, rules = _check(tmp_path, pack, text)
    assert category in cats, rules


def test_street_numbers_agree_with_the_plain_regex():
    """`_street_numbers` finds what one regex over every letter would ('<letter><suffix> <digit>'), faster."""
    import random
    import re

    from postcheck.nlp.identify import named
    from postcheck.nlp.wordlists import words

    suffixes = "|".join(re.escape(w) for w in sorted(words("street_suffixes"), key=len, reverse=True))
    plain = re.compile(rf"[a-zà-ÿ](?:{suffixes})[ \t]+\d")
    rx = named._regexes()
    rnd = random.Random(3)
    parts = ["laan", "straat", "weg", " ", "\t", "1", "a", "X", "de ", "plein", "Kerk", "é"]
    texts = ["".join(rnd.choice(parts) for _ in range(15)) for _ in range(5000)]
    texts.append("bij Truus aan de Lindelaan 14 en Kerkstraat 3, dorpsstraat  12a; Hoofdweg\t9, ooglaan 4 xlaan 5 5")
    for text in texts:
        assert named._street_numbers(text, rx) == [(m.start(), m.end()) for m in plain.finditer(text)], text
