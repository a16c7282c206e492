"""RunReport -> JSON (contract §6). Extra keys are additions, never renames."""
from __future__ import annotations

import json
from typing import Any

from ..model import FileReport, Finding, RunReport
from .redact import REDACTED, Redactor


def finding_json(f: Finding, r: Redactor) -> dict:
    out: dict[str, Any] = {
        "rule": f.rule, "pack": f.pack, "category": f.category, "severity": f.severity.value,
        "message": r.text(f.message), "text": f.text, "start": f.start, "end": f.end,
        "line": f.line, "column": f.column,
    }
    if f.suggestion:
        out["suggestion"] = r.text(f.suggestion)
    if f.how:
        out["how"] = f.how
    if f.detector:
        out["detector"] = f.detector
    if f.suppressed:
        out["suppressed"] = {"reason": r.text(f.suppressed)}
    if r.enabled and (f.redact or r.touches(f)):
        out["text"] = REDACTED if f.redact else r.source(f.start, f.end)
        out["redacted"] = True
    if f.also:
        out["also_categories"] = list(f.also)
    return out


def findings_json(findings: tuple[Finding, ...] | list[Finding], r: Redactor) -> list[dict]:
    """One entry per finding and category: a finding whose rule falls under further contract categories
    (`also_categories`) is followed by a copy per further category (`category` that one, `also_of` the rule's own),
    so that every category a finding carries is a finding's `category`, as the contract reads it (§6)."""
    out = []
    for f in findings:
        entry = finding_json(f, r)
        out.append(entry)
        for c in f.also:
            copy = {k: v for k, v in entry.items() if k != "also_categories"}
            copy["category"], copy["also_of"] = c, f.category
            out.append(copy)
    return out


def file_json(fr: FileReport, redact: bool = False) -> dict:
    r = Redactor(fr, redact)
    out = {
        "path": fr.path, "verdict": fr.verdict.value, "label": fr.verdict.label,
        "channel": fr.channel, "capacity": fr.capacity, "packs": list(fr.packs),
        "findings": findings_json(fr.findings, r),
        "advice": r.text(fr.advice), "advice_steps": [r.text(s) for s in fr.advice_steps],
        "contacts": [c.as_json() for c in fr.contacts],
    }
    if fr.config:   # the .postcheck.yaml the draft was checked with (none: built-in defaults)
        out["config"] = fr.config
    return out


def render(report: RunReport, redact: bool = False) -> str:
    data = {"version": 1, "verdict": report.verdict.value, "files": [file_json(f, redact) for f in report.files]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
