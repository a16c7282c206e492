"""Sixteenth round (issue 8): what is fine must pass, from the spent holdout14's false alarms, as mechanisms.

Phrasings of our own, not the dev set's:
- a lower-case word right after a subject pronoun that opens a clause is its verb, not a first name ("... en ik
  ken de signalen": "ken" is also an English first name); inversion ("toen zag ik anouk") and subordinate clauses
  ("omdat ik anouk zag") still name someone;
- well-known characters of books, films and series (`nlp/data/fictional_names.txt`) are no private persons ("alle
  delen van Harry Potter gekeken"); a real name beside them still counts;
- an example password judged right after it in its clause ('waarom "Zomer2024" echt niet meer kan', '... is veel
  te makkelijk') is advice, not a leak; a quoted password later in its keyword's sentence without such a
  judgement stays a credential;
- short and compound event words ("Infoavond", "infomiddag", "inloopspreekuur") make an address after them the
  venue's; an address "bij mij thuis" stays private;
- a fixed-line number in the contact block of the organisation's own address or e-mail address (config `allow`),
  or one the readers are told to call where the organisation speaks ("wij"), is its own number; a number in a
  first-person sentence stays private; a role word as a part of the local part ("dekwakel.team@") is a role
  address;
- a recorded approval lifts Domus's name and discussion-reply rules; "X vond het helemaal goed dat ik dit deel"
  is a colleague's consent (Sterk Huis 6), "vond het helemaal niet goed" is not;
- a webcare signature ("^Joyce") shows the municipality's account; "**beleid" matches a compound, not the word
  "beleid" alone;
- news the organisation will announce later, told now ("Domus wil dit pas na de bewonersavond naar buiten
  brengen", "nog niet officieel naar buiten gebracht", "de ouders worden pas in september ingelicht"); a surprise
  announced later is no leak ("de winnaar wordt pas op de feestavond bekendgemaakt");
- an account opened as a made-up person ("een account aan als bezorgde moeder"); "maak een account aan als je
  ..." is an instruction.
"""
from __future__ import annotations

import pytest

from conftest import flag_pass_tests, front_matter as _fm
from postcheck.nlp.identify.public import keep_private
from postcheck.nlp.hits import Hit
from postcheck.nlp.secrets import find_credentials


_P = _fm(channel="facebook", capacity="personal")

FLAG = [
    # a real name beside a fictional one
    ("sterkhuis", "person-name", "review", _P + "Mijn maatje bij Sterk Huis is Sanne Bakker; we keken samen alle "
                                                "delen van Harry Potter."),
    # inversion: the pronoun follows the verb, the lower-case word after it is a name
    ("heemstede", "person-details", "block", "Toen zag ik anouk van de balie, ze heeft een burn-out."),
    ("heemstede", "person-details", "block", "Het viel me op omdat ik anouk met haar burn-out zag worstelen."),
    # a password disclosed, no judgement of it
    ("heemstede", "credential", "block", 'Ons webcare-wachtwoord hangt op een geeltje naast het scherm, '
                                         '"Hmst#Webcare24", zodat iedereen kan inloggen.'),
    ("heemstede", "credential", "block", "Het wachtwoord van de balie-pc hangt nog op een geeltje: Balie#Hmst24. "
                                         "Niet meer doen hoor."),
    # a private party at home, even with an event word
    ("sterkhuis", "home-address", "block", "Infomiddag voor pleegouders van Sterk Huis bij mij thuis, Kerkstraat 5 "
                                           "in Tilburg."),
    ("sterkhuis", "home-address", "block", "Verjaardag van mijn pleegdochter: zaterdag 14.00 uur bij ons thuis, "
                                           "Kerkstraat 5 in Tilburg."),
]

