"""Twenty-third round (issue 8); phrasings of our own, not the dev set's.

Part 1, as mechanisms read in tune20's misses (holdout22 was committed first and is not read):

- a story that says it is made up lifts Domus `client-identified` and Heemstede's child rules (`fictie`);
- a date of birth more than 115 years back is no living person's (`personal_data/dob.py`);
- a capital letter after another letter label ("trap C dan B.") or a part of a building labels it: no initial
  (`names/detector._letter_label`); trade words as firm-name endings ("Hekwerk Rutten", `organisation_suffixes`);
- a leak told in the writer's words: "heb je niet van mij", "staat 'geheim' op, maar" (`geheim-signaal.txt`);
- anything landing on someone's head is a threat ("krijgt ie een baksteen op z'n kop", `dreiging-gevolg.txt`);
- a pet's account is a borrowed account (`schuilnaam.txt`);
- consent for an image in the writer's words ("met zijn toestemming", "de toestemming is vastgelegd in zijn
  dossier": Hartekamp `client-image-text`); a negated "zonder toestemming" ("nooit ... zonder dat ze toestemming
  geven") is no missing consent; "zijn voogd heeft nee gezegd" is;
- the writer adds outsiders to a closed group himself ("dan zet ik je er meteen in": `closed-group-link`);
- a body known by its initials told to be called ("Bel DUO op 050 ...") and "u kunt ons bereiken via" are
  business lines;
- condescending put-downs are irony ("misschien even je bril poetsen"); waste collection words are municipal;
- "Heb je ...? Maak er een print screen van" is a reminder to the reader (`corrective_imperatives.txt`);
- "nieuwe groep" alone is a course, not a page; "dit is mijn blog" is no personal-capacity statement;
- Domus: a reply pointing a tenant to Domus is no news item nor part of a discussion; a claim that a supplier is
  going under is harmful information (`partner-finances`);
- Sterk Huis: the family of a client with a care, addiction or court matter (`client-family-details`);
- a child's age whose parenthesis says it is made up ("Bram (7, verzonnen)") names no child
  (`personal_data/child_age.own_child_before`).
"""
from __future__ import annotations

from conftest import flag_pass_tests, front_matter as _fm

_REPLY = "reply_to: https://www.facebook.com/bouwbedrijfpeeters/posts/1\n"
_IMAGES = "images:\n  - file: keuken.jpg\n    shows: [people]\n"

FLAG = [
    ("domus", "client-identified", "block", "De bewoner van nummer 9 belde over zijn schuldsanering, de flat is "
                                            "van Domus."),
    ("heemstede", "child-name", "block", "Sanne (8) van de Jan van Goyenstraat speelt elke dag in het park."),
    ("heemstede", "identity-number", "block", "Mijn collega Mark de Vries, geboren op 12 maart 1984, is onze nieuwe "
                                              "wijkregisseur."),
    ("domus", "person-name", "review", "Bij de flat van Domus sprak ik mevrouw B. Jansen van trap C."),
    ("heemstede", "confidential-context", "block", "Morgen om zes uur halen we de auto's van het terrein weg, heb "
                                                   "je niet van mij."),
    ("heemstede", "confidential-context", "block", "Op de stukken over de verkoop staat geheim, maar vooruit: het "
                                                   "gaat om twee miljoen."),
    ("domus", "tone-threat-conditional", "block", "als die gast van 2 hoog nog 1x tegen de steiger schopt krijgt ie "
                                                  "een steen tegen z'n kop"),
    ("heemstede", "pseudonym-text", "block", "Ik reageer hier via het account van mijn hond, dan weet niemand dat "
                                             "het van de gemeente komt."),
    ("hartekamp", "client-image-text", "review", "Op de foto: een bewoner met zijn nieuwe rolstoel, wat een blije "
                                                 "man."),
    ("sterkhuis", "client-image-no-consent", "block",
     "---\n" + _IMAGES + "---\nZijn voogd heeft nee gezegd, maar kijk dan hoe groot hij is geworden."),
    ("hartekamp", "closed-group-link", "block", "Buren en vrienden zijn ook welkom in de besloten groep van de "
                                                "Linde: app mij, dan zet ik je er gewoon in."),
    ("hartekamp", "closed-group-invite", "review", "In de besloten groep van de Linde komen de foto's. Ook vrienden "
                                                   "van de bewoners zijn daar van harte welkom."),
    ("heemstede", "phone-number", "block", "Bel JAN op 06-12345678 als je wilt helpen."),
    ("heemstede", "irony-personal", "review", "Je kliko is dinsdag gewoon geleegd hoor. Misschien even je bril "
                                              "poetsen 😉"),
    ("sterkhuis", "new-account", "review", "Nieuwe facebookgroep voor de pleegouders van Sterk Huis, meld je aan!"),
    ("domus", "disclaimer-missing", "review", _fm(capacity="personal", channel="blog")
     + "Dit is mijn blog voor school. Deze week metselde ik bij een project van Domus de voorgevel."),
    ("domus", "discussion-reply", "review",
     "---\n" + _REPLY + "---\nWij doen wat Domus ons opdraagt, daar kunt u het beste terecht bij de huurders"
                        "vereniging. Klachten moet u bij hen neerleggen."),
    ("domus", "partner-finances", "block", "De firma waar we de kozijnen bestellen gaat failliet, dus reken maar op "
                                           "vertraging."),
    ("sterkhuis", "client-family-details", "block", "De ouders van ons pleegkind zitten allebei in de afkickkliniek, "
                                                    "dus de kerst vieren we met z'n vieren."),
    ("sterkhuis", "child-identified", "block", "Bram (7) gooide gisteren bij ons pleeggezin zijn bord op de grond."),
]

