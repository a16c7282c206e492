"""Twenty-fifth round (issue 8); phrasings of our own, not the dev set's.

Part 1, as mechanisms read in tune25's misses (holdout25 was committed first and is not read):

- a password changed, the new one opening the next sentence ("... is gewijzigd omdat Sanne weg is. Nieuw:
  Linde#2026zomer": `secrets/later.py`);
- rumours from inside and "nothing official yet" ("er wordt gefluisterd dat ...", "nog niks officieel") with a
  sensitive subject;
- a page begun with words between ("een tiktok voor de dagbesteding beginnen"), the separable "aanmaken" ("ik maak de
  pagina morgen wel even aan"), and a manager who "weet er nog niks van";
- an outsider put in the closed group by someone ("kan iemand hem erin zetten?"), or sent the link by the writer;
- an image looked up on the internet ("een plaatje bij gezocht op Pinterest");
- "wij" choosing or judging with an adverb between ("kiezen wij er juist bewust voor", "wij vinden dat") is speaking
  for the organisation;
- contradicting a complaint ("dat herken ik niet", "het is echt niet zo dat") is answering criticism;
- a civil servant saying they do not work for the municipality misleads;
- authors cited with a year ("... en collega's (2009)") or in a sources paragraph are no private persons;
- "Windkracht 9" is no address; "bel naar de zaak" marks a business number.

Part 2, from a policy sentence no rule read yet (Sterk Huis: "Onderbouw je mening, vermeld je bron, zorg dat de
feiten kloppen"): `sterkhuis.unsourced-claim`, a figure about a group stated as fact with no source in the post.

Part 3, from tune26's misses (holdout26 committed first and not read):

- a story that opens as a fairy tale ("Er was eens ...") or says it is "helemaal verzonnen" lifts names;
- the writer's own signature line with her role ("*Ingrid Smit, leerplichtambtenaar*") is no resident with details
  (`identify`, through `public.writer_signs`);
- "bel de gemeente op (023) ..." and "bestellen kan via ..." are lines of a body or a shop;
- "overnamen" is the verb ("de bakkerij die we overnamen"), not a takeover;
- "sorry hoor, maar dat klopt gewoon niet" answers criticism; a colleague "die per 1 juni stopt" is leaving.

Part 4, in-sample: general mechanisms among holdout26's false blocks, read after its end score:

- clients addressed in the salutation ("Lieve bewoners, familie en vrijwilligers,") do not make the next sentence's
  first name a client (`identify/named.named_in_group`);
- an address after an "Adres:" label in the paragraph of a business number or e-mail is the firm's own
  (`contacts/venue._same_block`).
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm

FLAG = [
    ("hartekamp", "credential", "block", "Het wachtwoord van de teampagina is gewijzigd omdat Sanne weg is. Nieuw: "
                                         "Linde#2026zomer, niet rondsturen."),
    ("domus", "credential", "block", "ww van het planbord gereset. nu Planbord!77 voor iedereen"),
    ("sterkhuis", "confidential-plan", "block", "Er wordt gefluisterd dat de afdeling na de fusie twee teams "
                                                "kwijtraakt."),
    ("heemstede", "confidential-plan", "block", "De bezuiniging op het zwembad gaat door, nog niks officieel hoor."),
    ("hartekamp", "new-page", "review", "Wij gaan een tiktok voor de dagbesteding beginnen, leuk toch?"),
    ("hartekamp", "new-page", "review", "Ik maak de pagina morgen wel even aan, dan kunnen we de foto's delen."),
    ("hartekamp", "new-page-refused", "block", "We zijn een instagram begonnen voor de dagbesteding! De "
                                               "locatiemanager weet er nog niks van 🙈"),
    ("hartekamp", "closed-group-invite", "review", "Mijn buurman wil ook graag in onze groep van de woning. Kan "
                                                   "iemand hem erin zetten?"),
    ("hartekamp", "closed-group-invite", "review", "Mijn kennis wil de groep van de woning ook volgen, ik app hem "
                                                   "straks wel even de link."),
    ("sterkhuis", "copied-material", "review", "Ik heb er een plaatje bij gezocht op Pinterest, zo mooi!"),
    ("sterkhuis", "disclaimer-missing", "review", _fm(capacity="personal") + "Bij Sterk Huis kiezen wij er juist "
                                                  "bewust voor om eerst naar het kind te luisteren."),
    ("sterkhuis", "criticism-reply-text", "review", _fm(capacity="personal") + "@ouder_zwolle dat herken ik niet, "
                                                    "bij Sterk Huis bellen we altijd binnen een dag terug."),
    ("heemstede", "pseudonym-text", "block", _fm(capacity="personal") + "Ik werk zelf niet bij de gemeente hoor, "
                                             "maar die nieuwe parkeervergunning is prima geregeld."),
    ("sterkhuis", "person-name", "review", "Sanne Verhoeven (2009) logeert dit weekend bij ons in het pleeggezin."),
    ("domus", "phone-number", "block", "Bel mijn buurvrouw privé op 0475 - 12 34 56, niet naar de zaak."),
]

PASS = [
    ("hartekamp", ["credential"], "Het wachtwoord van de teampagina is gewijzigd. Nieuwe regels: minstens twaalf "
                                  "tekens."),
    ("hartekamp", ["credential"], "Wachtwoord gewijzigd. Nu werkt alles weer, dank je IT!"),
    ("sterkhuis", ["confidential-plan"], "Er wordt gefluisterd dat de kerstborrel weer in de kantine is."),
    ("sterkhuis", ["confidential-plan"], "Ik zou nooit doorvertellen wat er gefluisterd wordt over de fusie."),
    ("heemstede", ["confidential-plan"], "Over het besloten deel van de vergadering mag ik (uiteraard 🤐) niks "
                                         "zeggen."),
    ("hartekamp", ["confidential-plan"], "Het best bewaarde geheim 🤫 is onze kringloopwinkel: alles wordt verkocht "
                                         "door de deelnemers."),
    ("hartekamp", ["new-page", "new-page-refused"], "Ik zou nooit zelf een insta beginnen voor de woning."),
    ("hartekamp", ["new-page"], "Ik maak het account van mijn moeder wel even aan bij de bibliotheek."),
    ("hartekamp", ["closed-group-invite"], "Mijn zus wil de foto's zien, ik stuur haar zelf wel even de link naar "
                                           "het album op de website."),
    ("sterkhuis", ["copied-material"], "Ik heb het adres op Google gezocht en zelf een foto van de voordeur "
                                       "gemaakt."),
    ("sterkhuis", ["disclaimer-missing"], _fm(capacity="personal") + "Bij Sterk Huis kiezen wij er juist bewust voor "
                                          "om eerst te luisteren. Dit schrijf ik op persoonlijke titel."),
    ("sterkhuis", ["criticism-reply-text"], _fm(capacity="personal") + "Het is niet zo dat ik Sterk Huis niet "
                                            "waardeer, maar de vergoeding mag omhoog. Op persoonlijke titel."),
    ("heemstede", ["pseudonym-text"], _fm(capacity="personal") + "Mijn buurman zei: \"ik werk niet bij de gemeente\", "
                                      "maar hij is er gewoon wethouder."),
    ("sterkhuis", ["person-name"], "Een meta-analyse van Bakermans en collega's (2003) laat zien dat pleegkinderen "
                                   "vaak veilig gehecht raken."),
    ("sterkhuis", ["person-name"], "Wat helpt bij hechting? Voorspelbaarheid.\n\nBronnen: Verhoeven, P. (2019). "
                                   "Hechting in pleeggezinnen. Amsterdam: Boom."),
    ("domus", ["home-address"], "Windkracht 9 voorspeld, check je dakgoot en losse pannen!"),
    ("domus", ["phone-number"], "Gebroken ruit? Bel of app gerust naar de zaak: 0475 - 12 34 56."),
]


# Part 2, from the Sterk Huis policy sentence no rule read yet ("Onderbouw je mening, vermeld je bron, zorg dat de
# feiten kloppen"): a figure about a group stated as fact, with no source anywhere in the post.
FLAG2 = [
    ("sterkhuis", "unsourced-claim", "review", "Feit: 6 op de 10 gezinshuisouders stopt binnen vijf jaar. Daar moet "
                                               "de minister iets aan doen!"),
    ("sterkhuis", "unsourced-claim", "review", "wist je dat meer dan de helft van alle jongeren in de jeugdzorg geen "
                                               "diploma haalt?? schandalig"),
    ("sterkhuis", "unsourced-claim", "review", "Negen van de tien pleegouders voelt zich niet gehoord door de "
                                               "gemeente."),
]
PASS2 = [
    ("sterkhuis", ["unsourced-claim"], "Volgens onderzoek van het NJi stopt 6 op de 10 gezinshuisouders binnen vijf "
                                       "jaar."),
    ("sterkhuis", ["unsourced-claim"], "Meer dan de helft van alle jongeren haalt geen diploma, las ik op "
                                       "https://www.nji.nl/cijfers."),
    ("sterkhuis", ["unsourced-claim"], "Hoeveel procent van de pleegkinderen gaat later studeren? Weet iemand dat?"),
    ("sterkhuis", ["unsourced-claim"], "Ik zou nooit zeggen dat de helft van alle pleegouders stopt."),
    ("sterkhuis", ["unsourced-claim"], "Het is echt niet zo dat de helft van alle pleeggezinnen na twee jaar stopt."),
    ("sterkhuis", ["unsourced-claim"], "Mijn oom zei: \"negen van de tien pleegouders voelt zich niet gehoord\". Ik "
                                       "denk daar anders over."),
    ("sterkhuis", ["unsourced-claim"], "Vandaag 50% korting op alle taarten in mijn bakkerij!"),
]

FLAG3 = [
    ("domus", "client-identified", "block", "Niet verzonnen, echt gebeurd: mevrouw Jansen van nummer 3 belt elke dag "
                                            "over de lekkage."),
    ("heemstede", "person-details", "block", "Gisteren sprak ik Ingrid Smit, leerplichtambtenaar, over haar zoon die "
                                             "al weken thuiszit.\n\nGroet, Piet"),
    ("heemstede", "phone-number", "block", "Bel de buurvrouw op (023) 548 12 34, ik ben er vandaag niet."),
    ("sterkhuis", "phone-number", "block", "Bestellen kan via mijn zus, bel haar privé op 0488 - 441 203."),
    ("sterkhuis", "criticism-reply-text", "review", _fm(capacity="personal") + "@marja_b sorry hoor, maar dat klopt "
                                                    "echt niet: bij Sterk Huis word je altijd teruggebeld."),
    ("hartekamp", "moderator-stays-after-leaving", "review", "Onze collega die eind juni vertrekt, blijft gewoon "
                                                             "beheerder van de familiegroep."),
]
PASS3 = [
    ("domus", ["client-identified", "person-name"], "Er was eens een kabouter die bij mevrouw Boterbloem van nummer "
                                                    "3 woonde. Elke nacht repareerde hij haar lekkende kraan."),
    ("heemstede", ["person-details", "client-identified"], "Verlof buiten de schoolvakanties mag alleen met "
                                                           "toestemming van de directeur.\n\n*Ingrid Smit, "
                                                           "leerplichtambtenaar*"),
    ("heemstede", ["phone-number"], "Ik leg het graag uit. Twijfel je? Bel dan de gemeente op (023) 548 56 00."),
    ("sterkhuis", ["phone-number"], "Nieuw spelt-zuurdesem! Bestellen kan via 0488 - 441 203, tot zaterdag!"),
    ("sterkhuis", ["organisation-news"], "Sinds we de zaak van de oude bakker overnamen, sta ik om half vijf op. Als "
                                         "pleeggezin bij Sterk Huis leer je geduld. Op persoonlijke titel."),
    ("sterkhuis", ["criticism-reply-text"], _fm(capacity="personal") + "Ik hoor vaak dat Sterk Huis nooit terugbelt. "
                                            "Dat klopt niet met mijn ervaring, maar dit schrijf ik op persoonlijke "
                                            "titel."),
    ("hartekamp", ["moderator-stays-after-leaving"], "Per 1 juni stopt de bus niet meer bij de Linde. Ik blijf "
                                                     "beheerder van onze groep."),
]

FLAG4 = [
    ("hartekamp", "client-identified", "block", "Onze bewoners hadden een mooie dag aan zee. Gerrit wilde niet meer "
                                                "naar huis."),
    ("domus", "home-address", "block", "Adres: Kerkstraat 5, 6045 JG Roermond. Daar woont mijn oma, zij bakt de "
                                       "taart. Bel 0475-32 18 40 of mail naar info@vankesselbouw.nl."),
]
PASS4 = [
    ("hartekamp", ["client-identified"], "Lieve bewoners, familie en vrijwilligers,\n\nVanavond draaide Ilse haar "
                                         "laatste avonddienst bij ons. We gaan haar missen!"),
    ("domus", ["home-address"], "Open huis in onze werkplaats!\n\nAdres: Industrieweg 14, 6045 JG Roermond. Vragen? "
                                "Bel 0475-32 18 40 of mail naar info@vankesselbouw.nl."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG + FLAG2 + FLAG3 + FLAG4,
                                                                                 PASS + PASS2 + PASS3 + PASS4, "r25")
