"""Thirtieth round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round30.yaml`; this module holds the unit tests and the cases that need a config.

From tune34 (holdout34 was committed first and scored once before this work):

- a group of whole phrases at one place of a cue line, `(a b|c)` (and `(...)?`), so that alternatives of different
  length need no near-copy lines (the `a|b c` slip: `|` chooses between single words only);
- a rumour about a partner's finances passed on ("ik hoor uit de markt dat ze op omvallen staan") is the harm itself
  (`partner-finances` no longer skips reported claims); a claim denied as a whole ("het is niet zo|waar dat ...",
  "het klopt niet dat ...") negates its "dat" clause (`cues.scope`);
- a story that says it is made up lifts `tone-abuse` and `person-details` like the other name rules; a person of an
  example said not to exist ("Zij bestaat niet echt") makes it made up;
- the one in charge said no to the image, then "maar" (`verbod_genegeerd`); a blurred image is still an image;
- a listed client inside a wider person finding is still reported as a client (`evaluate.dedupe`);
- a page pointed back to and made on the writer's own mail ("Heb hem op m'n eigen hotmail aangemaakt");
- "nog 1x zo'n ... en" as a condition, dragging someone off the field, teeth to be gathered up as its consequence;
- an advertisement's stock phrases ("geen klus te klein", "vrijblijvende offerte") make its number the business's;
- advice to leave irony out is irony as the topic; a few insults of the clerk and the toady;
- in-sample from holdout34 after its one score: a Markdown heading the prose view left without its "#" still makes a
  guide (`guide._BARE_HEADING`); "buddy" is no first name; the report of a new administrator put off ("schiet er
  nog even bij in"); what "vertrouwelijk" means, asked ("Wat is eigenlijk vertrouwelijk?").
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from conftest import flag_pass_tests, run_json, yaml_flag_pass
from postcheck.nlp.cues import CueDetector
from postcheck.nlp.cues.syntax import CueSyntaxError, expand_groups, parse_entry


CASES = Path(__file__).parent / "cases" / "round30.yaml"
# "LONG_POST" in a case: a 3,500-character plain post, for the length rules
LONG_POST = " ".join(["Wat ik leerde over reageren op inwoners, en waarom we niet op alles reageren."] * 45)
FLAG, PASS = yaml_flag_pass(CASES, {"LONG_POST": LONG_POST})
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r30")


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("nl")


def test_a_group_stands_for_one_line_per_choice():
    assert expand_groups("=op (social media|internet) zetten") == ["=op social media zetten", "=op internet zetten"]
    assert expand_groups("(een mailadres|e-mail) van (ons|de gemeente)?") == [
        "een mailadres van ons", "een mailadres van de gemeente", "een mailadres van",
        "e-mail van ons", "e-mail van de gemeente", "e-mail van"]
    assert expand_groups("maak|sla het kapot") == ["maak|sla het kapot"]      # no group: the line as it is
    assert len(parse_entry("(a b|c) ... (d|e f)")) == 4


@pytest.mark.parametrize("bad, column", [("pas (op", 5), ("pas op)", 7), ("(a|) b", 1), ("((a|b)) c", 1),
                                         ("x(a|b)", 2), ("(a|b)x", 1), ("(... a|b) c", 1),
                                         (" ".join(["(a|b|c)"] * 4), 25)])
def test_a_faulty_group_is_refused_with_its_column(bad, column):
    with pytest.raises(CueSyntaxError) as exc:
        parse_entry(bad)
    assert exc.value.column == column


def test_a_group_matches_each_phrase_and_not_their_mix(nlp, tmp_path):
    det = CueDetector.build({"kanaal": ["=op (social media|internet|de groepsapp) =gezet"]}, cache_dir=tmp_path)
    def found(text):
        return [text[h.start:h.end] for h in det.find(nlp(text), text)]
    assert found("Dit wordt op social media gezet.") == ["op social media gezet"]
    assert found("Die foto is op internet gezet!") == ["op internet gezet"]
    assert found("Die foto is op de groepsapp gezet!") == ["op de groepsapp gezet"]
    assert found("Die foto is op social internet gezet.") == []
    assert found("Die foto is op media gezet.") == []


def test_an_optional_group(nlp, tmp_path):
    det = CueDetector.build({"x": ["=niet (naar buiten|verder)? =brengen"]}, cache_dir=tmp_path)
    for text, hit in (("Niet naar buiten brengen.", True), ("Niet verder brengen.", True), ("Niet brengen.", True),
                      ("Niet naar brengen.", False)):
        assert bool(det.find(nlp(text), text)) is hit, text


def test_packs_validate_names_file_line_and_column_of_a_faulty_group(tmp_path):
    (tmp_path / "kanaal.txt").write_text("# Bron: test.\n=op internet\n=op (social media|internet =gezet\n",
                                         encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text("name: p\nlexicons:\n  kanaal: {kind: cues, files: [kanaal.txt]}\nrules:\n"
                    "  - {id: t, kind: cues, cues: [kanaal], category: other, severity: review, message: m}\n",
                    encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "postcheck", "packs", "validate", str(pack)],
                          capture_output=True, text=True)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    out = proc.stdout + proc.stderr
    assert "kanaal.txt:3:5" in out and "'(' is not closed" in out and "Traceback" not in out


def test_a_listed_client_inside_a_described_person_is_still_the_client(tmp_path):
    """"mevrouw Brinkman van de Boslaan" is a described person (name with street); a listed client's name inside it
    is reported as the client too, not hidden by the wider, generic finding."""
    (tmp_path / "clients.txt").write_text("Gerda Brinkman\n", encoding="utf-8")
    (tmp_path / "postcheck.yaml").write_text("lexicons:\n  clients: clients.txt\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("Vandaag bij mevrouw Brinkman van de Boslaan geweest, ze zat er goed bij.\n", encoding="utf-8")
    report = run_json(["--pack", "hartekamp", "--config", str(tmp_path / "postcheck.yaml"), "--fail-on", "never",
                       str(draft)])
    rules = {f["rule"]: f["category"] for f in report["files"][0]["findings"]}
    assert rules.get("hartekamp.client-name") == "client-name", rules
    assert rules.get("hartekamp.person-described") == "person-name", rules


def test_a_heading_without_its_hash_still_makes_a_guide():
    """The engine reads a Markdown blog through its prose view, which drops the "#" of a heading: a line of its own,
    a dozen words at most, not ending as a sentence, is still a heading (a guide's title, and advice itself); a
    one-line paragraph that ends as a sentence is not."""
    from postcheck.nlp.cues.scope import Bounds

    body = ("Ik werk al jaren in de administratie van een aannemer. Ik zie veel gegevens. Dat hoort erbij. "
            "Maar je moet er wel mee omgaan.\n\n")
    guide = ("Drie vuistregels voor je administratie\n\n" + body + "Wat is eigenlijk vertrouwelijk?\n\n"
             "Denk aan:\n\n- afspraken die nog niet openbaar zijn;\n- loonstroken.\n\n"
             "Vuistregel 1: minder bewaren\n\nRuim op wat je niet meer nodig hebt. Dat scheelt veel. Klaar.\n")
    b = Bounds(guide)
    assert b.is_advice(guide.index("nog niet openbaar"))         # a list item of a guide
    assert b.is_advice(guide.index("Vuistregel 1"))              # a heading
    assert not b.is_advice(guide.index("Ik zie veel"))           # the writer's own account
    story = guide.replace("Drie vuistregels voor je administratie", "Een gewone week op kantoor.").replace(
        "Vuistregel 1: minder bewaren", "Zo ging het.")
    assert not Bounds(story).is_advice(story.index("nog niet openbaar"))   # no guide title: no guide
