"""Progress of long work (import, reindex, embeddings) on stderr.

On a terminal (stderr is a TTY and ``TERM`` is not ``dumb``): a Rich progress bar with the
count, rate and time left, redrawn four times a second by Rich's refresh thread (so also
while one step is still running). Otherwise: one plain line every ``PLAIN_EVERY`` seconds,
and only for work that lasts that long, so short runs in scripts print nothing extra.

    with Progress("embedding", unit="documents") as p:
        do_work(progress=p.update)        # p.update(done, total)
"""
from __future__ import annotations

import os
import sys
import time
from typing import Any

PLAIN_EVERY = 10.0  # seconds between plain progress lines when stderr is not a terminal


def stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


class Progress:
    """A progress display for one task; ``update(done, total)`` is the callback to hand down."""

    def __init__(self, label: str, *, unit: str = "items", enabled: bool = True) -> None:
        self.label, self.unit = label, unit
        self.enabled = enabled
        self.tty = enabled and stderr_is_tty()
        self._bar: Any = None
        self._task: Any = None
        self._t0 = time.monotonic()
        self._last_line = self._t0
        self.done = 0
        self.total: int | None = None

    def __enter__(self) -> "Progress":
        if self.tty:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, TaskProgressColumn,
                                       TextColumn, TimeElapsedColumn, TimeRemainingColumn)

            class Rate(TextColumn):
                def render(self, task: Any) -> Any:
                    from rich.text import Text

                    speed = task.finished_speed or task.speed
                    return Text(f"{speed:,.0f}/s" if speed else "-/s", style="progress.data.speed")

            self._bar = Bar(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TaskProgressColumn(), Rate(""), TimeElapsedColumn(), TextColumn("left"),
                            TimeRemainingColumn(), console=Console(stderr=True), refresh_per_second=4, transient=False)
            self._bar.__enter__()
            self._task = self._bar.add_task(self.label, total=None)
        return self

    def update(self, done: int, total: int | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=self.total)
            return
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_line >= PLAIN_EVERY:
            self._last_line = now
            elapsed = now - self._t0
            rate = done / elapsed if elapsed > 0 else 0.0
            line = f"mw: {self.label}: {done:,}"
            if self.total:
                line += f"/{self.total:,} {self.unit} ({100 * done / self.total:.0f}%)"
                if rate > 0:
                    line += f", {rate:,.0f}/s, about {_duration((self.total - done) / rate)} left"
            else:
                line += f" {self.unit}"
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
            self._bar = None


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {(s % 3600) // 60:02d} min"
