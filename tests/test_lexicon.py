"""Lexicon matcher: name/place/term variants, negatives, cache round trip at scale."""
from __future__ import annotations

import os
import random
import stat
import unicodedata
from pathlib import Path

import pytest

from postcheck import cache
from postcheck.nlp.inflect import forms
from postcheck.nlp.lexicon import LexiconIndex, SlotSpec

# Made-up people (Dutch, Turkish, Moroccan, Surinamese, Antillean); (first, surname).
PEOPLE = [
    ("Anouk", "van den Berg"), ("Mehmet", "Yılmaz"), ("Fatima", "El Idrissi"), ("Kofi", "Sitaldin"),
    ("Sevda", "Öztürk"), ("Youssef", "Bennani"), ("Ravi", "Ramdhanie"), ("Gérard", "Wijnholds"),
    ("Priya", "Sewnandan"), ("Zeynep", "Karadağ"), ("Marloes", "ter Horst"), ("Hatice", "Çakırgöz"),
    ("Iris", "van der Kolk"), ("Nordin", "Azzouzi"), ("Shanti", "Kartodikromo"), ("Jurriaan", "de Gruyter"),
    ("Esmée", "Hoogendijk"), ("Brahim", "Ouhaddou"), ("Lieke", "van Vuuren"), ("Djamila", "Pinasmoe"),
    ("Emre", "Gündoğdu"), ("Wendelien", "Tjon Affo"),
]
ENTRIES = tuple(f"{f} {s}" for f, s in PEOPLE)
CYR = {"a": "а", "e": "е", "o": "о", "A": "А", "E": "Е", "O": "О"}


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.replace("ı", "i"))
                   if not unicodedata.combining(c))


def squash(s: str) -> str:
    return strip_accents(s).lower().replace(" ", "")


def core(surname: str) -> str:
    return surname.split()[-1]


def misspell(first: str, surname: str) -> str:
    c = core(surname)
    i = len(c) // 2
    bad = c[:i] + ("x" if c[i] != "x" else "q") + c[i + 1:]
    return f"{first} {surname[: len(surname) - len(c)]}{bad}"


def add_accent(s: str) -> str:
    for plain, acc in (("e", "é"), ("a", "á"), ("o", "ö"), ("i", "ï"), ("u", "ü")):
        if plain in s:
            return s.replace(plain, acc, 1)
    return s


def cyrillic(s: str) -> str:
    for ch in s:
        if ch in CYR:
            return s.replace(ch, CYR[ch], 1)
    return s


def variant_cases():
    for first, sur in PEOPLE:
        full = f"{first} {sur}"
        plain = strip_accents(full)
        cases = {
            "full": (f"Gisteren sprak ik {full} op de markt.", full, "exact"),
            "initials": (f"Brief aan {first[0]}. {sur} verstuurd.", f"{first[0]}. {sur}", "variant:initials"),
            "initials-bare": (f"Brief aan {first[0]} {sur} verstuurd.", f"{first[0]} {sur}", "variant:initials"),
            "title": (f"Gesprek met mevrouw {sur} gehad.", f"mevrouw {sur}", "variant:title"),
            "title-abbr": (f"Afspraak met dhr. {sur} verzet.", f"dhr. {sur}", "variant:title"),
            "possessive": (f"Dat is {full}'s fiets.", f"{full}'s", "variant:possessive"),
            "possessive-curly": (f"Dat is {full}’s fiets.", f"{full}’s", "variant:possessive"),
            "caps": (f"LET OP: {full.upper()} KOMT.", full.upper(), "exact"),
            "dropped": (f"Bezoek van {plain} vandaag.", plain, "exact"),
            "added": (f"Bezoek van {add_accent(full)} vandaag.", add_accent(full), "exact"),
            "hashtag": (f"Mooi feest #{squash(full)} #buurt", squash(full), "variant:hashtag"),
            "mention": (f"Dank @{squash(first + core(sur))}!", squash(first + core(sur)), "variant:mention"),
            "misspelled": (f"Gisteren sprak ik {misspell(first, sur)} op straat.", misspell(first, sur), "fuzzy"),
            "cyrillic": (f"Gisteren sprak ik {cyrillic(full)} op de markt.", cyrillic(full), "exact"),
        }
        for form, (text, expect, how) in cases.items():
            yield pytest.param(full, text, expect, how, id=f"{squash(full)}-{form}")


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> LexiconIndex:
    d = tmp_path_factory.mktemp("cache")
    slots = [
        SlotSpec("clients", "names", ENTRIES + ("Pieter Bakker", "Sanne Visser")),
        SlotSpec("properties", "places", ("Complex De Linde", "Kerkstraat 12-20", "Dorpsstraat", "Hoofdstraat 3")),
        SlotSpec("confidential", "terms", ("huurder", "bouwoverleg", "sloopplan"), compounds=True),
        SlotSpec("tone", "terms", ("boef",), compounds=False),
    ]
    return LexiconIndex.build(slots, d)


