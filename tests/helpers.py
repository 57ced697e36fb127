"""Test helpers shared by the whole suite (import with ``from helpers import ...``;
pytest puts ``tests/`` on ``sys.path`` because it has no ``__init__.py``).

- :func:`start_redis_server` / :func:`stop_redis_server`: a throw-away real
  ``redis-server`` on a loopback port (or a unix socket), no persistence.
- :func:`free_port`: a loopback TCP port nobody listens on right now.
- :func:`open_backend`: a raw ``DiskStore``/``RedisStore`` for a worker process.
- :func:`run_workers`: start N worker processes of this file, release them at
  the same moment, collect their stdout. Used for cross-process atomicity tests.

Run as a script this file is the worker itself:
``python tests/helpers.py incr BACKEND TARGET KEY N`` adds 1 to KEY N times;
``python tests/helpers.py hit BACKEND TARGET KEY LIMIT SECONDS NOW`` calls
``hit_windows`` once on a sliding window and prints ``1`` (allowed) or ``0``.
BACKEND is ``disk`` (TARGET a directory) or ``redis`` (TARGET a URL).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Sequence

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
TEST_PREFIX = "mwtest:"
HERE = Path(__file__).resolve()


def free_port() -> int:
    """A loopback TCP port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ping(port: int | None = None, unixsocket: str | None = None, timeout: float = 0.2) -> bool:
    """True when a Redis server answers PING (plain RESP over a socket, no redis-py)."""
    try:
        if unixsocket:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(timeout)
            s.connect(unixsocket)
        else:
            s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        with s:
            s.sendall(b"PING\r\n")
            return s.recv(64).startswith(b"+PONG")
    except OSError:
        return False


def start_redis_server(
    port: int | None = None, *, unixsocket: str | None = None, timeout: float = 5.0
) -> tuple[subprocess.Popen, str]:
    """Start ``redis-server`` on 127.0.0.1 (``port``, or a free one) and wait for PING.

    Returns ``(process, url)``; the URL is ``redis://127.0.0.1:PORT/0``, or
    ``unix://PATH?db=0`` when ``unixsocket`` is given (the TCP port then stays
    open too). Nothing is persisted (``--save '' --appendonly no``). Passing the
    port of a server you stopped restarts "the same" Redis (empty). Stop it with
    :func:`stop_redis_server`. Raises ``FileNotFoundError`` when the binary is
    missing and ``RuntimeError`` when the server does not come up.
    """
    if not os.path.exists(REDIS_SERVER):
        raise FileNotFoundError(REDIS_SERVER)
    fixed = port is not None
    for _attempt in range(1 if fixed else 5):
        p = port if fixed else free_port()
        args = [
            REDIS_SERVER, "--port", str(p), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--daemonize", "no",
            "--dir", "/tmp", "--loglevel", "warning",
        ]
        if unixsocket:
            args += ["--unixsocket", unixsocket, "--unixsocketperm", "700"]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                break  # exited: port taken, bad flag, ...
            if _ping(port=p if not unixsocket else None, unixsocket=unixsocket):
                url = f"unix://{unixsocket}?db=0" if unixsocket else f"redis://127.0.0.1:{p}/0"
                return proc, url
            time.sleep(0.01)
        err = b""
        if proc.poll() is None:
            proc.kill()
        else:
            err = proc.stderr.read() if proc.stderr else b""
        proc.wait()
        last_error = err.decode(errors="replace").strip()
    raise RuntimeError(f"redis-server did not start (port {port}): {last_error or 'no PONG'}")


def stop_redis_server(proc: subprocess.Popen, *, kill: bool = True) -> None:
    """Stop a server from :func:`start_redis_server`: SIGKILL (a crash) by default,
    SIGTERM when ``kill`` is False. Waits until it is gone."""
    if proc.poll() is None:
        proc.kill() if kill else proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stderr:
        proc.stderr.close()


def flush_redis(url: str) -> None:
    """FLUSHDB on ``url``."""
    import redis

    r = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2)
    try:
        r.flushdb()
    finally:
        r.close()


def open_backend(backend: str, target: str) -> Any:
    """A raw store: ``DiskStore(target)`` or ``RedisStore(target, TEST_PREFIX)``
    (no failover, so a Redis outage fails loudly in tests)."""
    if backend == "disk":
        from mw.store.state.disk import DiskStore

        return DiskStore(target)
    if backend == "redis":
        from mw.store.state.redis import RedisStore

        return RedisStore(target, TEST_PREFIX)
    raise ValueError(backend)


def run_workers(argvs: Sequence[Sequence[str]], timeout: float = 60.0) -> list[str]:
    """Run one worker process per argv (``python tests/helpers.py *argv``).

    Each worker imports and opens its store, prints ``ready`` and waits on
    stdin; once all are ready they get ``go`` together, so their store calls
    really overlap. Returns each worker's remaining stdout; fails on a non-zero
    exit.
    """
    env = dict(os.environ)
    procs = [
        subprocess.Popen(
            [sys.executable, str(HERE), *argv],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for argv in argvs
    ]
    try:
        for p in procs:
            line = p.stdout.readline()
            if line.strip() != "ready":
                raise AssertionError(f"worker failed to start: {line!r} {p.stderr.read()}")
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        outs = []
        for p in procs:
            out, err = p.communicate(timeout=timeout)
            if p.returncode != 0:
                raise AssertionError(f"worker exited {p.returncode}: {err}")
            outs.append(out)
        return outs
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()


def _worker(argv: list[str]) -> None:
    cmd, backend, target = argv[:3]
    store = open_backend(backend, target)
    if cmd == "incr":
        key, n = argv[3], int(argv[4])
        print("ready", flush=True)
        sys.stdin.readline()
        for _ in range(n):
            store.incr(key)
    elif cmd == "hit":
        from mw.store.state.base import Window

        key, limit, seconds, now = argv[3], int(argv[4]), float(argv[5]), float(argv[6])
        window = [Window(key=key, limit=limit, kind="sliding", seconds=seconds)]
        print("ready", flush=True)
        sys.stdin.readline()
        print("1" if store.hit_windows(window, now).allowed else "0", flush=True)
    else:
        raise SystemExit(f"unknown worker command {cmd!r}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    _worker(sys.argv[1:])
