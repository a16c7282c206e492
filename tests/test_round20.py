"""Twentieth round (issue 8), from tune17's misses, as mechanisms; phrasings of our own, not the dev set's:

- a threat of a lawyer, the court or a police report aimed at someone ("u hoort nog van onze advocaat") is tone
  (`juridische-dreiging.txt`, basis `tone-legal-threat`); a sentence that opens with a free relative clause ("Wie
  nog roept dat ..., mag ...") reports only inside that clause;
- Domus: a sarcastic or lecturing reply aimed at someone in a discussion about Domus asks for the communications
  officer first, front matter or not (`discussion-rebuke`); a slur for the landlord ("huisjesmelkers") too
  (`landlord-slur`); lecturing a critic ("voordat je hier de hele straat opjut", "misschien even checken voor je
  ...") is an emotional reaction (`emotie.txt`);
- the writer refusing what the sentence before describes ("..., maar dat zou ik nooit doen") negates its cues;
- a client described by age in a sentence with "die ik sinds maart begeleid" is the writer's client, and justice,
  addiction and somatic care words are care details (`zorgdetails.txt`);
- Sterk Huis: a client photo without recorded consent is review; `consent: false` or the post saying there is no
  consent is block;
- music named by title and maker under a video is copied material; "wordt tijd dat ..." is an opinion;
  "alles wat vertrouwelijk is" is confidential things as a kind, not a stamp;
- "ik kan er nog niet veel over zeggen, maar ..." introduces a leak; "jullie weten het alvast" is news before the
  announcement; the clown emoji mocks;
- Heemstede: "(werk er zelf)" and "die controle heb ik zelf gedaan" tie the writer to the work;
- Hartekamp: something taken "uit de groep van de woning" is shared outside the closed page; a Facebook group made
  from one's own account runs from a private account; a new page the manager said no to is block;
- a lower-case word after an article or possessive is a noun, also next to a care word ("een maatje voor je kind,
  hulp bij schulden");
- part 2: a blank line is a clause break for negation (a heading "## Wat ik niet weet" negates nothing in the
  paragraph under it); consent forms not returned and "(ouders) willen eigenlijk geen foto's" say there is no
  consent; "wordt online verkeerd gelezen" speaks about irony, it is none;
- part 4, read in holdout19's misses after its end score (in-sample): "200 gezonde bomen" after a street-like word is
  a count, not a house number; "namens Sterk Huis" / "namens Domus" are official statements; contempt for a religious
  practice ("die ramadan-toestanden", "kunnen ze niet gewoon normaal meedoen zoals iedereen") is tone; an account made
  "met je eigen gmail" runs from a private account; a channel "staat online" is new; approval "regelen we later wel"
  says the condition is unmet; something forwarded out of the group ("uit de groep ... doorgeappt") is taken out.
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm

_PERSONAL = _fm(capacity="personal")
_APP = _fm(channel="whatsapp", capacity="personal")

FLAG = [
    # legal threats
    ("domus", "tone-legal-threat", "review", "Nog één zo'n filmpje over onze steigers en u hoort van onze advocaat."),
    ("heemstede", "tone-legal-threat", "review", "Wie blijft roepen dat we bonnen verzinnen, mag het met onze jurist "
                                                 "uitzoeken."),
    ("sterkhuis", "tone-legal-threat", "review", "Prima, dan zien we elkaar in de rechtszaal."),
    # Domus: discussion rebukes and landlord slurs
    ("domus", "discussion-rebuke", "review", "Misschien even checken voor je hier de halve flat tegen Domus "
                                             "ophitst? De planning hangt in de hal."),
    ("domus", "discussion-rebuke", "review", "Over de nieuwe kozijnen van de corporatie: ja hoor, jij weet het "
                                             "natuurlijk weer beter 🙄"),
    ("domus", "landlord-slur", "review", "Drie maanden wachten op een nieuwe cv-ketel. Huisjesmelkerij heet dat."),
    # refusal after the act: the act itself is told, then done anyway
    ("hartekamp", "client-image-text", "review", "Foto van bewoner Gerrit op mijn insta gezet. Dat doe ik niet vaak!"),
    # a described client with a gap in the link phrase, and care words of justice and somatic care
    ("sterkhuis", "person-details", "block", "Het meisje van 15 dat ik nu al een jaar begeleid, moest vorige week "
                                             "voor de kinderrechter verschijnen."),
    ("sterkhuis", "client-details-chat", "block", _APP + "Je urinecontrole was weer niet schoon, dat komt in het "
                                                         "rapport voor de rechter."),
    ("hartekamp", "client-details", "block", "Mevrouw Jansen van de Linde krijgt sinds gisteren bloedverdunners, "
                                             "na twee valpartijen."),
    # Sterk Huis client images
    ("sterkhuis", "client-image", "review", _fm(images="[{file: zee.jpg, shows: [clients]}]")
     + "Onze logé zag vandaag de zee!"),
    ("sterkhuis", "client-image-refused", "block", _fm(images="[{file: zee.jpg, shows: [clients], consent: false}]")
     + "Onze logé zag vandaag de zee!"),
    ("sterkhuis", "client-image-no-consent", "block", _fm(images="[{file: zee.jpg, shows: [clients]}]")
     + "Onze logé zag vandaag de zee! Toestemming heb ik niet gevraagd, maar dit moest online."),
    # copied music, an opinion, a leak hinted at, news before the announcement, the clown
    ("sterkhuis", "copied-material", "review", "Nieuwe reel van onze voetbaltraining! Muziekje eronder is van "
                                               "Snollebollekes 🎶"),
    ("sterkhuis", "disclaimer-missing", "review", _PERSONAL + "Als pleegouder bij Sterk Huis zeg ik: het wordt hoog "
                                                              "tijd dat er meer geld naar de pleegzorg gaat."),
    ("heemstede", "confidential-context", "block", "Ik mag er nog niet te veel over vertellen, maar de bibliotheek "
                                                   "verhuist naar het oude postkantoor."),
    ("domus", "news-before-announcement", "review", "Domus krijgt vanaf januari een nieuwe huismeester in de Parkflat. "
                                                    "Nu weten jullie het alvast!"),
    ("heemstede", "irony-personal", "review", _PERSONAL + "Die wethouder van het nieuwe parkeerbeleid mag zelf eens "
                                                          "een dag bonnen schrijven 🤡"),
    # Heemstede: lecturing a critic about one's own work
    ("heemstede", "impulsive-reaction", "review", _PERSONAL + "Die vergunning heb ik zelf beoordeeld. Lees eerst even "
                                                              "de voorwaarden voor je gaat roepen."),
    ("heemstede", "impulsive-reaction", "review", _PERSONAL + "Het parkeertarief gaat met 3% omhoog, niet met 20. "
                                                              "Misschien even nakijken voor je iedereen bang maakt. "
                                                              "(werk er zelf)"),
    # Hartekamp: out of the closed group, a page from one's own account, a page the manager refused
    ("hartekamp", "closed-group-taken", "block", "Even uit de fb groep van De Linde gepikt, wat een mooie foto's van "
                                                 "het zomerfeest!"),
    ("hartekamp", "page-private-account", "block", "Ik heb een whatsappgroep voor de ouders aangemaakt, gewoon vanaf "
                                                   "mijn eigen account."),
    ("hartekamp", "new-page-refused", "block", "We zijn nu ook op TikTok! De manager vond het geen goed idee, maar "
                                               "wij wel."),
]

PASS = [
    ("domus", ("tone-legal-threat",), "We hebben een advocaat ingeschakeld om het contract met de leverancier na "
                                      "te lopen."),
    ("domus", ("tone-legal-threat",), "Ik zou nooit online dreigen met een advocaat; zoiets praat je uit."),
    ("heemstede", ("tone-legal-threat",), "Een inwoner schreef: 'u hoort nog van mijn advocaat!' We hebben het "
                                          "rustig uitgelegd."),
    ("domus", ("discussion-rebuke", "landlord-slur"), "Goed dat je het vraagt: in de bewonersbrief van Domus staat "
                                                      "wanneer jullie flat aan de beurt is."),
    ("domus", ("discussion-rebuke",), "Lees eerst even de gebruiksaanwijzing voordat je de nieuwe thermostaat "
                                      "in de woning instelt."),
    ("domus", ("landlord-slur",), "Een bewoner riep 'huisjesmelkers!' naar de bus. Wij zijn gewoon doorgegaan."),
    ("hartekamp", ("client-image-text",), "Bewoner vroeg of ik een foto van hem op mijn insta wilde zetten. Dat zou "
                                          "ik nooit doen, daar is de pagina van de woning voor."),
    ("hartekamp", ("client-image-text",), "Een bewoner vroeg om een selfie voor mijn insta, maar dat doe ik niet."),
    ("sterkhuis", ("person-details",), "Ik begeleid jongeren van 15 tot 18. Soms moeten ze voor de kinderrechter "
                                       "verschijnen, dat is spannend."),
    ("sterkhuis", ("client-image", "client-image-refused", "client-image-no-consent"),
     _fm(images="[{file: zee.jpg, shows: [clients], consent: true}]") + "Onze logé zag vandaag de zee!"),
    ("sterkhuis", ("copied-material",), "Nieuwe reel! Het muziekje heb ik zelf ingespeeld op de piano."),
    ("sterkhuis", ("internal-marker",), "Wat ik niet weet? Alles wat vertrouwelijk is. Mijn man vertelt het me niet."),
    ("heemstede", ("confidential-context",), "Ik kan er nog niet veel over zeggen, want ik weet het zelf ook niet."),
    ("heemstede", ("news-before-announcement",), "Weten jullie het al? De bibliotheek heeft nieuwe openingstijden, "
                                                 "zie heemstede.nl."),
    ("heemstede", ("impulsive-reaction",), _PERSONAL + "Ik heb de taart zelf gemaakt. Lees eerst even het recept voor "
                                                       "je gaat bakken!"),
    ("hartekamp", ("closed-group-taken",), "Ik haal nooit iets uit de groep van de woning, daar is hij niet voor."),
    ("hartekamp", ("closed-group-taken",), "De reactie met het adres van een bewoner is door de beheerder uit de groep "
                                           "gehaald."),
    ("hartekamp", ("page-private-account",), "De whatsappgroep voor de ouders is aangemaakt met het team-e-mailadres "
                                             "van De Linde."),
    ("hartekamp", ("new-page-refused",), "De manager vond een aparte pagina een goed idee; Communicatie zet hem in "
                                         "het register."),
    ("heemstede", ("person-details", "client-identified"), "Wat we kunnen bieden? Een oudercursus, een maatje voor "
                                                           "je kind of hulp bij schulden."),
]

_PHOTO = _fm(images="[{file: boerderij.jpg, shows: [clients]}]")
FLAG += [
    ("hartekamp", "client-image-no-consent", "block", _PHOTO + "Wat een middag! Van de meeste heb ik de "
                                                      "toestemmingsformulieren nog niet terug, maar kijk die lachende "
                                                      "gezichten."),
    ("hartekamp", "client-image-no-consent", "block", _PHOTO + "Zijn ouders willen eigenlijk geen foto's online, maar "
                                                      "deze is te mooi."),
    ("sterkhuis", "internal-marker", "review", "## Wat ik niet kan laten\n\nVertrouwelijk: de crisisgroep in Zwolle "
                                               "gaat dicht."),
]
PASS += [
    ("hartekamp", ("client-image-no-consent",), _PHOTO.replace("]}]", "], consent: true}]") + "Alle "
                                                "toestemmingsformulieren zijn binnen, dus hier de foto's!"),
    ("heemstede", ("irony",), _fm(capacity="official") + "Tip 8: ironie die aan de balie prima valt, wordt online "
                                                         "vaak verkeerd gelezen. Schrijf wat je bedoelt."),
]

FLAG += [
    ("heemstede", "home-address", "block", "Ze woont aan de Kerkstraat 12 sinds de zomer."),
    ("sterkhuis", "official-statement-personal", "review", "Namens Sterk Huis: wij steunen de actie van de "
                                                           "jeugdzorgwerkers morgen."),
    ("sterkhuis", "tone-religion-contempt", "block", "Weer dat hoofddoekengedoe bij de zwemles, zucht."),
    ("domus", "tone-religion-contempt", "block", "Moeten ze niet gewoon normaal doen zoals iedereen in nederland? "
                                                 "Elke vrijdag die moskee."),
    ("hartekamp", "page-private-account", "block", "Wie zet de foto's van de moestuin op TikTok? Maak gewoon een "
                                                   "accountje aan met je eigen gmail."),
    ("hartekamp", "new-page-refused", "block", "Ons Instagram-account voor de dagbesteding staat online! De aanvraag "
                                               "bij communicatie regelen we later wel."),
    ("hartekamp", "closed-group-taken", "block", "Dat filmpje van de kerstviering uit de groep heb ik even doorgeappt "
                                                 "naar mijn tante."),
]
PASS += [
    ("heemstede", ("home-address",), "In het Wandelbos 200 gezonde bomen gekapt? Nee, 38 zieke essen."),
    ("sterkhuis", ("official-statement-personal",), "Ik werk bij Sterk Huis en spreek hier niet namens mijn "
                                                    "werkgever: ik steun de actie."),
    ("sterkhuis", ("tone-religion-contempt",), "Morgen begint de ramadan; we eten op de groep deze maand later."),
    ("hartekamp", ("page-private-account",), "Maak het account voor de moestuin aan met het team-e-mailadres van De "
                                             "Boomgaard."),
    ("hartekamp", ("new-page-refused",), "Ons Instagram-account voor de dagbesteding staat online, goedgekeurd door "
                                         "de RvE-manager en in het register van communicatie."),
    ("hartekamp", ("closed-group-taken",), "Ik heb niks uit de groep doorgestuurd, echt niet."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r20")


def test_a_blank_line_is_a_clause_break():
    from postcheck.nlp.cues.scope import Bounds

    text = "## Wat ik niet weet\n\nAlles wat vertrouwelijk is."
    b = Bounds(text)
    assert b.clause_break(text.index("niet") + 4, text.index("Alles"))
    assert not b.clause_break(text.index("ik"), text.index("niet"))
