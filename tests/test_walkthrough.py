"""docs/nl/packs.md, the comms officer's walk-through, run as written (issue 9).

The doc's ```console blocks are followed step by step in an empty temporary folder: each `$ ` line
runs in bash (with this environment's `postcheck` first on PATH); the lines under it up to the next
`$ ` are what the doc says the user sees: each must occur in the output (stdout and stderr), and
`(exit N)` is the exit code the doc states (0 when it states none). A ```yaml block right after
`<!-- voeg toe aan: FILE na: LINE -->` is added to FILE below the first line that reads LINE,
as the doc tells the reader to do.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

DOC = ROOT / "docs" / "nl" / "packs.md"
BLOCK = re.compile(r"(?:<!-- voeg toe aan: (?P<file>\S+) na: (?P<after>.+?) -->\n)?```(?P<lang>\w+)\n(?P<body>.*?)```",
                   re.S)


def _steps(doc: str) -> list[tuple[str, object]]:
    steps: list[tuple[str, object]] = []
    for m in BLOCK.finditer(doc):
        if m["lang"] == "yaml" and m["file"]:
            steps.append(("add", (m["file"], m["after"], m["body"])))
        elif m["lang"] == "console":
            command = None
            expect: list[str] = []
            for line in m["body"].splitlines():
                if line.startswith("$ "):
                    if command:
                        steps.append(("run", (command, expect)))
                    command, expect = line[2:], []
                elif line.strip():
                    expect.append(line.strip())
            if command:
                steps.append(("run", (command, expect)))
    return steps


def test_the_walkthrough_runs_as_written(tmp_path):
    steps = _steps(DOC.read_text(encoding="utf-8"))
    assert sum(kind == "run" for kind, _ in steps) >= 8 and any(kind == "add" for kind, _ in steps)
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTCHECK_")}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["HOME"] = str(tmp_path)  # no user config or cache from outside
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "100"
    work = tmp_path / "werk"
    work.mkdir()
    for kind, step in steps:
        if kind == "add":
            name, after, body = step  # type: ignore[misc]
            path = work / name
            lines = path.read_text(encoding="utf-8").split("\n")
            at = lines.index(after) + 1
            path.write_text("\n".join(lines[:at] + body.rstrip("\n").split("\n") + lines[at:]), encoding="utf-8")
            continue
        command, expect = step  # type: ignore[misc]
        codes = [int(x[6:-1]) for x in expect if re.fullmatch(r"\(exit \d+\)", x)]
        proc = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True, text=True,
                              timeout=300)
        out = proc.stdout + proc.stderr
        assert proc.returncode == (codes[0] if codes else 0), f"$ {command}\n{out}"
        for line in expect:
            if not re.fullmatch(r"\(exit \d+\)", line):
                assert line in out, f"$ {command}\nexpected {line!r} in:\n{out}"


def test_uncommenting_the_scaffold_example_rules_in_place_just_works(tmp_path):
    """The scaffold's example rules sit under `rules:` as comments; removing the '# ' is all it takes."""
    from conftest import invoke

    invoke(["init", "--org", "Woonstichting Voorbeeld"], cwd=tmp_path)
    pack = tmp_path / "postcheck" / "woonstichting-voorbeeld.yaml"
    lines, inside = [], False
    for line in pack.read_text(encoding="utf-8").split("\n"):
        if line.startswith("  # - id: "):
            inside = True
        elif inside and not line.startswith("  #   "):
            inside = False
        lines.append("  " + line[4:] if inside else line)
    pack.write_text("\n".join(lines), encoding="utf-8")
    assert lines.count("  - id: disclaimer-missing") == 1 and lines.count("  - id: organisation-news") == 1
    assert f"ok ({_basis_rules() + 2} rules)" in invoke(["packs", "validate", pack], cwd=tmp_path).output
    assert "0 failed" in invoke(["packs", "test", pack], cwd=tmp_path).output


def test_packs_test_names_the_file_an_inherited_example_comes_from_and_quotes_the_flag(tmp_path):
    """A child pack that breaks a basis example: the failure points into basis, not into the child."""
    from conftest import invoke

    child = tmp_path / "kind.yaml"
    child.write_text('name: kind\nextends: [basis]\nallow:\n  phones: ["06-12345678"]\nrules: []\n'
                     'examples:\n  - text: "Bel Jan op 06-98765432 voor de sleutel."\n', encoding="utf-8")
    out = invoke(["packs", "test", child], exit_code=1, cwd=tmp_path).output
    fails = [line for line in out.splitlines() if line.startswith("FAIL")]
    phone = next(line for line in fails if "phone-number flag#0" in line)
    basis = ROOT / "rules" / "basis.yaml"
    line = 1 + basis.read_text(encoding="utf-8").split("\n").index('        - "Vragen? Bel mijn buurman gerust op [[06-12345678]]."')
    assert phone.startswith(f"FAIL {os.path.relpath(basis, tmp_path)}:{line}: "), phone
    example = next(line for line in fails if "example example#0" in line)
    assert example.startswith("FAIL kind.yaml:7: ") and "'06-98765432'" in example, example


def test_packs_validate_refuses_a_lexicon_that_check_refuses(tmp_path):
    """A Latin-1 client list: `check` stops with exit 2, and so does `packs validate`, with the same line."""
    from conftest import invoke

    (tmp_path / "lat.yaml").write_text("name: lat\nextends: [basis]\nlexicons:\n  clients: {kind: names, files: "
                                       "[clients.txt]}\nrules: []\n", encoding="utf-8")
    (tmp_path / "clients.txt").write_bytes("Jan Smit\nJosé Müller\n".encode("latin-1"))
    (tmp_path / "a.md").write_text("Hallo\n", encoding="utf-8")
    checked = invoke(["--pack", "lat.yaml", "a.md"], exit_code=2, cwd=tmp_path).stderr
    validated = invoke(["packs", "validate", "lat.yaml"], exit_code=2, cwd=tmp_path).stderr
    assert "clients.txt:2: lexicon is not valid UTF-8" in checked
    assert "clients.txt:2: lexicon is not valid UTF-8" in validated
    (tmp_path / "clients.txt").write_text("Jan Smit\nJosé Müller\n", encoding="utf-8")
    assert f"ok ({_basis_rules()} rules)" in invoke(["packs", "validate", "lat.yaml"], cwd=tmp_path).output


def test_one_error_in_a_rule_gives_one_message_not_a_cascade(tmp_path):
    from conftest import invoke

    (tmp_path / "p.yaml").write_text(
        'name: proef\nextends: [basis]\nrules:\n  - id: client-imag\n    kind: termz\n    terms: [primeur]\n'
        '    category: news\n    severity: review\n    message: "Nieuws"\nexamples:\n  - text: "Primeur!"\n'
        '    expect: [client-imag]\n', encoding="utf-8")
    err = invoke(["packs", "validate", "p.yaml"], exit_code=2, cwd=tmp_path).stderr
    assert err.splitlines() == ["p.yaml:5:11: rule 'client-imag': unknown kind 'termz'. Did you mean 'terms'?"], err


def _basis_rules() -> int:
    """The number of rules a pack extending basis inherits (basis grows; the tests should not pin it)."""
    from postcheck.packs.load import load_pack

    return len(load_pack("basis").rules)
