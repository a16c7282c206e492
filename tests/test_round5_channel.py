"""Channel and identity classes of the fifth round (issue 8), through the CLI: a message to a journalist
offering a story (media tip), the link of a closed group forwarded to outsiders, a page run from a private
account, and a second or borrowed account used to mislead.

Each class has phrasings of its own (not the dev set's words): the real thing that must be flagged, and
harmless texts in the same words (negation, quotation, a warning, the harmless sense) that must pass.
All drafts of one pack are checked in one CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

from conftest import flag_pass_tests

_X = "---\nchannel: x\ncapacity: personal\n---\n"
_GROUP = "---\nchannel: facebook\npage: Besloten groep Woongroep De Linde\n---\n"
_AUTHOR = "---\nchannel: facebook\ncapacity: personal\nauthor: Jan Vos (wijkregisseur, gemeente Heemstede)\n---\n"

# (pack, rule id that must fire, severity it must have, text)
FLAG = [
    # -- a journalist or newsroom addressed directly and offered a story --------------------------------
    ("sterkhuis", "media-tip", "review",
     _X + "@pietdejong_verslaggever ik heb een verhaal voor je over hoe het echt gaat in de jeugdzorg. dm me gerust"),
    ("sterkhuis", "media-tip", "review",
     "Beste redactie, voor jullie rubriek over werken in de zorg heb ik wel een mooi verhaal. "
     "Jullie mogen me altijd bellen."),
    ("sterkhuis", "media-tip", "review",
     "Geachte journaliste, naar aanleiding van uw stuk over pleeggezinnen: u mag mij gerust bellen, "
     "ik werk al twintig jaar in de pleegzorg."),
    ("sterkhuis", "media-tip", "review",
     "Aan de verslaggever van RTV Oost: alles wat ik vertel mag u gebruiken voor uw volgende uitzending."),
    ("sterkhuis", "media-tip", "review",
     _X + "hee @sanne_journaliste jij schrijft toch over pleegzorg? stuur me ff een pb, dan vertel ik je alles"),
    ("sterkhuis", "media-tip", "review",
     "Vorige week las ik een artikel in de krant over de wachtlijsten.\n\n"
     "Ik heb de journalist een berichtje gestuurd: ik heb een primeur voor je, mail me maar."),
    # -- the link or invitation of a closed group passed on to outsiders --------------------------------
    ("hartekamp", "closed-group-link", "block",
     _GROUP + "Deel de link van onze groep gerust met je vrienden en buren, dan kunnen zij ook meekijken."),
    ("hartekamp", "closed-group-link", "block",
     _GROUP + "ff tip: die uitnodigingslink mag je gewoon doorsturen naar je collega's 👍"),
    ("hartekamp", "closed-group-link", "block",
     _GROUP + "Stuur de uitnodiging van deze pagina maar door aan je kennissen, hoe meer hoe beter."),
    ("hartekamp", "closed-group-link", "block",
     _GROUP + "Ken je iemand die het leuk vindt, een vriendin of een oud-collega? Je kunt ze zelf toevoegen."),
    ("hartekamp", "closed-group-link", "block",
     _GROUP + "Iedereen mag zichzelf gewoon aanmelden, ook je buren zijn welkom!"),
    ("hartekamp", "closed-group-link", "block",
     _GROUP + "Beste ouders, wilt u de groepslink ook rondsturen in uw vriendengroep? Dan zien meer mensen de foto's."),
    # -- a page run from or linked to a private account ----------------------------------------------------
    ("hartekamp", "page-private-account", "block",
     "De groep van de dagbesteding hangt nu aan mijn privé Facebookaccount, dat was makkelijker."),
    ("hartekamp", "page-private-account", "block",
     "Ik heb de pagina van het logeerhuis gekoppeld aan mijn eigen mailadres, het teamadres werkte nog niet."),
    # -- a second, borrowed or fake account, or posing as someone else -----------------------------------
    ("heemstede", "pseudonym-text", "block",
     "Via het account van mijn moeder heb ik even gereageerd op die klagers over het parkeerplan."),
    ("heemstede", "pseudonym-text", "block",
     "ik heb er een extra accountje bij gemaakt zodat ik vrijuit kan zeggen wat ik van de bomenkap vind"),
    ("heemstede", "pseudonym-text", "block",
     "Onder de naam van mijn partner heb ik op Facebook uitgelegd waarom de nieuwe rotonde goed is."),
    ("heemstede", "pseudonym-text", "block",
     "Ik doe me in die buurtgroep gewoon voor als bezorgde buurtbewoner, dat werkt beter."),
    ("heemstede", "pseudonym-text", "block",
     "Met mijn anonieme profiel reageer ik wel op de kritiek op het afvalbeleid."),
    ("heemstede", "pseudonym-account", "block",
     "---\npage: \"@oma_van_heemstede (mijn tweede account)\"\n---\nDe nieuwe speeltuin is prachtig!"),
    ("heemstede", "misleading-identity", "block",
     _AUTHOR + "Als gewone vader uit de Merlenbuurt vind ik het nieuwe parkeerbeleid echt een verbetering."),
]

# (pack, rule ids that must not fire at review or block, text)
PASS = [
    ("sterkhuis", ("media-tip",),
     "Ik zou een journalist nooit een DM sturen over mijn werk, dat loopt via PR en communicatie."),
    ("sterkhuis", ("media-tip",),
     "Een journalist schreef onder mijn bericht: \"stuur me ff een DM, ik wil het gebruiken voor mijn artikel\". "
     "Ik heb hem naar PR en communicatie verwezen."),
    ("sterkhuis", ("media-tip",),
     "Word je benaderd door een journalist of een redactie? Geef het door aan PR en communicatie."),
    ("sterkhuis", ("media-tip",), "Mooi artikel in de Tubantia over pleegzorg, echt een aanrader om te lezen."),
    ("sterkhuis", ("media-tip",), "Stuur me ff een DM als je zaterdag mee wilt fietsen, jullie mogen me ook bellen."),
    ("hartekamp", ("closed-group-link", "closed-group-invite"),
     _GROUP + "Stuur de link van deze groep nooit door naar vrienden of buren: alleen de beheerders voegen leden toe."),
    ("hartekamp", ("closed-group-link", "closed-group-invite"),
     _GROUP + "Deel de link van de open dag gerust met je buren, iedereen is welkom op zaterdag!"),
    ("hartekamp", ("closed-group-link", "closed-group-invite"),
     _GROUP + "Een moeder vroeg: \"mag ik de link doorsturen naar mijn buurvrouw?\" Nee, dat kan helaas niet."),
    ("hartekamp", ("closed-group-link", "closed-group-invite"),
     _GROUP + "Welkom aan de nieuwe ouders van Tim, fijn dat jullie erbij zijn."),
    ("hartekamp", ("page-private-account",), "Ik beheer de pagina nooit vanaf mijn privéaccount."),
    ("heemstede", ("pseudonym-text", "pseudonym-account", "misleading-identity"),
     "Let op: er is een nepaccount actief dat zich voordoet als de gemeente. Reageer er niet op."),
    ("heemstede", ("pseudonym-text", "pseudonym-account", "misleading-identity"),
     "Ik zou nooit via het account van mijn moeder reageren op een discussie over mijn werk."),
    ("heemstede", ("pseudonym-text", "pseudonym-account", "misleading-identity"),
     "Mijn moeder heeft een tweede account aangemaakt voor haar breiclub, zo leuk!"),
    ("heemstede", ("pseudonym-text", "pseudonym-account", "misleading-identity"),
     _AUTHOR + "Als wijkregisseur bij de gemeente en als vader uit de Merlenbuurt ben ik blij met de nieuwe speeltuin."),
]


results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round5ch")
