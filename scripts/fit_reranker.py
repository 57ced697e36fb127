#!/usr/bin/env python3
"""Fit the reranker's soft-preference weights on the development sets, with leave-one-set-out CV.

    python scripts/fit_reranker.py                     # collect (lexical and, where installed, dense), CV, fit
    python scripts/fit_reranker.py --cache /tmp/rr     # keep the collected candidates; a rerun reuses them
    python scripts/fit_reranker.py --modes lexical     # lexical retrieval only (no semantic extra)

What it does:

1. Collect. For every question of a development set that expects a first executive (``top1``) or one of
   a few in the top three (``top3_any``), it asks ``mw`` exactly as ``scripts/eval.py`` does (a fresh
   ``MW_HOME`` per set, the KB imported, ``--semantic`` embedding it first) and keeps what the reranker
   saw: :class:`mw.ask.retrieval.RerankCase` through the ``on_rerank`` hook, i.e. every candidate's
   features, constraint tiers and evidence. One subprocess per set and retrieval mode.
2. Fit. Pairwise logistic regression (RankNet) on (expected, other) pairs of candidates in the same
   constraint tier (a pair across tiers is decided before any weight counts), each question weighing
   the same, with L2 regularisation towards the hand weights and weights kept >= 0; the strength is
   chosen by an inner leave-one-set-out CV on the training sets. The fitted vector is scaled to the
   hand weights' sum, so the named-executive bonus and the pre-score keep their meaning.
3. Score. Leave-one-set-out CV: fit on all sets but one, score the one left out by replaying the rerank
   and the adaptive top-k (:meth:`RerankCase.choose`), for each set and mode; the hand weights are
   scored the same way. Only soft weights are fitted: constraints, relevance and place tiers, the
   named bonus and the evidence-keeping cut are replayed as they are.
4. Print the CV table and the weights fitted on every set, as the ``WEIGHTS`` literal for
   ``mw/ask/retrieval.py``.

Numpy is needed here only; ``mw ask`` reads the committed constants. Held-out sets are never read.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT / "tests/eval/dev"
# (name, KB file or None for the shipped sample, questions); development data only.
DEV_SETS: list[tuple[str, Path | None, Path]] = [
    ("sample", None, ROOT / "tests/eval/sample_questions.jsonl"),
    ("dev", DEV / "dev_kb.jsonl", DEV / "dev_questions.jsonl"),
    ("probes", None, DEV / "probes.jsonl"),
    ("real_shape", DEV / "real_shape/real_shape_kb.jsonl", DEV / "real_shape/real_shape_questions.jsonl"),
    ("probes_real_shape", DEV / "real_shape/real_shape_kb.jsonl", DEV / "probes_real_shape.jsonl"),
    ("dev4", DEV / "dev4/kb.jsonl", DEV / "dev4/questions.jsonl"),
    ("dev4_sample", None, DEV / "dev4/questions_sample.jsonl"),
]
NOW = "2026-11-24T12:00:00Z"  # the date scripts/eval.py asks on


def dev_sets() -> list[tuple[str, Path | None, Path]]:
    """The fixed sets, plus every tests/eval/dev/dev5*/ set that has a kb.jsonl and questions*.jsonl."""
    out = [s for s in DEV_SETS if s[2].exists()]
    for d in sorted(DEV.glob("dev[5-9]*")):
        kb = d / "kb.jsonl"
        for q in sorted(d.glob("questions*.jsonl")):
            sample = "sample" in q.stem
            out.append((f"{d.name}{q.stem.removeprefix('questions')}", None if sample else kb, q))
    return out


# --- collect (runs in a subprocess per set and mode) ------------------------------------------------


def collect(kb_path: str | None, questions: str, semantic: bool) -> None:
    home = tempfile.mkdtemp(prefix="mw-fit-")
    os.environ["MW_HOME"] = home
    os.environ["MW_NOW"] = NOW
    os.environ.pop("REDIS_URL", None)
    os.environ.pop("OPENAI_API_KEY", None)
    os.environ["MW_SEMANTIC"] = "on" if semantic else "off"
    from mw import config
    from mw.ask.asker import Asker, AskOptions
    from mw.ingest.importer import import_files
    from mw.ingest.sample import open_kb

    config.reset()
    kb = open_kb()
    if kb_path:
        import_files(kb, [kb_path], replace=True)
    kb.ensure_data()
    vectors = None
    if semantic:
        from mw.index.dense import dense_status, reindex

        reindex(kb)
        vectors, note = dense_status(config.get_settings(), kb)
        if vectors is None:
            raise SystemExit(f"dense retrieval is off: {note}")
    asker = Asker(config.get_settings(), kb, state=None, vectors=vectors)

    class Seen:
        case = None

        def on_rerank(self, case):  # noqa: ANN001 - the hook's RerankCase
            self.case = case

    for line in Path(questions).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        if "top1" not in q and "top3_any" not in q:
            continue
        seen = Seen()
        ans = asker.answer(q["q"], AskOptions(no_cache=True), observer=seen)
        row = {"q": q["q"], "top1": q.get("top1"), "top3_any": q.get("top3_any"),
               "intent_ok": ans["intent"] == q["intent"], "answered": [e["id"] for e in ans["executives"]],
               "case": None}
        c = seen.case
        if c is not None:
            row["case"] = {"k_max": c.k_max, "top_k": c.top_k, "fixed": c.fixed,
                           "candidates": [{"id": x.id, "name": x.name, "f": x.features, "named": x.named,
                                           "tier": list(x.tier), "evidence": x.evidence, "signals": x.signals}
                                          for x in c.candidates]}
            from mw.ask.retrieval import WEIGHTS
            replay = [x.id for x in c.choose(WEIGHTS)]
            # The composer lists what retrieval chose (some intents only the first three), or nobody (a name
            # it cannot find, a title with no executive on record): then the weights cannot change the
            # answer and the case is kept fixed.
            n = len(row["answered"])
            row["replays"] = n > 0 and replay[:n] == row["answered"]
            row["shown"] = n
            if n and not row["replays"]:
                raise SystemExit(f"replay differs from the answer for {q['q']!r}: {replay} != {row['answered']}")
        print(json.dumps(row))


def gather(cache: Path, modes: list[str], refresh: bool) -> dict[tuple[str, str], list[dict]]:
    data: dict[tuple[str, str], list[dict]] = {}
    cache.mkdir(parents=True, exist_ok=True)
    for name, kb, qs in dev_sets():
        for mode in modes:
            f = cache / f"{name}.{mode}.jsonl"
            if refresh or not f.exists():
                cmd = [sys.executable, __file__, "--collect", str(qs), "--mode", mode]
                if kb:
                    cmd += ["--kb", str(kb)]
                print(f"collecting {name} ({mode})", file=sys.stderr)
                out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
                f.write_text(out, encoding="utf-8")
            data[(name, mode)] = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    return data


# --- fit and score ----------------------------------------------------------------------------------


class Question:
    """One expectation over one collected case: which candidates must come first (or in the top three)."""

    def __init__(self, row: dict, set_name: str, mode: str) -> None:
        from mw.ask.retrieval import Candidate, RerankCase

        self.set, self.mode, self.q = set_name, mode, row["q"]
        self.top1 = row.get("top1")
        self.want = {self.top1} if self.top1 else set(row.get("top3_any") or [])
        self.case = None
        self.fixed: bool | None = None
        c = row.get("case")
        if c is None or not row.get("replays"):
            self.fixed = self.hit(row["answered"])  # the weights cannot change this answer
            return
        cands = [Candidate(x["id"], x["name"], x["f"], x["named"], tuple(x["tier"]), x["evidence"], x["signals"])
                 for x in c["candidates"]]
        self.case = RerankCase(cands, c["k_max"], c["top_k"], c["fixed"])
        self.shown = row.get("shown") or len(row["answered"])

    def hit(self, ids: list[str]) -> bool:
        return bool(ids) and (ids[0] == self.top1 if self.top1 else bool(self.want & set(ids[:3])))

    def correct(self, weights: dict[str, float]) -> bool:
        if self.fixed is not None:
            return self.fixed
        return self.hit([c.id for c in self.case.choose(weights)][: self.shown])

    def pairs(self, features: list[str]) -> list[list[float]]:
        """Feature differences (expected - other) for the pairs the weights decide."""
        if self.case is None:
            return []
        cands = self.case.candidates
        wanted = [c for c in cands if c.id in self.want]
        if not wanted:
            return []
        best = min(c.tier for c in wanted)
        ahead = [c for c in cands if c.tier < best]
        if len(ahead) >= (1 if self.top1 else 3):
            return []  # decided by constraints, whatever the weights
        out = []
        for e in (c for c in wanted if c.tier == best):
            for o in cands:
                if o.tier == best and o.id not in self.want and o.named == e.named:
                    out.append([value(e, f) - value(o, f) for f in features])
        return out


def value(c, name: str) -> float:  # noqa: ANN001 - a Candidate
    return c.features.get(name, c.signals.get(name, 0.0))


def load(data: dict[tuple[str, str], list[dict]]) -> list[Question]:
    return [Question(row, name, mode) for (name, mode), rows in data.items() for row in rows]


def fit(qs: list[Question], features: list[str], prior: dict[str, float], lam: float) -> dict[str, float]:
    """Pairwise logistic regression (RankNet) with L2 towards ``prior``; weights >= 0; each question
    weighs the same (its pairs share its weight)."""
    import numpy as np

    rows, wts = [], []
    n = 0
    for q in qs:
        p = q.pairs(features)
        if p:
            n += 1
            rows.extend(p)
            wts.extend([1.0 / len(p)] * len(p))
    w0 = np.array([prior.get(f, 0.0) for f in features])
    if not rows:
        return dict(zip(features, w0.tolist()))
    d = np.array(rows)
    sw = np.array(wts) / n
    w = w0.copy()
    lr = 0.5
    for _ in range(3000):
        m = d @ w
        g = -(d * (sw / (1.0 + np.exp(np.clip(m, -50, 50))))[:, None]).sum(0) + 2 * lam * (w - w0)
        w = np.maximum(w - lr * g, 0.0)
    return dict(zip(features, (float(x) for x in w)))


def accuracy(qs: list[Question], weights: dict[str, float]) -> int:
    return sum(q.correct(weights) for q in qs)


LAMBDAS = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1]


def choose_lambda(qs: list[Question], features: list[str], prior: dict[str, float]) -> float:
    """The regularisation whose leave-one-set-out accuracy over ``qs`` is best (ties: the stronger)."""
    sets = sorted({q.set for q in qs})
    best, best_acc = LAMBDAS[-1], -1
    for lam in reversed(LAMBDAS):
        acc = 0
        for s in sets:
            w = fit([q for q in qs if q.set != s], features, prior, lam)
            acc += accuracy([q for q in qs if q.set == s], w)
        if acc > best_acc:
            best, best_acc = lam, acc
    return best


def report(data: dict[tuple[str, str], list[dict]], features: list[str]) -> dict[str, float]:
    from mw.ask.retrieval import WEIGHTS

    qs = load(data)
    prior = dict(WEIGHTS)
    sets = list(dict.fromkeys(q.set for q in qs))
    modes = list(dict.fromkeys(q.mode for q in qs))
    cv: dict[str, dict[str, float]] = {}
    lams = {}
    for s in sets:  # outer leave-one-set-out; the inner one picks lambda on the training sets alone
        train = [q for q in qs if q.set != s]
        lams[s] = choose_lambda(train, features, prior)
        cv[s] = fit(train, features, prior, lams[s])
    print(f"{'set':22s} {'mode':9s} {'n':>4s} {'hand':>5s} {'cv':>5s}  lambda")
    tot_h = tot_c = n_all = 0
    worse = []
    for s in sets:
        for m in modes:
            part = [q for q in qs if q.set == s and q.mode == m]
            h, c = accuracy(part, prior), accuracy(part, cv[s])
            tot_h, tot_c, n_all = tot_h + h, tot_c + c, n_all + len(part)
            if c < h:
                worse.append(f"{s}/{m}")
            print(f"{s:22s} {m:9s} {len(part):4d} {h:5d} {c:5d}  {lams[s]}")
    print(f"{'all':22s} {'':9s} {n_all:4d} {tot_h:5d} {tot_c:5d}   "
          f"(hand {tot_h / n_all:.1%}, leave-one-set-out CV {tot_c / n_all:.1%})")
    for m in modes:
        part = [q for q in qs if q.mode == m]
        print(f"  {m}: hand {accuracy(part, prior)}/{len(part)}, "
              f"CV {sum(q.correct(cv[q.set]) for q in part)}/{len(part)}")
    print("sets worse under CV: " + (", ".join(worse) or "none"))
    lam = choose_lambda(qs, features, prior)
    final = fit(qs, features, prior, lam)
    print(f"\nfitted on every set (lambda {lam}): {accuracy(qs, final)}/{len(qs)} on the training data")
    print("WEIGHTS = {" + ", ".join(f'"{k}": {v:.2f}' for k, v in final.items()) + "}")
    return final


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--collect", help=argparse.SUPPRESS)
    ap.add_argument("--kb", help=argparse.SUPPRESS)
    ap.add_argument("--mode", choices=["lexical", "semantic"], default="lexical", help=argparse.SUPPRESS)
    ap.add_argument("--modes", default=None, help="comma-separated: lexical,semantic (default: both where "
                                                   "the semantic extra is installed)")
    ap.add_argument("--cache", default=None, help="directory keeping the collected candidates between runs")
    ap.add_argument("--extra", help="comma-separated candidate features beyond WEIGHTS to fit too")
    ap.add_argument("--refresh", action="store_true", help="collect again even when the cache has a set")
    args = ap.parse_args(argv)
    if args.collect:
        collect(args.kb, args.collect, args.mode == "semantic")
        return 0
    modes = args.modes.split(",") if args.modes else ["lexical", "semantic"]
    if "semantic" in modes:
        try:
            import mw.index.embed  # noqa: F401
        except ImportError:
            print("the semantic extra is not installed: fitting on lexical retrieval only", file=sys.stderr)
            modes = [m for m in modes if m != "semantic"]
    cache = Path(args.cache) if args.cache else Path(tempfile.mkdtemp(prefix="mw-fit-cache-"))
    data = gather(cache, modes, args.refresh)
    from mw.ask.retrieval import WEIGHTS

    features = list(WEIGHTS) + [f for f in (args.extra or "").split(",") if f]
    report(data, features)
    return 0


if __name__ == "__main__":
    sys.exit(main())
