"""Initials with context and identifiable people with care, health or case details
(nlp/identify/details.py), unit and through the CLI and the web API (issue 8, class 3)."""
import pytest
from starlette.testclient import TestClient

from conftest import check_text
from postcheck.nlp.identify import PersonFinder
from postcheck.nlp.identify.details import Sentences


def _found(text, labels=("initials-person", "person-details")):
    return [(text[h.start:h.end], h.label) for h in PersonFinder().find(text) if h.label in labels]


@pytest.mark.parametrize("text,want", [
    # initials + age (any word order after it), undotted with an age, spaced initials
    ("Sinds gisteren woont K.L. (13) bij ons.", [("K.L. (13)", "initials-person")]),
    ("JB, 15 jaar, is sinds maart op de groep.", [("JB, 15 jaar", "initials-person")]),
    ("Vanmiddag heeft K. L. voor het eerst zijn ritalin zelf gepakt.",
     [("K. L.", "initials-person"), ("ritalin", "person-details")]),
    # initials + school group (two letters or more), initials + a care word
    ("Ouders van klas 4b: S.D. zit voortaan vooraan.", [("S.D.", "initials-person")]),
    ("F.K. had vannacht een psychose.", [("F.K.", "initials-person"), ("psychose", "person-details")]),
    ("T. krijgt sinds gisteren melatonine.", [("T.", "initials-person"), ("melatonine", "person-details")]),
    ("vandaag kreeg T. nieuwe medicatie", [("T.", "initials-person"), ("medicatie", "person-details")]),
    # a reference of the other labels + a detail word in the same sentence, either order
    ("onze pleegdochter Noor heeft ADHD", [("ADHD", "person-details")]),
    ("Weggelopen is hij weer, de jongen van kamer 4.", [("Weggelopen", "person-details")]),
    ("die vent van nummer 9 is weer opgepakt door de politie", [("opgepakt", "person-details"),
                                                              ("politie", "person-details")]),
    ("harie moonen z'n huurachterstand is opgelost", [("huurachterstand", "person-details")]),
    ("meneer jansen (79) uit de Kerklaan belt over zijn traplift.", [("traplift", "person-details")]),
    ("de leerling uit groep 7 heeft een hechtingsstoornis", [("hechtingsstoornis", "person-details")]),
    # a quoted message still shares it (no verb of writing in the sentence)
    ('Moeder appte: "J.B. (15) is weggelopen."', [("J.B. (15)", "initials-person")]),
])
def test_initials_and_details_found(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text", [
    "J.B. Jansen Installatietechniek vervangt de medicijnkast.",
    "T. de Vries Schilderwerken schildert de gang van de kliniek.",
    "Bedankt voor alle hulp rond de verhuizing.\n\nGroet, M.K.",
    "Ik (43) heb zelf ADHD en weet hoe dat voelt.",
    "Groep 3 gaat morgen naar het strand.",
    "De mevrouw van de bakker was heel vriendelijk.",
    "Kamer 4 is opgeknapt en ruikt naar verf.",
    "Risperidon is een middel tegen onrust en agressie.",
    "De kinderen uit groep 3 leren deze week over autisme.",
    "N.B. de medicatie wordt morgen geleverd.",
    "Ik neem vitamine C. Daarna pas medicatie.",
    "Zie bijlage B. voor de medicatie.",
    "In de V.S. gaan kinderen met ADHD vaker naar een speciale school.",
    "De politie zoekt getuigen van de inbraak.",
    # negation and quotation: a guideline, not a post that does it
    "Noem nooit de jongen van kamer 4 met zijn diagnose ADHD.",
    "Ik zou nooit schrijven dat J.B. medicatie krijgt.",
    'Wij schrijven "een jongere" en niet "J.B. (15)".',
    "zet niet in de groepsapp dat de meneer van nummer 30 een wmo-aanvraag heeft",
])
def test_no_initials_or_details(text):
    assert _found(text, ("initials-person", "person-details", "indirect", "client-role-name")) == []


def test_a_period_after_an_initial_does_not_end_the_sentence():
    text = "Ouders: J.B. krijgt medicatie. Morgen is er zwemles."
    s = Sentences(text)
    assert s.of(text.index("J.B.")) == s.of(text.index("medicatie")) != s.of(text.index("Morgen"))


