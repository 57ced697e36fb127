"""`mw serve`: a real uvicorn on a free loopback port (a `python -m mw serve` subprocess).

Covers API keys, every endpoint, exact rate limits under concurrency (429 +
Retry-After), RFC 9457 problems (401/404/413/422), the loopback-only rule,
SIGTERM with a request in flight, the batchers on their three paths (server
cache lookups, server embeddings, `mw ask -`), and property-based requests
generated from /openapi.json (schemathesis): no request shape gives a 500.
"""
from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import free_port

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
Q = "Who should I pitch a Nordic crime thriller to?"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MW_") and k != "REDIS_URL"}
    env.update(MW_HOME=str(home), MW_USER="local-tester", **extra)
    return env


def mw_cli(home: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60):
    return subprocess.run([sys.executable, "-m", "mw", *args], capture_output=True, text=True,
                          env=env or _env(home), timeout=timeout, cwd=str(ROOT))


class Server:
    def __init__(self, home: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "mw", "serve", "--port", str(self.port), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env=env or _env(home), cwd=str(ROOT))
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise AssertionError(f"mw serve exited {self.proc.returncode}: {self.proc.stderr.read()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code in (200, 503):
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError("mw serve did not come up")
            time.sleep(0.1)

    def get(self, path: str, key: str | None = None, **kw):
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.get(self.url + path, headers=headers, timeout=30, **kw)

    def post(self, path: str, body=None, key: str | None = None, **kw):
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.post(self.url + path, json=body, headers=headers, timeout=30, **kw)

    def stop(self) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return self.proc.returncode, err


def add_key(home: Path, email: str, tier: str | None = None) -> dict:
    args = ["serve", "keys", "add", email, "--json"] + (["--tier", tier] if tier else [])
    res = mw_cli(home, *args)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def is_problem(resp, status: int) -> dict:
    assert resp.status_code == status, (resp.status_code, resp.text)
    assert resp.headers["content-type"].startswith("application/problem+json"), resp.headers
    body = resp.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"], body
    assert "Traceback" not in resp.text
    return body


@pytest.fixture(scope="module")
def keyed(tmp_path_factory):
    """One server with API keys for the endpoint tests: (server, {name: key})."""
    home = tmp_path_factory.mktemp("serve-keys")
    keys = {"alice": add_key(home, "Alice@Example.org", "standard")["key"],
            "bob": add_key(home, "bob@example.org", "team")["key"]}
    srv = Server(home)
    yield srv, keys, home
    rc, err = srv.stop()
    assert rc == 0, err


# --- keys -------------------------------------------------------------------------------
def test_keys_add_list_revoke_store_only_a_hash(mw_home: Path):
    home = mw_home
    k = add_key(home, "Carol@Example.org", "free")
    assert k["key"].startswith("mw_") and len(k["key"]) > 40
    assert k["user"] == "carol@example.org" and k["tier"] == "free" and k["prefix"] == k["key"][:10]
    listed = json.loads(mw_cli(home, "serve", "keys", "list", "--json").stdout)["keys"]
    assert [(x["user"], x["tier"], x["active"]) for x in listed] == [("carol@example.org", "free", True)]
    assert k["key"] not in json.dumps(listed)
    # only the hash is stored: the key itself appears nowhere under MW_HOME
    from mw.ops.keys import COLLECTION, hash_key
    from mw.store.state.factory import open_state

    recs = open_state().list_records(COLLECTION)
    assert list(recs) == [hash_key(k["key"])]
    for p in home.rglob("*"):
        if p.is_file():
            assert k["key"].encode() not in p.read_bytes(), p
    # the tier went through the limiter (mw limits sees it)
    lim = json.loads(mw_cli(home, "limits", "--user", "carol@example.org", "--json").stdout)
    assert lim["tier"] == "free"
    # plain output prints the key alone on stdout
    res = mw_cli(home, "serve", "keys", "add", "dave@example.org")
    assert res.returncode == 0 and res.stdout.strip().startswith("mw_") and "cannot be shown again" in res.stderr
    # revoke by prefix, then by email
    res = mw_cli(home, "serve", "keys", "revoke", k["prefix"], "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["revoked"][0]["user"] == "carol@example.org"
    assert mw_cli(home, "serve", "keys", "revoke", "carol@example.org").returncode == 4  # none active left
    assert mw_cli(home, "serve", "keys", "revoke", "dave@example.org").returncode == 0
    listed = json.loads(mw_cli(home, "serve", "keys", "list", "--json").stdout)["keys"]
    assert all(not x["active"] for x in listed)


# --- endpoints ------------------------------------------------------------------------------
def test_ask_matches_cli_json_and_endpoints_work_with_keys(keyed):
    srv, keys, home = keyed
    r = srv.post("/v1/ask", {"question": Q, "top_k": 3}, key=keys["bob"])
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    got = r.json()
    cli = mw_cli(home, "ask", Q, "--top-k", "3", "--json", "--user", "bob@example.org", "--no-cache")
    assert cli.returncode == 0, cli.stderr
    want = json.loads(cli.stdout)
    assert set(got) == set(want)
    for f in ("question", "intent", "answer", "executives", "sources", "followups"):
        assert got[f] == want[f], f
    assert got["cached"] is False
    again = srv.post("/v1/ask", {"question": Q, "top_k": 3}, key=keys["bob"]).json()
    assert again["cached"] is True and again["answer"] == got["answer"]

    lim = srv.get("/v1/limits", key=keys["alice"]).json()
    assert lim["user"] == "alice@example.org" and lim["tier"] == "standard"
    assert srv.get("/v1/limits", key=keys["bob"]).json()["daily"]["used"] == 3  # 2 over HTTP + 1 CLI

    sug = srv.get("/v1/suggest", params={"q": "who should I pitch", "limit": 3}, key=keys["bob"]).json()
    assert sug["query"] == "who should I pitch" and 1 <= len(sug["suggestions"]) <= 3
    assert all(set(s) >= {"text", "category", "source"} for s in sug["suggestions"])

    # stats: the caller's own usage only
    bob = srv.get("/v1/stats", key=keys["bob"]).json()
    assert bob["overview"]["user"] == "bob@example.org" and bob["overview"]["total_queries"] == 3
    alice = srv.get("/v1/stats", key=keys["alice"]).json()
    assert alice["overview"]["user"] == "alice@example.org" and alice["overview"]["total_queries"] == 0
    assert json.dumps(alice).count("Nordic crime") == 0  # bob's question is not in alice's stats
    assert "Nordic crime" in json.dumps(bob)

    h = srv.get("/healthz")
    assert h.status_code == 200 and h.json()["status"] == "ok" and h.json()["auth"] == "keys"
    spec = srv.get("/openapi.json").json()
    assert {"/v1/ask", "/v1/suggest", "/v1/limits", "/v1/stats", "/metrics", "/healthz"} <= set(spec["paths"])

    # the answer-cache batcher served these lookups, and /metrics exports its batches
    m = srv.get("/metrics").text
    assert "# TYPE mandatewizard_batch_size histogram" in m
    assert "# TYPE mandatewizard_batch_wait_seconds histogram" in m
    count = [ln for ln in m.splitlines() if ln.startswith('mandatewizard_batch_size_count{kind="answer_cache"}')]
    assert count and float(count[0].split()[-1]) >= 2, count
    assert srv.get("/healthz").json()["batching"]["answer_cache"]["requests"] >= 2


def test_auth_and_problem_responses(keyed):
    srv, keys, _ = keyed
    b = is_problem(srv.post("/v1/ask", {"question": Q}), 401)
    assert "API key" in b["detail"]
    assert is_problem(srv.post("/v1/ask", {"question": Q}, key="mw_not-a-real-key"), 401)["detail"]
    assert srv.post("/v1/ask", {"question": Q}, key="mw_x").headers["www-authenticate"].startswith("Bearer")
    # 422 naming the field: missing, wrong type, malformed JSON, unknown field, blank question
    b = is_problem(srv.post("/v1/ask", {"top_k": 2}, key=keys["bob"]), 422)
    assert [e["field"] for e in b["errors"]] == ["question"] and "question" in b["detail"]
    b = is_problem(srv.post("/v1/ask", {"question": Q, "top_k": "many"}, key=keys["bob"]), 422)
    assert [e["field"] for e in b["errors"]] == ["top_k"]
    r = httpx.post(srv.url + "/v1/ask", content=b'{"question": "x",', timeout=10,
                   headers={"Authorization": f"Bearer {keys['bob']}", "Content-Type": "application/json"})
    b = is_problem(r, 422)
    assert b["errors"][0]["field"] == "body" and "malformed JSON" in b["detail"]
    b = is_problem(srv.post("/v1/ask", {"question": Q, "colour": "red"}, key=keys["bob"]), 422)
    assert b["errors"][0]["field"] == "colour"
    b = is_problem(srv.post("/v1/ask", {"question": "   "}, key=keys["bob"]), 422)
    assert b["errors"][0]["field"] == "question"
    b = is_problem(srv.get("/v1/suggest", params={"limit": "zero"}, key=keys["bob"]), 422)
    assert b["errors"][0]["field"] == "limit"
    # 413: by Content-Length, and for a chunked body without one
    big = {"question": "x" * (70 * 1024)}
    b = is_problem(srv.post("/v1/ask", big, key=keys["bob"]), 413)
    assert b["max_body_bytes"] == 64 * 1024

    def chunks():
        for _ in range(20):
            yield b"x" * 8192

    r = httpx.post(srv.url + "/v1/ask", content=chunks(), timeout=10,
                   headers={"Authorization": f"Bearer {keys['bob']}", "Content-Type": "application/json"})
    is_problem(r, 413)
    # 404 and 405
    assert is_problem(srv.get("/v1/nope"), 404)["detail"] == "no such endpoint: GET /v1/nope"
    is_problem(srv.get("/v1/ask", key=keys["bob"]), 405)


def test_50_concurrent_requests_with_10_left_exactly_10_answered(tmp_path: Path):
    home = tmp_path / "h"
    home.mkdir()
    key = add_key(home, "erin@example.org", "standard")["key"]  # standard: 10 per minute
    srv = Server(home)
    try:
        async def burst():
            async with httpx.AsyncClient(base_url=srv.url, timeout=60,
                                         limits=httpx.Limits(max_connections=50)) as c:
                qs = [f"Who should I pitch a crime thriller to, take {i}?" for i in range(50)]
                return await asyncio.gather(*[
                    c.post("/v1/ask", json={"question": q}, headers={"Authorization": f"Bearer {key}"})
                    for q in qs])

        rs = asyncio.run(burst())
        codes = [r.status_code for r in rs]
        assert codes.count(200) == 10 and codes.count(429) == 40, codes
        cli_fields = {"error", "message", "hint", "user", "tier", "window", "limit", "used", "reset_at",
                      "retry_after_seconds"}
        for r in rs:
            if r.status_code == 429:
                b = is_problem(r, 429)
                assert cli_fields <= set(b), set(b)
                assert b["error"] == "burst_limit_exceeded" and b["user"] == "erin@example.org"
                assert b["tier"] == "standard" and b["limit"] == 10 and b["window"] == "burst"
                assert 1 <= int(r.headers["Retry-After"]) <= 61  # ceil of (oldest hit + 60 s - now)
                assert int(r.headers["Retry-After"]) == b["retry_after_seconds"]
        # the same refusal as the CLI's JSON error, from the same store
        cli = mw_cli(home, "ask", Q, "--json", "--user", "erin@example.org")
        assert cli.returncode == 3
        err = json.loads(cli.stdout)
        assert err["error"] == "burst_limit_exceeded" and err["limit"] == 10 and set(err) <= cli_fields | {"error"}
        lim = srv.get("/v1/limits", key=key).json()
        assert lim["burst"]["used"] == 10 and lim["daily"]["used"] == 10
    finally:
        rc, err = srv.stop()
    assert rc == 0, err


def test_no_keys_loopback_only_local_user(tmp_path: Path):
    home = tmp_path / "h"
    home.mkdir()
    port = free_port()
    res = mw_cli(home, "serve", "--host", "0.0.0.0", "--port", str(port), timeout=60)
    assert res.returncode == 2, res.stderr
    assert "refusing to listen on 0.0.0.0" in res.stderr and "mw serve keys add" in res.stderr
    srv = Server(home)
    try:
        r = srv.post("/v1/ask", {"question": Q})
        assert r.status_code == 200, r.text
        # no tiers configured: the local user is not limited (40 questions in well under a minute)
        codes = [srv.post("/v1/ask", {"question": f"{Q} ({i})"}).status_code for i in range(40)]
        assert codes == [200] * 40, codes
        lim = srv.get("/v1/limits").json()
        assert (lim["user"], lim["limited"], lim["tier"]) == ("local-tester", False, None)
        st = srv.get("/v1/stats").json()  # everyone's usage in the local mode
        assert st["overview"]["user"] is None and "Nordic crime" in json.dumps(st)
        assert srv.get("/healthz").json()["auth"] == "local"
    finally:
        rc, err = srv.stop()
    assert rc == 0 and "loopback only" in err and "local-tester" in err, err


def test_sigterm_finishes_the_request_in_flight_then_exits_0(tmp_path: Path):
    home = tmp_path / "h"
    home.mkdir()
    srv = Server(home)
    body = json.dumps({"question": Q}).encode()
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=20)
    s.sendall(b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:10])
    time.sleep(0.3)  # the request is in flight: headers and part of the body received
    srv.proc.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    assert srv.proc.poll() is None, "the server exited with a request in flight"
    with pytest.raises(OSError):  # it stopped accepting new connections
        socket.create_connection(("127.0.0.1", srv.port), timeout=2).close()
    s.sendall(body[10:])
    data = b""
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < 20:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    assert data.startswith(b"HTTP/1.1 200"), data[:200]
    rc, err = srv.stop()
    assert rc == 0, err
    assert "mw serve: stopped" in err
    # metrics and the analytics event were flushed at shutdown
    from mw.store.state.disk import DiskStore

    st = DiskStore(home / "state")
    assert any(e.get("question") == Q for e in st.events("queries"))
    assert st.get('metrics:mandatewizard_batch_size:answer_cache:count') >= 1


