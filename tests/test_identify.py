"""Person references without a capitalised full name (nlp/identify), public figures and the
writer (nlp/identify/public), business contact data (nlp/contacts) and config `allow:`."""
import pytest

from postcheck.nlp.names import NameDetector
from postcheck.nlp.contacts import classify, own_address_keys
from postcheck.nlp.personal_data import find_personal_data
from postcheck.nlp.identify import PersonFinder
from postcheck.nlp.identify.public import keep_private

FLAG = [
    ("harie moonen z'n schuur is leeg", "harie moonen", "lower-name"),
    ("onze pleegzoon Milan heeft zijn zwemdiploma", "pleegzoon Milan", "client-role-name"),
    ("mijn cliënt Sanne is blij", "cliënt Sanne", "client-role-name"),
    ("bewoonster Truus werd 90", "bewoonster Truus", "client-role-name"),
    ("Milan, onze pleegzoon, is jarig", "Milan", "client-role-name"),
    ("noor (9) gaat naar OBS De Wilg", "noor (9)", "child-name"),
    ("Sem van 7 mocht de kraan opendraaien", "Sem van 7", "child-name"),
    ("Sem zit in groep 5 van de Regenboog", "Sem", "child-name"),
    ("Tim H. ligt in het ziekenhuis", "Tim H.", "initial-name"),
    ("de mevrouw van nummer 12 klaagt over de Lindelaan", "de mevrouw van nummer 12", "indirect"),
    ("de meneer op kamer 4 is ziek", "de meneer op kamer 4", "indirect"),
    ("bewoner van kamer 4 is gevallen", "bewoner van kamer 4", "indirect"),
    ("collega Sanne heeft het geregeld", "collega Sanne", "staff-role-name"),
]
PASS = [
    "onze pleegzoon heeft zijn zwemdiploma", "de bewoner was blij", "Kamer 4 is opnieuw geschilderd",
    "een jongen van 8 is verhuisd", "mijn cliënt is blij", "In 2019 (8 projecten) hebben we veel gebouwd",
    "mark de datum in je agenda", "De huurder van de maand", "Hoofdstuk 3 van 7 gaat over daken",
    "de bewoners van nummer 1 tot 40 krijgen nieuwe kozijnen", "we gaan naar school", "A. van den Berg",
]


@pytest.mark.parametrize("text,span,label", FLAG)
def test_person_reference_found(text, span, label):
    hits = PersonFinder().find(text)
    assert [(text[h.start:h.end], h.label) for h in hits] == [(span, label)]


@pytest.mark.parametrize("text", PASS)
def test_no_person_reference(text):
    assert PersonFinder().find(text) == []


def test_allowed_names_are_not_reported():
    assert PersonFinder(["Sanne"]).find("collega Sanne heeft het geregeld") == []


@pytest.mark.parametrize("text,kept", [
    ("Koning Willem-Alexander opende de brug.", []),
    ("Vandaag sprak minister Hugo de Jonge over wonen.", []),
    ("Burgemeester Astrid Nienhuis knipte het lint.", []),
    ("Fijne dag!\n\nGroet,\nJan de Vries", []),
    ("Vandaag bij Marieke Verhoeven de keuken gedaan.", ["Marieke Verhoeven"]),
])
def test_public_figures_and_sign_off(text, kept):
    hits = keep_private(text, NameDetector.load().find(text))
    assert [text[h.start:h.end] for h in hits] == kept


def _labels(text, own=()):
    return [(text[h.start:h.end], h.label) for h in classify(text, find_personal_data(text), own_address_keys(own))]


def test_business_contact_in_a_vacancy():
    text = "Vacature: timmerman gezocht! Bel ons op 0475-123456 of kom langs op ons kantoor, Industrieweg 5."
    assert _labels(text) == [("0475-123456", "business-phone"), ("Industrieweg 5", "business-address")]


def test_private_data_stays_private():
    assert _labels("Bel de buurvrouw gerust op 06-12345678.") == [("06-12345678", "phone")]
    # the writer's own number is private too, but their own: a label of its own for the packs
    assert _labels("App me gerust op 06-12345678.") == [("06-12345678", "own-phone")]
    text = "Vacature bij ons kantoor. Mijn privénummer is 06-12345678."
    assert _labels(text) == [("06-12345678", "own-phone")]


