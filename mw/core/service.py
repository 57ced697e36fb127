"""Wiring for a question: build the :class:`~mw.core.ask.Asker` from settings, then run
each question through the per-question pipeline:

    1. rate limits   (mw.core.limits)      check-and-record atomically, or refuse
    2. answer        (mw.core.ask)         cache, retrieval, composition, optional LLM
    3. record        (mw.core.analytics, mw.core.metrics)  event + metrics, never fails the answer

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


def ask_one(asker: "Asker", question: str, opts: "AskOptions", *, user: str | None = None) -> dict[str, Any]:
    """One question: limits, answer, record."""
    # --- 1. rate limits -------------------------------------------------------
    # --- 2. answer -------------------------------------------------------------
    return asker.answer(question, opts)
    # --- 3. record ---------------------------------------------------------------


def ask_batch(asker: "Asker", questions: Iterable[str], opts: "AskOptions", *, user: str | None = None
              ) -> Iterator[dict[str, Any]]:
    """A batch (``mw ask -``): one answer per question, in order."""
    for q in questions:
        yield ask_one(asker, q, opts, user=user)
