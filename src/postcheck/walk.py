"""Finding drafts: folder walks and globs in a stable order, safe in hostile folders.

* .gitignore files and `exclude` globs are respected;
* symbolic links to folders are never followed (no loops, no escaping the tree);
* only regular files are drafts: a FIFO, socket or device named like a draft is
  skipped with a warning and never opened (opening a FIFO blocks);
* an unreadable folder is a problem for that folder, the walk goes on.

`problems`: a list to collect `UserError`s in (keep going); None raises the first.
Notices (skipped special files) go to the `postcheck` logger.
"""
from __future__ import annotations

import fnmatch
import glob
import logging
import os
import stat
from typing import TYPE_CHECKING

from .errors import UserError

if TYPE_CHECKING:
    import pathspec

log = logging.getLogger("postcheck.walk")

_SPECIAL = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
            stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


def _report(problems: list[UserError] | None, err: UserError) -> None:
    if problems is None:
        raise err
    problems.append(err)


def file_problem(path: str) -> UserError | None:
    """None when `path` is a regular file (or a link to one); else what it is, as a UserError."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path):
            return UserError("broken symbolic link", path, hint="fix or remove the link")
        return UserError("file not found", path, hint="check the path")
    except OSError as exc:
        return UserError(f"cannot read ({exc.strerror or exc})", path, hint="fix the path or the link")
    if stat.S_ISREG(st.st_mode):
        return None
    what = _SPECIAL.get(stat.S_IFMT(st.st_mode), "not a regular file")
    return UserError(f"not a draft file: {what}", path, hint="give a regular .txt, .md or .html file, or - for stdin")


def _regular_or_skip(path: str, problems: list[UserError] | None) -> bool:
    err = file_problem(path)
    if err is None:
        return True
    if err.message.startswith("not a draft file"):
        log.warning("%s: skipped, %s", path, err.message.split(": ", 1)[1])
    else:
        _report(problems, err)
    return False


def _gitignore(folder: str) -> pathspec.PathSpec | None:
    path = os.path.join(folder, ".gitignore")
    if not os.path.isfile(path):
        return None
    import pathspec   # only directory runs read .gitignore files: not imported at start-up

    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return pathspec.PathSpec.from_lines("gitignore", fh)
    except OSError:
        return None


def _excluded(rel: str, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel + "/", pat) for pat in exclude)


def excluded_by_config(path: str, config_path: str | None, exclude: tuple[str, ...]) -> bool:
    """True when `path` matches an `exclude` glob of its config, relative to the config's folder."""
    if not exclude or not config_path:
        return False
    base = os.path.dirname(os.path.abspath(config_path))
    rel = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    return not rel.startswith("../") and _excluded(rel, exclude)


def walk_dir(root: str, suffixes: tuple[str, ...], exclude: tuple[str, ...], skip_dirs: set[str],
             problems: list[UserError] | None = None) -> list[str]:
    out: list[str] = []
    specs: list[tuple[str, pathspec.PathSpec]] = []

    def unreadable(exc: OSError) -> None:
        _report(problems, UserError(f"cannot read folder ({exc.strerror or exc})", exc.filename or root,
                                    hint="make the folder readable, or exclude it"))

    for folder, dirs, files in os.walk(root, onerror=unreadable):   # followlinks=False: no loops
        spec = _gitignore(folder)
        if spec is not None:
            specs.append((folder, spec))

        def ignored(path: str, is_dir: bool) -> bool:
            for base, sp in specs:
                if path.startswith(base.rstrip(os.sep) + os.sep) or base == ".":
                    rel = os.path.relpath(path, base).replace(os.sep, "/")
                    if sp.match_file(rel + ("/" if is_dir else "")):
                        return True
            rel_root = os.path.relpath(path, root).replace(os.sep, "/")
            return _excluded(rel_root, exclude) or _excluded(path.replace(os.sep, "/"), exclude)

        # hidden folders (.cache, .github, .obsidian) are not walked; a hidden folder given as root is
        dirs[:] = sorted(d for d in dirs if d not in skip_dirs and not d.startswith(".")
                         and not ignored(os.path.join(folder, d), True))
        for name in sorted(files):
            if not name.lower().endswith(suffixes):
                continue
            path = os.path.join(folder, name)
            if not ignored(path, False) and _regular_or_skip(path, problems):
                out.append(path)
    return out


def glob_files(pattern: str, problems: list[UserError] | None = None) -> list[str]:
    """Regular files matching `pattern` (`**` = any folders), sorted; `**` never follows folder links."""
    if "**" not in pattern:
        return [m for m in sorted(glob.glob(pattern)) if not os.path.isdir(m) and _regular_or_skip(m, problems)]
    parts = pattern.replace(os.sep, "/").split("/")
    first = next(i for i, p in enumerate(parts) if glob.has_magic(p))
    base = "/".join(parts[:first]) or ("/" if pattern.startswith("/") else ".")
    rest = parts[first:]
    out = []
    for folder, dirs, files in os.walk(base):   # followlinks=False: a link loop is never entered
        rel = [] if folder == base else os.path.relpath(folder, base).replace(os.sep, "/").split("/")
        dirs.sort()
        for name in sorted(files):
            if _match(rest, rel + [name]):
                path = os.path.join(folder, name)
                path = path[2:] if base == "." and path.startswith("./") else path
                if _regular_or_skip(path, problems):
                    out.append(path)
    return sorted(out)


def _match(pat: list[str], parts: list[str]) -> bool:
    """Glob components against path components; `**` matches zero or more folders; hidden names need a '.'."""
    if not pat:
        return not parts
    if pat[0] == "**":
        return any(_match(pat[1:], parts[i:]) for i in range(len(parts) + 1)
                   if not any(p.startswith(".") for p in parts[:i]))
    if not parts:
        return False
    name = parts[0]
    if name.startswith(".") and not pat[0].startswith("."):
        return False
    return fnmatch.fnmatchcase(name, pat[0]) and _match(pat[1:], parts[1:])
