"""Fortieth round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round40.yaml`.

From tune44's misses (holdout44 was committed first and scored once before this work):

- a client's surname in its other spelling ("Verheijen" in the list, "Verheyen" in the post;
  `nlp/data/surname_spellings.txt`), an exact variant of the name;
- an animal named after its kind ("geit Bertha", "pony Saartje": `nlp/data/pet_words.txt` holds farm animals now)
  is no client;
- a milder word of annoyance aimed at someone ("die zeurkous", "de grootste zeurpieten"), its own rule
  `tone-belittling` (review; `lexicons/cues/kleinerend.txt`), the words also said in affection left out;
- "tuig" an insult only with a word of contempt or as what a group is ("die lui zijn echt tuig", "dat die lui gewoon
  tuig zijn", "het tuig dat ..."); a horse's harness or a ship's rigging is none;
- a doubt about posting with an adverb in it ("of ik dit zomaar mag delen"; `lexicons/cues/twijfel-plaatsen.txt`);
- the writer's own pictures named as the reason to take someone else's ("mijn eigen foto's waren mislukt, dus ...")
  are no own work that lifts copied-material (`lexicons/cues/toestemming.txt`);
- told in confidence and written down ("vertelde mij in vertrouwen dat ..."); a vote told verb first ("in maart
  stem ik op ..."); Domus rent arrears in plain words, also as heard (tenant-situation counts reported and quoted
  hits), and a tenant's home held up for ridicule; an outsider added to the Hartekamp closed group named in the
  sentence before; care talk in the group's own video call; a rule of thumb for anyone ("zo niet: niet posten")
  is no request to keep one thing quiet;
- after holdout44's end score, in-sample: `name-refused-text` (block), a person named though the post says they did
  not want to be named (off in domus and heemstede, whose names detector stays gated).

And from the last round's review:

- a cue set's `cancelled_by`: the sets whose hit, said by the writer anywhere in the draft, cancel it in rule
  conditions. The consent sets (`naamtoestemming`, `beeldtoestemming`) name `toestemming_twijfel` once, in basis,
  instead of fourteen `unless` conditions each repeating `no_cues: [toestemming_twijfel]`: a consent the writer
  doubts in the same post is no consent, for every rule that a consent lifts, in every pack.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flag_pass_tests, invoke, rule_ids, run_json, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round40.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r40")


def _pack(tmp_path, consent_opts: str = "", doubt_opts: str = "", doubt_kind: str = "cues") -> Path:
    (tmp_path / "consent.txt").write_text("=mocht ... =noemen\n", encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "name: p\nlanguage: nl\nlexicons:\n"
        f"  consent: {{kind: cues, files: [consent.txt]{consent_opts}}}\n"
        f"  doubt: {{kind: {doubt_kind}, entries: ['weet ik niet']{doubt_opts}}}\n"
        "  woord: {kind: cues, entries: ['=kamp']}\n"
        "rules:\n  - id: r\n    kind: cues\n    cues: [woord]\n    unless: {cues: [consent]}\n"
        "    category: person-name\n    severity: review\n    message: 'x {text}'\n", encoding="utf-8")
    return pack


def _fires(pack: Path, text: str) -> bool:
    from postcheck.api import check_text
    from postcheck.config import Settings
    report = check_text(text, Settings(packs=(str(pack),)))
    return any(f.rule == "p.r" for f in report.files[0].findings)


@pytest.mark.parametrize("text,fires", [
    ("Mooi kamp gehad. Ik mocht haar naam noemen.", False),                                  # consent: lifted
    ("Mooi kamp gehad. Ik mocht haar naam noemen, of ze het nog wil weet ik niet.", True),   # doubted: not lifted
    ("Mooi kamp gehad. Ik mocht haar naam noemen. Hij zei: 'weet ik niet'.", False),        # a quoted doubt: none
    ("Mooi kamp gehad.", True),
])
def test_cancelled_by_cancels_a_consent_the_writer_doubts(tmp_path, text, fires):
    assert _fires(_pack(tmp_path, ", cancelled_by: [doubt]"), text) is fires


def test_without_cancelled_by_the_doubt_changes_nothing(tmp_path):
    assert not _fires(_pack(tmp_path), "Mooi kamp gehad. Ik mocht haar naam noemen, of ze het nog wil weet ik niet.")


def test_the_cancelling_set_is_matched_though_no_rule_reads_it(tmp_path):
    """Only `cancelled_by` names the doubt set: the engine still matches it wherever the consent set is read."""
    from postcheck.api import build_engine
    from postcheck.config import Settings
    engine = build_engine(Settings(packs=(str(_pack(tmp_path, ", cancelled_by: [doubt]")),)))
    assert engine.cancelled_by == {"consent": ("doubt",)}


def test_stacked_packs_cannot_make_cancellations_loop(tmp_path):
    """Each pack is valid on its own, but the second gives the first's cancelling set a cancelled_by naming the set
    it cancels: the cancelling set is read as written, so the consent is still cancelled and nothing loops."""
    from postcheck.api import check_text
    from postcheck.config import Settings
    first = _pack(tmp_path, ", cancelled_by: [doubt]")
    second = tmp_path / "q.yaml"
    second.write_text("name: q\nlanguage: nl\nlexicons:\n"
                      "  consent: {kind: cues, entries: ['=mocht ... =noemen']}\n"
                      "  doubt: {kind: cues, entries: ['weet ik niet'], cancelled_by: [consent]}\nrules: []\n",
                      encoding="utf-8")
    settings = Settings(packs=(str(first), str(second)))
    doubted = check_text("Mooi kamp gehad. Ik mocht haar naam noemen, of ze het nog wil weet ik niet.", settings)
    assert any(f.rule == "p.r" for f in doubted.files[0].findings)
    consent = check_text("Mooi kamp gehad. Ik mocht haar naam noemen.", settings)
    assert not any(f.rule == "p.r" for f in consent.files[0].findings)


@pytest.mark.parametrize("consent_opts,doubt_opts,doubt_kind,message", [
    (", cancelled_by: [twijfel]", "", "cues", "'twijfel' is not another cue set"),
    (", cancelled_by: [consent]", "", "cues", "'consent' is not another cue set"),
    (", cancelled_by: [doubt]", ", cancelled_by: [woord]", "cues", "'doubt' has a cancelled_by of its own"),
    ("", ", cancelled_by: [consent]", "terms", "cancelled_by is for cue sets (kind: cues), not terms"),
])
def test_cancelled_by_names_another_plain_cue_set(tmp_path, consent_opts, doubt_opts, doubt_kind, message):
    from postcheck.errors import UserError
    from postcheck.packs.load import load_pack
    with pytest.raises(UserError) as err:
        load_pack(str(_pack(tmp_path, consent_opts, doubt_opts, doubt_kind)))
    assert message in str(err.value)
    assert "p.yaml:" in str(err.value)


def test_a_bad_cancelled_by_is_a_clear_cli_error(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Mooi kamp gehad.", encoding="utf-8")
    result = invoke(["--pack", str(_pack(tmp_path, ", cancelled_by: [twijfel]")), str(draft)], exit_code=2)
    assert "p.yaml:4:" in result.stderr and "cancelled_by: 'twijfel' is not another cue set" in result.stderr
    assert "Traceback" not in result.stderr


# -- surnames in their other spelling ("Verheijen" in the client list, "Verheyen" in the post) -------------------

def _index(*entries: str):
    import tempfile

    from postcheck.nlp.lexicon.entries import SlotSpec
    from postcheck.nlp.lexicon.index import LexiconIndex
    return LexiconIndex.build([SlotSpec("clients", "names", entries)], Path(tempfile.mkdtemp()))


@pytest.mark.parametrize("text,found,how", [
    ("Het verhaal van meneer Toon Verheyen van nummer 7.", "Toon Verheyen", "variant:spelling"),
    ("het verhaal van toon verheyen", "toon verheyen", "variant:spelling"),
    ("Gisteren sprak ik Verheyen nog.", "Verheyen", "variant:surname"),          # a distinctive surname alone
    ("Gesprek met mevrouw Dijkstra gehad.", "mevrouw Dijkstra", "variant:title"),  # "Dykstra" in the list
    ("Jan Dijkstra kwam ook.", "Jan Dijkstra", "variant:spelling"),
    ("Piet van der Tijssen kwam ook.", "Piet van der Tijssen", "variant:spelling"),
    ("Wilma Blank kwam ook.", "Wilma Blank", "variant:spelling"),
])
def test_a_surname_in_its_other_spelling_is_the_same_client(text, found, how):
    hits = _index("Toon Verheijen", "Jan Dykstra", "Piet van der Thijssen", "Wilma Blanck").find(text)
    assert [(text[h.start:h.end], h.how) for h in hits] == [(found, how)]


@pytest.mark.parametrize("text", [
    "Blank en zwart, dat is de vraag.",       # "Blanck" respelled is a Dutch word: alone it needs a title
    "De verheyen-achtige gevels van toen.",   # a lower-case surname alone is no name
    "Toon Verhagen kwam ook.",                # another surname
    "Zij zag Dijkstra.",                      # a common surname alone stays weak evidence
])
def test_a_respelling_does_not_make_words_or_other_names_clients(text):
    hits = _index("Toon Verheijen", "Jan Dykstra", "Wilma Blanck").find(text)
    assert not [h for h in hits if h.strength == "strong"], hits


def test_a_respelling_that_is_a_word_is_matched_only_after_the_first_name():
    """"Huys" respelled is "huis": alone it would be a candidate at every house of every text (the big-lexicon
    benchmark lost a third of its speed), so only the full name is added in that spelling."""
    index = _index("Kees Huys", "Ria Kock")
    assert [(h.how, h.key) for h in index.find("Gisteren zag ik Kees Huis nog.")] == [("variant:spelling", "Kees Huys")]
    # the word alone, even after a title, is not the respelled client (the price of keeping "huis" out of the index)
    assert not index.find("Ons huis is te koop, en mevrouw Kok is de makelaar.")
    assert not index.find("Het huis van de kok.")


def test_the_respellings_are_read_from_the_data_file_and_keep_the_interfix():
    from postcheck.nlp.lexicon.entries import _parse_name, _spelled
    assert _spelled(_parse_name("Toon Verheijen")) == [("verheyen", "verheyen")]
    assert _spelled(_parse_name("Jan Dykstra")) == [("dijkstra", "dijkstra")]
    # each pair alone, then together; "ij" -> "y" is not undone by "y" -> "ij"
    assert _spelled(_parse_name("Piet van der Thijssen")) == [
        ("van der thyssen", "thyssen"), ("van der tijssen", "tijssen"), ("van der tyssen", "tyssen")]
    assert _spelled(_parse_name("Gerda Hendrikx")) == []
    assert _spelled(_parse_name("Kees Smit")) == []            # "t" is never respelled "th" or "dt"


def test_a_respelled_client_blocks_through_the_cli(tmp_path):
    (tmp_path / "clients.txt").write_text("Toon Verheijen\n", encoding="utf-8")
    (tmp_path / "postcheck.yaml").write_text("lexicons:\n  clients: clients.txt\n", encoding="utf-8")
    draft = tmp_path / "post.txt"
    draft.write_text("Mooi verhaal van meneer Toon Verheyen, die hier in 1958 al hielp voegen.", encoding="utf-8")
    result = run_json(["--pack", "domus", "--config", str(tmp_path / "postcheck.yaml"), str(draft)],
                      cwd=tmp_path)
    (entry,) = result["files"]
    assert entry["verdict"] == "block"
    assert "client-name" in rule_ids(entry)


