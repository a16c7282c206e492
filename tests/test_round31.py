"""Thirty-first round (issue 8); phrasings of our own, not the dev set's. The CLI cases are data, in
`tests/cases/round31.yaml`; this module holds the unit tests.

From tune35 (holdout35 was committed first and scored once before this work):

- a condition may name cue sets of which none may occur (`no_cues`): a reply that passes the criticism on to the
  organisation is not itself a reply to criticism, unless it also argues back (`weerlegging`);
- a dotted front-matter key reads into a mapping (`approval.ref`): a recording told in the approval's reference;
- a stand-in letter after a title ("meneer X", "mevrouw Y", "familie N.N.") is no person's name;
- a legal position kept inside (aansprakelijk, schadeclaim, de advocaat zegt) is a sensitive topic; a writer who stops
  after the secret ("verder zeg ik niks", "meer mag ik er niet over zeggen") signals one; plain words for lost jobs;
- the writer's own letterbox keeps an address private; a page looked after "vanaf mijn eigen account" told with a
  pronoun; no answer yet from Domus and posted all the same; a municipal framework ("een nieuw kader voor") is a
  policy; a house rule told as a rule ("wat vertrouwelijk besproken wordt, blijft in de vergadering"); a reply told by
  its words ("Vervelend dat uw vraag nog openstaat ... Domus helpt u verder"); an official statement is recorded
  whatever the judge thinks of its words; an old logo in a condition put to the reader is a case, not a fact.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import flag_pass_tests, run_json, yaml_flag_pass
from postcheck.nlp.names.detector import _placeholder
from postcheck.nlp.hits import Hit

CASES = Path(__file__).parent / "cases" / "round31.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r31")


def _pack(tmp_path: Path, rule: str) -> Path:
    (tmp_path / "geheim.txt").write_text("# Bron: test.\ngeheim\n", encoding="utf-8")
    (tmp_path / "grap.txt").write_text("# Bron: test.\ngrapje\n", encoding="utf-8")
    pack = tmp_path / "p.yaml"
    pack.write_text("name: p\nlexicons:\n  geheim: {kind: cues, files: [geheim.txt]}\n"
                    "  grap: {kind: cues, files: [grap.txt]}\nrules:\n" + rule, encoding="utf-8")
    return pack


def _rules(pack: Path, tmp_path: Path, text: str) -> set[str]:
    draft = tmp_path / "d.md"
    draft.write_text(text, encoding="utf-8")
    report = run_json(["--pack", str(pack), "--fail-on", "never", str(draft)])
    return {f["rule"] for f in report["files"][0]["findings"]}


def test_no_cues_lifts_only_when_none_of_its_sets_occurs(tmp_path):
    pack = _pack(tmp_path, "  - {id: t, kind: cues, cues: [geheim], category: other, severity: review, message: m,\n"
                           "     unless: {no_cues: [grap]}}\n")
    # unless {no_cues: [grap]} holds (and lifts the rule) where the writer makes no joke
    assert _rules(pack, tmp_path, "Dit is geheim.\n") == set()
    assert _rules(pack, tmp_path, "Dit is geheim, grapje.\n") == {"p.t"}
    # a negated joke is no joke said
    assert _rules(pack, tmp_path, "Dit is geheim, geen grapje.\n") == set()


def test_no_cues_names_an_unknown_set_with_its_place(tmp_path):
    pack = _pack(tmp_path, "  - {id: t, kind: cues, cues: [geheim], category: other, severity: review, message: m,\n"
                           "     unless: {no_cues: [grapp]}}\n")
    proc = subprocess.run([sys.executable, "-m", "postcheck", "packs", "validate", str(pack)],
                          capture_output=True, text=True)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "no_cues: unknown cue set 'grapp'" in out and "grap" in out and "Traceback" not in out


def test_a_dotted_front_matter_key_reads_into_a_mapping(tmp_path):
    pack = _pack(tmp_path, "  - {id: t, kind: cues, cues: [geheim], category: other, severity: review, message: m,\n"
                           "     unless: {front_matter: {approval.ref: [verseon]}}}\n")
    recorded = "---\napproval:\n  by: communicatie\n  ref: \"Verseon 2026/12 (vastgelegd)\"\n---\nDit is geheim.\n"
    assert _rules(pack, tmp_path, recorded) == set()
    other = recorded.replace("Verseon 2026/12 (vastgelegd)", "COM-12")
    assert _rules(pack, tmp_path, other) == {"p.t"}
    flat = "---\napproval: Verseon\n---\nDit is geheim.\n"     # no mapping to read into: the key is absent
    assert "p.t" in _rules(pack, tmp_path, flat)


def test_a_stand_in_letter_after_a_title_is_no_name():
    def ph(text: str, name: str) -> bool:
        start = text.index(name)
        return _placeholder(text, Hit(start, start + len(name), "person", "exact", "", "strong"))
    assert ph("morgen bij meneer X op nummer 14", "meneer X")
    assert ph("bij mevrouw Y uit blok B", "mevrouw Y")
    assert ph("de familie N.N. belde", "familie N.N.")
    assert not ph("morgen bij meneer Xander op nummer 14", "meneer Xander")
    assert not ph("bij mevrouw Y. de Vries", "mevrouw Y. de Vries")
    assert not ph("bij Jan Z. op bezoek", "Jan Z.")      # an initial with its full stop: a real, shortened name
