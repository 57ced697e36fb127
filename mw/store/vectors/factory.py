"""Open the vector index named by a URL (``MW_VECTOR_URL``, config ``vector_url``).

No URL, ``embedded`` or ``file:///path`` / a path give the
:class:`~mw.store.vectors.embedded.EmbeddedVectorIndex` (under ``MW_HOME/vectors`` by default);
``pinecone://INDEX[?namespace=NS&host=URL]`` gives
:class:`~mw.store.vectors.pinecone.PineconeVectorIndex` (see ``docs/vectors.md``).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from mw.errors import ConfigError
from mw.urls import redact
from mw.store.vectors.base import VectorIndex
from mw.store.vectors.embedded import EmbeddedVectorIndex


def default_path() -> Path:
    from mw.config import get_settings

    return get_settings().home / "vectors"


def vector_url(settings: Any = None) -> str | None:
    """``--vector`` > ``MW_VECTOR_URL`` > config ``vector`` > None (embedded under MW_HOME)."""
    if settings is None:
        from mw.config import get_settings

        settings = get_settings()
    return settings.vector_url or None


def index_exists(url: str | None = None) -> bool:
    """Whether an embedded index with vectors may exist, without importing numpy or opening it."""
    if _is_pinecone(url):
        return True
    kind, path = _parse(url)
    if kind != "embedded":
        return True
    return (path / "index.sqlite").exists()


def _is_pinecone(url: str | None) -> bool:
    return bool(url) and urlsplit(url).scheme == "pinecone"


def _parse(url: str | None) -> tuple[str, Path]:
    if url in (None, "", "embedded", "embedded://"):
        return "embedded", default_path()
    parts = urlsplit(url)
    if parts.scheme in ("", "file", "embedded"):
        raw = unquote(parts.path if parts.scheme else url)
        if parts.scheme == "embedded" and parts.netloc:
            raw = unquote(parts.netloc + parts.path)
        return "embedded", Path(raw).expanduser()
    raise ConfigError(f"unknown vector index URL scheme {parts.scheme!r} in {redact(url)!r}",
                      hint="Use file:///path (embedded, the default), pinecone://INDEX[?namespace=NS&host=URL], "
                           "or leave MW_VECTOR_URL unset.")


_open: dict[str, VectorIndex] = {}
_open_lock = threading.Lock()


def open_vectors(url: str | None = None) -> VectorIndex:
    """The vector index at ``url`` (default: ``MW_VECTOR_URL``, config, else ``MW_HOME/vectors``)."""
    if url is None:
        from mw.config import get_settings

        url = vector_url(get_settings())
    if _is_pinecone(url):  # pinecone://INDEX[?namespace=NS&host=URL] (mw/store/vectors/pinecone.py)
        from mw.store.vectors.pinecone import PineconeVectorIndex

        with _open_lock:
            idx = _open.get(url)
            if idx is None:
                idx = _open[url] = PineconeVectorIndex(url)
            return idx
    kind, path = _parse(url)
    key = f"{kind}:{path}"
    with _open_lock:
        idx = _open.get(key)
        if idx is None:
            idx = _open[key] = EmbeddedVectorIndex(path)
        return idx


def reset_open() -> None:
    """Close and forget opened indexes (tests)."""
    with _open_lock:
        for idx in _open.values():
            try:
                idx.close()
            except Exception:  # noqa: BLE001
                pass
        _open.clear()