# --- the batchers on their three paths ---------------------------------------------------------
def _capture():
    from mw.ops import batcher

    seen: list[tuple[str, int]] = []

    def listener(kind: str, size: int, wait: float) -> None:
        seen.append((kind, size))

    batcher.add_listener(listener)
    return seen, listener


def test_server_cache_lookups_coalesce_into_one_get_many(store):
    """Concurrent askers' cache lookups become batches: fewer get_many calls than lookups."""
    import threading

    from mw.ask.asker import AskOptions
    from mw.ops.batched import ServerBatching
    from mw.ops.service import ask_one, build_asker

    (Path(os.environ["MW_HOME"]) / "config.toml").write_text("[serve.batch]\ncache_wait_ms = 30\n")
    from mw import config

    config.reset()
    asker = build_asker(store, offline=True)
    assert asker.kb.version  # seed the sample before the threads start
    calls: list[int] = []
    real = store.get_many

    def spy(keys):
        calls.append(len(keys))
        return real(keys)

    store.get_many = spy  # type: ignore[method-assign]
    b = ServerBatching(asker)
    try:
        qs = [f"Who should I pitch a crime thriller to, take {i}?" for i in range(8)]
        out: dict[int, dict] = {}
        go = threading.Event()

        def run(i: int) -> None:
            go.wait()
            out[i] = ask_one(asker, qs[i], AskOptions(), user=f"u{i}@example.org")

        ts = [threading.Thread(target=run, args=(i,)) for i in range(8)]
        for t in ts:
            t.start()
        go.set()
        for t in ts:
            t.join(60)
        assert sorted(out) == list(range(8)) and all(out[i]["question"] == qs[i] for i in range(8))
        st = b.cache.stats
        assert st.requests == 8 and st.batches < 8 and st.max_size_seen >= 2, st.to_dict()
        assert sum(calls) == 8 and len(calls) == st.batches
    finally:
        b.close()
        del store.get_many


