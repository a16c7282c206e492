"""bsn: 9 digits (or 3.3.3 / 3 3 3 grouped) passing the 11-test (python-stdnum's
`stdnum.nl.bsn`, which also rejects 000000000).
"""
from __future__ import annotations

import re


from postcheck.nlp.hits import Hit
from postcheck.nlp.personal_data.common import Allow, _glued

LABELS = ("bsn",)   # the labels this detector produces

# the first digit on its own, not in `[0-9]{3}`: a pattern that opens with a character class lets `re` skip ahead to
# the next digit instead of trying the pattern at every position (2.5x faster on posts.jsonl; the same matches)
_BSN_RE = re.compile(
    r"(?P<n>[0-9][0-9]{2}(?:[0-9]{6}|\.[0-9]{3}\.[0-9]{3}|[ ][0-9]{3}[ ][0-9]{3}|[0-9]\.[0-9]{2}\.[0-9]{3}))"
    r"(?![\w@/-]|[.,][\d]|[ ]\d)"
)


def find(text: str, allow: Allow, out: list[Hit]) -> None:
    """Append the bsn hits in `text` to `out`."""
    for m in _BSN_RE.finditer(text):
        from stdnum.nl import bsn as _bsn   # here, not at the top: only a draft with a candidate needs it (start-up)

        if _glued(text, m.start()) or text[m.start() - 2:m.start()].rstrip(" ")[-1:].isdigit():
            continue
        raw = m.group("n")
        d = raw.replace(".", "").replace(" ", "")
        if not _bsn.is_valid(d):
            continue
        out.append(Hit(m.start("n"), m.end("n"), "bsn", "exact", "", "strong"))

