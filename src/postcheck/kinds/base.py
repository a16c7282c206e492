"""What every rule kind module shares: option fields read from YAML, problems, docs."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Iterator

from ..packs.model import SlotDef
from ..packs.schema import Field


@dataclass(frozen=True)
class Preparation:
    """What a rule needs from the detector pipeline, built once per engine by its kind's `prepare(rule)`.

    The engine merges these over all active rules; it never needs to know which kind asked.
    """

    slots: tuple[SlotDef, ...] = ()                    # extra lexicon slots (a rule's own terms)
    patterns: tuple[tuple[str, list], ...] = ()        # (hit label, spaCy token patterns)
    regexes: tuple[tuple[str, object, int], ...] = ()  # (hit label, compiled regex, reported group)
    cue_anchors: frozenset[str] = frozenset()          # cue sets the cue detector matches everywhere
    cue_companions: frozenset[str] = frozenset()       # cue sets it matches only around an anchor


NOTHING = Preparation()


@dataclass(frozen=True)
class Problem:
    key: str        # the option key the problem is about ('' for the rule itself)
    message: str
    hint: str = ""


def option(type_: str, default: Any = dataclasses.MISSING, help: str = "", choices: tuple[str, ...] = ()):
    """A dataclass field that also says how it is written in YAML."""
    required = default is dataclasses.MISSING
    meta = {"yaml": Field(type_, required=required, default=None if required else default,
                          choices=choices, help=help)}
    if default is dataclasses.MISSING:
        return dataclasses.field(metadata=meta)
    if isinstance(default, (list, dict, set)):
        return dataclasses.field(default_factory=lambda: type(default)(default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def unknown_cue_set(key: str, names, slots, more: str = "") -> Problem | None:
    """The first of `names` that is no cue set of the packs, as a Problem at option `key` (with the known sets)."""
    for name in names:
        slot = slots.get(name)
        if slot is None or slot.kind != "cues":
            known = sorted(n for n, s in slots.items() if s.kind == "cues")
            return Problem(key, f"unknown cue set '{name}'", f"use one of: {', '.join(known) or '(none)'}{more}")
    return None


def rule_label(rule_id: str) -> str:
    """The label under which a component reports hits that belong to one rule (patterns, regexes, own terms)."""
    return f"rule:{rule_id}"


def own_hits(rule, ctx, detector: str, how: str) -> Iterator:
    """Findings for the hits `detector` labelled with this rule's own label."""
    label = rule_label(rule.id)
    for hit in ctx.hits(detector):
        if hit.label == label:
            yield ctx.finding(rule, hit.start, hit.end, how=how, detector=detector)


def option_fields(options_cls) -> dict[str, Field]:
    return {f.name: f.metadata["yaml"] for f in dataclasses.fields(options_cls)}


def doc_sections(module) -> dict[str, str]:
    """Split a kind module's docstring into its sections (summary, What it checks, Options, Example)."""
    text = (module.__doc__ or "").strip()
    sections: dict[str, list[str]] = {"summary": []}
    current = "summary"
    for line in text.splitlines():
        head, sep, rest = line.partition(":")
        if sep and head.strip() in ("What it checks", "Options", "Example"):
            current = head.strip()
            sections[current] = [rest.strip()] if rest.strip() else []
        else:
            sections.setdefault(current, []).append(line)
    return {k: "\n".join(v).strip() for k, v in sections.items()}
