"""Prometheus metrics for every ``mw`` process, aggregated in the state store.

Design
======

Every ``mw`` process (``mw ask``, a cron-driven ``mw refresh``, a server) records
into the **state store**; ``mw serve-metrics`` exports with a custom collector
(:class:`StoreCollector`) that reads the store at scrape time.

- Short-lived processes show up: an ``mw ask`` that lived 200 ms has flushed its
  counts into the store before it exited, and the next scrape sees them.
- With a shared Redis (``MW_STORE=redis://...``) every host adds into the same
  keys, so one scrape of any ``mw serve-metrics`` shows the totals of all hosts.
- No prometheus_client multiprocess mode: it writes one mmap file per PID and
  never removes them (thousands of ``mw ask`` runs → thousands of files and slow
  scrapes), and custom collectors do not work in it.
- No Pushgateway: it is not an aggregator (pushes from separate processes
  overwrite each other); it only fits one service-level batch job.

Recording is cheap and does not import prometheus_client (~0.1 s to import):
the process-wide :class:`Recorder` adds counter deltas and histogram bucket
counts to plain dicts in memory (a few microseconds per question, see
``benchmarks/bench_metrics.py``) and **flushes** them once per command (an
``atexit`` hook registered on the first recording, or :func:`flush`) and at most
every ``flush_interval`` seconds (default 10) in long-running processes. A flush
adds each changed key with :meth:`StateStore.incr` (atomic on both backends, so
concurrent processes never lose counts) and appends the buffered analytics
events (:mod:`mw.ops.analytics`). A failing flush never fails the command: the
deltas are kept for the next flush (or dropped at exit) and ``MW_DEBUG=1``
prints why.

Store layout (values are integers, so ``incr`` works on both backends):

- counter: ``metrics:{name}:{label values joined by '|'}``
- histogram: the same key plus ``:b{i}`` (count of observations in bucket *i*,
  *not* cumulative; the last index is +Inf), ``:sum`` and ``:count``
- gauge: ``metrics:{name}:{labels}`` set with :meth:`StateStore.set`
  (last writer wins; only the cross-encoder gauge is recorded this way)

Float amounts (seconds, USD) are stored as integers in micro-units
(``Spec.scale``): seconds in microseconds, USD in nano-dollars.

Cardinality is bounded: every label has a fixed domain (intent: every
intent of ``mw ask`` + ``unknown``; status: ``ok``, ``invalid`` (the asker's mistake, e.g. an
empty question: not a failure), ``error`` (a failure), ``rate_limited``; ``cache_type="answer"``; ``model``: only models
known to the price table or configured (``llm_model``, ``[llm.prices.*]``),
anything else is ``other``; ``component``; ``error_type``), and the collector
enumerates that domain to read the keys with one ``get_many``. User ids never
appear in labels; distinct users are a gauge computed from analytics events.

Metrics computed at scrape time, not recorded: ``mandatewizard_system_health``
(store, knowledge_base, data_freshness), ``mandatewizard_active_users``
(distinct users in the last 24 h of the ``queries`` event stream) and the
refresh metrics, read from the job-status records ``mw refresh`` keeps in the
``jobs`` collection and labelled ``refresh_job`` (a label named ``job`` would be
renamed ``exported_job`` by the scrape).

``mandatewizard_cross_encoder_improvement`` is exported only once a reranking
stage reports a cross-encoder (a trace stage named ``*cross_encoder*`` with an
``improvement`` field). No cross-encoder model ships offline, so by default the
gauge is absent rather than a misleading 0.

Instrumentation stays out of the domain code: :func:`track_query` is a context
manager around one question (used by :func:`mw.ops.service.ask_one`); it
is passed to :meth:`mw.ask.asker.Asker.answer` as its ``observer``, which fills in
the retrieval trace stages and per-backend stage timings of a computed answer.
"""
from __future__ import annotations

import atexit
import os
import secrets
import socket
import sys
import threading
import time
from bisect import bisect_left
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.store.state.base import StateStore

NS = "mandatewizard"
KEY_PREFIX = "metrics:"

# --- label domains -------------------------------------------------------------
# every mw.ask.intent.Intent, lower-cased (tests/test_metrics.py checks), and ``unknown`` (no answer)
INTENTS = ("routing", "strategic", "factual", "examples", "process", "trends", "compare", "moves", "watches",
           "unknown")
#: ``invalid``: the asker's mistake (an empty question, an unknown user id); ``error``: a failure of ours.
QUERY_STATUSES = ("ok", "invalid", "error", "rate_limited")
LLM_STATUSES = ("ok", "error", "timeout", "rejected")
TOKEN_TYPES = ("prompt", "completion")
CACHE_TYPES = ("answer",)
HYDE_SOURCES = ("llm", "template")
COMPONENTS = ("ask", "store", "llm", "knowledge_base", "refresh", "metrics")
ERROR_TYPES = (
    "usage", "config", "not_found", "data", "store", "service", "locked", "internal",
    "llm_error", "llm_timeout", "llm_rejected",
)
HEALTH_COMPONENTS = ("store", "knowledge_base", "data_freshness", "vector", "graph")
VECTOR_BACKENDS = ("embedded", "pinecone")
GRAPH_BACKENDS = ("embedded", "falkordb", "neo4j")
BATCH_KINDS = ("answer_cache", "embed", "other")  # mw.ops.batcher kinds (mw.ops.batched)
OTHER = "other"
MODEL = "<model>"  # marker: the domain is the configured models (see configured_models)

