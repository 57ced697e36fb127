#!/usr/bin/env python3
"""Vector search and embedding benchmarks (needs the `semantic` extra).

    python benchmarks/bench_vectors.py                       # everything, defaults below
    python benchmarks/bench_vectors.py --sizes 10000 100000 --queries 300
    python benchmarks/bench_vectors.py --skip-embed --skip-reindex

1. Query latency p50/p95 of the embedded index (exact numpy search over a
   memory-mapped float32 matrix, ids from SQLite) at each size, unfiltered and
   with a metadata filter, plus the raw numpy matrix-vector product alone. When
   ``usearch`` is importable the same queries run against its HNSW index (build
   time, p50/p95, recall@10 against exact search): the measurement that chose
   exact numpy as the embedded default. Vectors are synthetic, 384-d, normalised.
2. Embedding throughput of the numpy all-MiniLM-L6-v2 by batch size.
3. Re-index after 1% of records change: a generated knowledge base
   (benchmarks/gen_kb.py) is imported (every document embedded), 1% of its
   greenlights get a new logline, and the second import is timed: only those
   documents are embedded again.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TYPES = ("executive", "mandate", "greenlight")
GENRES = ("crime", "thriller", "horror", "comedy", "drama", "sci-fi", "documentary")
REGIONS = ("US", "UK", "Nordics", "LatAm", "APAC")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def fmt(xs_ms: list[float]) -> str:
    return f"p50 {pct(xs_ms, 50):7.2f} ms  p95 {pct(xs_ms, 95):7.2f} ms"


def synthetic(n: int, dim: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = np.empty((n, dim), dtype=np.float32)
    for i in range(0, n, 20000):  # chunks keep the float64 temporaries small
        m = rng.standard_normal((min(20000, n - i), dim)).astype(np.float32)
        out[i : i + len(m)] = m / np.linalg.norm(m, axis=1, keepdims=True)
    return out


def bench_search(sizes: list[int], n_queries: int, dim: int = 384) -> None:
    from mw.store.vectors.embedded import EmbeddedVectorIndex

    try:
        from usearch.index import Index as UIndex
    except ImportError:
        UIndex = None
    print(f"== vector search: {dim}-d synthetic vectors, {n_queries} queries, top 10 ==")
    for n in sizes:
        mat = synthetic(n, dim, seed=n)
        rng = np.random.default_rng(1)
        # queries near stored vectors (a real question lands near some documents)
        qs = mat[rng.integers(0, n, n_queries)] + 0.5 * synthetic(n_queries, dim, seed=2)
        qs /= np.linalg.norm(qs, axis=1, keepdims=True)
        with tempfile.TemporaryDirectory() as d:
            idx = EmbeddedVectorIndex(Path(d) / "vec")
            items = [(f"{TYPES[i % 3]}:{i}", mat[i],
                      {"type": TYPES[i % 3], "region": REGIONS[i % 5], "genres": [GENRES[i % 7], GENRES[(i * 3) % 7]],
                       "buyer": f"co-{i % 50}", "date": f"20{20 + i % 7}-0{1 + i % 9}-01"}) for i in range(n)]
            t0 = time.perf_counter()
            idx.upsert(items)
            build = time.perf_counter() - t0
            # one 1% change: the whole matrix is rewritten once (atomic replace)
            t0 = time.perf_counter()
            idx.upsert(items[: max(1, n // 100)])
            upd = time.perf_counter() - t0
            idx.query(qs[0], 10)  # warm the memory map
            lat = []
            for q in qs:
                t0 = time.perf_counter()
                idx.query(q, 10)
                lat.append((time.perf_counter() - t0) * 1000)
            flat = []
            flt = {"type": "greenlight", "genres": ["horror"]}
            for q in qs:
                t0 = time.perf_counter()
                idx.query(q, 10, filter=flt)
                flat.append((time.perf_counter() - t0) * 1000)
            pair = []  # question + HyDE text: two vectors in one pass, as `mw ask` queries
            for i in range(0, n_queries - 1, 2):
                t0 = time.perf_counter()
                idx.query_many([qs[i], qs[i + 1]], 100)
                pair.append((time.perf_counter() - t0) * 1000)
            raw = []
            for q in qs:
                t0 = time.perf_counter()
                s = mat @ q
                np.argpartition(-s, 10)[:10]
                raw.append((time.perf_counter() - t0) * 1000)
            print(f"n={n:>7}  embedded exact numpy  {fmt(lat)}   (initial write {build:.2f} s, 1% upsert {upd:.2f} s)")
            print(f"n={n:>7}  embedded + filter     {fmt(flat)}   filter={flt}")
            print(f"n={n:>7}  embedded 2 queries    {fmt(pair)}   (top 100 each, one pass)")
            print(f"n={n:>7}  raw numpy matvec      {fmt(raw)}")
            idx.close()
        if UIndex is not None:
            ui = UIndex(ndim=dim, metric="cos", dtype="f32")
            t0 = time.perf_counter()
            ui.add(np.arange(n), mat)
            ubuild = time.perf_counter() - t0
            ulat, recall = [], []
            for q in qs:
                t0 = time.perf_counter()
                m = ui.search(q, 10)
                ulat.append((time.perf_counter() - t0) * 1000)
                exact = set(np.argpartition(-(mat @ q), 10)[:10].tolist())
                recall.append(len(exact & set(m.keys.tolist())) / 10)
            print(f"n={n:>7}  usearch HNSW (f32)    {fmt(ulat)}   build {ubuild:.2f} s, recall@10 {statistics.mean(recall):.3f}")
        else:
            print(f"n={n:>7}  usearch               not installed (pip install usearch) - skipped")


def bench_embed(batch_sizes: list[int], n_texts: int) -> None:
    from mw.index.embed import Embedder

    t0 = time.perf_counter()
    e = Embedder()
    print(f"\n== embedding: numpy all-MiniLM-L6-v2 (model load {time.perf_counter() - t0:.2f} s) ==")
    words = ("harbour silent winter city orchard ledger signal glass ember tide north ashes paper crown ferry "
             "island midnight copper velvet border river wolf crime thriller horror comedy drama").split()
    rng = np.random.default_rng(3)
    texts = [" ".join(rng.choice(words, int(rng.integers(8, 30)))) for _ in range(n_texts)]
    one = []
    for t in texts[:30]:
        t0 = time.perf_counter()
        e.embed([t])
        one.append((time.perf_counter() - t0) * 1000)
    print(f"one query (8-30 words): {fmt(one)}")
    for b in batch_sizes:
        e.batch_size = b
        t0 = time.perf_counter()
        e.embed(texts)
        dt = time.perf_counter() - t0
        print(f"batch {b:>3}: {n_texts / dt:7.1f} texts/s  ({n_texts} texts in {dt:.2f} s)")


def bench_reindex(n_records: int) -> None:
    import json

    import gen_kb

    from mw import config
    from mw.ingest.sync import after_kb_change
    from mw.index.embed import get_embedder
    from mw.ingest.importer import import_files
    from mw.store import kb as kbmod
    from mw.store.vectors import factory as vecmod

    print(f"\n== re-index after 1% change: generated knowledge base of {n_records} records ==")
    with tempfile.TemporaryDirectory() as d:
        os.environ["MW_HOME"] = str(Path(d) / "home")
        os.environ.pop("MW_SEMANTIC", None)
        config.reset()
        kbmod.reset_open()
        vecmod.reset_open()
        recs = gen_kb.generate(n_records)
        src = Path(d) / "kb.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in recs))
        emb = get_embedder()
        kb = kbmod.open_kb()
        n0, t0 = emb.embedded, time.perf_counter()
        res = import_files(kb, [src])
        t_write = time.perf_counter() - t0
        after_kb_change(res.report, kb)
        t_all = time.perf_counter() - t0
        docs = emb.embedded - n0
        print(f"first import: {docs} documents embedded, {t_all:.2f} s (KB write {t_write:.2f} s, "
              f"vectors {t_all - t_write:.2f} s, {docs / max(t_all - t_write, 1e-9):.0f} docs/s)")
        gls = [r for r in recs if r["type"] == "greenlight"]
        k = max(1, len(recs) // 100)
        for r in gls[:k]:
            r["logline"] = r["logline"].rstrip(".") + ", told backwards."
        src.write_text("".join(json.dumps(r) + "\n" for r in recs))
        n0, t0 = emb.embedded, time.perf_counter()
        res = import_files(kb, [src])
        t_write = time.perf_counter() - t0
        after_kb_change(res.report, kb)
        t_all = time.perf_counter() - t0
        print(f"1% changed ({k} greenlights): {emb.embedded - n0} documents re-embedded, {t_all:.2f} s "
              f"(KB write {t_write:.2f} s, vector sync {t_all - t_write:.2f} s)")
        vecmod.reset_open()
        kbmod.reset_open()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 32, 64])
    ap.add_argument("--texts", type=int, default=256, help="texts embedded per batch size")
    ap.add_argument("--reindex-records", type=int, default=3000)
    ap.add_argument("--skip-search", action="store_true")
    ap.add_argument("--skip-embed", action="store_true")
    ap.add_argument("--skip-reindex", action="store_true")
    a = ap.parse_args()
    import platform

    print(f"python {platform.python_version()}, numpy {np.__version__}, {os.cpu_count()} CPUs")
    if not a.skip_search:
        bench_search(a.sizes, a.queries)
    if not a.skip_embed:
        bench_embed(a.batch_sizes, a.texts)
    if not a.skip_reindex:
        bench_reindex(a.reindex_records)


if __name__ == "__main__":
    main()
