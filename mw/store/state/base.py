"""The state store interface: everything Mandate Wizard keeps besides the knowledge base.

Answer cache, rate-limit windows, analytics events, refresh locks, job status and
small records (users, API keys) all go through :class:`StateStore`. Backends:

- :class:`mw.store.state.disk.DiskStore`: diskcache under ``MW_HOME/state`` (default).
- :class:`mw.store.state.redis.RedisStore`: Redis, shared by several hosts.

:func:`open_state` picks one by URL scheme. Values are JSON-serialisable
(never pickled: see the diskcache CVE in shared field notes). Keys are plain
strings; backends add their own prefix. Times are epoch seconds (float) passed
in by callers, so tests can inject a clock.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal, Sequence

from mw.errors import StoreError


class StoreUnavailable(StoreError):
    """The backend could not be reached (connection refused, timeout, DNS, auth).

    Raised by :class:`mw.store.state.redis.RedisStore`; :class:`mw.store.state.factory.FailoverStore` reacts
    to it by switching to its fallback. Other :class:`StoreError`\\ s (a bad
    value, a script error) are not connectivity problems and propagate.
    """


@dataclass(frozen=True)
class Window:
    """One rate window checked by :meth:`StateStore.hit_windows`.

    ``kind="fixed"``: a counter under ``key`` that expires at ``reset_at`` (epoch
    seconds, e.g. next midnight UTC; put the date in the key).
    ``kind="sliding"``: a log of hit times under ``key``; a hit counts while
    ``now - seconds < t <= now``.
    ``limit=None`` means unlimited (still counted).
    """

    key: str
    limit: int | None
    kind: Literal["fixed", "sliding"]
    seconds: float = 0.0
    reset_at: float = 0.0


@dataclass
class WindowState:
    used: int  # hits inside the window after this call (including the recorded one if allowed)
    limit: int | None
    reset_at: float  # epoch seconds when at least one unit becomes free again (fixed: window end)


@dataclass
class WindowDecision:
    allowed: bool
    states: list[WindowState]
    blocked: int | None = None  # index of the first window that refused


@dataclass
class Health:
    ok: bool
    backend: str
    url: str
    detail: str = ""
    latency_ms: float | None = None
    degraded: bool = False  # True when a configured Redis is unreachable and we fell back


class StateStore(ABC):
    backend: str = "abstract"
    url: str = ""

    # --- values with TTL -------------------------------------------------
    @abstractmethod
    def get(self, key: str) -> Any | None: ...

    @abstractmethod
    def get_many(self, keys: Sequence[str]) -> list[Any | None]: ...

    @abstractmethod
    def set(self, key: str, value: Any, ttl: float | None = None) -> None: ...

    @abstractmethod
    def delete(self, key: str) -> None: ...

    # --- counters -------------------------------------------------------
    @abstractmethod
    def incr(self, key: str, amount: int = 1, ttl: float | None = None) -> int:
        """Atomically add ``amount``; ``ttl`` is applied when the key is created."""

    # --- rate windows ------------------------------------------------------
    @abstractmethod
    def hit_windows(self, windows: Sequence[Window], now: float, cost: int = 1) -> WindowDecision:
        """Atomically: if every window has room for ``cost`` more, record the hit in all of them.

        Nothing is recorded when any window refuses. Old entries expire on their own.
        """

    @abstractmethod
    def peek_windows(self, windows: Sequence[Window], now: float) -> list[WindowState]:
        """Current usage without recording anything."""

    @abstractmethod
    def clear_windows(self, keys: Iterable[str]) -> None: ...

    # --- append-only event log ---------------------------------------------
    @abstractmethod
    def log_event(self, stream: str, event: dict[str, Any], ts: float, retention: float) -> None:
        """Append ``event`` at time ``ts``; events older than ``retention`` seconds are dropped."""

    @abstractmethod
    def events(self, stream: str, since: float | None = None, until: float | None = None) -> list[dict[str, Any]]:
        """Events in time order; each dict gets a ``ts`` field."""

    # --- locks ---------------------------------------------------------------
    @abstractmethod
    def acquire_lock(self, name: str, ttl: float) -> str | None:
        """A token when acquired, None when someone else holds it. Expires after ``ttl`` s."""

    @abstractmethod
    def release_lock(self, name: str, token: str) -> bool: ...

    @abstractmethod
    def refresh_lock(self, name: str, token: str, ttl: float) -> bool: ...

    # --- small records ---------------------------------------------------------
    @abstractmethod
    def put_record(self, collection: str, rid: str, record: dict[str, Any]) -> None: ...

    @abstractmethod
    def get_record(self, collection: str, rid: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def list_records(self, collection: str) -> dict[str, dict[str, Any]]: ...

    @abstractmethod
    def delete_record(self, collection: str, rid: str) -> bool: ...

    # --- lifecycle -----------------------------------------------------------------
    @abstractmethod
    def health(self) -> Health: ...

    def close(self) -> None:  # pragma: no cover - optional
        pass

    @property
    def degraded(self) -> str | None:
        """Why we are not on the configured backend (Redis down), else None."""
        return None
