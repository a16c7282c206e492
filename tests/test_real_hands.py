"""Issue 9 ("In real hands") through the CLI: config per draft, front-matter schema, name checks,
--lexicon and POSTCHECK_LEXICON_*, force-exclude, and the command-line conventions."""
from __future__ import annotations

import json

from conftest import ROOT, invoke, run_json

MINI = ROOT / "tests" / "packs" / "mini.yaml"
CLIENT = "Vandaag bij Anouk van den Berg de keuken vernieuwd.\n"


def _blog(folder, packs: str, clients: str | None) -> None:
    folder.mkdir(parents=True)
    lex = ""
    if clients:
        (folder / "private").mkdir()
        (folder / "private" / "clients.txt").write_text(f"# test\n{clients}\n", encoding="utf-8")
        lex = "lexicons:\n  clients: [private/clients.txt]\n"
    (folder / ".postcheck.yaml").write_text(f"packs: [{packs}]\n{lex}", encoding="utf-8")
    (folder / "posts").mkdir()
    (folder / "posts" / "bezoek.md").write_text(CLIENT, encoding="utf-8")


def test_each_draft_uses_the_config_above_it_not_the_current_folder(tmp_path):
    _blog(tmp_path / "domus-blog", "domus", "Anouk van den Berg")
    _blog(tmp_path / "kliniek-blog", "hartekamp", None)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    a = tmp_path / "domus-blog" / "posts" / "bezoek.md"
    b = tmp_path / "kliniek-blog" / "posts"
    report = run_json(["--fail-on", "never", str(a), str(b), str(a.parent / "bezoek.md")], cwd=elsewhere)
    files = report["files"]
    assert [f["path"] for f in files] == [str(a), str(b / "bezoek.md")]   # given order, each file once
    assert files[0]["packs"] == ["domus"] and files[0]["config"] == str(tmp_path / "domus-blog" / ".postcheck.yaml")
    assert files[0]["verdict"] == "block" and files[0]["findings"][0]["rule"] == "domus.client-name"
    assert files[1]["packs"] == ["hartekamp"]
    assert files[1]["config"] == str(tmp_path / "kliniek-blog" / ".postcheck.yaml")
    assert not any(f["rule"].endswith("client-name") for f in files[1]["findings"])   # not in that lexicon


def test_config_option_still_wins_for_every_draft(tmp_path):
    _blog(tmp_path / "domus-blog", "domus", "Anouk van den Berg")
    other = tmp_path / "other.yaml"
    other.write_text(f"packs: [{MINI}]\n", encoding="utf-8")
    report = run_json(["--config", str(other), "--fail-on", "never", str(tmp_path / "domus-blog" / "posts")],
                      cwd=tmp_path)
    assert report["files"][0]["packs"] == ["mini"] and report["files"][0]["config"] == str(other)


def test_sarif_names_packs_and_config_per_file(tmp_path):
    _blog(tmp_path / "blog", "domus", None)
    out = invoke(["check", "--format", "sarif", "--fail-on", "never", str(tmp_path / "blog" / "posts")])
    props = json.loads(out.stdout)["runs"][0]["properties"]
    (entry,) = [f for f in props["files"]]
    assert entry["packs"] == ["domus"] and entry["config"].endswith(".postcheck.yaml")


def test_walk_skips_the_configs_own_lexicon_files(tmp_path):
    _blog(tmp_path / "blog", "domus", "Anouk van den Berg")
    report = run_json(["--fail-on", "never", "."], cwd=tmp_path / "blog")
    assert [f["path"] for f in report["files"]] == ["./posts/bezoek.md"]


def _fm_draft(tmp_path, front: str, body: str = "Mooi project afgerond voor Woningstichting Domus!\n"):
    path = tmp_path / "post.md"
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return path


def test_approval_ja_is_no_approval_and_is_reported_at_its_line(tmp_path):
    _fm_draft(tmp_path, "approval: ja\ncapacity: official\n")
    report = run_json(["--pack", "domus", "--fail-on", "never", "post.md"], cwd=tmp_path)
    rules = {f["rule"]: f for f in report["files"][0]["findings"]}
    assert "domus.unapproved-mention" in rules          # `ja` lifts nothing
    fm = rules["postcheck.front-matter"]
    assert (fm["line"], fm["column"], fm["text"], fm["severity"]) == (2, 1, "approval", "review")
    assert "by" in fm["message"] and "date" in fm["message"]


