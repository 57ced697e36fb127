"""The coalescing batcher: order, per-item errors, max size, wait bound, cancellation, shutdown, asyncio."""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from mw.ops.batcher import Batcher, BatcherClosed, add_listener, remove_listener


def test_order_kept_and_results_per_caller():
    seen = []

    def fn(items):
        seen.append(list(items))
        return [x * 10 for x in items]

    with Batcher(fn, max_batch=8, max_wait_ms=20) as b:
        assert b.map(range(20)) == [x * 10 for x in range(20)]
    assert [x for batch in seen for x in batch] == list(range(20))
    assert max(len(s) for s in seen) <= 8
    assert b.stats.items == 20 and b.stats.batches == len(seen)


def test_concurrent_threads_coalesce():
    sizes = []

    def fn(items):
        sizes.append(len(items))
        time.sleep(0.01)
        return [i + 1 for i in items]

    b = Batcher(fn, max_batch=16, max_wait_ms=30)
    out: dict[int, int] = {}
    barrier = threading.Barrier(16)

    def worker(i):
        barrier.wait()
        out[i] = b(i)

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    b.close()
    assert out == {i: i + 1 for i in range(16)}
    assert max(sizes) > 1, sizes  # they were batched together
    assert b.stats.mean_batch_size > 1


def test_per_item_error_does_not_fail_others():
    def fn(items):
        return [ValueError(f"bad {i}") if i == 3 else i for i in items]

    with Batcher(fn, max_batch=10, max_wait_ms=10) as b:
        futs = [b.submit(i) for i in range(6)]
        assert [f.result() for i, f in enumerate(futs) if i != 3] == [0, 1, 2, 4, 5]
        with pytest.raises(ValueError, match="bad 3"):
            futs[3].result()


def test_whole_batch_exception_is_isolated_to_the_bad_item():
    def fn(items):
        if "boom" in items:
            raise RuntimeError("boom in batch")
        return [s.upper() for s in items]

    with Batcher(fn, max_batch=10, max_wait_ms=10) as b:
        futs = [b.submit(s) for s in ("a", "boom", "c")]
        assert futs[0].result() == "A" and futs[2].result() == "C"
        with pytest.raises(RuntimeError, match="boom"):
            futs[1].result()


def test_wait_bound_for_a_lone_request():
    with Batcher(lambda items: items, max_batch=32, max_wait_ms=50) as b:
        t0 = time.perf_counter()
        assert b("x") == "x"
        took = time.perf_counter() - t0
    assert 0.04 <= took < 1.0  # waited for company about max_wait, not forever


def test_full_batch_does_not_wait():
    with Batcher(lambda items: items, max_batch=4, max_wait_ms=5000) as b:
        t0 = time.perf_counter()
        assert b.map([1, 2, 3, 4]) == [1, 2, 3, 4]
        assert time.perf_counter() - t0 < 2.0


def test_cancelled_items_are_skipped():
    started = threading.Event()
    release = threading.Event()
    calls = []

    def fn(items):
        calls.append(list(items))
        if items == ["block"]:
            started.set()
            release.wait(5)
        return items

    with Batcher(fn, max_batch=1, max_wait_ms=0) as b:
        first = b.submit("block")
        started.wait(5)
        cancelled = b.submit("skip-me")
        assert cancelled.cancel()
        after = b.submit("after")
        release.set()
        assert first.result(5) == "block" and after.result(5) == "after"
    assert ["skip-me"] not in calls


def test_shutdown_drains_or_fails_pending():
    release = threading.Event()

    def slow(items):
        release.wait(5)
        return items

    b = Batcher(slow, max_batch=1, max_wait_ms=0)
    futs = [b.submit(i) for i in range(3)]
    threading.Timer(0.05, release.set).start()
    b.close(drain=True)
    assert [f.result(5) for f in futs] == [0, 1, 2]
    with pytest.raises(BatcherClosed):
        b.submit(9)

    release2 = threading.Event()
    b2 = Batcher(lambda items: (release2.wait(5), items)[1], max_batch=1, max_wait_ms=0)
    first = b2.submit("running")
    time.sleep(0.05)
    pending = [b2.submit(i) for i in range(3)]
    threading.Timer(0.1, release2.set).start()
    b2.close(drain=False)
    assert first.result(5) == "running"
    for f in pending:
        with pytest.raises(BatcherClosed):
            f.result(5)


def test_asyncio_callers_and_listener():
    events = []

    def listener(kind, size, wait):
        events.append((kind, size, wait))

    add_listener(listener)
    try:
        b = Batcher(lambda items: [i * 2 for i in items], max_batch=64, max_wait_ms=20, kind="test")

        async def main():
            return await asyncio.gather(*(b.acall(i) for i in range(40)))

        assert asyncio.run(main()) == [i * 2 for i in range(40)]
        b.close()
    finally:
        remove_listener(listener)
    assert sum(size for _, size, _ in events) == 40
    assert all(kind == "test" and wait >= 0 for kind, _, wait in events)
    assert len(events) < 40  # coalesced
