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
from .errors import EXIT_ERROR, EXIT_FAIL, EXIT_OK, UserError
from .model import CAPACITIES, CHANNELS
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
            args = ["check", *args]
        if not args:
            args = ["--help"]
        return super().parse_args(ctx, args)


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
@click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Time budget per draft (per MB for longer drafts); over it the draft is an error. "
                   "0 = no limit [default: 10].")
def check(paths, packs, config, channel, capacity, fmt, fail_on, output, no_color, redact, ignore_suppressions,
          baseline, update_baseline, jobs, timeout):
    """Check drafts (files, folders, globs, or - for stdin) and print a verdict for each."""
    from .api import check_paths, collect_paths
    from .config import settings_for

    settings = settings_for(config, Path.cwd(), packs=packs, channel=channel, capacity=capacity,
                            fail_on=fail_on, ignore_suppressions=ignore_suppressions, redact=redact, timeout=timeout)
    problems: list[UserError] = []   # inputs that cannot be checked: reported at the end, exit 2
    files = collect_paths(paths, settings.exclude, problems)
    if update_baseline and not baseline:
        raise UserError("--update-baseline needs --baseline FILE", hint="add --baseline .postcheck-baseline.json")
    _check_targets(output, baseline, update_baseline, files)
    jobs = jobs or os.cpu_count() or 1
    with _progress(len(files)) as advance:
        report = check_paths(paths, settings, jobs=jobs, progress=advance, files=files, problems=problems,
                             baseline=Path(baseline) if baseline else None, update_baseline=update_baseline)
    if report.baseline_written is not None:
        click.echo(f"postcheck: wrote baseline {safe_terminal(baseline)} "
                   f"({report.baseline_written} finding(s) accepted as they are)", err=True)
    if report.files or not problems:
        _render(report, fmt, output, no_color, redact, files)
    for err in problems:
        click.echo(f"postcheck: error: {safe_terminal(' '.join(str(err).split()))}", err=True)
    sys.exit(EXIT_ERROR if problems else report.exit_code())


def _render(report, fmt: str, output: str | None, no_color: bool, redact: bool, files: list[str]) -> None:
    if fmt == "text":
        from rich.console import Console
        from .report import text as text_report

        plain = no_color or bool(output) or not sys.stdout.isatty() or "NO_COLOR" in os.environ
        if output:
            import io
            buf = io.StringIO()
            text_report.render(report, Console(file=buf, no_color=True, width=100, highlight=False,
                                               force_terminal=False), redact)
            _write_output(buf.getvalue(), output, files)
        else:
            console = Console(no_color=plain, highlight=False, force_terminal=None if not plain else False,
                              width=None if not plain else 100, soft_wrap=plain)
            text_report.render(report, console, redact)
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


@cli.command()
@click.argument("path")
@click.option("--pack", "packs", multiple=True, metavar="NAME_OR_PATH",
              help="Pack to use (repeatable); replaces the configured packs.")
@click.option("--config", metavar="FILE", help="Use this config instead of discovering .postcheck.yaml.")
@click.option("--channel", type=click.Choice(CHANNELS), help="Where the post goes.")
@click.option("--capacity", type=click.Choice(CAPACITIES),
              help="personal (own account) or official (for the organisation).")
@click.option("--diff", "as_diff", is_flag=True, help="Print a unified diff instead of the fixed draft.")
@click.option("--write", is_flag=True, help="Replace the file with the fixed draft (atomically).")
@click.option("--fail-on", type=click.Choice(("review", "block", "never")), default=None,
              help="Exit 1 when the fixed draft still reaches this verdict [default: review].")
def fix(path, packs, config, channel, capacity, as_diff, write, fail_on):
    """Apply the packs' safe fixes (names replaced, numbers removed, statement added) to one draft.

    Prints the fixed draft (or a diff with --diff); the file is changed only with --write.
    What no mechanical fix removes is listed on stderr.
    """
    from .api import build_engine
    from .config import settings_for
    from .drafts.read import load_draft
    from .fix import fix_draft

    if write and path == "-":
        raise UserError("--write needs a file, not standard input", hint="give the draft's path")
    settings = settings_for(config, Path.cwd(), packs=packs, channel=channel, capacity=capacity, fail_on=fail_on)
    draft = load_draft(path)
    result = fix_draft(build_engine(settings), draft)
    if as_diff:
        import difflib
        sys.stdout.writelines(difflib.unified_diff(result.original.splitlines(keepends=True),
                                                   result.fixed.splitlines(keepends=True), path, f"{path} (aangepast)"))
    elif not write:
        sys.stdout.write(result.fixed)
    if write and result.changed:
        _replace_draft(Path(path), result.fixed)
    _fix_summary(result, path, write)
    level = settings.fail_on
    failed = level != "never" and result.after.verdict.rank >= {"review": 1, "block": 2}[level]
    sys.exit(EXIT_FAIL if failed else EXIT_OK)


def _fix_summary(result, path: str, written: bool) -> None:
    n = len(result.applied)
    where = f"{path} aangepast" if written and result.changed else "niets geschreven" if written else ""
    click.echo(f"postcheck: {n} aanpassing(en); oordeel na aanpassen: {result.after.verdict.label}"
               + (f" ({where})" if where else ""), err=True)
    for f in result.unfixable:
        click.echo(f"  geen automatische oplossing: regel {f.line}: {f.message}", err=True)


