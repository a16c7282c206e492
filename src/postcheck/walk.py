"""Directory runs: recurse in a stable order, skip what .gitignore and `exclude` say."""
from __future__ import annotations

import fnmatch
import os

import pathspec


def _gitignore(folder: str) -> pathspec.PathSpec | None:
    path = os.path.join(folder, ".gitignore")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as fh:
        return pathspec.PathSpec.from_lines("gitignore", fh)


def _excluded(rel: str, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel + "/", pat) for pat in exclude)


def walk_dir(root: str, suffixes: tuple[str, ...], exclude: tuple[str, ...], skip_dirs: set[str]) -> list[str]:
    out: list[str] = []
    specs: list[tuple[str, pathspec.PathSpec]] = []
    for folder, dirs, files in os.walk(root):
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

        dirs[:] = sorted(d for d in dirs if d not in skip_dirs and not ignored(os.path.join(folder, d), True))
        for name in sorted(files):
            if not name.lower().endswith(suffixes):
                continue
            path = os.path.join(folder, name)
            if not ignored(path, False):
                out.append(path)
    return out
