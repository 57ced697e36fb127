#!/usr/bin/env python3
"""Load generator for `mw serve` on loopback: questions/s and p50/p95/p99 at 1, 8 and 32
concurrent clients, with batching on and off (``MW_BATCH=off``: max_batch 1), lexical and
semantic (when the semantic extra is installed: the sample is embedded with `mw kb reindex`).

    .venv/bin/python benchmarks/bench_serve.py               # everything
    .venv/bin/python benchmarks/bench_serve.py --quick       # fewer requests
    .venv/bin/python benchmarks/bench_serve.py --modes lexical --clients 1

Every request is a cache miss (``no_cache: true``) on the sample knowledge base, from a
local user whose tier is unlimited (the limits are still checked and recorded). Each
server is warmed up first. Also prints the batchers' stats from /healthz (mean batch size).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Who should I pitch a Nordic crime thriller to?",
    "who shoud i pitch a horror feature",
    "Recent true crime docuseries greenlights",
    "Show me examples of comedy pitches",
    "Who buys kids animation in the US?",
    "Who should I pitch a period drama to in the UK?",
    "Which buyers want unscripted formats?",
    "Who is looking for sci-fi series in Germany?",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def start(home: Path, env_extra: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MW_")}
    env.update(MW_HOME=str(home), MW_USER="bench", **env_extra)
    p = subprocess.Popen([sys.executable, "-m", "mw", "serve", "--port", str(port)], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=str(ROOT))
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code in (200, 503):
                return p, url
        except httpx.TransportError:
            time.sleep(0.1)
    p.kill()
    raise SystemExit("server did not start: " + (p.stderr.read() if p.stderr else ""))


async def load(url: str, clients: int, total: int) -> dict[str, float]:
    lat: list[float] = []
    errors = 0
    counter = iter(range(total))

    # TCP_NODELAY, as curl sets it: httpx writes the headers and the body of a POST separately, and
    # without it Nagle holds the body until the server's delayed ACK (~40 ms on Linux) on every
    # request of a kept-alive connection.
    transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=clients),
                                         socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    async with httpx.AsyncClient(base_url=url, timeout=60, transport=transport) as c:
        async def worker() -> None:
            nonlocal errors
            for i in counter:
                q = QUESTIONS[i % len(QUESTIONS)] + f" ({i})"  # distinct text: no coalescing of equal items
                t0 = time.perf_counter()
                r = await c.post("/v1/ask", json={"question": q, "no_cache": True})
                lat.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*[worker() for _ in range(clients)])
        wall = time.perf_counter() - t0
    return {"qps": total / wall, "p50": 1000 * pct(lat, 50), "p95": 1000 * pct(lat, 95),
            "p99": 1000 * pct(lat, 99), "mean": 1000 * statistics.fmean(lat), "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--clients", type=int, nargs="*", default=[1, 8, 32])
    ap.add_argument("--modes", nargs="*", default=["lexical", "semantic"])
    ap.add_argument("--max-batch", type=int, nargs="*", default=None,
                    help="sweep these max_batch values (MW_BATCH_MAX) instead of batching on/off")
    args = ap.parse_args()
    per_client = 10 if args.quick else 25
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        (home / "config.toml").write_text('default_tier = "bench"\n[tiers.bench]\ndaily = "unlimited"\n'
                                          'burst = "unlimited"\n')
        env0 = {k: v for k, v in os.environ.items() if not k.startswith("MW_")}
        env0["MW_HOME"] = str(home)
        rows = []
        for mode in args.modes:
            if mode == "semantic":
                from mw.index.embed import semantic_available

                if not semantic_available():
                    print("semantic: skipped (the semantic extra is not installed)")
                    continue
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-c", "from mw.index.dense import reindex\n"
                                "from mw.ingest.sample import open_kb\nreindex(open_kb())"],
                               env=env0, check=True, cwd=str(ROOT), stdout=subprocess.DEVNULL)
                print(f"semantic: sample embedded in {time.perf_counter() - t0:.1f} s")
            extra = {"MW_SEMANTIC": "off" if mode == "lexical" else "on"}
            settings = ([(f"max{v}", {"MW_BATCH_MAX": str(v)}) for v in args.max_batch] if args.max_batch
                        else [("on", {"MW_BATCH": "on"}), ("off", {"MW_BATCH": "off"})])
            for batching, benv in settings:
                env = dict(extra, **benv)
                proc, url = start(home, env)
                try:
                    asyncio.run(load(url, 4, 16))  # warm up
                    for n in args.clients:
                        res = asyncio.run(load(url, n, max(per_client * n, 40) if n > 1 else per_client * 4))
                        rows.append((mode, batching, n, res))
                        print(f"{mode:8} batching={batching:5} clients={n:2}  {res['qps']:7.1f} q/s  "
                              f"p50 {res['p50']:7.1f}  p95 {res['p95']:7.1f}  p99 {res['p99']:7.1f} ms"
                              f"  errors {res['errors']}", flush=True)
                    stats = httpx.get(url + "/healthz").json().get("batching") or {}
                    print(f"         batchers: {json.dumps({k: v for k, v in stats.items() if k != 'config'})}")
                finally:
                    proc.terminate()
                    proc.wait(30)
        print()
        print("speedup (batching on / off, questions per second):")
        for mode in args.modes:
            for n in args.clients:
                on = [r for r in rows if r[0] == mode and r[1] == "on" and r[2] == n]
                off = [r for r in rows if r[0] == mode and r[1] == "off" and r[2] == n]
                if on and off:
                    print(f"  {mode:8} clients={n:2}: {on[0][3]['qps'] / off[0][3]['qps']:.2f}x")


if __name__ == "__main__":
    main()
