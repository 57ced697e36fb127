"""`mw compare`: buyers side by side."""
from __future__ import annotations

from typing import Annotated, Any, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r


def _mix(items: list[dict[str, Any]], n: int = 5) -> str:
    return ", ".join(f"{x['name']} {x['count']}" for x in items[:n]) or "-"


def render(rep: dict[str, Any]) -> None:
    bs = rep["buyers"]
    f = rep["filters"]
    what = " ".join([*f["regions"], *f["genres"], *f["formats"]])
    title = f"{' vs '.join(b['name'] for b in bs)}{' for ' + what if what else ''}, {rep['window']['since']}..{rep['window']['until']}"
    rows = [
        ("greenlights", *[str(b["greenlights"]["count"]) for b in bs]),
        ("last 90 days", *[str(b["last_90_days"]["count"]) for b in bs]),
        ("newest", *[f"{b['newest']['title']} ({b['newest']['date']})" if b["newest"] else "-" for b in bs]),
        ("genres", *[_mix(b["genres"]) for b in bs]),
        ("formats", *[_mix(b["formats"]) for b in bs]),
        ("regions", *[_mix(b["regions"]) for b in bs]),
    ]
    for i in range(max((len(b["executives"]) for b in bs), default=0)):
        cells = []
        for b in bs:
            if i >= len(b["executives"]):
                cells.append("")
                continue
            e = b["executives"][i]
            m = e["newest_mandate"]
            cell = f"{e['name']}{', ' + e['title'] if e.get('title') else ''}"
            if e["greenlights"]["count"]:
                cell += f" ({e['greenlights']['count']} greenlit)"
            if e.get("moved") and e["moved"]["recent"]:
                cell += f" [moved from {e['moved']['from']} {e['moved']['on']}]"
            cell += f"\nmandate {m['date'] or 'undated'}: {m['text']}" if m else "\nno mandate on record"
            cells.append(cell)
        rows.append((f"pitch #{i + 1}", *cells))
    r.table(["", *[b["name"] for b in bs]], rows, title=title)


def compare(
    buyers: Annotated[list[str], typer.Argument(help="Two or more buyers (names, aliases or ids).", show_default=False)],
    genre: Annotated[Optional[list[str]], typer.Option("--genre", "-g", help="Only greenlights with this genre (repeatable: all).")] = None,
    format_: Annotated[Optional[list[str]], typer.Option("--format", "-f", help="Only this format (repeatable: any).")] = None,
    region: Annotated[Optional[list[str]], typer.Option("--region", "-r", help="Only this region (repeatable: any).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Start of the window (ISO date; default: the last 730 days).")] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print one JSON object (ids of the records behind every figure).")] = False,
) -> None:
    """Buyers side by side: greenlights, genre/format/region mix, recency, and the executives to pitch."""
    r.set_json(json_)
    from mw import clock
    from mw.ask.compare import compare as run
    from mw.ask.trends import resolve_filters
    from mw.store.graph.factory import open_configured_graph

    kb = _ctx.kb()
    f = resolve_filters(kb, buyers=buyers, genres=genre or [], formats=format_ or [], regions=region or [])
    rep = run(kb, open_configured_graph(kb, _ctx.settings()), f.buyers, today=clock.today(), genres=f.genres,
              formats=f.formats, regions=f.regions, since=since)
    if json_:
        r.emit_json(rep)
        return
    if rep["sample"]:
        r.info("[sample data] fictional buyers and executives")
    render(rep)


def register(app: typer.Typer) -> None:
    app.command("compare")(compare)
