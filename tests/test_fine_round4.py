"""What is fine must pass (issue 8, fourth round, failure class 4), through the CLI: the organisation's
own contact data, photo words that are no photo, a question that is a condition, advice to treat
something confidentially, policy mentioned in passing.

Each class has phrasings of its own (not the dev set's words): harmless texts in the same words that
must pass, and the real thing that must still be flagged. All drafts of one pack are checked in one
CLI run (module fixture), then each case asserts on its own file.
"""
from __future__ import annotations

import pytest

from conftest import check_batch, rule_ids

_LI = "---\nchannel: linkedin\ncapacity: personal\n---\n"

# (pack, rule id that must fire, text)
FLAG = [
    # -- a private number, also near words of the organisation --------------------------------
    ("domus", "phone-number",
     "Bel onze huurder mevrouw Jansen gerust op 06-12345678, zij vertelt graag over haar keuken."),
    ("domus", "phone-number",
     "Via onze servicedesk kregen we het nummer van de buurman, 06-34567890, die belt u terug."),
    ("domus", "phone-number", "Groetjes,\nSanne de Vries\n06-12345678"),
    ("domus", "phone-number", "ons kantoor is dicht, maar bel Kees gerust thuis op 06-23456789"),
    ("heemstede", "email-address", "Vragen over de wijkschouw? Mail mijn collega via p.dekker@heemstede.nl."),
    # -- a client photo that is really shared ----------------------------------------------------
    ("sterkhuis", "client-image-text", "Kijk die blije koppies! Ons pleegkind op de foto met Sinterklaas 🎅"),
    ("sterkhuis", "client-image-text",
     "Ik heb ons pleegkind gefilmd bij zijn eerste zwemdiploma, zie het filmpje hieronder!"),
    ("hartekamp", "client-image-text", "hierbij een paar foto's van de bewoners bij het kampvuur 🔥"),
    ("hartekamp", "client-image-text", "Zie foto: onze cliënten op de boerderij, wat een lol"),
    ("hartekamp", "client-image-text", "Vandaag een filmpje gemaakt van de bewoners tijdens de disco, hier is het!"),
    # -- a real internal marker -------------------------------------------------------------------
    ("hartekamp", "internal-marker",
     "VERTROUWELIJK – niet doorsturen. Het MT besluit morgen over de sluiting van de locatie."),
    ("hartekamp", "internal-marker", "Vertrouwelijk: de cijfers van het derde kwartaal staan hieronder."),
    ("hartekamp", "internal-marker", "dit is eigenlijk vertrouwelijk maar ik vertel het jullie toch"),
    ("hartekamp", "internal-marker", "Vertrouwelijke notitie van het MT, graag niet verder verspreiden."),
    # -- a new page announced -------------------------------------------------------------------
    ("hartekamp", "new-page", "Vandaag een nieuwe Facebookpagina voor locatie De Brink gestart, volg ons!"),
    ("hartekamp", "new-page", "Nieuwe pagina gestart! Like en deel 🙌"),
    ("hartekamp", "new-page", "We hebben een nieuw Instagramaccount aangemaakt voor de dagbesteding 🎉"),
    ("hartekamp", "new-page", "wij staan nu ook op tiktok, kom kijken"),
    ("hartekamp", "new-page", "Hebben jullie onze nieuwe Instagrampagina al gezien? Volg ons!"),
    # -- a policy text put to peers without saying concept or definitief ---------------------------
    ("heemstede", "policy-status-missing",
     _LI + "Wat vinden jullie van de parkeernota die we nu schrijven? Reacties welkom!"),
    ("heemstede", "policy-status-missing",
     _LI + "Onze nieuwe woonvisie: hoe houden we wonen betaalbaar? Ik hoor graag jullie ideeën."),
    ("heemstede", "policy-status-missing",
     _LI + "Vakgenoten, wie denkt mee over ons armoedebeleid? Ik deel graag de hoofdlijnen."),
    ("heemstede", "policy-status-missing",
     _LI + "het bomenbeheerplan ligt op mijn bureau, input van andere gemeenten is welkom 🌳"),
    ("heemstede", "policy-status-missing",
     _LI + "We werken aan een nieuw parkeerbeleid voor het centrum.\n\n"
     "Wat vinden jullie? Laat het weten in de reacties."),
    ("heemstede", "policy-status-missing",
     _LI + "Als beleidsadviseur werk ik aan de woonvisie: wat vinden jullie van 30 procent sociale huur?"),
]