PASS = [
    ("domus", ["client-identified"], "Een kort verhaal voor de schrijfcursus. De bewoner van nummer 9 keek "
                                     "boos naar de steiger van Domus."),
    ("heemstede", ["child-name", "child-identified"], "# De speeltuin (kort verhaal)\n\nAlles erin is verzonnen. "
                                                      "Sanne (8) rende naar de schommel bij het gemeentehuis."),
    ("heemstede", ["identity-number"], "Uit het archief: bakker Jansen, geboren op 3 mei 1868, vroeg de gemeente "
                                       "om een nieuwe oven."),
    ("domus", ["person-name"], "Bij de flats van Domus: eerst trap A dan B. Mop en emmers staan in de bus."),
    ("domus", ["person-name"], "Groeten, Jan Peeters\nTegelwerk Peeters Venlo, bouwt voor Domus aan de flats"),
    # reported: a neighbour said it
    ("heemstede", ["confidential-context"], "Mijn buurman zei altijd 'dat heb je niet van mij' als hij roddelde over "
                                            "de straat."),
    ("domus", ["tone-threat-conditional", "tone-threat"], "Gisteren kreeg een collega een dakpan op zijn hoofd, "
                                                          "gelukkig had hij een helm op."),
    ("heemstede", ["pseudonym-text"], "Mijn hond heeft een eigen Instagram, daar zet ik foto's van onze wandelingen "
                                      "op."),
    ("hartekamp", ["client-image-text"], "Op de foto: een bewoner met zijn nieuwe rolstoel. De toestemming is "
                                         "vastgelegd in zijn dossier."),
    ("hartekamp", ["client-image-text"], "Op de foto een bewoner met zijn nieuwe rolstoel, geplaatst met zijn "
                                         "toestemming."),
    ("domus", ["client-image-no-consent"],
     "---\n" + _IMAGES + "---\nWe fotograferen nooit bewoners zonder dat ze daar toestemming voor geven; deze keer "
                         "gaf mevrouw graag toestemming."),
    ("hartekamp", ["closed-group-link", "closed-group-invite"], "Wil je in de besloten groep van de Linde? De "
                                                                "beheerder zet je erin als je familie bent."),
    ("heemstede", ["phone-number"], "Vragen over je studieschuld? Bel DUO op 050 599 9800, zij weten hoe het zit."),
    ("domus", ["phone-number"], "Vragen over de planning? U kunt ons bereiken via 077 465 12 90. Wij werken voor "
                                "Domus aan de flats."),
    ("heemstede", ["private-account-official", "policy-status-missing"],
     "Heb je namens de gemeente een reactie geplaatst? Maak er dan een print screen van en sla die op."),
    ("sterkhuis", ["new-account"], "Nieuwe groep 'Positief Opvoeden' van Sterk Huis start dinsdag, zes avonden."),
    ("domus", ["disclaimer-missing"], _fm(capacity="personal", channel="blog")
     + "Dit is mijn eigen blog. Deze week metselde ik bij een project van Domus de voorgevel."),
    ("domus", ["discussion-reply", "unapproved-mention"],
     _fm(capacity="official", channel="facebook") .replace("---\ncapacity", "---\n" + _REPLY + "capacity")
     + "Over uw huur kunnen wij niets zeggen. Daarvoor kunt u het beste terecht bij Woningstichting Domus zelf."),
    ("domus", ["partner-finances"], "Wij gingen in 2013 bijna failliet; nu bestellen we bij drie leveranciers."),
    ("domus", ["partner-finances"], "Het is onzin dat onze leverancier failliet gaat: de levertijd is gewoon lang."),
    ("sterkhuis", ["client-family-details"], "Veel ouders van pleegkinderen hebben een verslaving. Lees hoe wij "
                                             "helpen."),
    ("sterkhuis", ["client-family-details"], "De moeder van ons pleegkind komt elke week op bezoek, dat gaat goed."),
    ("sterkhuis", ["child-identified"], "Stel je voor: Bram (7, verzonnen) gooit zijn bord op de grond. Wat doe je "
                                        "als pleegouder?"),
]



