"""HTTP GET for refresh sources: timeouts, retries with backoff, conditional GET.

:func:`fetch` uses the stdlib (``urllib``), so refresh needs no extra package.

- Every request carries ``User-Agent: mandate-wizard/<version> (feed refresh; +contact)``, where
  the contact comes from config ``[refresh] contact`` (an email or URL publishers can reach)
  and ``Accept-Encoding: gzip``.
- ``timeout`` applies to connecting and to each read, and the whole response (headers and
  body) must arrive within ``5 * timeout``: a watchdog shuts the connection's socket down at
  that deadline, so a server that drips a byte at a time cannot hold a refresh (and its lock)
  for longer. Bodies over ``max_bytes`` (after gzip) are refused.
- Redirects are followed (at most 10) only to ``http`` and ``https`` URLs; a redirect to any
  other scheme (``ftp:``, ``file:``, ``data:``) is refused.
- Connection errors, timeouts, HTTP 5xx and 429 are retried ``retries`` times
  with exponential backoff (``backoff * 2**n`` seconds, at most ``max_backoff``).
  A ``Retry-After`` header (seconds or an HTTP date) replaces the backoff for
  that attempt; one asking for longer than ``max_backoff`` ends the retries.
  Other 4xx answers are not retried.
- Conditional GET: pass the :class:`Validators` of the last successful fetch and
  an unchanged resource costs one ``304 Not Modified`` (``Response.not_modified``).
  :func:`load_validators` / :func:`save_validators` keep them in the state store
  under a caller-chosen scope. Callers save them only once the body has been
  used successfully (refresh: after the knowledge-base write), so a failed run
  never turns the next fetch into a 304 that hides unimported data.

Failures raise :class:`mw.errors.ExternalServiceError` naming the URL and what
went wrong (status code, timeout, refused connection) with a hint.
"""
from __future__ import annotations

import email.utils
import functools
import hashlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from typing import Any, Callable

from mw import __version__
from mw.errors import ExternalServiceError

USER_AGENT = f"mandate-wizard/{__version__} (feed refresh)"


def user_agent(contact: str | None = None) -> str:
    """Our User-Agent, naming a contact when the operator configured one."""
    return f"mandate-wizard/{__version__} (feed refresh; +{contact})" if contact else USER_AGENT
DEFAULT_TIMEOUT = 20.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 1.0
DEFAULT_MAX_BACKOFF = 60.0
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class HttpOptions:
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF
    max_backoff: float = DEFAULT_MAX_BACKOFF
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)

    def to_dict(self) -> dict[str, Any]:
        return {"etag": self.etag, "last_modified": self.last_modified}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Validators":
        d = d or {}
        return cls(etag=d.get("etag") or None, last_modified=d.get("last_modified") or None)


@dataclass
class Response:
    url: str
    status: int
    body: bytes
    not_modified: bool
    validators: Validators
    content_type: str
    attempts: int


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _Deadline:
    """Shuts down the sockets of one request when its overall deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.append(sock)
            fired = self.fired
        if fired:
            self._shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            socks = list(self._socks)
        for s in socks:
            self._shutdown(s)

    @staticmethod
    def _shutdown(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def __enter__(self) -> "_Deadline":
        self._timer.start()
        return self

    def __exit__(self, *_a: Any) -> None:
        self._timer.cancel()


class _DeadlineConnection:
    """Mixed into an http.client connection class: the socket it connects joins the fetch's deadline."""

    def __init__(self, *a: Any, deadline: _Deadline, **kw: Any) -> None:
        super().__init__(*a, **kw)  # type: ignore[call-arg]
        self._deadline = deadline

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self._deadline.add(self.sock)  # type: ignore[attr-defined]


