"""After a write to the knowledge base: keep the graph database and the vector index in step."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase, WriteReport


def after_kb_change(report: "WriteReport", kb: "KnowledgeBase | None" = None) -> None:
    """Hooks that run after a knowledge-base write (vector index, shared version).

    Vector index: when semantic search is enabled (the ``semantic`` extra is installed
    and ``MW_SEMANTIC`` is not ``off``), embed and upsert only the new or changed
    documents and delete removed ones (:func:`mw.index.dense.sync` diffs the
    knowledge base's current records against the index, so ``--replace`` and the
    sample being replaced are covered). Without the extra nothing heavy is imported.
    ``kb`` is the knowledge base that was written (default: the process's ``open_kb()``).
    """
    if not report.changed:
        return
    from mw.config import get_settings
    from mw.index.embed import semantic_enabled

    settings = get_settings()
    if settings.graph_url:
        # A graph database mirrors the knowledge base: bring it in line (incremental by content hash).
        from mw.store.graph.factory import open_configured_graph
        from mw.store.kb import open_kb

        open_configured_graph(kb if kb is not None else open_kb(), settings, sync=True)
    if semantic_enabled(settings):
        from mw.index.dense import sync
        from mw.errors import MWError, StoreError
        from mw.store.kb import open_kb

        try:
            sync(kb if kb is not None else open_kb(), changed=report.changed_ids)
        except MWError as e:
            raise StoreError(f"the knowledge base was updated, but the vector index was not: {e.message}",
                             hint=e.hint or "Run `mw kb reindex` to rebuild the vector index.") from e
