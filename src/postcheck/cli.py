"""The `postcheck` command: click commands over `api`. The only module that prints or exits.

UserError -> one line on stderr, exit 2. Verdicts -> exit 0/1 per --fail-on.
`postcheck PATH...` is the same as `postcheck check PATH...`.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_ERROR, EXIT_OK, UserError
from .cli_options import draft_options
from .termsafe import safe_terminal

FORMATS = ("text", "json", "sarif", "github", "html")


def _fail(message: str) -> None:
    click.echo(f"postcheck: error: {safe_terminal(' '.join(message.split()))}", err=True)
    sys.exit(EXIT_ERROR)


class DefaultGroup(click.Group):
    """A group whose default command is `check`, so `postcheck draft.md` works."""

    def main(self, args=None, prog_name=None, **extra):
        """Run with one-line errors: UserError and usage errors -> stderr, exit 2; never a traceback."""
        extra.pop("standalone_mode", None)
        _log_warnings()
        for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is written as its own bytes
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="surrogateescape")
        try:
            code = super().main(args=args, prog_name=prog_name or "postcheck", standalone_mode=False, **extra)
        except UserError as exc:
            _fail(str(exc))
        except click.ClickException as exc:
            _fail(f"{exc.format_message().rstrip('.')} (see 'postcheck --help')")
        except click.exceptions.Abort:
            _fail("aborted")
        except KeyboardInterrupt:
            click.echo("postcheck: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(EXIT_OK)
        except Exception as exc:  # a bug in postcheck: one line; the traceback only on request
            if os.environ.get("POSTCHECK_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {str(exc)[:200]} "
                  "(run with POSTCHECK_DEBUG=1 for details and report it)")
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            self._refuse_command_typo(args[0])
            args = ["check", *args]
        if not args:
            args = ["--help"]
        return super().parse_args(ctx, args)


    def _refuse_command_typo(self, word: str) -> None:
        """A word that is no path but close to a command (`pack`) is a typo'd subcommand, not a missing file."""
        import difflib
        import glob

        if word.startswith("-") or word == "-" or os.path.lexists(word) or glob.has_magic(word) \
                or "/" in word or os.sep in word or "." in word:
            return
        close = difflib.get_close_matches(word.lower(), list(self.commands), n=1, cutoff=0.6)
        if close:
            raise UserError(f"no such command '{word}'", hint=f"did you mean '{close[0]}'?")


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="postcheck")
def cli() -> None:
    """Check a draft post against your organisation's social-media policy before publishing."""


def _write_output(text: str, output: str | None, inputs: list[str]) -> None:
    if not output:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from .outfile import write_text
    write_text(output, text, inputs, "report")


def _check_targets(output: str | None, baseline: str | None, update_baseline: bool, files: list[str]) -> None:
    """Refuse, before the run, an --output or written --baseline that would destroy something."""
    from .outfile import check_target

    if output:
        check_target(output, files, "report")
    if baseline and (update_baseline or not os.path.lexists(baseline)):
        check_target(baseline, files, "baseline")
    if output and baseline and os.path.lexists(output) and os.path.lexists(baseline) \
            and os.path.samefile(output, baseline):
        raise UserError("--output and --baseline are the same file", output, hint="write the report to another file")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@draft_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(("review", "block", "never")), default=None,
              help="Exit 1 from this verdict on [default: review].")
@click.option("--output", metavar="FILE", help="Write the report here instead of stdout.")
@click.option("--no-color", is_flag=True, help="Plain text output (also NO_COLOR; FORCE_COLOR forces colour).")
@click.option("--quiet", "-q", is_flag=True, help="Text output: only the drafts that need action, and the summary.")
@click.option("--redact", is_flag=True, help="Mask matched personal text (names, numbers, addresses) in every output.")
@click.option("--ignore-suppressions", is_flag=True,
              help="Report findings that inline 'postcheck: allow' comments suppress.")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Only findings not in this baseline count; written first when it does not exist.")
@click.option("--update-baseline", is_flag=True, help="Rewrite the --baseline file from this run.")
@click.option("--lexicon", "lexicon_opts", multiple=True, metavar="SLOT=PATH",
              help="Add a private lexicon file to a slot (repeatable); also POSTCHECK_LEXICON_<SLOT>=PATH.")
@click.option("--force-exclude", is_flag=True,
              help="Apply the config's exclude globs to files named on the command line too (for hooks).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for many files (0 = one per core).")
@click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Time budget per draft (per MB for longer drafts); over it the draft is an error. "
                   "0 = no limit [default: 10].")
