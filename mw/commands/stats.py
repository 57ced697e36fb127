"""`mw stats`: usage analytics from the query events in the state store.

With a shared Redis the events of every host are there, so the numbers cover
all machines. ``--json`` prints one object with the keys ``overview``,
``popular_queries``, ``popular_executives``, ``popular_regions``,
``popular_genres``, ``queries_per_hour``, ``queries_per_day``,
``response_time_distribution``, ``percentiles``, ``by_intent``, ``by_tier``
(see :func:`mw.ops.analytics.compute_stats`). The clock is
:func:`mw.clock.now` (``MW_NOW`` pins it).
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r


def stats(
    user: Annotated[Optional[str], typer.Option("--user", help="Only this user's questions.",
                                                show_default=False)] = None,
    days: Annotated[int, typer.Option("--days", min=1, max=3650, help="Period: the last N days.")] = 30,
    json_: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=100, help="Rows in the 'popular' lists.")] = 10,
) -> None:
    """Usage: totals, popular questions/executives/regions/genres, activity charts, latency, intents, tiers."""
    r.set_json(json_)
    from mw.ops import analytics
    from mw import clock

    if user is not None:
        user = user.strip().lower()  # user ids are recorded lower-cased (mw.ops.limits.identity)
    data = analytics.stats(_ctx.state(), now=clock.now(), days=days, user=user, limit=limit)
    if json_:
        r.emit_json(data)
        return
    with r.paged():
        show(data)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x * 100:.1f}%"


def _ms(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f} ms"


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(counts: list[int]) -> str:
    """One character per bucket: a space for none, then eight heights scaled to the largest."""
    top = max(counts, default=0)
    if not top:
        return " " * len(counts)
    return "".join(" " if n <= 0 else SPARKS[min(len(SPARKS) - 1, (n * len(SPARKS) - 1) // top)] for n in counts)


def _series(rows: list[tuple[str, int]], title: str, unit: str) -> None:
    """An activity series: a sparkline between its first and last label on a terminal; the buckets
    with questions (``label<TAB>count``) when piped. Nothing for a series without questions."""
    total = sum(n for _, n in rows)
    if not total:
        return
    r.out("")
    if r.is_tty():
        r.out(f"{title}: {total} question(s), at most {max(n for _, n in rows)} per {unit}")
        r.out(f"  {rows[0][0]} {sparkline([n for _, n in rows])} {rows[-1][0]}")
    else:
        r.out(title)
        for lbl, n in rows:
            if n:
                r.out(f"{lbl}\t{n}")


def _bars(rows: list[tuple[str, int]], title: str) -> None:
    """A bar chart of the non-empty rows on a terminal; ``label<TAB>count`` lines when piped."""
    rows = [(lbl, n) for lbl, n in rows if n]
    if not rows:
        return
    r.out("")
    r.out(title)
    if r.is_tty():
        top = max(n for _, n in rows)
        width = max(len(lbl) for lbl, _ in rows)
        for lbl, n in rows:
            r.out(f"  {lbl.rjust(width)} │{'█' * max(1, round(n / top * 30))} {n}")
    else:
        for lbl, n in rows:
            r.out(f"{lbl}\t{n}")


def _table(columns: list[str], rows: list[tuple[Any, ...]], title: str) -> None:
    """A compact table: a bold title and aligned columns on a terminal; ``title`` then TSV when piped."""
    if not r.is_tty():
        r.out(title)
        r.table(columns, rows)
        return
    from rich import box
    from rich.table import Table
    from rich.text import Text

    t = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAD, header_style="dim",
              pad_edge=False, show_edge=False)
    for i, c in enumerate(columns):
        t.add_column(c, justify="left" if i == 0 else "right", overflow="fold")
    for row in rows:
        t.add_row(*(Text(r.clean(v)) for v in row))
    r.console().print(t)


def _hour(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%m-%d %H:00")


def _day(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d")


def show(data: dict[str, Any]) -> None:
    o = data["overview"]
    who = f" for {o['user']}" if o.get("user") else ""
    r.kv([
        ("Total queries", o["total_queries"]),
        ("Unique users", o["unique_users"]),
        ("Average response", _ms(o["avg_response_ms"])),
        ("Cache hit rate", _pct(o["cache_hit_rate"])),
        ("Error rate", _pct(o["error_rate"])),
        ("Failed", o.get("errors", 0)),
        ("Invalid (asker's mistakes)", o.get("invalid", 0)),
        ("Rate limited", o["rate_limited"]),
        ("Hosts", o["hosts"]),
    ], title=f"Usage over the last {o['days']} days{who} (until {_day(o['until'])} "
             f"{dt.datetime.fromtimestamp(o['until'], dt.timezone.utc).strftime('%H:%M')} UTC)")
    if not o["total_queries"]:
        r.out("")
        r.out("No questions recorded in this period.")
        return
    for key, title, col in (("popular_queries", "Popular queries", "query"),
                            ("popular_executives", "Popular executives", "name"),
                            ("popular_regions", "Popular regions", "name"),
                            ("popular_genres", "Popular genres", "name")):
        rows = data[key]
        if rows:
            r.out("")
            _table([col, "count"], [(row[col], row["count"]) for row in rows], title)
    _series([(_hour(b["start"]), b["count"]) for b in data["queries_per_hour"]],
            "Queries per hour (last 24 h, UTC)", "hour")
    _series([(_day(b["start"]), b["count"]) for b in data["queries_per_day"]],
            f"Queries per day (last {len(data['queries_per_day'])} days, UTC)", "day")
    _bars(list(data["response_time_distribution"].items()), "Response times")
    p = data["percentiles"]
    r.out("")
    r.kv([("p50", _ms(p["p50"])), ("p95", _ms(p["p95"])), ("p99", _ms(p["p99"]))], title="Percentiles")
    for key, title in (("by_intent", "By intent"), ("by_tier", "By tier")):
        if not data[key]:
            continue
        r.out("")
        _table([title.split()[-1], "queries", "avg response", "errors", "cache hits"],
               [(name, g["queries"], _ms(g["avg_response_ms"]), g["errors"], g["cache_hits"])
                for name, g in data[key].items()], title)


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)
