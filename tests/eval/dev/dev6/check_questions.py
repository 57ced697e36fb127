#!/usr/bin/env python3
"""Check, from the knowledge-base records alone, that every expectation in dev6's questions.jsonl is unambiguous.

    python tests/eval/dev/dev6/check_questions.py

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
from pathlib import Path

from anyascii import anyascii

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
from eval import expected_greenlights  # noqa: E402  (scripts/eval.py: the scorer's own rule)
INTENTS = {"ROUTING", "STRATEGIC", "FACTUAL", "EXAMPLES", "PROCESS"}
NOW = dt.date(2026, 11, 24)  # scripts/eval.py's default --now


def fold(s: str) -> str:
    """ASCII folding with anyascii: NFKD alone drops letters that do not decompose (Turkish dotless ı, Polish ł,
    Vietnamese đ), which dev6's names are full of."""
    return anyascii(s).lower()


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
#   genre_set G             top3_any is exactly the executives with genre G (at most three)
#   title_at B W            exactly one executive at buyer B has W in their title (case-insensitive)
#   exec_filter E           the filter selects exactly the greenlights that record executive E within its dates
#   filter                  the greenlights / greenlights_raw filter selects at least one record
CLAIMS: dict[str, list[str]] = {
    'who do I send my dizi to': ['genre_set', 'dizi'],
    'any Turkish buyers for a procedural': ['country_genre', 'Turkey', 'procedural'],
    'polish cozy crime series who should i pitch': ['country_genre', 'Poland', 'cozy crime'],
    "who's the right person for a Kraków-set true crime feature doc": ['country_genre', 'Poland', 'true crime'],
    'israeli espionage thriller, who do i take it to': ['country_genre', 'Israel', 'espionage'],
    'i have a mockumentary set in tel aviv who buys that': ['country_genre', 'Israel', 'mockumentary'],
    'egyptian ramadan drama who should i pitch': ['country', 'Egypt'],
    'Cairo-based family saga for ramadan, which exec': ['country', 'Egypt'],
    'filipino scripted reality show - who handles it?': ['country_genre', 'Philippines', 'scripted reality'],
    'manila romance series for gen z, who at tala should i pitch': ['buyer_genre', 'tala-stream', 'romance'],
    'indonesian horror series who do i pitch': ['country_genre', 'Indonesia', 'horror'],
    "jakarta talent show format, who's the commissioner": ['country_genre', 'Indonesia', 'talent show'],
    'vietnamese k-drama style short-form for teens, who': ['country_genre', 'Vietnam', 'K-drama'],
    'who should i pitch a Vietnamese format adaptation of a Korean melodrama to': ['country_format', 'Vietnam', 'format adaptation'],
    'colombian telenovela who do i send it to': ['country', 'Colombia'],
    "argentine dramedy miniseries, who's buying": ['country', 'Argentina'],
    'chilean period drama who should i pitch': ['country', 'Chile'],
    'pan-latam true crime docuseries - which exec': ['country_genre', 'LatAm', 'true crime'],
    'who at ola latina takes YA': ['buyer_genre', 'ola-latina', 'YA'],
    'kenyan legal drama who do i take it to': ['country_genre', 'Kenya', 'legal'],
    'nairobi wildlife doc series, who commissions factual there': ['country_genre', 'Kenya', 'wildlife'],
    'ghanaian kids animation, who': ['country_genre', 'Ghana', 'animation'],
    'accra-set romance series who should i pitch': ['country_genre', 'Ghana', 'romance'],
    'irish cozy crime miniseries, who do i pitch': ['country_genre', 'Ireland', 'cozy crime'],
    "dublin comedy special who's the commissioner": ['country_format', 'Ireland', 'special'],
    'belgian procedural, who at brabant': ['buyer_genre', 'brabant-media', 'procedural'],
    'flemish anthology crime series who should i pitch': ['country_genre', 'Belgium', 'anthology'],
    'dutch YA drama - who takes it': ['country_genre', 'Netherlands', 'YA'],
    'amsterdam scripted reality who': ['country_genre', 'Netherlands', 'scripted reality'],
    'czech fairy tale tv movie, who should i pitch': ['country', 'Czechia'],
    'portuguese short-form comedy for tiktok-age viewers, who': ['country_format', 'Portugal', 'short-form'],
    'lisbon telenovela who buys it': ['country_genre', 'Portugal', 'telenovela'],
    'greek period drama who do i take it to': ['country', 'Greece'],
    'kiwi competition reality format - who': ['country_genre', 'New Zealand', 'competition'],
    'aotearoa feature doc who should i pitch': ['country_format', 'New Zealand', 'feature doc'],
    'quebec dramedy, who at télé-laurentides': ['buyer_genre', 'tele-laurentides', 'dramedy'],
    'montreal kids series who commissions': ['country_genre', 'Canada', 'kids'],
    'global k-drama romance who at orbitflix': ['buyer_genre', 'orbitflix', 'K-drama'],
    'who at lumen+ takes true crime feature docs': ['buyer_genre', 'lumen-plus', 'true crime'],
    'vertical short-form scripted reality for a global streamer, who': ['country_genre', 'Global', 'scripted reality'],
    "we're an istanbul production company with a 120-episode family drama dizi about two rival hazelnut dynasties on the black sea coast, romance and feuds, looking for a broadcaster. who's the right exec": ['country_genre', 'Turkey', 'family drama'],
    'Galway-based indie here, six-part period drama mystery set in a 1920s convent school with a cosy feel, for an irish broadcaster. who should we approach': ['country_genre', 'Ireland', 'period drama'],
    'who shud i pitch my kenyan comdy to': ['country_genre', 'Kenya', 'comedy'],
    'who at bosporus tv handles crime': ['buyer_genre', 'bosphorus-tv', 'crime'],
    "what's bosphorus tv's deal": ['buyer_most', 'bosphorus-tv'],
    'what does wisla media want': ['buyer_most', 'wisla-media'],
    "what's kinneret looking for": ['buyer_most', 'kinneret-channel'],
    'savanna stream priorities': ['buyer_most', 'savanna-stream'],
    'what does lumen+ want these days': ['buyer_most', 'lumen-plus'],
    'what does Ola Latina want': ['buyer_most', 'ola-latina'],
    'what is Łucja Wróblewska looking for': ['named'],
    'nguyen thi lan mandate': ['named'],
    'what does zoe vermeulen want': ['named'],
    'whats siobhan ni bhriain after': ['named'],
    'does nile vision buy period drama': ['buyer_only', 'nile-vision'],
    'does vltava tv do crime': ['buyer_only', 'vltava-tv'],
    'aegean channel strategy': ['buyer_only', 'aegean-channel'],
    'what is sukru yildrim looking for': ['typo', 'sukru yildrim'],
    "priyanka ramen's mandate at orbitflix": ['typo', 'priyanka ramen'],
    "who's the head of scripted at bosphorus tv": ['title_at', 'bosphorus-tv', 'head of scripted'],
    "who's the head of kids at volta": ['title_at', 'volta-broadcasting', 'kids'],
    'who runs factual at savanna stream': ['title_at', 'savanna-stream', 'factual'],
    'who is the chief content officer at orbitflix': ['title_at', 'orbitflix', 'chief content officer'],
    'who is Zoë Vermeulen': ['named'],
    'who is ngozi okafor': ['named'],
    'who is Kateřina Dvořáková': ['named'],
    "who's joost ijzerman": ['named'],
    'who is jerome dufrasne': ['named'],
    "who greenlit Çamlıca'nın Gelinleri": ['greenlight_exec', "Çamlıca'nın Gelinleri"],
    'who ordered Kara Ada season 2': ['greenlight_exec', 'Kara Ada (season 2)'],
    'who commissioned Złota Klatka': ['greenlight_exec', 'Złota Klatka'],
    "who's behind Ho Guom Nights": ['greenlight_exec', 'Hồ Gươm Nights'],
    'who greenlit the ballykerrin baking club': ['greenlight_exec', 'The Ballykerrin Baking Club'],
    'who ordered Salt Road Anthology': ['greenlight_exec', 'Salt Road Anthology'],
    'tell me about Double Agent Mom': ['greenlight_exec', 'Double Agent Mom'],
    'who picked up La Reina del Vallenato': ['greenlight_exec', 'La Reina del Vallenato'],
    'who commissioned Te Awa Tapu': ['greenlight_exec', 'Te Awa Tapu'],
    'what has bosphorus tv greenlit since 2024': ['filter'],
    'latest cozy crime commissions': ['filter'],
    'any turkish dizi greenlit in 2025': ['filter'],
    'what has mariam el-sayed greenlit since 2024': ['exec_filter', 'mariam-el-sayed'],
    'what has Florencia Iñíguez commissioned in 2023': ['exec_filter', 'florencia-iniguez'],
    "katerina dvorakova's greenlights since 2025": ['exec_filter', 'katerina-dvorakova'],
    'what did aiyana brooks order lately': ['exec_filter', 'aiyana-brooks'],
    'what has orbitflix ordered recently': ['filter'],
    'newest k-drama orders': ['filter'],
    'which mockumentaries got greenlit in 2024': ['filter'],
    'liffey tv miniseries since 2023': ['filter'],
    'format adaptations greenlit by kinneret': ['filter'],
    'what scripted reality has been commissioned this year': ['filter'],
    'kenyan factual entertainment commissions': ['filter'],
    'feature docs ordered since 2025': ['filter'],
    'what anthology series have been greenlit': ['filter'],
    'what has Tala ordered in 2026': ['filter'],
    'procedurals greenlit since 2024': ['filter'],
    'polish greenlights this year': ['filter'],
    "what's new at sông hồng media": ['filter'],
    'show me YA short-form greenlit in 2025': ['filter'],
    'which telenovelas did tejo tv commission since 2023': ['filter'],
    'irish greenlights in 2022': ['filter'],
    'what did Anatolia+ greenlight lately': ['filter'],
    'which horror series has nusantara ordered': ['filter'],
    'true crime docuseries greenlit since 2025': ['filter'],
    'wildlife commissions in 2026': ['filter'],
    'what has Polder Omroep greenlit since june 2025': ['filter'],
    'greek comedies ordered': ['filter'],
    'what did lumen plus order in 2024': ['filter'],
    'give me example loglines for cozy crime': ['filter'],
    'examples of dizi that sold': ['filter'],
    'show me loglines of mockumentaries': ['filter'],
    'example pitches for belgian procedurals': ['filter'],
    'loglines from clipnest short-form': ['filter'],
    'examples of K-drama loglines': ['filter'],
    'how do i get a meeting with sukru yildirim': ['named'],
    'how do I pitch a format adaptation to kinneret': ['process_unique', 'kinneret-channel', 'format adaptation'],
    "how do i submit to liffey's open door scheme": ['process_unique', 'liffey-television', 'Open Door'],
    "how does tala's pitch day work": ['process_unique', 'tala-stream', 'Pitch Day'],
    'how do i get my factual idea to savanna stream': ['process_unique', 'savanna-stream', 'factual'],
    'how do i pitch orbitflix': ['process_unique', 'orbitflix', 'agents'],
    'how do i get a meeting with Marie-Eve Belanger': ['named'],
    "what's the submission process at télé-laurentides": ['process_unique', 'tele-laurentides', 'Quebec'],
    'who is Dragomir Feltsby': ['unknown', 'Dragomir Feltsby'],
    "what's Yarrowdale Pictures' deal": ['unknown', 'Yarrowdale Pictures'],
    'who do I send my dizi to at Kuzguncuk Medya': ['unknown', 'Kuzguncuk Medya'],
    "who greenlit 'Ashfen Requiem'": ['unknown', 'Ashfen Requiem'],
    'how do i get a meeting with Oksana Pryvalova': ['unknown', 'Oksana Pryvalova'],
    'what has Thandiwe Mbeki-Larsson greenlit since 2024': ['unknown', 'Thandiwe Mbeki-Larsson'],
    'is Gwendolyn Fairhurst still at Liffey Television': ['unknown', 'Gwendolyn Fairhurst'],
    "tell me about 'Mirrorfen'": ['unknown', 'Mirrorfen'],
    'examples of what Bexhill Tavistock commissioned': ['unknown', 'Bexhill Tavistock'],
    "who's the head of scripted at Nile Vision Plus": ['near_unknown', 'Nile Vision Plus'],
    'what does Şükrü Demir want': ['near_unknown', 'Şükrü Demir'],
    'who greenlit Kara Deniz': ['near_unknown', 'Kara Deniz'],
    'who at Tala Studios handles horror': ['near_unknown', 'Tala Studios'],
    'how do i pitch to Zoë Vandenberghe at brabant': ['near_unknown', 'Zoë Vandenberghe'],
    'who is Nguyễn Văn Hùng': ['near_unknown', 'Nguyễn Văn Hùng'],
    "has orbitflix greenlit 'The Quorvath Ledger'": ['near_unknown', 'The Quorvath Ledger'],
    'what is Pellucid Media looking for': ['near_unknown', 'Pellucid Media'],
    'latest greenlights from Marrakesh Screen Co': ['near_unknown', 'Marrakesh Screen Co'],
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
        if kind not in ("unknown", "near_unknown", "filter", "exec_filter") and exp is None:
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
        elif kind == "genre_set":
            got = sorted(e for e, r in ex.items() if claim[1] in r.get("genres", []))
            if got != sorted(q.get("top3_any", [])) or len(got) > 3 or "top1" in q:
                fail(f"executives with {claim[1]}: {got}")
        elif kind == "title_at":
            only([e for e, r in ex.items() if r["company"] == claim[1] and claim[2].lower() in r["title"].lower()],
                 f"{claim[1]} executives titled {claim[2]}")
        elif kind == "exec_filter":
            f = q.get("greenlights") or q.get("greenlights_raw") or {}
            dates = {k: v for k, v in f.items() if k in ("since", "until", "since_days")}
            mine = [g for g in gls if claim[1] in (g.get("executives") or [])]
            if select(gls, f) != select(mine, dates):
                fail(f"the filter does not select exactly {claim[1]}'s greenlights")
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