def _check(tmp_path, pack, text, **opts):
    return check_text(tmp_path, pack, text, name="post.txt", **opts)


@pytest.mark.parametrize("pack,text,categories", [
    ("sterkhuis", "Zware nacht. M.V. (14) is bij ons op de groep en is alweer weggelopen.",
     {"client-name", "confidential"}),
    ("hartekamp", "ouders van groep 6: R.S. krijgt sinds dinsdag nieuwe medicatie, hij kan wat moe zijn.",
     {"client-name", "confidential"}),
    ("hartekamp", "Update voor de familie: vannacht had de mevrouw van kamer 9 weer een epileptische aanval.",
     {"confidential"}),
    ("heemstede", "vandaag belde die mevrouw van nummer 12 aan de Kerklaan weer over haar bijstandsuitkering",
     {"confidential"}),
    ("domus", "De meneer van nummer 7 heeft dementie, dus de keuken duurt wat langer.", {"confidential"}),
])
def test_identified_person_with_details_blocks_through_the_cli(tmp_path, pack, text, categories):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert verdict == "block" and categories <= cats
    assert f"{pack}.person-details" in rules
    if "client-name" in categories:
        assert f"{pack}.client-identified" in rules


@pytest.mark.parametrize("pack,text", [
    ("sterkhuis", "Interessante training gevolgd over weglopen en de rol van de politie."),
    ("hartekamp", "Kamer 4 is opgeknapt, de bewoners kunnen er weer terecht voor koffie."),
    ("heemstede", "Een Wmo-aanvraag voor een traplift doet u via het Wmo-loket van de gemeente."),
    ("sterkhuis", "Ik zou nooit schrijven dat J.B. (15) is weggelopen; schrijf 'een jongere'."),
])
def test_no_identified_person_stays_ok_through_the_cli(tmp_path, pack, text):
    verdict, cats, rules = _check(tmp_path, pack, text)
    assert not {"client-name", "confidential"} & cats, rules


def test_whatsapp_update_about_a_room_is_confidential_through_the_api(tmp_path):
    from postcheck.serve.app import Service, ServeOptions, create_app
    (tmp_path / ".postcheck.yaml").write_text("packs: [sterkhuis]\n", encoding="utf-8")
    service = Service(ServeOptions(config=str(tmp_path / ".postcheck.yaml"), rate_per_minute=0))
    text = "Even een update: het meisje van kamer 2 is gisteren gesepareerd, moeder is ingelicht."
    with TestClient(create_app(service.options, service)) as client:
        body = client.post("/api/check", json={"text": text, "channel": "whatsapp"}).json()
        calm = client.post("/api/check", json={"text": "Even een update: kamer 2 is opnieuw geschilderd.",
                                                "channel": "whatsapp"}).json()
    findings = body["files"][0]["findings"]
    assert body["verdict"] == "block"
    assert {"confidential", "client-name"} <= {f["category"] for f in findings}
    assert any(f["rule"] == "sterkhuis.person-details" and f["text"] == "gesepareerd" for f in findings)
    assert calm["verdict"] == "ok"


def test_sentence_ends_as_the_plain_pattern_found_them():
    """`_SENTENCE_END` reads the end character before its checks (so `re` skips to candidates): the same ends as
    the pattern it was written as, where a period after a lone capital ("J.B. krijgt") ends nothing."""
    import random
    import re

    from postcheck.nlp.identify.details import _SENTENCE_END

    plain = re.compile(r"(?<!(?<![\w.])[A-Z])(?<!\.[A-Z])[.!?…]+[\"'”’)\]]*(?=\s)|\n[ \t]*\n")
    text = "J.B. krijgt vandaag A. mee. Zo?! Ja…\n\nDr. K. zei \"nee.\" Einde. X. En NU. 'ok.' \n \nKlaar."
    assert [m.end() for m in _SENTENCE_END.finditer(text)] == [27, 32, 36, 38, 41, 55, 62, 72, 78, 82]
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]
    alphabet = list("aAZb. !?…\n\t)\"'”’") + ["A.", "Dr.", "e.g.", "\n\n"]
    rng = random.Random(21)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)], text
