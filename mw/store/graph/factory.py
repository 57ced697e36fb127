"""Open the configured graph backend (:func:`open_graph`) and keep it in line with the KB (:func:`sync_graph`).

The URL scheme chooses the backend:

- nothing, or ``embedded``: :class:`mw.store.graph.base.EmbeddedGraph` over the SQLite
  knowledge base (the default; nothing to sync).
- ``falkordb://host:port[/graph]``, or ``redis://`` / ``rediss://`` to a Redis server
  with the FalkorDB module (``?graph=NAME``): :class:`mw.store.graph.cypher.FalkorDBGraph`.
- ``neo4j://``, ``neo4j+s://``, ``neo4j+ssc://``, ``bolt://``, ``bolt+s://``, ``bolt+ssc://``
  with ``NEO4J_USER`` / ``NEO4J_PASSWORD``: :class:`mw.store.graph.cypher.Neo4jGraph`.

The URL comes from (first set wins) ``settings.graph_url`` (the ``--graph`` flag,
once the CLI has it), ``MW_GRAPH_URL``, ``graph`` in ``config.toml``. Drivers are
imported only when their scheme is configured.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mw.errors import ConfigError, ExternalServiceError, MWError
from mw.urls import redact
from mw.store.graph.base import EmbeddedGraph, Graph

if TYPE_CHECKING:
    from mw.store.graph.cypher import SyncReport
    from mw.store.kb import KnowledgeBase

FALKORDB_SCHEMES = ("falkordb", "redis", "rediss")
NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
ACCEPTED = "embedded, falkordb://, redis:// (with the FalkorDB module), neo4j://, neo4j+s://, bolt://"


def graph_url(settings: Any = None) -> str | None:
    """The configured graph URL: ``--graph`` > ``MW_GRAPH_URL`` > config.toml ``graph``; None = embedded."""
    if settings is None:
        from mw.config import get_settings

        settings = get_settings()
    url = settings.graph_url
    return str(url).strip() if url else None


def graph_kind(url: str | None) -> str:
    """``"embedded"``, ``"falkordb"`` or ``"neo4j"`` for a graph URL; ConfigError for anything else."""
    if not url or url.strip().lower() in ("embedded", "sqlite"):
        return "embedded"
    scheme = urlsplit(url.strip()).scheme.lower() if "://" in url else ""
    if scheme in FALKORDB_SCHEMES:
        return "falkordb"
    if scheme in NEO4J_SCHEMES:
        return "neo4j"
    raise ConfigError(f"unsupported graph URL {redact(url)!r}",
                      hint=f"Accepted: {ACCEPTED}. Set it with MW_GRAPH_URL or 'graph' in config.toml.")


def open_graph(url: str | None, kb: "KnowledgeBase", *, sync: bool = True) -> Graph:
    """The graph backend for ``url`` (None or ``embedded``: the embedded graph over ``kb``).

    A graph database is brought in line with ``kb`` first when ``sync`` is true
    (incremental; one query when it already holds this knowledge-base version).
    Raises :class:`ConfigError` for an unknown scheme or a missing driver and
    :class:`ExternalServiceError` when the database cannot be reached.
    """
    kind = graph_kind(url)
    if kind == "embedded":
        return EmbeddedGraph(kb)
    assert url is not None
    from mw.store.graph.cypher import FalkorDBGraph, Neo4jGraph

    graph: Graph = FalkorDBGraph(url.strip()) if kind == "falkordb" else Neo4jGraph(url.strip())
    if sync:
        try:
            sync_graph(kb, graph)
        except BaseException:
            graph.close()  # type: ignore[attr-defined]
            raise
    return graph


def open_configured_graph(kb: "KnowledgeBase", settings: Any = None, *, sync: bool = True) -> Graph:
    """:func:`open_graph` for the configured URL (see :func:`graph_url`)."""
    return open_graph(graph_url(settings), kb, sync=sync)


def sync_graph(kb: "KnowledgeBase", graph: Graph, *, full: bool = False) -> "SyncReport | None":
    """Bring ``graph`` in line with ``kb``: upsert new or changed records (by content hash),
    delete removed ones; ``full`` rebuilds from scratch. Idempotent. Returns the report,
    or None for the embedded graph (it reads the knowledge base itself).

    Failures raise :class:`ExternalServiceError` naming the backend URL and what to do.
    """
    from mw.store.graph.cypher import CypherGraph

    if not isinstance(graph, CypherGraph):
        return None
    try:
        return graph.sync(kb, full=full)
    except ExternalServiceError as e:
        e.message = f"graph sync: {e.message}"
        e.args = (e.message,)
        e.hint = (e.hint or "") + " The sync is incremental and safe to run again once the database answers."
        raise
    except MWError:
        raise
    except Exception as e:  # a driver or data error the adapter did not classify
        raise ExternalServiceError(
            f"graph sync to {graph.url} failed: {type(e).__name__}: {e}",
            hint=(f"Check that the {graph.backend} server at {graph.url} is up and writable, then run the command "
                  "again (the sync is incremental and idempotent), or unset MW_GRAPH_URL to use the embedded graph."),
            backend=graph.backend, url=graph.url,
        ) from e
