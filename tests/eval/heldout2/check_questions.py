#!/usr/bin/env python3
"""Check, from the knowledge-base records alone, that every expectation in questions.jsonl is unambiguous.

    python tests/eval/heldout2/check_questions.py

Never calls `mw ask`. Checks: every top1/top3_any id is an executive in kb.jsonl; every question has a
claim below and the claim holds; greenlights / greenlights_raw filters select at least one record (over
the raw records, genre/format words compared case-insensitively, as scripts/eval.py does for
greenlights_raw); unknown names share no word with any executive, company, alias or greenlight title.
Exit status 1 when any check fails.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()


def words(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(s)))


# question -> claim
CLAIMS = {
    "Who should I pitch a Canadian sitcom to?": ["country", "Canada"],
    "I'm a Toronto writer with a sketch comedy show, which exec should I approach?": ["genre_unique", "sketch comedy"],
    "Who commissions Swedish drama?": ["country", "Sweden"],
    "Who should I take a Danish political drama to?": ["country", "Denmark"],
    "Who at S4C should I pitch a Welsh crime drama to?": ["buyer_genre", "s4c", "crime"],
    "Who at RTE should I pitch an Irish crime series to?": ["buyer_genre", "rte", "crime"],
    "Which Stan executive should I pitch a horror series to?": ["buyer_genre", "stan", "horror"],
    "Who at Channel 5 should I pitch a crime drama to?": ["buyer_genre", "channel-5", "crime"],
    "I have a thriller series, who at Hulu should I pitch it to?": ["buyer_only", "hulu"],
    "Who should I pitch a period drama to?": ["genre_unique", "period drama"],
    "Who takes factual entertainment formats?": ["genre_unique", "factual entertainment"],
    "Who commissions observational documentary series at Channel 5?": ["genre_unique", "observational documentary"],
    "I've got a presenter-led history series, who's the right commissioner?": ["genre_unique", "history"],
    "Which ITV commissioner handles scripted comedy?": ["buyer_genre", "itv", "comedy"],
    "Who at Sky should I pitch a sci-fi drama to?": ["buyer_genre", "sky", "sci-fi"],
    "who at uktv would take a comedy": ["buyer_only", "uktv"],
    "Who at Kestrelbrook Quorvane buys crime dramas?": ["unknown", "Kestrelbrook Quorvane"],
    "What does Channel 5 want?": ["buyer_most", "channel-5"],
    "What's ITV looking for in drama right now?": ["buyer_most", "itv"],
    "What is Polly Hill looking for?": ["named"],
    "What's Anna Croneman's mandate?": ["named"],
    "What does Daniel Pearl want to commission?": ["named"],
    "What is Craig Erwich's strategy for Hulu originals?": ["named"],
    "What kind of shows does Cailah Scobie want for Stan?": ["named"],
    "What is Hortensia Vellacourt's mandate?": ["unknown", "Hortensia Vellacourt"],
    "What does Grimsdale Quorvex want right now?": ["unknown", "Grimsdale Quorvex"],
    "What has Stan commissioned since 2024?": ["filter"],
    "Who greenlit The Gloaming?": ["greenlight_exec", "The Gloaming"],
    "Tell me about Little Birds": ["greenlight_exec", "Little Birds"],
    "Who commissioned Bancroft series 2?": ["greenlight_exec", "Bancroft (series 2)"],
    "Which CBC comedies were renewed in 2023?": ["filter"],
    "What did RTE order in 2023?": ["filter"],
    "What did Channel 5 commission in 2014?": ["filter"],
    "Latest anime greenlights at Hulu": ["filter"],
    "What game shows has Hulu picked up?": ["filter"],
    "Which Hulu docuseries were greenlit in 2021?": ["filter"],
    "Have any westerns been greenlit?": ["filter"],
    "Which stand-up specials were ordered?": ["filter"],
    "Who greenlit Zephyrine Hollowmere?": ["unknown", "Zephyrine Hollowmere"],
    "Tell me about the Sky series Marrowquist Abbeyfold": ["unknown", "Marrowquist Abbeyfold"],
    "What has Velloria Brantwick greenlit at ITV?": ["unknown", "Velloria Brantwick"],
    "Show me example loglines of Hulu cooking shows": ["filter"],
    "Give me examples of anime pitches": ["filter"],
    "examples of adult animation loglines": ["filter"],
    "Show me loglines of crime dramas Stan has commissioned": ["filter"],
    "Examples of sketch comedy that got greenlit": ["filter"],
    "Example loglines for observational documentaries": ["filter"],
    "How do I pitch a drama to ITV?": ["process_unique", "itv", "drama"],
    "How can a regional indie get a commission from ITV?": ["process_unique", "itv", "regional"],
    "How do I submit an idea to UKTV?": ["buyer_only", "uktv"],
    "How do I pitch to RTE2?": ["process_unique", "rte", "RTÉ2"],
    "How does pitching to SVT drama work?": ["buyer_only", "svt"],
    "How do diverse-led indies get into Channel 5 primetime?": ["process_unique", "channel-5", "diverse"],
    "How do I pitch to Barnaby Quillfeather?": ["unknown", "Barnaby Quillfeather"],
    "how do i get a meeting with Thornquist Ravelle": ["unknown", "Thornquist Ravelle"],
}


def select(gls: list[dict], f: dict) -> list[str]:
    out = []
    for g in gls:
        gen = [x.lower() for x in g.get("genres", [])]
        if f.get("genres") and not all(x.lower() in gen for x in f["genres"]):
            continue
        if f.get("formats") and str(g.get("format", "")).lower() not in [x.lower() for x in f["formats"]]:
            continue
        if f.get("buyers") and g["buyer"] not in f["buyers"]:
            continue
        if f.get("since") and g["date"] < f["since"]:
            continue
        if f.get("until") and g["date"] > f["until"]:
            continue
        out.append(g["id"])
    return out


def main() -> int:
    kb = [json.loads(l) for l in (HERE / "kb.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ex = {r["id"]: r for r in kb if r["type"] == "executive"}
    gls = [r for r in kb if r["type"] == "greenlight"]
    mand: dict[str, int] = {}
    for r in kb:
        if r["type"] == "mandate":
            mand[r["executive"]] = mand.get(r["executive"], 0) + 1
    vocab: set[str] = set()
    for r in kb:
        if r["type"] in ("executive", "company"):
            vocab |= words(r["name"])
            for a in r.get("aliases", []):
                vocab |= words(a)
        if r["type"] == "greenlight":
            vocab |= words(r["title"])
    bad = []
    constrained: list[str] = []
    for q in qs:
        text, claim = q["q"], CLAIMS.get(q["q"])
        exp = q.get("top1") or (q.get("top3_any") or [None])[0]
        ids = ([q["top1"]] if "top1" in q else []) + q.get("top3_any", [])

        def fail(msg: str) -> None:
            bad.append(f"{text}: {msg}")
        if claim is None:
            fail("no claim")
            continue
        for i in ids:
            if i not in ex:
                fail(f"unknown executive id {i}")
        kind = claim[0]
        if kind == "country":
            got = [e for e, r in ex.items() if r.get("region") == claim[1]]
            if got != [exp]:
                fail(f"executives with region {claim[1]}: {got}")
        elif kind == "genre_unique":
            got = [e for e, r in ex.items() if claim[1] in r.get("genres", [])]
            if got != [exp]:
                fail(f"executives with genre {claim[1]}: {got}")
        elif kind == "buyer_genre":
            got = [e for e, r in ex.items() if r["company"] == claim[1] and claim[2] in r.get("genres", [])]
            if got != [exp]:
                fail(f"{claim[1]} executives with {claim[2]}: {got}")
            better = [e for e, r in ex.items() if r["company"] != claim[1] and claim[2] in r.get("genres", [])]
            if better:
                constrained.append(text)
        elif kind == "buyer_only":
            got = [e for e, r in ex.items() if r["company"] == claim[1]]
            if got != [exp]:
                fail(f"{claim[1]} executives: {got}")
        elif kind == "buyer_most":
            counts = sorted(((mand.get(e, 0), e) for e, r in ex.items() if r["company"] == claim[1]), reverse=True)
            if counts[0][1] != exp or (len(counts) > 1 and counts[1][0] >= counts[0][0]):
                fail(f"mandate counts at {claim[1]}: {counts}")
        elif kind == "named":
            if not (words(ex[exp]["name"]) <= words(text)):
                fail("executive not named in the question")
        elif kind == "greenlight_exec":
            g = [r for r in gls if r["title"] == claim[1]]
            if len(g) != 1 or g[0].get("executives") != [exp]:
                fail(f"greenlight {claim[1]}: {g}")
            if not (words(claim[1]) - {"series", "2"}) <= words(text):
                fail("title not in question")
        elif kind == "process_unique":
            got = [e for e, r in ex.items() if r["company"] == claim[1] and claim[2].lower() in (r.get("pitch_process") or "").lower()]
            if got != [exp]:
                fail(f"{claim[1]} pitch_process with {claim[2]}: {got}")
        elif kind == "unknown":
            if not q.get("not_found"):
                fail("unknown claim without not_found")
            common = words(claim[1]) & vocab
            if common:
                fail(f"unknown name shares words with the KB: {common}")
            if fold(claim[1]) not in fold(text):
                fail("unknown name not in question")
        elif kind == "filter":
            f = q.get("greenlights") or q.get("greenlights_raw")
            if not f or not select(gls, f):
                fail("filter selects nothing")
        for key in ("greenlights", "greenlights_raw"):
            if key in q and not select(gls, q[key]):
                fail(f"{key} selects nothing")
    for b in bad:
        print("FAIL", b)
    print(f"{len(qs)} questions, {len(bad)} problems; {len(constrained)} buyer-constrained questions where an "
          f"executive at another buyer also has the genre")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
