"""RunReport -> GitHub Actions workflow commands: one annotation per finding, one summary per file.

    ::error file=drafts/a.md,line=3,col=5,endLine=3,endColumn=22,title=domus.client-name::Naam van een huurder: ...

block -> error, review -> warning, info -> notice. Values are escaped the way
the Actions runner unescapes them (`%`, CR, LF in the message; also `:` and
`,` in properties), so a draft can never inject a command of its own: every
output line starts with `::`. GitHub only takes columns for a one-line
range; endColumn is the column of the last character (inclusive).
"""
from __future__ import annotations

from ..fingerprint import normalise_path
from ..model import FileReport, Finding, RunReport, Severity
from ..text.offsets import LineIndex
from .redact import Redactor
from .sarif import with_suggestion

COMMAND = {Severity.BLOCK: "error", Severity.REVIEW: "warning", Severity.INFO: "notice"}


# other characters that some readers take as a line break; the runner knows no escape for them
_OTHER_BREAKS = str.maketrans({c: " " for c in "\v\f\x1c\x1d\x1e\x85\u2028\u2029"})


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").translate(_OTHER_BREAKS)


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    """One workflow command line; properties with value None are left out."""
    given = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items() if value is not None)
    return f"::{name}{' ' + given if given else ''}::{escape_data(message)}"


def _position(fr: FileReport, f: Finding, lines: LineIndex) -> dict[str, object]:
    end_col: int | None
    end_line, end_col = lines.line_col(f.end) if fr.source else (f.line, f.column + len(f.text))
    if f.end > f.start and end_col == 1 and end_line > f.line:
        end_line, end_col = end_line - 1, None  # the range ends with a line break
    pos: dict[str, object] = {"line": f.line, "endLine": end_line}
    if end_line == f.line:
        pos["col"] = f.column
        pos["endColumn"] = max(f.column, end_col - 1) if end_col else None
    return pos


def _annotation(fr: FileReport, f: Finding, lines: LineIndex, r: Redactor) -> str:
    message = r.text(with_suggestion(f.message, f.suggestion))
    name = COMMAND[f.severity]
    if f.suppressed:
        name, message = "notice", f"Onderdrukt ({r.text(f.suppressed)}): {message}"
    file = normalise_path(fr.path) if fr.path != "-" else None
    return command(name, message, file=file, **_position(fr, f, lines), title=f.rule)


def _summary(fr: FileReport, r: Redactor) -> str:
    label = fr.verdict.label
    advice = r.text(fr.advice).strip()
    if advice.startswith(label + "."):
        advice = advice[len(label) + 1:].strip()
    return command("notice", f"{fr.path}: {label}." + (f" {advice}" if advice else ""))


def render(report: RunReport, redact: bool = False) -> str:
    out: list[str] = []
    for fr in report.files:
        lines, r = LineIndex(fr.source), Redactor(fr, redact)
        out.extend(_annotation(fr, f, lines, r) for f in fr.findings)
        out.append(_summary(fr, r))
    return "\n".join(out) + "\n" if out else ""
