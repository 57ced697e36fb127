"""The embedded graph's evidence against a plain-Python reading of the records.

The embedded graph answers from derived tables (``kb.EVIDENCE_SCHEMA``) kept in step with the
records in the same transaction. These tests compute every answer again from the records
themselves (no SQL) after imports, updates, deletions, ``--replace``, and for a knowledge base
written before those tables existed, so a derived table that drifts from its records fails here.
The Cypher backends are held to the embedded graph by tests/test_graph_contract.py.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Sequence

import pytest

from test_graph_contract import evidence_cases

from mw.store.graph.base import EmbeddedGraph
from mw.store.kb import KnowledgeBase


def _newest_first(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    recs = sorted(recs, key=lambda r: r["id"])
    return sorted(recs, key=lambda r: (r.get("date") is not None, r.get("date") or ""), reverse=True)


class Reference:
    """The graph questions answered by filtering ``kb.all(...)`` in Python."""

    def __init__(self, kb: KnowledgeBase) -> None:
        kb._cache.clear()
        self.execs = {e["id"]: e for e in kb.all("executive")}
        self.companies = {c["id"]: c for c in kb.all("company")}
        self.mandates = kb.all("mandate")
        self.gls = _newest_first(list(kb.all("greenlight")))

    def executives(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        out = {}
        for i in ids:
            if i in self.execs:
                r = dict(self.execs[i])
                c = self.companies.get(r["company"], {})
                r["company_name"], r["company_kind"] = c.get("name", r["company"]), c.get("kind")
                out[i] = r
        return out

    def executive_facets(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return {i: {"genres": self.execs[i].get("genres", []), "region": self.execs[i].get("region")}
                for i in ids if i in self.execs}

    def mandates_for(self, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in ids}
        for m in _newest_first(list(self.mandates)):
            if m["executive"] in out:
                out[m["executive"]].append(m)
        return out

    def _ok(self, g: dict[str, Any], genres: Sequence[str], since: str | None, any_genre: bool = True) -> bool:
        if since and not (g.get("date") and g["date"] >= since):
            return False
        have = set(g.get("genres", []))
        return not genres or (any(x in have for x in genres) if any_genre else all(x in have for x in genres))

    def greenlights_for(self, ids: Sequence[str], genres: Sequence[str] = (), since: str | None = None):
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in ids}
        for g in self.gls:
            if self._ok(g, genres, since):
                for e in g.get("executives", []):
                    if e in out:
                        out[e].append(g)
        return out

    def greenlight_counts(self, genres: Sequence[str], since: str | None = None) -> dict[str, int]:
        seen: dict[str, set[str]] = {}
        for g in self.gls:
            if self._ok(g, genres, since):
                for e in g.get("executives", []):
                    seen.setdefault(e, set()).add(g["id"])
        return {e: len(s) for e, s in seen.items()}

    def greenlights(self, *, genres=(), match_all=True, buyers=(), formats=(), regions=(), executives=(),
                    since=None, until=None, limit=None) -> list[dict[str, Any]]:
        out = []
        for g in self.gls:
            if not self._ok(g, genres, since, any_genre=not match_all):
                continue
            if until and not (g.get("date") and g["date"] <= until):
                continue
            if (buyers and g.get("buyer") not in buyers) or (formats and g.get("format") not in formats) \
                    or (regions and g.get("region") not in regions) \
                    or (executives and not set(g.get("executives", [])) & set(executives)):
                continue
            out.append(g)
        return out[:limit] if limit else out

    def executives_matching(self, *, genres=(), formats=(), regions=(), companies=()) -> list[str]:
        ids: set[str] = set()
        if genres:
            ids |= {i for i, e in self.execs.items() if set(e.get("genres", [])) & set(genres)}
            ids |= {x for g in self.gls if set(g.get("genres", [])) & set(genres) for x in g.get("executives", [])}
        if formats:
            ids |= {i for i, e in self.execs.items() if set(e.get("formats", [])) & set(formats)}
        if not genres and not formats:
            ids |= set(self.execs)
        if regions or companies:
            ids &= {i for i, e in self.execs.items() if (not regions or e.get("region") in regions)
                    and (not companies or e.get("company") in companies)}
        return sorted(ids)

    def top_greenlighters(self, genres: Sequence[str], since: str | None = None, limit: int = 10
                          ) -> list[tuple[str, int]]:
        n: dict[str, int] = {}
        for g in self.gls:  # one count per link: an executive listed twice counts twice
            if all(x in g.get("genres", []) for x in genres) and (not since or (g.get("date") or "") >= since):
                for e in g.get("executives", []):
                    n[e] = n.get(e, 0) + 1
        return sorted(n.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def executives_behind(self, *, title: str | None = None, producer: str | None = None) -> list[str]:
        def low(s: str) -> str:  # SQLite's lower(): ASCII only
            return "".join(c.lower() if c.isascii() else c for c in s)

        if not title:
            return []
        return sorted({e for g in self.gls if low(g["title"]) == low(title) for e in g.get("executives", [])})


CHECKED = ("executives", "executive_facets", "mandates_for", "greenlights_for", "greenlight_counts", "greenlights",
           "executives_matching", "top_greenlighters")


def assert_matches_records(kb: KnowledgeBase) -> int:
    ref, graph = Reference(kb), EmbeddedGraph(kb)
    cases = [c for c in evidence_cases(kb) if c[0].split("(")[0] in CHECKED]
    cases += [c for c in evidence_cases(kb) if c[0].startswith("executives_behind(title=")]
    for label, call in cases:
        assert call(graph) == call(ref), f"embedded graph: {label} differs from the records"
    return len(cases)


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    from mw.ingest.sample import load_sample_records

    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    kb.write(load_sample_records())
    yield kb
    kb.close()


def test_evidence_matches_records_through_writes(kb: KnowledgeBase) -> None:
    assert assert_matches_records(kb) > 300
    gls = kb.all("greenlight")
    execs = kb.all("executive")
    changed = []
    for g in gls[::4]:  # new genres, dates and executives (one listed twice)
        g = dict(g, genres=["horror", *g.get("genres", [])[:1]], date="2026-01-0" + str(1 + len(changed) % 9))
        g["executives"] = [*g.get("executives", []), execs[len(changed) % len(execs)]["id"]] * 2
        changed.append(g)
    for e in execs[::3]:
        changed.append(dict(e, formats=["special"], genres=["kids", "crime"]))
    kb.write(changed, delete=[("greenlight", gls[1]["id"]), ("executive", execs[1]["id"])])
    assert_matches_records(kb)
    kb.write([dict(g, id=g["id"] + "-new") for g in gls[:41]], replace=True)
    assert kb.count() == 41
    assert_matches_records(kb)


def test_knowledge_base_from_before_the_evidence_tables_gets_them(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = kb.path
    kb.close()
    db = sqlite3.connect(path)
    for t in ("gl_genre", "gl_genre_exec", "exec_format", "exec_facets"):
        db.execute(f"DROP TABLE {t}")
    for i in ("records_title", "gl_exec_cover"):
        db.execute(f"DROP INDEX {i}")
    db.commit()
    db.close()
    again = KnowledgeBase(path)
    try:
        assert again.db.execute("SELECT count(*) FROM gl_genre").fetchone()[0] > 0
        assert again.has_facets and again.db.execute("SELECT count(*) FROM exec_facets").fetchone()[0] == \
            again.count("executive")
        assert_matches_records(again)
    finally:
        again.close()
