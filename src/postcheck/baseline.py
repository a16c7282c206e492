"""Baselines: accept today's findings once, fail only on new ones (like secret scanners).

The baseline file holds the fingerprints (`fingerprint.py`) of the accepted
findings per file, never matched text, and the random salt that keys them:

    {"version": 2, "salt": "<64 hex digits>", "fingerprints": {"posts/a.md": ["<hmac>", ...]}}

It may be committed. The salt is made when the baseline is first written and
kept when it is rewritten with --update-baseline. When POSTCHECK_FINGERPRINT_KEY
is set, that secret keys the fingerprints instead of the salt.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from .errors import UserError
from .fingerprint import normalise_path
from .model import CheckedDraft

VERSION = 2


@dataclass(frozen=True)
class Baseline:
    salt: str
    known: frozenset[str]


def write_baseline(path: Path, files: Sequence[CheckedDraft], prints: Sequence[Sequence[str]], salt: str) -> None:
    """Write the fingerprints (`prints[i]` belongs to `files[i]`) of every unsuppressed finding, atomically."""
    data: dict[str, list[str]] = {}
    for fr, fps in zip(files, prints, strict=True):
        accepted = {fp for f, fp in zip(fr.findings, fps, strict=True) if not f.suppressed}
        if accepted:
            key = normalise_path(fr.path)
            data[key] = sorted(set(data.get(key, ())) | accepted)
    text = json.dumps({"version": VERSION, "salt": salt, "fingerprints": dict(sorted(data.items()))}, indent=2) + "\n"
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


def existing_salt(path: Path) -> str | None:
    """The salt of a readable baseline at `path`, else None (a new one is made)."""
    try:
        return load_baseline(path).salt
    except UserError:
        return None


def load_baseline(path: Path) -> Baseline:
    """A baseline file's salt and fingerprints; UserError (with where and how to fix) when unreadable."""
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
    if isinstance(data, dict) and data.get("version") == 1:
        raise UserError("baseline version 1 holds unkeyed fingerprints, which postcheck no longer reads",
                        str(path), hint="write a new one with --update-baseline")
    if (not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("fingerprints"), dict)
            or not isinstance(data.get("salt"), str) or len(data["salt"]) < 32):
        raise UserError(f"not a postcheck baseline (expected {{\"version\": {VERSION}, \"salt\": \"...\", "
                        "\"fingerprints\": {...}})", str(path), hint=hint)
    known: set[str] = set()
    for key, prints in data["fingerprints"].items():
        if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
            raise UserError(f"fingerprints for '{key[:80]}' must be a list of strings", str(path), hint=hint)
        known.update(prints)
    return Baseline(data["salt"], frozenset(known))


def apply_baseline(files: Sequence[CheckedDraft], prints: Sequence[Sequence[str]],
                   known: frozenset[str] | set[str]) -> tuple[list[CheckedDraft], list[tuple[str, ...]]]:
    """Drop findings whose fingerprint is known; the summary is made afterwards (`verdict.summarise`)."""
    out, out_prints = [], []
    for fr, fps in zip(files, prints, strict=True):
        keep = [(f, fp) for f, fp in zip(fr.findings, fps, strict=True) if fp not in known]
        if len(keep) != len(fr.findings):
            fr = replace(fr, findings=tuple(f for f, _ in keep))
        out.append(fr)
        out_prints.append(tuple(fp for _, fp in keep))
    return out, out_prints
