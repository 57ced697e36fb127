"""`mw kb`: import, inspect and export the knowledge base."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from mw.commands import _render as r

app = typer.Typer(help="Import, inspect and export the knowledge base.", no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (JSON Lines for lists) on stdout.")]


class Kind(str, Enum):
    executives = "executives"
    companies = "companies"
    mandates = "mandates"
    greenlights = "greenlights"


class RecordType(str, Enum):
    company = "company"
    executive = "executive"
    mandate = "mandate"
    greenlight = "greenlight"


def _kb():
    from mw.ingest.sample import open_kb

    return open_kb()


def _sample_banner(kb) -> None:
    if kb.is_sample:
        from mw.store.kb import SAMPLE_NOTE

        r.info(f"[sample data] {SAMPLE_NOTE} Import your own with `mw kb import`.")


@app.command("import")
def import_(
    paths: Annotated[list[Path], typer.Argument(help="JSONL or CSV files; - reads JSON Lines from stdin.",
                                                show_default=False)],
    replace: Annotated[bool, typer.Option("--replace", help="Remove everything (sample included) first.")] = False,
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid", help="Import valid records, report the rest.")] = False,
    allow_duplicates: Annotated[bool, typer.Option("--allow-duplicates", help="Two records with the same id: warn "
                                                   "and keep the later one (default: an error).")] = False,
    type_: Annotated[Optional[RecordType], typer.Option("--type", help="Record type of CSV files (default: from the file name).")] = None,
    json_: JsonOpt = False,
) -> None:
    """Import records (all-or-nothing unless --skip-invalid). Idempotent: upserts by id."""
    r.set_json(json_)
    from mw.ingest.importer import import_files
    from mw.commands._progress import Progress
    from mw.ingest.sync import after_kb_change

    kb = _kb()
    with Progress("importing records", unit="records"):
        res = import_files(kb, paths, replace=replace, skip_invalid=skip_invalid,
                           forced_type=type_.value if type_ else None, allow_duplicates=allow_duplicates)
    # The records are committed; the vector index follows in chunks (Ctrl-C keeps what is
    # embedded, and the next import or `mw kb reindex` resumes).
    with Progress("embedding", unit="documents") as bar:
        after_kb_change(res.report, kb, progress=bar.update)
    rep = res.report
    if rep.changed:
        from mw.commands import _ctx

        _ctx.refresh_completion(kb)
    if json_:
        r.emit_json({"files": res.files, "records": res.records, "skipped": res.skipped, "warnings": res.warnings,
                     **rep.to_dict()})
    else:
        if rep.replaced_sample:
            r.info("Replaced the fictional sample data with your import.")
        for p in res.skipped:
            r.warn(f"skipped {p}")
        for w in res.warnings:
            r.warn(w)
        rows = [(t, rep.added[t], rep.updated[t], rep.unchanged[t], rep.removed[t])
                for t in ("company", "executive", "mandate", "greenlight")]
        r.table(["type", "added", "updated", "unchanged", "removed"], rows)
        r.info(f"Imported {res.records} record(s) from {res.files} file(s); knowledge base version {rep.version}.")


@app.command("list")
def list_(
    kind: Annotated[Kind, typer.Argument(help="What to list.")],
    company: Annotated[Optional[str], typer.Option("--company", help="Only this company/buyer (name or id).")] = None,
    genre: Annotated[Optional[str], typer.Option("--genre", help="Only records with this genre.")] = None,
    region: Annotated[Optional[str], typer.Option("--region", help="Only this region.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="At most N rows.")] = None,
    json_: JsonOpt = False,
) -> None:
    """List records, newest first for mandates and greenlights."""
    r.set_json(json_)
    from mw.ask.browse import list_records

    kb = _kb()
    rows = list_records(kb, kind.value, company=company, genre=genre, region=region, limit=limit)
    if json_:
        for rec in rows:
            r.emit_json(rec)
        return
    _sample_banner(kb)
    if kind is Kind.executives:
        r.table(["name", "title", "company", "region", "genres"],
                [(x["name"], x.get("title"), x.get("company_name", x["company"]), x.get("region"), ", ".join(x.get("genres", [])))
                 for x in rows])
    elif kind is Kind.companies:
        r.table(["name", "kind", "region", "id"], [(x["name"], x.get("kind"), x.get("region"), x["id"]) for x in rows])
    elif kind is Kind.mandates:
        r.table(["date", "executive", "mandate"],
                [(x.get("date"), x.get("executive_name", x["executive"]), x["text"]) for x in rows])
    else:
        r.table(["date", "title", "buyer", "genres", "format", "region"],
                [(x["date"], x["title"], x.get("buyer_name", x["buyer"]), ", ".join(x.get("genres", [])), x.get("format"), x.get("region"))
                 for x in rows])
    r.info(f"{len(rows)} {kind.value}")


@app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="Executive or company name (fuzzy; aliases work).",
                                        autocompletion=lambda incomplete: _complete_names(incomplete))],
    json_: JsonOpt = False,
) -> None:
    """Show an executive (profile, mandates, greenlights) or a company (executives, greenlights)."""
    r.set_json(json_)
    from mw.ask.browse import describe

    kb = _kb()
    d = describe(kb, name)
    if json_:
        r.emit_json(d)
        return
    _sample_banner(kb)
    rec = d["record"]
    if d["type"] == "executive":
        r.kv([("name", rec["name"]), ("title", rec.get("title")), ("company", d["company"]["name"] if d["company"] else rec["company"]),
              ("region", rec.get("region")), ("genres", ", ".join(rec.get("genres", []))),
              ("formats", ", ".join(rec.get("formats", []))), ("pitch process", rec.get("pitch_process")),
              ("bio", rec.get("bio")), ("updated", rec.get("updated_at")), ("source", rec.get("source"))])
        if d["mandates"]:
            r.out("")
            r.table(["date", "mandate"], [(m.get("date"), m["text"]) for m in d["mandates"]], title="Mandates")
    else:
        r.kv([("name", rec["name"]), ("kind", rec.get("kind")), ("region", rec.get("region")),
              ("aliases", ", ".join(rec.get("aliases", []))), ("source", rec.get("source"))])
        if d["executives"]:
            r.out("")
            r.table(["name", "title", "genres"], [(e["name"], e.get("title"), ", ".join(e.get("genres", []))) for e in d["executives"]],
                    title="Executives")
    if d["greenlights"]:
        r.out("")
        r.table(["date", "title", "genres", "format"],
                [(g["date"], g["title"], ", ".join(g.get("genres", [])), g.get("format")) for g in d["greenlights"]],
                title="Greenlights")


@app.command("history")
def history(
    name: Annotated[Optional[str], typer.Argument(help="Executive name (fuzzy; aliases work). Omit with --moves.",
                                                  show_default=False,
                                                  autocompletion=lambda incomplete: _complete_names(incomplete))] = None,
    moves: Annotated[bool, typer.Option("--moves", help="List recent moves of every executive instead.")] = False,
    since: Annotated[Optional[str], typer.Option("--since", help="With --moves: dated on/after this ISO date (default: the last recent_move_days, 180).")] = None,
    json_: JsonOpt = False,
) -> None:
    """An executive's companies and titles over time, with dates and sources (or, with --moves, who moved)."""
    r.set_json(json_)
    from mw import clock
    from mw.ask import moves as mv

    kb = _kb()
    if moves or name is None:
        if name is not None:
            from mw.errors import UsageError

            raise UsageError("give an executive NAME or --moves, not both")
        import datetime as dt

        if since:
            try:
                dt.date.fromisoformat(since)
            except ValueError:
                from mw.errors import UsageError

                raise UsageError(f"--since {since!r} is not an ISO date", hint="Use YYYY-MM-DD.") from None
        days = int(_settings().file.get("recent_move_days", mv.RECENT_MOVE_DAYS))
        start = since or (clock.today() - dt.timedelta(days=days)).isoformat()
        rows = mv.recent_moves(kb, since=start, include_titles=True)
        if json_:
            for h in rows:
                r.emit_json(h)
            return
        _sample_banner(kb)
        r.table(["date", "executive", "change", "source"],
                [(h["changed"], h["name"], mv.describe_change(h), h.get("new_source")) for h in rows])
        r.info(f"{len(rows)} change(s) since {start}")
        return
    d = mv.history_of(kb, name)
    if json_:
        r.emit_json(d)
        return
    _sample_banner(kb)
    x = d["executive"]
    r.table(["from", "to", "title", "company", "source"],
            [(ro["from"] or "?", "now" if ro["current"] else ro["to"], ro["title"], ro["company_name"], ro["source"])
             for ro in d["roles"]], title=f"{x['name']}: companies and titles")
    if not d["changes"]:
        r.info(f"No earlier company or title is recorded for {x['name']}.")


