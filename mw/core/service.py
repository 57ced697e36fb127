"""Wiring for a question: build the :class:`~mw.core.ask.Asker` from settings, then run
each question through the per-question pipeline (rate limits, answer, analytics, metrics).

Both the CLI and (later) the HTTP server call :func:`ask_one` / :func:`ask_batch`, so
every entry point enforces and records the same way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

from mw.config import get_settings

if TYPE_CHECKING:
    from mw.core.ask import Asker, AskOptions
    from mw.store.state import StateStore


def build_asker(state: "StateStore | None", *, offline: bool = False) -> "Asker":
    from mw.core.ask import Asker
    from mw.store.kb import open_kb

    settings = get_settings()
    kb = open_kb()
    llm = None
    if not offline and settings.openai_api_key:
        from mw.core.llm import LLMWriter

        llm = LLMWriter(settings)
    return Asker(settings, kb, state, llm=llm)


def ask_one(asker: "Asker", question: str, opts: "AskOptions") -> dict[str, Any]:
    return asker.answer(question, opts)


def ask_batch(asker: "Asker", questions: Iterable[str], opts: "AskOptions") -> Iterator[dict[str, Any]]:
    for q in questions:
        yield ask_one(asker, q, opts)