def test_a_full_approval_lifts_the_rule_and_by_alone_does_not(tmp_path):
    _fm_draft(tmp_path, "approval:\n  by: communicatie Domus\n  date: 2026-11-02\ncapacity: official\n")
    report = run_json(["--pack", "domus", "--fail-on", "never", "post.md"], cwd=tmp_path)
    assert not report["files"][0]["findings"]
    _fm_draft(tmp_path, "approval:\n  by: communicatie Domus\ncapacity: official\n")
    report = run_json(["--pack", "domus", "--fail-on", "never", "post.md"], cwd=tmp_path)
    rules = [f["rule"] for f in report["files"][0]["findings"]]
    assert "domus.unapproved-mention" in rules and "postcheck.front-matter" in rules


def test_typo_in_a_key_and_in_images_get_did_you_mean_but_site_keys_pass(tmp_path):
    front = ("chanel: facebook\ntitle: Zomer\ntags: [a]\nimage: kop.jpg\nimages:\n"
             "  - file: a.jpg\n    shows: [propery]\n    consent: ja\n")
    _fm_draft(tmp_path, front, "Vandaag een mooie dag.\n")
    result = invoke(["check", "--pack", "domus", "--format", "json", "post.md"], exit_code=1, cwd=tmp_path)
    findings = json.loads(result.stdout)["files"][0]["findings"]
    messages = [f["message"] for f in findings if f["rule"] == "postcheck.front-matter"]
    assert any("'chanel'" in m and "bedoel je 'channel'" in m for m in messages), messages
    assert any("bedoel je 'property'" in m for m in messages), messages
    assert any("consent" in m for m in messages), messages
    assert not any(k in m for m in messages for k in ("'title'", "'tags'", "'image'")), messages
    assert [f["line"] for f in findings if "chanel" in f["message"]] == [2]


def test_disable_typo_and_pack_typo_are_errors_with_did_you_mean(tmp_path):
    (tmp_path / ".postcheck.yaml").write_text("packs: [sterkhuis]\ndisable: [sterkhuis.phone-numbr]\n",
                                              encoding="utf-8")
    (tmp_path / "a.md").write_text("Hallo.\n", encoding="utf-8")
    result = invoke(["a.md"], exit_code=2, cwd=tmp_path)
    assert "sterkhuis.phone-numbr" in result.stderr and "did you mean 'sterkhuis.phone-number'" in result.stderr.lower()
    assert ".postcheck.yaml" in result.stderr and "Traceback" not in result.stderr
    (tmp_path / ".postcheck.yaml").write_text("packs: [sterkhuis]\ndisable: [phone-number]\n", encoding="utf-8")
    invoke(["a.md"], exit_code=0, cwd=tmp_path)
    result = invoke(["--pack", "domsu", "a.md"], exit_code=2, cwd=tmp_path)
    assert "pack 'domsu' not found" in result.stderr and "did you mean 'domus'" in result.stderr.lower()


