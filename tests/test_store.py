"""The state store contract, run against both backends (diskcache and a real Redis),
plus cross-process atomicity, the factory, and Redis outages (at open and mid-run)."""
from __future__ import annotations

import json
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import free_port, open_backend, run_workers, start_redis_server, stop_redis_server

from mw import config
from mw.errors import ConfigError, StoreError
from mw.store.state.disk import DiskStore
from mw.store.state.factory import FailoverStore, open_state, reset_stores, store_kind
from mw.store.state.base import StoreUnavailable
from mw.store.state.base import Health, StateStore, Window

SHORT_TTL = 0.3
AFTER_TTL = 0.45


# --- values with TTL ---------------------------------------------------------
def test_values_roundtrip_and_delete(store: StateStore):
    values = {"d": {"a": [1, 2.5, None, True], "b": "é"}, "l": [1, "x"], "s": "text", "i": 7, "f": 0.5, "z": 0}
    for k, v in values.items():
        store.set(k, v)
    for k, v in values.items():
        assert store.get(k) == v
    assert store.get("missing") is None
    assert store.get_many(["s", "missing", "i"]) == ["text", None, 7]
    assert store.get_many([]) == []
    store.set("t", (1, 2))  # JSON: tuples come back as lists, nothing is pickled
    assert store.get("t") == [1, 2]
    store.set("s", "overwritten")
    assert store.get("s") == "overwritten"
    store.delete("s")
    store.delete("never-existed")
    assert store.get("s") is None
    big = {"blob": "x" * 100_000}  # larger than diskcache's in-row limit
    store.set("big", big)
    assert store.get("big") == big


def test_value_ttl_expires(store: StateStore):
    store.set("short", "v", ttl=SHORT_TTL)
    store.set("long", "v", ttl=60)
    store.set("forever", "v")
    store.set("gone", "v")
    store.set("gone", "v", ttl=0)  # a non-positive ttl removes the value
    assert store.get("short") == "v"
    assert store.get("gone") is None
    time.sleep(AFTER_TTL)
    assert store.get("short") is None
    assert store.get_many(["short", "long", "forever"]) == [None, "v", "v"]


# --- counters ------------------------------------------------------------------
def test_incr(store: StateStore):
    assert store.incr("c") == 1
    assert store.incr("c", 5) == 6
    assert store.incr("c", -2) == 4
    assert store.get("c") == 4
    store.set("notint", "hello")
    with pytest.raises(StoreError):
        store.incr("notint")


def test_incr_ttl_set_on_create_only(store: StateStore):
    assert store.incr("ct", ttl=SHORT_TTL) == 1
    # A later incr (even with a new ttl) keeps the original expiry.
    assert store.incr("ct", ttl=60) == 2
    time.sleep(AFTER_TTL)
    assert store.get("ct") is None
    assert store.incr("ct", ttl=60) == 1


# --- rate windows ----------------------------------------------------------------
def test_fixed_window(store: StateStore):
    w = [Window(key="day:u1:2026-01-01", limit=3, kind="fixed", reset_at=1060.0)]
    for i in range(1, 4):
        d = store.hit_windows(w, now=1000.0 + i)
        assert d.allowed and d.blocked is None
        assert (d.states[0].used, d.states[0].limit, d.states[0].reset_at) == (i, 3, 1060.0)
    d = store.hit_windows(w, now=1010.0)
    assert not d.allowed and d.blocked == 0
    assert (d.states[0].used, d.states[0].reset_at) == (3, 1060.0)
    assert store.peek_windows(w, now=1059.9)[0].used == 3
    # Once the caller's clock passes reset_at, the old count no longer applies.
    nxt = [Window(key="day:u1:2026-01-01", limit=3, kind="fixed", reset_at=1120.0)]
    assert store.peek_windows(nxt, now=1060.0)[0].used == 0
    d = store.hit_windows(nxt, now=1060.0)
    assert d.allowed and d.states[0].used == 1 and d.states[0].reset_at == 1120.0


