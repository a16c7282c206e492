"""Adversarial drafts: does the cost grow linearly with the length of a hostile line?

For each construct (a long run of `_`, `[`, `![`, `<`, `<!--`, `&#`, emoji,
person names, ... on ONE line) and each draft type (.md, .html, .txt), time
the whole flow (front matter, prose view, normalisation, spaCy pipeline,
rules, verdict, text report) for n and 4n repetitions, interleaved, and
print the ratio t(4n) / t(n). Linear is ~4x; quadratic would be ~16x.

    .venv/bin/python benchmarks/adversarial.py            # all constructs, n = 5000
    .venv/bin/python benchmarks/adversarial.py --n 2000 --only "<!--" --runs 3

Used by tests/test_fuzz_speed.py with a small n and a generous bound.
"""
from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from postcheck.api import build_engine, check_drafts  # noqa: E402
from postcheck.config import Settings  # noqa: E402
from postcheck.drafts.read import parse_draft  # noqa: E402

CONSTRUCTS = {
    "_": "_", "[": "[", "![": "![", "<": "<", "<!--": "<!--", "&#": "&#", "emoji": "😀",
    "names": "Jan de Vries, ", "=": "=", '"': '"', "(": "(", "*": "*", "!": "!", ",": ",", "](": "](",
    "<a \"": '<a "', "<script>": "<script>", "{% raw %}": "{% raw %}", "`": "`x ", "{{": "{{ x ",
    "-->": "--> <!--", "http": "http://x.nl/", "#Tag": "#AbCd", "@": "@", "\u200b": "a\u200b", "e\u0301": "e\u0301",
}
SUFFIX = {"md": "markdown", "html": "html", "txt": "text"}


def draft_text(unit: str, n: int) -> str:
    return "Over Domus: " + unit * n + " einde.\n"


_FRESH = [0]


def run_once(engine, unit: str, n: int, fmt: str) -> float:
    from rich.console import Console
    from postcheck.report import text as text_report

    _FRESH[0] += 1  # a new leading word each run: spaCy's tokeniser caches each whitespace-separated chunk
    text = f"Versie{_FRESH[0]} " + draft_text(unit, n).replace(unit * n, unit * n + f"x{_FRESH[0]}")
    draft = parse_draft(f"d.{fmt}", text.encode("utf-8"), SUFFIX[fmt])
    started = time.perf_counter()
    text_report.render(check_drafts(engine, [draft]),
                       Console(file=io.StringIO(), no_color=True, width=100), False)
    return time.perf_counter() - started


def ratio(engine, unit: str, n: int, fmt: str, runs: int = 1) -> tuple[float, float, float]:
    """(t(n), t(4n), ratio); the minimum over `runs` interleaved runs each."""
    small, big = [], []
    for _ in range(runs):
        small.append(run_once(engine, unit, n, fmt))
        big.append(run_once(engine, unit, 4 * n, fmt))
    a, b = min(small), min(big)
    return a, b, b / max(a, 1e-4)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--only", action="append")
    ap.add_argument("--pack", default="sterkhuis", help="sterkhuis runs the name detector on every draft")
    args = ap.parse_args()
    engine = build_engine(Settings(packs=(args.pack,)))
    engine.warm()
    print(f"{'construct':<8} {'type':<5} {'t(n)':>8} {'t(4n)':>8} {'ratio':>6}   (n = {args.n})")
    worst = 0.0
    for name, unit in CONSTRUCTS.items():
        if args.only and name not in args.only:
            continue
        for fmt in SUFFIX:
            a, b, r = ratio(engine, unit, args.n, fmt, args.runs)
            worst = max(worst, r)
            print(f"{name:<8} {fmt:<5} {a:8.3f} {b:8.3f} {r:6.1f}x", flush=True)
    print(f"worst ratio: {worst:.1f}x (linear: 4x)")


if __name__ == "__main__":
    main()
