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
   chosen by an inner leave-one-set-out CV on the training sets. The pull towards the hand weights
   anchors the scale, so the named-executive bonus and the cut's share of the best keep their meaning.
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


# --- collect (runs in a subprocess per set and mode: each opens its own MW_HOME) --------------------


def collect(kb_path: str | None, questions: str, semantic: bool) -> None:
    from eval import open_asker  # scripts/eval.py: the same set-up as every evaluation

    from mw.ask.asker import AskOptions

    asker = open_asker(kb_path, NOW, semantic)

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
                                           "tier": list(x.tier), "evidence": x.evidence}
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


def gather(cache: Path, modes: list[str], refresh: bool, only: set[str] | None = None) -> dict[tuple[str, str], list[dict]]:
    data: dict[tuple[str, str], list[dict]] = {}
    cache.mkdir(parents=True, exist_ok=True)
    for name, kb, qs in dev_sets():
        if only is not None and name not in only:
            continue
        for mode in modes:
            f = cache / f"{name}.{mode}.jsonl"
            if refresh or not f.exists():
                cmd = [sys.executable, __file__, "--collect", str(qs), "--mode", mode]
                if kb:
                    cmd += ["--kb", str(kb)]
                print(f"collecting {name} ({mode})", file=sys.stderr)
                res = subprocess.run(cmd, capture_output=True, text=True)
                if res.returncode != 0:
                    raise SystemExit(f"collecting {name} ({mode}) failed:\n{res.stderr.strip()}")
                f.write_text(res.stdout, encoding="utf-8")
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
        cands = [Candidate(x["id"], x["name"], x["f"], x["named"], tuple(x["tier"]),
                           x["evidence"]) for x in c["candidates"]]
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
                    out.append([e.features.get(f, 0.0) - o.features.get(f, 0.0) for f in features])
        return out


def load(data: dict[tuple[str, str], list[dict]]) -> list[Question]:
    return [Question(row, name, mode) for (name, mode), rows in data.items() for row in rows]


def fit(qs: list[Question], features: list[str], prior: dict[str, float], lam: float) -> dict[str, float]:
    """Pairwise logistic regression (RankNet) with L2 towards ``prior``, weights kept >= 0; each question
    weighs the same (its pairs share its weight). Convex: projected gradient descent, deterministic."""
    import numpy as np

    rows: list[list[float]] = []
    wts: list[float] = []
    n = 0
    for q in qs:
        p = q.pairs(features)
        if p:
            n += 1
            rows.extend(p)
            wts.extend([1.0 / len(p)] * len(p))
    w0 = np.array([prior.get(f, 0.0) for f in features])
    w = w0.copy()
    if rows:
        d = np.array(rows)
        sw = np.array(wts) / n
        for _ in range(3000):
            g = -(d * (sw / (1.0 + np.exp(np.clip(d @ w, -50, 50))))[:, None]).sum(0) + 2 * lam * (w - w0)
            w = np.maximum(w - 0.5 * g, 0.0)
    return {f: round(float(x), 2) for f, x in zip(features, w)}  # as committed: two decimals


def ascent(qs: list[Question], features: list[str], prior: dict[str, float], lam: float = 0.0) -> dict[str, float]:
    """Coordinate ascent on the number of questions right, over a grid per weight, from ``prior``
    (ties keep the value nearer the prior). The alternative the docstring compares with."""
    grid = [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6]
    w = {f: prior.get(f, 0.0) for f in features}
    best = accuracy(qs, w)
    for _ in range(3):
        improved = False
        for f in features:
            cur = w[f]
            scored = []
            for v in grid:
                w[f] = v
                scored.append((accuracy(qs, w), -abs(v - prior.get(f, 0.0)), v))
            acc, _, v = max(scored)
            w[f] = v if acc > best else cur
            if acc > best:
                best, improved = acc, True
        if not improved:
            break
    return w


def accuracy(qs: list[Question], weights: dict[str, float]) -> int:
    return sum(q.correct(weights) for q in qs)


LAMBDAS = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1]


def choose_lambda(qs: list[Question], features: list[str], prior: dict[str, float]) -> float:
    """The regularisation whose leave-one-set-out accuracy over ``qs`` is best (ties: the stronger)."""
    sets = list(dict.fromkeys(q.set for q in qs))
    best, best_acc = LAMBDAS[-1], -1
    for lam in reversed(LAMBDAS):
        acc = sum(accuracy([q for q in qs if q.set == s], fit([q for q in qs if q.set != s], features, prior, lam))
                  for s in sets)
        if acc > best_acc:
            best, best_acc = lam, acc
    return best


