#!/usr/bin/env python3
"""Check that every expectation in a held-out questions file is unambiguous in its knowledge base.

    python tests/eval/heldout/check_questions.py world      # or: scale, real

This reads the KB file as written (and, for the `greenlights` key, the same records after `mw kb import`
normalisation, exactly as scripts/eval.py computes them). It never calls `mw ask`. Checks:
  - every id in top1 / top3_any is an executive in the KB;
  - not_found questions: no word of the unknown name (CLAIMS below) occurs in any executive, company,
    alias or greenlight title of the KB;
  - greenlights / greenlights_raw filters select at least one record;
  - per-question claims (CLAIMS below): the single-country executive is the ONLY executive with that
    region; the buyer-constrained executive is the ONLY one at that buyer with that genre; the named
    genre/format specialist has strictly the most mandates mentioning the word; the buyer-strategy
    executive has strictly the most mandates at that buyer.
Exit status 1 when any check fails.
"""
from __future__ import annotations

import collections
import json
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

FOLD = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "œ": "oe"})


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().translate(FOLD)).encode("ascii", "ignore").decode()
    return s


def words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(s)) if len(w) > 3}


# Claims, keyed by set name then by the exact question text.
#   ("country", REGION)            top1 is the only executive whose raw region is REGION
#   ("buyer_genre", BUYER, GENRE)  top1 is the only executive at BUYER whose raw genres include GENRE
#   ("specialist", WORD)           top1/top3_any[0] has strictly the most mandates whose text mentions WORD
#   ("buyer_most", BUYER)          top3_any[0] has strictly the most mandates among BUYER's executives
#   ("unknown", NAME)              NAME shares no word (>3 letters) with any KB name, alias or title
CLAIMS: dict[str, dict[str, tuple]] = {
    "world": {
        "Who should I pitch a Korean romance series to?": ("country", "Korea"),
        "I've got a K-drama about a chaebol family revenge plot. Who's the buyer?": ("country", "Korea"),
        "which exec handles korean thrillers at polaris vista": ("country", "Korea"),
        "Who should I take a Mexican telenovela to?": ("country", "Mexico"),
        "Who buys telenovelas?": ("specialist", "telenovela"),
        "Best person for a Brazilian family comedy?": ("country", "Brazil"),
        "Who's the right buyer for a French crime series set in Marseille?": ("country", "France"),
        "Who should I pitch a German crime feature for a Sunday night slot to?": ("country", "Germany"),
        "Spanish thriller set in Andalusia - who do I pitch?": ("country", "Spain"),
        "Who commissions Indian crime thrillers?": ("country", "India"),
        "Nigerian romantic comedy set in Lagos: who should I send it to?": ("country", "Nigeria"),
        "Who should I pitch a Brit sitcom to?": ("country", "UK"),
        "Who buys British stand-up specials?": ("country", "UK"),
        "Who should I pitch a Scandi crime drama to?": ("country", "Nordics"),
        "Who handles Australian reality competition shows?": ("country", "Australia"),
        "Japanese anime series, original concept, who's the right exec?": ("country", "Japan"),
        "Who at Canal Ocelote should I pitch a sitcom to?": ("buyer_genre", "canal-ocelote", "comedy"),
        "I need someone at Kesari Stream for a true crime docuseries": ("buyer_genre", "kesari-stream", "true crime"),
        "Who at Larkspur Four takes true crime docuseries?": ("buyer_genre", "larkspur-four", "true crime"),
        "Which Tele Mistral exec should get my natural history doc?": ("buyer_genre", "tele-mistral", "natural history"),
        "Who at Skjaergard Media buys reality series?": ("buyer_genre", "skjaergard-media", "reality"),
        "Who should I pitch a natural history series to?": ("specialist", "natural history"),
        "Who's buying dating shows right now?": ("specialist", "dating show"),
        "who takes stand-up specials": ("specialist", "stand-up"),
        "Who handles festival acquisitions for indie features?": ("specialist", "festival"),
        "I'm selling an anime feature. Who buys those?": ("specialist", "anime"),
        "Who's the buyer for unscripted dating formats in EMEA?": ("specialist", "dating"),
        "What is Polaris Vista looking for right now?": ("buyer_most", "polaris-vista"),
        "What does Canal Ocelote want?": ("buyer_most", "canal-ocelote"),
        "What's Skjærgård Media's strategy at the moment?": ("buyer_most", "skjaergard-media"),
        "What kind of projects is Larkspur Four after?": ("buyer_most", "larkspur-four"),
        "What has Wilbur Quenneville greenlit recently?": ("unknown", "Wilbur Quenneville"),
        "What horror has Brackenfold Pictures ordered lately?": ("unknown", "Brackenfold"),
        "Tell me about Saltpeter Wharfside": ("unknown", "Saltpeter Wharfside"),
        "Who greenlit The Orrisroot Affair?": ("unknown", "Orrisroot Affair"),
        "Berenike Sturmvogel's mandate": ("unknown", "Berenike Sturmvogel"),
        "How do I pitch to Casimir Vandersloot?": ("unknown", "Casimir Vandersloot"),
        "What is Tovah Ebershoff looking for?": ("unknown", "Tovah Ebershoff"),
        "Has Quillon Media bought any telenovelas this year?": ("unknown", "Quillon"),
    },
}