@pytest.mark.parametrize("entry,text,expect,how", list(variant_cases()))
def test_name_variants(index, entry, text, expect, how):
    hits = [h for h in index.find(text) if h.label == "clients"]
    start = text.index(expect)
    spans = [(h.start, h.end) for h in hits]
    assert (start, start + len(expect)) in spans, (spans, text)
    hit = next(h for h in hits if (h.start, h.end) == (start, start + len(expect)))
    assert hit.key == entry
    assert hit.how.startswith(how)
    assert hit.strength == "strong"


@pytest.mark.parametrize("text", [
    "Bergen is een mooie stad aan zee.",
    "We gaan morgen de berg op.",
    "De bakker op de hoek bakt heerlijk brood.",
    "Bakker zijn is een mooi vak.",
    "Visser kreeg een boete.",                       # surname that is a common word, alone
    "Kerkstraat 40 wordt gerenoveerd.",
    "Hoofdstraat 4 staat leeg.",
    "Klaas Post kwam gisteren langs.",
    "Mevrouw de Wit was er ook.",
    "Jan de Vries en Kees Jansen speelden mee.",
    "De linde in de tuin bloeit.",
    "Idris en Marlies gingen naar Bergeijk.",
    "Een verhuurder is geen huurder? Nee: huurd.",   # 'verhuurder' is compound-like but term is < compounds for tone
    "Wij huren een huis.",
    "Vandenberghe schreef een boek.",
    "De horst bij het bos.",
    "Een boefje is geen boefjes.",
])
def test_no_false_hits(index, text):
    hits = [h for h in index.find(text) if h.label in ("clients", "properties")]
    if text.startswith("Een verhuurder"):
        # the term slot may fire on 'huurder' (exact) and 'verhuurder' (compound), but no names/places
        assert not hits
        return
    if text.startswith("Een boefje"):
        hits = index.find(text)
        assert {h.how for h in hits if h.label == "tone"} == {"lemma"}
        return
    assert hits == [], [(text[h.start:h.end], h.label, h.how) for h in hits]


def test_weak_forms(index):
    hits = index.find("Anouk kwam en Bennani ook.")
    by = {h.how: h for h in hits}
    assert by["variant:first-name"].strength == "weak"
    assert by["variant:surname"].strength == "strong"        # distinctive surname
    hits = index.find("Yılmaz kwam ook.")                      # very common surname alone
    assert [h.strength for h in hits] == ["weak"]


def test_places(index):
    for text, expect in [("Kerkstraat 14 is klaar", "Kerkstraat 14"), ("Kerkstraat 12a is klaar", "Kerkstraat 12a"),
                         ("op de Dorpsstraat", "Dorpsstraat"), ("Dorpsstraat 7", "Dorpsstraat 7"),
                         ("Hoofdstraat 3", "Hoofdstraat 3"), ("bij complex de linde", "complex de linde"),
                         ("In de Kerkstrat 14 wonen", "Kerkstrat 14")]:
        hits = [h for h in index.find(text) if h.label == "properties"]
        assert [text[h.start:h.end] for h in hits] == [expect], text


def test_terms_inflection_and_compounds(index):
    text = "De huurders, het bouwoverleg, twee bouwoverleggen, het bouwoverlegverslag en projectbouwoverleg."
    got = {(text[h.start:h.end], h.how) for h in index.find(text) if h.label == "confidential"}
    assert got == {("huurders", "lemma"), ("bouwoverleg", "exact"), ("bouwoverleggen", "lemma"),
                   ("bouwoverlegverslag", "compound"), ("projectbouwoverleg", "compound")}
    assert "huurders" in forms("huurder") and "bouwoverleggen" in forms("bouwoverleg")
    assert "huisje" in forms("huis") and "huizen" in forms("huis")
    # no compounds for the tone slot
    assert not [h for h in index.find("Een boefenstreek.") if h.label == "tone"]


def test_cache_files_private_and_corrupt_cache_rebuilds(tmp_path):
    d = tmp_path / "c"
    slots = [SlotSpec("clients", "names", ("Anouk van den Berg",))]
    a = LexiconIndex.build(slots, d)
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    files = list(d.glob("*.pickle"))
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    for f in files:
        f.write_bytes(b"garbage")
    b = LexiconIndex.build(slots, d)
    assert b.find("Anouk van den Berg") == a.find("Anouk van den Berg")
    os.chmod(d, 0o500)
    try:
        assert cache.store("ab" * 32, {"x": 1}, d) is False or os.getuid() == 0
    finally:
        os.chmod(d, 0o700)


# ---------------------------------------------------------------- scale: 100k names + 150k streets

