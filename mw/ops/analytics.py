"""Query analytics: one event per question in the state store, and the numbers ``mw stats`` shows.

Every question answered through :func:`mw.ops.service.ask_one` (answered,
failed or refused by a rate limit) appends one event to the stream
:data:`STREAM` (``"queries"``) via :mod:`mw.ops.metrics` (buffered in memory,
written when the process flushes its metrics). Fields:

``ts`` (epoch seconds, added by the store), ``user``, ``tier``, ``question``,
``normalized``, ``intent``, ``latency_ms``, ``cached``, ``status`` (``ok`` |
``invalid`` (the asker's mistake, e.g. an empty question) | ``error`` (a failure)
| ``rate_limited``), ``error`` (error type or rate-limit reason, else null), ``executives`` (names in the answer's top 3), ``regions``, ``genres``,
``host`` (``socket.gethostname()``), ``id`` (12 hex digits) and ``answer``:
the store key of the answer kept for ``mw history show`` (answered questions,
unless ``history_answers = false``), else null.

Kept answers: the answer object (without ``cached`` and ``took_ms``) is stored
under ``history:answer:<sha256 of its JSON>`` for the retention period, so a
question asked many times with the same answer is stored once.

Events and kept answers older than ``analytics_retention_days`` (default 30)
are dropped by the store. With a shared Redis the stream holds every host's questions, so
:func:`compute_stats` covers all machines.

Percentiles use the nearest-rank method over the latencies in the period.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Sequence

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.store.state.base import StateStore

STREAM = "queries"
DAY = 86400.0
HOUR = 3600.0

#: (label, upper bound in ms, exclusive); the last bucket is open-ended.
RESPONSE_BUCKETS: tuple[tuple[str, float], ...] = (
    ("<100ms", 100.0), ("100-500ms", 500.0), ("500ms-1s", 1000.0), ("1-2s", 2000.0), ("2-5s", 5000.0),
    (">5s", math.inf),
)


def load_events(state: "StateStore", *, since: float | None = None, until: float | None = None,
                user: str | None = None) -> list[dict[str, Any]]:
    """Query events in time order, optionally of one user."""
    evs = state.events(STREAM, since=since, until=until)
    if user is not None:
        evs = [e for e in evs if e.get("user") == user]
    return evs


def active_users(state: "StateStore", *, now: float, window: float = DAY) -> int:
    """Distinct users who asked something in the last ``window`` seconds."""
    return len({e.get("user") for e in state.events(STREAM, since=now - window, until=now) if e.get("user")})


def percentile(sorted_values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile (``p`` in 0..100) of an ascending list; None when empty."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(p / 100.0 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def _top(counter: Counter, limit: int, key: str = "name") -> list[dict[str, Any]]:
    return [{key: k, "count": n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[:limit]]


def _popular_queries(events: Iterable[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    counts: Counter = Counter()
    latest: dict[str, tuple[float, str]] = {}
    for e in events:
        norm = e.get("normalized") or (e.get("question") or "").strip().lower()
        if not norm:
            continue
        counts[norm] += 1
        ts = float(e.get("ts", 0.0))
        if norm not in latest or ts >= latest[norm][0]:
            latest[norm] = (ts, e.get("question") or norm)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], -latest[kv[0]][0], kv[0]))[:limit]
    return [{"query": latest[n][1], "normalized": n, "count": c, "last_ts": latest[n][0]} for n, c in rows]


def _group(events: Sequence[dict[str, Any]], field: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        groups.setdefault(str(e.get(field) or "unknown"), []).append(e)
    out = {}
    for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        evs = groups[name]
        lat = [float(e["latency_ms"]) for e in evs if isinstance(e.get("latency_ms"), (int, float))]
        out[name] = {
            "queries": len(evs),
            "avg_response_ms": round(sum(lat) / len(lat), 2) if lat else None,
            "errors": sum(1 for e in evs if e.get("status") == "error"),
            "cache_hits": sum(1 for e in evs if e.get("cached")),
        }
    return out


def compute_stats(events: Sequence[dict[str, Any]], *, now: float, days: int = 30,
                  user: str | None = None, limit: int = 10) -> dict[str, Any]:
    """Everything ``mw stats --json`` prints, from events of the last ``days`` days before ``now``."""
    since = now - days * DAY
    evs = [e for e in events if since <= float(e.get("ts", 0.0)) <= now and (user is None or e.get("user") == user)]
    total = len(evs)
    lat = sorted(float(e["latency_ms"]) for e in evs if isinstance(e.get("latency_ms"), (int, float)))
    answered = [e for e in evs if e.get("status", "ok") == "ok"]
    errors = sum(1 for e in evs if e.get("status") == "error")
    invalid = sum(1 for e in evs if e.get("status") == "invalid")
    limited = sum(1 for e in evs if e.get("status") == "rate_limited")
    hits = sum(1 for e in answered if e.get("cached"))
    overview = {
        "total_queries": total,
        "unique_users": len({e.get("user") for e in evs if e.get("user")}),
        "avg_response_ms": round(sum(lat) / len(lat), 2) if lat else None,
        "cache_hit_rate": round(hits / len(answered), 4) if answered else None,
        "error_rate": round(errors / (len(answered) + errors), 4) if answered or errors else None,
        "errors": errors,
        "invalid": invalid,
        "rate_limited": limited,
        "hosts": len({e.get("host") for e in evs if e.get("host")}),
        "since": since,
        "until": now,
        "days": days,
        "user": user,
    }
    execs: Counter = Counter()
    regions: Counter = Counter()
    genres: Counter = Counter()
    for e in evs:
        execs.update(x for x in (e.get("executives") or []) if x)
        regions.update(x for x in (e.get("regions") or []) if x)
        genres.update(x for x in (e.get("genres") or []) if x)

    # per hour over the last 24 h, per day over the period; buckets end at now
    hour_start = math.floor(now / HOUR) * HOUR
    per_hour = []
    for i in range(23, -1, -1):
        lo = hour_start - i * HOUR
        per_hour.append({"start": lo, "count": sum(1 for e in evs if lo <= float(e["ts"]) < lo + HOUR)})
    day_start = math.floor(now / DAY) * DAY
    per_day = []
    for i in range(max(days, 1) - 1, -1, -1):
        lo = day_start - i * DAY
        per_day.append({"start": lo, "count": sum(1 for e in evs if lo <= float(e["ts"]) < lo + DAY)})

    dist = {label: 0 for label, _ in RESPONSE_BUCKETS}
    for ms in lat:
        for label, hi in RESPONSE_BUCKETS:
            if ms < hi:
                dist[label] += 1
                break
    return {
        "overview": overview,
        "popular_queries": _popular_queries(evs, limit),
        "popular_executives": _top(execs, limit),
        "popular_regions": _top(regions, limit),
        "popular_genres": _top(genres, limit),
        "queries_per_hour": per_hour,
        "queries_per_day": per_day,
        "response_time_distribution": dist,
        "percentiles": {"p50": percentile(lat, 50), "p95": percentile(lat, 95), "p99": percentile(lat, 99)},
        "by_intent": _group(evs, "intent"),
        "by_tier": _group(evs, "tier"),
    }


def stats(state: "StateStore", *, now: float, days: int = 30, user: str | None = None,
          limit: int = 10) -> dict[str, Any]:
    """:func:`compute_stats` over the store's events."""
    return compute_stats(load_events(state, since=now - days * DAY, until=now, user=user),
                         now=now, days=days, user=user, limit=limit)


