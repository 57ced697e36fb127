"""The shared state store: :class:`RedisStore`, on redis-py.

Imported only when a Redis URL is configured (``import redis`` costs ~130 ms).
One connection pool per store, with explicit timeouts and a single retry: the
redis-py 8.1 defaults (5 s timeouts, 10 retries) stall about 4 s on a closed port
before the fall-back to diskcache could start. Connection failures and timeouts
are raised as :class:`mw.store.state.base.StoreUnavailable` (a :class:`StoreError`),
which :class:`mw.store.state.factory.FailoverStore` catches to switch to local state;
a refused password or ACL (``AuthenticationError``, ``NOPERM``) is a
:class:`~mw.errors.ConfigError` (exit 2): Redis is there and says no, which no
fallback should hide; every other Redis error is a plain :class:`StoreError`.

Key layout (every key starts with ``prefix``, ``mw:`` by default):

====================  =========================================================
``v:{key}``           values (JSON strings) and counters (Redis integers)
``wf:{key}``          fixed rate window: hash ``n`` (used), ``r`` (reset_at)
``ws:{key}``          sliding rate window: sorted set, score = hit time
``ev:{stream}``       event log: sorted set, score = ts, member = uuid + JSON
``lock:{name}``       lock token (``SET NX PX``)
``rec:{collection}``  records: hash rid -> JSON
====================  =========================================================

Why a sorted set per stream and not Redis Streams: stream entry IDs are
server-time based and must increase, while our events carry the caller's ``ts``
(injected clocks, late writers on other hosts) and can arrive out of order. A
sorted set scored by ``ts`` accepts any order, reads a time range with one
``ZRANGEBYSCORE`` and enforces retention with one ``ZREMRANGEBYSCORE``; the
whole key also gets an ``EXPIRE`` of ``retention`` so an idle stream disappears.

Rate windows are checked and recorded by one Lua script (atomic on the server):
fixed windows are counters that expire at ``reset_at``; sliding windows keep one
sorted-set member per unit of cost (unique members, so equal times never
collapse) and count every ``t > now - seconds`` (hits recorded by a caller whose clock
read a moment later count too, so concurrent callers can never both slip through). A hit is recorded only when
every window allows it. Times are the caller's clock; expiries are set relative
to it (``reset_at - now``, ``seconds``), which equals ``EXPIREAT reset_at`` on a
real clock and keeps injected test clocks working. All window keys of one call
must live on one server (no Redis Cluster slot spreading).
"""
from __future__ import annotations

import json
import math
import secrets
import time
import uuid
from typing import Any, Callable, Iterable, Sequence, TypeVar

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from mw.errors import ConfigError, StoreError
from mw.urls import redact, redact_text
from mw.store.state.base import Health, StateStore, StoreUnavailable, Window, WindowDecision, WindowState

T = TypeVar("T")

#: Seconds to establish a connection (loopback connects in ~3 ms).
CONNECT_TIMEOUT = 0.25
#: Seconds to wait for any reply.
SOCKET_TIMEOUT = 1.0
#: Connections per process; a CLI uses one or two.
MAX_CONNECTIONS = 32

