#!/usr/bin/env python3
"""Score each development set of headlines with the extractor as it was when that set arrived.

    .venv/bin/python scripts/arrival_eval.py                     # every tests/data/headlines_dev*.jsonl
    .venv/bin/python scripts/arrival_eval.py tests/data/headlines_dev12.jsonl --by-class
    .venv/bin/python scripts/arrival_eval.py --json

A development set is tuned on, so the extractor's score on it today says little about headlines it
has never seen. But every set was committed before anyone tuned on it, and git keeps the extractor
of that moment. This script takes, for each file, the commit that first added it, checks out the
parent commit's ``mw`` package into a temporary folder (``git archive``), runs that extractor on
the whole file in a subprocess, and scores it the way ``scripts/eval_headlines.py`` does. Rows a
file gained in later commits are scored with the same (older) extractor, which never saw them
either, so the estimate errs on the low side.

The pooled score is an estimate of precision and recall on unseen trade copy that uses no held-out
set. ``--by-class`` splits the pooled predictions by how the title appears in the headline
(quoted or not) and whether the item's description repeats it, which is where precision differs.
Files added before the extractor existed at ``mw/ingest/headlines.py`` are listed and skipped.

Needs a git checkout with history (a clean clone has it); reads nothing but git and the files.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_headlines import ROOT, norm_buyer, norm_title  # noqa: E402

_RUNNER = """
import json, sys
from mw.ingest.headlines import extract_greenlight
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        ex = extract_greenlight(r["headline"], summary=r.get("description", ""))
        out.append([[g["buyer"], g["title"]] for g in ex.records])
print(json.dumps(out))
"""


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout.strip()


def arrival_commit(root: Path, path: Path) -> str | None:
    """The commit before the one that first added ``path`` (None when git does not know the file)."""
    added = _git(root, "log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(root))).split()
    return _git(root, "rev-parse", added[-1] + "^") if added else None


def predictions_at(root: Path, commit: str, path: Path) -> list[list[list[str]]] | None:
    """Each row's (buyer, title) pairs as the extractor of ``commit`` reads them; None without an extractor."""
    if subprocess.run(["git", "cat-file", "-e", f"{commit}:mw/ingest/headlines.py"], cwd=root,
                      capture_output=True).returncode:
        return None
    with tempfile.TemporaryDirectory(prefix="mw-arrival-") as tmp:
        archive = subprocess.run(["git", "archive", commit, "mw"], cwd=root, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        res = subprocess.run([sys.executable, "-c", _RUNNER, str(path)], cwd=tmp, capture_output=True, text=True,
                             env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin", "HOME": tmp, "MW_HOME": tmp})
        if res.returncode:
            raise RuntimeError(f"the extractor of {commit[:10]} failed on {path.name}: {res.stderr.strip()[-300:]}")
        return json.loads(res.stdout)


def _class(row: dict[str, Any], title: str) -> str:
    h = norm_title(row["headline"])
    t = norm_title(title)
    raw = row["headline"]
    quoted = any(q + title + c in raw for q, c in (("'", "'"), ("\u2018", "\u2019"), ('"', '"'), ("\u201c", "\u201d")))
    desc = row.get("description") or ""
    named = "no description" if not desc else ("description names it" if t and t in norm_title(desc) else
                                               "description silent")
    return f"{'quoted' if quoted else 'unquoted'} title, {named}" if t in h else "title not in headline"


def score_file(root: Path, path: Path) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    commit = arrival_commit(root, path)
    preds = predictions_at(root, commit, path) if commit else None
    out: dict[str, Any] = {"file": str(path.relative_to(root)), "arrival_commit": commit[:10] if commit else None,
                           "headlines": len(rows)}
    if preds is None:
        out["skipped"] = "no extractor at mw/ingest/headlines.py when the file arrived" if commit else "not in git"
        return out
    tp = fp = fn = 0
    classes: Counter[tuple[str, bool]] = Counter()
    for row, pairs in zip(rows, preds):
        left = [(norm_buyer(p["buyer"]), norm_title(p["title"])) for p in row.get("pairs", [])]
        for b, t in pairs:
            key = (norm_buyer(b), norm_title(t))
            ok = key in left
            if ok:
                left.remove(key)
            tp, fp = tp + ok, fp + (not ok)
            classes[(_class(row, t), ok)] += 1
        fn += len(left)
    out.update(labelled_pairs=tp + fn, predicted_pairs=tp + fp, correct=tp,
               precision=round(tp / (tp + fp), 4) if tp + fp else 1.0,
               recall=round(tp / (tp + fn), 4) if tp + fn else 1.0,
               classes={f"{c}|{'correct' if ok else 'wrong'}": n for (c, ok), n in sorted(classes.items())})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repo", type=Path, default=ROOT, help="the git checkout (default: this one)")
    ap.add_argument("--by-class", action="store_true", help="pooled precision by how the title appears")
    ap.add_argument("--json", action="store_true", help="one JSON object per file, then the pooled one")
    args = ap.parse_args(argv)
    root = args.repo.resolve()
    files = [p.resolve() for p in args.files] or sorted((root / "tests" / "data").glob("headlines_dev*.jsonl"))
    results = [score_file(root, p) for p in files]
    scored = [r for r in results if "skipped" not in r]
    tp = sum(r["correct"] for r in scored)
    pred = sum(r["predicted_pairs"] for r in scored)
    gold = sum(r["labelled_pairs"] for r in scored)
    pooled: dict[str, Any] = {"file": "pooled", "files": len(scored), "labelled_pairs": gold, "predicted_pairs": pred,
                              "correct": tp, "precision": round(tp / pred, 4) if pred else 1.0,
                              "recall": round(tp / gold, 4) if gold else 1.0}
    classes: Counter[str] = Counter()
    for r in scored:
        classes.update(r["classes"])
    pooled["classes"] = dict(sorted(classes.items()))
    if args.json:
        for r in [*results, pooled]:
            print(json.dumps(r))
        return 0
    for r in results:
        if "skipped" in r:
            print(f"{r['file']}: skipped ({r['skipped']})")
            continue
        print(f"{r['file']} at {r['arrival_commit']}: {r['headlines']} headlines, {r['labelled_pairs']} labelled pairs, "
              f"{r['predicted_pairs']} predicted, {r['correct']} correct: precision {r['precision']:.1%}, "
              f"recall {r['recall']:.1%}")
    print(f"pooled over {len(scored)} files: {gold} labelled pairs, {pred} predicted, {tp} correct: "
          f"precision {pooled['precision']:.1%}, recall {pooled['recall']:.1%}")
    if args.by_class:
        names = sorted({k.rsplit("|", 1)[0] for k in classes})
        for n in names:
            ok, bad = classes.get(f"{n}|correct", 0), classes.get(f"{n}|wrong", 0)
            print(f"  {n}: {ok} correct, {bad} wrong, precision {ok / (ok + bad):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
