"""The whole flow as a short list of calls: config -> packs -> drafts -> engine -> report.

The CLI and the tests both call `check_paths`. Nothing here prints or exits.
"""
from __future__ import annotations

import glob
import multiprocessing as mp
import os
import re
import warnings
from typing import Callable, Iterable, Iterator

from .config import Settings
from .drafts.read import Draft, load_draft, parse_draft
from .engine import Engine
from .errors import UserError
from .model import RunReport
from .packs.load import load_pack
from .packs.model import Pack

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


def load_packs(settings: Settings) -> list[Pack]:
    packs = [load_pack(ref, settings.pack_base) for ref in settings.packs]
    names = [p.name for p in packs]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise UserError(f"pack '{dup}' is given twice", hint="give each pack once")
    return packs


def build_engine(settings: Settings, extra_lexicons: dict[str, tuple[str, ...]] | None = None) -> Engine:
    return Engine(load_packs(settings), settings, extra_lexicons)


def collect_paths(paths: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Files as given; directories recursed (draft types only, .gitignore and `exclude` respected); globs expanded."""
    from .walk import walk_dir

    out: list[str] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
        elif os.path.isdir(raw):
            out.extend(walk_dir(raw, DRAFT_SUFFIXES, tuple(exclude), SKIP_DIRS))
        elif os.path.exists(raw) or not glob.has_magic(raw):
            out.append(raw)
        else:
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise UserError(f"no files match '{raw}'", hint="check the pattern, or quote it so the shell does not expand it")
            out.extend(m for m in matches if os.path.isfile(m))
    return list(dict.fromkeys(out))


def read_drafts(paths: list[str]) -> Iterator[Draft]:
    for path in paths:
        yield load_draft(path)


_WORKER_ENGINE: Engine | None = None


def _check_chunk(paths: list[str]) -> list:
    assert _WORKER_ENGINE is not None
    return list(_WORKER_ENGINE.check(read_drafts(paths)))


def _check_files(engine: Engine, files: list[str], jobs: int, progress: Callable[[int], None] | None) -> Iterator:
    """FileReports in the order of `files`; with jobs > 1, forked workers share the built engine."""
    if jobs <= 1 or len(files) < 2 or "fork" not in mp.get_all_start_methods():
        for report in engine.check(read_drafts(files)):
            if progress:
                progress(1)
            yield report
        return
    global _WORKER_ENGINE
    engine.warm()
    _WORKER_ENGINE = engine  # inherited by the forked workers: no second pipeline build
    size = max(1, min(16, len(files) // (jobs * 4)))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    with mp.get_context("fork").Pool(jobs) as pool:
        for reports in pool.imap(_check_chunk, chunks):
            if progress:
                progress(len(reports))
            yield from reports


def check_paths(paths: Iterable[str], settings: Settings, engine: Engine | None = None, *, jobs: int = 1,
                progress: Callable[[int], None] | None = None, files: list[str] | None = None) -> RunReport:
    files = files if files is not None else collect_paths(paths, settings.exclude)
    if not files:
        raise UserError("no drafts to check", hint=f"give a file or a folder with {', '.join(DRAFT_SUFFIXES)} files")
    engine = engine or build_engine(settings)
    reports = tuple(_check_files(engine, files, jobs, progress))
    return RunReport(reports, settings.fail_on, {r.id: r for r in engine.rules})


_SURROGATE = re.compile("[\ud800-\udfff]")


class InputNotice(UserWarning):
    """Something in the input was changed to be checkable (e.g. a lone surrogate replaced)."""


def _without_surrogates(text: str, path: str) -> str:
    """Lone surrogates (no UTF-8 form) replaced by U+FFFD, with a located notice (a warning) for the first."""
    first = _SURROGATE.search(text)
    if first is None:
        return text
    from .text.offsets import LineIndex
    line, col = LineIndex(text).line_col(first.start())
    count = len(_SURROGATE.findall(text))
    warnings.warn(InputNotice(f"{path}:{line}:{col}: {count} lone surrogate(s) replaced by U+FFFD"), stacklevel=3)
    return _SURROGATE.sub("\ufffd", text)


def check_text(text: str, settings: Settings, path: str = "-", fmt: str = "markdown",
               engine: Engine | None = None) -> RunReport:
    engine = engine or build_engine(settings)
    draft = parse_draft(path, _without_surrogates(text, path).encode("utf-8"), fmt)
    return RunReport(tuple(engine.check([draft])), settings.fail_on, {r.id: r for r in engine.rules})