def share_queries(settings: "Settings | None") -> bool:
    return bool(settings is not None and settings.file.get("suggest_share_queries", False) is True)


def popular_queries(state: "StateStore", *, since: float, user: str | None = None, limit: int = 10,
                    settings: "Settings | None" = None, until: float | None = None) -> list[dict[str, Any]]:
    """Most asked questions since ``since``: ``[{query, normalized, count, last_ts}]``, most asked first.

    Privacy: only ``user``'s own questions (default: the configured user) unless
    config ``suggest_share_queries = true``, which shares everyone's. Failed
    and refused questions are left out.
    """
    if settings is None:
        from mw.config import get_settings

        settings = get_settings()
    who = None if share_queries(settings) else (user or settings.user)
    evs = [e for e in load_events(state, since=since, until=until, user=who) if e.get("status", "ok") == "ok"]
    return _popular_queries(evs, limit)


_popular_mem: dict[tuple[int, str | None, bool], tuple[float, list[tuple[str, int]]]] = {}
POPULAR_TTL = 2.0


def popular_for_suggestions(state: "StateStore", user: str | None = None, *, limit: int = 50,
                            settings: "Settings | None" = None) -> list[tuple[str, int]]:
    """``(question, times asked)`` over the retention period, most asked first, for :mod:`mw.ask.suggest`.

    Cached for a couple of seconds per store and user: completion asks on every keystroke. A store that
    cannot be read gives no popular questions: analytics never breaks suggestions.
    """
    import time

    if settings is None:
        from mw.config import get_settings

        settings = get_settings()
    ckey = (id(state), user, share_queries(settings))
    now = time.monotonic()
    hit = _popular_mem.get(ckey)
    if hit is not None and hit[0] > now:
        return hit[1]
    since = time.time() - settings.analytics_retention_days * DAY
    try:
        rows = popular_queries(state, since=since, user=user, limit=limit, settings=settings)
    except Exception:  # noqa: BLE001
        return []
    out = [(str(r.get("query") or r.get("normalized")), int(r.get("count", 1))) for r in rows
           if r.get("query") or r.get("normalized")]
    _popular_mem[ckey] = (now + POPULAR_TTL, out)
    return out