# --- bucket bounds (fixed: processes on every host must agree) ------------------
QUERY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)
SEARCH_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
LLM_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0)
TOPK_BUCKETS = (0, 1, 2, 3, 5, 10, 20, 50)
RESULTS_BUCKETS = (0, 1, 5, 10, 25, 50, 100, 200, 500)
BATCH_SIZE_BUCKETS = (1, 2, 4, 8, 16, 32, 64)
BATCH_WAIT_BUCKETS = (0.0001, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1)

MICRO = 1_000_000
NANO = 1_000_000_000


@dataclass(frozen=True)
class Spec:
    """One metric: full Prometheus name, type, help, labels with their domains."""

    name: str
    kind: str  # "counter" | "histogram" | "gauge"
    help: str
    labels: tuple[tuple[str, Any], ...] = ()  # (label, domain tuple or MODEL)
    buckets: tuple[float, ...] = ()
    scale: int = 1  # stored integer = value * scale (counters) / sum * scale (histograms)
    init: str = "all"  # which label combinations are exported at zero: "all" | "default_model" | "none"

    @property
    def labelnames(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.labels)


def _s(name: str, kind: str, help: str, labels: Sequence[tuple[str, Any]] = (), **kw: Any) -> Spec:
    return Spec(f"{NS}_{name}", kind, help, tuple(labels), **kw)


# Kinds of question (an answer's ``shape``, see mw.ask.questions) counted as themselves, not as their intent.
QUESTION_KINDS = ("TRENDS", "COMPARE", "MOVES", "WATCHES")


def question_kind(res: dict[str, Any] | None) -> str | None:
    """The kind of question an answer is (``TRENDS``, ``COMPARE``, ``MOVES``, ``WATCHES``), or None."""
    shape = res.get("shape") if res else None
    return shape if shape in QUESTION_KINDS else None


QUERIES = _s("queries_total", "counter", "Questions answered, by intent and outcome.",
             [("intent", INTENTS), ("status", QUERY_STATUSES)])
QUERY_DURATION = _s("query_duration_seconds", "histogram", "Time to answer a question (limits + answer).",
                    [("intent", INTENTS)], buckets=QUERY_BUCKETS, scale=MICRO)
CACHE_HITS = _s("cache_hits_total", "counter", "Cache lookups that found an entry.", [("cache_type", CACHE_TYPES)])
CACHE_MISSES = _s("cache_misses_total", "counter", "Cache lookups that found nothing.", [("cache_type", CACHE_TYPES)])
VECTOR_DURATION = _s("vector_search_duration_seconds", "histogram",
                     "Dense (vector index) search time, by backend; zero counts when no vector index is in use.",
                     [("backend", VECTOR_BACKENDS)], buckets=SEARCH_BUCKETS, scale=MICRO)
VECTOR_RESULTS = _s("vector_search_results", "histogram", "Documents returned by a dense search, by backend.",
                    [("backend", VECTOR_BACKENDS)], buckets=RESULTS_BUCKETS)
GRAPH_DURATION = _s("graph_search_duration_seconds", "histogram",
                    "Structured (graph) evidence stage time, by backend.", [("backend", GRAPH_BACKENDS)],
                    buckets=SEARCH_BUCKETS, scale=MICRO)
LLM_REQUESTS = _s("llm_requests_total", "counter", "LLM requests, by model and outcome.",
                  [("model", MODEL), ("status", LLM_STATUSES)], init="default_model")
LLM_TOKENS = _s("llm_tokens_total", "counter", "LLM tokens, by model and type (prompt/completion).",
                [("model", MODEL), ("type", TOKEN_TYPES)], init="default_model")
LLM_DURATION = _s("llm_duration_seconds", "histogram", "LLM request time.", [("model", MODEL)],
                  buckets=LLM_BUCKETS, scale=MICRO, init="default_model")
LLM_COST = _s("llm_cost_usd_total", "counter", "LLM spend in US dollars (list prices).", [("model", MODEL)],
              scale=NANO, init="default_model")
ADAPTIVE_TOPK = _s("adaptive_topk", "histogram", "Executives kept by adaptive top-k.", buckets=TOPK_BUCKETS)
QUERY_EXPANSION = _s("query_expansion_total", "counter",
                     "Questions whose terms were expanded with synonyms before retrieval.")
HYDE = _s("hyde_total", "counter", "Hypothetical documents (HyDE) used for retrieval, by source.",
          [("source", HYDE_SOURCES)])
CROSS_ENCODER = _s("cross_encoder_improvement", "gauge",
                   "Last reranking gain reported by a cross-encoder (exported only when one is used).")
