"""The CLI through its public interface: exit codes, inputs, config precedence, outputs."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, invoke, run_json

MINI = ROOT / "tests" / "packs" / "mini.yaml"
CLEAN = "Vandaag hebben we de kozijnen geschilderd. Mooi resultaat!\n"
REVIEW = "Vandaag bij Testhuis de kozijnen geschilderd. Dit bericht plaats ik op persoonlijke titel.\n"
BLOCK = "Vandaag bij Anouk van den Berg de keuken vernieuwd.\n"


@pytest.fixture
def drafts(tmp_path):
    for name, text in (("clean.txt", CLEAN), ("review.txt", REVIEW), ("block.txt", BLOCK)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name,fail_on,code", [
    ("clean.txt", "review", 0), ("review.txt", "review", 1), ("block.txt", "review", 1),
    ("review.txt", "block", 0), ("block.txt", "block", 1), ("block.txt", "never", 0),
])
def test_exit_codes_follow_fail_on(drafts, name, fail_on, code):
    invoke(["--pack", MINI, "--fail-on", fail_on, drafts / name], exit_code=code)


def test_verdicts_in_json(drafts):
    report = run_json(["--pack", MINI, "--fail-on", "never", "clean.txt", "review.txt", "block.txt"], cwd=drafts)
    assert [f["verdict"] for f in report["files"]] == ["ok", "review", "block"]
    assert report["verdict"] == "block"
    block = report["files"][2]
    assert block["findings"][0]["rule"] == "mini.client-name"
    assert block["findings"][0]["text"] == "Anouk van den Berg"
    assert block["advice"].startswith("Niet publiceren.")
    assert block["contacts"][0]["role"] == "communicatie Testhuis"


def test_stdin(drafts):
    report = run_json(["--pack", MINI, "-"], input=BLOCK, exit_code=1)
    assert report["files"][0]["path"] == "-"
    assert report["files"][0]["verdict"] == "block"


def test_directory_is_recursed_in_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "post.md").write_text(BLOCK, encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".gitignore").write_text("ignored/\n", encoding="utf-8")
    (tmp_path / "ignored").mkdir()
    (tmp_path / "ignored" / "x.md").write_text(BLOCK, encoding="utf-8")
    report = run_json(["--pack", MINI, "--fail-on", "never", "."], cwd=tmp_path)
    assert [f["path"] for f in report["files"]] == ["./a.txt", "./b/post.md"]


@pytest.mark.parametrize("content,needle", [
    (b"\x00\x01\x02binary" * 50, "binary"),
    (b"Goed\nFout: \xff\xfe hier", "byte offset 11"),
])
def test_unreadable_input_is_one_line_exit_2(tmp_path, content, needle):
    path = tmp_path / "draft.txt"
    path.write_bytes(content)
    result = invoke(["--pack", MINI, path], exit_code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and str(path) in lines[0]


def test_missing_file(tmp_path):
    result = invoke(["--pack", MINI, tmp_path / "nope.txt"], exit_code=2)
    assert "not found" in result.stderr and "Traceback" not in result.stderr


def test_config_discovery_and_precedence(tmp_path):
    (tmp_path / ".postcheck.yaml").write_text(f"packs: ['{MINI}']\nchannel: x\ncapacity: official\n", encoding="utf-8")
    sub = tmp_path / "posts"
    sub.mkdir()
    (sub / "plain.txt").write_text(CLEAN, encoding="utf-8")
    (sub / "fm.md").write_text("---\nchannel: linkedin\n---\n" + CLEAN, encoding="utf-8")
    report = run_json(["plain.txt", "fm.md"], cwd=sub)        # config found in the parent folder
    assert [(f["channel"], f["capacity"]) for f in report["files"]] == [("x", "official"), ("linkedin", "official")]
    report = run_json(["--channel", "facebook", "fm.md"], cwd=sub)   # CLI beats front matter
    assert report["files"][0]["channel"] == "facebook"


def test_config_errors_point_at_line(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("packs: [domus]\nchanel: x\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(CLEAN, encoding="utf-8")
    result = invoke(["--config", cfg, tmp_path / "d.txt"], exit_code=2)
    assert f"{cfg}:2:1: config: unknown key 'chanel'. Did you mean 'channel'?" in result.stderr


def test_config_lexicon_adds_to_slot_and_missing_file_errors(tmp_path):
    (tmp_path / "klanten.txt").write_text("# clients\nPieter-Jan Smulders\n", encoding="utf-8")
    (tmp_path / ".postcheck.yaml").write_text(f"packs: ['{MINI}']\nlexicons:\n  clients: [klanten.txt]\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Gisteren met Pieter-Jan Smulders gesproken.\n", encoding="utf-8")
    report = run_json(["d.txt"], cwd=tmp_path)
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["mini.client-name"]
    (tmp_path / ".postcheck.yaml").write_text(f"packs: ['{MINI}']\nlexicons:\n  clients: [geheim.txt]\n", encoding="utf-8")
    result = invoke(["d.txt"], exit_code=2, cwd=tmp_path)
    assert ".postcheck.yaml:3:13: lexicons.clients: 'geheim.txt' not found" in result.stderr


def test_disable_switches_a_rule_off(tmp_path):
    (tmp_path / ".postcheck.yaml").write_text(f"packs: ['{MINI}']\ndisable: [mini.client-name]\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(BLOCK, encoding="utf-8")
    report = run_json(["d.txt"], cwd=tmp_path)
    assert report["files"][0]["verdict"] == "ok"


def test_output_file_and_draft_untouched(drafts):
    before = (drafts / "block.txt").read_bytes()
    out = drafts / "report.json"
    invoke(["--pack", MINI, "--format", "json", "--output", out, drafts / "block.txt"], exit_code=1)
    assert json.loads(out.read_text(encoding="utf-8"))["verdict"] == "block"
    assert (drafts / "block.txt").read_bytes() == before
    assert not [p for p in drafts.iterdir() if p.name.startswith(".report.json")]


def test_text_report_is_plain_without_terminal(drafts):
    result = invoke(["--pack", MINI, "--fail-on", "never", drafts / "block.txt"])
    out = result.stdout
    assert "Niet publiceren" in out and "1:13" in out and "mini.client-name" in out
    assert "\x1b[" not in out
    assert "^^^^^^^^^^^^^^^^^^" in out   # the match is underlined in its line


def test_explain_shows_policy_sentence():
    result = invoke(["explain", "--pack", MINI, "mini.client-name"])
    assert "Noem nooit de naam van een huurder." in result.stdout
    result = invoke(["explain", "--pack", MINI, "mini.client-nam"], exit_code=2)
    assert "Did you mean 'mini.client-name'?" in result.stderr


def test_explain_knows_postcheck_own_rules_and_keeps_an_unknown_rule_short(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("---\nchanel: facebook\n---\nHallo\n", encoding="utf-8")
    report = json.loads(invoke(["--pack", MINI, "--format", "json", "--fail-on", "never", draft]).stdout)
    rule = report["files"][0]["findings"][0]["rule"]
    result = invoke(["explain", rule])       # the rule a report names can be explained
    assert rule == "postcheck.front-matter" and "Zo los je het op:" in result.stdout and "channel" in result.stdout
    assert "reason=" in invoke(["explain", "postcheck.suppression"]).stdout
    result = invoke(["explain", "geen-bestaande-regel"], exit_code=2)
    assert "packs show" in result.stderr and len(result.stderr) < 300   # no list of every rule


def test_packs_show_never_prints_lexicon_entries():
    result = invoke(["packs", "show", MINI])
    assert "Anouk" not in result.stdout and "clients (names)" in result.stdout


def test_front_matter_with_bad_channel_is_an_error(tmp_path):
    (tmp_path / "d.md").write_text("---\nchannel: myspace\n---\nHallo\n", encoding="utf-8")
    result = invoke(["--pack", MINI, tmp_path / "d.md"], exit_code=2)
    assert "d.md:2:" in result.stderr and "channel must be one of" in result.stderr


def test_twitter_is_the_channel_x(tmp_path):
    """People still write 'twitter': front matter and --channel take it as x, the contract's name."""
    import json
    (tmp_path / "d.md").write_text("---\nchannel: Twitter\n---\nHallo\n", encoding="utf-8")
    (tmp_path / "e.md").write_text("Hallo\n", encoding="utf-8")
    out = json.loads(invoke(["--pack", MINI, "--format", "json", tmp_path / "d.md"]).stdout)
    assert out["files"][0]["channel"] == "x"
    out = json.loads(invoke(["--pack", MINI, "--format", "json", "--channel", "twitter", tmp_path / "e.md"]).stdout)
    assert out["files"][0]["channel"] == "x"


def test_redact_masks_personal_text_everywhere(drafts, tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text(MINI.read_text(encoding="utf-8").replace('suggestion: "Laat de naam weg."',
                                                             'suggestion: "Laat {text} weg."'), encoding="utf-8")
    for fmt in ("json", "text"):
        out = invoke(["--pack", pack, "--redact", "--format", fmt, "--fail-on", "never", drafts / "block.txt"]).stdout
        assert "Anouk" not in out and "[redacted]" in out, fmt
    report = json.loads(invoke(["--pack", pack, "--redact", "--format", "json", "--fail-on", "never",
                                drafts / "block.txt"]).stdout)
    finding = report["files"][0]["findings"][0]
    assert finding["redacted"] is True and finding["text"] == "[redacted]"
