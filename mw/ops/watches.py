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
from mw.errors import ExternalServiceError, Locked, NotFound, UsageError
from mw.vocab import fold, slug

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase
    from mw.store.state.base import StateStore

COLLECTION = "watches"
LOCK = "watch-check"
MAX_PENDING = 1000
WEBHOOK_TIMEOUT = 10.0
WEBHOOK_ATTEMPTS = 4


# --------------------------------------------------------------------------- adding, listing, removing
def parse_query(kb: "KnowledgeBase", query: str) -> dict[str, Any]:
    """What a watch query names: ids of buyers and executives, genres, formats, regions (keywords otherwise)."""
    from mw.ask.intent import parse

    pq = parse(query, kb, today=clock.today())
    f = {"companies": [m.id for m in pq.companies], "company_names": [m.name for m in pq.companies],
         "executives": [m.id for m in pq.executives], "executive_names": [m.name for m in pq.executives],
         "genres": pq.genres, "formats": pq.formats, "regions": pq.regions, "keywords": []}
    if not any(f[k] for k in ("companies", "executives", "genres", "formats", "regions")):
        f["keywords"] = [k for k in pq.keywords if len(k) >= 3]
    if not any(f[k] for k in ("companies", "executives", "genres", "formats", "regions", "keywords")):
        raise UsageError(f"watch query {query!r} names no buyer, executive, genre, format or region",
                         hint='e.g. mw watch add "crime thrillers at Brightwater" or mw watch add "Priya Vellanki"')
    return f


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


# --------------------------------------------------------------------------- matching
def _mentions(text: str, kind: str, wanted: list[str]) -> bool:
    from mw import vocab

    found = {c for c, _, _ in vocab.find_terms(fold(text), kind)}
    return any(w in found for w in wanted)


def _words(text: str, keywords: list[str]) -> bool:
    words = set(re.findall(r"[a-z0-9][a-z0-9\-']*", fold(text)))
    return any(k in words for k in keywords)


def matches(f: dict[str, Any], kind: str, rec: dict[str, Any], execs: dict[str, dict[str, Any]]) -> bool:
    """Whether a new record (``greenlight``, ``mandate`` or ``move`` row) matches the watch filters ``f``."""
    comps, people = set(f["companies"]), set(f["executives"])
    if kind == "greenlight":
        if f["genres"] and not all(g in rec.get("genres", []) for g in f["genres"]):
            return False
        if f["formats"] and rec.get("format") not in f["formats"]:
            return False
        if f["regions"] and rec.get("region") not in f["regions"]:
            return False
        if (comps or people) and rec["buyer"] not in comps and not people & set(rec.get("executives", [])):
            return False
        if f["keywords"] and not _words(f"{rec['title']} {rec.get('logline') or ''}", f["keywords"]):
            return False
        return True
    if kind == "mandate":
        e = execs.get(rec["executive"], {})
        if (comps or people) and rec["executive"] not in people and e.get("company") not in comps:
            return False
        if f["genres"] and not (_mentions(rec["text"], "genre", f["genres"])
                                or any(g in e.get("genres", []) for g in f["genres"])):
            return False
        if f["formats"] and not (_mentions(rec["text"], "format", f["formats"])
                                 or any(x in e.get("formats", []) for x in f["formats"])):
            return False
        if f["regions"] and e.get("region") not in f["regions"] and not _mentions(rec["text"], "region", f["regions"]):
            return False
        if f["keywords"] and not _words(rec["text"], f["keywords"]):
            return False
        return True
    # a move (exec_history row)
    e = execs.get(rec["executive_id"], {})
    if (comps or people) and rec["executive_id"] not in people and not comps & {rec["old_company"], rec["new_company"]}:
        return False
    if f["genres"] and not any(g in e.get("genres", []) for g in f["genres"]):
        return False
    if f["formats"] and not any(x in e.get("formats", []) for x in f["formats"]):
        return False
    if f["regions"] and e.get("region") not in f["regions"]:
        return False
    if f["keywords"] and not _words(f"{rec['name']} {rec.get('new_title') or ''}", f["keywords"]):
        return False
    return True


def _item(w: dict[str, Any], kind: str, rec: dict[str, Any], names: dict[str, str],
          execs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    from mw.ask.moves import describe_change

    if kind == "greenlight":
        summary = (f"{rec['title']}: {names.get(rec['buyer'], rec['buyer'])}, "
                   f"{'/'.join(rec.get('genres', []))} {rec.get('format') or ''}".strip())
        rid, date, source = rec["id"], rec.get("date"), rec.get("source")
    elif kind == "mandate":
        who = execs.get(rec["executive"], {}).get("name", rec["executive"])
        text = " ".join(rec["text"].split())
        summary = f"{who}: \u201c{text if len(text) <= 160 else text[:159].rsplit(' ', 1)[0] + chr(0x2026)}\u201d"
        rid, date, source = rec["id"], rec.get("date"), rec.get("source")
    else:
        summary = f"{rec['name']} {describe_change(rec)}"
        rid, date, source = f"{rec['executive_id']}#history-{rec['seq']}", rec["changed"], rec.get("new_source")
    record = {k: v for k, v in rec.items() if not k.startswith("_")}
    return {"watch": w["name"], "watch_id": w["id"], "kind": "move" if kind == "move" else kind, "id": rid,
            "date": date, "summary": summary, "source": source or f"kb:{kind}/{rid}", "record": record}


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
    uid, now_cursor = kb.uid, kb.cursor()
    starts = [(w.get("cursors") or {}).get(uid) for w in watches]
    known = [s for s in starts if s is not None]
    lo_c = min((s["changes"] for s in known), default=now_cursor["changes"])
    lo_h = min((s["history"] for s in known), default=now_cursor["history"])
    gls = kb.new_records("greenlight", lo_c)
    mandates = kb.new_records("mandate", lo_c)
    moves = kb.moves(kinds=("move", "title"), after_seq=lo_h)
    moves.sort(key=lambda h: h["seq"])
    report.new_records = len(gls) + len(mandates) + len(moves)
    exec_ids = {m["executive"] for m in mandates} | {h["executive_id"] for h in moves}
    execs = kb.get_many("executive", list(exec_ids)) if exec_ids else {}
    names_ = {c["id"]: c.get("name", c["id"]) for c in kb.all("company")}
    for w, start in zip(watches, starts):
        items: list[dict[str, Any]] = []
        if start is not None:
            f = w["filters"]
            items += [_item(w, "greenlight", g, names_, execs) for g in gls
                      if g["_seq"] > start["changes"] and matches(f, "greenlight", g, execs)]
            items += [_item(w, "mandate", m, names_, execs) for m in mandates
                      if m["_seq"] > start["changes"] and matches(f, "mandate", m, execs)]
            items += [_item(w, "move", h, names_, execs) for h in moves
                      if h["seq"] > start["history"] and matches(f, "move", h, execs)]
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
