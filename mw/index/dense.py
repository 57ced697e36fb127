"""Keep the vector index in step with the knowledge base, and search it.

- :func:`doc_text` / :func:`doc_meta`: the text embedded for a record and the
  metadata stored with its vector (executive profile, mandate text, greenlight).
- :func:`sync`: incremental. Compares the knowledge base's current
  ``(type, id, record hash)`` set with the hashes stored in the index, rebuilds the
  text of records that are new or changed (and of executives whose company
  changed, since their text names the company), and embeds only documents whose
  text hash differs. Ids the knowledge base no longer has are deleted, which
  covers ``--replace`` and the sample being replaced. Called by
  :func:`mw.ingest.sync.after_kb_change` after every import and refresh.
  Bulk runs embed in worker processes (:mod:`mw.index.workers`).
- :func:`reindex`: from scratch (``mw kb reindex``), with a progress callback.
- :class:`DenseSearch`: the :class:`mw.ask.retrieval.VectorSearch` adapter that
  embeds the question (and HyDE text) and queries the index.
- :func:`open_dense`: the adapter for ``mw ask`` when semantic search is enabled
  and the index holds vectors, else None.

Doc ids are ``"<type>:<record id>"``. numpy is imported only when embeddings are
actually computed or searched.
"""
from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from mw.index.embed import MODEL_NAME

if TYPE_CHECKING:
    from mw.index.embed import Embedder
    from mw.store.kb import KnowledgeBase
    from mw.store.vectors.base import VectorIndex

DOC_TYPES = ("executive", "mandate", "greenlight")
STEP = 64  # documents per in-process embedding call (progress granularity: well under a second each)
CHUNK = 1024  # documents embedded between two writes to the index (MW_VECTOR_CHUNK overrides it)
FLUSH_SECONDS = 30.0  # ... or this long, whichever comes first: what a killed run loses at most

Progress = Callable[[int, int], None]


def doc_id(t: str, rid: str) -> str:
    return f"{t}:{rid}"


def split_id(did: str) -> tuple[str, str]:
    t, _, rid = did.partition(":")
    return t, rid


def doc_text(rec: dict[str, Any], companies: dict[str, str]) -> str:
    """What is embedded for a record (``companies``: company id -> name)."""
    t = rec["type"]
    if t == "executive":
        company = companies.get(rec.get("company") or "", rec.get("company") or "")
        parts = [f"{rec['name']}, {rec.get('title') or 'executive'} at {company}."]
        if rec.get("region"):
            parts.append(f"Region: {rec['region']}.")
        if rec.get("genres"):
            parts.append(f"Genres: {', '.join(rec['genres'])}.")
        if rec.get("formats"):
            parts.append(f"Formats: {', '.join(rec['formats'])}.")
        if rec.get("bio"):
            parts.append(rec["bio"])
        return " ".join(parts)
    if t == "mandate":
        return rec.get("text") or ""
    if t == "greenlight":
        head = f"{rec['title']}."
        kind = " ".join(x for x in (", ".join(rec.get("genres", [])), rec.get("format") or "") if x)
        return " ".join(x for x in (head, f"{kind}." if kind else "", rec.get("logline") or "") if x)
    raise ValueError(f"no document text for record type {t!r}")


def text_hash(text: str) -> str:
    return hashlib.sha256(f"{MODEL_NAME}\x1f{text}".encode()).hexdigest()[:16]


