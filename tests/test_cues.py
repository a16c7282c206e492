"""The cue detector's tricky parts: the line language, scopes (negation, quotation, reporting), hashtags."""
from __future__ import annotations

import pytest
import spacy

from postcheck.errors import UserError
from postcheck.nlp.cues import CueDetector
from postcheck.nlp.cues.scope import Bounds
from postcheck.nlp.cues.syntax import CueSyntaxError, parse_line


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("nl")


def _find(nlp, sets, text, tmp_path):
    det = CueDetector.build(sets, cache_dir=tmp_path)
    return [(text[h.start:h.end], h.label, sorted(h.scopes())) for h in det.find(nlp(text), text)]


def test_parse_line_signs():
    line = parse_line("ik weet waar [persoon] woont|=wonen?")
    assert line.refs() == {"persoon"}
    last = line.segments[0][-1]
    assert last.optional and [a.exact for a in last.alts] == [False, True]
    assert parse_line("als ... het merken").segments[1][0].alts[0].text == "het"
    assert parse_line("*verslag").wildcard == "*verslag"


@pytest.mark.parametrize("bad", ["... pas op", "pas op ...", "als ... ...", "a*b", "pas (op)", "x? y?",
                                 "<> weet", "ik <>", "ik <> ... weet", "ik ... <> weet", "a <> b <> c", "a <> <> b"])
def test_parse_line_refuses(bad):
    with pytest.raises(CueSyntaxError):
        parse_line(bad)


def test_swap_sign_parses_into_the_other_order():
    line = parse_line("=ik|=we <> weet [persoon] te vinden")
    assert line.swap == (0, 0)
    swapped = line.swapped()
    assert [a.text for a in swapped[0][0].alts] == ["weet"] and [a.text for a in swapped[0][1].alts] == ["ik", "we"]
    assert parse_line("als ... =dan <> =weet ik").swap == (1, 0)
    assert parse_line("ik weet").swapped() is None


def test_swapped_order_counts_only_after_a_fronted_word(nlp, tmp_path):
    sets = {"x": ["=ik|=we <> =weet|=weten =je =te =vinden"]}
    found = lambda text: [g[0] for g in _find(nlp, sets, text, tmp_path)]  # noqa: E731
    assert found("ik weet je te vinden") == ["ik weet je te vinden"]
    assert found("Dan weet ik je te vinden.") == ["weet ik je te vinden"]
    assert found("Als je dat doet, weten we je te vinden.") == ["weten we je te vinden"]
    # verb first at the start of a sentence or after an opening quote is a question, not V2
    assert found("Weet ik je te vinden?") == []
    assert found("Hoi. Weten we je te vinden?") == []
    assert found("\"Weet ik je te vinden?\" vroeg ze.") == []
    # an emoji or other symbol before the verb is no fronted word; a word before the emoji is
    assert found("😂 Weet ik je te vinden?") == []
    assert found("... weet ik je te vinden?") == []
    assert found("Dan 😡 weet ik je te vinden.") == ["weet ik je te vinden"]
    assert found("Hij vroeg: \"Weet ik je te vinden?\"") == []


def test_swap_sign_as_a_set_reference_stands_for_both_orders(nlp, tmp_path):
    sets = {"boos": ["=ik <> =ben =het =zat"], "x": ["pas maar op [boos]"]}
    got = [g[0] for g in _find(nlp, sets, "Pas maar op ben ik het zat.", tmp_path) if g[1] == "x"]
    assert got == ["Pas maar op ben ik het zat"]


def test_inflection_case_and_diacritics(nlp, tmp_path):
    sets = {"x": ["dreigen", "cliëntdossier"]}
    got = _find(nlp, sets, "Hij DREIGDE ermee. Het clientdossier lag open.", tmp_path)
    assert [g[0] for g in got] == ["DREIGDE", "clientdossier"]


def test_exact_form_does_not_inflect(nlp, tmp_path):
    assert _find(nlp, {"x": ["=zal"]}, "Hij zou komen.", tmp_path) == []


def test_an_emoji_is_a_cue_word(nlp, tmp_path):
    sets = {"x": ["=🙄|=🙃", "nou =lekker =dan"]}
    got = _find(nlp, sets, "Nou lekker dan🙄 en nog eens 🙃. Een ☀️ zon telt niet.", tmp_path)
    assert [g[0] for g in got] == ["Nou lekker dan", "🙄", "🙃"]
    with pytest.raises(CueSyntaxError):
        parse_line("=🙄🙄x")


