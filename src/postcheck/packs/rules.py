"""Rules of a pack: their fields, conditions, examples, message templates and fixes.

`parse_rule` turns one rule mapping (after `extends` merged it) into a `Rule`,
adding every problem found (file:line:col, what, how to fix) to `problems`;
`load.py` composes packs and calls it for each rule.
"""
from __future__ import annotations

import re
import string
from typing import Any, Callable, Collection

from ..errors import UserError
from ..kinds import KINDS
from ..kinds.base import option_fields
from ..kinds.detect import LABELS as DETECTOR_LABELS
from ..model import CAPACITIES, CATEGORIES, CHANNELS, Severity, is_category
from ..schema import ANY, BOOL, LIST, MAP, TEXT, TEXTS, Field, read_fields, suggest
from ..yamlio import Loc, YList, YMap
from .model import Condition, ExampleCase, FixSpec, Rule, RuleExamples

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DETECTOR_MENTIONS = {f"{detector}.{label}" for detector, labels in DETECTOR_LABELS.items() for label in labels}

RULE_FIELDS = {
    "id": Field(TEXT, required=True, help="kebab-case, named after what is flagged"),
    "kind": Field(TEXT, required=True, help=f"one of {', '.join(KINDS)}"),
    "category": Field(TEXT, required=True), "severity": Field(TEXT, required=True),
    "message": Field(TEXT, required=True), "suggestion": Field(TEXT, default=""),
    "source": Field(TEXT, default=""), "escalation": Field(TEXT, default=""),
    "contact": Field(TEXT, default=""), "when": Field(MAP, default={}),
    "unless": Field(ANY, default={}, help="a condition, or a list of conditions of which any one lifts the rule"),
    "examples": Field(MAP, default={}), "fix": Field(MAP, default={}),
    "also_categories": Field(TEXTS, default=[], help="further contract categories the rule's findings fall under"),
}
FIX_FIELDS = {
    "replace": Field(TEXT, default=None, help="replace the found text by this (e.g. 'een bewoner')"),
    "remove": Field(BOOL, default=False, help="remove the found text (a phone number, an address)"),
    "append": Field(TEXT, default=None, help="add this sentence at the end of the post"),
    "shorten": Field(BOOL, default=False, help="shorten the post to the channel's limit (length rules)"),
    "link": Field(TEXT, default="", help="with shorten: end the shortened post with this link"),
}
CONDITION_FIELDS = {
    "channel": Field(TEXTS, default=[], choices=CHANNELS), "capacity": Field(TEXTS, default=[], choices=CAPACITIES),
    "front_matter": Field(MAP, default={}), "mentions": Field(TEXTS, default=[]),
    "cues": Field(TEXTS, default=[]),
    "no_cues": Field(TEXTS, default=[], help="cue sets of which none may occur"),
    "mentions_outside_statement": Field(BOOL, default=False,
                                        help="a mention inside the writer's personal statement does not count"),
}
EXAMPLES_FIELDS = {"lexicons": Field(MAP, default={}), "flag": Field(LIST, default=[]),
                   "pass": Field(LIST, default=[]), "known_misses": Field(LIST, default=[])}
CASE_FIELDS = {"text": Field(TEXT, required=True), "channel": Field(TEXT, default=None, choices=CHANNELS),
               "capacity": Field(TEXT, default=None, choices=CAPACITIES), "expect": Field(TEXTS, default=[]),
               "verdict": Field(TEXT, default=None, choices=("ok", "review", "block")), "why": Field(TEXT, default="")}


def _condition(raw: Any, loc: Loc, where: str, slots: dict, problems: list[UserError]) -> Condition:
    if not raw:
        return Condition()
    vals = read_fields(raw, CONDITION_FIELDS, where, loc, problems)
    for m in vals["mentions"]:
        if m not in slots and m not in DETECTOR_MENTIONS and m != "organisation":
            problems.append((raw.value_loc("mentions") if isinstance(raw, YMap) else loc).error(
                f"{where}.mentions: unknown slot or detector '{m}'",
                suggest(m, [*slots, "organisation", *sorted(DETECTOR_MENTIONS)]).replace("valid keys", "valid names")))
    cue_sets = sorted(n for n, s in slots.items() if getattr(s, "kind", None) == "cues")
    for key in ("cues", "no_cues"):
        for c in vals[key]:
            if c not in cue_sets:
                problems.append((raw.value_loc(key) if isinstance(raw, YMap) else loc).error(
                    f"{where}.{key}: unknown cue set '{c}'",
                    suggest(c, cue_sets).replace("valid keys", "cue sets")))
    # a list value: the key's value names one of these (evaluate.Context.holds)
    fm = tuple((str(k), tuple(str(x) for x in v) if isinstance(v, list) else v)
               for k, v in (vals["front_matter"] or {}).items())
    return Condition(tuple(vals["channel"]), tuple(vals["capacity"]), fm, tuple(vals["mentions"]), tuple(vals["cues"]),
                     no_cues=tuple(vals["no_cues"]), outside_statement=bool(vals["mentions_outside_statement"]))


