"""Robustness of the packs' own examples to the way people really type.

Every flag example of every rule (and every pack-level example with an expected
rule) is checked again in variants that should not change the verdict: all lower
case, without sentence punctuation, framed by emoji and hashtags, and buried in
the middle of a neutral blog paragraph. A rule that finds "Wachtwoord: Zomer2026!"
but not "wachtwoord zomer2026" recognises a spelling, not the thing. The pass
examples are checked in the same variants: a variant must not raise the rule
either.

    python benchmarks/robustness.py                 # the four organisation packs
    python benchmarks/robustness.py --pack domus -v # one pack, with every lost case

Prints, per pack and variant, the share of flag cases whose rule still fires
(`kept`) and the share of pass cases that still pass (`clean`). Nothing is
written; the numbers go into benchmarks/README.md by hand. With `--floor FILE`
(JSON {pack: {variant: [kept, clean]}}) it exits 1 when a figure is below its
floor: CI runs it so that no change silently makes a pack more brittle.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable

from postcheck.api import load_packs
from postcheck.config import Settings
from postcheck.drafts.read import parse_draft
from postcheck.packtest import strip_marks, engine_for

PACKS = ("domus", "sterkhuis", "hartekamp", "heemstede")
_PUNCT = re.compile(r"[.,!?;:](?=\s|$)")   # sentence punctuation; quotes stay (they change meaning)
_BEFORE = ("Vandaag een lange dag gehad, maar wel een mooie. Het weer zat mee en de koffie was goed. "
           "We hebben veel gepraat over de planning voor het voorjaar en wie wat gaat doen.\n\n")
_AFTER = ("\n\nMorgen weer een nieuwe dag. Fijn weekend allemaal en tot de volgende keer, "
          "dan vertel ik meer over de cursus die ik volg.")

VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda t: t,
    "lower case": str.lower,
    "no punctuation": lambda t: _PUNCT.sub("", t),
    "lower, no punctuation": lambda t: _PUNCT.sub("", t.lower()),
    "emoji and hashtags": lambda t: "😂 " + t + " #weekend #trots 👍",
    "inside a blog": lambda t: _BEFORE + t + _AFTER,
}


def _apply(variant: Callable[[str], str], text: str) -> str:
    """The variant applied to the body only: front matter stays as written."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end > 0:
            return text[:end + 5] + variant(text[end + 5:])
    return variant(text)


def _cases(pack):
    flag, passing = [], []
    for rule in pack.rules:
        for case in rule.examples.flag:
            flag.append((rule.id, case))
        for case in rule.examples.pass_:
            passing.append((rule.id, case))
    for case in pack.examples:
        for rule_id in case.expect:
            flag.append((rule_id, case))
    return flag, passing


def _fired(engine, case, text: str) -> set[str]:
    draft = parse_draft("example.md", text.encode("utf-8"), "markdown")
    checked = next(iter(engine.check([draft], channel=case.channel, capacity=case.capacity)))
    return {f.rule for f in checked.findings}


def score(pack_name: str, verbose: bool) -> dict[str, tuple[float, float]]:
    pack = load_packs(Settings(packs=(pack_name,)))[-1]
    engine = engine_for(pack)
    flag, passing = _cases(pack)
    out = {}
    for name, variant in VARIANTS.items():
        kept = 0
        for rule_id, case in flag:
            text, _ = strip_marks(case.text)
            if rule_id in _fired(engine, case, _apply(variant, text)):
                kept += 1
            elif verbose and name != "as written":
                print(f"  lost [{name}] {rule_id}: {_apply(variant, text)[:110]!r}")
        clean = 0
        for rule_id, case in passing:
            text, _ = strip_marks(case.text)
            if rule_id not in _fired(engine, case, _apply(variant, text)):
                clean += 1
            elif verbose and name != "as written":
                print(f"  raised [{name}] {rule_id}: {_apply(variant, text)[:110]!r}")
        out[name] = (kept / max(1, len(flag)), clean / max(1, len(passing)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pack", action="append", choices=PACKS)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every lost flag case and raised pass case")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--floor", help="JSON {pack: {variant: [kept, clean]}}; exit 1 when a figure is lower")
    args = ap.parse_args(argv)
    figures = {name: score(name, args.verbose) for name in args.pack or PACKS}
    if args.json:
        print(json.dumps({p: {v: [round(k, 3), round(c, 3)] for v, (k, c) in f.items()} for p, f in figures.items()}))
    else:
        print("| pack | variant | flag cases kept | pass cases clean |")
        print("| --- | --- | ---: | ---: |")
        for name, rows in figures.items():
            for variant, (kept, clean) in rows.items():
                print(f"| {name} | {variant} | {kept:.2f} | {clean:.2f} |")
    if not args.floor:
        return 0
    with open(args.floor, encoding="utf-8") as fh:
        floor = json.load(fh)
    worse = [f"{p} / {v}: {what} {got:.3f} is below the floor {low:.3f}"
             for p, rows in floor.items() if p in figures for v, lows in rows.items()
             for what, got, low in zip(("kept", "clean"), figures[p][v], lows, strict=True) if got < low - 1e-9]
    for line in worse:
        print(line, file=sys.stderr)
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
