"""The trained judge (kinds/judge.py, nlp/judge/): a second opinion after the rules of the built-in packs.

The shipped weights must come from the spent dev-set halves as they are now (a label change needs a
retraining) and never from a half still to be scored; through the CLI with the built-in packs, the judge raises
drafts whose wording no rule describes, stays silent where a rule already blocks, leaves plain posts (also the
raised wordings negated, quoted and as advice) and short posts alone, lowers a rule's review to info only where a
pack asks it and never a block or a count, and can be disabled like any rule. Its options are validated like any
pack option.
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


def _check(tmp_path, pack: str, text: str, config: str = "") -> dict:
    """Check one draft through the CLI with a built-in pack (which asks the judge) and an optional config."""
    draft = tmp_path / "post.txt"
    draft.write_text(text + "\n", encoding="utf-8")
    args = ["--pack", pack, "--fail-on", "never", str(draft)]
    if config:
        (tmp_path / "postcheck.yaml").write_text(config, encoding="utf-8")
        args = ["--config", str(tmp_path / "postcheck.yaml"), *args]
    return run_json(args, cwd=tmp_path)["files"][0]


def _judge(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["rule"].endswith(".judge")]


# wordings no cue set or detector of the packs describes (written for this test, not from the dev set), each of
# at least the judge's min_words (20), with the categories the finding may carry: the threat also tells where and
# when the man can be found, and since the judge of the twenty-fourth round's second retrain (8,207 drafts) that
# weighs as a leak (confidential) a little more than as a threat (tone); either names what is wrong
RAISED = [
    ("domus", "die meneer van de klachtenlijn die steeds zeurt over ons werk moet maar goed oppassen, we weten heus "
              "wel waar zijn auto 's nachts staat en wanneer hij thuis is", ("tone", "confidential")),
    ("hartekamp", "de nieuwe wifi van de woning is bewonersnet en dan de naam van de kat met 2023 erachter, als je "
                  "morgen invalt weet je het", ("confidential",)),
    ("heemstede", "het nieuwe wachtwoord van de afdelingsmail is gewoon de naam van de burgemeester met 2025 erachter, "
                  "als je morgen invalt weet je het", ("confidential",)),
]
PLAIN = [
    ("domus", "Vandaag weer heerlijk gewerkt aan de kozijnen in Venlo. Mooi vak, goed weer, en om vier uur een bak "
              "koffie in de bus met de jongens. Morgen verder!"),
    ("domus", "Tip van de schilder: ventileer je badkamer goed na het douchen, zet het raampje even open of laat de "
              "afzuiging draaien, dan voorkom je schimmel op het plafond."),
    ("sterkhuis", "Mooie training gehad over hechting bij jonge kinderen. Veel geleerd over hoe je rust en "
                  "voorspelbaarheid biedt, en fijn om ervaringen uit te wisselen met collega's uit de regio."),
    ("hartekamp", "Wat een zonnige dag, lekker gewandeld in de duinen met de hond. Daarna nog een ijsje gehaald bij de "
                  "strandtent en om zes uur thuis, moe maar voldaan."),
    ("heemstede", "Zaterdag is de markt op het Raadhuisplein weer open, gezellig! Vanaf negen uur staan er kramen met "
                  "groente, kaas en bloemen, en om elf uur speelt het fanfarekorps."),
    # the raised wordings above, negated, reported and given as advice
    ("domus", "ik zou nooit zeggen dat die meneer van de klachtenlijn moet oppassen of dat we weten waar zijn auto "
              "staat, zo gaan we niet met klanten om bij ons"),
    ("domus", "Een collega kreeg vandaag van een voorbijganger te horen: 'we weten heus wel waar je auto staat'. Dat "
              "melden we natuurlijk meteen bij de politie en bij de uitvoerder."),
    ("hartekamp", "Deel nooit de inlog van de teamapp in de groep, ook niet 'voor als je het kwijt bent'. Vraag het "
                  "gewoon aan je teamleider, die helpt je graag verder."),
]


@pytest.mark.parametrize("pack,text,categories", RAISED)
def test_judge_raises_what_no_rule_describes(tmp_path, pack, text, categories):
    report = _check(tmp_path, pack, text)
    found = _judge(report)
    assert found and report["verdict"] == "block", report["findings"]
    assert found[0]["text"].strip() in text and found[0]["category"] in categories
    assert set(categories) <= set(CATEGORIES)
    assert f"({found[0]['category']})" in found[0]["message"]


@pytest.mark.parametrize("pack,text", PLAIN)
def test_judge_leaves_plain_posts_alone(tmp_path, pack, text):
    report = _check(tmp_path, pack, text)
    assert not _judge(report) and report["verdict"] == "ok", report["findings"]


def test_judge_can_be_disabled_like_any_rule(tmp_path):
    pack, text, _ = RAISED[0]
    report = _check(tmp_path, pack, text, config=f"disable: [{pack}.judge]\n")
    assert not _judge(report) and report["verdict"] == "ok", report["findings"]


def test_judge_leaves_a_short_post_to_the_rules(tmp_path):
    """Under min_words (20) the judge has too few words: the same threat in 15 words is not judged; a pack that
    sets min_words lower lets it judge."""
    short = "die meneer moet maar oppassen, we weten heus wel waar zijn auto 's nachts staat"
    assert len(short.split()) < 20
    assert not _judge(_check(tmp_path, "domus", short))
    pack = tmp_path / "kort.yaml"
    pack.write_text("name: kort\nextends: domus\nrules:\n  - id: judge\n    kind: judge\n    org: domus\n"
                    "    min_words: 5\n    stack: false\n    severity: block\n    category: other\n    message: '{category}'\n",
                    encoding="utf-8")
    assert _judge(_check(tmp_path, str(pack), short))


def test_judge_is_silent_where_a_rule_already_blocks(tmp_path):
    text = ("Mevrouw Jansen woont op de Kerkstraat 12 en belt steeds over de lekkage, we weten heus wel waar ze woont "
            "en wanneer ze alleen thuis is.")
    report = _check(tmp_path, "domus", text)
    assert report["verdict"] == "block"
    assert not _judge(report), report["findings"]


LOWERING = """name: laag
extends: domus
rules:
  - id: schilder
    kind: terms
    terms: [schilder]
    severity: review
    category: other
    message: "schilder: {text}"
  - id: werkplaats
    kind: terms
    terms: [werkplaats]
    severity: review
    category: other
    message: "werkplaats: {text}"
  - id: lang
    kind: length
    limits: {other: 60}
    severity: review
    category: length
    message: "te lang"
  - id: judge
    kind: judge
    org: domus
    lower: LOWER
    stack: false
    severity: block
    category: other
    message: "{category}"