# (pack, rule ids that must not fire at review or block, text)
PASS = [
    # -- the organisation's own number: a unit after ons/onze, a company signature, own work mail --
    ("domus", ("phone-number", "work-contact"),
     "Storing aan de nieuwe ketel? Bel onze storingsdienst op 0475-561234, ook in het weekend."),
    ("domus", ("phone-number", "work-contact"),
     "Heeft u een vraag over de planning? Onze klantenservice is bereikbaar via 077-3201234."),
    ("domus", ("phone-number", "work-contact"), "Voor een afspraak belt u met ons secretariaat: 0475 331212."),
    ("domus", ("phone-number", "work-contact"),
     "problemen met je dakgoot? onze technische helpdesk staat voor je klaar, bel 0475556677 👍"),
    ("domus", ("phone-number", "work-contact"),
     "Wij komen graag bij u langs.\n\nMet vriendelijke groet,\nSchildersbedrijf Peeters B.V.\nTel. 0475-123789"),
    ("domus", ("phone-number", "work-contact"),
     "Tot volgende week!\n\nDakdekkersbedrijf Janssen\nMolenweg 4, Roermond\n0475 - 44 55 66"),
    ("heemstede", ("phone-number", "work-contact"),
     "Schade aan een lantaarnpaal gezien? Meld het bij ons meldpunt openbare ruimte op 023-5485600."),
    ("sterkhuis", ("phone-number", "work-contact"),
     "Wil je pleegouder worden? Ons informatienummer 0546-123456 is op werkdagen bereikbaar."),
    ("heemstede", ("email-address",), "Je kunt me mailen via a.bakker@heemstede.nl, ik hoor graag van je."),
    ("heemstede", ("email-address",), "Zin om mee te denken? Mail me gerust: s.degroot@heemstede.nl"),
    # -- photo words that are no photo of a client: wishes, questions put to the writer, advice ---
    ("sterkhuis", ("client-image-text",),
     "ik wilde het zo graag filmen toen ons pleegkind voor het eerst fietste, maar dat doe ik dus niet 🙈"),
    ("hartekamp", ("client-image-text",),
     "Een stagiair vroeg me of ze foto's van de bewoners op haar eigen Insta mocht zetten. Nee dus."),
    ("hartekamp", ("client-image-text",),
     "Mijn collega wilde weten of ze een filmpje van een cliënt mocht delen in de familiegroep."),
    ("sterkhuis", ("client-image-text",),
     "ik zou nooit foto's van mijn pleegzoon online zetten, ook al is hij nog zo schattig"),
    ("hartekamp", ("client-image-text",), "Deel geen foto's van bewoners op je privéaccount, ook niet in je story."),
    ("sterkhuis", ("client-image-text",),
     "Tip voor pleegouders: vraag altijd eerst toestemming aan de voogd voordat je een foto van je pleegkind deelt."),
    ("sterkhuis", ("client-image-text",),
     "We zouden ons pleegkind graag fotograferen bij de diploma-uitreiking, maar dat mag niet."),
    ("hartekamp", ("client-image-text",),
     "Ik kreeg de vraag of er foto's van de bewoners in de nieuwsbrief mogen. Ik zoek het uit!"),
    # -- confidential as advice or a kind of subject, not a label on this text --------------------
    ("hartekamp", ("internal-marker",),
     "Gaat het over medicatie of andere vertrouwelijke zaken? Bespreek dat dan altijd persoonlijk met de begeleider."),
    ("hartekamp", ("internal-marker",), "Behandel alles wat een bewoner je vertelt vertrouwelijk."),
    ("hartekamp", ("internal-marker",), "Vertrouwelijke gesprekken met familie horen niet in de groepsapp."),
    ("hartekamp", ("internal-marker",), "Wat je in vertrouwen hoort, houd je voor je. Dat spreekt toch voor zich?"),
    ("hartekamp", ("internal-marker",), "Tip: ga zorgvuldig en vertrouwelijk om met wat ouders je vertellen."),
    ("hartekamp", ("internal-marker",), "Vertrouwelijke onderwerpen bespreek je niet via WhatsApp maar face to face."),
    # -- a new page as a condition to the reader ---------------------------------------------------
    ("hartekamp", ("new-page",),
     "Nieuwe groep aangemaakt voor je locatie? Geef hem dan eerst door aan Communicatie voor het register."),
    ("hartekamp", ("new-page",), "Pagina aangemaakt maar het wachtwoord vergeten? Zo reset je het."),
    ("hartekamp", ("new-page",),
     "heb je een nieuwe facebookgroep opgezet? meld hem dan bij communicatie@hartekampgroep.nl"),
    ("hartekamp", ("new-page",), "Instagramaccount geopend of beheerder gewisseld? Laat het ons even weten."),
    ("hartekamp", ("new-page",),
     "Zijn er beheerders gewisseld of is er een nieuw account gemaakt? Bel dan Informatiemanagement."),
    ("hartekamp", ("new-page",), "Facebookgroep voor je team geopend? Zet hem dan in het register, dat is verplicht."),
    # -- policy mentioned in passing ----------------------------------------------------------------
    ("heemstede", ("policy-status-missing",),
     _LI + "Sinds deze maand werk ik als beleidsmedewerker mobiliteit bij de gemeente Heemstede. Ik heb er zin in!"),
    ("heemstede", ("policy-status-missing",), _LI + "Ons beleid is om binnen twee werkdagen te reageren op berichten."),
    ("heemstede", ("policy-status-missing",),
     _LI + "Nieuwe baan! Als adviseur ga ik aan de slag met het armoedebeleid van Heemstede.\n\n"
     "Wie werkt elders aan schuldhulp? Ik hoor graag van je."),
    ("heemstede", ("policy-status-missing",),
     _LI + "Vandaag afscheid van mijn collega's van het team Ruimtelijk Beleid. Dank voor alles!"),
    ("heemstede", ("policy-status-missing",),
     _LI + "Trots op ons team: een jaar werk aan de omgevingsvisie zit erop.\n\nVeel dank aan iedereen die meedacht!"),
    ("heemstede", ("policy-status-missing",),
     _LI + "Ik ben projectleider voor het parkeerplan van het centrum.\n\n"
     "Ken jij een goede cursus projectmatig werken? Tips welkom!"),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return check_batch(tmp_path_factory, FLAG + PASS, "fine4")


@pytest.mark.parametrize("i", range(len(FLAG)), ids=[f"{p}:{r}:{t[:40]}" for p, r, t in FLAG])
def test_the_real_thing_is_still_flagged(results, i):
    pack, rule, text = FLAG[i]
    assert rule in rule_ids(results[i], acted_on=True), (text, sorted(rule_ids(results[i])))


@pytest.mark.parametrize("i", range(len(PASS)), ids=[f"{p}:{t[:40]}" for p, _, t in PASS])
def test_fine_text_passes(results, i):
    pack, rules, text = PASS[i]
    j = len(FLAG) + i
    assert not rule_ids(results[j], acted_on=True) & set(rules), (text, sorted(rule_ids(results[j])))
