#!/usr/bin/env python3
"""Probe mw's headline extractor with real headline frames: where does a change of shape make it write a wrong pair?

    PYTHONPATH=. .venv/bin/python scripts/probe_frames.py                 # every family, counts
    PYTHONPATH=. .venv/bin/python scripts/probe_frames.py --show 5        # and up to 5 wrong headlines each
    PYTHONPATH=. .venv/bin/python scripts/probe_frames.py --family title --family buyer

``scripts/probe_headlines.py`` fills hand-written templates; this takes the frames from real copy.
Each labelled headline of the development, retired and frozen sets (never a held-out set) that the
rules read exactly right is a frame, and each family changes one thing about it whose effect on the
labelled pairs is known:

- ``title``: the labelled title replaced (in the headline and the description) by each real title
  shape of ``probe_headlines.TITLES`` ("Squid Game: The Challenge", "Grey's Anatomy", "Mr. Robot",
  "Gavin & Stacey"...); the pair follows the title.
- ``buyer``: the single buyer replaced by each of :data:`BUYERS` ("Apple TV+", "tvN", "U&Dave"...).
- ``quotes``: the quoted titles written with each other kind of quote mark.
- ``label``: a publication's name or a label added as feeds and aggregators add them (" - Screen
  Rant", " | Cord Cutters News", "(Exclusive)", "Emmys: "); "(Report)" makes it hearsay (no pair).
- ``adverb``: an adverb put before the order verb ("Officially", "Quietly"); "Reportedly" makes it
  hearsay.
- ``credit``: a credit put after the first labelled title where it is written without quotes (" From
  'Succession' Creator Jesse Armstrong", ", Starring 'The Bear' Alum ..."); the pairs stay.
- ``news``: another show's other news added as a clause ("; 'Severance' Gets Premiere Date"); the
  pairs stay.
- ``case``: a Title Case headline written in sentence case, or the other way round; the labelled
  titles and buyers and the quoted phrases keep their capitals, and the pairs stay.
- ``verb``: the order verbs swapped for cancelling or unrelated ones ("Renews" -> "Cancels",
  "Orders" -> "Casts"), without the description; no pair is expected, and a pair another clause
  still announces is reported for reading.
- ``descriptor``: a description put before the first labelled title ("Crime Drama", "Emmy-Winning
  Drama", "Hit Docuseries"); the pairs stay.
- ``list``: one quoted title made a list of two or three quoted titles ("'X' and 'Y'", "'X', 'Y' &
  'Z'"); each title is the buyer's.
- ``tail``: a phrase put at the end ("After Two Seasons", "Ahead of Premiere", "in Overall Deal");
  the pairs stay, except after ", Sources Say" (hearsay).
- ``owner``: a possessive owner put before the first labelled title ("Jane Doe's", "Jane Doe and John Roe's");
  the pairs stay.
- ``territory``: a territory put after the last quoted title (" for North America", " Worldwide");
  the pairs stay.
- ``voice``: "<Buyer> Renews 'X' ..." written "'X' Renewed By <Buyer> ..." and "<Buyer>'s 'X' Renewed ...";
  the pairs stay.
- ``season``: a second season written another way ("Season Two", "S2", "a Sophomore Season", "Series 2");
  the pairs stay.
- ``nodesc``: the description taken away, as feeds without one send it; pairs may be missed, but
  none should be wrong.

A wrong pair (one the change does not announce) is a general bug. Misses are counted but are mostly
the rules' deliberate caution (two titles joined by "&" without quotes, a colon title in Title Case).
Some headlines a substitution makes ambiguous ("Renews A, Gavin & Stacey for Season 2") stay wrong on
purpose; see the module docstring of ``mw/ingest/headlines.py``. Exit status 0; this is a tool for
reading, not a test. The headlines are changed real copy, so the counts are no estimate of precision
(``scripts/eval_headlines.py`` on held-out sets is that).
"""
from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_headlines import ROOT, norm_buyer, norm_title  # noqa: E402
from probe_headlines import TITLES  # noqa: E402

from mw.ingest.headlines import _title_case, extract_greenlight, find_quoted  # noqa: E402

BUYERS = ["Apple TV+", "BBC Three", "Channel 4", "Paramount+", "HBO Max", "U&Dave", "Sky Atlantic", "Prime Video",
          "The CW", "Adult Swim", "E4", "S4C", "RTÉ", "ZDF", "Disney+ Hotstar", "JioCinema", "tvN", "Peacock",
          "Netflix", "ITV1", "Crave", "Stan", "BBC iPlayer", "History Channel", "E!", "A&E", "truTV", "The Roku Channel",
          "Network 10", "RTÉ One", "5Star", "W", "Neon", "Mubi", "GKIDS", "Crunchyroll", "Viaplay", "Canal+", "TVING",
          "Shahid", "Showmax", "ZEE5", "Sony Pictures Classics", "Magnolia Pictures", "IFC Films", "Kino Lorber",
          "Third Window Films", "Studiocanal", "Curzon", "Signature Entertainment", "A24", "Oscilloscope", "Movistar Plus+",
          "Globoplay", "iQiyi", "U-Next", "JioHotstar", "Coupang Play"]
