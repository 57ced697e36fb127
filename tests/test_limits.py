"""Tiered rate limits (issue 4): tiers, windows with an injected clock, refusals through
the CLI, batches, `mw limits`, real-process concurrency on both backends, Redis outages."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_util import DATA, ROOT, mw, mw_json, mw_proc
from helpers import start_redis_server, stop_redis_server

from mw import config
from mw import clock
from mw.ops.limits import Limiter, day_window, load_tiers
from mw.errors import ConfigError, RateLimited, StoreError, UsageError
from mw.store.state.factory import open_state, reset_stores

NOW_ISO = "2026-11-20T12:00:00Z"
Q = "Who handles horror features?"


def ts(iso: str) -> float:
    return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def write_config(home: Path, text: str) -> None:
    (home / "config.toml").write_text(text)
    config.reset()


def limiter(store=None) -> Limiter:
    config.reset()
    s = config.get_settings()
    return Limiter(store if store is not None else open_state(s), s)


def refused(fn, *args, **kwargs) -> RateLimited:
    with pytest.raises(RateLimited) as ei:
        fn(*args, **kwargs)
    return ei.value


@pytest.fixture
def mini_kb(monkeypatch):
    monkeypatch.setenv("MW_NOW", NOW_ISO)
    res = mw("kb", "import", str(DATA / "mini.jsonl"))
    assert res.exit_code == 0, res.stderr


# --- configuration ------------------------------------------------------------------

def test_default_tier_table():
    tiers = load_tiers(config.get_settings())
    assert {n: (t.daily, t.burst) for n, t in tiers.items()} == {
        "free": (2, 1), "standard": (100, 10), "team": (500, 20), "enterprise": (None, 50)}
    assert config.get_settings().default_tier is None  # quotas only where configured


def test_no_quota_unless_configured(mini_kb, store):
    """A fresh home with no config: the local user is not limited, nothing is counted, `mw limits` says so;
    a recorded tier, a configured default_tier and an API key's user are limited."""
    now = ts(NOW_ISO)
    lim = limiter(store)
    for i in range(60):  # far past every tier's burst, all within one second
        g = lim.enforce("local@x.io", now=now + i / 100)
        assert (g.tier, g.limited, g.daily, g.burst) == ("none", False, None, None)
    st = lim.status("local@x.io", now=now)
    assert (st["limited"], st["tier"], st["tier_source"], st["daily"], st["burst"]) == (False, None, "none", None, None)
    assert store.peek_windows(lim.windows("local@x.io", lim.tiers["team"], now), now)[0].used == 0
    # an API key's user with no tier: the key default (team: 20 per minute)
    for _ in range(20):
        assert lim.enforce("keyed@x.io", now=now, keyed=True).tier == "team"
    assert refused(lim.enforce, "keyed@x.io", now=now, keyed=True).details["limit"] == 20
    assert lim.status("keyed@x.io", now=now, keyed=True)["tier_source"] == "key"
    # a recorded tier limits that user
    lim.set_tier("free@x.io", "free", now=now)
    lim.enforce("free@x.io", now=now)
    assert refused(lim.enforce, "free@x.io", now=now + 1).details["window"] == "burst"


def test_mw_limits_shows_the_key_default_for_a_user_with_an_api_key(mini_kb):
    assert mw_json("limits", "--user", "kay@x.io")["limited"] is False
    assert mw("serve", "keys", "add", "kay@x.io").exit_code == 0
    st = mw_json("limits", "--user", "kay@x.io")
    assert (st["limited"], st["tier"], st["tier_source"]) == (True, "team", "key")
    assert "team (the API-key default)" in mw("limits", "--user", "kay@x.io").stdout


def test_thirty_scripted_questions_in_a_minute_are_all_answered(mini_kb):
    for i in range(30):
        res = mw("ask", f"{Q} ({i})", "--json")
        assert res.exit_code == 0, res.stdout + res.stderr
    text = mw("limits").stdout
    assert "none: not limited" in text and "no default_tier is configured" in text


def test_config_overrides_and_adds_tiers(mw_home):
    write_config(mw_home, '[tiers.free]\ndaily = 5\n[tiers.partner]\ndaily = "unlimited"\nburst = 7\n')
    tiers = load_tiers(config.get_settings())
    assert (tiers["free"].daily, tiers["free"].burst) == (5, 1)  # burst kept from the default
    assert (tiers["partner"].daily, tiers["partner"].burst) == (None, 7)