def load_claims(name: str) -> dict[str, tuple]:
    extra = HERE / f"{name}_claims.json"
    if extra.exists():
        return {k: tuple(v) for k, v in json.loads(extra.read_text(encoding="utf-8")).items()}
    return CLAIMS.get(name, {})


def normalised_greenlights(kb_path: Path) -> list[dict]:
    os.environ["MW_HOME"] = tempfile.mkdtemp(prefix="mw-check-")
    os.environ["MW_NOW"] = "2026-11-24T12:00:00Z"
    from mw import config
    from mw.core.importer import import_files
    from mw.store.kb import open_kb
    config.reset()
    kb = open_kb()
    import_files(kb, [str(kb_path)], replace=True)
    return list(kb.iter("greenlight"))


def main(name: str) -> int:
    import datetime as dt
    from eval import expected_greenlights, raw_greenlights

    kb_path = HERE / (f"{name}.jsonl" if name != "real" else "real/real_kb.jsonl")
    q_path = HERE / (f"{name}_questions.jsonl" if name != "real" else "real/real_questions.jsonl")
    recs = [json.loads(x) for x in kb_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    execs = {r["id"]: r for r in recs if r["type"] == "executive"}
    comps = {r["id"]: r for r in recs if r["type"] == "company"}
    mandates = [r for r in recs if r["type"] == "mandate"]
    by_exec = collections.defaultdict(list)
    for m in mandates:
        by_exec[m["executive"]].append(m)
    vocab: set[str] = set()
    for r in recs:
        if r["type"] in ("executive", "company"):
            vocab |= words(r["name"]) | {w for a in r.get("aliases", []) for w in words(a)}
        if r["type"] == "greenlight":
            vocab |= words(r["title"])
    today = dt.date(2026, 11, 24)
    norm = normalised_greenlights(kb_path)
    raw = raw_greenlights(str(kb_path))
    claims = load_claims(name)
    cases = [json.loads(x) for x in q_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    bad = []
    intents = collections.Counter(c["intent"] for c in cases)
    for c in cases:
        q = c["q"]
        ids = ([c["top1"]] if "top1" in c else []) + c.get("top3_any", [])
        for i in ids:
            if i not in execs:
                bad.append((q, f"unknown executive id {i}"))
        if "greenlights" in c and not expected_greenlights(norm, c["greenlights"], today):
            bad.append((q, "greenlights filter selects nothing"))
        if "greenlights_raw" in c:
            f = {k: ([str(x).lower() for x in v] if k in ("genres", "formats") else v)
                 for k, v in c["greenlights_raw"].items()}
            if not expected_greenlights(raw, f, today):
                bad.append((q, "greenlights_raw filter selects nothing"))
        if c.get("not_found") and q not in claims:
            bad.append((q, "not_found question without an ('unknown', NAME) claim"))
        claim = claims.get(q)
        if not claim:
            continue
        want = c.get("top1") or (c.get("top3_any") or [None])[0]
        kind = claim[0]
        if kind == "country":
            have = [e for e in execs.values() if e.get("region") == claim[1]]
            if [e["id"] for e in have] != [want]:
                bad.append((q, f"region {claim[1]}: {[e['id'] for e in have]}"))
        elif kind == "buyer_genre":
            have = [e["id"] for e in execs.values() if e["company"] == claim[1] and claim[2] in e.get("genres", [])]
            if have != [want]:
                bad.append((q, f"{claim[1]} executives with {claim[2]}: {have}"))
        elif kind == "specialist":
            cnt = collections.Counter(m["executive"] for m in mandates if claim[1].lower() in m["text"].lower())
            top = cnt.most_common(2)
            if not top or top[0][0] != want or (len(top) > 1 and top[1][1] >= top[0][1]):
                bad.append((q, f"mandates mentioning {claim[1]!r}: {top}"))
        elif kind == "buyer_most":
            cnt = collections.Counter({e["id"]: len(by_exec[e["id"]]) for e in execs.values()
                                       if e["company"] == claim[1]})
            top = cnt.most_common(2)
            if not top or top[0][0] != want or (len(top) > 1 and top[1][1] >= top[0][1]):
                bad.append((q, f"mandate counts at {claim[1]}: {top}"))
        elif kind == "unknown":
            clash = words(claim[1]) & vocab
            if clash or not c.get("not_found"):
                bad.append((q, f"unknown name shares words with the KB: {clash}"))
    for q, why in bad:
        print(f"BAD  {q}: {why}")
    print(f"{name}: {len(recs)} records, {len(cases)} questions {dict(intents)}, {len(claims)} claims, "
          f"{len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "world"))
