"""SARIF, GitHub workflow commands and HTML: valid, escaped, and --redact honoured."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT, invoke
from postcheck.fingerprint import ENV_KEY, FINGERPRINT_KEY, fingerprint
from postcheck.model import FileReport, Finding, RunReport, Severity, Verdict
from postcheck.report import github, html as html_report, sarif

MINI = ROOT / "tests" / "packs" / "mini.yaml"
DRAFT = """---
channel: facebook
---
# Nieuws uit de wijk

😀 Vandaag bij Anouk van den Berg. <script>alert(1)</script>

Bel (06) 12345678. Testhuis is 100% top & ik haat regen.
"""
SUPPRESSED = """Hallo.

<!-- postcheck: allow mini.property-reference reason="toestemming, DOM-7" -->
Vandaag bij Testhuis. Dit bericht plaats ik op persoonlijke titel.
"""


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "post.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "drafts" / "allow.md").write_text(SUPPRESSED, encoding="utf-8")
    return tmp_path


def render(cwd, fmt, *args, exit_code=1, paths=("drafts/post.md",)):
    return invoke(["check", "--pack", MINI, "--format", fmt, *args, *paths], exit_code=exit_code, cwd=cwd).stdout


def _sarif_prints(cwd) -> list[str]:
    log = json.loads(render(cwd, "sarif"))
    return [r["partialFingerprints"][FINGERPRINT_KEY] for r in log["runs"][0]["results"]]


def test_sarif_fingerprints_are_keyed(drafts, monkeypatch):
    """Without a key they cannot be recomputed from the matched text, nor matched across runs; with one they can."""
    import hashlib

    monkeypatch.delenv(ENV_KEY, raising=False)
    first, second = _sarif_prints(drafts), _sarif_prints(drafts)
    assert first and all(a != b for a, b in zip(first, second))
    unkeyed = hashlib.sha256("\0".join(("mini.client-name", "drafts/post.md", "anouk van den berg", "0"))
                             .encode()).hexdigest()
    assert unkeyed not in first
    monkeypatch.setenv(ENV_KEY, "a CI secret")
    assert _sarif_prints(drafts) == _sarif_prints(drafts)


# -- SARIF ---------------------------------------------------------------------------
@pytest.fixture
def sarif_schema():
    """The OASIS SARIF 2.1.0 schema, shipped with the tests so a fresh clone validates too."""
    return json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("redact", [False, True])
def test_sarif_validates_against_the_schema(drafts, sarif_schema, redact):
    import jsonschema

    log = json.loads(render(drafts, "sarif", *(["--redact"] if redact else []),
                            paths=("drafts/post.md", "drafts/allow.md")))
    jsonschema.Draft4Validator(sarif_schema).validate(log)
    assert log["version"] == "2.1.0"


def test_sarif_results_point_at_the_characters_in_code_points(drafts, monkeypatch):
    monkeypatch.setenv(ENV_KEY, "test-key")
    log = json.loads(render(drafts, "sarif"))
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "postcheck" and driver["version"]
    by_rule = {}
    for r in run["results"]:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "drafts/post.md"
        reg = loc["region"]
        start, length = reg["charOffset"], reg["charLength"]
        assert DRAFT[start:start + length] == reg["snippet"]["text"]
        line_start = DRAFT.rfind("\n", 0, start) + 1
        assert reg["startLine"] == DRAFT.count("\n", 0, start) + 1
        assert reg["startColumn"] == start - line_start + 1
        assert reg["endLine"] == DRAFT.count("\n", 0, start + length) + 1
        by_rule[r["ruleId"]] = r
    client = by_rule["mini.client-name"]
    # after an emoji: code points count it as one column (UTF-16 would say 16)
    assert client["locations"][0]["physicalLocation"]["region"]["startColumn"] == 15
    assert client["locations"][0]["physicalLocation"]["region"]["endColumn"] == 15 + len("Anouk van den Berg")
    assert client["level"] == "error" and by_rule["mini.insult"]["level"] == "warning"
    assert "Anouk van den Berg" in client["message"]["text"] and "Laat de naam weg" in client["message"]["text"]
    fp = fingerprint(Finding("mini.client-name", "mini", "client-name", Severity.BLOCK, "", "Anouk van den Berg",
                             0, 18, 1, 1), "drafts/post.md", 0, b"test-key")
    assert client["partialFingerprints"] == {FINGERPRINT_KEY: fp}

    rule = driver["rules"][client["ruleIndex"]]
    assert rule["shortDescription"]["text"] == "Naam van een huurder: …"
    assert "Noem nooit de naam van een huurder." in rule["fullDescription"]["text"]
    assert "Laat de naam weg." in rule["help"]["text"]
    assert rule["properties"]["category"] == "client-name" and rule["properties"]["severity"] == "block"
    assert rule["properties"]["pack"] == "mini" and rule["defaultConfiguration"]["level"] == "error"
    (props,) = run["properties"]["files"]
    assert (props["path"], props["verdict"], props["label"]) == ("drafts/post.md", "block", "Niet publiceren")
    assert run["properties"]["verdict"] == "block"


def test_sarif_suppressed_findings_carry_the_justification(drafts):
    log = json.loads(render(drafts, "sarif", exit_code=0, paths=("drafts/allow.md",)))
    (result,) = log["runs"][0]["results"]
    assert result["suppressions"] == [{"kind": "inSource", "justification": "toestemming, DOM-7"}]
    assert log["runs"][0]["properties"]["files"][0]["verdict"] == "ok"


def test_sarif_redact_hides_matched_personal_text(drafts):
    out = render(drafts, "sarif", "--redact")
    assert "Anouk" not in out and "12345678" not in out
    results = {r["ruleId"]: r for r in json.loads(out)["runs"][0]["results"]}
    region = results["mini.client-name"]["locations"][0]["physicalLocation"]["region"]
    assert region["snippet"]["text"] == "[redacted]" and results["mini.client-name"]["properties"]["redacted"]
    assert "haat" in json.dumps(results["mini.insult"])  # tone findings are not personal data


def test_sarif_uri_is_relative_with_forward_slashes_and_encoded():
    assert sarif.artifact_uri("drafts\\a b.md") == "drafts/a%20b.md"
    assert sarif.artifact_uri("./drafts/a.md") == "drafts/a.md"
    assert sarif.artifact_uri("/tmp/x.md") == "file:///tmp/x.md"


# -- GitHub --------------------------------------------------------------------------
def test_github_one_command_per_finding_then_a_summary(drafts):
    out = render(drafts, "github")
    lines = out.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    assert len(lines) == 5 + 1  # five findings, one summary
    client = next(line for line in lines if "title=mini.client-name" in line)
    assert client.startswith("::error file=drafts/post.md,line=6,endLine=6,col=15,endColumn=32,")
    assert any(line.startswith("::warning ") and "mini.insult" in line for line in lines)
    assert lines[-1].startswith("::notice::drafts/post.md: Niet publiceren. ")
    assert "Contact: " in lines[-1]


def test_github_escaping():
    assert github.escape_data("100% zeker\r\nklaar") == "100%25 zeker%0D%0Aklaar"
    assert github.escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    assert github.command("error", "x:y, z", file="a,b.md", line=3, col=None, title="r") == \
        "::error file=a%2Cb.md,line=3,title=r::x:y, z"


def _finding(source: str, text: str, rule: str, severity=Severity.REVIEW, **kw) -> Finding:
    start = source.index(text)
    line = source.count("\n", 0, start) + 1
    return Finding(rule, rule.split(".")[0], kw.pop("category", "tone"), severity, kw.pop("message", f"Let op: {text}"),
                   text, start, start + len(text), line, start - (source.rfind("\n", 0, start) + 1) + 1, **kw)


def _report(path: str, source: str, findings, verdict=Verdict.REVIEW) -> RunReport:
    return RunReport((FileReport(path, verdict, "x", "personal", tuple(findings), "Eerst overleggen. Vraag het.",
                                 (), source, ("t",)),))


def test_github_a_draft_cannot_inject_commands():
    source = "Eerste regel\n::error::ingebroken\n%0A nog iets\u2028en zo\n"
    f = _finding(source, "regel\n::error::ingebroken\n%0A nog iets\u2028en", "t.multi")
    lines = github.render(_report("post, v2: final.md", source, [f])).splitlines()
    assert len(lines) == 2 and all(line.startswith("::") for line in lines)
    # U+2028 is a line break (text.offsets.LINE_BREAK, as YAML counts lines): the span ends on line 4
    assert lines[0].startswith("::warning file=post%2C v2%3A final.md,line=1,endLine=4,title=t.multi::")
    assert "%0A::error::ingebroken%0A%250A nog iets en" in lines[0]


def test_github_redact_and_suppressed(drafts):
    out = render(drafts, "github", "--redact")
    assert "Anouk" not in out and "12345678" not in out and "[redacted]" in out
    out = render(drafts, "github", exit_code=0, paths=("drafts/allow.md",))
    first = out.splitlines()[0]
    assert first.startswith("::notice file=drafts/allow.md,") and "Onderdrukt (toestemming%2C DOM-7)" not in first
    assert "Onderdrukt (toestemming, DOM-7)" in first


# -- HTML ----------------------------------------------------------------------------
class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.ids = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.ids += [v for k, v in attrs if k == "id"]


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def test_html_is_self_contained_and_escapes_the_draft(drafts):
    page = render(drafts, "html")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    low = page.lower()
    assert "<link" not in low and 'src="http' not in low and "src=" not in low
    assert "@import" not in low and "url(" not in low
    assert "<script" not in low
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    parsed = _parse(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "iframe" not in parsed.tags
    assert len(parsed.ids) == len(set(parsed.ids))
    assert "Niet publiceren" in page and "Advies" in page and "Meldingen" in page
    assert "Noem nooit de naam van een huurder." in page  # the policy quote
    assert "communicatie@testhuis.example" in page
    assert '<mark id="f1" class="sev-block"' in page and "Anouk van den Berg</mark><sup>" in page
    # Testhuis has two findings (disclaimer, property-reference): one mark, two numbers
    assert re.search(r'<span id="f\d+"></span>Testhuis</mark><sup><a href="#n\d+">\d+</a>,<a href="#n\d+">', page)
    assert "100% top &amp; " in page


def test_html_redact_masks_personal_text(drafts):
    page = render(drafts, "html", "--redact")
    assert "Anouk" not in page and "12345678" not in page
    assert "[afgeschermd]" in page and "ik haat" in page


def test_html_merges_overlapping_ranges_and_numbers_across_files(drafts):
    source = "abcdefghij klmnop qrstuvwxyz"
    fs = [_finding(source, "abcdefghij", "t.a", Severity.BLOCK), _finding(source, "efghij klm", "t.b"),
          _finding(source, "qrst", "t.c", Severity.INFO), _finding(source, "tuv", "t.d")]
    page = html_report.render(_report("a.md", source, fs))
    # a Markdown draft: the rendered prose and the raw source (one click away) each hold the two highlights
    prose, raw = page.split('<div class="prose">')[1].split('<details class="raw">')
    assert prose.count("<mark ") == 2 and raw.split("</details>")[0].count("<mark ") == 2
    assert '<mark id="r1" class="sev-block"' in raw
    assert ('<mark id="f1" class="sev-block" title="1. Let op: abcdefghij | 2. Let op: efghij klm">'
            '<span id="f2"></span>abcdefghij klm</mark><sup><a href="#n1">1</a>,<a href="#n2">2</a></sup>') in page
    assert '<mark id="f3" class="sev-review"' in page and ">qrstuv</mark>" in page

    two = render(drafts, "html", paths=("drafts/post.md", "drafts/allow.md"))
    ids = _parse(two).ids
    assert len(ids) == len(set(ids))
    assert 'class="sev-suppressed"' in two and "toestemming, DOM-7" in two