def doc_meta(rec: dict[str, Any], execs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Filterable metadata (no None values: some backends refuse nulls)."""
    t = rec["type"]
    m: dict[str, Any] = {"type": t, "record_id": rec["id"]}
    if t == "executive":
        m.update(region=rec.get("region"), genres=rec.get("genres", []), formats=rec.get("formats", []),
                 buyer=rec.get("company"), date=rec.get("updated_at"))
    elif t == "mandate":
        e = execs.get(rec.get("executive") or "", {})
        m.update(executive=rec.get("executive"), region=e.get("region"), genres=e.get("genres", []),
                 formats=e.get("formats", []), buyer=e.get("company"), date=rec.get("date"))
    else:
        m.update(region=rec.get("region"), genres=rec.get("genres", []), format=rec.get("format"),
                 buyer=rec.get("buyer"), date=rec.get("date"), executives=rec.get("executives", []))
    return {k: v for k, v in m.items() if v not in (None, "", [])}


@dataclass
class SyncReport:
    embedded: int = 0       # documents whose text was embedded
    upserted: int = 0       # vectors written (embedded + metadata-only updates)
    deleted: int = 0
    unchanged: int = 0
    total: int = 0          # documents in the index afterwards
    seconds: float = 0.0
    full: bool = False
    by_type: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"embedded": self.embedded, "upserted": self.upserted, "deleted": self.deleted,
                "unchanged": self.unchanged, "total": self.total, "seconds": round(self.seconds, 3),
                "full": self.full, "by_type": self.by_type}


def _current(kb: "KnowledgeBase") -> dict[str, str]:
    """doc id -> record hash for every document-bearing record in the knowledge base."""
    kb.ensure_data()
    q = f"SELECT type, id, hash FROM records WHERE type IN ({','.join('?' * len(DOC_TYPES))})"
    return {doc_id(t, rid): h for t, rid, h in kb.db.execute(q, DOC_TYPES)}


def sync(kb: "KnowledgeBase", index: "VectorIndex | None" = None, *, embedder: "Embedder | None" = None,
         full: bool = False, changed: Iterable[tuple[str, str]] = (), progress: Progress | None = None) -> SyncReport:
    """Bring ``index`` up to date with ``kb``; embed only what changed (everything when ``full``).

    ``changed``: ``(type, id)`` pairs a write reported; changed companies make their
    executives' texts (which name the company) be checked again.

    Vectors are written every ``CHUNK`` documents, and what was embedded is written when the
    run is interrupted (KeyboardInterrupt), so a run stopped half-way keeps its work and the
    next sync embeds only the rest. The index records the knowledge-base version it matches
    (``kb_version``) only when a run completes: :func:`lag` compares it on every open.
    ``progress(done, total)`` is called after every block of documents (``STEP`` in-process).

    Large runs embed in worker processes (:mod:`mw.index.workers`, ``MW_EMBED_WORKERS``), blocks
    pipelined so the workers never wait for this loop; ``embedder`` (tests, benchmarks) embeds
    in this process.
    """
    import time

    from mw.store.vectors.factory import open_vectors

    t0 = time.perf_counter()
    index = index if index is not None else open_vectors()
    rep = SyncReport(full=full)
    model = index.get_meta("model")
    if model and model != MODEL_NAME:
        full = rep.full = True  # another model wrote these vectors: they are not comparable
    if full and hasattr(index, "clear"):
        index.clear()  # then every document is appended: no whole-matrix rewrite per chunk
    stored = index.hashes()
    current = _current(kb)
    gone = [d for d in stored if d not in current]
    companies_changed = {rid for t, rid in changed if t == "company"}
    candidates = [d for d, h in current.items() if full or d not in stored or stored[d][1] != h]
    if companies_changed:
        cand = set(candidates)
        q = f"SELECT id FROM records WHERE type='executive' AND company_id IN ({','.join('?' * len(companies_changed))})"
        for (eid,) in kb.db.execute(q, list(companies_changed)):
            d = doc_id("executive", eid)
            if d not in cand:
                candidates.append(d)
                cand.add(d)
    # New documents last: a chunk of only new ids is appended to the index, not rewritten.
    candidates.sort(key=lambda d: d not in stored)
    rep.unchanged = len(current) - len(candidates)
    if gone:
        rep.deleted = index.delete(gone)
    items: list[tuple[str, Any, dict[str, Any]]] = []
    meta_only: list[tuple[str, dict[str, Any]]] = []

    def flush() -> None:
        if items:
            if index.get_meta("model") != MODEL_NAME:
                index.set_meta("model", MODEL_NAME)
            rep.upserted += index.upsert(list(items))
            items.clear()
        if meta_only:
            _update_meta(index, meta_only)
            meta_only.clear()

    chunk_docs = _chunk_size()
    last_flush = time.monotonic()
    total = len(candidates)
    if progress:
        progress(0, total)
    if candidates:
        companies = {c["id"]: c["name"] for c in kb.all("company")}
        execs = {e["id"]: e for e in kb.all("executive")}
        embed = _Embedding(embedder, total, chunk_docs)
        # Blocks of documents are embedded while the next ones are read: up to ``embed.window``
        # blocks in flight (workers never wait for this loop), collected in order.
        pending: deque[tuple[list[tuple[str, str, dict[str, Any]]], Any, int]] = deque()
        done = 0

        def collect() -> None:
            nonlocal done, last_flush
            need, fut, n = pending.popleft()
            if need:
                for (did, _, meta), vec in zip(need, embed.result(fut)):
                    items.append((did, vec, meta))
                    t = did.split(":", 1)[0]
                    rep.by_type[t] = rep.by_type.get(t, 0) + 1
                rep.embedded += len(need)
            done += n
            if len(items) >= chunk_docs or (items and time.monotonic() - last_flush >= FLUSH_SECONDS):
                flush()
                last_flush = time.monotonic()
            if progress:
                progress(done, total)

        try:
            for start in range(0, total, embed.step):
                chunk = candidates[start : start + embed.step]
                by_type: dict[str, list[str]] = {}
                for d in chunk:
                    t, rid = split_id(d)
                    by_type.setdefault(t, []).append(rid)
                need: list[tuple[str, str, dict[str, Any]]] = []
                for t, ids in by_type.items():
                    for rec in kb.get_many(t, ids).values():
                        did = doc_id(t, rec["id"])
                        text = doc_text(rec, companies)
                        meta = doc_meta(rec, execs)
                        meta["hash"] = text_hash(text)
                        meta["record_hash"] = current[did]
                        if full or stored.get(did, (None, None))[0] != meta["hash"]:
                            need.append((did, text, meta))
                        else:
                            meta_only.append((did, meta))  # the record changed, its embedded text did not
                pending.append((need, embed.submit([text for _, text, _ in need]) if need else None, len(chunk)))
                while pending and (len(pending) > embed.window or embed.ready(pending[0][1])):
                    collect()
            while pending:
                collect()
        except BaseException:
            embed.close(cancel=True)
            raise
        finally:
            # Interrupted (Ctrl-C) or a worker failed: keep what was embedded; the next sync
            # (``mw kb reindex``, or the next import) embeds only the rest.
            flush()
            embed.close()
    index.set_meta("model", MODEL_NAME)
    index.set_meta("kb_version", kb.version)
    rep.total = index.count()
    rep.seconds = time.perf_counter() - t0
    return rep


class _Embedding:
    """Where :func:`sync` embeds: in this process (``embedder`` given, or few documents, or
    ``MW_EMBED_WORKERS=1``) or in a :class:`mw.index.workers.EmbedPool` of worker processes.
    ``submit(texts)`` returns a future (already done in-process); ``step`` documents per block,
    ``window`` blocks in flight."""

    def __init__(self, embedder: "Embedder | None", total: int, chunk_docs: int) -> None:
        from mw.index.workers import CHUNK_TEXTS, worker_count

        self.embedder = embedder
        self.pool: Any = None
        self.step, self.window = STEP, 1
        n = 1 if embedder is not None else worker_count(total)
        if n > 1:
            from mw.index.workers import EmbedPool

            # A block gives each worker one task; no block outgrows a write chunk.
            self.step = max(1, min(n * CHUNK_TEXTS, chunk_docs))
            self.pool = EmbedPool(n, chunk=-(-self.step // n))
            self.window = 3

    def submit(self, texts: list[str]) -> Any:
        if self.pool is not None:
            return self.pool.submit(texts)
        from concurrent.futures import Future

        if self.embedder is None:
            from mw.index.embed import get_embedder

            self.embedder = get_embedder()
        fut: Future = Future()
        fut.set_result(self.embedder.embed(texts))
        return fut

    @staticmethod
    def ready(fut: Any) -> bool:
        return fut is None or fut.done()

    def result(self, fut: Any) -> Any:
        from concurrent.futures import CancelledError
        from concurrent.futures.process import BrokenProcessPool

        from mw.errors import StoreError

        try:
            return fut.result()
        except (BrokenProcessPool, CancelledError) as e:
            raise StoreError(f"an embedding worker process stopped ({e or type(e).__name__}); the vectors "
                             "embedded before it are kept",
                             hint="Run `mw kb reindex` to embed the rest (MW_EMBED_WORKERS=1 embeds in this "
                                  "process).") from e

    def close(self, *, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.close(cancel=cancel)
            self.pool = None


def _chunk_size() -> int:
    import os

    from mw.errors import ConfigError

    raw = os.environ.get("MW_VECTOR_CHUNK", "").strip()
    if not raw:
        return CHUNK
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if n < 1:
        raise ConfigError(f"MW_VECTOR_CHUNK (environment): expected a whole number of documents >= 1, not {raw!r}")
    return n


def lag(kb: "KnowledgeBase", index: "VectorIndex") -> int:
    """How many documents the index is behind the knowledge base: 0 when it records the
    knowledge base's version; else documents without a vector or with one from an older
    record (or another model), plus vectors of records the knowledge base no longer has."""
    version = kb.version
    if index.get_meta("kb_version") == version:
        return 0
    current = _current(kb)
    if index.get_meta("model") not in (None, MODEL_NAME):
        return len(current)
    stored = index.hashes()
    behind = sum(1 for d, h in current.items() if stored.get(d, (None, None))[1] != h)
    return behind + sum(1 for d in stored if d not in current)


def behind_note(n: int) -> str:
    return f"the vector index is {n} record{'s' if n != 1 else ''} behind: run `mw kb reindex`"


def _update_meta(index: "VectorIndex", metas: Sequence[tuple[str, dict[str, Any]]]) -> int:
    """Metadata-only update (record changed, embedded text did not): keep the vector."""
    fn = getattr(index, "update_meta", None)
    if fn is None:
        return 0
    return int(fn(metas))


def reindex(kb: "KnowledgeBase", index: "VectorIndex | None" = None, *, full: bool = False,
            progress: Progress | None = None, embedder: "Embedder | None" = None) -> SyncReport:
    """Embed what the index lacks or holds stale (resuming an interrupted run); ``full``: clear
    the index and embed everything again."""
    from mw.index.embed import require_semantic

    require_semantic("mw kb reindex")
    return sync(kb, index, embedder=embedder, full=full, progress=progress)


# ---------------------------------------------------------------------------- search

class DenseSearch:
    """The :class:`mw.ask.retrieval.VectorSearch` adapter over a :class:`VectorIndex`."""

    def __init__(self, index: "VectorIndex", embedder: "Embedder | None" = None) -> None:
        self.index = index
        self._embedder = embedder

    @property
    def backend(self) -> str:
        """The vector index backend (a metrics label): ``embedded`` or ``pinecone``."""
        return self.index.backend

    @property
    def embedder(self) -> "Embedder":
        if self._embedder is None:
            from mw.index.embed import get_embedder

            self._embedder = get_embedder()
        return self._embedder

    def __bool__(self) -> bool:
        return True

    def search(self, texts: Sequence[str], top_k: int, filter: dict[str, Any] | None = None
               ) -> list[tuple[str, str, float]]:
        """Embed ``texts`` in one batch, query each, keep each document's best score."""
        texts = [t for t in texts if t and t.strip()]
        if not texts:
            return []
        vecs = self.embedder.embed(texts)
        many = getattr(self.index, "query_many", None)
        results = many(list(vecs), top_k, filter) if many else [self.index.query(v, top_k, filter) for v in vecs]
        best: dict[str, float] = {}
        for res in results:
            for did, score in res:
                if score > best.get(did, float("-inf")):
                    best[did] = score
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:top_k]
        out = []
        for did, score in ranked:
            t, rid = split_id(did)
            out.append((t, rid, float(score)))
        return out


