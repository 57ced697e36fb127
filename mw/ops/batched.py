"""Where the coalescing :class:`~mw.ops.batcher.Batcher` is plugged into answering.

Three paths batch their expensive work:

- **answer-cache lookups** (:func:`cache_batcher`): concurrent server requests'
  ``state.get`` calls become one ``state.get_many`` per batch (one Redis MGET round
  trip, one diskcache transaction). Installed as :attr:`mw.ask.asker.Asker.cache_get`.
- **query embeddings** (:class:`BatchedEmbedder`, semantic extra): every text that
  :class:`mw.index.dense.DenseSearch` embeds goes through one Batcher, so
  concurrent questions share one ``Embedder.embed`` call (one padded matrix
  product per batch instead of one per question: MiniLM is 3.2x faster per query
  in batches of 32 on CPU, more on a GPU).
- **stdin batches** (``mw ask -``, :class:`BatchPrefetch`): the cache entries of the
  next chunk of questions are read with one ``get_many`` and the questions that
  missed are embedded together, chunk by chunk (a chunk is ``max_batch``
  questions, so a batch stopped by a rate limit wastes at most one chunk of work).

Defaults (measured with ``benchmarks/bench_serve.py``, see docs/serve.md):

- ``max_batch = 32``: the best throughput in a sweep of 1/8/16/32/64 with 32 concurrent
  semantic clients (49 q/s vs 43 q/s without batching on 2 cores; docs/serve.md).
- cache lookups wait ``0 ms``: a lookup costs ~0.05-0.2 ms, so waiting for company
  costs more than it saves; while one ``get_many`` runs, new lookups queue up and
  form the next batch by themselves (opportunistic batching).
- embeddings wait ``2 ms``: one question's embeddings take ~5-6 ms on CPU, so a 2 ms window
  gathers concurrent questions for a small fraction of one embedding's cost.

``MW_BATCH=off`` (or ``max_batch=1``) turns coalescing off (benchmarks compare the two).
"""
from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Sequence

from mw.ops.batcher import Batcher

if TYPE_CHECKING:
    from mw.ask.asker import Asker, AskOptions
    from mw.store.state.base import StateStore

DEFAULT_MAX_BATCH = 32
DEFAULT_CACHE_WAIT_MS = 0.0
DEFAULT_EMBED_WAIT_MS = 2.0


def batch_settings(settings: Any = None) -> dict[str, float]:
    """``max_batch``, ``cache_wait_ms``, ``embed_wait_ms`` from ``[serve.batch]`` in config.toml and
    ``MW_BATCH_MAX`` / ``MW_BATCH=off`` (max_batch 1: no coalescing)."""
    table = settings.section("serve", "batch") if settings is not None else {}
    out = {
        "max_batch": int(table.get("max_batch", DEFAULT_MAX_BATCH)),
        "cache_wait_ms": float(table.get("cache_wait_ms", DEFAULT_CACHE_WAIT_MS)),
        "embed_wait_ms": float(table.get("embed_wait_ms", DEFAULT_EMBED_WAIT_MS)),
    }
    if os.environ.get("MW_BATCH_MAX"):
        out["max_batch"] = int(os.environ["MW_BATCH_MAX"])
    if os.environ.get("MW_BATCH", "").strip().lower() in ("0", "off", "false", "no"):
        out["max_batch"] = 1
    out["max_batch"] = max(1, int(out["max_batch"]))
    return out


def cache_batcher(state: "StateStore", *, max_batch: int = DEFAULT_MAX_BATCH,
                  max_wait_ms: float = DEFAULT_CACHE_WAIT_MS) -> "Batcher[str, Any]":
    """A Batcher whose items are cache keys and whose batch is one ``state.get_many``."""
    return Batcher(lambda keys: state.get_many(keys), max_batch=max_batch, max_wait_ms=max_wait_ms,
                   kind="answer_cache")


class BatchedEmbedder:
    """An embedder facade (``embed(texts)``, ``dim``, ``name``) that sends each text through a Batcher.

    ``prime(texts)`` embeds texts ahead of time (a stdin batch); primed vectors are
    used once and then dropped, so the memo never outgrows one chunk.
    """

    def __init__(self, embedder: Any, *, max_batch: int = DEFAULT_MAX_BATCH,
                 max_wait_ms: float = DEFAULT_EMBED_WAIT_MS) -> None:
        self.inner = embedder
        self.name = getattr(embedder, "name", "embedder")
        self.dim = getattr(embedder, "dim", None)
        self.batcher: Batcher[str, Any] = Batcher(self._run, max_batch=max_batch, max_wait_ms=max_wait_ms,
                                                  kind="embed")
        self._primed: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _run(self, texts: list[str]) -> list[Any]:
        return list(self.inner.embed(texts))

    def prime(self, texts: Sequence[str]) -> int:
        todo = list(dict.fromkeys(t for t in texts if t and t.strip()))
        with self._lock:
            todo = [t for t in todo if t not in self._primed]
        if not todo:
            return 0
        vecs = self.batcher.map(todo)
        with self._lock:
            self._primed.update(zip(todo, vecs))
        return len(todo)

    def clear(self) -> None:
        with self._lock:
            self._primed.clear()

    def embed(self, texts: Sequence[str]) -> Any:
        import numpy as np

        texts = [t if isinstance(t, str) else str(t) for t in texts]
        rows: list[Any] = [None] * len(texts)
        futs = {}
        with self._lock:
            for i, t in enumerate(texts):
                if t in self._primed:
                    rows[i] = self._primed.pop(t)
        for i, t in enumerate(texts):
            if rows[i] is None:
                futs[i] = self.batcher.submit(t)
        for i, f in futs.items():
            rows[i] = f.result()
        if not rows:
            return np.zeros((0, self.dim or 0), dtype=np.float32)
        return np.stack(rows).astype(np.float32, copy=False)

    def close(self) -> None:
        self.batcher.close()


