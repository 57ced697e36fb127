"""scripts/arrival_eval.py scores a development set with the extractor of the commit before the set arrived."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ROWS = [
    {"id": "a1", "headline": "HBO Renews \u2018Succession\u2019 For Season 4", "pairs": [{"buyer": "HBO", "title": "Succession"}]},
    {"id": "a2", "headline": "\u2018Dune: Part Two\u2019 Trailer Drops", "pairs": [], "note": "trailer"},
    # labelled with another title on purpose: the extractor's pair is wrong and the label is missed
    {"id": "a3", "headline": "Netflix Orders \u2018Night Harbor\u2019", "pairs": [{"buyer": "Netflix", "title": "Day Harbor"}]},
]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo, check=True,
                   capture_output=True)


def _commit(repo: Path, message: str) -> None:
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_each_file_is_scored_by_the_extractor_it_arrived_to(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "README.md").write_text("history\n")
    _commit(repo, "start")
    _write(repo / "tests" / "data" / "headlines_dev_old.jsonl", ROWS[:1])
    _commit(repo, "a set from before the extractor")
    shutil.copytree(ROOT / "mw", repo / "mw", ignore=shutil.ignore_patterns("__pycache__"))
    _commit(repo, "the extractor")
    _write(repo / "tests" / "data" / "headlines_dev_new.jsonl", ROWS)
    _commit(repo, "a set that arrives to it")
    # later tuning that the scores must not see: this extractor finds nothing at all
    with (repo / "mw" / "ingest" / "headlines.py").open("a", encoding="utf-8") as f:
        f.write("\n\ndef extract_greenlight(headline, **kw):\n    return Extraction(headline=headline, reason='off')\n")
    _commit(repo, "later tuning")

    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "arrival_eval.py"), "--repo", str(repo), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    out = {r["file"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert "no extractor" in out["tests/data/headlines_dev_old.jsonl"]["skipped"]
    new = out["tests/data/headlines_dev_new.jsonl"]
    assert (new["labelled_pairs"], new["predicted_pairs"], new["correct"]) == (2, 2, 1)
    assert new["precision"] == 0.5 and new["recall"] == 0.5
    assert new["classes"] == {"quoted title, no description|correct": 1, "quoted title, no description|wrong": 1}
    assert out["pooled"]["files"] == 1 and out["pooled"]["correct"] == 1

    text = subprocess.run([sys.executable, str(ROOT / "scripts" / "arrival_eval.py"), "--repo", str(repo),
                           "--by-class"], capture_output=True, text=True, timeout=120).stdout
    assert "pooled over 1 files: 2 labelled pairs, 2 predicted, 1 correct: precision 50.0%, recall 50.0%" in text
    assert "quoted title, no description: 1 correct, 1 wrong, precision 50.0%" in text
