"""A small private on-disk cache for built indexes (pickles).

Cached objects contain confidential lexicon data (client names, addresses), so:

* the directory is created with mode 0700 and files with mode 0600;
* writes are atomic (temporary file in the same directory + `os.replace`);
* a cache that is corrupt, unreadable, or not private to this user is ignored
  (the caller rebuilds); a directory we cannot write just means no caching;
* nothing here prints or logs the cached content or the key material.

Loading a pickle executes code chosen by whoever wrote it, so `load` refuses
files in a directory (or files themselves) that other users could write.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
import tempfile
from pathlib import Path
from typing import Any

SUFFIX = ".pickle"


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/postcheck`, else `~/.cache/postcheck`."""
    base = os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "postcheck"


def make_key(*parts: object) -> str:
    """sha256 over the `repr` of the parts (callers pass versions and specs)."""
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _private(st: os.stat_result) -> bool:
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not (st.st_mode & 0o077)


def _ensure_dir(directory: Path) -> bool:
    """Create `directory` (0700) if needed; True when it is ours, private and writable."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = directory.stat()
        if not stat.S_ISDIR(st.st_mode):
            return False
        if not _private(st):
            # Our own directory with loose permissions: tighten it; anyone else's: leave it.
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                return False
            os.chmod(directory, 0o700)
        return os.access(directory, os.W_OK | os.X_OK)
    except OSError:
        return False


def _path(key: str, directory: Path | None) -> Path:
    if not key or any(c not in "0123456789abcdef" for c in key):
        raise ValueError("cache key must be a lower-case hex digest")
    return (directory or cache_dir()) / (key + SUFFIX)


def load(key: str, directory: Path | None = None) -> Any | None:
    """The object stored under `key`, or None (missing, corrupt, unreadable, not private)."""
    path = _path(key, directory)
    try:
        if not _private(path.parent.stat()):
            return None
        with open(path, "rb") as fh:
            if not _private(os.fstat(fh.fileno())):
                return None
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - any failure means "not cached"; the caller rebuilds
        return None


def store(key: str, obj: Any, directory: Path | None = None) -> bool:
    """Pickle `obj` under `key` atomically with mode 0600. False when caching was skipped."""
    path = _path(key, directory)
    if not _ensure_dir(path.parent):
        return False
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        return True
    except (OSError, pickle.PicklingError):
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
