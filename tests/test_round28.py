"""Twenty-eighth round (issue 8); phrasings of our own, not the dev set's.

From tune30 (holdout30 was committed first and is not read):

- a sanction by whoever has power over the other, after a condition, is a threat: the turn, the place or the ride
  lost ("als u nog één keer zo scheldt, komt uw aanvraag onderaan de stapel", "zet ik hem aan de kant, mag ie lekker
  lopen"); without a condition it is an explanation ("aanvragen zonder foto komen onderaan de stapel");
- the writer's own foster child and a diagnosis, in one sentence or the child in the sentence before ("Ons
  pleegzoontje ... Hij is geboren met FAS"), is client information (sterkhuis `foster-child-diagnosis`); in a
  `sentence+before` window a `near` cue counts in the cue's sentence and the one before it, not in the one after
  ("Ik heb zelf ADHD. Ons pleegkind ..." is the writer's own diagnosis);
- a group or page the writer started, with words between ("ben ik een aparte besloten groep begonnen"), not a club
  ("we zijn een nieuwe wandelgroep begonnen");
- a page made with the writer's own address, told in the sentence after the page ("... een eigen Instagram!! Even
  snel zelf aangemaakt met mijn eigen gmail"), not the writer's own mailbox made ("ik heb mijn eigen gmail aangemaakt
  met mijn naam erin");
- news from a personal account in the English of LinkedIn ("Big news uit ...") and a teaser of what follows from the
  writer ("wat het voor jouw straat betekent lees je binnenkort hier van mij");
- a Domus employee's competence run down where Domus is named ("Hoe zo iemand daar nog rondloopt is mij een
  raadsel"; domus `staff-disparaged`), not a general remark ("incompetente aannemers zijn een probleem");
- a council's wrong choice and a call on the voters to remember it are a political stance ("ik hoop dat de kiezer dat
  bij de volgende verkiezingen onthoudt").

In-sample, from holdout30's misses after its end score:

- "m'n" and "mn" are the first person ("via m'n tweede profiel"); a person's competence run down with adverbs
  between ("snapt er echt helemaal niks van") and with the person named before the verb; a compound of "logo" after
  "oud" ("ons oude boompjeslogo"); the child's "mama" and "papa" with what they go through ("Mama is opgenomen na een
  overdosis"); "ga terug naar je eigen land", "je eigen soort"; spending mocked ("koopt de goedkoopste verf"); the
  reader's own number ("ik bel je maandag nog even op 06-...") is private, "bel je ons op" is not; a password still
  known after leaving ("het wachtwoord weet ik toch nog"); a code in apposition after its description ("de code is
  het bouwjaar van de flat, 1974"); Veilig Thuis as a helpline is no client information, called in on a case it is;
- the dialect forms of "niet" ("nie", "neet") match the cue word `=niet` ("nog nie officieel"); "hou het effe voor
  je" asks to keep it quiet; told by Communicatie not to answer, and answering anyway (heemstede `approval-refused`);
  a reply announced as one ("moet ik hier toch even op reageren. Jij hebt het over ..."); a team or department that
  has its own channel now ("de technische dienst heeft een eigen YouTube-kanaal"), not the writer's son.

From tune31 (holdout31 was committed first and scored once before this work):

- a compound page word right before "loopt via" ("deze groepspagina loopt via mijn eigen Facebook-account"); the house
  rule said as where it may not go ("niet doorsturen buiten de groep") is no secret; consent with the auxiliary
  between ("bewoners die toestemming hebben gegeven"); anger acknowledged and answered with one's own experience ("Ik
  snap dat je boos bent op ..., maar mijn ervaring is heel anders"); residents' municipal questions invited to the
  writer's own account (heemstede `private-account-questions`), not questions about the writer's traineeship; a story
  marked as made up lifts a Heemstede client's first name; a vlogger's "hier weer Sem" names the writer; a music credit
  under a reel ("🎵 Muziek: '...' van ..."); what to keep in mind in the voting booth; "interne" before a compound
  document word ("ons interne opleverrapport").

In-sample, from holdout31's misses after its end score:

- "weten het zelf nog van niks" with words between; an annex is a document ("de geheime bijlage"); figures that go to
  the council only later ("cijfers gaan pas in sept naar de raad"); how Domus treats its tenants judged, Domus named in
  the sentence before, also where someone else tells it (`near_reported`); the writer's own name in apposition after
  "app me" ("App me gerust: Sanne de Vries, 06-...") keeps the number the writer's own; the manager who knows nothing
  of a new page yet ("De manager en Communicatie weten er nog van niks"), not Communicatie alone.

In-sample, from holdout32's false alarms after its one score:

- a shop the reader may walk into ("Of loop even binnen aan de Kazernelaan 41") is a business address; the name after
  "Bel mij gerust:" is the writer's; a pet named with "die ... heet" ("een cavia die Henk heet"); asked and agreed in
  one sentence ("Ik heb het haar gevraagd en ze vond het prima (...) dat ik haar hier even in het zonnetje zet").
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm
from postcheck.nlp.identify import named, public

P = _fm(capacity="personal")
OFF = _fm(capacity="official", channel="facebook")

FLAG = [
    ("domus", "tone-threat-conditional", "block", OFF + "Meneer, als u ons nog een keer zo uitmaakt voor oplichters, "
                                                      "dan belandt uw klacht gewoon achteraan de wachtlijst."),
    ("hartekamp", "tone-threat-conditional", "block", OFF + "als die jongen nog 1x aan de deur van de bus trekt zetten "
                                                          "we hem eruit, klaar."),
    ("sterkhuis", "tone-threat-conditional", "block", "Als je nog één keer zo tegen mijn dochter praat, kun je "
                                                      "fluiten naar je oppasgeld."),
    ("heemstede", "tone-threat-conditional", "block", OFF + "Nog één zo'n bericht en u mag lekker zelf naar het "
                                                          "raadhuis lopen met uw formulier."),
    ("sterkhuis", "foster-child-diagnosis", "block", P + "Mijn pleegzoon is vorige week getest. Hij heeft autisme, "
                                                         "dus nu snappen we eindelijk de driftbuien."),
    ("sterkhuis", "foster-child-diagnosis", "block", P + "m'n pleegdochtertje heeft een hechtingsstoornis en dat "
                                                         "merk je aan alles #pleegzorg"),
    ("sterkhuis", "foster-child-diagnosis", "block", P + "Onze pleegkids hebben allebei FASD, wie heeft tips voor "
                                                         "structuur in huis?"),
    ("hartekamp", "new-page", "review", OFF + "Voor alle ouders van De Linde zijn we een eigen online groep gestart. "
                                              "Stuur een berichtje, dan voeg ik je toe."),
    ("hartekamp", "new-page", "review", OFF + "ik heb een instagrampagina aangemaakt voor het atelier, volg ons!"),
    ("hartekamp", "page-private-account", "block", OFF + "De dagbesteding heeft nu een eigen facebookpagina! Gewoon "
                                                         "gekoppeld aan m'n eigen account, scheelt een hoop gedoe."),
    ("heemstede", "organisation-news-personal", "review", P + "Breaking news uit het raadhuis van Heemstede: de "
                                                              "bibliotheek gaat verhuizen. Meer hoor je binnenkort "
                                                              "van mij!"),
    ("sterkhuis", "organisation-news-personal", "review", P + "Big news: Sterk Huis opent een gezinshuis in "
                                                              "Arnhem. Hoe het eruit ziet zie je snel van mij."),
    ("domus", "staff-disparaged", "block", P + "Derde keer deze maand dat de woonconsulent van Domus niet komt "
                                               "opdagen. Die man is gewoon incompetent."),
    ("domus", "staff-disparaged", "block", P + "De nieuwe uitvoerder van de corporatie? Die kan er helemaal niks "
                                               "van. Hoe zo'n figuur bij Domus aangenomen wordt, snap ik niet."),
    ("heemstede", "political-stance-personal", "review", P + "Ik vind dat de gemeenteraad met het zwembad echt de "
                                                             "verkeerde beslissing heeft genomen."),
    ("heemstede", "political-stance-personal", "review", P + "Laten we hopen dat de kiezers dit in maart "
                                                             "onthouden. #gemeenteraad"),
    ("heemstede", "pseudonym-text", "block", P + "Dit plaats ik via m'n andere account hoor, nie onder m'n eigen "
                                                 "naam."),
    ("domus", "staff-disparaged", "block", P + "die uitvoerder van domus snapt er gewoon totaal niks van 🤦"),
    ("hartekamp", "house-style-logo", "block", OFF + "Flyer voor de kerstmarkt gemaakt met ons oude hartjeslogo, vind "
                                                     "ik veel mooier!"),
    ("sterkhuis", "client-family-details", "block", P + "Mama zit al weken in de kliniek, dus ze blijft voorlopig bij "
                                                        "ons."),
    ("sterkhuis", "tone-religion-contempt", "block", P + "Geen varkensvlees? Ga dan terug naar je eigen land."),
    ("domus", "client-disparaged", "block", P + "die corporatie koopt echt het goedkoopste materiaal dat er is en wij "
                                                "mogen het oplossen"),
    ("hartekamp", "phone-number", "block", OFF + "Je gesprek staat voor dinsdag. Ik bel je woensdag nog even op "
                                                 "06-12345678. Groet, Anouk (recruiter)"),
    ("hartekamp", "password-kept-after-leaving", "block", P + "Laatste werkdag vandaag! Het wachtwoord van de groep "
                                                              "ken ik gewoon nog, dus ik blijf meelezen."),
    ("domus", "credential", "block", P + "Het sleutelkastje hangt naast de achterdeur. De code is het huisnummer maal "
                                         "twee, 2468, makkelijk toch."),
    ("sterkhuis", "client-details-chat", "block", _fm(channel="whatsapp") + "Hoi, bij het gezin is Veilig Thuis "
                                                                            "ingeschakeld, we bellen morgen."),
    ("heemstede", "news-before-announcement", "review", P + "Het is nog nie officieel, maar de weekmarkt verhuist in "
                                                            "september naar de andere kant van het plein."),
    ("domus", "confidential-request", "block", P + "Nieuwe planning voor de Molenakker, hou het effe voor je: we "
                                                   "beginnen pas in mei."),
    ("heemstede", "approval-refused", "block", P + "Communicatie zei dat we hier niet op mogen reageren, maar ik doe "
                                                   "het toch: het klopt gewoon niet."),
    ("sterkhuis", "criticism-reply-text", "review", P + "Als pleegmoeder bij Sterk Huis moet ik hier toch even op "
                                                        "reageren. Jij hebt het over kinderen die zomaar verdwijnen, "
                                                        "maar zo werkt het niet."),
    ("hartekamp", "new-page", "review", OFF + "Nieuw: de technische dienst heeft een eigen YouTube-kanaal! Abonneren "
                                              "maar."),
    ("hartekamp", "page-private-account", "block", OFF + "Ter info: deze familiepagina loopt gewoon via mijn eigen "
                                                         "Facebook-account."),
    ("hartekamp", "client-image-text", "review", OFF + "Foto's zetten we achteraf hier in de groep, van alle "
                                                       "bewoners."),
    ("sterkhuis", "criticism-reply-text", "review", P + "Ik snap dat je boos bent op Sterk Huis, maar mijn ervaring is "
                                                        "heel anders."),
    ("heemstede", "private-account-questions", "review", P + "Vragen over je parkeervergunning bij de gemeente: stuur "
                                                             "me gewoon een pb, dan zoek ik het uit."),
    ("heemstede", "client-identified", "review", P + "Lotte bestaat echt. Ik zie haar in mijn werk in de jeugdhulp al "
                                                     "twee jaar."),
    ("sterkhuis", "copied-material", "review", _fm(channel="instagram", capacity="official") + "Nieuwe reel! 🎵 "
                                                                                               "Muziek: 'Zij gelooft "
                                                                                               "in mij' van André "
                                                                                               "Hazes."),
    ("heemstede", "political-stance-personal", "review", P + "Onthoud dat in maart maar even in het stemhokje, "
                                                             "mensen."),
    ("domus", "confidential-context", "block", P + "Even wat cijfers uit ons interne opleverrapport: 61 gebreken in "
                                                   "24 woningen."),
    ("sterkhuis", "confidential-plan", "block", P + "Morgen hoort het team dat de locatie dichtgaat, ze weten het zelf "
                                                    "nog van niks."),
    ("heemstede", "confidential-document", "block", P + "morgen krijgen de raadsleden de geheime bijlage over de "
                                                        "verkoop van de sporthal 👀"),
    ("heemstede", "confidential-plan", "block", P + "weet nie of ik dit mag zeggen maar de wachtlijst is verdubbeld. "
                                                    "de cijfers gaan pas in oktober naar de raad."),
    ("domus", "client-disparaged", "block", P + "Volgens de bewoners weet Domus dit al jaren. Zegt genoeg over hoe ze "
                                                "met hun huurders omgaan."),
    ("domus", "own-phone", "review", P + "Vragen? App me gerust: Sanne de Vries, 06-12345678."),
    ("hartekamp", "new-page-refused", "block", P + "Wij zijn nu ook op Instagram! De manager en Communicatie weten er "
                                                   "nog van niks, maar ja."),
    ("domus", "home-address", "block", P + "Spullen over? Loop even binnen bij mij thuis, Dorpsstraat 4 in Roermond."),
    ("domus", "person-name", "review", OFF + "Vragen over de planning? Bel gerust met Jos Peeters van kantoor over de "
                                             "flat."),
    ("sterkhuis", "person-name", "review", P + "Vandaag viert onze collega Ingrid Smits haar jubileum bij Sterk Huis!"),
]

PASS = [
    ("domus", ["tone-threat-conditional"], OFF + "Aanvragen zonder foto's komen onderaan de stapel, dus stuur ze "
                                               "gerust mee."),
    ("domus", ["tone-threat-conditional"], OFF + "Als u nog een keer belt over de lekkage, zetten we u bovenaan de "
                                               "lijst."),
    ("hartekamp", ["tone-threat-conditional"], OFF + "Als het nog één keer regent, zetten we de stoelen binnen."),
    ("hartekamp", ["tone-threat-conditional"], "De chauffeur zei: 'als je nog één keer zeurt, zet ik je eruit'. "
                                               "Dat vind ik echt niet kunnen."),
    ("heemstede", ["tone-threat-conditional"], OFF + "Mist u de bus nog een keer? Dan mag u gewoon de volgende "
                                                   "nemen."),
    ("sterkhuis", ["foster-child-diagnosis"], P + "Veel pleegkinderen hebben een hechtingsstoornis; lees het artikel "
                                                  "van het NJi over wat dat betekent."),
    ("sterkhuis", ["foster-child-diagnosis"], P + "Onze pleegzoon heeft geen ADHD hoor, hij is gewoon een heerlijk "
                                                  "druk mannetje."),
    ("sterkhuis", ["foster-child-diagnosis"], P + "Ik heb zelf epilepsie en ben al tien jaar pleegmoeder. Onze "
                                                  "pleegkinderen houden me scherp!"),
    ("sterkhuis", ["foster-child-diagnosis"], P + "Vertel nooit online welke diagnose je pleegkind heeft, ook niet "
                                                  "in een besloten groep."),
    ("sterkhuis", ["foster-child-diagnosis"], P + "Mijn pleegdochter vroeg: \"heeft opa nou autisme of is hij "
                                                  "gewoon eigenwijs?\" Kinderen vragen alles."),
    ("hartekamp", ["new-page"], OFF + "We zijn een nieuwe wandelgroep begonnen, elke dinsdag om tien uur bij De "
                                      "Linde."),
    ("hartekamp", ["new-page"], OFF + "De groep is begonnen met schilderen voor de kerstmarkt."),
    ("hartekamp", ["page-private-account"], P + "Ik heb mijn eigen gmail aangemaakt met mijn eigen naam erin, haha."),
    ("hartekamp", ["page-private-account"], OFF + "Onze pagina is aangemaakt met het team-e-mailadres, zoals het "
                                                  "hoort."),
    ("heemstede", ["organisation-news-personal"], P + "Big news: ik ga trouwen! Meer lees je binnenkort van mij."),
    ("heemstede", ["organisation-news-personal"], P + "Vanavond vergadert de raad van Heemstede over het afval. Wat "
                                                      "het voor jouw straat betekent lees je op heemstede.nl."),
    ("domus", ["staff-disparaged"], P + "De opzichter van Domus snapte meteen wat er mis was met de dakgoot. Top!"),
    ("domus", ["staff-disparaged"], P + "Incompetente aannemers zijn een probleem in de hele sector; Domus werkt "
                                        "daarom met vaste partners."),
    ("domus", ["staff-disparaged"], P + "Ik snap er helemaal niks van, zei de opzichter van Domus lachend over de "
                                        "nieuwe app."),
    ("heemstede", ["political-stance-personal"], P + "De raad heeft gisteren een keuze gemaakt over het plein; de "
                                                     "verslagen staan online."),
    ("heemstede", ["political-stance-personal"], P + "Ik zeg niet dat de raad de verkeerde keuze heeft gemaakt; ik "
                                                     "leg uit hoe het besluit tot stand kwam."),
    ("heemstede", ["pseudonym-text"], P + "Mijn zoon zegt dat je op insta een tweede account kunt maken, maar dat doe "
                                          "ik nooit."),
    ("hartekamp", ["house-style-logo"], OFF + "Sinds maart staat het nieuwe Hartekamp-logo op alle flyers."),
    ("sterkhuis", ["client-family-details"], P + "Mama is vandaag jarig, dus de pleegkids hebben taart gebakken!"),
    ("sterkhuis", ["tone-religion-contempt"], P + "Onze pleegdochter gaat deze zomer met haar moeder naar Marokko, op "
                                                  "vakantie."),
    ("domus", ["client-disparaged"], P + "Wij gebruiken bij Domus niet de goedkoopste verf, maar verf die tien jaar "
                                         "meegaat."),
    ("hartekamp", ["phone-number"], OFF + "Heb je vragen over de vacature? Bel je ons dan even op 06-12345678."),
    ("hartekamp", ["password-kept-after-leaving"], P + "Laatste werkdag vandaag! Het wachtwoord weet ik niet meer, "
                                                       "Petra heeft het veranderd."),
    ("domus", ["credential"], P + "Het sleutelkastje heeft een code, vier cijfers, die krijg je van Bert."),
    ("heemstede", ["news-before-announcement"], P + "Het is inmiddels officieel: de weekmarkt verhuist in september, "
                                                    "lees meer op heemstede.nl."),
    ("domus", ["confidential-request"], P + "Hou je mening voor je, zei mijn moeder altijd. Gelukkig mag hier alles "
                                            "gezegd worden."),
    ("heemstede", ["approval-refused"], P + "Communicatie zegt dat we hier graag op reageren, dus bij deze: de bomen "
                                            "blijven staan."),
    ("sterkhuis", ["criticism-reply-text"], P + "Ik moet even iets kwijt: wat een mooie dag bij Sterk Huis!"),
    ("hartekamp", ["new-page"], P + "Mijn zoon heeft een eigen YouTube-kanaal over Minecraft, trots!"),
    ("hartekamp", ["page-private-account"], OFF + "Ter info: deze familiepagina loopt via het teamadres van De Linde."),
    ("hartekamp", ["confidential-request"], OFF + "Foto's van de barbecue volgen. Niet doorsturen buiten de groep "
                                                  "graag!"),
    ("hartekamp", ["client-image-text"], OFF + "Foto's zetten we achteraf hier in de groep, alleen van bewoners die "
                                               "toestemming hebben gegeven."),
    ("sterkhuis", ["criticism-reply-text"], P + "Mijn ervaring bij Sterk Huis is heel anders dan ik vooraf dacht: veel "
                                                "leuker!"),
    ("heemstede", ["private-account-questions"], P + "Ben je trainee bij een gemeente geweest? Leuk! Stuur me gerust "
                                                     "een berichtje als je vragen hebt over mijn eerste jaar."),
    ("heemstede", ["client-identified"], P + "Lotte (een verzonnen verhaal). Ik zie haar in mijn werk in de jeugdhulp "
                                             "al twee jaar."),
    ("sterkhuis", ["copied-material"], _fm(channel="instagram", capacity="official") + "Nieuwe reel! 🎵 Muziek: zelf "
                                                                                       "ingespeeld door onze "
                                                                                       "pleegkinderen."),
    ("heemstede", ["political-stance-personal"], P + "Denk aan je stempas en je legitimatie als je naar het stemhokje "
                                                     "gaat!"),
    ("domus", ["confidential-context"], P + "Ons opleverrapport staat sinds vandaag op de website, met alle cijfers."),
    ("sterkhuis", ["confidential-plan"], P + "Zaterdag wordt Femke 40 en ze weet het zelf nog van niks, stil houden "
                                             "hè!"),
    ("heemstede", ["confidential-document"], P + "In de bijlage bij het raadsvoorstel vind je alle cijfers over de "
                                                 "sporthal."),
    ("domus", ["client-disparaged"], P + "Volgens de bewoners weet Domus dit al jaren. Wij ruimen het netjes op."),
    ("domus", ["own-phone"], P + "Bel me niet, bel Sanne: 06-12345678."),
    ("hartekamp", ["new-page-refused"], P + "We zijn nu ook op TikTok! Onze manager vond het prima, communicatie weet "
                                            "nog van niks maar dat komt goed."),
    ("domus", ["home-address", "phone-number"], OFF + "Gaat u verhuizen? Bel (0475) 58 20 14, of loop even binnen "
                                                      "aan de Kazernelaan 41 in Roermond."),
    ("domus", ["person-name"], OFF + "Gaat u verhuizen? Bel mij gerust: Jos Peeters, (0475) 58 20 14."),
    ("sterkhuis", ["person-name"], P + "Vandaag viert onze collega Ingrid Smits haar jubileum bij Sterk Huis! Ik heb "
                                       "het haar gevraagd en ze vond het prima (stiekem leuk) dat ik haar in het "
                                       "zonnetje zet."),
    ("sterkhuis", ["client-details-chat"], _fm(channel="whatsapp") + "Voor als je je zorgen maakt om een kind: "
                                                                     "Veilig Thuis is dag en nacht bereikbaar op "
                                                                     "0800-2000."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r28")


def test_a_vlogger_saying_here_again_names_the_writer():
    """"Yo, hier weer Sem." is the writer's own name, like "ik ben Sem" (both places that read a name's left side)."""
    for rx in (named._SELF, public._SELF):
        assert rx.search("Yo, hier weer ") and rx.search("hier is weer ")
        assert not rx.search("Yo, gisteren zag ik ") and not rx.search("hier woont ")


def test_a_pet_named_with_die_heet():
    """"een cavia die Henk heet" names a pet; "de hond die Sanne uitliet" names the person who walked it."""
    text = "We hebben een cavia die Henk heet."
    assert named._pet(text, text.index("Henk"), text.index("Henk") + 4)
    text = "Dat is de hond die Sanne uitliet."
    assert not named._pet(text, text.index("Sanne"), text.index("Sanne") + 5)
