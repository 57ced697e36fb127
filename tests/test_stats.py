"""Analytics events and `mw stats`: known events with an injected clock (MW_NOW)."""
from __future__ import annotations

import pytest

from cli_util import DATA, mw, mw_json

from mw.ops import analytics
from mw.ops import metrics

NOW_ISO = "2026-11-20T12:30:00Z"
NOW = 1795177800.0  # NOW_ISO
H = 3600.0
D = 86400.0
RET = 30 * D


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setenv("MW_NOW", NOW_ISO)
    metrics.RECORDER.clear()
    yield
    metrics.RECORDER.clear()


def ev(user="ann@x.org", tier="team", q="Who buys crime?", intent="routing", ms=50.0, cached=False,
       status="ok", execs=("Odile Marchetti",), regions=(), genres=("crime",)):
    return {"user": user, "tier": tier, "question": q, "normalized": q.lower().rstrip("?"), "intent": intent,
            "latency_ms": ms, "cached": cached, "status": status, "error": None if status == "ok" else "x",
            "executives": list(execs), "regions": list(regions), "genres": list(genres), "host": "h1"}


KNOWN = [
    # (seconds before NOW, event)
    (10 * 60, ev(ms=50, cached=True)),                                    # this hour
    (20 * 60, ev(user="bob@x.org", tier="free", q="Who buys horror?", ms=150, genres=("horror",),
                 execs=("Tomasz Wren",), regions=("US",))),
    (2 * H, ev(ms=700)),                                                  # 10:30
    (5 * H, ev(user="bob@x.org", tier="free", intent="factual", q="Recent thrillers", ms=1500, status="error",
               execs=(), genres=("thriller",))),
    (30 * H, ev(ms=3000, regions=("UK",))),                               # yesterday: not in the 24 h chart
    (3 * D, ev(user="cy@x.org", tier="enterprise", intent="process", q="How to pitch Odile?", ms=9000,
               regions=("UK",))),
    (40 * D, ev(ms=10)),                                                  # outside the 30 days
]


def load_known(state):
    for ago, e in KNOWN:
        state.log_event(analytics.STREAM, e, NOW - ago, 60 * D)


def test_stats_json_matches_known_events(store):
    load_known(store)
    data = mw_json("stats")
    o = data["overview"]
    assert o["total_queries"] == 6
    assert o["unique_users"] == 3
    assert o["avg_response_ms"] == pytest.approx((50 + 150 + 700 + 1500 + 3000 + 9000) / 6, abs=0.01)
    assert o["cache_hit_rate"] == pytest.approx(1 / 5, abs=1e-4)  # 1 hit among 5 answered
    assert o["error_rate"] == pytest.approx(1 / 6, abs=1e-4)
    assert o["until"] == NOW and o["days"] == 30
    assert data["popular_queries"][0] == {"query": "Who buys crime?", "normalized": "who buys crime", "count": 3,
                                          "last_ts": NOW - 600}
    assert data["popular_executives"][0] == {"name": "Odile Marchetti", "count": 4}
    assert data["popular_regions"] == [{"name": "UK", "count": 2}, {"name": "US", "count": 1}]
    assert {g["name"]: g["count"] for g in data["popular_genres"]} == {"crime": 4, "horror": 1, "thriller": 1}
    hours = data["queries_per_hour"]
    assert len(hours) == 24 and hours[-1]["start"] == NOW - 30 * 60  # the current hour starts at 12:00
    assert [h["count"] for h in hours[-6:]] == [1, 0, 0, 1, 0, 2]  # 07:00 (07:30) .. 10:30 .. 12:10, 12:20
    assert sum(h["count"] for h in hours) == 4
    days = data["queries_per_day"]
    assert len(days) == 30 and [d["count"] for d in days[-4:]] == [1, 0, 1, 4]
    assert data["response_time_distribution"] == {"<100ms": 1, "100-500ms": 1, "500ms-1s": 1, "1-2s": 1,
                                                  "2-5s": 1, ">5s": 1}
    # nearest rank over [50, 150, 700, 1500, 3000, 9000]
    assert data["percentiles"] == {"p50": 700.0, "p95": 9000.0, "p99": 9000.0}
    assert data["by_intent"]["routing"] == {"queries": 4, "avg_response_ms": 975.0, "errors": 0, "cache_hits": 1}
    assert data["by_intent"]["factual"]["errors"] == 1
    assert {k: v["queries"] for k, v in data["by_tier"].items()} == {"team": 3, "free": 2, "enterprise": 1}


