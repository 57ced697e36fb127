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


def test_eval_on_the_dev_set_and_summary_hides_questions():
    dev = ROOT / "tests/eval/dev"
    out = _run("--kb", str(dev / "dev_kb.jsonl"), "--questions", str(dev / "dev_questions.jsonl"), "--summary")
    assert "answers naming a person or title not in the KB: 0" in out
    assert "failed checks:" in out and "Korean" not in out and "PASS" not in out


def test_eval_with_dense_retrieval_on_another_kb():
    import importlib.util

    import pytest

    if importlib.util.find_spec("numpy") is None or importlib.util.find_spec("tokenizers") is None:
        pytest.skip("the semantic extra is not installed")
    out = _run("--semantic", "--kb", str(ROOT / "tests/data/mini.jsonl"),
               "--questions", str(ROOT / "tests/eval/mini_questions.jsonl"))
    assert "score:" in out
