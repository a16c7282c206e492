"""What is remembered about packs between runs, in postcheck's private cache (`cache.py`).

* `load` / `store`: a whole validated pack. Reading, merging and validating the default pack
  (YAML with locations, every rule and option, ~90 lexicon paths, every lexicon file read as
  `check` reads it) is a tenth of a cold start; a pack that validated without a problem is
  kept, pickled and signed, and used again while everything it was built from is unchanged:
  the postcheck code (size and modification time of every file of the package, as Python
  checks its own bytecode), the working directory (locations are shown relative to it), the
  content of the pack file, of each pack it extends and of each lexicon file it names, and
  where each `extends` name and lexicon path leads now. Anything else is a miss and the pack
  is validated again (a pack with a problem is never kept, so its problems are always shown).
* `check_cue_sets`: every cue line of the packs parses (remembered per content of the cue files), and
  every `cancelled_by` names a cue set that is not cancelled itself (checked each time: it is cheap).

Lexicon entries written in a pack are part of the kept pack; the cache is private and signed,
as for the lexicon index (cache.py's rules).
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from .. import cache
from ..errors import UserError
from ..schema import suggest
from ..yamlio import Loc
from .model import Pack, SlotDef

FORMAT = "pack-1"
PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """Size and modification time of every file of the postcheck package (bytecode caches left out)."""
    h = hashlib.sha256()
    for folder, dirs, files in os.walk(PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            try:
                st = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            h.update(f"{os.path.relpath(folder, PACKAGE)}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _key(path: Path) -> str:
    from .. import __version__

    return cache.make_key(FORMAT, __version__, _code_stamp(), str(path), os.getcwd())


def _digest(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None


def _files(path: Path, deps: Sequence[tuple[str, str, str, str]]) -> list[str]:
    return sorted({str(path), *(target for _kind, _ref, _base, target in deps)})


def _deps_hold(deps: Sequence[tuple[str, str, str, str]], leads_to: Callable[[str, str, str], str]) -> bool:
    """Every `extends` name and lexicon path still leads where it led when the pack was validated."""
    for kind, ref, base, target in deps:
        try:
            if leads_to(kind, ref, base) != target:
                return False
        except (UserError, OSError):
            return False
    return True


def load(path: Path, leads_to: Callable[[str, str, str], str]) -> Pack | None:
    """The pack validated from `path` before, when nothing it was built from has changed since; else None.

    `leads_to(kind, ref, base)`: where a "pack" (`extends`) or "lexicon" reference made in the pack
    file `base` (a lexicon) or the folder `base` (a pack) leads now (`packs.load`)."""
    entry = cache.load(_key(path))
    if not isinstance(entry, tuple) or len(entry) != 3:
        return None
    deps, digests, pack = entry
    if not isinstance(pack, Pack) or not _deps_hold(deps, leads_to):
        return None
    if any(_digest(f) != d for f, d in digests):
        return None
    return pack


def store(path: Path, pack: Pack, deps: Sequence[tuple[str, str, str, str]]) -> None:
    """Keep a pack that validated without a problem (see `load`)."""
    digests = [(f, _digest(f)) for f in _files(path, deps)]
    if all(d is not None for _f, d in digests):
        cache.store(_key(path), (tuple(deps), digests, pack))


def check_cue_sets(slots: dict[str, SlotDef], problems: list[UserError]) -> None:
    """Every cue line of every `kind: cues` slot parses, and its [set] references exist (file:line:col)."""
    from ..nlp.cues.syntax import CueSyntaxError, parse_entry

    cue_sets = {n for n, s in slots.items() if s.kind == "cues"}
    _check_cancelled(slots, cue_sets, problems)
    texts: dict[str, str] = {}
    for name in sorted(cue_sets):
        for path in slots[name].files:
            try:
                texts[path] = Path(path).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                continue  # reported when the lexicon is read
    # the same cue lines under the same grammar were checked before without a problem: parsing ~900
    # lines again at every start is most of what validating a pack costs (benchmarks/README.md)
    from .. import cache
    from ..nlp.cues import syntax

    key = cache.make_key("cue-sets-valid-1", Path(syntax.__file__).read_bytes(),
                         sorted((n, slots[n].entries, slots[n].files) for n in cue_sets), sorted(texts.items()))
    if cache.load_json(key) == "valid":
        return
    before = len(problems)
    for name in sorted(cue_sets):
        slot = slots[name]
        lines = [(slot.loc, entry) for entry in slot.entries]
        for path in slot.files:
            if path not in texts:
                continue
            lines += [(Loc(path, n, 1), raw.split("#", 1)[0]) for n, raw in enumerate(texts[path].splitlines(), 1)
                      if raw.split("#", 1)[0].strip()]
        for loc, entry in lines:
            loc = loc or Loc("?", 0, 0)
            try:
                parsed = parse_entry(entry)
            except CueSyntaxError as exc:
                problems.append(Loc(loc.path, loc.line, loc.col + exc.column - 1 if loc.path in slot.files else loc.col)
                                .error(f"lexicons.{name}: {exc}", "see docs/packs.md, 'Cues'"))
                continue
            for ref in sorted(set().union(*(line.refs() for line in parsed)) - cue_sets):
                problems.append(loc.error(f"lexicons.{name}: unknown cue set [{ref}]",
                                          suggest(ref, sorted(cue_sets)).replace("valid keys", "cue sets")))
    if len(problems) == before:
        cache.store_json(key, "valid")


def _check_cancelled(slots: dict[str, SlotDef], cue_sets: set[str], problems: list[UserError]) -> None:
    """`cancelled_by` belongs to cue sets and names other cue sets, none of which has a `cancelled_by` of its own
    (one level: a cancelling set is read plainly, so no chain or cycle can form)."""
    for name, slot in sorted(slots.items()):
        loc = slot.loc or Loc("?", 0, 0)
        if slot.cancelled_by and slot.kind != "cues":
            problems.append(loc.error(f"lexicons.{name}: cancelled_by is for cue sets (kind: cues), not {slot.kind}",
                                      "remove cancelled_by, or make the slot 'kind: cues'"))
            continue
        for other in slot.cancelled_by:
            if other not in cue_sets or other == name:
                problems.append(loc.error(f"lexicons.{name}.cancelled_by: '{other}' is not another cue set",
                                          suggest(other, sorted(cue_sets - {name})).replace("valid keys", "cue sets")))
            elif slots[other].cancelled_by:
                problems.append(loc.error(f"lexicons.{name}.cancelled_by: '{other}' has a cancelled_by of its own",
                                          f"a cancelling set is read as written: remove cancelled_by from '{other}'"))
