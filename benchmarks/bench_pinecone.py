#!/usr/bin/env python3
"""The Pinecone backend through the real SDK against a loopback server, at 10k and 100k vectors.

    .venv/bin/python benchmarks/bench_pinecone.py [--sizes 10000 100000]

No Pinecone service can be reached from here, so this measures what *our side* costs: the SDK,
request building and batching (<= 1,000 records, <= 2 MB per upsert), JSON over loopback and the
adapter's result handling, against a server that answers with an exact numpy search (the same
server the tests use, tests/test_pinecone.py, with a vectorised query). Real Pinecone adds network
round trips and its own search time; treat these numbers as the client-side floor.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_pinecone import KEY, FakePinecone  # noqa: E402

from mw.store.vectors.pinecone import PineconeVectorIndex  # noqa: E402


class FastFake(FakePinecone):
    """FakePinecone with an exact numpy search over a cached matrix (unfiltered queries)."""

    def __init__(self, dimension: int = 384) -> None:
        super().__init__(dimension)
        self._matrix = None
        # TCP_NODELAY on the server's sockets: otherwise Nagle + delayed ACK add ~40 ms per request.
        self.server.RequestHandlerClass.disable_nagle_algorithm = True

    def route(self, req):  # type: ignore[override]
        p, b = req["path"], req["body"] or {}
        if p == "/query" and not b.get("filter"):
            with self.lock:
                ns = self.ns(b.get("namespace"))
                if self._matrix is None or self._matrix[0] != len(ns):
                    ids = list(ns)
                    m = np.asarray([ns[i][0] for i in ids], dtype=np.float32)
                    m /= np.linalg.norm(m, axis=1, keepdims=True)
                    self._matrix = (len(ns), ids, m)
                _, ids, m = self._matrix
                q = np.asarray(b["vector"], dtype=np.float32)
                scores = m @ (q / np.linalg.norm(q))
                k = min(b["topK"], len(ids))
                top = np.argpartition(-scores, k - 1)[:k]
                top = top[np.argsort(-scores[top])]
                return 200, {"matches": [{"id": ids[i], "score": float(scores[i]), "values": []} for i in top],
                             "namespace": b.get("namespace", "")}
        if p in ("/vectors/upsert", "/vectors/delete"):
            self._matrix = None
        return super().route(req)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run(n: int, queries: int) -> None:
    rng = np.random.default_rng(1)
    vecs = rng.standard_normal((n, 384)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    fake = FastFake()
    try:
        idx = PineconeVectorIndex(fake.url(), home=tempfile.mkdtemp(prefix="mw-bench-pc-"), api_key=KEY)
        items = [(f"greenlight:g{i}", vecs[i], {"type": "greenlight", "hash": f"h{i}"}) for i in range(n)]
        t0 = time.perf_counter()
        idx.upsert(items)
        up = time.perf_counter() - t0
        n_req = len(fake.calls("/vectors/upsert"))
        lat = []
        for q in rng.standard_normal((queries, 384)).astype(np.float32):
            t0 = time.perf_counter()
            idx.query(q, top_k=10)
            lat.append((time.perf_counter() - t0) * 1000)
        changed = items[: max(1, n // 100)]
        changed = [(d, v * -1, {**m, "hash": m["hash"] + "x"}) for d, v, m in changed]
        t0 = time.perf_counter()
        idx.upsert(changed)
        upd = time.perf_counter() - t0
        print(f"n={n:>7}  pinecone (loopback)  query p50 {pct(lat, 50):6.2f} ms  p95 {pct(lat, 95):6.2f} ms   "
              f"(initial upsert {up:.1f} s in {n_req} requests; 1% re-upsert {upd:.2f} s)")
    finally:
        fake.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    for n in args.sizes:
        run(n, args.queries)


if __name__ == "__main__":
    main()