ERRORS = _s("errors_total", "counter", "Errors, by type and component.",
            [("error_type", ERROR_TYPES), ("component", COMPONENTS)], init="none")
BATCH_SIZE = _s("batch_size", "histogram", "Items per batch run by a coalescing batcher, by batch kind.",
                [("kind", BATCH_KINDS)], buckets=BATCH_SIZE_BUCKETS)
BATCH_WAIT = _s("batch_wait_seconds", "histogram",
                "Time the oldest item of a batch waited before the batch ran, by batch kind.",
                [("kind", BATCH_KINDS)], buckets=BATCH_WAIT_BUCKETS, scale=MICRO)

RECORDED: tuple[Spec, ...] = (
    QUERIES, QUERY_DURATION, CACHE_HITS, CACHE_MISSES, VECTOR_DURATION, VECTOR_RESULTS, GRAPH_DURATION,
    LLM_REQUESTS, LLM_TOKENS, LLM_DURATION, LLM_COST, ADAPTIVE_TOPK, QUERY_EXPANSION, HYDE, ERRORS,
    BATCH_SIZE, BATCH_WAIT,
)

# Computed at scrape time (documented here so the list of names lives in one module).
SYSTEM_HEALTH = _s("system_health", "gauge", "1 when the component is healthy, else 0.",
                   [("component", HEALTH_COMPONENTS)])
ACTIVE_USERS = _s("active_users", "gauge", "Distinct users who asked a question in the last 24 hours.")
# The job is labelled ``refresh_job``, never ``job``: a scrape renames a target's own ``job`` label to
# ``exported_job`` (honor_labels: false), and the scrape job's name would take its place.
REFRESH_DURATION = _s("refresh_job_duration_seconds", "gauge", "Duration of the last run of a refresh job.",
                      [("refresh_job", None)])
# ``partial``: some sources failed and the others landed (the job record's ``runs_partial``).
REFRESH_STATUSES = ("ok", "partial", "failed")
REFRESH_RUNS = _s("refresh_runs_total", "counter", "Refresh job runs, by outcome.",
                  [("refresh_job", None), ("status", REFRESH_STATUSES)])
REFRESH_LAST_SUCCESS = _s("refresh_last_success_timestamp_seconds", "gauge",
                          "Unix time of the last successful run of a refresh job.", [("refresh_job", None)])
# The LLM headline extractor's spend (the job records' running totals; only jobs that used it).
REFRESH_LLM_TOKENS = _s("refresh_llm_tokens_total", "counter",
                        "LLM tokens spent reading feed headlines, by refresh job and type (prompt/completion).",
                        [("refresh_job", None), ("type", TOKEN_TYPES)])
REFRESH_LLM_COST = _s("refresh_llm_cost_usd_total", "counter",
                      "LLM spend reading feed headlines in US dollars (list prices), by refresh job.",
                      [("refresh_job", None)])


def metric_key(spec: Spec, values: Sequence[str]) -> str:
    return f"{KEY_PREFIX}{spec.name}:{'|'.join(values)}"


def configured_models(settings: "Settings | None") -> tuple[str, ...]:
    """The bounded ``model`` label domain: the price table, ``[llm.prices.*]`` and ``llm_model``."""
    from mw.llm import PRICES

    models = dict.fromkeys(PRICES)
    if settings is not None:
        models.update(dict.fromkeys(settings.section("llm", "prices")))
        if settings.llm_model:
            models[settings.llm_model] = None
    return tuple(models) + (OTHER,)


def model_label(model: str | None, settings: "Settings | None") -> str:
    if not model:
        return OTHER
    if settings is not None and (model == settings.llm_model or model in settings.section("llm", "prices")):
        return model
    from mw.llm import PRICES

    return model if model in PRICES else OTHER


def error_type(exc: BaseException) -> str:
    """Map an exception to the bounded ``error_type`` label."""
    from mw import errors as e

    for cls, name in (
        (e.UsageError, "usage"), (e.ConfigError, "config"), (e.NotFound, "not_found"), (e.DataError, "data"),
        (e.StoreError, "store"), (e.ExternalServiceError, "service"), (e.Locked, "locked"),
    ):
        if isinstance(exc, cls):
            return name
    return "internal"


def query_status(exc: BaseException | None) -> str:
    """``queries_total{status}`` of a question that ended with ``exc`` (None: answered)."""
    from mw import errors as e

    if exc is None:
        return "ok"
    if isinstance(exc, e.RateLimited):
        return "rate_limited"
    if isinstance(exc, (e.UsageError, e.NotFound, e.DataError)):
        return "invalid"
    return "error"


# =============================================================================
# Recording (no prometheus_client here)
# =============================================================================
def _debug(msg: str) -> None:
    if os.environ.get("MW_DEBUG") == "1":
        sys.stderr.write(f"mw: debug: metrics: {msg}\n")


