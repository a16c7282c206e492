"""Channel and account classes of the sixth round (issue 8), through the CLI: an official post from a private
profile (front matter), closed-group content copied outside the group, a closed group passed on to
outsiders, a civil servant refuting facts about a municipal matter from a private account, a civil servant
posing as an uninvolved resident, and a copied work (a poem) of another person.

Each class has phrasings of its own (not the dev set's words): the real thing that must be flagged, and
harmless texts in the same words (negation, advice about the rule, a report, the harmless sense) that must
pass. All drafts of one pack are checked in one CLI run (module fixture), then each case asserts on its own
file.
"""
from __future__ import annotations

from conftest import flag_pass_tests


def _fm(**keys: str) -> str:
    """Front matter with the given keys (values written as YAML strings)."""
    body = "".join(f'{k}: "{v}"\n' for k, v in keys.items())
    return f"---\n{body}---\n"


_CIVIL = "Jan Vos (wijkregisseur, gemeente Heemstede)"
_QUOTE = '"Lieve ouders, vandaag hebben we met z\'n allen pannenkoeken gebakken en daarna buiten gevoetbald. ' \
         'Morgen gaan we met de bus naar het bos, vergeet de regenlaarzen niet!"'

# (pack, rule id that must fire, severity it must have, text)
FLAG = [
    # -- an official post placed from a private profile (the page in the front matter says so) -----------------
    ("hartekamp", "private-page-official", "review",
     _fm(channel="facebook", capacity="official", page="Facebook, privéprofiel van Joyce")
     + "Beste ouders, de kerstmarkt op De Brink is verplaatst naar vrijdag 18 december."),
    ("sterkhuis", "private-page-official", "review",
     _fm(channel="instagram", capacity="official", page="mijn eigen Instagram")
     + "Sterk Huis zoekt pleegouders in de regio! Kom naar de informatieavond op 12 maart."),
    ("domus", "private-page-official", "review",
     _fm(channel="linkedin", capacity="official", page="LinkedIn (persoonlijk profiel Erik)")
     + "Maandag starten wij met de renovatie van 24 woningen aan de Kerkstraat."),
    ("heemstede", "private-page-official", "review",
     _fm(channel="x", capacity="official", page="privé-account @annekevd")
     + "Maandag is de Binnenweg afgesloten voor auto's. Groet, Anneke, communicatieadviseur gemeente Heemstede"),
    ("hartekamp", "private-page-official", "review",
     _fm(channel="instagram", capacity="official", page="Persoonlijk account Sandra (Instagram)")
     + "vanaf volgende week weer gewoon zwemmen op dinsdag 🏊"),
    ("sterkhuis", "private-page-official", "review",
     _fm(channel="facebook", capacity="official", page="Facebook privé")
     + "Bedankt aan alle vrijwilligers van de sponsorloop, samen haalden we 2.000 euro op!"),
    # -- content of a closed group copied or shown outside it -------------------------------------------------
    ("hartekamp", "closed-page-sharing", "block",
     "Dit stond vanochtend in onze besloten oudergroep en dat wil ik jullie niet onthouden:\n\n" + _QUOTE),
    ("hartekamp", "closed-page-sharing", "block",
     "haha dit kwam gister voorbij in de besloten fb groep van de woning, moest ik echt even met jullie delen 😂"),
    ("hartekamp", "closed-page-sharing", "block",
     "Onderstaand bericht werd deze week geplaatst in de besloten Facebookgroep van de woonvorm van mijn broer. "
     "Graag deel ik het met mijn netwerk, omdat het zo mooi laat zien wat goede zorg is.\n\n" + _QUOTE),
    ("hartekamp", "closed-page-copied", "block",
     "# Een jaar verder\n\nSinds mijn zus op de woongroep woont, zijn we lid van de besloten groep voor de "
     "familie. Daar zet het team foto's en verslagjes neer, en dat helpt mij enorm om me minder zorgen te maken "
     "over hoe het met haar gaat als ik er niet ben. Ik lees het elke avond voor het slapengaan.\n\n"
     "Dit is wat de begeleiding er gisteren neerzette (ik heb het even overgenomen, ik vond het zo mooi):\n\n"
     "> " + _QUOTE),
    ("hartekamp", "closed-page-sharing", "block",
     "kijk wat er in de beslote groep stond, heb t ff gekopieert want dit is zo lief #familie"),
    ("hartekamp", "closed-page-sharing", "block",
     "Uit de besloten app van de woongroep, ik plak het hier even voor wie het gemist heeft:\n\n" + _QUOTE),
    # review since the twenty-seventh round: Sterk Huis's policy names no closed page (see rules/sterkhuis.yaml)
    ("sterkhuis", "closed-page-sharing", "review",
     "Kijk wat er vanochtend in onze besloten pleegoudergroep werd gezegd, ik heb er een screenshot van gemaakt."),
    ("sterkhuis", "closed-page-copied", "block",
     "In de besloten app van de pleegouders ging het gisteren los. Dit is wat een moeder er schreef, "
     "ik heb het even overgenomen."),
    # -- a closed group passed on to outsiders -----------------------------------------------------------------
    ("hartekamp", "closed-group-link", "block",
     "deel onze groep maar met je buren en kennissen hoor, gezellig!"),
    ("hartekamp", "closed-group-link", "block",
     "Vrienden, oud-collega's, iedereen: deel deze besloten groep gerust, dan zien jullie ook de foto's."),
    ("hartekamp", "closed-group-link", "block",
     "Wat een fijne plek is dit. Delen jullie deze groep ook met je vriendinnen? Hoe meer zielen hoe meer vreugd."),
    ("hartekamp", "closed-page-member", "block",
     "Ik heb mijn buurvrouw net een uitnodiging voor de groep gestuurd, die vindt het ook zo leuk."),
    ("hartekamp", "closed-page-member", "block",
     "heb m'n vriendin en haar moeder ook de link van de groep gestuurd hoor 👍"),
    ("hartekamp", "closed-page-member", "block",
     "Mijn collega's hebben nu ook een uitnodiging voor onze besloten app gekregen, dan kunnen ze meekijken."),
    # -- a civil servant refutes facts about a municipal matter from a private account ---------------------------
    ("heemstede", "private-account-rebuttal", "review",
     _fm(channel="facebook", capacity="personal")
     + "Klopt niet hoor. De gemeente kapt geen 40 bomen in het Wandelbos, het gaat om 6 zieke essen."),
    ("heemstede", "private-account-rebuttal", "review",
     _fm(channel="facebook", capacity="personal")
     + "Even rechtzetten: de parkeervergunning wordt niet duurder, het tarief blijft 60 euro. "
       "Lees het raadsbesluit er maar op na."),
    ("heemstede", "private-account-rebuttal", "review",
     _fm(channel="linkedin", capacity="personal")
     + "Dat is onjuist. Het bestemmingsplan staat aan het Raadhuisplein geen hoogbouw toe; "
       "de stukken liggen gewoon ter inzage."),
    ("heemstede", "private-account-rebuttal", "review",
     _fm(channel="facebook", capacity="personal")
     + "nee dat is echt niet waar, de bibliotheek gaat niet dicht en de wethouder heeft dat ook nooit gezegd"),
    ("heemstede", "private-account-rebuttal", "review",
     _fm(channel="x", capacity="personal")
     + "Fake news 🙄 de afvalstoffenheffing stijgt volgend jaar met 3 procent, niet met 30. Staat in de begroting."),
    ("heemstede", "private-account-rebuttal", "review",
     _fm(channel="facebook", capacity="personal")
     + "Onzin. Er komt geen azc aan de Lanckhorstlaan, de omgevingsvergunning gaat over 12 starterswoningen."),
    # -- a civil servant who poses as an uninvolved resident --------------------------------------------------
    ("heemstede", "misleading-identity", "block",
     _fm(author=_CIVIL) + "Ik heb zelf niks met de gemeente te maken hoor, maar dat parkeerplan is prima."),
    ("heemstede", "misleading-identity", "block",
     _fm(author=_CIVIL) + "ben gewoon een kritische inwoner, maar die nieuwe rotonde is echt een verbetering"),
    ("heemstede", "misleading-identity", "block",
     _fm(author=_CIVIL) + "Als doodnormale Heemstedenaar zeg ik: geef dat plan voor de Binnenweg een kans."),
    ("heemstede", "misleading-identity", "block",
     _fm(author=_CIVIL) + "Ik sta totaal los van de gemeente, maar ik vind de nieuwe bibliotheek prachtig."),
    ("heemstede", "misleading-identity", "block",
     _fm(author=_CIVIL) + "Werk zelf echt niet bij de gemeente of zo, maar die woningbouwplannen zijn goed."),
    ("heemstede", "misleading-identity", "block",
     _fm(author=_CIVIL) + "Gewoon een bezorgde buurtbewoner hier: die nieuwe fietsstraat is veiliger, echt waar."),
    # -- a work of another person (a poem, a text) copied without the owner's consent (Sterk Huis) -------------
    ("sterkhuis", "copied-material", "review",
     "Deze tekst van een andere pleegmoeder raakte me zo, ik heb hem even overgetypt:\n\n"
     "\"Je kwam met niets en bleef met alles.\""),
    ("sterkhuis", "copied-material", "review",
     "Dit verhaal van een pleegvader heb ik gekopieerd uit de nieuwsbrief, lees het echt even!"),
    ("sterkhuis", "copied-material", "review",
     "Onderstaande column uit het pleegoudermagazine heb ik letterlijk overgenomen, omdat hij zo waar is."),
    ("sterkhuis", "copied-material", "review",
     "het gedicht van een andere pleegmama heb ik ff overgetikt hieronder 💔 #pleegzorg"),
]

