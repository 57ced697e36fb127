"""Metrics: recording into the state store, the scrape-time collector, `mw serve-metrics`,
separate `mw ask` processes in one scrape, promtool, and a real Prometheus server."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cli_util import DATA, ROOT, mw, mw_proc
from helpers import free_port

from mw import config
from mw.ops import analytics, metrics
from mw.store.state.factory import open_state

PROMTOOL = shutil.which("promtool") or "/usr/bin/promtool"
PROMETHEUS = shutil.which("prometheus") or "/usr/bin/prometheus"
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))

EXPECTED_TYPES = {
    "mandatewizard_queries": "counter",
    "mandatewizard_query_duration_seconds": "histogram",
    "mandatewizard_cache_hits": "counter",
    "mandatewizard_cache_misses": "counter",
    "mandatewizard_vector_search_duration_seconds": "histogram",
    "mandatewizard_vector_search_results": "histogram",
    "mandatewizard_graph_search_duration_seconds": "histogram",
    "mandatewizard_llm_requests": "counter",
    "mandatewizard_llm_tokens": "counter",
    "mandatewizard_llm_duration_seconds": "histogram",
    "mandatewizard_llm_cost_usd": "counter",
    "mandatewizard_adaptive_topk": "histogram",
    "mandatewizard_query_expansion": "counter",
    "mandatewizard_hyde": "counter",
    "mandatewizard_system_health": "gauge",
    "mandatewizard_errors": "counter",
    "mandatewizard_active_users": "gauge",
    "mandatewizard_refresh_job_duration_seconds": "gauge",
    "mandatewizard_refresh_runs": "counter",
    "mandatewizard_refresh_last_success_timestamp_seconds": "gauge",
}


@pytest.fixture(autouse=True)
def _fresh_recorder():
    metrics.RECORDER.clear()
    yield
    metrics.RECORDER.clear()


def http_get(url: str, headers: dict[str, str] | None = None, timeout: float = 10) -> tuple[int, str, str]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with _NO_PROXY.open(req, timeout=timeout) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode()


def scrape_text(state, settings=None, kb=None) -> str:
    from prometheus_client import generate_latest

    from mw import config

    settings = settings or config.get_settings()
    coll = metrics.StoreCollector(settings, lambda: state, lambda: kb)
    return generate_latest(metrics.build_registry(coll)).decode()


def parse(text: str) -> dict[str, object]:
    from prometheus_client.parser import text_string_to_metric_families

    return {f.name: f for f in text_string_to_metric_families(text)}


def value(fams: dict, family: str, sample: str, **labels: str) -> float:
    total = None
    for s in fams[family].samples:
        if s.name == sample and all(s.labels.get(k) == v for k, v in labels.items()):
            total = (total or 0.0) + s.value
    assert total is not None, f"no sample {sample}{labels}"
    return total


def promtool_clean(text: str) -> None:
    if not os.path.exists(PROMTOOL):
        pytest.skip(f"promtool not installed ({PROMTOOL} missing): apt-get install prometheus")
    res = subprocess.run([PROMTOOL, "check", "metrics"], input=text, capture_output=True, text=True, timeout=30)
    assert res.returncode == 0 and not res.stdout.strip() and not res.stderr.strip(), res.stdout + res.stderr


# --- in-process: recorder, collector, types ----------------------------------------
def _llm_asker(settings, calls):
    """An object with the attributes track_query reads from an Asker: settings, state, llm.calls."""
    class LLM:
        def __init__(self):
            self.calls = []

    class A:
        pass

    a = A()
    a.settings, a.state, a.llm = settings, None, LLM()
    return a, calls


def test_all_metrics_exported_with_types_from_real_questions(store, monkeypatch):
    from mw import config
    from mw.ask.asker import AskOptions
    from mw.ops.service import ask_one, build_asker

    monkeypatch.setenv("MW_NOW", "2026-11-20T12:00:00Z")
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    config.reset()
    asker = build_asker(store, offline=True)
    for q in ("Who should I pitch a crime thriller to?", "Who should I pitch a crime thriller to?",
              "Which thriller greenlights are there?"):
        ask_one(asker, q, AskOptions())
    from mw.errors import UsageError

    with pytest.raises(UsageError):
        ask_one(asker, "   ", AskOptions())

    # LLM calls as mw.ask.llm.LLMWriter records them (one ok, one timeout), for a configured and an unknown model
    settings = config.get_settings()
    fake, _ = _llm_asker(settings, None)
    with metrics.track_query(fake, "Who buys horror?", user="a@x.org") as tq:
        fake.llm.calls.append({"model": "gpt-4o-mini", "status": "ok", "prompt_tokens": 1200,
                               "completion_tokens": 300, "cost_usd": 0.00036, "duration_s": 0.8, "purpose": "answer"})
        fake.llm.calls.append({"model": "my-private-finetune", "status": "timeout", "prompt_tokens": 0,
                               "completion_tokens": 0, "cost_usd": 0.0, "duration_s": 20.0, "purpose": "hyde"})
        tq.result = {"intent": "ROUTING", "executives": [], "entities": {}, "cached": False}
    assert metrics.flush(store) > 0
    assert metrics.RECORDER.pending() == ({}, {}, 0)

    from mw.ingest.sample import open_kb

    text = scrape_text(store, kb=open_kb())
    fams = parse(text)
    for name, kind in EXPECTED_TYPES.items():
        assert name in fams, f"{name} not exported"
        assert fams[name].type == kind, (name, fams[name].type)
    assert "mandatewizard_cross_encoder_improvement" not in fams  # no cross-encoder used
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", intent="routing", status="ok") == 3
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", intent="factual", status="ok") == 1
    # the empty question is the asker's mistake, not a failure
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", intent="unknown", status="invalid") == 1
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", intent="unknown", status="error") == 0
    assert not [x for x in fams["mandatewizard_errors"].samples if x.labels.get("error_type") == "usage"]
    assert value(fams, "mandatewizard_errors", "mandatewizard_errors_total", error_type="llm_timeout",
                 component="llm") == 1
    assert value(fams, "mandatewizard_cache_hits", "mandatewizard_cache_hits_total", cache_type="answer") == 1
    assert value(fams, "mandatewizard_cache_misses", "mandatewizard_cache_misses_total", cache_type="answer") == 2
    assert value(fams, "mandatewizard_query_duration_seconds", "mandatewizard_query_duration_seconds_count") == 5
    assert value(fams, "mandatewizard_query_duration_seconds", "mandatewizard_query_duration_seconds_bucket",
                 intent="routing", le="+Inf") == 3
    # retrieval stages of the 2 uncached answers (the cached one and the failed one have none)
    assert value(fams, "mandatewizard_graph_search_duration_seconds",
                 "mandatewizard_graph_search_duration_seconds_count", backend="embedded") == 2
    assert value(fams, "mandatewizard_graph_search_duration_seconds",
                 "mandatewizard_graph_search_duration_seconds_count", backend="falkordb") == 0
    assert value(fams, "mandatewizard_adaptive_topk", "mandatewizard_adaptive_topk_count") == 2
    assert value(fams, "mandatewizard_hyde", "mandatewizard_hyde_total", source="template") == 2
    assert value(fams, "mandatewizard_query_expansion", "mandatewizard_query_expansion_total") == 2
    # no vector index: the series exist with zero counts
    assert value(fams, "mandatewizard_vector_search_duration_seconds",
                 "mandatewizard_vector_search_duration_seconds_count", backend="embedded") == 0
    assert value(fams, "mandatewizard_vector_search_duration_seconds",
                 "mandatewizard_vector_search_duration_seconds_count", backend="pinecone") == 0
    # LLM: bounded model label; cost in dollars
    assert value(fams, "mandatewizard_llm_tokens", "mandatewizard_llm_tokens_total", model="gpt-4o-mini",
                 type="prompt") == 1200
    assert value(fams, "mandatewizard_llm_cost_usd", "mandatewizard_llm_cost_usd_total",
                 model="gpt-4o-mini") == pytest.approx(0.00036)
    assert value(fams, "mandatewizard_llm_requests", "mandatewizard_llm_requests_total", model="other",
                 status="timeout") == 1
    assert not any("my-private-finetune" in line for line in text.splitlines())
    assert value(fams, "mandatewizard_llm_duration_seconds", "mandatewizard_llm_duration_seconds_bucket",
                 model="gpt-4o-mini", le="1.0") == 1
    assert value(fams, "mandatewizard_active_users", "mandatewizard_active_users") == 2
    assert value(fams, "mandatewizard_system_health", "mandatewizard_system_health", component="store") == 1
    assert value(fams, "mandatewizard_system_health", "mandatewizard_system_health", component="knowledge_base") == 1
    assert value(fams, "mandatewizard_system_health", "mandatewizard_system_health", component="graph") == 1
    assert value(fams, "mandatewizard_system_health", "mandatewizard_system_health", component="vector") == 1
    # no user ids in any label
    assert "a@x.org" not in text
    promtool_clean(text)


def test_every_intent_is_counted_and_recorded_as_itself(store):
    """TRENDS, COMPARE, MOVES and WATCHES questions are not counted (and listed in history) as 'unknown'."""
    from mw.ask.intent import Intent
    from mw.ask.asker import AskOptions
    from mw.ops.service import ask_one, build_asker

    assert set(metrics.INTENTS) == {i.value.lower() for i in Intent} | {"unknown"}
    asker = build_asker(store, offline=True)  # the sample knowledge base
    asked = {"What's hot at Brightwater?": "trends", "Brightwater vs Greyfriars for crime": "compare",
             "Who moved recently?": "moves", "What's new on my watches?": "watches"}
    for q in asked:
        ask_one(asker, q, AskOptions(), user="ann@x.org")
    metrics.flush(store)
    fams = parse(scrape_text(store))
    for intent in asked.values():
        assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", intent=intent, status="ok") == 1
    assert {e["question"]: e["intent"] for e in store.events("queries")} == asked


def test_rate_limited_question_is_recorded_not_counted_as_error(store, monkeypatch):
    from mw import config
    from mw.ask.asker import AskOptions
    from mw.ops.service import ask_one, build_asker
    from mw.errors import RateLimited

    monkeypatch.setenv("MW_DEFAULT_TIER", "free")  # burst 1
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    config.reset()
    asker = build_asker(store, offline=True)
    now = 1_790_000_000.0
    ask_one(asker, "Who handles horror features?", AskOptions(), user="Ann@X.org", now=now)
    with pytest.raises(RateLimited):
        ask_one(asker, "Who handles horror features?", AskOptions(), user="Ann@X.org", now=now + 1)
    metrics.flush(store)
    fams = parse(scrape_text(store))
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", status="rate_limited") == 1
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", status="ok") == 1
    assert "mandatewizard_errors_total" not in {s.name for s in fams["mandatewizard_errors"].samples}
    evs = store.events("queries")
    assert [e["status"] for e in evs] == ["ok", "rate_limited"]
    assert [e["ts"] for e in evs] == [now, now + 1]
    assert evs[1]["user"] == "ann@x.org" and evs[1]["tier"] == "free" and evs[1]["error"]


def test_asker_mistakes_are_invalid_not_errors(store):
    """An empty question is the asker's mistake: status="invalid", no errors_total, no error-rate alert."""
    from mw.ask.asker import AskOptions
    from mw.errors import UsageError
    from mw.ops.service import ask_one, build_asker

    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    asker = build_asker(store, offline=True)
    with pytest.raises(UsageError):
        ask_one(asker, "   ", AskOptions())
    with pytest.raises(UsageError):  # a user id that is not one
        ask_one(asker, "Who handles horror features?", AskOptions(), user="not a user id!")
    ask_one(asker, "Who handles horror features?", AskOptions())
    metrics.flush(store)
    fams = parse(scrape_text(store))
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", status="invalid") == 2
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", status="error") == 0
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", status="ok") == 1
    assert "mandatewizard_errors_total" not in {s.name for s in fams["mandatewizard_errors"].samples}
    assert [e["status"] for e in store.events("queries")] == ["invalid", "invalid", "ok"]
    o = analytics.stats(store, now=time.time() + 1)["overview"]
    assert o["invalid"] == 2 and o["errors"] == 0 and o["error_rate"] == 0.0