class Recorder:
    """In-memory deltas for this process, flushed to the state store.

    Thread-safe. ``flush_interval`` bounds how stale the store may get in a
    long-running process (:meth:`maybe_flush` is called after every question).
    """

    def __init__(self, flush_interval: float = 10.0) -> None:
        self.flush_interval = flush_interval
        self._lock = threading.Lock()
        self._deltas: dict[str, int] = {}
        self._gauges: dict[str, float] = {}
        self._events: list[tuple[str, dict[str, Any], float, float]] = []
        self._values: dict[str, tuple[Any, float]] = {}  # key -> (value, ttl): answers kept for history
        self._state: "StateStore | None" = None
        self._last_flush = time.monotonic()
        self._atexit = False

    # --- recording ------------------------------------------------------------
    def bind(self, state: "StateStore | None") -> None:
        """Flush into ``state`` (default: :func:`mw.store.state.factory.open_state`)."""
        if state is not None:
            self._state = state
        if not self._atexit:
            self._atexit = True
            atexit.register(self.flush_quietly)

    def inc(self, spec: Spec, labels: Sequence[str] = (), amount: float = 1) -> None:
        key = f"{KEY_PREFIX}{spec.name}:{'|'.join(labels)}"
        n = int(round(amount * spec.scale)) if spec.scale != 1 or not isinstance(amount, int) else amount
        if n:
            with self._lock:
                self._deltas[key] = self._deltas.get(key, 0) + n

    def observe(self, spec: Spec, labels: Sequence[str], value: float) -> None:
        base = f"{KEY_PREFIX}{spec.name}:{'|'.join(labels)}"
        i = bisect_left(spec.buckets, value)
        d = self._deltas
        with self._lock:
            k = f"{base}:b{i}"
            d[k] = d.get(k, 0) + 1
            k = base + ":sum"
            d[k] = d.get(k, 0) + int(round(value * spec.scale))
            k = base + ":count"
            d[k] = d.get(k, 0) + 1

    def set_gauge(self, spec: Spec, labels: Sequence[str], value: float) -> None:
        with self._lock:
            self._gauges[metric_key(spec, labels)] = float(value)

    def event(self, stream: str, event: dict[str, Any], ts: float, retention: float) -> None:
        with self._lock:
            self._events.append((stream, event, ts, retention))

    def put(self, key: str, value: Any, ttl: float) -> None:
        """Store ``value`` under ``key`` at the next flush (before the events that refer to it)."""
        with self._lock:
            self._values[key] = (value, ttl)

    def pending(self) -> tuple[dict[str, int], dict[str, float], int]:
        with self._lock:
            return dict(self._deltas), dict(self._gauges), len(self._events)

    # --- flushing -------------------------------------------------------------------
    def maybe_flush(self) -> None:
        if time.monotonic() - self._last_flush >= self.flush_interval:
            self.flush_quietly()

    def flush(self, state: "StateStore | None" = None) -> int:
        """Write everything pending; returns how many store writes it made.

        On a store error the unwritten deltas and events are kept and the error
        is raised (:meth:`flush_quietly` swallows it).
        """
        with self._lock:
            deltas, self._deltas = self._deltas, {}
            gauges, self._gauges = self._gauges, {}
            events, self._events = self._events, []
            values, self._values = self._values, {}
            self._last_flush = time.monotonic()
        if not (deltas or gauges or events or values):
            return 0
        done = 0
        try:
            if state is None:
                state = self._state
            if state is None:
                from mw.store.state.factory import open_state

                state = open_state()
            done += apply_deltas(state, deltas)
            deltas = {}
            for k, v in list(gauges.items()):
                state.set(k, v)
                del gauges[k]
                done += 1
            for k, (v, ttl) in list(values.items()):
                state.set(k, v, ttl=ttl)
                del values[k]
                done += 1
            while events:
                stream, ev, ts, retention = events[0]
                state.log_event(stream, ev, ts, retention)
                events.pop(0)
                done += 1
            return done
        except BaseException:
            with self._lock:  # keep what was not written for the next flush
                for k, v in deltas.items():
                    self._deltas[k] = self._deltas.get(k, 0) + v
                for k, v in gauges.items():
                    self._gauges.setdefault(k, v)
                for k, kv in values.items():
                    self._values.setdefault(k, kv)
                self._events[:0] = events
            raise

    def flush_quietly(self, state: "StateStore | None" = None) -> int:
        try:
            return self.flush(state)
        except Exception as e:  # recording must never fail a command
            _debug(f"flush failed: {type(e).__name__}: {e}")
            return 0

    def clear(self) -> None:
        with self._lock:
            self._state = None
            self._deltas.clear()
            self._gauges.clear()
            self._events.clear()
            self._values.clear()


def apply_deltas(state: "StateStore", deltas: Mapping[str, int]) -> int:
    """Add ``deltas`` to the store's integer keys; returns the number of keys written.

    Uses a batch ``incr_many(mapping)`` when the store has one (one round trip:
    a Redis MULTI pipeline / one diskcache transaction), else one atomic
    :meth:`StateStore.incr` per key.
    """
    items = {k: v for k, v in deltas.items() if v}
    if not items:
        return 0
    batch = getattr(state, "incr_many", None)
    if callable(batch):
        batch(items)
    else:
        for k, v in items.items():
            state.incr(k, v)
    return len(items)


