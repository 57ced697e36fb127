"""Wiring for a question: build the :class:`~mw.ask.asker.Asker` from settings, then run
each question through the per-question pipeline:

    1. rate limits   (mw.ops.limits)      check-and-record atomically, or refuse
    2. answer        (mw.ask.asker)         cache, retrieval, composition, optional LLM
    3. record        (mw.ops.analytics, mw.ops.metrics)  event + metrics, never fails the answer

Both the CLI and (later) the HTTP server call :func:`ask_one` / :func:`ask_batch`, so
every entry point enforces and records the same way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

from mw.config import get_settings

if TYPE_CHECKING:
    from mw.ask.asker import Asker, AskOptions
    from mw.store.state.base import StateStore


def build_asker(state: "StateStore | None", *, offline: bool = False) -> "Asker":
    from mw.ask.asker import Asker
    from mw.ingest.sample import open_kb

    settings = get_settings()
    kb = open_kb()
    llm = None
    notes: list[str] = []
    if not offline and settings.openai_api_key:
        import importlib.util

        if importlib.util.find_spec("openai") is None:
            notes.append("OPENAI_API_KEY is set but the openai package is not installed "
                         "(pip install 'mandate-wizard[llm]'); answering offline")
        else:
            from mw.ask.llm import LLMWriter

            llm = LLMWriter(settings)
    # Dense retrieval when semantic search is enabled (the 'semantic' extra installed, MW_SEMANTIC
    # not 'off') and the vector index holds vectors; open_dense imports nothing heavy otherwise,
    # so `mw ask` without the extra never imports numpy.
    from mw.index.dense import dense_status

    vectors, vectors_note = dense_status(settings, kb)
    if vectors is not None and vectors_note:
        notes.append(vectors_note)  # a stale index is used, but never silently
    from mw.store.graph.factory import open_configured_graph

    graph = open_configured_graph(kb, settings)  # embedded unless a graph URL is configured
    asker = Asker(settings, kb, state, graph=graph, vectors=vectors, llm=llm)
    if llm is not None and settings.value("llm.parse"):
        from mw.ask.llm_parse import LLMParser

        asker.parser = LLMParser(llm, kb)
    asker.notes = notes
    asker.vectors_note = vectors_note
    return asker


def ask_one(asker: "Asker", question: str, opts: "AskOptions", *, user: str | None = None,
            burst: bool = True, now: float | None = None, keyed: bool = False) -> dict[str, Any]:
    """One question: limits, answer, record.

    ``user`` defaults to ``settings.user`` (``--user``/``MW_USER``/login). ``burst=False``
    counts the question against the daily quota only (2nd.. question of a batch).
    ``now`` (epoch seconds) injects a clock for the limits; default :func:`mw.clock.now`.
    ``keyed``: the question came with an API key (always limited; see :mod:`mw.ops.limits`).
    Raises :class:`mw.errors.RateLimited` (exit 3) when refused.
    """
    # --- 3. record (opened first: a try/finally around 1 and 2) --------------------
    # track_query records metrics + one analytics event when the block ends, also for
    # an error or a rate-limit refusal; a failure while recording is swallowed. The
    # deltas stay in memory and are flushed once per process (atexit, or every few
    # seconds in long-running processes): see mw.ops.metrics.
    from mw.ops.metrics import track_query

    with track_query(asker, question, opts=opts, user=user, now=now) as tq:
        # --- 1. rate limits -------------------------------------------------------
        from mw.ops.limits import Limiter

        state = asker.state
        if state is None:  # never skip the limits because the asker has no cache store
            from mw.store.state.factory import open_state

            state = open_state(asker.settings)
        # Grant.warnings (limits counted per host while Redis is down) is for callers that
        # show warnings; the CLI already warns once when it opens a degraded store.
        grant = Limiter(state, asker.settings).enforce(user, burst=burst, now=now, keyed=keyed)
        tq.user, tq.tier = grant.user, grant.tier
        # --- 2. answer -------------------------------------------------------------
        tq.result = asker.answer(question, opts, observer=tq)
        return tq.result


def ask_batch(asker: "Asker", questions: Iterable[str], opts: "AskOptions", *, user: str | None = None
              ) -> Iterator[dict[str, Any]]:
    """A batch (``mw ask -``): one answer per question, in order.

    Rate limits: each question costs 1 against the daily quota when it is
    answered; the whole batch is one burst hit (recorded with the first
    question). When a limit refuses, the batch stops: the :class:`RateLimited`
    propagates with ``answered`` (and ``not_asked`` when the batch length is
    known) added, after the answers already yielded.
    """
    from mw.ops.batched import BatchPrefetch
    from mw.errors import RateLimited

    total = len(questions) if hasattr(questions, "__len__") else None  # type: ignore[arg-type]
    answered = 0
    # Batching (mw.ops.batched): when the batch is a sequence, each chunk's cache entries are
    # read with one get_many and its cache misses are embedded together (semantic extra), one
    # chunk ahead of answering; limits are still checked one question at a time as above.
    prefetch = BatchPrefetch(asker, opts) if total is not None and hasattr(questions, "__getitem__") else None
    try:
        for i, q in enumerate(questions):
            if prefetch is not None and i % prefetch.chunk == 0:
                prefetch.prefetch(questions[i:i + prefetch.chunk])  # type: ignore[index]
            try:
                res = ask_one(asker, q, opts, user=user, burst=answered == 0)
            except RateLimited as exc:
                exc.details["answered"] = answered
                note = f"; batch stopped after {answered} answered question(s)"
                if total is not None:
                    exc.details["not_asked"] = total - answered
                    note += f", {total - answered} not asked"
                exc.message += note
                exc.args = (exc.message,)
                raise
            answered += 1
            yield res
    finally:
        if prefetch is not None:
            prefetch.close()