PASS = [
    ("sterkhuis", ("person-name", "person-details", "client-identified"),
     _P + "Mijn maatje bij Sterk Huis en ik hebben in drie maanden alle delen van Harry Potter gekeken. Met chips."),
    ("sterkhuis", ("person-name", "person-details", "client-identified"),
     _P + "Bij Sterk Huis lezen we de kleintjes graag voor: Pippi Langkous, Dikkie Dik en soms Sherlock Holmes "
          "voor de groten."),
    ("heemstede", ("person-details", "client-identified"),
     "Ik werk bij de gemeente. Ik heb vorig jaar een burn-out gehad en ik ken de signalen nu goed."),
    ("heemstede", ("person-details", "client-identified"),
     "Jongerenwerk deze zomer was pittig, maar je ziet ze groeien. Ik had zelf ooit een burn-out en ik ken de "
     "valkuilen, dus we plannen rust in."),
    ("heemstede", ("credential",),
     "# Het wachtwoord dat je wél onthoudt (en waarom \"Zomer2024\" echt niet meer kan)\n\nBlog van de "
     "ICT-afdeling over veilig inloggen."),
    ("heemstede", ("credential",),
     'Tip van de servicedesk: je wachtwoord "Welkom123!" is veel te makkelijk, kies een zin van vier woorden.'),
    ("sterkhuis", ("home-address",),
     "Infoavond pleegzorg van Sterk Huis: dinsdag 18 november, 19.30 uur in de bibliotheek, Stationsplein 12 in "
     "Tilburg. Aanmelden via sterkhuis.nl."),
    ("sterkhuis", ("home-address",),
     "Kom naar het inloopspreekuur voor pleegouders, elke woensdag in wijkcentrum De Schakel, Lindeplein 3."),
]

# front matter left open: a test adds its own keys and closes it
_APPROVED = "---\nchannel: facebook\ncapacity: official\napproval:\n  by: communicatie Woningstichting Domus\n  ref: DOM-1\n"
_REPLY = "reply_to: https://www.facebook.com/groups/buurt/posts/1\n"

FLAG += [
    ("heemstede", "phone-number", "block", "Ik ben even bij mijn moeder. Twijfel? Bel (023) 548 56 56."),
    ("heemstede", "phone-number", "block", "Vragen over het feest bij ons thuis? Bel (023) 548 56 56, dat is mijn "
                                           "vaste lijn."),
    ("domus", "person-name", "review", _P + "Bij Domus vandaag de keuken van mevrouw Smeets vernieuwd, wat een "
                                            "verschil."),
    ("domus", "discussion-reply", "review", "---\nchannel: facebook\n" + _REPLY + "---\nDe warmtepompen van "
                                            "Domus in de Irenestraat maken inderdaad meer lawaai dan gedacht."),
    ("sterkhuis", "person-name", "review", _P + "Na 31 jaar gaat onze collega Gerda Smolders van Sterk Huis met "
                                                "pensioen. Gerda vond het helemaal niet goed dat ik dit deel, maar "
                                                "ik doe het toch."),
    ("heemstede", "role-missing", "review", _fm(channel="x", capacity="official") + "Dank voor je melding! De "
                                            "lantaarnpaal wordt deze week gerepareerd."),
    ("heemstede", "policy-status-missing-peers", "review",
     "Vraagje aan mijn netwerk van gemeenteambtenaren: wat vinden jullie van ons Wmo-beleid voor mantelzorgers?"),
    ("domus", "confidential-context", "block", "Bij de flats van Domus aan de Veldstraat zit asbest in de vloeren. "
                                               "Domus wil dit pas na de bewonersavond naar buiten brengen."),
    ("hartekamp", "confidential-context", "block", "De Duinrand van de Hartekamp Groep gaat dicht. Dat is nog niet "
                                                   "officieel naar buiten gebracht."),
    ("hartekamp", "confidential-context", "block", "Locatie De Duinrand gaat dicht. De ouders worden pas in "
                                                   "september ingelicht."),
    ("heemstede", "pseudonym-text", "block", "Plan voor de enquête over het Plein: ik maak vanavond een account "
                                             "aan als bezorgde moeder en reageer in de dorpsgroepen."),
]

