"""The one YAML loader (packs, config, front matter): keeps the line and column of every key and value.

`load_yaml(text, path)` returns plain Python values whose mappings are `YMap`
(a dict that remembers where each key and value stood) and whose sequences are
`YList` (a list that remembers where each item stood). Later checks can point
at `path:line:col` for any value without re-reading the file.

It also refuses two silent YAML traps: duplicate keys (PyYAML keeps the last
one) and, through `Loc`-aware checks in the schema, values that YAML guessed to
be booleans, octal numbers or dates where text was meant.

Hostile input is bounded: YAML aliases are shared nodes after composing, and
expanding them is counted (alias bombs such as "billion laughs" stop with a
located error long before memory runs out), and so is nesting depth. Every
error is a `UserError` with file, line and column. Front matter uses the same
loader with `strict=False` (duplicate keys: the last wins, as in Jekyll) and
`timestamps=False` (dates stay the strings the user wrote).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from .errors import UserError

try:  # libyaml is ~10x faster and keeps marks too
    _Loader = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Loc:
    path: str
    line: int   # 1-based
    col: int    # 1-based

    def error(self, message: str, hint: str | None = None) -> UserError:
        return UserError(message, self.path, self.line, self.col, hint)


class YMap(dict):
    """A mapping that knows where it, its keys and its values are in the file."""

    loc: Loc
    key_locs: dict[str, Loc]
    value_locs: dict[str, Loc]
    raw: dict[str, str]  # the source text of scalar values, e.g. 'no' or '0475'

    def key_loc(self, key: str) -> Loc:
        return self.key_locs.get(key, self.loc)

    def value_loc(self, key: str) -> Loc:
        return self.value_locs.get(key, self.loc)


class YList(list):
    loc: Loc
    item_locs: list[Loc]
    raw: list[str | None]

    def item_loc(self, i: int) -> Loc:
        return self.item_locs[i] if i < len(self.item_locs) else self.loc


MAX_DEPTH = 64                  # nesting of mappings and sequences
MAX_ALIAS_NODES = 20_000        # nodes created by expanding aliases, all aliases together
MAX_ALIAS_CHARS = 1_000_000     # characters of scalars created by expanding aliases
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Converter:
    """Composed YAML nodes -> YMap / YList / scalars, counting what aliases expand to."""

    def __init__(self, path: str, line_offset: int = 0, strict: bool = True, timestamps: bool = True) -> None:
        self.path = path
        self.line_offset = line_offset
        self.strict = strict
        self.timestamps = timestamps
        self.constructor = yaml.SafeLoader("")  # only used for scalar construction
        self.seen: set[int] = set()
        self.alias_nodes = 0
        self.alias_chars = 0

    def loc(self, node: yaml.Node) -> Loc:
        return Loc(self.path, node.start_mark.line + 1 + self.line_offset, node.start_mark.column + 1)

    def convert(self, node: yaml.Node, depth: int = 0, in_alias: bool = False) -> Any:
        if depth > MAX_DEPTH:
            raise self.loc(node).error(f"YAML nested more than {MAX_DEPTH} levels deep", "flatten the structure")
        if id(node) in self.seen:
            in_alias = True       # a node met twice is an alias (or part of what one points at)
        self.seen.add(id(node))
        if in_alias:
            self.alias_nodes += 1
            if isinstance(node, yaml.ScalarNode):
                self.alias_chars += len(node.value)
            if self.alias_nodes > MAX_ALIAS_NODES or self.alias_chars > MAX_ALIAS_CHARS:
                raise self.loc(node).error("YAML aliases expand to too much data (an alias bomb?)",
                                           "write the values out instead of repeating '*' aliases")
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth, in_alias)
        if isinstance(node, yaml.SequenceNode):
            out = YList()
            out.loc = self.loc(node)
            out.item_locs = [self.loc(n) for n in node.value]
            out.raw = [n.value if isinstance(n, yaml.ScalarNode) else None for n in node.value]
            out.extend(self.convert(n, depth + 1, in_alias) for n in node.value)
            return out
        if not self.timestamps and node.tag == _TIMESTAMP:
            return node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            raise self.loc(node).error(f"cannot read value: {exc.problem}", "put it in quotes") from None

    def _mapping(self, node: yaml.MappingNode, depth: int, in_alias: bool) -> YMap:
        out = YMap()
        out.loc = self.loc(node)
        out.key_locs, out.value_locs, out.raw = {}, {}, {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                if not self.strict:
                    continue  # front matter: a key no one reads
                raise self.loc(key_node).error("a key must be a plain word", "remove the brackets around the key")
            if key_node.tag == "tag:yaml.org,2002:merge" and self.strict:
                raise self.loc(key_node).error("YAML merge keys ('<<') are not supported", "write the keys out")
            key = str(key_node.value)
            if key in out and self.strict:
                first = out.key_locs[key]
                raise self.loc(key_node).error(
                    f"duplicate key '{key}' (first at line {first.line})", "keep one of them")
            out.key_locs[key] = self.loc(key_node)
            out.value_locs[key] = self.loc(value_node)
            if isinstance(value_node, yaml.ScalarNode):
                out.raw[key] = value_node.value
            out[key] = self.convert(value_node, depth + 1, in_alias)
        return out


def compose_yaml(text: str, path: str, line_offset: int = 0, what: str = "YAML syntax error",
                 hint: str = "check the indentation and quotes on this line and the one above") -> yaml.Node | None:
    """Parse one YAML document into nodes (aliases stay shared); a syntax error becomes a located UserError."""
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and mark is not None and mark.line >= text.count("\n"):
            mark = exc.context_mark  # the parser ran to the end of the file: point at what it opened
        line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (None, None)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise UserError(f"{what}: {problem}", path, line, col, hint) from None
    except yaml.reader.ReaderError as exc:
        pos = exc.position
        line = text.count("\n", 0, pos) + 1 + line_offset
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        raise UserError(f"{what}: {exc.reason}", path, line, col, hint) from None
    except yaml.YAMLError as exc:
        raise UserError(f"{what}: {' '.join(str(exc).split())[:200]}", path, line_offset + 1 if line_offset else None,
                        None, hint) from None


def to_python(node: yaml.Node | None, path: str, line_offset: int = 0, *, strict: bool = True,
              timestamps: bool = True) -> Any:
    """Composed nodes -> values keeping their locations, with the alias and depth limits."""
    if node is None:
        return None
    return _Converter(path, line_offset, strict, timestamps).convert(node)


def load_yaml(text: str, path: str, *, line_offset: int = 0, strict: bool = True, timestamps: bool = True) -> Any:
    """Parse one YAML document, keeping locations; every problem becomes a located UserError.

    `line_offset`: lines before `text` in the file (front matter), so locations are file lines.
    """
    return to_python(compose_yaml(text, path, line_offset), path, line_offset, strict=strict, timestamps=timestamps)