def test_a_failure_is_an_error(store):
    from mw import config

    fake, _ = _llm_asker(config.get_settings(), None)
    with pytest.raises(RuntimeError):
        with metrics.track_query(fake, "Who buys crime?"):
            raise RuntimeError("boom")
    metrics.flush(store)
    fams = parse(scrape_text(store))
    assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total", status="error") == 1
    assert value(fams, "mandatewizard_errors", "mandatewizard_errors_total", error_type="internal",
                 component="ask") == 1


def test_failed_flush_keeps_deltas_and_never_raises(store, tmp_path):
    from mw.errors import StoreError
    from mw.store.state.disk import DiskStore

    class Down(DiskStore):  # a real store whose writes fail like an unreachable backend
        def incr(self, key, amount=1, ttl=None):
            raise StoreError("down")

    rec = metrics.Recorder()
    rec.inc(metrics.QUERIES, ("routing", "ok"), 2)
    rec.observe(metrics.ADAPTIVE_TOPK, (), 3)
    rec.event("queries", {"user": "u"}, 100.0, 1e9)
    down = Down(tmp_path / "down")
    assert rec.flush_quietly(down) == 0
    deltas, _, n_events = rec.pending()
    assert deltas[metrics.metric_key(metrics.QUERIES, ("routing", "ok"))] == 2 and n_events == 1
    assert rec.flush_quietly(store) == 5  # 1 counter + 3 histogram keys + 1 event
    assert store.get(metrics.metric_key(metrics.QUERIES, ("routing", "ok"))) == 2
    assert store.get(metrics.metric_key(metrics.ADAPTIVE_TOPK, ()) + ":b3") == 1  # 3 <= le 3 (index 3)
    assert rec.pending() == ({}, {}, 0)


