"""The trained judge (kinds/judge.py, nlp/judge/): a second opinion that only raises, never lowers.

The shipped weights must come from the spent dev-set halves as they are now (a label change needs a
retraining) and never from a half still to be scored; through the CLI with the opt-in packs of
examples/judge/, the judge raises drafts whose wording no rule describes, stays silent where a rule already
blocks, and leaves plain posts alone; the built-in packs do not ask it. Its options are validated like any pack
option.
"""
from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import ROOT, invoke, run_json

sys.path.insert(0, str(ROOT / "benchmarks"))
import train_judge  # noqa: E402

from postcheck.nlp.judge import features as feats  # noqa: E402
from postcheck.nlp.judge.model import CATEGORIES, VERDICTS, load  # noqa: E402


def test_shipped_model_comes_from_the_spent_halves_as_they_are_now():
    meta = load().meta
    assert meta["halves"] and set(meta["halves"]) <= set(train_judge.SPENT), meta["halves"]
    assert meta["digest"] == train_judge.digest(tuple(meta["halves"])), \
        "the dev set changed since the judge was trained: run python benchmarks/train_judge.py"


def test_probabilities_are_a_distribution_also_for_nothing():
    judge = load()
    for x in ({}, feats.features("", "domus", "other", "personal", {}),
              feats.features("Mooie dag op de steiger!", "domus", "facebook", "personal", {})):
        p = judge.verdict_probabilities(x)
        assert p.shape == (len(VERDICTS),) and np.isclose(p.sum(), 1.0) and (p >= 0).all()


def test_features_fold_case_and_digits():
    a = feats.features("De CODE is 4419", "domus", "x", "personal", {})
    b = feats.features("de code is 8823", "domus", "x", "personal", {})
    assert a == b


def _check(tmp_path, pack: str, text: str, judged: bool = True) -> dict:
    """Check through the CLI with the opt-in pack that adds the judge to `pack` (examples/judge/), or the
    built-in pack itself."""
    draft = tmp_path / "post.txt"
    draft.write_text(text + "\n", encoding="utf-8")
    ref = str(ROOT / "examples" / "judge" / f"{pack}-judge.yaml") if judged else pack
    return run_json(["--pack", ref, "--fail-on", "never", str(draft)], cwd=tmp_path)["files"][0]


def _judge(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["rule"].endswith(".judge")]


# wordings no cue set or detector of the packs describes (written for this test, not from the dev set)
RAISED = [
    ("domus", "die meneer die steeds klaagt over ons werk moet maar oppassen, we weten heus wel waar zijn auto staat",
     "tone"),
    ("hartekamp", "inlog voor de teamapp is teamdebrink en dan zomer24 erachter, voor als je het kwijt bent",
     "confidential"),
    ("hartekamp", "wie wil er ook bij? ik zet gewoon alle ouders van de groep erin, ook die van buiten, gezellig",
     "channel"),
]
PLAIN = [
    ("domus", "Vandaag weer heerlijk gewerkt aan de kozijnen in Venlo. Mooi vak!"),
    ("domus", "Tip: ventileer je badkamer goed na het douchen, dan voorkom je schimmel."),
    ("sterkhuis", "Mooie training gehad over hechting bij jonge kinderen. Veel geleerd!"),
    ("hartekamp", "Wat een zonnige dag, lekker gewandeld in de duinen met de hond."),
    ("heemstede", "Zaterdag is de markt op het Raadhuisplein weer open, gezellig!"),
    # the raised wordings above, negated, reported and given as advice
    ("domus", "ik zou nooit zeggen dat die meneer moet oppassen of dat we weten waar zijn auto staat, zo gaan we niet "
              "met klanten om"),
    ("domus", "Een collega kreeg vandaag te horen: 'we weten heus wel waar je auto staat'. Dat melden we natuurlijk "
              "bij de politie."),
    ("hartekamp", "Deel nooit de inlog van de teamapp in de groep, ook niet 'voor als je het kwijt bent'. "
                  "Vraag het aan je teamleider."),
]


@pytest.mark.parametrize("pack,text,category", RAISED)
def test_judge_raises_what_no_rule_describes(tmp_path, pack, text, category):
    report = _check(tmp_path, pack, text)
    found = _judge(report)
    assert found and report["verdict"] != "ok", report["findings"]
    assert found[0]["text"].strip() in text and found[0]["category"] == category in CATEGORIES
    assert f"({found[0]['category']})" in found[0]["message"]


@pytest.mark.parametrize("pack,text", PLAIN)
def test_judge_leaves_plain_posts_alone(tmp_path, pack, text):
    report = _check(tmp_path, pack, text)
    assert not _judge(report) and report["verdict"] == "ok", report["findings"]


@pytest.mark.parametrize("pack,text,category", RAISED)
def test_the_built_in_packs_do_not_ask_the_judge(tmp_path, pack, text, category):
    """Opt-in: the judge stops too many fine posts for a default (benchmarks/README.md, eighth round)."""
    assert not _judge(_check(tmp_path, pack, text, judged=False))


def test_judge_is_silent_where_a_rule_already_blocks(tmp_path):
    text = "Mevrouw Jansen woont op de Kerkstraat 12 en belt steeds over de lekkage, we weten waar ze woont."
    report = _check(tmp_path, "domus", text)
    assert report["verdict"] == "block"
    assert not _judge(report), report["findings"]


def test_judge_options_are_validated(tmp_path):
    pack = tmp_path / "eigen.yaml"
    pack.write_text("name: eigen\nextends: domus\nrules:\n  - id: judge\n    kind: judge\n    org: domus\n"
                    "    block: 1.5\n    severity: block\n    category: other\n    message: m\n", encoding="utf-8")
    result = invoke(["packs", "validate", str(pack)], exit_code=2)
    assert "block must be a probability" in result.output and "eigen.yaml:" in result.output


def _finding(rule, category, severity, start, end, detector=""):
    from postcheck.model import Finding, Severity
    return Finding(rule=rule, pack="p", category=category, severity=Severity(severity), message="m",
                   text="x" * (end - start), start=start, end=end, line=1, column=start + 1, detector=detector)


def test_a_judge_finding_hides_no_span_finding_under_it():
    """The judge points at a whole sentence; a review finding inside it stays (evaluate.dedupe)."""
    from postcheck.evaluate import dedupe
    name = _finding("p.name", "person-name", "review", 10, 15)
    judged = _finding("p.judge", "personal-data", "block", 0, 40, detector="judge")
    assert {f.rule for f in dedupe([judged, name])} == {"p.judge", "p.name"}
    # a span finding of a detector still hides a less severe one of another category under it
    address = _finding("p.address", "personal-data", "block", 0, 40)
    assert {f.rule for f in dedupe([address, name])} == {"p.address"}