def test_a_birth_date_over_a_century_back_is_no_living_persons():
    from postcheck.nlp.personal_data import dob
    from postcheck.nlp.personal_data.common import Allow

    def found(text):
        out: list = []
        dob.find(text, Allow(), out)
        return [text[h.start:h.end] for h in out]
    assert found("Jansen is geboren op 3 mei 1968 in Haarlem.") == ["3 mei 1968"]
    assert found("Jansen was geboren op 3 mei 1868 in Haarlem.") == []
    assert found("geb. 12-03-1908") == []
    assert found("geb. 12-03-1998") == ["12-03-1998"]
    assert found("geboren op 3 mei") == ["3 mei"]


def test_an_embedded_image_is_a_photo(tmp_path):
    """An image's "!" reads as a camera in the prose view (offsets and lines kept), so its alt text is a photo's
    caption to the rules: a foster sibling in it is an image of a client; a link or a landscape is not."""
    from conftest import check_text
    from postcheck.drafts.frontmatter import parse_front_matter
    from postcheck.drafts.markup import prose_view
    from postcheck.drafts.read import parse_draft

    source = "Zomer!\n\n![mijn pleegzusje op het strand](img/strand.jpg)\n\nZie [de site](https://x.nl)."
    draft = parse_draft("blog.md", source.encode("utf-8"))
    view = prose_view(draft, parse_front_matter(draft.source, draft.path))
    assert len(view) == len(source) and view.count("\n") == source.count("\n")
    assert "📷" in view and "mijn pleegzusje op het strand" in view and view.count("📷") == 1
    flagged = check_text(tmp_path, "sterkhuis", "# Zomer\n\nWat een week.\n\n![mijn pleegzusje op het strand]"
                                                "(img/strand.jpg)\n", name="zomer.md")
    assert "sterkhuis.client-image-text" in flagged[2]
    fine = check_text(tmp_path, "sterkhuis", "# Zomer\n\nWat een week.\n\n![de duinen bij Zoutelande](img/duin.jpg)"
                                             "\n\nLees ook [mijn pleegzusje schreef erover](https://x.nl).\n",
                      name="duin.md")
    assert "sterkhuis.client-image-text" not in fine[2]


# Part 2, from tune21 and tune22 (scored once as they came, then worked against) and tune20's rest:
# an answer to criticism told in the text (`criticism-reply-text`), insults in replies, the threat of regret
# ("zal hij wensen dat hij nooit ..."), with its condition in the sentence before; a page made and run from one's
# own account told over two sentences; not knowing whether an admin change was reported; the addressee's number.
FLAG2 = [
    ("sterkhuis", "criticism-reply-text", "review", "Jammer om te lezen dat je zo over ons denkt. Bij ons wordt echt "
                                                    "goed voor de kinderen gezorgd."),
    ("heemstede", "criticism-reply-text", "review", "Ik snap je frustratie over de kapotte bank, maar we doen wat we "
                                                    "kunnen met het onderhoud."),
    ("hartekamp", "tone-abuse", "block", "wat een slijmbal is die nieuwe teamleider van de Hartekamp zeg"),
    ("hartekamp", "tone-threat-conditional", "block", "Als die begeleider nog één keer zo tegen mijn moeder praat, "
                                                      "kom ik langs. Dan zal hij wensen dat hij nooit was "
                                                      "begonnen."),
    ("hartekamp", "page-private-account", "block", "Ik heb zelf een insta-pagina voor de dagbesteding gemaakt. "
                                                   "Gewoon via m'n eigen account, dat gaat sneller."),
    ("hartekamp", "moderator-change-unreported", "review", "Welkom Ruud, onze nieuwe beheerder van de groep! Moeten "
                                                           "we dit nog ergens melden eigenlijk?"),
    ("heemstede", "media-tip", "review", "@HDHeemstede klopt, de brug gaat maandag dicht. Bel me ff voor details."),
    ("sterkhuis", "phone-number", "block", "@Sem ik bel je al de hele dag, je nummer 06-23456789 gaat steeds op "
                                           "voicemail. Groet, Sterk Huis"),
]

