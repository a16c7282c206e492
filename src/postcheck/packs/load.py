"""Find, read, merge (`extends`) and validate rule packs.

A pack is one YAML file. `extends: [basis]` copies the parent's rules, slots,
contacts and advice into the child; a child rule with the same id as an
inherited one overrides only the keys it writes. Inherited rules get the
child's namespace (`domus.client-name`), so they report the child's contacts.

Every problem is a `UserError` at file:line:col. `validate_pack_file` returns
all problems of a file; `load_pack` raises the first (exit 2).
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from ..errors import UserError, UserErrors
from ..model import Contact
from ..shipped import BUILTIN_LEXICONS, BUILTIN_RULES  # noqa: F401  (also imported from here)
from ..schema import BOOL, LIST, MAP, TEXT, TEXTS, Field, read_fields, suggest
from ..yamlio import Loc, YList, YMap, load_yaml
from . import cached
from .cached import check_cue_sets as _check_cue_sets
from .model import Pack, SlotDef
from .rules import parse_cases, parse_rule

SLOT_KINDS = ("names", "places", "terms", "cues")

PACK_FIELDS = {
    "name": Field(TEXT, required=True, help="the pack's name, e.g. domus"),
    "version": Field(TEXT, default="0"),
    "language": Field(TEXT, default="nl"),
    "description": Field(TEXT, default=""),
    "extends": Field(TEXTS, default=[]),
    "contacts": Field(LIST, default=[]),
    "lexicons": Field(MAP, default={}),
    "allow": Field(MAP, default={}),
    "organisation": Field(TEXTS, default=[]),
    "advice": Field(MAP, default={}),
    "rules": Field(LIST, default=[]),
    "disable": Field(TEXTS, default=[]),
    "examples": Field(LIST, default=[]),
    "example_lexicons": Field(MAP, default={}),
}
CONTACT_FIELDS = {
    "id": Field(TEXT, required=True), "role": Field(TEXT, required=True), "name": Field(TEXT, default=""),
    "phone": Field(TEXT, default=""), "email": Field(TEXT, default=""), "how": Field(TEXT, default=""),
}
SLOT_FIELDS = {
    "kind": Field(TEXT, default="terms", choices=SLOT_KINDS), "files": Field(TEXTS, default=[]),
    "entries": Field(TEXTS, default=[]), "fuzzy": Field(BOOL, default=True),
    "compounds": Field(BOOL, default=False), "inflect": Field(BOOL, default=True),
    "description": Field(TEXT, default=""),
    "counts_in": Field(TEXTS, default=[], choices=("reported", "quoted")),
    "cancelled_by": Field(TEXTS, default=[], help="cue sets whose hit in the draft cancels this set in conditions"),
}
ALLOW_FIELDS = {"phones": Field(TEXTS, default=[]), "emails": Field(TEXTS, default=[]),
                "addresses": Field(TEXTS, default=[])}
ADVICE_FIELDS = {v: Field(TEXT, default="") for v in ("ok", "review", "block")}
def builtin_packs() -> dict[str, Path]:
    if not BUILTIN_RULES.is_dir():
        return {}
    return {p.stem: p for p in sorted(BUILTIN_RULES.glob("*.yaml"))}


def resolve_pack(ref: str, relative_to: Path | None = None, loc: Loc | None = None) -> Path:
    """A built-in pack name, or a path to a pack file or a folder holding one pack file."""
    candidates = []
    if relative_to is not None and not os.path.isabs(ref):
        candidates += [relative_to / ref, relative_to / f"{ref}.yaml"]
    bare = "/" not in ref and os.sep not in ref and not ref.endswith((".yaml", ".yml"))
    if bare:  # a bare name is a built-in pack before it is a folder in the working directory
        candidates.append(BUILTIN_RULES / f"{ref}.yaml")
    candidates.append(Path(ref))
    for cand in candidates:
        if cand.is_file():
            return cand.resolve()
        if cand.is_dir():
            files = sorted(list(cand.glob("*.yaml")) + list(cand.glob("*.yml")))
            packs = [f for f in files if f.name in ("pack.yaml", "pack.yml")] or files
            if len(packs) == 1:
                return packs[0].resolve()
    known = ", ".join(builtin_packs()) or "none"
    close = difflib.get_close_matches(ref.lower(), list(builtin_packs()), n=1, cutoff=0.6) if bare else []
    err = UserError(f"pack '{ref}' not found", loc.path if loc else None, loc.line if loc else None,
                    loc.col if loc else None, (f"did you mean '{close[0]}'? " if close else "")
                    + f"use a built-in pack ({known}) or a path to a pack .yaml file")
    raise err


@dataclass
class _Composed:
    name: str
    path: Path
    top: dict
    top_node: YMap
    rules: dict[str, tuple[YMap, str]] = field(default_factory=dict)   # local id -> (merged raw, defined_in)
    contacts: dict[str, YMap] = field(default_factory=dict)
    slots: dict[str, tuple[YMap, Path]] = field(default_factory=dict)
    advice: dict[str, str] = field(default_factory=dict)
    allow_phones: list[str] = field(default_factory=list)
    allow_emails: list[str] = field(default_factory=list)
    allow_addresses: list[str] = field(default_factory=list)
    organisation: list[str] = field(default_factory=list)
    overrides: list[tuple[str, str, Loc]] = field(default_factory=list)  # own rules replacing inherited ones
    deps: list[tuple[str, str, str, str]] = field(default_factory=list)  # what a cached pack rests on (packs/cached.py)


def _read_yaml_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"not valid UTF-8 (byte {exc.start})", str(path), hint="save the pack as UTF-8") from None
    except OSError as exc:
        raise UserError(f"cannot read pack: {exc.strerror}", str(path)) from None
    return load_yaml(text, _display(path))


def _display(path: Path) -> str:
    """The path as a user would type it: relative below the working directory, else absolute."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def _merge(parent: YMap, child: YMap) -> YMap:
    merged = YMap()
    merged.loc = child.loc
    merged.key_locs = {**parent.key_locs, **child.key_locs}
    merged.value_locs = {**parent.value_locs, **child.value_locs}
    merged.raw = {**parent.raw, **child.raw}
    merged.update(parent)
    merged.update(child)
    return merged


