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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from mw.index.embed import MODEL_NAME

if TYPE_CHECKING:
    from mw.index.embed import Embedder
    from mw.store.kb import KnowledgeBase
    from mw.store.vectors.base import VectorIndex

DOC_TYPES = ("executive", "mandate", "greenlight")
BATCH = 256  # records embedded and upserted per step (bounded memory, progress granularity)

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
    """
    import time

    from mw.store.vectors.factory import open_vectors

    t0 = time.perf_counter()
    index = index if index is not None else open_vectors()
    rep = SyncReport(full=full)
    model = index.get_meta("model")
    if model and model != MODEL_NAME:
        full = rep.full = True  # another model wrote these vectors: they are not comparable
        if hasattr(index, "clear"):
            index.clear()
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
    rep.unchanged = len(current) - len(candidates)
    items: list[tuple[str, Any, dict[str, Any]]] = []
    meta_only: list[tuple[str, dict[str, Any]]] = []
    if candidates:
        companies = {c["id"]: c["name"] for c in kb.all("company")}
        execs = {e["id"]: e for e in kb.all("executive")}
        emb = embedder
        total = len(candidates)
        done = 0
        if progress:
            progress(0, total)
        for start in range(0, total, BATCH):
            chunk = candidates[start : start + BATCH]
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
            if need:
                if emb is None:
                    from mw.index.embed import get_embedder

                    emb = get_embedder()
                vectors = emb.embed([text for _, text, _ in need])
                for (did, _, meta), vec in zip(need, vectors):
                    items.append((did, vec, meta))
                    t = did.split(":", 1)[0]
                    rep.by_type[t] = rep.by_type.get(t, 0) + 1
                rep.embedded += len(need)
            done += len(chunk)
            if progress:
                progress(done, total)
    # One write for the whole change: the embedded index rewrites its matrix once, atomically.
    write = getattr(index, "write", None)
    if write is not None:
        res = write(upserts=items, deletes=gone)
        rep.upserted, rep.deleted = res["upserted"], res["deleted"]
    else:
        if gone:
            rep.deleted = index.delete(gone)
        if items:
            rep.upserted = index.upsert(items)
    if meta_only:
        _update_meta(index, meta_only)
    index.set_meta("model", MODEL_NAME)
    index.set_meta("kb_version", kb.version)
    rep.total = index.count()
    rep.seconds = time.perf_counter() - t0
    return rep


def _update_meta(index: "VectorIndex", metas: Sequence[tuple[str, dict[str, Any]]]) -> int:
    """Metadata-only update (record changed, embedded text did not): keep the vector."""
    fn = getattr(index, "update_meta", None)
    if fn is None:
        return 0
    return int(fn(metas))


def reindex(kb: "KnowledgeBase", index: "VectorIndex | None" = None, *, full: bool = True,
            progress: Progress | None = None, embedder: "Embedder | None" = None) -> SyncReport:
    """Rebuild the index from the knowledge base (``full=False``: only what is missing or stale)."""
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


def open_dense(settings: Any = None) -> DenseSearch | None:
    """A :class:`DenseSearch` when semantic search is enabled and the index holds vectors, else None.

    Cheap when the extra is missing or no index exists: nothing heavy is imported.
    ``MW_SEMANTIC=on`` without the extra raises :class:`mw.errors.ConfigError`.
    """
    from mw.index.embed import semantic_enabled
    from mw.store.vectors.factory import index_exists, vector_url

    if not semantic_enabled(settings):
        return None
    url = vector_url(settings)
    if not index_exists(url):
        return None
    from mw.store.vectors.factory import open_vectors

    idx = open_vectors(url)
    if idx.count() == 0:
        return None
    return DenseSearch(idx)
