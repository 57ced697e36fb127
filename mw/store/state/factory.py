"""Open the configured state store: :func:`open_state`.

The URL scheme chooses the backend:

- ``redis://``, ``rediss://``, ``unix://``: :class:`mw.store.state.redis.RedisStore`,
  always wrapped in a :class:`FailoverStore` whose fallback is a
  :class:`mw.store.state.disk.DiskStore` under ``MW_HOME/state``. If Redis does not
  answer PING at open, or stops answering later, the store keeps working on
  local state and :attr:`FailoverStore.degraded` says why (the CLI prints that
  once on stderr; stores never print). Redis is retried after a cooldown, so a
  host rejoins the shared state when Redis is back.
- a filesystem path (or ``file://`` URL): :class:`mw.store.state.disk.DiskStore` there.
- nothing configured: :class:`mw.store.state.disk.DiskStore` in ``settings.state_dir``.

One store is opened per process per URL and reused (:func:`reset_stores` forgets
them, for tests). ``redis`` is imported only when a Redis URL is configured.

The cooldown before retrying Redis is 5 s by default; set it with the
``MW_STORE_RETRY_SECONDS`` environment variable, ``store_retry_seconds`` in
``config.toml``, or the ``retry_after`` argument of :func:`open_state`.
"""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TypeVar
from urllib.parse import unquote, urlsplit

from mw.errors import ConfigError, StoreError
from mw.urls import redact, redact_text
from mw.store.state.base import Health, StateStore, StoreUnavailable, Window, WindowDecision, WindowState

T = TypeVar("T")

REDIS_SCHEMES = ("redis", "rediss", "unix")
DEFAULT_RETRY_AFTER = 5.0


