"""uvicorn's Server for ``mw serve`` (imported only when serving: uvicorn is not imported by the CLI)."""
from __future__ import annotations

import signal
from typing import Any

import uvicorn


class Server(uvicorn.Server):
    """uvicorn's server, except that SIGTERM ends in exit 0 after the graceful shutdown.

    uvicorn stops accepting, waits for in-flight requests, runs the lifespan shutdown
    (where the app flushes metrics and closes its batchers), then re-raises the
    signal it caught, which would end the process with -15; we drop SIGTERM from
    that list. SIGINT is re-raised as usual (Ctrl-C: exit 130 through the CLI).
    """

    startup_failed = False

    def handle_exit(self, sig: int, frame: Any) -> None:
        super().handle_exit(sig, frame)
        if sig == signal.SIGTERM:
            self._captured_signals = [s for s in self._captured_signals if s != signal.SIGTERM]

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets)
        if self.should_exit and not self.started:
            self.startup_failed = True
