#!/usr/bin/env python3
"""Embedding throughput of the numpy all-MiniLM-L6-v2: texts per second by batch size, against
single-text embedding measured in the same run (needs the `semantic` extra).

    .venv/bin/python benchmarks/bench_embed.py                      # batch sizes 1 8 16 32 64
    .venv/bin/python benchmarks/bench_embed.py --texts 512 --rounds 3
    .venv/bin/python benchmarks/bench_embed.py --against /work/main # also another checkout, interleaved
    .venv/bin/python benchmarks/bench_embed.py --workers 1 2 4      # worker-process pools of these sizes
    .venv/bin/python benchmarks/bench_embed.py --texts 128 --single 32 --batch-sizes 32 --rounds 1  # quick

"single" embeds one text per call (what `mw ask` does for a question); "batch N" hands all texts to
one ``embed`` call with ``batch_size=N`` (texts sorted by length, N per forward pass): what an
import or ``mw kb reindex`` does. The texts are the documents of a generated knowledge base
(benchmarks/gen_kb.py: executive profiles, mandates, greenlights), the text an import embeds.
Each figure is the best of ``--rounds`` rounds, rounds interleaved across checkouts so that load
from other processes hits each alike. ``--against DIR`` runs the same measurement with the
``mw`` package of another checkout (e.g. the main branch before a change) in a subprocess.
Every batched result is checked against single-text embedding (cosine >= 0.9999).

"N workers" embeds the same texts in a :class:`mw.index.workers.EmbedPool` of N spawned
processes (one BLAS thread each), what a large import does; the pool is started and warmed
before the clock starts (its start-up is printed apart). "query ms" is the median latency of one
question embedded alone, with one BLAS thread (what ``mw ask`` does) and with the BLAS library's
default thread count, interleaved.

Two rates are printed: texts per second of wall time, and texts per CPU-second of the process
(all its threads). On a loaded machine the wall rate mostly measures the other processes;
the CPU rate measures the work. ``OPENBLAS_NUM_THREADS=1`` keeps BLAS threads from spinning
against the other processes' (the figures in the README were taken with and without it).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen_kb

    from mw.index.dense import doc_text

    recs = gen_kb.generate(max(2000, n * 2))
    companies = {r["id"]: r["name"] for r in recs if r["type"] == "company"}
    docs = [r for r in recs if r["type"] in ("executive", "mandate", "greenlight")]
    step = max(1, len(docs) // n)
    return [doc_text(r, companies) for r in docs[::step]][:n]


def measure(root: str, n_texts: int, batch_sizes: list[int], n_single: int, workers: list[int]) -> dict:
    """One round in this process, with the ``mw`` package found under ``root``."""
    sys.path.insert(0, root)
    import numpy as np

    from mw.index.embed import Embedder

    t0 = time.perf_counter()
    e = Embedder()
    load = time.perf_counter() - t0
    xs = texts(n_texts)
    tokens = sum(len(x.ids) for x in e.tokenizer.encode_batch(xs)) / len(xs)
    e.embed(xs[:8])  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    single = np.stack([e.embed([x])[0] for x in xs[:n_single]])
    out = {"load_s": load, "tokens_per_text": tokens, "single": n_single / (time.perf_counter() - t0),
           "cpu single": n_single / (time.process_time() - c0)}
    for b in batch_sizes:
        e.batch_size = b
        t0, c0 = time.perf_counter(), time.process_time()
        v = e.embed(xs)
        out[f"batch {b}"] = len(xs) / (time.perf_counter() - t0)
        out[f"cpu batch {b}"] = len(xs) / (time.process_time() - c0)
        cos = float((v[:n_single] * single).sum(1).min())
        assert cos >= 0.9999, f"batch {b}: cosine {cos} against single-text embedding"
    e.batch_size = 32
    try:
        from mw.index import workers as wmod
    except ImportError:  # a checkout without worker pools
        return out
    for n in workers:
        t0 = time.perf_counter()
        pool = wmod.EmbedPool(n)
        pool.embed(xs[: n * pool.chunk])  # every worker started, model loaded, warm
        out[f"start {n}"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        v = pool.embed(xs)
        out[f"workers {n}"] = len(xs) / (time.perf_counter() - t0)
        pool.close()
        cos = float((v[:n_single] * single).sum(1).min())
        assert cos >= 0.9999, f"{n} workers: cosine {cos} against single-text embedding"
    import contextlib
    import statistics

    from mw.index import embed as emod

    q = ["Who should I pitch a grounded near-future sci-fi series to?"]
    one, default = [], []
    real = emod.one_blas_thread
    for _ in range(max(10, n_single // 2)):
        t0 = time.perf_counter()
        e.embed(q)
        one.append(time.perf_counter() - t0)
        emod.one_blas_thread = contextlib.nullcontext
        try:
            t0 = time.perf_counter()
            e.embed(q)
            default.append(time.perf_counter() - t0)
        finally:
            emod.one_blas_thread = real
    out["query 1 BLAS thread"] = 1e3 * statistics.median(one)
    out["query default BLAS"] = 1e3 * statistics.median(default)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", type=int, default=256, help="texts per batched measurement")
    ap.add_argument("--single", type=int, default=64, help="texts embedded one at a time")
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 16, 32, 64])
    ap.add_argument("--workers", type=int, nargs="*", default=None,
                    help="worker-pool sizes to measure (default: 2 and the usable CPUs, at most 8)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--against", help="another checkout whose mw package to measure too")
    ap.add_argument("--one-round", help=argparse.SUPPRESS)  # internal: run one round for ROOT, print JSON
    a = ap.parse_args()
    if a.workers is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        a.workers = sorted({2, min(cpus, 8)})
    if a.one_round:
        print(json.dumps(measure(a.one_round, a.texts, a.batch_sizes, a.single, a.workers)))
        return
    roots = {"this checkout": str(ROOT)}
    if a.against:
        roots[f"against {a.against}"] = str(Path(a.against).resolve())
    best: dict[str, dict[str, float]] = {k: {} for k in roots}
    for _ in range(a.rounds):
        for label, root in roots.items():
            cmd = [sys.executable, __file__, "--one-round", root, "--texts", str(a.texts), "--single", str(a.single),
                   "--batch-sizes", *map(str, a.batch_sizes), "--workers", *map(str, a.workers)]
            res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True,
                                            env={**os.environ, "PYTHONPATH": root}).stdout)
            for k, v in res.items():
                if k == "load_s" or k.startswith(("start ", "query ")):
                    best[label][k] = min(best[label].get(k, v), v)
                else:
                    best[label][k] = max(best[label].get(k, 0.0), v)
    import platform

    load = "/".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load} (1/5/15 min); "
          f"{a.texts} knowledge-base documents, best of {a.rounds} round(s)")
    for label, r in best.items():
        print(f"\n== {label}: model load {r['load_s']:.2f} s, {r['tokens_per_text']:.1f} tokens per text ==")
        print(f"{'':12} {'texts/s':>9} {'vs single':>10} {'per CPU-s':>10} {'vs single':>10}")
        print(f"{'single text':12} {r['single']:9.1f} {'(baseline)':>10} {r['cpu single']:10.1f} {'(baseline)':>10}")
        for b in a.batch_sizes:
            v, c = r[f"batch {b}"], r[f"cpu batch {b}"]
            print(f"{'batch ' + str(b):12} {v:9.1f} {v / r['single']:9.2f}x {c:10.1f} {c / r['cpu single']:9.2f}x")
        for n in a.workers:
            if f"workers {n}" in r:
                v = r[f"workers {n}"]
                print(f"{str(n) + ' workers':12} {v:9.1f} {v / r['single']:9.2f}x {'-':>10} {'-':>10}"
                      f"   (pool start-up {r[f'start {n}']:.2f} s, not timed)")
        if "query 1 BLAS thread" in r:
            print(f"query ms (median, one question): {r['query 1 BLAS thread']:.1f} with one BLAS thread, "
                  f"{r['query default BLAS']:.1f} with the BLAS default")
    if a.against:
        mine, other = best["this checkout"], best[f"against {a.against}"]
        print("\n== this checkout / the other ==")
        for k in ["single", *(f"batch {b}" for b in a.batch_sizes)]:
            print(f"{k:<11}: {mine[k] / other[k]:.2f}x wall, {mine['cpu ' + k] / other['cpu ' + k]:.2f}x per CPU-second")


if __name__ == "__main__":
    main()
