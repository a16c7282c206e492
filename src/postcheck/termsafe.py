"""Text from drafts, file names and front matter, made safe to print on a terminal.

A draft can hold ANSI escape sequences, carriage returns or other control
characters that would clear the screen, move the cursor or paint a fake
verdict over the real one. `safe_terminal` shows every such character
escaped (`\\x1b`, `\\r`, `\\u202e`), keeping newlines and tabs. Used wherever
the text report or an error line prints text postcheck did not write itself.
"""
from __future__ import annotations

import re

# C0 controls except \t and \n, DEL, C1 controls, and the bidirectional overrides and isolates
# ("Trojan Source") that reorder what a terminal shows
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    if m.group() == "\r":
        return "\\r"
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_terminal(text: str) -> str:
    """`text` with control characters escaped; newline and tab kept; a string without any is returned as is."""
    return _UNSAFE.sub(_escape, text)
