"""`postcheck fix` and `postcheck serve`: fixes applied to a draft, and the check as a web service.

Registered on the main command group in `cli.py`; like it, these print and exit.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import EXIT_FAIL, EXIT_OK, UserError
from .cli_options import draft_options


@click.command()
@click.argument("path")
@draft_options
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
    from .config import config_folder, settings_for
    from .drafts.read import load_draft
    from .fix import fix_draft

    if write and path == "-":
        raise UserError("--write needs a file, not standard input", hint="give the draft's path")
    settings = settings_for(config, config_folder(path), packs=packs, channel=channel, capacity=capacity,
                            fail_on=fail_on)
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


@click.command()
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