def test_cross_encoder_gauge_only_when_one_is_used(store):
    from mw import config

    settings = config.get_settings()
    fake, _ = _llm_asker(settings, None)
    with metrics.track_query(fake, "q") as tq:
        tq.result = {"intent": "ROUTING", "executives": [], "entities": {}, "cached": False}
        tq.stages = [{"stage": "rerank_cross_encoder", "ms": 3.0, "improvement": 0.125}]
    metrics.flush(store)
    fams = parse(scrape_text(store))
    assert fams["mandatewizard_cross_encoder_improvement"].type == "gauge"
    assert value(fams, "mandatewizard_cross_encoder_improvement", "mandatewizard_cross_encoder_improvement") == 0.125


def test_refresh_job_records_and_freshness(store, monkeypatch):
    now = 1_790_000_000.0
    monkeypatch.setenv("MW_NOW", "2026-09-21T14:13:20Z")  # == now
    store.put_record("jobs", "feeds", {"status": "ok", "last_success": now - 600, "last_attempt": now - 600,
                                       "last_duration_s": 12.5, "runs_ok": 7, "runs_failed": 2})
    store.put_record("jobs", "trades", {"status": "failed", "last_success": "2026-09-01T00:00:00Z",
                                        "last_attempt": now - 60, "last_duration_s": 3, "runs_ok": 1,
                                        "runs_failed": 4, "runs_partial": 3})
    text = scrape_text(store)
    fams = parse(text)
    assert value(fams, "mandatewizard_refresh_runs", "mandatewizard_refresh_runs_total", refresh_job="feeds",
                 status="ok") == 7
    assert value(fams, "mandatewizard_refresh_runs", "mandatewizard_refresh_runs_total", refresh_job="trades",
                 status="failed") == 4
    # a partial run (some sources failed, the others landed) is an outcome of its own, 0 until one happens
    assert value(fams, "mandatewizard_refresh_runs", "mandatewizard_refresh_runs_total", refresh_job="trades",
                 status="partial") == 3
    assert value(fams, "mandatewizard_refresh_runs", "mandatewizard_refresh_runs_total", refresh_job="feeds",
                 status="partial") == 0
    assert value(fams, "mandatewizard_refresh_job_duration_seconds", "mandatewizard_refresh_job_duration_seconds",
                 refresh_job="feeds") == 12.5
    assert value(fams, "mandatewizard_refresh_last_success_timestamp_seconds",
                 "mandatewizard_refresh_last_success_timestamp_seconds", refresh_job="trades") == 1788220800.0
    # "trades" last succeeded 20 days ago: data is stale
    assert value(fams, "mandatewizard_system_health", "mandatewizard_system_health", component="data_freshness") == 0
    store.put_record("jobs", "trades", {"status": "ok", "last_success": now - 60})
    fams = parse(scrape_text(store))
    assert value(fams, "mandatewizard_system_health", "mandatewizard_system_health", component="data_freshness") == 1
    promtool_clean(text)


