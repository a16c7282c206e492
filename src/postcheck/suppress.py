"""Inline suppressions: HTML comments that allow a rule, always with a reason.

    <!-- postcheck: allow domus.property-reference reason="goedgekeurd door communicatie" -->
    <!-- postcheck: allow-file domus.disclaimer, domus.news reason="persbericht, DOM-2026-014" -->

An HTML comment survives Markdown rendering unseen, and in .txt files the same
line is accepted. `allow` covers one paragraph: the next one when the comment
stands on its own line, otherwise the paragraph the comment sits in (a
paragraph ends at a blank line). `allow-file` covers the whole file. A rule id
may be given without its pack (`property-reference`): it then matches that
rule in every active pack.

Problems with suppressions are findings too (rule `postcheck.suppression`):
a suppression without a reason suppresses nothing and needs review; a
suppression that covers nothing is reported for information, so stale ones
get cleaned up. A comment that starts `postcheck:` but cannot be read is
treated like one without a reason, so a typo never silently does nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from .model import Finding, Severity
from .text.offsets import LineIndex

RULE = "postcheck.suppression"

_COMMENT = re.compile(r"<!--\s*postcheck\s*:(?P<body>.*?)-->", re.S | re.I)
_DIRECTIVE = re.compile(
    r"""\s*(?P<kind>allow-file|allow)\s+
        (?P<ids>[\w.*-]+(?:\s*,\s*[\w.*-]+)*)
        (?:\s+reason\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|“(?P<cq>[^”]*)”))?
        \s*$""", re.S | re.X)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*(?:\n|$)")


@dataclass(frozen=True)
class Suppression:
    kind: str                 # allow | allow-file | invalid
    rules: tuple[str, ...]
    reason: str
    start: int                # the comment's offsets in the source
    end: int
    cover: tuple[int, int]    # offsets of the findings it covers (start in [a, b))


def parse_suppressions(source: str) -> list[Suppression]:
    """Every `<!-- postcheck: ... -->` comment with what it covers."""
    out = []
    for m in _COMMENT.finditer(source):
        d = _DIRECTIVE.match(m.group("body"))
        if not d:
            out.append(Suppression("invalid", (), "", m.start(), m.end(), (0, 0)))
            continue
        reason = next((r for r in (d.group("dq"), d.group("sq"), d.group("cq")) if r is not None), "")
        ids = tuple(x.strip() for x in d.group("ids").split(","))
        kind = d.group("kind")
        cover = (0, len(source)) if kind == "allow-file" else _paragraph_after(source, m.start(), m.end())
        out.append(Suppression(kind, ids, " ".join(reason.split()), m.start(), m.end(), cover))
    return out


def _paragraph_after(source: str, start: int, end: int) -> tuple[int, int]:
    """The next paragraph for a comment on its own line, else the paragraph around the comment."""
    line_start = source.rfind("\n", 0, start) + 1
    if source[line_start:start].strip():
        # inline comment: its own paragraph, from the last blank line before it
        prev = [b.end() for b in _BLANK_LINE.finditer(source, 0, start)]
        begin = prev[-1] if prev else 0
    else:
        begin = end
        while begin < len(source) and source[begin].isspace():
            begin += 1
    blank = _BLANK_LINE.search(source, begin)
    return begin, blank.start() if blank else len(source)


def _matches(rule_id: str, finding_rule: str, pack_names: Sequence[str]) -> bool:
    if rule_id == finding_rule:
        return True
    return "." not in rule_id and any(finding_rule == f"{p}.{rule_id}" for p in pack_names)


def _unknown_pack(rule_id: str, pack_names: Sequence[str]) -> bool:
    return "." in rule_id and bool(pack_names) and rule_id.split(".", 1)[0] not in (*pack_names, "postcheck")


def _problem(s: Suppression, source: str, lines: LineIndex, severity: Severity, message: str,
             suggestion: str) -> Finding:
    line, col = lines.line_col(s.start)
    return Finding(rule=RULE, pack="postcheck", category="other", severity=severity, message=message,
                   text=source[s.start:s.end], start=s.start, end=s.end, line=line, column=col,
                   suggestion=suggestion, detector="suppression")


def apply_suppressions(findings: list[Finding], source: str, *, ignore: bool,
                       pack_names: Sequence[str]) -> list[Finding]:
    """Mark covered findings `suppressed=reason` (unless `ignore`); add findings for faulty suppressions."""
    sups = parse_suppressions(source)
    if not sups:
        return list(findings)
    lines = LineIndex(source)
    out = list(findings)
    problems: list[Finding] = []
    for s in sups:
        if s.kind == "invalid":
            problems.append(_problem(
                s, source, lines, Severity.REVIEW, "Onleesbare postcheck-opmerking: deze onderdrukt niets.",
                'Schrijf: <!-- postcheck: allow REGEL-ID reason="waarom het mag" -->'))
            continue
        if not s.reason:
            problems.append(_problem(
                s, source, lines, Severity.REVIEW,
                f"Onderdrukking van {', '.join(s.rules)} zonder reden: deze onderdrukt niets.",
                'Zet erbij waarom het mag, bijvoorbeeld reason="goedgekeurd door communicatie".'))
            continue
        used: set[str] = set()
        a, b = s.cover
        for i, f in enumerate(out):
            if f.rule == RULE or not a <= f.start < b:
                continue
            hit = next((r for r in s.rules if _matches(r, f.rule, pack_names)), None)
            if hit is None:
                continue
            used.add(hit)
            if f.severity == Severity.BLOCK:
                # contract §3: no approval lifts a block, so no inline comment does either
                problems.append(_problem(
                    s, source, lines, Severity.REVIEW,
                    f"{f.rule} is een blokkerende regel en kan niet onderdrukt worden.",
                    "Pas de tekst aan; een akkoord kan deze melding niet opheffen."))
                continue
            if not ignore and not f.suppressed:
                out[i] = replace(f, suppressed=s.reason)
        unused = [r for r in s.rules if r not in used]
        if unused:
            unknown = [r for r in unused if _unknown_pack(r, pack_names)]
            why = f" (onbekend pakket: {', '.join(unknown)})" if unknown else ""
            where = "dit bestand" if s.kind == "allow-file" else "de alinea erna"
            problems.append(_problem(
                s, source, lines, Severity.INFO,
                f"Onderdrukking van {', '.join(unused)} is niet nodig: geen melding in {where}{why}.",
                "Haal de regel-id (of de hele opmerking) weg."))
    out.extend(problems)
    out.sort(key=lambda f: (f.start, f.end, -f.severity.rank, f.rule))
    return out
