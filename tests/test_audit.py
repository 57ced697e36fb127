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
