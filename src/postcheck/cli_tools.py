"""The pack author's and maintainer's commands: `packs list|show|validate|test`, `explain`, `init`, `cache`.

Registered on the main command group in `cli.py`; like it, these print and exit.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .errors import EXIT_ERROR, EXIT_FAIL, EXIT_OK


@click.group()
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


@click.command()
@click.argument("rule_id")
@click.option("--pack", "packs", multiple=True, metavar="NAME_OR_PATH",
              help="Look in these packs (default: all built-in and configured packs).")
def explain(rule_id, packs):
    """What a rule checks, why (the policy text) and how to fix it."""
    from .explain import explain_rule

    click.echo(explain_rule(rule_id, packs))


@click.command()
@click.option("--org", default=None, help="Organisation name for the starter pack.")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def init(org, force):
    """Scaffold a .postcheck.yaml and a starter pack extending 'basis'."""
    from .scaffold import scaffold

    for path in scaffold(Path.cwd(), org, force):
        click.echo(f"created {path}")


@click.group("cache")
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