RECORDER = Recorder()


def flush(state: "StateStore | None" = None) -> int:
    """Flush this process's recorder now (the CLI may call it at exit; atexit does too)."""
    return RECORDER.flush_quietly(state)


def count_error(exc: BaseException | str, component: str) -> None:
    """Record one error for ``component`` (an exception or an ``error_type`` name)."""
    et = exc if isinstance(exc, str) else error_type(exc)
    RECORDER.inc(ERRORS, (et if et in ERROR_TYPES else "internal", component if component in COMPONENTS else "ask"))


def record_batch(kind: str, size: int, wait: float) -> None:
    """A :mod:`mw.ops.batcher` listener: one batch's size and its oldest item's wait."""
    k = kind if kind in BATCH_KINDS else OTHER
    RECORDER.observe(BATCH_SIZE, (k,), float(size))
    RECORDER.observe(BATCH_WAIT, (k,), float(wait))


def watch_batches() -> None:
    """Record every batcher's batches in this process (idempotent)."""
    from mw.ops.batcher import add_listener

    add_listener(record_batch)


# =============================================================================
# One question: track_query
# =============================================================================
_HOST = socket.gethostname()


@dataclass
class QueryTrack:
    """What :func:`track_query` learns about one question while it runs."""

    question: str
    user: str
    tier: str
    cache_used: bool
    llm_calls_before: int
    started: float = field(default_factory=time.perf_counter)
    result: dict[str, Any] | None = None
    error: BaseException | None = None
    stages: list[dict[str, Any]] | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)
    now: float | None = None  # injected clock for the event time (default mw.clock.now())


@contextmanager
def track_query(asker: Any, question: str, *, opts: Any = None, user: str | None = None,
                tier: str | None = None, now: float | None = None,
                recorder: Recorder | None = None) -> Iterator[QueryTrack]:
    """Record one question: metrics + analytics event, even when it fails.

    Usage (``mw.ops.service.ask_one``)::

        with track_query(asker, question, opts=opts, user=user) as tq:
            tq.result = asker.answer(question, opts)   # set tq.tier once limits know it

    Exceptions propagate unchanged; a failure while recording is swallowed
    (``MW_DEBUG=1`` prints it), so recording never fails the answer.
    """
    rec = recorder or RECORDER
    settings = getattr(asker, "settings", None)
    llm = getattr(asker, "llm", None)
    tq = QueryTrack(
        question=question,
        user=user or getattr(settings, "user", None) or "unknown",
        tier=tier or getattr(settings, "default_tier", None) or "unknown",
        cache_used=not getattr(opts, "no_cache", False) and getattr(asker, "state", None) is not None,
        llm_calls_before=len(getattr(llm, "calls", None) or []),
        now=now,
    )
    try:
        yield tq
    except BaseException as e:
        tq.error = e
        raise
    finally:
        try:
            record_question(tq, asker, rec)
            rec.bind(getattr(asker, "state", None))
            rec.maybe_flush()
        except Exception as e:  # noqa: BLE001 - never fail the answer
            _debug(f"recording failed: {type(e).__name__}: {e}")


