"""Thirteenth round: fine posts stopped by cue rules, each through a general mechanism, the real thing kept.

Phrasings of our own (not the dev set's words), through the CLI, one run per pack:
- a question about the sharing rule ("waarom mag ik die foto niet doorsturen?") asks, it keeps no secret: the
  `question` scope, which `confidential-request` skips (a threat can be a question, so cue rules skip it only
  where they say so); the request itself ("..., niet doorvertellen") still blocks;
- advice what to do instead ("niet posten maar even bellen met communicatie") is a house rule, and a request with
  a wink ("niet doorvertellen 😉") is a joke; with a shush ("niet doorvertellen 🤫") it is a secret;
- "sukkelen met" (to ail) is no "sukkel";
- photo rules told to the reader ("we plaatsen alleen foto's van bewoners die daar toestemming voor gaven", "als
  er toestemming is", "heb je zelf een foto gemaakt waar andere bewoners op staan?") are no photo shared; a photo
  of residents shared is;
- a first name right after a pet word ("onze hond Saar") or after "onze" with a pet emoji on its line ("onze
  Bowie is 3 geworden 🐶") is a pet, a farm animal's emoji next to a client is not ("Gerrit ... geiten 🐐"); a
  sentence's first word with a subject pronoun after it ("Ken je een kind dat ...?") is a verb; a name after a
  public or scholarly role ("de Britse psychiater John Bowlby") is no client; a foster child so named still is;
- news Sterk Huis itself published ("maakte vandaag op de website bekend") may be shared; news "nog niet op de
  website" may not; "dat is geen nieuws" is no news.
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm


_P = _fm(channel="facebook", capacity="personal")
_SECRET = ("confidential-request", "confidential-context")

FLAG = [
    ("heemstede", "confidential-request", "block", _P + "De reorganisatie van de afdeling gaat in maart in, "
                                                        "niet doorvertellen 🤫"),
    ("hartekamp", "confidential-request", "block", _P + "Het MT heeft besloten dat De Linde dichtgaat. Niet "
                                                        "doorsturen, hè?! Echt niet."),
    ("domus", "tone-abuse", "block", _P + "Die opzichter van Domus is echt een sukkel."),
    ("hartekamp", "client-image-text", "review", _P + "Kijk eens wat een leuke foto van onze bewoners bij het "
                                                      "zomerfeest!"),
    ("sterkhuis", "client-identified", "block", _P + "Zo trots op onze pleegkinderen. Onze Milan is vandaag 9 "
                                                      "geworden 🎂"),
    ("sterkhuis", "client-identified", "block", _P + "Onze pleegkinderen zijn top. Milan heeft vannacht weer een "
                                                      "epileptische aanval gehad."),
    ("sterkhuis", "organisation-news", "review", _P + "Primeur: Sterk Huis opent een nieuw gezinshuis in Zwolle! "
                                                      "Staat nog niet op de website, dus je hoort het hier eerst."),
]

PASS = [
    ("hartekamp", _SECRET, _P + "Waarom mag ik die leuke foto van het uitje niet doorsturen naar mijn zus? Dat "
                                "leggen we in dit bericht uit."),
    ("heemstede", _SECRET, _P + "Twijfel je of iets online mag? Niet posten maar even bellen met Communicatie."),
    ("heemstede", _SECRET, _P + "De beste kroketten van Heemstede haal je bij de snackbar op de Binnenweg "
                                "(niet doorvertellen 😉)."),
    ("domus", ("tone-abuse",), _P + "Na twee jaar sukkelen met mijn rug sta ik weer op de steiger voor Domus."),
    ("hartekamp", ("client-image-text",), _P + "Hoe werkt onze groep? We plaatsen alleen foto's van bewoners die "
                                               "daar toestemming voor hebben gegeven."),
    ("hartekamp", ("client-image-text",), _P + "Heb je zelf een foto gemaakt waar ook andere bewoners op staan? "
                                               "Vraag het dan eerst aan ons."),
    ("sterkhuis", ("client-identified",), _P + "Zo trots op onze pleegkinderen. Onze Bowie is vandaag 3 geworden "
                                               "🐶🎂"),
    ("sterkhuis", ("client-identified",), _P + "Mijn pleegkinderen zijn dol op onze hond Saar, die vandaag 5 is "
                                               "geworden!"),
    ("sterkhuis", ("client-identified",), _P + "Als pleegouder zie ik het elk jaar. Ken je een kind dat het zwaar "
                                               "heeft met de pleegzorg? Praat erover."),
    ("sterkhuis", ("client-identified",), _P + "Over hechting bij pleegkinderen schreef de Britse psychiater John "
                                               "Bowlby al in de jaren vijftig."),
    ("sterkhuis", ("organisation-news",), _P + "Mooi nieuws: Sterk Huis maakte vandaag op de website bekend dat er "
                                               "een nieuw gezinshuis komt in Zwolle."),
    ("sterkhuis", ("organisation-news",), _P + "Lange wachtlijsten in de jeugdzorg bij Sterk Huis? Dat is helaas "
                                               "geen nieuws."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round13fine")