PASS += [
    ("heemstede", ("phone-number",), "Iets dringends? Je vindt ons op:\n📍 Raadhuisplein 1, 2101 HA Heemstede\n"
                                     "📞 (023) 548 56 56\n✉️ gemeente@heemstede.nl"),
    ("heemstede", ("phone-number",), "⚠️ Phishing-sms in omloop. Wij vragen nooit om je pincode. Twijfel? Bel "
                                     "(023) 548 56 56."),
    ("sterkhuis", ("phone-number",), "Liever eerst bellen of mailen? Dat kan natuurlijk ook:\n📞 013 - 210 44 80 "
                                     "(op werkdagen 9-17 uur)\n✉️ pleegzorg@sterkhuis.nl"),
    ("hartekamp", ("email-address",), "Familie van een bewoner van De Kwakel? Stuur een mailtje naar "
                                      "dekwakel.team@hartekampgroep.nl, dan voegen we je toe."),
    ("domus", ("person-name", "person-on-photo"), _APPROVED + "---\nMevrouw Smeets woont al 41 jaar in haar "
                                                  "Domus-woning en kreeg deze week een nieuwe keuken."),
    ("domus", ("discussion-reply",), _APPROVED + _REPLY
     + "---\nDe warmtepompen van Domus in de Irenestraat maken inderdaad meer lawaai dan gedacht; we komen langs."),
    ("sterkhuis", ("person-name", "person-identified"),
     _P + "Na 31 jaar gaat onze collega Gerda Smolders van Sterk Huis met pensioen. Gerda vond het helemaal goed "
          "dat ik dit deel."),
    ("heemstede", ("role-missing",), _fm(channel="x", capacity="official") + "@klaasdefietser Dank voor je melding! Kapotte lantaarnpaal Herenweg/Kerklaan "
                                     "is doorgezet naar de aannemer. ^Joyce"),
    ("heemstede", ("policy-status-missing-peers",),
     "Vraagje aan mijn netwerk van gemeenteambtenaren: dat heeft niets met beleid te maken, maar hoe regelen jullie "
     "de koffie?"),
    ("hartekamp", ("confidential-context",), "De winnaar van de fotowedstrijd van de Hartekamp Groep wordt pas op de "
                                             "feestavond bekendgemaakt!"),
    ("hartekamp", ("confidential-context",), "Je wordt pas geïnformeerd over de Hartekamp Groep als je bent "
                                             "ingeschreven."),
    # negated and quoted
    ("hartekamp", ("confidential-context",), "De sluiting van De Duinrand is niet 'nog niet officieel naar buiten "
                                             "gebracht': het staat sinds maandag op de website."),
    ("heemstede", ("pseudonym-text",), "Maak een account aan als je je wilt aanmelden voor de enquête over het "
                                       "Plein."),
    ("domus", ("name-lowercase",), "Weer een tevreden klant in Maasbracht 🙌 nieuwe schutting van douglas hout, "
                                   "24 meter incl. poort."),
]