@pytest.mark.parametrize("text, fragment", [
    ("[tiers.free]\ndaily = -1\n", "[tiers.free] daily: expected a positive integer or \"unlimited\", got -1"),
    ("[tiers.free]\nburst = \"lots\"\n", "[tiers.free] burst"),
    ("[tiers.free]\nhourly = 3\n", "unknown key(s) hourly"),
    ("[tiers.gold]\ndaily = 3\n", "a new tier needs both 'daily' and 'burst'"),
    ('default_tier = "gold"\n', "default_tier 'gold' is not a tier"),
    ('[limits.statuses]\ntrialing = "gold"\n', "trialing = 'gold': no such tier"),
])
def test_bad_tier_config_is_a_clear_error(mw_home, text, fragment):
    write_config(mw_home, text)
    with pytest.raises(ConfigError) as ei:
        limiter()
    assert fragment in ei.value.message
    res = mw("limits")
    assert res.exit_code == 2 and fragment in res.stderr


def test_identity_is_normalised_and_validated():
    lim = limiter()
    lim.set_tier("  Ana@Example.COM ", "free")
    assert lim.tier_of("ana@example.com")[0].name == "free"
    with pytest.raises(UsageError, match="invalid user 'a b'"):
        lim.enforce("a b")
    res = mw("limits", "--user", "a b")
    assert res.exit_code == 2 and "without spaces" in res.stderr


# --- the tier table, with an injected clock, on both backends ---------------------------

@pytest.mark.parametrize("tier, daily, burst", [
    ("free", 2, 1), ("standard", 100, 10), ("team", 500, 20), ("enterprise", None, 50)])
def test_tier_table_enforced(store, tier, daily, burst):
    lim = limiter(store)
    lim.set_tier("u@x.io", tier)
    t = ts("2026-11-20T01:00:00Z")
    total = 0
    minutes = 0
    while True:
        for _ in range(burst):
            if daily is not None and total == daily:
                break
            g = lim.enforce("u@x.io", now=t)
            total += 1
            assert g.tier == tier and g.daily.used == total
        if daily is not None and total == daily:
            break
        e = refused(lim.enforce, "u@x.io", now=t)  # burst full within this minute
        assert e.code == "burst_limit_exceeded" and e.details["limit"] == burst
        assert e.details["retry_after_seconds"] == 60
        t += 60.0  # exactly one window later: the burst is free again
        minutes += 1
        if daily is None and minutes == 11:  # 550 > team's 500: unlimited really is unlimited
            assert total == 11 * burst
            return
    e = refused(lim.enforce, "u@x.io", now=t + 61)
    assert e.code == "daily_limit_exceeded"
    assert e.details["limit"] == daily and e.details["tier"] == tier and e.details["user"] == "u@x.io"
    assert e.details["reset_at"] == "2026-11-21T00:00:00Z"
    assert e.details["retry_after_seconds"] == round(ts("2026-11-21T00:00:00Z") - (t + 61))
    st = lim.status("u@x.io", now=t + 61)
    assert st["daily"] == {"used": daily, "limit": daily, "remaining": 0, "reset_at": "2026-11-21T00:00:00Z",
                           "reset_in_seconds": e.details["retry_after_seconds"]}


def test_daily_window_resets_at_midnight_utc_not_24h_later(store):
    lim = limiter(store)
    lim.set_tier("u", "free")
    lim.enforce("u", now=ts("2026-11-20T23:57:00Z"))
    lim.enforce("u", now=ts("2026-11-20T23:58:30Z"))
    e = refused(lim.enforce, "u", now=ts("2026-11-20T23:59:59.500000Z"))
    assert e.code == "daily_limit_exceeded"
    assert (e.details["reset_at"], e.details["retry_after_seconds"]) == ("2026-11-21T00:00:00Z", 1)
    g = lim.enforce("u", now=ts("2026-11-21T00:00:00Z"))  # a new UTC day, 3 minutes after the first
    assert g.daily.used == 1 and g.daily.reset_at == ts("2026-11-22T00:00:00Z")
    assert day_window(ts("2026-11-21T00:00:00Z")) == ("2026-11-21", ts("2026-11-22T00:00:00Z"))