QUOTES = [("'", "'"), ("\u2018", "\u2019"), ("\u201c", "\u201d"), ('"', '"')]
LABELS = [("", " - Screen Rant", "same"), ("", " | Cord Cutters News", "same"), ("", " - TV Insider", "same"),
          ("", " (Exclusive)", "same"), ("", " (Video)", "same"), ("Emmys: ", "", "same"), ("TCA: ", "", "same"),
          ("EXCLUSIVE: ", "", "same"), ("", " (Report)", "none"), ("Cannes: ", "", "same"),
          ("Berlinale: ", "", "same"), ("MIPCOM: ", "", "same"), ("Upfronts 2024: ", "", "same"),
          ("TV News Roundup: ", "", "same"), ("Nov 3, 2024 - ", "", "same"), ("", " \u2014 Update", "same"),
          ("BREAKING: ", "", "same"), ("", " [Updated]", "same"), ("Exclusive \u2013 ", "", "same"),
          ("EXCLUSIVE | ", "", "same"), ("", " \u2013 Exclusive", "same"), ("", " - Deadline", "same"),
          ("", " | Hollywood Reporter", "same"), ("Renewals: ", "", "same"), ("TV News: ", "", "same")]
TAILS = [" After Two Seasons", " Ahead of Premiere", " Amid Ratings Slump", " Following Strong Ratings",
         " in Overall Deal", " for 2025", " as Production Begins", " With New Cast", ", Sources Say"]
ADVERBS = [("Officially ", "same"), ("Quietly ", "same"), ("Finally ", "same"), ("Reportedly ", "none")]
VERBS = [("Renews", "Cancels"), ("renews", "cancels"), ("Renewed", "Canceled"), ("renewed", "cancelled"),
         ("Orders", "Casts"), ("orders", "casts"), ("Ordered", "Scrapped"), ("ordered", "scrapped"),
         ("Picks Up", "Passes On"), ("picks up", "passes on"), ("Greenlights", "Shelves"), ("greenlights", "shelves"),
         ("Greenlit", "Shelved"), ("greenlit", "shelved"), ("Commissions", "Axes"), ("commissions", "axes"),
         ("Commissioned", "Axed"), ("commissioned", "axed"), ("Acquires", "Drops"), ("acquires", "drops")]
CREDITS = [" From 'Succession' Creator Jesse Armstrong", " From \u2018Yellowstone\u2019 Team",
           ", Starring 'The Bear' Alum Ayo Edebiri", " From 'Hacks' Showrunners", " From The Creator Of 'Lost'",
           " Based On 'Dune' Author's Novel"]
NEWS = ["; 'Severance' Gets Premiere Date", "; \u2018The Bear\u2019 Cast Adds Jane Doe", ", Sets 'Hacks' Premiere",
        "; 'Landman' Trailer Released", "; 'Lost' Star Joins 'Slow Horses'", " as 'Succession' Star Exits",
        "; 'Ted Lasso' Ratings Soar", "; 'Bluey' Movie Dated"]
_ORDER_VERB = re.compile(r"(?<![\w'])(Renews|Orders|Picks Up|Greenlights|Commissions|Acquires|renews|orders|picks up|"
                         r"greenlights|commissions|acquires)(?![\w])")
Pairs = list[tuple[str, str]]


def _files() -> list[str]:
    return sorted(glob.glob(str(ROOT / "tests/data/headlines_dev*.jsonl"))) + \
        [str(ROOT / f"tests/eval/headlines_holdout{n}/headlines.jsonl")
         for n in (2, 3, 4, 5, 6, 7, 8, 9, 14, 18, 22, 23, 24, 26)] + \
        [str(ROOT / "tests/eval/headlines/real_headlines.jsonl")]


def _key(pairs: Pairs) -> list[tuple[str, str]]:
    return sorted((norm_buyer(b), norm_title(t)) for b, t in pairs)


def _read(h: str, d: str) -> Pairs:
    return [(r["buyer"], r["title"]) for r in extract_greenlight(h, summary=d).records]


def _title_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    for i, (_, t) in enumerate(gold):
        if len(t) < 3 or h.lower().count(t.lower()) != 1 or \
                any(t.lower() in t2.lower() for j, (_, t2) in enumerate(gold) if j != i):
            continue
        pat = re.compile(re.escape(t), re.I)
        for s in TITLES:
            if norm_title(s) in {norm_title(x) for _, x in gold}:
                continue
            h2 = pat.sub(lambda m: s.upper() if m.group(0).isupper() and len(m.group(0)) > 3 else s, h)
            yield h2, pat.sub(s, d), [(b, s if j == i else tt) for j, (b, tt) in enumerate(gold)]


