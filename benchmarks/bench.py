#!/usr/bin/env python3
"""postcheck benchmarks: start-up and throughput as ratios against baselines measured in the same run.

These machines are noisy (2 shared cores), so every figure is compared with a
baseline measured in the same run, interleaved, and reported as a ratio:

  startup     whole-process time of `postcheck <draft>` (default pack) vs
              `python -c "import spacy; spacy.blank('nl')"`; median of --runs
              interleaved runs, postcheck byte-compiled first (as installed).
              Target <= 1.4x (issue 8), on wall time. Also CPU time (user+sys
              of each child process, from resource.getrusage(RUSAGE_CHILDREN)
              deltas, same interleaved runs) and its ratio: on a loaded machine
              wall time includes waiting for a core, CPU time much less so, so
              the CPU ratio is the load-robust figure and the wall ratio the
              target.
  throughput  warm characters/s of the engine over ../shared/corpus/posts.jsonl
              (default pack) vs plain spacy.blank("nl") tokenisation of the same
              texts; median of --runs passes after a warm-up. Target >= 0.7x (issue 8).
  big         the same with 100k client names, 150k street names (properties)
              and the generic name detector on. Target >= 0.7x. Also the cold
              index build, the cached load in a fresh process (target <= 0.3 s)
              and peak memory.

Usage: .venv/bin/python benchmarks/bench.py [--runs 5] [--only startup,throughput,big]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "posts.jsonl"
PY = sys.executable
POSTCHECK = str(Path(PY).with_name("postcheck"))
DRAFT = ROOT / "examples" / "domus-steiger.md"


def median_time(cmd: list[str], env=None) -> float:
    return timed_run(cmd, env)[0]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed_run(cmd: list[str], env=None) -> tuple[float, float]:
    """Wall time and CPU time (user+sys of the child, a RUSAGE_CHILDREN delta) of one run of `cmd`."""
    c = _children_cpu()
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t, _children_cpu() - c


def startup(runs: int) -> dict:
    base_cmd = [PY, "-c", "import spacy; spacy.blank('nl')"]
    tool_cmd = [POSTCHECK, "--fail-on", "never", str(DRAFT)]
    # bytecode as an installed postcheck has it (pip compiles on install; spaCy's is in site-packages):
    # an editable checkout under PYTHONDONTWRITEBYTECODE=1 would recompile ~100 modules every start
    import postcheck
    subprocess.run([PY, "-m", "compileall", "-q", str(Path(postcheck.__file__).parent)], stdout=subprocess.DEVNULL)
    subprocess.run(tool_cmd, stdout=subprocess.DEVNULL)  # fill caches (lexicon index, cue index, name lists)
    base, tool, base_cpu, tool_cpu = [], [], [], []
    for _ in range(runs):
        wall, cpu = timed_run(base_cmd)
        base.append(wall)
        base_cpu.append(cpu)
        wall, cpu = timed_run(tool_cmd)
        tool.append(wall)
        tool_cpu.append(cpu)
    b, t = statistics.median(base), statistics.median(tool)
    bc, tc = statistics.median(base_cpu), statistics.median(tool_cpu)
    return {"baseline_s": b, "postcheck_s": t, "ratio": t / b, "target": "<= 1.4",
            "baseline_cpu_s": bc, "postcheck_cpu_s": tc, "cpu_ratio": tc / bc}


def jobs(runs: int) -> dict:
    """Whole-process time of a directory run over ../shared/corpus/blog with --jobs 1 and --jobs 2."""
    blog = SHARED / "corpus" / "blog"
    cmd = lambda n: [POSTCHECK, "--format", "json", "--fail-on", "never", "--jobs", str(n), str(blog)]
    out = subprocess.run(cmd(2), capture_output=True, text=True, check=True).stdout
    files = len(json.loads(out)["files"])
    one, two = [], []
    for _ in range(runs):
        one.append(median_time(cmd(1)))
        two.append(median_time(cmd(2)))
    a, b = statistics.median(one), statistics.median(two)
    return {"files": files, "jobs1_s": a, "jobs2_s": b, "speedup": a / b}


def load_texts() -> list[str]:
    return [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8") if line.strip()]


def _drafts(texts):
    from postcheck.drafts.read import parse_draft
    return [parse_draft(f"post{i}.md", t.encode("utf-8"), "markdown") for i, t in enumerate(texts)]


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def throughput(engine, texts: list[str], runs: int) -> dict:
    import spacy

    nlp = spacy.blank("nl")
    drafts = _drafts(texts)
    chars = sum(map(len, texts))
    run_base = lambda: [len(d) for d in nlp.pipe(texts, batch_size=64)]
    run_tool = lambda: list(engine.check(drafts, batch_size=64))
    run_base(), run_tool()  # warm-up
    base, tool = [], []
    for _ in range(runs):
        base.append(_timed(run_base))
        tool.append(_timed(run_tool))
    b, t = statistics.median(base), statistics.median(tool)
    return {"chars": chars, "baseline_chars_s": chars / b, "postcheck_chars_s": chars / t, "ratio": b / t}


def default_engine():
    from postcheck.api import build_engine
    from postcheck.config import Settings
    return build_engine(Settings())


def big_lexicons(n_names: int = 100_000, n_streets: int = 150_000) -> dict[str, tuple[str, ...]]:
    from postcheck.nlp import namedata
    rng = random.Random(7)
    firsts = sorted(namedata.first_names())
    lasts = sorted(namedata.surnames())
    names = {f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(int(n_names * 1.1))}
    # street_names() only answers `in`; the benchmark needs the names themselves
    streets = sorted({s.lower() for s in namedata._read_lines(namedata.data_dir() / "locations/lst_street/items.txt")})
    return {"clients": tuple(sorted(names))[:n_names], "properties": tuple(streets[:n_streets])}


CHILD = """
import json, sys, time
t = time.perf_counter()
sys.path.insert(0, {bench!r})
from bench import big_lexicons, big_engine
lex = big_lexicons()
t1 = time.perf_counter()
engine = big_engine(lex, {packs!r})
t2 = time.perf_counter()
print(json.dumps({{"lexicons_s": t1 - t, "build_s": t2 - t1, "index_s": engine.timings["lexicon_index_s"]}}))
"""


BIG_PACKS = {
    # a real policy pack whose person-name rule is unconditional: the name detector runs on every text
    "sterkhuis": ("sterkhuis",),
    # stress: every detector span becomes a finding (thousands of info findings on the corpus)
    "stress": ("domus", str(ROOT / "benchmarks" / "detectors.yaml")),
}


def big_engine(lex, packs: str = "sterkhuis"):
    from postcheck.api import build_engine
    from postcheck.config import Settings
    engine = build_engine(Settings(packs=BIG_PACKS[packs]), extra_lexicons=lex)
    assert "names" in engine.nlp.pipe_names and engine._gate("names") is None, "the name detector must run on every text"
    return engine


def big(runs: int, texts: list[str], packs: str = "sterkhuis") -> dict:
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as cache:
        env["XDG_CACHE_HOME"] = cache
        child = [PY, "-c", CHILD.format(bench=str(Path(__file__).parent), packs=packs)]
        cold = json.loads(subprocess.run(child, env=env, capture_output=True, text=True, check=True).stdout)
        warm = json.loads(subprocess.run(child, env=env, capture_output=True, text=True, check=True).stdout)
        os.environ["XDG_CACHE_HOME"] = cache
        lex = big_lexicons()
        engine = big_engine(lex, packs)
        spans = engine.nlp.pipe_names
        result = throughput(engine, texts, runs)
    result.update({
        "entries": {k: len(v) for k, v in lex.items()}, "pipeline": spans, "packs": BIG_PACKS[packs],
        "index_build_cold_s": cold["index_s"], "index_load_cached_s": warm["index_s"],
        "engine_build_cold_s": cold["build_s"], "engine_build_cached_s": warm["build_s"],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "target": ">= 0.7",
    })
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="startup,throughput,big,jobs")
    ap.add_argument("--big-packs", default="sterkhuis", choices=sorted(BIG_PACKS))
    args = ap.parse_args()
    only = set(args.only.split(","))
    out = {"machine": f"{os.cpu_count()} cores, python {sys.version.split()[0]}"}
    texts = load_texts()
    if "startup" in only:
        out["startup"] = startup(args.runs)
        print(f"startup: postcheck {out['startup']['postcheck_s']:.3f}s vs import spacy+blank "
              f"{out['startup']['baseline_s']:.3f}s -> {out['startup']['ratio']:.2f}x (target <= 1.4x); CPU "
              f"{out['startup']['postcheck_cpu_s']:.3f}s vs {out['startup']['baseline_cpu_s']:.3f}s -> "
              f"{out['startup']['cpu_ratio']:.2f}x", flush=True)
    if "throughput" in only:
        engine = default_engine()
        r = out["throughput"] = throughput(engine, texts, args.runs)
        r["pipeline"] = engine.nlp.pipe_names
        print(f"throughput (default pack, pipeline {r['pipeline']}): {r['postcheck_chars_s']:,.0f} chars/s vs "
              f"spaCy blank {r['baseline_chars_s']:,.0f} chars/s -> {r['ratio']:.2f}x (target >= 0.7x)", flush=True)
        from postcheck.api import build_engine
        from postcheck.config import Settings
        bare = build_engine(Settings(disable=("domus.judge",)))
        r2 = out["throughput_without_judge"] = throughput(bare, texts, args.runs)
        print(f"  the same without the judge (disable: [domus.judge]): {r2['ratio']:.2f}x (the judge's share of the "
              f"time: {1 - r['ratio'] / r2['ratio']:.0%})", flush=True)
    if "big" in only:
        r = out["big"] = big(args.runs, texts, args.big_packs)
        print(f"big lexicons {r['entries']}, packs {args.big_packs}, pipeline {r['pipeline']}: {r['postcheck_chars_s']:,.0f} chars/s vs "
              f"{r['baseline_chars_s']:,.0f} -> {r['ratio']:.2f}x (target >= 0.7x); index build cold "
              f"{r['index_build_cold_s']:.2f}s, cached load {r['index_load_cached_s']:.3f}s (target <= 0.3s; "
              f"whole engine {r['engine_build_cached_s']:.2f}s); "
              f"peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)
    if "jobs" in only:
        r = out["jobs"] = jobs(max(3, args.runs // 2))
        print(f"directory run over corpus/blog ({r['files']} files): --jobs 1 {r['jobs1_s']:.2f}s, --jobs 2 "
              f"{r['jobs2_s']:.2f}s -> {r['speedup']:.2f}x faster", flush=True)
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
