"""Twenty-sixth round (issue 8); phrasings of our own, not the dev set's.

Part 1, from tune27's false alarms (holdout27 was committed first and is not read):

- the judge raises a draft for a name or personal data only where the text could hold one: a foster son's
  swimming diploma without a name is no client named (`nlp/judge/facts.py`), while a first name in lower case or
  inside a hashtag still lets it raise.

Part 2, from the audit of the dev set's remaining misses (every spent half; holdout27 not read):

- "vertrouwelijk" marks this text as confidential when it is said of the message or of the telling ("ik vertel
  het je vertrouwelijk", "strikt vertrouwelijk") or points at what follows ("wat vertrouwelijke info", "het
  vertrouwelijke verslag"); "vertrouwelijke gegevens horen nooit in een bericht" names a kind of thing in a guide.
- names that are no private person: a firm named by a trade noun ("Hendriks Glas") or a brand in CamelCase
  ("KozijnFix Limburg"; `names/tokens.py`); the writer's byline or bio opening the post with a role after the name,
  and a signature above a Markdown rule and footer (`identify/public.py`); consent told in a relative clause ("die
  het prima vond dat ik hem hier noem") or leave to praise someone ("in het zonnetje mocht zetten").
- public figures: the maker of a quotation ('"..." – Loes Hendriks'), a public office after "als" ("zei als
  premier"), a pedagogue or artist by their trade, and the same person named again later in the post.
- an address line right above or below the line of a business number or e-mail, with only its postcode and town
  between, is the firm's own (`contacts/venue._same_block`).

Part 3, in-sample: holdout27's false alarms of names, read after its end score: a public office that ends a compound
("Klimaatminister Sophie Hermans", not "jeugdtrainer"), and the post's last line with the writer's name and role
("Marloes de Wit, gezinsvoogd"), whatever stands above it.
"""
from __future__ import annotations

import pytest

from conftest import flag_pass_tests
from postcheck.nlp.judge.facts import may_hold_personal_data, may_name, may_state

FLAG = [
    ("sterkhuis", "judge", "block", "Wat een dag! Na maanden oefenen eindelijk zwemdiploma B gehaald, de hele familie "
                                    "stond op de tribune te juichen. zo trots op die meid #teamnoor #pleegzorg"),
    ("hartekamp", "internal-marker", "review", "Hier even wat vertrouwelijke info uit het teamoverleg: de "
                                               "dagbesteding verhuist."),
    ("heemstede", "internal-marker", "review", "Strikt vertrouwelijk, maar het college gaat het zwembad sluiten."),
    ("heemstede", "confidential-document", "block", "Deze vertrouwelijke notitie van het college zegt dat het "
                                                    "zwembad dichtgaat."),
    ("domus", "person-name", "review", "Gisteren bij de oplevering voor Domus sprak ik Henk Peeters, hij was niet "
                                       "blij."),
    ("sterkhuis", "person-name", "review", "Marloes Hendriks zei gisteren bij Sterk Huis dat ze stopt, jammer hoor."),
    ("sterkhuis", "person-name", "review", "Dank aan mijn collega Joris Vermeulen van Sterk Huis, al weet ik niet of "
                                           "hij het prima vond dat ik hem noem."),
    ("sterkhuis", "person-name", "review", "Joris Vermeulen van Sterk Huis zei: 'ik vind het niet goed dat je me "
                                           "noemt'."),
    ("sterkhuis", "person-name", "review", "Beterschap voor Ellen Bos van het secretariaat van Sterk Huis, die het "
                                           "leuk zou vinden om een kaartje te krijgen."),
    ("sterkhuis", "person-name", "review", "Henk Vermeer zei als vader van een pleegkind bij Sterk Huis dat het goed "
                                           "ging."),
    ("sterkhuis", "person-name", "review", "'We gaan ervoor', zei Jan Hermans van Sterk Huis gisteren op de teamdag."),
    ("sterkhuis", "person-name", "review", '"Opvoeden is samen leven." – Loes Hendriks\n\nLoes Hendriks van Sterk '
                                           "Huis en haar collega Anne Verbeek waren er ook."),
    ("domus", "home-address", "block", "Ik verhuis! Vanaf maandag woon ik hier:\nKerkstraat 12, 6101 AB Echt\n"
                                       "06 - 12 34 56 78"),
    ("sterkhuis", "person-name", "review", "Jeugdtrainer Kees Brouwer was zaterdag weer geweldig voor mijn pleegzoon "
                                           "bij Sterk Huis."),
    ("sterkhuis", "person-name", "review", "Vandaag sprak ik op een congres over pleegzorg bij Sterk Huis.\nMarloes "
                                           "Verbeek, gezinsvoogd bij Sterk Huis, is trouwens ziek."),
]

