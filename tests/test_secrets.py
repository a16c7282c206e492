"""The credential detector (nlp/secrets): keyword + value shape, codes, pairs, token prefixes."""
import pytest

from postcheck.nlp.secrets import find_credentials, password_shaped

FLAG = [
    ("wachtwoord: Zomer2026!", "Zomer2026!"),
    ("ww is brink123", "brink123"),
    ("inloggen met teamx@debrink.nl / Brink123", "Brink123"),
    ("gebruikersnaam teamdebrink en wachtwoord Welkom01", "Welkom01"),
    ("de pin is 4821", "4821"),
    ("De deurcode is 1234#.", "1234#"),
    ("Sleutel in de sleutelkluis, de code is 0815, fijne dag", "0815"),
    ("alarmcode 7390 en dan de deur dicht", "7390"),
    ("het wifi-wachtwoord is ZonnigHuis2024", "ZonnigHuis2024"),
    ("Het wachtwoord van het teamaccount blijft gewoon Domus2024", "Domus2024"),
    ("het wachtwoord is 'geheim'", "geheim"),
    ("de code van de voordeur is 48 21", "48 21"),
    ("token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("zie ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij12 in de config", "ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij12"),
    # digits one by one
    ("alarmcode is 1 9 8 4", "1 9 8 4"),
    ("het kluisje bij de poort, code 4-7-1-9.", "4-7-1-9"),
    ("het alarm zet je uit met 1 2 3 4", "1 2 3 4"),
    ("alarmcode 12 34 56", "12 34 56"),
    # bare "code": a door, lock or key word in the same sentence or the one before
    ("De sleutels hangen in de kluis bij de achterdeur. Code 4821.", "4821"),
    ("bij het tuinhek: code 2580", "2580"),
    ("de code van het hek blijft 2580", "2580"),
    ("pin van de pas is 1234", "1234"),
    # a single unknown word after a password keyword and a connector
    ("het wachtwoord is welkomthuis", "welkomthuis"),
    ("gebruikersnaam: jan.bakker\nwachtwoord: lentebries", "lentebries"),
    ("het wachtwoord van de wifi is zomerregen, veel plezier", "zomerregen"),
    # a time adverbial between the connector and the value ("sinds vandaag", "vanaf maandag")
    ("ww van de groepslaptop is sinds vandaag Lindelaan2024! (met hoofdletter L)", "Lindelaan2024!"),
    ("het wachtwoord van het rooster is vanaf maandag Herfst#77", "Herfst#77"),
    ("password: sunshinez", "sunshinez"),
    ("wifi: GastenNet / ww zomer2026", "zomer2026"),
    # an aside or a dash after the code, a changed code, a lock's digits, "per direct"
    ("het sleutelkluisje naast de achterdeur gaat nu open met 4471 (de oude werkt niet meer)", "4471"),
    ("codeslot fietsenhok = 7 3 1 9 - niet verder vertellen", "7 3 1 9"),
    ("De alarmcode van de dagbesteding is veranderd in 5520.", "5520"),
    ("toegangscode van het hek is gewijzigd naar 0412 – graag doorgeven", "0412"),
    ("De cijfers van het slot van de schuur zijn 1 9 8 4, daarna goed dichtdraaien.", "1 9 8 4"),
    ("de sleutel zit in de kluis, code is per direct 6620 (oude code vervalt)", "6620"),
    ("Het hangslot van de container gaat open met 1 2 3 4", "1 2 3 4"),
    # a time adverbial after the code
    ("achterdeur klemt. code is weer 5829 sinds vrijdag, fijne dienst", "5829"),
    ("De code van de fietsenstalling is 4471 vanaf maandag", "4471"),
    ("pincode van de teampas blijft 0815 voortaan", "0815"),
    # digits closed with "#" (a keypad code) near a door, gate or lock word, no code keyword
    ("jongens voor de dichte poort bij de werf 🙈 het is gewoon 4471# , staat op het briefje", "4471#"),
    ("HEK BIJ DE BERGING: 2580# #maandag", "2580#"),
    ("de achterdeur? 7 3 1 9# en duwen", "7 3 1 9#"),
    # an apposition; a compound keyword; a quoted value later in the keyword's sentence
    ("mijn collega gaf me de code van het hek bij de werf, 3391, dus ik kon erin", "3391"),
    ("ons gedeelde beheerders-wachtwoord is Rmd!Beheer77", "Rmd!Beheer77"),
    ("het routerwachtwoord: Venlo2026x", "Venlo2026x"),
    ('het wachtwoord van de teammail hangt gewoon op een plakbriefje naast de printer, "Team3West!", handig', "Team3West!"),
    ("zelfs het wachtwoord van de balie-pc hangt nog op een geeltje: Balie#Hmst24 😂", "Balie#Hmst24"),
]

PASS = [
    "wachtwoord vergeten? klik op de link",
    "kies een sterk wachtwoord",
    "de code van de actie is ZOMER",
    "De prijs is 1250 euro",
    "Kerkstraat 12, 6041 KD",
    "bestelnummer 48213399",
    "op 12-03-2026 om 10:00",
    "Het wachtwoord is gewijzigd.",
    "het wachtwoord is sinds kort veranderd, vraag het even aan de teamleider",
    "de wifi is sinds vandaag weer snel",
    "Je wachtwoord is minimaal 8 tekens lang.",
    "de pincode is 4 cijfers",
    "het alarm is in 2024 vervangen",
    "de pin is 2026 ingevoerd",
    "Log in met je DigiD en je wachtwoord.",
    "Het token is verlopen, vraag een nieuwe aan.",
    "wachtwoord: ********",
    "Gebruik nooit Welkom01 als wachtwoord",
    "Sleutelkluis 2 is kapot",
    # bare "code" without a door, lock or key nearby, or not an access code
    "code 4821 bij de kassa",
    "Tot slot: code 2026 is van kracht",
    "code 95 voor chauffeurs bij de achterdeur",
    "kortingscode 4821 bij de deur van de winkel",
    "postcode 6041 AB bij de poort",
    "huisnummer 4-7 aan de poort",
    "blok 3 1 9 bij de berging",
    # words that say something about the password, dictionary words, runs of words, network names
    "het wachtwoord is kwijt",
    "het wachtwoord is gewijzigd.",
    "het wachtwoord is hoofdlettergevoelig",
    "het wachtwoord is superveilig",
    "Ons wachtwoord is samenwerken",
    "Wachtwoord: kies iets sterks",
    "wifi: GastenNet",
    "token: verlopen",
    "WW: Werkloosheidsuitkering",
    "De kluis met 2500 euro is weg",
    "het alarm met 1000 deelnemers",
    "het alarm is 2024-12-05 vervangen",
    "Sinds 1984 hangt er een sleutelkluis naast de deur.",
    "Het nieuwe kluisje voor de sleutels kost 2500 euro (excl. btw)",
    "De code is in 2023 gewijzigd naar 2024 (zie mail)",
    "Het slot is veranderd in 2019 - toen kwam er een nieuwe deur",
    "De cijfers van het slot zijn niet meer te lezen",
    # "#" without a door or lock nearby, a hashtag, a code that is no value
    "Bestelling 4471# is verzonden",
    "bel *#06# voor je IMEI-nummer",
    "De poort is sinds 2019 #vernieuwd",
    "de pin is 2026 ingevoerd sinds vrijdag",
    "De deurcode is sinds vrijdag gewijzigd",
    # advice and examples, a number in apposition that is no code, a keyword inside a longer word
    'kies nooit een wachtwoord als "Welkom123", dat raadt iedereen',
    'een sterk wachtwoord is bijvoorbeeld "Fiets!Boom7Lamp"',
    "De code van de actie, 2026, geeft korting",
    "De postcode van het kantoor, 6041 AB, staat op de site.",
    "het wachtwoordenlijstje is kwijt, de nieuwe collega 2026 start maandag",
    'het webcare-wachtwoord is gewijzigd, zie de mail "Update 2026" van ICT',
    "malware die opgeslagen browserwachtwoorden, SSH-keys, cookies en tokens steelt",
    "malware die opgeslagen wachtwoorden, SSH-keys, cookies en tokens steelt",
    "Het wachtwoord van de wifi vind je hier: www.bieb.nl/wifi2026",
    "het wachtwoord moet je wijzigen voor: 01-01-2026.",
]


@pytest.mark.parametrize("text,secret", FLAG)
def test_flags_the_secret_value(text, secret):
    hits = find_credentials(text)
    assert [text[h.start:h.end] for h in hits] == [secret]
    assert all(h.label == "credential" for h in hits)


@pytest.mark.parametrize("text", PASS)
def test_passes_text_without_a_secret(text):
    assert find_credentials(text) == []


def test_password_shape():
    assert password_shaped("Zomer2026")
    assert password_shaped("p@ss-word")
    assert not password_shaped("zomer")
    assert not password_shaped("16GB")
    assert not password_shaped("info@voorbeeld.nl")
