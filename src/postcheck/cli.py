"""The `postcheck` command: click commands over `api`. The only module that prints or exits.

UserError -> one line on stderr, exit 2. Verdicts -> exit 0/1 per --fail-on.
`postcheck PATH...` is the same as `postcheck check PATH...`.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_ERROR, EXIT_FAIL, EXIT_OK, UserError
from .model import CAPACITIES, CHANNELS

FORMATS = ("text", "json", "sarif", "github", "html")


def _fail(message: str) -> None:
    click.echo(f"postcheck: error: {' '.join(message.split())}", err=True)
    sys.exit(EXIT_ERROR)


class DefaultGroup(click.Group):
    """A group whose default command is `check`, so `postcheck draft.md` works."""

    def main(self, args=None, prog_name=None, **extra):
        """Run with one-line errors: UserError and usage errors -> stderr, exit 2; never a traceback."""
        extra.pop("standalone_mode", None)
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
            args = ["check", *args]
        if not args:
            args = ["--help"]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="postcheck")
def cli() -> None:
    """Check a draft post against your organisation's social-media policy before publishing."""


def _write_output(text: str, output: str | None) -> None:
    if not output:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"cannot write report: {exc.strerror}", output) from None


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--pack", "packs", multiple=True, metavar="NAME_OR_PATH",
              help="Pack to use (repeatable); replaces the configured packs.")
@click.option("--config", metavar="FILE", help="Use this config instead of discovering .postcheck.yaml.")
@click.option("--channel", type=click.Choice(CHANNELS), help="Where the post goes.")
@click.option("--capacity", type=click.Choice(CAPACITIES),
              help="personal (own account) or official (for the organisation).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(("review", "block", "never")), default=None,
              help="Exit 1 from this verdict on [default: review].")
@click.option("--output", metavar="FILE", help="Write the report here instead of stdout.")
@click.option("--no-color", is_flag=True, help="Plain text output.")
@click.option("--redact", is_flag=True, help="Mask matched personal text (names, numbers, addresses) in every output.")
@click.option("--ignore-suppressions", is_flag=True,
              help="Report findings that inline 'postcheck: allow' comments suppress.")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Only findings not in this baseline count; written first when it does not exist.")
@click.option("--update-baseline", is_flag=True, help="Rewrite the --baseline file from this run.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes for many files (0 = one per core).")
def check(paths, packs, config, channel, capacity, fmt, fail_on, output, no_color, redact, ignore_suppressions,
          baseline, update_baseline, jobs):
    """Check drafts (files, folders, globs, or - for stdin) and print a verdict for each."""
    from .api import check_paths, collect_paths
    from .config import settings_for

    settings = settings_for(config, Path.cwd(), packs=packs, channel=channel, capacity=capacity,
                            fail_on=fail_on, ignore_suppressions=ignore_suppressions, redact=redact)
    files = collect_paths(paths, settings.exclude)
    jobs = jobs or os.cpu_count() or 1
    with _progress(len(files)) as advance:
        report = check_paths(paths, settings, jobs=jobs, progress=advance, files=files,
                             baseline=Path(baseline) if baseline else None, update_baseline=update_baseline)
    if report.baseline_written is not None:
        click.echo(f"postcheck: wrote baseline {Path(baseline)} "
                   f"({report.baseline_written} finding(s) accepted as they are)", err=True)
    if fmt == "text":
        from rich.console import Console
        from .report import text as text_report

        plain = no_color or bool(output) or not sys.stdout.isatty() or "NO_COLOR" in os.environ
        if output:
            import io
            buf = io.StringIO()
            text_report.render(report, Console(file=buf, no_color=True, width=100, highlight=False,
                                               force_terminal=False), redact)
            _write_output(buf.getvalue(), output)
        else:
            console = Console(no_color=plain, highlight=False, force_terminal=None if not plain else False,
                              width=None if not plain else 100, soft_wrap=plain)
            text_report.render(report, console, redact)
    else:
        from .report import render_machine
        _write_output(render_machine(fmt, report, redact), output)
    sys.exit(report.exit_code())


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


@cli.group()
def packs() -> None:
    """List, show, validate and test rule packs."""


