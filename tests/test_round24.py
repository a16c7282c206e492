"""Twenty-fourth round (issue 8); phrasings of our own, not the dev set's.

Part 1, as mechanisms read in tune23's misses (holdout23 was committed first and is not read):

- a new code announced as a change, its digits in the next sentence ("De code van het hek is gewijzigd. Voortaan
  3856.": `secrets/later.py`); "log ... in met user / wachtwoord" with adverbs inside the verb;
- a story that says it is made up ("Dit verhaal is verzonnen", a writing contest) lifts names and passwords;
- a moderator who leaves but stays, with stacked adverbs ("ik blijf toch gewoon admin"), a move told with its date
  ("vanaf maandag werk ik op De Linde"), the password known by heart;
- hiding who one is while speaking with inside knowledge ("Ik zeg niet wie ik ben, maar ...": a pseudonym);
- a weak spot in the security of Domus's or a partner's systems (`partner-security-weakness`);
- the writer put on show by someone else ("voordat u ons zo te kijk zet") is no call to shame anyone;
- an emoji followed by a capital ends a sentence in chat writing (`cues/scope.py`);
- a call to everyone to vote for a side ("allemaal op de oppositie stemmen", "weg met deze coalitie");
- nuisance and youth centres are municipal matters (irony about them, Heemstede);
- a page started by the writer ("volgende week start ik een Instagram"), or launched ("het is zover: ... een eigen
  Facebookpagina");
- Sterk Huis: a colleague or a shift is a care context (a named colleague needs consent), and consent in more words
  ("vond het helemaal top dat", "heeft de post zelf nagelezen", "vroeg of ik het mocht delen ... prima");
- a diminutive of an ordinary word ("maatje") is no first name (`identify/named._diminutive`);
- what one's work brings in general is confidential and stays so ("Veel van wat ik lees is vertrouwelijk").

Part 2, from tune24's misses (holdout24 committed first and not read):

- a platform right after "heeft nu ook" is a new page; "ze blijft gewoon mede-beheerder", a move to "een andere
  organisatie", "dan hoeven we niet aan de wachtwoorden te komen";
- a lower-case name is lifted by the person's stated consent, like the packs' `person-name`;
- "bel mij, Linda Moonen, op ...": the writer naming herself;
- a scoop told ahead ("een tipje van de sluier", "in een vergevorderd gesprek"): news before its announcement;
- boxes, lids and bags close ("de doos gaat dicht"): no location closing;
- a screenshot of someone else's message is material of another.

Part 3, in-sample: general mechanisms among holdout23's and holdout24's misses, read after their end scores:

- an exclamation of what someone is ("wat een gladde leugenaar") is an accusation; believers called names
  ("geloofsgekkies") is contempt for a faith;
- a moderator of several groups run from one's own account ("beheerder van allebei de groepen via mijn eigen fb");
- Domus `tenant-situation` reads a cue set, so a negated, quoted or advice use does not count;
- a trade-name ending on a signature line ("Ramakers Gootservice") makes the number under it a business number.
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm

FLAG = [
    ("hartekamp", "credential", "block", "De code van het hek bij de moestuin is gewijzigd. Voortaan 3856, niet "
                                         "doorgeven aan bezoek."),
    ("sterkhuis", "credential", "block", "pincode van de sleutelkluis aangepast! nu 7 2 9 1"),
    ("domus", "credential", "block", "log gewoon even in met planning01 / Lente2025! en kijk of je je bonnen ziet"),
    ("hartekamp", "moderator-stays-after-leaving", "review", "Vanaf maandag werk ik op De Linde. Ik blijf toch "
                                                             "gewoon admin van onze groep."),
    ("hartekamp", "password-kept-after-leaving", "block", "Vanaf maandag werk ik op De Linde, maar het wachtwoord "
                                                          "van de pagina weet ik nog uit mijn hoofd hoor."),
    ("heemstede", "pseudonym-text", "block", _fm(capacity="personal") + "Ik zeg niet wie ik ben, maar ik weet hoe het "
                                             "zit met die vergunning: alles is netjes gegaan."),
    ("domus", "partner-security-weakness", "block", "De website van Domus is onbeveiligd, iedereen kan erbij."),
    ("domus", "partner-security-weakness", "block", "Bij Domus loggen alle schilders in met één gedeeld account."),
    ("basis", "tone-doxxing", "block", "Zet hem maar te kijk, die huurder van nummer 8."),
    ("heemstede", "political-stance-personal", "review",
     _fm(capacity="personal") + "Ze zeiden dat het park blijft 🙄 Volgende maand allemaal op de oppositie stemmen!"),
    ("heemstede", "political-stance-personal", "review",
     _fm(capacity="personal") + "Weg met deze coalitie, de OZB gaat alweer omhoog."),
    ("heemstede", "irony-personal", "review", _fm(capacity="personal") + "Alweer een overlastmelding over de "
                                              "hangplek 🙄 ja hoor, die jongens zijn vast heel gevaarlijk."),
    ("sterkhuis", "new-account", "review", "Volgende week start ik een Instagram voor ons team van Sterk Huis!"),
    ("hartekamp", "new-page", "review", "Het is zover: de dagbesteding heeft een eigen Instagram! Volgen maar."),
    ("sterkhuis", "person-name", "review", "Dank aan mijn collega Petra Smit voor de fijne nachtdienst!"),
    ("sterkhuis", "client-identified", "block", "Met de jongens van de groep naar het zwembad: jantje durfde van "
                                                "de hoge duikplank."),
    ("heemstede", "internal-marker", "review", "Het verslag van het MT is vertrouwelijk, maar ik deel het toch even."),
]

PASS = [
    ("hartekamp", ["credential"], "De code van het hek is gewijzigd. Vraag de nieuwe bij de receptie."),
    ("hartekamp", ["credential"], "De code van de sleutelkluis is veranderd. Nu 14 dagen geldig, daarna weer nieuw."),
    ("domus", ["credential"], "Ik log even uit, tot morgen / fijne avond!"),
    ("heemstede", ["credential"], "Dit verhaal is verzonnen. De robot ging uit met een geheim wachtwoord: "
                                  "'stroopwafel'."),
    ("domus", ["person-name"], "Dit verhaal is verzonnen. Mevrouw Pieters woont niet echt in een flat van Domus, "
                               "maar ze had er kunnen wonen."),
    ("hartekamp", ["moderator-stays-after-leaving"], "Ik blijf toch gewoon admin van onze groep, ook nu de huiskamer "
                                                     "wordt verbouwd."),
    ("hartekamp", ["password-kept-after-leaving"], "Het wachtwoord van de wifi ken ik uit mijn hoofd."),
    ("heemstede", ["pseudonym-text"], _fm(capacity="personal") + "Ik zeg altijd wie ik ben als ik reageer: Sanne, "
                                      "gemeente Heemstede."),
    ("heemstede", ["pseudonym-text"], _fm(capacity="personal") + "Iemand schreef 'ik zeg niet wie ik ben', daar "
                                      "reageren we als gemeente niet op."),
    ("domus", ["partner-security-weakness"], "Het portaal van Domus is zeker niet onbeveiligd: iedereen logt in met "
                                             "een eigen account."),
    ("domus", ["partner-security-weakness"], "Installeer altijd de beveiligingsupdates van je eigen telefoon."),
    ("domus", ["tone-doxxing"], "Lees eerst even de handleiding voordat u ons hier zo te kijk zet."),
    ("heemstede", ["political-stance-personal"], _fm(capacity="personal") + "Bij de verkiezingen kun je allemaal op "
                                                 "het raadhuis stemmen, neem je ID mee."),
    ("heemstede", ["irony-personal"], _fm(capacity="personal") + "Overlast van de hangplek? Meld het bij de gemeente, "
                                      "dan komt de boa langs."),
    ("sterkhuis", ["new-account"], "Ik zou nooit zelf een Instagram voor het team starten; eerst PR vragen."),
    ("sterkhuis", ["person-name"], "Mijn collega Petra Smit vond het helemaal top dat ik haar noem: wat een fijne "
                                   "nachtdienst!"),
    ("sterkhuis", ["person-name"], "Mijn collega Petra Smit heeft deze post zelf nog nagelezen. Dank voor de fijne "
                                   "nachtdienst!"),
    ("sterkhuis", ["person-name"], "Ik vroeg of ik het hier mocht delen en mijn collega Petra Smit zei: prima! Dank "
                                   "voor de fijne nachtdienst."),
    ("sterkhuis", ["client-identified"], "Met de jongens van de groep: ik ben al twee jaar maatje van een van hen."),
    ("heemstede", ["internal-marker"], "Veel van wat ik op het secretariaat lees is vertrouwelijk, en dat blijft "
                                       "het ook."),
]

FLAG2 = [
    ("hartekamp", "new-page", "review", "Het logeerhuis heeft nu ook TikTok: volg ons voor filmpjes van de "
                                        "activiteiten!"),
    ("hartekamp", "password-kept-after-leaving", "block", "Kim gaat in mei naar een andere organisatie, maar ze "
                                                          "blijft gewoon mede-beheerder van de groep. Dan hoeven we "
                                                          "niet aan de wachtwoorden te komen."),
    ("sterkhuis", "news-before-announcement", "review", "Ik kan alvast een tipje van de sluier oplichten: Sterk Huis "
                                                        "opent twee nieuwe gezinshuizen in Deventer."),
    ("sterkhuis", "copied-material", "review", "Kijk wat een lief berichtje kreeg ik! Hier een screenshot van haar "
                                               "appje 🥹"),
]

PASS2 = [
    ("hartekamp", ["new-page"], "Het logeerhuis heeft nu ook een nieuwe keuken, de bewoners koken er elke dag."),
    ("hartekamp", ["moderator-stays-after-leaving", "password-kept-after-leaving"],
     "Kim gaat in mei naar een andere organisatie; de beheerders halen haar uit de groep en wijzigen het wachtwoord."),
    ("sterkhuis", ["name-lowercase", "person-name"], "10 jaar op de groep, onze kim de boer! (ze vond het goed dat "
                                                     "ik dit post)"),
    ("domus", ["person-name"], "Vragen over de vacature voor de flats van Domus? Bel mij, Anouk Peeters, op ons "
                               "kantoornummer 0475 - 12 34 56."),
    ("sterkhuis", ["news-before-announcement"], "Ik kan nog geen tipje van de sluier oplichten; PR maakt het nieuws "
                                                "bekend zodra het kan."),
    ("domus", ["news-before-announcement"], "Die demo licht alvast een tipje van de sluier op over de toekomst van "
                                            "CSS; de filters zijn het boeiendst."),
    ("hartekamp", ["news-before-announcement"], "Mijn moeder is in een vergevorderd stadium van de ziekte, daarom ben "
                                                "ik er even niet."),
    ("sterkhuis", ["organisation-news-personal"], "Bij Sterk Huis spelen we vaak met een doos: de doos gaat dicht en "
                                                  "weer open, zo oefenen kinderen met afscheid."),
    ("sterkhuis", ["copied-material"], "Hieronder een screenshot van mijn eigen rooster, zo zie je hoe een week "
                                       "eruitziet."),
]

FLAG3 = [
    ("domus", "tone-defamation", "block", "Die wethouder van gisteren op de bouwplaats, wat een vuile leugenaar."),
    ("sterkhuis", "tone-religion-contempt", "block", "Die bijbelbeukers ook altijd met hun gezeur over de zondag."),
    ("hartekamp", "page-private-account", "block", "Ik blijf beheerder van allebei de groepen via mijn eigen fb."),
    ("domus", "tenant-situation", "block", "Slot vervangen na de ontruiming op de derde verdieping van de Domus-flat."),
    ("domus", "phone-number", "block", "Bel of app me gerust.\n\nPiet Hermans\n06 12 34 56 78"),
]

PASS3 = [
    ("domus", ["tone-defamation"], "Een buurman riep 'wat een leugenaar', maar dat klopt niet: alles is netjes gegaan."),
    ("domus", ["tone-defamation"], "Wat een gezellige collega, zo'n harde werker!"),
    ("sterkhuis", ["tone-religion-contempt"], "Ik ben geen geloofsgek, maar op zondag ga ik graag naar de kerk."),
    ("hartekamp", ["page-private-account"], "Ik ben beheerder van allebei de groepen via het team-e-mailadres van "
                                            "De Linde."),
    ("domus", ["tenant-situation"], "Ik zou nooit iets delen over een ontruiming waar ik bij ben, dat is al erg "
                                    "genoeg."),
    ("domus", ["phone-number"], "Bel of app gerust voor een afspraak.\n\nPiet Hermans\nHermans Dakservice\n"
                                "06 12 34 56 78"),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG + FLAG2 + FLAG3,
                                                                                 PASS + PASS2 + PASS3, "r24")
