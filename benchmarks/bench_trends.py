#!/usr/bin/env python3
"""Trends and buyer comparisons on a 100k-greenlight knowledge base (goal: p95 under 200 ms in-process),
and `mw watch check` over 10k new records, each printed against a baseline measured in the same run.

    .venv/bin/python benchmarks/bench_trends.py            # 100k greenlights, 20 repetitions
    .venv/bin/python benchmarks/bench_trends.py --quick    # 20k greenlights, 5 repetitions
    .venv/bin/python benchmarks/bench_trends.py --against /work/main   # also another checkout's mw, same data

``--against DIR`` runs the whole measurement again with DIR's ``mw`` package (a knowledge base built by that
code from the same generated records), one checkout after the other, and prints both p50/p95 side by side
with the ratio; on a loaded machine compare the ratios, not the absolute numbers.

Baselines: for trends and compare, listing the same greenlights the way FACTUAL answers do
(``EmbeddedGraph.greenlights`` with the same filter: SQL plus decoding every record); for watch check,
reading the new records alone (``kb.new_records``), without matching or writing state.
The knowledge base is synthetic (benchmarks/gen_kb.py), built once into a temporary directory.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("MW_BENCH_ROOT") or HERE.parent).resolve()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))  # gen_kb: the same generator for both checkouts
RESULTS: dict[str, list[float]] = {}

TODAY = dt.date(2026, 11, 24)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def timed(fn: Callable[[], Any], reps: int) -> list[float]:
    fn()  # warm caches (company names, SQLite pages)
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def row(label: str, xs: list[float], base: list[float] | None = None) -> None:
    RESULTS[label] = [statistics.median(xs), pct(xs, 95)]
    line = f"{label:<58} p50 {statistics.median(xs):8.1f} ms  p95 {pct(xs, 95):8.1f} ms"
    if base:
        line += f"   baseline p50 {statistics.median(base):8.1f} ms  ({statistics.median(xs) / statistics.median(base):.2f}x)"
    print(line, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="20k greenlights, 5 repetitions")
    ap.add_argument("--reps", type=int, default=None, help="repetitions per case (default 20; 5 with --quick)")
    ap.add_argument("--against", help="another checkout whose mw package to measure too, after this one")
    ap.add_argument("--results-json", help=argparse.SUPPRESS)  # internal: write {label: [p50, p95]} here
    args = ap.parse_args()
    if args.against:
        against(args)
        return
    n_gl = 20_000 if args.quick else 100_000
    reps = args.reps or (5 if args.quick else 20)
    os.environ.setdefault("MW_NOW", "2026-11-24T12:00:00Z")

    from gen_kb import generate

    from mw.ask.compare import compare
    from mw.ask.trends import Filters, trends
    from mw.store.graph.base import EmbeddedGraph
    from mw.store.kb import KnowledgeBase

    tmp = Path(tempfile.mkdtemp(prefix="mw-bench-trends-"))
    n = int(n_gl / 0.74) + 200
    t0 = time.perf_counter()
    records = generate(n)
    kb = KnowledgeBase(tmp / "kb.sqlite")
    kb.write(records, replace=True)
    gls = kb.count("greenlight")
    import mw

    print(f"mw from {Path(mw.__file__).parent}", flush=True)
    print(f"knowledge base: {gls} greenlights, {kb.count('executive')} executives, {kb.count('company')} buyers "
          f"(built in {time.perf_counter() - t0:.1f} s)", flush=True)
    graph = EmbeddedGraph(kb)
    # The busiest buyers and the most common genre, so the filtered cases are the heavy ones.
    top = [r[0] for r in kb.db.execute("SELECT company_id, count(*) FROM records WHERE type='greenlight' "
                                       "GROUP BY 1 ORDER BY 2 DESC LIMIT 3")]
    genre = kb.db.execute("SELECT genre FROM genres WHERE type='greenlight' GROUP BY 1 ORDER BY count(*) DESC").fetchone()[0]
    since_prev = "2024-11-01"

    print(f"\ntrends and compare ({reps} runs each; goal p95 < 200 ms)")
    cases = [
        ("trends, every buyer, by quarter", Filters(), "quarter"),
        ("trends, every buyer, by month", Filters(), "month"),
        (f"trends, genre {genre}, by quarter", Filters(genres=[genre]), "quarter"),
        ("trends, busiest buyer, by quarter", Filters(buyers=top[:1]), "quarter"),
    ]
    for label, f, by in cases:
        xs = timed(lambda: trends(kb, f, today=TODAY, by=by), reps)
        base = timed(lambda: graph.greenlights(buyers=f.buyers, genres=f.genres, since=since_prev), reps)
        row(label, xs, base)
    xs = timed(lambda: compare(kb, graph, top, today=TODAY, genres=[genre]), reps)
    base = timed(lambda: graph.greenlights(buyers=top, genres=[genre], since="2024-11-25"), reps)
    row(f"compare 3 busiest buyers, genre {genre}", xs, base)
    xs = timed(lambda: compare(kb, graph, top, today=TODAY), reps)
    base = timed(lambda: graph.greenlights(buyers=top, since="2024-11-25"), reps)
    row("compare 3 busiest buyers, every genre", xs, base)

    print("\nwatch check over 10k new records (5 watches, disk state store)")
    from mw.ops import watches
    from mw.store.state.disk import DiskStore

    state = DiskStore(str(tmp / "state"))
    queries = [genre, f"{genre} series", "Global", "limited series", records[0]["name"] if records[0]["type"] == "company" else "crime"]
    for i, q in enumerate(queries):
        watches.add(state, kb, q, name=f"w{i}")
    cursor = kb.cursor()
    new = generate(n + 13_600, seed=8)
    fresh = [dict(r, id=f"new-{r['id']}", title=r["title"] + " (new)") for r in new if r["type"] == "greenlight"][:9_000]
    mand = [dict(r, id=f"new-{r['id']}") for r in new if r["type"] == "mandate"][:900]
    execs = {r["id"]: r for r in records if r["type"] == "executive"}
    comps = [r["id"] for r in records if r["type"] == "company"]
    moved = [dict(e, company=comps[(i * 7) % len(comps)], updated_at="2026-11-23") for i, e in enumerate(list(execs.values())[:100])
             if e["company"] != comps[(i * 7) % len(comps)]]
    kb.write([*fresh, *mand, *moved])
    print(f"new: {len(fresh)} greenlights, {len(mand)} mandates, {len(moved)} moves", flush=True)
    base = []
    for _ in range(3):
        t0 = time.perf_counter()
        kb.new_records("greenlight", cursor["changes"])
        kb.new_records("mandate", cursor["changes"])
        kb.moves(kinds=("move", "title"), after_seq=cursor["history"])
        base.append((time.perf_counter() - t0) * 1000)
    xs = []
    found = 0
    for _ in range(3):
        for w in watches.list_watches(state):  # rewind: every run sees the same 10k new records
            state.put_record(watches.COLLECTION, w["id"], dict(w, cursors={kb.uid: cursor}))
        t0 = time.perf_counter()
        rep = watches.check(state, kb)
        xs.append((time.perf_counter() - t0) * 1000)
        found = len(rep.items)
    row(f"watch check ({found} matching items)", xs, base)
    if args.results_json:
        Path(args.results_json).write_text(json.dumps(RESULTS))


def against(args: argparse.Namespace) -> None:
    """Run the measurement for this checkout, then for ``--against``, and print them side by side."""
    roots = {"this checkout": str(HERE.parent), "against": str(Path(args.against).resolve())}
    got: dict[str, dict[str, list[float]]] = {}
    for label, root in roots.items():
        print(f"== {label}: {root}", flush=True)
        out = Path(tempfile.mkdtemp(prefix="mw-bench-trends-")) / "results.json"
        cmd = [sys.executable, __file__, "--results-json", str(out)]
        if args.quick:
            cmd.append("--quick")
        if args.reps:
            cmd += ["--reps", str(args.reps)]
        subprocess.run(cmd, check=True, env={**os.environ, "MW_BENCH_ROOT": root, "PYTHONPATH": root})
        got[label] = json.loads(out.read_text())
    print(f"\n== this checkout against {args.against} (load average {os.getloadavg()[0]:.1f})")
    for case, (p50, p95) in got["this checkout"].items():
        # Watch labels carry the matched-item count; match the other side by the text before it.
        other = next((v for k, v in got["against"].items() if k.split(" (")[0] == case.split(" (")[0]), None)
        line = f"{case:<58} p50 {p50:8.1f}  p95 {p95:8.1f} ms"
        if other:
            line += f"   against p50 {other[0]:8.1f}  p95 {other[1]:8.1f} ms   ({p50 / other[0]:.2f}x p50, {p95 / other[1]:.2f}x p95)"
        print(line)


if __name__ == "__main__":
    main()
