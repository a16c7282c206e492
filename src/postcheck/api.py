"""The whole flow as a short list of calls: config -> packs -> drafts -> engine -> report.

The CLI and the tests both call `check_paths`. Nothing here prints or exits.
"""
from __future__ import annotations

import glob
import multiprocessing as mp
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .config import Settings
from .drafts.read import Draft, load_draft, parse_draft
from .engine import Engine
from .errors import UserError
from .model import CheckedDraft, RunReport
from .packs.load import load_pack
from .packs.model import Pack
from .fingerprint import all_fingerprints, run_key
from .verdict import summarise

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
                raise UserError(f"no files match '{raw}'",
                                hint="check the pattern, or quote it so the shell does not expand it")
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
    """CheckedDrafts in the order of `files`; with jobs > 1, forked workers share the built engine."""
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
                progress: Callable[[int], None] | None = None, files: list[str] | None = None,
                baseline: Path | None = None, update_baseline: bool = False) -> RunReport:
    """Check drafts; with `baseline`, only findings it does not know count (written first when asked or missing)."""
    files = files if files is not None else collect_paths(paths, settings.exclude)
    if not files:
        raise UserError("no drafts to check", hint=f"give a file or a folder with {', '.join(DRAFT_SUFFIXES)} files")
    if update_baseline and baseline is None:
        raise UserError("--update-baseline needs --baseline FILE", hint="add --baseline .postcheck-baseline.json")
    engine = engine or build_engine(settings)
    checked = list(_check_files(engine, files, jobs, progress))
    if baseline is None:
        prints = all_fingerprints(checked, run_key())
        return _run_report(checked, prints, engine, settings)
    checked, prints, written = _with_baseline(checked, Path(baseline), update_baseline)
    return _run_report(checked, prints, engine, settings, written)


def _with_baseline(checked: list[CheckedDraft], path: Path, update: bool):
    """Write the baseline when asked or missing; then keep only findings it does not know.

    Returns the kept drafts, their fingerprints, and how many findings a written baseline accepted (else None).
    """
    from .baseline import apply_baseline, existing_salt, load_baseline, write_baseline
    from .fingerprint import new_salt

    written = None
    if update or not path.exists():
        salt = existing_salt(path) or new_salt()
        write_baseline(path, checked, all_fingerprints(checked, run_key(salt)), salt)
        written = sum(len(c.findings) for c in checked)
    baseline = load_baseline(path)
    kept, prints = apply_baseline(checked, all_fingerprints(checked, run_key(baseline.salt)), baseline.known)
    return kept, prints, written


def _run_report(checked: Sequence[CheckedDraft], prints: Sequence[Sequence[str]], engine: Engine,
                settings: Settings, baseline_written: int | None = None) -> RunReport:
    """The summary of every draft (verdict, advice, contacts), made once, after suppressions and baseline."""
    files = tuple(summarise(c, engine.packs, fps) for c, fps in zip(checked, prints, strict=True))
    return RunReport(files, settings.fail_on, {r.id: r for r in engine.rules}, baseline_written)


def check_text(text: str, settings: Settings, path: str = "-", fmt: str = "markdown",
               engine: Engine | None = None) -> RunReport:
    engine = engine or build_engine(settings)
    draft = parse_draft(path, text.encode("utf-8"), fmt)
    checked = list(engine.check([draft]))
    return _run_report(checked, all_fingerprints(checked, run_key()), engine, settings)
