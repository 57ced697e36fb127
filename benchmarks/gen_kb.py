#!/usr/bin/env python3
"""Generate a synthetic knowledge base (JSONL) of about N records for benchmarks.

    python benchmarks/gen_kb.py 10000 > /tmp/kb10k.jsonl

Roughly: N/100 companies, N/8 executives, N/8 mandates, the rest greenlights. Deterministic (seeded).
Names are random syllables: fictional by construction.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys

GENRES = ["crime", "thriller", "horror", "comedy", "drama", "sci-fi", "fantasy", "documentary", "true crime",
          "reality", "animation", "kids", "stand-up", "romance", "action", "period", "family"]
FORMATS = ["feature", "series", "limited series", "docuseries", "special"]
REGIONS = ["US", "UK", "Nordics", "LatAm", "APAC", "Europe", "Canada", "Global"]
SYL = ["ka", "lo", "mi", "ra", "ven", "tor", "sel", "bri", "an", "dor", "fen", "gal", "hu", "is", "jor", "kel",
       "mar", "nov", "ol", "pen", "quin", "ros", "sta", "tul", "vik", "wen", "yar", "zel"]
WORDS = ["harbour", "silent", "winter", "city", "orchard", "ledger", "signal", "glass", "ember", "tide", "north",
         "ashes", "paper", "crown", "ferry", "island", "midnight", "copper", "velvet", "border", "river", "wolf"]


def name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts))


def generate(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    today = dt.date(2026, 11, 20)
    out: list[dict] = []
    n_comp = max(5, n // 100)
    n_exec = max(10, n // 8)
    comps = []
    for i in range(n_comp):
        c = {"type": "company", "id": f"co-{i}", "name": name(rng, 2) + " Media", "kind": rng.choice(
            ["streamer", "network", "studio", "distributor"]), "region": rng.choice(REGIONS)}
        comps.append(c)
        out.append(c)
    execs = []
    for i in range(n_exec):
        c = rng.choice(comps)
        g = rng.sample(GENRES, rng.randint(2, 4))
        e = {"type": "executive", "id": f"ex-{i}", "name": name(rng, 2), "company": c["id"], "title": "Head of Content",
             "region": c["region"], "genres": g, "formats": rng.sample(FORMATS, 2),
             "bio": f"Oversees {', '.join(g)} at {c['name']}.", "pitch_process": "Through agents."}
        execs.append(e)
        out.append(e)
    for i in range(n_exec):
        e = execs[i]
        out.append({"type": "mandate", "id": f"md-{i}", "executive": e["id"],
                    "text": f"Looking for {' and '.join(e['genres'])} {e['formats'][0]} projects about "
                            f"{rng.choice(WORDS)} and {rng.choice(WORDS)}.",
                    "date": (today - dt.timedelta(days=rng.randint(0, 700))).isoformat()})
    for i in range(max(0, n - len(out))):
        e = rng.choice(execs)
        out.append({"type": "greenlight", "id": f"gl-{i}", "title": f"The {rng.choice(WORDS).capitalize()} "
                    f"{rng.choice(WORDS).capitalize()} {i}", "buyer": e["company"],
                    "date": (today - dt.timedelta(days=rng.randint(0, 730))).isoformat(),
                    "genres": rng.sample(e["genres"], min(2, len(e["genres"]))), "format": rng.choice(e["formats"]),
                    "region": e["region"], "executives": [e["id"]],
                    "logline": f"A {rng.choice(WORDS)} story of {rng.choice(WORDS)} and {rng.choice(WORDS)}."})
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    for rec in generate(n):
        sys.stdout.write(json.dumps(rec) + "\n")
