#!/usr/bin/env python3
"""The embedding vocabulary mapping (mw.ask.vocabulary.map_unknown): its precision on labelled word -> tag
lists, and what it adds to `mw ask`.

    .venv/bin/python benchmarks/bench_vocab_map.py              # precision + latency
    .venv/bin/python benchmarks/bench_vocab_map.py --precision  # precision only
    .venv/bin/python benchmarks/bench_vocab_map.py --latency    # latency only

Precision: each list (tests/data/vocab_mapping_dev.jsonl, the one the rule was chosen on;
vocab_mapping_holdout.jsonl, looked at once while choosing genre-only targets; vocab_mapping_holdout2.jsonl,
written before the rule was scored) is scored against the genre tags of three knowledge bases (the sample,
tests/eval/dev, tests/eval/dev/real_shape). A word whose acceptable tags are all absent from a KB is not
scored there; a word with no acceptable tag must map to nothing. precision = right mappings / mappings,
recall = right mappings / scorable words with a tag.

Latency (the baseline is measured in the same run): in-process parse of a question with no unknown word
(the model is never loaded), of one with unknown words (model warm, tag vectors in memory), and fresh
`mw ask` processes: with the semantic extra turned off, on with a question of known words only, and on with
an unknown word, before (cold: tag vectors embedded and written under MW_HOME/cache) and after (cached).

Measured 2026-11-30 on the shared 2-core machine (other sessions running), --reps 5:
  dev list precision 0.939 (46/49), recall 0.35; held-out 1 precision 0.972 (35/36), recall 0.35;
  held-out 2 precision 1.000 (53/53), recall 0.45.
  in-process parse: known words 0.30 ms, unknown words 14.1 ms (+13.8 ms); the first unknown-word question
  of a process 549 ms. Fresh `mw ask`: semantic off 205 ms; on, known words 212 ms (+7); on, unknown word
  415 ms (+210, tag vectors cached); first time for a KB version 866 ms (+661).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LISTS = ["vocab_mapping_dev.jsonl", "vocab_mapping_holdout.jsonl", "vocab_mapping_holdout2.jsonl"]
KBS = {"sample": None, "dev": ROOT / "tests/eval/dev/dev_kb.jsonl",
       "real_shape": ROOT / "tests/eval/dev/real_shape/real_shape_kb.jsonl"}


def _open(path: Path | None):
    os.environ["MW_HOME"] = tempfile.mkdtemp(prefix="mw-bench-vocab-")
    from mw import config
    from mw.ingest.importer import import_files
    from mw.ingest.sample import open_kb
    from mw.store import kb as kbmod

    config.reset()
    kbmod.reset_open()
    kb = open_kb()
    if path is not None:
        import_files(kb, [str(path)], replace=True)
    kb.ensure_data()
    return kb


def precision() -> None:
    from mw.ask import vocabulary
    from mw.ask.intent import _QUESTION_WORDS
    from mw.index.embed import get_embedder

    lists = {name: [json.loads(line) for line in (ROOT / "tests/data" / name).read_text().splitlines() if line.strip()]
             for name in LISTS}
    totals = {name: [0, 0, 0, 0, 0] for name in LISTS}  # mapped, right, negatives mapped, scorable positives, words
    for kb_name, path in KBS.items():
        kb = _open(path)
        voc = vocabulary.Vocabulary(kb.tags())
        space = vocabulary.tag_space(kb, voc, _QUESTION_WORDS)
        have = {t for _, t in space.tags}
        for name, rows in lists.items():
            vecs = get_embedder().embed([r["word"] for r in rows])
            for r, (hit, cos) in zip(rows, space.nearest(vecs)):
                acc = set(r["tags"]) & have
                if r["tags"] and not acc:
                    continue
                t = totals[name]
                t[4] += 1
                t[3] += bool(acc)
                if hit is not None:
                    t[0] += 1
                    t[1] += hit[1] in acc
                    t[2] += not r["tags"]
                    if hit[1] not in acc:
                        print(f"  [{kb_name}] {name}: {r['word']!r} -> {hit[1]} ({cos:.2f}); acceptable: {sorted(acc) or 'none'}")
    print(f"rule: cosine >= {vocabulary.MAP_MIN_COSINE}, >= {vocabulary.MAP_MIN_MARGIN} above the second tag, "
          f">= {vocabulary.MAP_MIN_OVER_GENERIC} above the nearest generic word; targets: {vocabulary.MAP_KINDS}")
    for name, (mapped, right, neg, pos, words) in totals.items():
        print(f"{name}: {words} scored word-KB pairs, mapped {mapped}, right {right}, negatives mapped {neg}, "
              f"precision {right / max(mapped, 1):.3f}, recall {right / max(pos, 1):.3f}")


def _ms(f, reps: int) -> float:
    xs = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        xs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(xs)


def latency(reps: int) -> None:
    kb = _open(None)
    from mw.ask import intent

    known = "Who should I pitch a crime thriller to?"
    unknown = "Who wants spooky mobster stories?"
    t0 = time.perf_counter()
    intent.parse(unknown, kb)
    first = (time.perf_counter() - t0) * 1000
    base = _ms(lambda: intent.parse(known, kb), reps)
    warm = _ms(lambda: intent.parse(unknown, kb), reps)
    print(f"in-process parse, median of {reps}: known words {base:.2f} ms (baseline); unknown words {warm:.2f} ms "
          f"(+{warm - base:.2f} ms); first unknown-word question in the process {first:.0f} ms "
          "(model load + tag vectors)")
    mw = [sys.executable, "-m", "mw"]
    home = tempfile.mkdtemp(prefix="mw-bench-vocab-proc-")
    env = {**os.environ, "MW_HOME": home, "MW_NOW": "2026-11-24T12:00:00Z"}
    subprocess.run(mw + ["ask", known], env={**env, "MW_SEMANTIC": "off"}, capture_output=True, check=True)

    def proc(q: str, semantic: str) -> float:
        t0 = time.perf_counter()
        subprocess.run(mw + ["ask", q, "--no-cache"], env={**env, "MW_SEMANTIC": semantic}, capture_output=True,
                       check=True)
        return (time.perf_counter() - t0) * 1000

    off = statistics.median(proc(unknown, "off") for _ in range(reps))
    on_known = statistics.median(proc(known, "auto") for _ in range(reps))
    for f in Path(home, "cache").glob("vocab-map-*.npy"):
        f.unlink()
    cold = proc(unknown, "auto")
    cached = statistics.median(proc(unknown, "auto") for _ in range(reps))
    print(f"fresh `mw ask` process, median of {reps}: semantic off {off:.0f} ms (baseline); on, known words "
          f"{on_known:.0f} ms (+{on_known - off:.0f}); on, unknown word, tag vectors cached {cached:.0f} ms "
          f"(+{cached - off:.0f}); first time for a KB version (tag vectors embedded and cached) {cold:.0f} ms "
          f"(+{cold - off:.0f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--precision", action="store_true")
    ap.add_argument("--latency", action="store_true")
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
    from mw.index.embed import semantic_available

    if not semantic_available():
        print("the semantic extra is not installed: nothing to measure")
        return 1
    os.environ.pop("MW_SEMANTIC", None)
    if a.precision or not a.latency:
        precision()
    if a.latency or not a.precision:
        latency(a.reps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
