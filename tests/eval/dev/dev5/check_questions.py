#!/usr/bin/env python3
"""Check, from the knowledge-base records alone, that every expectation in dev5's questions.jsonl is unambiguous.

    python tests/eval/dev/dev5/check_questions.py

Never calls `mw ask`. It checks: every question has a claim in CLAIMS and the claim holds over kb.jsonl; every
top1/top3_any id is an executive of the KB; intents are the five scored ones; `greenlights` filters use only
buyers and dates (genre, format and country filters go through `greenlights_raw`, so the expectation never depends
on how mw normalises words); every filter selects at least one record, compared case-insensitively over the raw
records exactly as scripts/eval.py does; every buyer a filter names is a company of the KB; a question that says
"recent", "latest", "lately", "new(est)" or "this year" follows the stated convention (the last 365 days before
--now when that window holds a matching record, else the newest matching records: see README.md); unknown names
are no name, alias or title of the KB and (kind `unknown`) share no word with one. Prints the claim behind any
failure. Exit status 1 when a check fails.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
from eval import expected_greenlights  # noqa: E402  (scripts/eval.py: the scorer's own rule)
INTENTS = {"ROUTING", "STRATEGIC", "FACTUAL", "EXAMPLES", "PROCESS"}
NOW = dt.date(2026, 11, 24)  # scripts/eval.py's default --now


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()


def words(s: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(s)))


# Claims for questions.jsonl (kb.jsonl). Kinds:
#   country C               exactly one executive has region C: the expected one
#   country_genre C G       exactly one executive has region C and genre G
#   country_format C F      exactly one executive has region C and format F
#   genre_unique G          exactly one executive in the KB has genre G
#   buyer_genre B G         exactly one executive at buyer B has genre G
#   buyer_format B F        exactly one executive at buyer B has format F
#   buyer_only B            buyer B has exactly one executive
#   buyer_most B            at buyer B the expected executive has strictly the most mandates
#   named                   the question names the executive (every word of the name)
#   typo N                  N (in the question) is no KB name, and the expected executive is the only one whose
#                           name's words each lie within edit distance 2 of N's words, in order
#   greenlight_exec T       the one greenlight titled T records exactly the expected executive
#   process_unique B W      exactly one executive at B has W in their pitch_process
#   unknown N               N is in the question, is no KB name/alias/title and shares no word with one
#   near_unknown N          N is in the question and is no KB name/alias/title (it may share words with one)
#   filter                  the greenlights / greenlights_raw filter selects at least one record
CLAIMS: dict[str, list[str]] = {
    "what has Shudder ordered lately?": ["filter"],
    "Who should I pitch an Italian family drama to?": ["country", "Italy"],
    "What's NBC greenlit recently?": ["filter"],
    "What has Tamsin Hallowfield greenlit?": ["unknown", "Tamsin Hallowfield"],
    "Who greenlit Memory of a Killer?": ["greenlight_exec", "Memory of a Killer"],
    "Scandi dating format - who do I take it to?": ["country", "Nordics"],
    "Which CBS dramas were ordered in 2025?": ["filter"],
    "Brit crime drama for a streamer, who should I pitch?": ["country", "UK"],
    "List Seven's true crime commissions": ["filter"],
    "Is Carmi Zlotnik still at Starz?": ["unknown", "Carmi Zlotnik"],
    "Aussie true crime doc, who should I pitch?": ["country_genre", "Australia", "true crime"],
    "Kathryn Busby's mandate": ["named"],
    "Which period dramas has TF1 picked up?": ["filter"],
    "Who ordered Outlander: Blood of My Blood?": ["greenlight_exec", "Outlander: Blood of My Blood"],
    "Who at SBS handles short-form drama?": ["buyer_format", "sbs", "short-form series"],
    "Tell me about 'Saltwater Requiem'": ["unknown", "Saltwater Requiem"],
    "What did the CW pick up in 2023?": ["filter"],
    "German fantasy series, who do I pitch?": ["country_genre", "Germany", "fantasy"],
    "What does Shudder want?": ["buyer_most", "shudder"],
    "Nat Geo's newest specials": ["filter"],
    "How do I get a short-form drama into SBS Digital Originals?": ["process_unique", "sbs", "Digital Originals"],
    "Who at Quillmark Studios buys horror?": ["unknown", "Quillmark Studios"],
    "Who should I pitch a Paris-set supernatural series to?": ["country_genre", "France", "supernatural"],
    "What has A&E greenlit since 2017?": ["filter"],
    "who commissioned Le Chalet": ["greenlight_exec", "Le Chalet"],
    "Who at Fox should I pitch a game show to?": ["buyer_genre", "fox", "game show"],
    "Which German comedies has RTL ordered?": ["filter"],
    "Who at Network 11 should I pitch an Aussie comedy to?": ["near_unknown", "Network 11"],
    "what does brad schwartz want for the cw": ["named"],
    "latest Italian dramas": ["filter"],
    "Milan-set romance series, who's the buyer?": ["country", "Italy"],
    "Give me example loglines for Aussie true crime": ["filter"],
    "What does Vexley Media want?": ["unknown", "Vexley Media"],
    "Who's behind Euphorie at RTL?": ["greenlight_exec", "Euphorie"],
    "Any new Brit mysteries?": ["filter"],
    "Who at Nine should I pitch a crime thriller to?": ["buyer_genre", "nine", "crime"],
    "What's Fox looking for?": ["buyer_most", "fox"],
    "BritBox limited series since 2021": ["filter"],
    "Who greenlit Memory of a Murderer?": ["near_unknown", "Memory of a Murderer"],
    "I've got an Australian pilot, who takes pilots?": ["country_format", "Australia", "pilot"],
    "Tell me about Between Two Worlds": ["greenlight_exec", "Between Two Worlds"],
    "What has NBC ordered this year?": ["filter"],
    "how do i pitch a horror film to shudder": ["process_unique", "shudder", "deck"],
    "Which Canadian series has The CW picked up?": ["filter"],
    "Who at Shudder should I pitch a body horror feature to?": ["buyer_genre", "shudder", "body horror"],
    "What's Kathryn Ashworth's mandate at Starz?": ["near_unknown", "Kathryn Ashworth"],
    "What did Fox order in 2025?": ["filter"],
    "who shoud i pitch an italain crime drama": ["country", "Italy"],
    "Who picked up Sullivan's Crossing?": ["greenlight_exec", "Sullivan's Crossing"],
    "fox's animated orders": ["filter"],
    "Aussie reality shows greenlit lately": ["filter"],
    "What short-form series has SBS commissioned?": ["filter"],
    "Which game shows got greenlit recently?": ["filter"],
    "What has Nine's drama team commissioned since 2019?": ["filter"],
    "Starz's latest period dramas": ["filter"],
    "what has mgm+ greenlit": ["filter"],
    "Discovery's wildlife commissions": ["filter"],
    "Which true crime docuseries were greenlit?": ["filter"],
    "French thrillers ordered since 2017": ["filter"],
    "What did Mediaset commission in 2021?": ["filter"],
    "Network 10 orders": ["filter"],
    "Which biopics has Seven picked up?": ["filter"],
    "show me Shudder's horror docuseries": ["filter"],
    "What's new at the CW?": ["filter"],
    "Comedies greenlit by CBS": ["filter"],
    "What cooking competitions have been commissioned?": ["filter"],
    "TF1 tv movies": ["filter"],
    "What has Starz greenlit since 2023?": ["filter"],
    "Which legal shows has RTL ordered?": ["filter"],
    "latest medical dramas": ["filter"],
    "what did History order in 2010": ["filter"],
    "Recent crime dramas?": ["filter"],
    "examples of British period dramas that got made": ["filter"],
    "Show me loglines of horror shows": ["filter"],
    "example pitches for French crime series": ["filter"],
    "Loglines from Discovery competition shows": ["filter"],
    "give me some examples of German fantasy that sold": ["filter"],
    "Who commissioned Halifax: Retribution for Nine?": ["greenlight_exec", "Halifax: Retribution"],
    "Who ordered The Rockford Files reboot?": ["greenlight_exec", "The Rockford Files"],
    "who greenlit America's War on Drugs": ["greenlight_exec", "America's War on Drugs"],
    "Who greenlit the second season of Creepshow?": ["greenlight_exec", "Creepshow (season 2)"],
    "Who greenlit Fosca Innocenti?": ["greenlight_exec", "Fosca Innocenti"],
    "Who at Discovery greenlit Who Wants to Be an Astronaut?": ["greenlight_exec", "Who Wants to Be an Astronaut?"],
    "Who ordered Paper Dolls?": ["greenlight_exec", "Paper Dolls"],
    "Who commissioned Bad Cop - kriminell gut?": ["greenlight_exec", "Bad Cop – kriminell gut"],
    "I'm a Rome-based writer with a crime show, who do I call?": ["country", "Italy"],
    "Stockholm reality show pitch, which exec?": ["country", "Nordics"],
    "Who should I send a London-set mystery series to?": ["country", "UK"],
    "Sydney-based producer with a biopic miniseries - who's the commissioner?": ["country_genre", "Australia", "biopic"],
    "Aussie short-form drama, who commissions it?": ["country_format", "Australia", "short-form series"],
    "Aussie observational documentary series - which exec?": ["country_genre", "Australia", "observational documentary"],
    "Who at Seven takes dating shows?": ["buyer_genre", "seven", "dating"],
    "Berlin-based writer with a legal comedy - who should I pitch?": ["country_genre", "Germany", "legal"],
    "Which RTL exec should get my medical drama?": ["buyer_genre", "rtl", "medical"],
    "Who at TF1 handles daily dramas?": ["buyer_format", "tf1", "daily drama"],
    "Who at TF1 buys acquisitions?": ["buyer_format", "tf1", "acquisition"],
    "Which Fox exec for an adult animated comedy?": ["buyer_genre", "fox", "animation"],
    "horror docuseries for shudder who": ["buyer_format", "shudder", "docuseries"],
    "Who at Discovery should I take a space competition show to?": ["buyer_genre", "discovery", "space"],
    "Who at History should I pitch a documentary limited series to?": ["buyer_format", "a-and-e", "limited series"],
    "Which A&E exec takes true crime?": ["buyer_genre", "a-and-e", "true crime"],
    "Who at Bravo takes talk shows?": ["buyer_genre", "bravo", "talk show"],
    "who at the cw would take a canadian drama": ["buyer_only", "the-cw"],
    "Aussie reality format, who at Ten?": ["buyer_genre", "network-10", "reality"],
    "We're a Brisbane outfit with a four-part true crime documentary about a 1990s casino heist, archival-heavy with new interviews. Which commissioner should we approach?": ["country_genre", "Australia", "true crime"],
    "London indie here: six-part period mystery set in a 1950s seaside hotel, Agatha Christie vibes, looking for a streaming partner. who's the right exec": ["country", "UK"],
    "Who at BritBox takes true crime?": ["buyer_genre", "britbox", "true crime"],
    "Acorn TV co-production for a cosy mystery - who?": ["buyer_format", "acorn-tv", "co-production"],
    "Who at Starz should I pitch a period romance to?": ["buyer_only", "starz"],
    "Which MGM+ exec for a true crime docuseries": ["buyer_only", "mgm-plus"],
    "What's Network 10 after?": ["buyer_most", "network-10"],
    "What does A&E want?": ["buyer_most", "a-and-e"],
    "What is Reemah Sakaan looking for at BritBox?": ["named"],
    "Daniele Cesarano's priorities for Canale 5": ["named"],
    "What kind of shows does Axel Eriksson buy?": ["named"],
    "What is Hauke Bartle looking for": ["typo", "Hauke Bartle"],
    "Does Nat Geo buy scripted drama?": ["buyer_only", "nat-geo"],
    "What's TLC's strategy?": ["buyer_only", "tlc"],
    "what is courtney monroe looking for": ["typo", "courtney monroe"],
    "What does Tubi want from producers?": ["buyer_only", "tubi"],
    "I'm a UK indie with a true crime format, how do I get it in front of A&E?": ["process_unique", "a-and-e", "independent"],
    "What's the best way to get a show on The CW?": ["process_unique", "the-cw", "acquires"],
    "How do I submit to Nakul Legha?": ["named"],
    "Who greenlit 'The Marrowgate Inquiry'?": ["unknown", "Marrowgate Inquiry"],
    "How do I pitch to Orsolya Brandvik at TF1?": ["unknown", "Orsolya Brandvik"],
    "Does Pembrook Television buy docs?": ["unknown", "Pembrook Television"],
    "Give me examples of what Delphine Marchetti-Roux commissioned": ["unknown", "Delphine Marchetti-Roux"],
    "What has TF2 ordered lately?": ["near_unknown", "TF2"],
    "Is Lorna Fairweather still commissioning at Seven?": ["unknown", "Lorna Fairweather"],
    "who greenlit 'Dustbowl Saints' on nine": ["unknown", "Dustbowl Saints"],
    "Who at Starlight Channel handles reality?": ["near_unknown", "Starlight Channel"],
    "What is Piers Hallendale's strategy for Mediaset?": ["unknown", "Piers Hallendale"],
    "Tell me about 'Crimewave Sisters'": ["unknown", "Crimewave Sisters"],
    "has bravo greenlit 'Gilded Harbour Wives'": ["unknown", "Gilded Harbour Wives"],
    "What's the submission process at Kestrow Films?": ["unknown", "Kestrow Films"],
    "Who greenlit Paper Lanterns?": ["near_unknown", "Paper Lanterns"],
    "Show me loglines from Brambleton Pictures": ["unknown", "Brambleton Pictures"],
}


def select(gls: list[dict], f: dict) -> list[str]:
    """scripts/eval.py's own expectation over raw records, genre/format words lower-cased as it does for
    greenlights_raw (filter words lower-cased too)."""
    low = {k: ([str(x).lower() for x in v] if k in ("genres", "formats") else v) for k, v in f.items()}
    recs = [{**g, "genres": [str(x).lower() for x in g.get("genres") or []],
             "format": str(g.get("format") or "").lower()} for g in gls]
    return expected_greenlights(recs, low, NOW)


def edits(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def close(typed: str, name: str) -> bool:
    a, b = re.findall(r"[a-z0-9]+", fold(typed)), re.findall(r"[a-z0-9]+", fold(name))
    return len(a) == len(b) and all(edits(x, y) <= 2 for x, y in zip(a, b))


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


RECENT = re.compile(r"\b(recent(ly)?|latest|lately|new|newest|this year)\b", re.I)
YEARS = re.compile(r"\b(since|in|until|before|after)\s+(19|20)\d\d\b", re.I)


def check(kb: list[dict], qs: list[dict], claims: dict[str, list[str]]) -> list[str]:
    ex = {r["id"]: r for r in kb if r.get("type") == "executive"}
    companies = {r["id"] for r in kb if r.get("type") == "company"}
    gls = [r for r in kb if r.get("type") == "greenlight"]
    mand: dict[str, int] = {}
    for r in kb:
        if r.get("type") == "mandate":
            mand[r["executive"]] = mand.get(r["executive"], 0) + 1
    names: set[str] = set()
    vocab: set[str] = set()
    for r in kb:
        if r.get("type") in ("executive", "company"):
            for n in [r["name"], *r.get("aliases", [])]:
                names.add(fold(n))
                vocab |= words(n)
        if r.get("type") == "greenlight":
            names.add(fold(r["title"]))
            vocab |= words(r["title"])
    bad: list[str] = []
    seen: set[str] = set()
    for q in qs:
        text = q["q"]
        claim = claims.get(text)

        def fail(msg: str) -> None:
            bad.append(f"{text!r}: {msg} (claim {claim})")
        if text in seen:
            fail("duplicate question")
        seen.add(text)
        if q.get("intent") not in INTENTS:
            fail(f"intent {q.get('intent')!r} is not one of {sorted(INTENTS)}")
        if claim is None:
            fail("no claim")
            continue
        ids = ([q["top1"]] if "top1" in q else []) + q.get("top3_any", [])
        for i in ids:
            if i not in ex:
                fail(f"unknown executive id {i}")
        exp = q.get("top1") or (q.get("top3_any") or [None])[0]
        kind = claim[0]
        if kind not in ("unknown", "near_unknown", "filter") and exp is None:
            fail("no top1/top3_any")
            continue

        def only(got: list[str], what: str) -> None:
            if got != [exp]:
                fail(f"{what}: {got}")
        if kind == "country":
            only([e for e, r in ex.items() if r.get("region") == claim[1]], f"executives with region {claim[1]}")
        elif kind == "country_genre":
            only([e for e, r in ex.items() if r.get("region") == claim[1] and claim[2] in r.get("genres", [])],
                 f"executives in {claim[1]} with {claim[2]}")
        elif kind == "country_format":
            only([e for e, r in ex.items() if r.get("region") == claim[1] and claim[2] in r.get("formats", [])],
                 f"executives in {claim[1]} with format {claim[2]}")
        elif kind == "genre_unique":
            only([e for e, r in ex.items() if claim[1] in r.get("genres", [])], f"executives with {claim[1]}")
        elif kind == "buyer_genre":
            only([e for e, r in ex.items() if r["company"] == claim[1] and claim[2] in r.get("genres", [])],
                 f"{claim[1]} executives with {claim[2]}")
        elif kind == "buyer_format":
            only([e for e, r in ex.items() if r["company"] == claim[1] and claim[2] in r.get("formats", [])],
                 f"{claim[1]} executives with format {claim[2]}")
        elif kind == "buyer_only":
            only([e for e, r in ex.items() if r["company"] == claim[1]], f"{claim[1]} executives")
        elif kind == "buyer_most":
            counts = sorted(((mand.get(e, 0), e) for e, r in ex.items() if r["company"] == claim[1]), reverse=True)
            if counts[0][1] != exp or (len(counts) > 1 and counts[1][0] >= counts[0][0]):
                fail(f"mandate counts at {claim[1]}: {counts}")
        elif kind == "named":
            if not words(ex[exp]["name"]) <= words(text):
                fail("executive not named in the question")
        elif kind == "typo":
            if fold(claim[1]) not in fold(text) or fold(claim[1]) in names:
                fail("typed name not in question, or exactly a KB name")
            only([e for e, r in ex.items() if close(claim[1], r["name"])], f"executives close to {claim[1]}")
        elif kind == "greenlight_exec":
            g = [r for r in gls if r["title"] == claim[1]]
            if len(g) != 1 or g[0].get("executives") != [exp]:
                fail(f"greenlight {claim[1]}: {g}")
            if not (words(claim[1]) - {"season", "2"}) <= words(text):
                fail("title not in question")
        elif kind == "process_unique":
            only([e for e, r in ex.items() if r["company"] == claim[1]
                  and claim[2].lower() in (r.get("pitch_process") or "").lower()],
                 f"{claim[1]} pitch_process with {claim[2]}")
        elif kind in ("unknown", "near_unknown"):
            if not q.get("not_found"):
                fail("unknown name without not_found")
            if ids:
                fail("a not_found question expects no executive")
            if fold(claim[1]) not in fold(text):
                fail("name not in question")
            if fold(claim[1]) in names:
                fail("name is in the KB")
            if kind == "unknown" and words(claim[1]) & vocab:
                fail(f"name shares words with the KB: {words(claim[1]) & vocab}")
            if kind == "near_unknown" and any(words(claim[1]) <= words(n) for n in names):
                fail("every word of the name is in one KB name")
        elif kind == "filter":
            if not (q.get("greenlights") or q.get("greenlights_raw")):
                fail("filter claim without a filter")
        else:
            fail(f"unknown claim kind {kind}")
        if "greenlights" in q and set(q["greenlights"]) - {"buyers", "since", "until", "since_days"}:
            fail("genre/format/country filters must use greenlights_raw")
        for key in ("greenlights", "greenlights_raw"):
            if key not in q:
                continue
            f = q[key]
            for b in f.get("buyers", []):
                if b not in companies:
                    fail(f"{key}: buyer {b} is not a company of the KB")
            if not select(gls, f):
                fail(f"{key} selects nothing")
            # The recency convention: no stated date + a recency word -> the last 365 days when they hold a match.
            if RECENT.search(text) and not YEARS.search(text) and "this year" not in text.lower():
                windowed = {k: v for k, v in f.items() if k not in ("since", "until", "since_days")}
                has_recent = bool(select(gls, {**windowed, "since_days": 365}))
                if has_recent and f.get("since_days") != 365:
                    fail("the last 365 days hold a match: the filter must say since_days 365")
                if not has_recent and ("since_days" in f or "since" in f):
                    fail("the last 365 days hold no match: expect the newest matching records, no window")
            if "this year" in text.lower() and f.get("since") != f"{NOW.year}-01-01":
                fail(f"'this year' means since {NOW.year}-01-01")
    return bad


def main() -> int:
    kb = load(HERE / "kb.jsonl")
    qs = load(HERE / "questions.jsonl")
    bad = check(kb, qs, CLAIMS)
    for b in bad:
        print("FAIL", b)
    print(f"{len(qs)} questions, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
