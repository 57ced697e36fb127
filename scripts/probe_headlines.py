#!/usr/bin/env python3
"""Probe mw's headline extractor with headlines generated from templates: where does it write a wrong pair?

    PYTHONPATH=. .venv/bin/python scripts/probe_headlines.py            # every family, counts per template
    PYTHONPATH=. .venv/bin/python scripts/probe_headlines.py --show 3   # and up to 3 wrong headlines each
    PYTHONPATH=. .venv/bin/python scripts/probe_headlines.py --case lower --family non-order

Labelled sets find the errors of the shapes they happen to hold; this finds errors of a shape
wherever it occurs. Each template is an order or non-order phrasing with slots for a buyer
``{B}`` (``{B2}`` a second one), a title ``{T}`` (``{T2}``, ``{T3}`` more titles) and sometimes a
description; it is filled with each of :data:`TITLES` (real title shapes: colons, ampersands,
numbers, abbreviations, common words, "Love Is Blind") and a buyer drawn from :data:`BUYERS` with
a fixed seed, and the extractor's pairs are compared with what the template says the headline
announces, under the labelling rules of ``tests/eval/headlines/README.md`` (a pair only when the
headline itself names the buyer, the title and the order). A template whose reading the rules
leave open (``None``) is run but not checked.

The output counts, per template, the headlines with a wrong pair (a pair the template does not
announce) and those missing an announced pair. Wrong pairs are what to look at: each is a
general precision bug, since no template is taken from a labelled set. Misses are mostly the
deliberate caution of the rules with unquoted titles in Title Case. Exit status 1 when any
template gives a wrong pair, 0 otherwise.

This is a development tool: its headlines are constructed, so its counts are no estimate of
precision on real copy (``scripts/eval_headlines.py`` on held-out sets is that).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from typing import Callable, Union

from mw.ingest.headlines import extract_greenlight

TITLES = [
    "The Last of Us", "Squid Game: The Challenge", "Mr. Robot", "St. Denis Medical", "9-1-1", "1923",
    "The White Lotus", "Love Island USA", "What We Do in the Shadows", "It's Always Sunny in Philadelphia",
    "Abbott Elementary", "Grey's Anatomy", "Only Murders in the Building", "Never Have I Ever",
    "The Walking Dead: Daryl Dixon", "Star Trek: Strange New Worlds", "Big Brother", "Gavin & Stacey",
    "Emily in Paris", "Sex Education", "Derry Girls", "Ted Lasso", "Yellowjackets", "FBI: Most Wanted",
    "Law & Order: SVU", "NCIS: Origins", "The Bear", "Taskmaster", "Gogglebox", "Ghosts", "You", "Industry",
    "Severance", "Shrinking", "Slow Horses", "Bluey", "Doctor Who", "Line of Duty", "Love Is Blind",
    "Selling Sunset", "The Boys", "Reacher", "Landman", "Tulsa King", "Bad Sisters", "Happy Valley",
    "The Traitors", "Bridgerton", "Wednesday", "Heartstopper", "Outer Banks", "Ginny & Georgia", "The Diplomat",
    "Virgin River", "Hacks", "Succession", "Fleabag", "Dark", "Lupin", "Borgen",
    "Young Sheldon", "True Detective", "Family Guy", "Teen Wolf", "Mystery Road", "For All Mankind",
    "The Handmaid's Tale", "On My Block", "Original Sin", "Second Chance", "Hit the Floor", "Final Space", "After Life",
    "The Following", "Days of Our Lives", "Night Court", "Channel Zero", "30 Rock", "13 Reasons Why",
    "Schitt's Creek", "To All the Boys",
]
BUYERS = ["Netflix", "HBO", "Apple TV+", "Prime Video", "BBC One", "Channel 4", "ITV", "Sky", "Hulu", "Peacock",
          "Max", "Paramount+", "Stan", "CBC", "Disney+", "FX", "AMC", "Starz", "Showtime", "BBC Two", "Channel 5",
          "ABC", "NBC", "CBS", "Fox", "The CW"]

Slots = dict[str, str]
Expect = Union[str, Callable[[Slots], list[tuple[str, str]]], None]
PAIR: Expect = "pair"   # (B, T)
NONE: Expect = "none"   # no pair


def _both(s: Slots) -> list[tuple[str, str]]:
    return [(s["B"], s["T"]), (s["B"], s["T2"])]


# (headline template, description template, expectation), by family
FAMILIES: dict[str, list[tuple[str, str, Expect]]] = {
    "order": [
        ("{B} Renews {T} for Season 3", "", PAIR),
        ("{B} renews {T} for a third season", "", PAIR),
        ("{T} Renewed for Season 3 at {B}", "", PAIR),
        ("{T} renewed for third series by {B}", "", PAIR),
        ("{B} Renews '{T}' for Season 3", "", PAIR),
        ("'{T}' Renewed for Season 3 at {B}", "", PAIR),
        ("{B} orders second season of {T}", "", PAIR),
        ("{B} Picks Up {T} Season 2", "", PAIR),
        ("{T} Gets Season 3 Renewal at {B}", "", PAIR),
        ("{T} Season 2 Ordered at {B}", "", PAIR),
        ("{B} recommissions {T} for second series", "", PAIR),
        ("{T} returns to {B} for third series", "", PAIR),
        ("{B} renews {T}, {T2} and {T3}", "", lambda s: [(s["B"], s["T"]), (s["B"], s["T2"]), (s["B"], s["T3"])]),
        ("{B} Greenlights {T} Season 2 and {T2} Season 4", "", _both),
        ("{B} Renews {T}, Cancels {T2}", "", PAIR),
        ("{B} axes {T2} but recommissions {T}", "", PAIR),
        ("{T} Moves From {B2} to {B}", "", PAIR),
        ("'{T}' Saved by {B} After {B2} Cancellation", "", PAIR),
        ("{B} Orders More Episodes of {T}", "", PAIR),
        ("{B} Picks Up {T} From {B2}", "", PAIR),
        ("{B} Confirms {T} Will Return for Season 2", "", PAIR),
        ("{T} and {T2} Renewed at {B}", "", None),  # one title or two: the rules read none
    ],
    "non-order": [
        ("{T} Season 3 Trailer: {B} Drama Returns in May", "", NONE),
        ("{B} Cancels {T} After Two Seasons", "", NONE),
        ("{T} Not Renewed at {B}", "", NONE),
        ("{T} Star Jane Doe Joins {B} Drama", "", NONE),
        ("{B}'s {T} Sets Season 3 Premiere Date", "", NONE),
        ("Will {B} Renew {T} for Season 3?", "", NONE),
        ("{T} Creator Signs Overall Deal With {B}", "", NONE),
        ("{T} could be renewed by {B}", "", NONE),
        ("{T} season 2 reportedly ordered at {B}", "", NONE),
        ("{T} fans demand {B} renew the show", "", NONE),
        ("{B} confirms {T} will end after season 3", "", NONE),
        ("{T} Creator's Next Show Ordered at {B}", "", NONE),
        ("{B} Renews {T} Podcast", "", NONE),
        ("{B} Brings Back {T} Host", "", NONE),
        ("{T} Renews Interest in {B}", "", NONE),
        ("{T} Picks Up Emmy Nomination for {B}", "", NONE),
        ("{T} Lands Top Spot on {B} Chart", "", NONE),
        ("{B} Acquires Stake in {T} Producer", "", NONE),
        ("{B} Exec on '{T}' Renewal: 'It Was Easy'", "", NONE),
        ("Explainer: How '{T}' Got Renewed at {B}", "", NONE),
        ("Review: '{T}' Season 2 Justifies {B} Renewal", "", NONE),
        ("'{T}': {B} Reportedly Renews Series", "", NONE),
        ("'{T}' and Other Shows That Were Renewed by {B}", "", NONE),
    ],
    "description": [
        ("{B} Orders Thriller From Jane Doe", "{B} has ordered {T}, a thriller from Jane Doe.", NONE),
        ("{B} Lands {T}", "{B} has acquired {T}, the drama from Jane Doe.", PAIR),
        ("{T} Returns to {B}", "{B} has renewed {T} for a second season.", PAIR),
        ("{T} Star Jane Doe Lands {B} Series", "{B} has ordered Day Port, starring Jane Doe of {T}.", NONE),
        ("{T} Gets {B} Order", "{B} has given a series order to {T}.", PAIR),
        ("{T} Renewed for Season 2", "{B} has renewed {T} for a second season.", NONE),
        ("{B} Renews Drama", "{B} has renewed {T} for a second season.", NONE),
        ("'{T}' Creator Inks {B} Deal", "{B} has signed {T} creator Jane Doe to an overall deal.", NONE),
        ("'{T}' Season 2 Trailer", "{B} has released the trailer for season 2 of {T}, which it renewed in May.", NONE),
    ],
}


def _expected(expect: Expect, slots: Slots) -> list[tuple[str, str]] | None:
    if expect is None:
        return None
    if expect == PAIR:
        return [(slots["B"], slots["T"])]
    if expect == NONE:
        return []
    assert callable(expect)
    return expect(slots)


def _case(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "lower":  # sentence case: words after the first lower-cased, slots kept as they are
        return re.sub(r"(?<= )(?!B2?\}|T[23]?\})([A-Z])(?=[a-z])", lambda m: m.group(1).lower(), text)
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--family", choices=sorted(FAMILIES), action="append", help="only these families")
    ap.add_argument("--case", choices=("title", "lower", "upper"), default="title", help="case of the template words")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print up to N wrong headlines per template")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    total = wrong_total = 0
    for family in args.family or sorted(FAMILIES):
        for head, desc, expect in FAMILIES[family]:
            wrong: list[str] = []
            missed = 0
            template = _case(head, args.case)
            for t in TITLES:
                b, b2 = rng.sample(BUYERS, 2)
                t2, t3 = rng.sample([x for x in TITLES if x != t], 2)
                slots = {"B": b, "B2": b2, "T": t, "T2": t2, "T3": t3}
                h, d = template.format(**slots), desc.format(**slots)
                got = [(r["buyer"], r["title"]) for r in extract_greenlight(h, summary=d).records]
                want = _expected(expect, slots)
                total += 1
                if want is None:
                    continue
                if args.case == "upper":
                    got = [(x.upper(), y.upper()) for x, y in got]
                    want = [(x.upper(), y.upper()) for x, y in want]
                if any(g not in want for g in got):
                    wrong.append(f"    {got} <- {h}" + (f" || {d}" if d else ""))
                elif len(got) < len(want):
                    missed += 1
            wrong_total += len(wrong)
            print(f"{family:12} {len(wrong):3} wrong {missed:3} missed  {head}")
            for line in wrong[: args.show]:
                print(line)
    print(f"{total} headlines, {wrong_total} with a wrong pair", file=sys.stderr)
    return 1 if wrong_total else 0


if __name__ == "__main__":
    sys.exit(main())
