"""Who greenlit what: the executives recorded on greenlights, and nothing else.

A greenlight's ``executives[]`` (from an import, or from a refresh whose text names executives the
knowledge base holds) are the only attribution. Where a greenlight has none, answers say so and list the
buyer's executives covering its genres as *candidates*, never as the ones who greenlit it.

An executive's role at the time of a greenlight comes from the history (:mod:`mw.ask.moves`): the earliest
change dated after the greenlight holds the role they had then.

Titles are matched with rapidfuzz (``WRatio`` over folded titles; a best score under ``TITLE_MATCH`` (88)
is "not found" with the closest titles).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from mw.errors import NotFound
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.graph.base import Graph
    from mw.store.kb import KnowledgeBase

TITLE_MATCH = 88.0


def title_candidates(kb: "KnowledgeBase", text: str, limit: int = 5) -> list[tuple[str, str, float]]:
    """(greenlight id, title, score 0..100) best first; exact (folded) titles score 101."""
    from rapidfuzz import fuzz, process

    q = fold(text).strip(" ?!.\"'\u201c\u201d\u2018\u2019")
    if not q:
        return []
    key = ("titles", kb.version)
    cached = _TITLES.get(key)
    if cached is None:
        kb.ensure_data()
        rows = kb.db.execute("SELECT id, name FROM records WHERE type='greenlight' ORDER BY date DESC, id").fetchall()
        cached = ([r[0] for r in rows], [r[1] for r in rows], [fold(r[1]) for r in rows])
        _TITLES.clear()
        _TITLES[key] = cached
    ids, titles, folded = cached
    out: dict[str, tuple[str, str, float]] = {}
    for i, t in enumerate(folded):
        if t == q:
            out[ids[i]] = (ids[i], titles[i], 101.0)
    for _, score, i in process.extract(q, folded, scorer=fuzz.WRatio, limit=limit * 3):
        if fuzz.ratio(q, folded[i]) < 60:
            score = min(score, 80.0)  # a fragment of a long title is not that title
        if ids[i] not in out or out[ids[i]][2] < score:
            out[ids[i]] = (ids[i], titles[i], float(score))
    return sorted(out.values(), key=lambda x: -x[2])[:limit]


_TITLES: dict[tuple[str, str], tuple[list[str], list[str], list[str]]] = {}


def find_greenlights(kb: "KnowledgeBase", text: str, buyer: str | None = None) -> list[dict[str, Any]]:
    """The greenlights titled ``text`` (best match, every buyer with that title unless ``buyer`` is given);
    :class:`NotFound` with the closest titles when none matches well."""
    cands = title_candidates(kb, text, limit=8)
    good = [c for c in cands if c[2] >= TITLE_MATCH]
    if good:
        best = fold(good[0][1])
        recs = kb.get_many("greenlight", [c[0] for c in good if fold(c[1]) == best])
        out = [recs[c[0]] for c in good if c[0] in recs]
        if buyer:
            out = [g for g in out if g["buyer"] == buyer] or out
        return sorted(out, key=lambda g: (g.get("date") or "", g["id"]), reverse=True)
    close = [c[1] for c in cands[:3]]
    raise NotFound(f"no greenlight titled {text!r} in the knowledge base"
                   + (f"; closest: {', '.join(close)}" if close else ""),
                   hint="Check the title, or list greenlights with `mw kb list greenlights`.",
                   query=text, closest=close)


def role_at(kb: "KnowledgeBase", exec_rec: dict[str, Any], date: str | None,
            company_names: dict[str, str]) -> dict[str, Any]:
    """The executive's company and title on ``date`` (from the history), and now."""
    now = {"company": exec_rec["company"], "company_name": company_names.get(exec_rec["company"], exec_rec["company"]),
           "title": exec_rec.get("title")}
    then = dict(now)
    if date:
        for h in kb.history(exec_rec["id"]):  # oldest first: the first change after the date held the role then
            if h["changed"] > date:
                then = {"company": h["old_company"], "company_name": h["old_company_name"], "title": h["old_title"]}
                break
    return {"then": then, "now": now, "changed_since": then != now}


def who_greenlit(kb: "KnowledgeBase", graph: "Graph", greenlight: dict[str, Any]) -> dict[str, Any]:
    """The recorded executives of one greenlight (with their role then and now), or, when none is recorded,
    the buyer's executives covering its genres as candidates."""
    companies = {c["id"]: c.get("name", c["id"]) for c in kb.all("company")}
    recorded = list(greenlight.get("executives", []))
    profiles = graph.executives(recorded) if recorded else {}
    execs = []
    for eid in recorded:
        p = profiles.get(eid) or kb.get("executive", eid)
        if p is None:
            continue
        execs.append({"id": eid, "name": p["name"], "record": p, **role_at(kb, p, greenlight.get("date"), companies)})
    candidates: list[dict[str, Any]] = []
    if not execs:
        ids = graph.executives_matching(genres=greenlight.get("genres", []), companies=[greenlight["buyer"]])
        cprof = graph.executives(ids)
        for eid in sorted(cprof, key=lambda e: cprof[e]["name"]):
            p = cprof[eid]
            covered = [g for g in greenlight.get("genres", []) if g in p.get("genres", [])]
            candidates.append({"id": eid, "name": p["name"], "title": p.get("title"), "covers": covered, "record": p})
    return {"greenlight": greenlight, "buyer_name": companies.get(greenlight["buyer"], greenlight["buyer"]),
            "executives": execs, "candidates": candidates}


def greenlit_by(graph: "Graph", executive_ids: Sequence[str], *, genres: Sequence[str] = (),
                since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Greenlights recorded with any of these executives (optionally of all ``genres``, within dates), newest first."""
    return graph.greenlights(executives=list(executive_ids), genres=list(genres), since=since, until=until)