def open_dense(settings: Any = None, kb: "KnowledgeBase | None" = None) -> DenseSearch | None:
    """A :class:`DenseSearch` when semantic search is enabled and the index holds vectors, else None.

    Cheap when the extra is missing or no index exists: nothing heavy is imported.
    ``MW_SEMANTIC=on`` without the extra raises :class:`mw.errors.ConfigError`.
    """
    return dense_status(settings, kb)[0]


def dense_status(settings: Any = None, kb: "KnowledgeBase | None" = None) -> tuple[DenseSearch | None, str | None]:
    """(the search adapter or None, what to tell the user or None).

    The note says why there is no dense retrieval, or that the index lags behind the
    knowledge base (``kb``; the index is then still used): "the vector index is N records
    behind: run `mw kb reindex`". It is None when all is well or semantic search is off.
    """
    from mw.index.embed import semantic_available, semantic_enabled

    if not semantic_enabled(settings):
        return None, ("semantic search is off (MW_SEMANTIC or config 'semantic')" if semantic_available() else None)
    from mw.store.vectors.factory import index_exists, vector_url

    url = vector_url(settings)
    if not index_exists(url):
        if kb is None:
            return None, None
        return None, behind_note(len(_current(kb)))
    from mw.store.vectors.factory import open_vectors

    idx = open_vectors(url)
    behind = lag(kb, idx) if kb is not None else 0
    if idx.count() == 0:
        return None, behind_note(behind) if kb is not None else None
    return DenseSearch(idx), behind_note(behind) if behind else None
