"""postcheck's one on-disk cache, safe by construction.

Cached objects hold confidential lexicon data (client names, addresses) and a
pickle runs code chosen by whoever wrote it, so:

* the directory is `$XDG_CACHE_HOME/postcheck` (an absolute XDG_CACHE_HOME
  only, as the XDG spec says) or `~/.cache/postcheck`; it must be a real
  directory (not a link) owned by this user with mode 0700 (our own looser
  directory is tightened). Anything else: caching is off for the run, with one
  warning line; nothing is read from it or written to it.
* every file starts with a header: magic, format version, payload kind,
  payload length, and an HMAC-SHA256 of (version, kind, key, payload) under a
  per-user secret kept 0600 in the directory. A planted, truncated, stale or
  swapped file fails the check and is rebuilt; it is never unpickled.
* formats that cannot run code where they serve: `store_json` (JSON) and
  `store_arrays` (numpy `.npz`, `allow_pickle=False`); `store` pickles other
  objects, still only after the HMAC check.
* writes are atomic (temporary file + rename, 0600); after each write the
  cache is pruned to `MAX_BYTES` and `MAX_AGE_DAYS` (least recently used first).
* `POSTCHECK_NO_CACHE=1` turns the cache off. Nothing here prints or logs cached
  content or key material; warnings go to the `postcheck` logger.

Public API (also used by the nlp modules): `cache_dir`, `make_key`, `load`,
`store`, `load_json`, `store_json`, `load_arrays`, `store_arrays`, `info`,
`clear`, `prune`. `directory` arguments default to `cache_dir()`.
"""
from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import os
import pickle
import stat
import struct
import tempfile
import time
from pathlib import Path
from typing import Any

FORMAT = 1                        # bump when the header or a payload encoding changes
MAGIC = b"PCCACHE\0"
_HEADER = struct.Struct(">8sHBQ32s")   # magic, format, kind, payload length, hmac
_KINDS = {"pickle": 1, "json": 2, "npz": 3}
SECRET_NAME = "secret.key"
MAX_BYTES = 200 * 1024 * 1024
MAX_AGE_DAYS = 30