def _settings():
    from mw.config import get_settings

    return get_settings()


def _complete_names(incomplete: str) -> list[str]:
    """Executive and buyer names for Typer's own completion (the shipped scripts use `mw __complete names`)."""
    try:
        from mw.ask.suggest import names

        return names(_kb(), incomplete)
    except Exception:  # completion must never print a traceback into the shell
        return []


@app.command("stats")
def stats(json_: JsonOpt = False) -> None:
    """Counts, date range and version of the knowledge base."""
    r.set_json(json_)
    kb = _kb()
    s = kb.stats()
    if json_:
        r.emit_json(s)
        return
    _sample_banner(kb)
    c = s["counts"]
    r.kv([("knowledge base", s["path"]), ("sample data", "yes (fictional)" if s["sample"] else "no"),
          ("version", s["version"]), ("updated", s["updated_at"]),
          ("companies", c["companies"]), ("executives", c["executives"]), ("mandates", c["mandates"]),
          ("greenlights", c["greenlights"]),
          ("greenlight dates", f"{s['greenlights_from']} .. {s['greenlights_to']}" if s["greenlights_from"] else "-"),
          ("top genres", ", ".join(f"{g} {n}" for g, n in list(s["greenlights_by_genre"].items())[:8]))])


@app.command("export")
def export(
    type_: Annotated[Optional[list[RecordType]], typer.Option("--type", help="Only these record types (repeatable).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.")] = None,
) -> None:
    """Export as JSONL that round-trips through `mw kb import`."""
    from mw.ingest.importer import export_records

    kb = _kb()
    types = [t.value for t in type_] if type_ else None
    dest = output.open("w", encoding="utf-8") if output else sys.stdout
    n = 0
    try:
        for rec in export_records(kb, types):
            dest.write(r.dumps(rec) + "\n")
            n += 1
    finally:
        if output:
            dest.close()
    r.info(f"exported {n} record(s)" + (f" to {output}" if output else ""))


