"""RunReport -> JSON (contract §6). Extra keys are additions, never renames."""
from __future__ import annotations

import json

from ..model import FileReport, Finding, RunReport

REDACTED = "[redacted]"


def finding_json(f: Finding, redact: bool = False) -> dict:
    out = {
        "rule": f.rule, "pack": f.pack, "category": f.category, "severity": f.severity.value,
        "message": f.message, "text": f.text, "start": f.start, "end": f.end,
        "line": f.line, "column": f.column,
    }
    if f.suggestion:
        out["suggestion"] = f.suggestion
    if f.how:
        out["how"] = f.how
    if f.detector:
        out["detector"] = f.detector
    if f.suppressed:
        out["suppressed"] = {"reason": f.suppressed}
    if redact and f.redact:
        out["text"] = REDACTED
        for key in ("message", "suggestion"):
            if key in out and f.text.strip():
                out[key] = out[key].replace(" ".join(f.text.split()), REDACTED).replace(f.text, REDACTED)
        out["redacted"] = True
    return out


def file_json(fr: FileReport, redact: bool = False) -> dict:
    return {
        "path": fr.path, "verdict": fr.verdict.value, "label": fr.verdict.label,
        "channel": fr.channel, "capacity": fr.capacity, "packs": list(fr.packs),
        "findings": [finding_json(f, redact) for f in fr.findings],
        "advice": fr.advice, "contacts": [c.as_json() for c in fr.contacts],
    }


def render(report: RunReport, redact: bool = False) -> str:
    data = {"version": 1, "verdict": report.verdict.value, "files": [file_json(f, redact) for f in report.files]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