log = logging.getLogger("postcheck.cache")
_refused: set[str] = set()        # directories already warned about in this process


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/postcheck` when XDG_CACHE_HOME is absolute, else `~/.cache/postcheck`."""
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


# ------------------------------------------------------------------ the directory and its secret

def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def _refuse(directory: Path, why: str) -> None:
    if str(directory) not in _refused:
        _refused.add(str(directory))
        log.warning("cache %s %s; caching is off for this run (fix it, or remove the folder)", directory, why)


def _usable(directory: Path, create: bool) -> bool:
    """True when `directory` is a real 0700 directory owned by this user (created when `create`)."""
    if os.environ.get("POSTCHECK_NO_CACHE"):
        return False
    if not directory.is_absolute():
        return False
    try:
        st = os.lstat(directory)
    except FileNotFoundError:
        if not create:
            return False
        try:
            directory.parent.mkdir(parents=True, exist_ok=True)
            os.mkdir(directory, 0o700)
            st = os.lstat(directory)
        except OSError:
            return False   # read-only home, full disk: run without a cache, silently
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        _refuse(directory, "is not a real folder (a link or a file)")
        return False
    uid = _uid()
    if uid is not None and st.st_uid != uid:
        _refuse(directory, f"belongs to another user (uid {st.st_uid})")
        return False
    if st.st_mode & 0o077:
        try:
            os.chmod(directory, 0o700)
        except OSError:
            _refuse(directory, "is readable by other users")
            return False
    return os.access(directory, os.W_OK | os.X_OK)


def _private_file(fd: int) -> bool:
    st = os.fstat(fd)
    uid = _uid()
    return stat.S_ISREG(st.st_mode) and (uid is None or st.st_uid == uid) and not st.st_mode & 0o077


def _read_private(path: Path, limit: int | None = None) -> bytes | None:
    """The bytes of `path` if it is a regular 0600 file of ours (never through a link), else None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        if not _private_file(fd):
            return None
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read() if limit is None else fh.read(limit)
    except OSError:
        return None
    finally:
        os.close(fd)


def _write_private(path: Path, data: bytes, replace: bool = True) -> bool:
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)   # fails when another process made it first
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass


def _secret(directory: Path) -> bytes | None:
    """The per-user HMAC key in `directory`, created (32 random bytes, 0600) when missing or not private."""
    path = directory / SECRET_NAME
    for _ in range(2):
        data = _read_private(path)
        if data is not None and len(data) == 32:
            return data
        if os.path.lexists(path):
            # not ours, not private, a link or damaged: whatever it signed is void
            try:
                os.unlink(path)
            except OSError:
                return None
        _write_private(path, os.urandom(32), replace=False)
    return None


# ------------------------------------------------------------------ entries

def _path(key: str, directory: Path | None, kind: str) -> Path:
    if not key or any(c not in "0123456789abcdef" for c in key):
        raise ValueError("cache key must be a lower-case hex digest")
    return (directory or cache_dir()) / f"{key}.{kind}"


def _mac(secret: bytes, kind: int, key: str, payload: bytes) -> bytes:
    h = hmac.new(secret, struct.pack(">HB", FORMAT, kind) + key.encode("ascii") + b"\0", hashlib.sha256)
    h.update(payload)
    return h.digest()


def _load_payload(key: str, directory: Path | None, kind: str) -> bytes | None:
    path = _path(key, directory, kind)
    if not _usable(path.parent, create=False) or not path.exists():
        return None
    secret = _secret(path.parent)
    data = _read_private(path)
    if secret is None or data is None or len(data) < _HEADER.size:
        return None
    magic, version, kind_no, length, mac = _HEADER.unpack_from(data)
    payload = data[_HEADER.size:]
    if magic != MAGIC or version != FORMAT or kind_no != _KINDS[kind] or length != len(payload):
        return None
    if not hmac.compare_digest(mac, _mac(secret, kind_no, key, payload)):
        return None
    try:
        os.utime(path)   # recently used: pruned last
    except OSError:
        pass
    return payload


def _store_payload(key: str, payload: bytes, directory: Path | None, kind: str) -> bool:
    path = _path(key, directory, kind)
    if not _usable(path.parent, create=True):
        return False
    secret = _secret(path.parent)
    if secret is None:
        return False
    kind_no = _KINDS[kind]
    header = _HEADER.pack(MAGIC, FORMAT, kind_no, len(payload), _mac(secret, kind_no, key, payload))
    ok = _write_private(path, header + payload)
    if ok:
        prune(path.parent)
    return ok


def load(key: str, directory: Path | None = None) -> Any | None:
    """The object stored under `key` with `store`, or None (missing, damaged, forged, stale, not private)."""
    payload = _load_payload(key, directory, "pickle")
    if payload is None:
        return None
    try:
        return pickle.loads(payload)   # authenticated: written by this user's postcheck
    except Exception:  # noqa: BLE001 - e.g. a class that moved: rebuild
        return None


def store(key: str, obj: Any, directory: Path | None = None) -> bool:
    """Pickle `obj` under `key`. False when caching was skipped."""
    try:
        payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return _store_payload(key, payload, directory, "pickle")


def load_json(key: str, directory: Path | None = None) -> Any | None:
    payload = _load_payload(key, directory, "json")
    try:
        return None if payload is None else json.loads(payload)
    except ValueError:
        return None


def store_json(key: str, value: Any, directory: Path | None = None) -> bool:
    """Store a JSON value (dicts, lists, strings, numbers); loading it cannot run code."""
    return _store_payload(key, json.dumps(value, ensure_ascii=False).encode("utf-8"), directory, "json")


def load_arrays(key: str, directory: Path | None = None) -> dict | None:
    """numpy arrays stored with `store_arrays` (name -> array), read with allow_pickle=False."""
    payload = _load_payload(key, directory, "npz")
    if payload is None:
        return None
    import numpy as np

    try:
        with np.load(io.BytesIO(payload), allow_pickle=False) as npz:
            return {name: npz[name] for name in npz.files}
    except (ValueError, OSError, KeyError):
        return None


def store_arrays(key: str, arrays: dict, directory: Path | None = None) -> bool:
    import numpy as np

    buf = io.BytesIO()
    try:
        np.savez(buf, **arrays)
    except (ValueError, TypeError):
        return False
    return _store_payload(key, buf.getvalue(), directory, "npz")


# ------------------------------------------------------------------ maintenance

def _entries(directory: Path) -> list[tuple[Path, os.stat_result]]:
    out: list[tuple[Path, os.stat_result]] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return out
    for name in names:
        if name == SECRET_NAME:
            continue
        path = directory / name
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode):
            out.append((path, st))
    return out


def prune(directory: Path | None = None, max_bytes: int = MAX_BYTES, max_age_days: float = MAX_AGE_DAYS) -> int:
    """Remove entries older than `max_age_days`, then the least recently used above `max_bytes`; returns how many."""
    directory = directory or cache_dir()
    if not _usable(directory, create=False):
        return 0
    now = time.time()
    removed = 0
    keep = []
    for path, st in sorted(_entries(directory), key=lambda e: e[1].st_mtime, reverse=True):
        stale_tmp = path.name.startswith(".tmp-") and now - st.st_mtime > 3600
        if now - st.st_mtime > max_age_days * 86400 or stale_tmp:
            removed += _unlink(path)
        elif not path.name.startswith(".tmp-"):
            keep.append((path, st))
    total = 0
    for path, st in keep:   # newest first: what no longer fits goes
        total += st.st_size
        if total > max_bytes:
            removed += _unlink(path)
    return removed


def _unlink(path: Path) -> int:
    try:
        os.unlink(path)
        return 1
    except OSError:
        return 0


def info(directory: Path | None = None) -> dict:
    """Where the cache is, whether it is usable, and how many entries and bytes it holds."""
    directory = directory or cache_dir()
    usable = _usable(directory, create=False)
    entries = _entries(directory) if usable else []
    return {"path": str(directory), "usable": usable, "exists": os.path.lexists(directory),
            "entries": len(entries), "bytes": sum(st.st_size for _, st in entries),
            "max_bytes": MAX_BYTES, "max_age_days": MAX_AGE_DAYS}


def clear(directory: Path | None = None) -> tuple[int, int]:
    """Remove every entry and the secret; returns (files removed, bytes freed). Never follows links."""
    directory = directory or cache_dir()
    if not _usable(directory, create=False):
        return 0, 0
    entries = _entries(directory)
    freed = sum(st.st_size for _, st in entries)
    removed = sum(_unlink(p) for p, _ in entries)
    _unlink(directory / SECRET_NAME)
    return removed, freed
