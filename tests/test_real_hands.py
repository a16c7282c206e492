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
