"""Forty-first round (issue 8). The CLI cases are data, in `tests/cases/round41.yaml`.

- A gated detector that a rule condition reads: the names detector runs in the pipeline only where its rules' lexicon
  slots are mentioned (Domus: the organisation or its housing; Heemstede: never); a condition reading `names.person`
  used to lift that gate for every draft (a sixth of the check's time), so `name-refused-text` was off in both packs.
  Now the condition runs the detector itself, on the drafts where its rule gets that far (`Context.mentions`), and a
  kind's cheap `may_fire` test (a cues rule: a hit of a set it starts from) comes before the conditions.

From tune45's misses (holdout45 was committed first and scored once before this work):

- `approval-skipped` (block): the approval not there and the post going up anyway, in one sentence or two in a row
  (`nog_geen_akkoord`, `toch_geplaatst`);
- `client-identified` skips a story that says it is made up, in every pack; a quoted reference followed by "Doe het
  niet." is an example (`identify/details.py`);
- a negator opening a cue is shared along a list's comma ("niet doorsturen, screenshotten of ..."); what one
  screenshot or one click can do is a general warning (`algemene-uitspraak.txt`);
- a child described by age and origin, placed in a foster family, is the writer's client (`identify/unnamed.py`,
  `identify_client_links.txt`); "jongetje", "meid" as person words;
- "#not" over a whole paragraph (Sterk Huis `sarcasm-employer-marked`); a meant "Ja hoor, dat kan!" is no irony
  (`oprecht_ja`, not_in_sentence of the eight irony rules);
- a new group with its platform after it; a decision on a request told as taken (Heemstede `official-record`); a
  picture said to be someone else's (`overgenomen.txt`);
- after holdout45's end score, in-sample: asked to wait and not waiting (`liever-niet-gepost.txt`).
"""
from __future__ import annotations

from pathlib import Path

from conftest import flag_pass_tests, yaml_flag_pass

CASES = Path(__file__).parent / "cases" / "round41.yaml"
FLAG, PASS = yaml_flag_pass(CASES)
results, test_the_real_thing_is_flagged, test_fine_text_passes = flag_pass_tests(FLAG, PASS, "r41")

REFUSED = ("Dank aan uitvoerder Ruud Janssen voor de snelle reparatie van de lekkage! Hij wil eigenlijk niet genoemd "
           "worden, maar dit verdient hij.")
PLAIN = "Dank aan uitvoerder Ruud Janssen voor de snelle reparatie van de lekkage! Dit verdient hij."


def _names_runs(monkeypatch, pack: str, text: str) -> tuple[int, set[str]]:
    """How often the names detector ran outside the pipeline's gate, and the rules that fired."""
    from postcheck.api import build_engine
    from postcheck.config import Settings
    from postcheck.drafts.read import parse_draft
    from postcheck.nlp.components.wrappers import NamesComponent

    calls = []
    real = NamesComponent.run

    def counted(self, doc):
        calls.append(1)
        return real(self, doc)

    engine = build_engine(Settings(packs=(pack,)))
    monkeypatch.setattr(NamesComponent, "run", counted)
    [checked] = engine.check([parse_draft("d.txt", text.encode(), "text")])
    return len(calls), {f.rule.split(".")[-1] for f in checked.findings}


def test_the_condition_runs_the_gated_names_detector_only_where_its_rule_gets_that_far(monkeypatch):
    for pack in ("domus", "heemstede"):
        runs, rules = _names_runs(monkeypatch, pack, REFUSED)
        assert runs == 1 and "name-refused-text" in rules, pack
        runs, rules = _names_runs(monkeypatch, pack, PLAIN)
        assert runs == 0 and "name-refused-text" not in rules, pack


def test_the_default_pack_keeps_the_names_detector_gated():
    """The gate is the lexicon slots the names rules require: conditions that read `names.*` do not lift it."""
    from postcheck.api import build_engine
    from postcheck.config import Settings
    assert build_engine(Settings(packs=("domus",)))._gate("names") == {"organisation", "housing", "properties"}
    assert build_engine(Settings(packs=("heemstede",)))._gate("names") == frozenset()
    assert "name-refused-text" in {r.local_id for r in build_engine(Settings(packs=("domus",))).rules}


def test_a_gated_and_an_ungated_run_agree_on_names_in_conditions(tmp_path):
    """The same drafts through a pack whose names detector is gated and through the same pack with a rule that needs
    names everywhere: the condition sees the same names either way."""
    from postcheck.api import check_text
    from postcheck.config import Settings
    (tmp_path / "refusal.txt").write_text("=niet =genoemd =worden\n", encoding="utf-8")
    head = ("name: p\nlanguage: nl\nlexicons:\n  weigering: {kind: cues, files: [refusal.txt]}\nrules:\n"
            "  - id: r\n    kind: cues\n    cues: [weigering]\n    skip: [advice]\n"
            "    when: {mentions: [names.person, names.person-staff]}\n"
            "    category: person-name\n    severity: block\n    message: 'x {text}'\n")
    gated = tmp_path / "gated.yaml"
    gated.write_text(head, encoding="utf-8")
    everywhere = tmp_path / "everywhere.yaml"
    everywhere.write_text(head + "  - id: n\n    kind: detect\n    detector: names\n    category: person-name\n"
                          "    severity: info\n    message: 'n {text}'\n", encoding="utf-8")
    for text, fires in ((REFUSED, True), ("Hij wil niet genoemd worden, dus ik noem niemand.", False)):
        for pack in (gated, everywhere):
            report = check_text(text, Settings(packs=(str(pack),)))
            assert any(f.rule == "p.r" for f in report.files[0].findings) is fires, (pack.name, text)
