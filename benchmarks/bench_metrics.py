"""How much does recording metrics cost? Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_metrics.py [--n 20000] [--redis redis://127.0.0.1:6379/15]

1. Per question: :func:`mw.ops.metrics.track_query` around a real answer's
   data (result dict and retrieval trace of a real ``mw ask`` over
   ``tests/data/mini.jsonl``), without and with two LLM calls. In-memory only;
   the target is < 1 ms.
2. Per process: one flush of one question's deltas + event into a DiskStore
   (and Redis when ``--redis`` is given), i.e. what ``mw ask`` pays at exit.
3. Per scrape: the collector reading the store and rendering the text format.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--redis", default=os.environ.get("MW_BENCH_REDIS"))
    args = ap.parse_args()

    home = tempfile.mkdtemp(prefix="mw-bench-")
    os.environ["MW_HOME"] = home
    os.environ.pop("MW_STORE", None)
    os.environ.pop("REDIS_URL", None)
    from mw import config
    from mw.ops import metrics
    from mw.ask.asker import AskOptions
    from mw.ops.service import build_asker
    from mw.store.state.factory import open_state

    from mw.cli import app
    from typer.testing import CliRunner

    assert CliRunner().invoke(app, ["kb", "import", str(ROOT / "tests/data/mini.jsonl")]).exit_code == 0
    config.reset()
    state = open_state()
    asker = build_asker(state, offline=True)

    # one real answer and its retrieval trace
    captured = {}
    with metrics.track_query(asker, "Who should I pitch a crime thriller to?", recorder=metrics.Recorder()) as tq:
        tq.result = asker.answer("Who should I pitch a crime thriller to?", AskOptions(no_cache=True))
        captured["tq"] = tq
    real = captured["tq"]
    result, stages, stage_seconds = real.result, real.stages, real.stage_seconds
    print(f"real answer: intent={result['intent']} stages={len(stages or [])} took_ms={result['took_ms']}")

    class LLM:
        calls: list = []

    class FakeAsker:  # carries the attributes track_query reads
        settings = asker.settings
        state = None
        llm = None

    llm_asker = FakeAsker()
    llm_asker.llm = LLM()
    call = {"model": "gpt-4o-mini", "status": "ok", "prompt_tokens": 1200, "completion_tokens": 300,
            "cost_usd": 0.00036, "duration_s": 0.8, "purpose": "answer"}

    def run(n: int, with_llm: bool) -> list[float]:
        rec = metrics.Recorder(flush_interval=1e9)
        a = llm_asker if with_llm else FakeAsker()
        out = []
        for _ in range(n):
            t0 = time.perf_counter()
            with metrics.track_query(a, "Who should I pitch a crime thriller to?", recorder=rec) as t:
                t.result = result
                t.stages = stages
                t.stage_seconds = stage_seconds
                if with_llm:
                    a.llm.calls.append(call)
                    a.llm.calls.append(call)
            out.append(time.perf_counter() - t0)
        rec.clear()
        return out

    run(500, False)  # warm up
    for label, with_llm in (("no LLM", False), ("2 LLM calls", True)):
        times = sorted(run(args.n, with_llm))
        mean = statistics.fmean(times) * 1e6
        p50 = times[len(times) // 2] * 1e6
        p99 = times[int(len(times) * 0.99)] * 1e6
        print(f"per question recording ({label}, n={args.n}): mean {mean:.1f} us, p50 {p50:.1f} us, "
              f"p99 {p99:.1f} us  (target < 1000 us)")

    def flush_cost(store, label: str, reps: int = 50) -> None:
        times, writes = [], 0
        for _ in range(reps):
            rec = metrics.Recorder()
            with metrics.track_query(FakeAsker(), "Who should I pitch a crime thriller to?", recorder=rec) as t:
                t.result, t.stages, t.stage_seconds = result, stages, stage_seconds
            t0 = time.perf_counter()
            writes = rec.flush(store)
            times.append(time.perf_counter() - t0)
        times.sort()
        print(f"flush of one question ({label}): {writes} store writes, median {times[len(times) // 2] * 1e3:.2f} ms, "
              f"max {times[-1] * 1e3:.2f} ms (once per process)")

    flush_cost(state, "diskcache")
    if args.redis:
        from mw.store.state.redis import RedisStore

        rs = RedisStore(args.redis, "mwbench:")
        flush_cost(rs, f"redis {args.redis}")

    from prometheus_client import generate_latest

    coll = metrics.StoreCollector(asker.settings, lambda: state, lambda: asker.kb)
    reg = metrics.build_registry(coll)
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        body = generate_latest(reg)
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"scrape (diskcache, {len(body)} bytes): median {times[len(times) // 2] * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
