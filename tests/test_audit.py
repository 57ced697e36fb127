"""Fail closed, lose nothing, leak nothing: the findings of an adversarial audit, each against real parts.

- authentication of ``mw serve`` when Redis hangs at start-up (a real redis-server under SIGSTOP,
  then SIGCONT) and when Redis refuses the password (``--requirepass``);
- credentials in every URL form, in every place a URL leaves the process;
- KB text rendered on a real terminal (``script``), markup and control characters;
- file modes of MW_HOME and what is written under it;
- imports that used to lose records silently (ids, duplicates, CSV, JSON Lines, limits);
- ``mw serve --workers 2`` as real worker processes;
- ``--json`` errors that are always valid JSON on stdout.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli_util import ROOT, mw
from helpers import REDIS_SERVER, free_port, start_redis_server, stop_redis_server

SECRET = "hunter2SECRET"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MW_") and k != "REDIS_URL"}
    env.update(MW_HOME=str(home), MW_USER="local-tester", MW_SEMANTIC="off", **extra)
    return env


def run_mw(home: Path, *args: str, env: dict[str, str] | None = None, input: str | bytes | None = None,
           timeout: float = 60) -> subprocess.CompletedProcess:
    text = not isinstance(input, bytes)
    return subprocess.run([sys.executable, "-m", "mw", *args], capture_output=True, text=text, input=input,
                          env=env or _env(home), timeout=timeout, cwd=str(ROOT))


# =============================================================================================
# 2. Credentials in URLs
# =============================================================================================
URL_FORMS = [
    f"redis://user:{SECRET}@127.0.0.1:6379/0",
    f"redis://:{SECRET}@127.0.0.1:6379/0",
    f"redis://127.0.0.1:6379/0?password={SECRET}",
    f"redis://127.0.0.1:6379/0?db=1&PASSWORD={SECRET}&x=1",
    f"rediss://default:{SECRET}@cache.example.org:6380/0",
    f"unix:///run/redis.sock?db=0&password={SECRET}",
    f"valkey://u:{SECRET}@127.0.0.1:6379/0",
    f"falkordb://:{SECRET}@127.0.0.1:6379/graph",
    f"memgraph://memgraph:{SECRET}@127.0.0.1:7687",
    f"neo4j://neo4j:{SECRET}@127.0.0.1:7687/db",
    f"neo4j+s://neo4j:{SECRET}@db.example.org",
    f"bolt://neo4j:{SECRET}@127.0.0.1:7687",
    f"pinecone://my-index?namespace=n&host=https://u:{SECRET}@idx.pinecone.io",
    f"pinecone://my-index?host=https%3A%2F%2Fu%3A{SECRET}%40idx.pinecone.io&api_key={SECRET}",
    f"https://feeds.example.org/rss?token={SECRET}&section=tv",
    f"https://{SECRET}@feeds.example.org/rss",
    f"redis://:pa/{SECRET}@127.0.0.1:6379",
]


@pytest.mark.parametrize("url", URL_FORMS)
def test_redact_hides_the_credential_of_every_url_form(url: str):
    from mw.urls import redact, redact_text

    red = redact(url)
    assert SECRET not in red and "***" in red, red
    # the rest of the URL stays readable
    assert red.split("://")[0] == url.split("://")[0]
    msg = redact_text(f"cannot reach {url}: refused; hint: check '{url}'")
    assert SECRET not in msg and msg.startswith("cannot reach ") and "refused" in msg


def test_redact_leaves_urls_without_credentials_alone():
    from mw.urls import redact

    for url in ("redis://127.0.0.1:6379/0", "https://variety.com/feed/?section=tv", "unix:///run/r.sock?db=0",
                "/var/lib/mw/state", None, ""):
        assert redact(url) == url


def test_no_credential_in_limits_json_warnings_or_errors(mw_home: Path):
    port = free_port()  # nothing listens: the store falls back, and says why
    for url in (f"redis://127.0.0.1:{port}/0?password={SECRET}", f"redis://u:{SECRET}@127.0.0.1:{port}/0",
                f"unix:///nonexistent/redis.sock?password={SECRET}"):
        res = run_mw(mw_home, "limits", "--json", env=_env(mw_home, MW_STORE=url, MW_STORE_RETRY_SECONDS="60"))
        assert res.returncode == 0, res.stderr
        assert SECRET not in res.stdout + res.stderr, (res.stdout + res.stderr)[-3000:]
        assert json.loads(res.stdout)["store"]["degraded"]
    # unsupported schemes are configuration errors that quote the URL
    res = run_mw(mw_home, "limits", "--json", env=_env(mw_home, MW_STORE=f"valkey://u:{SECRET}@h:1/0"))
    assert res.returncode == 2 and SECRET not in res.stdout + res.stderr, (res.stdout + res.stderr)[-3000:]
    assert json.loads(res.stdout)["error"] == "config_error" and "valkey://u:***@h:1/0" in res.stderr
    res = run_mw(mw_home, "kb", "reindex", "--json",
                 env=_env(mw_home, MW_VECTOR_URL=f"pinecone://my-index?host=https://u:{SECRET}@127.0.0.1:{port}"))
    assert res.returncode == 2 and SECRET not in res.stdout + res.stderr, (res.stdout + res.stderr)[-3000:]
    res = run_mw(mw_home, "ask", "crime", "--json", env=_env(mw_home, MW_GRAPH_URL=f"memgraph://u:{SECRET}@h:1"))
    assert res.returncode == 2 and SECRET not in res.stdout + res.stderr, (res.stdout + res.stderr)[-3000:]


def test_healthz_never_shows_a_credential(mw_home: Path):
    from mw.ops.metrics import health_report
    from mw.config import get_settings
    from mw.store.state.factory import open_state

    port = free_port()
    os.environ["MW_STORE"] = f"redis://127.0.0.1:{port}/0?password={SECRET}"
    os.environ["MW_VECTOR_URL"] = f"pinecone://my-index?host=https://u:{SECRET}@127.0.0.1:{port}"
    os.environ["MW_GRAPH_URL"] = f"falkordb://:{SECRET}@127.0.0.1:{port}/g"
    try:
        from mw import config

        config.reset()
        rep = health_report(open_state(), get_settings(), kb=None)
    finally:
        for k in ("MW_STORE", "MW_VECTOR_URL", "MW_GRAPH_URL"):
            os.environ.pop(k, None)
    text = json.dumps(rep)
    assert SECRET not in text, text
    assert rep["store"]["degraded"] and "password=***" in text


# =============================================================================================
# 16. --json: valid JSON on stdout for every failure
# =============================================================================================
def _json_commands() -> list[list[str]]:
    """Every command path that takes --json (walked from the real command tree)."""
    import typer.main

    from mw.cli import app

    out: list[list[str]] = []

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, path + [name])
        if any("--json" in getattr(p, "opts", ()) for p in cmd.params):
            out.append(path)

    walk(typer.main.get_command(app), [])
    return out


def test_every_json_command_prints_a_json_error_for_usage_errors():
    cmds = _json_commands()
    assert ["ask"] in cmds and ["kb", "import"] in cmds and ["serve", "keys", "add"] in cmds, cmds
    for path in cmds:
        res = mw(*path, "--json", "--no-such-option")
        assert res.exit_code == 2, (path, res.stdout, res.stderr)
        obj = json.loads(res.stdout)
        assert obj["error"] == "usage_error" and "--no-such-option" in obj["message"], (path, obj)
        assert obj["hint"] == f"Try 'mw {' '.join(path)} --help' for help.", obj
        assert "--no-such-option" in res.stderr
    # a missing argument, a bad choice
    for args in (["kb", "import", "--json"], ["kb", "list", "nothing", "--json"], ["kb", "show", "--json"]):
        res = mw(*args)
        assert res.exit_code == 2 and json.loads(res.stdout)["error"] == "usage_error", (args, res.stdout)
    # without --json, stdout stays empty
    res = mw("kb", "list", "nothing")
    assert res.exit_code == 2 and res.stdout == ""


def test_json_error_for_internal_errors(monkeypatch):
    from mw.ask import browse

    def broken(*a, **k):
        raise RuntimeError("boom at redis://:" + SECRET + "@10.0.0.1/0")

    monkeypatch.setattr(browse, "describe", broken)
    res = mw("kb", "show", "Anyone", "--json")
    assert res.exit_code == 1
    obj = json.loads(res.stdout)
    assert obj["error"] == "internal" and "RuntimeError: boom" in obj["message"] and SECRET not in res.stdout
    assert "internal error" in res.stderr and SECRET not in res.stderr


def test_non_utf8_stdin_never_makes_stdout_invalid(mw_home: Path):
    for locale in ("C.UTF-8", "C"):
        env = _env(mw_home, LC_ALL=locale, LANG=locale)
        res = run_mw(mw_home, "ask", "-", "--json", env=env, input=b"Who buys \xff\xfe crime?\nkids \xc3\n")
        assert res.returncode == 0, res.stderr
        lines = res.stdout.decode("utf-8").splitlines()  # strict: raises on invalid UTF-8
        assert len(lines) == 2 and all(json.loads(x)["question"] for x in lines)
        assert "\ufffd" in json.loads(lines[0])["question"]


# =============================================================================================
# 1. mw serve fails closed; Redis AUTH errors are configuration errors
# =============================================================================================
Q = "Who should I pitch a Nordic crime thriller to?"


def _serve_helpers():
    pytest.importorskip("fastapi")
    pytest.importorskip("uvicorn")
    from test_serve import Server, add_key  # noqa: F401 - the same real server the API tests use

    return Server


def _add_key(home: Path, env: dict[str, str], email: str) -> str:
    res = run_mw(home, "serve", "keys", "add", email, "--json", env=env)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)["key"]


def _until(fn, timeout: float = 20.0, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while True:
        got = fn()
        if got or time.monotonic() > deadline:
            return got
        time.sleep(every)


@pytest.mark.skipif(not os.path.exists(REDIS_SERVER), reason="redis-server not installed")
def test_serve_fails_closed_while_redis_hangs_at_start_then_checks_keys(tmp_path: Path):
    Server = _serve_helpers()
    import httpx

    proc, url = start_redis_server()
    home = tmp_path / "h"
    home.mkdir()
    env = _env(home, MW_STORE=url, MW_STORE_RETRY_SECONDS="0.5")
    srv = None
    try:
        key = _add_key(home, env, "alice@example.org")
        proc.send_signal(signal.SIGSTOP)  # Redis hangs: connections open, nothing answers
        srv = Server(home, env=env)
        for path, body in (("/v1/stats", None), ("/v1/ask", {"question": Q}), ("/v1/limits", None)):
            send = srv.post if body else srv.get
            anon = send(path, body) if body else send(path)
            assert anon.status_code == 401, (path, anon.status_code, anon.text)  # never 200
            keyed = send(path, body, key=key) if body else send(path, key=key)
            assert keyed.status_code == 503, (path, keyed.status_code, keyed.text)  # never 200, never 401
            assert keyed.headers["content-type"].startswith("application/problem+json")
            assert int(keyed.headers["retry-after"]) >= 1
            assert keyed.json()["error"] == "keys_unavailable"
        assert srv.get("/healthz").json()["auth"] == "keys"
        proc.send_signal(signal.SIGCONT)  # Redis is back: keys are checked there
        assert _until(lambda: srv.get("/v1/stats", key=key).status_code == 200), "keys never checked again"
        assert srv.get("/v1/stats").status_code == 401
        assert srv.get("/v1/stats", key="mw_" + "x" * 43).status_code == 401
        assert httpx.post(srv.url + "/v1/ask", json={"question": Q}, timeout=30,
                          headers={"Authorization": f"Bearer {key}"}).status_code == 200
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGCONT)
        if srv is not None:
            rc, err = srv.stop()
            assert rc == 0, err
        stop_redis_server(proc)


def _redis_with_password(password: str) -> tuple[subprocess.Popen, int]:
    import socket

    port = free_port()
    proc = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--requirepass", password, "--loglevel", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def up() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            return False

    assert _until(up, 5, 0.02), "redis-server did not start"
    return proc, port


@pytest.mark.skipif(not os.path.exists(REDIS_SERVER), reason="redis-server not installed")
def test_redis_auth_errors_are_configuration_errors(tmp_path: Path):
    proc, port = _redis_with_password("right-" + SECRET)
    home = tmp_path / "h"
    home.mkdir()
    try:
        for url in (f"redis://:wrong{SECRET}@127.0.0.1:{port}/0", f"redis://127.0.0.1:{port}/0?password=w{SECRET}",
                    f"redis://127.0.0.1:{port}/0"):
            env = _env(home, MW_STORE=url)
            for args in (["limits", "--json"], ["serve", "keys", "add", "a@example.org", "--json"],
                         ["serve", "--port", str(free_port())]):
                res = run_mw(home, *args, env=env)
                assert res.returncode == 2, (url, args, res.returncode, res.stderr[-2000:])
                assert "refused the credentials" in res.stderr and "unreachable" not in res.stderr, res.stderr
                assert SECRET not in res.stdout + res.stderr
                if "--json" in args:
                    assert json.loads(res.stdout)["error"] == "config_error"
        # the right password works
        res = run_mw(home, "limits", "--json", env=_env(home, MW_STORE=f"redis://:right-{SECRET}@127.0.0.1:{port}/0"))
        assert res.returncode == 0 and json.loads(res.stdout)["store"]["degraded"] is None, res.stderr
    finally:
        stop_redis_server(proc)


def test_keys_are_never_written_to_or_read_from_the_local_fallback(tmp_path: Path):
    home = tmp_path / "h"
    home.mkdir()
    env = _env(home, MW_STORE=f"redis://127.0.0.1:{free_port()}/0")  # nothing listens
    for args in (["serve", "keys", "add", "a@example.org", "--json"], ["serve", "keys", "list", "--json"],
                 ["serve", "keys", "revoke", "a@example.org", "--json"]):
        res = run_mw(home, *args, env=env)
        assert res.returncode == 6, (args, res.returncode, res.stdout, res.stderr)
        assert json.loads(res.stdout)["error"] == "store_error"
    res = run_mw(home, "serve", "keys", "list", "--json")  # the local store got nothing either
    assert res.returncode == 0 and json.loads(res.stdout)["keys"] == []


def test_configured_keys_mode_on_loopback_needs_a_key(tmp_path: Path):
    Server = _serve_helpers()
    home = tmp_path / "h"
    home.mkdir()
    (home / "config.toml").write_text('[serve]\nauth = "keys"\n')
    srv = Server(home)
    try:
        assert srv.get("/v1/stats").status_code == 401
        assert srv.get("/healthz").json()["auth"] == "keys"
    finally:
        rc, err = srv.stop()
    assert rc == 0 and "no active key yet" in err, err
    (home / "config.toml").write_text('[serve]\nauth = "sometimes"\n')
    res = run_mw(home, "serve", "--port", str(free_port()))
    assert res.returncode == 2 and "[serve] auth" in res.stderr, res.stderr


# =============================================================================================
# 14. mw serve --workers 2: real worker processes
# =============================================================================================
def test_serve_with_two_workers_answers_from_both_and_exits_0_on_sigterm(tmp_path: Path):
    Server = _serve_helpers()
    import httpx

    home = tmp_path / "h"
    home.mkdir()
    srv = Server(home, "--workers", "2")
    try:
        pids = set()

        def both() -> bool:
            with httpx.Client(timeout=10) as c:  # a new connection each time: the kernel spreads them
                pids.add(c.get(srv.url + "/healthz", headers={"Connection": "close"}).json()["pid"])
            return len(pids) == 2

        assert _until(both, 60, 0.0), f"only worker(s) {pids} answered"
        assert srv.proc.pid not in pids
        r = srv.post("/v1/ask", {"question": Q})
        assert r.status_code == 200 and r.json()["executives"], r.text
    finally:
        rc, err = srv.stop()
    assert rc == 0, err
    assert "with 2 workers" in err and "mw serve: stopped" in err and "Traceback" not in err, err
    for pid in pids:  # the workers are gone too
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()


# =============================================================================================
# 5-9. Imports that lost data silently
# =============================================================================================
def _jsonl(path: Path, records: list, raw_lines: list[str] | None = None) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + (raw_lines or [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _export(*args: str) -> list[dict]:
    res = mw("kb", "export", *args)
    assert res.exit_code == 0, res.stderr
    return [json.loads(x) for x in res.stdout.split("\n") if x]


def test_ids_are_unique_and_stable_for_every_script(tmp_path: Path):
    names = ["東宝", "東映", "Мосфильм", "Ελληνική Ραδιοφωνία", "Søren Ølgaard Film", "東京", "🎬"]
    f = _jsonl(tmp_path / "c.jsonl", [{"type": "company", "name": n} for n in names]
               + [{"type": "executive", "name": "山田 花子", "company": "東映"},
                  {"type": "executive", "name": "Иван Петров", "company": "Мосфильм"},
                  {"type": "greenlight", "title": "ゴジラ", "buyer": "東宝", "date": "2026-01-02"},
                  {"type": "greenlight", "title": "七人の侍", "buyer": "東宝", "date": "2026-01-03"}])
    res = mw("kb", "import", str(f), "--json")
    assert res.exit_code == 0, res.stdout + res.stderr
    companies = _export("--type", "company")
    assert sorted(c["name"] for c in companies) == sorted(names)
    ids = [c["id"] for c in companies]
    assert len(set(ids)) == len(names) and "x" not in ids, ids
    assert all(i and i.isascii() for i in ids), ids
    assert len(_export("--type", "greenlight")) == 2 and len(_export("--type", "executive")) == 2
    by_name = {c["name"]: c["id"] for c in companies}
    assert by_name["Мосфильм"].startswith("mosfil") and by_name["Søren Ølgaard Film"] == "soren-olgaard-film"
    again = mw("kb", "import", str(f), "--json")  # stable: nothing changes
    rep = json.loads(again.stdout)
    assert again.exit_code == 0 and sum(rep["added"].values()) == 0 and sum(rep["updated"].values()) == 0, rep
    show = mw("kb", "show", "東映", "--json")
    assert show.exit_code == 0 and json.loads(show.stdout)["record"]["name"] == "東映"


def test_names_that_collide_on_one_id_are_an_error_naming_both_lines(tmp_path: Path):
    f = _jsonl(tmp_path / "e.jsonl", [{"type": "company", "name": "Acme"},
                                      {"type": "executive", "name": "Ann Lee", "company": "Acme"},
                                      {"type": "executive", "name": "Ann-Lee", "company": "Acme"}])
    res = mw("kb", "import", str(f), "--json")
    assert res.exit_code == 5, res.stdout + res.stderr
    problems = json.loads(res.stdout)["problems"]
    assert any(f"{f}:3" in p and f"{f}:2" in p and "Ann Lee" in p and "Ann-Lee" in p for p in problems), problems
    # also with --allow-duplicates: two different names are never merged
    assert mw("kb", "import", str(f), "--allow-duplicates").exit_code == 5
    # and against what the knowledge base already holds
    assert mw("kb", "import", str(_jsonl(tmp_path / "a.jsonl", [{"type": "company", "name": "Acme"},
              {"type": "executive", "name": "Ann Lee", "company": "Acme"}]))).exit_code == 0
    res = mw("kb", "import", str(_jsonl(tmp_path / "b.jsonl", [{"type": "executive", "name": "Ann-Lee",
                                                               "company": "Acme"}])), "--json")
    assert res.exit_code == 5 and "Ann Lee" in res.stdout and "b.jsonl:1" in res.stdout, res.stdout
    assert [e["name"] for e in _export("--type", "executive")] == ["Ann Lee"]


def test_duplicate_ids_in_one_file_are_reported_with_both_lines(tmp_path: Path):
    f = _jsonl(tmp_path / "d.jsonl", [{"type": "company", "name": "Acme", "region": "UK"},
                                      {"type": "company", "name": "Beta"},
                                      {"type": "company", "name": "Acme", "region": "US"}])
    res = mw("kb", "import", str(f), "--json")
    assert res.exit_code == 5, res.stdout + res.stderr
    problems = json.loads(res.stdout)["problems"]
    assert any(f"{f}:3" in p and f"{f}:1" in p and "acme" in p for p in problems), problems
    res = mw("kb", "import", str(f), "--allow-duplicates", "--json")
    assert res.exit_code == 0, res.stdout + res.stderr
    out = json.loads(res.stdout)
    assert any(f"{f}:3" in w and f"{f}:1" in w for w in out["warnings"]), out
    assert {c["name"]: c.get("region") for c in _export("--type", "company")}["Acme"] == "US"  # the later one
    res = mw("kb", "import", str(f), "--allow-duplicates")
    assert res.exit_code == 0 and "warning" in res.stderr and f"{f}:3" in res.stderr


def test_malformed_csv_is_an_error_with_file_and_line(tmp_path: Path):
    f = tmp_path / "companies.csv"
    f.write_text('name,region\nAcme,UK\n"Beta,US\nGamma,FR\nDelta,DE\n', encoding="utf-8")
    res = mw("kb", "import", str(f), "--json")
    assert res.exit_code == 5, res.stdout + res.stderr
    problems = json.loads(res.stdout)["problems"]
    assert any(p.startswith(f"{f}:3: ") and "quote" in p for p in problems), problems
    assert _export("--type", "company")[0].get("sample")  # nothing imported
    big = tmp_path / "executives.csv"
    big.write_text("name,company,bio\nAnn,Acme,ok\nBob,Acme," + "x" * 200_000 + "\n", encoding="utf-8")
    res = mw("kb", "import", str(big), "--json")
    assert res.exit_code == 5 and f"{big}:3" in res.stdout, res.stdout + res.stderr


SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r"]


def test_jsonl_with_every_unicode_line_separator_round_trips(tmp_path: Path):
    recs = [{"type": "company", "name": "Acme"}]
    for i, sep in enumerate(SEPARATORS):
        recs.append({"type": "executive", "name": f"Exec {i}", "company": "Acme",
                     "bio": f"first{sep}second", "pitch_process": f"a{sep}b{sep}c"})
    # raw separators inside JSON strings, as a writer with ensure_ascii=False produces them
    f = tmp_path / "sep.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    res = mw("kb", "import", str(f), "--json")
    assert res.exit_code == 0, res.stdout + res.stderr
    assert json.loads(res.stdout)["records"] == len(recs)
    out = tmp_path / "export.jsonl"
    assert mw("kb", "export", "-o", str(out)).exit_code == 0
    raw = out.read_text(encoding="utf-8")
    assert len(raw.splitlines()) == len(recs), "export wrote a line separator raw"
    first = _export()
    assert {e["name"]: e["bio"] for e in first if e["type"] == "executive"} == {
        f"Exec {i}": f"first{sep}second" for i, sep in enumerate(SEPARATORS)}
    res = mw("kb", "import", str(out), "--replace", "--json")
    assert res.exit_code == 0, res.stdout + res.stderr
    assert _export() == first


def test_hostile_json_is_an_input_error_with_file_and_line(tmp_path: Path):
    good = json.dumps({"type": "company", "name": "Acme"})
    cases = {
        "deep": "[" * 100_000 + "]" * 100_000,
        "bignum": '{"type": "company", "name": "Acme", "region": ' + "9" * 5000 + "}",
        "nan": '{"type": "company", "name": "Acme", "region": NaN}',
        "hugebio": json.dumps({"type": "executive", "name": "Ann", "company": "Acme", "bio": "x" * 5_000_000}),
        "longbio": json.dumps({"type": "executive", "name": "Ann", "company": "Acme", "bio": "x" * 30_000}),
        "manylist": json.dumps({"type": "executive", "name": "Ann", "company": "Acme", "genres": ["drama"] * 5000}),
    }
    for name, line in cases.items():
        f = tmp_path / f"{name}.jsonl"
        f.write_text(good + "\n" + line + "\n", encoding="utf-8")
        res = mw("kb", "import", str(f), "--json")
        assert res.exit_code == 5, (name, res.exit_code, res.stdout[:500], res.stderr[:500])
        obj = json.loads(res.stdout)
        assert obj["error"] == "import_failed" and any(p.startswith(f"{f}:2: ") for p in obj["problems"]), obj
        assert len(res.stdout) < 5000, name  # the error never echoes the input back


def test_import_from_stdin(mw_home: Path):
    lines = "\n".join(json.dumps(r) for r in ({"type": "company", "name": "Acme"},
                                              {"type": "executive", "name": "Ann", "company": "Acme"})) + "\n"
    res = run_mw(mw_home, "kb", "import", "-", "--json", input=lines)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["records"] == 2
    res = run_mw(mw_home, "kb", "import", "-", "--json", input='{"type": "company", "name": "B"}\n{nope\n')
    assert res.returncode == 5, res.stderr
    assert any(p.startswith("<stdin>:2: ") for p in json.loads(res.stdout)["problems"])
    res = run_mw(mw_home, "kb", "import", "-", "--json", input=b'{"type": "company", "name": "\xff"}\n')
    assert res.returncode == 5 and b"<stdin>: not UTF-8" in res.stderr, res.stderr


# =============================================================================================
# 3. KB text is data, never terminal markup or control sequences
# =============================================================================================
HOSTILE = {
    "markup": "[/b] Night",
    "link": "[link=https://evil.example/x]Click[/link] Here",
    "esc": "\x1b[31mRED\x1b[0m Harbour \x1b]8;;https://evil.example\x07hidden\x1b]8;;\x07",
    "bidi": "Safe\u202eTitle",
    "bell": "Ding\x07\x08Dong",
}


def _hostile_kb(tmp_path: Path, home: Path) -> None:
    recs = [{"type": "company", "name": "Acme [bold]Films[/bold]"},
            {"type": "executive", "name": "Ann [/i] Lee", "company": "Acme [bold]Films[/bold]",
             "title": HOSTILE["link"], "bio": HOSTILE["esc"], "genres": ["crime"]}]
    recs += [{"type": "greenlight", "title": t, "buyer": "Acme [bold]Films[/bold]", "date": f"2026-0{i + 1}-01",
              "genres": ["crime"], "logline": HOSTILE["markup"]} for i, t in enumerate(HOSTILE.values())]
    f = _jsonl(tmp_path / "hostile.jsonl", recs)
    res = run_mw(home, "kb", "import", str(f))
    assert res.returncode == 0, res.stderr


def _on_terminal(home: Path, *args: str) -> tuple[int, str]:
    """Run `mw ARGS` on a real pseudo-terminal (util-linux `script`); (exit status, raw output)."""
    import shlex

    cmd = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "mw", *args])
    env = _env(home, TERM="xterm-256color", COLUMNS="200", LINES="50")
    res = subprocess.run(["script", "-qefc", cmd, "/dev/null"], capture_output=True, env=env, cwd=str(ROOT),
                         timeout=60, stdin=subprocess.DEVNULL)
    return res.returncode, res.stdout.decode("utf-8", "replace")


def _assert_inert(out: str) -> None:
    assert "Traceback" not in out and "MarkupError" not in out, out[-2000:]
    assert "\x1b]8;" not in out, "a hidden hyperlink reached the terminal"
    assert "\x1b[31mRED" not in out and "\x07" not in out and "\x08" not in out and "\u202e" not in out, repr(out[-2000:])


@pytest.mark.skipif(shutil.which("script") is None, reason="util-linux script not installed")
def test_kb_text_is_never_terminal_markup_on_a_real_terminal(tmp_path: Path, mw_home: Path):
    _hostile_kb(tmp_path, mw_home)
    for args, must in ((["kb", "list", "greenlights"], ["[/b] Night", "[link=https://evil.example/x]Click"]),
                       (["kb", "list", "executives"], ["Ann [/i] Lee", "Acme [bold]Films[/bold]"]),
                       (["kb", "show", "Ann [/i] Lee"], ["[link=https://evil.example/x]Click", "RED"]),
                       (["kb", "show", "Acme [bold]Films[/bold]"], ["[/b] Night", "SafeTitle"]),
                       (["ask", "recent crime greenlights"], ["[/b] Night"]),
                       (["kb", "list", "companies"], ["Acme [bold]Films[/bold]"])):
        rc, out = _on_terminal(mw_home, *args)
        assert rc == 0, (args, out[-2000:])
        _assert_inert(out)
        flat = out.replace("\r", "")
        for m in must:
            assert m in flat, (args, m, flat[-3000:])


def test_kb_text_has_no_control_characters_when_piped(tmp_path: Path, mw_home: Path):
    _hostile_kb(tmp_path, mw_home)
    for args in (["kb", "list", "greenlights"], ["kb", "show", "Ann [/i] Lee"], ["ask", "recent crime greenlights"],
                 ["kb", "list", "executives"]):
        res = run_mw(mw_home, *args)
        assert res.returncode == 0, res.stderr
        assert "\x1b" not in res.stdout and "\x07" not in res.stdout and "\u202e" not in res.stdout, repr(res.stdout)
        assert "\x1b" not in res.stderr
    res = run_mw(mw_home, "kb", "list", "greenlights")
    assert "[/b] Night" in res.stdout and "[link=https://evil.example/x]Click[/link] Here" in res.stdout
    # the data itself is kept as it was imported
    exported = run_mw(mw_home, "kb", "export", "--type", "executive").stdout
    assert json.loads(exported.splitlines()[0])["bio"] == HOSTILE["esc"]


# =============================================================================================
# 4. Files readable by the owner only
# =============================================================================================
def _loose(root: Path) -> list[str]:
    """Everything under ``root`` (and root) that group or others can read, write or enter."""
    bad = []
    for p in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(p.lstat().st_mode)
        if not p.is_symlink() and mode & 0o077:
            bad.append(f"{p.relative_to(root.parent)} {oct(mode)}")
    return bad


def test_home_is_0700_and_every_file_0600(tmp_path: Path):
    old = os.umask(0o022)  # the usual umask: the code, not the umask, must keep files private
    try:
        home = tmp_path / "fresh" / "mw"  # does not exist yet
        env = _env(home)
        env.pop("MW_SEMANTIC")
        src = _jsonl(tmp_path / "k.jsonl", [{"type": "company", "name": "Acme"},
                                           {"type": "executive", "name": "Ann", "company": "Acme", "genres": ["crime"]}])
        for args in (["kb", "import", str(src)], ["ask", "crime"], ["suggest", "cri"], ["kb", "reindex"],
                     ["serve", "keys", "add", "a@example.org"], ["ask", "who buys crime?"]):
            res = run_mw(home, *args, env=env)
            assert res.returncode == 0, (args, res.stderr[-2000:])
        names = {p.name for p in home.rglob("*")}
        assert {"kb.sqlite", "state", "cache.db", "index.sqlite", "suggest.sqlite"} <= names, names
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert stat.S_IMODE((home / "kb.sqlite").stat().st_mode) == 0o600
        assert _loose(home) == []
        # a knowledge base left readable by an older version is tightened when opened
        os.chmod(home / "kb.sqlite", 0o644)
        assert run_mw(home, "kb", "stats", env=env).returncode == 0
        assert stat.S_IMODE((home / "kb.sqlite").stat().st_mode) == 0o600
    finally:
        os.umask(old)