@pytest.mark.parametrize("text, found", [
    ("zij zaten op 90k", ["zaten op 90k"]), ("zij zaten op 40 K", ["zaten op 40 K"]),
    ("zij zaten op 1,4mln", ["zaten op 1,4mln"]), ("zij zaten op 2M", ["zaten op 2M"]),
    ("zij zaten op 12%", ["zaten op 12%"]), ("zij zaten op 90 duizend", ["zaten op 90 duizend"]),
    ("zij zaten op 90", []), ("zij zaten op km90k", []), ("zij zaten op 90kg", []), ("zij zaten op 100m", []),
    ("zij zaten op k", []), ("zij zaten op ton", []),
])
def test_a_short_amount_reads_as_its_unit_word(nlp, tmp_path, text, found):
    sets = {"x": ["=zaten =op ... =duizend|=miljoen|=%"]}
    assert [g[0] for g in _find(nlp, sets, text, tmp_path)] == found


def test_hashtag_and_hyphen_forms_of_a_phrase(nlp, tmp_path):
    got = _find(nlp, {"x": ["niet openbaar"]}, "Notulen #NietOpenbaar en ook niet-openbaar.", tmp_path)
    assert [g[0] for g in got] == ["NietOpenbaar", "niet-openbaar"]


def test_negation_scope(nlp, tmp_path):
    sets = {"x": ["vertrouwelijk"]}
    assert _find(nlp, sets, "Dit is niet vertrouwelijk.", tmp_path)[0][2] == ["negated"]
    assert _find(nlp, sets, "Dit is geen vertrouwelijke info.", tmp_path)[0][2] == ["denied", "negated"]
    # a clause boundary ends the scope
    assert _find(nlp, sets, "Niet normaal, dit is vertrouwelijk.", tmp_path)[0][2] == []
    # a negator inside an earlier subordinate clause does not negate the main clause
    got = _find(nlp, {"x": ["je gaat eraan"]}, "Als je niet oppast je gaat eraan.", tmp_path)
    assert got[0][2] == []


def test_a_negator_right_before_the_cue_negates_it_in_any_clause(nlp, tmp_path):
    sets = {"x": ["nieuws", "vertrouwelijk", "je gaat eraan"]}
    # "dat" and "maar" open no subordinate clause of their own here: the negator right before the cue counts
    assert _find(nlp, sets, "Dat is geen nieuws.", tmp_path)[0][2] == ["denied", "negated"]
    assert _find(nlp, sets, "Het is druk, maar dat is geen nieuws.", tmp_path)[0][2] == ["denied", "negated"]
    assert _find(nlp, sets, "Als het niet vertrouwelijk is, mag het online.", tmp_path)[0][2] == ["negated"]
    # one word between the subordinate clause's negator and the cue: the main clause is not negated
    assert _find(nlp, sets, "Als je niet oppast je gaat eraan.", tmp_path)[0][2] == []
    assert _find(nlp, sets, "Dat is groot nieuws.", tmp_path)[0][2] == []


def test_nooit_negates_the_rest_of_its_clause(nlp, tmp_path):
    sets = {"x": ["foto", "tuig"]}
    text = "Ik noem nooit de namen van onze pleegkinderen of laat foto's zien."
    assert _find(nlp, sets, text, tmp_path)[0][2] == ["negated"]
    # "niet" stays local: four words away it does not negate
    assert _find(nlp, sets, "Ik noem niet de namen van kinderen of laat foto's zien.", tmp_path)[0][2] == []
    # a new statement ends the reach of "nooit"
    assert _find(nlp, sets, "Ik heb nooit over de buren geklaagd maar het is tuig.", tmp_path)[0][2] == []
    assert _find(nlp, sets, "Ik heb nooit geklaagd, het is tuig.", tmp_path)[0][2] == []
    # beyond ten words it stops too
    far = "Ik heb nooit een keer in al die lange jaren hier bij ons in de straat tuig gezien."
    assert _find(nlp, sets, far, tmp_path)[0][2] == []
def test_maar_and_want_end_the_negated_clause(nlp, tmp_path):
    sets = {"x": ["de offerte van"]}
    assert _find(nlp, sets, "Zeg het niet verder maar de offerte van X is hoger.", tmp_path)[0][2] == []
    assert _find(nlp, sets, "Ik deel niet want de offerte van X is geheim.", tmp_path)[0][2] == []
    assert _find(nlp, sets, "Ik deel nooit de offerte van X.", tmp_path)[0][2] == ["negated"]


