"""Threats, intimidation, group insults and dehumanising language (issue 8, failure class 1), through the CLI.

Every text is checked with each organisation pack (the tone rules are basis rules the four packs
inherit; each blocks tone). Flag texts must get a `tone` finding and the verdict block; pass texts
(negation, quotation, reporting, praise, friendly idioms) must get no `tone` finding. The flag texts
are variants of each class in other word orders, pronouns, dialect spellings and case, not the
dev-set drafts.
"""
from __future__ import annotations

import pytest

from conftest import run_json

FLAG = {
    # V2 word order after a fronted word or clause ("dan weet ik X te vinden")
    "v2-dan": "als die kerel nog 1x zijn auto voor mijn deur zet dan weten we um wel te vinden",
    "v2-straks": "Straks weet ik je wel te vinden, makker.",
    "v2-bijzin": "Als jullie nog één keer zo tegen mijn moeder praten, weet ik waar jullie wonen.",
    "v2-anders": "ANDERS WETEN WE HEM ECHT WEL TE VINDEN",
    "dialect-m": "die vent van hiernaast? ik weet 'm heus te vinden",
    # conditional + consequence
    "stoep": "als die vrouw weer zo doet dan sta ik bij haar op de stoep",
    "deur": "Als je nog een keer aan mijn fiets zit, dan sta ik voor je deur.",
    "beleven": "Als die opzichter nog eens langskomt, zal hij wat beleven.",
    "te-maken": "als dat type nog een keer belt dan krijgt hij met mij te maken",
    # intimidation formulas
    "betaald": "Dat zet ik je betaald.",
    "betaald-2": "ik ga het jullie betaald zetten",
    "niet-bang": "ik ben niet bang om bij je langs te komen hoor",
    "kijk-uit": "Kijk maar goed uit jij.",
    "gewaarschuwd": "wees gewaarschuwd jij",
    "pas-op-zat": "nu ben ik het echt zat, pas maar op",
    "maat-vol": "Pas maar op. De maat is vol, pas maar op makker.",
    "met-wie": "u heeft geen idee met wie u te maken heeft",
    "met-wie-2": "jij weet niet met wie je te maken hebt",
    "klap": "Jij verdient een klap.",
    # dehumanising comparisons
    "ratten": "die asielzoekers leven als ratten in dat azc",
    "gedragen": "Die types gedragen zich als beesten op het plein.",
    "varkens": "die bewoners wonen als varkens",
    "vee": "die ouders voeden hun kinderen op als vee",
    # group insults, contempt for a group or culture
    "achterlijk": "Wat een achterlijke mensen daar.",
    "asociaal": "ASOCIALE HUURDERS, echt waar",
    "zijn-asociaal": "die ouders zijn gewoon asociaal",
    "allemaal": "het zijn allemaal profiteurs",
    "landen": "dat volk uit die achterlijke landen",
    "etterbakken": "die etterbakken weer",
    "eigen-land": "stuur ze allemaal terug naar hun eigen land",
    "rot-op": "rot maar op naar je eigen land",
    # more threat formulas
    "niet-van-af": "je bent nog niet van me af",
    "lesje": "ik zal jou eens een lesje leren",
    "klappen": "als je nog eens aan mijn dochter komt dan krijg je klappen",
    "flik-het": "flik het nog één keer en je zult het merken",
    # calling others to confront someone at home
    "aanbellen": "Misschien moet iemand daar maar eens aanbellen.",
    "zeg-hem": "zeg hem dan maar eens wat jullie ervan vinden",
    "weet-u-wonen": "ik weet u wonen he",
    "kop-in": "Dan sla ik je kop in.",
    "tanden": "ik sla hem de tanden eruit",
    "minderwaardig": "minderwaardige mensen zijn het",
    "berouwen": "Dit gaat je nog berouwen.",
    "als-ik-jou-was": "als ik jou was zou ik maar oppassen",
    "leven-zuur": "we gaan je het leven zuur maken",
    "ongeluk": "Ik hoop dat je een ongeluk krijgt.",
    "opgehangen": "die lui moeten allemaal opgehangen worden",
    "ratten-hiernaast": "die ratten van hiernaast weer",
}