# the second half of the round, from tune13's misses
_IMG = "---\nchannel: instagram\ncapacity: personal\nimages:\n  - file: woonkamer.jpg\n    shows: [people, other]\n---\n"
FLAG += [
    ("domus", "client-image-no-consent", "block", _IMG + "vandaag de woonkamer van een huurster in de Domus-flat "
                                                  "gestuukt, zij zit rechts in de hoek haha, had niet door dat ik "
                                                  "een foto maakte 🤫"),
    ("heemstede", "confidential-context", "block", "druk in de projectkamer vandaag (niet inzoomen op het whiteboard, "
                                                   "daar staat het plan voor de Manpad-locatie op, moet nog even "
                                                   "binnen deze muren blijven 🤐)"),
    ("heemstede", "doubt-posting", "review", "hmm weet eigenlijk niet of ik dit al mag delen maar ik doe het gewoon 🙈 "
                                             "de nieuwe fietsenstalling bij station Heemstede is zo goed als af!"),
    ("hartekamp", "page-private-account", "block", "Nieuwe pagina! Ik heb vanuit mijn eigen fb-profiel een pagina "
                                                   "aangemaakt voor Woonvorm De Kwakel."),
    ("hartekamp", "moderator-stays-after-leaving", "review", "Vandaag mijn allerlaatste dienst op de Wilgenhof 😭 Ik "
                                                             "blijf gewoon lid van de besloten groep hoor!"),
    ("heemstede", "policy-status-missing-peers", "review",
     "---\nchannel: blog\n---\nVoor mijn vakgenoten: bij ons betaal je straks € 1,10 per zak restafval "
     "(diftar).\n\nWerken jullie met diftar? Hoe hoog is jullie tarief?"),
]
PASS += [
    ("domus", ("client-image-no-consent",), _IMG + "vandaag de woonkamer van een huurster in de Domus-flat gestuukt; "
                                                   "ze vond het leuk om samen op de foto te gaan 😊"),
    ("heemstede", ("confidential-context",), "Onze huisregel voor de groepsapp: wat in deze groep gedeeld wordt, "
                                             "moet binnen de groep blijven."),
    ("heemstede", ("doubt-posting",), "Ik weet niet of ik morgen kan komen, maar de fietsenstalling bij station "
                                      "Heemstede is zo goed als af!"),
    ("hartekamp", ("page-private-account",), "Nieuwe pagina voor Woonvorm De Kwakel, gekoppeld aan het "
                                             "team-e-mailadres en aangemeld bij communicatie."),
    ("hartekamp", ("moderator-stays-after-leaving",), "Vijf tips voor onze besloten groep. Wat in de groep staat, "
                                                      "blijft in de groep. En wie uit dienst gaat, haalt de beheerder "
                                                      "uit de groep."),
    ("hartekamp", ("moderator-stays-after-leaving",), "Vandaag mijn laatste werkdag. Ik blijf natuurlijk géén lid "
                                                      "van de besloten groep, dat mag ook niet."),
    ("heemstede", ("policy-status-missing-peers",),
     "---\nchannel: blog\n---\nVoor mijn vakgenoten: bij ons betaal je straks € 1,10 per zak restafval (diftar); "
     "het is een concept dat nog openstaat voor discussie.\n\nWerken jullie met diftar? Hoe hoog is jullie tarief?"),
    ("sterkhuis", ("client-identified", "person-details"),
     _P + "Joris Verhoef, mijn teamleider bij de crisisopvang van Sterk Huis: bedankt dat je altijd achter je team "
          "stond."),
]

