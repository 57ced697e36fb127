"""The embedded knowledge base: SQLite (WAL) under ``MW_HOME/kb.sqlite`` with FTS5.

Four record types (company, executive, mandate, greenlight) are stored as JSON in
``records`` with the columns retrieval filters on, plus link tables (a greenlight's
genres and executives, an executive's genres) that the embedded graph queries use,
and an FTS5 table ``docs`` (porter stemming) over executive profiles, mandates and
greenlights for BM25.

Two more tables: ``exec_history`` keeps an executive's earlier company and title whenever a write changes
them (dates and sources of both records), and ``changes`` logs each record the first time it is written (what
watches call "new"); both are written in the same transaction as the change.

Writes happen in one transaction per import/refresh (all-or-nothing). Every change
moves ``version``: a digest of all record hashes, so identical knowledge bases on
different hosts share an answer cache and any change invalidates it.

A knowledge base opened with a ``sample_loader`` (as commands open it, through
:func:`mw.ingest.sample.open_kb`) is filled with the shipped fictional sample the
first time it is read while it has never held data; the first import replaces it.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from mw import clock
from mw.errors import StoreError

TYPES = ("company", "executive", "mandate", "greenlight")
PLURAL = {"company": "companies", "executive": "executives", "mandate": "mandates", "greenlight": "greenlights"}
SAMPLE_NOTE = "Fictional sample data shipped with Mandate Wizard: no real people or companies."

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS records (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,          -- name (company, executive), title (greenlight), executive id (mandate)
    company_id TEXT,             -- executive's company, greenlight's buyer, mandate's executive's company
    executive_id TEXT,           -- mandate's executive
    date TEXT,                   -- ISO date: greenlight date, mandate date, executive updated_at
    region TEXT,
    format TEXT,
    sample INTEGER NOT NULL DEFAULT 0,
    hash TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (type, id)
);
CREATE INDEX IF NOT EXISTS records_company ON records(type, company_id);
CREATE INDEX IF NOT EXISTS records_exec ON records(type, executive_id);
CREATE INDEX IF NOT EXISTS records_date ON records(type, date);
CREATE TABLE IF NOT EXISTS genres (type TEXT NOT NULL, id TEXT NOT NULL, genre TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS genres_by_genre ON genres(genre, type);
CREATE INDEX IF NOT EXISTS genres_by_id ON genres(type, id);
CREATE TABLE IF NOT EXISTS gl_exec (greenlight_id TEXT NOT NULL, executive_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS gl_exec_exec ON gl_exec(executive_id);
CREATE INDEX IF NOT EXISTS gl_exec_gl ON gl_exec(greenlight_id);
CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(type UNINDEXED, id UNINDEXED, text, tokenize = 'porter unicode61');
"""

# Evidence tables: derived from greenlight records, written and deleted with them in the same
# transaction (see _insert_evidence), read by the embedded graph (mw/store/graph/base.py).
# Measured at 100k records (benchmarks/bench_graph.py --large): joining records, genres and
# gl_exec per row made the graph stage of an uncached ask 380-840 ms; these covering indexes
# answer each evidence query with one index range scan. Per-window count tables were
# considered and not used: the windows are relative to today or to the question (exact counts
# would need the raw dates anyway), and month buckets do not compress at a few greenlights per
# executive.
EVIDENCE_SCHEMA = """
CREATE TABLE IF NOT EXISTS gl_genre (genre TEXT NOT NULL, date TEXT, id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS gl_genre_order ON gl_genre(genre, date DESC, id);
CREATE INDEX IF NOT EXISTS gl_genre_id ON gl_genre(id);
CREATE TABLE IF NOT EXISTS gl_genre_exec (genre TEXT NOT NULL, date TEXT, executive_id TEXT NOT NULL,
                                          greenlight_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS gl_genre_exec_cover ON gl_genre_exec(genre, date, executive_id, greenlight_id);
CREATE INDEX IF NOT EXISTS gl_genre_exec_gl ON gl_genre_exec(greenlight_id);
CREATE TABLE IF NOT EXISTS exec_format (format TEXT NOT NULL, id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS exec_format_cover ON exec_format(format, id);
CREATE INDEX IF NOT EXISTS exec_format_id ON exec_format(id);
"""

