"""The completion table: suggestion templates and names in ``MW_HOME/cache/suggest.sqlite``.

:mod:`mw.ask.suggest` writes it (whenever the knowledge base's ``version`` has moved: after an import
or a refresh) and reads its templates back instead of rebuilding them; :mod:`mw.complete` answers TAB
from it with one indexed prefix query. Only :mod:`sqlite3` is imported here, so the completion path
stays small. The file is replaced atomically (written to a temporary file, then renamed), so readers
never see a half-written table.

Tables::

    meta       key, value          schema, kb_version
    templates  pos, text, lower, category, keys (JSON), prior, start    (start: rank for an empty input)
    names      pos, label, lower, detail, alias                          (executives, buyers, their aliases)
"""
from __future__ import annotations

import json
import os
import sqlite3
from typing import Any, Iterable, Sequence

#: Bump when the template set (mw.ask.suggest.build_templates) or this layout changes: tables written
#: under another value are rebuilt.
SCHEMA = "5"
FILE = "suggest.sqlite"

_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE templates (pos INTEGER PRIMARY KEY, text TEXT NOT NULL, lower TEXT NOT NULL,
                        category TEXT NOT NULL, keys TEXT NOT NULL, prior REAL NOT NULL, start INTEGER);
CREATE INDEX templates_lower ON templates(lower);
CREATE INDEX templates_start ON templates(start);
CREATE TABLE names (pos INTEGER PRIMARY KEY, label TEXT NOT NULL, lower TEXT NOT NULL, detail TEXT NOT NULL,
                    alias INTEGER NOT NULL);
CREATE INDEX names_lower ON names(lower);
"""


def _fresh(db: sqlite3.Connection, kb_version: str | None) -> bool:
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
    except sqlite3.Error:
        return False
    return kb_version is not None and meta.get("schema") == SCHEMA and meta.get("kb_version") == kb_version


def write(path: str, kb_version: str, templates: Sequence[Sequence[Any]], starters: Sequence[str],
          names: Iterable[tuple[str, str, bool]]) -> None:
    """Replace the table at ``path`` (mode 0600): ``templates`` as ``[text, category, keys, prior]`` rows
    (best first), ``starters`` the texts offered for an empty input (in order), ``names``
    ``(label, detail, is_alias)``."""
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    start = {t: i for i, t in enumerate(starters)}
    db = sqlite3.connect(tmp)
    try:
        db.executescript(_DDL)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA), ("kb_version", kb_version)])
        db.executemany("INSERT INTO templates VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(i, t, t.lower(), c, json.dumps(k), p, start.get(t)) for i, (t, c, k, p) in enumerate(templates)])
        db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)",
                       [(i, label, label.lower(), detail, int(alias)) for i, (label, detail, alias) in enumerate(names)])
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)


def read_templates(path: str, kb_version: str) -> list[list[Any]] | None:
    """The template rows when the table at ``path`` is for ``kb_version``; None otherwise."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if not _fresh(db, kb_version):
            return None
        return [[t, c, json.loads(k), p] for t, c, k, p in
                db.execute("SELECT text, category, keys, prior FROM templates ORDER BY pos")]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        db.close()


def query(db: sqlite3.Connection, kind: str, word: str, limit: int, *,
          kb_version: str | None) -> list[tuple[str, str]] | None:
    """``(text, description)`` of the candidates starting with ``word`` ignoring case, best first;
    None when the table is not for ``kb_version``."""
    if not _fresh(db, kb_version):
        return None
    lo = word.lower()
    if kind == "question":
        if not lo:
            sql = "SELECT text, category FROM templates WHERE start IS NOT NULL ORDER BY start LIMIT ?"
            rows = db.execute(sql, (limit,)).fetchall()
        else:
            sql = ("SELECT text, category FROM templates WHERE lower >= ? AND lower < ? "
                   "ORDER BY prior DESC, pos LIMIT ?")
            rows = db.execute(sql, (lo, lo + "\U0010ffff", limit * 2)).fetchall()
    else:
        if not lo:
            sql = "SELECT label, detail FROM names WHERE alias = 0 ORDER BY lower, pos LIMIT ?"
            rows = db.execute(sql, (limit,)).fetchall()
        else:
            sql = "SELECT label, detail FROM names WHERE lower >= ? AND lower < ? ORDER BY alias, lower, pos LIMIT ?"
            rows = db.execute(sql, (lo, lo + "\U0010ffff", limit * 2)).fetchall()
    n = len(word)
    out = []
    seen: set[str] = set()
    for text, desc in rows:
        if text[:n].lower() != lo or text in seen:  # lower() that changes lengths: not a prefix as typed
            continue
        seen.add(text)
        out.append((text, desc))
    return out[:limit]