# ARGV: now, cost, uid, record ("1"/"0"), then per window: kind ("f"/"s"), limit
# (-1 = unlimited), seconds, reset_at. KEYS: one per window (wf:/ws: keys).
# Returns {allowed, blocked (1-based, 0 = none), used_1, reset_1, used_2, ...};
# resets are strings because Lua numbers are truncated to integers on return.
_WINDOWS_LUA = """
local now = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local uid = ARGV[3]
local record = ARGV[4] == '1'
local function fmt(x) return string.format('%.17g', x) end
local n = #KEYS
local used, resets, kinds, limits, secs, rats = {}, {}, {}, {}, {}, {}
local blocked = 0
for i = 1, n do
  local b = 4 + (i - 1) * 4
  kinds[i] = ARGV[b + 1]
  limits[i] = tonumber(ARGV[b + 2])
  secs[i] = tonumber(ARGV[b + 3])
  rats[i] = tonumber(ARGV[b + 4])
  local k = KEYS[i]
  if kinds[i] == 'f' then
    local v = redis.call('HMGET', k, 'n', 'r')
    local u = tonumber(v[1]) or 0
    local r = tonumber(v[2])
    if r == nil or r <= now then u = 0 end
    used[i] = u
    resets[i] = rats[i]
  else
    local lo = now - secs[i]
    if record then redis.call('ZREMRANGEBYSCORE', k, '-inf', fmt(lo)) end
    -- every hit newer than the window start counts, including ones a concurrent caller
    -- recorded with a clock reading a moment after ours
    used[i] = redis.call('ZCOUNT', k, '(' .. fmt(lo), '+inf')
    local oldest = redis.call('ZRANGEBYSCORE', k, '(' .. fmt(lo), '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
    if oldest[2] then resets[i] = tonumber(oldest[2]) + secs[i] else resets[i] = now end
  end
  if blocked == 0 and limits[i] >= 0 and used[i] + cost > limits[i] then blocked = i end
end
local allowed = 0
if blocked == 0 then
  allowed = 1
  if record then
    for i = 1, n do
      local k = KEYS[i]
      if kinds[i] == 'f' then
        local ttl = math.ceil((rats[i] - now) * 1000)
        if ttl > 0 then
          redis.call('HSET', k, 'n', used[i] + cost, 'r', fmt(rats[i]))
          redis.call('PEXPIRE', k, ttl)
        else
          redis.call('DEL', k)
        end
      else
        if used[i] == 0 then resets[i] = now + secs[i] end
        for j = 1, cost do redis.call('ZADD', k, fmt(now), uid .. ':' .. j) end
        redis.call('PEXPIRE', k, math.ceil(secs[i] * 1000))
      end
      used[i] = used[i] + cost
    end
  end
end
local out = {allowed, blocked}
for i = 1, n do
  out[#out + 1] = used[i]
  out[#out + 1] = fmt(resets[i])
end
return out
"""

# Compare-and-delete / compare-and-expire for locks: only the token holder may act.
_RELEASE_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_REFRESH_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


def _ms(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))