def check(paths, packs, config, channel, capacity, fmt, fail_on, output, no_color, quiet, redact, ignore_suppressions,
          baseline, update_baseline, lexicon_opts, force_exclude, jobs, timeout):
    """Check drafts (files, folders, globs, or - for stdin) and print a verdict for each.

    Each draft is checked with the nearest .postcheck.yaml above it (not above the current folder),
    unless --config names one for all.
    """
    from .api import check_groups
    from .config import ConfigCache, extra_lexicons

    configs = ConfigCache(config, packs=packs, channel=channel, capacity=capacity, fail_on=fail_on,
                          ignore_suppressions=ignore_suppressions, redact=redact, timeout=timeout,
                          lexicons=extra_lexicons(lexicon_opts, os.environ))
    problems: list[UserError] = []   # inputs that cannot be checked: reported at the end, exit 2
    groups = _grouped_files(paths, configs, force_exclude, problems)
    files = [f for _, fs in groups for f in fs]
    if force_exclude and not files and not problems:
        click.echo("postcheck: every file given is excluded by the config: nothing to check", err=True)
        sys.exit(EXIT_OK)
    if update_baseline and not baseline:
        raise UserError("--update-baseline needs --baseline FILE", hint="add --baseline .postcheck-baseline.json")
    _check_targets(output, baseline, update_baseline, files)
    jobs = jobs or os.cpu_count() or 1
    run_fail_on = _run_fail_on(fail_on, [s for s, _ in groups] or [configs.for_path(".")])
    with _progress(len(files)) as advance:
        report = check_groups(groups, run_fail_on, jobs=jobs, progress=advance, problems=problems,
                              baseline=Path(baseline) if baseline else None, update_baseline=update_baseline)
    if report.baseline_written is not None:
        click.echo(f"postcheck: wrote baseline {safe_terminal(baseline)} "
                   f"({report.baseline_written} finding(s) accepted as they are)", err=True)
    if report.files or not problems:
        _render(report, fmt, output, no_color, redact, files, quiet)
    for err in problems:
        click.echo(f"postcheck: error: {safe_terminal(' '.join(str(err).split()))}", err=True)
    sys.exit(EXIT_ERROR if problems else report.exit_code())


def _grouped_files(paths, configs, force_exclude: bool, problems: list[UserError]):
    """[(settings, files)] per distinct config, in order of first use; files found under each path with the
    exclude globs of that path's config, then dropped when their own config excludes them (explicit files
    only with --force-exclude, as ruff does)."""
    from .api import collect_paths
    from .walk import excluded_by_config

    groups: dict[int, tuple] = {}
    seen: set[str] = set()
    for raw in paths:
        walked = os.path.isdir(raw)
        for f in collect_paths([raw], configs.for_path(raw).exclude, problems):
            if f in seen:
                continue
            seen.add(f)
            settings = configs.for_path(f)
            if f != "-" and (walked or force_exclude) and excluded_by_config(f, settings.config_path, settings.exclude):
                continue
            if (walked or force_exclude) and f != "-" and \
                    os.path.realpath(f) in {p for files in settings.lexicons.values() for p in files}:
                continue   # the config's own lexicon files are not drafts
            groups.setdefault(id(settings), (settings, []))[1].append(f)
    return list(groups.values())


def _run_fail_on(option: str | None, settings) -> str:
    """--fail-on, else the configs' fail_on when they agree, else the strictest of them."""
    if option:
        return option
    levels = {s.fail_on for s in settings}
    return next(level for level in ("review", "block", "never") if level in levels)


def _colour_wanted(no_color: bool) -> bool | None:
    """True: colour forced (FORCE_COLOR, e.g. CI logs); False: plain (--no-color, NO_COLOR); None: if a terminal."""
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    return None


def _render(report, fmt: str, output: str | None, no_color: bool, redact: bool, files: list[str],
            quiet: bool = False) -> None:
    if fmt == "text":
        from rich.console import Console
        from .report import text as text_report

        colour = _colour_wanted(no_color)
        if output:
            import io
            buf = io.StringIO()
            text_report.render(report, Console(file=buf, no_color=True, width=100, highlight=False,
                                               force_terminal=False), redact, quiet=quiet)
            _write_output(buf.getvalue(), output, files)
        elif colour:
            console = Console(no_color=False, highlight=False, force_terminal=True,
                              width=None if sys.stdout.isatty() else 100, soft_wrap=not sys.stdout.isatty())
            text_report.render(report, console, redact, quiet=quiet)
        else:
            plain = colour is False or not sys.stdout.isatty()
            console = Console(no_color=plain, highlight=False, force_terminal=None if not plain else False,
                              width=None if not plain else 100, soft_wrap=plain)
            text_report.render(report, console, redact, quiet=quiet)
    else:
        from .report import render_machine
        _write_output(render_machine(fmt, report, redact), output, files)


def _progress(total: int):
    """A rich progress bar on stderr for runs over many files on a terminal; otherwise nothing."""
    from contextlib import contextmanager, nullcontext

    if total < 20 or not sys.stderr.isatty():
        return nullcontext()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    @contextmanager
    def bar():
        with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("postcheck", total=total)
            yield lambda n: progress.advance(task, n)
    return bar()


class _Echo(logging.Handler):
    """Log records from lower layers (the cache) as one 'postcheck: warning: ...' line on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"postcheck: warning: {safe_terminal(' '.join(record.getMessage().split()))}", err=True)


def _log_warnings() -> None:
    logger = logging.getLogger("postcheck")
    if not any(isinstance(h, _Echo) for h in logger.handlers):
        logger.addHandler(_Echo())
        logger.propagate = False


def _register() -> None:
    from .cli_tools import cache_group, explain, init, packs
    from .cli_web import fix, serve

    for command in (fix, serve, packs, explain, init, cache_group):
        cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="postcheck")
