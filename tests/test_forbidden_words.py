"""Posts a policy forbids outright, written in ordinary words (issue 8, third round), through the CLI.

Four classes, each with flag texts (other vocabulary, word order, register, typos and emoji than
any dev-set draft) and pass texts (negation, quotation or reporting, warnings about the thing, the
harmless sense of the same words):

* access secrets: door, gate, key-safe, alarm and wifi codes and log-ins in running prose;
* threats: conditional threats with a repetition ("als ... nog één keer ..."), veiled threats,
  threats to a third person (a parent, a neighbour, a supervisor);
* accusations that defame a person ("is een oplichter", "steekt het geld in eigen zak");
* information that is not public yet (tenders, plans, decisions "komt pas volgende maand naar buiten");
* clients' care details (plans, medication, incidents) to be discussed in an online group or chat (review).

Flag texts must reach block with a finding of the class's category; pass texts must get no finding
of that category at block (and, for tone, none at all).
"""
from __future__ import annotations

import pytest

from conftest import run_json

SECRET_FLAG = {
    "emoji-after": "de code van het sleutelkastje is 4 7 1 1 👍 succes morgen mannen",
    "emoji-lock": "code voor de sleutelbox bij de keet: 9 9 0 1 🔐 ff goed terugdraaien",
    "opent-met": "Het kluisje bij de achterdeur opent met 0815.",
    "alarm-uit": "alarm uit met 1 2 3 4 en dan snel de deur dicht",
    "intoetsen-hash": "Bij de personeelsingang gewoon 4455# intoetsen, de bel doet het niet.",
    "intoetst": "het hek van de bouwplaats gaat open als je 2 5 8 0 intoetst",
    "toets-in": "Toets bij de zoemer van de portiek 1379 in en duw hard.",
    "inlog-ww": "inlog voor het rooster is jdevries ww Zomer2024!",
    "kastje-cijfers": "sleutels hangen in t kastje naast de berging, code is 7 3 1 9 😉 dank je",
}
SECRET_PASS = {
    "actiecode": "De code van de actie is ZOMER10, geldig tot en met zondag.",
    "nooit-pin": "Deel nooit je pincode, ook niet met ons.",
    "phishing": "Let op phishing: wij vragen nooit om je inlogcode of wachtwoord. Twijfel? Bel ons.",
    "geboortejaar": "Toets je geboortejaar in, bijvoorbeeld 1985, en druk op verzenden.",
    "keuzemenu": "Bel 0800 1234 en toets daarna 2 in voor de storingsdienst.",
    "nieuwe-code": "De code van het alarm wijzigen we morgen, je krijgt hem per sms 📱",
    "huisnummer": "We zitten in portiek 2580 🏢 kom gerust langs!",
}

THREAT_FLAG = {
    "lesje-ff": "als die buurman nog één keer mijn kat schopt dan zal ik hem ff persoonlijk een lesje leren",
    "zoek-op-zelf": "Als zijn moeder nog eens zonder afspraak op de groep verschijnt, dan zoek ik haar zelf wel op.",
    "laat-maar-oppassen": "Laat die opzichter maar oppassen, ik ken mensen.",
    "berouwen-wethouder": "dat gaat die wethouder nog berouwen #heemstede",
    "weet-waar-nieuwe": "ik weet precies waar die nieuwe buurvrouw woont 😡",
    "kan-ie-verwachten": "als die leraar haar nog 1x uitlacht dan kan ie wat verwachten",
    "niet-meer-lopen": "Mocht die vader ooit nog dronken voor de deur staan, dan kan hij straks niet meer lopen.",
    "kom-opzoeken": "als m'n auto weer bekrast is kom ik je eventjes persoonlijk opzoeken",
    "als-ik-jou-was": "ik zou het maar uitkijken als ik jou was, mannetje",
    "nadruk-accenten": "en als m'n busje morgen wéér een deuk heeft kom ik je ff opzoeken",
    "zonder-na-voorwaarde": "Als jullie mijn dochter nog een keer zonder eten naar school sturen, dan kom ik langs.",
}
THREAT_PASS = {
    "nooit": "Ik zou nooit iemand persoonlijk een lesje leren, ook al ben ik boos.",
    "gemeld": "Een ouder dreigde: 'als jullie nog één keer bellen, kom ik langs'. We hebben aangifte gedaan.",
    "service": "Als de lekkage nog eens terugkomt, dan komen we even persoonlijk langs om te kijken.",
    "opzoeken-vriend": "Als ik weer in Spanje ben, kom ik je zeker even opzoeken!",
    "ken-mensen": "Ik ken mensen die hier al veertig jaar wonen en nog steeds genieten van het park.",
    "oppassen-ladder": "Laat die jongen maar goed oppassen met die ladder, die staat wankel.",
    "lopen-revalidatie": "Na de operatie kon hij niet meer lopen, nu revalideert hij bij ons.",
}

