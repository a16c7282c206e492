"""Baselines: accept today's findings once, fail only on new ones (like secret scanners).

A finding's fingerprint hashes what it is, not where it is: the rule, the
normalised path, the matched text (folded, whitespace collapsed) and its
occurrence index among findings of the same rule and text in that file.
Line numbers stay out, so an edit elsewhere in the draft does not churn the
baseline. The baseline file holds hashes only, never matched text: it may be
committed, and matched text can be a client's name.
"""
from __future__ import annotations

import hashlib
import json
import os
import posixpath
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from .errors import UserError
from .model import FileReport, Finding, RunReport
from .packs.model import Pack
from .text.fold import fold
from .verdict import advice_for, contacts_for, verdict_of

VERSION = 1
FINGERPRINT_KEY = "postcheck/v1"   # the SARIF partialFingerprints key


def normalise_path(path: str) -> str:
    """Forward slashes, no leading './', '.' and '..' resolved textually."""
    if path == "-":
        return path
    norm = posixpath.normpath(path.replace("\\", "/"))
    return norm[2:] if norm.startswith("./") else norm


def _norm_text(text: str) -> str:
    return " ".join(fold(text).split())


def fingerprint(f: Finding, path: str, occurrence: int = 0) -> str:
    """sha256 over rule, normalised path, normalised text and occurrence index (see `file_fingerprints`)."""
    key = "\0".join((f.rule, normalise_path(path), _norm_text(f.text), str(occurrence)))
    # surrogatepass: a file name that is not UTF-8 (surrogate-escaped by the OS layer) still has a fingerprint
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def file_fingerprints(fr: FileReport) -> list[tuple[Finding, str]]:
    """Each finding of a file with its fingerprint; occurrences counted in file order."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in sorted(fr.findings, key=lambda f: (f.start, f.end, f.rule)):
        key = (f.rule, _norm_text(f.text))
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append((f, fingerprint(f, fr.path, n)))
    return out


def write_baseline(path: Path, report: RunReport) -> None:
    """Write the fingerprints of every unsuppressed finding in `report`, atomically."""
    data: dict[str, list[str]] = {}
    for fr in report.files:
        prints = {fp for f, fp in file_fingerprints(fr) if not f.suppressed}
        if prints:
            key = normalise_path(fr.path)
            data[key] = sorted(set(data.get(key, ())) | prints)
    text = json.dumps({"version": VERSION, "fingerprints": dict(sorted(data.items()))}, indent=2) + "\n"
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise UserError(f"cannot write baseline: {exc.strerror}", str(path)) from None


def load_baseline(path: Path) -> set[str]:
    """All fingerprints in a baseline file; UserError (with where and how to fix) when unreadable."""
    hint = "fix it, or write a new one with --update-baseline"
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError("baseline file not found", str(path), hint="run once with --baseline to create it") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        raise UserError(f"cannot read baseline: {reason}", str(path), hint=hint) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UserError(f"baseline is not valid JSON: {exc.msg}", str(path), exc.lineno, exc.colno, hint=hint) from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("fingerprints"), dict):
        raise UserError(f"not a postcheck baseline (expected {{\"version\": {VERSION}, \"fingerprints\": {{...}}}})",
                        str(path), hint=hint)
    known: set[str] = set()
    for key, prints in data["fingerprints"].items():
        if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
            raise UserError(f"fingerprints for '{key[:80]}' must be a list of strings", str(path), hint=hint)
        known.update(prints)
    return known


def apply_baseline(report: RunReport, known: set[str], packs: Sequence[Pack]) -> RunReport:
    """Drop findings whose fingerprint is known; recompute each file's verdict, contacts and advice."""
    files = []
    for fr in report.files:
        kept = [f for f, fp in file_fingerprints(fr) if fp not in known]
        if len(kept) == len(fr.findings):
            files.append(fr)
            continue
        kept.sort(key=lambda f: (f.start, f.end, -f.severity.rank, f.rule))
        used = [p for p in packs if not fr.packs or p.name in fr.packs]
        verdict = verdict_of(kept)
        contacts = contacts_for(kept, used, verdict)
        files.append(replace(fr, findings=tuple(kept), verdict=verdict, contacts=contacts,
                             advice=advice_for(kept, used, verdict, contacts)))
    return replace(report, files=tuple(files))
