"""The ``mw serve`` HTTP JSON API: an ASGI app built by :func:`create_app`.

Why FastAPI on uvicorn: request bodies are validated by pydantic models, which
gives field-by-field 422 errors for free (we re-render them as RFC 9457
problems), and the same models generate ``/openapi.json``, which the
property-based tests (schemathesis) use to try every request shape. uvicorn is
the reference ASGI server: graceful shutdown on SIGTERM (stop accepting, finish
in-flight requests, then the lifespan shutdown, where we flush metrics and
close the batchers) and a multi-process mode (``--workers``). Starlette alone
would mean hand-writing validation and the schema; an ASGI app with no
framework, more of both.

Endpoints::

    POST /v1/ask        {question, top_k?, no_cache?} -> the object `mw ask --json` prints
    GET  /v1/suggest    ?q=&limit=                    -> {query, suggestions: [{text, category, source}]}
    GET  /v1/limits                                   -> what `mw limits --json` prints, for the caller
    GET  /v1/stats      ?days=&limit=                 -> `mw stats --json`: the caller's own usage
                                                         (everyone's in the no-keys loopback mode)
    GET  /metrics                                     -> Prometheus text (this store's metrics)
    GET  /healthz                                     -> {status, components}; 200 or 503
    GET  /openapi.json

Identity: ``Authorization: Bearer mw_...`` (see :mod:`mw.ops.keys`). Whether a key
is required is configuration (:func:`mw.ops.keys.decide_auth`, decided once when
the app is built): in ``keys`` mode every ``/v1`` request needs a valid key (401
otherwise); in ``local`` mode (loopback only) requests act as the local user
(``MW_USER`` / login), exactly like the CLI (not limited unless a tier or
``default_tier`` is configured for them), and a Bearer key sent anyway is still
checked. Keys are checked in the configured store only, never in a local
fallback: while it does not answer, a request with a key gets 503 with
``Retry-After`` (problem ``keys_unavailable``), never 200 and never 401; and a
store that could not be read when the app was built means ``keys`` mode. Questions go
through :func:`mw.ops.service.ask_one` with the key's user (``keyed=True``: always
limited, see :mod:`mw.ops.limits`), so the CLI's rate limits apply exactly (one store, atomic windows): a refusal is HTTP 429 with
``Retry-After`` and the CLI's JSON error fields.

Errors are ``application/problem+json`` (RFC 9457): ``type``, ``title``,
``status``, ``detail``, ``instance`` plus our fields (``error``, ``hint`` and the
error's details, or ``errors: [{field, message}]`` for a 422). A body over
``max_body`` bytes is 413 before it is read in full; a request that runs past
``request_timeout`` seconds is 504 (the question may still finish and be
counted, as with a client that hangs up); an unexpected exception is a generic
500 whose body never carries a stack trace (the traceback goes to stderr).

Batching: the app's :class:`~mw.ask.asker.Asker` uses the batchers of
:class:`mw.ops.batched.ServerBatching` (answer-cache lookups, query
embeddings); questions run in worker threads (at most ``threads`` at once),
which is what lets concurrent requests meet in a batch.
"""
from __future__ import annotations

import json
import math
import os
import sys
import threading
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

import anyio
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from mw.urls import redact_obj, redact_text
from mw.errors import (
    ConfigError, ExternalServiceError, Locked, MWError, NotFound, RateLimited, StoreError, UsageError,
)

PROBLEM = "application/problem+json"
DEFAULT_MAX_BODY = 64 * 1024
DEFAULT_TIMEOUT = 30.0
DEFAULT_THREADS = 32
MAX_QUESTION = 2000
RETRY_AFTER_UNAVAILABLE = 5  # seconds a client waits when the store does not answer