class RedisStore(StateStore):
    """:class:`StateStore` on one Redis server (see the module docstring).

    ``RedisStore(url, prefix)``: ``url`` is ``redis://``, ``rediss://`` or
    ``unix://``; ``prefix`` starts every key. Creating the store does not
    connect; the first command (or :meth:`ping`) does.
    """

    backend = "redis"

    def __init__(
        self,
        url: str,
        prefix: str = "mw:",
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        socket_timeout: float = SOCKET_TIMEOUT,
    ) -> None:
        self.url = redact(url)
        self.prefix = prefix
        try:
            self._pool = redis.ConnectionPool.from_url(
                url,
                socket_connect_timeout=connect_timeout,
                socket_timeout=socket_timeout,
                # One immediate retry on connection errors only: it replaces a
                # pooled connection that died with a restarted server. A timeout
                # is not retried (it would just double the stall).
                retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
                max_connections=MAX_CONNECTIONS,
                decode_responses=True,
                health_check_interval=0,
                # RESP2: spoken by every Redis (and Redis-compatible server);
                # nothing here needs RESP3, redis-py 8's default.
                protocol=2,
            )
        except ValueError as e:
            raise StoreError(f"invalid Redis URL {self.url}: {redact_text(str(e))}") from e
        self._r = redis.Redis(connection_pool=self._pool)
        self._windows = self._r.register_script(_WINDOWS_LUA)
        self._release = self._r.register_script(_RELEASE_LUA)
        self._refresh = self._r.register_script(_REFRESH_LUA)

    # --- plumbing --------------------------------------------------------------
    def _call(self, what: str, fn: Callable[[], T]) -> T:
        """Run ``fn``; map connection trouble to StoreUnavailable, the rest to StoreError."""
        try:
            return fn()
        except (redis.AuthenticationError, redis.exceptions.NoPermissionError) as e:
            # Redis answered and refused us: a wrong password or ACL is a configuration error,
            # never a reason to carry on with local state (that would serve without keys).
            raise ConfigError(
                f"Redis at {self.url} refused the credentials during {what}: "
                f"{redact_text(str(e).strip()) or type(e).__name__}",
                hint="Fix the password (redis://:PASSWORD@host or ?password=) or the ACL user in MW_STORE/REDIS_URL.",
            ) from e
        except (redis.ConnectionError, redis.TimeoutError, redis.exceptions.InvalidResponse) as e:
            # InvalidResponse: something that is not Redis answered (wrong port,
            # a proxy) or the stream broke mid-reply; either way, unusable.
            reason = redact_text(str(e).replace("\n", " ").strip()) or type(e).__name__
            raise StoreUnavailable(
                f"Redis at {self.url} unreachable during {what}: {reason}",
                hint="Check that Redis is running, or unset MW_STORE/REDIS_URL to use local state.",
            ) from e
        except redis.RedisError as e:
            raise StoreError(f"Redis error during {what}: {redact_text(str(e))}") from e

    def _k(self, kind: str, name: str) -> str:
        return f"{self.prefix}{kind}:{name}"

    @staticmethod
    def _load(raw: Any) -> Any:
        if raw is None:
            return None
        try:
            return json.loads(raw)
        except (TypeError, ValueError) as e:
            raise StoreError(f"Redis holds a value that is not JSON: {raw!r:.80}") from e

    def ping(self) -> float:
        """PING the server; round-trip milliseconds, or :class:`StoreUnavailable`."""
        start = time.perf_counter()
        self._call("PING", self._r.ping)
        return (time.perf_counter() - start) * 1000

    # --- values with TTL -------------------------------------------------
    def get(self, key: str) -> Any | None:
        return self._load(self._call("get", lambda: self._r.get(self._k("v", key))))

    def get_many(self, keys: Sequence[str]) -> list[Any | None]:
        if not keys:
            return []
        raws = self._call("get_many", lambda: self._r.mget([self._k("v", k) for k in keys]))
        return [self._load(r) for r in raws]

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        k = self._k("v", key)
        if ttl is not None and ttl <= 0:
            self._call("set", lambda: self._r.delete(k))
            return
        data = json.dumps(value, separators=(",", ":"))
        self._call("set", lambda: self._r.set(k, data, px=None if ttl is None else _ms(ttl)))

    def delete(self, key: str) -> None:
        self._call("delete", lambda: self._r.delete(self._k("v", key)))

    # --- counters -------------------------------------------------------
    def incr(self, key: str, amount: int = 1, ttl: float | None = None) -> int:
        """``SET k 0 NX PX ttl`` then ``INCRBY`` in one MULTI/EXEC: the ttl is set
        only by whoever creates the key, and INCRBY keeps it."""
        k = self._k("v", key)
        if ttl is None or ttl <= 0:
            return int(self._call("incr", lambda: self._r.incrby(k, amount)))

        def run() -> int:
            pipe = self._r.pipeline(transaction=True)
            pipe.set(k, 0, nx=True, px=_ms(ttl))
            pipe.incrby(k, amount)
            return int(pipe.execute()[1])

        return self._call("incr", run)

    # --- rate windows ------------------------------------------------------
    def _window_key(self, w: Window) -> str:
        if w.limit is not None and w.limit < 0:
            raise ValueError(f"window {w.key!r}: limit must be >= 0 or None, not {w.limit}")
        if w.kind == "fixed":
            return self._k("wf", w.key)
        if w.kind == "sliding":
            if w.seconds <= 0:
                raise ValueError(f"sliding window {w.key!r} needs seconds > 0")
            return self._k("ws", w.key)
        raise ValueError(f"unknown window kind {w.kind!r}")

    def _run_windows(self, windows: Sequence[Window], now: float, cost: int, record: bool) -> tuple[bool, int | None, list[WindowState]]:
        keys = [self._window_key(w) for w in windows]
        args: list[Any] = [repr(float(now)), int(cost), uuid.uuid4().hex, "1" if record else "0"]
        for w in windows:
            args += [
                "f" if w.kind == "fixed" else "s",
                -1 if w.limit is None else int(w.limit),
                repr(float(w.seconds)),
                repr(float(w.reset_at)),
            ]
        res = self._call("hit_windows" if record else "peek_windows", lambda: self._windows(keys=keys, args=args))
        states = [
            WindowState(used=int(res[2 + 2 * i]), limit=w.limit, reset_at=float(res[3 + 2 * i]))
            for i, w in enumerate(windows)
        ]
        blocked = int(res[1])
        return bool(int(res[0])), (blocked - 1 if blocked else None), states

    def hit_windows(self, windows: Sequence[Window], now: float, cost: int = 1) -> WindowDecision:
        if cost < 0:
            raise ValueError(f"cost must be >= 0, not {cost}")
        if not windows:
            return WindowDecision(allowed=True, states=[])
        allowed, blocked, states = self._run_windows(windows, now, cost, record=True)
        return WindowDecision(allowed=allowed, states=states, blocked=blocked)

    def peek_windows(self, windows: Sequence[Window], now: float) -> list[WindowState]:
        if not windows:
            return []
        return self._run_windows(windows, now, 0, record=False)[2]

    def clear_windows(self, keys: Iterable[str]) -> None:
        names = [self._k(kind, k) for k in keys for kind in ("wf", "ws")]
        if names:
            self._call("clear_windows", lambda: self._r.delete(*names))

    # --- append-only event log ---------------------------------------------
    def log_event(self, stream: str, event: dict[str, Any], ts: float, retention: float) -> None:
        k = self._k("ev", stream)
        member = uuid.uuid4().hex + json.dumps(event, separators=(",", ":"))

        def run() -> None:
            pipe = self._r.pipeline(transaction=True)
            pipe.zadd(k, {member: ts})
            pipe.zremrangebyscore(k, "-inf", f"({ts - retention!r}")
            pipe.pexpire(k, _ms(retention))
            pipe.execute()

        self._call("log_event", run)

    def events(self, stream: str, since: float | None = None, until: float | None = None) -> list[dict[str, Any]]:
        lo = "-inf" if since is None else repr(float(since))
        hi = "+inf" if until is None else repr(float(until))
        rows = self._call(
            "events", lambda: self._r.zrangebyscore(self._k("ev", stream), lo, hi, withscores=True)
        )
        out = []
        for member, score in rows:
            e = self._load(member[32:])
            e["ts"] = float(score)
            out.append(e)
        return out

    # --- locks ---------------------------------------------------------------
    def acquire_lock(self, name: str, ttl: float) -> str | None:
        token = secrets.token_hex(16)
        ok = self._call("acquire_lock", lambda: self._r.set(self._k("lock", name), token, nx=True, px=_ms(ttl)))
        return token if ok else None

    def release_lock(self, name: str, token: str) -> bool:
        return bool(self._call("release_lock", lambda: self._release(keys=[self._k("lock", name)], args=[token])))

    def refresh_lock(self, name: str, token: str, ttl: float) -> bool:
        return bool(
            self._call(
                "refresh_lock", lambda: self._refresh(keys=[self._k("lock", name)], args=[token, _ms(ttl)])
            )
        )

    # --- small records ---------------------------------------------------------
    def put_record(self, collection: str, rid: str, record: dict[str, Any]) -> None:
        data = json.dumps(record, separators=(",", ":"))
        self._call("put_record", lambda: self._r.hset(self._k("rec", collection), rid, data))

    def get_record(self, collection: str, rid: str) -> dict[str, Any] | None:
        return self._load(self._call("get_record", lambda: self._r.hget(self._k("rec", collection), rid)))

    def list_records(self, collection: str) -> dict[str, dict[str, Any]]:
        raw = self._call("list_records", lambda: self._r.hgetall(self._k("rec", collection)))
        return {rid: self._load(v) for rid, v in sorted(raw.items())}

    def delete_record(self, collection: str, rid: str) -> bool:
        return bool(self._call("delete_record", lambda: self._r.hdel(self._k("rec", collection), rid)))

    # --- lifecycle -----------------------------------------------------------------
    def health(self) -> Health:
        """PING plus the server version; ``ok=False`` (never an exception) when down."""
        try:
            latency = self.ping()
            info = self._call("INFO", lambda: self._r.info("server"))
            return Health(ok=True, backend=self.backend, url=self.url,
                          detail=f"redis {info.get('redis_version', '?')}", latency_ms=round(latency, 3))
        except StoreError as e:
            return Health(ok=False, backend=self.backend, url=self.url, detail=e.message)

    def close(self) -> None:
        self._pool.disconnect()

    def __repr__(self) -> str:
        return f"RedisStore({self.url!r}, prefix={self.prefix!r})"


__all__ = ["RedisStore", "redact", "CONNECT_TIMEOUT", "SOCKET_TIMEOUT"]