def _replace_draft(target: Path, text: str) -> None:
    """Atomic replace of a regular file: temp file beside it, same mode, BOM kept, then rename."""
    if target.is_symlink() or not target.is_file():
        raise UserError("--write only replaces a regular file", str(target), hint="write to a copy instead")
    import tempfile

    had_bom = target.read_bytes()[:3] == b"\xef\xbb\xbf"
    mode = target.stat().st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(("\ufeff" if had_bom else "").encode("utf-8") + text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write the fixed draft: {exc.strerror}", str(target)) from None


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (one per core).")
@click.option("--pack", "packs", multiple=True, metavar="NAME_OR_PATH",
              help="Pack to use (repeatable); replaces the configured packs.")
@click.option("--config", metavar="FILE", help="Use this config instead of discovering .postcheck.yaml.")
@click.option("--token-file", type=click.Path(dir_okay=False),
              help="Bearer tokens for /api/*, one per line (also: POSTCHECK_SERVE_TOKENS).")
@click.option("--max-kb", default=256, show_default=True, type=click.IntRange(1, 10240), help="Largest request body.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 600), help="Seconds per check.")
@click.option("--rate", default=60, show_default=True, type=click.IntRange(0),
              help="Checks per client per minute (0: no limit).")
@click.option("--trust-proxy", is_flag=True,
              help="Take the client address from X-Forwarded-For (behind your own proxy only).")
@click.option("--playground", type=click.Path(dir_okay=False, exists=True),
              help="Edit and test this pack in the browser (local only).")
def serve(host, port, workers, packs, config, token_file, max_kb, timeout, rate, trust_proxy, playground):
    """Run the check as a web page and JSON API (drafts are never stored or logged)."""
    try:
        import uvicorn

        from .serve.app import ENV_OPTIONS, ServeOptions
    except ImportError:
        raise UserError("postcheck serve needs the web packages", hint="pip install 'postcheck[serve]'") from None
    if playground and host not in ("127.0.0.1", "localhost", "::1"):
        raise UserError("--playground is for this computer only", hint="leave out --host (127.0.0.1)")
    options = ServeOptions(config=config, packs=tuple(packs), cwd=str(Path.cwd()), tokens=_serve_tokens(token_file),
                           max_bytes=max_kb * 1024, timeout=timeout, rate_per_minute=rate, trust_proxy=trust_proxy,
                           playground=str(Path(playground).resolve()) if playground else None)
    from .config import settings_for
    from .api import load_packs

    load_packs(settings_for(config, Path.cwd(), packs=packs))   # a bad config or pack: exit 2 before listening
    os.environ[ENV_OPTIONS] = options.to_env()
    click.echo(f"postcheck: serving on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
               f"({workers} worker{'s' if workers > 1 else ''}); stop with Ctrl+C", err=True)
    from .serve.logs import LOG_CONFIG

    uvicorn.run("postcheck.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_config=LOG_CONFIG, server_header=False, proxy_headers=trust_proxy)


def _serve_tokens(token_file: str | None) -> tuple[str, ...]:
    """Tokens from a file or the environment, never from the command line (visible to every user in ps)."""
    lines = os.environ.get("POSTCHECK_SERVE_TOKENS", "").replace(",", "\n").splitlines()
    if token_file:
        try:
            lines += Path(token_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UserError(f"cannot read token file: {exc.strerror}", token_file) from None
    tokens = tuple(t.strip() for t in lines if t.strip() and not t.strip().startswith("#"))
    if any(len(t) < 16 for t in tokens):
        raise UserError("a bearer token is shorter than 16 characters", token_file,
                        hint="make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'")
    return tokens


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
            for notice in pack.overrides:  # a rule that replaces an inherited one: said, never silent
                click.echo(notice, err=True)
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
            where = f"{os.path.relpath(o.path or pack.path)}:{o.line}" if o.line else pack.name
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


@cli.group("cache")
def cache_group() -> None:
    """Show or clear postcheck's private cache of built indexes."""


@cache_group.command("info")
def cache_info():
    """Where the cache is, and how much it holds."""
    from . import cache

    i = cache.info()
    state = "in use" if i["usable"] else ("not created yet" if not i["exists"] else "refused (see the warning)")
    click.echo(f"{i['path']}: {state}; {i['entries']} file(s), {i['bytes'] / 1e6:.1f} MB "
               f"(kept at most {i['max_bytes'] // 2**20} MB and {i['max_age_days']} days)")


@cache_group.command("clear")
def cache_clear():
    """Remove every cached index (they are rebuilt when needed)."""
    from . import cache

    removed, freed = cache.clear()
    click.echo(f"removed {removed} file(s), {freed / 1e6:.1f} MB from {cache.cache_dir()}")


class _Echo(logging.Handler):
    """Log records from lower layers (the cache) as one 'postcheck: warning: ...' line on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"postcheck: warning: {safe_terminal(' '.join(record.getMessage().split()))}", err=True)


def _log_warnings() -> None:
    logger = logging.getLogger("postcheck")
    if not any(isinstance(h, _Echo) for h in logger.handlers):
        logger.addHandler(_Echo())
        logger.propagate = False


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="postcheck")
