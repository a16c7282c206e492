"""RunReport -> human text with rich: a verdict badge per file, each finding in context.

The reporter writes to the `Console` it is given, so tests can pass one with
a fixed width and no colour; the CLI passes a plain console when stdout is not
a terminal or with --no-color.
"""
from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.text import Text

from ..model import FileReport, Finding, RunReport, Verdict
from ..termsafe import safe_terminal
from .redact import REDACTED, Redactor

STYLE = {Verdict.OK: "bold white on green", Verdict.REVIEW: "bold black on yellow", Verdict.BLOCK: "bold white on red"}
SEV_STYLE = {"info": "blue", "review": "yellow", "block": "red"}


CONTEXT = 60  # characters of context shown before and after a finding


def _context_line(source: str, f: Finding, r: Redactor) -> Text:
    # Only a window around the finding is read, so the cost per finding does not grow with the
    # length of its line (a 1 MB single-line draft with thousands of findings).
    window = max(0, f.start - CONTEXT - 1)
    line_start = source.rfind("\n", window, f.start) + 1 or window
    cut_before = line_start == window and window > 0 and source[window - 1] != "\n"
    line_end = source.find("\n", f.start, f.end)
    end = f.end if line_end < 0 else line_end
    after_end = source.find("\n", end, end + CONTEXT + 1)
    cut_after = after_end < 0 and end + CONTEXT + 1 < len(source)
    after_end = min(len(source), end + CONTEXT + 1) if after_end < 0 else after_end
    before = safe_terminal(r.source(line_start, f.start).rstrip("\r").replace("\t", " "))
    match = REDACTED if r.enabled and f.redact else safe_terminal(r.source(f.start, end).rstrip("\r"))
    after = safe_terminal(r.source(end, after_end).rstrip("\r"))
    if len(before) > CONTEXT or cut_before:
        before = "…" + before[-(CONTEXT - 1):]
    if len(after) > CONTEXT or cut_after:
        after = after[:CONTEXT - 1] + "…"
    text = Text("    │ ", style="dim")
    text.append(before)
    text.append(match or "▏", style="bold reverse")
    text.append(after)
    text.append("\n    │ " + " " * len(before) + "^" * max(1, len(match)), style="dim")
    return text


def _finding(console: Console, fr: FileReport, f: Finding, r: Redactor) -> None:
    head = Text(f"  {f.line}:{f.column}  ")
    head.append(f"{f.severity.value:<6}", style=SEV_STYLE[f.severity.value])
    head.append(f"  {f.rule}", style="bold")
    if f.suppressed:
        head.append(f"  (onderdrukt: {safe_terminal(r.text(f.suppressed))})", style="dim")
    console.print(head)
    console.print(Text("    " + safe_terminal(r.text(f.message))))
    if fr.source:
        console.print(_context_line(fr.source, f, r))
    if f.suggestion:
        console.print(Text("    → " + safe_terminal(r.text(f.suggestion)), style="green"))


def render(report: RunReport, console: Console, redact: bool = False, quiet: bool = False) -> None:
    """Every draft, then the summary; `quiet`: only drafts that need action (the summary counts all)."""
    for fr in report.files:
        if quiet and fr.verdict is Verdict.OK:
            continue
        header = Text()
        header.append(f" {fr.verdict.label} ", style=STYLE[fr.verdict])
        header.append(f"  {safe_terminal(fr.path)}", style="bold")
        header.append(f"  ({fr.channel}, {fr.capacity})", style="dim")
        console.print(header)
        r = Redactor(fr, redact)
        for f in fr.findings:
            _finding(console, fr, f, r)
        console.print(Text("  " + safe_terminal(r.text(fr.advice)), style="italic"))
        console.print()
    counts = Counter(f.verdict for f in report.files)
    summary = Text(f"{len(report.files)} bestand(en): ")
    parts = [(v, counts.get(v, 0)) for v in (Verdict.BLOCK, Verdict.REVIEW, Verdict.OK)]
    for i, (v, n) in enumerate(parts):
        if i:
            summary.append(", ")
        summary.append(f"{n} {v.label.lower()}", style=SEV_STYLE.get(v.value, "green") if n else "dim")
    console.print(summary)