PASS = {
    "nooit": "ik zou nooit iemand bedreigen",
    "natte-verf": "pas op, natte verf",
    "trap": "pas maar op met de trap, die is glad",
    "glad": "pas maar op, het is glad",
    "reported": "een huurder dreigde gisteren: 'ik weet je te vinden'",
    "quoted": "Hij schreef: \"als je nog een keer komt, dan weet ik je te vinden\". We deden aangifte.",
    "quoted-group": "Die mensen leven als beesten, zei de wethouder, en dat vond ik schokkend.",
    "praise": "de jongens werkten als beesten vandaag",
    "praise-2": "wat een beesten waren het vandaag op het veld, fantastisch",
    "bieb": "inwoners weten de bibliotheek goed te vinden",
    "marketing": "wij weten u te vinden voor al uw onderhoud",
    "marketing-2": "Als u nog eens vragen heeft, dan weten we u te vinden voor een afspraak.",
    "ons-vinden": "U weet ons te vinden via de app.",
    "vraag": "Weet ik je te vinden in de kantine?",
    "klaar": "ik ben er klaar mee",
    "zat": "Ik ben het zat dat het zo regent.",
    "zwijnenstal": "dit is echt een zwijnenstal",
    "regen": "Als het nog een keer regent, dan gaan we naar binnen.",
    "service": "Als de storing nog eens voorkomt, staan we binnen een uur bij u op de stoep.",
    "recept": "Wees gewaarschuwd: dit recept is verslavend.",
    "contract": "Wil je weten met wie je te maken hebt? Lees ons verhaal.",
    "niet-achterlijk": "De jongeren zijn niet achterlijk, ze hebben gewoon geen plek.",
    "fouten": "Ik ben niet bang om fouten te maken.",
    "intensifier": "Achterlijk goed dat nieuwe dak!",
    "gedrag": "De bewoners hebben asociaal gedrag gemeld.",
    "kippen": "Onze kippen leven als koningen.",
    "thuisreis": "Mijn ouders moesten terug naar hun eigen land voor de begrafenis.",
    "sport": "In de sport krijg je klappen, dat hoort erbij.",
    "showroom": "Kom maar eens langs in onze showroom.",
    "feedback": "Laat ons maar eens weten wat jullie ervan vinden!",
    "vuurwerk": "Je moet maar goed oppassen met vuurwerk.",
    "behandeld": "Die bewoners zijn echt walgelijk behandeld door de vorige verhuurder.",
    "prehistorie": "In de prehistorie leefden primitieve mensen in grotten.",
    "tandarts": "De tandarts trekt je de tanden uit je mond.",
    "ladder": "Als ik jou was, zou ik maar oppassen met die ladder.",
    "nooit-ongeluk": "Ik hoop dat je nooit een ongeluk krijgt.",
    "wolven": "Die wolven moeten afgeschoten worden, vindt de boer.",
    "kinderboerderij": "De beesten van de kinderboerderij krijgen nieuw stro.",
    "fomo": "Het gaat je nog berouwen als je dit concert mist!",
    "niet-als-beesten": "Die huurders leven helemaal niet als beesten, het zijn nette mensen.",
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tone")
    for kind, cases in (("flag", FLAG), ("pass", PASS)):
        for name, text in cases.items():
            (folder / f"{kind}-{name}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("pack", ["domus", "sterkhuis", "hartekamp", "heemstede"])
def test_threats_and_group_insults_block_and_their_look_alikes_pass(pack, drafts):
    report = run_json(["--pack", pack, "--fail-on", "never", str(drafts)], cwd=drafts)
    missed, false = [], []
    for entry in report["files"]:
        name = entry["path"].rsplit("/", 1)[-1][:-4]
        tone = [f["text"] for f in entry["findings"] if f["category"] == "tone"]
        if name.startswith("flag-") and (not tone or entry["verdict"] != "block"):
            missed.append(name)
        if name.startswith("pass-") and tone:
            false.append((name, tone))
    assert len(report["files"]) == len(FLAG) + len(PASS)
    assert not missed, f"{pack}: not blocked for tone: {missed}"
    assert not false, f"{pack}: tone finding on a pass text: {false}"