def test_burst_is_sliding_no_double_burst_at_the_minute_edge(store):
    lim = limiter(store)
    lim.set_tier("u", "standard")  # 10 / min
    t0 = ts("2026-11-20T10:00:59Z")  # the last second of a calendar minute
    for _ in range(10):
        lim.enforce("u", now=t0)
    # A fixed per-minute window would allow 10 more at 10:01:00; the sliding one does not.
    e = refused(lim.enforce, "u", now=t0 + 1.5)
    assert e.code == "burst_limit_exceeded"
    assert e.details["reset_at"] == "2026-11-20T10:01:59Z" and e.details["retry_after_seconds"] == 59
    refused(lim.enforce, "u", now=t0 + 59.999)
    for _ in range(10):  # exactly 60 s later the old hits have left the window
        lim.enforce("u", now=t0 + 60)
    refused(lim.enforce, "u", now=t0 + 60)


def test_burst_frees_gradually(store):
    lim = limiter(store)
    lim.set_tier("u", "standard")
    t0 = ts("2026-11-20T10:00:00Z")
    for i in range(10):
        lim.enforce("u", now=t0 + (0 if i < 5 else 30))
    for _ in range(5):  # the five from t0 expired, the five from t0+30 still count
        lim.enforce("u", now=t0 + 60)
    e = refused(lim.enforce, "u", now=t0 + 60)
    assert e.details["reset_at"] == clock.iso(t0 + 90) and e.details["retry_after_seconds"] == 30
    st = lim.status("u", now=t0 + 60)["burst"]
    assert (st["used"], st["limit"], st["remaining"], st["reset_at"]) == (10, 10, 0, clock.iso(t0 + 90))


def test_refusal_records_nothing_and_reports_the_window_that_frees_last(store):
    lim = limiter(store)
    lim.set_tier("u", "free")
    t = ts("2026-11-20T10:00:00Z")
    lim.enforce("u", now=t)
    lim.enforce("u", now=t + 100)
    # daily and burst both full: the daily one (midnight) is the real wait
    e = refused(lim.enforce, "u", now=t + 110)
    assert e.code == "daily_limit_exceeded"
    for k in range(3):
        refused(lim.enforce, "u", now=t + 120 + k)
    st = lim.status("u", now=t + 120)
    assert st["daily"]["used"] == 2 and st["burst"]["used"] == 1


def test_statuses_map_to_tiers_and_unknown_status_means_default(store, mw_home):
    write_config(mw_home, 'default_tier = "standard"\n[limits.statuses]\ntrialing = "free"\n')
    lim = limiter(store)
    assert lim.set_tier("a@x.io", "Trialing")["tier"] == "free"
    assert lim.tier_of("a@x.io")[0].name == "free"
    assert lim.tier_of("nobody@x.io")[0].name == "standard"
    store.put_record("users", "b@x.io", {"status": "cancelled-long-ago"})  # e.g. a tier removed from config
    assert lim.tier_of("b@x.io")[:3] == (lim.tiers["standard"], "cancelled-long-ago", "default")
    assert [(u["user"], u["tier"], u["tier_source"]) for u in lim.users()] == [
        ("a@x.io", "free", "status"), ("b@x.io", "standard", "default")]


def test_windows_expire_on_their_own(store, store_backend, mw_home):
    write_config(mw_home, 'default_tier = "team"\n')
    lim = limiter(store)
    t = clock.now()
    lim.enforce("u", now=t)
    day, midnight = day_window(t)
    if store_backend == "redis":
        import redis as redis_py

        r = redis_py.Redis.from_url(os.environ["MW_STORE"])
        try:
            d_ttl = r.pttl(f"mw:wf:limits:d:{day}:u") / 1000
            b_ttl = r.pttl("mw:ws:limits:b:u") / 1000
        finally:
            r.close()
    else:
        _, d_exp = store._cache.get(f"wf:limits:d:{day}:u", expire_time=True)
        _, b_exp = store._cache.get("ws:limits:b:u", expire_time=True)
        d_ttl, b_ttl = d_exp - t, b_exp - t
    assert abs(d_ttl - (midnight - t)) < 5
    assert 55 < b_ttl <= 61


# --- the CLI: refusals, cached answers, batches, mw limits ------------------------------

