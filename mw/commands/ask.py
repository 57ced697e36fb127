"""`mw ask`: answer a pitch question from the knowledge base."""
from __future__ import annotations

import sys
from typing import Annotated, Any, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r


def _kind(res: dict) -> str:
    """The intent, and the kind of question where it has one: "FACTUAL · trends", "STRATEGIC · compare"."""
    from mw.ops.metrics import question_kind  # already loaded: every answer is recorded

    kind = question_kind(res)
    return f"{res['intent']} · {kind.lower()}" if kind else res["intent"]


def _complete_question(incomplete: str) -> list[str]:
    try:
        from mw.ask.suggest import suggest

        return [s["text"] for s in suggest(_ctx.kb(), incomplete, limit=15, popular=_ctx.popular_questions())]
    except Exception:  # completion must never break the shell
        return []


def ask(
    question: Annotated[Optional[str], typer.Argument(
        help="The question; '-' (or piped stdin) reads one question per line.", show_default=False,
        autocompletion=_complete_question)] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print one JSON object (JSON Lines for batches).")] = False,
    top_k: Annotated[Optional[int], typer.Option("--top-k", min=1, max=50, help="At most N executives/greenlights.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Skip the answer cache.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show each retrieval stage.")] = False,
    user: Annotated[Optional[str], typer.Option("--user", help="Who is asking (env MW_USER; rate limits).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="LLM model when an LLM is configured (env MW_LLM_MODEL).")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Never call an LLM, even when one is configured.")] = False,
    sources: Annotated[bool, typer.Option("--sources", help="On a terminal: the full sources table (record, date, "
                                                            "source), not short references.")] = False,
) -> None:
    """Who should I pitch this to? Ranked executives with reasons, cited and dated sources, follow-ups."""
    r.set_json(json_)
    from mw import config
    from mw.ask.asker import AskOptions
    from mw.ops.service import ask_one, build_asker

    config.set_overrides(user=user, llm_model=model)
    batch = question == "-" or (question is None and not sys.stdin.isatty())
    if question is None and not batch:
        from mw.errors import UsageError

        raise UsageError("no question given", hint='Try: mw ask "Who should I pitch a Nordic crime thriller to?"')
    asker = build_asker(state=_ctx.state(), offline=offline)
    opts = AskOptions(top_k=top_k, no_cache=no_cache, explain=explain, model=model)
    if not batch:
        res = ask_one(asker, question, opts)
        with r.paged():
            _show(res, json_, explain, sources)
        return
    questions = [line.strip() for line in sys.stdin if line.strip() and not line.lstrip().startswith("#")]
    if not questions and question is None:  # `mw ask` alone from a script or cron: say so, do not succeed silently
        from mw.errors import UsageError

        raise UsageError("no question given, and none on stdin",
                         hint='Try: mw ask "Who should I pitch a Nordic crime thriller to?", or pipe one question '
                              "per line into mw ask -")
    from mw.ops.service import ask_batch

    for i, res in enumerate(ask_batch(asker, questions, opts)):
        if json_:
            r.emit_json(res)
        else:
            if i:
                r.out("")
            _show(res, False, explain, sources)


#: Short source references shown on a terminal before "+N more" (--sources shows the table).
SHORT_SOURCES = 8


def _show(res: dict[str, Any], json_: bool, explain: bool, full_sources: bool = False) -> None:
    if json_:
        r.emit_json(res)
        return
    for w in res.get("warnings", []):
        r.warn(w)
    if r.is_tty():
        from rich.panel import Panel

        escape = r.esc  # data: cleaned of control characters and escaped

        c = r.console()
        title = f"{_kind(res)}{' · cached' if res.get('cached') else ''} · {res.get('took_ms')} ms"
        c.print(Panel(escape(res["answer"]), title=escape(res["question"]), subtitle=title, expand=True))
        if res.get("sources") and full_sources:
            from rich.table import Table

            t = Table(title="Sources", show_header=True, header_style="bold")
            for col in ("#", "record", "date", "source"):
                t.add_column(col, overflow="fold")
            for s in res["sources"]:
                t.add_row(str(s["n"]), escape(f"{s['type']}: {s['label']}"), s.get("date") or "", escape(s["source"]))
            c.print(t)
        elif res.get("sources"):
            _short_sources(c, res["sources"])
        if res.get("followups"):
            c.print("[bold]Follow-ups[/bold]")
            for f in res["followups"]:
                c.print(f"  • {escape(f)}")
    else:
        r.out(f"Q: {res['question']}  [{_kind(res)}{', cached' if res.get('cached') else ''}]")
        r.out(res["answer"])
        if res.get("sources"):
            r.out("")
            r.out("Sources:")
            from mw.ask.dates import gl_date

            for s in res["sources"]:
                when = gl_date(s)
                r.out(f"  [{s['n']}] {s['type']}: {s['label']} ({when}) {s['source']}")
        if res.get("followups"):
            r.out("")
            r.out("Follow-ups:")
            for f in res["followups"]:
                r.out(f"  - {f}")
    if explain and "explain" in res:
        r.out("")
        r.out("Explain:")
        ex = res["explain"]
        r.out(f"  parser: {(ex.get('parsed') or {}).get('parser', 'offline')}")
        r.out("  constraints: " + (r.dumps(ex.get("constraints")) if ex.get("constraints") else "none"))
        for line in ex.get("vocabulary") or []:
            r.out(f"  vocabulary: {line}")
        r.out(r.dumps(ex["parsed"]))
        for st in res["explain"]["stages"]:
            r.out(f"  {st['stage']}: " + r.dumps({k: v for k, v in st.items() if k != "stage"}))


def _short_sources(c: Any, sources: list[dict[str, Any]]) -> None:
    """One line per source, ``[n] label (type, date)``, cut to the window; the rest counted."""
    from rich.text import Text

    width = max(c.width - 2, 20)
    c.print(Text("Sources", style="bold"))
    for s in sources[:SHORT_SOURCES]:
        line = Text(f"  [{s['n']}] ", style="dim")
        line.append(r.clean(s["label"]))
        line.append(f" ({s['type']}, {s.get('date') or 'undated'})", style="dim")
        line.truncate(width, overflow="ellipsis")
        c.print(line, no_wrap=True, soft_wrap=False)
    more = len(sources) - SHORT_SOURCES
    if more > 0:
        c.print(Text(f"  +{more} more: mw ask ... --sources for every source with its link", style="dim"))


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)
