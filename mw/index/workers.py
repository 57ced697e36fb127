"""Bulk embedding in worker processes: import, ``mw kb reindex`` and refresh embed with every core.

Why processes and not BLAS threads (measured, benchmarks/bench_embed.py): batched MiniLM is bound
by matrix-product arithmetic, and one BLAS thread per core in separate processes scales where
OpenBLAS's own threads do not: they also embed the tokenizer, pooling and elementwise work that
BLAS never parallelises, and under load OpenBLAS threads spin against the other processes (a
single query took 128 ms with 2 BLAS threads against 16 ms with one, load average 5 on 2 cores).

- Each worker is a **spawned** process (not forked: the parent may run threads, e.g. the HTTP API
  or the tokenizer's thread pool, and forking a threaded process can deadlock) that sets its BLAS
  to one thread before numpy loads (``OPENBLAS_NUM_THREADS`` and friends, then threadpoolctl in
  case numpy was already loaded), ignores SIGINT (the parent decides what an interrupt keeps), and
  loads the model once.
- :meth:`EmbedPool.submit` sorts a block of texts by length (less padding), deals it out in
  chunks of ``chunk`` texts and returns a future of the block's vectors in input order; the
  caller keeps a couple of blocks in flight so the workers never wait for it
  (:func:`mw.index.dense.sync`).
- ``MW_EMBED_WORKERS``: ``auto`` (default: one worker per usable CPU, at most ``MAX_WORKERS``,
  for runs of at least ``AUTO_MIN_DOCS`` documents; smaller runs embed in-process, where the
  workers' start-up, about a second, would cost more than it saves), ``1`` (always in-process)
  or a number (that many workers for every bulk run).

Query-time embedding (one question) never comes here: it runs in-process
(:meth:`mw.index.embed.Embedder.embed`, one BLAS thread).
"""
from __future__ import annotations

import os
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Sequence

from mw.errors import ConfigError

if TYPE_CHECKING:
    import numpy as np

MAX_WORKERS = 8  # each worker holds the model (~90 MB) and a batch's activations (~100-300 MB)
AUTO_MIN_DOCS = 1024  # below this, "auto" embeds in-process
CHUNK_TEXTS = 64  # texts per task handed to a worker
BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(n_docs: int) -> int:
    """How many worker processes to embed ``n_docs`` documents with (1: in-process)."""
    raw = os.environ.get("MW_EMBED_WORKERS", "").strip().lower()
    if raw in ("", "auto"):
        if n_docs < AUTO_MIN_DOCS:
            return 1
        return max(1, min(usable_cpus(), MAX_WORKERS))
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if n < 1:
        raise ConfigError(f"MW_EMBED_WORKERS (environment): expected auto or a whole number >= 1, not {raw!r}",
                          hint="Unset it for one worker per CPU, or set 1 to embed in this process.")
    return n


# ---------------------------------------------------------------------------- in the worker

_worker_embedder: Any = None


def _init_worker(batch_size: int) -> None:
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent keeps what was embedded and stops us
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    for k in BLAS_ENV:
        os.environ[k] = "1"
    from mw.index.embed import Embedder, limit_blas_threads

    limit_blas_threads(1)  # in case numpy was loaded before the variables were set
    global _worker_embedder
    _worker_embedder = Embedder(batch_size=batch_size)


def _exit_with_parent(parent: int) -> None:
    """A parent killed outright (SIGKILL, OOM) cannot stop its workers, which would wait on the
    task queue for ever: each checks once a second that its parent is still there."""
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _embed_chunk(texts: list[str]) -> "np.ndarray":
    return _worker_embedder.embed(texts)


def _blas_threads() -> int:
    """The worker's BLAS thread count (tests)."""
    from threadpoolctl import threadpool_info

    return max((i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"), default=0)


# ---------------------------------------------------------------------------- in the parent

class EmbedPool:
    """``workers`` spawned processes, each with the model loaded and one BLAS thread."""

    def __init__(self, workers: int, *, batch_size: int | None = None, chunk: int = CHUNK_TEXTS) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from mw.index.embed import DEFAULT_BATCH

        self.workers = workers
        self.chunk = chunk
        self.embedded = 0
        self._ex = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_init_worker, initargs=(batch_size or DEFAULT_BATCH,))

    def submit(self, texts: Sequence[str]) -> "Future[np.ndarray]":
        """A future of the (len(texts), 384) vectors, in input order."""
        import numpy as np

        from mw.index.embed import DIM

        texts = [t if isinstance(t, str) else str(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        parts = [order[s:s + self.chunk] for s in range(0, len(order), self.chunk)]
        futs = [self._ex.submit(_embed_chunk, [texts[i] for i in idx]) for idx in parts]
        out: Future = Future()
        if not futs:
            out.set_result(np.zeros((0, DIM), dtype=np.float32))
            return out
        left = [len(futs)]

        def done(_: Future) -> None:
            left[0] -= 1
            if left[0]:
                return
            try:
                res = np.zeros((len(texts), DIM), dtype=np.float32)
                for idx, f in zip(parts, futs):
                    res[idx] = f.result()
            except BaseException as e:  # noqa: BLE001 - handed to whoever waits on the block
                out.set_exception(e)
            else:
                self.embedded += len(texts)
                out.set_result(res)

        for f in futs:
            f.add_done_callback(done)
        return out

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        return self.submit(texts).result()

    def call(self, fn: Any, *args: Any) -> Any:
        """Run ``fn(*args)`` in a worker (tests: :func:`_blas_threads`)."""
        return self._ex.submit(fn, *args).result()

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers: after their queued chunks, or at once (``cancel``: Ctrl-C, an error),
        dropping the chunks in flight."""
        if not cancel:
            self._ex.shutdown(wait=True)
            return
        terminate = getattr(self._ex, "terminate_workers", None)  # Python 3.14+
        if terminate is not None:
            terminate()
            return
        # Before 3.14 shutdown() waits for the chunks already handed to the workers (seconds on
        # a loaded machine), so end the processes first; their table is the executor's own.
        procs = list((getattr(self._ex, "_processes", None) or {}).values())
        self._ex.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            p.join(timeout=5)

    def __enter__(self) -> "EmbedPool":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close(cancel=exc[0] is not None)