def _compose(path: Path, stack: tuple[Path, ...], problems: list[UserError]) -> _Composed:
    node = _read_yaml_file(path)
    where_loc = Loc(_display(path), 1, 1)
    if not isinstance(node, YMap):
        raise where_loc.error("a pack file must be a mapping with 'name:' and 'rules:'",
                              "start the file with name: <pack>")
    found: list[UserError] = []
    top = read_fields(node, PACK_FIELDS, "pack", node.loc, found)
    # `rules:` or `examples:` with only comments below it (the `init` scaffold) means none yet, so that
    # uncommenting an example rule under it just works
    empty = {f"pack.{k}: expected a list, got nothing" for k in ("rules", "examples") if k in node and node[k] is None}
    problems += [p for p in found if p.message not in empty]
    name = top["name"] or path.stem
    comp = _Composed(name=name, path=path, top=top, top_node=node)
    _inherit(comp, node, path, stack, problems)
    _add_own_parts(comp, node, path, problems)
    _add_own_rules(comp, node, problems)
    return comp


def _inherit(comp: _Composed, node: YMap, path: Path, stack: tuple[Path, ...], problems: list[UserError]) -> None:
    """Everything of the packs `extends` names, in order (later parents win)."""
    for i, parent_ref in enumerate(comp.top["extends"]):
        ploc = node["extends"].item_loc(i) if isinstance(node.get("extends"), YList) else node.value_loc("extends")
        try:
            ppath = resolve_pack(parent_ref, path.parent, ploc)
        except UserError as exc:
            problems.append(exc)
            continue
        if ppath in stack or ppath == path:
            chain = " -> ".join(p.stem for p in (*stack, path, ppath))
            problems.append(ploc.error(f"'extends' cycle: {chain}", "remove one of the extends entries"))
            continue
        parent = _compose(ppath, (*stack, path), problems)
        comp.deps += [("pack", parent_ref, str(path.parent), str(ppath)), *parent.deps]
        comp.rules.update(parent.rules)
        comp.contacts.update(parent.contacts)
        comp.slots.update(parent.slots)
        comp.advice.update(parent.advice)
        comp.allow_phones += parent.allow_phones
        comp.allow_emails += parent.allow_emails
        comp.allow_addresses += parent.allow_addresses
        comp.organisation = comp.organisation or parent.organisation