def test_cli_refusal_exit_code_message_and_json(mini_kb):
    assert mw("limits", "set-tier", "ana@example.com", "free").exit_code == 0
    assert mw("ask", Q, "--user", "ana@example.com").exit_code == 0
    res = mw("ask", Q, "--user", "ana@example.com", "--json")
    assert res.exit_code == 3
    err = json.loads(res.stdout)
    assert err == {
        "error": "burst_limit_exceeded",
        "message": "burst limit reached: 1 question(s) per 60 s for tier 'free', user ana@example.com; "
                   "try again in 1 min, at 12:01 UTC",
        "hint": "Wait 1 min, or ask an admin for a higher tier: mw limits set-tier ana@example.com TIER",
        "user": "ana@example.com", "tier": "free", "window": "burst", "limit": 1, "used": 1,
        "reset_at": "2026-11-20T12:01:00Z", "retry_after_seconds": 60,
    }
    res = mw("ask", Q, "--user", "ana@example.com")  # plain: the message on stderr, nothing on stdout
    assert res.exit_code == 3 and res.stdout == ""
    assert "mw: error: burst limit reached" in res.stderr and "hint: Wait 1 min" in res.stderr
    # the status shows the same numbers the refusal used
    st = mw_json("limits", "--user", "ana@example.com")
    assert st["burst"] == {"used": 1, "limit": 1, "remaining": 0, "reset_at": "2026-11-20T12:01:00Z",
                           "reset_in_seconds": 60, "window_seconds": 60}
    assert st["daily"]["used"] == 1 and st["tier"] == "free" and st["tier_source"] == "status"


def test_cli_daily_refusal_and_cached_answers_count(mini_kb, mw_home, monkeypatch):
    write_config(mw_home, '[tiers.free]\nburst = 10\n')
    mw("limits", "set-tier", "ana@example.com", "free")
    a1 = mw_json("ask", Q, "--user", "ana@example.com")
    a2 = mw_json("ask", Q, "--user", "ana@example.com")
    assert (a1["cached"], a2["cached"]) == (False, True)
    res = mw("ask", Q, "--user", "ana@example.com", "--json")
    assert res.exit_code == 3
    err = json.loads(res.stdout)
    assert err["error"] == "daily_limit_exceeded" and err["limit"] == 2
    assert err["reset_at"] == "2026-11-21T00:00:00Z" and err["retry_after_seconds"] == 12 * 3600
    assert "daily limit reached: 2 question(s) per day (UTC) for tier 'free'" in err["message"]
    # next UTC day: allowed again
    monkeypatch.setenv("MW_NOW", "2026-11-21T00:00:00Z")
    assert mw("ask", Q, "--user", "ana@example.com").exit_code == 0


def test_user_from_env_and_default_tier(mini_kb, mw_home, monkeypatch):
    monkeypatch.setenv("MW_USER", "Bob@Example.com")
    write_config(mw_home, 'default_tier = "free"\n')
    assert mw("ask", Q).exit_code == 0
    assert mw("ask", Q).exit_code == 3
    st = mw_json("limits")
    assert (st["user"], st["tier"], st["tier_source"], st["default_tier"]) == ("bob@example.com", "free",
                                                                                "default", "free")
    assert st["daily"]["used"] == 1 and st["burst"]["used"] == 1


def test_batch_counts_each_question_daily_and_once_for_burst(mini_kb, mw_home):
    write_config(mw_home, '[tiers.tiny]\ndaily = 3\nburst = 1\n')
    mw("limits", "set-tier", "u@x.io", "tiny")
    batch = "\n".join([Q, "Which thriller greenlights are there?", "What is Tomasz Wren's mandate?",
                       "Who handles horror?", "Recent thriller greenlights"]) + "\n"
    res = mw("ask", "-", "--user", "u@x.io", "--json", input=batch)
    assert res.exit_code == 3
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x.get("question") for x in lines[:3]] == batch.splitlines()[:3]
    err = lines[3]
    assert len(lines) == 4
    assert err["error"] == "daily_limit_exceeded" and (err["answered"], err["not_asked"]) == (3, 2)
    assert "batch stopped after 3 answered question(s), 2 not asked" in err["message"]
    st = mw_json("limits", "--user", "u@x.io")
    assert (st["daily"]["used"], st["burst"]["used"]) == (3, 1)
    # the burst slot is taken by that batch: the next batch is refused before its first answer
    mw("limits", "reset", "u@x.io")
    assert mw("ask", "-", "--user", "u@x.io", input=Q + "\n").exit_code == 0
    res = mw("ask", "-", "--user", "u@x.io", "--json", input=Q + "\n" + Q + "\n")
    err = json.loads(res.stdout)
    assert res.exit_code == 3 and err["error"] == "burst_limit_exceeded" and err["answered"] == 0