DEFAME_FLAG = {
    "prutser": "Die uitvoerder, Kees, is echt de grootste prutser van het hele bedrijf.",
    "oplichter": "onze huisbaas is een ordinaire oplichter, let op mensen!!",
    "eigen-zak": "Die wethouder steekt gewoon het geld in z'n eigen zak.",
    "smeergeld": "Volgens mij heeft die ambtenaar smeergeld aangenomen van de aannemer.",
    "leugenaar": "Mijn teamleider Anouk is een leugenaar en dat weet iedereen.",
    "fraudeur": "DIE BEHEERDER IS EEN FRAUDEUR",
    "liegt": "die opzichter liegt alles aan elkaar, echt waar",
}
DEFAME_PASS = {
    "geen-dief": "Hij is geen dief, hij had gewoon de verkeerde fiets gepakt.",
    "nieuws": "De rechtbank oordeelde dat de oud-wethouder smeergeld heeft aangenomen, meldt de krant.",
    "zelfspot": "Ik ben een prutser met een kwast, haha, gelukkig doet mijn collega het schilderwerk.",
    "fraude-melden": "Vermoed je fraude? Meld het bij het meldpunt, wij zoeken het uit.",
    "gestolen": "Er is een fiets gestolen bij de berging, heeft iemand iets gezien?",
    "quoted": "Hij riep \"jij bent een leugenaar\" en liep weg; we hebben het gesprek later rustig afgerond.",
}

SECRET_PLAN_FLAG = {
    "gunning-pas": "wij krijgen de gunning van het onderhoudscontract, komt pas volgende maand naar buiten hoor 🤫",
    "naar-buiten": "reorganisatie op de afdeling komt pas na de zomer naar buiten maar er gaan 3 fte uit",
    "mt-gehoord": "Hoorde in het MT dat de bibliotheek aan de Dreef volgend jaar dichtgaat. Zonde!",
    "mag-nog-niks": "Ik mag eigenlijk nog niks zeggen, want het komt pas in de raad, maar het zwembad wordt verkocht.",
    "weet-niemand": "Niemand buiten het projectteam weet het nog: de begroting voor 2027 gaat met 2 miljoen omlaag.",
    "offertes-binnen": "De offertes voor de nieuwe daken zijn binnen, nog even niks zeggen tegen de aannemers: de laagste zit op €1,2 mln.",
}
SECRET_PLAN_PASS = {
    "gepubliceerd": "De aanbesteding voor de Dreef is gepubliceerd op TenderNed; inschrijven kan tot 1 maart.",
    "vandaag-bekend": "Vandaag maakte het college bekend dat de bibliotheek verhuist naar het oude postkantoor.",
    "recept": "Het geheime recept van oma's appeltaart blijft in de familie 🍎",
    "offerte-aanvragen": "Vraag vrijblijvend een offerte aan voor uw nieuwe keuken.",
    "verslag-raad": "Het raadsbesluit over de sluiting van het zwembad staat sinds gisteren online.",
}

