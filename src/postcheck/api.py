"""The whole flow as a short list of calls: config -> packs -> drafts -> engine -> report.

The CLI and the tests both call `check_paths`. Nothing here prints or exits.
"""
from __future__ import annotations

import gc
import glob
import itertools
import os
import re
import warnings
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .config import Settings
from .drafts.read import Draft, load_draft, parse_draft
from .engine import Engine
from .errors import UserError
from .model import CheckedDraft, RunReport
from .packs.load import check_packs_trusted, load_pack
from .packs.model import Pack
from .fingerprint import all_fingerprints, run_key
from .verdict import summarise

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}


def load_packs(settings: Settings) -> list[Pack]:
    if not settings.trust_packs:
        check_packs_trusted(settings.packs, settings.pack_base)
    packs = [load_pack(ref, settings.pack_base) for ref in settings.packs]
    names = [p.name for p in packs]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise UserError(f"pack '{dup}' is given twice", hint="give each pack once")
    return packs


def build_engine(settings: Settings, extra_lexicons: dict[str, tuple[str, ...]] | None = None) -> Engine:
    """The packs of `settings` loaded and compiled into one engine.

    The cyclic garbage collector is paused meanwhile: building allocates hundreds of thousands
    of long-lived objects (pack YAML, word lists, cue and lexicon tables, spaCy's vocabulary)
    and no garbage cycles, yet each full collection on the way would walk all of them (measured:
    a fifth of a cold start with the default pack)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        packs = load_packs(settings)
        check_disabled(settings, packs)
        return Engine(packs, settings, extra_lexicons)
    finally:
        if enabled:
            gc.enable()


def check_disabled(settings: Settings, packs: Sequence[Pack]) -> None:
    """Every `disable:` id names a rule of the loaded packs (full id or rule id); a typo is an error."""
    import difflib

    ids = [r.id for p in packs for r in p.rules]
    known = set(ids) | {r.local_id for p in packs for r in p.rules}
    for rule_id in settings.disable:
        if rule_id in known:
            continue
        close = difflib.get_close_matches(rule_id, ids, n=1, cutoff=0.6)
        raise UserError(f"disable: no rule '{rule_id}' in the packs used ({', '.join(p.name for p in packs)})",
                        settings.config_path, hint=(f"did you mean '{close[0]}'? " if close else "")
                        + "copy the id from 'postcheck packs show NAME'")


def collect_paths(paths: Iterable[str], exclude: Iterable[str] = (),
                  problems: list[UserError] | None = None) -> list[str]:
    """Files as given; directories recursed (draft types only, .gitignore and `exclude` respected); globs expanded.

    With `problems` (a list), a missing, unreadable or special path is recorded there and the
    others are still collected; without it, the first one raises.
    """
    from .walk import file_problem, glob_files, walk_dir

    out: list[str] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
        elif os.path.isdir(raw):
            out.extend(walk_dir(raw, DRAFT_SUFFIXES, tuple(exclude), SKIP_DIRS, problems))
        elif os.path.lexists(raw) or not glob.has_magic(raw):
            err = file_problem(raw)   # a FIFO or device given by name is refused, never opened
            if err is None:
                out.append(raw)
            else:
                _record(problems, err)
        else:
            matches = glob_files(raw, problems)
            if not matches:
                _record(problems, UserError(f"no files match '{raw}'",
                                            hint="check the pattern, or quote it so the shell does not expand it"))
            out.extend(matches)
    return list(dict.fromkeys(out))


def _record(problems: list[UserError] | None, err: UserError) -> None:
    if problems is None:
        raise err
    problems.append(err)


def read_drafts(paths: list[str], problems: list[UserError] | None = None) -> Iterator[Draft]:
    """The drafts that can be read; with `problems`, the others are recorded there (keep going)."""
    for path in paths:
        try:
            draft = load_draft(path)
        except UserError as err:
            _record(problems, err)
            continue
        yield draft


def _check_each(engine: Engine, drafts: Iterator[Draft], problems: list[UserError] | None) -> Iterator[CheckedDraft]:
    """engine.check, but a draft the engine refuses (e.g. bad front matter) is recorded and the rest still checked."""
    if problems is None:
        yield from engine.check(drafts)
        return
    retry: list[Draft] = []
    while True:
        pulled: deque[Draft] = deque()   # given to the engine, report not yet back (reports come in order)

        def feed(first: list[Draft] = retry, pulled: deque[Draft] = pulled) -> Iterator[Draft]:
            for d in itertools.chain(first, drafts):
                pulled.append(d)
                yield d
        try:
            for report in engine.check(feed()):
                pulled.popleft()
                yield report
            return
        except UserError as err:
            failed = [d for d in pulled if d.path == err.path]
            if not failed:
                raise
            pulled.remove(failed[-1])
            problems.append(err)
            retry = list(pulled)


_WORKER_ENGINE: Engine | None = None


def _check_chunk(paths: list[str]) -> tuple[list[CheckedDraft], list[UserError]]:
    assert _WORKER_ENGINE is not None
    problems: list[UserError] = []
    reports = list(_check_each(_WORKER_ENGINE, read_drafts(paths, problems), problems))
    return reports, problems


def _worker_died(paths: list[str]) -> list[UserError]:
    return [UserError("not checked: the worker process stopped (killed, or out of memory)", p,
                      hint="check this file alone, or run without --jobs") for p in paths]


def _check_files(engine: Engine, files: list[str], jobs: int, progress: Callable[[int], None] | None,
                 problems: list[UserError] | None) -> Iterator[CheckedDraft]:
    """CheckedDrafts in the order of `files`; with jobs > 1, forked workers share the built engine."""
    if jobs <= 1 or len(files) < 2 or not _can_fork():
        for report in _check_each(engine, read_drafts(files, problems), problems):
            if progress:
                progress(1)
            yield report
        return
    global _WORKER_ENGINE
    engine.warm()
    _WORKER_ENGINE = engine  # inherited by the forked workers: no second pipeline build
    size = max(1, min(16, len(files) // (jobs * 4)))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    for chunk, outcome in _run_chunks(chunks, jobs):
        if outcome is None:   # its worker died: say so for each file, never hang or skip silently
            for err in _worker_died(chunk):
                _record(problems, err)
            continue
        reports, errs = outcome
        for err in errs:
            _record(problems, err)
        if progress:
            progress(len(chunk))
        yield from reports


def _can_fork() -> bool:
    import multiprocessing as mp   # here, not at the top: a run with one worker never needs it (start-up)

    return "fork" in mp.get_all_start_methods()


def _run_chunks(chunks: list[list[str]], jobs: int) -> Iterator[tuple[list[str], tuple | None]]:
    """(chunk, (reports, problems)) in order; None for a chunk whose worker died.

    After a worker dies, the chunks not finished yet run one at a time, each in a fresh
    one-worker pool, so only the chunk that kills its worker is reported as not checked.
    """
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("fork")
    done: dict[int, tuple] = {}
    with ProcessPoolExecutor(jobs, mp_context=ctx) as pool:
        futures = [pool.submit(_check_chunk, c) for c in chunks]
        broken = False
        for i, fut in enumerate(futures):
            try:
                done[i] = fut.result()
            except BrokenProcessPool:
                broken = True
                break
            yield chunks[i], done[i]
    if not broken:
        return
    for i, fut in enumerate(futures):
        if i in done:
            continue
        if fut.done() and not fut.cancelled() and fut.exception() is None:
            yield chunks[i], fut.result()
            continue
        with ProcessPoolExecutor(1, mp_context=ctx) as single:
            try:
                yield chunks[i], single.submit(_check_chunk, chunks[i]).result()
            except BrokenProcessPool:
                yield chunks[i], None


def check_paths(paths: Iterable[str], settings: Settings, engine: Engine | None = None, *, jobs: int = 1,
                progress: Callable[[int], None] | None = None, files: list[str] | None = None,
                baseline: Path | None = None, update_baseline: bool = False,
                problems: list[UserError] | None = None) -> RunReport:
    """Check every draft; with `baseline`, only findings it does not know count (written first when asked
    or missing). With `problems` (a list) an input that fails is recorded there and the rest still checked
    (the CLI then exits 2); without it the first failure raises."""
    files = files if files is not None else collect_paths(paths, settings.exclude, problems)
    if not files:
        if problems:
            return RunReport((), settings.fail_on, {})
        raise UserError("no drafts to check", hint=f"give a file or a folder with {', '.join(DRAFT_SUFFIXES)} files")
    if update_baseline and baseline is None:
        raise UserError("--update-baseline needs --baseline FILE", hint="add --baseline .postcheck-baseline.json")
    engine = engine or build_engine(settings)
    checked = list(_check_files(engine, files, jobs, progress, problems))
    if baseline is None:
        prints = all_fingerprints(checked, run_key())
        return _run_report(checked, prints, engine, settings)
    checked, prints, written = _with_baseline(checked, Path(baseline), update_baseline, files, problems)
    return _run_report(checked, prints, engine, settings, written)


def check_groups(groups: Sequence[tuple[Settings, list[str]]], fail_on: str, *, jobs: int = 1,
                 progress: Callable[[int], None] | None = None, baseline: Path | None = None,
                 update_baseline: bool = False, problems: list[UserError] | None = None) -> RunReport:
    """Drafts grouped by the config that governs them (one engine per group), reported in the given order.

    `groups` is (settings, files) per distinct config; the report lists the files in the order of the
    groups' files interleaved as `order` gives them (the order of the first appearance of each file).
    """
    order = [f for _, files in groups for f in files]
    if not order:
        if problems:
            return RunReport((), fail_on, {})
        raise UserError("no drafts to check", hint=f"give a file or a folder with {', '.join(DRAFT_SUFFIXES)} files")
    if update_baseline and baseline is None:
        raise UserError("--update-baseline needs --baseline FILE", hint="add --baseline .postcheck-baseline.json")
    rank = {f: i for i, f in enumerate(order)}
    rows: list[tuple[int, CheckedDraft, Engine, Settings]] = []
    rules: dict = {}
    for settings, files in groups:
        engine = build_engine(settings)
        rules.update({r.id: r for r in engine.rules})
        for c in _check_files(engine, files, jobs, progress, problems):
            rows.append((rank.get(c.path, len(rank)), c, engine, settings))
    rows.sort(key=lambda row: row[0])
    checked = [c for _, c, _, _ in rows]
    written = None
    if baseline is None:
        prints = all_fingerprints(checked, run_key())
    else:
        checked, prints, written = _with_baseline(checked, Path(baseline), update_baseline, order, problems)
    out = []
    for (_, _, engine, settings), c, fps in zip(rows, checked, prints, strict=True):
        fr = summarise(c, engine.packs, fps)
        out.append(replace(fr, config=settings.config_path or ""))
    return RunReport(tuple(out), fail_on, rules, written)


def _with_baseline(checked: list[CheckedDraft], path: Path, update: bool, files: Sequence[str],
                   problems: list[UserError] | None):
    """Write the baseline when asked or missing; then keep only findings it does not know.

    Returns the kept drafts, their fingerprints, and how many findings a written baseline accepted (else None).
    A run where some input could not be checked writes no baseline: those files' findings would all look
    new next time.
    """
    from .baseline import apply_baseline, existing_salt, load_baseline, write_baseline
    from .fingerprint import new_salt

    written = None
    if (update or not path.exists()) and problems:
        problems.append(UserError("baseline not written: not every draft could be checked", str(path),
                                  hint="fix the inputs above and run again"))
        if not path.exists():
            return checked, all_fingerprints(checked, run_key()), None
    elif update or not path.exists():
        salt = existing_salt(path) or new_salt()
        write_baseline(path, checked, all_fingerprints(checked, run_key(salt)), salt, files)
        written = sum(len(c.findings) for c in checked)
    baseline = load_baseline(path)
    kept, prints = apply_baseline(checked, all_fingerprints(checked, run_key(baseline.salt)), baseline.known)
    return kept, prints, written


def _run_report(checked: Sequence[CheckedDraft], prints: Sequence[Sequence[str]], engine: Engine,
                settings: Settings, baseline_written: int | None = None) -> RunReport:
    """The summary of every draft (verdict, advice, contacts), made once, after suppressions and baseline."""
    files = tuple(replace(summarise(c, engine.packs, fps), config=settings.config_path or "")
                  for c, fps in zip(checked, prints, strict=True))
    return RunReport(files, settings.fail_on, {r.id: r for r in engine.rules}, baseline_written)


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


def check_drafts(engine: Engine, drafts: Iterable[Draft], fail_on: str = "review", channel: str | None = None,
                 capacity: str | None = None) -> RunReport:
    """Drafts already read, checked and summarised (no baseline): for tests, benchmarks and the web service."""
    checked = list(engine.check(drafts, channel, capacity))
    prints = all_fingerprints(checked, run_key())
    files = tuple(summarise(c, engine.packs, fps) for c, fps in zip(checked, prints, strict=True))
    return RunReport(files, fail_on, {r.id: r for r in engine.rules})


def check_text(text: str, settings: Settings, path: str = "-", fmt: str = "markdown",
               engine: Engine | None = None) -> RunReport:
    engine = engine or build_engine(settings)
    draft = parse_draft(path, _without_surrogates(text, path).encode("utf-8"), fmt)
    return check_drafts(engine, [draft], settings.fail_on)