def test_a_fronted_cue_is_negated_after_its_verb_and_subject(nlp, tmp_path):
    sets = {"x": ["zelfgemaakte logo's", "namen van cliënten", "wachtwoorden"]}
    # Dutch V2: the object first, then verb, subject, (an adverb,) negator
    assert _find(nlp, sets, "Oude of zelfgemaakte logo's gebruiken we niet meer.", tmp_path)[0][2] == ["negated"]
    assert _find(nlp, sets, "Namen van cliënten noemen we nooit.", tmp_path)[0][2] == ["negated"]
    assert _find(nlp, sets, "Wachtwoorden deel je echt niet.", tmp_path)[0][2] == ["negated"]
    # the cue is the first word of its noun phrase: the rest of it comes before the verb
    got = _find(nlp, {"x": ["=zelfgemaakte"]}, "Zelfgemaakte logo's gebruiken we niet meer.", tmp_path)
    assert got[0][2] == ["negated"]
    # not fronted (deep in its clause), a clause break before the verb, no subject after the verb
    assert _find(nlp, sets, "Gisteren zag ik bij de buren in de tuin zelfgemaakte logo's hangen we niet",
                 tmp_path)[0][2] == []
    assert _find(nlp, sets, "Hier hangen zelfgemaakte logo's, die gebruiken we niet.", tmp_path)[0][2] == []
    assert _find(nlp, sets, "Zelfgemaakte logo's maken het team niet beter", tmp_path)[0][2] == []
    assert _find(nlp, sets, "Zelfgemaakte logo's gebruiken we gewoon.", tmp_path)[0][2] == []


def test_a_coordinator_opens_no_clause_that_keeps_its_negator_from_the_cue(nlp, tmp_path):
    sets = {"x": ["=besloten =groep", "je gaat eraan"]}
    got = _find(nlp, sets, "Ik zet geen foto online, en ook niks uit de besloten groep doorsturen.", tmp_path)
    assert got[0][2] == ["negated"]
    # a subordinator still does, after a coordinator too
    assert _find(nlp, sets, "En als je niet oppast je gaat eraan.", tmp_path)[0][2] == []


def test_a_negator_that_is_a_word_of_another_cue_negates_nothing_next_to_it(nlp, tmp_path):
    sets = {"x": ["=nog =niet =openbaar", "=niet =verder =vertellen"]}
    got = _find(nlp, sets, "en dit is nog niet openbaar dus niet verder vertellen: de locatie sluit", tmp_path)
    assert [g[2] for g in got] == [[], []]
    # without the other cue among the sets, the same "niet" is read as negating the request
    got = _find(nlp, {"x": ["=niet =verder =vertellen"]},
                "en dit is nog niet openbaar dus niet verder vertellen: de locatie sluit", tmp_path)
    assert got[0][2] == ["negated"]
    # a cue that overlaps this one shares its negator: "niet namens de zaak" still negates "namens de zaak"
    sets = {"a": ["=niet =namens =de =zaak"], "b": ["=namens =de =zaak"]}
    got = _find(nlp, sets, "dus niet namens de zaak", tmp_path)
    assert [g[0] for g in got if g[2] == ["negated"]] == ["namens de zaak"]


def test_negator_inside_the_cue_is_not_a_negation(nlp, tmp_path):
    assert _find(nlp, {"x": ["nog niet openbaar"]}, "Dit is nog niet openbaar.", tmp_path)[0][2] == []


def test_negator_in_a_gap_of_the_cue_is_a_negation(nlp, tmp_path):
    sets = {"x": ["=die =mensen ... =leven ... =als =beesten"]}
    assert _find(nlp, sets, "die mensen leven echt als beesten", tmp_path)[0][2] == []
    assert _find(nlp, sets, "die mensen leven echt niet als beesten", tmp_path)[0][2] == ["negated"]
    assert _find(nlp, {"x": ["=ben =niet =bang =om ... =langs"]}, "ik ben niet bang om bij je langs te komen",
                 tmp_path)[0][2] == []