class _HTTPConnection(_DeadlineConnection, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._dl = deadline

    def http_open(self, req: Any) -> Any:
        return self.do_open(functools.partial(_HTTPConnection, deadline=self._dl), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._dl = deadline

    def https_open(self, req: Any) -> Any:
        return self.do_open(functools.partial(_HTTPSConnection, deadline=self._dl), req,
                            context=self._context)


class _Refused(Exception):
    pass


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only (urllib alone would also follow ``ftp:``)."""

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        newurl = headers.get("location") or headers.get("uri")
        if newurl:
            scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).scheme.lower()
            if scheme not in ("http", "https"):
                fp.close()
                raise _Refused(f"HTTP {code} redirect to a {scheme}: URL refused ({newurl[:200]})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _read(resp: Any, url: str, opts: HttpOptions, deadline: _Deadline) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
        if deadline.fired:
            raise _Retry(f"response not received within {deadline.seconds:g} s")
        if not chunk:
            break
        size += len(chunk)
        if size > opts.max_bytes:
            raise ExternalServiceError(f"{url}: response larger than {opts.max_bytes} bytes; refused",
                                       hint="Point the source at a feed or export file, not a full archive.")
        chunks.append(chunk)
    body = b"".join(chunks)
    if (resp.headers.get("Content-Encoding") or "").lower() in ("gzip", "x-gzip"):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = d.decompress(body, opts.max_bytes + 1)
        except zlib.error as e:
            raise ExternalServiceError(f"{url}: invalid gzip body: {e}") from None
        if len(body) > opts.max_bytes or d.unconsumed_tail:
            raise ExternalServiceError(f"{url}: response larger than {opts.max_bytes} bytes once decompressed; refused")
    return body


def fetch(url: str, *, validators: Validators | None = None, options: HttpOptions | None = None,
          sleep: Callable[[float], None] = time.sleep) -> Response:
    """GET ``url``; see the module docstring for timeouts, retries and conditional GET."""
    opts = options or HttpOptions()
    headers = {"User-Agent": opts.user_agent, "Accept-Encoding": "gzip",
               "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml, "
                         "application/x-ndjson, application/json, text/csv, text/plain;q=0.8, */*;q=0.5"}
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    if urllib.parse.urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ExternalServiceError(f"{url}: only http and https URLs can be fetched")
    attempt = 0
    while True:
        attempt += 1
        try:
            req = urllib.request.Request(url, headers=headers, method="GET")
            deadline = _Deadline(5 * opts.timeout)
            opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline), _RedirectHandler())
            try:
                with deadline, opener.open(req, timeout=opts.timeout) as resp:
                    body = _read(resp, url, opts, deadline)
                    return Response(
                        url=resp.geturl() or url, status=resp.status, body=body, not_modified=False,
                        validators=Validators(resp.headers.get("ETag"), resp.headers.get("Last-Modified")),
                        content_type=(resp.headers.get("Content-Type") or "").lower(), attempts=attempt,
                    )
            except urllib.error.HTTPError as e:
                with e:
                    if e.code == 304:
                        return Response(url=url, status=304, body=b"", not_modified=True,
                                        validators=Validators(e.headers.get("ETag") or (validators.etag if validators else None),
                                                              e.headers.get("Last-Modified") or (validators.last_modified if validators else None)),
                                        content_type="", attempts=attempt)
                    if e.code == 429 or e.code >= 500:
                        raise _Retry(f"HTTP {e.code} {e.reason}", _retry_after(e.headers.get("Retry-After"))) from None
                    raise ExternalServiceError(
                        f"{url}: HTTP {e.code} {e.reason}",
                        hint="Check the URL in config.toml ([refresh.jobs.*] sources); "
                             + ("the server refuses access." if e.code in (401, 403) else "the page may have moved."),
                    ) from None
            except _Refused as e:
                raise ExternalServiceError(f"{url}: {e}",
                                           hint="A feed may only redirect to http(s) URLs; check the source URL.") from None
            except urllib.error.URLError as e:
                reason = e.reason
                if isinstance(reason, _Refused):
                    raise ExternalServiceError(f"{url}: {reason}",
                                               hint="A feed may only redirect to http(s) URLs; check the source URL.") from None
                if deadline.fired:
                    raise _Retry(f"response not received within {deadline.seconds:g} s") from None
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    raise _Retry(f"timed out after {opts.timeout:g} s") from None
                raise _Retry(f"connection failed: {reason}") from None
            except (socket.timeout, TimeoutError):
                if deadline.fired:
                    raise _Retry(f"response not received within {deadline.seconds:g} s") from None
                raise _Retry(f"timed out after {opts.timeout:g} s") from None
            except (ConnectionError, http.client.HTTPException, OSError) as e:
                if deadline.fired:
                    raise _Retry(f"response not received within {deadline.seconds:g} s") from None
                raise _Retry(f"connection failed: {e}") from None
        except _Retry as r:
            if attempt > opts.retries:
                tries = f" after {attempt} attempts" if attempt > 1 else ""
                raise ExternalServiceError(
                    f"{url}: {r.reason}{tries}",
                    hint="The source is down or slow; the refresh will be retried. "
                         "Raise [refresh] timeout/retries in config.toml if it is just slow.",
                ) from None
            if r.retry_after is not None:
                if r.retry_after > opts.max_backoff:
                    raise ExternalServiceError(
                        f"{url}: {r.reason}; the server asks to retry after {r.retry_after:.0f} s",
                        hint="The source is rate limiting us; the next scheduled refresh will try again.",
                    ) from None
                delay = r.retry_after
            else:
                delay = min(opts.max_backoff, opts.backoff * (2 ** (attempt - 1)))
            sleep(delay)


def _key(scope: str, url: str) -> str:
    return "http:validators:" + hashlib.sha256(f"{scope}\x1f{url}".encode()).hexdigest()[:32]


VALIDATOR_TTL = 90 * 86400.0


def load_validators(state: Any, scope: str, url: str) -> Validators:
    """The validators saved for ``url`` under ``scope`` (empty when none)."""
    v = state.get(_key(scope, url))
    return Validators.from_dict(v if isinstance(v, dict) else None)


def save_validators(state: Any, scope: str, url: str, validators: Validators) -> None:
    """Remember ``validators`` for the next conditional GET (forget them when empty)."""
    if validators:
        state.set(_key(scope, url), {"url": url, **validators.to_dict()}, ttl=VALIDATOR_TTL)
    else:
        state.delete(_key(scope, url))
