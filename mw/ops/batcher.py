"""A coalescing request batcher, usable from threads and from asyncio.

Calls that arrive within ``max_wait_ms`` of the first waiting call are run together
as one batch of at most ``max_batch`` items by a single worker thread::

    embed = Batcher(lambda texts: model.embed(texts), max_batch=32, max_wait_ms=2, kind="embed")
    vec = embed(text)                 # from a thread: blocks for this item's result
    vec = await embed.acall(text)     # from asyncio: awaits without blocking the loop
    vecs = embed.map(texts)           # many items at once (a stdin batch): coalesced into full batches

Each caller gets its own result or its own exception: the batch function returns one
result per item, and may put an ``Exception`` instance in a slot to fail just that
item. If the batch function raises as a whole, the items are retried one at a time so
a single bad item does not fail the others. A cancelled future is skipped. ``close()``
finishes pending items (``drain=True``) or fails them with :class:`BatcherClosed`.

Stats (requests, batches, mean batch size, wait time) are kept per batcher and
reported to listeners (the metrics recorder exports ``mandatewizard_batch_size`` and
``mandatewizard_batch_wait_seconds`` by ``kind``).

Defaults: ``max_batch=32`` (MiniLM throughput on CPU stops improving past 32, see
``benchmarks/``) and ``max_wait_ms=2`` (a fraction of one query's embedding time,
so a lone request pays little).
"""
from __future__ import annotations

import asyncio
import concurrent.futures as cf
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Generic, Iterable, Sequence, TypeVar

from mw.errors import MWError

T = TypeVar("T")
R = TypeVar("R")

BatchListener = Callable[[str, int, float], None]  # (kind, batch size, oldest item's wait in seconds)
_listeners: list[BatchListener] = []


def add_listener(fn: BatchListener) -> None:
    """Called after every batch from every batcher (metrics)."""
    if fn not in _listeners:
        _listeners.append(fn)


def remove_listener(fn: BatchListener) -> None:
    if fn in _listeners:
        _listeners.remove(fn)


class BatcherClosed(MWError):
    code = "batcher_closed"


@dataclass
class BatchStats:
    requests: int = 0
    batches: int = 0
    items: int = 0
    wait_s_total: float = 0.0
    max_size_seen: int = 0
    sizes: list[int] = field(default_factory=list)

    @property
    def mean_batch_size(self) -> float:
        return self.items / self.batches if self.batches else 0.0

    @property
    def mean_wait_ms(self) -> float:
        return 1000 * self.wait_s_total / self.items if self.items else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"requests": self.requests, "batches": self.batches, "items": self.items,
                "mean_batch_size": round(self.mean_batch_size, 3), "mean_wait_ms": round(self.mean_wait_ms, 3),
                "max_batch_size": self.max_size_seen}


class Batcher(Generic[T, R]):
    def __init__(self, fn: Callable[[list[T]], Sequence[R | BaseException]], *, max_batch: int = 32,
                 max_wait_ms: float = 2.0, kind: str = "generic") -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be >= 1")
        if max_wait_ms < 0:
            raise ValueError("max_wait_ms must be >= 0")
        self.fn = fn
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self.kind = kind
        self.stats = BatchStats()
        self._queue: deque[tuple[T, cf.Future, float]] = deque()
        self._cond = threading.Condition()
        self._closed = False
        self._drain = True
        self._worker = threading.Thread(target=self._run, name=f"mw-batcher-{kind}", daemon=True)
        self._worker.start()

    # --- submitting -------------------------------------------------------------
    def submit(self, item: T) -> "cf.Future[R]":
        fut: cf.Future = cf.Future()
        with self._cond:
            if self._closed:
                raise BatcherClosed(f"the {self.kind} batcher is shut down")
            self._queue.append((item, fut, time.perf_counter()))
            self.stats.requests += 1
            self._cond.notify()
        return fut

    def __call__(self, item: T, timeout: float | None = None) -> R:
        return self.submit(item).result(timeout)

    async def acall(self, item: T) -> R:
        return await asyncio.wrap_future(self.submit(item))

    def map(self, items: Iterable[T], timeout: float | None = None) -> list[R]:
        """Submit all, then wait for all: consecutive items coalesce into full batches.

        Raises the first item's exception, if any (use :meth:`submit` for per-item handling).
        """
        futs = [self.submit(i) for i in items]
        return [f.result(timeout) for f in futs]

    # --- lifecycle --------------------------------------------------------------
    def close(self, drain: bool = True, timeout: float | None = 10.0) -> None:
        """Stop accepting items; finish pending ones (drain) or fail them with BatcherClosed."""
        with self._cond:
            self._closed = True
            self._drain = drain
            if not drain:
                while self._queue:
                    _, fut, _ = self._queue.popleft()
                    if fut.set_running_or_notify_cancel():
                        fut.set_exception(BatcherClosed(f"the {self.kind} batcher shut down before this item ran"))
            self._cond.notify_all()
        self._worker.join(timeout)

    def __enter__(self) -> "Batcher[T, R]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # --- the worker -----------------------------------------------------------------
    def _take(self) -> list[tuple[T, cf.Future, float]] | None:
        with self._cond:
            while not self._queue:
                if self._closed:
                    return None
                self._cond.wait()
            deadline = self._queue[0][2] + self.max_wait
            while len(self._queue) < self.max_batch and not self._closed:
                left = deadline - time.perf_counter()
                if left <= 0:
                    break
                self._cond.wait(left)
            batch = []
            while self._queue and len(batch) < self.max_batch:
                batch.append(self._queue.popleft())
            return batch

    def _run(self) -> None:
        while True:
            batch = self._take()
            if batch is None:
                return
            live = [(item, fut, t) for item, fut, t in batch if fut.set_running_or_notify_cancel()]
            if not live:
                continue
            now = time.perf_counter()
            wait = now - min(t for _, _, t in live)
            self.stats.batches += 1
            self.stats.items += len(live)
            self.stats.wait_s_total += sum(now - t for _, _, t in live)
            self.stats.max_size_seen = max(self.stats.max_size_seen, len(live))
            for listener in list(_listeners):
                try:
                    listener(self.kind, len(live), wait)
                except Exception:  # metrics must never break the batch
                    pass
            self._execute(live)

    def _execute(self, live: list[tuple[T, cf.Future, float]]) -> None:
        items = [i for i, _, _ in live]
        try:
            results = list(self.fn(items))
            if len(results) != len(items):
                raise RuntimeError(f"batch function returned {len(results)} results for {len(items)} items")
        except BaseException as exc:  # isolate the failing item(s): run one at a time
            if len(live) == 1:
                live[0][1].set_exception(exc)
                return
            for item, fut, _ in live:
                try:
                    r = list(self.fn([item]))
                    out = r[0] if len(r) == 1 else RuntimeError("batch function returned no result")
                except BaseException as e1:
                    out = e1
                _settle(fut, out)
            return
        for (_, fut, _), res in zip(live, results):
            _settle(fut, res)


def _settle(fut: cf.Future, res: Any) -> None:
    if isinstance(res, BaseException):
        fut.set_exception(res)
    else:
        fut.set_result(res)