@pytest.fixture
def semantic_kb(mw_home: Path, monkeypatch):
    from mw.index.embed import semantic_available

    monkeypatch.setenv("MW_SEMANTIC", "auto")  # conftest turns dense retrieval off elsewhere
    if not semantic_available():
        pytest.skip("the semantic extra is not installed")
    from cli_util import mw

    res = mw("kb", "import", str(DATA / "mini.jsonl"))
    assert res.exit_code == 0, res.stderr
    from mw.store.vectors.factory import open_vectors

    assert open_vectors().count() > 0
    return mw_home


def test_stdin_batch_prefetches_cache_and_embeds_questions_together(semantic_kb, store):
    from mw.ops import batcher
    from mw.ask.asker import AskOptions
    from mw.ops.batched import BatchedEmbedder
    from mw.ops.service import ask_batch, ask_one, build_asker

    qs = ["Who should I pitch a crime thriller to?", "Which thriller greenlights are there?",
          "Who buys horror?", "Who should I pitch a crime thriller to?"]
    seen, listener = _capture()
    try:
        asker = build_asker(store, offline=True)
        dense = asker.vectors
        assert dense is not None
        inner = dense.embedder
        before = inner.calls
        res = list(ask_batch(asker, qs, AskOptions()))
        assert asker.vectors is dense and asker.cache_get is None  # restored afterwards
        assert [r["question"] for r in res] == qs
        assert [r["cached"] for r in res] == [False, False, False, True]  # the repeat hits the cache
        assert ("answer_cache", 4) in seen  # one get_many for the chunk
        assert ("embed", 3) in seen  # the 3 distinct uncached questions, embedded in one batch
        # the same answers as one at a time, without batching
        single = build_asker(store, offline=True)
        for q, r in zip(qs, res):
            one = ask_one(single, q, AskOptions(no_cache=True))
            assert [e["name"] for e in one["executives"]] == [e["name"] for e in r["executives"]]
        seen.clear()
        again = list(ask_batch(build_asker(store, offline=True), qs, AskOptions()))
        assert all(r["cached"] for r in again)
        assert [k for k, _ in seen] == ["answer_cache"]  # all cached: nothing embedded
        assert inner.calls > before
        assert not isinstance(inner, BatchedEmbedder)
    finally:
        batcher.remove_listener(listener)