def record_question(tq: QueryTrack, asker: Any, rec: Recorder) -> None:
    """Turn a finished :class:`QueryTrack` into metric deltas and one analytics event."""
    from mw import clock
    from mw.errors import RateLimited

    settings = getattr(asker, "settings", None)
    elapsed = time.perf_counter() - tq.started
    res = tq.result if isinstance(tq.result, dict) else None
    if tq.error is None:
        status = "ok" if res is not None else "error"
    else:
        status = query_status(tq.error)
    # a trends, comparison, moves or watches question is counted as that kind, not as its base intent
    intent = str(question_kind(res) or (res.get("intent") if res else None) or "unknown").lower()
    if intent not in INTENTS:
        intent = "unknown"
    rec.inc(QUERIES, (intent, status))
    rec.observe(QUERY_DURATION, (intent,), elapsed)
    cached = bool(res and res.get("cached"))
    if res is not None and tq.cache_used:
        rec.inc(CACHE_HITS if cached else CACHE_MISSES, ("answer",))
    if tq.error is not None and status == "error" and isinstance(tq.error, Exception):
        rec.inc(ERRORS, (error_type(tq.error), "ask"))

    # retrieval stages (absent for cached answers and failures before retrieval)
    for st in tq.stages or ():
        name = st.get("stage", "")
        if name == "query_expansion" and st.get("terms"):
            rec.inc(QUERY_EXPANSION)
        elif name == "hyde":
            rec.inc(HYDE, ("llm" if st.get("source") == "llm" else "template",))
        elif name == "adaptive_topk" and st.get("chosen") is not None:
            rec.observe(ADAPTIVE_TOPK, (), float(st["chosen"]))
        elif name == "dense" and not st.get("skipped"):
            secs = tq.stage_seconds.get("vector", float(st.get("ms", 0.0)) / 1000)
            vb = st.get("backend") if st.get("backend") in VECTOR_BACKENDS else "embedded"
            rec.observe(VECTOR_DURATION, (vb,), secs)
            rec.observe(VECTOR_RESULTS, (vb,), float(st.get("documents", 0)))
        elif name == "structured_graph":
            gb = st.get("backend") if st.get("backend") in GRAPH_BACKENDS else "embedded"
            rec.observe(GRAPH_DURATION, (gb,), tq.stage_seconds.get("graph", float(st.get("ms", 0.0)) / 1000))
        elif "cross_encoder" in name and st.get("improvement") is not None:
            rec.set_gauge(CROSS_ENCODER, (), float(st["improvement"]))

    # LLM requests made during this question
    llm = getattr(asker, "llm", None)
    for call in (getattr(llm, "calls", None) or [])[tq.llm_calls_before:]:
        model = model_label(call.get("model"), settings)
        st = call.get("status") or "error"
        st = st if st in LLM_STATUSES else "error"
        rec.inc(LLM_REQUESTS, (model, st))
        rec.inc(LLM_TOKENS, (model, "prompt"), int(call.get("prompt_tokens") or 0))
        rec.inc(LLM_TOKENS, (model, "completion"), int(call.get("completion_tokens") or 0))
        rec.observe(LLM_DURATION, (model,), float(call.get("duration_s") or 0.0))
        rec.inc(LLM_COST, (model,), float(call.get("cost_usd") or 0.0))
        if st != "ok":
            rec.inc(ERRORS, (f"llm_{st}", "llm"))

    # analytics event
    from mw.ops import analytics

    if isinstance(tq.error, RateLimited):  # the limiter knows who was refused, and their tier
        tq.user = str(tq.error.details.get("user") or tq.user)
        tq.tier = str(tq.error.details.get("tier") or tq.tier)

    ents = (res or {}).get("entities") or {}
    execs = [e.get("name") for e in ((res or {}).get("executives") or [])[:3] if isinstance(e, dict)]
    from mw.ask.asker import normalize_question

    days = getattr(settings, "analytics_retention_days", 30) or 30
    retention = float(days) * 86400
    answer_key = None
    if status == "ok" and res is not None and getattr(settings, "values", {}).get("history_answers", True):
        kept = analytics.answer_to_keep(res)
        answer_key = analytics.answer_key(kept)
        rec.put(answer_key, kept, retention)  # mw history show; one copy per distinct answer
    event = {
        "id": secrets.token_hex(6), "answer": answer_key,
        "user": tq.user, "tier": tq.tier, "question": tq.question, "normalized": normalize_question(tq.question),
        "intent": intent, "latency_ms": round(elapsed * 1000, 3), "cached": cached, "status": status,
        "error": None if tq.error is None else (getattr(tq.error, "code", None) if status == "rate_limited"
                                                 else error_type(tq.error)),
        "executives": [e for e in execs if e], "regions": list(ents.get("regions") or []),
        "genres": list(ents.get("genres") or []), "host": _HOST,
    }
    rec.event(analytics.STREAM, event, clock.now() if tq.now is None else tq.now, retention)


# =============================================================================
# Exporting (serve-metrics): prometheus_client is imported only here
# =============================================================================
def _ts(value: Any) -> float | None:
    """Epoch seconds from a number or an ISO 8601 string (tolerant); None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        pass
    import datetime as dt

    try:
        d = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    return d.timestamp()


def _combos(spec: Spec, settings: "Settings | None") -> list[tuple[str, ...]]:
    domains: list[Sequence[str]] = []
    for _, dom in spec.labels:
        domains.append(configured_models(settings) if dom == MODEL else dom)
    out: list[tuple[str, ...]] = [()]
    for dom in domains:
        out = [c + (v,) for c in out for v in dom]
    return out


def _keys_for(spec: Spec, combo: Sequence[str]) -> list[str]:
    base = metric_key(spec, combo)
    if spec.kind == "histogram":
        return [f"{base}:b{i}" for i in range(len(spec.buckets) + 1)] + [base + ":sum", base + ":count"]
    return [base]


def read_recorded(state: "StateStore", settings: "Settings | None") -> dict[str, Any]:
    """Every recorded key's value from the store, in one ``get_many``."""
    keys: list[str] = []
    for spec in RECORDED:
        for combo in _combos(spec, settings):
            keys.extend(_keys_for(spec, combo))
    keys.append(metric_key(CROSS_ENCODER, ()))
    values = state.get_many(keys)
    return {k: v for k, v in zip(keys, values) if v is not None}


def _fmt_bound(b: float) -> str:
    return repr(float(b))