def clear_popular_cache() -> None:
    """Forget cached popular questions (tests)."""
    _popular_mem.clear()


# --- history: one user's past questions (`mw history`) ------------------------------
ANSWER_PREFIX = "history:answer:"
_VOLATILE = ("cached", "took_ms")


def answer_to_keep(result: dict[str, Any]) -> dict[str, Any]:
    """The answer as kept for history: everything but the per-request fields."""
    return {k: v for k, v in result.items() if k not in _VOLATILE}


def answer_key(kept: dict[str, Any]) -> str:
    from mw.jsonio import dumps

    digest = hashlib.sha256(dumps(kept).encode("utf-8")).hexdigest()[:32]
    return ANSWER_PREFIX + digest


def _matches(question: str, words: Sequence[str]) -> bool:
    q = question.casefold()
    return all(w in q for w in words)


def _history_row(n: int, e: dict[str, Any]) -> dict[str, Any]:
    return {"n": n, "id": e.get("id"), "ts": float(e.get("ts", 0.0)), "question": e.get("question") or "",
            "intent": e.get("intent"), "took_ms": e.get("latency_ms"), "cached": bool(e.get("cached")),
            "status": e.get("status", "ok"), "error": e.get("error")}


def history(state: "StateStore", user: str, *, now: float, days: int, search: str | None = None,
            limit: int | None = None) -> list[dict[str, Any]]:
    """``user``'s questions of the last ``days`` days, newest first.

    Each row: ``n`` (1 = the latest; numbered before the search filter, so a number
    always names the same question), ``id``, ``ts``, ``question``, ``intent``,
    ``took_ms``, ``cached``, ``status``, ``error``, ``answer_kept`` (the answer is
    still in the store). ``search``: every word must occur in the question (case-insensitive).
    """
    evs = load_events(state, since=now - days * DAY, until=now, user=user)
    evs.reverse()
    words = [w.casefold() for w in (search or "").split()]
    rows = []
    for n, e in enumerate(evs, 1):
        if words and not _matches(str(e.get("question") or ""), words):
            continue
        rows.append({**_history_row(n, e), "answer": e.get("answer")})
        if limit is not None and len(rows) >= limit:
            break
    keys = [r["answer"] for r in rows if r["answer"]]
    held = {k for k, v in zip(keys, state.get_many(keys) if keys else []) if v is not None}
    for r in rows:
        r["answer_kept"] = r.pop("answer") in held
    return rows


def history_entry(state: "StateStore", user: str, which: str, *, now: float, days: int
                  ) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The history row ``which`` names (its number N, or its id) and its kept answer (None when not held).

    Raises :class:`mw.errors.NotFound` when no such question is in the history.
    """
    from mw.errors import NotFound

    evs = load_events(state, since=now - days * DAY, until=now, user=user)
    evs.reverse()
    w = which.strip().lower()
    found = None
    if w.isdigit() and 1 <= int(w) <= len(evs):
        found = int(w), evs[int(w) - 1]
    else:
        found = next(((n, e) for n, e in enumerate(evs, 1) if e.get("id") == w), None)
    if found is None:
        raise NotFound(
            f"no question {which!r} in the history of {user} (last {days} days: {len(evs)} question(s))",
            hint="See the numbers with: mw history",
        )
    n, e = found
    row = _history_row(n, e)
    answer = state.get(e["answer"]) if e.get("answer") else None
    return row, answer if isinstance(answer, dict) else None


__all__ = ["STREAM", "RESPONSE_BUCKETS", "active_users", "answer_key", "answer_to_keep", "clear_popular_cache",
           "compute_stats", "history", "history_entry", "load_events", "percentile", "popular_for_suggestions", "popular_queries", "stats"]
