"""The shipped fictional sample, and the knowledge base as commands open it.

A knowledge base that has never held data is filled with the fictional sample on first use, so that
`mw ask` answers at once; the first import replaces it. The sample goes through the importer's
parsing and validation like any user file.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from mw.errors import DataError
from mw.store import kb as kbmod


def sample_path() -> Any:
    """The shipped fictional sample (JSONL) inside the package."""
    return resources.files("mw.data").joinpath("sample.jsonl")


def load_sample_records() -> list[dict[str, Any]]:
    """The sample's records, parsed, validated and with names resolved to ids."""
    from mw.ingest.importer import Parsed, parse_text, resolve  # only when a KB is filled: not on every ask

    parsed = Parsed()
    parse_text(sample_path().read_text(encoding="utf-8"), "sample.jsonl", parsed)
    if parsed.problems:  # a packaging bug, not user error
        raise DataError("the shipped sample data is invalid: " + "; ".join(parsed.problems[:3]))
    return resolve(parsed, None)


def open_kb(path: Path | str | None = None) -> kbmod.KnowledgeBase:
    """The process's knowledge base at ``path`` (default ``MW_HOME/kb.sqlite``), with the sample
    loaded into it when it never held data."""
    return kbmod.open_kb(path, sample_loader=load_sample_records)
