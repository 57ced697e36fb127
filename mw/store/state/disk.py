"""The local state store: :class:`DiskStore`, on diskcache (SQLite in WAL mode).

One directory (``MW_HOME/state`` by default) holds one plain ``diskcache.Cache``.
It is safe to use from several threads and several processes at once: every
read-modify-write (``incr``, ``hit_windows``, locks, event pruning) runs inside
``cache.transact()``, an SQLite ``BEGIN IMMEDIATE`` transaction, so concurrent
writers queue up instead of losing updates.

Serialisation: values are stored as JSON text through :class:`SafeJSONDisk` and
never pickled. diskcache pickles by default, and a pickled row is code that runs
in whoever reads it (CVE-2025-69872); :class:`SafeJSONDisk` refuses to unpickle
anything it finds, and the directory is created with mode 0700. Keys are plain
strings stored "raw", so the SQLite index on ``Cache.key`` keeps them in byte
order, which the event log and record collections use for range scans.

Key layout (all text):

=========================================  ==========================================
``v:{key}``                                 values and counters (JSON; counters are ints)
``wf:{key}``                                fixed rate window ``{"n": used, "r": reset_at}``
``ws:{key}``                                sliding rate window: sorted list of hit times
``ev:{stream}:{ts:017.6f}:{uuid}``          one event (the event dict plus ``ts``)
``lock:{name}``                             lock token, expiring after the lock's ttl
``rec:{collection}:{rid}``                  one record
=========================================  ==========================================

``{stream}`` and ``{collection}`` are percent-quoted so they never contain ``:``;
that keeps one stream's key range from overlapping another's (``a`` vs ``a:b``).

Clocks: TTLs on values, counters and locks are real seconds (diskcache's own
expiry). Rate windows and events take the caller's clock (``now``/``ts``) for
their logic, so tests can inject time; the real-time expiry set on those keys
(window length, retention) only cleans up storage afterwards.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import quote

import diskcache
from diskcache.core import MODE_BINARY, MODE_PICKLE, UNKNOWN

from mw.errors import StoreError
from mw.store.state.base import Health, StateStore, Window, WindowDecision, WindowState

#: SQLite busy timeout in seconds: how long a writer waits for another process's
#: transaction before :class:`StoreError` is raised (plain ``Cache`` raises, it
#: never drops a write the way ``FanoutCache`` does).
DEFAULT_TIMEOUT = 10.0


class SafeJSONDisk(diskcache.Disk):
    """A diskcache ``Disk`` that stores JSON text and refuses to unpickle.

    Keys must be ``str`` (stored raw, so they sort and can be range-scanned).
    Values go through ``json.dumps``; short ones live in the SQLite row, long
    ones (over diskcache's ``min_file_size``, 32 KiB) in a text file next to it.
    Reading a row that holds a pickle or binary data raises :class:`StoreError`
    instead of running it: such a row was not written by Mandate Wizard.
    """

    def put(self, key: Any) -> tuple[Any, bool]:
        if type(key) is not str:
            raise TypeError(f"state store keys must be str, not {type(key).__name__}")
        return key, True

    def get(self, key: Any, raw: bool) -> Any:
        if not raw:
            raise StoreError("refusing to unpickle a key found in the state directory")
        return key

    def store(self, value: Any, read: bool, key: Any = UNKNOWN) -> Any:
        if read:
            raise TypeError("file values are not supported by the state store")
        return super().store(json.dumps(value, separators=(",", ":")), False, key=key)

    def fetch(self, mode: int, filename: Any, value: Any, read: bool) -> Any:
        if mode in (MODE_PICKLE, MODE_BINARY):
            raise StoreError(
                "refusing to load a pickled or binary value from the state directory",
                hint="Something other than mw wrote to it; delete the directory to reset local state.",
            )
        data = super().fetch(mode, filename, value, False)
        if isinstance(data, str):
            return json.loads(data)
        return data  # an int/float stored raw


def _q(name: str) -> str:
    """Percent-quote a stream/collection name so it contains no ``:``."""
    return quote(name, safe="")


def _ts_key(ts: float) -> str:
    """A fixed-width, lexicographically sortable form of an epoch time."""
    return f"{max(ts, 0.0):017.6f}"


def _after(prefix: str) -> str:
    """The smallest string greater than every string that starts with ``prefix``
    (whose last character is ``:``): the same prefix ending in ``;``."""
    return prefix[:-1] + ";"


class DiskStore(StateStore):
    """:class:`StateStore` on a local diskcache directory (see the module docstring).

    ``DiskStore(directory)`` creates the directory (mode 0700) if needed. The
    store is process-local in the sense that several hosts cannot share it, but
    any number of processes on one host can use the same directory at once.
    """

    backend = "disk"

    def __init__(self, directory: str | os.PathLike[str], *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.directory = Path(directory).expanduser()
        self.url = str(self.directory)
        try:
            from mw.config import private_dir, private_file

            private_dir(self.directory)
            private_file(self.directory / "cache.db")  # diskcache's database (0600, and so its -wal/-shm)
            if self.directory.stat().st_uid == os.getuid():
                os.chmod(self.directory, 0o700)
            self._cache = diskcache.Cache(
                str(self.directory),
                timeout=timeout,
                disk=SafeJSONDisk,
                # State must never be evicted to make room: no size-based culling.
                # Expired items are still removed (a few per write).
                eviction_policy="none",
                statistics=0,
            )
        except (OSError, sqlite3.Error, diskcache.Timeout) as e:
            raise StoreError(
                f"cannot open the state directory {self.directory}: {e}",
                hint="Check that MW_HOME is writable, or point --store at another directory.",
            ) from e

    # --- plumbing --------------------------------------------------------------
    @contextlib.contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Turn diskcache/SQLite/OS failures into :class:`StoreError`."""
        try:
            yield
        except diskcache.Timeout as e:
            raise StoreError(
                f"state store busy: {what} timed out waiting for another process ({self.directory})"
            ) from e
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"state store failed during {what}: {e} ({self.directory})") from e
        except json.JSONDecodeError as e:
            raise StoreError(f"state store holds invalid JSON ({what}): {e}") from e

    def _scan(self, lo: str, hi: str) -> list[tuple[str, Any]]:
        """Live ``(key, value)`` pairs with ``lo <= key < hi``, in key order.

        diskcache has no public range query, so this reads its ``Cache`` table
        (schema unchanged since diskcache 1.x) through its own connection and
        decodes values with the cache's :class:`SafeJSONDisk`. The unique index
        on ``(key, raw)`` makes it an index range scan.
        """
        rows = self._cache._sql(  # noqa: SLF001 - see docstring
            "SELECT key, mode, filename, value FROM Cache"
            " WHERE key >= ? AND key < ? AND raw = 1"
            " AND (expire_time IS NULL OR expire_time > ?)"
            " ORDER BY key",
            (lo, hi, time.time()),
        ).fetchall()
        out: list[tuple[str, Any]] = []
        disk = self._cache.disk
        for key, mode, filename, value in rows:
            try:
                out.append((key, disk.fetch(mode, filename, value, False)))
            except OSError:  # a large value deleted between the SELECT and the read
                continue
        return out

    # --- values with TTL -------------------------------------------------
    def get(self, key: str) -> Any | None:
        with self._guard("get"):
            return self._cache.get("v:" + key)

    def get_many(self, keys: Sequence[str]) -> list[Any | None]:
        with self._guard("get_many"):
            return [self._cache.get("v:" + k) for k in keys]

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        with self._guard("set"):
            if ttl is not None and ttl <= 0:
                self._cache.delete("v:" + key)
            else:
                self._cache.set("v:" + key, value, expire=ttl)

    def delete(self, key: str) -> None:
        with self._guard("delete"):
            self._cache.delete("v:" + key)

    # --- counters -------------------------------------------------------
    def incr(self, key: str, amount: int = 1, ttl: float | None = None) -> int:
        k = "v:" + key
        with self._guard("incr"), self._cache.transact():
            current, expire_time = self._cache.get(k, expire_time=True)
            if current is None:
                value = amount
                self._cache.set(k, value, expire=ttl if ttl is not None and ttl > 0 else None)
            else:
                if not isinstance(current, int) or isinstance(current, bool):
                    raise StoreError(f"incr: value at {key!r} is not an integer")
                value = current + amount
                # Keep the remaining lifetime of an existing counter.
                remaining = None if expire_time is None else max(expire_time - time.time(), 0.001)
                self._cache.set(k, value, expire=remaining)
            return value

    # --- rate windows ------------------------------------------------------
    @staticmethod
    def _window_key(w: Window) -> str:
        if w.limit is not None and w.limit < 0:
            raise ValueError(f"window {w.key!r}: limit must be >= 0 or None, not {w.limit}")
        if w.kind == "fixed":
            return "wf:" + w.key
        if w.kind == "sliding":
            if w.seconds <= 0:
                raise ValueError(f"sliding window {w.key!r} needs seconds > 0")
            return "ws:" + w.key
        raise ValueError(f"unknown window kind {w.kind!r}")

    def _window_states(
        self, windows: Sequence[Window], now: float
    ) -> list[tuple[int, float, Any]]:
        """Per window: (used before this call, reset_at, the live data to update)."""
        states: list[tuple[int, float, Any]] = []
        for w in windows:
            data = self._cache.get(self._window_key(w))
            if w.kind == "fixed":
                used = 0
                if isinstance(data, dict) and float(data.get("r", 0)) > now:
                    used = int(data.get("n", 0))
                states.append((used, float(w.reset_at), None))
            else:
                lo = now - w.seconds
                # Count every entry newer than the window start, "future" ones too: a
                # concurrent caller (another thread, process or host) may have read its
                # clock a moment after ours and recorded first. Ignoring its hit would let
                # both through (50 concurrent requests with 10 left gave 14 answers).
                times = sorted(t for t in (data or []) if t > lo)
                inside = times
                reset = inside[0] + w.seconds if inside else now
                states.append((len(inside), reset, times))
        return states

    def hit_windows(self, windows: Sequence[Window], now: float, cost: int = 1) -> WindowDecision:
        if cost < 0:
            raise ValueError(f"cost must be >= 0, not {cost}")
        now = float(now)
        with self._guard("hit_windows"), self._cache.transact():
            states = self._window_states(windows, now)
            blocked = None
            for i, (w, (used, _, _)) in enumerate(zip(windows, states)):
                if w.limit is not None and used + cost > w.limit:
                    blocked = i
                    break
            if blocked is not None:
                return WindowDecision(
                    allowed=False,
                    states=[WindowState(u, w.limit, r) for w, (u, r, _) in zip(windows, states)],
                    blocked=blocked,
                )
            out: list[WindowState] = []
            for w, (used, reset, times) in zip(windows, states):
                key = self._window_key(w)
                if w.kind == "fixed":
                    ttl = w.reset_at - now
                    if ttl > 0:
                        self._cache.set(key, {"n": used + cost, "r": w.reset_at}, expire=ttl)
                    else:  # the window is already over by the caller's clock
                        self._cache.delete(key)
                else:
                    if not times:
                        reset = now + w.seconds
                    times = sorted(times + [now] * cost)
                    self._cache.set(key, times, expire=w.seconds + max(times[-1] - now, 0.0))
                out.append(WindowState(used + cost, w.limit, reset))
            return WindowDecision(allowed=True, states=out, blocked=None)

    def peek_windows(self, windows: Sequence[Window], now: float) -> list[WindowState]:
        now = float(now)
        with self._guard("peek_windows"):
            return [WindowState(u, w.limit, r) for w, (u, r, _) in zip(windows, self._window_states(windows, now))]

    def clear_windows(self, keys: Iterable[str]) -> None:
        with self._guard("clear_windows"), self._cache.transact():
            for k in keys:
                self._cache.delete("wf:" + k)
                self._cache.delete("ws:" + k)

    # --- append-only event log ---------------------------------------------
    def log_event(self, stream: str, event: dict[str, Any], ts: float, retention: float) -> None:
        """Append one event under its own key, then drop this stream's events
        older than ``ts - retention``. Each event also expires ``retention`` real
        seconds after it was written, so idle streams empty themselves."""
        prefix = f"ev:{_q(stream)}:"
        record = dict(event)
        ts = float(ts)
        record["ts"] = ts
        key = f"{prefix}{_ts_key(ts)}:{uuid.uuid4().hex}"
        cutoff = ts - retention
        with self._guard("log_event"), self._cache.transact():
            self._cache.set(key, record, expire=max(retention, 0.001))
            for old_key, old in self._scan(prefix, prefix + _ts_key(cutoff) + ";"):
                if float(old.get("ts", 0.0)) < cutoff:
                    self._cache.delete(old_key)

    def events(self, stream: str, since: float | None = None, until: float | None = None) -> list[dict[str, Any]]:
        prefix = f"ev:{_q(stream)}:"
        lo = prefix if since is None else prefix + _ts_key(since)
        hi = _after(prefix) if until is None else prefix + _ts_key(until) + ";"
        with self._guard("events"):
            out = [
                v
                for _, v in self._scan(lo, hi)
                if (since is None or v["ts"] >= since) and (until is None or v["ts"] <= until)
            ]
        out.sort(key=lambda e: e["ts"])  # stable: equal times keep key order
        return out

    # --- locks ---------------------------------------------------------------
    def acquire_lock(self, name: str, ttl: float) -> str | None:
        token = secrets.token_hex(16)
        with self._guard("acquire_lock"):
            # Cache.add is atomic and treats an expired holder as absent.
            if self._cache.add("lock:" + name, token, expire=max(ttl, 0.001)):
                return token
        return None

    def release_lock(self, name: str, token: str) -> bool:
        key = "lock:" + name
        with self._guard("release_lock"), self._cache.transact():
            if self._cache.get(key) != token:
                return False
            return self._cache.delete(key)

    def refresh_lock(self, name: str, token: str, ttl: float) -> bool:
        key = "lock:" + name
        with self._guard("refresh_lock"), self._cache.transact():
            if self._cache.get(key) != token:
                return False
            return self._cache.touch(key, expire=max(ttl, 0.001))

    # --- small records ---------------------------------------------------------
    def put_record(self, collection: str, rid: str, record: dict[str, Any]) -> None:
        with self._guard("put_record"):
            self._cache.set(f"rec:{_q(collection)}:{rid}", record)

    def get_record(self, collection: str, rid: str) -> dict[str, Any] | None:
        with self._guard("get_record"):
            return self._cache.get(f"rec:{_q(collection)}:{rid}")

    def list_records(self, collection: str) -> dict[str, dict[str, Any]]:
        prefix = f"rec:{_q(collection)}:"
        with self._guard("list_records"):
            return {k[len(prefix):]: v for k, v in self._scan(prefix, _after(prefix))}

    def delete_record(self, collection: str, rid: str) -> bool:
        with self._guard("delete_record"):
            return bool(self._cache.delete(f"rec:{_q(collection)}:{rid}"))

    # --- lifecycle -----------------------------------------------------------------
    def health(self) -> Health:
        """Write and read back a probe key; ``ok=False`` (never an exception) on failure."""
        start = time.perf_counter()
        try:
            probe = secrets.token_hex(4)
            with self._guard("health"):
                self._cache.set("health:probe", probe, expire=60)
                ok = self._cache.get("health:probe") == probe
            latency = (time.perf_counter() - start) * 1000
            return Health(ok=ok, backend=self.backend, url=self.url,
                          detail=f"diskcache {diskcache.__version__}", latency_ms=round(latency, 3))
        except StoreError as e:
            return Health(ok=False, backend=self.backend, url=self.url, detail=e.message)

    def expire(self) -> int:
        """Remove every expired item now (diskcache otherwise removes a few per
        write). Returns how many were removed; for maintenance commands."""
        with self._guard("expire"):
            return self._cache.expire()

    def close(self) -> None:
        self._cache.close()

    def __repr__(self) -> str:
        return f"DiskStore({str(self.directory)!r})"


__all__ = ["DiskStore", "SafeJSONDisk", "DEFAULT_TIMEOUT"]
