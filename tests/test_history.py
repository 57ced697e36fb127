"""`mw history` and `mw history show` over both state backends (diskcache and a real redis-server)."""
from __future__ import annotations

import json
import os

import pytest

from cli_util import DATA, mw, mw_json, mw_jsonl, mw_proc

from mw.ops import analytics, metrics

T0 = "2026-11-20T12:00:0{}Z"
QUESTIONS = ["Who should I pitch a crime thriller to?", "Which thriller greenlights are there?",
             "Who should I pitch a crime thriller to?", "   "]


@pytest.fixture
def asked(store, monkeypatch):
    """Four questions by dee@x.org, one second apart (the last one empty), and one by someone else."""
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    answers = []
    for i, q in enumerate(QUESTIONS):
        monkeypatch.setenv("MW_NOW", T0.format(i))
        res = mw("ask", q, "--user", "Dee@X.org", "--json")
        answers.append(json.loads(res.stdout))
    monkeypatch.setenv("MW_NOW", T0.format(5))
    assert mw("ask", "Who handles horror features?", "--user", "eve@x.org").exit_code == 0
    metrics.flush(store)
    monkeypatch.setenv("MW_NOW", T0.format(9))
    return answers


def _ttl(store, key: str) -> float:
    """Seconds until ``key`` expires, read from the backend itself."""
    if store.backend == "redis":
        r = getattr(store, "primary", store)
        return r._r.pttl(r._k("v", key)) / 1000
    import time

    _, expire = store._cache.get("v:" + key, expire_time=True)
    return expire - time.time()


def test_history_lists_this_users_questions_newest_first(asked):
    rows = mw_jsonl("history", "--user", "dee@x.org")
    assert [r["n"] for r in rows] == [1, 2, 3, 4]
    assert [r["question"] for r in rows] == list(reversed(QUESTIONS))
    assert [r["status"] for r in rows] == ["invalid", "ok", "ok", "ok"]
    assert [r["cached"] for r in rows] == [False, True, False, False]
    assert [r["intent"] for r in rows[1:]] == ["routing", "factual", "routing"]
    assert [r["time"] for r in rows] == [T0.format(i) for i in (3, 2, 1, 0)]
    assert all(isinstance(r["took_ms"], float) and len(r["id"]) == 12 for r in rows)
    assert [r["answer_kept"] for r in rows] == [False, True, True, True]
    assert [r["question"] for r in mw_jsonl("history", "--user", "eve@x.org")] == ["Who handles horror features?"]


def test_search_keeps_the_numbers_and_limit(asked):
    rows = mw_jsonl("history", "--user", "dee@x.org", "--search", "CRIME pitch")
    assert [r["n"] for r in rows] == [2, 4]
    assert [r["n"] for r in mw_jsonl("history", "--user", "dee@x.org", "-s", "thriller", "--limit", "2")] == [2, 3]
    assert mw_jsonl("history", "--user", "dee@x.org", "-s", "nothing like this") == []
    res = mw("history", "--user", "dee@x.org", "-s", "nothing like this")
    assert res.exit_code == 0 and res.stdout == "" and "No questions matching" in res.stderr


def test_plain_output_when_piped(asked):
    lines = mw("history", "--user", "dee@x.org").stdout.splitlines()
    assert lines[0] == "#\ttime (UTC)\tintent\ttook\tcached\tquestion"
    assert lines[2].startswith("2\t2026-11-20 12:00\trouting\t") and lines[2].endswith("\tyes\t" + QUESTIONS[2])
    assert lines[1].split("\t")[2] == "invalid"