def test_helplines_dropped_and_service_numbers_business():
    assert _labels("Bel de Kindertelefoon: 0800-0432 of Veilig Thuis 0800-2000.") == []
    assert _labels("Bel de servicelijn 0900-1234567.") == [("0900-1234567", "business-phone")]


def test_own_address_dropped():
    assert _labels("Kom langs op de Kerkstraat 12.", ["Kerkstraat 12, 6041 KD Roermond"]) == []


def test_config_allow_list_through_the_cli(tmp_path):
    from conftest import invoke, run_json
    draft = tmp_path / "post.txt"
    draft.write_text("Vragen over de renovatie van de Domus-woningen? Bel Jan op 06-11223344 of mail "
                     "jan.bakker@aannemer-lemmen.nl. Bij de woningen: Tim H. komt ook langs.\n", encoding="utf-8")
    before = run_json([str(draft)], cwd=tmp_path)
    rules = {f["rule"] for f in before["files"][0]["findings"]}
    assert {"domus.phone-number", "domus.email-address", "domus.person-identified"} <= rules
    (tmp_path / ".postcheck.yaml").write_text(
        "packs: [domus]\nallow:\n  phones: ['06-11223344']\n  emails: ['jan.bakker@aannemer-lemmen.nl']\n"
        "  names: [Tim H.]\n", encoding="utf-8")
    after = run_json([str(draft)], cwd=tmp_path)
    left = {f["rule"] for f in after["files"][0]["findings"]}
    assert not left & {"domus.phone-number", "domus.email-address", "domus.person-identified"}
    (tmp_path / ".postcheck.yaml").write_text("packs: [domus]\nallow:\n  telefoons: ['x']\n", encoding="utf-8")
    result = invoke([str(draft)], cwd=tmp_path, exit_code=2)
    assert "allow: unknown key 'telefoons'" in result.stderr


@pytest.mark.parametrize("text,span,label", [
    ("Onze pleegzoon (Milan, 8) is jarig", "Milan, 8", "child-name"),
    ("ons pleegkind, Milan, is jarig", "pleegkind, Milan", "client-role-name"),
    ("bewoner meneer De Vries was blij", "bewoner meneer De Vries", "client-role-name"),
    ("de familie Jansen op nummer 12 klaagt", "de familie Jansen op nummer 12", "indirect"),
])
def test_more_person_references(text, span, label):
    hits = PersonFinder().find(text)
    assert (span, label) in [(text[h.start:h.end], h.label) for h in hits]


def test_own_domain_allows_role_addresses_not_a_persons_own():
    text = "Mail communicatie@hartekampgroep.nl of rechtstreeks a.jansen@hartekampgroep.nl."
    hits = classify(text, find_personal_data(text), frozenset(), frozenset({"@hartekampgroep.nl"}))
    assert [(text[h.start:h.end], h.label) for h in hits] == [("a.jansen@hartekampgroep.nl", "email")]


@pytest.mark.parametrize("text", [
    "Vragen? Bel mijn collega Sanne op 06-23456789, zij helpt je graag.",
    "Onze wijkconsulent is bereikbaar op 023-5485812 (ma t/m do).",
    "Het doorkiesnummer van de afdeling Vergunningen: 023 - 548 58 12.",
    "Neem contact op met de projectleider Peter via 06-1987 4410.",
])
def test_colleagues_work_number_is_work_phone(text):
    assert [label for _, label in _labels(text)] == ["work-phone"]


@pytest.mark.parametrize("text", [
    "Mijn collega gaf me haar privénummer: 06-23456789.",
    "Onze opzichter sprak de huurder van nummer 8, die bereikbaar is op 06-23456789.",
    "De opzichter zegt dat de buurman steeds belt vanaf 06-23456789.",
    "Dank aan het team! De bewoner wil teruggebeld worden op 06-23456789.",
    "Bel mijn buurman gerust op 06-23456789.",
])
def test_private_number_near_a_work_word_stays_private(text):
    assert [label for _, label in _labels(text)] == ["phone"]


