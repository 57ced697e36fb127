#!/usr/bin/env python3
"""Headline extraction speed: real headlines, and worst-case inputs by length (linear, bounded).

    .venv/bin/python benchmarks/bench_headlines.py

Prints microseconds per headline for the real headlines (frozen set + dev set) and, for
adversarial inputs of 75, 150 and 300 characters (quotes that never close, runs of
capitalised words, possessive quotes), the time per call and its ratio to the 75-character
time: linear patterns give ratios near 2 and 4. The per-headline time is measured after a first
pass, which is printed on its own: it also loads what the rules import lazily (the place table).
The baseline, measured in the same run, is one pass of ``str.split`` plus ``re.findall(r"\\w+")``
over the same text.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def per_call(fn, arg, n: int) -> float:
    t0 = time.perf_counter()
    for _ in range(n):
        fn(arg)
    return (time.perf_counter() - t0) / n * 1e6


def main() -> int:
    from mw.ingest.headlines import extract_greenlight

    rows = []
    for f in (ROOT / "tests/eval/headlines/real_headlines.jsonl", ROOT / "tests/data/headlines_dev.jsonl"):
        rows += [json.loads(x)["headline"] for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    t0 = time.perf_counter()
    for h in rows:
        extract_greenlight(h)  # the first pass also loads the tables the rules import lazily (places)
    first = (time.perf_counter() - t0) / len(rows) * 1e6
    t0 = time.perf_counter()
    for _ in range(5):
        for h in rows:
            extract_greenlight(h)
    real = (time.perf_counter() - t0) / (5 * len(rows)) * 1e6
    base = per_call(lambda s: (s.split(), re.findall(r"\w+", s)), " ".join(rows[:3]), 2000)
    print(f"real headlines ({len(rows)}): {real:.0f} us per headline (baseline split+findall: {base:.1f} us); "
          f"first pass {first:.0f} us per headline")
    shapes = {
        "unclosed quotes": lambda n: "'" * n,
        "capitalised words + orders": lambda n: ("Northwind Orders " + "Abc " * n)[:n],
        "quote & list": lambda n: ("Northwind Orders " + "'x' & " * n)[:n],
        "possessive quotes": lambda n: ("\u2018a\u2019s " * n)[:n],
    }
    for name, make in shapes.items():
        times = {n: per_call(extract_greenlight, make(n), 200) for n in (75, 150, 300)}
        b = {n: per_call(lambda s: (s.split(), re.findall(r"\w+", s)), make(n), 200) for n in (75, 150, 300)}
        print(f"{name:28s} " + "  ".join(f"{n} chars {t:7.0f} us (x{t / times[75]:.1f}; baseline x{b[n] / b[75]:.1f})"
                                          for n, t in times.items()))
    huge = "Northwind Orders 'A" + " 'B C' D" * 12000 + "'"
    print(f"a 96 KB 'headline': {per_call(extract_greenlight, huge, 20):.0f} us (refused: over 300 characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
