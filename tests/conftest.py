"""Fixtures for the whole test suite.

- ``_isolated_home`` (autouse): every test gets its own ``MW_HOME`` under
  ``tmp_path`` (and an empty ``XDG_CONFIG_HOME``); ``REDIS_URL``, ``MW_STORE`` and every other ``MW_*`` variable
  are removed; settings and opened stores are reset before and after.
- ``mw_home``: that directory (a :class:`pathlib.Path`).
- ``redis_server`` (session): a real ``redis-server`` on a free loopback port,
  yields its URL ``redis://127.0.0.1:N/0``; skipped only when the binary is missing.
- ``redis_url``: the same URL with the database flushed for this test.
- ``store``: parametrised over ``["disk", "redis"]``; configures the process
  for that backend (``MW_STORE`` set to the Redis URL for "redis") and yields
  ``open_state()``, so code under test that calls ``open_state()`` itself gets
  the very same store. Fails the test if the Redis store fell back to disk.
- ``store_backend``: the backend name of the current ``store`` parameter.

Helpers for more Redis servers (multi-host, outage tests) live in
``tests/helpers.py``: ``start_redis_server(port=None) -> (proc, url)``,
``stop_redis_server(proc)``, ``free_port()``, ``run_workers(...)``.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import (  # noqa: E402
    REDIS_SERVER,
    flush_redis,
    start_redis_server,
    stop_redis_server,
)

from mw import config  # noqa: E402
from mw.store.state.factory import open_state, reset_stores  # noqa: E402

__all__ = ["start_redis_server", "stop_redis_server"]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path / "mw-home"
    home.mkdir()
    for name in list(os.environ):
        if name.startswith("MW_"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("MW_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))  # never the runner's own config
    # Dense retrieval is tested in tests/test_semantic.py (which turns it on); elsewhere it would
    # only add model loading to every import and subprocess.
    monkeypatch.setenv("MW_SEMANTIC", "off")
    config.reset()
    reset_stores()
    _clear_recorder()  # in-process metrics/events of one test must not flush into the next one's store
    yield home
    _clear_recorder()  # nor flush at exit, after MW_HOME is restored, into the home of whoever runs the tests
    reset_stores()
    _reset_vectors()
    config.reset()


def _clear_recorder() -> None:
    from mw.ops import metrics

    metrics.RECORDER.clear()


def _reset_vectors() -> None:
    from mw.store.vectors import factory as vectors

    vectors.reset_open()


@pytest.fixture
def mw_home(_isolated_home: Path) -> Path:
    """This test's ``MW_HOME``."""
    return _isolated_home


@pytest.fixture(scope="session")
def redis_server():
    """URL of a session-wide real redis-server (``redis://127.0.0.1:N/0``)."""
    if not os.path.exists(REDIS_SERVER):
        pytest.skip(f"redis-server not installed ({REDIS_SERVER} missing): apt-get install redis-server")
    proc, url = start_redis_server()
    try:
        yield url
    finally:
        stop_redis_server(proc, kill=False)


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The session Redis, flushed for this test."""
    flush_redis(redis_server)
    return redis_server


@pytest.fixture(params=["disk", "redis"])
def store_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``"disk"`` or ``"redis"``; for redis, ``MW_STORE`` points at a flushed Redis."""
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        monkeypatch.setenv("MW_STORE", url)
        config.reset()
        reset_stores()
    return request.param


@pytest.fixture
def store(store_backend: str):
    """``open_state()`` for the current backend (see the module docstring)."""
    s = open_state()
    assert s.backend == store_backend
    assert s.degraded is None, s.degraded
    yield s
    assert s.degraded is None, f"the store fell back to local state during the test: {s.degraded}"