def test_quotation_scope(nlp, tmp_path):
    sets = {"x": ["pas maar op"]}
    for text in ("Hij riep “pas maar op” naar me.", "Hij zei: 'pas maar op' en ging.", "> pas maar op\n\nDat las ik.",
                 "Ze zeggen „pas maar op” hier."):
        assert "quoted" in _find(nlp, sets, text, tmp_path)[0][2], text
    assert _find(nlp, sets, "Z'n hond, pas maar op!", tmp_path)[0][2] == []


def test_reporting_scope(nlp, tmp_path):
    sets = {"x": ["ik weet waar je woont"]}
    assert _find(nlp, sets, "Mijn collega werd gisteren bedreigd met ik weet waar je woont.", tmp_path)[0][2] == ["reported"]
    assert _find(nlp, sets, "Ik weet waar je woont, schreef hij.", tmp_path)[0][2] == ["reported"]
    assert _find(nlp, sets, "Hij werd bedreigd. Ik weet waar je woont.", tmp_path)[0][2] == []


def test_sentences_and_paragraphs():
    b = Bounds.of("Een zin. Nog een\nlange zin.\n\nNieuwe alinea")
    assert b.sentence_of(0) == 0 and b.sentence_of(10) == 1 and b.sentence_of(17) == 1
    assert b.paragraph_of(10) == 0 and b.paragraph_of(30) == 1


def test_quoted_ranges_as_one_alternation_found_them():
    """`Bounds.quoted` runs quotations and Markdown quote lines as two patterns: a quote line is taken whole and
    a quotation inside it is not a range of its own, as when they were one alternation (the last of it)."""
    import random
    import re

    one = re.compile(r"“[^”\n]{1,400}”|„[^”“\n]{1,400}[”“]|«[^»\n]{1,400}»|‘[^’\n]{1,400}’(?!\w)"
                     r"|(?<![\w])\"[^\"\n]{1,400}\"|(?<![\w])'(?=\w)[^'\n]{1,400}(?<=[\w.!?,])'(?!\w)"
                     r"|^[ \t]*>[^\n]*", re.MULTILINE)
    text = ("„Dit blijft onder ons”, zei ze.\n> Hij schreef \"niet doorsturen\" en ‘geheim’\nDat is 'écht' zo, "
            "m'n foto's \"later\"\n  > “citaat”")
    assert Bounds(text).quoted == [m.span() for m in one.finditer(text)]
    assert [text[a:b] for a, b in Bounds(text).quoted] == [
        "„Dit blijft onder ons”", "> Hij schreef \"niet doorsturen\" en ‘geheim’", "'écht'", "\"later\"",
        "  > “citaat”"]
    assert Bounds("geen citaat: 2 > 1 en m'n foto's").quoted == []
    alphabet = list("ab é.,!?\n>\t ") + ["“", "”", "„", "«", "»", "‘", "’", '"', "'"]
    rng = random.Random(21)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert Bounds(text).quoted == [m.span() for m in one.finditer(text)], text


