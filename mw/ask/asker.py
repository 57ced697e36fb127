"""`mw ask` as a service: cache, retrieval, composition, optional LLM, timings.

:class:`Asker` holds the opened backends so a batch (``mw ask -``) or a server
reuses them. Cache key = normalised question + options + knowledge-base version
(+ LLM model when one writes the text), so an import or refresh (which changes
the version) never lets a stale answer through.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from mw import clock
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.store.kb import KnowledgeBase
    from mw.store.state.base import StateStore

CACHE_PREFIX = "answer:"


@dataclass
class AskOptions:
    top_k: int | None = None
    no_cache: bool = False
    explain: bool = False
    model: str | None = None


def normalize_question(q: str) -> str:
    q = fold(q).strip()
    q = re.sub(r"\s+", " ", q)
    return q.rstrip(" ?!.")


class Asker:
    def __init__(self, settings: "Settings", kb: "KnowledgeBase", state: "StateStore | None" = None,
                 graph: Any = None, vectors: Any = None, llm: Any = None) -> None:
        from mw.store.graph.base import EmbeddedGraph

        self.settings = settings
        self.kb = kb
        self.state = state
        self.graph = graph or EmbeddedGraph(kb)
        self.vectors = vectors
        self.llm = llm  # an mw.ask.llm.LLMWriter or None
        self.parser: Any = None  # an mw.ask.llm_parse.LLMParser when the LLM also parses questions
        self.notes: list[str] = []  # set-up warnings added to every computed answer
        self.vectors_note: str | None = None  # why dense retrieval is off or behind (--explain)
        # Pluggable answer-cache read: ``cache_get(key) -> value | None``. None (the CLI's
        # single question) reads ``state.get``; the server plugs in a coalescing
        # Batcher (one ``state.get_many`` per batch) and ``mw ask -`` a prefetched batch.
        self.cache_get: Callable[[str], Any] | None = None

    def cache_key(self, question: str, opts: AskOptions) -> str:
        parts = {
            "q": normalize_question(question), "k": opts.top_k, "kb": self.kb.version,
            "llm": (opts.model or self.settings.llm_model) if self.llm else None,
            "vec": bool(self.vectors), "explain": opts.explain,
        }
        if self.parser is not None:
            parts["parse"] = True
        if self.vectors_note:  # a lagging or missing vector index answers differently: own entries
            parts["vnote"] = self.vectors_note
        return CACHE_PREFIX + hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]

    def _cache_read(self, key: str) -> dict[str, Any] | None:
        return self.cache_get(key) if self.cache_get is not None else self.state.get(key)

    def answer(self, question: str, opts: AskOptions | None = None, observer: Any = None) -> dict[str, Any]:
        """The answer as the JSON object ``mw ask --json`` prints.

        ``observer`` (e.g. the metrics' QueryTrack) gets ``stages`` (the retrieval trace) and
        ``stage_seconds`` (per backend: vector, graph) when the answer is computed, not cached; an
        ``on_rerank`` callable on it gets the reranker's :class:`mw.ask.retrieval.RerankCase`.
        """
        opts = opts or AskOptions()
        t0 = time.perf_counter()
        # One key per answer: it reads the KB version and hashes the options.
        key = None if opts.no_cache or self.state is None else self.cache_key(question, opts)
        hit = self._cache_read(key) if key is not None else None
        if hit is not None:
            hit["cached"] = True
            hit["took_ms"] = round((time.perf_counter() - t0) * 1000, 2)
            return hit
        result = self.compute(question, opts, observer)
        if key is not None and result.get("shape") != "WATCHES":  # watch positions move without a KB change
            self.state.set(key, result, ttl=self.settings.cache_ttl)
        result["cached"] = False
        result["took_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        return result

    def compute(self, question: str, opts: AskOptions, observer: Any = None) -> dict[str, Any]:
        from mw.ask import intent as intent_mod
        from mw.ask.answer import compose
        from mw.ask.lookup import closest as lookup_closest
        from mw.ask.retrieval import Backends, retrieve

        if not question.strip():
            from mw.errors import UsageError

            raise UsageError("empty question", hint='Ask e.g.: mw ask "Who should I pitch a crime thriller to?"')
        today = clock.today()
        recent_days = int(self.settings.file.get("recent_days", 365))
        pq = intent_mod.parse(question, self.kb, today=today, recent_days=recent_days)
        if self.parser is not None:  # the optional LLM parser: checked against the KB; offline on any failure
            pq = self.parser.refine(question, pq)
        llm_down = self.parser is not None and self.parser.down
        from mw.ask import questions

        move_days = int(self.settings.file.get("recent_move_days", 180))
        if pq.shape in questions.SHAPES:
            out = questions.answer(pq, self.kb, self.graph, today=today, recent_days=recent_days,
                                   recent_move_days=move_days, state=self.state)
            out["warnings"].extend(self.notes)
            if opts.explain:
                out["explain"] = {"parsed": pq.to_dict(), "stages": [], "top_k": None}
            return out
        closest: list[str] = []
        if pq.unknown_name:
            closest = lookup_closest(self.kb, pq.unknown_name)
        hyde_text = None
        llm_info: dict[str, Any] | None = None
        n_calls = len(self.llm.calls) if self.llm is not None else 0
        if self.llm is not None and not pq.unknown_name and not llm_down:
            hyde_text = self.llm.hyde(question, pq)
        stage_seconds: dict[str, float] = {}
        r = retrieve(pq, Backends(self.kb, self.graph, self.vectors, self.vectors_note), today=today, top_k=opts.top_k,
                     hyde_text=hyde_text, recent_days=recent_days, on_stage=stage_seconds.__setitem__,
                     on_rerank=getattr(observer, "on_rerank", None))
        if observer is not None:
            observer.stages = list(r.trace.stages)
            observer.stage_seconds = stage_seconds
        companies = {c["id"]: c for c in self.kb.all("company")}
        ans = compose(pq, r, companies, today=today, stale_days=self.settings.stale_mandate_days,
                      sample=self.kb.is_sample, closest=closest, recent_days=recent_days)
        hyde_failed = llm_down or (self.llm is not None and len(self.llm.calls) > n_calls
                                   and self.llm.calls[-1]["status"] != "ok")
        if self.llm is not None and hyde_failed:
            # The HyDE call just failed: the server is down or slow; do not wait for it twice.
            llm_info = self.llm.calls[-1]
            ans.warnings.append(f"LLM unavailable ({llm_info['error']}); showing the offline answer")
            ans.llm = llm_info
        elif self.llm is not None and ans.sources:
            text, llm_info = self.llm.write(question, ans)
            if text:
                ans.answer = text
            elif llm_info and llm_info.get("error"):
                ans.warnings.append(f"LLM unavailable ({llm_info['error']}); showing the offline answer")
            ans.llm = llm_info
        ans.warnings.extend(self.notes)
        out = ans.to_dict()
        questions.note_moves(out, self.kb, today, move_days)
        if opts.explain:
            out["explain"] = {"constraints": pq.constraints, "vocabulary": pq.vocabulary, "parsed": pq.to_dict(),
                              "stages": r.trace.stages, "top_k": r.top_k}
        return out