@app.command("reindex")
def reindex(
    vector: Annotated[Optional[str], typer.Option("--vector", help="Vector index URL (default: MW_VECTOR_URL, "
                                                                     "else embedded under MW_HOME).")] = None,
    full: Annotated[bool, typer.Option("--full", help="Clear the index and embed every document again.")] = False,
    changed_only: Annotated[bool, typer.Option("--changed-only", hidden=True,
                                               help="The default: embed only missing or stale documents.")] = False,
    json_: JsonOpt = False,
) -> None:
    """Bring the vector index up to date with the knowledge base (needs the 'semantic' extra).

    Embeds only documents without a vector or with a stale one, so it also resumes an
    interrupted import or reindex; --full rebuilds everything.
    """
    r.set_json(json_)
    from mw.commands._progress import Progress
    from mw.index.dense import reindex as do_reindex
    from mw.store.vectors.factory import open_vectors, vector_url

    kb = _kb()
    index = open_vectors(vector or vector_url())
    with Progress("embedding", unit="documents") as bar:
        rep = do_reindex(kb, index, full=full and not changed_only, progress=bar.update)
    d = rep.to_dict()
    if json_:
        r.emit_json(d)
    else:
        r.kv([(k, v) for k, v in d.items() if not isinstance(v, dict)], title="Vector index up to date")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="kb")
