"""Refresh: jobs from config, real HTTP sources on loopback, all-or-nothing, lock, status, daemon."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from cli_util import DATA, ROOT, mw, mw_json, mw_proc
from mw.ingest import http
from mw.ingest import refresh
from mw.errors import ConfigError, ExternalServiceError

FEEDS = DATA / "feeds"
LAST_MODIFIED = "Mon, 02 Mar 2026 17:40:12 GMT"


class FeedServer:
    """A real HTTP server on 127.0.0.1 serving fixture feeds, with ETag/Last-Modified and failure modes.

    Paths: any key of ``routes`` (200, or 304 on a matching If-None-Match / If-Modified-Since);
    ``/500`` always fails; ``/slow`` answers after ``slow_s``; ``/stall`` signals ``stalled`` and
    waits for ``release`` before serving ``routes['/stall']``; ``/429-once`` answers 429 with
    ``Retry-After: 1`` the first time, then the TV feed.
    """

    def __init__(self) -> None:
        self.routes: dict[str, tuple[bytes, str]] = {
            "/tv/feed/": ((FEEDS / "tv.rss.xml").read_bytes(), "application/rss+xml; charset=UTF-8"),
            "/film/atom.xml": ((FEEDS / "film.atom.xml").read_bytes(), "application/atom+xml"),
            "/malformed/feed/": ((FEEDS / "malformed.xml").read_bytes(), "application/rss+xml"),
        }
        self.requests: list[dict[str, Any]] = []
        self.slow_s = 2.0
        self.drip_s = 0.1
        self.stalled = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_a: Any) -> None:
                pass

            def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
                with server._lock:
                    server.requests.append({"path": self.path, "status": status, "headers": dict(self.headers)})
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _drip(self, head: bytes, body: bytes) -> None:
                with server._lock:
                    server.requests.append({"path": self.path, "status": 200, "headers": dict(self.headers)})
                try:
                    self.wfile.write(head)
                    self.wfile.flush()
                    for i in range(len(body)):
                        self.wfile.write(body[i:i + 1])
                        self.wfile.flush()
                        if server.release.wait(server.drip_s):
                            return
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

            def do_GET(self) -> None:  # noqa: N802
                path = self.path
                if path == "/500":
                    return self._send(500, b"oops")
                if path == "/drip":  # headers at once, then the body a byte at a time, each within the timeout
                    body = server.routes["/tv/feed/"][0][:400]
                    return self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                                      + f"Content-Length: {len(body)}\r\n\r\n".encode(), body)
                if path == "/drip-headers":  # the status line, then the headers a byte at a time
                    return self._drip(b"HTTP/1.1 200 OK\r\n", b"X-Filler: " + b"a" * 400 + b"\r\n\r\n")
                if path.startswith("/redirect-to/"):
                    return self._send(302, b"", {"Location": path[len("/redirect-to/"):].replace("~", "://", 1)})
                if path == "/slow":
                    time.sleep(server.slow_s)
                    path = "/tv/feed/"
                if path == "/stall":
                    server.stalled.set()
                    server.release.wait(30)
                if path == "/429-once":
                    if not any(r["path"] == "/429-once" for r in server.requests):
                        return self._send(429, b"slow down", {"Retry-After": "1"})
                    path = "/tv/feed/"
                if path not in server.routes:
                    return self._send(404, b"not found")
                body, ctype = server.routes[path]
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag or (
                        not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == LAST_MODIFIED
                        and path.endswith(".lm")):
                    return self._send(304, b"", {"ETag": etag})
                headers = {"Content-Type": ctype, "Last-Modified": LAST_MODIFIED}
                if not path.endswith(".lm"):
                    headers["ETag"] = etag
                self._send(200, body, headers)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"] == path]

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def _toml(v: Any) -> str:
    return json.dumps(v)


def configure(home: Path, jobs: dict[str, dict[str, Any]] | None = None, **opts: Any) -> None:
    """Write MW_HOME/config.toml with fast HTTP settings for tests (plus ``opts``) and job tables."""
    settings = {"timeout": 2, "retries": 0, "backoff": 0.05, **opts}
    lines = ["[refresh]"] + [f"{k} = {_toml(v)}" for k, v in settings.items()]
    for name, conf in (jobs or {}).items():
        lines.append(f"[refresh.jobs.{name}]")
        lines += [f"{k} = {_toml(v)}" for k, v in conf.items()]
    (home / "config.toml").write_text("\n".join(lines) + "\n")


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    res = mw("refresh", "run", *args, "--json")
    return res.exit_code, json.loads(res.stdout.splitlines()[-1]) if res.stdout.strip() else {}


def export() -> str:
    return mw("kb", "export").stdout


def job(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(j for j in report["jobs"] if j["job"] == name)


# ---------------------------------------------------------------------- feeds over HTTP
def test_feed_run_imports_orders_only_and_second_run_costs_one_304(mw_home, server):
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/tv/feed/"), server.url("/film/atom.xml")]}})
    code, rep = run_json("recent_greenlights")
    assert code == 0, rep
    gl = job(rep, "recent_greenlights")
    assert gl["status"] == "ok"
    assert gl["by_type"]["greenlight"]["added"] == 7
    assert gl["added"] == 7 + 5  # seven greenlights and their five new buyers
    # 8 non-orders in the TV feed, its repeated Cold Harbour item, and 2 in the Atom feed
    assert gl["skipped"] == 11
    reasons = {s["reason"] for s in gl["skipped_items"]}
    assert {"not an order: box office", "not an order: executive move", "not an order: review",
            "not an order: deal", "not an order: ratings", "not an order: trailer",
            "already known (same link)"} <= reasons

    greenlights = {g["id"]: g for g in (json.loads(x) for x in export().splitlines()) if g["type"] == "greenlight"}
    assert set(greenlights) == {
        "harbor-light-media--cold-harbour", "bluefin--orbital-decay", "meridian-tv--quiet-acres",
        "northwind--the-ferryman-s-daughter", "copperline-studios--paper-lanterns",
        "copperline-studios--the-ninth-floor", "northwind--the-glass-orchard"}
    cold = greenlights["harbor-light-media--cold-harbour"]
    assert cold["genres"] == ["crime", "thriller"] and cold["format"] == "series" and cold["date"] == "2026-03-02"
    assert cold["source"] == "https://dailyslate.example/2026/03/cold-harbour-series-order-1235001/"
    # the description's story sentence is kept as the logline (RSS description and Atom summary)
    assert cold["logline"] == "The series follows a harbour pilot who uncovers a smuggling ring on the Kent coast."
    assert greenlights["copperline-studios--the-ninth-floor"]["logline"] == \
        "The film follows a night guard who hears the building breathe."
    assert greenlights["northwind--the-ferryman-s-daughter"]["region"] == "Nordics"
    assert not any("Signal Lost" in g["title"] or "Lantern Keeper" in g["title"] for g in greenlights.values())
    ua = server.hits("/tv/feed/")[0]["headers"]["User-Agent"]
    assert ua.startswith("mandate-wizard/0.1.0 (feed refresh")
    version = mw_json("kb", "stats")["version"]

    n = len(server.requests)
    code, rep = run_json("recent_greenlights")
    assert code == 0
    gl = job(rep, "recent_greenlights")
    assert (gl["added"], gl["updated"], gl["unchanged"]) == (0, 0, 0)
    again = server.requests[n:]
    assert [(r["path"], r["status"]) for r in again] == [("/tv/feed/", 304), ("/film/atom.xml", 304)]
    assert again[0]["headers"]["If-None-Match"].startswith('"')
    assert [s["state"] for s in gl["sources"]] == ["not modified (304)"] * 2
    assert mw_json("kb", "stats")["version"] == version

    # --force refetches (no validators) and still changes nothing
    code, rep = run_json("recent_greenlights", "--force")
    gl = job(rep, "recent_greenlights")
    assert code == 0 and (gl["added"], gl["updated"]) == (0, 0) and gl["unchanged"] == 7  # the buyers already exist: not resent
    assert [r["status"] for r in server.requests[-2:]] == [200, 200]
    assert mw_json("kb", "stats")["version"] == version


def test_changed_feed_adds_new_item_and_keeps_curated_fields(mw_home, server):
    # A curated greenlight for a title the feed also reports: the feed must not overwrite it.
    curated = mw_home / "curated.jsonl"
    curated.write_text(json.dumps({"type": "greenlight", "title": "Cold Harbour", "buyer": "Harbor Light Media",
                                   "date": "2026-02-20", "genres": ["crime"], "logline": "Curated logline.",
                                   "producers": ["Tidewater Films"]}) + "\n")
    assert mw("kb", "import", str(curated)).exit_code == 0
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/tv/feed/")]}})
    code, rep = run_json("recent_greenlights")
    assert code == 0
    cold = mw_json("kb", "show", "Harbor Light Media")["greenlights"]
    cold = next(g for g in cold if g["title"] == "Cold Harbour")
    assert cold["logline"] == "Curated logline." and cold["date"] == "2026-02-20" and cold["genres"] == ["crime"]
    assert cold["producers"] == ["Tidewater Films"] and cold["format"] == "series"  # the gap is filled

    body, ctype = server.routes["/tv/feed/"]
    extra = (b"<item><title>Northwind Orders Thriller Series &#8216;Black Ice&#8217;</title>"
             b"<link>https://dailyslate.example/2026/03/black-ice-1235099/</link>"
             b"<pubDate>Tue, 03 Mar 2026 09:00:00 +0000</pubDate></item>")
    server.routes["/tv/feed/"] = (body.replace(b"<item>", extra + b"<item>", 1), ctype)
    code, rep = run_json("recent_greenlights")
    gl = job(rep, "recent_greenlights")
    assert code == 0 and gl["by_type"]["greenlight"] == {"added": 1, "updated": 0, "unchanged": 5}
    assert server.requests[-1]["status"] == 200


# ---------------------------------------------------------------------- one bad source among good ones
@pytest.mark.parametrize("bad,message", [
    ("/500", "HTTP 500"),
    ("/page.html", "an HTML page, not an RSS or Atom feed"),
    ("/slow", "timed out after 0.3 s"),
    ("/missing.jsonl", "HTTP 404"),
    ("local:nope.jsonl", "no such file"),
    ("local:bad.jsonl", "problem(s); nothing from it was written"),
])
def test_failing_source_is_reported_and_the_good_one_lands(mw_home, server, bad, message):
    (mw_home / "bad.jsonl").write_text('{"type": "greenlight", "title": "No Buyer", "date": "2026-03-01"}\n')
    server.routes["/page.html"] = ((FEEDS / "not-a-feed.html").read_bytes(), "text/html; charset=utf-8")
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    src = bad[len("local:"):] if bad.startswith("local:") else server.url(bad)
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/tv/feed/"), src]}}, timeout=0.3)
    start = time.monotonic()
    res = mw("refresh", "run", "recent_greenlights")
    assert res.exit_code == 1
    assert time.monotonic() - start < 1.5
    assert message in res.stderr and "refresh job recent_greenlights: 1 of 2 sources failed; the other 1 landed" \
        in res.stderr and "what to do:" in res.stderr
    titles = {g["title"] for g in (json.loads(x) for x in export().splitlines()) if g["type"] == "greenlight"}
    assert {"Orbital Decay", "Quiet Acres", "Paper Lanterns"} <= titles  # the good feed landed
    st = mw_json("refresh", "status")
    gl = job(st, "recent_greenlights")
    assert gl["status"] == "partial" and message in gl["last_error"] and gl["runs_partial"] == 1
    by_src = {s["source"]: s for s in gl["sources_status"]}
    assert by_src[server.url("/tv/feed/")]["status"] == "ok"
    assert by_src[src]["status"] == "failed" and message in by_src[src]["error"] and by_src[src]["hint"]
    rec = _state().get_record("jobs", "recent_greenlights")
    assert rec["runs_failed"] == 0 and rec["runs_ok"] == 0

    # Fix the config: the good feed costs one 304 (its ETag was saved with its data) and adds nothing.
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/tv/feed/")]}}, timeout=0.3)
    code, rep = run_json("recent_greenlights")
    assert code == 0 and job(rep, "recent_greenlights")["added"] == 0
    assert server.hits("/tv/feed/")[-1]["status"] == 304
    gl = job(mw_json("refresh", "status"), "recent_greenlights")
    assert gl["status"] == "ok" and gl["last_error"] is None and gl["runs_ok"] == 1


def test_every_source_failing_fails_the_job_and_keeps_earlier_data(mw_home, server):
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/tv/feed/")]}})
    assert mw("refresh", "run", "recent_greenlights").exit_code == 0
    before = export()
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/500"), server.url("/gone")]}})
    res = mw("refresh", "run", "recent_greenlights")
    assert res.exit_code == 1 and "failed: every source failed" in res.stderr
    assert export() == before
    gl = job(mw_json("refresh", "status"), "recent_greenlights")
    assert gl["status"] == "failed" and "HTTP 500" in gl["last_error"] and "HTTP 404" in gl["last_error"]


def _state():
    from mw.store.state.factory import open_state

    return open_state()


def test_http_retries_5xx_with_backoff_then_names_url(server):
    opts = http.HttpOptions(timeout=1, retries=2, backoff=0.05)
    start = time.monotonic()
    with pytest.raises(ExternalServiceError) as e:
        http.fetch(server.url("/500"), options=opts)
    assert len(server.hits("/500")) == 3
    assert time.monotonic() - start >= 0.05 + 0.1
    assert e.value.message == f"{server.url('/500')}: HTTP 500 Internal Server Error after 3 attempts"
    assert e.value.hint


def test_http_timeout_is_retried_and_bounded(server):
    server.slow_s = 3
    opts = http.HttpOptions(timeout=0.2, retries=1, backoff=0.01)
    start = time.monotonic()
    with pytest.raises(ExternalServiceError, match=r"timed out after 0.2 s after 2 attempts"):
        http.fetch(server.url("/slow"), options=opts)
    assert time.monotonic() - start < 1.5
    assert len(server.hits("/slow")) == 0  # the handler never answered
    server.release.set()


def test_http_429_honours_retry_after(server):
    start = time.monotonic()
    resp = http.fetch(server.url("/429-once"), options=http.HttpOptions(timeout=2, retries=1, backoff=0.01))
    assert time.monotonic() - start >= 0.95
    assert resp.status == 200 and resp.attempts == 2 and resp.body.startswith(b"<?xml")
    assert [r["status"] for r in server.hits("/429-once")] == [429, 200]


def test_http_retry_after_beyond_max_backoff_gives_up(server):
    opts = http.HttpOptions(timeout=2, retries=3, backoff=0.01, max_backoff=0.5)
    with pytest.raises(ExternalServiceError, match="asks to retry after 1 s"):
        http.fetch(server.url("/429-once"), options=opts)
    assert len(server.hits("/429-once")) == 1


def test_http_conditional_get_with_last_modified_only(server, store):
    server.routes["/export.jsonl.lm"] = ((DATA / "mini.jsonl").read_bytes(), "application/x-ndjson")
    url = server.url("/export.jsonl.lm")
    first = http.fetch(url)
    assert first.status == 200 and first.validators == http.Validators(None, LAST_MODIFIED)
    http.save_validators(store, "job", url, first.validators)
    assert http.load_validators(store, "job", url) == first.validators
    assert http.load_validators(store, "other-job", url) == http.Validators()
    second = http.fetch(url, validators=http.load_validators(store, "job", url))
    assert second.not_modified and second.body == b""
    assert server.hits("/export.jsonl.lm")[-1]["headers"]["If-Modified-Since"] == LAST_MODIFIED


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_dripping_source_is_cut_off_at_the_overall_deadline(server, path):
    # each byte comes within the 0.5 s read timeout, but the whole response would take 40 s
    opts = http.HttpOptions(timeout=0.5, retries=0)
    start = time.monotonic()
    with pytest.raises(ExternalServiceError, match=r"response not received within 2.5 s"):
        http.fetch(server.url(path), options=opts)
    assert time.monotonic() - start < 4.5


@pytest.mark.parametrize("target", ["ftp~127.0.0.1:1/feed.xml", "file~/etc/hostname", "data:text/xml,<rss/>"])
def test_a_redirect_to_another_scheme_is_refused(server, target):
    with pytest.raises(ExternalServiceError, match=r"redirect to a (ftp|file|data): URL refused"):
        http.fetch(server.url("/redirect-to/" + target), options=http.HttpOptions(timeout=2, retries=0))
    # an http(s) redirect is followed, and the final URL is reported (relative feed links resolve against it)
    resp = http.fetch(server.url("/redirect-to/" + server.url("/tv/feed/").replace("://", "~", 1)),
                      options=http.HttpOptions(timeout=2, retries=0))
    assert resp.status == 200 and resp.url == server.url("/tv/feed/")


def test_http_connection_refused_is_a_service_error():
    from helpers import free_port

    url = f"http://127.0.0.1:{free_port()}/feed/"
    with pytest.raises(ExternalServiceError, match="connection failed") as e:
        http.fetch(url, options=http.HttpOptions(timeout=1, retries=1, backoff=0.01))
    assert e.value.message.startswith(url)


# ---------------------------------------------------------------------- JSONL / CSV sources
def test_jsonl_and_csv_sources_local_and_http(mw_home, server):
    server.routes["/exports/mini.jsonl"] = ((DATA / "mini.jsonl").read_bytes(), "application/x-ndjson")
    server.routes["/exports/executives.csv"] = ((DATA / "executives.csv").read_bytes(), "text/csv")
    (mw_home / "sources").mkdir()
    (mw_home / "sources" / "mandates.jsonl").write_text(json.dumps(
        {"type": "mandate", "executive": "Priya Kaul", "text": "Half-hour comedies with a big-hearted lead.",
         "date": "2026-02-01"}) + "\n")
    configure(mw_home, {
        "executive_profiles": {"sources": [server.url("/exports/mini.jsonl"), server.url("/exports/executives.csv")]},
        "executive_mandates": {"sources": ["sources/mandates.jsonl"]},  # relative to MW_HOME
    })
    code, rep = run_json("executive_profiles", "executive_mandates")
    assert code == 0, rep
    prof, mand = job(rep, "executive_profiles"), job(rep, "executive_mandates")
    assert prof["by_type"]["executive"]["added"] == 3 and prof["by_type"]["greenlight"]["added"] == 3
    assert mand["by_type"]["mandate"] == {"added": 1, "updated": 0, "unchanged": 0}
    shown = mw_json("kb", "show", "Priya Kaul")
    assert [m["text"] for m in shown["mandates"]] == ["Half-hour comedies with a big-hearted lead."]
    # idempotent: the local file is re-read and changes nothing; the HTTP sources answer 304
    code, rep = run_json("executive_profiles", "executive_mandates")
    assert code == 0
    assert job(rep, "executive_mandates")["unchanged"] == 1 and job(rep, "executive_mandates")["added"] == 0
    assert [s["state"] for s in job(rep, "executive_profiles")["sources"]] == ["not modified (304)"] * 2


def test_csv_problem_names_url_and_line(mw_home, server):
    server.routes["/exports/executives.csv"] = (b"name,company\nPriya Kaul,\n", "text/csv")
    configure(mw_home, {"executive_profiles": {"sources": [server.url("/exports/executives.csv")]}})
    res = mw("refresh", "run", "executive_profiles")
    assert res.exit_code == 1
    assert f"{server.url('/exports/executives.csv')}:2: missing required field 'company'" in res.stderr


# ---------------------------------------------------------------------- jobs, config, output
def test_jobs_without_sources_are_skipped_not_failed(mw_home):
    res = mw("refresh", "run")
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].split("\t") == ["job", "result", "added", "updated", "unchanged", "skipped", "seconds", "note"]
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert set(rows) == {"executive_profiles", "recent_greenlights", "executive_mandates"}  # vector_index never runs
    assert all(r[1] == "skipped" and r[7] == "no sources configured" for r in rows.values())
    assert "\x1b[" not in res.stdout + res.stderr  # no colour when not on a TTY
    st = mw_json("refresh", "status")
    vi = job(st, "vector_index")
    assert vi["status"] == "disabled" and vi["enabled"] is False and vi["next_run"] is None
    assert vi["note"].startswith("disabled while semantic search is off") and "issue" not in vi["note"]
    assert job(st, "recent_greenlights")["status"] == "skipped"
    assert job(st, "recent_greenlights")["note"] == "no sources configured"


def test_named_vector_index_and_unknown_jobs_are_usage_errors(mw_home):
    res = mw("refresh", "run", "vector_index")  # semantic search is off in tests
    assert res.exit_code == 2 and "cannot run here: it is disabled while semantic search is off" in res.stderr
    res = mw("refresh", "run", "recent_greenlight")
    assert res.exit_code == 2 and "unknown refresh job 'recent_greenlight'" in res.stderr


@pytest.mark.parametrize("jobs,message", [
    ({"recent_greenlights": {"schedule": "daily 25:00"}}, "[refresh.jobs.recent_greenlights] schedule: invalid schedule"),
    ({"recent_greenlights": {"stale_after": "soon"}}, "stale_after: invalid duration 'soon'"),
    ({"recent_greenlights": {"source": ["x.jsonl"]}}, "config.toml:6: [refresh.jobs.recent_greenlights]: unknown key 'source'"),
    ({'"variety tv"': {"sources": []}}, "invalid job name 'variety tv'"),
    ({"vector_index": {"enabled": True}}, "needs semantic search, which is off"),
])
def test_config_mistakes_are_reported(mw_home, jobs, message):
    configure(mw_home, jobs)
    res = mw("refresh", "status")
    assert res.exit_code == 2 and message in res.stderr


def test_schedule_parsing_and_slots(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        mon_0500 = 1772427600.0  # 2026-03-02T05:00:00Z, a Monday
        daily = refresh.Schedule.parse("daily 04:00")
        assert refresh.clock.iso(daily.next_run(mon_0500, None)) == "2026-03-03T04:00:00Z"
        assert refresh.clock.iso(daily.prev_slot(mon_0500)) == "2026-03-02T04:00:00Z"
        assert daily.is_due(mon_0500, None) and daily.is_due(mon_0500, mon_0500 - 3600 * 2)
        assert not daily.is_due(mon_0500, mon_0500 - 1800)
        weekly = refresh.Schedule.parse("weekly mon 02:00")
        assert refresh.clock.iso(weekly.next_run(mon_0500, None)) == "2026-03-09T02:00:00Z"
        assert refresh.clock.iso(refresh.Schedule.parse("weekly sunday 23:30").next_run(mon_0500, None)) \
            == "2026-03-08T23:30:00Z"
        assert refresh.clock.iso(refresh.Schedule.parse("hourly").next_run(mon_0500 + 60, None)) == "2026-03-02T06:00:00Z"
        every = refresh.Schedule.parse("every 6h")
        assert every.next_run(mon_0500, None) == mon_0500
        assert every.next_run(mon_0500, mon_0500 - 3600) == mon_0500 + 5 * 3600
        assert not every.is_due(mon_0500, mon_0500 - 3600) and every.is_due(mon_0500, mon_0500 - 6 * 3600)
        for bad in ("daily", "daily 4pm", "weekly funday 02:00", "every 10s", "monthly 1 02:00"):
            with pytest.raises(ConfigError):
                refresh.Schedule.parse(bad)
        assert refresh.parse_duration("12h") == 43200 and refresh.parse_duration("7d") == 604800
        assert refresh.parse_duration(90) == 90.0
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_status_staleness_and_due_with_injected_clock(mw_home, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        src = mw_home / "greenlights.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in [
            {"type": "greenlight", "title": "Frost Line", "buyer": "Northwind", "date": "2026-03-01"}]) + "\n")
        configure(mw_home, {"recent_greenlights": {"sources": [str(src)]},
                            "executive_mandates": {"sources": [str(src)]}})
        monkeypatch.setenv("MW_NOW", "2026-03-02T05:00:00Z")  # Monday
        code, rep = run_json()
        assert code == 0
        assert {j["job"]: j["status"] for j in rep["jobs"]} == {
            "executive_profiles": "skipped", "recent_greenlights": "ok", "executive_mandates": "ok"}

        monkeypatch.setenv("MW_NOW", "2026-03-02T11:00:00Z")
        st = mw_json("refresh", "status")
        assert st["now"] == "2026-03-02T11:00:00Z"
        gl = job(st, "recent_greenlights")
        assert gl["status"] == "ok" and gl["last_success"] == "2026-03-02T05:00:00Z"
        assert gl["last_attempt"] == "2026-03-02T05:00:00Z"
        assert (gl["is_stale"], gl["age_hours"], gl["due"]) == (False, 6.0, False)
        assert gl["next_run"] == "2026-03-03T04:00:00Z" and gl["last_error"] is None
        em = job(st, "executive_mandates")
        assert em["next_run"] == "2026-03-09T02:00:00Z" and em["is_stale"] is False
        ep = job(st, "executive_profiles")
        assert ep["status"] == "skipped" and ep["is_stale"] is True and ep["age_hours"] is None
        code, rep = run_json()  # nothing due: greenlights ran at 05:00, mandates are weekly
        assert code == 0 and [j["job"] for j in rep["jobs"]] == ["executive_profiles"]

        monkeypatch.setenv("MW_NOW", "2026-03-02T17:30:00Z")  # 12.5 h later: stale, though not due
        gl = job(mw_json("refresh", "status"), "recent_greenlights")
        assert (gl["is_stale"], gl["age_hours"], gl["due"]) == (True, 12.5, False)

        monkeypatch.setenv("MW_NOW", "2026-03-03T04:30:00Z")  # past the next daily slot
        code, rep = run_json()
        assert [j["job"] for j in rep["jobs"]] == ["executive_profiles", "recent_greenlights"]
        gl = job(mw_json("refresh", "status"), "recent_greenlights")
        assert gl["last_success"] == "2026-03-03T04:30:00Z" and gl["age_hours"] == 0.0
        assert gl["runs_ok"] == 2 and gl["unchanged"] == 1 and gl["added"] == 0
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_quiet_prints_nothing_on_success(mw_home):
    src = mw_home / "g.jsonl"
    src.write_text(json.dumps({"type": "greenlight", "title": "Frost Line", "buyer": "Northwind",
                               "date": "2026-03-01"}) + "\n")
    configure(mw_home, {"recent_greenlights": {"sources": [str(src)]}})
    res = mw("refresh", "run", "--quiet")
    assert res.exit_code == 0 and res.stdout == "" and res.stderr == ""


# ---------------------------------------------------------------------- processes: lock, kill, daemon
def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    e = {"MW_HOME": os.environ["MW_HOME"]}
    if os.environ.get("MW_STORE"):
        e["MW_STORE"] = os.environ["MW_STORE"]
    e.update(extra or {})
    return e


def _popen(*args: str) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(_env())
    return subprocess.Popen([sys.executable, "-m", "mw", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=str(ROOT))


def test_two_concurrent_runs_one_runs_the_other_exits_75(mw_home, server, store):
    server.routes["/stall"] = server.routes["/tv/feed/"]
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/stall")]}}, timeout=20)
    procs = [_popen("refresh", "run", "recent_greenlights"), _popen("refresh", "run", "recent_greenlights")]
    try:
        assert server.stalled.wait(20), "no run reached the source"
        # While the winner is stalled on the source, the other one must have given up with 75.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and all(p.poll() is None for p in procs):
            time.sleep(0.05)
        loser = next(p for p in procs if p.poll() is not None)
        assert loser.returncode == 75, loser.stderr.read()
        assert "another refresh run holds the lock" in loser.stderr.read()
        server.release.set()
        winner = next(p for p in procs if p is not loser)
        out, err = winner.communicate(timeout=30)
        assert winner.returncode == 0, err
        assert "recent_greenlights\tok\t" in out
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    assert len(server.hits("/stall")) == 1
    assert store.acquire_lock("refresh", 1) is not None  # released by the winner


def test_sigkill_mid_run_leaves_kb_intact_and_the_next_run_takes_the_lock_over(mw_home, server):
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/tv/feed/")]}})
    assert mw("refresh", "run", "recent_greenlights").exit_code == 0
    before = export()
    server.routes["/stall"] = server.routes["/film/atom.xml"]
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/film/atom.xml"), server.url("/stall")]}},
              timeout=20)
    p = _popen("refresh", "run", "recent_greenlights")
    try:
        assert server.stalled.wait(20), p.stderr.read() if p.poll() is not None else "no request"
        st = mw_json("refresh", "status")
        assert job(st, "recent_greenlights")["status"] == "running" and st["running"]["job"] == "recent_greenlights"
        os.kill(p.pid, signal.SIGKILL)
        p.wait(10)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    assert p.returncode == -signal.SIGKILL
    assert export() == before
    from mw.store.kb import KnowledgeBase

    kb = KnowledgeBase(mw_home / "kb.sqlite")
    assert kb.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kb.close()
    # The lock is still in the store (30 s TTL), but its holder is gone from this host.
    assert _state().get("refresh:heartbeat")["pid"] == p.pid
    gl = job(mw_json("refresh", "status"), "recent_greenlights")
    assert gl["status"] == "interrupted"
    server.release.set()
    code, rep = run_json("recent_greenlights")  # takes the dead run's lock over at once
    assert code == 0, rep
    assert job(rep, "recent_greenlights")["by_type"]["greenlight"]["added"] == 2  # the Atom feed's two orders
    assert job(mw_json("refresh", "status"), "recent_greenlights")["status"] == "ok"


def test_a_redis_hang_mid_run_keeps_the_lock_on_redis_and_the_run_finishes(mw_home, server, monkeypatch):
    from helpers import start_redis_server, stop_redis_server

    proc, url = start_redis_server()
    try:
        monkeypatch.setenv("MW_STORE", url)
        server.routes["/stall"] = server.routes["/tv/feed/"]
        # the heartbeat beats every 2 s; Redis is frozen for 3.5 s, longer than its 1 s socket timeout
        configure(mw_home, {"recent_greenlights": {"sources": [server.url("/stall")]}}, timeout=20, lock_ttl=6)
        p = _popen("refresh", "run", "recent_greenlights")
        try:
            assert server.stalled.wait(20), "no run reached the source"
            os.kill(proc.pid, signal.SIGSTOP)
            time.sleep(3.5)
            os.kill(proc.pid, signal.SIGCONT)
            server.release.set()
            out, err = p.communicate(timeout=30)
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()
        assert p.returncode == 0, err
        assert "recent_greenlights\tok\t" in out
        # the lock was released on Redis: the next run (on any host) gets it at once
        res = _popen("refresh", "run", "recent_greenlights")
        out, err = res.communicate(timeout=30)
        assert res.returncode == 0, err
    finally:
        os.kill(proc.pid, signal.SIGCONT)
        stop_redis_server(proc)


def test_a_live_holder_elsewhere_keeps_the_lock(mw_home, store):
    configure(mw_home, {"recent_greenlights": {"sources": []}})
    token = store.acquire_lock("refresh", 30)
    store.set("refresh:heartbeat", {"pid": 1, "host": "another-host", "token": token, "job": "x"}, ttl=30)
    res = mw("refresh", "run", "recent_greenlights")
    assert res.exit_code == 75 and "pid 1 on another-host" in res.stderr
    # the same pid on this host, alive (pid 1 always is): not taken over either
    store.set("refresh:heartbeat", {"pid": 1, "host": __import__("socket").gethostname(), "token": token}, ttl=30)
    assert mw("refresh", "run", "recent_greenlights").exit_code == 75
    assert store.release_lock("refresh", token)


def test_daemon_catches_up_stale_jobs_and_stops_on_sigterm(mw_home):
    src = mw_home / "greenlights.jsonl"
    src.write_text(json.dumps({"type": "greenlight", "title": "Frost Line", "buyer": "Northwind",
                               "date": "2026-03-01"}) + "\n")
    configure(mw_home, {"recent_greenlights": {"sources": [str(src)]}})
    p = _popen("refresh", "daemon")
    try:
        deadline = time.monotonic() + 20
        done = False
        while time.monotonic() < deadline and not done and p.poll() is None:
            rec = mw_proc("refresh", "status", "--json", env=_env()).stdout
            done = bool(rec) and job(json.loads(rec), "recent_greenlights")["status"] == "ok"
            if not done:
                time.sleep(0.2)
        assert done, p.stderr.read() if p.poll() is not None else "daemon did not catch up"
        p.send_signal(signal.SIGTERM)
        out, err = p.communicate(timeout=10)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    assert p.returncode == 0, err
    assert "scheduled recent_greenlights: daily 04:00" in err
    assert "recent_greenlights: ok (added 2" in err
    assert "got SIGTERM" in err and err.rstrip().endswith("stopped")


# ---------------------------------------------------------------------- real-world feed difficulties
def _rss(items: str, encoding: str | None = "utf-8", extra_ns: str = "") -> str:
    decl = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else '<?xml version="1.0"?>'
    return f'{decl}\n<rss version="2.0"{extra_ns}><channel><title>t</title><link>https://x.example/</link>{items}</channel></rss>\n'


def _difficult_feeds() -> dict[str, tuple[bytes, str]]:
    """Feeds as the web serves them: entities, legacy encodings, header-only charsets, Atom 0.3,
    xml:base, RSS 1.0, relative links and missing or impossible dates."""
    day = "<pubDate>Mon, 02 Mar 2026 10:00:00 +0000</pubDate>"
    return {
        # an HTML entity undefined in XML, and an unescaped & in a link
        "/nbsp/feed/": (_rss("<item><title>Northwind Orders Drama &#8216;Snow&nbsp;Line&#8217;</title>"
                             f"<link>https://nbsp.example/a?b=1&c=2</link>{day}</item>").encode(),
                        "application/rss+xml"),
        "/sjis/feed/": (_rss(f"<item><title>Northwind Orders Drama '東京の夜'</title><link>https://sjis.example/1</link>"
                             f"{day}</item>", "Shift_JIS").encode("shift_jis"), "application/rss+xml"),
        "/big5/feed/": (_rss(f"<item><title>Harbour TV Orders Drama '台北之夜'</title><link>https://big5.example/1</link>"
                             f"{day}</item>", "Big5").encode("big5"), "text/xml"),
        # the charset is only in the HTTP header
        "/latin1/feed/": (_rss(f"<item><title>Northwind Orders Drama 'Café Noir'</title>"
                               f"<link>https://latin1.example/1</link>{day}</item>", None).encode("latin-1"),
                          "application/rss+xml; charset=ISO-8859-1"),
        "/atom03.xml": (('<?xml version="1.0" encoding="utf-8"?>\n<feed version="0.3" xmlns="http://purl.org/atom/ns#" '
                        'xml:base="https://atom03.example/news/"><title>t</title>'
                        '<entry><title>Northwind Orders Comedy \'Old Format\'</title>'
                        '<link rel="alternate" type="text/html" href="story-1"/><id>tag:atom03,1</id>'
                        '<issued>2026-02-10T10:00:00Z</issued><modified>2026-02-11T10:00:00Z</modified></entry>'
                        '</feed>\n').encode(), "application/atom+xml"),
        "/atom10.xml": (('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
                        'xml:base="https://atom10.example/"><title>t</title><id>x</id><updated>2026-02-01T00:00:00Z</updated>'
                        '<entry xml:base="tv/"><title type="html">Northwind Orders Thriller &lt;i&gt;\'Base Case\'&lt;/i&gt;</title>'
                        '<link href="item-2"/><id>tag:atom10,2</id><updated>2026-02-12T09:00:00+01:00</updated></entry>'
                        '</feed>\n').encode(), "application/atom+xml"),
        "/rss10.rdf": (('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                       'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                       '<channel rdf:about="https://rss10.example/"><title>t</title><link>https://rss10.example/</link>'
                       '<description>d</description></channel>'
                       '<item rdf:about="https://rss10.example/3"><title>Northwind Orders Drama \'Resource\'</title>'
                       '<link>https://rss10.example/3</link><dc:date>2026-02-13T08:00:00Z</dc:date></item>'
                       '</rdf:RDF>\n').encode(), "application/rdf+xml"),
        # relative links without xml:base resolve against the feed's URL; dates missing or impossible
        "/dates/feed/.lm": (_rss(
            "<item><title>Northwind Orders Drama 'No Date'</title><link>/story/no-date</link></item>"
            "<item><title>Northwind Orders Drama 'Year One'</title><link>/story/year-one</link>"
            "<pubDate>0001-01-01T00:00:00</pubDate></item>"
            "<item><title>Northwind Orders Drama 'Far Future'</title><link>/story/far-future</link>"
            "<pubDate>Fri, 01 Jan 2099 00:00:00 +0000</pubDate></item>"
            "<item><title>Northwind Orders Drama 'Garbled'</title><link>/story/garbled</link>"
            "<pubDate>sometime last week</pubDate></item>"
            "<item><title>Northwind Orders Drama 'Dated'</title><link>/story/dated</link>" + day + "</item>"
            "<item><title></title><link>/story/untitled</link></item>").encode(), "application/rss+xml"),
    }


def test_difficult_real_world_feeds_land_and_a_second_run_costs_one_304_each(mw_home, server, monkeypatch):
    monkeypatch.setenv("MW_NOW", "2026-03-05T12:00:00Z")
    feeds = _difficult_feeds()
    server.routes.update(feeds)
    # the feeds' fictional buyers are the user's: a buyer nothing vouches for is not written
    (mw_home / "buyers.jsonl").write_text('{"type": "company", "name": "Northwind"}\n'
                                          '{"type": "company", "name": "Harbour TV"}\n')
    assert mw("kb", "import", str(mw_home / "buyers.jsonl")).exit_code == 0
    server.routes["/page.html"] = ((FEEDS / "not-a-feed.html").read_bytes(), "text/html; charset=utf-8")
    good = [server.url(p) for p in feeds]
    configure(mw_home, {"variety_tv": {"sources": good + [server.url("/gone.xml"), server.url("/page.html")],
                                       "schedule": "every 2h", "stale_after": "6h"}}, contact="data@example.org")
    code, rep = run_json("variety_tv")
    assert code == 1
    vt = job(rep, "variety_tv")
    assert vt["status"] == "partial"
    states = {s["source"]: s["status"] for s in vt["sources"]}
    assert [s for s, st in states.items() if st == "failed"] == [server.url("/gone.xml"), server.url("/page.html")]
    assert "bad item: no title" in {i["reason"] for i in vt["skipped_items"]}
    gls = {g["title"]: g for g in (json.loads(x) for x in export().splitlines()) if g["type"] == "greenlight"}
    assert set(gls) == {"Snow Line", "東京の夜", "台北之夜", "Café Noir", "Old Format", "Base Case", "Resource",
                        "No Date", "Year One", "Far Future", "Garbled", "Dated"}
    assert gls["Snow Line"]["source"] == "https://nbsp.example/a?b=1&c=2"
    assert gls["Old Format"]["source"] == "https://atom03.example/news/story-1"
    assert (gls["Old Format"]["date"], gls["Old Format"]["date_source"]) == ("2026-02-10", "published")  # <issued>
    assert gls["Base Case"]["source"] == "https://atom10.example/tv/item-2" and gls["Base Case"]["date"] == "2026-02-12"
    assert gls["Resource"]["date"] == "2026-02-13"
    assert gls["Dated"]["source"] == server.url("/story/dated")
    assert (gls["Dated"]["date"], gls["Dated"]["date_source"]) == ("2026-03-02", "published")
    for t in ("No Date", "Year One", "Far Future", "Garbled"):  # the fetch day, said so
        assert (gls[t]["date"], gls[t]["date_source"]) == ("2026-03-05", "fetched"), t
    # answers say when a fetch-dated greenlight was seen, never that it was announced then
    res = mw("ask", "greenlights", "--no-cache")
    assert res.exit_code == 0, res.stderr
    assert "seen on 2026-03-05  No Date:" in res.stdout and "2026-03-02  Dated:" in res.stdout
    assert "seen on 2026-03-02" not in res.stdout
    assert server.hits("/nbsp/feed/")[0]["headers"]["User-Agent"].endswith("(feed refresh; +data@example.org)")
    st = job(mw_json("refresh", "status"), "variety_tv")
    assert st["status"] == "partial" and st["schedule"] == "every 2h" and st["stale_after_hours"] == 6
    assert {s["source"]: s["status"] for s in st["sources_status"]} == states

    n = len(server.requests)
    code, rep = run_json("variety_tv")
    vt = job(rep, "variety_tv")
    assert code == 1 and (vt["added"], vt["updated"]) == (0, 0)
    again = [(r["path"], r["status"]) for r in server.requests[n:]]
    assert sorted(p for p, st in again if st == 304) == sorted(feeds)  # one 304 per good source
    assert len(again) == len(feeds) + 2  # plus the 404 and the HTML page, asked again


def test_refresh_shows_a_progress_bar_on_a_terminal_only(mw_home):
    """On a terminal, `mw refresh run` draws a progress bar per job on stderr (sources read); piped, none."""
    from test_cli import run_in_terminal

    feed = ROOT / "tests" / "data" / "feeds" / "tv.rss.xml"
    (mw_home / "config.toml").write_text(
        f'[refresh.jobs.mytv]\nsources = ["{feed.as_uri()}", "{feed.as_uri()}?copy=2"]\nschedule = "hourly"\n')
    rc, shown = run_in_terminal(["refresh", "run", "--force", "mytv"], rows=40, cols=120,
                                env={"MW_HOME": str(mw_home)})
    assert "refresh mytv" in shown and "2/2" in shown, shown[-2000:]
    res = mw("refresh", "run", "--force", "mytv")
    assert "refresh mytv" not in res.stderr


def test_an_unvouched_buyer_is_skipped_with_its_reason_and_a_hint_until_the_kb_lists_it(mw_home, server):
    server.routes["/unknown/feed/"] = (_rss(
        "<item><title>Saltwick TV Orders Drama 'Low Tide'</title><link>https://x.example/low-tide</link>"
        "<description>The eight-part drama shoots in the spring.</description></item>").encode(), "application/rss+xml")
    configure(mw_home, {"recent_greenlights": {"sources": [server.url("/unknown/feed/")]}})
    res = mw("refresh", "run", "recent_greenlights")
    assert res.exit_code == 0, res.stderr
    assert "1 headline(s) named a buyer or title that nothing vouches for" in res.stderr
    code, rep = run_json("recent_greenlights", "--force")
    (item,) = job(rep, "recent_greenlights")["skipped_items"]
    assert item["reason"] == "unconfirmed: 'Saltwick TV' is not a known buyer and the description does not name it"
    # once the knowledge base lists the buyer, the same headline is read
    (mw_home / "buyers.jsonl").write_text('{"type": "company", "name": "Saltwick TV"}\n')
    assert mw("kb", "import", str(mw_home / "buyers.jsonl")).exit_code == 0
    res = mw("refresh", "run", "recent_greenlights", "--force")
    assert res.exit_code == 0 and "nothing vouches for" not in res.stderr
    assert "Low Tide" in export()
