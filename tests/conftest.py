"""Shared test helpers: one way to invoke the CLI, and the source-offset invariant."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from postcheck.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _run(args, input, cwd):
    runner = CliRunner()
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)
    finally:
        os.chdir(old)


def invoke(args, input=None, exit_code=0, cwd=None):
    """Run the CLI in-process (click >= 8.2 keeps stderr apart) and assert the exit code."""
    result = _run(args, input, cwd)
    assert result.exit_code == exit_code, (
        f"exit {result.exit_code} != {exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def run_json(args, input=None, exit_code=None, cwd=None):
    """Run a check with --format json and return the parsed report, asserting the offset invariant."""
    result = _run(["check", "--format", "json", *args], input, cwd)
    if exit_code is not None:
        assert result.exit_code == exit_code, result.stderr
    report = json.loads(result.stdout)
    for entry in report["files"]:
        if entry["path"] == "-":
            source = input if isinstance(input, str) else input.decode("utf-8")
        else:
            path = Path(cwd or ".") / entry["path"]
            source = path.read_bytes().decode("utf-8")
        source = source[1:] if source.startswith("\ufeff") else source
        for f in entry["findings"]:
            assert source[f["start"]:f["end"]] == f["text"], f
    return report


@pytest.fixture
def shared():
    if not SHARED.is_dir():
        pytest.skip("../shared is not next to this checkout")
    return SHARED


def check_text(tmp_path, pack, text, name="post.txt", **opts):
    """Check `text` as a draft file with `pack` (options as --key value): (verdict, categories, rule ids)."""
    draft = tmp_path / name
    draft.write_text(text + "\n", encoding="utf-8")
    args = ["--pack", pack, "--fail-on", "never"]
    for k, v in opts.items():
        args += [f"--{k}", v]
    out = run_json([*args, str(draft)], cwd=tmp_path)["files"][0]
    return out["verdict"], {f["category"] for f in out["findings"]}, {f["rule"] for f in out["findings"]}


def check_batch(tmp_path_factory, cases, prefix: str) -> dict[int, dict]:
    """Check many drafts through the CLI, one run per pack (a directory of files), as a user checks a
    folder: case index -> that draft's JSON report entry. `cases` are (pack, expectation, text) tuples;
    each text is written to its own file."""
    by_pack: dict[str, list[tuple[int, str]]] = {}
    for i, (pack, _expect, text) in enumerate(cases):
        by_pack.setdefault(pack, []).append((i, text))
    out: dict[int, dict] = {}
    for pack, items in by_pack.items():
        folder = tmp_path_factory.mktemp(f"{prefix}-{pack}")
        for i, text in items:
            (folder / f"c{i:03d}.txt").write_text(text + "\n", encoding="utf-8")
        report = run_json(["--pack", pack, "--fail-on", "never", str(folder)])
        out.update({int(f["path"].rsplit("c", 1)[1][:3]): f for f in report["files"]})
    return out


def rule_ids(entry: dict, acted_on: bool = False) -> set[str]:
    """Rule ids (without pack) of one report entry's findings; `acted_on`: only review and block, not info."""
    return {f["rule"].split(".", 1)[1] for f in entry["findings"] if not acted_on or f["severity"] != "info"}


def rule_severities(entry: dict) -> dict[str, str]:
    """Rule id (without pack) -> severity, for one report entry's review and block findings."""
    return {f["rule"].split(".", 1)[1]: f["severity"] for f in entry["findings"] if f["severity"] != "info"}


def front_matter(**keys: str) -> str:
    """A draft's front matter block with these keys (values written as they are)."""
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in keys.items()) + "---\n"


def yaml_flag_pass(path: Path, placeholders: dict[str, str] | None = None) -> tuple[list[tuple], list[tuple]]:
    """The `flag` and `pass` cases of a YAML case file (tests/cases/*.yaml) as `flag_pass_tests` takes them: each
    case's `fm` keys become the draft's front matter; each key of `placeholders` in a text is replaced by its value
    (a text too long to write out in the file)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def draft(case: dict) -> str:
        fm = ""
        if case.get("fm"):
            fm = "---\n" + yaml.safe_dump(case["fm"], allow_unicode=True, sort_keys=False) + "---\n"
        text = case["text"]
        for key, value in (placeholders or {}).items():
            text = text.replace(key, value)
        return fm + text

    flag = [(c["pack"], c["rule"], c["severity"], draft(c)) for c in data["flag"]]
    passes = [(c["pack"], list(c["rules"]), draft(c)) for c in data["pass"]]
    return flag, passes


def flag_pass_tests(flag: list[tuple], passes: list[tuple], prefix: str):
    """The module scaffold of a FLAG/PASS file checked through the CLI: returns (results fixture,
    test_the_real_thing_is_flagged, test_fine_text_passes), for the module to bind under those names.

    `flag` holds (pack, rule id that must fire, severity it must have, text); `passes` holds (pack, rule ids
    none of which may fire, text). All drafts are checked in one CLI run per pack (module-scoped fixture),
    FLAG first, then PASS; each case asserts on its own file. Only review and block findings count."""

    @pytest.fixture(scope="module", name="results")
    def results(tmp_path_factory):
        return check_batch(tmp_path_factory, [(p, r, t) for p, r, _s, t in flag] + passes, prefix)

    @pytest.mark.parametrize("i", range(len(flag)), ids=[f"{p}:{r}:{t[-40:]}" for p, r, _s, t in flag])
    def test_the_real_thing_is_flagged(results, i):
        pack, rule, severity, text = flag[i]
        assert rule_severities(results[i]).get(rule) == severity, (text, rule_severities(results[i]))

    @pytest.mark.parametrize("i", range(len(passes)), ids=[f"{p}:{t[-40:]}" for p, _, t in passes])
    def test_fine_text_passes(results, i):
        pack, rules, text = passes[i]
        j = len(flag) + i
        assert not set(rule_severities(results[j])) & set(rules), (text, rule_severities(results[j]))

    return results, test_the_real_thing_is_flagged, test_fine_text_passes


@pytest.fixture(scope="module")
def blank_nl():
    """A bare Dutch pipeline, for unit tests of the cue detector."""
    import spacy
    return spacy.blank("nl")


def cue_scopes(nlp, sets, text, tmp_path) -> list[tuple[str, list[str]]]:
    """Every cue hit of `sets` in `text` with its scopes (negated, quoted, reported, ...)."""
    from postcheck.nlp.cues import CueDetector
    det = CueDetector.build(sets, cache_dir=tmp_path)
    return [(text[h.start:h.end], sorted(h.scopes())) for h in det.find(nlp(text), text)]



# `pytest -m quick` (about two minutes): the tests a change to rules/, lexicons/ or src/ most often breaks and the
# full suite (40 minutes) would find last: every pack's examples, each org pack's example for every rule, the
# walk-through's rule counts, duplicate words in a list, ruff, mypy, module size and layering.
QUICK_FILES = frozenset({"test_packs.py", "test_walkthrough.py", "test_wordlists.py", "test_habits.py",
                         "test_architecture.py"})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in QUICK_FILES:
            item.add_marker(pytest.mark.quick)