@pytest.mark.parametrize("text", [
    "Bel me gerust op 06-23456789.",
    "Vragen? Ik ben bereikbaar op 06-23456789, ook 's avonds.",
    "mijn nummer: 06 23 45 67 89 (bellen of appen)",
])
def test_the_writers_own_number_is_own_phone(text):
    assert [label for _, label in _labels(text)] == ["own-phone"]


def test_work_number_is_review_private_number_block_through_the_cli(tmp_path):
    from conftest import run_json
    work = tmp_path / "werk.txt"
    work.write_text("Vragen over de vergunning? Bel collega Sanne op 06-23456789 of mail s.devries@heemstede.nl.\n",
                    encoding="utf-8")
    private = tmp_path / "prive.txt"
    private.write_text("Vragen? Bel de buurvrouw van Sanne op 06-23456789.\n", encoding="utf-8")
    out = run_json(["--pack", "heemstede", str(work), str(private)], cwd=tmp_path)
    verdicts = {f["path"].rsplit("/", 1)[-1]: f["verdict"] for f in out["files"]}
    assert verdicts == {"werk.txt": "review", "prive.txt": "block"}


@pytest.mark.parametrize("text,span", [
    ("haha die mevrouw van der lee (82) van de Lanckhorstlaan belt weer", "mevrouw van der lee (82) van de Lanckhorstlaan"),
    ("meneer jansen (79) uit de Kerklaan heeft gebeld", "meneer jansen (79) uit de Kerklaan"),
    ("Mw. de Vries, 84, kwam langs", "Mw. de Vries, 84"),
    ("Dhr. Pieters uit de Molenstraat klaagt", "Dhr. Pieters uit de Molenstraat"),
    ("mevrouw van den berg, 90, uit de Dorpsstraat", "mevrouw van den berg, 90, uit de Dorpsstraat"),
    ("meneer Bakker van 81 jaar was jarig", "meneer Bakker van 81 jaar"),
])
def test_title_surname_with_age_or_street_is_a_described_person(text, span):
    hits = [h for h in PersonFinder().find(text) if h.label == "described-person"]
    assert [text[h.start:h.end] for h in hits] == [span]


@pytest.mark.parametrize("text", [
    "Mevrouw de burgemeester (54) opende de brug.", "Meneer de voorzitter van de Dorpsraad sprak.",
    "mevrouw de wethouder uit de Kerkstraat", "Mevrouw Jansen opende de tentoonstelling.",
    "Een mevrouw van 82 uit de Kerklaan belde.", "de meneer van de gemeente uit de Kerkstraat",
    "mevrouw de directeur (60) van de Kerklaan", "meneer (79) uit de Kerklaan",
])
def test_titles_without_a_private_person_are_not_described_persons(text):
    assert [h for h in PersonFinder().find(text) if h.label == "described-person"] == []


def test_allowed_surname_is_not_a_described_person():
    text = "Mevrouw Pieters (52) van de Stationsweg beantwoordt uw vragen."
    assert [h.label for h in PersonFinder().find(text)] == ["described-person"]
    assert PersonFinder(allow_names=["Anja Pieters"]).find(text) == []


def test_described_person_blocks_in_heemstede_through_the_cli(tmp_path):
    from conftest import run_json
    draft = tmp_path / "post.txt"
    draft.write_text("die meneer jansen (79) uit de Kerklaan belt weer over zijn aanslag.\n", encoding="utf-8")
    out = run_json(["--pack", "heemstede", str(draft)], cwd=tmp_path)
    assert out["files"][0]["verdict"] == "block"
    assert "heemstede.person-described" in {f["rule"] for f in out["files"][0]["findings"]}


def test_pack_labels_are_the_detectors_labels():
    """Packs validate `labels:` against kinds.detect.LABELS (kept apart from nlp so that loading a pack does not
    import the detectors); it must name exactly what the identify detector emits."""
    from postcheck.kinds.detect import LABELS as PACK_LABELS
    from postcheck.nlp.identify import LABELS
    assert set(PACK_LABELS["identify"]) == set(LABELS)
