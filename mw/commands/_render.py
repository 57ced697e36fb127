"""Output helpers shared by the command modules.

Data goes to stdout: Rich tables/panels on a TTY, plain text when piped, one
JSON document (or JSON Lines for streams) with ``--json``. Messages, warnings and
progress go to stderr. Rich is imported only when stdout is a terminal.

Text from data (names, titles, headlines, bios, questions) is never markup and never
reaches a terminal as control sequences: :func:`clean` removes C0/C1 control
characters (ESC, BEL, CR, ...) but tab and newline, and bidirectional overrides, from
everything :func:`out`, :func:`err` and :func:`table` write; on a terminal, table
cells are Rich ``Text`` (no markup, no emoji codes) and :func:`esc` escapes data
that goes into a markup string. The data itself is stored and exported unchanged.

Paging: output written inside :func:`paged` is collected and, when stdout is a terminal and the
output is taller than the window, piped to a pager: ``MW_PAGER``, else ``PAGER``, else ``less -FRX``
(``LESS=FRX`` is set for a bare ``less`` when ``LESS`` is unset, as git does). Never when piped, never
with ``--json``, never with ``mw --no-pager``; ``MW_PAGER=cat`` (or empty) turns it off.
"""
from __future__ import annotations

import json
import os
import re
import sys
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence

from mw.jsonio import dumps

# Set by commands that were given --json, so that errors are printed as JSON too.
json_mode = False
# False after `mw --no-pager`.
pager_enabled = True


def set_json(flag: bool) -> bool:
    global json_mode
    json_mode = bool(flag)
    return json_mode


def set_pager(flag: bool) -> None:
    global pager_enabled
    pager_enabled = bool(flag)


def is_tty() -> bool:
    try:
        return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def emit_json(obj: Any) -> None:
    sys.stdout.write(dumps(obj) + "\n")
    sys.stdout.flush()


# C0 controls but \t and \n, DEL, C1 controls (CSI, OSC...), bidirectional embeddings/overrides/isolates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: Any) -> str:
    """``text`` without control characters (ESC sequences, BEL, CR, bidi overrides), for display."""
    s = "" if text is None else str(text)
    return _CONTROL.sub("", s) if _CONTROL.search(s) else s


def esc(text: Any) -> str:
    """Data for a Rich markup string: cleaned, and escaped so that '[...]' is shown, not applied."""
    from rich.markup import escape

    return escape(clean(text))


def out(text: str = "") -> None:
    sys.stdout.write(clean(text) + "\n")


def err(text: str) -> None:
    from mw.urls import redact_text

    sys.stderr.write(clean(redact_text(text)) + "\n")
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

        # no emoji codes (":clapper:" in a title stays text) and no guessing at highlights in data
        _console = Console(emoji=False, highlight=False)
    return _console


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    """A Rich table on a TTY; tab-separated lines with a header when piped."""
    rows = [[clean(v) for v in r] for r in rows]
    if is_tty():
        from rich.table import Table
        from rich.text import Text

        t = Table(title=Text(clean(title)) if title else None, header_style="bold")
        for c in columns:
            t.add_column(Text(clean(c)), overflow="fold")
        for r in rows:
            t.add_row(*(Text(v) for v in r))  # Text: data is never parsed as markup
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


# --------------------------------------------------------------------------------------------- pager
def pager_command() -> str | None:
    """The pager to run (a shell command), or None: not a terminal, --json, --no-pager, or turned off."""
    if not pager_enabled or json_mode or not is_tty():
        return None
    for var in ("MW_PAGER", "PAGER"):
        if var in os.environ:
            cmd = os.environ[var].strip()
            return None if cmd in ("", "cat") else cmd
    return "less -FRX"


class _Collect:
    """Stands in for stdout while a command renders: keeps the text, still says it is a terminal
    (so Rich formats for one, at the window's width)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.real.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.real, "encoding", "utf-8")

    def text(self) -> str:
        return "".join(self.parts)


@contextmanager
def paged() -> Iterator[None]:
    """Page what the block writes to stdout when it is taller than the terminal (see the module doc)."""
    cmd = pager_command()
    if cmd is None:
        yield
        return
    real = sys.stdout
    buf = _Collect(real)
    sys.stdout = buf  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout = real
        _show_paged(buf.text(), cmd, real)


def _show_paged(text: str, cmd: str, real: Any) -> None:
    import shlex
    import shutil

    rows = shutil.get_terminal_size(fallback=(80, 24)).lines
    try:
        argv0 = shlex.split(cmd)[0]
    except (ValueError, IndexError):
        argv0 = ""
    if text.count("\n") < rows or not shutil.which(argv0):
        real.write(text)
        real.flush()
        return
    import subprocess

    env = dict(os.environ)
    if argv0 == "less" and "LESS" not in env:
        env["LESS"] = "FRX"
    env.setdefault("LV", "-c")
    real.flush()
    try:
        proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        real.write(text)
        real.flush()
        return
    try:
        assert proc.stdin is not None
        proc.stdin.write(text.encode(getattr(real, "encoding", None) or "utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:  # the pager was quit before reading everything
        pass
    while True:
        try:
            proc.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager
            continue
