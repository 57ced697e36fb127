"""A generated knowledge base whose every count is known, for the trends/compare/greenlit/moves/watch tests.

:func:`records` builds it from a seed (three buyers, six executives, ``n`` greenlights spread over 2023-01-01 ..
TODAY, some with recorded executives, some without); :func:`oracle_counts` counts greenlights by brute force,
independently of :mod:`mw.ask.trends`.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any, Iterable

TODAY = dt.date(2026, 6, 15)
NOW = "2026-06-15T12:00:00Z"
BUYERS = {"alder-streaming": ("Alder Streaming", "streamer", "US"), "birchwood-tv": ("Birchwood TV", "network", "UK"),
          "cedar-plus": ("Cedar Plus", "streamer", "US")}
EXECS = [
    # id, name, company, title, genres
    ("ann-archer", "Ann Archer", "alder-streaming", "Head of Drama", ["crime", "drama"]),
    ("ben-brook", "Ben Brook", "alder-streaming", "VP Comedy", ["comedy"]),
    ("cat-cole", "Cat Cole", "birchwood-tv", "Commissioning Editor, Crime", ["crime", "thriller"]),
    ("dev-doyle", "Dev Doyle", "birchwood-tv", "Head of Comedy", ["comedy", "drama"]),
    ("eve-engel", "Eve Engel", "cedar-plus", "SVP Originals", ["thriller", "drama"]),
    ("finn-ford", "Finn Ford", "cedar-plus", "Director of Film", ["crime", "comedy"]),
]
GENRES = ["crime", "comedy", "drama", "thriller"]
FORMATS = ["series", "feature", "limited series"]
REGIONS = ["US", "UK"]


def records(seed: int = 7, n: int = 400) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    out: list[dict[str, Any]] = []
    for cid, (name, kind, region) in BUYERS.items():
        out.append({"type": "company", "id": cid, "name": name, "kind": kind, "region": region,
                    "source": f"https://example.test/company/{cid}"})
    for eid, name, cid, title, genres in EXECS:
        out.append({"type": "executive", "id": eid, "name": name, "company": cid, "title": title,
                    "region": BUYERS[cid][2], "genres": genres, "updated_at": "2025-01-10",
                    "source": f"https://example.test/exec/{eid}"})
    for i, (eid, *_rest) in enumerate(EXECS):
        out.append({"type": "mandate", "executive": eid, "date": f"2026-0{1 + i % 5}-1{i}",
                    "text": f"Looking for {EXECS[i][4][0]} with a strong hook, number {i}.",
                    "source": f"https://example.test/mandate/{eid}"})
    span = (TODAY - dt.date(2023, 1, 1)).days
    for i in range(n):
        cid = rnd.choice(list(BUYERS))
        date = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randint(0, span))
        genres = rnd.sample(GENRES, rnd.choice([1, 1, 2]))
        rec: dict[str, Any] = {"type": "greenlight", "title": f"Show {i:04d}", "buyer": cid, "date": date.isoformat(),
                               "genres": genres, "format": rnd.choice(FORMATS), "region": rnd.choice(REGIONS),
                               "source": f"https://example.test/gl/{i}"}
        if rnd.random() < 0.6:
            rec["executives"] = [rnd.choice([e[0] for e in EXECS if e[2] == cid])]
        out.append(rec)
    return out


def write_jsonl(path: Path, recs: Iterable[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    return path


def gl_id(rec: dict[str, Any]) -> str:
    """The id the importer gives a greenlight (buyer + slug of the title)."""
    return f"{rec['buyer']}--{rec['title'].lower().replace(' ', '-')}"


def quarter(date: str) -> str:
    return f"{date[:4]}-Q{(int(date[5:7]) + 2) // 3}"


def oracle_counts(recs: list[dict[str, Any]], since: str, until: str, *, buyers: tuple[str, ...] = (),
                  genres: tuple[str, ...] = (), formats: tuple[str, ...] = (), regions: tuple[str, ...] = (),
                  key: str = "total") -> dict[str, list[str]]:
    """Ids of matching greenlights dated since..until, grouped by ``key``: total, genre, format, region, buyer,
    month, quarter or year. Brute force over the generated records."""
    out: dict[str, list[str]] = {}
    for r in recs:
        if r["type"] != "greenlight" or not (since <= r["date"] <= until):
            continue
        if buyers and r["buyer"] not in buyers:
            continue
        if genres and not all(g in r["genres"] for g in genres):
            continue
        if formats and r["format"] not in formats:
            continue
        if regions and r["region"] not in regions:
            continue
        keys = {"total": ["total"], "genre": r["genres"], "format": [r["format"]], "region": [r["region"]],
                "buyer": [r["buyer"]], "month": [r["date"][:7]], "quarter": [quarter(r["date"])],
                "year": [r["date"][:4]]}[key]
        for k in keys:
            out.setdefault(k, []).append(gl_id(r))
    return out
