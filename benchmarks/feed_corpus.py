#!/usr/bin/env python3
"""mw's feed reading over a corpus of feed files, compared with feedparser on the same bytes.

    git -C /path/to/feedparser archive HEAD tests | tar -x -C /tmp/fp   # kurtmckee/feedparser
    .venv/bin/python benchmarks/feed_corpus.py /tmp/fp/tests [--list]

For every file (``*.py`` skipped) it runs :func:`mw.ingest.feeds.parse_feed` and, as the
reference, ``feedparser.parse`` with the same HTTP headers (the corpus states them in
``Header:`` lines of its leading comment, e.g. a Content-Type charset). It prints:

- files read, refused (with the reason: DOCTYPE/ENTITY declarations, HTML pages, no feed) and
  crashes (any exception other than mw's DataError; must be 0);
- the RSS 2.0 / RSS 1.0 / Atom 0.3 / Atom 1.0 files feedparser reads without error (not
  bozo) that mw refuses (must be 0 apart from files declaring entities, which mw refuses
  by design before parsing);
- agreement with feedparser, entry by entry, on titles (as plain text), links and dates
  (mw's dates are feedparser's parsed dates in UTC, minus those outside 1990..now+1 day);
- the time mw's reading took against feedparser alone (the baseline, same run).
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAIN_VERSIONS = {"rss20", "rss10", "atom03", "atom10"}


def headers_of(data: bytes) -> dict[str, str]:
    head = data[:2048].decode("latin-1")
    m = re.search(r"<!--(.*?)-->", head, re.S)
    out: dict[str, str] = {}
    if m:
        for line in m.group(1).splitlines():
            h = re.match(r"\s*Header:\s*([\w-]+):\s*(.*?)\s*$", line)
            if h:
                out[h.group(1).lower()] = h.group(2)
    return out


def ref_date(entry) -> str | None:
    from mw.ingest.feeds import DATE_FIELDS, MIN_DATE

    for name in DATE_FIELDS:
        st = dict.get(entry, f"{name}_parsed")
        if st:
            try:
                d = dt.datetime.fromtimestamp(calendar.timegm(st), dt.timezone.utc).date()
            except (OverflowError, ValueError, OSError):
                continue
            if d < MIN_DATE or calendar.timegm(st) > time.time() + 86400:
                continue
            return d.isoformat()
    return None


def main(argv: list[str] | None = None) -> int:
    import feedparser

    from mw.errors import DataError
    from mw.ingest.feeds import clean_html, parse_feed

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--list", action="store_true", help="list refused files, crashes and disagreements")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.suffix != ".py")
    read = refused = crashes = 0
    reasons: Counter[str] = Counter()
    crash_list: list[str] = []
    missed_main: list[str] = []
    agree = Counter()
    total = Counter()
    disagreements: list[str] = []
    t_mw = t_fp = 0.0
    for path in files:
        data = path.read_bytes()
        hdr = headers_of(data)
        ct = hdr.get("content-type", "")
        t0 = time.perf_counter()
        ref = feedparser.parse(data, response_headers=hdr or None)
        t_fp += time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            items = parse_feed(data, str(path), content_type=ct, url=hdr.get("content-location"))
            ok = True
        except DataError as e:
            ok = False
            refused += 1
            msg = e.message
            reason = ("DOCTYPE declaration" if "DOCTYPE" in msg else "ENTITY declaration" if "ENTITY" in msg
                      else "HTML page" if "HTML page" in msg else "no RSS or Atom feed" if "not an RSS" in msg
                      else msg.split(":")[-1].strip()[:60])
            reasons[reason] += 1
            version = ref.get("version") or ""
            if version in MAIN_VERSIONS and not ref.get("bozo"):
                missed_main.append(f"{path.relative_to(args.corpus)} ({version}): {reason}")
        except Exception as e:  # noqa: BLE001 - the point: count crashes
            ok = False
            crashes += 1
            crash_list.append(f"{path.relative_to(args.corpus)}: {type(e).__name__}: {e}")
        t_mw += time.perf_counter() - t0
        if not ok:
            continue
        read += 1
        for item, entry in zip(items, ref.get("entries") or []):
            pairs = {
                "title": (item.title, clean_html(entry.get("title") or "")),
                "link": (item.link or "", (entry.get("link") or "").strip()),
                "date": (item.published, ref_date(entry)),
            }
            for k, (ours, theirs) in pairs.items():
                total[k] += 1
                if ours == theirs or (k == "link" and not theirs and ours):
                    agree[k] += 1
                elif len(disagreements) < 200:
                    disagreements.append(f"{path.relative_to(args.corpus)} {k}: mw {ours!r} / feedparser {theirs!r}")
        if len(items) != len(ref.get("entries") or []):
            total["entries"] += 1
            disagreements.append(f"{path.relative_to(args.corpus)}: {len(items)} items, feedparser "
                                 f"{len(ref.get('entries') or [])}")
    print(f"corpus: {args.corpus} ({len(files)} files)")
    print(f"read: {read}   refused: {refused}   crashes: {crashes}")
    for reason, n in reasons.most_common():
        print(f"  refused, {reason}: {n}")
    print(f"RSS 2.0/RSS 1.0/Atom 0.3/Atom 1.0 files feedparser reads without error that mw refused: "
          f"{len(missed_main)}")
    for k in ("title", "link", "date"):
        pct = 100.0 * agree[k] / total[k] if total[k] else 100.0
        print(f"agreement with feedparser on entry {k}s: {agree[k]}/{total[k]} ({pct:.2f}%)")
    print(f"time: mw {t_mw:.2f} s (refusal check + feedparser + mapping), feedparser alone {t_fp:.2f} s (baseline)")
    if args.list:
        for line in missed_main + crash_list + disagreements:
            print("  " + line)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
