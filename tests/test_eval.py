"""The evaluation set: `scripts/eval.py` scores >= 90% on the sample KB and runs on another KB."""
from __future__ import annotations

import subprocess
import sys

from cli_util import ROOT


def _run(*args: str) -> str:
    res = subprocess.run([sys.executable, str(ROOT / "scripts/eval.py"), "--min-score", "0.9", *args],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    return res.stdout


def test_eval_on_sample_scores_at_least_90_percent():
    out = _run()
    n = sum(1 for line in (ROOT / "tests/eval/sample_questions.jsonl").read_text().splitlines() if line.strip())
    assert n >= 30
    assert "score:" in out


def test_eval_on_another_kb():
    out = _run("--kb", str(ROOT / "tests/data/mini.jsonl"), "--questions", str(ROOT / "tests/eval/mini_questions.jsonl"))
    assert "score:" in out


def test_eval_fails_a_wrong_expectation(tmp_path):
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"q": "Who should I pitch a British crime thriller to?", "intent": "FACTUAL", '
                     '"top1": "tomasz-wren"}\n')
    res = subprocess.run([sys.executable, str(ROOT / "scripts/eval.py"), "--min-score", "0.9", "--kb",
                          str(ROOT / "tests/data/mini.jsonl"), "--questions", str(wrong)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "FAIL" in res.stdout
