#!/usr/bin/env python3
"""Score mw's headline extractor on labelled headlines: precision and recall of (buyer, title) pairs.

    .venv/bin/python scripts/eval_headlines.py                       # the frozen set
    .venv/bin/python scripts/eval_headlines.py tests/data/headlines_dev.jsonl -v
    .venv/bin/python scripts/eval_headlines.py --json
    .venv/bin/python scripts/eval_headlines.py tests/data/headlines_dev2.jsonl --overlap-with FROZEN
    OPENAI_API_KEY=... .venv/bin/python scripts/eval_headlines.py FILE --extractor llm   # the LLM extractor

``--extractor llm`` scores the LLM extractor of ``mw refresh`` (:mod:`mw.ingest.llm_extract`:
each row sent as a feed item, replies checked against the text, the rules' reading where a
reply is unusable) with the configured LLM (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``,
``MW_LLM_MODEL``); it prints the requests, tokens and cost with the scores.

``--overlap-with FILE`` checks that dev data does not repeat held-out data: it lists the ids of
the scored file's headlines whose normalised text equals, or shares more than 60% of its words
with, a headline of FILE (FILE's own rows are never printed), and exits 1 when there are any.

Input: JSON Lines with ``headline``, optional ``description`` and ``pairs`` (a list of
``{"buyer", "title"}``) as in ``tests/eval/headlines/real_headlines.jsonl`` (see its README).
The extractor sees the headline and the description, as it does on a feed item.

How pairs are matched: a predicted pair counts as correct when its buyer and its title both
equal a labelled pair's after normalisation (each gold pair matches at most one prediction):

- titles: transliterated (anyascii), lower case, curly quotes straightened, every character
  that is not a letter or digit becomes a space, spaces collapsed. "The" is kept.
- buyers: the same, then "+" is read as "plus" ("Disney+" = "Disney Plus"), "one" after a
  name is "1" ("Sky One" = "Sky1"), and a leading "the" is dropped. No other aliases: "BBC"
  and "BBC One", "HBO" and "HBO Max", "Amazon" and "Prime Video" are different buyers, as
  the labels write what the headline says.

Precision = correct / predicted, recall = correct / labelled. Headlines with no pair count:
any pair predicted there is a false positive.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from anyascii import anyascii

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "tests" / "eval" / "headlines" / "real_headlines.jsonl"


def norm_title(s: str) -> str:
    s = anyascii(s).lower().replace("+", " plus ")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def norm_buyer(s: str) -> str:
    n = norm_title(s)
    n = re.sub(r"\bone\b", "1", n)
    n = re.sub(r"^the ", "", n)
    return re.sub(r"([a-z])\s+1$", r"\g<1>1", n).replace(" ", "")


def predict(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(buyer, title) pairs mw extracts from one labelled row."""
    from mw.ingest.feeds import extract_greenlight

    ex = extract_greenlight(row["headline"], summary=row.get("description", ""))
    records = getattr(ex, "records", None)
    if records is None:
        records = [ex.record] if ex.record else []
    return [(r["buyer"], r["title"]) for r in records]


def predict_llm(rows: list[dict[str, Any]], extractor: Any) -> list[list[tuple[str, str]]]:
    """(buyer, title) pairs of each row as the LLM extractor reads it (the rules' where a reply is unusable)."""
    from mw.ingest.feeds import FeedItem, extract_greenlight

    items = [FeedItem(title=r["headline"], summary=r.get("description", ""), link=f"row:{i}", guid=f"row:{i}")
             for i, r in enumerate(rows)]
    rules = [extract_greenlight(r["headline"], summary=r.get("description", "")) for r in rows]
    return [[(g["buyer"], g["title"]) for g in ex.records] for ex in extractor.extract(items, rules, "2026-01-01")]


