"""`.postcheck.yaml`: discovery, trust, validation, and the settings of a run.

Discovery is per draft: `ConfigCache` gives each path the nearest config above it.

Precedence (contract §4): command-line options > front matter > config file >
defaults. The first three are merged here except front matter, which is
per draft and applied in `Engine.prepare`.

Trust (postcheck runs as root in CI, in folders others may write to): a
discovered config, and the pack files it names, must belong to this user (or
root) and sit in a folder only they can change: refused otherwise, with the fix
in the message, like git's safe.directory. The escape hatches are an explicit
`--config FILE` (you named it) and `POSTCHECK_SAFE_DIRECTORIES` (folders whose
files are trusted, separated by ':'; '*' trusts all). Discovery stops at the
repository root (a folder with `.git`) and at the home folder. Lexicon paths
stay inside the config's folder unless it says `allow_outside_lexicons: true`.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import UserError, UserErrors
from .model import CAPACITIES, CHANNELS
from .schema import BOOL, MAP, NUMBER, TEXT, TEXTS, Field, read_fields
from .yamlio import Loc, YList, YMap, load_yaml

CONFIG_NAME = ".postcheck.yaml"
SAFE_ENV = "POSTCHECK_SAFE_DIRECTORIES"
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
    "allow_outside_lexicons": Field(BOOL, default=False),
    "draft_timeout": Field(NUMBER, default=None),
    "allow": Field(MAP, default={}),
}
DRAFT_TIMEOUT_S = 10.0  # seconds per draft (per MB for longer drafts); 0 = no limit
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
    trust_packs: bool = True               # False: the packs come from a discovered config (check their owner)
    ignore_suppressions: bool = False
    redact: bool = False
    draft_timeout: float = DRAFT_TIMEOUT_S
    # the organisation's own published data, never reported: {phones|emails|addresses|names: (...)}
    allow: dict[str, tuple[str, ...]] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    """The nearest `.postcheck.yaml` from `start` upward, not above the repository root or the home folder."""
    home = _home()
    for folder in (start, *start.parents):
        cand = folder / CONFIG_NAME
        if cand.is_file():
            return cand
        if (folder / ".git").exists() or folder == home:
            return None
    return None


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, OSError):
        return None


def _safe_directories() -> list[Path]:
    return [Path(p).resolve() for p in os.environ.get(SAFE_ENV, "").split(os.pathsep) if p and p != "*"]


def check_trusted(path: Path, what: str = "config file") -> None:
    """UserError unless `path` belongs to this user (or root) and only they can change it or its folder."""
    if not hasattr(os, "getuid") or "*" in os.environ.get(SAFE_ENV, "").split(os.pathsep):
        return
    real = path.resolve()
    if any(real.is_relative_to(d) for d in _safe_directories()):
        return
    uid = os.getuid()
    try:
        st, folder = real.stat(), real.parent.stat()
    except OSError:
        return  # missing: reported by whoever reads it
    hint = (f"if you trust it, add its folder to {SAFE_ENV} (export {SAFE_ENV}={real.parent})"
            + (" or give it with --config" if what == "config file" else "") + ", or change its owner")
    if st.st_uid not in (uid, 0):
        raise UserError(f"refusing to use a {what} owned by another user (uid {st.st_uid})", str(path), hint=hint)
    if st.st_mode & 0o002:
        raise UserError(f"refusing to use a {what} that every user can change", str(path),
                        hint=f"run 'chmod o-w {path}', or {hint}")
    if folder.st_uid not in (uid, 0):
        raise UserError(f"refusing to use a {what} in a folder owned by another user (uid {folder.st_uid})",
                        str(path), hint=hint)
    if folder.st_mode & 0o002 and not (folder.st_mode & stat.S_ISVTX and st.st_uid == uid):
        raise UserError(f"refusing to use a {what} in a folder every user can write to", str(path),
                        hint=f"move it to a folder only you can change, or {hint}")


def load_config(path: Path, trusted: bool = False) -> Settings:
    """Read and check a config; `trusted` (an explicit --config) skips the ownership checks."""
    if not trusted:
        check_trusted(path)
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
    folder = path.parent.resolve()
    lex_node = node.get("lexicons") if isinstance(node, YMap) else None
    for slot, files in (vals["lexicons"] or {}).items():
        items = [files] if isinstance(files, str) else files
        vloc = lex_node.value_loc(slot) if isinstance(lex_node, YMap) else Loc(str(path), 1, 1)
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            problems.append(vloc.error(f"lexicons.{slot}: expected a list of file paths",
                                       "write [private/clients.txt]"))
            continue
        resolved = []
        for i, ref in enumerate(items):
            iloc = files.item_loc(i) if isinstance(files, YList) else vloc
            target = (path.parent / ref).resolve()
            if not vals["allow_outside_lexicons"] and not target.is_relative_to(folder):
                problems.append(iloc.error(f"lexicons.{slot}: '{ref}' points outside the config's folder",
                                           f"move the file below {folder}, or set 'allow_outside_lexicons: true'"))
                continue
            if not target.is_file():
                problems.append(iloc.error(f"lexicons.{slot}: '{ref}' not found (relative to {path.name})",
                                           "create the file (one entry per line) or fix the path"))
                continue
            resolved.append(str(target))
        lexicons[slot] = tuple(resolved)
    timeout = vals["draft_timeout"]
    if timeout is not None and (isinstance(timeout, bool) or timeout < 0):
        problems.append(node.value_loc("draft_timeout").error(
            "draft_timeout must be a number of seconds (0 = no limit)", "write e.g. draft_timeout: 30"))
    allow = _read_allow(vals["allow"] or {}, node, Loc(str(path), 1, 1), problems)
    if problems:
        raise UserErrors(problems)
    return Settings(
        packs=tuple(vals["packs"]) or DEFAULT_PACKS, pack_base=path.parent,
        channel=vals["channel"], capacity=vals["capacity"], lexicons=lexicons,
        disable=tuple(vals["disable"]), exclude=tuple(vals["exclude"]),
        fail_on=vals["fail_on"] or "review", config_path=str(path), trust_packs=trusted,
        draft_timeout=DRAFT_TIMEOUT_S if timeout is None else float(timeout), allow=allow,
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
            problems.append(kloc.error(f"allow.{key}: expected a list of text",
                                       "put each entry in quotes, e.g. [\"(0475) 33 73 23\"]"))
            continue
        out[key] = tuple(items)
    return out


def settings_for(config: str | None, cwd: Path, *, packs=(), channel=None, capacity=None, fail_on=None,
                 ignore_suppressions=False, redact=False, timeout=None, lexicons=()) -> Settings:
    """Config file (given or discovered from `cwd`) overridden by command-line options."""
    if config:
        path = Path(config)
        if not path.is_file():
            raise UserError(f"config file '{config}' not found", hint="check the --config path")
        base = load_config(path, trusted=True)
    else:
        found = find_config(cwd)
        base = load_config(found) if found else Settings()
    return with_options(base, packs=packs, channel=channel, capacity=capacity, fail_on=fail_on,
                        ignore_suppressions=ignore_suppressions, redact=redact, timeout=timeout, lexicons=lexicons)


LEXICON_ENV = "POSTCHECK_LEXICON_"


def extra_lexicons(options: tuple[str, ...], environ) -> tuple[tuple[str, str], ...]:
    """Private lexicon files from `--lexicon SLOT=PATH` and `POSTCHECK_LEXICON_<SLOT>=PATH[:PATH...]`.

    For CI, where the lexicon is written from a secret and never committed. Each file must exist;
    it is named by the user, so it may lie anywhere (no folder rule as for a config's lexicons).
    """
    pairs: list[tuple[str, str, str]] = []
    for name in sorted(environ):
        if name.startswith(LEXICON_ENV) and len(name) > len(LEXICON_ENV):
            slot = name[len(LEXICON_ENV):].lower()
            pairs += [(slot, p, name) for p in environ[name].split(os.pathsep) if p]
    for opt in options:
        slot, sep, path = opt.partition("=")
        if not sep or not slot.strip() or not path:
            raise UserError(f"--lexicon '{opt}' is not SLOT=PATH",
                            hint="write e.g. --lexicon clients=private/clients.txt")
        pairs.append((slot.strip().lower(), path, "--lexicon"))
    out = []
    for slot, path, origin in pairs:
        if not Path(path).is_file():
            raise UserError(f"lexicon file for slot '{slot}' not found ({origin})", path,
                            hint="write the file first (one entry per line) or fix the path")
        out.append((slot, str(Path(path).resolve())))
    return tuple(out)


def config_folder(path: str) -> Path:
    """The folder whose `.postcheck.yaml` (or a parent's) governs `path`: the folder itself, or a file's folder."""
    if path == "-":
        return Path.cwd()
    p = Path(path)
    return (p if p.is_dir() else p.parent).absolute()


class ConfigCache:
    """Per-draft configs like ruff and Vale: each path uses the nearest `.postcheck.yaml` above it.

    Each distinct config file is read once; `--config` (`config`) wins for every path.
    The command-line options are applied on top of every config.
    """

    def __init__(self, config: str | None, **options) -> None:
        self.options = options
        self.fixed = settings_for(config, Path.cwd(), **options) if config else None
        self._found: dict[Path, Path | None] = {}
        self._loaded: dict[Path | None, Settings] = {}

    def for_path(self, path: str) -> Settings:
        if self.fixed is not None:
            return self.fixed
        folder = config_folder(path)
        if folder not in self._found:
            self._found[folder] = find_config(folder)
        found = self._found[folder]
        if found not in self._loaded:
            base = load_config(found) if found else Settings()
            self._loaded[found] = with_options(base, **self.options)
        return self._loaded[found]


def with_options(base: Settings, *, packs=(), channel=None, capacity=None, fail_on=None,
                 ignore_suppressions=False, redact=False, timeout=None, lexicons=()) -> Settings:
    """`base` overridden by the command-line options; `lexicons` ((slot, path) pairs) add to the config's."""
    out = replace(base, ignore_suppressions=ignore_suppressions, redact=redact)
    if lexicons:
        merged = dict(out.lexicons)
        for slot, path in lexicons:
            merged[slot] = (*merged.get(slot, ()), path)
        out = replace(out, lexicons=merged)
    if packs:
        out = replace(out, packs=tuple(packs), pack_base=None, trust_packs=True)
    if channel:
        out = replace(out, cli_channel=channel)
    if capacity:
        out = replace(out, cli_capacity=capacity)
    if fail_on:
        out = replace(out, fail_on=fail_on)
    if timeout is not None:
        out = replace(out, draft_timeout=float(timeout))
    return out