def recorded_families(values: Mapping[str, Any], settings: "Settings | None") -> list[Any]:
    """prometheus_client metric families for the recorded metrics."""
    from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily

    default_model = getattr(settings, "llm_model", None)
    fams: list[Any] = []
    for spec in RECORDED:
        names = list(spec.labelnames)
        if spec.kind == "counter":
            fam: Any = CounterMetricFamily(spec.name[: -len("_total")], spec.help, labels=names)
        else:
            fam = HistogramMetricFamily(spec.name, spec.help, labels=names)
        for combo in _combos(spec, settings):
            keys = _keys_for(spec, combo)
            present = any(k in values for k in keys)
            if not present:
                if spec.init == "none":
                    continue
                if spec.init == "default_model" and combo[0] != default_model:
                    continue
            if spec.kind == "counter":
                fam.add_metric(list(combo), float(values.get(keys[0], 0)) / spec.scale)
            else:
                cum, buckets = 0, []
                for i, b in enumerate(spec.buckets):
                    cum += int(values.get(keys[i], 0))
                    buckets.append((_fmt_bound(b), cum))
                cum += int(values.get(keys[len(spec.buckets)], 0))
                buckets.append(("+Inf", cum))
                total = float(values.get(keys[-2], 0)) / spec.scale
                fam.add_metric(list(combo), buckets, total)
        fams.append(fam)
    ce = values.get(metric_key(CROSS_ENCODER, ()))
    if ce is not None:
        fams.append(GaugeMetricFamily(CROSS_ENCODER.name, CROSS_ENCODER.help, value=float(ce)))
    return fams


# --- health -------------------------------------------------------------------------
def stale_after_seconds(settings: "Settings | None") -> float:
    raw = settings.section("metrics").get("stale_after_hours", 48) if settings is not None else 48
    try:
        return float(raw) * 3600
    except (TypeError, ValueError):
        return 48 * 3600.0


