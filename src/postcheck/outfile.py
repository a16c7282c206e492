"""Writing reports and baselines without destroying anything.

postcheck often runs as root in CI, so an output path is treated as hostile:

* a new path or a regular file is written atomically: a temporary file in the
  same folder, renamed over the target; the temporary file is removed on every
  failure path;
* a character device (`/dev/null`, a terminal) is written to as a stream, never
  replaced by a regular file; `/dev/stdout`, `/dev/stderr` and `/dev/fd/N` are
  written to that open descriptor, whatever it is (a pipe, a file, a terminal);
* a FIFO, socket, block device, directory or symbolic link (to anything but a
  character device) is refused: renaming over it would destroy it, and opening
  a FIFO can block forever;
* a path that is one of the run's input files (same file, by inode) is refused,
  so `--output draft.md draft.md` cannot overwrite the draft.
"""
from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from typing import Iterable

from .errors import UserError

_KIND = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFSOCK: "a socket", stat.S_IFBLK: "a block device",
         stat.S_IFDIR: "a directory"}


_OWN_FD = re.compile(r"/dev/(?:(stdout)|(stderr)|fd/(\d+))|/proc/self/fd/(\d+)")


def _own_fd(path: str) -> int | None:
    """The descriptor `path` names when it is /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N."""
    m = _OWN_FD.fullmatch(path)
    if not m:
        return None
    return 1 if m[1] else 2 if m[2] else int(m[3] or m[4])


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _input_stats(inputs: Iterable[str]) -> list[os.stat_result]:
    out = []
    for path in inputs:
        if path == "-":
            continue
        try:
            out.append(os.stat(path))
        except OSError:
            continue
    return out


def check_target(path: str, inputs: Iterable[str] = (), what: str = "report") -> str:
    """How `path` will be written: "new", "file" or "stream"; UserError when it must not be written.

    Call it before the run so a bad --output fails fast, and again when writing.
    """
    hint = f"give a new file name or an existing regular file for the {what}"
    fd = _own_fd(path)
    if fd is not None:
        try:
            os.fstat(fd)
        except OSError:
            raise UserError(f"cannot write {what}: descriptor {fd} is not open", path, hint=hint) from None
        return "fd"
    try:
        lst = os.lstat(path)
    except FileNotFoundError:
        return "new"
    except OSError as exc:
        raise UserError(f"cannot write {what}: {exc.strerror}", path, hint=hint) from None
    if stat.S_ISLNK(lst.st_mode):
        try:
            target = os.stat(path)
        except OSError:
            target = None
        if target is None or not stat.S_ISCHR(target.st_mode):
            raise UserError(f"refusing to write the {what} over a symbolic link", path,
                            hint=f"{hint}, not a link (writing would replace the link)")
        lst = target
    kind = _KIND.get(stat.S_IFMT(lst.st_mode))
    if kind:
        raise UserError(f"refusing to write the {what} to {kind}", path, hint=hint)
    if stat.S_ISCHR(lst.st_mode):
        return "stream"
    if not stat.S_ISREG(lst.st_mode):
        raise UserError(f"refusing to write the {what}: not a regular file", path, hint=hint)
    if any(_same_file(lst, s) for s in _input_stats(inputs)):
        raise UserError(f"refusing to write the {what} over one of the drafts being checked", path,
                        hint=f"write the {what} to another file")
    return "file"


def write_text(path: str, text: str, inputs: Iterable[str] = (), what: str = "report") -> None:
    """Write `text` (UTF-8) to `path` following the rules in the module docstring."""
    how = check_target(path, inputs, what)
    data = text.encode("utf-8")
    try:
        if how == "fd":
            own = _own_fd(path)
            assert own is not None  # check_target says "fd" only for such a path
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
            _write_all(own, data)
            return
        if how == "stream":
            fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
            try:
                _write_all(fd, data)
            finally:
                os.close(fd)
            return
        _write_atomic(path, data, how)
    except OSError as exc:
        raise UserError(f"cannot write {what}: {exc.strerror or exc}", path) from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _write_atomic(path: str, data: bytes, how: str) -> None:
    folder = os.path.dirname(path) or "."
    if how == "file":
        mode = stat.S_IMODE(os.stat(path).st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if how == "new":
            # link() never replaces: a file, FIFO or link that appeared since the check stays intact
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise OSError(17, "the file appeared while writing; run again") from None
            except OSError:  # a file system without hard links: rename, still atomic
                os.replace(tmp, path)
        else:
            os.replace(tmp, path)
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
