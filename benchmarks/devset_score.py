"""Score postcheck on the development set (benchmarks/devset/, see its README).

Checks every draft with postcheck's API (`postcheck.api`: one engine per organisation and config, each
(channel, capacity) group passed as the CLI's `--channel`/`--capacity` would) or, with `--postcheck CMD`,
with that command's CLI (`check --format json --fail-on never`, one process per group), and prints per
organisation:

- verdict accuracy: share of drafts whose verdict is the expected one;
- block recall: share of drafts that must not go out (expected `block`) that get `block`;
- false alarms: share of drafts that must pass (expected `ok`) that do not get `ok`;
- category recall: share of expected categories (over all drafts) that the findings include.

    python benchmarks/devset_score.py --half tune            # the half rules are developed against
    python benchmarks/devset_score.py --half holdout -v      # the first held-out half (scored once, now spent)
    python benchmarks/devset_score.py --half holdout2 -v     # the second held-out half (scored once, now spent)
    python benchmarks/devset_score.py --half holdout3 -v     # the third held-out half (scored once, now spent)
    python benchmarks/devset_score.py --half holdout4 -v     # the fourth held-out half, scored at the end
    python benchmarks/devset_score.py --half holdout5         # the fifth held-out half, scored at the end
    python benchmarks/devset_score.py --half tune --floor benchmarks/devset/tune-floor.json

`--floor FILE` exits 1 when any figure falls below the floor recorded there (CI uses it on tune/).
`-v` lists every draft whose verdict or categories differ, with what was found.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEVSET = HERE / "devset"
ORGS = ("domus", "sterkhuis", "hartekamp", "heemstede")
VERDICTS = ("ok", "review", "block")
METRICS = ("accuracy", "block_recall", "false_alarms", "category_recall")


@dataclass
class Case:
    org: str
    file: Path
    verdict: str
    categories: tuple[str, ...]
    channel: str | None
    capacity: str | None
    got_verdict: str | None = None
    got_categories: tuple[str, ...] = ()
    got_rules: tuple[str, ...] = ()


@dataclass
class Score:
    n: int = 0
    correct: int = 0
    blocks: int = 0
    blocks_caught: int = 0
    oks: int = 0
    oks_stopped: int = 0
    cats: int = 0
    cats_found: int = 0
    misses: list[Case] = field(default_factory=list)

    def add(self, c: Case) -> None:
        self.n += 1
        self.correct += c.got_verdict == c.verdict
        if c.verdict == "block":
            self.blocks += 1
            self.blocks_caught += c.got_verdict == "block"
        if c.verdict == "ok":
            self.oks += 1
            self.oks_stopped += c.got_verdict != "ok"
        self.cats += len(c.categories)
        self.cats_found += sum(1 for cat in c.categories if cat in c.got_categories)
        if c.got_verdict != c.verdict or any(cat not in c.got_categories for cat in c.categories):
            self.misses.append(c)

    def figures(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None
        return {
            "accuracy": ratio(self.correct, self.n),
            "block_recall": ratio(self.blocks_caught, self.blocks),
            "false_alarms": ratio(self.oks_stopped, self.oks),
            "category_recall": ratio(self.cats_found, self.cats),
        }


def load_cases(devset: Path, half: str, org: str) -> list[Case]:
    folder = devset / half / org
    expected = folder / "expected.yaml"
    if not expected.is_file():
        return []
    entries = yaml.safe_load(expected.read_text(encoding="utf-8")) or []
    cases = []
    for e in entries:
        verdict = str(e["verdict"])
        if verdict not in VERDICTS:
            raise SystemExit(f"{expected}: {e['file']}: verdict must be one of {VERDICTS}, not {verdict!r}")
        path = folder / e["file"]
        if not path.is_file():
            raise SystemExit(f"{expected}: {e['file']}: no such draft")
        cases.append(Case(org, path, verdict, tuple(e.get("categories") or ()), e.get("channel"), e.get("capacity")))
    return cases


def run_group(postcheck: list[str], org: str, cases: list[Case], config: Path | None) -> None:
    first = cases[0]
    cmd = [*postcheck, "check", "--pack", org, "--format", "json", "--fail-on", "never"]
    if config is not None:
        cmd += ["--config", str(config)]
    if first.channel:
        cmd += ["--channel", first.channel]
    if first.capacity:
        cmd += ["--capacity", first.capacity]
    cmd += [str(c.file) for c in cases]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"postcheck failed for {org} (exit {proc.returncode}): {proc.stderr.strip()[:500]}")
    report = json.loads(proc.stdout)
    by_path = {str(Path(f["path"]).resolve()): f for f in report["files"]}
    for c in cases:
        f = by_path.get(str(c.file.resolve()))
        if f is None:
            raise SystemExit(f"postcheck reported nothing for {c.file}")
        # the JSON lists a finding once per category it carries (`also_of` on the further ones)
        _record(c, f["verdict"], [(x["rule"], x["category"], x["severity"]) for x in f["findings"]])


def _record(c: Case, verdict: str, findings: list[tuple[str, str, str]]) -> None:
    """`findings` as (rule, category, severity) triples."""
    c.got_verdict = verdict
    c.got_categories = tuple(sorted({cat for _, cat, sev in findings if sev != "info"}))
    c.got_rules = tuple(sorted({rule for rule, _, _ in findings}))


def run_in_process(org: str, groups: list[list[Case]], config: Path | None) -> None:
    """Every group of one organisation through one engine, as `postcheck check --pack ORG [--config]
    --channel/--capacity` would check it (the same settings, engine and summary as the CLI)."""
    from postcheck.api import build_engine, check_drafts, read_drafts
    from postcheck.config import settings_for
    settings = settings_for(str(config) if config else None, Path.cwd(), packs=(org,), fail_on="never")
    engine = build_engine(settings)
    for cases in groups:
        first = cases[0]
        report = check_drafts(engine, read_drafts([str(c.file) for c in cases]), "never", first.channel,
                              first.capacity)
        for c, f in zip(cases, report.files, strict=True):
            _record(c, f.verdict.value, [(x.rule, cat, x.severity.value) for x in f.findings
                                         for cat in (x.category, *x.also)])


def check_cases(devset: Path, half: str, org: str, cases: list[Case], postcheck: list[str] | None = None) -> None:
    """Check one organisation's cases of a half (grouped by channel and capacity, with the half's
    `postcheck.yaml` when it has one) and record the results on the cases."""
    config = devset / half / org / "postcheck.yaml"
    groups: dict[tuple, list[Case]] = defaultdict(list)
    for c in cases:
        groups[(c.channel, c.capacity)].append(c)
    conf = config if config.is_file() else None
    if postcheck is None:
        run_in_process(org, list(groups.values()), conf)
    else:
        for group in groups.values():
            run_group(postcheck, org, group, conf)


def score(half: str, orgs: tuple[str, ...], postcheck: list[str] | None, devset: Path = DEVSET) -> dict[str, Score]:
    """`postcheck` None: through the API in this process; else that CLI command, one process per group."""
    scores: dict[str, Score] = {}
    total = Score()
    for org in orgs:
        cases = load_cases(devset, half, org)
        if not cases:
            continue
        check_cases(devset, half, org, cases, postcheck)
        s = scores[org] = Score()
        for c in cases:
            s.add(c)
            total.add(c)
    scores["all"] = total
    return scores


def print_table(half: str, scores: dict[str, Score]) -> None:
    print(f"dev set, half '{half}'")
    print("| org | drafts | verdict accuracy | block recall | false alarms | category recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for org, s in scores.items():
        f = s.figures()
        cells = ["-" if f[m] is None else f"{f[m]:.2f}" for m in METRICS]
        print(f"| {org} | {s.n} | " + " | ".join(cells) + " |")


def print_misses(scores: dict[str, Score]) -> None:
    for org, s in scores.items():
        if org == "all":
            continue
        for c in s.misses:
            cats = ",".join(c.categories) or "-"
            got = ",".join(c.got_categories) or "-"
            print(f"  {org}/{c.file.name}: expected {c.verdict} [{cats}], got {c.got_verdict} [{got}] "
                  f"rules: {' '.join(c.got_rules) or '-'}")


def check_floor(scores: dict[str, Score], floor_file: Path) -> list[str]:
    floor = json.loads(floor_file.read_text(encoding="utf-8"))
    problems = []
    for org, limits in floor.items():
        if org not in scores:
            problems.append(f"{org}: no drafts scored")
            continue
        f = scores[org].figures()
        for metric, bound in limits.items():
            value = f[metric]
            if value is None:
                continue
            worse = value > bound if metric == "false_alarms" else value < bound
            if worse:
                problems.append(f"{org}: {metric} {value:.3f} is worse than the floor {bound:.3f}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    halves = ("tune", "holdout", "holdout2", "holdout3", "holdout4", "tune5", "holdout5", "tune6", "holdout6",
              "holdout7", "tune8", "holdout8", "tune9", "holdout9", "tune10", "holdout10", "tune11", "tune12",
              "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "tune13", "holdout16", "tune14",
              "holdout17", "tune15", "holdout18", "tune16", "holdout19", "tune17", "holdout20", "tune18",
              "holdout21", "tune19", "holdout22", "tune20", "tune21", "tune22", "holdout23", "tune23", "holdout24",
              "tune24", "holdout25", "tune25", "holdout26",
              "tune26", "holdout27", "tune27", "holdout28", "tune28", "holdout29", "holdout30", "tune30", "holdout31", "tune31", "holdout32", "tune32",
              "holdout33", "tune33", "holdout34", "tune34", "holdout35", "tune35",
              "holdout36", "tune36", "holdout37", "tune37", "holdout38", "tune38",
              "holdout39", "tune39", "holdout40", "tune40", "holdout41", "tune41", "holdout42",
              "tune42", "holdout43", "tune43", "holdout44", "tune44",
              "holdout45", "tune45", "holdout46", "tune46", "holdout47", "tune47",
              "holdout48", "tune48", "holdout49", "tune49", "holdout50", "tune50",
              "holdout51", "tune51")
    ap.add_argument("--half", default="tune", choices=halves)
    ap.add_argument("--devset", type=Path, default=DEVSET, help="the development set folder")
    ap.add_argument("--org", action="append", choices=ORGS, help="score only this organisation (repeatable)")
    ap.add_argument("--postcheck", default=None,
                    help="check through this postcheck command's CLI, one process per group (default: the API "
                         "in this process; `--postcheck cli` is this Python's postcheck.cli)")
    ap.add_argument("--floor", type=Path, help="JSON {org: {metric: bound}}; exit 1 when a figure is worse")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every draft that was judged differently")
    args = ap.parse_args(argv)
    postcheck = None
    if args.postcheck == "cli":
        postcheck = [sys.executable, "-c", "from postcheck.cli import main; main()"]
    elif args.postcheck:
        postcheck = args.postcheck.split()
    scores = score(args.half, tuple(args.org or ORGS), postcheck, args.devset)
    if args.json:
        print(json.dumps({org: s.figures() for org, s in scores.items()}, indent=2))
    else:
        print_table(args.half, scores)
    if args.verbose:
        print_misses(scores)
    if args.floor:
        problems = check_floor(scores, args.floor)
        for p in problems:
            print(f"below floor: {p}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