# =============================================================================
# Problems (RFC 9457)
# =============================================================================
def problem(status: int, title: str, detail: str, *, type_: str = "about:blank", instance: str | None = None,
            headers: dict[str, str] | None = None, **extra: Any) -> Response:
    body: dict[str, Any] = {"type": type_, "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update({k: v for k, v in extra.items() if v is not None})
    body = redact_obj(body)  # an error may quote a configured URL: never its credentials
    return Response(json.dumps(body, ensure_ascii=False, default=str).encode(), status_code=status,
                    media_type=PROBLEM, headers=headers)


_STATUS_FOR: tuple[tuple[type[MWError], int, str], ...] = (
    (RateLimited, 429, "Too Many Requests"),
    (UsageError, 422, "Unprocessable Content"),
    (NotFound, 404, "Not Found"),
    (ConfigError, 500, "Server Misconfigured"),
    (StoreError, 503, "Service Unavailable"),
    (Locked, 503, "Service Unavailable"),
    (ExternalServiceError, 502, "Bad Gateway"),
)


def mw_problem(exc: MWError, instance: str | None = None) -> Response:
    status, title = 500, "Internal Server Error"
    for cls, st, ti in _STATUS_FOR:
        if isinstance(exc, cls):
            status, title = st, ti
            break
    fields = exc.to_dict()  # error, message, hint, details: the CLI's --json error object
    headers = None
    if isinstance(exc, RateLimited):
        headers = {"Retry-After": str(int(exc.details.get("retry_after_seconds") or 1))}
    elif isinstance(exc, StoreError):
        headers = {"Retry-After": str(RETRY_AFTER_UNAVAILABLE)}
    return problem(status, title, exc.message, type_=f"urn:mandate-wizard:error:{exc.code}", instance=instance,
                   headers=headers, **fields)


def _field(loc: Any) -> str:
    parts = [str(p) for p in (loc or ())]
    if parts and parts[0] in ("body", "query", "path", "header"):
        where, rest = parts[0], parts[1:]
        return ".".join(rest) if rest else where
    return ".".join(parts) or "body"


# =============================================================================
# Pure ASGI middlewares: body cap and timeout
# =============================================================================
async def _send_problem(send: Any, resp: Response) -> None:
    await send({"type": "http.response.start", "status": resp.status_code,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.headers.items()]})
    await send({"type": "http.response.body", "body": resp.body})


