"""`.postcheck.yaml`: discovery, validation, and the settings of a run.

Precedence (contract §4): command-line options > front matter > config file >
defaults. The first three are merged here except front matter, which is
per draft and applied in `Engine.prepare`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import UserError, UserErrors
from .model import CAPACITIES, CHANNELS
from .packs.schema import TEXT, TEXTS, MAP, Field, read_fields
from .packs.yamlio import Loc, YList, YMap, load_yaml

CONFIG_NAME = ".postcheck.yaml"
DEFAULT_PACKS = ("domus",)
DEFAULT_CHANNEL = "other"
DEFAULT_CAPACITY = "personal"

CONFIG_FIELDS = {
    "packs": Field(TEXTS, default=[]),
    "channel": Field(TEXT, default=None, choices=CHANNELS),
    "capacity": Field(TEXT, default=None, choices=CAPACITIES),
    "lexicons": Field(MAP, default={}),
    "disable": Field(TEXTS, default=[]),
    "exclude": Field(TEXTS, default=[]),
    "fail_on": Field(TEXT, default=None, choices=("review", "block", "never")),
    "allow": Field(MAP, default={}),
}
ALLOW_KEYS = ("phones", "emails", "addresses", "names")


@dataclass(frozen=True)
class Settings:
    packs: tuple[str, ...] = DEFAULT_PACKS
    pack_base: Path | None = None          # folder pack paths are relative to (the config's)
    channel: str | None = None             # None: take it from front matter, else the default
    capacity: str | None = None
    cli_channel: str | None = None         # set only from the command line (beats front matter)
    cli_capacity: str | None = None
    lexicons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    disable: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str = "review"
    config_path: str | None = None
    ignore_suppressions: bool = False
    redact: bool = False
    # the organisation's own published data, never reported: {phones|emails|addresses|names: (...)}
    allow: dict[str, tuple[str, ...]] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        cand = folder / CONFIG_NAME
        if cand.is_file():
            return cand
    return None


def load_config(path: Path) -> Settings:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read config: {exc}", str(path)) from None
    node = load_yaml(text, str(path))
    if node is None:
        return Settings(config_path=str(path), pack_base=path.parent)
    problems: list[UserError] = []
    vals = read_fields(node, CONFIG_FIELDS, "config", Loc(str(path), 1, 1), problems)
    lexicons: dict[str, tuple[str, ...]] = {}
    lex_node = node.get("lexicons") if isinstance(node, YMap) else None
    for slot, files in (vals["lexicons"] or {}).items():
        items = [files] if isinstance(files, str) else files
        vloc = lex_node.value_loc(slot) if isinstance(lex_node, YMap) else Loc(str(path), 1, 1)
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            problems.append(vloc.error(f"lexicons.{slot}: expected a list of file paths", "write [private/clients.txt]"))
            continue
        resolved = []
        for i, ref in enumerate(items):
            iloc = files.item_loc(i) if isinstance(files, YList) else vloc
            target = (path.parent / ref).resolve()
            if not target.is_file():
                problems.append(iloc.error(f"lexicons.{slot}: '{ref}' not found (relative to {path.name})",
                                           "create the file (one entry per line) or fix the path"))
                continue
            resolved.append(str(target))
        lexicons[slot] = tuple(resolved)
    allow = _read_allow(vals["allow"] or {}, node, Loc(str(path), 1, 1), problems)
    if problems:
        raise UserErrors(problems)
    return Settings(
        packs=tuple(vals["packs"]) or DEFAULT_PACKS, pack_base=path.parent,
        channel=vals["channel"], capacity=vals["capacity"], lexicons=lexicons,
        disable=tuple(vals["disable"]), exclude=tuple(vals["exclude"]),
        fail_on=vals["fail_on"] or "review", config_path=str(path), allow=allow,
    )


def _read_allow(raw: dict, node, loc: Loc, problems: list[UserError]) -> dict[str, tuple[str, ...]]:
    """`allow: {phones: [...], emails: [...], addresses: [...], names: [...]}`: lists of text."""
    allow_node = node.get("allow") if isinstance(node, YMap) else None
    out: dict[str, tuple[str, ...]] = {}
    for key, items in raw.items():
        kloc = allow_node.value_loc(key) if isinstance(allow_node, YMap) else loc
        if key not in ALLOW_KEYS:
            problems.append(kloc.error(f"allow: unknown key '{key}'", f"use one of: {', '.join(ALLOW_KEYS)}"))
            continue
        items = [items] if isinstance(items, str) else items
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            problems.append(kloc.error(f"allow.{key}: expected a list of text", "put each entry in quotes, e.g. [\"(0475) 33 73 23\"]"))
            continue
        out[key] = tuple(items)
    return out


def settings_for(config: str | None, cwd: Path, *, packs=(), channel=None, capacity=None, fail_on=None,
                 ignore_suppressions=False, redact=False) -> Settings:
    """Config file (given or discovered) overridden by command-line options."""
    if config:
        path = Path(config)
        if not path.is_file():
            raise UserError(f"config file '{config}' not found", hint="check the --config path")
        base = load_config(path)
    else:
        found = find_config(cwd)
        base = load_config(found) if found else Settings()
    out = replace(base, ignore_suppressions=ignore_suppressions, redact=redact)
    if packs:
        out = replace(out, packs=tuple(packs), pack_base=None)
    if channel:
        out = replace(out, cli_channel=channel)
    if capacity:
        out = replace(out, cli_capacity=capacity)
    if fail_on:
        out = replace(out, fail_on=fail_on)
    return out
