"""Watches seen from the knowledge base: what a watch query names, and which new records match it.

:mod:`mw.ops.watches` adds, lists, removes and checks watches (state, lock, webhooks); this module holds the
parts answering needs too (``mw ask "What's new on my watches?"`` shows what a check would report, without
moving any position). See :mod:`mw.ops.watches` for the matching rules.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mw import clock
from mw.errors import NotFound, UsageError
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase

COLLECTION = "watches"


def parse_query(kb: "KnowledgeBase", query: str) -> dict[str, Any]:
    """What a watch query names: ids of buyers and executives, genres, formats, regions (keywords otherwise)."""
    from mw.ask.intent import parse

    pq = parse(query, kb, today=clock.today())
    if pq.unknown_name and not pq.companies and not pq.executives:
        # a watch on a name the knowledge base does not hold would match everyone else's records
        from mw.ask.lookup import closest

        close = closest(kb, pq.unknown_name, ("executive", "company"))
        raise NotFound(f"no executive or buyer named {pq.unknown_name!r} in the knowledge base"
                       + (f"; closest: {', '.join(close)}" if close else ""),
                       hint="Check the spelling (`mw kb list companies`, `mw kb list executives`), or watch a "
                            "genre, format or region alone.", query=pq.unknown_name, closest=close)
    f = {"companies": [m.id for m in pq.companies], "company_names": [m.name for m in pq.companies],
         "executives": [m.id for m in pq.executives], "executive_names": [m.name for m in pq.executives],
         "genres": pq.genres, "formats": pq.formats, "regions": pq.regions, "keywords": []}
    if not any(f[k] for k in ("companies", "executives", "genres", "formats", "regions")):
        f["keywords"] = [k for k in pq.keywords if len(k) >= 3]
    if not any(f[k] for k in ("companies", "executives", "genres", "formats", "regions", "keywords")):
        raise UsageError(f"watch query {query!r} names no buyer, executive, genre, format or region",
                         hint='e.g. mw watch add "crime thrillers at Brightwater" or mw watch add "Priya Vellanki"')
    return f


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


def collect(kb: "KnowledgeBase", watches: list[dict[str, Any]]
            ) -> tuple[list[list[dict[str, Any]]], int, dict[str, int]]:
    """For each watch, the items new since its position for this knowledge base (none when it has no position
    here yet) up to the current position; how many new records there were in all; that current position.
    Reads only."""
    uid, now_cursor = kb.uid, kb.cursor()
    starts = [(w.get("cursors") or {}).get(uid) for w in watches]
    known = [s for s in starts if s is not None]
    lo_c = min((s["changes"] for s in known), default=now_cursor["changes"])
    lo_h = min((s["history"] for s in known), default=now_cursor["history"])
    # Only up to the position read above: a write landing meanwhile is reported by the next check.
    gls = [g for g in kb.new_records("greenlight", lo_c) if g["_seq"] <= now_cursor["changes"]]
    mandates = [m for m in kb.new_records("mandate", lo_c) if m["_seq"] <= now_cursor["changes"]]
    moves = [h for h in kb.moves(kinds=("move", "title"), after_seq=lo_h) if h["seq"] <= now_cursor["history"]]
    moves.sort(key=lambda h: h["seq"])
    exec_ids = {m["executive"] for m in mandates} | {h["executive_id"] for h in moves}
    execs = kb.get_many("executive", list(exec_ids)) if exec_ids else {}
    names = {c["id"]: c.get("name", c["id"]) for c in kb.all("company")}
    out: list[list[dict[str, Any]]] = []
    for w, start in zip(watches, starts):
        items: list[dict[str, Any]] = []
        if start is not None:
            f = w["filters"]
            items += [_item(w, "greenlight", g, names, execs) for g in gls
                      if g["_seq"] > start["changes"] and matches(f, "greenlight", g, execs)]
            items += [_item(w, "mandate", m, names, execs) for m in mandates
                      if m["_seq"] > start["changes"] and matches(f, "mandate", m, execs)]
            items += [_item(w, "move", h, names, execs) for h in moves
                      if h["seq"] > start["history"] and matches(f, "move", h, execs)]
        out.append(items)
    return out, len(gls) + len(mandates) + len(moves), now_cursor