def test_sentence_ends_and_clause_marks_as_the_plain_alternations_found_them():
    """`_SENTENCE_END` and `_CLAUSE_MARK` open with one character class (so `re` skips to candidates): the same
    matches as the alternations they were written as, at punctuation, blank lines, line breaks and dashes."""
    import random
    import re

    from postcheck.nlp.cues.scope import _CLAUSE_MARK, _SENTENCE_END

    plain = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+>#@]|\d+[.)]\s|[A-Z]))")
    text = "Wéér een zin?! Ja…\n- item\n2. twee\nNieuw \"citaat.\" En (zo).\n\nAlinea\n  \nEinde."
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert Bounds(text).sentence_ends == [14, 18, 19, 26, 28, 34, 49, 58, 60, 70]
    alphabet = list("aAé1 .!?…\n\t-*>#)]\"'”’") + ["2. ", "\n\n"]
    rng = random.Random(21)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    # the clause marks likewise: punctuation, a dash between spaces, the space before "maar"/"want"
    plain = re.compile(r"[,;:()\[\]“”„\"«»]|\s[-–—]\s|\s(?=(?:maar|want)\s)", re.I)
    text = "Ja, maar - zo (niet); wel: “dit” MAAR\twant want\n– nee»"
    assert [m.span() for m in _CLAUSE_MARK.finditer(text)] == [m.span() for m in plain.finditer(text)] != []
    alphabet = list("aM é1 .\n\t-–—,;:()[]“”„\"«»") + ["maar", "want", " MAAR ", " - "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in _CLAUSE_MARK.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_suffix_wildcard_found_from_its_forms_shared_piece(nlp, tmp_path):
    """'*plannen' has forms that do not share their first letters ("plannen", "gepland"): `Wildcard` looks for the
    piece they share ("plan") and tries the regex only where a form can start there, with what `finditer` finds:
    at the start and the end of a text, in any case, inside a compound, not inside a longer word."""
    import random

    from postcheck.nlp.cues.compile import _wildcard_regex
    from postcheck.nlp.cues.match import Wildcard

    wild = Wildcard(_wildcard_regex("*plannen"))
    assert wild.piece is not None and wild.piece.pattern == "plan" and wild.offsets == (0, 2)
    text = "Gepland: we werkPLANNEN de geplande dag, ze planden de plannetjes niet. Plannen"
    spans = [m.span() for m in wild.finditer(text)]
    assert [text[a:b] for a, b in spans] == ["Gepland", "PLANNEN", "geplande", "planden", "Plannen"]
    assert spans == [m.span() for m in wild.compiled.finditer(text)]
    compound = Wildcard(_wildcard_regex("**plannen"))   # a compound only: a lookbehind before the forms
    assert compound.piece is not None and [m.group() for m in compound.finditer(text)] == ["PLANNEN", "plande"]
    pieces = ["plan", "gepland", "geplande", "plannen", "PLANDE", "ne", "ge", "x", " ", "-", ".", "é", "\n"]
    rng = random.Random(21)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for w in (wild, compound):
            assert [m.span() for m in w.finditer(text)] == [m.span() for m in w.compiled.finditer(text)], text
    assert Wildcard(_wildcard_regex("*verslag")).piece is None   # forms that share their first letters: as it was
    sets = {"stuk": ["*plannen"]}
    assert _find(nlp, sets, "Het is gepland, we plannen het.", tmp_path) == [("gepland", "stuk", []),
                                                                          ("plannen", "stuk", [])]
    assert _find(nlp, sets, "Planeten en planten.", tmp_path) == []


def test_guide_sentences_with_a_word_as_a_search_per_sentence_found_them():
    """`guide._sentences_with` tries a word pattern only where `_starts` says one of its words can start: the
    sentences it finds are those a search over each sentence finds, at the start and end of a text, in capitals,
    after a quote, with a one-letter word ("u") and an apostrophe ("m'n")."""
    import random

    from postcheck.nlp.cues import guide

    patterns = [guide._generic(), (guide._READER, guide._READER_START),
                (guide._FIRST_PERSON, guide._FIRST_PERSON_START)]

    def per_sentence(word, text, ends):
        spans = [(ends[i - 1] if i else 0, ends[i] if i < len(ends) else len(text)) for i in range(len(ends) + 1)]
        return {i for i, (a, b) in enumerate(spans) if word.search(text, a, b)}

    text = ("Je weet het. Iemand zei: “jij” Mijn fiets? U. Dat is m'n idee, zei MEN. jezelf-test! "
            "Meisje en jouwtje. İk en ıemand. Uw beurt, jullie")
    ends = Bounds(text).sentence_ends
    for word, starts in patterns:
        assert guide._sentences_with(word, starts, text, ends) == per_sentence(word, text, ends) != set()
    pieces = ["je", "JIJ", "u", "uw", "Iemand", "m'n", "m’n", "mij", "men", "ik", "İk", "ı", "meisje", "-", "'",
              "“", " ", ". ", "? ", "\n\n", "é", "x"]
    rng = random.Random(21)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        ends = Bounds(text).sentence_ends
        for word, starts in patterns:
            assert guide._sentences_with(word, starts, text, ends) == per_sentence(word, text, ends), text


def test_unknown_reference_and_cycles(tmp_path):
    with pytest.raises(UserError):
        CueDetector.build({"x": ["[y] komt"]}, cache_dir=tmp_path)
    with pytest.raises(UserError):
        CueDetector.build({"x": ["[y]"], "y": ["[x]"]}, cache_dir=tmp_path)


def test_a_bad_line_in_a_cue_file_is_reported_with_its_file_and_line(tmp_path):
    from postcheck.packs.load import validate_pack_file

    (tmp_path / "dreiging.txt").write_text("# Bron: test. Licentie: zoals postcheck.\npas maar op\nals ... \n", encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text("name: p\nlexicons:\n  d: {kind: cues, files: [dreiging.txt]}\nrules:\n"
                    "  - {id: t, kind: cues, cues: [d], category: tone, severity: block, message: m}\n", encoding="utf-8")
    _pack, problems = validate_pack_file(pack)
    assert problems and problems[0].path.endswith("dreiging.txt") and problems[0].line == 3


def test_a_cue_file_checked_before_is_checked_again_once_it_changes(tmp_path, monkeypatch):
    """A valid cue file's check is remembered (start-up); an edit to it is checked again."""
    from postcheck.packs import load as packs_load

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cues = tmp_path / "dreiging.txt"
    cues.write_text("# Bron: test.\npas maar op\n", encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text("name: p\nlexicons:\n  d: {kind: cues, files: [dreiging.txt]}\nrules:\n"
                    "  - {id: t, kind: cues, cues: [d], category: tone, severity: block, message: m}\n", encoding="utf-8")
    assert packs_load.validate_pack_file(pack)[1] == []
    parsed = []
    real = __import__("postcheck.nlp.cues.syntax", fromlist=["parse_line"]).parse_line
    monkeypatch.setattr("postcheck.nlp.cues.syntax.parse_line", lambda line: parsed.append(line) or real(line))
    assert packs_load.validate_pack_file(pack)[1] == []
    assert parsed == []                      # remembered: not parsed again
    cues.write_text("# Bron: test.\npas maar op\nals ... \n", encoding="utf-8")
    _pack, problems = packs_load.validate_pack_file(pack)
    assert problems and problems[0].path.endswith("dreiging.txt") and problems[0].line == 3
    assert packs_load.validate_pack_file(pack)[1]   # a file with a problem is never remembered as valid


def test_an_index_loaded_from_the_cache_matches_like_a_fresh_one(nlp, tmp_path):
    sets = {"dreiging": ["=ik|=we <> =weet [persoon] =te =vinden", "als ... =nog =één =keer"],
            "persoon": ["=je|=jou|=hem|=haar"], "x": ["=🙄", "*verslag"]}
    text = "Als je dat nog één keer doet, dan weet ik je te vinden 🙄. Het MT-verslag lag er. Ik zou hem nooit vinden."
    fresh = _find(nlp, sets, text, tmp_path)
    again = CueDetector.build(sets, cache_dir=tmp_path)
    assert again.anchors.compiled is None   # the tables came from the cache, not from compiling
    assert [(text[h.start:h.end], h.label, sorted(h.scopes())) for h in again.find(nlp(text), text)] == fresh
    assert [g[0] for g in fresh if g[1] != "persoon"] == ["Als je dat nog één keer", "weet ik je te vinden", "🙄",
                                                          "MT-verslag"]


def test_matching_starts_from_the_least_frequent_word(nlp, tmp_path):
    """The index starts a line at the position whose words are rarest in Dutch (wordfreq's table), so a
    line of common words ('het is officieel') is tried only where 'officieel' stands, not at every 'het';
    the matches are the same whichever word it starts from."""
    from spacy.strings import hash_string
    from postcheck.nlp.cues.index import CueIndex

    index = CueIndex(CueIndex.compile({"x": ["=het =is =officieel", "=ik =mag =het =vertellen"]}, tmp_path))
    # (each line also compiles to its joined hashtag forms, '#hetisofficieel': one position, its own anchor)
    anchors = [set(parts[0][0]) for parts, (_si, lparts) in zip(index.parts, index.compiled.lines) if len(lparts[0]) > 1]
    assert anchors == [{hash_string("officieel")}, {hash_string("vertellen")}]
    text = "Het is officieel! En ik mag het vertellen, het is echt zo."
    assert [(text[h.start:h.end]) for h in CueDetector.build({"x": ["=het =is =officieel", "=ik =mag =het =vertellen"]},
                                                             cache_dir=tmp_path).find(nlp(text), text)] == \
        ["Het is officieel", "ik mag het vertellen"]


@pytest.mark.parametrize("text,scopes", [
    ("Mag ik dit doorsturen? Ja hoor.", ["question"]),
    ("Dit mag je doorsturen. Echt?", []),
    ("Mag ik dit doorsturen", []),
    ("Mag ik dit niet doorsturen?", ["negated", "question"]),
])
def test_a_cue_in_a_sentence_ending_in_a_question_mark_is_in_a_question(nlp, tmp_path, text, scopes):
    assert _find(nlp, {"x": ["doorsturen"]}, text, tmp_path)[0][2] == scopes