def _deduce_list(rel: str) -> list[str]:
    import deduce
    path = Path(deduce.__file__).parent / "data" / "lookup" / "src" / rel / "items.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def big(tmp_path_factory):
    first, sur = _deduce_list("names/lst_first_name"), _deduce_list("names/lst_surname")
    streets = _deduce_list("locations/lst_street")[:150_000]
    rng = random.Random(7)
    names: set[str] = set()
    while len(names) < 100_000:
        s = rng.choice(sur)
        if rng.random() < 0.25:
            s = rng.choice(["van", "de", "van den", "van der", "ter"]) + " " + s
        names.add(f"{rng.choice(first)} {s}")
    slots = [SlotSpec("clients", "names", tuple(sorted(names))), SlotSpec("properties", "places", tuple(streets))]
    d = tmp_path_factory.mktemp("bigcache")
    built = LexiconIndex.build(slots, d)
    return slots, d, built, sorted(names)[:50], streets[:50]


def test_big_index_cached_and_identical(big):
    slots, d, built, some_names, some_streets = big
    loaded = LexiconIndex.build(slots, d)
    assert loaded is not built and list(d.glob("*.pickle"))
    text = " en ".join(some_names[:20]) + ". Adres: " + ", ".join(some_streets[:20])
    assert loaded.find(text) == built.find(text)
    found = {h.key for h in loaded.find(text) if h.label == "clients"}
    assert set(some_names[:20]) <= found


# ---------------------------------------------------------------- fuzzy precision, hashing

@pytest.fixture(scope="module")
def streets(tmp_path_factory) -> LexiconIndex:
    slots = [SlotSpec("properties", "places", ("neerland", "waterstraat", "kerkstraat", "uiterwaard",
                                               "oude gracht")),
             SlotSpec("clients", "names", ("Thijs Reigersberg", "Anouk van den Berg"))]
    return LexiconIndex.build(slots, tmp_path_factory.mktemp("streets"))


@pytest.mark.parametrize("text", [
    "In Nederland hebben we veel open data.",           # a country, not the street 'neerland'
    "Het ministerie van Infrastructuur en Waterstaat.",  # a Dutch word one letter from 'waterstraat'
    "Uiteraard is dat belangrijk.",                      # 'uiterwaard' without number or street suffix
    "De Oude Graft is een andere straat.",               # only the generic word spelled right
])
def test_no_fuzzy_noise_on_one_word_places(streets, text):
    assert [h for h in streets.find(text) if h.how.startswith("fuzzy")] == []


@pytest.mark.parametrize("text,expect", [
    ("We renoveren de Kirkstraat dit jaar.", "Kirkstraat"),      # same street suffix, no number
    ("Adres: Waterstrat 12, tweede etage.", "Waterstrat 12"),    # house number after it
    ("Langs de Oude Grascht lopen.", "Oude Grascht"),            # one word of two spelled right
])
def test_fuzzy_places_still_found(streets, text, expect):
    hits = [h for h in streets.find(text) if h.label == "properties"]
    assert [(text[h.start:h.end], h.how.split(":")[0]) for h in hits] == [(expect, "fuzzy")]


def test_fuzzy_names_need_an_exact_word(streets):
    # a misspelled surname alone is no evidence; with the first name (or a title) it is
    assert not [h for h in streets.find("Het Reijgersberg project.") if h.label == "clients"]
    hits = [h for h in streets.find("Gisteren sprak Thijs Reijgersberg mij aan.") if h.label == "clients"]
    assert [(h.key, h.how.split(":")[0]) for h in hits] == [("Thijs Reigersberg", "fuzzy")]
    hits = [h for h in streets.find("Brief aan mevrouw Reijgersberg.") if h.label == "clients"]
    assert [h.key for h in hits] == ["Thijs Reigersberg"]


def test_scan_fold_short_and_long_paths_agree():
    from postcheck.nlp.lexicon import _codes, _scan_table, scan_fold
    rng = random.Random(3)
    alphabet = [chr(c) for c in range(0x3100)] + ["\U0001F600", "\u3000", "Ａ"]
    for _ in range(300):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 600)))
        assert scan_fold(s) == _scan_table()[_codes(s)].tobytes().decode("utf-32-le", "surrogatepass")


def test_odd_texts(index):
    for text in ["", " ", "\n\n", "。。", "\u3000Anouk\u3000van den Berg\u3000", "🙂" * 5, "a" * 5000]:
        hits = index.find(text)
        assert all(0 <= h.start < h.end <= len(text) for h in hits)
    hits = index.find("\u3000Anouk\u3000van den Berg\u3000")
    assert [h.how for h in hits if h.label == "clients"] == ["exact"]


