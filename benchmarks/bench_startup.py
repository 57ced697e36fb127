#!/usr/bin/env python3
"""Start-up cost of fresh `mw` processes, against baselines measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py            # median of 10 fresh processes each
    .venv/bin/python benchmarks/bench_startup.py -n 20

Every figure is the median wall time of N fresh processes (output to a pipe), run with this
interpreter and the `mw` script next to it (the venv's, not a pyenv shim, which adds ~80 ms), in a
temporary MW_HOME holding the fictional sample, lexical retrieval (MW_SEMANTIC=off) and the local
diskcache store, with byte-code caching on (PYTHONDONTWRITEBYTECODE removed, one warm-up run each). Baselines: `python -c pass` and `python -c "import typer"`. Goals:

    mw ask (fresh process, lexical, diskcache)   <= 150 ms
    mw --help                                    <= 1.5 x `python -c "import typer"`
    mw __complete question -- "recent cr"        <= 60 ms   (what TAB runs)

`mw suggest "recent cr"` (the full CLI) is shown for comparison with the completion path.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
MW = str(BIN / "mw")
PY = sys.executable
Q = "Who handles horror?"


def median_ms(argv: list[str], env: dict[str, str], n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        res = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t)
        if res.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} exited {res.returncode}: {res.stderr.decode()[-500:]}")
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=10, help="fresh processes per figure (median)")
    args = ap.parse_args()
    if not Path(MW).exists():
        raise SystemExit(f"{MW} missing: pip install -e . in this venv")
    with tempfile.TemporaryDirectory() as home:
        # PYTHONDONTWRITEBYTECODE would recompile every module in every process: users have .pyc files
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("MW_") and k not in ("REDIS_URL", "PYTHONDONTWRITEBYTECODE")}
        env.update(MW_HOME=home, MW_SEMANTIC="off", MW_USER="bench@example.org")
        # warm up: the sample loaded into the KB, the answer cached, the completion table built
        subprocess.run([MW, "ask", Q], env=env, capture_output=True, check=True)
        subprocess.run([MW, "__complete", "question", "--", "recent cr"], env=env, capture_output=True, check=True)
        rows: list[tuple[str, float, str]] = []

        def fig(label: str, argv: list[str], goal: str = "") -> float:
            median_ms(argv, env, 1)  # writes the .pyc files this command needs
            ms = median_ms(argv, env, args.n)
            rows.append((label, ms, goal))
            return ms

        base = fig('python -c pass', [PY, "-c", "pass"])
        typer_ms = fig('python -c "import typer"', [PY, "-c", "import typer"])
        help_ms = fig("mw --help", [MW, "--help"], f"<= {1.5 * typer_ms:.0f} ms (1.5 x import typer)")
        ask_ms = fig(f'mw ask "{Q}" (cached answer)', [MW, "ask", Q], "<= 150 ms")
        fig(f'mw ask "{Q}" --no-cache', [MW, "ask", Q, "--no-cache"])
        fig(f'mw ask "{Q}" --json', [MW, "ask", Q, "--json"])
        comp_ms = fig('mw __complete question -- "recent cr" (TAB)', [MW, "__complete", "question", "--", "recent cr"],
                      "<= 60 ms")
        fig('mw suggest "recent cr" (full CLI)', [MW, "suggest", "recent cr"])
    print(f"median of {args.n} fresh processes each; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs; {PY}")
    width = max(len(r[0]) for r in rows)
    print(f"{'figure'.ljust(width)}  {'ms':>7}  {'x pass':>6}  goal")
    for label, ms, goal in rows:
        print(f"{label.ljust(width)}  {ms:7.1f}  {ms / base:6.1f}  {goal}")
    verdict = {"mw --help": help_ms <= 1.5 * typer_ms, "mw ask": ask_ms <= 150, "TAB": comp_ms <= 60}
    print("goals: " + ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in verdict.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
