"""Channel, news, approval and identity classes of the seventh round, through the CLI: a moderator change not
reported to Communicatie, a leaving employee who stays moderator, a new page greeted in its first post, posting
despite one's own doubt, a second profile or an alias that hides who writes, a reply under a post on the
organisation's own page, organisation news (a closure, a signed agreement) and statement language from a
personal account, an opinion piece sent to a newspaper (and a work device for the organisation's page), and a
municipal approach put to peers on a blog on a professional network without its status.

Each class has phrasings of its own (not the dev set's words): the real thing that must be flagged, and harmless
texts in the same words (negation, advice about the rule, a report, the harmless sense) that must pass. All
drafts of one pack are checked in one CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

from conftest import flag_pass_tests


def _fm(**keys: str) -> str:
    """Front matter with the given keys (values written as YAML strings)."""
    body = "".join(f'{k}: "{v}"\n' for k, v in keys.items())
    return f"---\n{body}---\n"


_PERSONAL = _fm(channel="facebook", capacity="personal")
_LINKEDIN = _fm(channel="linkedin", capacity="personal")

# (pack, rule id that must fire, severity it must have, text)
FLAG = [
    # -- a moderator change, told as not (yet) reported to Communicatie ----------------------------------------
    ("hartekamp", "moderator-change-unreported", "review",
     "Welkom aan Bram, onze nieuwe beheerder! Communicatie weet nog van niks, maar dat regel ik later wel."),
    ("hartekamp", "moderator-change-unreported", "review",
     "ik heb het beheer van de groep overgedragen aan mijn collega Femke. nog niet doorgegeven aan communicatie hoor"),
    ("hartekamp", "moderator-change-unreported", "review",
     "Marieke is vanaf nu ook beheerder. Eerst maar gewoon beginnen, het mailtje naar communicatie komt nog."),
    # -- a leaving employee who stays moderator ------------------------------------------------------------------
    ("hartekamp", "moderator-stays-after-leaving", "review",
     "Mijn laatste dienst zit erop! Ik blijf wel beheerder van de groep, dus jullie zijn nog niet van me af 😄"),
    ("hartekamp", "moderator-stays-after-leaving", "review",
     "Per 1 maart ga ik aan de slag bij een andere werkgever. In de app blijf ik gewoon als beheerder, makkelijk."),
    # -- a new page greeted in its first post ---------------------------------------------------------------------
    ("hartekamp", "new-page", "review", "welkom in onze nieuwe groep!! hier komen voortaan de foto's van de soos"),
    ("sterkhuis", "new-account", "review",
     "Welkom op onze gloednieuwe pagina van gezinshuis De Eik van Sterk Huis! Hier delen we onze uitjes."),
    # -- posting despite one's own doubt ---------------------------------------------------------------------------
    ("heemstede", "doubt-posting", "review",
     "Weet niet zeker of ik dit mag zeggen, maar het besluit van de gemeente over de markt is echt onhandig."),
    ("heemstede", "doubt-posting", "review",
     "Ik twijfelde of ik dit wel moest delen. Als ambtenaar vind ik de bomenkap aan de Herenweg gewoon zonde."),
    ("sterkhuis", "doubt-posting", "review",
     "geen idee of ik dit mag posten maar als pleegzorgmedewerker bij Sterk Huis schrik ik van de wachtlijsten"),
    # -- a second profile or an alias that hides who writes ----------------------------------------------------------
    ("heemstede", "pseudonym-text", "block",
     "Ik heb er speciaal een extra profiel voor gemaakt, zodat niemand doorheeft dat ik bij de gemeente werk."),
    ("heemstede", "pseudonym-text", "block",
     "Niet onder mijn eigen naam natuurlijk, maar dat nieuwe parkeerplan is echt prima doordacht."),
    ("sterkhuis", "pseudonym-text", "block",
     "Ik reageer hier vanaf mijn tweede account, maar ik kan je zeggen dat Sterk Huis het goed doet."),
    ("sterkhuis", "pseudonym-account", "block",
     _fm(channel="facebook", capacity="personal", page="Bezorgde oma (anoniem account)")
     + "Ik hoor alleen goede dingen over de pleegzorg van Sterk Huis, laat die mensen toch met rust."),
    # -- a reply under a post on the organisation's own page ---------------------------------------------------------
    ("sterkhuis", "own-page-reply", "review",
     _fm(channel="facebook", capacity="personal", reply_to="https://www.facebook.com/SterkHuis/posts/55")
     + "Mevrouw, u heeft het echt verkeerd begrepen, vraag eerst eens na hoe het zit."),
    # -- a civil servant who names the work, replying to criticism ------------------------------------------------
    ("heemstede", "criticism-reply", "review",
     _fm(channel="facebook", capacity="personal", reply_to="https://www.facebook.com/groups/heemstedenu/posts/1")
     + "Ik werk zelf bij Burgerzaken en we doen echt ons best, dus kom eerst maar eens kijken."),
    # -- organisation news and statement language from a personal account --------------------------------------------
    ("hartekamp", "organisation-news-personal", "review",
     _LINKEDIN + "Na de zomer gaat de dagbesteding van de Hartekamp Groep in Velsen dicht. Ik ga het missen!"),
    ("hartekamp", "organisation-news-personal", "review",
     _LINKEDIN + "De bewoners van De Linde verhuizen in het najaar naar de nieuwbouw, de Hartekamp Groep "
     "bouwt daar 24 appartementen."),
    ("heemstede", "organisation-news-personal", "review",
     _LINKEDIN + "Vandaag hebben we het convenant met de woningcorporaties ondertekend, mooie stap voor gemeente "
     "Heemstede!"),
    ("sterkhuis", "official-statement-personal", "review",
     _PERSONAL + "Naar aanleiding van de ophef op Facebook: Sterk Huis betreurt wat er is gebeurd en neemt de "
     "zorgen van de ouders serieus."),
    # -- an opinion piece sent to a newspaper ---------------------------------------------------------------------
    ("hartekamp", "media-tip", "review",
     "Vanavond mail ik dit stuk naar de krant, over hoe het personeelstekort bij de Hartekamp Groep onze "
     "bewoners raakt."),
    # -- a municipal approach put to peers on a blog without its status ----------------------------------------------
    ("heemstede", "policy-status-missing-network", "review",
     _fm(channel="blog", capacity="personal", page="Ambtenaar 2.0 community")
     + "In Heemstede pakken we eenzaamheid voortaan anders aan: een budget per wijk.\n\nHoe doen jullie dat?"),
    # ... and asked as people type it, without a question mark
    ("heemstede", "policy-status-missing-network", "review",
     _fm(channel="blog", capacity="personal", page="LinkedIn-groep Sociaal Domein")
     + "ons nieuwe minimabeleid geeft elk kind een sportpas\n\nwelke aanpak werkt bij jullie het best"),
    ("heemstede", "policy-status-missing", "review",
     _LINKEDIN + "Het nieuwe parkeerbeleid van gemeente Heemstede gaat uit van betaald parkeren in het centrum, "
     "wie denkt er mee"),
    # the writer made or uses the second profile, told in a relative clause or after an adverb
    ("heemstede", "pseudonym-text", "block",
     "Via een nepprofiel dat ik speciaal heb aangemaakt zeg ik eindelijk wat ik van de wethouder vind."),
    ("heemstede", "pseudonym-text", "block",
     "daarom heb ik gisteren een anoniem account gemaakt, dan kan ik vrij reageren op het bestemmingsplan"),
]

# (pack, rule ids that must not fire, text)
PASS = [
    # a moderator change that was reported, or "niet doorgegeven" about something else
    ("hartekamp", ("moderator-change-unreported",),
     "Welkom aan Bram, onze nieuwe beheerder! Zijn naam en mailadres heb ik al naar communicatie gestuurd."),
    ("hartekamp", ("moderator-change-unreported",),
     "De nieuwe planning is nog niet doorgegeven aan de ouders, dat komt later wel."),
    ("hartekamp", ("moderator-change-unreported",),
     "Tip voor beheerders: een nieuwe beheerder geef je altijd door aan communicatie, nooit later."),
    # staying moderator without leaving; leaving and handing over; negation
    ("hartekamp", ("moderator-stays-after-leaving",),
     "Ik blijf gewoon beheerder van de groep, ook nu ik op maandag vrij ben."),
    ("hartekamp", ("moderator-stays-after-leaving",),
     "Vandaag mijn laatste werkdag. Ik blijf natuurlijk niet als beheerder in de groep, Petra neemt het over."),
    # welcome that is not a new page
    ("hartekamp", ("new-page",), "Welkom in onze groep, nieuwe ouders van Tim! Fijn dat jullie erbij zijn."),
    # doubt: negation, advice, doubt about something else, no work link
    ("heemstede", ("doubt-posting",),
     "Ik twijfel geen moment of ik dit moet delen: de gemeente opent zaterdag het nieuwe zwembad!"),
    ("heemstede", ("doubt-posting",),
     "Twijfel je of je iets mag posten over de gemeente? Plaats het dan niet en vraag Communicatie."),
    ("heemstede", ("doubt-posting",), "Ik twijfelde of ik dit moest delen, maar hier is mijn verhaal over de marathon."),
    ("sterkhuis", ("doubt-posting",), "Ik twijfelde of ik de blauwe of de rode jas moest kopen voor de vakantie."),
    # pseudonym: a warning about a fake account, a renamed thing, writing under one's own name
    ("heemstede", ("pseudonym-text",), "Let op: er is een nepaccount van de gemeente actief, reageer er niet op."),
    ("sterkhuis", ("pseudonym-text",), "Het gezinshuis gaat na de verhuizing verder onder een andere naam."),
    ("heemstede", ("pseudonym-text",), "Ik schrijf dit gewoon onder mijn eigen naam, als inwoner en als ambtenaar."),
    # a reply under someone else's post; an official reply
    ("sterkhuis", ("own-page-reply",),
     _fm(channel="facebook", capacity="personal", reply_to="https://www.facebook.com/groups/zwollezegt/posts/9")
     + "Wat een mooie foto van de IJssel!"),
    ("sterkhuis", ("own-page-reply",),
     _fm(channel="facebook", capacity="official", reply_to="https://www.facebook.com/SterkHuis/posts/55")
     + "Dank voor uw bericht, we nemen contact met u op."),
    # news words in the harmless sense
    ("hartekamp", ("organisation-news-personal",),
     _LINKEDIN + "Om 17 uur gaan de deuren van de bibliotheek dicht, dus ik werk thuis verder. Groet uit de "
     "Hartekamp Groep!"),
    ("heemstede", ("organisation-news-personal",),
     _LINKEDIN + "Wij gaan samen wandelen in de Heemsteedse Dreef. Wie gaat er mee?"),
    # an opinion piece read, not sent
    ("hartekamp", ("media-tip",), "Mooi stuk in de krant vandaag over de zorg, dat moet iedereen lezen."),
    # a work device used for the organisation's own page
    ("hartekamp", ("work-device-private",),
     "Met de werktelefoon een foto gemaakt voor onze locatiepagina. Op mijn eigen insta zet ik nooit werkfoto's."),
    # policy-status: not a policy, or its status told
    ("heemstede", ("policy-status-missing", "policy-status-missing-network"),
     _fm(channel="blog", capacity="personal", page="Ambtenaar 2.0 community")
     + "Onze nieuwe aanpak van eenzaamheid is een concept en staat nog open voor discussie.\n\nHoe doen jullie dat?"),
    # (9) is about professional networks: the same question on the writer's own blog is not in its scope
    ("heemstede", ("policy-status-missing", "policy-status-missing-network"),
     _fm(channel="blog", capacity="personal")
     + "In Heemstede pakken we eenzaamheid voortaan anders aan: een budget per wijk.\n\nHoe doen jullie dat?"),
    # a question word without the readers ("hoe dan ook") is no question put to them
    ("heemstede", ("policy-status-missing-network",),
     _fm(channel="blog", capacity="personal", page="LinkedIn-groep Sociaal Domein")
     + "Ons nieuwe minimabeleid geeft elk kind een sportpas. Hoe dan ook een mooie stap voor Heemstede."),
    # someone else made the second account
    ("heemstede", ("pseudonym-text",), "Mijn dochter heeft een extra profiel aangemaakt voor haar hockeyteam."),
    ("heemstede", ("pseudonym-text",), "Mijn buurman gebruikt een tweede account dat hij voor zijn werk heeft."),
]


results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round7ch")