# the third part, from holdout15's misses (read after its end score)
_OFF = _fm(channel="facebook", capacity="official")
FLAG += [
    ("domus", "credential", "block", "Het wachtwoord van de bouwkeet-wifi is #Keet2024! en hangt bij de deur."),
    ("hartekamp", "page-private-account", "block", "Het teamaccount doet het niet, dus ik plaats de berichten voor de groep "
                                                   "voorlopig gewoon vanaf mijn eigen privé Facebook."),
    ("hartekamp", "page-private-account", "block", "Onze pagina draait nu gewoon op mijn privéaccount, dat is het "
                                                   "makkelijkst."),
    ("hartekamp", "media-tip", "review", "@HaarlemsDagblad kom effe kijke bij de Hartekamp op de zorgboerderij, mot je "
                                         "echt een stukkie over schrijve!"),
    ("heemstede", "irony", "review", _OFF + "Goh, wat een verrassing dat de container weer vol is 🙄"),
    ("hartekamp", "organisation-news-personal", "review", _P + "Bij de Hartekamp Groep gaat onze dagbesteding De Werf "
                                                               "dicht per 1 april, ik mag het eindelijk vertellen."),
    ("domus", "unapproved-mention", "review", _OFF + "Vandaag de kozijnen van de Domus-woningen aan de Beekstraat "
                                                     "vervangen."),
]
PASS += [
    ("domus", ("credential",), "Tips van de ICT'er over veilig inloggen. *#cybersecurity #wachtwoorden "
                               "#woningcorporaties #2FA*"),
    ("hartekamp", ("home-address",), "Iedereen is welkom op de open middag van 14.00 tot 17.00 uur, Herenweg 95 in "
                                     "Heemstede."),
    ("hartekamp", ("page-private-account",), "Waarom teamaccounts? Als een pagina draait op het privé-account van een "
                                             "collega en die collega gaat weg, zijn we de pagina kwijt."),
    ("hartekamp", ("media-tip",), "Ik ga er zelf een stukje over schrijven op ons eigen blog; kom gerust kijken bij de "
                                  "zorgboerderij."),
    ("heemstede", ("irony",), _OFF + "Ironie werkt online gewoon niet: wat jij grappig bedoelt, leest een ander als "
                                     "spot. Dus reageren we zakelijk."),
    ("hartekamp", ("organisation-news-personal",), _P + "Een nacht bij de Hartekamp Groep. De voordeur gaat dicht en "
                                                        "de deurcode wordt actief."),
    ("domus", ("unapproved-mention",), "---\nchannel: whatsapp\ncapacity: official\n---\nBeste bewoners, morgen "
                                       "vervangen we de kozijnen van de Domus-woningen aan de Beekstraat. Vragen? Bel "
                                       "ons kantoor."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round16")


@pytest.mark.parametrize("text,span,kept", [
    ("we hebben alle delen van Harry Potter gekeken", "van Harry Potter", False),
    ("we lazen Pippi Langkous voor", "Pippi Langkous", False),
    ("we keken met Pippi de Vries naar tv", "Pippi de Vries", True),   # a person called Pippi
    ("we keken met Harry Bakker naar tv", "Harry Bakker", True),
])
def test_fictional_characters_are_no_private_persons(text, span, kept):
    s = text.index(span)
    hits = [Hit(s, s + len(span), "person", "exact")]
    assert (keep_private(text, hits) == hits) is kept


@pytest.mark.parametrize("text,leaks", [
    ('het wachtwoord van de teams-pc hangt op een briefje, "Teams#2024", handig toch', True),
    ('waarom "Teams#2024" als wachtwoord echt niet meer kan', False),
    ('het wachtwoord "Lente2025" is te makkelijk te raden', False),
    ('kies als wachtwoord geen "Lente2025"', False),
])
def test_a_judged_example_password_is_no_leak(text, leaks):
    assert bool(find_credentials(text)) is leaks


def test_a_compound_wildcard_leaves_the_word_alone():
    import regex

    from postcheck.nlp.cues.compile import _wildcard_regex
    from postcheck.nlp.cues.syntax import parse_line

    assert parse_line("**beleid").wildcard == "**beleid"
    compound, plain = regex.compile(_wildcard_regex("**beleid"), regex.I), regex.compile(_wildcard_regex("*beleid"),
                                                                                        regex.I)
    assert compound.search("ons Wmo-beleid") and compound.search("het parkeerbeleid")
    assert not compound.search("niets met beleid te maken")
    assert plain.search("niets met beleid te maken")


def test_the_vocabulary_cache_follows_the_hand_kept_words(tmp_path, monkeypatch):
    """An edit to more_dutch_words.txt changes the vocabulary's cache key (it used to load a stale one)."""
    from postcheck.nlp import inflect, wordlists

    inflect._VOCAB = None
    assert "douglas" in inflect.vocabulary(tmp_path)
    real = wordlists.words

    def fewer(name):
        return tuple(w for w in real(name) if w != "douglas") if name == "more_dutch_words" else real(name)

    monkeypatch.setattr(wordlists, "words", fewer)
    monkeypatch.setattr(wordlists, "word_set", lambda name: frozenset(fewer(name)))
    monkeypatch.setattr(inflect, "_VOCAB", None)
    inflect.vocabulary_words.cache_clear()
    try:
        assert "douglas" not in inflect.vocabulary(tmp_path)
    finally:
        inflect.vocabulary_words.cache_clear()
        monkeypatch.setattr(inflect, "_VOCAB", None)