def wrap_dense(asker: "Asker", *, max_batch: int = DEFAULT_MAX_BATCH,
               max_wait_ms: float = DEFAULT_EMBED_WAIT_MS) -> BatchedEmbedder | None:
    """Route the asker's dense search embeddings through a :class:`BatchedEmbedder` (None without one)."""
    from mw.index.dense import DenseSearch

    vec = asker.vectors
    if not isinstance(vec, DenseSearch):
        return None
    if isinstance(vec.embedder, BatchedEmbedder):
        return vec.embedder
    be = BatchedEmbedder(vec.embedder, max_batch=max_batch, max_wait_ms=max_wait_ms)
    asker.vectors = DenseSearch(vec.index, embedder=be)  # type: ignore[arg-type]
    return be


class ServerBatching:
    """The server's batchers, installed on one :class:`Asker`; ``close()`` at shutdown."""

    def __init__(self, asker: "Asker", settings: Any = None) -> None:
        from mw.ops.metrics import watch_batches

        watch_batches()
        cfg = batch_settings(settings if settings is not None else asker.settings)
        self.config = cfg
        self.cache: Batcher[str, Any] | None = None
        if asker.state is not None:
            self.cache = cache_batcher(asker.state, max_batch=int(cfg["max_batch"]),
                                       max_wait_ms=cfg["cache_wait_ms"])
            asker.cache_get = self.cache
        self.embedder = wrap_dense(asker, max_batch=int(cfg["max_batch"]), max_wait_ms=cfg["embed_wait_ms"])

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {"config": self.config}
        if self.cache is not None:
            out["answer_cache"] = self.cache.stats.to_dict()
        if self.embedder is not None:
            out["embed"] = self.embedder.batcher.stats.to_dict()
        return out

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()
        if self.embedder is not None:
            self.embedder.close()


class BatchPrefetch:
    """``mw ask -``: read the cache and embed the questions of each chunk together.

    ``asker.cache_get`` serves prefetched entries once (a question repeated later in
    the batch reads the store again, so it hits the answer cached by its first
    occurrence, as without prefetching). :meth:`close` restores the asker.
    """

    def __init__(self, asker: "Asker", opts: "AskOptions", *, max_batch: int | None = None) -> None:
        from mw.ops.metrics import watch_batches

        watch_batches()
        cfg = batch_settings(asker.settings)
        self.asker = asker
        self.opts = opts
        self.chunk = max(1, int(max_batch or cfg["max_batch"]))
        self._memo: dict[str, Any] = {}
        self._prev_cache_get = asker.cache_get
        self._prev_vectors = asker.vectors
        self.cache: Batcher[str, Any] | None = None
        if asker.state is not None and not opts.no_cache:
            self.cache = cache_batcher(asker.state, max_batch=self.chunk, max_wait_ms=DEFAULT_CACHE_WAIT_MS)
            state = asker.state

            def cache_get(key: str) -> Any:
                if key in self._memo:
                    return self._memo.pop(key)
                return state.get(key)

            asker.cache_get = cache_get
        self.embedder = wrap_dense(asker, max_batch=self.chunk, max_wait_ms=DEFAULT_EMBED_WAIT_MS)

    def prefetch(self, questions: Sequence[str]) -> None:
        """Cache entries of ``questions`` (one get_many), then embeddings of those not cached."""
        misses = list(questions)
        if self.cache is not None:
            keys = [self.asker.cache_key(q, self.opts) for q in questions]
            values = self.cache.map(keys)
            misses = []
            for q, k, v in zip(questions, keys, values):
                self._memo[k] = v
                if v is None:
                    misses.append(q)
        if self.embedder is not None and misses:
            self.embedder.prime([q for q in misses if q.strip()])

    def close(self) -> None:
        self.asker.cache_get = self._prev_cache_get
        self.asker.vectors = self._prev_vectors
        self._memo.clear()
        if self.cache is not None:
            self.cache.close()
        if self.embedder is not None:
            self.embedder.close()


__all__ = ["BatchPrefetch", "BatchedEmbedder", "ServerBatching", "batch_settings", "cache_batcher", "wrap_dense"]