# The weights as they were set by hand before any calibration: the prior of the fit and the baseline of
# every report, so that a refit starts from the same place whatever WEIGHTS holds now.
HAND_WEIGHTS = {"genre_fit": 3.0, "greenlight_fit": 3.0, "format_fit": 1.0, "region_fit": 1.5, "mandate_fit": 1.5,
                "text_fit": 2.0, "company_fit": 2.0, "evidence_fit": 1.5}
# Each text stage's own view of a candidate (reciprocal rank, score share), which text_fit fuses by RRF.
STAGE_SIGNALS = ["lexical_rr", "lexical_share", "dense_rr", "dense_share"]


def report(data: dict[tuple[str, str], list[dict]], features: list[str], method: str) -> dict[str, float]:
    from mw.ask.retrieval import WEIGHTS

    qs = load(data)
    prior = dict(HAND_WEIGHTS)
    current = dict(WEIGHTS)
    sets = list(dict.fromkeys(q.set for q in qs))
    modes = list(dict.fromkeys(q.mode for q in qs))
    cv: dict[str, dict[str, float]] = {}
    lams: dict[str, float | str] = {}
    for s in sets:  # outer leave-one-set-out; the inner one picks lambda on the training sets alone
        train = [q for q in qs if q.set != s]
        if method == "ascent":
            lams[s], cv[s] = "-", ascent(train, features, prior)
        else:
            lams[s] = choose_lambda(train, features, prior)
            cv[s] = fit(train, features, prior, lams[s])
    print(f"top-1/top-3 right, {method}, leave-one-set-out: each set scored by weights fitted on the others")
    print(f"{'set':20s} {'mode':9s} {'n':>4s} {'hand':>5s} {'now':>5s} {'cv':>5s}  lambda")
    worse = []
    for s in sets:
        for m in modes:
            part = [q for q in qs if q.set == s and q.mode == m]
            h, c = accuracy(part, prior), accuracy(part, cv[s])
            if c < h:
                worse.append(f"{s}/{m}")
            print(f"{s:20s} {m:9s} {len(part):4d} {h:5d} {accuracy(part, current):5d} {c:5d}  {lams[s]}")
    for m in [*modes, None]:
        part = [q for q in qs if m is None or q.mode == m]
        h, now, c = accuracy(part, prior), accuracy(part, current), sum(q.correct(cv[q.set]) for q in part)
        n = len(part)
        print(f"{'all':20s} {m or 'both':9s} {n:4d} {h:5d} {now:5d} {c:5d}  "
              f"(hand {h / n:.1%}, committed {now / n:.1%}, CV {c / n:.1%})")
    print("sets worse under CV than by hand: " + (", ".join(worse) or "none"))
    if method == "ascent":
        lam: float | str = "-"
        final = ascent(qs, features, prior)
    else:
        lam = choose_lambda(qs, features, prior)
        final = fit(qs, features, prior, lam)
    print(f"\nfitted on every set (lambda {lam}): {accuracy(qs, final)}/{len(qs)} on its own training data")
    print("WEIGHTS = {" + ", ".join(f'"{k}": {v:g}' for k, v in final.items()) + "}")
    return final


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--collect", help=argparse.SUPPRESS)
    ap.add_argument("--kb", help=argparse.SUPPRESS)
    ap.add_argument("--mode", choices=["lexical", "semantic"], default="lexical", help=argparse.SUPPRESS)
    ap.add_argument("--modes", default="lexical,semantic",
                    help="retrieval modes to collect (semantic only where the semantic extra is installed)")
    ap.add_argument("--sets", help="comma-separated names of the development sets to use (default: all)")
    ap.add_argument("--features", default=",".join([*HAND_WEIGHTS, *STAGE_SIGNALS]),
                    help="comma-separated features and stage signals to weigh (default: %(default)s)")
    ap.add_argument("--method", choices=["ranknet", "ascent"], default="ranknet")
    ap.add_argument("--cache", help="directory keeping the collected candidates between runs (use --refresh "
                                    "after changing the code or the data)")
    ap.add_argument("--refresh", action="store_true", help="collect again even when the cache has a set")
    args = ap.parse_args(argv)
    if args.collect:
        collect(args.kb, args.collect, args.mode == "semantic")
        return 0
    modes = args.modes.split(",")
    if "semantic" in modes:
        from mw.index.embed import semantic_available

        if not semantic_available():
            print("the semantic extra is not installed: lexical retrieval only", file=sys.stderr)
            modes = [m for m in modes if m != "semantic"]
    only = set(args.sets.split(",")) if args.sets else None
    with tempfile.TemporaryDirectory(prefix="mw-fit-cache-") as tmp:
        data = gather(Path(args.cache or tmp), modes, args.refresh, only)
    report(data, args.features.split(","), args.method)
    return 0


if __name__ == "__main__":
    sys.exit(main())