CARE_FLAG = {
    "zorgplan-app": "Volgende week bespreken we het zorgplan van iedere jongere hier in de groepsapp.",
    "medicatie-beeldbellen": "We nemen de medicatie van alle bewoners via beeldbellen in deze groep door.",
    "incidenten-chat": "in de groepschat evalueren we vanavond de incidenten van de afgelopen maand, per bewoner",
    "diagnose-facebook": "Wilt u de diagnose van uw kind even delen in onze facebookgroep? Dan kunnen we beter helpen!",
    "dossier-whatsapp": "Ik zet de dossiers van de nieuwe cliënten morgen in de whatsappgroep, lees ze even door.",
    "behandelplan-teams": "Evaluatie van de behandelplannen doen we dit jaar via Teams in de groep met alle ouders.",
}
CARE_PASS = {
    "persoonlijk": "Het begeleidingsplan bespreken we altijd persoonlijk, niet in de groep.",
    "nooit": "Bespreek nooit medicatie of incidenten in deze groep; bel daarvoor de locatie.",
    "foto-s": "In deze groep delen we foto's van het zomerfeest. Vragen over medicatie? Bel de locatie.",
    "weekmenu": "In deze groep vind je het weekmenu; het begeleidingsplan bespreken we altijd persoonlijk.",
    "voorlichting": "Op onze website lees je hoe een begeleidingsplan tot stand komt.",
}


def _drafts(folder, groups):
    for kind, cases in groups:
        for name, text in cases.items():
            (folder / f"{kind}-{name}.txt").write_text(text + "\n", encoding="utf-8")


def _run(pack, folder):
    report = run_json(["--pack", pack, "--fail-on", "never", str(folder)], cwd=folder)
    out = {}
    for entry in report["files"]:
        name = entry["path"].rsplit("/", 1)[-1][:-4]
        out[name] = (entry["verdict"], [(f["category"], f["severity"], f["rule"]) for f in entry["findings"]])
    return out


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forbidden")
    _drafts(folder, [("secret-flag", SECRET_FLAG), ("secret-pass", SECRET_PASS),
                     ("threat-flag", THREAT_FLAG), ("threat-pass", THREAT_PASS),
                     ("defame-flag", DEFAME_FLAG), ("defame-pass", DEFAME_PASS),
                     ("plan-flag", SECRET_PLAN_FLAG), ("plan-pass", SECRET_PLAN_PASS),
                     ("care-flag", CARE_FLAG), ("care-pass", CARE_PASS)])
    return {pack: _run(pack, folder) for pack in ("domus", "heemstede")}


CLASSES = [("secret", "confidential", "credential"), ("threat", "tone", None),
           ("defame", "tone", None), ("plan", "confidential", None)]


@pytest.mark.parametrize("pack", ["domus", "heemstede"])
@pytest.mark.parametrize("cls,category,rule", CLASSES)
def test_forbidden_posts_block_and_their_look_alikes_pass(results, pack, cls, category, rule):
    missed, false = [], []
    for name, (verdict, findings) in results[pack].items():
        hits = [f for f in findings if f[0] == category and (rule is None or f[2].endswith("." + rule))]
        if name.startswith(f"{cls}-flag-") and (verdict != "block" or not any(s == "block" for _c, s, _r in hits)):
            missed.append(name)
        # a pass text: nothing of the class at block; for tone nothing at all
        if name.startswith(f"{cls}-pass-") and any(s == "block" or category == "tone" for _c, s, _r in hits):
            false.append((name, hits))
    assert not missed, f"{pack}: not blocked: {missed}"
    assert not false, f"{pack}: flagged look-alike: {false}"


@pytest.mark.parametrize("pack", ["domus", "heemstede"])
def test_care_details_in_a_group_need_review(results, pack):
    """Care details in a group are a review (confidential), not a block: the writer may have a safe setting."""
    missed, false = [], []
    for name, (verdict, findings) in results[pack].items():
        care = [f for f in findings if f[2].endswith(".care-details-in-group")]
        if name.startswith("care-flag-") and (verdict == "ok" or not care or care[0][:2] != ("confidential", "review")):
            missed.append(name)
        if name.startswith("care-pass-") and care:
            false.append(name)
    assert not missed, f"{pack}: care details in a group not flagged: {missed}"
    assert not false, f"{pack}: flagged look-alike: {false}"