def _unless(raw: Any, loc: Loc, where: str, slots: dict, problems: list[UserError]) -> Condition:
    """`unless`: one condition (a mapping), or a list of them of which any one lifts the rule."""
    if isinstance(raw, list):
        alts = []
        for i, item in enumerate(raw):
            iloc = raw.item_loc(i) if isinstance(raw, YList) else loc
            if not isinstance(item, dict):
                problems.append(iloc.error(f"{where}[{i}]: each alternative must be a condition (key: value lines)",
                                           "write e.g. '- {front_matter: {approval: true}}'"))
                continue
            alts.append(_condition(item, iloc, f"{where}[{i}]", slots, problems))
        return Condition(any_of=tuple(a for a in alts if not a.is_empty()))
    if raw and not isinstance(raw, dict):
        problems.append(loc.error(f"{where}: must be a condition (key: value lines) or a list of conditions",
                                  "write e.g. 'unless: {front_matter: {approval: true}}'"))
        return Condition()
    return _condition(raw, loc, where, slots, problems)


def parse_cases(items: Any, node: Any, where: str, pack: str, problems: list[UserError],
           default_expect=()) -> tuple[ExampleCase, ...]:
    out = []
    if not isinstance(items, list):
        return ()
    for i, item in enumerate(items):
        fallback = node.loc if isinstance(node, YMap) else Loc("?", 0, 0)
        iloc = items.item_loc(i) if isinstance(items, YList) else fallback
        if isinstance(item, str):
            out.append(ExampleCase(text=item, expect=tuple(default_expect), loc=iloc))
            continue
        vals = read_fields(item, CASE_FIELDS, f"{where}[{i}]", iloc, problems)
        if vals["text"] is None:
            continue
        expect = tuple(e if "." in e else f"{pack}.{e}" for e in vals["expect"]) or tuple(default_expect)
        out.append(ExampleCase(vals["text"], vals["channel"], vals["capacity"], expect, vals["verdict"],
                               vals["why"] or "", iloc))
    return tuple(out)


def _examples(raw: Any, loc: Loc, where: str, rule_id: str, pack: str, problems: list[UserError]) -> RuleExamples:
    if not raw:
        return RuleExamples()
    vals = read_fields(raw, EXAMPLES_FIELDS, where, loc, problems)
    lex = tuple((str(k), tuple(v if isinstance(v, list) else [v])) for k, v in (vals["lexicons"] or {}).items())
    return RuleExamples(
        lexicons=lex,
        flag=parse_cases(vals["flag"], raw, f"{where}.flag", pack, problems, (rule_id,)),
        pass_=parse_cases(vals["pass"], raw, f"{where}.pass", pack, problems),
        known_misses=parse_cases(vals["known_misses"], raw, f"{where}.known_misses", pack, problems, (rule_id,)),
    )


PLACEHOLDERS = ("text", "channel", "capacity", "count", "limit", "category")


MAX_FORMAT_WIDTH = 100  # a width or precision above this in a {placeholder:spec} is refused


def _template_problem(template: str | None) -> str | None:
    """A message template may only use the known {placeholders}; anything else would fail at check time.

    A format spec (`{count:>5}`) must work for text and for numbers (a
    placeholder a rule kind does not fill stays as the text `{count}`), and
    its width and precision are bounded, so a message can never crash or
    flood a check.
    """
    if not template:
        return None
    try:
        parts = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        return f"unbalanced braces ({exc})"
    for name, spec, conv in parts:
        if name not in PLACEHOLDERS:
            return f"unknown placeholder '{{{name}}}'"
        if "{" in (spec or "") or "}" in (spec or ""):
            return f"nested placeholder in '{{{name}:{spec}}}'"
        if any(int(n) > MAX_FORMAT_WIDTH for n in re.findall(r"\d+", spec or "")):
            return f"width or precision above {MAX_FORMAT_WIDTH} in '{{{name}:{spec}}}'"
        for sample in ("tekst", 12):
            try:
                converters: dict[str, Callable[[object], str]] = {"r": repr, "s": str, "a": ascii}
                value = converters[conv](sample) if conv else sample
                format(value, spec or "")
            except (ValueError, TypeError, KeyError):
                return f"format '{{{name}{'!' + conv if conv else ''}:{spec}}}' does not work for every value"
    return None


