"""`postcheck fix` and the fix mechanism: safe fixes re-check clean; files change only when asked."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ROOT, invoke
from postcheck.drafts.read import parse_draft
from postcheck.fix import _removal_span, apply, fix_draft, Edit
from postcheck.packs.load import load_pack
from postcheck.packtest import strip_marks, engine_for

PACKS = sorted(p.stem for p in (ROOT / "rules").glob("*.yaml"))


def _fixable_examples():
    for name in PACKS:
        pack = load_pack(name)
        for rule in pack.rules:
            if rule.fix is None or rule.severity.value == "info":   # fix.py leaves info findings alone
                continue
            for i, case in enumerate(rule.examples.flag):
                yield pytest.param(name, rule.id, i, id=f"{rule.id}#{i}")


@pytest.fixture(scope="module")
def engines():
    return {name: engine_for(load_pack(name)) for name in PACKS}


def test_every_built_in_pack_has_fixes():
    with_fix = {name: [r.id for r in load_pack(name).rules if r.fix] for name in PACKS}
    assert all(with_fix[name] for name in PACKS), with_fix


@pytest.mark.parametrize("pack_name, rule_id, index", list(_fixable_examples()))
def test_fix_clears_its_rule_on_the_packs_flag_examples(engines, pack_name, rule_id, index):
    engine = engines[pack_name]
    rule = next(r for r in engine.rules if r.id == rule_id)
    case = rule.examples.flag[index]
    text, _spans = strip_marks(case.text)
    draft = parse_draft("example.md", text.encode("utf-8"), "markdown")
    result = fix_draft(engine, draft, case.channel, case.capacity)
    assert any(f.rule == rule_id for f in result.before.findings)
    assert result.changed
    assert not any(f.rule == rule_id for f in result.after.findings), result.fixed
    assert result.after.verdict.rank <= result.before.verdict.rank


def test_block_without_a_mechanical_fix_is_reported_as_unfixable(engines):
    draft = parse_draft("d.md", "Die opzichter is een teringlijer.".encode(), "markdown")
    result = fix_draft(engines["domus"], draft)
    assert result.before.verdict.value == "block"
    assert result.after.verdict.value == "block"
    assert result.unfixable and all(f.severity.value == "block" for f in result.unfixable)
    assert not result.changed


@pytest.mark.parametrize("source, span, expected", [
    ("Bel me: tel: 06-12345678 of mail.", "06-12345678", "Bel me: of mail."),
    ("Bel 06-12345678 voor info.", "06-12345678", "Bel voor info."),
    ("06-12345678 is mijn nummer.", "06-12345678", "is mijn nummer."),
    ("Mail naar e-mail: a@b.nl.", "a@b.nl", "Mail naar."),
])
def test_removal_takes_label_and_one_space(source, span, expected):
    start = source.index(span)
    s, e = _removal_span(source, start, start + len(span))
    fixed, _ = apply(source, [Edit(s, e, "", "r", "remove")])
    assert fixed == expected


def test_overlapping_edits_apply_once():
    fixed, chosen = apply("abcdef", [Edit(1, 4, "X", "a", "replace"), Edit(2, 5, "Y", "b", "replace")])
    assert fixed == "aXef" and len(chosen) == 1


def _draft(tmp_path: Path, text: str, bom: bool = False) -> tuple[Path, Path]:
    config = tmp_path / ".postcheck.yaml"
    (tmp_path / "clients.txt").write_text("Anouk van den Berg\n", encoding="utf-8")
    config.write_text("packs: [domus]\nlexicons:\n  clients: [clients.txt]\n", encoding="utf-8")
    draft = tmp_path / "post.txt"
    draft.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return draft, config


TEXT = "Vandaag de keuken van Anouk van den Berg vernieuwd.\nBel haar op 06-12345678.\n"


def test_fix_prints_and_leaves_the_file_alone(tmp_path):
    draft, _ = _draft(tmp_path, TEXT)
    before = (draft.read_bytes(), draft.stat().st_mtime_ns, draft.stat().st_ino)
    result = invoke(["fix", draft], cwd=tmp_path)
    assert "een bewoner vernieuwd" in result.stdout
    assert "Anouk" not in result.stdout and "06-12345678" not in result.stdout
    assert "2 aanpassing(en)" in result.stderr and "Akkoord" in result.stderr
    assert (draft.read_bytes(), draft.stat().st_mtime_ns, draft.stat().st_ino) == before


def test_fix_diff(tmp_path):
    draft, _ = _draft(tmp_path, TEXT)
    out = invoke(["fix", "--diff", draft], cwd=tmp_path).stdout
    assert "-Vandaag de keuken van Anouk van den Berg vernieuwd." in out
    assert "+Vandaag de keuken van een bewoner vernieuwd." in out


def test_fix_write_replaces_atomically_keeping_bom_and_mode(tmp_path):
    draft, _ = _draft(tmp_path, TEXT, bom=True)
    os.chmod(draft, 0o640)
    inode = draft.stat().st_ino
    invoke(["fix", "--write", draft], cwd=tmp_path)
    data = draft.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "een bewoner" in data.decode("utf-8-sig") and "Anouk" not in data.decode("utf-8-sig")
    assert draft.stat().st_ino != inode                    # a new file renamed over the old one
    assert draft.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    invoke(["check", draft], cwd=tmp_path)                 # the written draft checks clean (exit 0)


def test_fix_write_refuses_a_symlink(tmp_path):
    draft, _ = _draft(tmp_path, TEXT)
    link = tmp_path / "link.txt"
    link.symlink_to(draft)
    result = invoke(["fix", "--write", link], cwd=tmp_path, exit_code=2)
    assert "regular file" in result.stderr
    assert draft.read_text(encoding="utf-8") == TEXT


def test_fix_exit_code_follows_the_fixed_verdict(tmp_path):
    draft, _ = _draft(tmp_path, "Die opzichter is een teringlijer.\n")
    result = invoke(["fix", draft], cwd=tmp_path, exit_code=1)
    assert "geen automatische oplossing" in result.stderr


@pytest.mark.parametrize("fix, message", [
    ('{replace: "x", remove: true}', "exactly one of replace, remove, append, shorten"),
    ("{shorten: true}", "shorten only fits a rule of kind length"),
    ('{remove: true, link: "https://x"}', "link only goes with shorten"),
    ("{replce: x}", "did you mean 'replace'"),
])
def test_bad_fix_specs_are_located(tmp_path, fix, message):
    pack = tmp_path / "p.yaml"
    pack.write_text("name: p\nrules:\n  - id: r\n    kind: terms\n    terms: [geheim]\n    category: confidential\n"
                    f"    severity: block\n    message: m\n    fix: {fix}\n", encoding="utf-8")
    result = invoke(["packs", "validate", pack], exit_code=2)
    assert message in result.stderr.lower() and "p.yaml:9:" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
