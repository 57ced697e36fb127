#!/usr/bin/env python3
"""Suggestion speed on the shipped sample knowledge base.

    .venv/bin/python benchmarks/bench_suggest.py [--runs 200] [--procs 20]

1. In-process p50/p95 of ``mw.ask.suggest.suggest()`` (warm template set), for
   empty, prefix and typo inputs, with and without the analytics read.
2. Wall time of fresh ``mw suggest`` processes (the venv's ``bin/mw``, as a shell
   completion runs it): the first one on a new MW_HOME (loads the sample and
   builds the template cache file), then warm ones (cache file present).

Runs in a temporary MW_HOME; prints the numbers.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INPUTS = {
    "empty": [""],
    "prefix": ["recent crime", "who should i pitch", "how do i pitch to", "show me ex", "what is"],
    "typo": ["who shoud i pich", "recnt crme", "shwo me exmples", "how do i pich to"],
}


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=200, help="in-process calls per input")
    ap.add_argument("--procs", type=int, default=20, help="fresh processes per case")
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="mw-bench-suggest-"))
    os.environ["MW_HOME"] = str(home)
    for k in ("REDIS_URL", "MW_STORE"):
        os.environ.pop(k, None)
    mw_bin = Path(sys.executable).parent / "mw"

    print(f"python {platform.python_version()} on {platform.machine()}, MW_HOME={home}")
    # fresh processes first, so the first one really is cold (no sample loaded, no cache file)
    def run_proc(argv: list[str]) -> float:
        t = time.perf_counter()
        out = subprocess.run([str(mw_bin), *argv], capture_output=True, text=True)
        dt = time.perf_counter() - t
        if out.returncode != 0:
            raise SystemExit(f"mw {' '.join(argv)} failed: {out.stderr}")
        return dt

    first = run_proc(["suggest", "--limit", "20", "--", "recent cr"])
    print(f"\nfresh process, new MW_HOME (sample load + template cache build): {first * 1000:.0f} ms")
    print(f"fresh `{mw_bin} suggest --limit 20 -- WORD` processes, warm cache ({args.procs} each):")
    for label, word in (("empty", ""), ("prefix", "recent cr"), ("typo", "who shoud i pich")):
        times = [run_proc(["suggest", "--limit", "20", "--", word]) for _ in range(args.procs)]
        print(f"  {label:7s} p50 {statistics.median(times) * 1000:6.1f} ms   p95 {pct(times, 95) * 1000:6.1f} ms")
    times = [run_proc(["--help"]) for _ in range(args.procs)]
    print(f"  (for reference, `mw --help`: p50 {statistics.median(times) * 1000:.1f} ms)")

    from mw.ask.suggest import clear_cache, suggest
    from mw.ops.analytics import popular_for_suggestions
    from mw.store.state.factory import open_state
    from mw.ingest.sample import open_kb

    kb = open_kb()
    clear_cache()
    t = time.perf_counter()
    suggest(kb, "")
    print(f"\nin-process, first call (template set from the cache file): {(time.perf_counter() - t) * 1000:.2f} ms")
    state = open_state()
    for with_state in (False, True):
        print(f"in-process suggest(), {args.runs} calls per input, "
              f"{'with analytics read (2 s cache)' if with_state else 'no analytics'}:")
        all_times: list[float] = []
        for label, inputs in INPUTS.items():
            times = []
            for q in inputs:
                suggest(kb, q, popular=popular_for_suggestions(state) if with_state else ())  # warm
                for _ in range(args.runs):
                    t = time.perf_counter()
                    suggest(kb, q, limit=10, popular=popular_for_suggestions(state) if with_state else ())
                    times.append(time.perf_counter() - t)
            all_times += times
            print(f"  {label:7s} p50 {statistics.median(times) * 1000:6.3f} ms   p95 {pct(times, 95) * 1000:6.3f} ms")
        print(f"  {'all':7s} p50 {statistics.median(all_times) * 1000:6.3f} ms   p95 {pct(all_times, 95) * 1000:6.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
