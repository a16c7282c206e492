"""Sixth round (issue 8), confidential information signalled by context, through the CLI.

Three concepts, each with phrasings of its own (not the dev set's words) that must be flagged, and
harmless texts in the same words (negation, reporting of public news, warnings, the other sense)
that must pass:
* a decision of a college, MT, board or directie told before it is announced ("het persbericht komt
  pas ...", "officieel mag ik het nog niet zeggen", "hoorde net van de wethouder dat ...");
* the bids, differences and scores of the parties in a tender;
* a client of the writer described without a name (an age, "bij ons op de groep") with case details.
All drafts of one pack are checked in one CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

# (pack, rule id that must fire, text)
FLAG = [
    # -- decisions not yet announced --
    ("heemstede", "confidential-plan",
     "Het college heeft gisteren besloten de bibliotheek aan de Binnenweg te sluiten; het persbericht gaat pas "
     "morgen de deur uit."),
    ("heemstede", "confidential-plan",
     "hoorde net van de wethouder dat de sporthal verkocht wordt aan een projectontwikkelaar, zeg nog ff niks"),
    ("sterkhuis", "confidential-plan",
     "Officieel mag ik het nog niet zeggen, maar de raad van bestuur heeft gekozen voor een fusie met Jeugdformaat."),
    ("domus", "confidential-plan",
     "## Een drukke week\n\nVeel gedaan deze week, drie badkamers en een dak.\n\nVooruitlopend op de officiële "
     "bekendmaking kan ik alvast verklappen dat het MT heeft besloten tot een huurverhoging van 5%."),
    ("hartekamp", "confidential-plan",
     "de directie heeft het besluit genomen dat locatie de wilg dicht gaat, persbericht volgt pas over twee weken "
     "#nietdoorvertellen"),
    ("heemstede", "confidential-plan",
     "Ik zag het raadsvoorstel al langskomen op m'n werk: de gemeente gaat de kinderboerderij sluiten."),
    ("domus", "confidential-plan",
     "Officieel weet ik van niks, maar de sloop van de Parkflat is gisteren in het MT besloten."),
    ("heemstede", "confidential-plan",
     "Het besluit over de bezuiniging op het jongerenwerk ligt er al, alleen de raadsinformatiebrief is nog niet "
     "verstuurd. Dus ja, het gaat gebeuren."),
    # -- internal meeting content, and who has not been told yet --
    ("hartekamp", "confidential-plan",
     "net uit de teamvergadering: de dagbesteding in Epe stopt per 1 juni, de deelnemers horen het pas volgende week"),
    ("sterkhuis", "confidential-plan",
     "In het MT is gisteren besproken dat de crisisgroep wordt opgeheven. Staat nog niet in de nieuwsbrief hoor."),
    ("heemstede", "confidential-plan",
     "Tijdens de collegevergadering van dinsdag is gesproken over het afstoten van het Oude Slot; de raad wordt pas "
     "in maart geïnformeerd."),
    ("domus", "confidential-plan",
     "Vanmiddag in het directieoverleg: de huurverhoging wordt 6,5%. Huurders krijgen de brief pas in mei."),
    ("sterkhuis", "confidential-plan",
     "uit de hei-sessie van het mt: ze willen 3 locaties afstoten, de medewerkers weten het nog niet"),
    # -- bids, differences and scores in a tender --
    ("heemstede", "tender-bids",
     "Mooi traject afgerond: de gunning van het leerlingenvervoer is rond. De winnende partij kwam uit op € 2,3 mln, "
     "de andere partijen zaten er een stuk boven."),
    ("domus", "tender-bids", "tender schilderwerk binnen!! de concurrent bood 61 duizend, wij zaten lager 💪"),
    ("sterkhuis", "tender-bids",
     "Wat een ontknoping bij de aanbesteding jeugdhulp: het verschil met de nummer twee was maar 0,4 procent."),
    ("hartekamp", "tender-bids",
     "Over de aanbesteding van het vervoer: de andere inschrijvers zaten allemaal boven de 800.000 euro."),
    ("domus", "tender-bids",
     "Bij de aanbesteding onderhoud Maasveld scoorde Bouwbedrijf Lemmen 62 punten op kwaliteit, wij 78."),
    ("heemstede", "tender-bids",
     "#aanbesteding straatwerk Centrum gegund aan Stratenmakers BV, die met 12% verschil de goedkoopste waren."),
    ("domus", "tender-bids", "aanbesteding binnen 😎 de nummer twee zat op 310k, wij een stuk lager"),
    # -- a client described without a name, with case details --
    ("sterkhuis", "person-details",
     "Vandaag kwam er een jongen van 13 bij ons binnen, uit huis geplaatst omdat het thuis niet meer ging."),
    ("sterkhuis", "person-details",
     "nieuwe op de leefgroep, meisje van 16, zwanger en dakloos geweest. wat een leven al"),
    ("sterkhuis", "person-details",
     "Deze week verwelkomden wij in ons gezinshuis een jongen van 9 wiens vader gedetineerd is."),
    ("hartekamp", "person-details",
     "Een vrouw van 52 op onze woongroep is vorige week opgenomen in de kliniek na een psychose."),
    ("sterkhuis", "person-details", "Vannacht een meisje van 15 binnengekregen, mishandeld door haar stiefvader."),
    ("sterkhuis", "person-details",
     "knul van 15 op de groep weer weggelopen vannacht, politie erbij, ik ben er klaar mee"),
    ("sterkhuis", "person-details",
     "Het meisje van 14 dat we sinds vorige week opvangen op de crisisgroep zit vast voor een overval."),
    # secrecy the writer asks for ("onder ons") next to a sensitive subject, and news that reaches the people later
    ("domus", "confidential-plan", "Onder ons hè, maar ik hoorde dat de flats aan de Brugstraat gesloopt worden."),
    ("domus", "confidential-plan", "onder ons: de buurtwinkel in het complex gaat dicht per 1 maart"),
    ("sterkhuis", "confidential-plan", "Tussen ons gezegd, de locatie in Deventer wordt gesloten. Ssst!"),
    ("heemstede", "confidential-plan", "Onder ons dan: het college heeft besloten de bibliotheek te sluiten."),
    ("domus", "confidential-plan", "De flats worden gesloopt, maar dat wordt pas na de zomer aan de bewoners verteld."),
    ("hartekamp", "confidential-plan", "We vertellen het de ouders pas in september, maar de woonvorm gaat dicht."),
    ("domus", "confidential-plan", "Onder ons: hun onderhoudsbudget gaat volgend jaar met een kwart omlaag."),
]
PASS = [
    # decisions: public news reported, negation, a warning, a public meeting
    ("heemstede", ["confidential-plan"],
     "Het college maakte vandaag bekend dat het zwembad per 1 september dichtgaat; lees het persbericht op de site."),
    ("heemstede", ["confidential-plan"],
     "Ik zou nooit een besluit van het college delen voordat het persbericht de deur uit is."),
    ("sterkhuis", ["confidential-plan"],
     "Let op: deel geen besluiten van het MT voordat ze officieel bekendgemaakt zijn."),
    ("heemstede", ["confidential-plan"],
     "Ik hoorde van de wethouder op de informatieavond dat de sporthal wordt verkocht; het verslag staat online."),
    ("heemstede", ["confidential-plan"],
     "Het college heeft gisteren besloten het zwembad open te houden, zo staat in het persbericht van vanochtend."),
    ("domus", ["confidential-plan"],
     "Het persbericht over onze nieuwe huurdersvereniging komt pas na de zomer, we zijn nog aan het schrijven!"),
    ("sterkhuis", ["confidential-plan"], "Ik weet het nog niet, misschien gaan we verhuizen naar Zwolle."),
    ("sterkhuis", ["confidential-plan"],
     "Mooi overleg vanochtend met het MT over onze plannen voor de zomer, binnenkort meer!"),
    ("heemstede", ["confidential-plan"],
     "De notulen van de raadsvergadering staan online: de sporthal wordt verkocht aan de gemeente Bloemendaal."),
    ("hartekamp", ["confidential-plan"], "ssst, de kleine slaapt eindelijk, doe de deur maar dicht 😴"),
    # tenders: no amounts, published results, negation, the harmless sense of amounts
    ("heemstede", ["tender-bids"],
     "De aanbesteding voor het groenonderhoud is gegund; het bedrag staat in de raadsinformatiebrief."),
    ("heemstede", ["tender-bids"],
     "De uitslag is openbaar gemaakt op TenderNed: de winnaar kwam uit op € 1,3 miljoen."),
    ("domus", ["tender-bids"],
     "De schade aan de sporthal kwam uit op € 40.000, hoger dan verwacht. Gelukkig verzekerd."),
    ("domus", ["tender-bids"],
     "Kom naar onze open dag: 10% korting op alle kozijnen, scherper dan de concurrent!"),
    ("hartekamp", ["tender-bids"],
     "Ik zou nooit noemen wat de andere inschrijvers boden bij een aanbesteding."),
    ("domus", ["tender-bids"], "k zat er twee weken op, maar de aanbesteding voor de kozijnen is binnen!"),
    # care: own child, statistics, a public appeal, never-write, the group without anyone described
    ("sterkhuis", ["person-details", "client-identified"],
     "Mijn dochter van 15 is vandaag voor het eerst alleen met de trein naar oma, zo trots."),
    ("sterkhuis", ["person-details", "client-identified"],
     "Landelijk raakt een op de twintig meisjes van 15 verslaafd aan vapen, zegt het onderzoek."),
    ("sterkhuis", ["person-details", "client-identified"],
     "Een jongen van 15 uit Zutphen is vermist; de politie vraagt iedereen uit te kijken."),
    ("sterkhuis", ["person-details", "client-identified"],
     "Op de groep was het vandaag rustig; we hebben met z'n allen pannenkoeken gebakken."),
    ("sterkhuis", ["person-details", "client-identified"],
     "Schrijf nooit dat het meisje van 15 op de groep verslaafd is, ook niet zonder naam."),
    # "onder ons" about something harmless, negated, or the news already told
    ("domus", ["confidential-plan", "confidential-context"],
     "Onder ons gezegd, die oliebollen van de kerstmarkt waren echt niks."),
    ("sterkhuis", ["confidential-plan", "confidential-context"], "Onder ons: ik ben best trots op ons team vandaag."),
    ("domus", ["confidential-plan"],
     "De sloop van de flats is vorige maand op de bewonersavond verteld; onder ons, ik vind het zonde."),
    ("heemstede", ["confidential-plan"],
     "Het besluit over het zwembad wordt pas na de zomer genomen, dan hoort u meer."),
    ("domus", ["confidential-plan"], "Ons budget voor de kerstborrel is dit jaar lager, dus geen oliebollen."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "conf6")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[:40]}" for p, r, t in FLAG])
def test_the_real_thing_is_flagged(results, i):
    pack, rule, text = FLAG[i]
    assert rule in rule_ids(results[i], acted_on=True), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[:40]}" for p, _, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
