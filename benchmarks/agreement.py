"""How far two people who read the same policy agree on a draft's verdict, and how far postcheck agrees with each.

The dev set's labels are one writer's judgement. For some halves a second annotator, who saw neither the labels
nor the tool, labelled every draft again from the policy alone (`devset/SECOND_BRIEF.md`; the labels are
`devset/<half>/<org>/second.yaml`, one entry per draft: file, verdict, categories, why). This prints, per half and
organisation:

* agreement and Cohen's kappa between writer and second annotator on the verdict (kappa corrects for the agreement
  two annotators would reach by chance, given how often each gives each verdict), and their confusion table;
* the category recall of the second annotator against the writer (the share of the writer's categories that the
  second annotator named too): a human ceiling for the scorer's category recall;
* with `--tool`: postcheck's verdicts (through the API, as `devset_score.py` checks), against the writer, against
  the second annotator, and its accuracy, block recall and false alarms on the drafts both people agree on.

Usage: .venv/bin/python benchmarks/agreement.py [--half holdout23 ...] [--tool]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devset_score as ds  # noqa: E402

VERDICTS = ds.VERDICTS


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of (a, b) label pairs; kappa is 1.0 when chance agreement is total."""
    n = len(pairs)
    if not n:
        raise ValueError("no pairs")
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(ca[v] * cb[v] for v in set(ca) | set(cb)) / (n * n)
    return observed, (1.0 if chance == 1 else (observed - chance) / (1 - chance))


def halves_with_second(devset: Path) -> list[str]:
    return sorted(p.name for p in devset.iterdir() if p.is_dir() and any(p.glob("*/second.yaml")))


def load(devset: Path, half: str, org: str) -> list[tuple[ds.Case, dict]]:
    """The writer's cases of one organisation with the second annotator's entry for each."""
    path = devset / half / org / "second.yaml"
    if not path.is_file():
        return []
    second = {e["file"]: e for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []}
    out = []
    for case in ds.load_cases(devset, half, org):
        entry = second.get(case.file.name)
        if entry is None:
            raise SystemExit(f"{path}: no entry for {case.file.name}")
        if entry.get("verdict") not in VERDICTS:
            raise SystemExit(f"{path}: {case.file.name}: verdict must be one of {VERDICTS}")
        out.append((case, entry))
    return out


def report(label: str, rows: list[tuple[ds.Case, dict]], tool: bool) -> None:
    writer = [c.verdict for c, _ in rows]
    second = [e["verdict"] for _, e in rows]
    po, k = kappa(list(zip(writer, second, strict=True)))
    cats = sum(len(c.categories) for c, _ in rows)
    named = sum(cat in (e.get("categories") or ()) for c, e in rows for cat in c.categories)
    line = f"| {label} | {len(rows)} | {po:.3f} | {k:.3f} | {named / cats:.3f} |" if cats else \
        f"| {label} | {len(rows)} | {po:.3f} | {k:.3f} | - |"
    if tool:
        got = [c.got_verdict or "" for c, _ in rows]
        pw, kw = kappa(list(zip(got, writer, strict=True)))
        ps, _ks = kappa(list(zip(got, second, strict=True)))
        both = [(c, g) for (c, _), g, s in zip(rows, got, second, strict=True) if c.verdict == s]
        acc = sum(c.verdict == g for c, g in both) / len(both)
        blocks = [g for c, g in both if c.verdict == "block"]
        oks = [g for c, g in both if c.verdict == "ok"]
        br = f"{sum(g == 'block' for g in blocks) / len(blocks):.3f}" if blocks else "-"
        fa = f"{sum(g != 'ok' for g in oks) / len(oks):.3f}" if oks else "-"
        line += f" {pw:.3f} | {kw:.3f} | {ps:.3f} | {len(both)} | {acc:.3f} | {br} | {fa} |"
    print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=ds.DEVSET)
    ap.add_argument("--half", action="append", help="a half with second.yaml files (repeatable; default: all)")
    ap.add_argument("--tool", action="store_true", help="also score postcheck against both annotators")
    args = ap.parse_args(argv)
    halves = args.half or halves_with_second(args.devset)
    if not halves:
        print(f"no half in {args.devset} has second.yaml files", file=sys.stderr)
        return 2
    head = "| half / org | drafts | agreement | kappa | 2nd's category recall |"
    if args.tool:
        head += " tool = writer | tool kappa | tool = 2nd | both agree | tool acc there | block recall | false alarms |"
    print(head)
    print("|" + " --- |" + " ---: |" * (head.count("|") - 2))
    everything: list[tuple[ds.Case, dict]] = []
    for half in halves:
        rows_half: list[tuple[ds.Case, dict]] = []
        for org in ds.ORGS:
            rows = load(args.devset, half, org)
            if not rows:
                continue
            if args.tool:
                ds.check_cases(args.devset, half, org, [c for c, _ in rows])
            report(f"{half}/{org}", rows, args.tool)
            rows_half += rows
        if not rows_half:
            print(f"{half}: no second.yaml files", file=sys.stderr)
            return 2
        report(f"**{half}**", rows_half, args.tool)
        everything += rows_half
    if len(halves) > 1:
        report("**all**", everything, args.tool)
    table = Counter((c.verdict, e["verdict"]) for c, e in everything)
    print("\nwriter (rows) x second annotator (columns):")
    print("| | " + " | ".join(VERDICTS) + " |\n| --- |" + " ---: |" * len(VERDICTS))
    for v in VERDICTS:
        print(f"| {v} | " + " | ".join(str(table[(v, w)]) for w in VERDICTS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
