"""--redact: the one place that masks draft text, for every output format.

What is hidden in one file's report: every span of the draft that a detector
marked as personal (`FileReport.marked`: names, personal data, private lexicon
slots as `lexicons.is_private_slot` says, whatever rule or category reported
it, or none), every finding that
its rule marks as personal (`Finding.redact`), and every other occurrence of
those texts anywhere in the file: front matter, code blocks, comments,
suppression reasons, and the messages, suggestions and advice built from
them. Texts are matched regardless of case and whitespace runs, and also
written as a slug (anouk-van-den-berg, anouk_van_den_berg, anoukvandenberg in a
URL or file name); numbers also with other separators (06-12345678,
06 1234 5678, 0612345678).

Reporters ask a `Redactor` for free text (`text`) and for slices of the
source (`source`); with redaction off both return their input unchanged.
"""
from __future__ import annotations

import bisect
import re

from ..model import FileReport, Finding

REDACTED = "[redacted]"
_DIGIT_SEPARATORS = r"[\s().\-/]*"
_NUMBER = re.compile(r"^\+?[\d\s().\-/]+$")
# between the words of a hidden text: white space, or a slug's separator, or nothing
_WORD_SEPARATOR = r"(?:\s+|[-_.+]|%20)?"


def _number_pattern(term: str) -> str | None:
    """A phone-like term as digits with any separators, national and international form alike."""
    digits = "".join(ch for ch in term if ch.isdigit())
    if not _NUMBER.match(term) or len(digits) < 6:
        return None
    forms = {digits}
    if digits.startswith("0031"):
        digits = digits[2:]
    if digits.startswith("31") and len(digits) > 9:
        forms.add("0" + digits[2:])
    elif digits.startswith("0") and not digits.startswith("00"):
        forms.add("31" + digits[1:])
    alternatives = [_DIGIT_SEPARATORS.join(form) for form in sorted(forms, key=len, reverse=True)]
    return r"(?<!\d)[+(]?(?:" + "|".join(alternatives) + r")(?!\d)"


def _term_pattern(term: str) -> str:
    number = _number_pattern(term)
    if number:
        return number
    body = _WORD_SEPARATOR.join(re.escape(word) for word in term.split())
    head = r"(?<!\w)" if term[0].isalnum() else ""
    tail = r"(?!\w)" if term[-1].isalnum() else ""
    return head + body + tail


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


class Redactor:
    """What --redact hides in one file's report (see the module docstring); a no-op when off."""

    def __init__(self, fr: FileReport, enabled: bool) -> None:
        self.enabled = enabled
        self._source = fr.source
        self._pattern: re.Pattern[str] | None = None
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        if not enabled:
            return
        spans = list(fr.marked) + [(f.start, f.end) for f in fr.findings if f.redact]
        texts = {fr.source[s:e] for s, e in spans} if fr.source else {f.text for f in fr.findings if f.redact}
        terms = sorted({" ".join(t.split()) for t in texts if t.strip()}, key=lambda t: (-len(t), t))
        if terms:
            self._pattern = re.compile("|".join(_term_pattern(t) for t in terms), re.IGNORECASE)
            spans += [m.span() for m in self._pattern.finditer(fr.source)]
        self._spans = _merge([(s, e) for s, e in spans if e > s])
        self._starts = [s for s, _ in self._spans]

    def text(self, text: str, replacement: str = REDACTED) -> str:
        """Free text (message, suggestion, advice, reason) with every hidden text replaced."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(replacement, text)

    def source(self, start: int, end: int, replacement: str = REDACTED) -> str:
        """The source from `start` to `end`, hidden parts replaced (line breaks inside them kept)."""
        src = self._source
        if not self._spans:
            return src[start:end]
        out, pos = [], start
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e = self._spans[i]
            i += 1
            s, e = max(s, start), min(e, end)
            if e <= s:
                continue
            out.append(src[pos:s])
            hidden = src[s:e]
            out.append(replacement + "\n" * hidden.count("\n") if hidden.strip() else hidden)
            pos = e
        out.append(src[pos:end])
        return "".join(out)

    def hides(self, f: Finding) -> bool:
        """The finding's own text is personal: shown only as the replacement."""
        return self.enabled and f.redact and bool(f.text.strip())

    def touches(self, f: Finding) -> bool:
        """Some of the finding's text is hidden."""
        if self.hides(f):
            return True
        i = bisect.bisect_right(self._starts, f.start) - 1
        for s, e in self._spans[max(0, i):]:
            if s >= f.end:
                break
            if e > f.start:
                return True
        return False
