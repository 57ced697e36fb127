"""After a write to the knowledge base: keep the graph database and the vector index in step."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase, WriteReport


def after_kb_change(report: "WriteReport", kb: "KnowledgeBase | None" = None, *,
                    progress: "Callable[[int, int], None] | None" = None) -> None:
    """Hooks that run after a knowledge-base write (vector index, shared version).

    Vector index: when semantic search is enabled (the ``semantic`` extra is installed
    and ``MW_SEMANTIC`` is not ``off``), embed and upsert only the new or changed
    documents and delete removed ones (:func:`mw.index.dense.sync` diffs the
    knowledge base's current records against the index, so ``--replace`` and the
    sample being replaced are covered). Without the extra nothing heavy is imported.
    ``kb`` is the knowledge base that was written (default: the process's ``open_kb()``).

    Also when the write changed nothing: a run that died after its knowledge-base commit
    (a crash, a kill, Ctrl-C while embedding) left the graph database or the vector index
    behind, and both record the knowledge-base version they match, so an unchanged
    re-import repairs them (one version comparison each when they are in step).
    ``progress(done, total)`` follows the embedding.
    """
    from mw.config import get_settings
    from mw.index.embed import semantic_enabled
    from mw.store.kb import open_kb

    settings = get_settings()
    kb = kb if kb is not None else open_kb()
    if settings.graph_url:
        # A graph database mirrors the knowledge base: bring it in line (incremental by content hash).
        from mw.store.graph.factory import open_configured_graph

        open_configured_graph(kb, settings, sync=True)
    if semantic_enabled(settings):
        from mw.errors import MWError, StoreError
        from mw.index.dense import sync
        from mw.store.vectors.factory import index_exists, open_vectors, vector_url

        if not report.changed:
            url = vector_url(settings)
            if not index_exists(url) or open_vectors(url).get_meta("kb_version") == kb.version:
                return
        try:
            sync(kb, changed=report.changed_ids, progress=progress)
        except MWError as e:
            raise StoreError(f"the knowledge base was updated, but the vector index was not: {e.message}",
                             hint=e.hint or "Run `mw kb reindex` to bring the vector index up to date.") from e
