"""Buyers side by side: greenlights in a window, their genre/format/region mix, recency, and whom to pitch.

Counts come from the knowledge base (:func:`mw.ask.trends.fetch`, on the same sources trends use) and every count
carries the ids of the greenlights counted. The executives to pitch at each buyer come from the graph
(embedded or a graph database): the buyer's executives whose profile or recorded greenlights touch the
asked genre (all of the buyer's executives without a genre), ranked by their recorded greenlights of that
genre in the window, then by their newest mandate; each comes with that newest mandate, cited.

The window defaults to the last ``DEFAULT_DAYS`` (730) days.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Sequence

from mw.ask.trends import Filters, fetch
from mw.errors import UsageError

if TYPE_CHECKING:
    from mw.store.graph.base import Graph
    from mw.store.kb import KnowledgeBase

DEFAULT_DAYS = 730
EXECS_PER_BUYER = 3


def _mix(rows: dict[str, list[str]]) -> list[dict[str, Any]]:
    return [{"name": k, "count": len(v), "ids": v} for k, v in sorted(rows.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def compare(kb: "KnowledgeBase", graph: "Graph", buyers: Sequence[str], *, today: dt.date,
            genres: Sequence[str] = (), formats: Sequence[str] = (), regions: Sequence[str] = (),
            since: str | None = None, moves_since_days: int = 180) -> dict[str, Any]:
    """The comparison (the JSON ``mw compare --json`` prints); ``buyers`` are company ids (two or more)."""
    buyers = list(dict.fromkeys(buyers))
    if len(buyers) < 2:
        raise UsageError("compare needs at least two different buyers",
                         hint='e.g. mw compare "Brightwater Streaming" Tidemark --genre crime')
    if since:
        try:
            dt.date.fromisoformat(since[:10])
        except ValueError:
            raise UsageError(f"--since {since!r} is not an ISO date", hint="Use YYYY-MM-DD, e.g. 2025-01-01.") from None
    start = since[:10] if since else (today - dt.timedelta(days=DEFAULT_DAYS - 1)).isoformat()
    companies = {c["id"]: c for c in kb.all("company")}
    rows = fetch(kb, Filters(buyers=buyers, genres=list(genres), formats=list(formats), regions=list(regions)),
                 start, today.isoformat())
    per: dict[str, dict[str, Any]] = {b: {"ids": [], "genres": {}, "formats": {}, "regions": {}, "newest": None,
                                          "titles": {}} for b in buyers}
    last90 = (today - dt.timedelta(days=89)).isoformat()
    for rid, date, fmt, reg, buyer, gs, title in rows:
        d = per[buyer]
        d["ids"].append(rid)
        d["titles"][rid] = (title, date)
        for g in gs:
            d["genres"].setdefault(g, []).append(rid)
        if fmt:
            d["formats"].setdefault(fmt, []).append(rid)
        if reg:
            d["regions"].setdefault(reg, []).append(rid)
        d["newest"] = rid  # rows are in date order
    from mw.ask.moves import is_recent

    out_buyers = []
    for b in buyers:
        d = per[b]
        ids = list(reversed(d["ids"]))  # newest first
        newest = None
        if d["newest"]:
            title, date = d["titles"][d["newest"]]
            newest = {"id": d["newest"], "title": title, "date": date,
                      "days_ago": (today - dt.date.fromisoformat(date)).days}
        recent = [i for i in ids if d["titles"][i][1] >= last90]
        execs = _executives(kb, graph, b, list(genres), start, today, moves_since_days, is_recent)
        out_buyers.append({
            "id": b, "name": companies.get(b, {}).get("name", b), "kind": companies.get(b, {}).get("kind"),
            "greenlights": {"count": len(ids), "ids": ids},
            "last_90_days": {"count": len(recent), "ids": recent},
            "newest": newest,
            "genres": _mix(d["genres"]), "formats": _mix(d["formats"]), "regions": _mix(d["regions"]),
            "executives": execs,
        })
    return {"buyers": out_buyers, "filters": {"genres": list(genres), "formats": list(formats), "regions": list(regions)},
            "window": {"since": start, "until": today.isoformat()}, "sample": kb.is_sample}


def _executives(kb: "KnowledgeBase", graph: "Graph", buyer: str, genres: list[str], since: str, today: dt.date,
                moves_days: int, is_recent: Any) -> list[dict[str, Any]]:
    """The buyer's executives whose profile or recorded greenlights touch ``genres`` (all without), ranked.

    The buyer's executives come from the knowledge base (an index lookup); profiles, recorded greenlights and
    mandates from the graph, asked about those executives only."""
    kb.ensure_data()
    # Sorted here: "ORDER BY id" makes SQLite walk every executive in id order instead of the buyer's range.
    ids = sorted(r[0] for r in kb.db.execute("SELECT id FROM records WHERE type='executive' AND company_id=?", (buyer,)))
    if not ids:
        return []
    profiles = graph.executives(ids)
    recorded = graph.greenlights_for(ids, genres=genres)  # any date: "has greenlit this genre"
    if genres:
        ids = [e for e in ids if e in profiles and (set(genres) & set(profiles[e].get("genres", [])) or recorded.get(e))]
    counts = {e: [g for g in recorded.get(e, []) if (g.get("date") or "") >= since] for e in ids}
    mandates = graph.mandates_for(ids)
    moves = kb.latest_moves(ids)
    # Stable sorts, last key first: most recorded greenlights in the window, then newest mandate, then name.
    ranked = sorted(ids, key=lambda e: profiles.get(e, {}).get("name", e))
    ranked.sort(key=lambda e: (mandates.get(e) or [{}])[0].get("date") or "", reverse=True)
    ranked.sort(key=lambda e: len(counts.get(e, [])), reverse=True)
    out = []
    for eid in ranked[:EXECS_PER_BUYER]:
        p = profiles.get(eid)
        if p is None:
            continue
        ms = mandates.get(eid) or []
        gl = counts.get(eid, [])
        mv = moves.get(eid)
        out.append({"id": eid, "name": p["name"], "title": p.get("title"), "region": p.get("region"),
                    "greenlights": {"count": len(gl), "ids": [g["id"] for g in gl]},
                    "newest_mandate": ({"id": ms[0]["id"], "date": ms[0].get("date"), "text": ms[0]["text"],
                                        "source": ms[0].get("source")} if ms else None),
                    "moved": ({"from": mv["old_company_name"], "on": mv["changed"], "recent": is_recent(mv, today, moves_days)}
                              if mv and mv["new_company"] == buyer else None)})
    return out