# Per-executive facets (region, genres in record order, joined by \x1f: genres are vocabulary
# names), one row each, written and deleted with the executive record (see _insert_evidence):
# the cheap pre-score of an ask reads them for thousands of candidates (EmbeddedGraph.
# executive_facets). Measured at 100k records (benchmarks/bench_graph.py --sizes 100000), 7,400
# candidates: 48 ms from records + genres (the planner scans records_trend per chunk of ids),
# about 6 ms from this table. records_title answers "who greenlit <title>" (executives_behind)
# from an index instead of a scan of every greenlight (94 ms at 100k); gl_genre_cover and
# gl_exec_cover let top_greenlighters count links from indexes alone (about 20 -> 3 ms).
FACETS_SCHEMA = """
CREATE TABLE IF NOT EXISTS exec_facets (id TEXT PRIMARY KEY, region TEXT, genres TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS records_title ON records(type, lower(name));
CREATE INDEX IF NOT EXISTS gl_genre_cover ON gl_genre(id, genre);
CREATE INDEX IF NOT EXISTS gl_exec_cover ON gl_exec(greenlight_id, executive_id);
"""
FACET_SEP = "\x1f"


# Tables added after the first schema: created on open in knowledge bases that lack them.
HISTORY_SCHEMA = """
CREATE TABLE IF NOT EXISTS exec_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    executive_id TEXT NOT NULL,
    name TEXT NOT NULL,              -- the executive's name when the change was written
    kind TEXT NOT NULL,              -- 'move' (company changed) or 'title' (same company, new title)
    old_company TEXT, old_company_name TEXT, old_title TEXT,
    new_company TEXT, new_company_name TEXT, new_title TEXT,
    since TEXT,                      -- the earlier role is known from: the previous change, else the earlier record's updated_at
    changed TEXT NOT NULL,           -- ISO date of the change: the new record's updated_at, else the day it was written
    old_source TEXT, new_source TEXT,
    recorded_at TEXT NOT NULL,       -- when this row was written (UTC)
    sample INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS exec_history_exec ON exec_history(executive_id, seq);
CREATE INDEX IF NOT EXISTS exec_history_changed ON exec_history(changed);
-- Covering indexes for counting greenlights by date, buyer, format, region and genre (trends, comparisons):
-- records_facets walks a date range in date order, records_trend walks the greenlights in (buyer, format,
-- region) order, so grouping by those needs no sort, and a buyer filter is a range of it
-- (mw/ask/trends.py, measured in benchmarks/bench_trends.py).
CREATE INDEX IF NOT EXISTS records_facets ON records(type, date, company_id, format, region, id);
CREATE INDEX IF NOT EXISTS records_trend ON records(type, company_id, format, region, date, id);
CREATE INDEX IF NOT EXISTS genres_cover ON genres(type, id, genre);
CREATE INDEX IF NOT EXISTS genres_cover_genre ON genres(type, genre, id);
-- Records imported with sample: true (every write asks whether any remain, and most knowledge bases hold none).
CREATE INDEX IF NOT EXISTS records_sample ON records(sample) WHERE sample=1;
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,   -- a record first written to this knowledge base
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    at TEXT NOT NULL
);
"""


def record_hash(rec: dict[str, Any]) -> str:
    body = {k: v for k, v in rec.items() if k not in ("hash",)}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


@dataclass
class WriteReport:
    added: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TYPES})
    updated: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TYPES})
    unchanged: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TYPES})
    removed: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TYPES})
    replaced_sample: bool = False
    changed_ids: list[tuple[str, str]] = field(default_factory=list)
    version: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.changed_ids) or any(self.removed.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "replaced_sample": self.replaced_sample,
            "version": self.version,
        }


