"""RunReport -> SARIF 2.1.0, for code scanning (GitHub `upload-sarif`) and SARIF viewers.

One run; the driver lists every active rule (message, suggestion, policy
quote) and results point at the exact characters. Columns count Unicode code
points (`columnKind`), like postcheck's own columns, not UTF-16 units.
Suppressed findings are results with an `inSource` suppression, so viewers
show them as dismissed. Fingerprints come from `baseline.fingerprint`, so
code scanning tracks a finding across edits the way `--baseline` does.
Per-file verdicts and advice go in the run's `properties`.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..baseline import FINGERPRINT_KEY, file_fingerprints, normalise_path
from ..model import FileReport, Finding, RunReport, Severity
from ..text.offsets import LineIndex

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.BLOCK: "error", Severity.REVIEW: "warning", Severity.INFO: "note"}
REDACTED = "[redacted]"
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


# -- redaction, shared by the sarif, github and html reporters ------------------------
def _forms(text: str) -> set[str]:
    return {text, " ".join(text.split())} if text.strip() else set()


def _longest_first(terms: set[str]) -> list[str]:
    return sorted(terms, key=lambda t: (-len(t), t))


def finding_terms(f: Finding, redact: bool) -> list[str]:
    """What --redact hides in this finding's message and suggestion: its own matched text."""
    return _longest_first(_forms(f.text)) if redact and f.redact else []


def advice_terms(fr: FileReport, redact: bool) -> list[str]:
    """Matched text that reached the advice (through a suggestion that quotes it)."""
    if not redact:
        return []
    return _longest_first({t for f in fr.findings if f.redact for t in _forms(f.text) if t in f.suggestion})


def redact_terms(fr: FileReport, redact: bool) -> list[str]:
    """Every matched text --redact hides in this file, longest first (for showing the draft itself)."""
    if not redact:
        return []
    return _longest_first({t for f in fr.findings if f.redact for t in _forms(f.text)})


def mask(text: str, terms: list[str], replacement: str = REDACTED) -> str:
    for term in terms:
        text = text.replace(term, replacement)
    return text


def artifact_uri(path: str) -> str:
    """The path as given (relative stays relative), forward slashes, percent-encoded where a URI needs it."""
    # the file name's own bytes, percent-encoded: also right for a name that is not UTF-8
    if os.path.isabs(path):
        return "file://" + quote(os.fsencode(Path(path).as_posix()), safe="/-._~")
    return quote(os.fsencode(normalise_path(path)), safe="/-._~")


def with_suggestion(message: str, suggestion: str) -> str:
    """'message. suggestion' as one text, without doubling the full stop."""
    if not suggestion:
        return message
    message = message.rstrip()
    end = "" if message.endswith((".", "!", "?", ":")) else "."
    return f"{message}{end} {suggestion}"


# -- rules ---------------------------------------------------------------------------
def _rule_descriptor(rule_id: str, rule, finding: Finding | None) -> dict:
    if rule is not None:
        severity, category, pack, message = rule.severity, rule.category, rule.pack, rule.message
        suggestion, source, name = rule.suggestion, rule.source, rule.local_id
    else:  # postcheck's own findings (suppressions): describe them from the finding
        severity, category, pack = finding.severity, finding.category, finding.pack
        message, suggestion, source = "Probleem met een postcheck-onderdrukking.", finding.suggestion, ""
        name = rule_id.split(".", 1)[-1]
    short = _PLACEHOLDER.sub("…", message)
    help_parts = [p for p in (_PLACEHOLDER.sub("…", suggestion), f"Beleid: “{source}”" if source else "") if p]
    help_text = "\n\n".join(help_parts) or short
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": source or short},
        "help": {"text": help_text, "markdown": "\n\n".join(help_parts).replace("Beleid:", "**Beleid:**") or short},
        "defaultConfiguration": {"level": LEVEL[Severity(severity)]},
        "properties": {"category": category, "severity": Severity(severity).value, "pack": pack,
                       "tags": [category, pack]},
    }


def _rules(report: RunReport) -> tuple[list[dict], dict[str, int]]:
    descriptors, index = [], {}
    for rule_id in sorted(report.rules):
        index[rule_id] = len(descriptors)
        descriptors.append(_rule_descriptor(rule_id, report.rules[rule_id], None))
    for fr in report.files:
        for f in fr.findings:
            if f.rule not in index:
                index[f.rule] = len(descriptors)
                descriptors.append(_rule_descriptor(f.rule, None, f))
    return descriptors, index


# -- results -------------------------------------------------------------------------
def _region(fr: FileReport, f: Finding, lines: LineIndex, terms: list[str]) -> dict:
    end_line, end_col = lines.line_col(f.end) if fr.source else (f.line, f.column + len(f.text))
    snippet = REDACTED if terms else f.text
    return {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_col,
            "charOffset": f.start, "charLength": f.end - f.start, "snippet": {"text": snippet}}


def _result(fr: FileReport, f: Finding, fp: str, index: dict[str, int], lines: LineIndex,
            redact: bool) -> dict:
    terms = finding_terms(f, redact)
    message = mask(with_suggestion(f.message, f.suggestion), terms)
    result = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVEL[f.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(fr.path)},
            "region": _region(fr, f, lines, terms),
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
        "properties": {"category": f.category, "severity": f.severity.value, "pack": f.pack},
    }
    if terms:
        result["properties"]["redacted"] = True
    if f.suppressed:
        result["suppressions"] = [{"kind": "inSource", "justification": f.suppressed}]
    return result


def _file_properties(fr: FileReport, terms: list[str]) -> dict:
    return {"path": fr.path, "verdict": fr.verdict.value, "label": fr.verdict.label, "channel": fr.channel,
            "capacity": fr.capacity, "advice": mask(fr.advice, terms),
            "findings": sum(1 for f in fr.findings if not f.suppressed),
            "contacts": [c.as_json() for c in fr.contacts]}


def build(report: RunReport, redact: bool = False) -> dict:
    """The SARIF log as a dict."""
    descriptors, index = _rules(report)
    results, files = [], []
    for fr in report.files:
        lines = LineIndex(fr.source)
        results.extend(_result(fr, f, fp, index, lines, redact) for f, fp in file_fingerprints(fr))
        files.append(_file_properties(fr, advice_terms(fr, redact)))
    run = {
        "tool": {"driver": {
            "name": "postcheck", "version": __version__, "semanticVersion": __version__,
            "rules": descriptors,
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": True}],
        "properties": {"verdict": report.verdict.value, "label": report.verdict.label,
                       "failOn": report.fail_on, "files": files},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: RunReport, redact: bool = False) -> str:
    return json.dumps(build(report, redact), ensure_ascii=False, indent=2) + "\n"
