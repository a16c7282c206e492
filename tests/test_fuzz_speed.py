"""Hostile drafts: cost linear in the length of a hostile line; any size; a time budget per draft.

The ratio test runs benchmarks/adversarial.py's measurement with a small n:
4x more of a construct on one line may cost at most a generous multiple of
the time (linear is 4x, the quadratic scanners this replaced gave 12-24x).
"""
from __future__ import annotations

import importlib.util
import time

import pytest

from conftest import ROOT, invoke, run_json
from postcheck import engine as engine_mod
from postcheck.api import build_engine, check_drafts
from postcheck.config import Settings
from postcheck.drafts.read import parse_draft
from postcheck.nlp.pipeline import MAX_CHUNK, break_long_runs

_spec = importlib.util.spec_from_file_location("adversarial", ROOT / "benchmarks" / "adversarial.py")
adversarial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adversarial)

CONSTRUCTS = ["_", "[", "![", "<", "<!--", "&#", "emoji", "names"]
BOUND = 8.0          # generous: noisy shared machine; quadratic would be ~16x
FLOOR_S = 0.08       # below this for 4n, timing noise dominates and nothing can be quadratic at this n


@pytest.fixture(scope="module")
def engine():
    eng = build_engine(Settings(packs=("sterkhuis",)))
    eng.warm()
    return eng


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
@pytest.mark.parametrize("name", CONSTRUCTS)
def test_four_times_the_hostile_line_costs_about_four_times(engine, name, fmt):
    a, b, ratio = adversarial.ratio(engine, adversarial.CONSTRUCTS[name], 2500, fmt, runs=3)
    assert b < FLOOR_S or ratio <= BOUND, f"{name} {fmt}: {a:.3f}s -> {b:.3f}s ({ratio:.1f}x)"


def test_break_long_runs_keeps_length_and_short_text():
    text = "kort " + "_" * 300 + " en " + "😀" * 70 + " eind"
    out = break_long_runs(text)
    assert len(out) == len(text)
    assert max(len(w) for w in out.split()) <= MAX_CHUNK
    assert [i for i, (x, y) in enumerate(zip(text, out)) if x != y] == \
           [i for i, ch in enumerate(out) if ch == " " and text[i] != " "]
    assert break_long_runs("Jan de Vries woont hier.") == "Jan de Vries woont hier."


def _findings(eng, source: str, fmt="text"):
    report = check_drafts(eng, [parse_draft("d.txt", source.encode("utf-8"), fmt)]).files[0]
    return [(f.rule, f.start, f.end, f.text) for f in report.findings], report


def test_pieces_give_the_same_findings_as_one_doc(engine, monkeypatch):
    para = ("Vandaag sprak ik Jan de Vries uit Haarlem, bel hem op 06-12345678 of mail j.devries@example.nl.\n"
            "Het adres is Dorpsstraat 12, 1234 AB Ergens. Pieter Jansen was er ook.\n\n")
    source = para * 40
    whole, _ = _findings(engine, source)
    monkeypatch.setattr(engine_mod, "PIECE_CHARS", 700)
    pieced, report = _findings(engine, source)
    assert whole and pieced == whole
    for _rule, s, e, text in pieced:
        assert source[s:e] == text


def test_a_draft_beyond_spacy_max_length_is_checked(tmp_path):
    para = "Gisteren bel me op 06-12345678 voor de afspraak. " * 20 + "\n\n"
    source = para * (1_100_000 // len(para) + 1) + "Laatste regel: bel 06-87654321.\n"
    assert len(source) > 1_000_000
    (tmp_path / "groot.txt").write_text(source, encoding="utf-8")
    # --timeout 0: this test is about size, not time (the default budget is wall-clock and a loaded machine is slow)
    report = run_json(["--pack", "sterkhuis", "--fail-on", "never", "--timeout", "0", "groot.txt"], exit_code=0,
                      cwd=tmp_path)
    texts = [f["text"] for f in report["files"][0]["findings"]]
    assert "06-87654321" in texts  # the last piece was checked too


def test_time_budget_turns_a_long_draft_into_a_located_error(tmp_path):
    source = ("Een gewone zin over het weer en de tuin.\n" * 8000)
    (tmp_path / "lang.txt").write_text(source, encoding="utf-8")
    (tmp_path / "kort.txt").write_text("Kort bericht.\n", encoding="utf-8")
    started = time.perf_counter()
    result = invoke(["check", "--pack", "sterkhuis", "--timeout", "0.000001", "lang.txt"], exit_code=2, cwd=tmp_path)
    assert time.perf_counter() - started < 60
    assert result.stderr.startswith("postcheck: error: lang.txt:")
    assert "took longer than" in result.stderr and "--timeout" in result.stderr
    # a 0 budget means no limit; short drafts are not affected by the budget
    invoke(["check", "--pack", "sterkhuis", "--timeout", "0", "--fail-on", "never", "lang.txt"], cwd=tmp_path)
    invoke(["check", "--pack", "sterkhuis", "--timeout", "0.000001", "kort.txt"], cwd=tmp_path)


def test_draft_timeout_in_the_config(tmp_path):
    (tmp_path / ".postcheck.yaml").write_text("packs: [sterkhuis]\ndraft_timeout: 0.000001\n", encoding="utf-8")
    (tmp_path / "lang.txt").write_text("Een gewone zin over het weer.\n" * 8000, encoding="utf-8")
    result = invoke(["check", "lang.txt"], exit_code=2, cwd=tmp_path)
    assert "took longer than" in result.stderr
    (tmp_path / ".postcheck.yaml").write_text("packs: [sterkhuis]\ndraft_timeout: -1\n", encoding="utf-8")
    result = invoke(["check", "lang.txt"], exit_code=2, cwd=tmp_path)
    assert ".postcheck.yaml:2:" in result.stderr and "draft_timeout" in result.stderr


def test_link_opener_before_an_unclosed_fence_is_linear():
    # found by benchmarks/fuzz.py: `](` followed by a long masked (blank) code fence made the
    # link-target regex backtrack between its whitespace parts (13k characters: 6 s)
    from postcheck.drafts.frontmatter import parse_front_matter
    from postcheck.drafts.markup import prose_view

    def cost(n: int) -> float:
        draft = parse_draft("a.md", ("![x](\n```\n" + "a " * n).encode("utf-8"), "markdown")
        started = time.perf_counter()
        prose_view(draft, parse_front_matter(draft.source, "a.md"))
        return time.perf_counter() - started

    # a ratio in the same run, not an absolute time: 4x the masked fence may cost about 4x (6 s at 13k
    # characters before the fix, i.e. quadratic: 16x)
    small, large = (min(cost(n) for _ in range(3)) for n in (5_000, 20_000))
    assert large < FLOOR_S or large / max(small, 1e-4) <= BOUND, f"{small:.3f}s -> {large:.3f}s"
