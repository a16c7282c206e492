#!/usr/bin/env python3
"""Recall of address-like location spans (street + number, postcode) on the deduce benchmark.

peers.py scores every `location` span, which includes bare place names
("Utrecht") that postcheck does not treat as personal data. Issue 3 asks for
the address-like subset: gold location spans that contain a digit (street +
house number, postcode). This runs the real CLI once over the benchmark texts
(one file each, like peers.py's cmd: detector) and reports overlap recall.

Usage: .venv/bin/python benchmarks/address_recall.py [--data ../shared/bench/deduce_regression.jsonl]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "bench" / "deduce_regression.jsonl"))
    ap.add_argument("--pack", default=str(ROOT / "benchmarks" / "detectors.yaml"))
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        for i, row in enumerate(rows):
            Path(tmp, f"d{i:06d}.txt").write_text(row["text"], encoding="utf-8")
        postcheck = str(Path(sys.executable).with_name("postcheck"))
        out = subprocess.run([postcheck, "check", "--pack", args.pack, "--format", "json", "--fail-on", "never", tmp],
                             capture_output=True, text=True, check=True).stdout
    found: dict[int, list[tuple[int, int]]] = {}
    for f in json.loads(out)["files"]:
        idx = int(Path(f["path"]).stem[1:])
        found[idx] = [(x["start"], x["end"]) for x in f["findings"] if x["category"] == "personal-data"]
    gold = hit = 0
    missed = []
    for i, row in enumerate(rows):
        for s in row["spans"]:
            text = row["text"][s["start"]:s["end"]]
            if s["label"] != "location" or not re.search(r"\d", text):
                continue
            gold += 1
            if any(max(a, s["start"]) < min(b, s["end"]) for a, b in found.get(i, [])):
                hit += 1
            else:
                missed.append(row["id"])
    print(f"address-like location spans: {hit}/{gold} found, recall {hit / gold:.3f} (target >= 0.85)")
    if missed:
        print("missed examples:", ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
