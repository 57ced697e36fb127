"""Browsing the knowledge base behind `mw kb list` and `mw kb show`: listing with filters, describing one record."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mw.vocab import norm_genre, norm_region

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase

SINGULAR = {"executives": "executive", "companies": "company", "mandates": "mandate", "greenlights": "greenlight"}


def list_records(kb: "KnowledgeBase", kind: str, *, company: str | None = None, genre: str | None = None,
                 region: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    from mw.ask.lookup import resolve_one

    t = SINGULAR[kind]
    where, params = [], []
    if company:
        cid = resolve_one(kb, company, ("company",)).id
        if t == "mandate":
            where.append("executive_id IN (SELECT id FROM records WHERE type='executive' AND company_id=?)")
        elif t == "company":
            where.append("id=?")
        else:
            where.append("company_id=?")
        params.append(cid)
    if genre:
        g = norm_genre(genre)
        if t == "mandate":
            where.append("executive_id IN (SELECT id FROM genres WHERE type='executive' AND genre=?)")
        else:
            where.append(f"id IN (SELECT id FROM genres WHERE type='{t}' AND genre=?)")
        params.append(g)
    if region:
        if t == "mandate":
            where.append("executive_id IN (SELECT id FROM records WHERE type='executive' AND lower(region)=lower(?))")
        else:
            where.append("lower(region)=lower(?)")
        params.append(norm_region(region))
    order = "date DESC, id" if t in ("mandate", "greenlight") else "name COLLATE NOCASE"
    rows = list(kb.iter(t, where=" AND ".join(where), params=params, order=order))
    if limit:
        rows = rows[:limit]
    companies = {c["id"]: c["name"] for c in kb.all("company")}
    if t == "executive":
        for x in rows:
            x["company_name"] = companies.get(x["company"], x["company"])
    elif t == "greenlight":
        for x in rows:
            x["buyer_name"] = companies.get(x["buyer"], x["buyer"])
    elif t == "mandate":
        names = {e: n for e, n, _ in kb.names("executive")}
        for x in rows:
            x["executive_name"] = names.get(x["executive"], x["executive"])
    return rows


def describe(kb: "KnowledgeBase", name: str) -> dict[str, Any]:
    from mw.ask.lookup import resolve_one

    m = resolve_one(kb, name)
    rec = kb.get(m.type, m.id)
    assert rec is not None
    if m.type == "executive":
        mandates = list(kb.iter("mandate", where="executive_id=?", params=[m.id], order="date DESC"))
        gls = list(kb.iter("greenlight", where="id IN (SELECT greenlight_id FROM gl_exec WHERE executive_id=?)",
                           params=[m.id], order="date DESC"))
        return {"type": "executive", "record": rec, "company": kb.get("company", rec["company"]),
                "mandates": mandates, "greenlights": gls, "sample": bool(rec.get("sample"))}
    execs = list(kb.iter("executive", where="company_id=?", params=[m.id], order="name"))
    gls = list(kb.iter("greenlight", where="company_id=?", params=[m.id], order="date DESC"))
    return {"type": "company", "record": rec, "executives": execs, "greenlights": gls, "sample": bool(rec.get("sample"))}
