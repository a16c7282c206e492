"""The stacked judge (nlp/judge/stack.py, `stack: true` of the judge kind): the rules' findings and the judge weighed
together into one verdict.

Its features are the rules' side (verdict, how many rules ask, the categories, severities and detector kinds of
their acting findings) and, where it reads them, the judge's probabilities; the shipped weights come from the
held-out halves with the rules of when each was new (`benchmarks/devset/fresh_rules.json` as it is now). The kind
raises to the stack's verdict, or lowers the acting findings to it when every one of them is of a kind it may
lower: never a detected fact (personal data, a listed client, a length), a credential, a term of the
organisation's lists, an image without recorded consent or a rule the pack keeps. Every finding stays visible.
These mechanics are tested with stacks made for the test; the shipped one only for being trained as it says.
"""
from __future__ import annotations

import math
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import train_judge  # noqa: E402
import train_stack  # noqa: E402

from postcheck.api import build_engine  # noqa: E402
from postcheck.config import Settings  # noqa: E402
from postcheck.drafts.read import parse_draft  # noqa: E402
from postcheck.kinds.judge import stack_lowerable  # noqa: E402
from postcheck.nlp.judge import stack as stack_mod  # noqa: E402
from postcheck.nlp.judge.stack import Stack, load, stack_features  # noqa: E402


def test_features_read_the_rules_side_and_the_judge_where_it_counts():
    f = stack_features("domus", "review", 5, [("person-name", 1, "names"), ("other", 1, "cues:x")], False, False,
                       (0.7, 0.2, 0.1))
    assert f["rules=review"] == f["domus rules=review"] == f["asking=3"] == 1.0   # five rules count as three or more
    assert f["cat=person-name:1"] == f["domus cat=other:1"] == f["det=cues:1"] == f["det=names:1"] == 1.0
    assert math.isclose(f["lp_ok"], math.log(0.7)) and math.isclose(f["review lp_block"], math.log(0.1))
    # a long draft the rules found nothing in, and a short one, are not read by the judge: the rules' side only
    long_ok = stack_features("domus", "ok", 0, [], True, False, (0.01, 0.01, 0.98))
    assert long_ok["long"] == 1.0 and not any(k.startswith("lp_") or " lp_" in k for k in long_ok)
    short = stack_features("domus", "review", 1, [("other", 1, "cues")], False, True, (0.01, 0.01, 0.98))
    assert short["short"] == 1.0 and not any("lp_" in k for k in short)
    long_review = stack_features("domus", "review", 1, [("other", 1, "cues")], True, False, (0.5, 0.3, 0.2))
    assert math.isclose(long_review["lp_block_long"], math.log(0.2)) and "lp_block" not in long_review


def test_probabilities_are_a_softmax_of_the_weights():
    s = Stack({"weights": {"a": [1.0, 0.0, 0.0], "b": [0.0, 2.0, 0.0]}, "bias": [0.0, 0.0, 0.5]})
    q = s.probabilities({"a": 1.0, "b": 0.5, "unknown": 3.0})
    z = [math.exp(1.0), math.exp(1.0), math.exp(0.5)]
    assert all(math.isclose(x, y / sum(z)) for x, y in zip(q, z, strict=True))
    assert math.isclose(sum(load().probabilities({"rules=ok": 1.0, "org=domus": 1.0})), 1.0)


def test_shipped_stack_comes_from_the_fresh_halves_as_they_are_now():
    meta = load().meta
    assert meta["fresh_rules_sha256"] == train_stack.fresh_digest(meta["halves"]), \
        "the fresh verdicts of its halves changed since the stack was trained: run python benchmarks/train_stack.py"
    assert set(meta["halves"]) <= set(train_judge.fresh_rules()) and meta["drafts"] >= 160 * len(meta["halves"])
    assert set(meta["judge_halves"]) <= set(train_judge.SPENT)


def test_lowerable_keeps_facts_credentials_lists_and_kept_rules():
    assert stack_lowerable("person-name", "names", "person-name", [])
    assert stack_lowerable("disclaimer", "require:organisation", "disclaimer-missing", [])
    for category, detector in (("personal-data", "personal_data"), ("client-name", "identify"),
                               ("length", "length"), ("confidential", "secrets"), ("confidential", "lexicon"),
                               ("image-consent", "front-matter")):
        assert not stack_lowerable(category, detector, "some-rule", []), (category, detector)
    assert not stack_lowerable("tone", "cues:dreiging", "media-tip", ["media-tip"])


PACK = """name: stapel
extends: domus
rules:
  - id: schilder
    kind: regex
    pattern: "schilder"
    severity: SEVERITY
    category: other
    message: "schilder: {text}"
  - id: judge
    kind: judge
    org: domus
    lower: 0
    STACK
    severity: block
    category: other
    message: "{category}"
"""
FINE = ("Wij zoeken een ervaren schilder voor ons team in Venlo. Fulltime, goed salaris, eigen bus en gereedschap. "
        "Interesse? Stuur je cv naar ons kantoor, we horen graag van je.")


