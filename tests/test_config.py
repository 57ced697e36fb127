"""Configuration: bad values are configuration errors naming the key and its source; the two config files;
`mw config list|get|set|unset|path`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_util import DATA, mw
from mw import config

# A value of the wrong type for each kind of setting.
BAD = {config.Int: "abc", config.Float: "abc", config.Bool: "maybe", config.Choice: "sideways",
       config.DateTime: "yesterday"}
TYPED = [k for k in config.KEYS if type(k.kind) in BAD]


def _bad(key: config.Key) -> str:
    return BAD[type(key.kind)]


def _toml(key: config.Key, value: str) -> str:
    *tables, leaf = key.name.split(".")
    head = f"[{'.'.join(tables)}]\n" if tables else ""
    return f"# a comment\n{head}{leaf} = {json.dumps(value)}\n"


def _assert_config_error(res, *needles: str) -> dict:
    assert res.exit_code == 2, (res.exit_code, res.stdout, res.stderr)
    assert "internal error" not in res.stderr and "Traceback" not in res.stderr
    for n in needles:
        assert n in res.stderr, (n, res.stderr)
    err = json.loads(res.stdout)
    assert err["error"] == "config_error"
    return err


@pytest.mark.parametrize("key", [k for k in TYPED if k.env], ids=lambda k: k.name)
def test_bad_environment_value_is_a_config_error(key, monkeypatch):
    var = key.env[0]
    monkeypatch.setenv(var, _bad(key))
    res = mw("ask", "Who buys crime thrillers?", "--json")
    err = _assert_config_error(res, var, repr(_bad(key)))
    assert err["key"] == key.name and err["source"] == f"env {var}"


@pytest.mark.parametrize("key", [k for k in TYPED if k.in_file], ids=lambda k: k.name)
def test_bad_file_value_is_a_config_error_naming_file_line_and_key(key, mw_home):
    (mw_home / "config.toml").write_text(_toml(key, _bad(key)))
    line = 3 if "." in key.name else 2
    res = mw("ask", "Who buys crime thrillers?", "--json")
    err = _assert_config_error(res, f"{mw_home / 'config.toml'}:{line}: {key.name}:", repr(_bad(key)))
    assert err["key"] == key.name and err["line"] == line


def test_the_audit_cases_in_a_real_process(mw_home):
    """MW_NOW=yesterday, recent_days = "x", [serve] max_body_bytes = "abc": exit 2, no internal error."""
    env = {k: v for k, v in os.environ.items()}
    run = [sys.executable, "-m", "mw", "ask", "Who buys crime thrillers?"]
    res = subprocess.run(run, env={**env, "MW_NOW": "yesterday"}, capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and "MW_NOW" in res.stderr and "internal error" not in res.stderr, res.stderr
    (mw_home / "config.toml").write_text('recent_days = "x"\n')
    res = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and f"{mw_home / 'config.toml'}:1: recent_days" in res.stderr, res.stderr
    (mw_home / "config.toml").write_text('[serve]\nmax_body_bytes = "abc"\n')
    res = subprocess.run([sys.executable, "-m", "mw", "serve", "--port", "0"], env=env, capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 2 and f"{mw_home / 'config.toml'}:2: serve.max_body_bytes" in res.stderr, res.stderr


def test_pinned_clock_error_names_the_variable(monkeypatch):
    from mw import clock
    from mw.errors import ConfigError

    monkeypatch.setenv("MW_NOW", "yesterday")
    with pytest.raises(ConfigError, match="MW_NOW"):
        clock.now()


def test_file_values_are_typed_for_the_features_that_read_them(mw_home):
    (mw_home / "config.toml").write_text('recent_days = "90"\nsuggest_share_queries = "yes"\n'
                                         '[serve]\nmax_body_bytes = "1024"\n')
    s = config.get_settings()
    assert s.file["recent_days"] == 90 and s.file["suggest_share_queries"] is True
    assert s.section("serve")["max_body_bytes"] == 1024


@pytest.mark.parametrize("text,key,line", [
    ("recnt_days = 3\n", "recnt_days", 1),
    ("cache_ttl = 5\n\n[serve]\nthreads = 2\nmax_body = 10\n", "serve.max_body", 5),
    ("[metrcs]\nstale_after_hours = 2\n", "metrcs", 1),
    ('[llm.prices."my-model"]\ninput = 1\noutput = 2\ncached = 3\n', "llm.prices.my-model.cached", 4),
    ("now = \"2026-01-01T00:00:00Z\"\n", "now", 1),
])
def test_unknown_or_misplaced_key_names_key_file_and_line(mw_home, text, key, line):
    (mw_home / "config.toml").write_text(text)
    res = mw("limits", "--json")
    err = _assert_config_error(res, f"{mw_home / 'config.toml'}:{line}: {key}:")
    assert err["key"] == key and err["line"] == line


def test_unknown_key_suggests_the_close_one(mw_home):
    (mw_home / "config.toml").write_text("[serve]\nmax_body_byte = 10\n")
    res = mw("limits")
    assert res.exit_code == 2 and "Did you mean 'serve.max_body_bytes'?" in res.stderr


def test_owned_tables_are_left_to_their_feature(mw_home):
    (mw_home / "config.toml").write_text('[tiers.free]\ndaily = 5\nburst = 2\n[limits.statuses]\ntrial = "free"\n'
                                         '[llm.prices."m-1"]\ninput = 0.1\noutput = 0.2\n')
    s = config.get_settings()
    assert s.section("tiers", "free") == {"daily": 5, "burst": 2}
    assert s.section("llm", "prices", "m-1") == {"input": 0.1, "output": 0.2}


def test_not_valid_toml_names_the_file_and_line(mw_home):
    (mw_home / "config.toml").write_text("cache_ttl = 5\nthis is = not [ toml\n")
    res = mw("limits")
    assert res.exit_code == 2 and "not valid TOML" in res.stderr and "line 2" in res.stderr


# --- the two files -------------------------------------------------------------------------------
def _user_file() -> Path:
    p = config.user_config_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def test_user_file_is_read_and_the_data_directory_file_wins(mw_home, tmp_path, monkeypatch):
    assert config.user_config_path() == Path(os.environ["XDG_CONFIG_HOME"]) / "mandate-wizard" / "config.toml"
    _user_file().write_text("cache_ttl = 10\nllm_timeout = 3\n[serve]\nthreads = 4\nmax_body_bytes = 100\n")
    (mw_home / "config.toml").write_text("cache_ttl = 20\n[serve]\nthreads = 8\n")
    s = config.get_settings()
    assert s.cache_ttl == 20 and s.source("cache_ttl") == config.Source("file", str(mw_home / "config.toml"), 1)
    assert s.llm_timeout == 3.0 and s.source("llm_timeout").name == str(config.user_config_path())
    assert s.section("serve") == {"threads": 8, "max_body_bytes": 100}  # merged key by key
    assert s.source("serve.max_body_bytes") == config.Source("file", str(config.user_config_path()), 5)
    monkeypatch.setenv("MW_CACHE_TTL", "30")
    config.reset()
    s = config.get_settings()
    assert s.cache_ttl == 30 and str(s.source("cache_ttl")) == "env MW_CACHE_TTL"


def test_default_user_file_is_under_dot_config(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config.user_config_path() == tmp_path / ".config" / "mandate-wizard" / "config.toml"


def test_home_from_the_user_file_only(mw_home, tmp_path, monkeypatch):
    data = tmp_path / "elsewhere"
    _user_file().write_text(f'home = "{data}"\n')
    monkeypatch.delenv("MW_HOME")
    config.reset()
    assert config.get_settings().home == data
    assert str(config.get_settings().source("home")) == f"{config.user_config_path()}:1"
    (mw_home / "config.toml").write_text(f'home = "{data}"\n')
    monkeypatch.setenv("MW_HOME", str(mw_home))
    res = mw("limits")
    assert res.exit_code == 2 and "home: cannot be set in MW_HOME/config.toml" in res.stderr


def test_flags_win_and_are_named(mw_home, monkeypatch):
    monkeypatch.setenv("MW_STORE", str(mw_home / "from-env"))
    rows = {r["key"]: r for r in map(json.loads, mw("--store", str(mw_home / "st"), "config", "list",
                                                     "--json").stdout.splitlines())}
    assert rows["store"]["value"] == str(mw_home / "st")
    assert rows["store"]["source"] == {"kind": "flag", "name": "--store"}


def test_defaults_match_the_features_that_use_them():
    from mw.api import app
    from mw.ops import batched, metrics
    from mw.store.state import factory

    d = {k.name: k.default for k in config.KEYS}
    assert d["serve.max_body_bytes"] == app.DEFAULT_MAX_BODY
    assert d["serve.request_timeout"] == app.DEFAULT_TIMEOUT
    assert d["serve.threads"] == app.DEFAULT_THREADS
    assert d["serve.batch.max_batch"] == batched.DEFAULT_MAX_BATCH
    assert d["serve.batch.cache_wait_ms"] == batched.DEFAULT_CACHE_WAIT_MS
    assert d["serve.batch.embed_wait_ms"] == batched.DEFAULT_EMBED_WAIT_MS
    assert d["store_retry_seconds"] == factory.DEFAULT_RETRY_AFTER
    assert d["metrics.stale_after_hours"] * 3600 == metrics.stale_after_seconds(None)


# --- mw config -----------------------------------------------------------------------------------
def _rows(*args: str) -> dict[str, dict]:
    res = mw("config", "list", "--json", *args)
    assert res.exit_code == 0, res.stderr
    return {r["key"]: r for r in map(json.loads, res.stdout.splitlines())}


def test_list_every_setting_with_its_source(mw_home, monkeypatch):
    (mw_home / "config.toml").write_text("# mine\ncache_ttl = 60\n")
    monkeypatch.setenv("MW_LLM_TIMEOUT", "7")
    rows = _rows()
    assert set(rows) == {k.name for k in config.KEYS}
    assert rows["cache_ttl"]["value"] == 60
    assert rows["cache_ttl"]["source"] == {"kind": "file", "name": str(mw_home / "config.toml"), "line": 2}
    assert rows["llm_timeout"]["value"] == 7.0 and rows["llm_timeout"]["source"] == {"kind": "env",
                                                                                     "name": "MW_LLM_TIMEOUT"}
    assert rows["recent_days"]["source"] == {"kind": "default"} and rows["recent_days"]["value"] == 365
    plain = mw("config", "list").stdout.splitlines()
    assert plain[0] == "key\tvalue\tsource"
    assert f"cache_ttl\t60\t{mw_home / 'config.toml'}:2" in plain


def test_list_hides_secrets_and_url_passwords(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-verysecret")
    monkeypatch.setenv("MW_STORE", "redis://:hunter2@127.0.0.1:1/0")
    monkeypatch.setenv("MW_GRAPH_URL", "falkordb://db.example:6379?password=hunter2")
    res = mw("config", "list", "--json")
    assert "hunter2" not in res.stdout and "sk-verysecret" not in res.stdout
    rows = {r["key"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["store"]["value"] == "redis://:***@127.0.0.1:1/0"
    assert rows["openai_api_key"]["value"] == "*** (set)"
    assert "hunter2" not in mw("config", "get", "graph").stdout


def test_list_reports_problems_and_shows_the_rest(mw_home):
    (mw_home / "config.toml").write_text('cache_ttl = 60\nrecent_days = "x"\nbogus = 1\n')
    res = mw("config", "list", "--json")
    assert res.exit_code == 2
    rows = {r["key"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["cache_ttl"]["value"] == 60
    assert "recent_days" in rows["recent_days"]["problem"] and rows["recent_days"]["source"]["kind"] == "default"
    assert f"{mw_home / 'config.toml'}:3: bogus: unknown key" in res.stderr


def test_get(mw_home):
    (mw_home / "config.toml").write_text("[serve]\nthreads = 4\n")
    assert mw("config", "get", "serve.threads").stdout == "4\n"
    row = json.loads(mw("config", "get", "serve.threads", "--json").stdout)
    assert row["value"] == 4 and row["source"]["line"] == 2 and row["default"] == 32
    assert mw("config", "get", "graph").stdout == "\n"
    res = mw("config", "get", "serve.thread", "--json")
    assert res.exit_code == 2 and "Did you mean 'serve.threads'" in res.stderr
    assert json.loads(res.stdout)["error"] == "usage_error"


def test_set_writes_checks_and_keeps_comments(mw_home):
    path = mw_home / "config.toml"
    path.write_text("# my settings\n[serve]\nthreads = 4  # four\n")
    assert mw("config", "set", "cache_ttl", "600").exit_code == 0
    assert mw("config", "set", "serve.max_body_bytes", "131072").exit_code == 0
    assert mw("config", "set", "serve.batch.embed_wait_ms", "1.5").exit_code == 0
    assert mw("config", "set", "suggest_share_queries", "yes").exit_code == 0
    assert mw("config", "set", "semantic", "off").exit_code == 0
    text = path.read_text()
    assert "# my settings" in text and "threads = 4  # four" in text
    config.reset()
    s = config.get_settings()
    assert s.cache_ttl == 600 and s.section("serve") == {"threads": 4, "max_body_bytes": 131072,
                                                         "batch": {"embed_wait_ms": 1.5}}
    assert s.file["suggest_share_queries"] is True and s.file["semantic"] == "off"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    before = path.read_text()
    for args, needle in ((("serve.max_body_bytes", "abc"), "expected a whole number"),
                         (("cache_tll", "5"), "Did you mean 'cache_ttl'"),
                         (("now", "2026-01-01"), "environment variable MW_NOW"),
                         (("home", "/tmp/x"), "cannot be set in MW_HOME/config.toml"),
                         (("limits_fail_mode", "ajar"), "one of open, closed")):
        res = mw("config", "set", *args)
        assert res.exit_code == 2 and needle in res.stderr, (args, res.stderr)
    assert path.read_text() == before  # nothing written on a bad key or value


def test_set_global_and_unset(mw_home, monkeypatch):
    assert mw("config", "set", "--global", "llm_timeout", "9").exit_code == 0
    assert config.user_config_path().read_text() == "llm_timeout = 9.0\n"
    assert mw("config", "set", "llm_timeout", "4").exit_code == 0
    assert json.loads(mw("config", "get", "llm_timeout", "--json").stdout)["source"]["name"] == \
        str(mw_home / "config.toml")
    assert mw("config", "unset", "llm_timeout").exit_code == 0
    row = json.loads(mw("config", "get", "llm_timeout", "--json").stdout)
    assert row["value"] == 9.0 and row["source"]["name"] == str(config.user_config_path())
    monkeypatch.setenv("MW_LLM_TIMEOUT", "2")
    res = mw("config", "set", "llm_timeout", "5")
    assert res.exit_code == 0 and "taken from env MW_LLM_TIMEOUT" in res.stderr


def test_set_fixes_a_broken_file(mw_home):
    (mw_home / "config.toml").write_text('recent_days = "x"\n')
    assert mw("ask", "Who buys crime?").exit_code == 2
    assert mw("config", "set", "recent_days", "30").exit_code == 0
    assert mw("ask", "Who buys crime?").exit_code == 0


def test_path(mw_home):
    lines = mw("config", "path").stdout.splitlines()
    assert lines == [f"{config.user_config_path()}\tuser\tabsent", f"{mw_home / 'config.toml'}\tdata directory\tabsent"]
    rows = [json.loads(x) for x in mw("config", "path", "--json").stdout.splitlines()]
    assert rows[1] == {"path": str(mw_home / "config.toml"), "scope": "data directory", "exists": False}


def test_sample_question_still_answers_with_a_full_config(mw_home):
    """Every documented key together is a valid file."""
    (mw_home / "config.toml").write_text(
        'cache_ttl = 60\nrecent_days = 200\nhistory_answers = false\nsemantic = false\n'
        '[serve]\nmax_body_bytes = 65536\nrequest_timeout = 30\nthreads = 32\n'
        '[serve.batch]\nmax_batch = 32\ncache_wait_ms = 0\nembed_wait_ms = 2\n'
        '[metrics]\nstale_after_hours = 48\n[llm]\nhyde = true\n'
        '[tiers.free]\ndaily = 2\nburst = 1\n[refresh]\nretries = 1\n')
    res = mw("kb", "import", str(DATA / "mini.jsonl"))
    assert res.exit_code == 0, res.stderr
    assert mw("ask", "Who buys crime?").exit_code == 0


def test_list_also_checks_the_tables_features_own(mw_home):
    (mw_home / "config.toml").write_text("cache_ttl = 5\n[tiers.free]\ndaily = -1\n")
    res = mw("config", "list")
    assert res.exit_code == 2 and "[tiers.free] daily" in res.stderr
    (mw_home / "config.toml").write_text("[refresh]\nretries = 1\nbogus = 2\n")
    res = mw("config", "list")
    assert res.exit_code == 2 and "bogus" in res.stderr


def test_where_names_the_file_that_defines_a_key(mw_home):
    config.user_config_path().parent.mkdir(parents=True)
    config.user_config_path().write_text("cache_ttl = 1\n\n[refresh]\nretries = 2\n")
    (mw_home / "config.toml").write_text("cache_ttl = 2\n")
    s = config.get_settings()
    assert s.where("refresh", "retries") == f"{config.user_config_path()}:4"
    assert s.where("cache_ttl") == f"{mw_home / 'config.toml'}:1"
    assert s.where("tiers") == str(mw_home / "config.toml")


def test_set_never_echoes_a_secret(mw_home):
    res = mw("config", "set", "store", "redis://:hunter2@127.0.0.1:1/0")
    assert res.exit_code == 0 and "hunter2" not in res.stderr + res.stdout and ":***@" in res.stderr
    res = mw("config", "set", "openai_api_key", "sk-verysecret")
    assert res.exit_code == 0 and "sk-verysecret" not in res.stderr + res.stdout
    assert 'openai_api_key = "sk-verysecret"' in (mw_home / "config.toml").read_text()
