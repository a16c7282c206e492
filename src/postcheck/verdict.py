"""Findings -> verdict, advice and contacts (pure; no I/O).

The verdict is the most severe finding (contract §3). The advice says what to
do now: for `block` what to remove, for `review` whom to ask and what to send,
for `ok` the pack's general advice (what cannot be checked automatically).
It is composed from the findings' escalation texts and the packs' contacts,
in the packs' language.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from .model import CheckedDraft, Contact, FileReport, Finding, Severity, Verdict
from .packs.model import Pack

_HEAD = {
    Verdict.BLOCK: "Niet publiceren.",
    Verdict.REVIEW: "Eerst overleggen.",
    Verdict.OK: "Akkoord.",
}


def verdict_of(findings: Iterable[Finding]) -> Verdict:
    worst = 0
    for f in findings:
        if not f.suppressed:
            worst = max(worst, f.severity.rank)
    return [Verdict.OK, Verdict.REVIEW, Verdict.BLOCK][worst]


def contacts_for(findings: list[Finding], packs: list[Pack], verdict: Verdict) -> tuple[Contact, ...]:
    """The contacts the acting findings name; else each pack's first contact when action is needed."""
    by_pack = {p.name: p for p in packs}
    chosen: list[Contact] = []
    for f in findings:
        if f.suppressed or f.severity == Severity.INFO or not f.contact:
            continue
        contact = by_pack[f.pack].contact(f.contact) if f.pack in by_pack else None
        if contact and contact not in chosen:
            chosen.append(contact)
    if not chosen and verdict != Verdict.OK:
        acting = {f.pack for f in findings if not f.suppressed and f.severity != Severity.INFO}
        for p in packs:
            if p.name in acting and p.contacts and p.contacts[0] not in chosen:
                chosen.append(p.contacts[0])
    if not chosen:
        for p in packs:
            if p.contacts and p.contacts[0] not in chosen:
                chosen.append(p.contacts[0])
    return tuple(chosen)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ".'", '."', ".)", "”")) else text + "."


def _contact_line(c: Contact) -> str:
    who = c.name if c.name and c.role.lower() in c.name.lower() else ", ".join(x for x in (c.role, c.name) if x)
    reach = [x for x in (c.phone, c.email) if x]
    line = who + (": " + " of ".join(reach) if reach else "")
    return line + (f" ({c.how})" if c.how else "")


def advice_steps_for(findings: list[Finding], packs: list[Pack], verdict: Verdict,
                     contacts: tuple[Contact, ...]) -> list[str]:
    """What to do now, as distinct steps in order: the fixes, whom to ask, the packs' general advice, the contact.

    Under `block` only what changes the text counts: the escalations of lower (review) findings
    say whom to ask for approval, which no longer matters when the post may not go out at all, so
    for those findings only their suggestion (the fix) is kept. The contact comes once, last.
    """
    acting = [f for f in findings if not f.suppressed and f.severity.rank == verdict.rank and verdict != Verdict.OK]
    steps: list[str] = []

    def add(text: str) -> None:
        text = _sentence(text) if text.strip() else ""
        if text and text.casefold() not in {s.casefold() for s in steps}:
            steps.append(text)

    for f in acting:
        add(f.escalation or f.suggestion)
    if verdict == Verdict.BLOCK:
        for f in findings:
            if not f.suppressed and f.severity == Severity.REVIEW:
                add(f.suggestion)
    for general in dict.fromkeys(p.advice.get(verdict.value, "") for p in packs):
        add(general)
    if contacts and verdict != Verdict.OK:
        add("Contact: " + "; ".join(_contact_line(c) for c in contacts))
    return steps


def advice_for(findings: list[Finding], packs: list[Pack], verdict: Verdict, contacts: tuple[Contact, ...]) -> str:
    """The advice as one string (contract §6): the verdict's head, then the steps."""
    return " ".join([_HEAD[verdict], *advice_steps_for(findings, packs, verdict, contacts)])


def summarise(checked: CheckedDraft, packs: Sequence[Pack], fingerprints: Sequence[str] = ()) -> FileReport:
    """The one place a draft's verdict, contacts and advice are decided (after suppressions and baseline)."""
    used = [p for p in packs if not checked.packs or p.name in checked.packs]
    findings = list(checked.findings)
    verdict = verdict_of(findings)
    contacts = contacts_for(findings, used, verdict)
    steps = advice_steps_for(findings, used, verdict, contacts)
    return FileReport(
        path=checked.path, verdict=verdict, channel=checked.channel, capacity=checked.capacity,
        findings=checked.findings, advice=" ".join([_HEAD[verdict], *steps]), contacts=contacts,
        advice_steps=tuple(steps),
        source=checked.source, packs=checked.packs, fingerprints=tuple(fingerprints), marked=checked.marked,
    )