def _findings(tmp_path, text: str, severity: str = "review", stack: bool = True) -> tuple[str, list]:
    pack = tmp_path / f"stapel-{severity}-{stack}.yaml"
    pack.write_text(PACK.replace("SEVERITY", severity).replace("STACK", f"stack: {str(stack).lower()}"),
                    encoding="utf-8")
    engine = build_engine(Settings(packs=(str(pack),)))
    (checked,) = engine.check([parse_draft("post.txt", text.encode("utf-8"))])
    acting = [f for f in checked.findings if not f.suppressed and f.severity.rank >= 1]
    verdict = ("ok", "review", "block")[max((f.severity.rank for f in acting), default=0)]
    return verdict, checked.findings


@pytest.fixture()
def stack_says(monkeypatch):
    def use(weights: dict[str, list[float]]) -> None:
        made = Stack({"weights": weights, "bias": [0.0, 0.0, 0.0], "meta": {}})
        monkeypatch.setattr(stack_mod, "load", lambda: made)
    return use


def test_stack_lowers_a_review_and_a_block_it_may_weigh_and_keeps_them_visible(tmp_path, stack_says):
    stack_says({"cat=other:1": [6.0, 0.0, 0.0], "cat=other:2": [0.0, 6.0, 0.0]})
    verdict, found = _findings(tmp_path, FINE)
    term = [f for f in found if f.rule.endswith(".schilder")]
    assert verdict == "ok" and term and term[0].severity.value == "info", found
    assert "lowered by the judge: p(ok)=" in term[0].how
    verdict, found = _findings(tmp_path, FINE, severity="block")
    term = [f for f in found if f.rule.endswith(".schilder")]
    assert verdict == "review" and term[0].severity.value == "review" and "p(review)=" in term[0].how
    # a short draft the judge does not read keeps the rules' verdict: the rules' side alone is no reading of it
    assert _findings(tmp_path, "Wij zoeken een schilder voor ons team in Venlo.")[0] == "review"
    # with `stack: false` the same stack changes nothing (this judge's `lower` is 0: it overrides domus's judge)
    assert _findings(tmp_path, FINE, stack=False)[0] == "review"


def test_stack_never_lowers_a_detected_fact_or_a_credential(tmp_path, stack_says):
    stack_says({"cat=other:1": [6.0, 0.0, 0.0], "cat=personal-data:1": [6.0, 0.0, 0.0],
                "cat=personal-data:2": [6.0, 0.0, 0.0], "cat=confidential:2": [6.0, 0.0, 0.0]})
    mail = FINE + " Of mail me gerust op piet.devries1975@hotmail.com."
    verdict, found = _findings(tmp_path, mail)
    assert verdict != "ok" and not any("lowered by the judge" in (f.how or "") for f in found), found
    secret = FINE + " Het wachtwoord van de kantoormail is Zomer2026!"
    assert _findings(tmp_path, secret)[0] == "block"
    # a term the pack lists (kind terms): the author named that word, the stack does not overrule it
    listed = tmp_path / "lijst.yaml"
    listed.write_text(PACK.replace("kind: regex", "kind: terms\n    terms: [schilder]").replace(
        '    pattern: "schilder"\n', "").replace("SEVERITY", "review").replace("STACK", "stack: true"),
        encoding="utf-8")
    (checked,) = build_engine(Settings(packs=(str(listed),))).check([parse_draft("post.txt", FINE.encode())])
    assert any(f.rule.endswith(".schilder") and f.severity.value == "review" for f in checked.findings)


def test_stack_raises_a_draft_the_rules_left_lower(tmp_path, stack_says):
    plain = ("Vandaag weer heerlijk gewerkt aan de kozijnen in Venlo. Mooi vak, goed weer, en om vier uur een bak "
             "koffie in de bus met de jongens. Morgen verder!")
    stack_says({"rules=ok": [0.0, 0.0, 6.0]})
    verdict, found = _findings(tmp_path, plain)
    judge = [f for f in found if f.rule.endswith(".judge")]
    assert verdict == "block" and judge and judge[0].severity.value == "block", found
    stack_says({"rules=ok": [6.0, 0.0, 0.0]})
    assert _findings(tmp_path, plain)[0] == "ok"


def test_stack_lowers_nothing_where_the_draft_says_a_consent_is_in_doubt_or_refused(tmp_path, stack_says):
    """`hold`: the cue sets the packs list (a name or image refused, a consent not asked or in doubt, an approval
    refused) keep the rules' verdict; the doubt negated or absent, the stack lowers as before."""
    stack_says({"cat=other:1": [6.0, 0.0, 0.0]})
    for doubt in (" Of hij het goed vindt weet ik eigenlijk niet.",
                  " Hij zei niet dat we het mochten delen, maar ach.",
                  " Geen idee of ze het leuk vindt."):
        verdict, found = _findings(tmp_path, FINE + doubt)
        assert verdict == "review", (doubt, found)
        assert not any("lowered by the judge" in (f.how or "") for f in found), doubt
    for sure in (" Hij vindt het goed, dat weet ik zeker.", " Hij zei dat we het mochten delen."):
        assert _findings(tmp_path, FINE + sure)[0] == "ok", sure


def test_hold_names_cue_sets_the_pack_knows(tmp_path):
    from conftest import invoke
    pack = tmp_path / "stapel.yaml"
    pack.write_text(PACK.replace("SEVERITY", "review").replace("STACK", "stack: true\n    hold: [bestaat_niet]"),
                    encoding="utf-8")
    result = invoke(["packs", "validate", str(pack)], exit_code=2)
    assert "unknown cue set 'bestaat_niet'" in result.stderr and "Traceback" not in result.stderr
