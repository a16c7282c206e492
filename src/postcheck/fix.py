"""Mechanical fixes: a draft with the findings that have a safe fix corrected, then checked again.

A pack gives a rule a fix (`fix:` in the rule, see docs/packs.md): replace the found
text by a neutral word ("een bewoner"), remove it (a phone number, an address, an
e-mail address), append a sentence (the personal-capacity statement) or shorten an
over-long post (ending with the pack's link). Everything else — a threat, a
confidential plan, a photo without consent — needs a person: those findings are
returned as `unfixable`, so the caller can say that no mechanical fix removes them.

Used by `postcheck fix` and by the web page of `postcheck serve`. Pure: text in,
text out; writing a file is the caller's business (atomically, and only when asked).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .drafts.read import Draft
from .model import FileReport, Finding
from .packs.model import Rule

MAX_ROUNDS = 3          # fixing can reveal a finding the first text hid (rarely more than one extra round)
ELLIPSIS = "…"


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str
    rule: str
    action: str


@dataclass(frozen=True)
class FixResult:
    original: str                     # the draft as given
    fixed: str                        # the draft after every safe fix
    before: FileReport
    after: FileReport
    applied: tuple[Edit, ...]
    unfixable: tuple[Finding, ...]    # findings of `after` that no mechanical fix removes

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def plan(report: FileReport, rules: dict[str, Rule]) -> tuple[list[Edit], list[Finding]]:
    """Edits for the findings whose rule has a fix; the rest (not suppressed, not info) as unfixable."""
    edits: list[Edit] = []
    unfixable: list[Finding] = []
    appended: set[str] = set()
    for f in report.findings:
        if f.suppressed or f.severity.value == "info":
            continue
        rule = rules.get(f.rule)
        spec = rule.fix if rule is not None else None
        if spec is None:
            unfixable.append(f)
        elif spec.action == "replace" and f.end > f.start:
            edits.append(Edit(f.start, f.end, _match_case(spec.text, report.source, f.start), f.rule, "replace"))
        elif spec.action == "remove" and f.end > f.start:
            start, end = _removal_span(report.source, f.start, f.end)
            edits.append(Edit(start, end, "", f.rule, "remove"))
        elif spec.action == "append" and spec.text not in appended:
            appended.add(spec.text)
            edits.append(Edit(len(report.source), len(report.source), spec.text, f.rule, "append"))
        elif spec.action == "shorten":
            edits.append(_shorten(report.source, f.start, spec.text, f.rule))
        else:
            unfixable.append(f)
    return edits, unfixable


def apply(source: str, edits: list[Edit], fmt: str = "text") -> tuple[str, list[Edit]]:
    """The source with non-overlapping edits applied (later ones that overlap an earlier one are skipped)."""
    chosen: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if chosen and e.start < chosen[-1].end:
            continue
        chosen.append(e)
    out, pos = [], 0
    for e in chosen:
        if e.action == "append":
            continue
        out += [source[pos:e.start], e.new]
        pos = e.end
    out.append(source[pos:])
    text = "".join(out)
    for e in chosen:
        if e.action == "append":
            text = _append(text, e.new, fmt)
    return text, chosen


def fix_draft(engine, draft: Draft, channel: str | None = None, capacity: str | None = None) -> FixResult:
    """Apply every safe fix, re-check, and repeat while a round still changes something."""
    rules = {r.id: r for r in engine.rules}
    before = _check(engine, draft, channel, capacity)
    current, report = draft.source, before
    applied: list[Edit] = []
    for _ in range(MAX_ROUNDS):
        edits, _unfixable = plan(report, rules)
        if not edits:
            break
        fixed, done = apply(current, edits, draft.fmt)
        if fixed == current:
            break
        applied += done
        current = fixed
        report = _check(engine, Draft(draft.path, current, draft.fmt), channel, capacity)
    _edits, unfixable = plan(report, rules)
    return FixResult(draft.source, current, before, report, tuple(applied), tuple(unfixable))


def _check(engine, draft: Draft, channel: str | None, capacity: str | None) -> FileReport:
    from .api import check_drafts

    return check_drafts(engine, [draft], channel=channel, capacity=capacity).files[0]


def _match_case(word: str, source: str, start: int) -> str:
    """'een bewoner' at the start of a sentence becomes 'Een bewoner'."""
    before = source[:start].rstrip(" \t\u00a0")
    if word and (not before or before[-1] in ".!?\n:") and word[0].islower():
        return word[0].upper() + word[1:]
    return word


_LABEL = re.compile(r"(?i)(?:\b(?:tel(?:efoon)?|mob(?:iel)?|gsm|e-?mail|mail|adres|bsn)\.?\s*:?\s*)$")


def _removal_span(source: str, start: int, end: int) -> tuple[int, int]:
    """The found text plus the label before it ("tel: ") and one space, so no gap or orphan label stays."""
    label = _LABEL.search(source[max(0, start - 20):start])
    if label:
        start -= len(label.group(0))
    if start > 0 and source[start - 1] in " \t" and (end == len(source) or source[end] in " \t\n.,;!?)"):
        start -= 1
    elif end < len(source) and source[end] in " \t" and (start == 0 or source[start - 1] in "\n("):
        end += 1
    return start, end


def _shorten(source: str, cut: int, link: str, rule: str) -> Edit:
    """Cut the post at the last word boundary that leaves room for '… link' within the limit."""
    tail = f" {ELLIPSIS}" + (f" {link}" if link else "")
    room = max(0, cut - len(tail))
    boundary = source.rfind(" ", 0, room + 1)
    start = boundary if boundary > 0 else room
    end = len(source.rstrip())
    return Edit(start, end, tail, rule, "shorten")


def _append(text: str, sentence: str, fmt: str) -> str:
    body = text.rstrip()
    ending = "\r\n" if "\r\n" in text else "\n"
    if fmt == "html":
        return f"{body}{ending}<p>{sentence}</p>{ending}"
    return f"{body}{ending}{ending}{sentence}{ending}"