def score(rows: list[dict[str, Any]], extractor: Any = None) -> dict[str, Any]:
    tp = fp = fn = 0
    misses: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    predicted = predict_llm(rows, extractor) if extractor is not None else [predict(row) for row in rows]
    for row, pairs in zip(rows, predicted):
        gold = [(p["buyer"], p["title"]) for p in row.get("pairs", [])]
        left = [(norm_buyer(b), norm_title(t)) for b, t in gold]
        for b, t in pairs:
            key = (norm_buyer(b), norm_title(t))
            if key in left:
                left.remove(key)
                tp += 1
            else:
                fp += 1
                wrong.append({"id": row.get("id"), "headline": row["headline"], "predicted": [b, t], "gold": gold})
        fn += len(left)
        for b, t in gold:
            if (norm_buyer(b), norm_title(t)) in left:
                misses.append({"id": row.get("id"), "headline": row["headline"], "missed": [b, t]})
    return {
        "headlines": len(rows),
        "labelled_pairs": tp + fn,
        "predicted_pairs": tp + fp,
        "correct": tp,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "false_positives": wrong,
        "misses": misses,
    }


def _words(s: str) -> set[str]:
    return set(norm_title(s).split())


def overlap(rows: list[dict[str, Any]], other: list[dict[str, Any]], threshold: float = 0.6) -> list[str]:
    """Ids of ``rows`` whose headline equals or nearly equals (word Jaccard > threshold) one of ``other``."""
    theirs = [_words(r["headline"]) for r in other]
    out = []
    for r in rows:
        mine = _words(r["headline"])
        if any(mine == t or len(mine & t) / max(1, len(mine | t)) > threshold for t in theirs):
            out.append(str(r.get("id")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, default=[FROZEN])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false positive and miss")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--overlap-with", type=Path, metavar="FILE",
                    help="list ids that repeat a headline of FILE (exact or near) instead of scoring")
    ap.add_argument("--extractor", choices=("rules", "llm"), default="rules",
                    help="rules (default), or llm: the configured LLM, as `mw refresh --extractor llm` reads items")
    args = ap.parse_args(argv)
    if args.overlap_with:
        path = args.overlap_with if str(args.overlap_with) != "FROZEN" else FROZEN
        other = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found = 0
        for p in args.files:
            rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
            ids = overlap(rows, other)
            found += len(ids)
            print(f"{p}: {len(rows)} headlines, {len(ids)} repeat {path.name}" + (f": {' '.join(ids)}" if ids else ""))
        return 1 if found else 0
    for path in args.files:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        extractor = None
        if args.extractor == "llm":
            from mw.config import get_settings
            from mw.ingest.llm_extract import LLMExtractor
            from mw.llm import configured

            settings = get_settings()
            if not configured(settings):
                print("eval_headlines: --extractor llm needs an LLM: set OPENAI_API_KEY (and OPENAI_BASE_URL)",
                      file=sys.stderr)
                return 2
            extractor = LLMExtractor(settings)
        res = score(rows, extractor)
        if extractor is not None:
            res["llm"] = {k: v for k, v in extractor.report().items() if not k.endswith("_items")}
        if args.json:
            print(json.dumps({"file": str(path), **res} if args.verbose else
                             {"file": str(path), **{k: v for k, v in res.items()
                                                     if k not in ("false_positives", "misses")}}))
            continue
        print(f"{path}: {res['headlines']} headlines, {res['labelled_pairs']} labelled pairs, "
              f"{res['predicted_pairs']} predicted, {res['correct']} correct: "
              f"precision {res['precision']:.1%}, recall {res['recall']:.1%}")
        if "llm" in res:
            n = res["llm"]
            print(f"  LLM {n['model']}: {n['requests']} requests, {n['prompt_tokens']} prompt + "
                  f"{n['completion_tokens']} completion tokens, US${n['cost_usd']:.4f}; {n['fallbacks']} rows fell "
                  f"back to the rules, {n['dropped']} pairs dropped by the checks")
        if args.verbose:
            for w in res["false_positives"]:
                print(f"  FP {w['id']}: {w['predicted']} <- {w['headline']}  (gold {w['gold']})")
            for m in res["misses"]:
                print(f"  FN {m['id']}: {m['missed']} <- {m['headline']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
