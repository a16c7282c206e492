"""`postcheck packs test`: run the examples a pack carries.

Rule examples: every `flag` text must raise the rule (and, where the text
marks a span with [[...]], exactly that span); every `pass` text must not
raise it; a `known_misses` text must still be missed, so a fixed miss fails
the run and gets promoted to `flag`. Pack examples: the listed rules must be
raised, the expected verdict reached; an example with neither must get `ok`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import Settings
from .drafts.read import parse_draft
from .engine import Engine
from .packs.model import ExampleCase, Pack
from .verdict import summarise

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


@dataclass(frozen=True)
class Outcome:
    pack: str
    rule: str           # rule id, or "" for pack examples
    case: str           # flag | pass | known-miss | example
    index: int
    ok: bool
    detail: str = ""
    line: int | None = None
    path: str = ""      # the file the example is written in (an inherited example: the parent's file)


def strip_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """An example's text without its `[[...]]` marks, and the (start, end) of each marked span in it."""
    spans, out, last, shift = [], [], 0, 0
    for m in MARK.finditer(text):
        out.append(text[last:m.start()])
        start = m.start() - shift
        out.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        shift += 4
        last = m.end()
    out.append(text[last:])
    return "".join(out), spans


def engine_for(pack: Pack) -> Engine:
    lexicons: dict[str, list[str]] = {}
    for slot, entries in pack.lexicon_examples:
        lexicons.setdefault(slot, []).extend(entries)
    for rule in pack.rules:
        for slot, entries in rule.examples.lexicons:
            lexicons.setdefault(slot, []).extend(entries)
    settings = Settings(packs=(pack.path,))
    return Engine([pack], settings, {k: tuple(dict.fromkeys(v)) for k, v in lexicons.items()})


def _run(engine: Engine, case: ExampleCase, text: str):
    draft = parse_draft("example.md", text.encode("utf-8"), "markdown")
    return summarise(next(engine.check([draft], channel=case.channel, capacity=case.capacity)), engine.packs)


def _rule_case(engine: Engine, pack: Pack, rule, case_kind: str, i: int, case: ExampleCase) -> Outcome:
    text, spans = strip_marks(case.text)
    report = _run(engine, case, text)
    hits = [f for f in report.findings if f.rule == rule.id]
    line = case.loc.line if case.loc else None
    path = case.loc.path if case.loc else ""
    if case_kind == "pass":
        return Outcome(pack.name, rule.id, case_kind, i, not hits,
                       "" if not hits else f"flagged {_quote(hits[0].text)} at {hits[0].line}:{hits[0].column}",
                       line, path)
    if case_kind == "known-miss":
        return Outcome(pack.name, rule.id, case_kind, i, not hits,
                       "" if not hits else f"now caught ({_quote(hits[0].text)}): move it from known_misses to flag",
                       line, path)
    if not hits:
        return Outcome(pack.name, rule.id, case_kind, i, False, "not flagged", line, path)
    for s, e in spans:
        if not any((f.start, f.end) == (s, e) for f in hits):
            got = ", ".join(f"{_quote(f.text)} {f.start}-{f.end}" for f in hits)
            return Outcome(pack.name, rule.id, case_kind, i, False,
                           f"flagged, but not the marked span {_quote(text[s:e])} {s}-{e} (got {got})", line, path)
    return Outcome(pack.name, rule.id, case_kind, i, True, "", line, path)


def _quote(text: str) -> str:
    """What a rule flagged, quoted on one line (long texts shortened)."""
    one = " ".join(text.split())
    return "'" + (one if len(one) <= 60 else one[:57] + "...") + "'"


def _pack_example(engine: Engine, pack: Pack, i: int, case: ExampleCase) -> Outcome:
    report = _run(engine, case, case.text)
    raised = {f.rule for f in report.findings if f.severity.value != "info"}
    missing = [e for e in case.expect if e not in raised]
    problems = []
    if missing:
        problems.append(f"missing {', '.join(missing)}")
    want = case.verdict or (None if case.expect else "ok")
    if want and report.verdict.value != want:
        flagged = [f"{f.rule} {_quote(f.text)}" for f in report.findings if f.severity.value != "info"]
        problems.append(f"verdict {report.verdict.value}, expected {want} "
                        f"(raised: {', '.join(flagged) or 'nothing'})")
    return Outcome(pack.name, "", "example", i, not problems, "; ".join(problems),
                   case.loc.line if case.loc else None, case.loc.path if case.loc else "")


def test_pack(pack: Pack, engine: Engine | None = None) -> list[Outcome]:
    engine = engine or engine_for(pack)
    out: list[Outcome] = []
    for rule in pack.rules:
        groups = (("flag", rule.examples.flag), ("pass", rule.examples.pass_),
                  ("known-miss", rule.examples.known_misses))
        for case_kind, cases in groups:
            out.extend(_rule_case(engine, pack, rule, case_kind, i, case) for i, case in enumerate(cases))
    out.extend(_pack_example(engine, pack, i, case) for i, case in enumerate(pack.examples))
    return out
