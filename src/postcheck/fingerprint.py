"""Finding fingerprints: keyed hashes that identify a finding across edits, for baselines and SARIF.

A fingerprint is HMAC-SHA256 over what a finding is, not where it is: the
rule, the normalised path, the matched text (folded, whitespace collapsed) and
its occurrence index among findings of the same rule and text in that file.
Line numbers stay out, so an edit elsewhere in the draft does not churn it.

The HMAC key is what keeps a fingerprint from being a hash of a client's name
that anyone could recompute from a list of names: `POSTCHECK_FINGERPRINT_KEY`
when set (a CI secret), otherwise the baseline's random salt, otherwise a key
made up for this run only (then fingerprints do not match across runs). See
docs/ci.md.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import posixpath
import secrets
from typing import Protocol, Sequence

from .model import Finding
from .text.fold import fold

FINGERPRINT_KEY = "postcheck/v2"   # the SARIF partialFingerprints key (v1 was an unkeyed sha256)
ENV_KEY = "POSTCHECK_FINGERPRINT_KEY"


class HasFindings(Protocol):
    """A CheckedDraft or a FileReport: what fingerprints are computed from."""

    @property
    def path(self) -> str: ...

    @property
    def findings(self) -> tuple[Finding, ...]: ...


def normalise_path(path: str) -> str:
    """Forward slashes, no leading './', '.' and '..' resolved textually."""
    if path == "-":
        return path
    norm = posixpath.normpath(path.replace("\\", "/"))
    return norm[2:] if norm.startswith("./") else norm


def new_salt() -> str:
    """A fresh random salt (hex), stored in a new baseline."""
    return secrets.token_hex(32)


def run_key(salt: str | None = None) -> bytes:
    """The HMAC key of a run: the configured secret, else the baseline's salt, else a key for this run only."""
    secret = os.environ.get(ENV_KEY, "")
    if secret:
        return secret.encode("utf-8")
    if salt:
        return salt.encode("ascii")
    return secrets.token_bytes(32)


def _norm_text(text: str) -> str:
    return " ".join(fold(text).split())


def fingerprint(f: Finding, path: str, occurrence: int, key: bytes) -> str:
    """HMAC-SHA256 (hex) over rule, normalised path, normalised text and occurrence index."""
    message = "\0".join((f.rule, normalise_path(path), _norm_text(f.text), str(occurrence)))
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def file_fingerprints(fr: HasFindings, key: bytes) -> list[tuple[Finding, str]]:
    """Each finding of a file with its fingerprint; occurrences counted in file order."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in sorted(fr.findings, key=lambda f: (f.start, f.end, f.rule)):
        text_key = (f.rule, _norm_text(f.text))
        n = seen.get(text_key, 0)
        seen[text_key] = n + 1
        out.append((f, fingerprint(f, fr.path, n, key)))
    return out


def fingerprints_in_order(fr: HasFindings, key: bytes) -> tuple[str, ...]:
    """The fingerprints of `fr.findings`, in the order of the findings."""
    by_id = {id(f): fp for f, fp in file_fingerprints(fr, key)}
    return tuple(by_id[id(f)] for f in fr.findings)


def all_fingerprints(files: Sequence[HasFindings], key: bytes) -> list[tuple[str, ...]]:
    return [fingerprints_in_order(fr, key) for fr in files]
