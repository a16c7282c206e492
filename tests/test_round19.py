"""Nineteenth round (issue 8), from tune16's misses, as mechanisms; phrasings of our own, not the dev set's:

- a tender told without the word "prijs": "lagen we 11 procent onder de nummer twee", "de raming van de
  opdrachtgever zat 8% boven" (`inschrijving-bedrag.txt`);
- what is kept quiet is often told in the sentence before the "blijft onder ons" (confidential-plan reads about 20
  words around), and what an inspection found in homes (asbestos, mould) is a sensitive topic
  (`gevoelig-onderwerp.txt`);
- a personal statement as "mijn mening, niet die van ..." (`persoonlijke-titel.txt`);
- "wat een onbenul", "zo'n kip zonder kop": an exclamation with a term of abuse for one person
  (`beschuldiging.txt`, `beschuldigwoord.txt`);
- "ik ga haar nog wel een keer opwachten" is a threat; waiting for someone at the finish is not (`dreiging.txt`);
- Domus: a hard judgement of Domus as client ("de slechtste van de klas", "gebruiken ons als gratis bank") is
  harmful to it (`afkraken.txt`, rule `client-disparaged`, pack examples);
- Hartekamp: someone put "er ook bij" in the closed group is added to it (`groepsplek.txt`); a page password kept
  after a moderator leaves (rule `password-kept-after-leaving`, pack examples);
- Heemstede: an official reply that moves the question to a DM answers it (`vraag-beantwoord.txt`); a
  reaction of the griffie or the council and an extended deadline are official statements to record
  (`officiele-verklaring.txt`);
- a lower-case word after an article or possessive with an age is a noun ("mijn maatje (15)"), not a child's name;
- part 2: "van de Raad voor de Kinderbescherming", "de Kamer van Koophandel" are bodies, not surnames; "Marieke,
  onze voogd" names a staff member like "onze voogd Marieke"; "Ruud van de avonddienst" names a colleague by shift;
  "de buurman van nummer 3" is a neighbour (a tenant in Domus's posts, no client in the care packs); the
  organisation named in the writer's personal statement ("mijn mening, niet die van Sterk Huis") is no mention of
  it for the rules about posts on the organisation; a photo "van hun site gehaald" is copied; "wie ... op de
  partijen stemt" takes a political stance; debt help and the Wmo are the municipality's business;
- part 3: "gewoon een inwoner" in a list of readers is nobody's self-presentation; the writer presenting
  themselves as "gewoon een bezorgde inwoner" is;
- part 4 (phrasings of our own, written to probe the failure classes): "moet niet denken dat ze hiermee
  wegkomt" with "ik weet waar ze d'r auto parkeert"; "volgende keer dat hij ... ligt ie op de grond"; "ik trek hem
  van zn stoel als ie nog 1 keer ..."; a newspaper's account not on the list ("@dagblad_limburger"), a tip to the
  newsroom;
- part 5, read in holdout18's misses after its end score (in-sample): "jullie horen het hier als eerste" is news
  before the announcement; a story that says it is made up accuses and stamps folders "VERTROUWELIJK" in its plot
  (tone-defamation and internal-marker lifted by `fictie`; threats are not); "stak zijn hand in zijn zak" is no
  embezzlement;
- part 6 (our own phrasings of the personal statement, failure class 5): "ik spreek hier alleen voor mezelf",
  "dit zeg ik als mens, niet als aannemer", "dit is een persoonlijk bericht", "mijn werkgever heeft hier niets
  mee te maken".
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm


_OFFICIAL = _fm(channel="facebook", capacity="official")
_OFFICIAL_REPLY = _fm(channel="x", capacity="official", reply_to="https://x.com/inwoner/status/1")
_PERSONAL = _fm(capacity="personal")

FLAG = [
    # tender figures against the other bidders and the client's estimate, without "prijs"
    ("domus", "tender-bids", "block", "Bij de aanbesteding voor de Parkflat lagen we 6 procent onder de nummer twee."),
    ("domus", "tender-bids", "block", "Mooi gewonnen, die aanbesteding. De begroting van de corporatie zat nog 12% "
                                      "boven onze inschrijving."),
    # the secret in the sentence before "blijft onder ons"; findings of an inspection
    ("domus", "confidential-plan", "block", "In de Kloosterflat hebben we bij de opname schimmel achter de tegels "
                                            "gevonden, in bijna elke badkamer. De huurders weten nog van niks."),
    ("sterkhuis", "confidential-plan", "block", "De locatie in Zwolle gaat in de zomer dicht. Dat blijft onder ons "
                                                "tot de ouders de brief hebben."),
    # a personal statement in the writer's words: the disclaimer rule does not fire (tested in PASS); without it,
    # it does
    ("sterkhuis", "disclaimer-missing", "review", _PERSONAL + "Ik vind dat de wachtlijsten bij Sterk Huis veel "
                                                              "te lang zijn."),
    # an exclamation with a term of abuse for one person
    ("hartekamp", "tone-defamation", "block", "Die nieuwe planner, wat een onbenul. Drie keer het rooster fout."),
    ("domus", "tone-defamation", "block", "Weer overleg met zo'n kip zonder kop van de afdeling inkoop."),
    # lying in wait "some day"
    ("hartekamp", "tone-threat", "block", "Die vader ga ik nog wel een keer opwachten bij de voordeur."),
    ("domus", "tone-threat", "block", "Die uitvoerder zal ik nog eens opwachten op de bouwplaats, wacht maar."),
    # someone put "er ook bij" in the closed group
    ("hartekamp", "closed-page-member", "block", "Ik heb mijn zwager er gewoon ook bij gezet, dan ziet hij de "
                                                 "foto's van het zomerfeest."),
    # a reaction of the griffie, an extended deadline: an official statement to record
    ("heemstede", "official-record", "review", _OFFICIAL + "Reactie van de griffie op de vragen over de vergadering "
                                                           "van dinsdag: alle insprekers houden hun spreektijd."),
    ("heemstede", "official-record", "review", _OFFICIAL + "Door de storing in het loket verlengen we de termijn voor "
                                                           "het indienen van een zienswijze tot 1 maart."),
    # an official reply that does not answer a question but argues
    ("heemstede", "official-reply", "review", _OFFICIAL_REPLY + "Dat klopt niet, de bomen blijven gewoon staan."),
    # a lower-case name with an age stays a name
    ("domus", "child-identified", "block", "sem (8) mocht vandaag met de kraan mee aan de Stationsstraat."),
]

PASS = [
    # tender talk without figures; quoted; a general line about tenders
    ("domus", ("tender-bids",), "Bij de aanbesteding voor de Parkflat lagen we goed in de markt, en we hebben hem!"),
    ("domus", ("tender-bids",), "Een collega riep: \"lagen we maar 6 procent onder de nummer twee\", maar dat "
                                "vertellen we niemand."),
    # nothing sensitive kept quiet; far apart in a long story; negated
    ("domus", ("confidential-plan",), "Morgen beginnen we aan de daken van de Kloosterflat. Zeg het niet verder, "
                                      "maar we hebben er zin in!"),
    ("domus", ("confidential-plan",), "Asbest is iets waar je als aannemer altijd rekening mee houdt, zeker in "
                                      "woningen van voor 1994: je laat het onderzoeken, je volgt de regels, je "
                                      "informeert iedereen netjes en je werkt met een gecertificeerd bedrijf dat "
                                      "weet wat het doet en dat de bewoners vooraf een brief stuurt. Wat ik wel "
                                      "merk: mijn collega's praten er graag over. Zeg het niet verder, maar "
                                      "koffie zetten kunnen ze niet."),
    ("domus", ("confidential-plan",), "Bij de opname vonden we schimmel in twee badkamers. De huurders weten het "
                                      "al, Domus heeft ze vorige week een brief gestuurd."),
    # the personal statement as "mijn mening, niet die van ..."
    ("sterkhuis", ("disclaimer-missing",), _PERSONAL + "Ik vind dat de wachtlijsten bij Sterk Huis veel te lang "
                                                       "zijn. Mijn mening, niet die van Sterk Huis."),
    ("sterkhuis", ("disclaimer-missing",), _PERSONAL + "Een jaar vrijwilliger bij een project van Sterk Huis. Wat "
                                                       "ik hier schrijf is mijn eigen ervaring en mening, niet die "
                                                       "van het project of van Sterk Huis."),
    # a term of abuse negated, quoted, or about oneself is no insult of someone
    ("hartekamp", ("tone-defamation",), "Die nieuwe planner is echt geen onbenul, het rooster klopte gewoon niet."),
    ("hartekamp", ("tone-defamation",), "Een vader riep 'wat een onbenul' tegen de planner; we hebben het gesprek "
                                        "rustig afgerond."),
    # waiting for someone as a welcome; negated; reported
    ("hartekamp", ("tone-threat",), "We gaan je opwachten bij de finish met een grote taart!"),
    ("hartekamp", ("tone-threat",), "Een vader zei dat hij de teamleider nog wel een keer zou opwachten; we hebben "
                                    "aangifte gedaan."),
    # something put "er bij", not someone; negated; the moderators do it
    ("hartekamp", ("closed-page-member",), "Ik heb de taart er ook bij gezet, op de foto van het zomerfeest."),
    ("hartekamp", ("closed-page-member",), "Mijn zwager heb ik er niet bij gezet, dat mag alleen de beheerder."),
    # a reaction of the griffie on a personal account; already recorded
    ("heemstede", ("official-record",), _PERSONAL + "Reactie van de griffie op de vragen over dinsdag: alle "
                                                    "insprekers houden hun spreektijd. Fijn!"),
    ("heemstede", ("official-record",), _fm(channel="facebook", capacity="official", record="Verseon 2026-0012")
     + "Reactie van de griffie op de vragen over de vergadering van dinsdag: alle insprekers houden hun spreektijd."),
    # an official reply moving the question to a private message answers it
    ("heemstede", ("official-reply",), _OFFICIAL_REPLY + "Zet uw gegevens liever niet hier neer. Stuur ons een DM, "
                                                         "dan kijken we samen naar uw WOZ-beschikking."),
    # a noun with an age after a possessive or article
    ("sterkhuis", ("child-identified", "client-identified"), "Mijn maatje (15) had in het begin totaal geen zin in "
                                                             "de afspraken."),
    ("domus", ("child-identified",), "De kleine (4) van de buren kwam vandaag kijken naar de kraan."),
]

# part 2
FLAG += [
    ("sterkhuis", "person-identified", "review", "Ik wil iemand bedanken. Marieke, onze voogd bij Sterk Huis, heeft "
                                                 "ons zo goed geholpen."),
    ("sterkhuis", "person-identified", "review", "Dikke pluim voor Ruud van de avonddienst, hij bakte nog "
                                                 "pannenkoeken voor de hele groep."),
    ("sterkhuis", "person-name", "review", "Bij Sterk Huis kreeg ik vandaag een brief van Henk van de Raad."),
    ("domus", "client-identified", "block", "De buurman van nummer 14 aan de Molenweg stond weer te klagen over de "
                                            "steiger."),
    ("sterkhuis", "organisation-news", "review", _PERSONAL + "Primeur: Sterk Huis opent een nieuw gezinshuis in "
                                                             "Deventer! Dit is mijn eigen mening, niet die van mijn "
                                                             "werkgever."),
    ("sterkhuis", "copied-material", "review", "Hieronder de foto van de opening van ons nieuwe gezinshuis, ik heb "
                                               "hem van hun site gehaald."),
    ("heemstede", "political-stance-personal", "review", _PERSONAL + "Wie straks op de partijen stemt die de "
                                                                     "bibliotheek willen sluiten, moet niet klagen."),
    ("heemstede", "doubt-posting", "review", "weet niet of ik dit mag delen maar de wachttijd voor schuldhulp is nu "
                                             "14 weken."),
]
PASS += [
    ("sterkhuis", ("person-name", "person-identified"), "Bij Sterk Huis lees je het rapport van de Raad voor de "
                                                        "Kinderbescherming altijd voor de zitting."),
    ("sterkhuis", ("person-name", "person-identified"), "Sterk Huis staat ingeschreven bij de Kamer van "
                                                        "Koophandel."),
    ("sterkhuis", ("person-identified",), "Dikke pluim voor de avonddienst, die bakte nog pannenkoeken voor de hele "
                                          "groep."),
    ("hartekamp", ("client-identified",), "Sinds de barbecue sjouwt de buurman van nummer 3 elke zaterdag met twee "
                                          "jongens de container naar de straat."),
    ("sterkhuis", ("organisation-news",), _PERSONAL + "Over de bezuinigingen in de jeugdzorg denk ik anders dan de "
                                                      "minister. Mijn mening, niet die van Sterk Huis."),
    ("sterkhuis", ("copied-material",), "Hieronder de foto van de opening van ons nieuwe gezinshuis, zelf gemaakt "
                                        "met mijn telefoon."),
    ("heemstede", ("political-stance-personal",), _PERSONAL + "Wie straks wil stemmen: het stembureau in de "
                                                              "bibliotheek is open van 7.30 tot 21.00 uur."),
    ("heemstede", ("doubt-posting",), "weet niet of ik dit mag delen maar mijn taart is mislukt 😂"),
]

# part 3
_AUTHOR = _fm(capacity="personal", author="P. de Wit, adviseur wonen gemeente Heemstede")
FLAG += [
    ("heemstede", "misleading-identity", "block", _AUTHOR + "Ik ben gewoon een bezorgde inwoner, maar die "
                                                            "nieuwbouw wordt echt prachtig."),
]
PASS += [
    ("heemstede", ("misleading-identity",), _AUTHOR + "We bewaren de hele draad: over twintig jaar wil een "
                                                      "onderzoeker, een journalist of gewoon een inwoner kunnen "
                                                      "begrijpen wat er gezegd is."),
]

# part 4
FLAG += [
    ("hartekamp", "tone-threat-veiled", "block", "die teamleider moet niet denken dat ze hiermee wegkomt, ik weet "
                                                 "waar ze d'r auto parkeert"),
    ("hartekamp", "tone-threat-conditional", "block", "volgende keer dat hij mijn dochter zo behandelt ligt ie op de "
                                                      "grond"),
    ("sterkhuis", "tone-threat-conditional", "block", "ik trek hem zo van zn stoel als ie nog 1 keer zo tegen mn "
                                                      "pleegzoon praat"),
    ("domus", "media-tip", "review", "@dagblad_limburger misschien iets voor jullie? bij de Kloosterflat lekt het al "
                                     "maanden"),
    ("domus", "media-tip", "review", "Tip voor de redactie van De Limburger: kom eens kijken bij de Kloosterflat."),
]
PASS += [
    ("hartekamp", ("tone-threat-veiled", "tone-threat"), "Denk niet dat je met dit smoesje wegkomt bij de juf, zei "
                                                         "ik tegen mijn zoon."),
    ("hartekamp", ("tone-threat-conditional",), "Volgende keer dat je langskomt liggen de nieuwe tegels er al, "
                                                "beloofd!"),
    ("hartekamp", ("tone-threat-conditional",), "Als hij moe is ligt ie op de grond te slapen, de schat."),
    ("sterkhuis", ("tone-threat-conditional",), "Ik zou hem nooit van zijn stoel trekken, ook niet als hij nog een "
                                                "keer zo praat."),
    ("domus", ("media-tip",), "Ik las het in dagblad De Limburger: de kozijnen in de Kloosterflat zijn klaar."),
    ("domus", ("media-tip",), "Tip voor de zomer: zet je ramen 's ochtends open en 's middags dicht."),
]

# part 5
FLAG += [
    ("heemstede", "news-before-announcement", "review", "Groot nieuws: er komt een ijsbaan op het Raadhuisplein, "
                                                        "jullie horen het hier als eerste!"),
    ("sterkhuis", "tone-defamation", "block", "Die penningmeester stopt de subsidie gewoon in zijn eigen zak."),
]
PASS += [
    ("heemstede", ("news-before-announcement",), "Ik hoor het graag als eerste als er iets misgaat met de "
                                                 "afvalinzameling."),
    ("sterkhuis", ("tone-defamation",), "Dit is fictie, alle personages zijn verzonnen. De penningmeester stopte de "
                                        "subsidie in zijn eigen zak."),
    ("sterkhuis", ("tone-defamation",), "Hij stak zijn hand in zijn zak en haalde de sleutel van de groep eruit."),
    ("heemstede", ("internal-marker",), "Een kort verhaal, alles is verzonnen. Op de map stond in rode letters "
                                        "VERTROUWELIJK, en Ellen durfde hem niet open te slaan."),
]

# part 6: the personal statement lifts disclaimer-missing; the same post without it, or with a personal story, does not
_LI = _fm(capacity="personal", channel="linkedin")
_ROOFS = "Ik vind het mooi werk: deze week bij Domus de daken van de Vogelbuurt vernieuwd. "
FLAG += [
    ("domus", "disclaimer-missing", "review", _LI + _ROOFS),
    ("domus", "disclaimer-missing", "review", _LI + _ROOFS + "Dit is een persoonlijk verhaal over mijn team."),
    ("domus", "disclaimer-missing", "review", _LI + _ROOFS + "Ik spreek niet voor mezelf maar voor het hele team."),
]
PASS += [
    ("domus", ("disclaimer-missing",), _LI + _ROOFS + "Ik spreek hier alleen voor mezelf."),
    ("domus", ("disclaimer-missing",), _LI + _ROOFS + "Dit zeg ik als mens, niet als aannemer."),
    ("domus", ("disclaimer-missing",), _LI + _ROOFS + "Dit is een persoonlijk bericht."),
    ("domus", ("disclaimer-missing",), _LI + _ROOFS + "Mijn werkgever heeft hier niets mee te maken."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r19")
