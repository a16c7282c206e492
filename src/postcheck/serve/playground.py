"""The pack playground (`postcheck serve --playground PACK.yaml`, local only).

The communications officer edits the pack in the browser; on save the file is written
atomically (the previous version kept as PACK.yaml.bak), validated exactly as
`postcheck packs validate` does, and, when valid, its examples run as in
`postcheck packs test`. Problems are shown with file, line and column.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PlaygroundResult:
    problems: tuple[str, ...]
    outcomes: tuple | None      # packtest outcomes, None when the pack has problems


def evaluate(path: Path) -> PlaygroundResult:
    from ..packs.load import validate_pack_file
    from ..packtest import test_pack

    pack, problems = validate_pack_file(path)
    if problems or pack is None:
        return PlaygroundResult(tuple(str(p) for p in problems), None)
    return PlaygroundResult((), tuple(test_pack(pack)))


def save(path: Path, text: str) -> None:
    """Atomic replace; the previous version stays beside it as .bak. Refuses anything but a regular file."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise OSError(f"{path.name} is not a regular file")
    if path.exists():
        backup = path.with_name(path.name + ".bak")
        backup.write_bytes(path.read_bytes())
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text.replace("\r\n", "\n"))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