PASS = [
    ("sterkhuis", ["judge"], "Wat een dag! Onze pleegdochter heeft na maanden oefenen eindelijk haar zwemdiploma B "
                             "gehaald, de hele familie stond op de tribune te juichen. zo trots op die meid"),
    ("hartekamp", ["internal-marker", "confidential-document"], "Vertrouwelijke gegevens, zoals een pincode of een "
                                                                "dossier, horen nooit in een bericht op Facebook."),
    ("heemstede", ["internal-marker", "confidential-document"], "Vertrouwelijke stukken van het college lees je pas "
                                                                "als ze openbaar zijn, dat spreekt voor zich."),
    ("hartekamp", ["internal-marker"], "Ik zou nooit zeggen dat iets strikt vertrouwelijk is als het al in de krant "
                                       "stond."),
    ("heemstede", ["internal-marker"], 'Een collega vroeg me: "is dit stuk vertrouwelijk?" Nee hoor, het staat op de '
                                       "website van de gemeente."),
    ("domus", ["person-name"], "Het glas voor de 40 woningen van Domus kwam van Hendriks Glas uit Roermond."),
    ("domus", ["person-name"], "Samen met KozijnFix Limburg vervingen we de kozijnen van 24 woningen van Domus."),
    ("sterkhuis", ["person-name"], "*Marloes Hendriks, gezinsvoogd bij Sterk Huis. Dit blog schrijf ik op "
                                   "persoonlijke titel.*\n\nVandaag wil ik het hebben over wachtlijsten in de zorg."),
    ("sterkhuis", ["person-name"], "Marloes Hendriks 🌻 pleegzorgbegeleider. Ik schrijf hier over pleegzorg en "
                                   "jeugdzorg, op persoonlijke titel."),
    ("sterkhuis", ["person-name"], "# Wat pleegzorg mij leerde\n\nIk werk al tien jaar in de jeugdzorg en leer "
                                   "elke dag.\n\nMarloes Hendriks\n\n---\n\nDit is mijn persoonlijke mening, niet "
                                   "die van Sterk Huis.\n"),
    ("sterkhuis", ["person-name"], "Dank aan mijn collega Joris Vermeulen van Sterk Huis, die het prima vond dat ik "
                                   "hem hier noem."),
    ("sterkhuis", ["person-name"], "Proficiat Joris Vermeulen, collega bij Sterk Huis! (Joris, dank dat ik je even "
                                   "in het zonnetje mocht zetten)"),
    ("sterkhuis", ["person-name"], '"Opvoeden is samen leven." – Loes Hendriks\n\nDie uitspraak van Loes Hendriks '
                                   "hangt al jaren boven mijn bureau bij Sterk Huis. Hendriks heeft gelijk."),
    ("sterkhuis", ["person-name"], "Mark Verhagen zei als premier ooit dat pleegzorg ertoe doet, en Verhagen had "
                                   "gelijk. #sterkhuis"),
    ("sterkhuis", ["person-name"], "Volgens pedagoog Ellen Brouwer hebben pleegkinderen vooral rust nodig. "
                                   "#sterkhuis #pleegzorg"),
    ("domus", ["home-address"], "Zaterdag is onze werkplaats open, kom kijken!\n\nTimmerbedrijf Rutten\n"
                                "Nijverheidsweg 3, 6045 AB Roermond\n0475 - 33 22 11 · info@timmerbedrijfrutten.nl"),
    ("sterkhuis", ["person-name"], "Zorgminister Anne Verbeek zei gisteren in de Kamer dat pleegzorg meer geld "
                                   "krijgt. #sterkhuis"),
    ("sterkhuis", ["person-name"], "Vandaag sprak ik op een congres over pleegzorg bij Sterk Huis.\n(Op persoonlijke "
                                   "titel.)\nMarloes Verbeek, gezinsvoogd"),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r26")


@pytest.mark.parametrize("text", [
    "gewonnen met shanaya, 14 jaar",            # a first name in lower case
    "Jeroen, als je dit leest",                 # at a sentence start
    "hoorde dat Peter van belastingen weg is",  # a first name that is also a rare word ("peter")
    "#teamkevin #trots",                        # a first name at a hashtag's end
    "#gerritpronk80",                           # ... at its start, digits after
    "die meneer jansen van hiernaast",          # a surname alone
])
def test_a_word_that_may_be_a_name(text):
    assert may_name(text)
    assert may_state("client-name", text) and may_state("person-name", text)


@pytest.mark.parametrize("text", [
    "mijn pleegzoon heeft vandaag z'n A-diploma gehaald!! zo trots op dat mannetje",
    "Mijn kleinzoon woont sinds kort op de Wilgenhof. Mag ik als oma ook in de besloten groep?",
    "#pleegzorg #sterkhuis #jeugdzorg #vrijwilliger #bakken #trots",
    "die opzichter van de corporatie loopt zonder helm over de steiger",
])
def test_no_word_that_may_be_a_name(text):
    assert not may_name(text)
    assert not may_state("client-name", text)


def test_personal_data_needs_a_digit_or_an_at_sign():
    assert may_hold_personal_data("bel me op 06 12 34 56 78")
    assert may_hold_personal_data("mail naar jan@voorbeeld.nl")
    assert may_hold_personal_data("de mevrouw van nummer 12")
    assert not may_hold_personal_data("de mevrouw van hiernaast belt elke dag")
    assert not may_state("personal-data", "de mevrouw van hiernaast belt elke dag")


def test_other_categories_are_never_gated():
    assert may_state("confidential", "") and may_state("tone", "") and may_state("approval", "")
