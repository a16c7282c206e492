"""Load test of `postcheck serve` on this machine (loopback only, bounded in count and time).

Starts `postcheck serve --workers W` on 127.0.0.1, warms it up, then sends N realistic drafts
(the real blog posts of ../shared/corpus/blog and the dev set's tune drafts, cycled) to
/api/check from C client threads with keep-alive connections. Prints requests per second,
p50/p90/p99 latency, errors, and the workers' resident memory after warm-up and at the end
(growth over the run shows a leak).

    python benchmarks/serve_load.py --requests 1000 --concurrency 8 --workers 2
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "blog"
MAX_CHARS = 200_000
DEADLINE_S = 900


def drafts() -> list[tuple[str, str]]:
    found = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".html", ".htm", ".txt")) if CORPUS.is_dir() else []
    found += sorted((HERE / "devset" / "tune").glob("*/*.txt")) + sorted((HERE / "devset" / "tune").glob("*/*.md"))
    out = []
    for p in found:
        fmt = {".md": "markdown", ".html": "html", ".htm": "html"}.get(p.suffix, "text")
        out.append((p.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS], fmt))
    if not out:
        raise SystemExit("no drafts found (../shared/corpus/blog or benchmarks/devset/tune)")
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def worker_pids(parent: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                kids.append(int(entry.name))
    return kids or [parent]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pack", default="domus")
    args = ap.parse_args()
    texts = drafts()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", "from postcheck.cli import main; main()", "serve",
                               "--port", str(port), "--workers", str(args.workers), "--rate", "0",
                               "--pack", args.pack, "--max-kb", "512"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = threading.local()

    def post(i: int) -> tuple[float, int]:
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        text, fmt = texts[i % len(texts)]
        body = json.dumps({"text": text, "format": fmt})
        started = time.perf_counter()
        try:
            local.conn.request("POST", "/api/check", body, {"Content-Type": "application/json"})
            resp = local.conn.getresponse()
            resp.read()
            status = resp.status
        except (OSError, http.client.HTTPException):
            local.conn.close()
            del local.conn
            status = 0
        return time.perf_counter() - started, status

    try:
        started = time.monotonic()
        while True:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() - started > 120:
                    raise SystemExit("server did not start")
                time.sleep(0.3)
        # Warm-up: one pass over every distinct draft, so per-word caches and spaCy's string store have
        # seen the vocabulary; growth after this is what a long-running service would keep accumulating.
        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(post, range(2 * len(texts))))
        pids = worker_pids(server.pid)
        rss_before = {p: rss_kb(p) for p in pids}
        samples = [rss_before]
        results: list[tuple[float, int]] = []
        t0 = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            for third in range(3):      # memory sampled after each third: growth must level off
                part = range(third * args.requests // 3, (third + 1) * args.requests // 3)
                results += pool.map(post, part, timeout=DEADLINE_S)
                samples.append({p: rss_kb(p) for p in pids})
        elapsed = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=30)
    lat = sorted(r[0] for r in results)
    errors = sum(1 for r in results if r[1] != 200)

    def pct(q: float) -> float:
        return lat[min(len(lat) - 1, int(q * len(lat)))] * 1000

    print(f"{args.requests} requests, concurrency {args.concurrency}, {args.workers} workers, pack {args.pack}, "
          f"{len(texts)} distinct drafts (median {statistics.median(len(t) for t, _ in texts):.0f} chars)")
    print(f"throughput {args.requests / elapsed:.1f} req/s; latency p50 {pct(0.5):.0f} ms, p90 {pct(0.9):.0f} ms, "
          f"p99 {pct(0.99):.0f} ms; errors {errors}")
    for p in pids:
        steps = " -> ".join(f"{s[p] / 1024:.0f}" for s in samples)
        print(f"process {p}: RSS MB after warm-up and after each third of the run: {steps}")
    return 1 if errors else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
