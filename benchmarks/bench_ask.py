#!/usr/bin/env python3
"""Latency of `mw ask`: in-process p50/p95 (sample KB, 10x sample, 10k records), cache hit vs miss,
and the wall time of a fresh `mw ask` process.

    .venv/bin/python benchmarks/bench_ask.py            # all
    .venv/bin/python benchmarks/bench_ask.py --quick    # fewer repetitions

Lexical retrieval only unless the semantic extra is installed and a vector index exists.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

QUESTIONS = [
    "Who should I pitch a Nordic crime thriller to?",
    "who shoud i pitch a horror feature",
    "Recent true crime docuseries greenlights",
    "Show me examples of comedy pitches",
    "Who buys kids animation in the US?",
    "What did the biggest streamer order this year?",
    "Who handles period drama limited series in the UK?",
    "Latest sci-fi orders",
]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def bench_kb(label: str, records: list[dict] | None, reps: int) -> None:
    home = tempfile.mkdtemp(prefix="mw-bench-")
    os.environ["MW_HOME"] = home
    os.environ["MW_NOW"] = "2026-11-24T12:00:00Z"
    from mw import config
    from mw.ask.asker import Asker, AskOptions
    from mw.ingest.sample import open_kb
    from mw.store import kb as kbmod
    from mw.store.state.factory import open_state, reset_stores

    config.reset()
    reset_stores()
    kbmod.reset_open()
    kb = open_kb()
    if records is not None:
        t0 = time.perf_counter()
        kb.write(records, replace=True)
        print(f"[{label}] imported {len(records)} records in {time.perf_counter() - t0:.2f} s")
    kb.ensure_data()
    n = kb.count()
    state = open_state(config.get_settings())
    asker = Asker(config.get_settings(), kb, state)
    for q in QUESTIONS:  # warm-up
        asker.answer(q, AskOptions(no_cache=True))
    miss, hit = [], []
    for _ in range(reps):
        for q in QUESTIONS:
            t0 = time.perf_counter()
            asker.answer(q, AskOptions(no_cache=True))
            miss.append((time.perf_counter() - t0) * 1000)
    for q in QUESTIONS:
        asker.answer(q, AskOptions())
    for _ in range(reps):
        for q in QUESTIONS:
            t0 = time.perf_counter()
            r = asker.answer(q, AskOptions())
            assert r["cached"]
            hit.append((time.perf_counter() - t0) * 1000)
    print(f"[{label}] {n} records: uncached p50 {pct(miss, 50):.1f} ms, p95 {pct(miss, 95):.1f} ms, "
          f"max {max(miss):.1f} ms (n={len(miss)}); cache hit p50 {pct(hit, 50):.2f} ms, p95 {pct(hit, 95):.2f} ms")


def bench_process(runs: int) -> None:
    mw = Path(sys.executable).parent / "mw"
    home = tempfile.mkdtemp(prefix="mw-bench-proc-")
    # enterprise: 50 questions a minute, so the timing loop is not rate-limited
    env = dict(os.environ, MW_HOME=home, MW_NOW="2026-11-24T12:00:00Z", MW_DEFAULT_TIER="enterprise")
    env.pop("REDIS_URL", None)
    subprocess.run([str(mw), "kb", "stats"], env=env, capture_output=True, check=True)
    for label, extra in (("uncached", ["--no-cache"]), ("cached", [])):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([str(mw), "ask", QUESTIONS[0], *extra], env=env, capture_output=True, check=True)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"[fresh process] mw ask ({label}, sample KB): median {statistics.median(times):.0f} ms, "
              f"min {min(times):.0f} ms, max {max(times):.0f} ms (n={runs})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    reps = 3 if args.quick else 10
    from gen_kb import generate
    from mw.ingest.sample import load_sample_records

    sample = load_sample_records()
    bench_kb("sample", None, reps)
    tenfold = []
    for i in range(10):
        for r in sample:
            r2 = dict(r)
            if i:
                r2["id"] = f"{r['id']}-x{i}"
                if r["type"] == "executive":
                    r2["name"] = f"{r['name']} {i}"
                    r2["company"] = f"{r['company']}-x{i}"
                if r["type"] == "company":
                    r2["name"] = f"{r['name']} {i}"
                if r["type"] == "mandate":
                    r2["executive"] = f"{r['executive']}-x{i}"
                if r["type"] == "greenlight":
                    r2["buyer"] = f"{r['buyer']}-x{i}"
                    r2["executives"] = [f"{e}-x{i}" for e in r.get("executives", [])]
            tenfold.append(r2)
    bench_kb("sample x10", tenfold, reps)
    bench_kb("synthetic", generate(10_000), reps)
    bench_process(5 if args.quick else 15)


if __name__ == "__main__":
    main()