def test_a_batch_of_100_is_not_blocked_by_default(mini_kb, mw_home):
    res = mw("ask", "-", "--json", input=(Q + "\n") * 100)
    assert res.exit_code == 0, res.stdout[-500:] + res.stderr
    assert len(res.stdout.splitlines()) == 100
    st = mw_json("limits")
    assert (st["limited"], st["tier"], st["daily"]) == (False, None, None)
    # with default_tier = "team" configured, a batch of 100 still fits, and is counted: 100 daily, 1 burst
    write_config(mw_home, 'default_tier = "team"\n')
    res = mw("ask", "-", "--json", input=(Q + "\n") * 100)
    assert res.exit_code == 0, res.stdout[-500:] + res.stderr
    assert len(res.stdout.splitlines()) == 100
    st = mw_json("limits")
    assert (st["tier"], st["daily"]["used"], st["burst"]["used"]) == ("team", 100, 1)


def test_admin_commands(mini_kb, mw_home):
    res = mw("limits", "users")
    assert res.exit_code == 0 and "No users recorded" in res.stderr and "not limited" in res.stderr
    write_config(mw_home, 'default_tier = "team"\n')
    res = mw("limits", "users")
    assert res.exit_code == 0 and "No users recorded" in res.stderr and "'team'" in res.stderr
    res = mw("limits", "set-tier", "Ana@Example.com", "standard")
    assert res.exit_code == 0 and res.stdout.strip() == "ana@example.com: tier standard, was team (default)"
    res = mw("limits", "set-tier", "ana@example.com", "gold")
    assert res.exit_code == 2 and "unknown tier or status 'gold'" in res.stderr and "enterprise" in res.stderr
    us = mw_json("limits", "users")
    assert us["default_tier"] == "team"
    assert [(u["user"], u["status"], u["tier"]) for u in us["users"]] == [("ana@example.com", "standard",
                                                                             "standard")]
    assert us["users"][0]["updated_at"] == NOW_ISO
    res = mw("limits", "users")
    assert res.stdout.splitlines() == ["user\tstatus\ttier\tupdated",
                                       f"ana@example.com\tstandard\tstandard\t{NOW_ISO}"]
    for _ in range(10):
        assert mw("ask", Q, "--user", "ana@example.com").exit_code == 0
    assert mw("ask", Q, "--user", "ana@example.com").exit_code == 3
    res = mw_json("limits", "reset", "ana@example.com")
    assert res == {"user": "ana@example.com", "tier": "standard", "cleared": {"daily": 10, "burst": 10}}
    st = mw_json("limits", "--user", "ana@example.com")
    assert (st["daily"]["used"], st["burst"]["used"], st["tier"]) == (0, 0, "standard")
    assert mw("ask", Q, "--user", "ana@example.com").exit_code == 0
    text = mw("limits", "--user", "ana@example.com").stdout
    assert "tier       standard (status 'standard')" in text
    assert "daily      1 of 100 per day used, 99 left; resets in 12 h, at 00:00 UTC" in text


# --- concurrency: real processes, both backends --------------------------------------------