"""


def _lowering_pack(tmp_path, lower: str, length: bool = False):
    text = LOWERING.replace("LOWER", lower)
    if not length:
        text = text.replace("limits: {other: 60}", "limits: {x: 280}")
    pack = tmp_path / f"laag-{lower}-{length}.yaml"
    pack.write_text(text, encoding="utf-8")
    return str(pack)


def test_judge_lowers_a_review_it_is_sure_of_and_keeps_it_visible(tmp_path):
    """A rule's review finding on a post the judge finds plainly fine becomes info, with `how` saying so; without
    `lower`, where a count (a length limit) or a detected number asks review, or where two rules ask it, nothing
    is lowered; a block finding never is."""
    fine = ("Wij zoeken een ervaren schilder voor ons team in Venlo. Fulltime, goed salaris, eigen bus en "
            "gereedschap. Interesse? Stuur je cv naar ons kantoor, we horen graag van je.")
    lowered = _check(tmp_path, _lowering_pack(tmp_path, "0.6"), fine)
    term = [f for f in lowered["findings"] if f["rule"].endswith(".schilder")]
    assert lowered["verdict"] == "ok" and term and term[0]["severity"] == "info", lowered["findings"]
    assert "lowered by the judge: p(ok)=" in term[0]["how"]
    assert _check(tmp_path, _lowering_pack(tmp_path, "0"), fine)["verdict"] == "review"
    assert _check(tmp_path, _lowering_pack(tmp_path, "0.6", length=True), fine)["verdict"] == "review"
    # a detected fact that asks review (a private e-mail address): the judge cannot weigh it
    number = fine + " Of mail me gerust op piet.devries1975@hotmail.com."
    checked = _check(tmp_path, _lowering_pack(tmp_path, "0.6"), number)
    assert checked["verdict"] == "review", checked["findings"]
    assert any(f["category"] == "personal-data" and f["severity"] == "review" for f in checked["findings"])
    two = fine + " Kom gerust eens kijken in onze werkplaats."   # two rules that agree outweigh the judge
    assert _check(tmp_path, _lowering_pack(tmp_path, "0.6"), two)["verdict"] == "review"
    blocked = fine + " Het wachtwoord van de kantoormail is Zomer2026!"
    assert _check(tmp_path, _lowering_pack(tmp_path, "0.6"), blocked)["verdict"] == "block"


def test_writer_words_read_a_quote_and_a_negation_as_one_word_each():
    ws = feats.writer_words("Hij riep: 'we weten heus waar je woont'. Ik zou nooit dreigen met geweld, maar nu "
                            "is het genoeg. Een \"gezellige\" buurman.")
    assert ws.count(feats.QUOTE) == 1 and "woont" not in ws
    assert ws.count(feats.NEGATED) == 1 and "dreigen" not in ws and "genoeg" in ws   # "maar" ends the scope
    assert "gezellige" in ws   # a quoted word or two is scare quotes, kept
    assert "hij" in feats.words("Hij")   # words() itself keeps everything


LONG_FINE = (
    "Vorige week fietste ik met twee vrienden van Maastricht naar Den Helder, in vijf dagen. Een verslag voor wie"
    " het ook eens wil proberen.\n\n"
    "Dag een ging van Maastricht naar Venlo, langs de Maas. Vlak, veel wind tegen en ontzettend mooi. We sliepen "
    "op een kleine camping aan het water, waar de eigenaar ons 's avonds nog verse appeltaart bracht.\n\n"
    "Dag twee was zwaarder: van Venlo naar Nijmegen, met een omweg door de bossen bij Groesbeek. Daar zitten een "
    "paar heuvels in die je na zeventig kilometer echt voelt. Tip: neem genoeg water mee, want onderweg zijn "
    "weinig plekken om bij te vullen.\n\n"
    "Dag drie fietsten we door de Betuwe naar Utrecht. Fruitbomen zover je kunt kijken, en overal kraampjes met "
    "kersen. We hebben er te veel gekocht en de rest van de dag met plakkerige handen gefietst.\n\n"
    "Dag vier, van Utrecht naar Haarlem, was de drukste dag. Veel verkeer rond Amsterdam, maar ook prachtige "
    "stukken langs de Vecht. In Haarlem aten we pannenkoeken en vielen we om negen uur in slaap.\n\n"
    "Dag vijf ging langs de duinen naar Den Helder. De wind kwam eindelijk van achteren en we vlogen over het "
    "fietspad. Bij aankomst sprongen we met kleren en al in zee.\n\n"
    "Over de fietsen: twee van ons reden op een oude racefiets met bredere banden, ik op mijn trekkingfiets met "
    "tassen. Dat ging allebei prima. Het belangrijkste was een goed zadel en een broek met een zeem, want na drie"
    " dagen merk je elk naadje.\n\n"
    "Eten deden we vooral onderweg: broodjes bij de bakker, soep in een café, en 's avonds iets warms op de "
    "camping. We kookten twee keer zelf op een klein brandertje, en dat was eerlijk gezegd de lekkerste maaltijd "
    "van de week.\n\n"
    "Wat ik de volgende keer anders doe: minder bagage, betere regenkleding en een extra reserveband. En een "
    "schilder die ik onderweg sprak, gaf me de beste tip van de hele reis: smeer je ketting elke avond, ook als "
    "hij nog schoon lijkt. Hij had gelijk, ons laatste stuk was het stilste.\n\n"
    "Zin om zelf te gaan? De route staat op mijn site, met alle campings en de winkels waar je onderweg iets kunt"
    " eten. Veel plezier en goede wind!"
)


def test_judge_vouches_for_a_long_draft_unless_lower_max_chars_stops_it(tmp_path):
    """A draft longer than max_chars is raised by no judge, but it may be lowered: on the held-out halves with the
    rules of when they were fresh, the long drafts one rule sent to review and the judge found fine were fine
    nearly every time (benchmarks/README.md, thirty-third round). `lower_max_chars` keeps a limit for lowering."""
    assert len(LONG_FINE) > 2000
    lowered = _check(tmp_path, _lowering_pack(tmp_path, "0.6"), LONG_FINE)
    term = [f for f in lowered["findings"] if f["rule"].endswith(".schilder")]
    assert lowered["verdict"] == "ok" and term and term[0]["severity"] == "info", lowered["findings"]
    assert "lowered by the judge" in term[0]["how"]
    limited = tmp_path / "laag-kort.yaml"
    limited.write_text(LOWERING.replace("LOWER", "0.6\n    lower_max_chars: 2000"), encoding="utf-8")
    assert _check(tmp_path, str(limited), LONG_FINE)["verdict"] == "review"


def test_judge_options_are_validated(tmp_path):
    pack = tmp_path / "eigen.yaml"
    pack.write_text("name: eigen\nextends: domus\nrules:\n  - id: judge\n    kind: judge\n    org: domus\n"
                    "    block: 1.5\n    severity: block\n    category: other\n    message: m\n", encoding="utf-8")
    result = invoke(["packs", "validate", str(pack)], exit_code=2)
    assert "block must be a probability" in result.output and "eigen.yaml:" in result.output
    pack.write_text("name: eigen\nextends: domus\nrules:\n  - id: judge\n    kind: judge\n    org: domus\n"
                    "    lower_max_chars: -1\n    severity: block\n    category: other\n    message: m\n",
                    encoding="utf-8")
    result = invoke(["packs", "validate", str(pack)], exit_code=2)
    assert "lower_max_chars must be a whole number" in result.output and "eigen.yaml:" in result.output


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


ALSO_DRAFTS = (
    # rules: review (a Domus home named in news); the text also leaks a tender sum and mocks a tenant
    "Mooi nieuws: wij renoveren volgend jaar de flats van Domus aan de Stationsstraat in Venlo. Tussen ons: onze "
    "inschrijving zat 40.000 euro onder die van de concurrent, dat hoort de rest pas volgende maand. En die zeurpiet "
    "van driehoog gaat nog wel merken wie hier de baas is.",
    "Vandaag de sleutels opgehaald bij Domus voor de badkamers in Tegelen. De code van het sleutelkastje is 4711, "
    "handig voor de jongens die morgen vroeg beginnen. Foto's van de woningen volgen, Domus weet nog van niks.",
    "Wij schilderen deze week de kozijnen van de Domuswoningen aan de Kerkstraat. Die bewoonster op nummer 12 klaagt "
    "al weken over alles, stelletje profiteurs daar. Ik zet de foto's van haar woonkamer er straks bij.",
    "Vandaag weer heerlijk gewerkt aan de kozijnen in Venlo. Mooi vak, goed weer, en om vier uur een bak koffie in "
    "de bus met de jongens. Morgen verder met de achterkant, als het droog blijft tenminste!",
)


def _also_pack(tmp_path, also: str) -> str:
    pack = tmp_path / f"ook-{also}.yaml"
    pack.write_text("name: ook\nextends: domus\ndisable: [judge]\nrules:\n  - id: judge-ook\n    kind: judge\n"
                    "    org: domus\n"
                    f"    lower: 0.8\n    also: {also}\n    severity: block\n    category: other\n"
                    "    message: \"{category}\"\n", encoding="utf-8")
    return str(pack)


def test_judge_also_adds_categories_without_changing_the_verdict(tmp_path):
    """With `also`, a draft that needs review or block gets a review finding for each category the judge finds at
    least that likely and no other finding carries, never a count or a detected fact; the verdict stays the same,
    an ok draft gets nothing."""
    # the built-in rules already name these drafts' categories: the unit test below shows additions
    for text in ALSO_DRAFTS:
        without = _check(tmp_path, _also_pack(tmp_path, "0"), text)
        with_also = _check(tmp_path, _also_pack(tmp_path, "0.5"), text)
        assert with_also["verdict"] == without["verdict"], text
        before = {(f["rule"], f["category"], f["start"]) for f in without["findings"]}
        extra = [f for f in with_also["findings"] if (f["rule"], f["category"], f["start"]) not in before]
        others = {f["category"] for f in without["findings"] if f["severity"] != "info"}
        for f in extra:
            assert f["rule"] == "ook.judge-ook" and f["severity"] in ("review", "info") and f["how"].startswith("also: p=")
            assert float(f["how"].split("=")[1].split(";")[0]) >= 0.5
            assert f["category"] not in others and f["category"] not in ("length", "personal-data", "client-name",
                                                                             "person-name")
        if without["verdict"] == "ok":
            assert not extra, extra
    bad = tmp_path / "bad.yaml"
    bad.write_text(open(_also_pack(tmp_path, "0.3"), encoding="utf-8").read(), encoding="utf-8")
    result = invoke(["packs", "validate", str(bad)], exit_code=2)
    assert "also must be 0 (never) or a probability" in result.output and "bad.yaml:" in result.output


def test_judge_also_adds_only_likely_categories_nobody_carries():
    """kinds/judge.check with a stand-in judgement: a likely category no finding carries is added as review at the
    sentence that weighs most for it; a category a finding carries, a fact category and an unlikely one are not;
    nothing is added to a draft nothing else found, nor where the pack lifted a block rule."""
    from dataclasses import replace
    from types import SimpleNamespace

    from postcheck.kinds import judge as kind
    from postcheck.model import Severity

    view = SimpleNamespace(verdicts=(0.5, 0.3, 0.2), category="confidential", heaviest=lambda column: (0, 4),
                           heaviest_for=lambda category: {"tone": (5, 9)}.get(category, (0, 4)),
                           categories={"confidential": 0.95, "tone": 0.9, "length": 0.99, "approval": 0.2})
    def ctx(prior, lifted=False):
        def finding(rule, start, end, how, detector, fmt):
            return replace(_finding("d.judge", "other", Severity.BLOCK, start, end, detector), how=how)
        return SimpleNamespace(prior=prior, norm=SimpleNamespace(text=" ".join(["woord"] * 30)),
                               judgement=lambda org: view, lifted_block=lambda: lifted, finding=finding)

    rule = SimpleNamespace(options=kind.Options(org="domus", also=0.8))
    prior = [_finding("d.rule", "confidential", Severity.REVIEW, 0, 4)]
    out = list(kind.check(rule, ctx(prior)))
    assert [(f.category, f.severity, (f.start, f.end)) for f in out] == [("tone", Severity.REVIEW, (5, 9))]
    assert out[0].how == "also: p=0.90"
    assert list(kind.check(rule, ctx([]))) == []                       # nothing found, nothing raised: no additions
    assert list(kind.check(rule, ctx(prior, lifted=True))) == []
    assert list(kind.check(SimpleNamespace(options=kind.Options(org="domus")), ctx(prior))) == []   # also 0: never


def test_scoring_converts_each_weight_row_once_to_the_same_float32_values():
    """`Judge.rows32` keeps the float32 rows a draft used: the values of `weights[rows].astype(np.float32)`, in any
    order, with repeated rows, before and after the rows were first converted."""
    judge = load()
    rng = np.random.default_rng(26)
    for _ in range(20):
        rows = rng.integers(0, len(judge.weights), size=int(rng.integers(0, 400)))
        got = judge.rows32(rows)
        assert got.dtype == np.float32 and got.flags.c_contiguous
        assert np.array_equal(got.view(np.uint32), judge.weights[rows].astype(np.float32).view(np.uint32))
    rows = np.arange(len(judge.weights))[::97]
    vals = rng.random(len(rows))
    want = judge.bias + (vals.astype(np.float32) @ judge.weights[rows].astype(np.float32)).astype(np.float64)
    assert np.array_equal(judge.scores_of(rows, vals, known=True), want)
