"""Running the `mw` CLI in tests: in-process (CliRunner) and as a real subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def mw(*args: str, input: str | None = None, env: dict[str, str] | None = None):
    """Invoke `mw ARGS` in-process; returns typer's Result (exit_code, stdout, stderr)."""
    from mw import config
    from mw.cli import app
    from mw.commands import _render
    from mw.store import kb as kbmod

    config.reset()
    kbmod.reset_open()
    _render.set_json(False)
    return CliRunner().invoke(app, list(args), input=input, env=env, catch_exceptions=False)


def mw_json(*args: str, input: str | None = None) -> Any:
    res = mw(*args, "--json", input=input)
    assert res.exit_code == 0, res.stdout + res.stderr
    return json.loads(res.stdout)


def mw_jsonl(*args: str, input: str | None = None) -> list[Any]:
    res = mw(*args, "--json", input=input)
    assert res.exit_code == 0, res.stdout + res.stderr
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def mw_proc(*args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 60):
    """Run `python -m mw ARGS` as a real process with the current environment (+ env)."""
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "mw", *args], input=input, capture_output=True, text=True,
                          env=e, timeout=timeout, cwd=str(ROOT))
