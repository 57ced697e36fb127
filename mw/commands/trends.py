"""`mw trends`: greenlights per month/quarter/year, and what is rising or falling."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r


class By(str, Enum):
    month = "month"
    quarter = "quarter"
    year = "year"


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(counts: list[int]) -> str:
    top = max(counts, default=0)
    if top == 0:
        return SPARK[0] * len(counts)
    return "".join(SPARK[min(len(SPARK) - 1, round(c / top * (len(SPARK) - 1)))] for c in counts)


def bars(rows: list[tuple[str, int, str]], *, title: str, width: int = 40) -> None:
    """(label, count, note) as horizontal bars: Rich on a TTY, '#' bars in plain text."""
    top = max((c for _, c, _ in rows), default=0) or 1
    if r.is_tty():
        from rich.table import Table

        escape = r.esc  # data: cleaned of control characters and escaped
        t = Table(title=escape(title), header_style="bold", show_edge=False)
        for col in ("period", "count", "", "note"):
            t.add_column(col, justify="right" if col == "count" else "left")
        for label, c, note in rows:
            t.add_row(escape(label), str(c), "[cyan]" + "█" * round(c / top * width) + "[/cyan]", escape(note))
        r.console().print(t)
    else:
        r.out(title)
        for label, c, note in rows:
            r.out(f"{label}\t{c}\t{'#' * round(c / top * width)}{chr(9) + note if note else ''}")


def changes_table(name: str, rows: list[dict[str, Any]]) -> None:
    shown = [x for x in rows if x["trend"] != "small"] or rows[:5]
    if not shown:
        return
    r.out("")
    r.table([name, "now", "before", "change", "trend"],
            [(x["name"], x["current"], x["previous"], f"{x['change']:+d}", x["trend"]) for x in shown[:15]],
            title=f"{name.capitalize()}s: this window against the previous one")


def render(rep: dict[str, Any]) -> None:
    f = rep["filters"]
    what = " ".join([*f["regions"], *f["genres"], *f["formats"]])
    who = ", ".join(f["buyer_names"]) or "all buyers"
    w, pw = rep["window"], rep["previous_window"]
    title = (f"{who}: {what + ' ' if what else ''}greenlights by {rep['by']} "
             f"(window {w['since']}..{w['until']}, previous {pw['since']}..{pw['until']})")
    counts = [p["count"] for p in rep["periods"]]
    bars([(p["period"], p["count"], ("partial" if p["partial"] else "") + (" previous" if p["window"] == "previous" else ""))
          for p in rep["periods"]], title=title)
    t = rep["total"]
    r.out(f"trend {sparkline(counts)}  total {t['current']} against {t['previous']} before: {t['trend']}")
    changes_table("genre", rep["genres"])
    changes_table("format", rep["formats"])
    if "buyers" in rep:
        changes_table("buyer", rep["buyers"])
    rules = rep["rules"]
    r.info(f"rising/falling needs a count of at least {rules['min_count']}, a change of at least {rules['min_change']} "
           f"and {rules['min_ratio']}x; smaller numbers are 'small'. --json lists the greenlight ids of every count.")


def trends(
    buyer: Annotated[Optional[str], typer.Option("--buyer", "-b", help="Only this buyer (name, alias or id).")] = None,
    genre: Annotated[Optional[list[str]], typer.Option("--genre", "-g", help="Only greenlights with this genre (repeatable: all of them).")] = None,
    format_: Annotated[Optional[list[str]], typer.Option("--format", "-f", help="Only this format (repeatable: any).")] = None,
    region: Annotated[Optional[list[str]], typer.Option("--region", "-r", help="Only this region (repeatable: any).")] = None,
    by: Annotated[By, typer.Option("--by", help="Period of the counts.")] = By.quarter,
    since: Annotated[Optional[str], typer.Option("--since", help="Start of the window (ISO date; default: the last 6 months, 4 quarters or 2 years).")] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print one JSON object (ids of the greenlights behind every count).")] = False,
) -> None:
    """Greenlights per period, and the genres, formats and buyers rising or falling against the window before."""
    r.set_json(json_)
    from mw import clock
    from mw.ask.trends import resolve_filters, trends as run

    kb = _ctx.kb()
    f = resolve_filters(kb, buyers=[buyer] if buyer else [], genres=genre or [], formats=format_ or [], regions=region or [])
    rep = run(kb, f, today=clock.today(), by=by.value, since=since)
    if json_:
        r.emit_json(rep)
        return
    if rep["sample"]:
        r.info("[sample data] fictional buyers and executives")
    render(rep)


def register(app: typer.Typer) -> None:
    app.command("trends")(trends)
