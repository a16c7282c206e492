"""`postcheck explain RULE_ID`: what the rule checks, why (the policy sentence), how to fix it."""
from __future__ import annotations

import difflib
import textwrap

from .drafts.fmschema import RULE_ID as FRONT_MATTER_RULE
from .errors import UserError
from .kinds import KINDS
from .kinds.base import doc_sections
from .packs.load import builtin_packs, load_pack
from .suppress import RULE as SUPPRESSION_RULE


def _all_rules(packs: tuple[str, ...]):
    refs = list(packs) or list(builtin_packs())
    rules = {}
    for ref in refs:
        pack = load_pack(ref)
        for rule in pack.rules:
            rules[rule.id] = (rule, pack)
    return rules


# Rules of postcheck itself (not of a pack): what they check and how to fix, for `explain`.
ENGINE_RULES = {
    FRONT_MATTER_RULE: (
        "review", "other",
        "De gegevens bovenaan het bericht (front matter tussen de regels ---) passen niet: een onbekende "
        "sleutel (bijvoorbeeld 'chanel' in plaats van 'channel'), een waarde van de verkeerde soort, of een "
        "akkoord zonder wie (by) en wanneer (date) of kenmerk (ref). Zo'n waarde telt niet mee: een "
        "'approval: ja' heft geen regel op die een vastgelegd akkoord vraagt.",
        "Verbeter de sleutel of waarde zoals de melding zegt. De sleutels staan in CONTRACT.md, paragraaf 5: "
        "channel, capacity, author, page, approval (by, ref, date), images (file, shows, consent), reply_to.",
        "the draft's front matter is checked against a schema (postcheck/drafts/fmschema.py); "
        "each problem is a review finding at the line of its key, and the draft is still checked."),
    SUPPRESSION_RULE: (
        "review", "other",
        "Een regel wordt in het bericht uitgezet (<!-- postcheck: allow REGEL reason=\"...\" -->) zonder reden, "
        "of een uitzetting dekt niets (meer).",
        "Geef bij elke uitzetting een reden (reason=\"...\"), of haal een uitzetting weg die niets meer dekt.",
        "inline suppressions are HTML comments (postcheck/suppress.py); one without a reason suppresses nothing "
        "and needs review; one that covers nothing is reported for information."),
}


def wrap(s: str) -> str:
    return textwrap.fill(" ".join(s.split()), width=88, initial_indent="  ", subsequent_indent="  ")


def _engine_rule(rule_id: str) -> str:
    severity, category, what, fix, how = ENGINE_RULES[rule_id]

    return "\n".join([f"{rule_id}  ({severity}, {category}, built into postcheck)", "",
                      "Wat het controleert:", wrap(what), "", "Zo los je het op:", wrap(fix), "",
                      "How it works:", wrap(how)])


def explain_rule(rule_id: str, packs: tuple[str, ...] = ()) -> str:
    if rule_id in ENGINE_RULES:
        return _engine_rule(rule_id)
    rules = _all_rules(packs)
    if rule_id not in rules:
        matches = [rid for rid in rules if rid.split(".", 1)[-1] == rule_id]
        if len(matches) == 1:
            rule_id = matches[0]
        elif matches:
            raise UserError(f"unknown rule '{rule_id}'", hint=f"say which one: {', '.join(matches)}")
        else:
            close = difflib.get_close_matches(rule_id, [*rules, *ENGINE_RULES], n=1, cutoff=0.6)
            hint = (f"did you mean {close[0]!r}?" if close else
                    "'postcheck packs show PACK' lists the rules of a pack")
            raise UserError(f"unknown rule '{rule_id}'", hint=hint)
    rule, pack = rules[rule_id]
    kind_doc = doc_sections(KINDS[rule.kind])

    lines = [f"{rule.id}  ({rule.severity.value}, {rule.category}, kind {rule.kind})", ""]
    lines += ["Wat het controleert:", wrap(_placeholders(rule.message))]
    if rule.source:
        lines += ["", "Uit het beleid:", wrap(f"“{rule.source}”")]
    if rule.suggestion:
        lines += ["", "Zo los je het op:", wrap(_placeholders(rule.suggestion))]
    if rule.escalation:
        lines += ["", "Wat je nu doet:", wrap(rule.escalation)]
    contact = pack.contact(rule.contact) if rule.contact else (pack.contacts[0] if pack.contacts else None)
    if contact:
        reach = ", ".join(x for x in (contact.name, contact.phone, contact.email) if x)
        lines += ["", "Contact:", wrap(f"{contact.role}" + (f": {reach}" if reach else ""))]
    conds = []
    for label, cond in (("when", rule.when), ("unless", rule.unless)):
        if not cond.is_empty():
            shown = [_condition_text(c) for c in (cond.any_of or (cond,))]
            conds.append(f"{label}: {' | or: '.join(shown)}")
    how = kind_doc.get("What it checks", kind_doc.get("summary", ""))
    lines += ["", f"How it works (kind '{rule.kind}'):", wrap(how)]
    if conds:
        lines += [wrap(c) for c in conds]
    where = f"{rule.loc.path}:{rule.loc.line}" if rule.loc else pack.path
    inherited = f" (inherited from {rule.defined_in})" if rule.defined_in != pack.name else ""
    lines += ["", f"Defined in {where}{inherited}"]
    return "\n".join(lines)


def _placeholders(template: str) -> str:
    """A message template as the user reads it before any draft: the found text as "…", the judge's category
    as "categorie"."""
    return template.replace("{text}", "…").replace("{category}", "categorie")


def _condition_text(cond) -> str:
    parts = [f"{k}={','.join(v)}" for k, v in (("channel", cond.channel), ("capacity", cond.capacity),
                                                 ("mentions", cond.mentions), ("cues", cond.cues),
                                                 ("no_cues", cond.no_cues)) if v]
    parts += [f"front_matter.{k}={v}" for k, v in cond.front_matter]
    if cond.outside_statement:
        parts.append("mentions_outside_statement")
    return "; ".join(parts)