@packs.command("list")
def packs_list():
    """Built-in and configured packs, with version and rule count."""
    from .config import settings_for
    from .packs.load import builtin_packs, load_pack

    settings = settings_for(None, Path.cwd())
    refs = list(builtin_packs()) + [r for r in settings.packs if r not in builtin_packs()]
    loaded = [(ref, load_pack(ref, settings.pack_base)) for ref in refs]
    width = max([12] + [len(p.name) for _, p in loaded])
    for ref, pack in loaded:
        mark = "*" if ref in settings.packs else " "
        click.echo(f"{mark} {pack.name:<{width}} {pack.version:<8} {len(pack.rules):>3} rules  "
                   f"{pack.description.splitlines()[0] if pack.description else ''}")
    click.echo("* = used by default here" + (f" ({settings.config_path})" if settings.config_path else ""))


@packs.command("show")
@click.argument("name")
def packs_show(name):
    """The pack's rules, contacts and lexicon slots."""
    from .packs.load import load_pack

    pack = load_pack(name)
    extends = f" extends {', '.join(pack.extends)}" if pack.extends else ""
    click.echo(f"{pack.name} {pack.version} ({pack.language}){extends}")
    if pack.description:
        click.echo(pack.description.strip())
    click.echo("\nContacts:")
    for c in pack.contacts:
        click.echo(f"  {c.id}: {c.role}" + "".join(f", {x}" for x in (c.name, c.phone, c.email) if x))
    click.echo("\nLexicon slots:")
    for slot in pack.slots.values():
        if slot.name.startswith("rule:"):
            continue
        # never print entries: lexicons can be confidential
        n = len(slot.entries) + len(slot.files)
        click.echo(f"  {slot.name} ({slot.kind}): {len(slot.files)} file(s), "
                   f"{len(slot.entries)} inline entr{'y' if n == 1 else 'ies'}")
    click.echo("\nRules:")
    for r in pack.rules:
        click.echo(f"  {r.id:<36} {r.severity.value:<6} {r.category:<14} {r.kind}")


@packs.command("validate")
@click.argument("paths", nargs=-1, required=True)
def packs_validate(paths):
    """Schema and semantic check of pack files; lists every problem. Exit 0 or 2."""
    from .packs.load import resolve_pack, validate_pack_file

    failed = 0
    for ref in paths:
        path = resolve_pack(ref)
        pack, problems = validate_pack_file(path)
        if problems:
            failed += 1
            for p in problems:
                click.echo(str(p), err=True)
        else:
            click.echo(f"{ref}: ok ({len(pack.rules)} rules)")
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


@packs.command("test")
@click.argument("paths", nargs=-1, required=True)
@click.option("-v", "--verbose", is_flag=True, help="List passing examples too.")
def packs_test(paths, verbose):
    """Run the examples a pack carries. Exit 0 when all pass, 1 otherwise."""
    from .packs.load import load_pack
    from .packtest import test_pack

    total = failed = 0
    for ref in paths:
        pack = load_pack(ref)
        outcomes = test_pack(pack)
        for o in outcomes:
            total += 1
            where = f"{os.path.relpath(pack.path)}:{o.line}" if o.line else pack.name
            label = f"{o.rule or 'example'} {o.case}#{o.index}"
            if not o.ok:
                failed += 1
                click.echo(f"FAIL {where}: {label}: {o.detail}")
            elif verbose:
                click.echo(f"ok   {where}: {label}")
    click.echo(f"{total - failed} passed, {failed} failed")
    sys.exit(EXIT_FAIL if failed else EXIT_OK)


@cli.command()
@click.argument("rule_id")
@click.option("--pack", "packs", multiple=True, metavar="NAME_OR_PATH",
              help="Look in these packs (default: all built-in and configured packs).")
def explain(rule_id, packs):
    """What a rule checks, why (the policy text) and how to fix it."""
    from .explain import explain_rule

    click.echo(explain_rule(rule_id, packs))


@cli.command()
@click.option("--org", default=None, help="Organisation name for the starter pack.")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def init(org, force):
    """Scaffold a .postcheck.yaml and a starter pack extending 'basis'."""
    from .scaffold import scaffold

    for path in scaffold(Path.cwd(), org, force):
        click.echo(f"created {path}")


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="postcheck")