class KnowledgeBase:
    """Embedded SQLite knowledge base. Cheap to open; one per process is typical."""

    def __init__(self, path: Path | str, *, sample_loader: "Callable[[], list[dict[str, Any]]] | None" = None) -> None:
        """Open (creating) the knowledge base at ``path``.

        ``sample_loader`` returns the records of the shipped fictional sample; when given, a knowledge base
        that never held data is filled with them on first use (see :meth:`ensure_data`). The loader lives
        with the importer (:func:`mw.ingest.sample.load_sample_records`), which validates the records.
        """
        self.path = Path(path)
        try:
            from mw.config import private_file

            private_file(self.path)  # 0600 (and so its -wal/-shm), in a 0700 home when it creates one
        except OSError:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # a read-only home still opens its KB
        try:
            self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout=30000")
            self.has_facets = False  # exec_facets is written (set by _init_schema)
            self._init_schema()
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"cannot open knowledge base {self.path}: {e}",
                hint="Check the file is a Mandate Wizard knowledge base, or move it away to start fresh.",
            ) from e
        self.sample_loader = sample_loader
        self._cache: dict[str, Any] = {}

    def _init_schema(self) -> None:
        """WAL mode and the schema, safe when several processes open a new file at once.

        Switching a new database to WAL needs an exclusive lock and SQLite does not wait
        for it (SQLITE_BUSY at once), so retry for a while; creating the schema happens in
        one IMMEDIATE transaction, which does wait (busy_timeout)."""
        deadline = time.monotonic() + 30
        delay = 0.01
        while True:
            try:
                mode = self.db.execute("PRAGMA journal_mode=WAL").fetchone()
                if mode and str(mode[0]).lower() == "wal":
                    break
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) and "busy" not in str(e):
                    raise
            if time.monotonic() > deadline:
                raise sqlite3.OperationalError("database is locked (could not switch to WAL mode for 30 s)")
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
        self.db.execute("PRAGMA synchronous=NORMAL")
        if not self._has_schema():
            with self._immediate():
                if not self._has_schema():
                    for stmt in SCHEMA.split(";"):
                        if stmt.strip():
                            self.db.execute(stmt)
        if not self._has_evidence():
            self._build_evidence()
        self._add_later_tables()
        self._add_facets()

    @contextlib.contextmanager
    def _immediate(self) -> Iterator[None]:
        """One IMMEDIATE transaction (it waits for other writers): committed, or rolled back on any error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _has_evidence(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name='exec_format_id'").fetchone() is not None

    def _build_evidence(self) -> None:
        """Create the evidence tables and fill them from the records (a knowledge base written by an
        earlier version has none): one IMMEDIATE transaction, so concurrent openers wait and skip."""
        with self._immediate():
            if not self._has_evidence():
                for stmt in EVIDENCE_SCHEMA.split(";"):
                    if stmt.strip():
                        self.db.execute(stmt)
                for t in ("executive", "greenlight"):
                    for (data,) in self.db.execute("SELECT data FROM records WHERE type=?", (t,)).fetchall():
                        self._insert_evidence(json.loads(data))

    def _add_later_tables(self) -> None:
        """HISTORY_SCHEMA's tables and indexes, in a knowledge base written before they existed."""
        wanted = ("exec_history", "changes", "records_facets", "records_trend", "genres_cover", "genres_cover_genre",
                  "records_sample")
        have = {r[0] for r in self.db.execute(
            f"SELECT name FROM sqlite_master WHERE name IN ({','.join('?' * len(wanted))})", wanted)}
        if len(have) < len(wanted):
            try:
                with self._immediate():
                    for stmt in HISTORY_SCHEMA.split(";"):
                        if stmt.strip():
                            self.db.execute(stmt)
            except sqlite3.OperationalError as e:
                if "readonly" not in str(e):
                    raise  # a read-only file is read as it is (without the newer indexes)

    def _has_facets(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name='gl_exec_cover'").fetchone() is not None

    def _add_facets(self) -> None:
        """FACETS_SCHEMA, filled from the executive records, in a knowledge base written before it existed
        (one IMMEDIATE transaction, so concurrent openers wait and skip). A read-only file goes without:
        ``has_facets`` is then false and readers use the records themselves."""
        self.has_facets = self._has_facets()
        if self.has_facets:
            return
        try:
            with self._immediate():
                if not self._has_facets():
                    for stmt in FACETS_SCHEMA.split(";"):
                        if stmt.strip():
                            self.db.execute(stmt)
                    self.db.execute("DELETE FROM exec_facets")
                    for (data,) in self.db.execute("SELECT data FROM records WHERE type='executive'").fetchall():
                        self._insert_facets(json.loads(data))
        except sqlite3.OperationalError as e:
            if "readonly" not in str(e):
                raise
            return
        self.has_facets = True

    def _insert_facets(self, rec: dict[str, Any]) -> None:
        self.db.execute("INSERT INTO exec_facets(id, region, genres) VALUES(?,?,?)",
                        (rec["id"], rec.get("region"), FACET_SEP.join(rec.get("genres") or [])))

    def _has_schema(self) -> bool:
        row = self.db.execute("SELECT 1 FROM sqlite_master WHERE name='docs'").fetchone()
        return row is not None

    # ------------------------------------------------------------------ meta
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    def ensure_data(self) -> None:
        """Load the fictional sample into a knowledge base that never held data."""
        if self.sample_loader is None or self.meta("initialized") is not None:
            return
        self.write(self.sample_loader(), source_is_sample=True)

    @property
    def version(self) -> str:
        self.ensure_data()
        return self.meta("version") or "empty"

    @property
    def is_sample(self) -> bool:
        """Whether answers carry the sample label: the shipped sample, or records imported with ``sample: true``."""
        self.ensure_data()
        return self.meta("sample") == "1" or self.meta("sample_records") == "1"

    @property
    def uid(self) -> str:
        """A random id of this knowledge base file, made on first use (keys per-KB positions such as watch cursors)."""
        uid = self.meta("uid")
        if uid is None:
            import uuid

            self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('uid', ?)", (uuid.uuid4().hex,))
            uid = self.meta("uid") or ""
        return uid

    @property
    def updated_at(self) -> str | None:
        return self.meta("updated_at")

    # ------------------------------------------------------------------ write
    def write(
        self,
        records: Sequence[dict[str, Any]],
        *,
        replace: bool = False,
        delete: Iterable[tuple[str, str]] = (),
        source_is_sample: bool = False,
    ) -> WriteReport:
        """Upsert normalised records (and delete ``(type, id)`` pairs) in one transaction.

        ``replace`` clears the knowledge base first. A knowledge base that holds only
        the shipped sample is cleared by the first non-sample write too.
        """
        report = WriteReport()
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            holds_sample = self.meta("sample") == "1"
            names = self._name_lookup(records)
            # Executives as they were before a --replace of real data: a changed company or title
            # is still a move. Records that existed before are not "new" for the change log.
            before: dict[str, dict[str, Any]] = {}
            existed: set[tuple[str, str]] = set()
            if replace or (holds_sample and not source_is_sample):
                if holds_sample:
                    db.execute("DELETE FROM exec_history")  # the sample's, never mixed with real data
                else:
                    before = {rid: json.loads(data) for rid, data in
                              db.execute("SELECT id, data FROM records WHERE type='executive'")}
                    existed = set(db.execute("SELECT type, id FROM records").fetchall())
                for t, n in db.execute("SELECT type, count(*) FROM records GROUP BY type").fetchall():
                    report.removed[t] = n
                report.replaced_sample = holds_sample
                db.execute("DELETE FROM records")
                db.execute("DELETE FROM genres")
                db.execute("DELETE FROM gl_exec")
                db.execute("DELETE FROM docs")
                for tbl in ("gl_genre", "gl_genre_exec", "exec_format", *(("exec_facets",) if self.has_facets else ())):
                    db.execute(f"DELETE FROM {tbl}")
            for t, rid in delete:
                if self._delete_one(t, rid):
                    report.removed[t] += 1
                    report.changed_ids.append((t, rid))
            now = clock.iso(clock.now())
            for rec in records:
                t, rid = rec["type"], rec["id"]
                h = record_hash(rec)
                row = db.execute("SELECT hash, data FROM records WHERE type=? AND id=?", (t, rid)).fetchone()
                if row and row[0] == h:
                    report.unchanged[t] += 1
                    continue
                if t == "executive":
                    old = json.loads(row[1]) if row else before.get(rid)
                    if old is not None:
                        self._record_change(old, rec, names, now, sample=source_is_sample)
                if row:
                    self._delete_one(t, rid)
                    report.updated[t] += 1
                else:
                    report.added[t] += 1
                    if (t, rid) not in existed:
                        db.execute("INSERT INTO changes(type, id, at) VALUES(?,?,?)", (t, rid, now))
                self._insert(rec, h, names)
                report.changed_ids.append((t, rid))
            if report.changed or self.meta("initialized") is None:
                self._set_meta("initialized", "1")
                self._set_meta("sample", "1" if source_is_sample else "0")
                # records marked sample (an exported sample imported again) keep the KB labelled as holding them
                has = db.execute("SELECT 1 FROM records WHERE sample=1 LIMIT 1").fetchone() is not None
                self._set_meta("sample_records", "1" if has else "0")
                self._set_meta("version", self._digest())
                self._set_meta("updated_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        self._cache.clear()
        report.version = self.meta("version") or ""
        return report

    def _record_change(self, old: dict[str, Any], new: dict[str, Any], names: dict[tuple[str, str], str],
                       now: str, *, sample: bool) -> None:
        """Keep the earlier company/title of an executive whose record changes them (same transaction).

        A move is a changed company; a title change is a new, different title at the same company
        (a record that omits the title does not erase the earlier one from history). The change is
        dated by the new record's ``updated_at`` when it is later than the old one's, else by the
        day it was written.
        """
        moved = old.get("company") != new.get("company")
        old_title, new_title = old.get("title"), new.get("title")
        retitled = bool(new_title) and (old_title or "").strip().casefold() != new_title.strip().casefold()
        if not moved and not retitled:
            return
        eid = new["id"]
        prev = self.db.execute("SELECT changed FROM exec_history WHERE executive_id=? ORDER BY seq DESC LIMIT 1",
                               (eid,)).fetchone()
        since = prev[0] if prev else old.get("updated_at")
        changed = new.get("updated_at")
        if not changed or changed <= (old.get("updated_at") or ""):
            changed = now[:10]
        self.db.execute(
            "INSERT INTO exec_history(executive_id, name, kind, old_company, old_company_name, old_title, new_company,"
            " new_company_name, new_title, since, changed, old_source, new_source, recorded_at, sample)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (eid, new["name"], "move" if moved else "title", old.get("company"),
             names.get(("company", old.get("company") or ""), old.get("company")), old_title, new.get("company"),
             names.get(("company", new.get("company") or ""), new.get("company")), new_title, since, changed,
             old.get("source"), new.get("source"), now, 1 if sample else 0),
        )

    def _delete_one(self, t: str, rid: str) -> bool:
        # A record's FTS document shares its rowid, so deleting it is an index lookup, not a scan.
        row = self.db.execute("SELECT rowid FROM records WHERE type=? AND id=?", (t, rid)).fetchone()
        if row is None:
            return False
        self.db.execute("DELETE FROM docs WHERE rowid=?", (row[0],))
        cur = self.db.execute("DELETE FROM records WHERE rowid=?", (row[0],))
        self.db.execute("DELETE FROM genres WHERE type=? AND id=?", (t, rid))
        if t == "greenlight":
            self.db.execute("DELETE FROM gl_exec WHERE greenlight_id=?", (rid,))
            self.db.execute("DELETE FROM gl_genre WHERE id=?", (rid,))
            self.db.execute("DELETE FROM gl_genre_exec WHERE greenlight_id=?", (rid,))
        elif t == "executive":
            self.db.execute("DELETE FROM exec_format WHERE id=?", (rid,))
            if self.has_facets:
                self.db.execute("DELETE FROM exec_facets WHERE id=?", (rid,))
        return cur.rowcount > 0

    def _insert_evidence(self, rec: dict[str, Any]) -> None:
        """The evidence-table rows of one record (EVIDENCE_SCHEMA); genres and formats once each."""
        t, rid = rec["type"], rec["id"]
        if t == "executive":
            self.db.executemany("INSERT INTO exec_format(format, id) VALUES(?,?)",
                                [(f, rid) for f in dict.fromkeys(rec.get("formats") or [])])
            if self.has_facets:
                self._insert_facets(rec)
        elif t == "greenlight":
            date = rec.get("date")
            genres = list(dict.fromkeys(rec.get("genres") or []))
            self.db.executemany("INSERT INTO gl_genre(genre, date, id) VALUES(?,?,?)", [(g, date, rid) for g in genres])
            self.db.executemany("INSERT INTO gl_genre_exec(genre, date, executive_id, greenlight_id) VALUES(?,?,?,?)",
                                [(g, date, e, rid) for g in genres for e in dict.fromkeys(rec.get("executives") or [])])

    def _name_lookup(self, records: Sequence[dict[str, Any]]) -> dict[tuple[str, str], str]:
        names: dict[tuple[str, str], str] = {}
        for t, rid, name in self.db.execute("SELECT type, id, name FROM records WHERE type IN ('company','executive')"):
            names[(t, rid)] = name
        for r in records:
            if r["type"] in ("company", "executive"):
                names[(r["type"], r["id"])] = r["name"]
        return names

    def _insert(self, rec: dict[str, Any], h: str, names: dict[tuple[str, str], str]) -> None:
        t, rid = rec["type"], rec["id"]
        company_id = executive_id = None
        if t == "company":
            name, date = rec["name"], rec.get("date")
            text = " ".join([rec["name"], *rec.get("aliases", []), rec.get("kind") or "", rec.get("region") or ""])
        elif t == "executive":
            name, company_id, date = rec["name"], rec["company"], rec.get("updated_at")
            text = " ".join(
                [rec["name"], *rec.get("aliases", []), rec.get("title") or "", names.get(("company", company_id), company_id),
                 rec.get("region") or "", " ".join(rec.get("genres", [])), " ".join(rec.get("formats", [])),
                 rec.get("bio") or ""]
            )
        elif t == "mandate":
            name, executive_id, date = rec["executive"], rec["executive"], rec.get("date")
            text = " ".join([rec["text"], names.get(("executive", executive_id), "")])
        else:
            name, company_id, date = rec["title"], rec["buyer"], rec["date"]
            text = " ".join(
                [rec["title"], " ".join(rec.get("genres", [])), rec.get("format") or "", rec.get("region") or "",
                 rec.get("logline") or "", names.get(("company", company_id), company_id), " ".join(rec.get("producers", []))]
            )
        cur = self.db.execute(
            "INSERT INTO records(type,id,name,company_id,executive_id,date,region,format,sample,hash,data)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?)",
            (t, rid, name, company_id, executive_id, date, rec.get("region"), rec.get("format"),
             1 if rec.get("sample") else 0, h, json.dumps(rec, ensure_ascii=False, sort_keys=True)),
        )
        for g in rec.get("genres", []) if t in ("executive", "greenlight") else []:
            self.db.execute("INSERT INTO genres(type,id,genre) VALUES(?,?,?)", (t, rid, g))
        if t == "greenlight":
            for e in rec.get("executives", []):
                self.db.execute("INSERT INTO gl_exec(greenlight_id, executive_id) VALUES(?,?)", (rid, e))
        if t != "company":
            self.db.execute("INSERT INTO docs(rowid, type, id, text) VALUES(?,?,?,?)", (cur.lastrowid, t, rid, text))
        self._insert_evidence(rec)

    def _digest(self) -> str:
        h = hashlib.sha256()
        for t, rid, rh in self.db.execute("SELECT type, id, hash FROM records ORDER BY type, id"):
            h.update(f"{t}\x1f{rid}\x1f{rh}\x1e".encode())
        return h.hexdigest()[:20]

    # ------------------------------------------------------------------ read
    def count(self, t: str | None = None) -> int:
        self.ensure_data()
        if t:
            return self.db.execute("SELECT count(*) FROM records WHERE type=?", (t,)).fetchone()[0]
        return self.db.execute("SELECT count(*) FROM records").fetchone()[0]

    def get(self, t: str, rid: str) -> dict[str, Any] | None:
        self.ensure_data()
        row = self.db.execute("SELECT data FROM records WHERE type=? AND id=?", (t, rid)).fetchone()
        return json.loads(row[0]) if row else None

    def get_many(self, t: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        self.ensure_data()
        out: dict[str, dict[str, Any]] = {}
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT id, data FROM records WHERE type=? AND id IN ({','.join('?' * len(chunk))})"
            for rid, data in self.db.execute(q, (t, *chunk)):
                out[rid] = json.loads(data)
        return out

    def iter(self, t: str, *, where: str = "", params: Sequence[Any] = (), order: str = "id") -> Iterator[dict[str, Any]]:
        """All records of type ``t`` (optionally filtered by SQL on the ``records`` columns)."""
        self.ensure_data()
        q = f"SELECT data FROM records WHERE type=? {('AND ' + where) if where else ''} ORDER BY {order}"
        for (data,) in self.db.execute(q, (t, *params)):
            yield json.loads(data)

    def all(self, t: str) -> list[dict[str, Any]]:
        """All records of a type, cached until the next write (names, lookups, suggestions)."""
        key = f"all:{t}"
        if key not in self._cache:
            self._cache[key] = list(self.iter(t))
        return self._cache[key]

    def names(self, t: str) -> list[tuple[str, str, list[str]]]:
        """(id, name, aliases) for companies or executives, for fuzzy lookups."""
        self.ensure_data()
        key = f"names:{t}"
        if key not in self._cache:
            rows = self.db.execute(
                "SELECT id, name, json_extract(data, '$.aliases') FROM records WHERE type=? ORDER BY id", (t,)
            ).fetchall()
            self._cache[key] = [(rid, name, json.loads(al) if al else []) for rid, name, al in rows]
        return self._cache[key]

    def tags(self) -> dict[str, list[str]]:
        """Every genre, format and region value the records use (the KB's own vocabulary)."""
        self.ensure_data()
        if "tags" not in self._cache:
            db = self.db
            fmts = {r[0] for r in db.execute("SELECT DISTINCT format FROM records WHERE format IS NOT NULL")}
            fmts |= {r[0] for r in db.execute(
                "SELECT DISTINCT f.value FROM records r, json_each(r.data, '$.formats') f WHERE r.type='executive'")}
            self._cache["tags"] = {
                "genre": sorted(r[0] for r in db.execute("SELECT DISTINCT genre FROM genres")),
                # greenlights' genres as their records write them (genre_words where normalising changed them)
                "genre_word": sorted(r[0] for r in db.execute(
                    "SELECT DISTINCT j.value FROM records r, json_each(r.data, CASE WHEN json_type(r.data, "
                    "'$.genre_words') IS NULL THEN '$.genres' ELSE '$.genre_words' END) j "
                    "WHERE r.type='greenlight'") if isinstance(r[0], str)),
                "format": sorted(f for f in fmts if isinstance(f, str) and f),
                "region": sorted(r[0] for r in db.execute("SELECT DISTINCT region FROM records WHERE region IS NOT NULL")),
            }
        return self._cache["tags"]

    def search(self, match: str, *, types: Sequence[str] | None = None, limit: int = 200) -> list[tuple[str, str, float]]:
        """BM25 full-text search; ``match`` is an FTS5 query. Returns (type, id, score), best first.

        Scores are positive (SQLite's bm25() is negated so that higher is better).
        """
        self.ensure_data()
        if not match.strip():
            return []
        q = "SELECT type, id, -bm25(docs) AS s FROM docs WHERE docs MATCH ?"
        params: list[Any] = [match]
        if types:
            q += f" AND type IN ({','.join('?' * len(types))})"
            params.extend(types)
        q += " ORDER BY s DESC LIMIT ?"
        params.append(limit)
        try:
            return [(t, rid, float(s)) for t, rid, s in self.db.execute(q, params)]
        except sqlite3.OperationalError as e:
            raise StoreError(f"full-text query failed: {e}") from e

    def stats(self) -> dict[str, Any]:
        self.ensure_data()
        counts = {PLURAL[t]: 0 for t in TYPES}
        for t, n in self.db.execute("SELECT type, count(*) FROM records GROUP BY type"):
            counts[PLURAL[t]] = n
        gl = self.db.execute("SELECT min(date), max(date) FROM records WHERE type='greenlight'").fetchone()
        regions = dict(self.db.execute(
            "SELECT coalesce(region,'?'), count(*) FROM records WHERE type='executive' GROUP BY 1 ORDER BY 2 DESC").fetchall())
        genres = dict(self.db.execute(
            "SELECT genre, count(*) FROM genres WHERE type='greenlight' GROUP BY 1 ORDER BY 2 DESC").fetchall())
        return {
            "path": str(self.path),
            "sample": self.meta("sample") == "1",
            "version": self.meta("version"),
            "updated_at": self.meta("updated_at"),
            "counts": counts,
            "greenlights_from": gl[0],
            "greenlights_to": gl[1],
            "executives_by_region": regions,
            "greenlights_by_genre": genres,
        }

    # ------------------------------------------------------------------ history and change log
    _HISTORY_COLS = ("seq", "executive_id", "name", "kind", "old_company", "old_company_name", "old_title",
                     "new_company", "new_company_name", "new_title", "since", "changed", "old_source", "new_source",
                     "recorded_at", "sample")

    def _history_rows(self, where: str, params: Sequence[Any], order: str = "seq",
                      limit: int | None = None) -> list[dict[str, Any]]:
        self.ensure_data()
        q = f"SELECT {', '.join(self._HISTORY_COLS)} FROM exec_history {('WHERE ' + where) if where else ''} ORDER BY {order}"
        if limit:
            q += f" LIMIT {int(limit)}"
        out = []
        for row in self.db.execute(q, tuple(params)):
            d = dict(zip(self._HISTORY_COLS, row))
            d["sample"] = bool(d["sample"])
            out.append(d)
        return out

    def history(self, executive_id: str) -> list[dict[str, Any]]:
        """The executive's earlier companies and titles, oldest change first."""
        return self._history_rows("executive_id=?", (executive_id,))

    def moves(self, *, since: str | None = None, kinds: Sequence[str] = ("move",), after_seq: int | None = None,
              limit: int | None = None) -> list[dict[str, Any]]:
        """Changes (``kind`` move and/or title) dated on/after ``since`` or written after ``after_seq``, newest first."""
        where = [f"kind IN ({','.join('?' * len(kinds))})"]
        params: list[Any] = list(kinds)
        if since:
            where.append("changed >= ?")
            params.append(since)
        if after_seq is not None:
            where.append("seq > ?")
            params.append(after_seq)
        return self._history_rows(" AND ".join(where), params, order="changed DESC, seq DESC", limit=limit)

    def latest_moves(self, executive_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The newest company move of each given executive that has one."""
        ids = list(dict.fromkeys(executive_ids))
        if not ids:
            return {}
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i: i + 500]
            for d in self._history_rows(f"kind='move' AND executive_id IN ({','.join('?' * len(chunk))})", chunk):
                out[d["executive_id"]] = d  # ordered by seq: the last one wins
        return out

    def cursor(self) -> dict[str, int]:
        """Positions of the change log and the history, for "what is new since" (watches)."""
        self.ensure_data()
        c = self.db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
        h = self.db.execute("SELECT coalesce(max(seq), 0) FROM exec_history").fetchone()[0]
        return {"changes": int(c), "history": int(h)}

    def new_records(self, t: str, after_seq: int, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Records of type ``t`` first written after change-log position ``after_seq`` (still present), in order."""
        self.ensure_data()
        q = ("SELECT c.seq, r.data FROM changes c JOIN records r ON r.type=c.type AND r.id=c.id "
             "WHERE c.type=? AND c.seq>? ORDER BY c.seq")
        if limit:
            q += f" LIMIT {int(limit)}"
        out = []
        for seq, data in self.db.execute(q, (t, after_seq)):
            rec = json.loads(data)
            rec["_seq"] = seq
            out.append(rec)
        return out

    def close(self) -> None:
        self.db.close()


_open: dict[str, KnowledgeBase] = {}


def open_kb(path: Path | str | None = None, *,
            sample_loader: "Callable[[], list[dict[str, Any]]] | None" = None) -> KnowledgeBase:
    """The process's knowledge base at ``path`` (default ``MW_HOME/kb.sqlite``).

    ``sample_loader``: see :class:`KnowledgeBase`; given to an already opened knowledge base that has none.
    """
    if path is None:
        from mw.config import get_settings

        path = get_settings().kb_path
    key = str(path)
    kb = _open.get(key)
    if kb is None:
        kb = _open[key] = KnowledgeBase(path, sample_loader=sample_loader)
    elif sample_loader is not None and kb.sample_loader is None:
        kb.sample_loader = sample_loader
    return kb


def reset_open() -> None:
    for kb in _open.values():
        kb.close()
    _open.clear()
