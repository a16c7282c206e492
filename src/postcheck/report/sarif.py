"""RunReport -> SARIF 2.1.0, for code scanning (GitHub `upload-sarif`) and SARIF viewers.

One run; the driver lists every active rule (message, suggestion, policy
quote) and results point at the exact characters. Columns count Unicode code
points (`columnKind`), like postcheck's own columns, not UTF-16 units.
Suppressed findings are results with an `inSource` suppression, so viewers
show them as dismissed. Fingerprints come from `fingerprint.py` (keyed; computed in api.check_paths), so
code scanning tracks a finding across edits the way `--baseline` does.
Per-file verdicts and advice go in the run's `properties`.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..fingerprint import FINGERPRINT_KEY, normalise_path
from ..model import FileReport, Finding, RunReport, Severity
from ..text.offsets import LineIndex
from .redact import REDACTED, Redactor

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.BLOCK: "error", Severity.REVIEW: "warning", Severity.INFO: "note"}
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


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
        assert finding is not None
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
                       "tags": [category, *(rule.also_categories if rule is not None else ()), pack]},
    }


def _rules(report: RunReport) -> tuple[list[dict], dict[str, int]]:
    descriptors: list[dict] = []
    index: dict[str, int] = {}
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
def _region(fr: FileReport, f: Finding, lines: LineIndex, r: Redactor) -> dict:
    end_line, end_col = lines.line_col(f.end) if fr.source else (f.line, f.column + len(f.text))
    snippet = REDACTED if r.hides(f) else (r.source(f.start, f.end) if fr.source else f.text)
    return {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_col,
            "charOffset": f.start, "charLength": f.end - f.start, "snippet": {"text": snippet}}


def _result(fr: FileReport, f: Finding, fp: str, index: dict[str, int], lines: LineIndex, r: Redactor) -> dict:
    message = r.text(with_suggestion(f.message, f.suggestion))
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVEL[f.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(fr.path)},
            "region": _region(fr, f, lines, r),
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
        "properties": {"category": f.category, "severity": f.severity.value, "pack": f.pack},
    }
    if f.also:   # the further categories of the rule's finding (one result: SARIF tags a rule with all of them)
        result["properties"]["alsoCategories"] = list(f.also)
    if not fp:  # a report not made by api.check_paths carries no fingerprints
        del result["partialFingerprints"]
    if r.touches(f):
        result["properties"]["redacted"] = True
    if f.suppressed:
        result["suppressions"] = [{"kind": "inSource", "justification": r.text(f.suppressed)}]
    return result


def _file_properties(fr: FileReport, r: Redactor) -> dict:
    out = {"path": fr.path, "verdict": fr.verdict.value, "label": fr.verdict.label, "channel": fr.channel,
            "capacity": fr.capacity, "packs": list(fr.packs), "advice": r.text(fr.advice),
            "findings": sum(1 for f in fr.findings if not f.suppressed),
            "contacts": [c.as_json() for c in fr.contacts]}
    if fr.config:
        out["config"] = fr.config
    return out


def _in_file_order(fr: FileReport) -> list[tuple[Finding, str]]:
    """Findings with the fingerprints api.check_paths gave them, by position then rule."""
    pairs = list(zip(fr.findings, fr.fingerprints or ("",) * len(fr.findings), strict=True))
    return sorted(pairs, key=lambda p: (p[0].start, p[0].end, p[0].rule))


def build(report: RunReport, redact: bool = False) -> dict:
    """The SARIF log as a dict."""
    descriptors, index = _rules(report)
    results: list[dict] = []
    files: list[dict] = []
    for fr in report.files:
        lines, r = LineIndex(fr.source), Redactor(fr, redact)
        results.extend(_result(fr, f, fp, index, lines, r) for f, fp in _in_file_order(fr))
        files.append(_file_properties(fr, r))
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