def _add_own_parts(comp: _Composed, node: YMap, path: Path, problems: list[UserError]) -> None:
    """The pack's own contacts, lexicon slots, advice, allow lists, organisation and disabled rules."""
    top = comp.top
    for item_i, c in enumerate(top["contacts"]):
        cid = c.get("id") if isinstance(c, dict) else None
        comp.contacts[str(cid or f"#{item_i}")] = c
    lex = node.get("lexicons")
    for slot, spec in (lex.items() if isinstance(lex, YMap) else ()):
        prior = comp.slots.get(slot)
        if prior and isinstance(spec, YMap):
            merged = _merge(prior[0], spec)
            comp.slots[slot] = (merged, path)
        else:
            comp.slots[slot] = (spec, path)
    comp.advice.update({k: v for k, v in top["advice"].items() if isinstance(v, str)})
    allow = read_fields(top["allow"], ALLOW_FIELDS, "allow", node.value_loc("allow"), problems) if top["allow"] else {}
    comp.allow_phones += allow.get("phones") or []
    comp.allow_emails += allow.get("emails") or []
    comp.allow_addresses += allow.get("addresses") or []
    if top["organisation"]:
        comp.organisation = list(top["organisation"])
    for did in top["disable"]:
        if did.split(".")[-1] not in comp.rules:
            hint = suggest(did, comp.rules).replace("valid keys", "inherited rules")
            problems.append(node.value_loc("disable").error(f"disable: no inherited rule '{did}'", hint))
        comp.rules.pop(did.split(".")[-1], None)


def _add_own_rules(comp: _Composed, node: YMap, problems: list[UserError]) -> None:
    """The pack's own rules; one with an inherited id is merged over the inherited rule."""
    seen: dict[str, Loc] = {}
    found = node.get("rules")
    rules_node = found if isinstance(found, YList) else YList()
    for i, raw in enumerate(rules_node):
        rloc = rules_node.item_loc(i)
        if not isinstance(raw, YMap):
            problems.append(rloc.error(f"rules[{i}]: expected a mapping with id, kind, ...",
                                       "start the rule with '- id: ...'"))
            continue
        rid = raw.get("id")
        if not isinstance(rid, str) or not rid:
            problems.append(rloc.error(f"rules[{i}]: missing required key 'id'",
                                       "add 'id: what-is-flagged' (kebab-case)"))
            continue
        if rid in seen:
            problems.append(raw.value_loc("id").error(f"duplicate rule id '{rid}' (first at line {seen[rid].line})",
                                                      "give each rule its own id"))
            continue
        seen[rid] = raw.value_loc("id")
        if rid in comp.rules:
            comp.overrides.append((rid, comp.rules[rid][1], seen[rid]))
            comp.rules[rid] = (_merge(comp.rules[rid][0], raw), comp.name)
        else:
            comp.rules[rid] = (raw, comp.name)


def _lexicon_files(spec_files: list[str], node: YMap, pack_path: Path, where: str,
                   problems: list[UserError]) -> tuple[str, ...]:
    out = []
    for i, ref in enumerate(spec_files):
        floc = node["files"].item_loc(i) if isinstance(node.get("files"), YList) else node.value_loc("files")
        target, allowed = lexicon_target(ref, pack_path)
        if not target.is_relative_to(allowed):
            problems.append(floc.error(f"{where}: lexicon path '{ref}' points outside the pack's folder",
                                       "keep lexicon files in the pack's folder or below it, "
                                       "or use builtin:NAME for shipped lists"))
            continue
        if not target.is_file():
            problems.append(floc.error(f"{where}: lexicon file '{ref}' not found (relative to {_display(pack_path)})",
                                       "create the file (one entry per line) or fix the path"))
            continue
        out.append(str(target))
    return tuple(out)


def lexicon_target(ref: str, pack_path: Path) -> tuple[Path, Path]:
    """Where a lexicon file reference of the pack at `pack_path` points, and the folder it must stay in."""
    if ref.startswith("builtin:"):
        return (BUILTIN_LEXICONS / ref[len("builtin:"):]).resolve(), BUILTIN_LEXICONS.resolve()
    root = pack_path.parent.resolve()
    return (root / ref).resolve(), root


