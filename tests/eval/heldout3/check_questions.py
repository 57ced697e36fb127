#!/usr/bin/env python3
"""Check, from the knowledge-base records alone, that every expectation in questions.jsonl is unambiguous.

    python tests/eval/heldout3/check_questions.py

Never calls `mw ask`. Checks: every top1/top3_any id is an executive in kb.jsonl; every question has a
claim below and the claim holds; greenlights / greenlights_raw filters select at least one record (over
the raw records, genre/format words compared case-insensitively, as scripts/eval.py does); unknown names
share no word with any executive, company, alias or greenlight title; and no company, alias or
executive name of this KB occurs in the earlier held-out or dev KBs (tests/eval/heldout/*.jsonl,
tests/eval/heldout/real/real_kb.jsonl, tests/eval/heldout2/kb.jsonl, tests/eval/dev/**/*.jsonl).
Names are compared folded to ASCII (anyascii when installed, else NFKD), so "Køhn" matches "Kohn".
Exit status 1 when any check fails.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent

try:
    from anyascii import anyascii
except ImportError:  # NFKD drops letters such as ø; anyascii keeps them as o
    def anyascii(s: str) -> str:
        return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fold(s: str) -> str:
    return anyascii(s).lower()


def words(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(s)))


# question -> claim
CLAIMS = {
    "I have a Norwegian crime drama, where do I take it?": ["country_genre", "Norway", "crime"],
    "Who should I pitch a Finnish comedy to?": ["country_genre", "Finland", "comedy"],
    "Which exec should I approach with a K-drama?": ["country_genre", "South Korea", "drama"],
    "Who's the right person for an Aussie sitcom?": ["country_genre", "Australia", "sitcom"],
    "Who commissions German crime thrillers?": ["country_genre", "Germany", "crime"],
    "I've written a Brazilian telenovela, who should I send it to?": ["country", "Brazil"],
    "Who do I pitch a French political thriller to?": ["country", "France"],
    "Who handles pan-Scandi crime series across all the Nordics, not just one country?":
        ["country_genre", "Nordics", "crime"],
    "Who at HBO should I pitch a half-hour comedy to?": ["buyer_genre", "hbo", "comedy"],
    "Who at Paramount+ takes westerns?": ["buyer_genre", "paramount-plus", "western"],
    "Who handles late night at HBO?": ["buyer_genre", "hbo", "late night"],
    "I've got a feature documentary, who at HBO is the right person?": ["buyer_genre", "hbo", "documentary"],
    "Who at Apple handles unscripted?": ["buyer_genre", "apple-tv-plus", "unscripted"],
    "Who at Peacock should I take a true crime docuseries to?": ["buyer_genre", "peacock", "true crime"],
    "Which Yle exec deals with youth drama?": ["buyer_genre", "yle", "youth drama"],
    "who at tving buys dating shows": ["buyer_genre", "tving", "dating"],
    "Who at the ABC takes Australian documentaries?": ["buyer_genre", "abc-australia", "documentary"],
    "Who should I pitch an Indigenous drama to?": ["genre_unique", "indigenous"],
    "Who at ZDFneo would take a sitcom?": ["buyer_genre", "zdf", "sitcom"],
    "Who at Prime Video commissions European originals?": ["buyer_region", "prime-video", "Europe"],
    "Who at Quillmarsh Entertainment buys thrillers?": ["unknown", "Quillmarsh Entertainment"],
    "I have a horror series for Stellwick Plus, who there should I call?": ["unknown", "Stellwick"],
    "What is Paramount+ looking for?": ["buyer_most", "paramount-plus"],
    "What does Peacock want right now?": ["buyer_most", "peacock"],
    "What's Viaplay's content strategy?": ["buyer_most", "viaplay"],
    "What kind of series is ZDF after?": ["buyer_most", "zdf"],
    "What is Georgia Brown looking for at Amazon?": ["named"],
    "What's Erick Bretas's strategy for Globoplay?": ["named"],
    "What does Ivar Kohn want from Norwegian drama?": ["named"],
    "What kind of shows does Fabrice de la Patelliere want for Canal+?": ["named"],
    "What's Francesca Orsi looking for?": ["named"],
    "What's Jarmo Lampela's mandate at Yle?": ["named"],
    "What is Corvelia Danthorpe's mandate?": ["unknown", "Corvelia Danthorpe"],
    "What does Brackenholt Media want these days?": ["unknown", "Brackenholt Media"],
    "Does Quorbridge Pictures buy horror?": ["unknown", "Quorbridge Pictures"],
    "Who greenlit House of the Dragon season 2?": ["greenlight_exec", "House of the Dragon (season 2)"],
    "Tell me about We Children from Bahnhof Zoo": ["greenlight_exec", "We Children from Bahnhof Zoo"],
    "Who ordered Die neue Zeit?": ["greenlight_exec", "Die neue Zeit"],
    "Who commissioned Blockbustaz season 2?": ["greenlight_exec", "Blockbustaz (season 2)"],
    "Who greenlit Hassel?": ["greenlight_exec", "Hassel"],
    "What has Canal+ ordered since 2021?": ["filter"],
    "Latest comedy greenlights at Peacock since 2020": ["filter"],
    "What did TVING announce in December 2022?": ["filter"],
    "Which westerns has Paramount+ greenlit?": ["filter"],
    "Has Canal+ ordered any westerns?": ["filter"],
    "What has Apple ordered lately in sci-fi?": ["filter"],
    "Which ZDF series were announced in 2019?": ["filter"],
    "What Italian shows has Prime Video commissioned?": ["filter"],
    "Has Globoplay greenlit any horror?": ["filter"],
    "What did Viaplay order in 2017?": ["filter"],
    "Which Disney+ docuseries were added in 2020?": ["filter"],
    "What superhero shows has Disney+ picked up?": ["filter"],
    "Any coming-of-age series on Disney+ in 2021?": ["filter"],
    "Which concert films were greenlit?": ["filter"],
    "Who greenlit Thistlewade Parish?": ["unknown", "Thistlewade Parish"],
    "Tell me about the Canal+ series Marnevaux Sillequin": ["unknown", "Marnevaux Sillequin"],
    "What has Orlaith Penderquist greenlit at HBO?": ["unknown", "Orlaith Penderquist"],
    "Show me example loglines of Disney+ nature docuseries": ["filter"],
    "Give me examples of anthology series loglines": ["filter"],
    "Examples of Canal+ comedies": ["filter"],
    "Example loglines for K-dramas on TVING": ["filter"],
    "Show me loglines of competition shows Disney+ has picked up": ["filter"],
    "examples of superhero pitches that got made": ["filter"],
    "Show me loglines of Peacock comedies": ["filter"],
    "Examples of crime series Viaplay has ordered": ["filter"],
    "Show me loglines from Ravensloe Network's slate": ["unknown", "Ravensloe Network"],
    "How do I pitch to Canal+?": ["buyer_only", "canal-plus"],
    "How does pitching to Amazon in Europe work?": ["process_unique", "prime-video", "straight to series"],
    "How do I get a comedy idea in front of the ABC?": ["process_unique", "abc-australia", "submissions"],
    "How does Yle Drama decide what to order?": ["process_unique", "yle", "slate"],
    "How should I pitch a drama to HBO?": ["process_unique", "hbo", "ongoing"],
    "How do I pitch to Ivar Kohn?": ["named_process"],
    "How do I get Hans-Jorgen Osnes to co-finance my show?": ["named_process"],
    "How do I get a series onto Globoplay?": ["buyer_only", "globoplay"],
    "How do I pitch to Tamsin Vellacroft?": ["unknown", "Tamsin Vellacroft"],
    "how do i submit a show to Drevanport Broadcasting": ["unknown", "Drevanport Broadcasting"],
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
        if f.get("countries") and str(g.get("country") or g.get("region") or "").lower() not in \
                [str(c).lower() for c in f["countries"]]:
            continue
        if f.get("since") and g["date"] < f["since"]:
            continue
        if f.get("until") and g["date"] > f["until"]:
            continue
        out.append(g["id"])
    return out


def earlier_names() -> set[str]:
    files = sorted(EVAL.glob("heldout/*.jsonl")) + [EVAL / "heldout/real/real_kb.jsonl", EVAL / "heldout2/kb.jsonl"]
    files += sorted(EVAL.glob("dev/**/*.jsonl"))
    names: set[str] = set()
    for f in files:
        if not f.exists():
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("type") in ("company", "executive"):
                names.add(fold(r.get("name", "")))
                names |= {fold(a) for a in r.get("aliases") or []}
    return names


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
    old = earlier_names()
    for r in kb:
        if r["type"] in ("company", "executive"):
            for n in [r["name"], *(r.get("aliases") or [])]:
                if fold(n) in old:
                    bad.append(f"overlap with an earlier KB: {n}")
    constrained: list[str] = []
    seen_q: set[str] = set()
    for q in qs:
        text, claim = q["q"], CLAIMS.get(q["q"])
        exp = q.get("top1") or (q.get("top3_any") or [None])[0]
        ids = ([q["top1"]] if "top1" in q else []) + q.get("top3_any", [])

        def fail(msg: str) -> None:
            bad.append(f"{text}: {msg}")
        if text in seen_q:
            fail("duplicate question")
        seen_q.add(text)
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
        elif kind == "country_genre":
            got = [e for e, r in ex.items() if r.get("region") == claim[1] and claim[2] in r.get("genres", [])]
            if got != [exp]:
                fail(f"executives with region {claim[1]} and {claim[2]}: {got}")
            if [e for e, r in ex.items() if r.get("region") != claim[1] and claim[2] in r.get("genres", [])]:
                constrained.append(text)
        elif kind == "genre_unique":
            got = [e for e, r in ex.items() if claim[1] in r.get("genres", [])]
            if got != [exp]:
                fail(f"executives with genre {claim[1]}: {got}")
        elif kind == "buyer_genre":
            got = [e for e, r in ex.items() if r["company"] == claim[1] and claim[2] in r.get("genres", [])]
            if got != [exp]:
                fail(f"{claim[1]} executives with {claim[2]}: {got}")
            if [e for e, r in ex.items() if r["company"] != claim[1] and claim[2] in r.get("genres", [])]:
                constrained.append(text)
        elif kind == "buyer_region":
            got = [e for e, r in ex.items() if r["company"] == claim[1] and r.get("region") == claim[2]]
            if got != [exp]:
                fail(f"{claim[1]} executives with region {claim[2]}: {got}")
        elif kind == "buyer_only":
            got = [e for e, r in ex.items() if r["company"] == claim[1]]
            if got != [exp]:
                fail(f"{claim[1]} executives: {got}")
        elif kind == "buyer_most":
            counts = sorted(((mand.get(e, 0), e) for e, r in ex.items() if r["company"] == claim[1]), reverse=True)
            if counts[0][1] != exp or (len(counts) > 1 and counts[1][0] >= counts[0][0]):
                fail(f"mandate counts at {claim[1]}: {counts}")
        elif kind in ("named", "named_process"):
            if not (words(ex[exp]["name"]) <= words(text)):
                fail("executive not named in the question")
            if kind == "named_process" and not ex[exp].get("pitch_process"):
                fail("named executive has no pitch_process")
        elif kind == "greenlight_exec":
            g = [r for r in gls if r["title"] == claim[1]]
            if len(g) != 1 or g[0].get("executives") != [exp]:
                fail(f"greenlight {claim[1]}: {g}")
            if not (words(claim[1]) - {"season", "2"}) <= words(text):
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
    print(f"{len(qs)} questions, {len(bad)} problems; {len(constrained)} constrained questions where an executive "
          f"at another buyer or in another region also has the genre; no company, alias or executive shared "
          f"with {len(old)} names of the earlier KBs" if not any(b.startswith("overlap") for b in bad) else "")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