def test_recording_overhead_is_in_memory_only(store):
    """A question records into memory only; nothing reaches the store before a flush."""
    from mw import config

    fake, _ = _llm_asker(config.get_settings(), None)
    with metrics.track_query(fake, "q") as tq:
        tq.result = {"intent": "PROCESS", "executives": [], "entities": {}, "cached": False}
    key = metrics.metric_key(metrics.QUERIES, ("process", "ok"))
    assert store.get(key) is None and store.events("queries") == []
    metrics.flush(store)
    assert store.get(key) == 1 and len(store.events("queries")) == 1


# --- real processes --------------------------------------------------------------------
class MetricsServer:
    def __init__(self, env: dict[str, str]):
        e = dict(os.environ)
        e.update(env)
        self.proc = subprocess.Popen([sys.executable, "-m", "mw", "serve-metrics", "--port", "0"], cwd=str(ROOT),
                                     env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        assert "listening on http://127.0.0.1:" in line, line + (self.proc.stderr.read() if self.proc.poll() else "")
        self.port = int(line.split("127.0.0.1:")[1].split()[0])
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self, sig: int = 15) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self.proc.stderr.close()
            self.proc.stdout.close()


def _ask_procs(questions: list[str], env: dict[str, str]) -> None:
    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(lambda q: mw_proc("ask", q, env=env), questions))
    for res in results:
        assert res.returncode == 0, res.stderr