def _buyer_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    buyers = {b for b, _ in gold}
    if len(buyers) != 1:
        return
    b = buyers.pop()
    if h.count(b) != 1 or any(b.lower() in t.lower() for _, t in gold):
        return
    for nb in BUYERS:
        if norm_buyer(nb) != norm_buyer(b):
            yield h.replace(b, nb), d.replace(b, nb), [(nb, t) for _, t in gold]


def _quote_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    quoted = find_quoted(h)
    for o, c in QUOTES if quoted else []:
        h2 = h
        for a, b, text in reversed(quoted):
            h2 = h2[:a] + o + text + c + h2[b:]
        if h2 != h:
            yield h2, d, gold


def _label_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    for pre, post, expect in LABELS:
        if pre and ":" in h[:40]:
            continue
        yield pre + h + post, d, gold if expect == "same" else []


def _adverb_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    m = _ORDER_VERB.search(h)
    for adverb, expect in ADVERBS if m else []:
        a = adverb if m.group(1)[0].isupper() else adverb.lower()
        yield h[:m.start()] + a + h[m.start():], d, gold if expect == "same" else []


def _credit_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    t = gold[0][1]
    m = re.search(r"(?<![\w\u2018\u201c'\"])" + re.escape(t) + r"(?![\w\u2019\u201d'\"])", h)
    for credit in CREDITS if m else []:
        yield h[:m.end()] + credit + h[m.end():], d, gold


def _tail_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    for tail in TAILS:
        yield h.rstrip(" .!") + tail, d, [] if "Sources" in tail else gold


def _news_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    for news in NEWS:
        yield h + news, d, gold


_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "but",
          "into", "over"}


def _case_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    kept = [(a, b) for a, b, _ in find_quoted(h)]
    for name in [x for pair in gold for x in pair]:
        at = h.find(name)
        if at >= 0:
            kept.append((at, at + len(name)))
    chars = list(h)
    title_case = _title_case(h)
    for m in re.finditer(r"[A-Za-z][\w'\u2019-]*", h):
        w = m.group(0)
        if m.start() == 0 or any(a <= m.start() < b for a, b in kept) or (w.isupper() and len(w) > 1):
            continue
        if title_case:
            chars[m.start()] = w[0].lower()
        elif w.lower() not in _SMALL:
            chars[m.start()] = w[0].upper()
    h2 = "".join(chars)
    if h2 != h:
        yield h2, d, gold


def _verb_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    h2 = h
    for a, b in VERBS:
        h2 = re.sub(r"(?<![\w'])" + re.escape(a) + r"(?![\w])", b, h2)
    if h2 != h and gold:
        yield h2, "", []


DESCRIPTORS = ["Crime Drama", "Comedy Series", "Emmy-Winning Drama", "Hit Docuseries", "Animated Series",
               "Spanish Thriller", "Reality Show", "Period Drama", "Limited Series", "Sci-Fi Series", "K-Drama", "Anime",
               "Telenovela", "Nordic Noir", "Bollywood Film", "Spanish-Language Series", "Turkish Drama", "Cannes Winner",
               "Sundance Doc", "Animated Feature"]


def _descriptor_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    t = gold[0][1]
    m = re.search(r"[\u2018\u201c'\"]?(?<![\w])" + re.escape(t) + r"(?![\w])", h)
    if not m or any(t.lower() in t2.lower() for _, t2 in gold[1:]):
        return
    title_case = _title_case(h)
    for desc in DESCRIPTORS:
        word = desc if title_case or m.start() == 0 else desc.lower()
        yield h[:m.start()] + word + " " + h[m.start():], d, gold


def _list_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    quoted = [(a, b, text) for a, b, text in find_quoted(h) if norm_title(text) == norm_title(gold[0][1])]
    if len(gold) != 1 or len(quoted) != 1:
        return
    a, b, text = quoted[0]
    o, c = h[a], h[b - 1]
    others = [s for s in TITLES if norm_title(s) != norm_title(text)]
    for i in range(0, len(others) - 1, 7):
        s, u = others[i], others[i + 1]
        buyer = gold[0][0]
        yield h[:b] + f" and {o}{s}{c}" + h[b:], d, gold + [(buyer, s)]
        yield h[:b] + f", {o}{s}{c} & {o}{u}{c}" + h[b:], d, gold + [(buyer, s), (buyer, u)]


OWNERS = ["Jane Doe's ", "Park Chan-wook\u2019s ", "Jane Doe and John Roe's "]
TERRITORIES = [" for North America", " for the UK", " in U.S.", " for Latin America", " Worldwide"]