class BodyLimit:
    """413 for a body over ``max_body`` bytes: by Content-Length at once, else while reading it."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path")
        too_big = problem(413, "Content Too Large", f"the request body is over the {self.max_body} byte limit",
                          instance=path, max_body_bytes=self.max_body)
        headers = dict(scope.get("headers") or ())
        cl = headers.get(b"content-length")
        if cl is not None:
            try:
                n = int(cl)
            except ValueError:
                return await _send_problem(send, problem(400, "Bad Request", "invalid Content-Length header",
                                                         instance=path))
            if n > self.max_body:
                return await _send_problem(send, too_big)
        if scope.get("method") in ("GET", "HEAD", "OPTIONS") and cl is None:
            return await self.app(scope, receive, send)
        # Read the body (bounded), then replay it to the app.
        chunks, size, more = [], 0, True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return await _send_problem(send, too_big)
            chunks.append(chunk)
            more = msg.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Any:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class Timeout:
    """504 when the app has not started its response within ``seconds``."""

    def __init__(self, app: Any, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not self.seconds:
            return await self.app(scope, receive, send)
        started = False

        async def tracked(msg: Any) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        with anyio.move_on_after(self.seconds) as scope_:
            await self.app(scope, receive, tracked)
        if scope_.cancelled_caught and not started:
            from mw.ops.metrics import count_error

            count_error("internal", "ask")
            await _send_problem(send, problem(
                504, "Gateway Timeout", f"the request took longer than {self.seconds:g} s",
                instance=scope.get("path"), timeout_seconds=self.seconds))


# =============================================================================
# The service: opened backends shared by every request
# =============================================================================
class Service:
    def __init__(self, settings: Any, *, auth: str | None = None, batching: bool = True,
                 threads: int = DEFAULT_THREADS) -> None:
        from mw.ops.keys import KeyStore
        from mw.ops.service import build_asker
        from mw.store.state.factory import open_state

        from mw.ops.keys import configured_auth, decide_auth

        self.settings = settings
        self.state = open_state(settings)
        self.keys = KeyStore(self.state, settings)
        # `mw serve` decides (it knows the bind address) and passes "keys"/"local" to its workers;
        # an app built directly decides the same way, as on loopback.
        self.auth = auth if auth in ("keys", "local") else decide_auth(
            self.keys, configured_auth(settings, auth), loopback=True)[0]
        self.retry_after = max(1, math.ceil(getattr(self.state, "retry_after", RETRY_AFTER_UNAVAILABLE)))
        self.asker = build_asker(self.state)
        self.warm_up()
        self.batching = None
        if batching:
            from mw.ops.batched import ServerBatching

            self.batching = ServerBatching(self.asker, settings)
        self.threads = threads
        self.limiter: anyio.CapacityLimiter | None = None  # created on the event loop (lifespan)
        self.metrics_lock = threading.Lock()
        self._registry: Any = None
        self.closed = False

    def warm_up(self) -> None:
        """Load the knowledge base (seeding the sample once, before threads race for it), its
        indexes and the embedding model: one answer computed and thrown away (no limits, no cache)."""
        from mw.ask.asker import AskOptions

        self.asker.kb.version
        try:
            self.asker.compute("Who should I pitch a crime thriller to?", AskOptions())
        except MWError:
            pass

    def registry(self) -> Any:
        if self._registry is None:
            from mw.ops import metrics

            self._registry = metrics.build_registry(
                metrics.StoreCollector(self.settings, lambda: self.state, lambda: self.asker.kb))
        return self._registry

    async def run(self, fn: Any, *args: Any, **kw: Any) -> Any:
        if self.limiter is None:
            self.limiter = anyio.CapacityLimiter(self.threads)
        return await anyio.to_thread.run_sync(lambda: fn(*args, **kw), abandon_on_cancel=True,
                                              limiter=self.limiter)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        from mw.ops import metrics

        if self.batching is not None:
            self.batching.close()
        metrics.flush(self.state)


class Identity(BaseModel):
    user: str | None  # None: the local user (no-keys mode)
    via: str


# =============================================================================
# Request and response models
# =============================================================================
class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(..., min_length=1, max_length=MAX_QUESTION, description="The pitch question.",
                          examples=["Who should I pitch a Nordic crime thriller to?"])
    top_k: int | None = Field(None, ge=1, le=50, description="At most N executives/greenlights.")
    no_cache: bool = Field(False, description="Skip the answer cache.")


class ProblemModel(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str


_PROBLEMS = {code: {"model": ProblemModel, "content": {PROBLEM: {}}} for code in (401, 413, 422, 429, 500, 504)}


# =============================================================================
# The app
# =============================================================================
def check_config(settings: Any, *, max_body: int | None = None, request_timeout: float | None = None,
                 threads: int | None = None) -> tuple[int, float, int]:
    """``(max_body, request_timeout, threads)`` from the arguments, ``MW_SERVE_*``, ``[serve]`` and the
    defaults, and the auth setting checked: `mw serve` calls it before starting worker processes."""
    from mw.ops.keys import configured_auth

    conf = settings.section("serve")
    env = os.environ
    configured_auth(settings)
    max_body = int(max_body or env.get("MW_SERVE_MAX_BODY") or conf.get("max_body_bytes") or DEFAULT_MAX_BODY)
    request_timeout = float(request_timeout or env.get("MW_SERVE_TIMEOUT") or conf.get("request_timeout")
                            or DEFAULT_TIMEOUT)
    threads = int(threads or conf.get("threads") or DEFAULT_THREADS)
    return max_body, request_timeout, threads


def create_app(settings: Any = None, *, auth: str | None = None, batching: bool | None = None,
               max_body: int | None = None, request_timeout: float | None = None,
               threads: int | None = None) -> FastAPI:
    """The ASGI app. Defaults come from ``[serve]`` in config.toml, then ``MW_SERVE_*`` env vars
    (set by ``mw serve`` for its worker processes), then the module defaults.

    ``auth``: ``"keys"`` (a valid Bearer key is required), ``"local"`` (the local user) or None:
    ``"keys"`` when an active key exists. ``batching=False`` (or ``MW_BATCH=off``) disables the batchers.
    """
    from mw.jsonio import dumps
    from mw.config import get_settings

    settings = settings or get_settings()
    env = os.environ
    max_body, request_timeout, threads = check_config(settings, max_body=max_body,
                                                      request_timeout=request_timeout, threads=threads)
    if batching is None:
        batching = env.get("MW_BATCH", "").strip().lower() not in ("0", "off", "false", "no")
    svc = Service(settings, auth=auth or env.get("MW_SERVE_AUTH") or None, batching=batching, threads=threads)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        svc.limiter = anyio.CapacityLimiter(svc.threads)
        try:
            yield
        finally:
            # uvicorn has stopped accepting and finished in-flight requests by now.
            await anyio.to_thread.run_sync(svc.close)

    app = FastAPI(
        title="Mandate Wizard API",
        version=_version(),
        description="Who should I pitch this to? The `mw ask` answers over HTTP, with API keys and rate limits.",
        docs_url=None, redoc_url=None, lifespan=lifespan,
    )
    app.state.service = svc
    bearer = HTTPBearer(auto_error=False, description="An API key from `mw serve keys add EMAIL`.")

    # --- errors -------------------------------------------------------------------
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        errors = []
        for e in exc.errors():
            field = _field(e.get("loc"))
            msg = str(e.get("msg", "invalid"))
            if e.get("type") == "json_invalid":
                field, msg = "body", f"malformed JSON: {e.get('ctx', {}).get('error', msg)}"
            errors.append({"field": field, "message": msg, "type": e.get("type")})
        names = ", ".join(dict.fromkeys(x["field"] for x in errors))
        detail = "; ".join(f"{x['field']}: {x['message']}" for x in errors[:5])
        return problem(422, "Unprocessable Content", f"invalid request ({names}): {detail}",
                       type_="urn:mandate-wizard:error:invalid_request", instance=request.url.path,
                       error="invalid_request", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        from http import HTTPStatus

        try:
            title = HTTPStatus(exc.status_code).phrase
        except ValueError:
            title = "Error"
        detail = exc.detail if isinstance(exc.detail, str) else title
        if isinstance(exc, _KeysUnavailable):
            return problem(503, title, detail, type_="urn:mandate-wizard:error:keys_unavailable",
                           instance=request.url.path, headers=exc.headers, error="keys_unavailable",
                           retry_after_seconds=exc.retry_after)
        if exc.status_code == 404:
            detail = f"no such endpoint: {request.method} {request.url.path}"
        return problem(exc.status_code, title, detail, instance=request.url.path,
                       headers=getattr(exc, "headers", None))

    @app.exception_handler(MWError)
    async def _mw(request: Request, exc: MWError) -> Response:
        if not isinstance(exc, (RateLimited, UsageError, NotFound)):
            from mw.ops.metrics import count_error

            count_error(exc, "ask")
        return mw_problem(exc, request.url.path)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        from mw.ops.metrics import count_error

        count_error(exc, "ask")
        import traceback

        sys.stderr.write(redact_text(f"mw serve: internal error on {request.method} {request.url.path}: "
                                     f"{type(exc).__name__}: {exc}") + "\n")
        if os.environ.get("MW_DEBUG") == "1":
            traceback.print_exception(exc)
        return problem(500, "Internal Server Error", "the server failed to handle this request; it was logged",
                       instance=request.url.path, error="internal")

    # --- identity --------------------------------------------------------------------
    async def identify(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Identity:
        if creds is None:
            if svc.auth == "local":
                return Identity(user=None, via="local")
            raise _Unauthorized("an API key is required: send 'Authorization: Bearer KEY'")
        key = creds.credentials.strip()
        try:
            rec = await svc.run(svc.keys.lookup, key)
        except StoreError:  # the keys cannot be checked: neither a yes (200) nor a no (401)
            raise _KeysUnavailable(svc.retry_after) from None
        if rec is None:
            raise _Unauthorized("unknown or revoked API key")
        return Identity(user=str(rec["user"]), via="key")

    # --- endpoints -----------------------------------------------------------------------
    @app.post("/v1/ask", summary="Ask a question", responses={**_PROBLEMS, 200: {
        "description": "The answer: the same object `mw ask --json` prints."}})
    async def ask(body: AskRequest, who: Identity = Depends(identify)) -> Response:
        from mw.ask.asker import AskOptions
        from mw.ops.service import ask_one

        if not body.question.strip():
            raise _Invalid("question", "the question is empty")
        opts = AskOptions(top_k=body.top_k, no_cache=body.no_cache)
        res = await svc.run(ask_one, svc.asker, body.question, opts, user=who.user, keyed=who.via == "key")
        return Response(dumps(res), media_type="application/json")

    @app.get("/v1/suggest", summary="Suggested questions", responses=_PROBLEMS)
    async def suggest(q: str = Query("", max_length=MAX_QUESTION, description="What was typed so far."),
                      limit: int = Query(10, ge=1, le=200),
                      who: Identity = Depends(identify)) -> Response:
        from mw.ask.suggest import suggest as run
        from mw.ops.analytics import popular_for_suggestions

        user = who.user or settings.user

        def suggestions() -> list[dict[str, str]]:
            return run(svc.asker.kb, q, limit=limit, popular=popular_for_suggestions(svc.state, user, settings=settings))

        items = await svc.run(suggestions)
        return Response(dumps({"query": q, "suggestions": items}), media_type="application/json")

    @app.get("/v1/limits", summary="Your tier and rate-limit usage", responses=_PROBLEMS)
    async def limits(who: Identity = Depends(identify)) -> Response:
        from mw.ops.limits import Limiter

        res = await svc.run(lambda: Limiter(svc.state, settings).status(who.user, keyed=who.via == "key"))
        return Response(dumps(res), media_type="application/json")

    @app.get("/v1/stats", summary="Usage statistics (your own; everyone's in the no-keys local mode)",
             responses=_PROBLEMS)
    async def stats(days: int = Query(30, ge=1, le=3650), limit: int = Query(10, ge=1, le=100),
                    who: Identity = Depends(identify)) -> Response:
        from mw.ops import analytics
        from mw import clock

        from mw.ops import metrics

        user = who.user if who.via == "key" else None

        def run() -> Any:
            metrics.RECORDER.flush_quietly(svc.state)  # this process's buffered events first
            return analytics.stats(svc.state, now=clock.now(), days=days, user=user, limit=limit)

        res = await svc.run(run)
        return Response(dumps(res), media_type="application/json")

    @app.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics_endpoint(request: Request) -> Response:
        from prometheus_client.exposition import choose_encoder

        from mw.ops import metrics

        encoder, ctype = choose_encoder(request.headers.get("accept", ""))

        def scrape() -> bytes:
            metrics.RECORDER.flush_quietly(svc.state)  # this process's latest counts first
            with svc.metrics_lock:
                return encoder(svc.registry())

        return Response(await svc.run(scrape), media_type=ctype)

    @app.get("/healthz", summary="Health of the store, knowledge base and data freshness")
    async def healthz() -> Response:
        from mw.ops import metrics

        report = await svc.run(metrics.health_report, svc.state, settings, kb=svc.asker.kb)
        ok = all(c.get("ok") for c in report.values())
        body = {"status": "ok" if ok else "unhealthy", "auth": svc.auth, "pid": os.getpid(),
                "batching": svc.batching.stats() if svc.batching else None, "components": report}
        return Response(dumps(body), status_code=200 if ok else 503, media_type="application/json")

    return BodyLimit(Timeout(app, request_timeout), max_body)  # type: ignore[return-value]


class _Unauthorized(StarletteHTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(401, detail, headers={"WWW-Authenticate": 'Bearer realm="mw"'})


class _KeysUnavailable(StarletteHTTPException):
    def __init__(self, retry_after: int) -> None:
        super().__init__(503, "API keys cannot be checked right now: the state store does not answer; "
                              f"retry in {retry_after} s", headers={"Retry-After": str(retry_after)})
        self.retry_after = retry_after


class _Invalid(RequestValidationError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__([{"loc": ("body", field), "msg": message, "type": "value_error"}])


def _version() -> str:
    from mw import __version__

    return __version__


def fastapi_app(asgi: Any) -> FastAPI:
    """The FastAPI app inside the middlewares :func:`create_app` returns."""
    while not isinstance(asgi, FastAPI):
        asgi = asgi.app
    return asgi


__all__ = ["BodyLimit", "Service", "Timeout", "check_config", "create_app", "fastapi_app", "problem"]