# (pack, rule ids that must not fire, text)
PASS = [
    # private profile, but a personal post; or an official page; or a closed group called private
    ("hartekamp", ("private-page-official",),
     _fm(channel="facebook", capacity="personal", page="Privéprofiel Joyce") + "Wat een mooie dag aan zee!"),
    ("sterkhuis", ("private-page-official",),
     _fm(channel="facebook", capacity="official", page="Sterk Huis (officiële pagina)")
     + "Sterk Huis zoekt pleegouders in de regio!"),
    ("hartekamp", ("private-page-official",),
     _fm(channel="facebook", capacity="official", page="Besloten groep De Linde (privé groep)")
     + "Beste ouders, de kerstmarkt is verplaatst naar vrijdag."),
    # closed group: advice, warnings, negation, reports, sharing inside the group, the verb "besluiten"
    ("hartekamp", ("closed-page-sharing",),
     "Wat in de besloten groep staat, blijft daar. Deel het dus niet met je vrienden."),
    ("hartekamp", ("closed-page-sharing",),
     "Alles wat je in een besloten groep zet, kan met één klik worden doorgestuurd of gedeeld. Denk daar aan."),
    ("hartekamp", ("closed-page-sharing",),
     "Ik zou nooit iets uit de besloten groep met mijn vrienden delen."),
    ("hartekamp", ("closed-page-sharing",),
     "Een screenshot is zo gemaakt, ook in een besloten groep. Zet er dus niets in wat niet op straat mag liggen."),
    ("hartekamp", ("closed-page-sharing",),
     "Wat in de besloten app staat, kan zomaar worden doorgestuurd naar mensen die je niet kent."),
    ("hartekamp", ("closed-page-sharing",),
     "Mijn zus vertelde dat iemand een bericht uit de besloten groep had gedeeld op Facebook."),
    ("hartekamp", ("closed-page-sharing",),
     "In de besloten groep delen we elke dag foto's van de activiteiten met de familie."),
    ("hartekamp", ("closed-page-sharing",),
     "We hebben besloten dit even met jullie te delen: de kerstmarkt gaat door!"),
    ("hartekamp", ("closed-page-sharing",),
     "Deel zelf nooit berichten, reacties of foto's uit de besloten groep op je eigen Instagram."),
    # a closed group and outsiders: a public post, negation, invitations that are not to the group
    ("hartekamp", ("closed-group-link", "closed-page-member", "closed-group-invite"),
     "Deel dit bericht gerust met je vrienden en buren: zaterdag is de open dag, iedereen is welkom!"),
    ("hartekamp", ("closed-group-link", "closed-page-member", "closed-group-invite"),
     "Deel deze groep niet met vrienden of buren, hij is alleen voor bewoners en hun familie."),
    ("hartekamp", ("closed-group-link", "closed-page-member", "closed-group-invite"),
     "Ik heb mijn buurvrouw een uitnodiging gestuurd voor de open dag van de dagbesteding."),
    ("hartekamp", ("closed-group-link", "closed-page-member", "closed-group-invite"),
     "Ik heb mijn vriendin nooit de link van de groep gestuurd, dat mag alleen de beheerder."),
    # refuting facts: not a municipal matter, official with role, approval recorded, a report
    ("heemstede", ("private-account-rebuttal",),
     _fm(channel="facebook", capacity="personal") + "Dat klopt niet, de bakker op de Binnenweg is maandag gewoon open."),
    ("heemstede", ("private-account-rebuttal",),
     _fm(channel="facebook", capacity="official")
     + "Dat klopt niet: de gemeente kapt 6 bomen. Groet, Sanne, communicatieadviseur gemeente Heemstede"),
    ("heemstede", ("private-account-rebuttal",),
     "---\nchannel: facebook\ncapacity: personal\napproval:\n  by: afdeling Communicatie\n  ref: COM-12\n---\n"
     "Dat klopt niet: de gemeente kapt 6 bomen in het Wandelbos, niet 40."),
    ("heemstede", ("private-account-rebuttal",),
     _fm(channel="facebook", capacity="personal")
     + "Mijn buurman zei dat het niet klopt dat de gemeente de bomen kapt."),
    # posing as a resident: the role is told, or no author who works at the municipality
    ("heemstede", ("misleading-identity", "identity-denied"),
     _fm(author=_CIVIL) + "Ik werk zelf bij de gemeente, maar dit zeg ik als gewone inwoner: mooie schooltuin!"),
    ("heemstede", ("misleading-identity", "identity-denied"),
     "Ik heb zelf niks met de gemeente te maken, maar de nieuwe bankjes in het park zijn mooi."),
    # a work with a maker from a closed group (Sterk Huis): the owner's consent decides (copyright), not the group
    ("sterkhuis", ("closed-page-sharing", "closed-page-copied"),
     "Dit lied werd gedeeld in de besloten app van de pleegouders, geschreven door een pleegvader. "
     "Ik heb het even overgetypt."),
    # copied work: with consent, own work, the other sense of "overgenomen"
    ("sterkhuis", ("copied-material",),
     "Deze tekst van een andere pleegmoeder deel ik met haar toestemming, ik heb hem even overgetypt."),
    ("sterkhuis", ("copied-material",),
     "Dit gedicht heb ik zelf geschreven voor mijn pleegdochter."),
    ("sterkhuis", ("copied-material",),
     "Het verhaal is overgenomen door de afdeling PR en komt volgende week in de nieuwsbrief van Sterk Huis."),
]


results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "round6ch")
