"""`mw serve-metrics`: Prometheus metrics and a health check over HTTP.

``GET /metrics``: the Prometheus text format (OpenMetrics when the ``Accept``
header asks for it), produced by :class:`mw.ops.metrics.StoreCollector`, which
reads the state store at scrape time: the counts of every ``mw`` process that
flushed into this store (all hosts, with a shared Redis).
``GET /healthz``: JSON with the store, knowledge base and data freshness;
200 when all are healthy, 503 otherwise.

Binds to 127.0.0.1 by default; ``--port 0`` picks a free port. The line
``mw serve-metrics: listening on http://HOST:PORT`` goes to stderr once the
socket is bound. SIGTERM and SIGINT stop it cleanly (exit 0).
"""
from __future__ import annotations

import json
from typing import Annotated

import typer

from mw.commands import _ctx
from mw.commands import _render as r


def serve_metrics(
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port (0: any free port).")] = 9464,
) -> None:
    """Serve Prometheus metrics (GET /metrics) and a health check (GET /healthz)."""
    import signal
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from prometheus_client.exposition import choose_encoder

    from mw.ops import metrics
    from mw.errors import UsageError

    settings = _ctx.settings()

    def state():
        return _ctx.state()

    kb_holder: dict[str, object] = {}

    def kb():
        if "kb" in kb_holder:
            return kb_holder["kb"]
        if not settings.kb_path.exists():
            return None  # do not create (or seed) a knowledge base from a metrics endpoint
        from mw.store.kb import KnowledgeBase

        kb_holder["kb"] = KnowledgeBase(settings.kb_path)
        return kb_holder["kb"]

    collector = metrics.StoreCollector(settings, state, kb)
    registry = metrics.build_registry(collector)
    lock = threading.Lock()  # one scrape at a time: the collector shares one KB connection

    class Handler(BaseHTTPRequestHandler):
        server_version = "mw-serve-metrics"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet access log
            pass

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            path = self.path.split("?", 1)[0]
            try:
                if path == "/metrics":
                    encoder, ctype = choose_encoder(self.headers.get("Accept", ""))
                    with lock:
                        body = encoder(registry)
                    self._send(200, body, ctype)
                elif path == "/healthz":
                    with lock:
                        try:
                            st = state()
                        except Exception:  # noqa: BLE001 - reported as unhealthy
                            st = None
                        try:
                            k = kb()
                        except Exception:  # noqa: BLE001
                            k = None
                        report = metrics.health_report(st, settings, kb=k)
                    ok = all(c.get("ok") for c in report.values())
                    body = json.dumps({"status": "ok" if ok else "unhealthy", "components": report},
                                      default=str).encode()
                    self._send(200 if ok else 503, body, "application/json")
                elif path == "/":
                    self._send(200, b"mw serve-metrics: see /metrics and /healthz\n", "text/plain; charset=utf-8")
                else:
                    self._send(404, b"not found\n", "text/plain; charset=utf-8")
            except Exception as e:  # noqa: BLE001 - one bad scrape must not stop the server
                metrics.count_error(e, "metrics")
                self._send(500, f"error: {type(e).__name__}: {e}\n".encode(), "text/plain; charset=utf-8")
            metrics.RECORDER.maybe_flush()  # this server's own errors, every few seconds

        do_HEAD = do_GET

    try:
        server = ThreadingHTTPServer((host, port), Handler)
    except OSError as e:
        raise UsageError(f"cannot listen on {host}:{port}: {e.strerror or e}",
                         hint="Pick another --port, or stop whatever listens there.") from e
    server.daemon_threads = True

    def stop(signum: int, _frame: object) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    bound_host, bound_port = server.server_address[:2]
    shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
    r.info(f"mw serve-metrics: listening on http://{shown}:{bound_port} (GET /metrics, /healthz)")
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        metrics.flush()
        r.info("mw serve-metrics: stopped")


def register(app: typer.Typer) -> None:
    app.command("serve-metrics")(serve_metrics)
