"""YAML loading that keeps the line and column of every key and value.

`load_yaml(text, path)` returns plain Python values whose mappings are `YMap`
(a dict that remembers where each key and value stood) and whose sequences are
`YList` (a list that remembers where each item stood). Later checks can point
at `path:line:col` for any value without re-reading the file.

It also refuses two silent YAML traps: duplicate keys (PyYAML keeps the last
one) and, through `Loc`-aware checks in the schema, values that YAML guessed to
be booleans, octal numbers or dates where text was meant.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from ..errors import UserError

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


def _loc(path: str, node: yaml.Node) -> Loc:
    return Loc(path, node.start_mark.line + 1, node.start_mark.column + 1)


class _Converter:
    def __init__(self, path: str) -> None:
        self.path = path
        self.constructor = yaml.SafeLoader("")  # only used for scalar construction

    def convert(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            out = YList()
            out.loc = _loc(self.path, node)
            out.item_locs = [_loc(self.path, n) for n in node.value]
            out.raw = [n.value if isinstance(n, yaml.ScalarNode) else None for n in node.value]
            out.extend(self.convert(n) for n in node.value)
            return out
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            raise _loc(self.path, node).error(f"cannot read value: {exc.problem}", "put it in quotes") from None

    def _mapping(self, node: yaml.MappingNode) -> YMap:
        out = YMap()
        out.loc = _loc(self.path, node)
        out.key_locs, out.value_locs, out.raw = {}, {}, {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _loc(self.path, key_node).error("YAML merge keys ('<<') are not supported", "write the keys out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise _loc(self.path, key_node).error("a key must be a plain word", "remove the brackets around the key")
            key = str(key_node.value)
            if key in out:
                first = out.key_locs[key]
                raise _loc(self.path, key_node).error(
                    f"duplicate key '{key}' (first at line {first.line})", "keep one of them")
            out.key_locs[key] = _loc(self.path, key_node)
            out.value_locs[key] = _loc(self.path, value_node)
            if isinstance(value_node, yaml.ScalarNode):
                out.raw[key] = value_node.value
            out[key] = self.convert(value_node)
        return out


def load_yaml(text: str, path: str) -> Any:
    """Parse one YAML document, keeping locations; a syntax error becomes a UserError."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and mark is not None and mark.line >= text.count("\n"):
            mark = exc.context_mark  # the parser ran to the end of the file: point at what it opened
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise UserError(f"YAML syntax error: {problem}", path, line, col,
                        "check the indentation and quotes on this line and the one above") from None
    except yaml.YAMLError as exc:
        raise UserError(f"YAML error: {exc}", path) from None
    if node is None:
        return None
    return _Converter(path).convert(node)
