"""`postcheck explain RULE_ID`: what the rule checks, why (the policy sentence), how to fix it."""
from __future__ import annotations

import textwrap

from .errors import UserError
from .kinds import KINDS
from .kinds.base import doc_sections
from .packs.load import builtin_packs, load_pack
from .packs.schema import suggest


def _all_rules(packs: tuple[str, ...]):
    refs = list(packs) or list(builtin_packs())
    rules = {}
    for ref in refs:
        pack = load_pack(ref)
        for rule in pack.rules:
            rules[rule.id] = (rule, pack)
    return rules


def explain_rule(rule_id: str, packs: tuple[str, ...] = ()) -> str:
    rules = _all_rules(packs)
    if rule_id not in rules:
        matches = [rid for rid in rules if rid.split(".", 1)[-1] == rule_id]
        if len(matches) == 1:
            rule_id = matches[0]
        else:
            options = matches or list(rules)
            raise UserError(f"unknown rule '{rule_id}'", hint=suggest(rule_id, options).replace("valid keys", "rules")
                            if not matches else f"say which one: {', '.join(matches)}")
    rule, pack = rules[rule_id]
    kind_doc = doc_sections(KINDS[rule.kind])

    def wrap(s: str) -> str:
        return textwrap.fill(" ".join(s.split()), width=88, initial_indent="  ", subsequent_indent="  ")

    lines = [f"{rule.id}  ({rule.severity.value}, {rule.category}, kind {rule.kind})", ""]
    lines += ["Wat het controleert:", wrap(rule.message.replace("{text}", "…"))]
    if rule.source:
        lines += ["", "Uit het beleid:", wrap(f"“{rule.source}”")]
    if rule.suggestion:
        lines += ["", "Zo los je het op:", wrap(rule.suggestion.replace("{text}", "…"))]
    if rule.escalation:
        lines += ["", "Wat je nu doet:", wrap(rule.escalation)]
    contact = pack.contact(rule.contact) if rule.contact else (pack.contacts[0] if pack.contacts else None)
    if contact:
        reach = ", ".join(x for x in (contact.name, contact.phone, contact.email) if x)
        lines += ["", "Contact:", wrap(f"{contact.role}" + (f": {reach}" if reach else ""))]
    conds = []
    for label, cond in (("when", rule.when), ("unless", rule.unless)):
        if not cond.is_empty():
            parts = [f"{k}={','.join(v)}" for k, v in (("channel", cond.channel), ("capacity", cond.capacity),
                                                         ("mentions", cond.mentions)) if v]
            parts += [f"front_matter.{k}={v}" for k, v in cond.front_matter]
            conds.append(f"{label}: {'; '.join(parts)}")
    how = kind_doc.get("What it checks", kind_doc.get("summary", ""))
    lines += ["", f"How it works (kind '{rule.kind}'):", wrap(how)]
    if conds:
        lines += [wrap(c) for c in conds]
    where = f"{rule.loc.path}:{rule.loc.line}" if rule.loc else pack.path
    inherited = f" (inherited from {rule.defined_in})" if rule.defined_in != pack.name else ""
    lines += ["", f"Defined in {where}{inherited}"]
    return "\n".join(lines)
