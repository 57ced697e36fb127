"""The graph-of-facts interface: the structured evidence answers use.

``core`` asks these questions and never writes SQL or Cypher itself, so a graph
database (Neo4j, FalkorDB) can stand in for the embedded default by
implementing :class:`Graph`. The embedded implementation reads the SQLite
knowledge base's link tables (greenlight -> executives, record -> genres).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase


class Graph(ABC):
    backend = "abstract"

    @abstractmethod
    def executives(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Executive profiles by id, each with ``company_name`` and ``company_kind`` added."""

    def executive_facets(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """``{"genres": [...], "region": ...}`` per executive that exists: what the cheap pre-score of
        many candidates needs, without reading whole profiles. Backends answer it from their indexes."""
        return {i: {"genres": p.get("genres", []), "region": p.get("region")} for i, p in self.executives(ids).items()}

    @abstractmethod
    def mandates_for(self, exec_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Mandates per executive, newest first."""

    @abstractmethod
    def greenlights_for(self, exec_ids: Sequence[str], genres: Sequence[str] = (), since: str | None = None
                        ) -> dict[str, list[dict[str, Any]]]:
        """Greenlights per executive (any of ``genres`` when given; on/after ``since``), newest first."""

    @abstractmethod
    def greenlight_counts(self, genres: Sequence[str], since: str | None = None) -> dict[str, int]:
        """Per executive: how many greenlights (on/after ``since``) touch any of ``genres``."""

    @abstractmethod
    def greenlights(self, *, genres: Sequence[str] = (), match_all: bool = True, buyers: Sequence[str] = (),
                    formats: Sequence[str] = (), regions: Sequence[str] = (), executives: Sequence[str] = (),
                    since: str | None = None, until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Greenlights matching every given filter, newest first."""

    @abstractmethod
    def executives_matching(self, *, genres: Sequence[str] = (), formats: Sequence[str] = (),
                            regions: Sequence[str] = (), companies: Sequence[str] = ()) -> list[str]:
        """Ids of executives whose profile or greenlights touch any given genre/format, within regions/companies."""

    @abstractmethod
    def executives_behind(self, *, title: str | None = None, producer: str | None = None) -> list[str]:
        """Executives who greenlit a title (exact, case-insensitive) or a producer's projects."""

    @abstractmethod
    def top_greenlighters(self, genres: Sequence[str], since: str | None = None, limit: int = 10
                          ) -> list[tuple[str, int]]:
        """(executive id, greenlights in all ``genres`` since the date), most first."""

    def health(self) -> tuple[bool, str]:
        return True, self.backend


class EmbeddedGraph(Graph):
    backend = "embedded"

    def __init__(self, kb: "KnowledgeBase") -> None:
        self.kb = kb

    def _companies(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in self.kb.all("company")}

    def executives(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        recs = self.kb.get_many("executive", ids)
        comps = self._companies()
        for r in recs.values():
            c = comps.get(r["company"], {})
            r["company_name"] = c.get("name", r["company"])
            r["company_kind"] = c.get("kind")
        return recs

    def executive_facets(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        import json

        from mw.store.kb import FACET_SEP

        self.kb.ensure_data()
        ids = json.dumps(list(dict.fromkeys(ids)))
        out: dict[str, dict[str, Any]] = {}
        db = self.kb.db
        # The ids as one JSON parameter (json_each): with "id IN (?,?,...)" chunks the planner scans
        # the covering index records_trend once per chunk instead of looking each id up.
        if self.kb.has_facets:  # one row per executive (kb.FACETS_SCHEMA)
            for rid, region, genres in db.execute(
                    "SELECT f.id, f.region, f.genres FROM json_each(?) j CROSS JOIN exec_facets f ON f.id=j.value",
                    (ids,)):
                out[rid] = {"genres": genres.split(FACET_SEP) if genres else [], "region": region}
            return out
        for rid, region in db.execute("SELECT r.id, r.region FROM json_each(?) j CROSS JOIN records r "
                                      "ON r.type='executive' AND r.id=j.value", (ids,)):
            out[rid] = {"genres": [], "region": region}
        for rid, genre in db.execute("SELECT id, genre FROM genres WHERE type='executive' AND id IN "
                                     "(SELECT value FROM json_each(?)) ORDER BY rowid", (ids,)):
            if rid in out:
                out[rid]["genres"].append(genre)
        return out

    def mandates_for(self, exec_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in exec_ids}
        if not exec_ids:
            return out
        ph = ",".join("?" * len(exec_ids))
        # "+date": look up by executive (index records_exec) and sort the few rows, rather than
        # walking every mandate in date order.
        for m in self.kb.iter("mandate", where=f"executive_id IN ({ph})", params=list(exec_ids),
                              order="+date DESC, id"):
            out.setdefault(m["executive"], []).append(m)
        return out

    def greenlights_for(self, exec_ids: Sequence[str], genres: Sequence[str] = (), since: str | None = None
                        ) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in exec_ids}
        if not exec_ids:
            return out
        # From each executive's links to their greenlights (CROSS JOIN fixes the join order: without
        # table statistics SQLite would otherwise walk every greenlight by date).
        ph = ",".join("?" * len(exec_ids))
        q = (f"SELECT x.executive_id, r.data FROM gl_exec x CROSS JOIN records r ON r.type='greenlight' "
             f"AND r.id=x.greenlight_id WHERE x.executive_id IN ({ph})")
        params: list[Any] = list(exec_ids)
        if since:
            q += " AND r.date >= ?"
            params.append(since)
        if genres:
            q += (" AND EXISTS (SELECT 1 FROM gl_genre g WHERE g.id=r.id AND +g.genre IN "
                  f"({','.join('?' * len(genres))}))")
            params.extend(genres)
        q += " ORDER BY r.date DESC, r.id"
        import json

        self.kb.ensure_data()
        for eid, data in self.kb.db.execute(q, params):
            out[eid].append(json.loads(data))
        return out

    def greenlight_counts(self, genres: Sequence[str], since: str | None = None) -> dict[str, int]:
        self.kb.ensure_data()
        params: list[Any] = []
        if genres:  # one range scan of a covering index (kb.EVIDENCE_SCHEMA)
            q = (f"SELECT executive_id, count(DISTINCT greenlight_id) FROM gl_genre_exec "
                 f"WHERE genre IN ({','.join('?' * len(genres))})")
            params.extend(genres)
            if since:
                q += " AND date >= ?"
                params.append(since)
        else:
            q = ("SELECT x.executive_id, count(DISTINCT x.greenlight_id) FROM gl_exec x "
                 "CROSS JOIN records r ON r.type='greenlight' AND r.id=x.greenlight_id WHERE 1=1")
            if since:
                q += " AND r.date >= ?"
                params.append(since)
        q += " GROUP BY 1"
        return {e: n for e, n in self.kb.db.execute(q, params)}

    def greenlights(self, *, genres: Sequence[str] = (), match_all: bool = True, buyers: Sequence[str] = (),
                    formats: Sequence[str] = (), regions: Sequence[str] = (), executives: Sequence[str] = (),
                    since: str | None = None, until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        import json

        self.kb.ensure_data()
        db = self.kb.db
        where: list[str] = []
        params: list[Any] = []
        genres = list(dict.fromkeys(genres))
        by_buyer = 0
        if buyers:  # a buyer's greenlights are usually fewer than a genre's: then start from them
            by_buyer = db.execute(f"SELECT count(*) FROM records WHERE type='greenlight' AND company_id IN "
                                  f"({','.join('?' * len(buyers))})", list(buyers)).fetchone()[0]
        sizes: dict[str, int] = {}
        if genres and (match_all or len(genres) == 1):
            sizes = {g: db.execute("SELECT count(*) FROM gl_genre WHERE genre=?", (g,)).fetchone()[0] for g in genres}
        if sizes and not (buyers and by_buyer < min(sizes.values())):
            # Walk the rarest asked genre newest first (index gl_genre_order gives "date DESC, id"),
            # check the rest per row, and stop at the limit.
            lead = min(genres, key=lambda g: (sizes[g], genres.index(g)))
            if sizes[lead] == 0:
                return []
            q = "SELECT r.data FROM gl_genre d CROSS JOIN records r ON r.type='greenlight' AND r.id=d.id WHERE d.genre=?"
            params.append(lead)
            for g in genres:
                if g != lead:
                    where.append("EXISTS (SELECT 1 FROM gl_genre o WHERE o.id=d.id AND +o.genre=?)")
                    params.append(g)
            date, order = "d.date", "d.date DESC, d.id"
        else:
            q = "SELECT r.data FROM records r WHERE r.type='greenlight'"
            if genres and match_all:
                for g in genres:
                    where.append("EXISTS (SELECT 1 FROM gl_genre o WHERE o.id=r.id AND +o.genre=?)")
                    params.append(g)
            elif genres:
                where.append(f"r.id IN (SELECT id FROM gl_genre WHERE genre IN ({','.join('?' * len(genres))}))")
                params.extend(genres)
            # "+r.date": with buyers, look their greenlights up (index records_company) and sort them
            date, order = ("+r.date", "+r.date DESC, r.id") if buyers else ("r.date", "r.date DESC, r.id")
        for vals, column in ((buyers, "company_id"), (formats, "format"), (regions, "region")):
            if vals:
                where.append(f"r.{column} IN ({','.join('?' * len(vals))})")
                params.extend(vals)
        if executives:
            where.append(f"r.id IN (SELECT greenlight_id FROM gl_exec WHERE executive_id IN ({','.join('?' * len(executives))}))")
            params.extend(executives)
        if since:
            where.append(f"{date} >= ?")
            params.append(since)
        if until:
            where.append(f"{date} <= ?")
            params.append(until)
        q += "".join(" AND " + w for w in where) + f" ORDER BY {order}"
        if limit:
            q += " LIMIT ?"
            params.append(int(limit))
        return [json.loads(d) for (d,) in db.execute(q, params)]

    def executives_matching(self, *, genres: Sequence[str] = (), formats: Sequence[str] = (),
                            regions: Sequence[str] = (), companies: Sequence[str] = ()) -> list[str]:
        self.kb.ensure_data()
        db = self.kb.db
        ids: set[str] = set()
        if genres:
            ph = ",".join("?" * len(genres))
            ids.update(r[0] for r in db.execute(f"SELECT id FROM genres WHERE type='executive' AND genre IN ({ph})", list(genres)))
            ids.update(r[0] for r in db.execute(f"SELECT DISTINCT executive_id FROM gl_genre_exec WHERE genre IN ({ph})",
                                                list(genres)))
        if formats:
            ph = ",".join("?" * len(formats))
            ids.update(r[0] for r in db.execute(f"SELECT DISTINCT id FROM exec_format WHERE format IN ({ph})", list(formats)))
        if not genres and not formats:
            ids.update(r[0] for r in db.execute("SELECT id FROM records WHERE type='executive'"))
        if regions or companies:
            keep: set[str] = set()
            q = "SELECT id FROM records WHERE type='executive'"
            params: list[Any] = []
            conds = []
            if regions:
                conds.append(f"region IN ({','.join('?' * len(regions))})")
                params.extend(regions)
            if companies:
                conds.append(f"company_id IN ({','.join('?' * len(companies))})")
                params.extend(companies)
            keep.update(r[0] for r in db.execute(q + " AND " + " AND ".join(conds), params))
            ids &= keep
        return sorted(ids)

    def executives_behind(self, *, title: str | None = None, producer: str | None = None) -> list[str]:
        self.kb.ensure_data()
        db = self.kb.db
        if title:
            rows = db.execute("SELECT DISTINCT x.executive_id FROM records r JOIN gl_exec x ON x.greenlight_id=r.id "
                              "WHERE r.type='greenlight' AND lower(r.name)=lower(?) ORDER BY 1", (title,))
        elif producer:
            rows = db.execute("SELECT DISTINCT x.executive_id FROM records r JOIN gl_exec x ON x.greenlight_id=r.id, "
                              "json_each(r.data, '$.producers') p WHERE r.type='greenlight' AND lower(p.value)=lower(?) ORDER BY 1",
                              (producer,))
        else:
            return []
        return [r[0] for r in rows]

    def top_greenlighters(self, genres: Sequence[str], since: str | None = None, limit: int = 10) -> list[tuple[str, int]]:
        self.kb.ensure_data()
        db = self.kb.db
        genres = list(dict.fromkeys(genres))
        params: list[Any] = []
        if genres:
            # From the evidence table gl_genre (genre, date DESC, id): a range of the rarest asked
            # genre, the others checked per greenlight, then its links (one count per link, as the
            # graph databases count a repeated executive) -- no record is read.
            lead = genres[0] if len(genres) == 1 else min(genres, key=lambda g: (
                db.execute("SELECT count(*) FROM gl_genre WHERE genre=?", (g,)).fetchone()[0], genres.index(g)))
            q = ("SELECT x.executive_id, count(*) FROM gl_genre d CROSS JOIN gl_exec x ON x.greenlight_id=d.id "
                 "WHERE d.genre=?")
            params.append(lead)
            for g in genres:
                if g != lead:
                    q += " AND EXISTS (SELECT 1 FROM gl_genre o WHERE o.id=d.id AND +o.genre=?)"
                    params.append(g)
            if since:
                q += " AND d.date >= ?"
                params.append(since)
        else:
            q = ("SELECT x.executive_id, count(*) FROM gl_exec x JOIN records r ON r.type='greenlight' "
                 "AND r.id=x.greenlight_id WHERE 1=1")
            if since:
                q += " AND r.date >= ?"
                params.append(since)
        q += " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"
        params.append(limit)
        return [(e, n) for e, n in self.kb.db.execute(q, params)]
