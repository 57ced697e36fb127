"""Shell completion values, answered without building the CLI: ``mw __complete KIND [OPTIONS] -- WORD``.

The completion scripts (``mw completion bash|zsh|fish``) call this for the values that depend on the
data: ``question`` (the question of ``mw ask`` and the input of ``mw suggest``) and ``names``
(``mw kb show``). It prints one ``value<TAB>description`` line per match, best first.

Every value starts with WORD exactly as typed, letter case included: a candidate matches when it starts
with WORD ignoring case, and is printed as WORD followed by the rest of the candidate, so a shell that
inserts the common prefix of the values never rewrites or deletes what was typed. (``mw suggest`` for
people also offers fuzzy and contextual matches; completion offers prefix matches only.)

Speed: the values come from ``MW_HOME/cache/suggest.sqlite`` (:mod:`mw.ask.suggest` keeps it, keyed by
the knowledge base's version and rebuilt after every import or refresh), read with :mod:`sqlite3` only:
no Typer, no configuration file, no state store, so a TAB costs little more than starting Python
(``benchmarks/bench_startup.py``). When the table is missing or older than the knowledge base, it is
rebuilt here once through the normal code path. Past questions from analytics (which ``mw suggest``
offers first) are not read on this path.

OPTIONS are the root options the scripts saw before the subcommand: ``--home DIR`` (also
``--home=DIR``) picks the data directory; ``--store``, ``--graph`` and ``--vector`` are accepted and
ignored. Completion never fails the shell: errors print nothing and exit 0.
"""
from __future__ import annotations

import os
import sys

KINDS = ("question", "names")
ROOT_OPTIONS = ("--home", "--store", "--graph", "--vector")
LIMIT = 20


def _home(explicit: str | None) -> str:
    if explicit:
        return os.path.expanduser(explicit)
    env = os.environ.get("MW_HOME")
    if env:
        return os.path.expanduser(env)
    from mw.config import default_home

    return str(default_home())


def _parse(argv: list[str]) -> tuple[str, str | None, str]:
    """(kind, --home value, word) from ``KIND [OPTIONS] [--] [WORD]``."""
    if not argv or argv[0] not in KINDS:
        raise ValueError(f"usage: mw __complete {{{'|'.join(KINDS)}}} [--home DIR] -- WORD")
    kind, rest = argv[0], argv[1:]
    home = None
    word = ""
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == "--":
            word = " ".join(rest[i + 1:])
            break
        name, eq, value = a.partition("=")
        if name in ROOT_OPTIONS:
            if not eq:
                i += 1
                value = rest[i] if i < len(rest) else ""
            if name == "--home":
                home = value
        else:
            word = a
        i += 1
    return kind, home, word


def values(kind: str, word: str, home: str, *, limit: int = LIMIT) -> list[tuple[str, str]]:
    """``(value, description)`` pairs for ``word``: each value is ``word`` + the rest of a candidate."""
    rows = _fast(kind, word, home, limit)
    if rows is None:
        rows = _rebuilt(kind, word, home, limit)
    n = len(word)
    return [(word + text[n:], desc) for text, desc in rows]


def _fast(kind: str, word: str, home: str, limit: int) -> list[tuple[str, str]] | None:
    """Rows from the completion table when it matches the knowledge base's version; None otherwise."""
    import sqlite3

    kb_path = os.path.join(home, "kb.sqlite")
    table_path = os.path.join(home, "cache", "suggest.sqlite")
    if not (os.path.exists(kb_path) and os.path.exists(table_path)):
        return None
    try:
        kb = sqlite3.connect(f"file:{kb_path}?mode=ro", uri=True)
        try:
            row = kb.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            kb.close()
        db = sqlite3.connect(f"file:{table_path}?mode=ro", uri=True)
        try:
            from mw.ask.suggest_table import query

            return query(db, kind, word, limit, kb_version=row[0] if row else None)
        finally:
            db.close()
    except sqlite3.Error:
        return None


def _rebuilt(kind: str, word: str, home: str, limit: int) -> list[tuple[str, str]]:
    """Open the knowledge base the normal way (the sample on first use), rebuild the table, query it."""
    from mw import config

    config.set_overrides(home=home)
    from mw.ask.suggest import completion_rows
    from mw.ingest.sample import open_kb

    return completion_rows(open_kb(), kind, word, limit)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        kind, home, word = _parse(argv)
    except ValueError as e:
        sys.stderr.write(f"mw: {e}\n")
        return 2
    try:
        out = values(kind, word, _home(home))
    except Exception:  # noqa: BLE001 - completion must never break the shell
        if os.environ.get("MW_DEBUG") == "1":
            raise
        return 0
    sys.stdout.write("".join(f"{v}\t{d}\n" for v, d in out if "\n" not in v))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
