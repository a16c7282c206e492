"""Rule kinds: every kind documents itself and has a fixture; each fixture case flags or passes.

Fixtures live in tests/kinds/<kind>.yaml: a default `rule:` and `lexicons:`,
then `cases:` (each may override rule, lexicons, channel, capacity); `slot_kinds:`
gives a slot another kind than its standard one (e.g. `cues`). `[[...]]`
marks the exact span the rule must report; `flag: false` means no finding.
Test ids are `<kind>:<case>`, so `pytest -k terms` works.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from postcheck.config import Settings
from postcheck.drafts.read import parse_draft
from postcheck.engine import Engine
from postcheck.kinds import KINDS
from postcheck.kinds.base import doc_sections
from postcheck.lexicons import STANDARD_SLOT_KINDS
from postcheck.packs.load import load_pack
from postcheck.packtest import strip_marks

from conftest import ROOT

FIXTURES = ROOT / "tests" / "kinds"


def _cases():
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            merged = {"rule": data["rule"], "lexicons": data.get("lexicons", {}),
                      "slot_kinds": data.get("slot_kinds", {}),
                      "organisation": data.get("organisation", []), **case}
            yield pytest.param(path.stem, merged, id=f"{path.stem}:{case['name']}")


_ENGINES: dict[str, Engine] = {}


def _engine(tmp_root: Path, case: dict) -> Engine:
    rule = {"id": "under-test", **case["rule"]}
    slots = sorted(set(case["lexicons"]) | {"clients", "pages"})
    pack = {"name": "fixture", "organisation": case["organisation"],
            "lexicons": {s: {"kind": case["slot_kinds"].get(s, STANDARD_SLOT_KINDS.get(s, "terms"))} for s in slots},
            "rules": [rule]}
    key = json.dumps([pack, case["lexicons"]], sort_keys=True)
    if key not in _ENGINES:
        path = tmp_root / f"pack{len(_ENGINES)}.yaml"
        path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
        lexicons = {k: tuple(v) for k, v in case["lexicons"].items()}
        _ENGINES[key] = Engine([load_pack(str(path))], Settings(packs=(str(path),)), lexicons)
    return _ENGINES[key]


@pytest.fixture(scope="module")
def tmp_root(tmp_path_factory):
    return tmp_path_factory.mktemp("kinds")


@pytest.mark.parametrize("kind,case", list(_cases()))
def test_kind_case(tmp_root, kind, case):
    assert case["rule"]["kind"] == kind, f"a case in tests/kinds/{kind}.yaml tests kind {case['rule']['kind']}"
    engine = _engine(tmp_root, case)
    text, spans = strip_marks(case["text"])
    draft = parse_draft("case.md", text.encode("utf-8"), "markdown")
    report = next(engine.check([draft], channel=case.get("channel"), capacity=case.get("capacity")))
    found = [f for f in report.findings if f.rule == "fixture.under-test"]
    for f in found:
        assert text[f.start:f.end] == f.text
    if case.get("flag", True):
        got = [(f.start, f.end, f.text) for f in found]
        for s, e in spans:
            assert any((f.start, f.end) == (s, e) for f in found), f"expected {text[s:e]!r} at {s}-{e}, got {got}"
        assert found, "expected a finding"
    else:
        assert not found, [(f.start, f.end, f.text, f.how) for f in found]


def test_the_engine_names_no_rule_kind():
    import ast
    import inspect

    import postcheck.engine as engine_module
    from postcheck.kinds import MODULES

    tree = ast.parse(inspect.getsource(engine_module))
    imported = {f"{n.module}.{a.name}" if n.module else a.name
                for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        assert f"kinds.{short}" not in imported and module.KIND not in {a.split(".")[-1] for a in imported}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_documents_itself_and_has_a_fixture(name):
    module = KINDS[name]
    sections = doc_sections(module)
    for section in ("summary", "What it checks", "Options", "Example"):
        assert sections.get(section), f"kind {name}: docstring lacks '{section}'"
    assert module.KIND == name
    for hook in ("validate", "needs", "prepare", "check"):
        assert callable(getattr(module, hook, None)), f"kind {name} lacks {hook}()"
    assert (FIXTURES / f"{name}.yaml").is_file(), f"kind {name} has no tests/kinds/{name}.yaml"