def test_server_embeddings_go_through_the_batcher(semantic_kb):
    srv = Server(semantic_kb)
    try:
        qs = ["Who buys horror?", "Which thriller greenlights are there?", "Who should I pitch a comedy to?"]

        async def many():
            async with httpx.AsyncClient(base_url=srv.url, timeout=60) as c:
                return await asyncio.gather(*[c.post("/v1/ask", json={"question": q, "no_cache": True})
                                              for q in qs])

        rs = asyncio.run(many())
        assert [r.status_code for r in rs] == [200, 200, 200]
        emb = srv.get("/healthz").json()["batching"]["embed"]
        assert emb["requests"] == 6 and emb["items"] == 6  # question + HyDE text per question
        m = srv.get("/metrics").text
        count = [ln for ln in m.splitlines() if ln.startswith('mandatewizard_batch_size_sum{kind="embed"}')]
        assert count and float(count[0].split()[-1]) == 6
    finally:
        rc, err = srv.stop()
    assert rc == 0, err


# --- property-based: no request shape gives a 500 --------------------------------------------------
def test_openapi_no_request_shape_gives_a_500(tmp_path: Path):
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from schemathesis import GenerationMode

    home = tmp_path / "h"
    home.mkdir()
    srv = Server(home)
    try:
        schema = schemathesis.openapi.from_url(srv.url + "/openapi.json")
        failures: list[str] = []
        calls: list[int] = []
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=25, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=schema.as_strategy(generation_mode=mode))
            def check(case):
                resp = case.call(base_url=srv.url, timeout=30)
                calls.append(resp.status_code)
                if resp.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path} {case.query} {case.body!r}: "
                                    f"{resp.status_code} {resp.text[:200]}")
                assert "Traceback" not in resp.text

            check()
        assert not failures, failures[:5]
        # the generated requests reached the handlers (random Authorization headers may all end in 401 first,
        # so whether one of them also hits validation is left to chance: a known invalid body checks that)
        assert len(calls) >= 40 and 200 in calls, sorted(set(calls))
        bad = srv.post("/v1/ask", {"question": 42, "top_k": "many"})
        assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
    finally:
        rc, err = srv.stop()
    assert rc == 0, err
