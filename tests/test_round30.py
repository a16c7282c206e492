"""Thirtieth round (issue 8); phrasings of our own, not the dev set's.

- a group of whole phrases at one place of a cue line, `(a b|c)` (and `(...)?`), so that alternatives of different
  length need no near-copy lines (the `a|b c` slip: `|` chooses between single words only);
"""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from postcheck.nlp.cues import CueDetector
from postcheck.nlp.cues.syntax import CueSyntaxError, expand_groups, parse_entry


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