def test_show_prints_the_answer_again_from_the_store(asked):
    for n, original in ((4, asked[0]), (3, asked[1]), (2, asked[2])):
        again = mw_json("history", "show", str(n), "--user", "dee@x.org")
        assert {k: v for k, v in again.items() if k != "took_ms"} == \
            {k: v for k, v in original.items() if k != "took_ms"}
    row = mw_jsonl("history", "--user", "dee@x.org")[2]
    assert mw_json("history", "show", row["id"], "--user", "dee@x.org")["question"] == QUESTIONS[1]
    res = mw("history", "show", "3", "--user", "dee@x.org")
    assert res.exit_code == 0 and res.stdout.startswith("Q: Which thriller greenlights are there?")
    assert "#3, asked 2026-11-20 12:00 UTC" in res.stderr


def test_one_copy_per_distinct_answer_with_the_retention_ttl(asked, store, store_backend):
    evs = [e for e in store.events(analytics.STREAM) if e["user"] == "dee@x.org"]
    keys = [e["answer"] for e in evs if e["answer"]]
    assert len(keys) == 3 and len(set(keys)) == 2  # the repeated question's answer is stored once
    kept = store.get(keys[0])
    assert "cached" not in kept and "took_ms" not in kept and kept["question"] == QUESTIONS[0]
    assert 29 * 86400 < _ttl(store, keys[0]) <= 30 * 86400


def test_show_when_the_answer_is_gone_or_was_never_given(asked, store):
    res = mw("history", "show", "1", "--user", "dee@x.org", "--json")
    assert res.exit_code == 4 and "it was not answered (invalid: usage)" in res.stderr
    assert json.loads(res.stdout)["error"] == "not_found"
    key = next(e["answer"] for e in store.events(analytics.STREAM) if e["question"] == QUESTIONS[1])
    store.delete(key)  # what the retention TTL does
    res = mw("history", "show", "3", "--user", "dee@x.org")
    assert res.exit_code == 4 and "no longer held (answers are kept 30 days" in res.stderr
    res = mw("history", "show", "99", "--user", "dee@x.org")
    assert res.exit_code == 4 and "no question '99' in the history of dee@x.org" in res.stderr


def test_retention_follows_the_analytics_setting(store, mw_home, monkeypatch):
    (mw_home / "config.toml").write_text("analytics_retention_days = 2\n")
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    monkeypatch.setenv("MW_NOW", "2026-11-20T12:00:00Z")
    assert mw("ask", QUESTIONS[0]).exit_code == 0
    metrics.flush(store)
    monkeypatch.setenv("MW_NOW", "2026-11-21T12:00:00Z")
    assert len(mw_jsonl("history")) == 1
    monkeypatch.setenv("MW_NOW", "2026-11-22T12:00:01Z")
    assert mw_jsonl("history") == []  # older than the retention period
    assert 86400 < _ttl(store, store.events(analytics.STREAM)[0]["answer"]) <= 2 * 86400


def test_answers_not_kept_when_history_answers_is_off(store, mw_home, monkeypatch):
    (mw_home / "config.toml").write_text("history_answers = false\n")
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    assert mw("ask", QUESTIONS[0]).exit_code == 0
    metrics.flush(store)
    (row,) = mw_jsonl("history")
    assert row["question"] == QUESTIONS[0] and row["answer_kept"] is False
    res = mw("history", "show", "1")
    assert res.exit_code == 4 and "history_answers = false" in res.stderr


def test_history_across_real_processes(mw_home, store, store_backend):
    env = {"MW_HOME": str(mw_home)}
    if store_backend == "redis":
        env["MW_STORE"] = os.environ["MW_STORE"]
    assert mw_proc("kb", "import", str(DATA / "mini.jsonl"), env=env).returncode == 0
    first = mw_proc("ask", QUESTIONS[1], "--json", env=env)
    assert first.returncode == 0, first.stderr
    again = mw_proc("history", "show", "--json", env=env)
    assert again.returncode == 0, again.stderr
    a, b = json.loads(first.stdout), json.loads(again.stdout)
    assert {k: v for k, v in a.items() if k != "took_ms"} == {k: v for k, v in b.items() if k != "took_ms"}
