"""`mw watch`: saved questions, checked for new greenlights, mandates and executive moves."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r
from mw.urls import redact

app = typer.Typer(help="Watches: what is new (greenlights, mandates, executive moves) for saved queries.",
                  no_args_is_help=True)
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (JSON Lines for lists) on stdout.")]


@app.command("add")
def add(
    query: Annotated[str, typer.Argument(help='What to watch, e.g. "crime thrillers at Brightwater" or an executive.',
                                         show_default=False)],
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Name of the watch (default: the query).")] = None,
    webhook: Annotated[Optional[str], typer.Option("--webhook", help="POST new items as JSON to this http(s) URL.")] = None,
    json_: JsonOpt = False,
) -> None:
    """Add a watch; `mw watch check` then reports what is new for it."""
    r.set_json(json_)
    from mw.ops.watches import add as run

    w = run(_ctx.state(), _ctx.kb(), query, name=name, webhook=webhook)
    w = {**w, "webhook": redact(w.get("webhook"))}  # a password or token in the URL is never printed
    if json_:
        r.emit_json(w)
        return
    f = w["filters"]
    bits = [f"{k}: {', '.join(v)}" for k, v in (("buyers", f["company_names"]), ("executives", f["executive_names"]),
                                                  ("genres", f["genres"]), ("formats", f["formats"]),
                                                  ("regions", f["regions"]), ("keywords", f["keywords"])) if v]
    r.info(f"Watching {w['name']!r} ({'; '.join(bits)}){' with webhook ' + w['webhook'] if w['webhook'] else ''}.")


@app.command("list")
def list_(json_: JsonOpt = False) -> None:
    """List watches."""
    r.set_json(json_)
    from mw.ops.watches import list_watches, since_label

    rows = [{**w, "webhook": redact(w.get("webhook"))} for w in list_watches(_ctx.state())]
    if json_:
        for w in rows:
            r.emit_json(w)
        return
    r.table(["name", "query", "webhook", "last check", "pending"],
            [(w["name"], w["query"], w.get("webhook") or "", since_label(w), len(w.get("pending") or [])) for w in rows])
    r.info(f"{len(rows)} watch(es)")


@app.command("rm")
def rm(
    name: Annotated[str, typer.Argument(help="Name (or id) of the watch.", show_default=False)],
    json_: JsonOpt = False,
) -> None:
    """Remove a watch."""
    r.set_json(json_)
    from mw.ops.watches import remove

    w = remove(_ctx.state(), name)
    if json_:
        r.emit_json({"removed": w["id"], "name": w["name"]})
    else:
        r.info(f"Removed watch {w['name']!r}.")


@app.command("check")
def check(
    names: Annotated[Optional[list[str]], typer.Argument(help="Only these watches (default: all).", show_default=False)] = None,
    json_: Annotated[bool, typer.Option("--json", help="One JSON object per new item (JSON Lines).")] = False,
) -> None:
    """Print what is new since the last check for each watch (nothing new: prints nothing, exit 0)."""
    r.set_json(json_)
    from mw.errors import ExternalServiceError
    from mw.ops.watches import check as run

    rep = run(_ctx.state(), _ctx.kb(), names=names or None)
    for it in rep.items:
        if json_:
            r.emit_json(it)
        else:
            r.out(f"[{it['watch']}] {it['kind']} {it['date'] or 'undated'}  {it['summary']}  ({it['source']})")
    if rep.failed:
        for wid, why in rep.failed.items():
            r.warn(f"watch {wid}: {why}")
        raise ExternalServiceError(f"{len(rep.failed)} webhook(s) failed; their items stay pending",
                                   hint="They are sent again on the next `mw watch check`.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="watch")