def health_report(state: "StateStore | None", settings: "Settings", *, kb: Any = None,
                  now: float | None = None, jobs: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """Health of the store, the knowledge base and data freshness (``/healthz`` and the gauges).

    Data is fresh when every refresh job in the ``jobs`` collection succeeded
    within ``[metrics] stale_after_hours`` (default 48); with no job records,
    when the knowledge base was written within that time.
    """
    from mw import clock

    now = clock.now() if now is None else now
    out: dict[str, Any] = {}
    # store
    if state is None:
        out["store"] = {"ok": False, "detail": "no state store"}
    else:
        try:
            h = state.health()
            out["store"] = {"ok": bool(h.ok), "backend": h.backend, "url": h.url, "detail": h.detail,
                            "latency_ms": h.latency_ms, "degraded": h.degraded}
        except Exception as e:  # noqa: BLE001
            out["store"] = {"ok": False, "detail": f"{type(e).__name__}: {e}"}
    # knowledge base
    kb_updated: float | None = None
    try:
        if kb is None:
            out["knowledge_base"] = {"ok": False, "detail": f"no knowledge base at {settings.kb_path}",
                                     "hint": "mw kb import FILE"}
        else:
            n = kb.count()
            kb_updated = _ts(kb.updated_at)
            out["knowledge_base"] = {"ok": n > 0, "records": n, "version": kb.version, "sample": kb.is_sample,
                                     "updated_at": kb.updated_at,
                                     **({} if n > 0 else {"detail": "the knowledge base is empty"})}
    except Exception as e:  # noqa: BLE001
        out["knowledge_base"] = {"ok": False, "detail": f"{type(e).__name__}: {e}"}
    # data freshness
    limit = stale_after_seconds(settings)
    if jobs is None:
        try:
            jobs = state.list_records("jobs") if state is not None else {}
        except Exception as e:  # noqa: BLE001
            jobs = {}
            out["data_freshness"] = {"ok": False, "detail": f"cannot read job records: {e}"}
    if "data_freshness" not in out:
        if jobs:
            stale = {}
            for name, rec in sorted(jobs.items()):
                if rec.get("status") == "skipped" and rec.get("last_success") is None:
                    continue  # a job with no sources configured is not stale data
                last = _ts(rec.get("last_success"))
                age = None if last is None else now - last
                if age is None or age > limit:
                    stale[name] = None if age is None else round(age)
            out["data_freshness"] = {"ok": not stale, "stale_after_s": limit, "jobs": sorted(jobs),
                                     **({"stale_jobs_age_s": stale} if stale else {})}
        elif kb_updated is not None:
            age = now - kb_updated
            out["data_freshness"] = {"ok": age <= limit, "stale_after_s": limit, "kb_age_s": round(age)}
        else:
            out["data_freshness"] = {"ok": False, "detail": "no refresh job has run and the knowledge base "
                                     "has no update time"}
    out["vector"] = _vector_health(settings)
    out["graph"] = _graph_health(settings, kb)
    from mw.urls import redact_obj

    return redact_obj(out)  # /healthz answers without a key: never a credential from a URL or driver error


def _vector_health(settings: "Settings") -> dict[str, Any]:
    """The configured vector index; the embedded one counts as healthy when not in use."""
    from mw.store.vectors.factory import index_exists, vector_url

    url = vector_url(settings)
    try:
        if url is None and not index_exists(None):
            return {"ok": True, "backend": "embedded", "detail": "no vector index in use (lexical retrieval)"}
        from mw.store.vectors.factory import open_vectors

        return dict(open_vectors(url).health())
    except Exception as e:  # noqa: BLE001 - a health check reports, it does not raise
        return {"ok": False, "backend": "pinecone" if url and url.startswith("pinecone:") else "embedded",
                "detail": f"{type(e).__name__}: {e}"}


def _graph_health(settings: "Settings", kb: Any) -> dict[str, Any]:
    """The configured graph backend (embedded: readable when the knowledge base is)."""
    from mw.store.graph.factory import graph_kind, graph_url

    url = graph_url(settings)
    try:
        kind = graph_kind(url)
        if kind == "embedded":
            return {"ok": kb is not None, "backend": "embedded"}
        from mw.store.graph.factory import open_graph

        g = open_graph(url, kb, sync=False)
        try:
            ok, detail = g.health()
        finally:
            close = getattr(g, "close", None)
            if close is not None:
                close()
        return {"ok": bool(ok), "backend": kind, "detail": detail}
    except Exception as e:  # noqa: BLE001
        return {"ok": False, "backend": "graph", "detail": f"{type(e).__name__}: {e}"}


class StoreCollector:
    """A prometheus_client collector that reads the state store at scrape time.

    ``state``, ``kb`` are zero-argument callables (opened lazily, reopened by
    the caller's factories as they see fit). ``describe()`` returns ``[]`` so
    registering does not run a scrape.
    """

    def __init__(self, settings: "Settings", state: Callable[[], "StateStore"],
                 kb: Callable[[], Any] | None = None, now: Callable[[], float] | None = None) -> None:
        self.settings = settings
        self._state = state
        self._kb = kb or (lambda: None)
        self._now = now

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        from mw import clock

        now = self._now() if self._now else clock.now()
        state = None
        try:
            state = self._state()
            values = read_recorded(state, self.settings)
        except Exception as e:  # noqa: BLE001 - keep exporting health
            _debug(f"reading metrics failed: {e}")
            count_error(e, "metrics")
            values = None
        if values is not None:
            yield from recorded_families(values, self.settings)

        jobs: dict[str, dict[str, Any]] = {}
        try:
            jobs = state.list_records("jobs") if state is not None else {}
        except Exception as e:  # noqa: BLE001
            count_error(e, "metrics")
        try:
            kb = self._kb()
        except Exception:  # noqa: BLE001
            kb = None
        health = health_report(state, self.settings, kb=kb, now=now, jobs=jobs)
        g = GaugeMetricFamily(SYSTEM_HEALTH.name, SYSTEM_HEALTH.help, labels=["component"])
        for comp in HEALTH_COMPONENTS:
            g.add_metric([comp], 1.0 if health.get(comp, {}).get("ok") else 0.0)
        yield g

        try:
            from mw.ops import analytics

            n = analytics.active_users(state, now=now) if state is not None else 0
            yield GaugeMetricFamily(ACTIVE_USERS.name, ACTIVE_USERS.help, value=float(n))
        except Exception as e:  # noqa: BLE001
            count_error(e, "metrics")

        dur = GaugeMetricFamily(REFRESH_DURATION.name, REFRESH_DURATION.help, labels=list(REFRESH_DURATION.labelnames))
        runs = CounterMetricFamily(REFRESH_RUNS.name[: -len("_total")], REFRESH_RUNS.help,
                                   labels=list(REFRESH_RUNS.labelnames))
        last = GaugeMetricFamily(REFRESH_LAST_SUCCESS.name, REFRESH_LAST_SUCCESS.help,
                                 labels=list(REFRESH_LAST_SUCCESS.labelnames))
        llm_tokens = CounterMetricFamily(REFRESH_LLM_TOKENS.name[: -len("_total")], REFRESH_LLM_TOKENS.help,
                                         labels=list(REFRESH_LLM_TOKENS.labelnames))
        llm_cost = CounterMetricFamily(REFRESH_LLM_COST.name[: -len("_total")], REFRESH_LLM_COST.help,
                                       labels=list(REFRESH_LLM_COST.labelnames))
        for job, rec in sorted(jobs.items()):
            if not isinstance(rec, dict):
                continue
            d = rec.get("last_duration_s")
            if isinstance(d, (int, float)) and not isinstance(d, bool):
                dur.add_metric([job], float(d))
            for status in REFRESH_STATUSES:
                runs.add_metric([job, status], float(rec.get(f"runs_{status}") or 0))
            ts = _ts(rec.get("last_success"))
            if ts is not None:
                last.add_metric([job], ts)
            if "llm_requests_total" in rec:
                for t in TOKEN_TYPES:
                    llm_tokens.add_metric([job, t], float(rec.get(f"llm_{t}_tokens_total") or 0))
                llm_cost.add_metric([job], float(rec.get("llm_cost_usd_total") or 0.0))
        yield dur
        yield runs
        yield last
        yield llm_tokens
        yield llm_cost


def build_registry(collector: StoreCollector) -> Any:
    from prometheus_client import CollectorRegistry

    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)  # type: ignore[arg-type]
    return registry


__all__ = [
    "RECORDER", "Recorder", "StoreCollector", "Spec", "apply_deltas", "build_registry", "count_error",
    "flush", "health_report", "record_batch", "record_question", "track_query", "watch_batches",
]