def _owner_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    t = gold[0][1]
    m = re.search(r"[\u2018\u201c'\"]?(?<![\w'\u2019])" + re.escape(t) + r"(?![\w])", h)
    if not m or re.search(r"[\w'\u2019]s\s+$", h[:m.start()]) or any(t.lower() in t2.lower() for _, t2 in gold[1:]):
        return
    for owner in OWNERS:
        yield h[:m.start()] + owner + h[m.start():], d, gold


def _territory_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    quoted = [(a, b, text) for a, b, text in find_quoted(h) if norm_title(text) == norm_title(gold[-1][1])]
    if len(quoted) != 1:
        return
    for territory in TERRITORIES:
        yield h[:quoted[0][1]] + territory + h[quoted[0][1]:], d, gold


_PAST = {"renews": "renewed", "orders": "ordered", "picks up": "picked up", "acquires": "acquired", "buys": "bought",
         "greenlights": "greenlit", "commissions": "commissioned"}


def _voice_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    buyers = {b for b, _ in gold}
    quoted = find_quoted(h)
    if len(buyers) != 1 or len(gold) != 1 or len(quoted) != 1:
        return
    b = buyers.pop()
    a, e, text = quoted[0]
    m = re.match(re.escape(b) + r"\s+(" + "|".join(_PAST) + r")\s+$", h[:a], re.I)
    if not m or norm_title(text) != norm_title(gold[0][1]):
        return
    past = _PAST[m.group(1).lower()]
    past = past.title() if m.group(1)[:1].isupper() else past
    by = "By" if m.group(1)[:1].isupper() else "by"
    rest = h[e:]
    yield f"{h[a:e]} {past} {by} {b}{rest}", d, gold
    yield f"{b}\u2019s {h[a:e]} {past}{rest}", d, gold


_SEASON_FORMS = ["Season 2", "Season Two", "Second Season", "S2", "a Sophomore Season", "Series 2", "a 2nd Season"]
_SEASON_SPOT = re.compile(r"(?i)\b(?:an?\s+)?(?:season\s+(?:2|two)|second\s+season|s2|sophomore\s+season|series\s+(?:2|two)|"
                          r"second\s+series|2nd\s+season)\b")


def _season_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    m = _SEASON_SPOT.search(h)
    if not m or any(m.start() < b and a < m.end() for a, b, _ in find_quoted(h)):
        return
    for form in _SEASON_FORMS:
        f = form if h[m.start()].isupper() else form.lower()
        if f.lower() != m.group(0).lower():
            yield h[:m.start()] + f + h[m.end():], d, gold


def _nodesc_variants(h: str, d: str, gold: Pairs) -> Iterator[tuple[str, str, Pairs]]:
    if d:
        yield h, "", gold


FAMILIES = {"title": _title_variants, "buyer": _buyer_variants, "quotes": _quote_variants,
            "label": _label_variants, "adverb": _adverb_variants, "credit": _credit_variants,
            "news": _news_variants, "case": _case_variants, "verb": _verb_variants,
            "descriptor": _descriptor_variants, "tail": _tail_variants, "list": _list_variants, "nodesc": _nodesc_variants,
            "owner": _owner_variants, "territory": _territory_variants, "voice": _voice_variants,
            "season": _season_variants}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--family", choices=sorted(FAMILIES), action="append", help="only these families")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print up to N wrong headlines per family")
    args = ap.parse_args(argv)
    frames: list[tuple[str, str, Pairs]] = []
    for path in _files():
        for line in open(path, encoding="utf-8"):
            row: dict[str, Any] = json.loads(line)
            h, d = row["headline"], row.get("description", "")
            gold = [(p["buyer"], p["title"]) for p in row.get("pairs", [])]
            if gold and _key(_read(h, d)) == _key(gold):
                frames.append((h, d, gold))
    print(f"{len(frames)} frames (labelled headlines with pairs that the rules read right)", file=sys.stderr)
    for family in args.family or list(FAMILIES):
        counts: Counter[str] = Counter()
        shown: list[str] = []
        for h, d, gold in frames:
            for h2, d2, want in FAMILIES[family](h, d, gold):
                got = _read(h2, d2)
                counts["headlines"] += 1
                wrong = [g for g in _key(got) if g not in _key(want)]
                if wrong:
                    counts["wrong"] += 1
                    if len(shown) < args.show:
                        shown.append(f"    {got} <- {h2}" + (f" || {d2[:120]}" if d2 else ""))
                elif len(_key(got)) < len(want):
                    counts["missed"] += 1
        print(f"{family:10} {counts['headlines']:6} headlines {counts['wrong']:4} with a wrong pair "
              f"{counts['missed']:5} missing a pair")
        for line in shown:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