def test_fixed_window_cost(store: StateStore):
    w = [Window(key="tokens", limit=10, kind="fixed", reset_at=2000.0)]
    assert store.hit_windows(w, now=1000.0, cost=7).states[0].used == 7
    d = store.hit_windows(w, now=1001.0, cost=4)
    assert not d.allowed and d.states[0].used == 7
    d = store.hit_windows(w, now=1002.0, cost=3)
    assert d.allowed and d.states[0].used == 10


def test_sliding_window_no_double_burst_at_edge(store: StateStore):
    w = [Window(key="min:u1", limit=3, kind="sliding", seconds=10.0)]
    for _ in range(3):
        assert store.hit_windows(w, now=109.0).allowed
    # A fixed 10 s window starting at 100 would reset at 110 and allow 3 more.
    for t in (110.0, 115.0, 118.999):
        d = store.hit_windows(w, now=t)
        assert not d.allowed and d.blocked == 0
        assert d.states[0].used == 3
        assert d.states[0].reset_at == pytest.approx(119.0)
    # At 119 the hits at 109 leave the window (it counts now-10 < t <= now).
    for i in range(1, 4):
        d = store.hit_windows(w, now=119.0)
        assert d.allowed and d.states[0].used == i
    assert not store.hit_windows(w, now=119.5).allowed


def test_sliding_window_reset_at_and_partial_expiry(store: StateStore):
    w = [Window(key="s", limit=2, kind="sliding", seconds=10.0)]
    d = store.hit_windows(w, now=100.0)
    assert d.states[0].reset_at == pytest.approx(110.0)
    d = store.hit_windows(w, now=103.0)
    assert d.states[0].used == 2 and d.states[0].reset_at == pytest.approx(110.0)
    d = store.hit_windows(w, now=105.0)
    assert not d.allowed and d.states[0].reset_at == pytest.approx(110.0)
    d = store.hit_windows(w, now=110.0)  # the hit at 100 has left; 103 is the oldest
    assert d.allowed and d.states[0].used == 2 and d.states[0].reset_at == pytest.approx(113.0)


def test_nothing_recorded_when_refused(store: StateStore):
    minute = Window(key="m", limit=5, kind="sliding", seconds=60.0)
    day = Window(key="d", limit=1, kind="fixed", reset_at=5000.0)
    assert store.hit_windows([minute, day], now=1000.0).allowed
    d = store.hit_windows([minute, day], now=1001.0)
    assert not d.allowed and d.blocked == 1
    assert [s.used for s in d.states] == [1, 1]
    # Refused by the first window: the second must not count either.
    tight = Window(key="t", limit=0, kind="sliding", seconds=60.0)
    other = Window(key="o", limit=10, kind="fixed", reset_at=5000.0)
    d = store.hit_windows([tight, other], now=1002.0)
    assert not d.allowed and d.blocked == 0
    assert [s.used for s in store.peek_windows([minute, day, tight, other], now=1003.0)] == [1, 1, 0, 0]


def test_unlimited_windows_still_count(store: StateStore):
    free = Window(key="free", limit=None, kind="sliding", seconds=60.0)
    total = Window(key="total", limit=None, kind="fixed", reset_at=9999.0)
    for i in range(1, 26):
        d = store.hit_windows([free, total], now=1000.0 + i / 10)
        assert d.allowed and d.blocked is None
        assert [(s.used, s.limit) for s in d.states] == [(i, None), (i, None)]
    capped = Window(key="cap", limit=1, kind="fixed", reset_at=9999.0)
    assert store.hit_windows([free, capped], now=1003.0).allowed
    d = store.hit_windows([free, capped], now=1003.0)
    assert not d.allowed and d.blocked == 1 and d.states[0].used == 26


def test_peek_and_clear_windows(store: StateStore):
    s = Window(key="k1", limit=5, kind="sliding", seconds=30.0)
    f = Window(key="k2", limit=5, kind="fixed", reset_at=1500.0)
    empty = store.peek_windows([s, f], now=1000.0)
    assert [(x.used, x.limit) for x in empty] == [(0, 5), (0, 5)]
    assert empty[0].reset_at == pytest.approx(1000.0)  # nothing to wait for
    assert empty[1].reset_at == 1500.0
    store.hit_windows([s, f], now=1000.0, cost=2)
    for _ in range(3):  # peeking never records
        states = store.peek_windows([s, f], now=1001.0)
        assert [x.used for x in states] == [2, 2]
    assert states[0].reset_at == pytest.approx(1030.0)
    assert store.peek_windows([s], now=1030.0)[0].used == 0  # left the window
    assert store.hit_windows([], now=1.0).allowed and store.peek_windows([], now=1.0) == []
    store.clear_windows(["k1", "k2", "never-used"])
    assert [x.used for x in store.peek_windows([s, f], now=1001.0)] == [0, 0]
    assert store.hit_windows([s, f], now=1001.0).states[0].used == 1


