"""False alarms on the real published blog posts (`../shared/corpus/blog`), per pack, as acceptance 3 of
issue 8 counts them: files with verdict block and review, over the whole corpus and over the half the judge
was never trained on (benchmarks/train_judge.py, `corpus_half`), how many the judge raised and how many it lowered
(a review finding it turned into info).

    python benchmarks/corpus_alarms.py                 # every pack
    python benchmarks/corpus_alarms.py --pack domus
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from train_judge import CORPUS, corpus_half  # noqa: E402

PACKS = ("basis", "domus", "sterkhuis", "hartekamp", "heemstede")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pack", choices=PACKS, action="append")
    ap.add_argument("--postcheck", default=str(Path(sys.executable).with_name("postcheck")))
    args = ap.parse_args(argv)
    print("| pack | posts | block | review | unseen half: posts / block / review | judge raised | judge lowered |")
    print("| --- | ---: | ---: | ---: | --- | ---: | ---: |")
    for pack in args.pack or PACKS:
        proc = subprocess.run([args.postcheck, "check", "--pack", pack, "--format", "json", "--fail-on", "never",
                               str(CORPUS)], capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"postcheck failed for {pack}: {proc.stderr.strip()[:300]}")
        files = json.loads(proc.stdout)["files"]
        unseen = [f for f in files if corpus_half(Path(f["path"]).resolve()) == 1]

        def count(fs: list, verdict: str) -> int:
            return sum(f["verdict"] == verdict for f in fs)
        judged = sum(any(x["rule"].endswith(".judge") for x in f["findings"]) for f in files)
        lowered = sum(any("lowered by the judge" in x.get("how", "") for x in f["findings"]) for f in files)
        n, u = len(files), len(unseen)
        print(f"| {pack} | {n} | {count(files, 'block')} ({count(files, 'block') / n:.1%}) | "
              f"{count(files, 'review')} ({count(files, 'review') / n:.1%}) | {u} / {count(unseen, 'block')} / "
              f"{count(unseen, 'review')} ({count(unseen, 'review') / u:.1%}) | {judged} | {lowered} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