def test_concurrent_processes_exact_counts(mini_kb, store, store_backend, mw_home):
    """20 `mw ask` processes at once for a user with exactly 10 per minute left: 10 answered, 10 refused."""
    write_config(mw_home, 'default_tier = "team"\n')
    lim = limiter(store)
    now = ts(NOW_ISO)
    for _ in range(10):  # team: 20 / min; use 10 of them
        lim.enforce("race@x.io", now=now)
    env = dict(os.environ, MW_USER="race@x.io")
    procs = [subprocess.Popen([sys.executable, "-m", "mw", "ask", Q, "--json"], cwd=str(ROOT), env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(20)]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    codes = sorted(rc for rc, _, _ in results)
    assert codes == [0] * 10 + [3] * 10, [(rc, err[-300:]) for rc, _, err in results if rc not in (0, 3)]
    for rc, out, _ in results:
        doc = json.loads(out)
        if rc == 3:
            assert doc["error"] == "burst_limit_exceeded" and doc["limit"] == 20
        else:
            assert doc["question"] == Q
    st = json.loads(mw_proc("limits", "--json", env={"MW_USER": "race@x.io"}).stdout)
    assert st["store"] == {"backend": store_backend, "degraded": None}
    assert (st["burst"]["used"], st["burst"]["remaining"], st["daily"]["used"]) == (20, 0, 20)


# --- Redis outages ---------------------------------------------------------------------------

@pytest.fixture
def own_redis(monkeypatch):
    """A redis-server for this test only (it gets killed), configured as the store."""
    try:
        proc, url = start_redis_server()
    except FileNotFoundError:
        pytest.skip("redis-server not installed")
    monkeypatch.setenv("MW_STORE", url)
    config.reset()
    reset_stores()
    box = {"proc": proc, "url": url}
    yield box
    stop_redis_server(box["proc"])


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/")[0])


def test_redis_killed_fail_open_keeps_limiting_per_host(mini_kb, own_redis, mw_home):
    write_config(mw_home, 'default_tier = "tiny"\n[tiers.tiny]\ndaily = 2\nburst = 10\n')
    first = mw_proc("ask", Q, "--json")
    assert first.returncode == 0 and "unreachable" not in first.stderr, first.stderr
    stop_redis_server(own_redis["proc"])  # SIGKILL: a crash
    outs = [mw_proc("ask", Q, "--json") for _ in range(3)]
    assert [o.returncode for o in outs] == [0, 0, 3]
    assert "unreachable" in outs[0].stderr and "using the local store" in outs[0].stderr
    err = json.loads(outs[2].stdout)
    assert err["error"] == "daily_limit_exceeded" and err["limit"] == 2
    st = json.loads(mw_proc("limits", "--json").stdout)
    assert st["store"]["degraded"] and "unreachable" in st["store"]["degraded"]
    assert st["daily"]["used"] == 2 and st["fail_mode"] == "open"  # per-host counts on the fallback


def test_redis_killed_fail_closed_refuses_then_recovers(mini_kb, own_redis, monkeypatch):
    monkeypatch.setenv("MW_LIMITS_FAIL_MODE", "closed")
    monkeypatch.setenv("MW_DEFAULT_TIER", "team")
    assert mw_proc("ask", Q).returncode == 0
    stop_redis_server(own_redis["proc"])
    res = mw_proc("ask", Q, "--json")
    assert res.returncode == 6
    err = json.loads(res.stdout)
    assert err["error"] == "store_error" and err["fail_mode"] == "closed"
    assert err["message"].startswith("rate limits cannot be checked, so the question was refused: Redis at")
    assert "limits_fail_mode is \"closed\"" in err["hint"]
    assert len(res.stdout.splitlines()) == 1  # the error object, no answer
    # Redis back (empty) on the same port: questions are answered again
    own_redis["proc"], _ = start_redis_server(port=_port(own_redis["url"]))
    res = mw_proc("ask", Q, "--json")
    assert res.returncode == 0 and json.loads(res.stdout)["question"] == Q
    st = json.loads(mw_proc("limits", "--json").stdout)
    assert st["store"]["degraded"] is None and st["daily"]["used"] == 1


@pytest.mark.parametrize("mode", ["open", "closed"])
def test_redis_dies_in_the_middle_of_a_batch(mini_kb, own_redis, mw_home, mode):
    """One process, Redis killed between two questions of one batch."""
    write_config(mw_home, f'limits_fail_mode = "{mode}"\ndefault_tier = "tiny"\n'
                          '[tiers.tiny]\ndaily = 2\nburst = 10\n')
    from mw.ask.asker import AskOptions
    from mw.ops.service import ask_batch, build_asker

    state = open_state()
    assert state.degraded is None
    batch = ask_batch(build_asker(state, offline=True), [Q] * 4, AskOptions(), user="u@x.io")
    assert next(batch)["question"] == Q  # counted on Redis
    stop_redis_server(own_redis["proc"])
    if mode == "closed":
        with pytest.raises(StoreError, match="rate limits cannot be checked"):
            next(batch)
        return
    assert next(batch)["question"] == Q  # counted on the local fallback
    assert state.degraded and "unreachable" in state.degraded
    g = limiter(state).enforce("other@x.io", now=ts(NOW_ISO))
    assert g.warnings and "counted on this host only" in g.warnings[0]
    assert next(batch)["question"] == Q
    with pytest.raises(RateLimited) as ei:
        next(batch)
    assert ei.value.code == "daily_limit_exceeded" and ei.value.details["answered"] == 3