PASS2 = [
    ("sterkhuis", ["criticism-reply-text"], "Jammer om te lezen dat de zomer voorbij is. Morgen weer naar school!"),
    ("sterkhuis", ["criticism-reply-text"], _fm(capacity="personal") + "Ik snap je frustratie, zei mijn trainer "
                                            "gisteren, toen mijn fiets voor de derde keer lek was."),
    ("heemstede", ["criticism-reply-text"], "Hoe reageer je op kritiek? Vandaag een training gevolgd, heel "
                                            "leerzaam."),
    ("hartekamp", ["tone-threat-conditional"], "Als je dit boek leest, zul je wensen dat je nooit bent gestopt met "
                                               "lezen."),
    ("hartekamp", ["page-private-account"], "Ik heb een nieuwe fb-pagina aangevraagd bij communicatie. Die komt op "
                                            "het team-e-mailadres, niet op mijn eigen account."),
    ("hartekamp", ["moderator-change-unreported"], "Welkom Ruud, onze nieuwe beheerder! Het is doorgegeven aan "
                                                   "communicatie."),
    ("sterkhuis", ["phone-number"], "Vragen over de vacature? Bel ons op 088 900 1000, je nummer blijft bij ons."),
]


# Part 3, read in holdout22's misses after its end score (spent, in-sample): "acc" as a login keyword, insults, a
# logo or page named in the sentence before, photos fetched from a closed group, admins added via private
# addresses, going ahead before the manager's yes, an election call, dialect negators ("neet namens Domus").
FLAG3 = [
    ("heemstede", "credential", "block", "kiosk hangt weer. acc beheer01 / Gmt!Kiosk2025 werkt niet, iemand een "
                                         "idee?"),
    ("sterkhuis", "tone-abuse", "block", "nog nooit een nacht gewerkt en dan hier lopen blaten, zielig mannetje ben "
                                         "je"),
    ("hartekamp", "house-style-logo", "block", "Nieuw logo voor de tuinploeg van de Hartekamp! Het oude hartje was "
                                               "saai, dus we hebben er zelf een getekend."),
    ("hartekamp", "closed-page-sharing", "block", "In de besloten groep van De Linde stonden mooie foto's. Ik heb ze "
                                                  "even hierheen gehaald voor de familie."),
    ("hartekamp", "page-private-account", "block", "Wie wil er mede-beheerder worden van onze tuinpagina? Stuur me je "
                                                   "privé mailadres, dan zet ik je erbij als admin."),
    ("hartekamp", "new-page-refused", "block", "De nieuwe facebookpagina van de dagbesteding is live! De manager weet "
                                               "van niks, maar dat komt wel."),
    ("heemstede", "political-stance-personal", "review",
     _fm(capacity="personal") + "Onthoud bij de volgende verkiezingen maar goed wie er tegen het vuurwerkverbod was."),
]

PASS3 = [
    ("heemstede", ["credential"], "Je account en wachtwoord deel je nooit, ook niet met de helpdesk."),
    ("domus", ["official-statement-personal"], "Drie maanden gewerkt aan de daken van Domus, alles droog! (Dit zet "
                                               "ik hier op persoonlijke titel, neet namens de zaak en neet namens "
                                               "Domus.)"),
    ("hartekamp", ["closed-page-sharing"], "Ik heb niks uit de besloten groep hierheen gehaald, dit zijn mijn eigen "
                                           "foto's van de tuin."),
    ("hartekamp", ["house-style-logo"], "Ons logo komt uit het Handboek Huisstijl. Zelf tekenen mag niet, dus dat "
                                        "doen we ook niet."),
    ("heemstede", ["political-stance-personal"], _fm(capacity="personal") + "Bij de volgende verkiezingen kun je "
                                                 "stemmen in het raadhuis; neem je ID mee."),
]

results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG + FLAG2 + FLAG3,
                                                                                 PASS + PASS2 + PASS3, "r23")