def test_error_rate_counts_failures_among_answered_or_failed(store):
    for i, status in enumerate(("ok", "ok", "ok", "error", "invalid", "invalid", "rate_limited")):
        store.log_event(analytics.STREAM, ev(status=status), NOW - 60 - i, RET)
    o = mw_json("stats")["overview"]
    assert o["total_queries"] == 7 and o["errors"] == 1 and o["invalid"] == 2 and o["rate_limited"] == 1
    assert o["error_rate"] == 0.25  # 1 failure of 4 questions answered or failed
    out = mw("stats").stdout  # the plain text says the same: failures apart from the asker's mistakes
    assert "Error rate                  25.0%" in out
    assert "Failed                      1\n" in out
    assert "Invalid (asker's mistakes)  2\n" in out and "Rate limited                1\n" in out


def test_stats_user_and_days_filters(store):
    load_known(store)
    data = mw_json("stats", "--user", "BOB@x.org", "--days", "1")
    assert data["overview"]["total_queries"] == 2 and data["overview"]["user"] == "bob@x.org"
    assert data["overview"]["error_rate"] == 0.5
    assert len(data["queries_per_day"]) == 1
    assert mw_json("stats", "--days", "60")["overview"]["total_queries"] == 7


def test_stats_plain_text_when_piped(store):
    load_known(store)
    res = mw("stats")
    assert res.exit_code == 0, res.stderr
    out = res.stdout
    for heading in ("Total queries", "Popular queries", "Popular executives", "Queries per hour",
                    "Queries per day", "Response times", "p95", "By intent", "By tier"):
        assert heading in out, heading
    assert "Who buys crime?\t3" in out and "█" not in out


def test_questions_record_events_with_injected_clock(store):
    """Real `mw ask` runs (in-process) -> events -> `mw stats`."""
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    for q in ("Who should I pitch a crime thriller to?", "Who should I pitch a crime thriller to?",
              "Which thriller greenlights are there?"):
        assert mw("ask", q, "--user", "Dee@X.org").exit_code == 0
    assert mw("ask", " ", "--user", "dee@x.org").exit_code == 2
    metrics.flush(store)
    evs = store.events("queries")
    assert len(evs) == 4 and all(e["ts"] == NOW for e in evs)
    # equal times (pinned clock): the store does not promise insertion order, so match by content
    ok = [e for e in evs if e["status"] == "ok"]
    assert len(ok) == 3 and all(e["user"] == "dee@x.org" and e["tier"] and e["host"] for e in evs)
    routing = [e for e in ok if e["intent"] == "routing"]
    assert len(routing) == 2 and sorted(e["cached"] for e in routing) == [False, True]
    assert all(e["executives"][0] == "Odile Marchetti" and set(e["genres"]) == {"crime", "thriller"}
               for e in routing)
    assert [e["intent"] for e in ok if e not in routing] == ["factual"]
    (failed,) = [e for e in evs if e["status"] != "ok"]
    assert failed["status"] == "invalid" and failed["error"] == "usage" and failed["intent"] == "unknown"
    data = mw_json("stats", "--user", "dee@x.org")
    assert data["overview"]["total_queries"] == 4
    assert data["overview"]["invalid"] == 1 and data["overview"]["errors"] == 0
    assert data["overview"]["error_rate"] == 0.0  # the asker's mistake is not a failure
    assert data["overview"]["cache_hit_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert data["queries_per_hour"][-1]["count"] == 4
    assert data["by_intent"]["routing"]["queries"] == 2


def test_retention_drops_old_events(store):
    from mw import config

    settings = config.get_settings()
    assert settings.analytics_retention_days == 30
    rec = metrics.Recorder()
    rec.event(analytics.STREAM, ev(), NOW - 31 * D, settings.analytics_retention_days * D)
    rec.event(analytics.STREAM, ev(), NOW, settings.analytics_retention_days * D)
    rec.flush(store)
    assert [e["ts"] for e in store.events(analytics.STREAM)] == [NOW]


def test_popular_queries_private_unless_shared(store, mw_home):
    from mw import config

    load_known(store)
    settings = config.get_settings()
    mine = analytics.popular_queries(store, since=NOW - 30 * D, user="bob@x.org", settings=settings)
    # bob's failed question is left out; only his own questions
    assert [(r["query"], r["count"]) for r in mine] == [("Who buys horror?", 1)]
    (mw_home / "config.toml").write_text("suggest_share_queries = true\n")
    config.reset()
    shared = analytics.popular_queries(store, since=NOW - 30 * D, user="bob@x.org", limit=2,
                                       settings=config.get_settings())
    assert [(r["query"], r["count"]) for r in shared] == [("Who buys crime?", 3), ("Who buys horror?", 1)]
