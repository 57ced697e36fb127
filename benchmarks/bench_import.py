#!/usr/bin/env python3
"""Time `mw kb import` of a generated knowledge base without and with the semantic extra.

    .venv/bin/python benchmarks/bench_import.py                        # 100,000 records
    .venv/bin/python benchmarks/bench_import.py --records 10000        # quicker
    .venv/bin/python benchmarks/bench_import.py --workers 1            # embed in-process (MW_EMBED_WORKERS=1)
    .venv/bin/python benchmarks/bench_import.py --records 20000 --interrupt-after 30   # resumability

Each run is a fresh process in a fresh ``MW_HOME`` importing the same file
(benchmarks/gen_kb.py, deterministic). "lexical" runs with ``MW_SEMANTIC=off``: the baseline
measured in the same run. "semantic" runs with ``MW_SEMANTIC=on``: the import plus embedding
every executive, mandate and greenlight and writing the vector index (worker processes per
``MW_EMBED_WORKERS``, default auto). ``--interrupt-after S`` also starts a semantic import, sends
it SIGINT (Ctrl-C) after S seconds, counts the vectors it kept and times the ``mw kb reindex``
that embeds the rest. Prints records/s, the total, and the load average before and after each
run (on a loaded machine the wall-clock figures mostly measure the other processes).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def env_for(home: Path, semantic: str, workers: str | None) -> dict[str, str]:
    env = {**os.environ, "MW_HOME": str(home), "MW_SEMANTIC": semantic, "PYTHONPATH": str(ROOT)}
    if workers:
        env["MW_EMBED_WORKERS"] = workers
    return env


def mw(args: list[str], env: dict[str, str], timeout: float) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "mw", *args], env=env, capture_output=True, text=True,
                         timeout=timeout, cwd=str(ROOT))
    dt = time.perf_counter() - t0
    if res.returncode != 0:
        sys.exit(f"mw {' '.join(args)} failed ({res.returncode}):\n{res.stderr[-2000:]}")
    return dt, res


def vectors(home: Path) -> int:
    """Vectors in ``home``'s embedded index (0 before it exists); tests/test_vector_resume.py too."""
    try:
        db = sqlite3.connect(f"file:{home / 'vectors' / 'index.sqlite'}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM items").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--workers", help="MW_EMBED_WORKERS for the semantic import (default: auto)")
    ap.add_argument("--skip-lexical", action="store_true", help="only the semantic import")
    ap.add_argument("--interrupt-after", type=float, help="also: Ctrl-C a semantic import after S s, then reindex")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds allowed per mw command")
    a = ap.parse_args()

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import gen_kb

    with tempfile.TemporaryDirectory(prefix="mw-bench-import-") as tmp:
        src = Path(tmp) / "kb.jsonl"
        recs = gen_kb.generate(a.records)
        src.write_text("".join(json.dumps(r) + "\n" for r in recs))
        docs = sum(1 for r in recs if r["type"] in ("executive", "mandate", "greenlight"))
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; {len(recs):,} records "
              f"({docs:,} documents to embed), MW_EMBED_WORKERS={a.workers or os.environ.get('MW_EMBED_WORKERS') or 'auto'}")
        rows = []
        modes = ([] if a.skip_lexical else [("lexical", "off")]) + [("semantic", "on")]
        for label, sem in modes:
            home = Path(tmp) / label
            before = load()
            dt, res = mw(["kb", "import", str(src), "--json"], env_for(home, sem, a.workers), a.timeout)
            n_vec = vectors(home) if sem == "on" else 0
            rows.append((label, dt, before, load(), n_vec))
            if sem == "on" and n_vec != docs:
                sys.exit(f"the semantic import wrote {n_vec} vectors, expected {docs}")
        print(f"\n{'':10} {'total s':>9} {'records/s':>10} {'vs lexical':>11} {'vectors':>8}   load avg before -> after")
        base = rows[0][1] if rows[0][0] == "lexical" else None
        for label, dt, before, after, n_vec in rows:
            vs = f"{dt / base:10.1f}x" if base else f"{'-':>11}"
            print(f"{label:10} {dt:9.1f} {len(recs) / dt:10.0f} {vs} {n_vec:8}   {before} -> {after}")
        sem_dt = rows[-1][1]
        print(f"\nsemantic import: {sem_dt / 60:.1f} min for {len(recs):,} records "
              f"({docs / sem_dt:.0f} documents embedded per second, including the import itself)")

        if a.interrupt_after:
            home = Path(tmp) / "interrupted"
            env = env_for(home, "on", a.workers)
            p = subprocess.Popen([sys.executable, "-m", "mw", "kb", "import", str(src)], env=env, cwd=str(ROOT),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            time.sleep(a.interrupt_after)
            t0 = time.perf_counter()
            p.send_signal(signal.SIGINT)
            p.communicate(timeout=120)
            stop = time.perf_counter() - t0
            kept = vectors(home)
            dt, res = mw(["kb", "reindex", "--json"], env, a.timeout)
            rep = json.loads(res.stdout)
            print(f"\nCtrl-C after {a.interrupt_after:.0f} s: exit {p.returncode} in {stop:.2f} s, {kept:,} vectors kept; "
                  f"`mw kb reindex` embedded the other {rep['embedded']:,} in {dt:.1f} s "
                  f"(index now {rep['total']:,} of {docs:,})")


if __name__ == "__main__":
    main()
