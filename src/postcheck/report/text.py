"""RunReport -> human text with rich: a verdict badge per file, each finding in context.

The reporter writes to the `Console` it is given, so tests can pass one with
a fixed width and no colour; the CLI passes a plain console when stdout is not
a terminal or with --no-color.
"""
from __future__ import annotations

from collections import Counter

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from ..model import CAPACITY_LABELS, CHANNEL_LABELS, SEVERITY_LABELS, FileReport, Finding, RunReport, Verdict
from ..termsafe import safe_terminal
from .redact import REDACTED, Redactor

STYLE = {Verdict.OK: "bold white on green", Verdict.REVIEW: "bold black on yellow", Verdict.BLOCK: "bold white on red"}
SEV_STYLE = {"info": "blue", "review": "yellow", "block": "red"}


CONTEXT = 60  # characters of context read before and after a finding (then trimmed to the width)
GUTTER = "    │ "
MIN_WIDTH = 40  # below this the context line is laid out as if the terminal were this wide


def _fit_left(text: str, cells: int) -> str:
    """The end of `text` in at most `cells` display cells, with '…' in front when cut.

    Widths are measured on the whole candidate string (rich's cell widths), so that emoji
    sequences joined by zero-width joiners count as the terminal draws them.
    """
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    k = len(text)
    while k > 0 and cell_len("…" + text[len(text) - k:]) > cells:
        k -= 1
    return "…" + text[len(text) - k:] if k else "…"


def _fit_right(text: str, cells: int) -> str:
    """The start of `text` in at most `cells` display cells, with '…' after it when cut."""
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    k = len(text)
    while k > 0 and cell_len(text[:k] + "…") > cells:
        k -= 1
    return text[:k] + "…"


def _layout(before: str, match: str, after: str, width: int) -> tuple[str, str, str]:
    """Trim the three parts to `width` display cells: the match first, then context on both sides."""
    match = _fit_right(match, max(1, width * 2 // 3))
    room = max(0, width - cell_len(match))
    want_after = min(cell_len(after), room // 3)
    before = _fit_left(before, room - want_after)
    after = _fit_right(after, room - cell_len(before))
    return before, match, after


def _context_line(source: str, f: Finding, r: Redactor, width: int = 100) -> Text:
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
    shown = r.source(f.start, end).rstrip("\r").replace("\t", " ")
    match = REDACTED if r.enabled and f.redact else safe_terminal(shown)
    after = safe_terminal(r.source(end, after_end).rstrip("\r").replace("\t", " "))
    if cut_before:
        before = "…" + before
    if cut_after:
        after = after + "…"
    before, match, after = _layout(before, match or "▏", after, max(MIN_WIDTH, width) - len(GUTTER))
    text = Text(GUTTER, style="dim")
    text.append(before)
    text.append(match, style="bold reverse")
    text.append(after)
    text.append("\n" + GUTTER + " " * cell_len(before) + "^" * max(1, cell_len(match)), style="dim")
    return text


def _finding(console: Console, fr: FileReport, f: Finding, r: Redactor) -> None:
    head = Text(f"  {f.line}:{f.column}  ")
    head.append(SEVERITY_LABELS[f.severity.value], style=SEV_STYLE[f.severity.value])
    head.append(f"  {f.rule}", style="bold")
    if f.suppressed:
        head.append(f"  (onderdrukt: {safe_terminal(r.text(f.suppressed))})", style="dim")
    console.print(head)
    console.print(Text("    " + safe_terminal(r.text(f.message))))
    if fr.source:
        console.print(_context_line(fr.source, f, r, console.width), no_wrap=True, overflow="ignore", crop=False)
    if f.suggestion:
        # a suggestion can hold lines to paste: each line indented under the arrow, never reflowed
        lines = safe_terminal(r.text(f.suggestion)).split("\n")
        console.print(Text("    → " + lines[0] + "".join("\n      " + x for x in lines[1:]), style="green"))


def label(labels: dict[str, str], key: str) -> str:
    """The Dutch display label of a channel or capacity id (the id itself when unknown)."""
    return labels.get(key, key)


def _advice(console: Console, fr: FileReport, r: Redactor) -> None:
    steps = fr.advice_steps
    if not steps:
        console.print(Text("  " + safe_terminal(r.text(fr.advice)), style="italic"))
        return
    console.print(Text(f"  Advies ({fr.verdict.label.lower()}):", style="bold"))
    indent = 6  # numbered steps with a hanging indent when a step wraps
    for i, step in enumerate(steps, 1):
        lines = Text(safe_terminal(r.text(step))).wrap(console, max(20, console.width - indent))
        for j, line in enumerate(lines):
            line.rstrip()
            console.print(Text(f"{i:>4}. " if j == 0 else " " * indent) + line, no_wrap=True, crop=False)


def render(report: RunReport, console: Console, redact: bool = False, quiet: bool = False) -> None:
    """Every draft, then the summary; `quiet`: only drafts that need action (the summary counts all)."""
    for fr in report.files:
        if quiet and fr.verdict is Verdict.OK:
            continue
        header = Text()
        header.append(f" {fr.verdict.label} ", style=STYLE[fr.verdict])
        header.append(f"  {safe_terminal(fr.path)}", style="bold")
        where = f"kanaal: {label(CHANNEL_LABELS, fr.channel)}, {label(CAPACITY_LABELS, fr.capacity)}"
        header.append(f"  ({where})", style="dim")
        console.print(header)
        r = Redactor(fr, redact)
        for f in fr.findings:
            _finding(console, fr, f, r)
        _advice(console, fr, r)
        console.print()
    counts = Counter(f.verdict for f in report.files)
    summary = Text(f"{len(report.files)} bestand(en): ")
    parts = [(v, counts.get(v, 0)) for v in (Verdict.BLOCK, Verdict.REVIEW, Verdict.OK)]
    for i, (v, n) in enumerate(parts):
        if i:
            summary.append(", ")
        summary.append(f"{n} {v.label.lower()}", style=SEV_STYLE.get(v.value, "green") if n else "dim")
    console.print(summary)
