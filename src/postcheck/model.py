"""The values that flow through a run: findings, per-file reports and the run report.

All frozen dataclasses. A `Finding` always carries offsets into the original
decoded file (BOM dropped, front matter included, line ends kept) and its
`text` equals those characters; `__post_init__` guards the length invariant.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    INFO = "info"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]  # keyed by member: avoids Enum.value, which is slow in hot loops


class Verdict(str, Enum):
    OK = "ok"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _RANK[self.value]

    @property
    def label(self) -> str:
        """The Dutch label shown to users (contract §3)."""
        return VERDICT_LABELS[self.value]


_RANK = {"ok": 0, "info": 0, "review": 1, "block": 2}
_SEVERITY_RANK = {Severity.INFO: 0, Severity.REVIEW: 1, Severity.BLOCK: 2}
VERDICT_LABELS = {"ok": "Akkoord", "review": "Eerst overleggen", "block": "Niet publiceren"}
# Display labels for people (text and HTML reports); the machine formats keep the ids.
SEVERITY_LABELS = {"info": "Ter informatie", "review": "Eerst overleggen", "block": "Niet publiceren"}
CHANNEL_LABELS = {
    "facebook": "Facebook", "instagram": "Instagram", "x": "X", "linkedin": "LinkedIn", "youtube": "YouTube",
    "tiktok": "TikTok", "whatsapp": "WhatsApp", "website": "website", "blog": "blog", "other": "ander kanaal",
}
CAPACITY_LABELS = {"personal": "persoonlijk", "official": "namens de organisatie"}

CATEGORIES = (
    "client-name", "person-name", "personal-data", "confidential", "property",
    "approval", "disclaimer", "image-consent", "tone", "copyright", "channel",
    "news", "length", "policy-status", "record", "other",
)
CHANNELS = (
    "facebook", "instagram", "x", "linkedin", "youtube", "tiktok", "whatsapp",
    "website", "blog", "other",
)
CAPACITIES = ("personal", "official")
# what people still call a channel -> its name in CHANNELS (front matter and --channel accept both)
CHANNEL_ALIASES = {"twitter": "x"}


def is_category(name: str) -> bool:
    return name in CATEGORIES or name.startswith("x-")


@dataclass(frozen=True)
class Contact:
    """An escalation contact from a pack."""

    id: str
    role: str
    name: str = ""
    phone: str = ""
    email: str = ""
    how: str = ""

    def as_json(self) -> dict[str, str]:
        out = {"role": self.role}
        for key in ("name", "phone", "email", "how"):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(frozen=True)
class Finding:
    rule: str            # full id: pack.rule-id
    pack: str
    category: str
    severity: Severity
    message: str
    text: str            # the original characters source[start:end]
    start: int
    end: int
    line: int
    column: int
    suggestion: str = ""
    source: str = ""     # the policy sentence the rule comes from
    escalation: str = ""
    contact: str = ""    # contact id in the pack
    how: str = ""        # how the detector matched: exact, variant, fuzzy:92, lemma, ...
    detector: str = ""   # which detector / label produced the span, e.g. personal-data:phone
    suppressed: str = "" # the suppression reason, when an inline allow covers it
    redact: bool = False # personal text that --redact masks
    also: tuple[str, ...] = ()  # further categories the same finding falls under (the rule's also_categories)

    def __post_init__(self) -> None:
        if len(self.text) != self.end - self.start:
            raise ValueError(f"finding text length {len(self.text)} != end-start {self.end - self.start}")


@dataclass(frozen=True)
class CheckedDraft:
    """One draft's findings as the engine leaves them: suppressions applied, no summary yet.

    `verdict.summarise` turns it into a `FileReport` once the baseline has been applied.
    """

    path: str
    channel: str
    capacity: str
    findings: tuple[Finding, ...]
    source: str = field(default="", repr=False, compare=False)
    packs: tuple[str, ...] = ()
    marked: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)  # see FileReport.marked


@dataclass(frozen=True)
class FileReport:
    path: str
    verdict: Verdict
    channel: str
    capacity: str
    findings: tuple[Finding, ...]
    advice: str
    contacts: tuple[Contact, ...]
    source: str = field(default="", repr=False, compare=False)  # the decoded file, for reporters
    packs: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = field(default=(), repr=False, compare=False)  # one per finding (fingerprint.py)
    # (start, end) in `source` of every personal span a detector marked, reported or not: what --redact hides
    marked: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)
    config: str = ""     # the .postcheck.yaml this draft was checked with ("" = none: built-in defaults)
    advice_steps: tuple[str, ...] = field(default=(), compare=False)  # `advice` as distinct steps (verdict.py)


@dataclass(frozen=True)
class RunReport:
    files: tuple[FileReport, ...]
    fail_on: str = "review"
    rules: dict[str, Any] = field(default_factory=dict, compare=False)  # rule id -> Rule, for SARIF/HTML
    baseline_written: int | None = None  # findings accepted into a baseline written by this run

    @property
    def verdict(self) -> Verdict:
        worst = Verdict.OK
        for f in self.files:
            if f.verdict.rank > worst.rank:
                worst = f.verdict
        return worst

    def exit_code(self) -> int:
        from .errors import EXIT_FAIL, EXIT_OK

        if self.fail_on == "never":
            return EXIT_OK
        level = Verdict(self.fail_on).rank
        return EXIT_FAIL if self.verdict.rank >= level else EXIT_OK
