"""Read a draft: bytes -> `Draft` (UTF-8 decoded, BOM dropped, line ends kept exactly).

Every problem the user can fix (missing file, binary file, bad UTF-8, unknown
type) is a `UserError` with one clear sentence; files are only ever read.
"""
from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass

from postcheck.errors import UserError

FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
_SNIFF = 8192
# bytes that never occur in text (tab, LF, VT, FF, CR and ESC are allowed)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_HTML_START = re.compile(r"\s*<(?:!doctype|html)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Draft:
    path: str      # as given on the command line / found in a dir; "-" for stdin
    source: str    # decoded UTF-8, a leading BOM removed, line endings kept exactly
    fmt: str       # "text" | "markdown" | "html"


def format_for(path: str) -> str | None:
    """The draft type for a file name, or None when the extension is not supported."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


def _unsupported(path: str) -> UserError:
    return UserError("unsupported file type", path=path,
                     hint=f"use one of {', '.join(FORMATS)}")


def load_draft(path: str, fmt: str | None = None) -> Draft:
    """Read a draft file (or stdin for "-") without changing it."""
    if path == "-":
        return parse_draft(path, sys.stdin.buffer.read(), fmt)
    if fmt is None and format_for(path) is None and not os.path.isdir(path):
        if not os.path.exists(path):
            raise UserError("file not found", path=path, hint="check the path")
        raise _unsupported(path)
    try:
        data = _read_regular(path)
    except FileNotFoundError:
        raise UserError("file not found", path=path, hint="check the path") from None
    except IsADirectoryError:
        raise UserError("is a directory, not a file", path=path,
                        hint="give the folder itself as PATH to check every draft in it") from None
    except PermissionError:
        raise UserError("permission denied", path=path, hint="make the file readable") from None
    except OSError as exc:
        raise UserError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    return parse_draft(path, data, fmt)


def _read_regular(path: str) -> bytes:
    """The bytes of a regular file; a FIFO or device (even one swapped in after the walk) is refused unread."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))   # O_NONBLOCK: a FIFO never blocks
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UserError("not a draft file: not a regular file", path=path,
                            hint="give a regular .txt, .md or .html file, or - for stdin")
        return fh.read()


def parse_draft(path: str, data: bytes, fmt: str | None = None) -> Draft:
    """Decode `data` as a draft; `fmt` None means: from the extension (stdin: sniffed)."""
    _check_binary(path, data)
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _decode_error(path, data, exc) from None
    if source.startswith("\ufeff"):
        source = source[1:]
    if fmt is None:
        if path == "-":
            fmt = "html" if _HTML_START.match(source) else "markdown"
        else:
            fmt = format_for(path)
            if fmt is None:
                raise _unsupported(path)
    elif fmt not in ("text", "markdown", "html"):
        raise UserError(f"unknown draft format '{fmt}'", path=path, hint="use text, markdown or html")
    return Draft(path, source, fmt)


def _check_binary(path: str, data: bytes) -> None:
    head = data[:_SNIFF]
    if not head:
        return
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError("the file is UTF-16, not UTF-8", path=path, hint="save the file as UTF-8")
    control = len(head) - len(head.translate(None, _CONTROL))
    if b"\x00" in head or control > max(4, len(head) // 20):
        raise UserError("looks like a binary file, not a text draft", path=path,
                        hint="give a .txt, .md or .html file saved as UTF-8 text")


def _decode_error(path: str, data: bytes, exc: UnicodeDecodeError) -> UserError:
    offset = exc.start
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return UserError(f"not valid UTF-8: byte 0x{data[offset]:02x} at byte offset {offset}",
                     path=path, line=line, col=col, hint="save the file as UTF-8")