@pytest.mark.parametrize("backend", ["disk", "redis"])
def test_separate_ask_processes_appear_in_one_scrape(backend, mw_home, request, tmp_path):
    env = {"MW_HOME": str(mw_home)}
    if backend == "redis":
        env["MW_STORE"] = request.getfixturevalue("redis_url")
    server = MetricsServer(env)
    try:
        code, _, body = http_get(server.url + "/healthz")
        assert code == 503 and json.loads(body)["components"]["knowledge_base"]["ok"] is False
        assert mw_proc("kb", "import", str(DATA / "mini.jsonl"), env=env).returncode == 0
        code, _, body = http_get(server.url + "/healthz")
        assert code == 200, body
        assert json.loads(body)["components"]["store"]["backend"] == backend
        _ask_procs(["Who should I pitch a crime thriller to?", "Who handles horror features?",
                    "Who should I pitch a crime thriller to?"], env)
        code, ctype, text = http_get(server.url + "/metrics")
        assert code == 200 and ctype.startswith("text/plain")
        fams = parse(text)
        assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total") == 3
        assert value(fams, "mandatewizard_cache_misses", "mandatewizard_cache_misses_total") >= 2
        assert value(fams, "mandatewizard_active_users", "mandatewizard_active_users") == 1
        promtool_clean(text)
        code, ctype, om = http_get(server.url + "/metrics",
                                   {"Accept": "application/openmetrics-text; version=1.0.0; charset=utf-8"})
        assert ctype.startswith("application/openmetrics-text") and om.rstrip().endswith("# EOF")
        assert "mandatewizard_queries_total" in om
        if backend == "redis":
            # another host (own MW_HOME) on the same Redis: its question adds to the same totals
            other = tmp_path / "host-b"
            other.mkdir()
            env_b = {**env, "MW_HOME": str(other)}
            assert mw_proc("kb", "import", str(DATA / "mini.jsonl"), env=env_b).returncode == 0
            assert mw_proc("ask", "Who handles horror features?", "--user", "b@x.org", env=env_b).returncode == 0
            fams = parse(http_get(server.url + "/metrics")[2])
            assert value(fams, "mandatewizard_queries", "mandatewizard_queries_total") == 4
            assert value(fams, "mandatewizard_active_users", "mandatewizard_active_users") == 2
    finally:
        assert server.stop() == 0
    # SIGINT stops it cleanly too
    server = MetricsServer(env)
    assert server.stop(2) == 0


