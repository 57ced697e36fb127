#!/usr/bin/env python3
"""Score `mw ask` against an evaluation set and print the score.

    python scripts/eval.py                       # the sample KB and tests/eval/sample_questions.jsonl
    python scripts/eval.py --kb my_kb.jsonl --questions my_questions.jsonl --now 2026-11-24

Each line of the questions file is a JSON object:
  q            the question
  intent       expected intent (ROUTING, STRATEGIC, FACTUAL, EXAMPLES, PROCESS)
  top3_any     executive ids of which at least one must be in the top 3
  top1         the executive id that must come first
  not_found    true: the question names someone not in the KB; the answer must name no executive,
               greenlight or source
  greenlights  a filter (genres: all must match, formats: any, buyers: any, since / until ISO dates or
               since_days before --now, countries: any, compared with the record's country, else its region:
               ISO codes for `greenlights`, the words of the file for `greenlights_raw`); the answer's greenlights must be exactly the newest matching
               records in order (date descending, then id), as many as the answer shows
  greenlights_raw  the same filter and check, but over the greenlight records of the --kb file exactly as
               written (genre and format words compared case-insensitively, before mw normalises them), for
               questions about words that the normaliser may drop or merge ("telenovela", "anime")

Expected greenlights are computed here from the raw records, not by `mw`'s retrieval code.
The knowledge base is loaded into a temporary MW_HOME; nothing of yours is touched. The score line also
counts answers that return an executive or greenlight id the KB does not hold (must be 0); ``--summary``
prints only the score and how many times each check failed, so a held-out set can be scored without
reading its questions.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def expected_greenlights(records: list[dict], f: dict, today: dt.date) -> list[str]:
    since = f.get("since")
    if "since_days" in f:
        since = (today - dt.timedelta(days=int(f["since_days"]))).isoformat()
    out = []
    for g in records:
        if f.get("genres") and not all(x in g.get("genres", []) for x in f["genres"]):
            continue
        if f.get("formats") and g.get("format") not in f["formats"]:
            continue
        if f.get("buyers") and g.get("buyer") not in f["buyers"]:
            continue
        if f.get("countries") and str(g.get("country") or g.get("region") or "").lower() not in \
                [str(c).lower() for c in f["countries"]]:
            continue
        if since and g["date"] < since:
            continue
        if f.get("until") and g["date"] > f["until"]:
            continue
        out.append(g)
    out.sort(key=lambda g: g["id"])
    out.sort(key=lambda g: g["date"], reverse=True)
    return [g["id"] for g in out]


def raw_greenlights(path: str) -> list[dict]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("type") == "greenlight":
            out.append({**r, "genres": [str(x).lower() for x in r.get("genres") or []],
                        "format": str(r.get("format") or "").lower()})
    return out


class DenseOff(Exception):
    """--semantic was asked for and dense retrieval cannot run (the reason is the message)."""


def open_asker(kb_path: str | None, now: str, semantic: bool) -> Any:
    """An ``Asker`` as every evaluation here asks: a fresh temporary MW_HOME, the date ``now``, no Redis
    and no LLM, the KB imported from ``kb_path`` (else the shipped sample) and, with ``semantic``,
    embedded into the embedded vector index for dense retrieval. Set up before ``mw`` reads its config."""
    os.environ["MW_HOME"] = tempfile.mkdtemp(prefix="mw-eval-")
    os.environ["MW_NOW"] = now
    os.environ.pop("REDIS_URL", None)
    os.environ.pop("OPENAI_API_KEY", None)
    if semantic:
        os.environ["MW_SEMANTIC"] = "on"
    from mw import config
    from mw.ask.asker import Asker
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
            raise DenseOff(note)
    return Asker(config.get_settings(), kb, state=None, vectors=vectors)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--questions", default=str(ROOT / "tests/eval/sample_questions.jsonl"))
    ap.add_argument("--kb", help="JSONL knowledge base to evaluate on (default: the shipped sample)")
    ap.add_argument("--now", default="2026-11-24T12:00:00Z", help="the date questions are asked on")
    ap.add_argument("--json", action="store_true", help="print per-question results as JSON Lines")
    ap.add_argument("--min-score", type=float, default=None, help="exit 1 when the score is below this (0-1)")
    ap.add_argument("--summary", action="store_true",
                    help="print only the score and failures per check (no question text): for held-out sets")
    ap.add_argument("--semantic", action="store_true",
                    help="embed the KB into the embedded vector index first and answer with dense retrieval "
                         "(needs the 'semantic' extra), as `mw ask` does where the extra is installed")
    args = ap.parse_args(argv)

    try:
        asker = open_asker(args.kb, args.now, args.semantic)
    except DenseOff as e:
        print(f"dense retrieval is off: {e}", file=sys.stderr)
        return 2
    from mw import clock
    from mw.ask.asker import AskOptions

    kb = asker.kb
    today = clock.today()
    greenlights = list(kb.iter("greenlight"))
    known = {t: {r["id"] for r in kb.iter(t)} for t in ("executive", "greenlight")}
    ungrounded = 0
    failed_checks: dict[str, int] = {}

    checks = passed = 0
    raw: list[dict] | None = None
    failures = []
    cases = [json.loads(line) for line in Path(args.questions).read_text().splitlines() if line.strip()]
    n_questions = len(cases)
    for case in cases:
        ans = asker.answer(case["q"], AskOptions(no_cache=True))
        top = [e["id"] for e in ans["executives"]]
        results: dict[str, bool] = {"intent": ans["intent"] == case["intent"]}
        if "top3_any" in case:
            results["top3"] = any(x in top[:3] for x in case["top3_any"])
        if "top1" in case:
            results["top1"] = bool(top) and top[0] == case["top1"]
        if case.get("not_found"):
            results["not_found"] = bool(ans.get("not_found")) and not ans["executives"] and not ans["greenlights"] \
                and not ans["sources"]
        if "greenlights" in case:
            exp = expected_greenlights(greenlights, case["greenlights"], today)
            got = [g["id"] for g in ans["greenlights"]]
            results["greenlights"] = bool(exp) and got == exp[: len(got)] and len(got) >= min(len(exp), 5)
        if "greenlights_raw" in case:
            if raw is None:
                raw = raw_greenlights(args.kb) if args.kb else []
            f = {k: ([str(x).lower() for x in v] if k in ("genres", "formats") else v)
                 for k, v in case["greenlights_raw"].items()}
            exp = expected_greenlights(raw, f, today)
            got = [g["id"] for g in ans["greenlights"]]
            results["greenlights_raw"] = bool(exp) and got == exp[: len(got)] and len(got) >= min(len(exp), 5)
        ok = all(results.values())
        # Every person and title an answer returns must be a record of the KB.
        if any(e["id"] not in known["executive"] for e in ans["executives"]) or \
                any(g["id"] not in known["greenlight"] for g in ans["greenlights"]):
            ungrounded += 1
        for name, passed_check in results.items():
            if not passed_check:
                failed_checks[name] = failed_checks.get(name, 0) + 1
        checks += len(results)
        passed += sum(results.values())
        row = {"q": case["q"], "ok": ok, "checks": results, "intent": ans["intent"], "top3": top[:3]}
        if not ok:
            failures.append(row)
        if args.summary:
            pass
        elif args.json:
            print(json.dumps(row))
        else:
            print(f"{'PASS' if ok else 'FAIL'}  {case['q']}" + ("" if ok else f"   {results} got top3={top[:3]}"))
    score = passed / checks if checks else 0.0
    print(f"\nscore: {passed}/{checks} checks = {score:.1%}; questions fully right: {n_questions - len(failures)}"
          f"/{n_questions}; answers naming a person or title not in the KB: {ungrounded}",
          file=sys.stderr if args.json else sys.stdout)
    if args.summary:
        print("failed checks: " + (", ".join(f"{k} {v}" for k, v in sorted(failed_checks.items())) or "none"))
    if args.min_score is not None and score < args.min_score:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
