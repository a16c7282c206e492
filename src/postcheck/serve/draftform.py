"""The web form's questions as front matter, and reports shifted back onto the typed text.

A writer answers plain questions ("Staat er een foto bij?", "Heeft Domus al akkoord
gegeven? Kenmerk:") instead of writing YAML. The answers become the draft's front
matter (contract §5), placed before the text the writer typed; front matter the
writer typed in the text itself wins. Findings are reported on the typed text: the
generated front matter is cut off again, and a finding that points into it (a
metadata rule anchored at a front-matter key) is moved to the start of the text.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import yaml

from ..model import CAPACITIES, CHANNELS, FileReport, Finding

IMAGE_CHOICES = {
    "": "Nee, geen foto of video",
    "property": "Ja, van een woning, gebouw of complex",
    "people": "Ja, met mensen erop",
    "clients": "Ja, met cliënten, bewoners of kinderen erop",
    "logo": "Ja, met een logo",
    "other": "Ja, iets anders",
}
CHANNEL_LABELS = {
    "facebook": "Facebook", "instagram": "Instagram", "x": "X (Twitter)", "linkedin": "LinkedIn",
    "youtube": "YouTube", "tiktok": "TikTok", "whatsapp": "WhatsApp", "website": "Website",
    "blog": "Blog", "other": "Iets anders",
}
CAPACITY_LABELS = {"personal": "Op mijn eigen account (persoonlijk)", "official": "Namens de organisatie"}
FIELD_LIMIT = 200   # characters per short answer


@dataclass(frozen=True)
class Answers:
    channel: str | None = None
    capacity: str | None = None
    image: str = ""                 # one of IMAGE_CHOICES
    consent: bool = False
    approval_by: str = ""
    approval_ref: str = ""
    approval_date: str = ""
    page: str = ""
    reply: bool = False

    @classmethod
    def from_form(cls, form) -> "Answers":
        def text(key: str) -> str:
            value = form.get(key) or ""
            return " ".join(str(value).split())[:FIELD_LIMIT]
        channel = text("channel") or None
        capacity = text("capacity") or None
        image = text("image")
        return cls(
            channel=channel if channel in CHANNELS else None,
            capacity=capacity if capacity in CAPACITIES else None,
            image=image if image in IMAGE_CHOICES else "",
            consent=bool(form.get("consent")), approval_by=text("approval_by"), approval_ref=text("approval_ref"),
            approval_date=text("approval_date"), page=text("page"), reply=bool(form.get("reply")),
        )

    def front_matter(self) -> dict:
        data: dict = {}
        if self.page:
            data["page"] = self.page
        if self.approval_by or self.approval_ref:
            data["approval"] = {k: v for k, v in (("by", self.approval_by), ("ref", self.approval_ref),
                                                  ("date", self.approval_date)) if v}
        if self.image:
            data["images"] = [{"file": "bijlage", "shows": [self.image], "consent": self.consent}]
        if self.reply:
            data["reply_to"] = "reactie in een discussie"
        return data


def compose(text: str, answers: Answers) -> tuple[str, int]:
    """The draft source to check and the length of the front matter put before `text`."""
    data = answers.front_matter()
    if not data or text.lstrip("\ufeff").startswith("---"):
        return text, 0
    header = "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n"
    return header + text, len(header)


def on_typed_text(fr: FileReport, offset: int) -> FileReport:
    """The report as if the typed text had been checked alone (offsets, lines and source)."""
    if not offset:
        return fr
    source = fr.source[offset:]
    header_lines = fr.source[:offset].count("\n")
    findings = tuple(_shift(f, offset, header_lines) for f in fr.findings)
    marked = tuple((s - offset, e - offset) for s, e in fr.marked if s >= offset)
    return replace(fr, source=source, findings=findings, marked=marked)


def _shift(f: Finding, offset: int, header_lines: int) -> Finding:
    if f.start >= offset:
        return replace(f, start=f.start - offset, end=f.end - offset, line=f.line - header_lines)
    return replace(f, start=0, end=0, text="", line=1, column=1)