def test_possessive_and_hashtag_spans_survive_the_hashing(index):
    text = "Zie #anoukvandenberg en Anouk van den Berg’s fiets."
    got = {(text[h.start:h.end], h.how) for h in index.find(text) if h.label == "clients"}
    assert ("anoukvandenberg", "variant:hashtag") in got
    assert ("Anouk van den Berg’s", "variant:possessive") in got


def test_one_word_places_need_a_capital(tmp_path):
    """Street lists hold words like 'Data' or 'Java': lower-case running text is not a street."""
    index = LexiconIndex.build([SlotSpec("properties", "places", ("Java", "Kerkstraat", "Oude Gracht"))], tmp_path)
    assert index.find("We schreven het in java en kerkstraat was fout gespeld.") == []
    found = [(h.start, h.end) for h in index.find("Op de Kerkstraat 4 en aan de oude gracht.")]
    assert found == [(6, 18), (29, 40)]


def test_ambiguous_places_need_a_house_number(tmp_path):
    """Street lists hold streets named like words, towns and people: alone, they are not that street."""
    places = ("Haven", "Gent", "Sander", "Dorpsstraat", "Complex De Linde", "De Nieuwe", "op de hoogte")
    index = LexiconIndex.build([SlotSpec("properties", "places", places)], tmp_path)
    quiet = "Haven en Gent zijn mooi. Sander houdt ons op de hoogte van de nieuwe plannen."
    assert index.find(quiet) == []
    text = "Werk aan Haven 12, aan de Dorpsstraat, bij Complex De Linde en in De Nieuwe."
    assert [text[h.start:h.end] for h in index.find(text)] == ["Haven 12", "Dorpsstraat", "Complex De Linde",
                                                                "De Nieuwe"]


def test_title_and_initials_count_when_a_surname_is_also_a_term_or_a_street(tmp_path):
    """A key shared by a surname and a term or place still looks for a title or initials before it."""
    index = LexiconIndex.build([SlotSpec("properties", "places", ("van Dijk", "Jansen")),
                                SlotSpec("news", "terms", ("bakker",)),
                                SlotSpec("clients", "names", ("Piet van Dijk", "Anna Bakker", "Piet Jansen"))],
                               tmp_path)
    text = "Mevrouw van dijk en P. van Dijk; dhr. bakker en A. Bakker; dhr. jansen en P. Jansen."
    got = {(text[h.start:h.end], h.how) for h in index.find(text) if h.label == "clients"}
    assert {("Mevrouw van dijk", "variant:title"), ("P. van Dijk", "variant:initials"),
            ("dhr. bakker", "variant:title"), ("A. Bakker", "variant:initials"),
            ("dhr. jansen", "variant:title"), ("P. Jansen", "variant:initials")} <= got


def test_key_level_capital_filters_agree_with_the_entries(tmp_path):
    """One-word places and places starting with an article are filtered per key before the per-entry
    checks: capitals, sigils and house numbers decide exactly as before."""
    places = ("Java", "De Nieuwe", "op de hoogte", "Molenweg 3")
    index = LexiconIndex.build([SlotSpec("properties", "places", places),
                                SlotSpec("clients", "names", ("Anna Molenweg",))], tmp_path)
    text = ("#java, @Java en Java maar niet java; de Nieuwe en De Nieuwe maar niet de nieuwe of De nieuwe; "
            "op De hoogte, niet Op de hoogte; molenweg 3 en Molenweg 3; DE NIEUWE.")
    got = [(text[h.start:h.end], h.label, h.how) for h in index.find(text)]
    assert got == [("java", "properties", "variant:hashtag"), ("Java", "properties", "variant:mention"),
                   ("Java", "properties", "exact"), ("de Nieuwe", "properties", "exact"),
                   ("De Nieuwe", "properties", "exact"), ("op De hoogte", "properties", "exact"),
                   ("Molenweg", "clients", "variant:surname"), ("Molenweg 3", "properties", "exact"),
                   ("DE NIEUWE", "properties", "exact")]


@pytest.mark.parametrize("text,found", [
    ("onze yfke is vandaag 9 geworden!! taart om 7 uur", ["yfke"]),       # typed in lower case: still the client
    ("Onze Yfke is vandaag 9 geworden", ["Yfke"]),
    ("hoi damian, tot morgen bij de zwemles", ["damian"]),
    ("max 3 kinderen per auto, de rest fietst", []),                      # a frequent word form stays a word
    ("de roos in de tuin bloeit weer", []),                               # an ordinary word stays a word
    ("yfkes fiets staat nog buiten", ["yfkes"]),                          # her possessive, in lower case too
])
def test_a_client_first_name_typed_in_lower_case(tmp_path, text, found):
    index = LexiconIndex.build([SlotSpec("clients", "names", ("Yfke de Roos", "Damian Koster", "Max Bakker",
                                                               "Roos Jansen"))], tmp_path)
    assert [text[h.start:h.end] for h in index.find(text) if h.label == "clients"] == found
