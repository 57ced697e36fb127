"""`mw suggest`: suggested questions (for people, pipes and fzf).

TAB completion does not run this command: the completion scripts call ``mw __complete``
(:mod:`mw.complete`), which reads the same suggestions from the completion table.
"""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from mw.commands import _render as r


def suggest(
    partial: Annotated[Optional[list[str]], typer.Argument(
        help="What you have typed so far (words are joined; empty: the best starting questions).",
        show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=200, help="At most N suggestions.")] = 10,
    json_: Annotated[bool, typer.Option("--json", help="One JSON object per line: text, category, source.")] = False,
    user: Annotated[Optional[str], typer.Option("--user", help="Whose past questions to offer (env MW_USER).")] = None,
) -> None:
    """Suggest questions: popular ones from analytics, then templates filled from the knowledge base."""
    r.set_json(json_)
    from mw import config
    from mw.commands import _ctx
    from mw.ask.suggest import suggest as run

    config.set_overrides(user=user)
    text = " ".join(partial or [])
    items = run(_ctx.kb(), text, limit=limit, popular=_ctx.popular_questions(config.get_settings().user))
    for it in items:
        if json_:
            r.emit_json(it)
        else:
            r.out(it["text"])


def register(app: typer.Typer) -> None:
    app.command("suggest")(suggest)