def test_bad_window_rejected(store: StateStore):
    with pytest.raises(ValueError):
        store.hit_windows([Window(key="x", limit=1, kind="sliding", seconds=0)], now=1.0)
    with pytest.raises(ValueError):
        store.hit_windows([Window(key="x", limit=-1, kind="fixed", reset_at=9.0)], now=1.0)
    with pytest.raises(ValueError):
        store.peek_windows([Window(key="x", limit=1, kind="hourly", seconds=5)], now=1.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.hit_windows([Window(key="x", limit=1, kind="fixed", reset_at=9.0)], now=1.0, cost=-1)


# --- events ----------------------------------------------------------------------
def test_events_time_order_and_range(store: StateStore):
    ev = {"q": "who buys docs?", "user": "u1"}
    store.log_event("asks", ev, ts=1003.0, retention=3600)
    store.log_event("asks", {"n": 1}, ts=1001.0, retention=3600)  # out of order
    store.log_event("asks", {"n": 2}, ts=1002.5, retention=3600)
    store.log_event("asks", {"n": 2}, ts=1002.5, retention=3600)  # identical events both kept
    store.log_event("asks:other", {"n": 9}, ts=1002.0, retention=3600)
    store.log_event("asks/x y", {"n": 8}, ts=1002.0, retention=3600)
    assert "ts" not in ev  # the caller's dict is not modified
    got = store.events("asks")
    assert [e["ts"] for e in got] == [1001.0, 1002.5, 1002.5, 1003.0]
    assert got[0] == {"n": 1, "ts": 1001.0}
    assert got[-1] == {"q": "who buys docs?", "user": "u1", "ts": 1003.0}
    assert [e["ts"] for e in store.events("asks", since=1002.5)] == [1002.5, 1002.5, 1003.0]
    assert [e["ts"] for e in store.events("asks", until=1002.5)] == [1001.0, 1002.5, 1002.5]
    assert [e["ts"] for e in store.events("asks", since=1001.5, until=1002.9)] == [1002.5, 1002.5]
    assert store.events("asks", since=2000.0) == []
    assert store.events("asks:other") == [{"n": 9, "ts": 1002.0}]
    assert store.events("asks/x y") == [{"n": 8, "ts": 1002.0}]
    assert store.events("nothing") == []


def test_events_retention(store: StateStore):
    store.log_event("s", {"i": 0}, ts=1000.0, retention=100)
    store.log_event("s", {"i": 1}, ts=1050.0, retention=100)
    store.log_event("s", {"i": 2}, ts=1100.0, retention=100)
    assert [e["i"] for e in store.events("s")] == [0, 1, 2]
    store.log_event("s", {"i": 3}, ts=1150.0, retention=100)  # drops ts < 1050
    assert [e["i"] for e in store.events("s")] == [1, 2, 3]
    store.log_event("s", {"i": 4}, ts=1300.0, retention=100)
    assert [e["i"] for e in store.events("s")] == [4]
    # Retention also holds in real time: an idle stream empties itself.
    now = time.time()
    store.log_event("rt", {"i": 0}, ts=now, retention=SHORT_TTL)
    assert len(store.events("rt")) == 1
    time.sleep(AFTER_TTL)
    assert store.events("rt") == []


# --- locks -------------------------------------------------------------------------
def test_lock_exclusive_release_and_wrong_token(store: StateStore):
    token = store.acquire_lock("refresh:feeds", ttl=30)
    assert isinstance(token, str) and token
    assert store.acquire_lock("refresh:feeds", ttl=30) is None
    assert store.acquire_lock("refresh:other", ttl=30) is not None  # independent names
    assert store.release_lock("refresh:feeds", "not-the-token") is False
    assert store.acquire_lock("refresh:feeds", ttl=30) is None  # still held
    assert store.release_lock("refresh:feeds", token) is True
    assert store.release_lock("refresh:feeds", token) is False  # already released
    token2 = store.acquire_lock("refresh:feeds", ttl=30)
    assert token2 is not None and token2 != token
    assert store.refresh_lock("refresh:feeds", token, ttl=30) is False  # old token


def test_lock_expiry_and_refresh(store: StateStore):
    expiring = store.acquire_lock("a", ttl=SHORT_TTL)
    kept = store.acquire_lock("b", ttl=SHORT_TTL)
    assert expiring and kept
    assert store.refresh_lock("b", kept, ttl=30) is True
    assert store.refresh_lock("b", "wrong", ttl=30) is False
    time.sleep(AFTER_TTL)
    assert store.acquire_lock("b", ttl=30) is None  # refreshed: still held
    assert store.refresh_lock("a", expiring, ttl=30) is False  # expired: cannot refresh
    assert store.release_lock("a", expiring) is False
    newer = store.acquire_lock("a", ttl=30)
    assert newer is not None and newer != expiring


# --- records -------------------------------------------------------------------------
def test_records_crud(store: StateStore):
    assert store.list_records("users") == {}
    assert store.get_record("users", "ana") is None
    store.put_record("users", "ana", {"tier": "pro", "keys": ["k1"]})
    store.put_record("users", "bo:b", {"tier": "free"})
    store.put_record("users:archived", "ana", {"tier": "old"})  # a different collection
    store.put_record("api_keys", "ana", {"hash": "abc"})
    assert store.get_record("users", "ana") == {"tier": "pro", "keys": ["k1"]}
    assert store.list_records("users") == {"ana": {"tier": "pro", "keys": ["k1"]}, "bo:b": {"tier": "free"}}
    store.put_record("users", "ana", {"tier": "team"})
    assert store.get_record("users", "ana") == {"tier": "team"}
    assert store.delete_record("users", "ana") is True
    assert store.delete_record("users", "ana") is False
    assert store.get_record("users", "ana") is None
    assert store.list_records("users") == {"bo:b": {"tier": "free"}}
    assert store.list_records("users:archived") == {"ana": {"tier": "old"}}
    assert store.list_records("api_keys") == {"ana": {"hash": "abc"}}


# --- health ------------------------------------------------------------------------------
def test_health(store: StateStore, store_backend: str):
    h = store.health()
    assert isinstance(h, Health)
    assert h.ok is True and h.degraded is False
    assert h.backend == store_backend
    assert h.latency_ms is not None and h.latency_ms >= 0
    assert h.url


# --- concurrency with real processes ------------------------------------------------------
def _target(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "redis":
        return request.getfixturevalue("redis_url")
    return str(tmp_path / "shared-state")


@pytest.mark.parametrize("backend", ["disk", "redis"])
def test_concurrent_incr_is_atomic(backend, request, tmp_path):
    target = _target(backend, request, tmp_path)
    open_backend(backend, target).close()  # create the directory up front
    run_workers([["incr", backend, target, "hits", "100"] for _ in range(8)])
    assert open_backend(backend, target).get("hits") == 800


@pytest.mark.parametrize("backend", ["disk", "redis"])
def test_concurrent_sliding_window_admits_exactly_limit(backend, request, tmp_path):
    target = _target(backend, request, tmp_path)
    open_backend(backend, target).close()
    now = str(time.time())
    outs = run_workers([["hit", backend, target, "burst", "10", "60", now] for _ in range(20)])
    assert sorted(o.strip() for o in outs) == ["0"] * 10 + ["1"] * 10
    w = Window(key="burst", limit=10, kind="sliding", seconds=60.0)
    assert open_backend(backend, target).peek_windows([w], now=float(now))[0].used == 10


# --- factory ---------------------------------------------------------------------------------
def test_open_state_defaults_to_disk_in_state_dir(mw_home: Path):
    s = open_state()
    assert isinstance(s, DiskStore) and s.degraded is None
    state_dir = mw_home / "state"
    assert Path(s.url) == state_dir
    assert stat.S_IMODE(state_dir.stat().st_mode) == 0o700
    assert open_state() is s  # one store per process per URL
    reset_stores()
    assert open_state() is not s


def test_open_state_path_and_file_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MW_STORE", str(tmp_path / "elsewhere"))
    config.reset()
    s = open_state()
    assert isinstance(s, DiskStore) and Path(s.url) == tmp_path / "elsewhere"
    s.set("k", 1)
    reset_stores()
    monkeypatch.setenv("MW_STORE", f"file://{tmp_path / 'elsewhere'}")
    config.reset()
    assert open_state().get("k") == 1


def test_open_state_rejects_unknown_scheme(monkeypatch: pytest.MonkeyPatch):
    assert store_kind(None) == "disk" and store_kind("/x") == "disk"
    assert store_kind("redis://h") == store_kind("rediss://h") == store_kind("unix:///s") == "redis"
    monkeypatch.setenv("MW_STORE", "memcached://localhost:11211")
    config.reset()
    with pytest.raises(ConfigError):
        open_state()


def test_disk_store_does_not_import_redis(mw_home: Path):
    code = (
        "import sys; from mw.store.state.factory import open_state; s = open_state(); s.set('k', 1);"
        "print('redis' in sys.modules, s.backend)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "disk"]


def test_disk_store_never_unpickles(tmp_path: Path):
    import diskcache

    directory = tmp_path / "state"
    DiskStore(directory).set("ok", {"a": 1})
    raw = diskcache.Cache(str(directory))  # the default Disk pickles non-JSON values
    raw.set("v:evil", {1, 2, 3})
    raw.close()
    store = DiskStore(directory)
    assert store.get("ok") == {"a": 1}
    with pytest.raises(StoreError, match="refusing"):
        store.get("evil")
    # What mw writes is JSON text in the SQLite row.
    import sqlite3

    con = sqlite3.connect(directory / "cache.db")
    assert json.loads(con.execute("SELECT value FROM Cache WHERE key = 'v:ok'").fetchone()[0]) == {"a": 1}
    con.close()


def test_redis_store_is_lazy_about_fallback(redis_url: str, mw_home: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MW_STORE", redis_url)
    config.reset()
    s = open_state()
    assert isinstance(s, FailoverStore) and s.degraded is None
    s.set("k", {"v": 1})
    assert s.get("k") == {"v": 1}
    assert not (mw_home / "state").exists()  # the local fallback was never opened
    # The configured prefix namespaces every key.
    import redis as redis_py

    r = redis_py.Redis.from_url(redis_url, decode_responses=True)
    assert r.get("mw:v:k") == '{"v":1}'
    r.close()


def test_redis_unix_socket_url(monkeypatch: pytest.MonkeyPatch):
    import tempfile

    sock_dir = tempfile.mkdtemp(prefix="mwr")  # short path: unix sockets allow ~107 bytes
    proc, url = start_redis_server(unixsocket=f"{sock_dir}/r.sock")
    try:
        assert url.startswith("unix://")
        monkeypatch.setenv("MW_STORE", url)
        config.reset()
        s = open_state()
        assert s.degraded is None
        assert s.incr("n") == 1
        assert s.health().ok and not s.health().degraded
    finally:
        reset_stores()
        stop_redis_server(proc)


# --- Redis outages ------------------------------------------------------------------------------
def test_redis_unreachable_at_open_falls_back_fast(mw_home: Path, monkeypatch: pytest.MonkeyPatch):
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    monkeypatch.setenv("MW_STORE", url)
    config.reset()
    start = time.monotonic()
    s = open_state()
    assert time.monotonic() - start < 1.0
    reason = s.degraded
    assert reason and "\n" not in reason and url in reason
    assert str(mw_home / "state") in reason
    start = time.monotonic()
    s.set("k", [1])
    assert s.get("k") == [1]
    assert s.incr("n") == 1 and s.incr("n") == 2
    assert s.hit_windows([Window(key="w", limit=1, kind="sliding", seconds=5)], now=time.time()).allowed
    assert time.monotonic() - start < 1.0  # calls in the cooldown do not wait for Redis
    h = s.health()
    assert h.ok and h.degraded and h.backend == "disk" and "fallback" in h.detail
    assert (mw_home / "state").is_dir()
    assert DiskStore(mw_home / "state").get("k") == [1]  # really on local state


def test_redis_killed_mid_run_then_rejoins(mw_home: Path, monkeypatch: pytest.MonkeyPatch):
    import redis as redis_py

    proc, url = start_redis_server()
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    cooldown = 1.0
    try:
        monkeypatch.setenv("MW_STORE", url)
        config.reset()
        s = open_state(retry_after=cooldown)
        s.set("k", "on-redis")
        assert s.degraded is None
        direct = redis_py.Redis.from_url(url, decode_responses=True, socket_connect_timeout=1)
        assert direct.get("mw:v:k") == '"on-redis"'
        direct.close()

        stop_redis_server(proc)  # SIGKILL: a crash
        s.set("k", "local")  # this very call is served by the fallback
        failed_at = time.monotonic()
        assert s.degraded and url in s.degraded
        assert s.get("k") == "local"
        assert s.incr("n") == 1
        assert s.health().degraded is True

        proc, url2 = start_redis_server(port)  # back on the same port, empty
        assert url2 == url
        s.set("during-cooldown", 1)  # still on the fallback until the cooldown ends
        assert time.monotonic() - failed_at < cooldown, "machine too slow for this check"
        assert s.degraded is not None
        time.sleep(max(0.0, failed_at + cooldown - time.monotonic()) + 0.05)
        s.set("k", "back")
        assert s.degraded is None
        h = s.health()
        assert h.ok and not h.degraded and h.backend == "redis"
        direct = redis_py.Redis.from_url(url, decode_responses=True, socket_connect_timeout=1)
        assert direct.get("mw:v:k") == '"back"'
        assert direct.get("mw:v:during-cooldown") is None
        direct.close()
        assert s.incr("n") == 1  # Redis's own counter; local state is not merged back
    finally:
        reset_stores()
        stop_redis_server(proc)


def test_failover_store_unit_cooldown_and_non_connectivity_errors(tmp_path: Path):
    """FailoverStore with a scripted primary and an injected clock."""

    class Flaky(DiskStore):
        down = False

        def ping(self):
            if self.down:
                raise StoreUnavailable("primary down")
            return 0.0

        def get(self, key):
            if self.down:
                raise StoreUnavailable("primary down")
            return super().get(key)

        def set(self, key, value, ttl=None):
            if key == "bad":
                raise StoreError("not a connectivity problem")
            if self.down:
                raise StoreUnavailable("primary down")
            return super().set(key, value, ttl)

    now = [0.0]
    primary = Flaky(tmp_path / "primary")
    fallback = DiskStore(tmp_path / "fallback")
    s = FailoverStore(primary, fallback, retry_after=5.0, clock=lambda: now[0])
    s.set("a", 1)
    assert primary.get("a") == 1 and fallback.get("a") is None
    with pytest.raises(StoreError):
        s.set("bad", 1)  # propagates; does not switch to the fallback
    assert s.degraded is None
    primary.down = True
    assert s.get("a") is None  # served by the empty fallback
    assert s.degraded and "primary down" in s.degraded
    primary.down = False
    now[0] = 4.9
    s.set("b", 2)  # still cooling down: goes to the fallback
    assert fallback.get("b") == 2 and primary.get("b") is None
    now[0] = 5.0
    assert s.get("a") == 1 and s.degraded is None  # back on the primary
    assert s.check() is True
    primary.down = True
    assert s.check() is False and s.degraded
    assert s.health().degraded is True
    now[0] = 10.0
    with pytest.raises(StoreError):
        s.set("bad", 1)  # the primary answered (with an error): no longer degraded
    assert s.degraded is None


def test_redis_restart_between_calls_is_transparent(monkeypatch: pytest.MonkeyPatch):
    """A pooled connection to a server that restarted is replaced on the spot
    (one retry), without falling back to local state."""
    proc, url = start_redis_server()
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    try:
        monkeypatch.setenv("MW_STORE", url)
        config.reset()
        s = open_state()
        s.set("k", 1)
        stop_redis_server(proc)
        proc, _ = start_redis_server(port)
        assert s.get("k") is None  # the new server is empty, and we are talking to it
        assert s.degraded is None
    finally:
        reset_stores()
        stop_redis_server(proc)