def test_serve_metrics_port_in_use_is_a_usage_error():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        res = mw_proc("serve-metrics", "--port", str(s.getsockname()[1]))
    assert res.returncode == 2 and "cannot listen" in res.stderr


# --- promtool rules and a real Prometheus ----------------------------------------
def test_alert_rules_check_and_unit_tests():
    if not os.path.exists(PROMTOOL):
        pytest.skip(f"promtool not installed ({PROMTOOL} missing): apt-get install prometheus")
    rules = ROOT / "deploy" / "prometheus" / "alerts.yml"
    res = subprocess.run([PROMTOOL, "check", "rules", str(rules)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stdout + res.stderr
    res = subprocess.run([PROMTOOL, "test", "rules", "alerts_test.yml"], cwd=str(rules.parent),
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stdout + res.stderr
    cfg = ROOT / "deploy" / "prometheus" / "prometheus.yml"
    res = subprocess.run([PROMTOOL, "check", "config", "--syntax-only", str(cfg)], capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 0, res.stdout + res.stderr


def test_grafana_dashboard_uses_our_metrics():
    dash = json.loads((ROOT / "deploy" / "grafana" / "mandate-wizard.json").read_text())
    exprs = [t["expr"] for p in dash["panels"] for t in p.get("targets", [])]
    names = {n for n in metrics.__dict__.values() if isinstance(n, metrics.Spec)}
    known = {s.name for s in names}
    used = set()
    import re

    for e in exprs:
        for m in re.findall(r"mandatewizard_[a-z_]+", e):
            base = re.sub(r"_(bucket|sum|count)$", "", m)
            assert base in known, f"dashboard uses unknown metric {m}"
            used.add(base)
    # every label a panel groups by or shows in its legend is one the series has after a scrape
    by_name = {s.name: s for s in names}
    for p in dash["panels"]:
        for t in p.get("targets", []):
            series = {re.sub(r"_(bucket|sum|count)$", "", m) for m in re.findall(r"mandatewizard_[a-z_]+", t["expr"])}
            have = {"le", "instance"}.union(*(by_name[m].labelnames for m in series))
            used_labels = set(re.findall(r"\{\{(\w+)\}\}", t.get("legendFormat", "")))
            for grp in re.findall(r"by \(([^)]*)\)", t["expr"]):
                used_labels |= {x.strip() for x in grp.split(",") if x.strip()}
            assert used_labels <= have, (p["title"], used_labels - have)
    for title in ("Query", "Cache hit rate", "LLM cost", "Active users", "System health"):
        assert any(title.lower() in p["title"].lower() for p in dash["panels"]), title
    assert {"mandatewizard_queries_total", "mandatewizard_llm_cost_usd_total", "mandatewizard_system_health"} <= used


def test_real_prometheus_scrapes_serve_metrics(mw_home, tmp_path):
    if not os.path.exists(PROMETHEUS):
        pytest.skip(f"prometheus not installed ({PROMETHEUS} missing): apt-get install prometheus")
    env = {"MW_HOME": str(mw_home)}
    assert mw_proc("kb", "import", str(DATA / "mini.jsonl"), env=env).returncode == 0
    server = MetricsServer(env)
    prom_port = free_port()
    cfg = tmp_path / "prometheus.yml"
    cfg.write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        "scrape_configs:\n  - job_name: mandatewizard\n    static_configs:\n"
        f"      - targets: ['127.0.0.1:{server.port}']\n"
    )
    prom = subprocess.Popen(
        [PROMETHEUS, f"--config.file={cfg}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{prom_port}", "--log.level=warn"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    api = f"http://127.0.0.1:{prom_port}/api/v1/query?query="

    def query(q: str) -> list:
        code, _, body = http_get(api + urllib.request.quote(q), timeout=5)
        assert code == 200, body
        return json.loads(body)["data"]["result"]

    def wait_for(pred, what: str, timeout: float = 40.0):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            assert prom.poll() is None, prom.stderr.read()
            try:
                last = pred()
                if last:
                    return last
            except (OSError, AssertionError, KeyError, ValueError):
                pass
            time.sleep(0.3)
        raise AssertionError(f"timed out waiting for {what}; last={last}")

    try:
        wait_for(lambda: query('up{job="mandatewizard"} == 1'), "a first successful scrape")
        _ask_procs(["Who should I pitch a crime thriller to?", "Which thriller greenlights are there?"], env)
        res = wait_for(lambda: [r for r in query("sum(mandatewizard_queries_total)") if float(r["value"][1]) == 2],
                       "mandatewizard_queries_total == 2")
        assert res
        by = query("mandatewizard_queries_total{status=\"ok\"} > 0")
        assert {r["metric"]["intent"] for r in by} == {"routing", "factual"}
        assert query('mandatewizard_system_health{component="store"} == 1')
        # refresh series by their scraped labels: the refresh job in refresh_job, the scrape job in job
        state = open_state(config.get_settings())
        now = time.time()
        state.put_record("jobs", "feeds", {"status": "ok", "last_success": now - 60, "last_attempt": now - 60,
                                           "last_duration_s": 2.5, "runs_ok": 3, "runs_failed": 1})
        state.put_record("jobs", "imports", {"status": "failed", "last_success": now - 7200,
                                             "last_attempt": now - 30, "last_duration_s": 0.5, "runs_ok": 1,
                                             "runs_failed": 2, "runs_partial": 5})
        runs = wait_for(lambda: query("mandatewizard_refresh_runs_total"), "the refresh series")
        got = {(r["metric"]["refresh_job"], r["metric"]["status"]): float(r["value"][1]) for r in runs}
        assert got == {("feeds", "ok"): 3, ("feeds", "partial"): 0, ("feeds", "failed"): 1,
                       ("imports", "ok"): 1, ("imports", "partial"): 5, ("imports", "failed"): 2}
        for q in ("mandatewizard_refresh_runs_total", "mandatewizard_refresh_job_duration_seconds",
                  "mandatewizard_refresh_last_success_timestamp_seconds"):
            for r in query(q):
                assert r["metric"]["job"] == "mandatewizard" and "exported_job" not in r["metric"], r
        # the dashboard's and the alert's queries, as written in deploy/, over the scraped series
        dur = query("max by (refresh_job) (mandatewizard_refresh_job_duration_seconds)")
        assert {r["metric"]["refresh_job"]: float(r["value"][1]) for r in dur} == {"feeds": 2.5, "imports": 0.5}
        age = query("time() - max by (refresh_job) (mandatewizard_refresh_last_success_timestamp_seconds)")
        assert sorted(r["metric"]["refresh_job"] for r in age) == ["feeds", "imports"]
    finally:
        prom.terminate()
        try:
            prom.wait(timeout=10)
        except subprocess.TimeoutExpired:
            prom.kill()
            prom.wait()
        prom.stderr.close()
        assert server.stop() == 0


def test_health_reports_an_unreachable_graph_and_vector_index(monkeypatch):
    """system_health{component="graph"|"vector"} is 0 when a configured backend cannot be reached."""
    pytest.importorskip("falkordb")
    from helpers import free_port

    from mw import config
    from mw.ops.metrics import health_report
    from mw.ingest.sample import open_kb

    port = free_port()  # nothing listens there
    monkeypatch.setenv("MW_GRAPH_URL", f"falkordb://127.0.0.1:{port}/g")
    monkeypatch.setenv("MW_VECTOR_URL", f"pinecone://idx?host=http://127.0.0.1:{port}&retries=0&timeout=1")
    monkeypatch.setenv("PINECONE_API_KEY", "k")
    config.reset()
    h = health_report(None, config.get_settings(), kb=open_kb())
    assert h["graph"]["ok"] is False and h["graph"]["backend"] in ("falkordb", "graph")
    assert h["vector"]["ok"] is False
    monkeypatch.delenv("MW_GRAPH_URL")
    monkeypatch.delenv("MW_VECTOR_URL")
    config.reset()
    h = health_report(None, config.get_settings(), kb=open_kb())
    assert h["graph"] == {"ok": True, "backend": "embedded"} and h["vector"]["ok"] is True