def test_lexicon_option_and_environment_add_private_files(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(CLIENT, encoding="utf-8")
    secret = tmp_path / "secret-clients.txt"
    secret.write_text("# uit een secret\nAnouk van den Berg\n", encoding="utf-8")
    report = run_json(["--pack", "domus", "--fail-on", "never", "a.md"], cwd=tmp_path)
    assert not any(f["rule"] == "domus.client-name" for f in report["files"][0]["findings"])
    report = run_json(["--pack", "domus", "--lexicon", f"clients={secret}", "--fail-on", "never", "a.md"],
                      cwd=tmp_path)
    assert [f["rule"] for f in report["files"][0]["findings"]].count("domus.client-name") == 1
    monkeypatch.setenv("POSTCHECK_LEXICON_CLIENTS", str(secret))
    report = run_json(["--pack", "domus", "--fail-on", "never", "a.md"], cwd=tmp_path)
    assert [f["rule"] for f in report["files"][0]["findings"]].count("domus.client-name") == 1
    monkeypatch.setenv("POSTCHECK_LEXICON_CLIENTS", str(tmp_path / "missing.txt"))
    result = invoke(["--pack", "domus", "a.md"], exit_code=2, cwd=tmp_path)
    assert "missing.txt" in result.stderr and "POSTCHECK_LEXICON_CLIENTS" in result.stderr
    monkeypatch.delenv("POSTCHECK_LEXICON_CLIENTS")
    result = invoke(["--pack", "domus", "--lexicon", "clients", "a.md"], exit_code=2, cwd=tmp_path)
    assert "SLOT=PATH" in result.stderr


def test_force_exclude_applies_the_config_exclude_to_named_files(tmp_path):
    (tmp_path / ".postcheck.yaml").write_text(f'packs: [{MINI}]\nexclude: ["CHANGELOG.md", "notes/**"]\n',
                                              encoding="utf-8")
    (tmp_path / "notes").mkdir()
    for name in ("CHANGELOG.md", "notes/x.md", "post.md"):
        (tmp_path / name).write_text(CLIENT, encoding="utf-8")
    report = run_json(["--fail-on", "never", "CHANGELOG.md", "notes/x.md", "post.md"], cwd=tmp_path)
    assert [f["path"] for f in report["files"]] == ["CHANGELOG.md", "notes/x.md", "post.md"]  # named: checked
    report = run_json(["--force-exclude", "--fail-on", "never", "CHANGELOG.md", "notes/x.md", "post.md"],
                      cwd=tmp_path)
    assert [f["path"] for f in report["files"]] == ["post.md"]
    result = invoke(["--force-exclude", "CHANGELOG.md"], exit_code=0, cwd=tmp_path)
    assert "excluded" in result.stderr and not result.stdout


def test_python_dash_m_postcheck_runs_the_cli(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.md").write_text(CLIENT, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "postcheck", "--pack", str(MINI), "--format", "json", "a.md"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["files"][0]["verdict"] == "block"
    version = subprocess.run([sys.executable, "-m", "postcheck", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("postcheck")


def test_force_color_colours_a_pipe_and_no_color_wins(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(CLIENT, encoding="utf-8")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert "\x1b[" not in invoke(["--pack", MINI, "a.md"], exit_code=1, cwd=tmp_path).stdout
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = invoke(["--pack", MINI, "a.md"], exit_code=1, cwd=tmp_path).stdout
    assert "\x1b[" in coloured and "Niet publiceren" in coloured
    assert "\x1b[" not in invoke(["--pack", MINI, "--no-color", "a.md"], exit_code=1, cwd=tmp_path).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in invoke(["--pack", MINI, "a.md"], exit_code=1, cwd=tmp_path).stdout


def test_quiet_shows_only_drafts_that_need_action_and_the_full_summary(tmp_path):
    (tmp_path / "a-ok.md").write_text("Vandaag een mooie dag.\n", encoding="utf-8")
    (tmp_path / "b-block.md").write_text(CLIENT, encoding="utf-8")
    full = invoke(["--pack", MINI, "a-ok.md", "b-block.md"], exit_code=1, cwd=tmp_path).stdout
    quiet = invoke(["--pack", MINI, "--quiet", "a-ok.md", "b-block.md"], exit_code=1, cwd=tmp_path).stdout
    assert "a-ok.md" in full and "a-ok.md" not in quiet
    assert "b-block.md" in quiet and "Niet publiceren" in quiet
    assert quiet.strip().splitlines()[-1] == full.strip().splitlines()[-1]   # the summary counts every draft
    assert "2 bestand" in quiet.strip().splitlines()[-1]


def test_a_typo_in_a_subcommand_is_named_as_such(tmp_path):
    result = invoke(["pack", "list"], exit_code=2, cwd=tmp_path)
    assert "no such command 'pack'" in result.stderr and "did you mean 'packs'" in result.stderr.lower()
    assert "not found" not in result.stderr
    result = invoke(["exlpain", "domus.client-name"], exit_code=2, cwd=tmp_path)
    assert "did you mean 'explain'" in result.stderr.lower()
    (tmp_path / "pack").write_text(CLIENT, encoding="utf-8")     # an existing file of that name is an input
    result = invoke(["pack"], exit_code=2, cwd=tmp_path)
    assert "no such command" not in result.stderr and "unsupported file type" in result.stderr
    result = invoke(["nope.md"], exit_code=2, cwd=tmp_path)       # a path is still "file not found"
    assert "file not found" in result.stderr


def test_hidden_folders_are_skipped_unless_named(tmp_path):
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "a.md").write_text("Vandaag een mooie dag.\n", encoding="utf-8")
    for hidden in (".obsidian", "posts/.trash"):
        (tmp_path / hidden).mkdir()
        (tmp_path / hidden / "x.md").write_text(CLIENT, encoding="utf-8")
    report = run_json(["--pack", MINI, "."], cwd=tmp_path, exit_code=0)
    assert [f["path"] for f in report["files"]] == ["./posts/a.md"]
    report = run_json(["--pack", MINI, ".obsidian"], cwd=tmp_path, exit_code=1)
    assert [f["path"] for f in report["files"]] == [".obsidian/x.md"]


def test_license_and_notice_name_the_licences():
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert "deduce" in notice and "LGPL-3.0-or-later" in notice and "site-packages" in notice
