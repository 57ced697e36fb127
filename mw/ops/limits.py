"""Tiered rate limits: a daily quota and a per-minute burst limit for every question.

Pure domain logic (no Typer, no Rich, no printing). :func:`mw.ops.service.ask_one`
calls :meth:`Limiter.enforce` before answering; ``mw limits`` calls
:meth:`Limiter.status`, :meth:`Limiter.set_tier`, :meth:`Limiter.users` and
:meth:`Limiter.reset`. Every method takes an optional ``now`` (epoch seconds) so
tests can inject a clock; the default is :func:`mw.clock.now` (which
honours ``MW_NOW``).

Tiers (defaults; ``[tiers.NAME]`` in ``config.toml`` overrides or adds them)::

    tier        daily       burst
    free        2 / day     1 / min
    standard    100 / day   10 / min
    team        500 / day   20 / min
    enterprise  unlimited   50 / min

    [tiers.free]
    daily = 5              # a positive integer or "unlimited"
    burst = 2              # a positive integer or "unlimited" (per 60 s)

Windows
    *Daily*: a fixed window keyed by the UTC date (``limits:d:2026-11-20:USER``);
    it resets at the next midnight UTC and the key expires then.
    *Burst*: a sliding 60-second window (a log of hit times, ``limits:b:USER``):
    a hit counts while ``now - 60 < t <= now``, so there is no double burst
    across a window edge; its reset time is when the oldest hit leaves the window.
    Both expire on their own (TTL), so the store does not grow.

Why not the ``limits`` library: its ``redis`` extra pins ``redis<8`` (we use
redis-py 8.1), its fixed window starts at the first hit instead of midnight UTC,
``test()`` then ``hit()`` is not atomic, and it has no diskcache storage. The
state store already offers atomic multi-window check-and-record on both
backends (:meth:`mw.store.state.base.StateStore.hit_windows`: one Lua script on
Redis, one SQLite ``BEGIN IMMEDIATE`` transaction on diskcache), so both
windows are checked and recorded together, and nothing is recorded on refusal.

What counts
    Every question asked through ``mw ask`` counts, cached answers included: the
    quota is on questions, which users can predict, not on LLM calls, which they
    cannot. The hit is recorded before the answer is computed, so a question that
    fails afterwards still counts. A piped batch (``mw ask -``) is checked and
    recorded one question at a time as it is answered: each question costs 1
    against the daily quota, and the whole batch is ONE burst hit (recorded with
    its first question; the burst limit throttles invocations, not the lines of
    one batch). Once a limit refuses, the rest of the batch is not asked and the
    command exits 3 with the refusal.

Identity and tier
    ``--user EMAIL`` or ``MW_USER``, else the local login (``Settings.user``),
    trimmed and lower-cased. The tier comes from the subscription status
    recorded with ``mw limits set-tier EMAIL STATUS`` (record collection
    ``users``). A status is a tier name, or a name mapped to a tier in
    ``[limits.statuses]`` (e.g. ``trialing = "free"``). A user with no record,
    or whose status maps to no tier, gets ``default_tier`` when one is
    configured (``default_tier = "free"`` in config.toml, or ``MW_DEFAULT_TIER``).

Quotas are where they are configured
    With no ``default_tier`` configured, a user with no tier record is **not
    limited**: nothing is counted for them, and ``mw limits`` says so. That is
    the local user of the CLI and of a keyless ``mw serve`` (loopback only),
    so a person or a script on their own machine never throttles itself. A
    request made with an API key (``keyed=True``) is always limited: its user's
    recorded tier, else ``default_tier``, else :data:`KEY_TIER` (``team``).

When Redis fails (``limits_fail_mode``)
    ``"open"`` (default): :class:`mw.store.state.factory.FailoverStore` serves the call
    from the local diskcache fallback; limits keep being enforced there, but the
    counts are per host and start from zero, and tiers recorded in Redis are not
    visible (users get the default tier). The grant carries a warning saying so.
    ``"closed"``: the windows are checked on Redis only; while it is unreachable
    every question is refused with a :class:`mw.errors.StoreError` (exit 6). The
    next question tries Redis again, so service resumes as soon as it is back.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping
from urllib.parse import quote

from mw import clock
from mw.errors import ConfigError, RateLimited, StoreError, UsageError
from mw.store.state.base import Window, WindowState

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.store.state.base import StateStore

BURST_SECONDS = 60.0
USERS = "users"  # record collection: rid = user id, fields status/updated_at
#: The tier of an API key's user with no recorded tier when no ``default_tier`` is configured.
KEY_TIER = "team"
#: ``Grant.tier`` and analytics' tier of a question that no quota applies to.
UNLIMITED = "none"

DEFAULT_TIERS: dict[str, tuple[int | None, int | None]] = {
    "free": (2, 1),
    "standard": (100, 10),
    "team": (500, 20),
    "enterprise": (None, 50),
}

_USER_RE = re.compile(r"^[^\s\x00-\x1f\x7f]{1,254}$")
_TIER_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class Tier:
    name: str
    daily: int | None  # None: unlimited
    burst: int | None  # None: unlimited (still counted)


@dataclass
class Grant:
    """An allowed question: the usage after recording it."""

    user: str
    tier: str  # UNLIMITED ("none") when no quota applies
    daily: WindowState | None  # None when no quota applies
    burst: WindowState | None  # None when the burst window was not hit (later batch questions), or no quota
    warnings: list[str] = field(default_factory=list)

    @property
    def limited(self) -> bool:
        return self.tier != UNLIMITED


# --- configuration -------------------------------------------------------------

def _limit(value: Any, where: str) -> int | None:
    if isinstance(value, str) and value.strip().lower() == "unlimited":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            f"config.toml {where}: expected a positive integer or \"unlimited\", got {value!r}",
            hint="Example: [tiers.free] daily = 2, burst = 1",
        )
    return value


def load_tiers(settings: "Settings") -> dict[str, Tier]:
    """The default tiers merged with ``[tiers.NAME]`` tables of config.toml."""
    table = (settings.file or {}).get("tiers", {})
    if not isinstance(table, dict):
        raise ConfigError("config.toml 'tiers' must be a table of [tiers.NAME] tables",
                          hint="Example: [tiers.free] daily = 2, burst = 1")
    tiers = {name: Tier(name, d, b) for name, (d, b) in DEFAULT_TIERS.items()}
    for raw_name, spec in table.items():
        name = str(raw_name).lower()
        if not _TIER_RE.match(name):
            raise ConfigError(f"config.toml [tiers.{raw_name}]: invalid tier name (use letters, digits, '-' or '_')")
        if not isinstance(spec, dict):
            raise ConfigError(f"config.toml [tiers.{raw_name}] must be a table with 'daily' and 'burst'")
        unknown = set(spec) - {"daily", "burst"}
        if unknown:
            raise ConfigError(f"config.toml [tiers.{raw_name}]: unknown key(s) {', '.join(sorted(unknown))}",
                              hint="A tier has only 'daily' and 'burst'.")
        base = tiers.get(name)
        if base is None and not {"daily", "burst"} <= set(spec):
            raise ConfigError(f"config.toml [tiers.{raw_name}]: a new tier needs both 'daily' and 'burst'")
        daily = _limit(spec["daily"], f"[tiers.{raw_name}] daily") if "daily" in spec else base.daily  # type: ignore[union-attr]
        burst = _limit(spec["burst"], f"[tiers.{raw_name}] burst") if "burst" in spec else base.burst  # type: ignore[union-attr]
        tiers[name] = Tier(name, daily, burst)
    return tiers


def load_statuses(settings: "Settings", tiers: Mapping[str, Tier]) -> dict[str, str]:
    """Subscription status -> tier name: every tier maps to itself, plus ``[limits.statuses]``."""
    statuses = {name: name for name in tiers}
    extra = settings.section("limits", "statuses")
    for status, tier in extra.items():
        t = str(tier).lower()
        if t not in tiers:
            raise ConfigError(
                f"config.toml [limits.statuses] {status} = {tier!r}: no such tier",
                hint=f"Known tiers: {', '.join(tiers)}.",
            )
        statuses[str(status).lower()] = t
    return statuses


def identity(settings: "Settings", user: str | None = None) -> str:
    """The user id: ``user`` if given, else ``settings.user``; trimmed and lower-cased."""
    raw = user if user not in (None, "") else settings.user
    uid = (raw or "").strip().lower()
    if not _USER_RE.match(uid):
        raise UsageError(
            f"invalid user {raw!r}: a user id must be 1-254 characters without spaces or control characters",
            hint="Pass --user EMAIL or set MW_USER.",
        )
    return uid


def day_window(now: float) -> tuple[str, float]:
    """(UTC date ``YYYY-MM-DD``, epoch seconds of the next midnight UTC) for ``now``."""
    day = dt.datetime.fromtimestamp(now, dt.timezone.utc).date()
    nxt = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=dt.timezone.utc)
    return day.isoformat(), nxt.timestamp()


def _wait(reset_at: float, now: float) -> int:
    return max(0, math.ceil(reset_at - now - 1e-9))


def _fmt_limit(limit: int | None) -> str:
    return "unlimited" if limit is None else str(limit)


# --- the limiter -------------------------------------------------------------------

class Limiter:
    """Rate limits for one state store and one settings object."""

    def __init__(self, store: "StateStore", settings: "Settings") -> None:
        self.store = store
        self.settings = settings
        self.tiers = load_tiers(settings)
        self.statuses = load_statuses(settings, self.tiers)
        self.default_tier = str(settings.default_tier).lower() if settings.default_tier else None
        if self.default_tier is not None and self.default_tier not in self.tiers:
            raise ConfigError(
                f"default_tier {settings.default_tier!r} is not a tier",
                hint=f"Known tiers: {', '.join(self.tiers)}. Set default_tier in config.toml or MW_DEFAULT_TIER.",
            )
        self.fail_mode = settings.limits_fail_mode

    # --- identity and tier ----------------------------------------------------
    def identity(self, user: str | None = None) -> str:
        return identity(self.settings, user)

    def tier_of(self, uid: str, store: "StateStore | None" = None, *,
                keyed: bool = False) -> tuple[Tier | None, str | None, str]:
        """(tier or None when no quota applies, recorded status or None, source).

        source: ``"status"`` (recorded), ``"default"`` (the configured ``default_tier``), ``"key"``
        (:data:`KEY_TIER`, an API key's user when no ``default_tier`` is configured) or ``"none"``.
        """
        rec = (store or self.store).get_record(USERS, uid) or {}
        status = rec.get("status")
        if isinstance(status, str) and status.lower() in self.statuses:
            return self.tiers[self.statuses[status.lower()]], status, "status"
        status = status if isinstance(status, str) else None
        if self.default_tier is not None:
            return self.tiers[self.default_tier], status, "default"
        if keyed:
            return self.tiers[KEY_TIER], status, "key"
        return None, status, "none"

    def windows(self, uid: str, tier: Tier, now: float, *, burst: bool = True) -> list[Window]:
        day, midnight = day_window(now)
        q = quote(uid, safe="@.+-_")
        ws = [Window(key=f"limits:d:{day}:{q}", limit=tier.daily, kind="fixed", reset_at=midnight)]
        if burst:
            ws.append(Window(key=f"limits:b:{q}", limit=tier.burst, kind="sliding", seconds=BURST_SECONDS))
        return ws

    # --- enforcement ------------------------------------------------------------
    def enforce(self, user: str | None = None, *, burst: bool = True, cost: int = 1,
                now: float | None = None, keyed: bool = False) -> Grant:
        """Check and record one question atomically, or raise.

        ``burst=False`` skips the burst window (the 2nd.. question of a batch). ``keyed``: the
        question came with an API key (always limited). A user no quota applies to gets a
        :class:`Grant` with tier :data:`UNLIMITED`, and nothing is recorded.
        Raises :class:`RateLimited` (exit 3) when a window is full, and
        :class:`StoreError` (exit 6) when ``limits_fail_mode`` is ``"closed"``
        and the shared store is unreachable.
        """
        now = clock.now() if now is None else float(now)
        uid = self.identity(user)
        warnings: list[str] = []
        primary = getattr(self.store, "primary", None)
        if self.fail_mode == "closed" and primary is not None:
            # Only the shared store counts: read the tier and count there, never
            # on this host's fallback.
            from mw.store.state.base import StoreUnavailable

            try:
                tier, _, _ = self.tier_of(uid, store=primary, keyed=keyed)
                if tier is None:
                    return Grant(user=uid, tier=UNLIMITED, daily=None, burst=None)
                windows = self.windows(uid, tier, now, burst=burst)
                decision = primary.hit_windows(windows, now, cost)
            except StoreUnavailable as e:
                raise StoreError(
                    f"rate limits cannot be checked, so the question was refused: {e.message.rstrip('. ')}",
                    hint="limits_fail_mode is \"closed\": questions are refused while the shared store is down. "
                         "Bring Redis back, or set limits_fail_mode = \"open\" to count on this host meanwhile.",
                    user=uid, fail_mode="closed",
                ) from e
        else:
            tier, _, _ = self.tier_of(uid, keyed=keyed)
            if tier is None:
                return Grant(user=uid, tier=UNLIMITED, daily=None, burst=None)
            windows = self.windows(uid, tier, now, burst=burst)
            decision = self.store.hit_windows(windows, now, cost)
            if self.store.degraded:
                warnings.append(
                    f"rate limits are counted on this host only while the shared store is down "
                    f"({self.store.degraded})"
                )
        if not decision.allowed:
            raise self._refusal(uid, tier, windows, decision.states, now, cost, decision.blocked)
        return Grant(user=uid, tier=tier.name, daily=decision.states[0],
                     burst=decision.states[1] if burst else None, warnings=warnings)

    def _refusal(self, uid: str, tier: Tier, windows: list[Window], states: list[WindowState],
                 now: float, cost: int, blocked: int | None) -> RateLimited:
        # Of the windows that are full, report the one that frees up last: retrying
        # before then would be refused again.
        full = [i for i, s in enumerate(states) if s.limit is not None and s.used + cost > s.limit]
        i = max(full, key=lambda j: states[j].reset_at) if full else (blocked or 0)
        st = states[i]
        is_daily = windows[i].kind == "fixed"
        reset_iso = clock.iso_seconds(st.reset_at)
        wait = max(1, _wait(st.reset_at, now))
        when = f"in {clock.duration(wait)}, at {clock.at(st.reset_at, now)}"
        if is_daily:
            reason = "daily_limit_exceeded"
            what = f"daily limit reached: {st.limit} question(s) per day (UTC) for tier '{tier.name}'"
        else:
            reason = "burst_limit_exceeded"
            what = f"burst limit reached: {st.limit} question(s) per {int(BURST_SECONDS)} s for tier '{tier.name}'"
        return RateLimited(
            f"{what}, user {uid}; try again {when}",
            reason=reason,
            hint=f"Wait {clock.duration(wait)}, or ask an admin for a higher tier: mw limits set-tier {uid} TIER",
            user=uid, tier=tier.name, window="daily" if is_daily else "burst",
            limit=st.limit, used=st.used, reset_at=reset_iso, retry_after_seconds=wait,
        )

    # --- reporting and admin -------------------------------------------------------
    def status(self, user: str | None = None, *, now: float | None = None, keyed: bool = False) -> dict[str, Any]:
        """What ``mw limits --json`` prints: tier and, per window, used/limit/remaining/reset.

        ``limited`` is false (and ``tier``, ``daily``, ``burst`` are null) when no quota applies.
        """
        now = clock.now() if now is None else float(now)
        uid = self.identity(user)
        tier, status, source = self.tier_of(uid, keyed=keyed)
        out: dict[str, Any] = {
            "user": uid,
            "limited": tier is not None,
            "tier": tier.name if tier else None,
            "tier_source": source,
            "status": status,
            "default_tier": self.default_tier,
            "daily": None,
            "burst": None,
            "fail_mode": self.fail_mode,
            "store": {"backend": self.store.backend, "degraded": self.store.degraded},
        }
        if tier is None:
            return out
        daily, burst = self.store.peek_windows(self.windows(uid, tier, now), now)

        def block(st: WindowState, **extra: Any) -> dict[str, Any]:
            return {
                "used": st.used,
                "limit": st.limit,
                "remaining": None if st.limit is None else max(st.limit - st.used, 0),
                "reset_at": clock.iso_seconds(st.reset_at),
                "reset_in_seconds": _wait(st.reset_at, now),
                **extra,
            }

        out["daily"] = block(daily)
        out["burst"] = block(burst, window_seconds=int(BURST_SECONDS))
        return out

    def set_tier(self, user: str, status: str, *, now: float | None = None) -> dict[str, Any]:
        """Record ``user``'s subscription status (a tier name or a ``[limits.statuses]`` name)."""
        now = clock.now() if now is None else float(now)
        uid = self.identity(user)
        st = (status or "").strip().lower()
        if st not in self.statuses:
            raise UsageError(
                f"unknown tier or status {status!r}",
                hint=f"Known: {', '.join(sorted(self.statuses))} (tiers come from [tiers.NAME], "
                     f"statuses from [limits.statuses] in config.toml).",
            )
        before_tier, before_status, before_src = self.tier_of(uid)
        rec = dict(self.store.get_record(USERS, uid) or {})
        rec.update({"status": st, "updated_at": clock.iso(float(math.floor(now)))})
        self.store.put_record(USERS, uid, rec)
        return {
            "user": uid, "status": st, "tier": self.statuses[st], "updated_at": rec["updated_at"],
            "previous": {"status": before_status, "tier": before_tier.name if before_tier else None,
                         "tier_source": before_src},
        }

    def users(self) -> list[dict[str, Any]]:
        """Every user with a recorded status, sorted by id."""
        out = []
        for uid, rec in sorted(self.store.list_records(USERS).items()):
            status = rec.get("status")
            known = isinstance(status, str) and status.lower() in self.statuses
            out.append({
                "user": uid,
                "status": status,
                "tier": self.statuses[status.lower()] if known else self.default_tier,
                "tier_source": "status" if known else ("default" if self.default_tier else "none"),
                "updated_at": rec.get("updated_at"),
            })
        return out

    def reset(self, user: str, *, now: float | None = None) -> dict[str, Any]:
        """Clear ``user``'s daily (today, UTC) and burst windows. The recorded tier stays."""
        now = clock.now() if now is None else float(now)
        uid = self.identity(user)
        tier, _, _ = self.tier_of(uid)
        windows = self.windows(uid, tier or Tier(UNLIMITED, None, None), now)
        before = self.store.peek_windows(windows, now)
        self.store.clear_windows([w.key for w in windows])
        return {"user": uid, "tier": tier.name if tier else None,
                "cleared": {"daily": before[0].used, "burst": before[1].used}}


def limiter(store: "StateStore | None" = None, settings: "Settings | None" = None) -> Limiter:
    """A :class:`Limiter` for the configured store and settings (defaults: the process's)."""
    if settings is None:
        from mw.config import get_settings

        settings = get_settings()
    if store is None:
        from mw.store.state.factory import open_state

        store = open_state(settings)
    return Limiter(store, settings)


def enforce(store: "StateStore", settings: "Settings", user: str | None = None, *, burst: bool = True,
            now: float | None = None, keyed: bool = False) -> Grant:
    """Shorthand for ``Limiter(store, settings).enforce(user, burst=burst, now=now, keyed=keyed)``."""
    return Limiter(store, settings).enforce(user, burst=burst, now=now, keyed=keyed)


__all__ = [
    "BURST_SECONDS", "DEFAULT_TIERS", "Grant", "KEY_TIER", "Limiter", "Tier", "UNLIMITED", "day_window", "enforce",
    "identity",
    "limiter", "load_statuses", "load_tiers",
]
