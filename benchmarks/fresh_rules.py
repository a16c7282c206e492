"""What the rules alone said of each held-out half while it was fresh: its verdicts at the commit at which the half
was scored once at the end of its round, before anyone read it.

Every spent half has since been read and worked on, so the rules of today are in-sample on it: a leave-one-half-out
figure of the judge over today's rules (`train_judge.py --loho`) credits the rules with what they learned from the
half itself and leaves the judge little to add. The verdicts the rules gave when the half was new are the honest
partner of a judge that never saw the half. This script recomputes them from the repository's own history (a git
worktree per commit, in a temporary folder, removed afterwards; the drafts and labels are read from this checkout)
and writes them to `benchmarks/devset/fresh_rules.json`, which `train_judge.py --loho --fresh` reads.

    python benchmarks/fresh_rules.py                  # all halves in SCORED_AT (a minute or two each)
    python benchmarks/fresh_rules.py holdout35        # only these (kept: the others already in the file)
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEVSET = HERE / "devset"
OUT = DEVSET / "fresh_rules.json"
# each held-out half and the commit at which it was scored once at the end of its round (benchmarks/README.md, the
# bold row of each round's table; holdout29 was written after round 27 and scored on that round's end state)
SCORED_AT = {
    "holdout23": "0233868", "holdout24": "ce20c04", "holdout25": "b8828c4", "holdout26": "e5d8838",
    "holdout27": "091ce1d", "holdout28": "28efe7d", "holdout29": "28efe7d", "holdout30": "1976208",
    "holdout31": "8d173a1", "holdout32": "8e00106", "holdout33": "3b2b655", "holdout34": "df57984",
    "holdout35": "7d1aca7", "holdout36": "6be3ebd5", "holdout37": "607ad3d9", "holdout38": "63e0df79", "holdout39": "3a192dbc",
    "holdout40": "a1c288b3", "holdout41": "9cfdc98e", "holdout42": "9669487b", "holdout43": "413d66bb",
    "holdout44": "fc91a5d6",
    "holdout45": "d1447c5d",
    "holdout46": "7091bb20",
    "holdout47": "a5fc1259",
    "holdout48": "5f59d1cc",
    "holdout49": "c07b6407",
    "holdout50": "b92cff5f",
    "holdout51": "4ba02e04",
}

# run inside the old worktree (its `src` first on the path): the rules without the judge, as train_judge.py asks them
_CHILD = r"""
import json, sys
from dataclasses import replace
from pathlib import Path
import yaml
from postcheck.api import build_engine
from postcheck.config import settings_for
from postcheck.drafts.read import parse_draft
from postcheck.verdict import verdict_of
half, devset = sys.argv[1], Path(sys.argv[2])
out = {}
for org in ("domus", "sterkhuis", "hartekamp", "heemstede"):
    folder = devset / half / org
    entries = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")) or []
    config = folder / "postcheck.yaml"
    settings = settings_for(str(config) if config.is_file() else None, folder, packs=(org,))
    engine = build_engine(replace(settings, disable=(*settings.disable, org + ".judge")))
    for e in entries:
        path = folder / e["file"]
        draft = parse_draft(str(path), path.read_bytes())
        (checked,) = engine.check([draft], e.get("channel"), e.get("capacity"))
        found = [f for f in checked.findings if not f.rule.endswith(".judge")]
        acting = sorted({(f.rule.split(".", 1)[1], f.category, f.severity.rank, f.detector or "") for f in found
                         if not f.suppressed and f.severity.rank >= 1})
        asking = len({a[0] for a in acting})
        out[org + "/" + e["file"]] = [verdict_of(found).value, asking, [list(a) for a in acting]]
json.dump(out, sys.stdout)
"""


def rules_at(half: str, commit: str) -> dict[str, list]:
    """{org/file: [verdict, rules asking review or block, [[rule, category, severity rank, detector] of each acting
    finding]]} of the rules alone at `commit`."""
    with tempfile.TemporaryDirectory(prefix="postcheck-fresh-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(tree), commit],
                       check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            done = subprocess.run([sys.executable, "-c", _CHILD, half, str(DEVSET)], cwd=tree, env=env,
                                  capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"{half} at {commit}: the rules did not run:\n{done.stderr[-2000:]}")
            return json.loads(done.stdout)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("halves", nargs="*", help="default: every half of SCORED_AT")
    args = ap.parse_args(argv)
    unknown = [h for h in args.halves if h not in SCORED_AT]
    if unknown:
        ap.error(f"no commit known for {', '.join(unknown)}; known: {', '.join(SCORED_AT)}")
    data = json.loads(OUT.read_text(encoding="utf-8")) if OUT.is_file() else {}
    for half in args.halves or SCORED_AT:
        data[half] = {"commit": SCORED_AT[half], "verdicts": rules_at(half, SCORED_AT[half])}
        print(f"{half} at {SCORED_AT[half]}: {len(data[half]['verdicts'])} drafts", file=sys.stderr, flush=True)
        OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