class FailoverStore(StateStore):
    """A primary store (Redis) with a local fallback (diskcache) for outages.

    Every call goes to ``primary``. When it raises :class:`StoreUnavailable`,
    the store marks itself degraded, serves that call from the fallback and
    sends every call for the next ``retry_after`` seconds straight to the
    fallback without touching Redis. The first call after the cooldown tries
    Redis again; if it answers, the store is healthy again (``degraded`` is
    None) and the host is back on shared state.

    Caveats, inherent to failing over: state written to the fallback during an
    outage stays local and is not merged back into Redis (counters and rate
    windows restart from Redis's values); a lock taken on one side cannot be
    released on the other; a write whose reply was lost when Redis died may be
    applied on both sides.

    ``fallback`` is a store or a zero-argument factory; a factory is called on
    the first failure only, so healthy runs never open the local directory.
    """

    def __init__(
        self,
        primary: StateStore,
        fallback: StateStore | Callable[[], StateStore],
        *,
        retry_after: float = DEFAULT_RETRY_AFTER,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.primary = primary
        self._fallback = fallback if isinstance(fallback, StateStore) else None
        self._fallback_factory = None if isinstance(fallback, StateStore) else fallback
        self.retry_after = retry_after
        self._clock = clock
        self._lock = threading.Lock()
        self._reason: str | None = None
        self._retry_at = 0.0
        self._listeners: list[Callable[[str], None]] = []
        self._lock_sides: dict[str, str] = {}  # lock token -> "primary" | "fallback"

    # --- state -----------------------------------------------------------------
    @property
    def backend(self) -> str:  # type: ignore[override]
        return self.primary.backend

    @property
    def url(self) -> str:  # type: ignore[override]
        return self.primary.url

    @property
    def fallback(self) -> StateStore:
        """The local store (opened on first use)."""
        with self._lock:
            if self._fallback is None:
                assert self._fallback_factory is not None
                self._fallback = self._fallback_factory()
            return self._fallback

    @property
    def degraded(self) -> str | None:
        """One line saying why we are on local state, or None while on Redis."""
        return self._reason

    def on_degraded(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(reason)`` each time the store switches from the primary to
        the fallback: once per outage, not on every failed retry during one. A
        switch that happened before the callback was added is not replayed (read
        :attr:`degraded`). Exceptions raised by the callback are ignored."""
        with self._lock:
            self._listeners.append(callback)

    def _mark_down(self, exc: StoreError) -> None:
        with self._lock:
            was_up = self._reason is None
            self._retry_at = self._clock() + self.retry_after
            self._reason = reason = redact_text(
                f"{exc.message.rstrip('. ')}; using local state at {self._fallback_url()} until it is back"
            )
            listeners = list(self._listeners) if was_up else []
        for fn in listeners:
            try:
                fn(reason)
            except Exception:  # noqa: BLE001 - a listener must not break the store call
                pass

    def _mark_up(self) -> None:
        if self._reason is not None:
            with self._lock:
                self._reason = None

    def _fallback_url(self) -> str:
        if self._fallback is not None:
            return self._fallback.url
        return getattr(self._fallback_factory, "url", "the local state directory")

    def _use_primary(self) -> bool:
        return self._reason is None or self._clock() >= self._retry_at

    def _route(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if self._use_primary():
            try:
                result = getattr(self.primary, name)(*args, **kwargs)
            except StoreUnavailable as exc:
                self._mark_down(exc)
            except StoreError:
                self._mark_up()  # the primary answered, with an error of its own
                raise
            else:
                self._mark_up()
                return result
        return getattr(self.fallback, name)(*args, **kwargs)

    def call_primary(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``name`` on the primary only, never the fallback: for state that must not be read
        from or written to a local copy during an outage (API keys: a key revoked in Redis
        must not look valid, and none may look absent). Raises :class:`StoreUnavailable`
        at once during the cooldown, or when the primary does not answer."""
        if not self._use_primary():
            raise StoreUnavailable(f"{self.primary.url} is not answering",
                                   hint="Check that Redis is running; this is retried every "
                                        f"{self.retry_after:g} s.")
        try:
            result = getattr(self.primary, name)(*args, **kwargs)
        except StoreUnavailable as exc:
            self._mark_down(exc)
            raise
        except StoreError:
            self._mark_up()
            raise
        self._mark_up()
        return result

    def check(self) -> bool:
        """PING the primary now (ignoring the cooldown); True when it answered.

        Marks the store degraded or healthy accordingly. :func:`open_state`
        calls it once so that a dead Redis is noticed before the first command.
        """
        ping = getattr(self.primary, "ping", None)
        try:
            if ping is not None:
                ping()
            else:
                h = self.primary.health()
                if not h.ok:
                    raise StoreUnavailable(h.detail or f"{self.primary.url} is not healthy")
        except StoreUnavailable as exc:
            self._mark_down(exc)
            return False
        self._mark_up()
        return True

    # --- StateStore ------------------------------------------------------------
    def get(self, key: str) -> Any | None:
        return self._route("get", key)

    def get_many(self, keys: Sequence[str]) -> list[Any | None]:
        return self._route("get_many", keys)

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        return self._route("set", key, value, ttl)

    def delete(self, key: str) -> None:
        return self._route("delete", key)

    def incr(self, key: str, amount: int = 1, ttl: float | None = None) -> int:
        return self._route("incr", key, amount, ttl)

    def hit_windows(self, windows: Sequence[Window], now: float, cost: int = 1) -> WindowDecision:
        return self._route("hit_windows", windows, now, cost)

    def peek_windows(self, windows: Sequence[Window], now: float) -> list[WindowState]:
        return self._route("peek_windows", windows, now)

    def clear_windows(self, keys: Iterable[str]) -> None:
        return self._route("clear_windows", list(keys))

    def log_event(self, stream: str, event: dict[str, Any], ts: float, retention: float) -> None:
        return self._route("log_event", stream, event, ts, retention)

    def events(self, stream: str, since: float | None = None, until: float | None = None) -> list[dict[str, Any]]:
        return self._route("events", stream, since, until)

    # Locks stay where they were taken: a lock taken on Redis is extended and released on Redis,
    # also while the store is degraded (a Redis hang), never on the local fallback, where the
    # token does not exist (extending it there would report the lock lost, and releasing it
    # there would leave the Redis lock to block every host until it expires).
    def acquire_lock(self, name: str, ttl: float) -> str | None:
        if self._use_primary():
            try:
                token = self.primary.acquire_lock(name, ttl)
            except StoreUnavailable as exc:
                self._mark_down(exc)
            except StoreError:
                self._mark_up()
                raise
            else:
                self._mark_up()
                if token is not None:
                    with self._lock:
                        self._lock_sides[token] = "primary"
                return token
        token = self.fallback.acquire_lock(name, ttl)
        if token is not None:
            with self._lock:
                self._lock_sides[token] = "fallback"
        return token

    def _pinned(self, token: str, method: str, *args: Any) -> Any:
        with self._lock:
            side = self._lock_sides.get(token)
        if side is None:
            return self._route(method, *args)
        if side == "fallback":
            return getattr(self.fallback, method)(*args)
        try:  # on Redis even during the cooldown: only Redis knows this token
            result = getattr(self.primary, method)(*args)
        except StoreUnavailable as exc:
            self._mark_down(exc)
            raise
        self._mark_up()
        return result

    def release_lock(self, name: str, token: str) -> bool:
        released = self._pinned(token, "release_lock", name, token)
        with self._lock:
            self._lock_sides.pop(token, None)
        return released

    def refresh_lock(self, name: str, token: str, ttl: float) -> bool:
        return self._pinned(token, "refresh_lock", name, token, ttl)

    def put_record(self, collection: str, rid: str, record: dict[str, Any]) -> None:
        return self._route("put_record", collection, rid, record)

    def get_record(self, collection: str, rid: str) -> dict[str, Any] | None:
        return self._route("get_record", collection, rid)

    def list_records(self, collection: str) -> dict[str, dict[str, Any]]:
        return self._route("list_records", collection)

    def delete_record(self, collection: str, rid: str) -> bool:
        return self._route("delete_record", collection, rid)

    def health(self) -> Health:
        """The primary's health when it answers; otherwise the fallback's, with
        ``degraded=True`` and the reason in ``detail``. Respects the cooldown."""
        if self._use_primary():
            h = self.primary.health()
            if h.ok:
                self._mark_up()
                return h
            self._mark_down(StoreUnavailable(h.detail or f"{self.primary.url} is not healthy"))
        fb = self.fallback.health()
        return Health(
            ok=fb.ok,
            backend=fb.backend,
            url=fb.url,
            detail=f"fallback: {self._reason}" + ("" if fb.ok else f"; {fb.detail}"),
            latency_ms=fb.latency_ms,
            degraded=True,
        )

    def close(self) -> None:
        self.primary.close()
        if self._fallback is not None:
            self._fallback.close()

    def __repr__(self) -> str:
        return f"FailoverStore({self.primary!r}, degraded={self._reason is not None})"


class _LazyDisk:
    """Zero-argument factory for the fallback DiskStore that knows its path."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.url = str(directory)

    def __call__(self) -> StateStore:
        from mw.store.state.disk import DiskStore

        return DiskStore(self.directory)


_stores: dict[tuple[str, ...], StateStore] = {}
_stores_lock = threading.Lock()


def _retry_after(settings: Any) -> float:
    raw = os.environ.get("MW_STORE_RETRY_SECONDS") or settings.file.get("store_retry_seconds")
    if raw in (None, ""):
        return DEFAULT_RETRY_AFTER
    try:
        value = float(raw)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"store retry seconds: invalid value {raw!r}") from e
    if value < 0:
        raise ConfigError(f"store retry seconds must be >= 0, not {raw!r}")
    return value


def store_kind(url: str | None) -> str:
    """``"redis"`` or ``"disk"`` for a configured store URL (None means disk)."""
    if not url:
        return "disk"
    scheme = urlsplit(url).scheme.lower() if "://" in url else ""
    if scheme in REDIS_SCHEMES:
        return "redis"
    if scheme in ("", "file"):
        return "disk"
    raise ConfigError(
        f"unsupported state store URL {redact(url)!r}",
        hint="Use redis://, rediss://, unix:// or a directory path.",
    )


def _disk_path(url: str) -> Path:
    if url.lower().startswith("file://"):
        return Path(unquote(urlsplit(url).path)).expanduser()
    return Path(url).expanduser()


def open_state(settings: Any = None, *, retry_after: float | None = None) -> StateStore:
    """The process's state store for ``settings`` (default: :func:`mw.config.get_settings`).

    - No ``store_url``: a :class:`DiskStore` in ``settings.state_dir``.
    - A path or ``file://`` URL: a :class:`DiskStore` there.
    - A Redis URL: a :class:`FailoverStore` over ``RedisStore(url, settings.redis_prefix)``
      with a :class:`DiskStore` in ``settings.state_dir`` as fallback. Redis is
      PINGed once here; if it does not answer, the returned store already runs
      on local state and its ``degraded`` property holds the one-line reason.
      With the timeouts of :mod:`mw.store.state.redis` that takes milliseconds on a
      refused port, about 0.5 s on an unroutable host and about 1 s on a server
      that accepts but never replies.

    ``retry_after`` (seconds before Redis is retried after a failure) overrides
    ``MW_STORE_RETRY_SECONDS`` / ``store_retry_seconds``. The result is cached
    per URL (and prefix and state dir); later calls return the same object.
    Raises :class:`ConfigError` for an unknown URL scheme and :class:`StoreError`
    when a local directory cannot be opened.
    """
    if settings is None:
        from mw import config

        settings = config.get_settings()
    url = settings.store_url or None
    kind = store_kind(url)
    state_dir = Path(settings.state_dir)
    if kind == "disk":
        directory = _disk_path(url) if url else state_dir
        key: tuple[str, ...] = ("disk", str(directory.resolve()))
    else:
        assert url is not None
        key = ("redis", url, settings.redis_prefix, str(state_dir.resolve()))
    with _stores_lock:
        store = _stores.get(key)
        if store is not None:
            return store
        if kind == "disk":
            from mw.store.state.disk import DiskStore

            store = DiskStore(directory)
        else:
            from mw.store.state.redis import RedisStore

            failover = FailoverStore(
                RedisStore(url, settings.redis_prefix),
                _LazyDisk(state_dir),
                retry_after=_retry_after(settings) if retry_after is None else retry_after,
            )
            failover.check()
            store = failover
        _stores[key] = store
        return store


def reset_stores() -> None:
    """Close and forget every store opened by :func:`open_state` (tests, servers)."""
    with _stores_lock:
        stores = list(_stores.values())
        _stores.clear()
    for s in stores:
        try:
            s.close()
        except Exception:  # noqa: BLE001 - closing must not mask the caller's error
            pass


__all__ = [
    "DEFAULT_RETRY_AFTER",
    "FailoverStore",
    "open_state",
    "reset_stores",
    "store_kind",
]