def _build(comp: _Composed, problems: list[UserError]) -> Pack:
    contacts = []
    for raw in comp.contacts.values():
        loc = raw.loc if isinstance(raw, YMap) else comp.top_node.loc
        vals = read_fields(raw, CONTACT_FIELDS, "contact", loc, problems)
        if vals["id"] and vals["role"]:
            contacts.append(Contact(vals["id"], vals["role"], vals["name"] or "", vals["phone"] or "",
                                    vals["email"] or "", vals["how"] or ""))
    slots: dict[str, SlotDef] = {}
    for slot, (spec, spec_path) in comp.slots.items():
        loc = spec.loc if isinstance(spec, YMap) else comp.top_node.value_loc("lexicons")
        vals = read_fields(spec if spec is not None else {}, SLOT_FIELDS, f"lexicons.{slot}", loc, problems)
        files = _lexicon_files(vals["files"], spec, spec_path, f"lexicons.{slot}", problems) if vals["files"] else ()
        if len(files) == len(vals["files"]):   # else a problem is reported and the pack is not kept
            comp.deps += [("lexicon", ref, str(spec_path), t) for ref, t in zip(vals["files"], files, strict=True)]
        slots[slot] = SlotDef(slot, vals["kind"], files, tuple(vals["entries"]), vals["fuzzy"], vals["compounds"],
                              vals["inflect"], vals["description"] or "", loc, tuple(vals["counts_in"]),
                              tuple(vals["cancelled_by"]))
    _check_cue_sets(slots, problems)
    if comp.organisation and "organisation" not in slots:
        slots["organisation"] = SlotDef("organisation", "names", (), tuple(comp.organisation), fuzzy=False)
    rules = []
    for local_id, (raw, defined_in) in comp.rules.items():
        rule = parse_rule(raw, local_id, defined_in, comp.name, comp.contacts, slots, problems)
        if rule is not None:
            rules.append(rule)
    top = comp.top
    node = comp.top_node
    examples = parse_cases(top["examples"], node, "examples", comp.name, problems)
    # a rule that failed to build is still a rule of this pack: its own error is reported above, and an
    # example naming it gets no second, misleading "did you mean" (no cascade after the first error)
    written = {f"{comp.name}.{local_id}" for local_id in comp.rules}
    for case in examples:
        known = {r.id for r in rules}
        for e in case.expect:
            if e not in known and e not in written:
                problems.append((case.loc or node.loc).error(f"example expects unknown rule '{e}'",
                                                             suggest(e, known).replace("valid keys", "rules")))
    lex_ex = tuple((str(k), tuple(v if isinstance(v, list) else [v]))
                   for k, v in (top["example_lexicons"] or {}).items())
    return Pack(
        name=comp.name, version=str(top["version"]), language=top["language"] or "nl", path=str(comp.path),
        description=top["description"] or "", extends=tuple(top["extends"]), contacts=tuple(contacts),
        slots=slots, rules=tuple(rules), allow_phones=tuple(comp.allow_phones), allow_emails=tuple(comp.allow_emails),
        allow_addresses=tuple(comp.allow_addresses),
        organisation=tuple(comp.organisation), advice=dict(comp.advice), examples=examples, lexicon_examples=lex_ex,
        overrides=tuple(f"{loc.path}:{loc.line}:{loc.col}: let op: regel '{rid}' vervangt de regel '{rid}' uit "
                        f"'{parent}'; wat je niet invult, blijft zoals in '{parent}'"
                        for rid, parent, loc in comp.overrides),
    )


def validate_pack_file(path: Path) -> tuple[Pack | None, list[UserError]]:
    """All problems of one pack file (and its parents); the pack when there are none."""
    pack, problems, _ = _validate(path)
    return pack, problems


def _validate(path: Path) -> tuple[Pack | None, list[UserError], list[tuple[str, str, str, str]]]:
    problems: list[UserError] = []
    try:
        comp = _compose(path.resolve(), (), problems)
        pack = _build(comp, problems)
    except UserErrors as exc:
        return None, list(exc.problems), []
    except UserError as exc:
        return None, problems + [exc], []
    # the lexicon files are read exactly as `check` reads them, so what validates also runs
    from ..lexicons import read_lexicon

    for slot in pack.slots.values():
        for file in slot.files:
            try:
                read_lexicon(file)
            except UserError as exc:
                problems.append(exc)
    return (None if problems else pack), problems, comp.deps


_CACHE: dict[Path, Pack] = {}


def check_packs_trusted(refs: Sequence[str], base: Path | None) -> None:
    """Pack files named by a discovered config obey the config's trust rules (`config.check_trusted`)."""
    from ..config import check_trusted

    builtin = BUILTIN_RULES.resolve()
    for ref in refs:
        try:
            target = resolve_pack(ref, base)
        except UserError:
            continue  # not found: reported when the packs are loaded
        if not target.is_relative_to(builtin):
            check_trusted(target, "pack file")


def _leads_to(kind: str, ref: str, base: str) -> str:
    """Where an `extends` name (kind "pack", made in folder `base`) or a lexicon path (made in pack `base`) leads."""
    if kind == "pack":
        return str(resolve_pack(ref, Path(base)))
    found, allowed = lexicon_target(ref, Path(base))
    return str(found) if found.is_relative_to(allowed) else ""


def load_pack(ref: str, relative_to: Path | None = None) -> Pack:
    path = resolve_pack(ref, relative_to)
    if path not in _CACHE:
        pack = cached.load(path, _leads_to)
        if pack is None:
            pack, problems, deps = _validate(path)
            if problems or pack is None:
                raise UserErrors(problems)
            cached.store(path, pack, deps)
        _CACHE[path] = pack
    return _CACHE[path]
