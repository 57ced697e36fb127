"""Knowledge-base operations behind `mw kb`: listing with filters, describing, change hooks."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mw.core.vocab import norm_genre, norm_region

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase, WriteReport

SINGULAR = {"executives": "executive", "companies": "company", "mandates": "mandate", "greenlights": "greenlight"}


def list_records(kb: "KnowledgeBase", kind: str, *, company: str | None = None, genre: str | None = None,
                 region: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    from mw.core.lookup import resolve_one

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
    from mw.core.lookup import resolve_one

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


def after_kb_change(report: "WriteReport", kb: "KnowledgeBase | None" = None) -> None:
    """Hooks that run after a knowledge-base write (vector index, shared version).

    Vector index: when semantic search is enabled (the ``semantic`` extra is installed
    and ``MW_SEMANTIC`` is not ``off``), embed and upsert only the new or changed
    documents and delete removed ones (:func:`mw.core.vectors_sync.sync` diffs the
    knowledge base's current records against the index, so ``--replace`` and the
    sample being replaced are covered). Without the extra nothing heavy is imported.
    ``kb`` is the knowledge base that was written (default: the process's ``open_kb()``).
    """
    if not report.changed:
        return
    from mw.config import get_settings
    from mw.core.embed import semantic_enabled

    settings = get_settings()
    if settings.graph_url:
        # A graph database mirrors the knowledge base: bring it in line (incremental by content hash).
        from mw.store.graph_factory import open_configured_graph
        from mw.store.kb import open_kb

        open_configured_graph(kb if kb is not None else open_kb(), settings, sync=True)
    if semantic_enabled(settings):
        from mw.core.vectors_sync import sync
        from mw.errors import MWError, StoreError
        from mw.store.kb import open_kb

        try:
            sync(kb if kb is not None else open_kb(), changed=report.changed_ids)
        except MWError as e:
            raise StoreError(f"the knowledge base was updated, but the vector index was not: {e.message}",
                             hint=e.hint or "Run `mw kb reindex` to rebuild the vector index.") from e
