"""Output helpers shared by the command modules.

Data goes to stdout: Rich tables/panels on a TTY, plain text when piped, one
JSON document (or JSON Lines for streams) with ``--json``. Messages, warnings and
progress go to stderr. Rich is imported only when stdout is a terminal.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Any, Iterable, Sequence

from mw.jsonio import dumps

# Set by commands that were given --json, so that errors are printed as JSON too.
json_mode = False


def set_json(flag: bool) -> bool:
    global json_mode
    json_mode = bool(flag)
    return json_mode


def is_tty() -> bool:
    try:
        return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def emit_json(obj: Any) -> None:
    sys.stdout.write(dumps(obj) + "\n")
    sys.stdout.flush()


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    from mw.urls import redact_text

    sys.stderr.write(redact_text(text) + "\n")
    sys.stderr.flush()


def warn(text: str) -> None:
    err(f"mw: warning: {text}")


def info(text: str) -> None:
    err(text)


_console = None


def console():
    """A Rich console for stdout (only call on a TTY)."""
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console()
    return _console


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    """A Rich table on a TTY; tab-separated lines with a header when piped."""
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    if is_tty():
        from rich.table import Table

        t = Table(title=title, header_style="bold")
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*r)
        console().print(t)
    else:
        out("\t".join(columns))
        for r in rows:
            out("\t".join(v.replace("\t", " ").replace("\n", " ") for v in r))


def kv(pairs: Sequence[tuple[str, Any]], title: str | None = None) -> None:
    """Key/value block: aligned on a TTY and in plain text."""
    if title:
        out(title)
    width = max((len(k) for k, _ in pairs), default=0)
    for k, v in pairs:
        out(f"{k.ljust(width)}  {'' if v is None else v}")
