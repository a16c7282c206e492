"""The module structure: imports only run down the layers, never in a cycle; every module is documented.

Layers, lowest first. A module may import from its own layer or a lower one,
never from a higher one. A package name stands for all modules under it
unless a more specific entry says otherwise.
"""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

SRC = ROOT / "src" / "postcheck"

LAYERS: list[tuple[str, ...]] = [
    # 0: values, settings and pure text helpers
    ("postcheck", "postcheck.errors", "postcheck.model", "postcheck.text", "postcheck.config",
     "postcheck.yamlio", "postcheck.schema", "postcheck.termsafe", "postcheck.outfile", "postcheck.shipped"),
    # 1: reading inputs, detector building blocks
    ("postcheck.drafts", "postcheck.packs.yamlio", "postcheck.packs.schema", "postcheck.packs.model",
     "postcheck.lexicons", "postcheck.nlp", "postcheck.fingerprint", "postcheck.walk",
     "postcheck.cache", "postcheck.packs.cached"),
    # 2: rule kinds
    ("postcheck.kinds",),
    # 3: loading packs (validates rules with their kinds), applying rules, suppressions, the summary
    ("postcheck.packs.load", "postcheck.packs.rules", "postcheck.evaluate", "postcheck.suppress", "postcheck.verdict", "postcheck.baseline"),
    # 4: the engine
    ("postcheck.engine",),
    # 5: the flow and the commands built on it
    ("postcheck.api", "postcheck.packtest", "postcheck.explain", "postcheck.scaffold", "postcheck.fix"),
    # 6: reporters
    ("postcheck.report",),
    # 7: the web service (pages reuse the HTML report)
    ("postcheck.serve",),
    # 8: the command line
    ("postcheck.cli", "postcheck.cli_tools", "postcheck.cli_web", "postcheck.cli_options", "postcheck.__main__"),
]

# Known upward imports, fixed in other branches; the lead empties this list after merging them.
ALLOWED: set[tuple[str, str]] = set()   # known exceptions, each with its reason; none today


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """postcheck modules `name` imports (at any depth in the file, lazy imports included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                out.add(target)
    return out


def _layer(name: str) -> int:
    best, best_len = None, -1
    for i, layer in enumerate(LAYERS):
        for entry in layer:
            if (name == entry or name.startswith(entry + ".")) and len(entry) > best_len:
                best, best_len = i, len(entry)
    assert best is not None, f"{name} is in no layer: add it to LAYERS in tests/test_architecture.py"
    return best


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def test_imports_run_down_the_layers():
    wrong = []
    for name, targets in _graph().items():
        for target in targets:
            if _layer(target) > _layer(name) and (name, target) not in ALLOWED:
                wrong.append(f"{name} (layer {_layer(name)}) imports {target} (layer {_layer(target)})")
    assert not wrong, "\n".join(sorted(wrong))


# Same-or-lower-layer imports that are still wrong: (importer prefix, imported prefix, why)
FORBIDDEN = [
    ("postcheck.kinds", "postcheck.nlp", "a rule kind reads hits through evaluate.Context, never the pipeline"),
    ("postcheck.report", "postcheck.engine", "reporters render a RunReport; they do not run checks"),
    ("postcheck.report", "postcheck.baseline", "fingerprints live in fingerprint.py, apart from reporters"),
]


def test_no_forbidden_imports():
    wrong = [f"{name} imports {target}: {why}" for name, targets in _graph().items() for target in targets
             for src, dst, why in FORBIDDEN if name.startswith(src) and target.startswith(dst)]
    assert not wrong, "\n".join(wrong)


def test_the_allowlist_holds_only_real_violations():
    graph = _graph()
    stale = [pair for pair in ALLOWED if pair[1] not in graph.get(pair[0], set()) or _layer(pair[1]) <= _layer(pair[0])]
    assert not stale, f"no longer needed, remove from ALLOWED: {stale}"


def test_no_import_cycles():
    graph = _graph()
    # package __init__ re-exporting its modules is not a cycle of behaviour: drop parent -> child edges
    edges = {n: {t for t in ts if not t.startswith(n + ".")} for n, ts in graph.items()}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert not cycles, "\n".join(cycles)


def test_every_module_is_named_in_the_architecture_doc():
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [str(p.relative_to(SRC)) for p in sorted(SRC.rglob("*.py"))
               if p.name != "__init__.py" and f"`{p.relative_to(SRC).as_posix()}`" not in doc]
    assert not missing, f"docs/ARCHITECTURE.md does not name: {', '.join(missing)}"
