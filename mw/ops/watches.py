"""Watches: saved questions checked after each refresh for new greenlights, mandates and executive moves.

A watch is a query such as ``"crime thrillers at Brightwater"`` or ``"Priya Vellanki"``, parsed once when added
(:func:`mw.ask.intent.parse`: buyers, executives, genres, formats, regions; leftover keywords only when it
names none of those) and kept in the state store (collection ``watches``: diskcache or Redis, shared by hosts).

What is new comes from the knowledge base's change log (records first written) and its executive history
(moves): each watch keeps, per knowledge base (``kb.uid``), the positions it has seen. A watch added on one host
and checked first on another starts from that host's current position (nothing old is replayed).

Matching (:func:`matches`): a greenlight matches when it has every genre, one of the formats and one of the
regions asked (when asked), and, when the watch names buyers or executives, is bought by one of those buyers or
records one of those executives. A mandate matches by its executive (or the executive's company) and by the
genres/formats named in its text or on the executive's profile. A move matches by executive, by old or new
company, or by the executive's genres.

Webhooks: ``--webhook URL`` POSTs ``{"watch": ..., "items": [...]}`` as JSON once per check with new items;
retries with backoff through ``stamina`` (connection errors, timeouts, 5xx, 429) within a per-request timeout.
Items a webhook did not take stay pending on the watch and are sent again on the next check (at most
``MAX_PENDING``). Printing never waits for webhooks' retries to decide what is new.

``check`` holds the state store's ``watch-check`` lock, so two checks at once never report an item twice.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from mw import clock, __version__
from mw.ask.watchlist import COLLECTION, collect, parse_query
from mw.errors import ExternalServiceError, Locked, NotFound, UsageError
from mw.vocab import fold, slug

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase
    from mw.store.state.base import StateStore

LOCK = "watch-check"
MAX_PENDING = 1000
WEBHOOK_TIMEOUT = 10.0
WEBHOOK_ATTEMPTS = 4


# --------------------------------------------------------------------------- adding, listing, removing
def _check_url(url: str) -> str:
    if not re.match(r"^https?://[^\s/]+", url):
        raise UsageError(f"webhook {url!r} is not an http(s) URL", hint="e.g. --webhook https://hooks.example.com/mw")
    return url


def add(state: "StateStore", kb: "KnowledgeBase", query: str, *, name: str | None = None,
        webhook: str | None = None) -> dict[str, Any]:
    if not query.strip():
        raise UsageError("empty watch query", hint='e.g. mw watch add "crime at Brightwater"')
    name = (name or query).strip()
    wid = slug(name)[:80] or "watch"
    if state.get_record(COLLECTION, wid) is not None:
        raise UsageError(f"a watch named {name!r} exists already", hint="Pick another --name, or remove it with mw watch rm.")
    rec = {"id": wid, "name": name, "query": query, "filters": parse_query(kb, query),
           "webhook": _check_url(webhook) if webhook else None, "created_at": clock.iso(clock.now()),
           "cursors": {kb.uid: kb.cursor()}, "pending": [], "last_check": None}
    state.put_record(COLLECTION, wid, rec)
    return rec


def list_watches(state: "StateStore") -> list[dict[str, Any]]:
    return sorted(state.list_records(COLLECTION).values(), key=lambda w: w.get("created_at") or "")


def find(state: "StateStore", ref: str) -> dict[str, Any]:
    """A watch by id or name; :class:`NotFound` with the closest names."""
    watches = state.list_records(COLLECTION)
    if ref in watches:
        return watches[ref]
    for w in watches.values():
        if fold(w["name"]) == fold(ref) or w["id"] == slug(ref):
            return w
    from rapidfuzz import process

    names = [w["name"] for w in watches.values()]
    close = [c for c, _, _ in process.extract(ref, names, limit=3)] if names else []
    raise NotFound(f"no watch named {ref!r}" + (f"; closest: {', '.join(close)}" if close else ""),
                   hint="List watches with `mw watch list`.", query=ref, closest=close)


def remove(state: "StateStore", ref: str) -> dict[str, Any]:
    w = find(state, ref)
    state.delete_record(COLLECTION, w["id"])
    return w


# --------------------------------------------------------------------------- checking
@dataclass
class CheckReport:
    items: list[dict[str, Any]] = field(default_factory=list)
    delivered: dict[str, int] = field(default_factory=dict)  # watch id -> items a webhook took
    failed: dict[str, str] = field(default_factory=dict)  # watch id -> why its webhook failed
    new_records: int = 0


def check(state: "StateStore", kb: "KnowledgeBase", *, names: list[str] | None = None,
          post: Callable[[str, dict[str, Any]], None] | None = None) -> CheckReport:
    """New matching items for every watch (or those named) since its last check; advance their positions.

    Webhooks are called with ``post(url, payload)`` (default :func:`post_json`)."""
    token = state.acquire_lock(LOCK, ttl=600)
    if token is None:
        raise Locked("another `mw watch check` is running", hint="Try again when it has finished.")
    try:
        return _check(state, kb, names, post or post_json)
    finally:
        state.release_lock(LOCK, token)


def _check(state: "StateStore", kb: "KnowledgeBase", names: list[str] | None,
           post: Callable[[str, dict[str, Any]], None]) -> CheckReport:
    report = CheckReport()
    watches = [find(state, n) for n in names] if names else list_watches(state)
    if not watches:
        return report
    uid = kb.uid
    found, report.new_records, now_cursor = collect(kb, watches)
    for w, items in zip(watches, found):
        report.items.extend(items)
        pending = list(w.get("pending") or [])
        if w.get("webhook") and (items or pending):
            outgoing = pending + items
            try:
                post(w["webhook"], {"watch": {"id": w["id"], "name": w["name"], "query": w["query"]},
                                    "items": outgoing, "sent_at": clock.iso(clock.now())})
                report.delivered[w["id"]] = len(outgoing)
                pending = []
            except ExternalServiceError as e:
                report.failed[w["id"]] = e.message
                pending = outgoing[-MAX_PENDING:]
        w = dict(w, cursors={**(w.get("cursors") or {}), uid: now_cursor}, pending=pending,
                 last_check=clock.iso(clock.now()))
        state.put_record(COLLECTION, w["id"], w)
    return report


class _Retryable(Exception):
    pass


def post_json(url: str, payload: dict[str, Any], *, timeout: float | None = None,
              attempts: int | None = None) -> None:
    """POST ``payload`` as JSON; retried (stamina, exponential backoff with jitter) on connection errors,
    timeouts, 5xx and 429; other answers fail at once. Raises :class:`ExternalServiceError`."""
    import stamina

    timeout = timeout or WEBHOOK_TIMEOUT
    attempts = attempts or WEBHOOK_ATTEMPTS
    body = json.dumps(payload, ensure_ascii=False, default=str).encode()

    @stamina.retry(on=_Retryable, attempts=attempts, timeout=timeout * attempts + 30, wait_initial=0.2, wait_max=5.0)
    def send() -> None:
        req = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json", "User-Agent": f"mandate-wizard/{__version__} (watch webhook)"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (http(s) checked on add)
                resp.read()
        except urllib.error.HTTPError as e:
            if e.code >= 500 or e.code == 429:
                raise _Retryable(f"HTTP {e.code}") from e
            raise ExternalServiceError(f"webhook {url} answered HTTP {e.code}",
                                       hint="Check the webhook URL and what it accepts.") from e
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
            raise _Retryable(str(getattr(e, "reason", e))) from e

    try:
        send()
    except _Retryable as e:
        raise ExternalServiceError(f"webhook {url} failed after {attempts} attempts: {e}",
                                   hint="The items stay pending and are sent again on the next check.") from e


def since_label(w: dict[str, Any]) -> str:
    return w.get("last_check") or w.get("created_at") or "-"
