"""Packs and rules as loaded: frozen values with the location they came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Contact, Severity
from ..yamlio import Loc


@dataclass(frozen=True)
class SlotDef:
    """A lexicon slot: named list of entries that detectors match (clients, staff, ...)."""

    name: str
    kind: str                       # names | places | terms
    files: tuple[str, ...] = ()     # resolved absolute paths
    entries: tuple[str, ...] = ()   # inline entries (never real client names in built-in packs)
    fuzzy: bool = True
    compounds: bool = False
    inflect: bool = True
    description: str = ""
    loc: Loc | None = None
    # cues: the scopes in which a hit still counts in a rule's `when`/`unless` (default none: only the writer's own
    # words count); a consent reported or quoted is a consent ("je zei dat ik je naam mocht noemen")
    counts_in: tuple[str, ...] = ()
    # cues: cue sets whose hit, said by the writer anywhere in the draft, cancels this set in `when`/`unless`
    # (a consent the writer doubts in the same post is no consent: "of ze het goed vindt weet ik niet")
    cancelled_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Condition:
    """When a rule applies. Empty fields mean 'any'."""

    channel: tuple[str, ...] = ()
    capacity: tuple[str, ...] = ()
    front_matter: tuple[tuple[str, Any], ...] = ()  # (key, True=present | False=absent | value | names one of (tuple))
    mentions: tuple[str, ...] = ()   # lexicon slots, cue sets or detector labels (e.g. personal_data.phone): any one
    cues: tuple[str, ...] = ()       # cue sets that must EACH occur (said by the writer: not negated, quoted, reported)
    no_cues: tuple[str, ...] = ()    # cue sets of which NONE may occur (said by the writer, as for `cues`)
    # a mention inside the writer's personal statement ("niet namens Domus") does not count for `mentions`
    outside_statement: bool = False
    # alternatives (a YAML list under `unless`): the condition holds when any one of them holds
    any_of: tuple["Condition", ...] = ()

    def is_empty(self) -> bool:
        return not (self.channel or self.capacity or self.front_matter or self.mentions or self.cues or self.no_cues
                    or self.any_of)

    def parts(self) -> tuple["Condition", ...]:
        """This condition and its alternatives: every condition whose mentions and cues a draft may be asked for."""
        return (self, *self.any_of)


@dataclass(frozen=True)
class ExampleCase:
    text: str
    channel: str | None = None
    capacity: str | None = None
    expect: tuple[str, ...] = ()        # full rule ids expected (flag cases)
    verdict: str | None = None          # expected verdict, when given
    why: str = ""                       # known misses: why it is missed
    loc: Loc | None = None


@dataclass(frozen=True)
class RuleExamples:
    lexicons: tuple[tuple[str, tuple[str, ...]], ...] = ()
    flag: tuple[ExampleCase, ...] = ()
    pass_: tuple[ExampleCase, ...] = ()
    known_misses: tuple[ExampleCase, ...] = ()


@dataclass(frozen=True)
class FixSpec:
    """A mechanical fix for a rule's findings, applied by `postcheck fix` and the web page (fix.py).

    action: replace (the found text by `text`), remove (the found text), append (the sentence
    `text` at the end of the post) or shorten (the post to the channel's limit, ending with the
    link `text` when given).
    """

    action: str
    text: str = ""


@dataclass(frozen=True)
class Rule:
    id: str                 # full id: pack.rule-id
    local_id: str
    pack: str
    kind: str
    category: str
    severity: Severity
    message: str
    options: Any            # the kind's Options dataclass
    suggestion: str = ""
    source: str = ""        # the policy sentence
    escalation: str = ""    # what to do, for the verdict's advice
    contact: str = ""       # contact id
    when: Condition = field(default_factory=Condition)
    unless: Condition = field(default_factory=Condition)
    examples: RuleExamples = field(default_factory=RuleExamples)
    loc: Loc | None = None
    defined_in: str = ""    # the pack that wrote this rule (differs from `pack` when inherited)
    fix: FixSpec | None = None  # a safe mechanical fix, when the pack gives one
    also_categories: tuple[str, ...] = ()  # further contract categories its findings fall under


@dataclass(frozen=True)
class Pack:
    name: str
    version: str
    language: str
    path: str
    description: str = ""
    extends: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    slots: dict[str, SlotDef] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()
    allow_phones: tuple[str, ...] = ()
    allow_emails: tuple[str, ...] = ()
    allow_addresses: tuple[str, ...] = ()   # the organisation's own published addresses ("Raadhuisplein 1, ...")
    organisation: tuple[str, ...] = ()   # the organisation's own name forms
    advice: dict[str, str] = field(default_factory=dict)   # verdict -> general advice
    examples: tuple[ExampleCase, ...] = ()   # pack-level drafts with expected rule ids / verdict
    lexicon_examples: tuple[tuple[str, tuple[str, ...]], ...] = ()  # slot -> entries for pack examples
    overrides: tuple[str, ...] = ()  # a notice per own rule replacing an inherited one (packs validate)

    def contact(self, contact_id: str) -> Contact | None:
        for c in self.contacts:
            if c.id == contact_id:
                return c
        return None
