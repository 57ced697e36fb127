"""The vector-index interface every backend implements, and the filter keys they understand.

- ``upsert(items)``: ``items`` is a list of ``(doc_id, vector, metadata)``;
- ``delete(ids)``;
- ``query(vector, top_k, filter=None)`` -> ``[(doc_id, score)]``, best first
  (cosine similarity: vectors are L2-normalised);
- ``stats()`` and ``health()``.

Document ids are ``"<type>:<record id>"`` (``"greenlight:gl-cold-harbour"``).
Metadata keys the filters understand: ``type``, ``region``, ``genres`` (list),
``format`` / ``formats`` (list), ``buyer``, ``date`` (ISO). A ``filter`` is a dict:

    {"type": "greenlight" | [..], "region": "UK" | [..], "genres": [..] (any of),
     "format": "series" | [..] (matches format or any of formats), "buyer": id | [..],
     "date_from": "2025-01-01", "date_to": "2026-12-31"}

Other metadata keys are stored and returned by nothing; ``hash`` (the document's
content hash) and ``record_hash`` are kept for incremental sync (:meth:`VectorIndex.hashes`).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Iterable, Sequence

from mw.errors import UsageError

FILTER_KEYS = ("type", "region", "genres", "format", "buyer", "date_from", "date_to")


class VectorIndex(ABC):
    """The interface every vector backend implements."""

    backend: str = "abstract"
    url: str = ""

    @abstractmethod
    def upsert(self, items: Sequence[tuple[str, Any, dict[str, Any]]]) -> int:
        """Insert or replace ``(doc_id, vector, metadata)`` items; returns how many."""

    @abstractmethod
    def delete(self, ids: Iterable[str]) -> int:
        """Remove documents by id (unknown ids are ignored); returns how many were removed."""

    @abstractmethod
    def query(self, vector: Any, top_k: int = 10, filter: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """The ``top_k`` nearest documents to ``vector`` (cosine), best first."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """``backend``, ``url``, ``count``, ``dim``, ``by_type`` and backend details."""

    @abstractmethod
    def health(self) -> dict[str, Any]:
        """``{"ok": bool, "backend": ..., "url": ..., "detail": ..., "latency_ms": ...}``."""

    @abstractmethod
    def hashes(self) -> dict[str, tuple[str | None, str | None]]:
        """``doc_id -> (content hash, record hash)`` for incremental sync."""

    def count(self) -> int:
        return int(self.stats()["count"])

    def get_meta(self, key: str) -> str | None:
        return None

    def set_meta(self, key: str, value: str) -> None:
        return None

    def close(self) -> None:
        return None


def check_filter(filter: dict[str, Any] | None) -> dict[str, Any]:
    """Validate a filter dict (unknown keys are a UsageError); values normalised to lists."""
    out: dict[str, Any] = {}
    for k, v in (filter or {}).items():
        if k not in FILTER_KEYS:
            raise UsageError(f"unknown vector filter key {k!r}", hint=f"Use one of: {', '.join(FILTER_KEYS)}")
        if v is None or v == [] or v == "":
            continue
        if k in ("date_from", "date_to"):
            out[k] = str(v)[:10]
        else:
            out[k] = [str(x) for x in (v if isinstance(v, (list, tuple, set)) else [v])]
    return out
