"""Twenty-second round (issue 8); phrasings of our own, not the dev set's.

Part 0, read in holdout20's remaining misses (spent, in-sample) before holdout21 was written:

- a care or health word that is a subject spoken or written about ("schrijft over gedrag en verstandelijke
  beperking", "gespecialiseerd in autisme") is no one's condition (`nlp/identify/details._subject`,
  `identify_topic_words.txt`); with a possessive it still is ("vertelt over haar epilepsie");
- a secret in a book being read ("bij de voorleesclub ... de geheime brief") is the plot's (`boekverhaal.txt`,
  `confidential-document` unless);
- Hartekamp: "mijn laatste dag bij ..." is leaving, "het wachtwoord hou ik zelf" keeps the password;
- a colleague's health: one care worker ("onze begeleider Sanne zit thuis met een burn-out") is a colleague; care
  workers in the plural identify no one and stay fine.
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm

FLAG = [
    ("hartekamp", "person-details", "block", "De jongen van kamer 4 vertelde vandaag over zijn epilepsie, knap hoor."),
    # reading a report is no book: "hoofdstuk" and "lezen" do not lift it
    ("sterkhuis", "confidential-document", "block", "Lees hoofdstuk 3 van het geheime verslag van de directie maar "
                                                    "eens, dan snap je het."),
    ("hartekamp", "password-kept-after-leaving", "block", "Morgen is m'n laatste dag op de Linde. Het wachtwoord van "
                                                          "de groep houd ik gewoon zelf."),
    ("hartekamp", "moderator-stays-after-leaving", "review", "Morgen mijn laatste dag bij de dagbesteding, maar ik "
                                                             "blijf gewoon beheerder van de groep!"),
    ("sterkhuis", "colleague-health", "block", "Onze begeleider Sanne zit al weken thuis met een burn-out, vandaar de "
                                               "wachttijd."),
]

PASS = [
    ("hartekamp", ["person-details", "client-details"],
     _fm(capacity="personal", channel="blog") + "Als orthopedagoog schrijf ik op persoonlijke titel over gedrag, "
                                                "autisme en verstandelijke beperking. Vandaag: hoe leg je uit wat "
                                                "openbaar is?"),
    ("sterkhuis", ["person-details"], "Onze nieuwe collega Fatima is gespecialiseerd in hechtingsproblematiek en "
                                      "trauma."),
    ("hartekamp", ["confidential-document"], "Bij de voorleesclub lazen we verder: de ridder moest de geheime brief "
                                             "naar de koning brengen. Spannend!"),
    ("hartekamp", ["password-kept-after-leaving", "moderator-stays-after-leaving"],
     "Morgen mijn laatste dag op de Linde! Het beheer is overgedragen en het wachtwoord is gewijzigd."),
    ("hartekamp", ["password-kept-after-leaving"], "Ik hou het wachtwoord zelf bij in een kluisje op kantoor."),
    # colleagues in the plural identify no one (the writers of tune12 and holdout20 split on it; a staff-shortage
    # blog saying so is fine)
    ("sterkhuis", ["colleague-health"], "Drie collega's met een burn-out en de roosters lopen nog steeds niet."),
    ("domus", ["colleague-health"], "Twee collega's van mijn ploeg zitten thuis met een hernia, dus het duurt even."),
    ("sterkhuis", ["colleague-health"], "Hulpverleners met een burn-out krijgen te weinig steun, vind ik."),
    ("sterkhuis", ["colleague-health"], "Hoe help je een collega met een burn-out? Vijf tips."),
    ("sterkhuis", ["colleague-health"], "Ik zou nooit schrijven dat twee collega's met een burn-out thuis zitten."),
]

# part 1, from tune19's misses, as mechanisms: a shop's address block, role words before ordinary words, consent to be
# quoted, general statements about confidentiality, made-up stories, parents' consent (Heemstede), insults of Domus,
# a detail that is someone's ("zijn medicatie"), a case vignette, doubt about showing, a page started, a supplier
# switch, "hou het onder ons", sarcasm about Sterk Huis
_PERSONAL = _fm(capacity="personal")
_APPROVED = "---\ncapacity: official\nchannel: facebook\napproval:\n  by: communicatie Domus\n  ref: DOM-1\n---\n"
FLAG += [
    ("sterkhuis", "home-address", "block", "Mijn zus woont sinds kort op de Dorpsstraat 12, kom gerust langs!"),
    ("domus", "client-identified", "block", _fm(capacity="official", channel="facebook")
     + "Nieuwe keuken voor bewoonster Truus Bakker, blij was ze."),
    ("domus", "internal-marker", "review", "Deze cijfers zijn vertrouwelijk: de begroting voor de Molenwijk is 2,4 "
                                           "miljoen."),
    ("heemstede", "child-identified", "block", _fm(capacity="official", channel="instagram")
     + "De nieuwe speeltuin is open en Noor (7) mocht als eerste van de glijbaan!"),
    ("domus", "client-disparaged", "block", "die zakkenvullers van domus laten hun flats gewoon verkrotten #roermond"),
    ("hartekamp", "client-identified", "block", "Wat was Kees rustig vandaag bij het wandelen. De begeleiding "
                                                "vertelde dat zijn medicatie flink omhoog is gegaan."),
    ("hartekamp", "person-details", "block", "Vrouw, 52 jaar, woont op een van onze locaties en heeft sinds kort "
                                             "epilepsie. Wie herkent dit?"),
    ("heemstede", "doubt-posting", "review", _PERSONAL + "weet niet of ik dit al mag laten zien maar hier het nieuwe "
                                                          "ontwerp voor de Binnenweg van de gemeente 👀"),
    ("hartekamp", "new-page", "review", "We gaan een tiktok beginnen voor de dagbesteding, wie doet mee?"),
    ("hartekamp", "organisation-news-personal", "review", _fm(capacity="personal", channel="linkedin")
     + "Trots: De Hartekamp Groep stapt per 1 januari over op een nieuwe cateraar. Het contract is gisteren getekend!"),
    ("heemstede", "confidential-request", "block", "In de raadszaal bleek de begroting een gat van twee ton te hebben. "
                                                   "Komt pas later naar buiten, dus hou het maar onder ons."),
    ("sterkhuis", "sarcasm-employer", "review", _PERSONAL + "Alweer een reorganisatie bij Sterk Huis. Ze zullen het "
                                                            "vast beter weten daar op kantoor."),
]
PASS += [
    ("sterkhuis", ["home-address"], "Bakkerij De Korenbloem\nDorpsstraat 12, Hardenberg\nopen di t/m za 8-17"),
    ("hartekamp", ["home-address"], "Kom langs bij Fietsenwerkplaats De Ketting, Dorpsstraat 12, di t/m vr van 10 "
                                    "tot 16 uur."),
    ("domus", ["client-identified"], _APPROVED
     + "Nieuwe keuken voor bewoonster Truus Bakker. We vroegen of we haar mochten citeren en ze zei meteen ja: "
       "'Eindelijk!'"),
    ("domus", ["internal-marker"], "Prijsafspraken zijn vaak vertrouwelijk, dus laat de bedragen weg als je over een "
                                   "klus post."),
    ("domus", ["name-lowercase"], "Een verzonnen verhaal. Tante kee woonde an de dijk. Alle personen in dit verhaal "
                                  "zijn verzonnen."),
    ("heemstede", ["child-identified", "child-name"], _fm(capacity="official", channel="instagram")
     + "De nieuwe speeltuin is open en Noor (7) mocht als eerste. Haar ouders vonden het helemaal prima dat we deze "
       "foto delen."),
    ("domus", ["client-disparaged"], "Een huurder noemde Domus 'zakkenvullers', maar dat is onzin: de huur is "
                                     "hier juist laag."),
    ("hartekamp", ["client-identified", "person-details"], "Wat was het rustig vandaag bij het wandelen. Zijn "
                                                           "medicatie kan iedereen opzoeken in de bijsluiter."),
    ("hartekamp", ["person-details"], "Tijdens de wandeling zagen we een man, 34 jaar, met een hond van 12."),
    ("hartekamp", ["new-page"], "We gaan geen eigen insta beginnen, dat loopt via communicatie."),
    ("hartekamp", ["organisation-news-personal"], _fm(capacity="personal", channel="linkedin")
     + "Thuis stappen we over op een nieuwe energieleverancier, scheelt weer."),
    ("heemstede", ["confidential-request"], "Wat in de groep gebeurt, houden we onder ons."),
    ("sterkhuis", ["sarcasm-employer"], _PERSONAL + "Nieuw rooster bij Sterk Huis: eindelijk weer een vrij weekend, "
                                                    "knap gedaan!"),
]

# part 1, continued: a photo taken from a book, a logo from an old flyer, ", staat er strak op" is no report, social
# media during work (Sterk Huis), public works as municipal matters, a vote judged, an internal decision told
FLAG += [
    ("sterkhuis", "copied-material", "review",
     "De foto hieronder heb ik gewoon uit het tijdschrift van de bakkersvereniging gescand, mooi hè."),
    ("hartekamp", "house-style-logo", "block",
     _fm(capacity="official") + "Voor de eindtitels heb ik het logo gebruikt dat ik op een oude folder in de kantine "
                                "vond."),
    ("sterkhuis", "copied-material", "review",
     "Logo gewoon van hun site geplukt en op de taart laten printen, staat er strak op hè!!"),
    ("sterkhuis", "work-distraction", "review",
     _PERSONAL + "Halverwege mijn avonddienst en al een uur tiktoks gekeken, niemand die het doorheeft 🙈"),
    ("heemstede", "irony-personal", "review", _PERSONAL + "@buurman_bert ja hoor, die rotonde is natuurlijk helemaal "
                                                          "voor jou alleen aangelegd 🙄"),
    ("heemstede", "political-stance-personal", "review", _PERSONAL + "Wie na al dat gedoe nog steeds op de partij van "
                                                                     "de wethouder stemt, snapt het niet. #heemstede"),
    ("hartekamp", "organisation-news-personal", "review", _fm(capacity="personal", channel="linkedin")
     + "Bij De Hartekamp Groep is intern besloten dat de dagbesteding in Vogelenzang sluit. Jammer!"),
]
PASS += [
    ("sterkhuis", ["copied-material"], "Dit recept heb ik uit mijn eigen hoofd, de foto is van mij."),
    ("hartekamp", ["house-style-logo"], _fm(capacity="official") + "Voor de eindtitels heb ik het logo uit het "
                                                                    "pakketje van Communicatie gebruikt."),
    ("sterkhuis", ["work-distraction"], _PERSONAL + "In mijn pauze op stage even wat reels gekeken, daarna weer aan de "
                                                    "slag."),
    ("sterkhuis", ["work-distraction"], _PERSONAL + "Ik heb tijdens mijn dienst nog nooit tiktoks gekeken, daar is "
                                                    "geen tijd voor."),
    # (an emoji does not end a sentence: "overleefd 😂 Groetjes ... Sterk Huis" in one line would be read as one)
    ("sterkhuis", ["sarcasm-employer"], _PERSONAL + "Ja hoor, we hebben de camping weer overleefd 😂\n\nGroetjes van "
                                                    "het hele gezin, ook namens mijn collega's van Sterk Huis!"),
    ("heemstede", ["political-stance-personal"], _PERSONAL + "Ik stem nog steeds op dezelfde partij als mijn opa, "
                                                             "maar wat jij stemt moet je zelf weten."),
    ("hartekamp", ["organisation-news-personal"], _fm(capacity="personal", channel="linkedin")
     + "Thuis is intern besloten dat de kerstborrel bij mij is, gezellig!"),
]

# a care word as the last part of a compound the word list does not hold ("epilepsiemedicatie", "dwangstoornis")
FLAG += [
    ("hartekamp", "person-details", "block", "De jongen van kamer 4 heeft sinds kort een dwangstoornis."),
    ("sterkhuis", "person-details", "block", "T. krijgt sinds gisteren andere adhd-medicatie."),
]
PASS += [
    ("hartekamp", ["person-details"], "Een dwangstoornis is goed te behandelen, lees er meer over in onze folder."),
]

# part 2, read in holdout21's misses after its end score (in-sample): a pinned address and "op onze website", a date
# after a street, the source "volgens" names, "dat zetten we normaal nergens neer", posting via another account, a
# care meeting by video call, a moderator change still to be reported
FLAG += [
    ("sterkhuis", "confidential-context", "block", "Volgens de interne notitie van de directie gaan er volgend jaar "
                                                   "tien banen uit."),
    ("heemstede", "confidential-context", "block", "Hij krijgt schaal 11 plus een toeslag. Dit delen we normaal nooit, "
                                                   "maar goed."),
    ("heemstede", "pseudonym-text", "block", "Plaatsen vanaf account Buurtmoeder, niet via mijn eigen profiel: wat een "
                                             "mooie nieuwe speeltuin!"),
    ("hartekamp", "care-details-in-group", "review",
     "De zorgbespreking van Kees doen we morgen via videobellen in onze groepsapp."),
    ("hartekamp", "moderator-change-unreported", "review",
     "Per maandag zijn Ilse en ik de beheerders van de groep. Moet het nog even doorgeven aan communicatie."),
    ("sterkhuis", "home-address", "block", "📍 bij mijn moeder thuis, Dorpsstraat 5, Tilburg"),
]
PASS += [
    ("sterkhuis", ["home-address", "phone-number"], "📍 Sterk Huis, Dorpsstraat 5, 5013 CD Tilburg\n\nBellen kan via "
                                                    "013 543 21 00 of via het formulier op onze website."),
    ("heemstede", ["home-address"], "Zandvoortselaan 3-14 juni dicht, omleiding via de Heemsteedse Dreef."),
    ("sterkhuis", ["confidential-context"],
     "Volgens de krant is het een vertrouwelijk stuk, maar het staat al online."),
    ("heemstede", ["confidential-context"],
     "Privézaken zetten we normaal nooit online, maar een felicitatie mag altijd."),
    ("heemstede", ["pseudonym-text"], "Ik reageer hier niet via mijn eigen account maar via het gemeenteaccount, met "
                                      "mijn naam erbij."),
    ("hartekamp", ["care-details-in-group"], "Het MDO van morgen doen we gewoon op kantoor, koffie staat klaar."),
    ("hartekamp", ["moderator-change-unreported"], "Per maandag zijn Ilse en ik de beheerders van de groep; het is "
                                                   "doorgegeven aan communicatie."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r22")


def test_an_ordinary_word_after_a_role_is_no_name():
    """identify: "collega sanne" is a colleague named in lower case; "vijftig collega's erin trappen" names no one
    ("erin" is a first name in the name lists and an ordinary Dutch word)."""
    from postcheck.nlp.identify import PersonFinder

    def found(text):
        return [(h.label, text[h.start:h.end]) for h in PersonFinder().find(text)]
    assert found("Vanmiddag met collega sanne de klimwand getest.") == [("staff-role-name", "collega sanne")]
    assert found("Eén melding kan voorkomen dat vijftig collega's erin trappen.") == []