def parse_rule(raw: YMap, local_id: str, defined_in: str, pack: str, contacts: Collection[str], slots: dict,
          problems: list[UserError]) -> Rule | None:
    where = f"rule '{local_id}'"
    kind_name = raw.get("kind")
    module = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if module is None:
        shown = kind_name if isinstance(kind_name, str) else "?"
        if "kind" in raw:
            problems.append(raw.value_loc("kind").error(f"{where}: unknown kind '{shown}'",
                                                        suggest(shown, KINDS).replace("valid keys", "valid kinds")))
        else:
            problems.append(raw.loc.error(f"{where}: missing required key 'kind'",
                                          f"add 'kind:' (one of {', '.join(KINDS)})"))
        return None
    opt_fields = option_fields(module.Options)
    n_before = len(problems)
    vals = read_fields(raw, {**RULE_FIELDS, **opt_fields}, where, raw.loc, problems)
    if not ID_RE.match(local_id):
        example = re.sub(r'[^a-z0-9]+', '-', local_id.lower()).strip('-') or 'client-name'
        problems.append(raw.value_loc("id").error(f"{where}: id must be kebab-case (a-z, 0-9, '-')",
                                                  f"write e.g. '{example}'"))
    if vals["severity"] is not None and vals["severity"] not in ("info", "review", "block"):
        problems.append(raw.value_loc("severity").error(
            f"{where}: severity must be info, review or block, not '{str(vals['severity'])[:20]}'",
            suggest(str(vals["severity"]), ("info", "review", "block")).replace("valid keys", "valid values")))
    if vals["category"] is not None and not is_category(vals["category"]):
        problems.append(raw.value_loc("category").error(
            f"{where}: unknown category '{str(vals['category'])[:30]}'",
            suggest(vals["category"], CATEGORIES).replace("valid keys", "valid categories")
            + " (or prefix your own with 'x-')"))
    _also_problems(vals, raw, where, problems)
    if vals["contact"] and vals["contact"] not in contacts:
        hint = (suggest(vals["contact"], contacts).replace("valid keys", "contacts") if contacts
                else f"define it under 'contacts:' with 'id: {vals['contact']}'")
        problems.append(raw.value_loc("contact").error(f"{where}: unknown contact '{vals['contact']}'", hint))
    if len(problems) > n_before:
        return None
    for key in ("message", "suggestion", "escalation"):
        problem = _template_problem(vals[key])
        if problem:
            problems.append(raw.value_loc(key).error(f"{where}: {key}: {problem}",
                                                     "write {{ and }} for literal braces; placeholders: "
                                                     + ", ".join(PLACEHOLDERS)))
    options = module.Options(**{k: vals[k] for k in opt_fields if vals[k] is not None})
    for p in module.validate(options, slots):
        loc = raw.value_loc(p.key) if p.key and p.key in raw else raw.loc
        problems.append(loc.error(f"{where}: {p.message}", p.hint))
    full_id = f"{pack}.{local_id}"
    return Rule(
        id=full_id, local_id=local_id, pack=pack, kind=str(kind_name), category=vals["category"],
        severity=Severity(vals["severity"]), message=vals["message"], options=options,
        suggestion=vals["suggestion"] or "", source=vals["source"] or "", escalation=vals["escalation"] or "",
        contact=vals["contact"] or "",
        when=_condition(vals["when"], raw.value_loc("when"), f"{where}.when", slots, problems),
        unless=_unless(vals["unless"], raw.value_loc("unless"), f"{where}.unless", slots, problems),
        examples=_examples(vals["examples"], raw.value_loc("examples"), f"{where}.examples", full_id, pack,
                           problems),
        loc=raw.loc, defined_in=defined_in,
        fix=_fix(vals["fix"], raw.value_loc("fix"), where, kind_name, problems),
        also_categories=tuple(vals["also_categories"] or ()),
    )


def _also_problems(vals: dict, raw: Any, where: str, problems: list[UserError]) -> None:
    """`also_categories`: contract categories (or `x-...`), each once, none the rule's own `category`."""
    seen: set[str] = set()
    for c in vals["also_categories"] or ():
        if not is_category(c):
            problems.append(raw.value_loc("also_categories").error(
                f"{where}: also_categories: unknown category '{str(c)[:30]}'",
                suggest(c, CATEGORIES).replace("valid keys", "valid categories") + " (or prefix your own with 'x-')"))
        elif c == vals["category"] or c in seen:
            problems.append(raw.value_loc("also_categories").error(
                f"{where}: also_categories: '{c}' is " + ("the rule's own category" if c == vals["category"]
                                                          else "listed twice"),
                "list each further category once, without the rule's own `category`"))
        seen.add(c)


def _fix(raw: Any, loc: Loc, where: str, kind: str | None, problems: list[UserError]) -> FixSpec | None:
    """`fix: {replace: "een bewoner"}` | `{remove: true}` | `{append: "..."}` | `{shorten: true, link: ...}`."""
    if not raw:
        return None
    n_before = len(problems)
    vals = read_fields(raw, FIX_FIELDS, f"{where}.fix", loc, problems)
    if len(problems) > n_before:
        return None  # one problem per mistake: no follow-up complaint about the same mapping
    actions = [a for a in ("replace", "remove", "append", "shorten") if vals[a] not in (None, False)]
    if len(actions) != 1:
        problems.append(loc.error(f"{where}.fix: give exactly one of replace, remove, append, shorten",
                                  "write e.g. fix: {replace: \"een bewoner\"} or fix: {remove: true}"))
        return None
    action = actions[0]
    if action == "shorten" and kind != "length":
        problems.append(loc.error(f"{where}.fix: shorten only fits a rule of kind length", "use replace or remove"))
        return None
    if vals["link"] and action != "shorten":
        problems.append(loc.error(f"{where}.fix: link only goes with shorten", "remove 'link:'"))
        return None
    text = vals["link"] if action == "shorten" else (vals[action] if isinstance(vals[action], str) else "")
    return FixSpec(action, text or "")
