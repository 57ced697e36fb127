"""`mw history`: your past questions (time, intent, took, cached), searchable; `mw history show N` prints an
answer again from the store while it is held.

Questions come from the analytics events (:mod:`mw.ops.analytics`), so they are
kept as long as ``analytics_retention_days`` says (default 30), on every host
that shares the state store. Answers are kept for the same period unless
``history_answers = false``.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r

history_app = typer.Typer(
    name="history",
    help="Your past questions (time, intent, took, cached), newest first; `show N` prints an answer again.",
    invoke_without_command=True,
    no_args_is_help=False,
    epilog="\b\nExamples:\n"
           "  mw history\n"
           "  mw history --search thriller --limit 5\n"
           "  mw history --json | jq -r .question\n"
           "  mw history show 1",
)

UserOpt = Annotated[Optional[str], typer.Option("--user", help="Whose history (env MW_USER; default: you).",
                                                show_default=False)]
DaysOpt = Annotated[Optional[int], typer.Option(
    "--days", min=1, max=3650, show_default=False,
    help="Only the last N days (default: the whole retention period, analytics_retention_days).")]


def _who(user: str | None) -> str:
    from mw.ops.limits import identity

    return identity(_ctx.settings(), user)


def _days(days: int | None) -> int:
    return days or _ctx.settings().analytics_retention_days


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M")


def _took(ms: Any) -> str:
    if not isinstance(ms, (int, float)):
        return "-"
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


@history_app.callback()
def history(
    ctx: typer.Context,
    search: Annotated[Optional[str], typer.Option(
        "--search", "-s", help="Only questions containing every word of TEXT (case-insensitive).",
        show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100000, help="At most N questions.")] = 20,
    days: DaysOpt = None,
    user: UserOpt = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON Lines, one question per line.")] = False,
) -> None:
    """Your past questions, newest first: number, time (UTC), intent, time taken, cached, question."""
    if ctx.invoked_subcommand is not None:
        return
    r.set_json(json_)
    from mw import clock
    from mw.ops import analytics

    who = _who(user)
    rows = analytics.history(_ctx.state(), who, now=clock.now(), days=_days(days), search=search, limit=limit)
    if json_:
        for row in rows:
            r.emit_json({**row, "time": clock.iso(row["ts"])})
        return
    if not rows:
        what = f" matching {search!r}" if search else ""
        r.info(f"No questions{what} from {who} in the last {_days(days)} days.")
        return
    r.table(["#", "time (UTC)", "intent", "took", "cached", "question"],
            [(row["n"], _when(row["ts"]), (row["intent"] or "-") if row["status"] == "ok" else row["status"],
              _took(row["took_ms"]), "yes" if row["cached"] else "", row["question"]) for row in rows])


@history_app.command("show", epilog="\b\nExamples:\n  mw history show\n  mw history show 3 --json\n  mw history show 3f2a9c01b7e4")
def show(
    which: Annotated[str, typer.Argument(help="The question's number in `mw history` (1 = the latest) or its id.",
                                         show_default=False)] = "1",
    days: DaysOpt = None,
    user: UserOpt = None,
    json_: Annotated[bool, typer.Option("--json", help="Print the answer as the one JSON object `mw ask --json` "
                                                       "printed.")] = False,
) -> None:
    """Print the answer to a past question again, from the store (the knowledge base may have changed since)."""
    r.set_json(json_)
    from mw import clock
    from mw.errors import NotFound
    from mw.ops import analytics

    who = _who(user)
    keep_days = _days(days)
    row, answer = analytics.history_entry(_ctx.state(), who, which, now=clock.now(), days=keep_days)
    if answer is None:
        if row["status"] != "ok":
            why = f"it was not answered ({row['status']}: {row['error'] or 'unknown'})"
            hint = f'Ask it again: mw ask "{row["question"]}"' if row["question"].strip() else None
        elif not _ctx.settings().value("history_answers"):
            why = "answers are not kept (history_answers = false)"
            hint = "mw config set history_answers true"
        else:
            why = (f"the answer is no longer held (answers are kept "
                   f"{_ctx.settings().analytics_retention_days} days, analytics_retention_days)")
            hint = f'Ask it again: mw ask "{row["question"]}"'
        raise NotFound(f"#{row['n']} ({row['question']!r}, {clock.iso(row['ts'])}): {why}", hint=hint,
                       n=row["n"], id=row["id"])
    res = {**answer, "cached": row["cached"], "took_ms": row["took_ms"]}
    if not json_:
        r.info(f"#{row['n']}, asked {_when(row['ts'])} UTC: the answer as it was then")
    from mw.commands.ask import _show

    _show(res, json_, False)


def register(app: typer.Typer) -> None:
    app.add_typer(history_app)
