"""Field specifications and the checks that turn a YAML mapping into typed values.

Each section of a pack (top level, contacts, lexicon slots, rules, conditions,
examples) is described by a dict of `Field`s. `read_fields` checks one mapping
against it and returns the values plus a list of problems, each a `UserError`
with file:line:col, what is wrong and how to fix it. Unknown keys are refused
with the closest valid key as a suggestion: a typo must never switch a rule off.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from ..errors import UserError
from .yamlio import Loc, YList, YMap

TEXT, INT, BOOL, NUMBER, TEXTS, MAP, LIST, ANY = (
    "text", "int", "bool", "number", "texts", "map", "list", "any")


@dataclass(frozen=True)
class Field:
    type: str
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    help: str = ""


def suggest(word: str, options) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else f"valid keys: {', '.join(sorted(options))}"


_GUESSES = {bool: "a yes/no value", int: "a number", float: "a number"}


def _text_problem(value: Any, loc: Loc, where: str, raw: str | None) -> UserError | None:
    if isinstance(value, str):
        return None
    if value is not None and not isinstance(value, (dict, list)):
        guessed = _GUESSES.get(type(value), "a date" if hasattr(value, "isoformat") else type(value).__name__)
        short = raw is not None and len(raw) <= 40
        shown = f"'{raw}'" if short else "the value"
        return loc.error(f"{where}: YAML read {shown} as {guessed}, but text is expected",
                         f"put it in quotes: \"{raw}\"" if short else "put it in quotes")
    return loc.error(f"{where}: expected text, got {_kind(value)}", "write a single value")


def _texts_problem(value: Any, loc: Loc, where: str) -> UserError | None:
    if isinstance(value, str):
        return None  # a single text is accepted as a one-item list
    if isinstance(value, list):
        for i, item in enumerate(value):
            if not isinstance(item, str):
                iloc = value.item_loc(i) if isinstance(value, YList) else loc
                raw_i = value.raw[i] if isinstance(value, YList) else None
                return _text_problem(item, iloc, f"{where}[{i}]", raw_i)
        return None
    return loc.error(f"{where}: expected a list of texts, got {_kind(value)}", "write a list: [a, b]")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# type -> (accepts, what it expected, how to fix)
_SIMPLE = {
    INT: (_is_int, "a whole number", "write a number like 280"),
    NUMBER: (_is_number, "a number", "write a number like 0.5"),
    BOOL: (lambda v: isinstance(v, bool), "true or false", "write true or false"),
    MAP: (lambda v: isinstance(v, dict), "a mapping (key: value lines)", "indent the keys below it"),
    LIST: (lambda v: isinstance(v, list), "a list", "start each item with '- '"),
}


def _type_problem(value: Any, ftype: str, loc: Loc, where: str, raw: str | None) -> UserError | None:
    if ftype == ANY:
        return None
    if ftype == TEXT:
        return _text_problem(value, loc, where, raw)
    if ftype == TEXTS:
        return _texts_problem(value, loc, where)
    accepts, expected, fix = _SIMPLE[ftype]
    if accepts(value):
        return None
    return loc.error(f"{where}: expected {expected}, got {_kind(value)}", fix)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def read_fields(node: Any, fields: dict[str, Field], where: str, loc: Loc,
                problems: list[UserError]) -> dict[str, Any]:
    """Check `node` against `fields`; return the values (defaults filled in), append problems."""
    out = {name: f.default for name, f in fields.items()}
    if not isinstance(node, dict):
        problems.append(loc.error(f"{where}: expected a mapping, got {_kind(node)}", "indent the keys below it"))
        return out
    ymap = node if isinstance(node, YMap) else None
    for key, value in node.items():
        kloc = ymap.key_loc(key) if ymap else loc
        if key not in fields:
            problems.append(kloc.error(f"{where}: unknown key '{key}'", suggest(key, fields)))
            continue
        f = fields[key]
        vloc = ymap.value_loc(key) if ymap else loc
        raw = ymap.raw.get(key) if ymap else None
        problem = _type_problem(value, f.type, vloc, f"{where}.{key}", raw)
        if problem:
            problems.append(problem)
            continue
        if f.type == TEXTS and isinstance(value, str):
            value = [value]
        if f.choices and f.type == TEXT and value not in f.choices:
            problems.append(vloc.error(f"{where}: {key} must be {_or(f.choices)}, not '{_short(value)}'",
                                       suggest(value, f.choices).replace("valid keys", "valid values")))
            continue
        if f.choices and f.type == TEXTS:
            bad = [v for v in value if v not in f.choices]
            if bad:
                problems.append(vloc.error(f"{where}: {key} must be among {_or(f.choices)}, not '{_short(bad[0])}'",
                                           suggest(bad[0], f.choices).replace("valid keys", "valid values")))
                continue
        out[key] = value
    for name, f in fields.items():
        if f.required and name not in node:
            problems.append(loc.error(f"{where}: missing required key '{name}'",
                                      f"add '{name}:'" + (f" ({f.help})" if f.help else "")))
    return out


def _or(choices) -> str:
    choices = list(choices)
    return ", ".join(choices[:-1]) + " or " + choices[-1] if len(choices) > 1 else choices[0]


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."
