#!/usr/bin/env python3
"""Check, from the knowledge-base records alone, that every expectation in dev4's question files is unambiguous.

    python tests/eval/dev/dev4/check_questions.py

Never calls `mw ask`. For questions.jsonl (over kb.jsonl) and questions_sample.jsonl (over the shipped
fictional sample, mw/data/sample.jsonl) it checks: every question has a claim in CLAIMS and the claim holds;
every top1/top3_any id is an executive of that KB; intents are the five scored ones; `greenlights` filters use
only buyers and dates (genre, format and country filters go through `greenlights_raw`, so the expectation never
depends on how mw normalises words); every filter selects at least one record, compared case-insensitively
over the raw records exactly as scripts/eval.py does; unknown names are no name, alias or title of the KB and
(kind `unknown`) share no word with one. Prints the claim behind any failure. Exit status 1 when a check fails.
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
#   alias A                 the question contains A, an alias of the expected executive and of no one else
#   typo N                  N (in the question) is no KB name, and the expected executive is the only one whose
#                           name's words each lie within edit distance 2 of N's words, in order
#   greenlight_exec T       the one greenlight titled T records exactly the expected executive
#   process_unique B W      exactly one executive at B has W in their pitch_process
#   unknown N               N is in the question, is no KB name/alias/title and shares no word with one
#   near_unknown N          N is in the question and is no KB name/alias/title (it may share words with one)
#   filter                  the greenlights / greenlights_raw filter selects at least one record
CLAIMS: dict[str, list[str]] = {
    # --- greenlight lists -------------------------------------------------------------------------
    "what has FX ordered lately?": ["filter"],
    "Latest horror pickups at Showtime since 2021": ["filter"],
    "recent Korean series Disney+ greenlit": ["filter"],
    "anything new in anime from Crunchyroll?": ["filter"],
    "list BBC Three's recent comedy commissions": ["filter"],
    "What did RAI commission in 2022?": ["filter"],
    "Showmax true crime greenlights": ["filter"],
    "What documentaries has TVNZ commissioned since 2023?": ["filter"],
    "What has Channel 4 greenlit since 2020?": ["filter"],
    "newest Crave originals": ["filter"],
    "Which thrillers has Arte picked up?": ["filter"],
    "What comedies has Movistar+ ordered?": ["filter"],
    "Any Italian crime shows greenlit?": ["filter"],
    "Which Disney+ docuseries were greenlit in 2021?": ["filter"],
    "latest Disney+ animated shows": ["filter"],
    "What are Hotstar's latest originals?": ["filter"],
    "what has Showtime greenlit?": ["filter"],
    "Viu originals out of India": ["filter"],
    "Which Nigerian shows has Showmax ordered?": ["filter"],
    "AMC's newest series orders": ["filter"],
    "Which reality shows has TVNZ commissioned?": ["filter"],
    "dating shows greenlit recently": ["filter"],
    "Which telenovelas has Showmax ordered?": ["filter"],
    "What did FX pick up in documentaries in 2020?": ["filter"],
    "Kiwi comedies TVNZ greenlit since 2021": ["filter"],
    "Has anyone greenlit a Spanish anime?": ["filter"],
    "Which game shows did Disney+ pick up?": ["filter"],
    "What nature docs did Disney Plus add in 2021?": ["filter"],
    "Latest talk shows that got greenlit": ["filter"],
    "biopics rai has commissioned": ["filter"],
    "What limited series has FX ordered?": ["filter"],
    "Which TV movies has Rai Fiction greenlit?": ["filter"],
    "What has Crunchyroll greenlit since 2021?": ["filter"],
    "most recent Korean romance series on Disney+": ["filter"],
    "Recent sci-fi orders?": ["filter"],
    "Which Scandi dramas has Arte picked up?": ["filter"],
    "what did the BBC order in 2019": ["filter"],
    "Has AMC greenlit anything since 2022?": ["filter"],
    # --- examples ---------------------------------------------------------------------------------
    "Give me example loglines for true crime docuseries": ["filter"],
    "Show me loglines of South African horror": ["filter"],
    "examples of Korean thrillers that got made": ["filter"],
    "Example loglines from Disney+ superhero shows": ["filter"],
    # --- who greenlit X ---------------------------------------------------------------------------
    "Who greenlit Yellowjackets?": ["greenlight_exec", "Yellowjackets"],
    "Who commissioned Falling at Channel 4?": ["greenlight_exec", "Falling"],
    "Tell me about Orphan Black: Echoes": ["greenlight_exec", "Orphan Black: Echoes"],
    "who ordered Special Ops": ["greenlight_exec", "Special Ops"],
    "Who picked up The Talamasca at AMC?": ["greenlight_exec", "Anne Rice's The Talamasca"],
    "Who commissioned La Storia?": ["greenlight_exec", "La Storia"],
    "Who greenlit the second season of Moving?": ["greenlight_exec", "Moving (season 2)"],
    "Who greenlit Blood Psalms?": ["greenlight_exec", "Blood Psalms"],
    "Who ordered American Horror Stories?": ["greenlight_exec", "American Horror Stories"],
    "who commissioned Testify for TVNZ": ["greenlight_exec", "Testify"],
    # --- routing with country / format constraints ------------------------------------------------
    "Who should I pitch a Korean thriller to?": ["country", "Korea"],
    "I'm a Seoul-based writer with a romance series, who do I call?": ["country", "Korea"],
    "Who commissions Italian drama?": ["country", "Italy"],
    "Which exec should I take a Milan-set period drama to?": ["country", "Italy"],
    "Who should I pitch a Kiwi comedy to?": ["country", "New Zealand"],
    "I've got an Auckland-set docuseries, who's the right commissioner?": ["country", "New Zealand"],
    "Who should a Toronto sketch troupe pitch to?": ["country", "Canada"],
    "Canadian true crime doc - who should I pitch?": ["country", "Canada"],
    "Who handles South African telenovelas?": ["country", "South Africa"],
    "Joburg-based producer with a reality format, who do I approach?": ["country", "South Africa"],
    "Who should I pitch an Indian mythological series to?": ["country", "India"],
    "Mumbai crime thriller, which exec should I go to?": ["country", "India"],
    "Who at Movistar should I pitch a Spanish true crime docuseries to?": ["country_genre", "Spain", "true crime"],
    "I have a Spanish feature film, who should I approach?": ["country_format", "Spain", "feature"],
    "Madrid entertainment special - who's the buyer?": ["country_genre", "Spain", "entertainment"],
    "Brit sitcom for under-35s, who should I pitch?": ["country_genre", "UK", "comedy"],
    "Who should I pitch a British crime drama to?": ["country_genre", "UK", "crime"],
    "Brit documentary series - who do I send it to?": ["country_genre", "UK", "documentary"],
    "Who should I pitch a Glasgow-set factual entertainment show to?": ["genre_unique", "factual entertainment"],
    "Paris-based producer with a thriller limited series, who should I go to?": ["country_genre", "France",
                                                                                  "thriller"],
    "Who at Arte handles international co-productions?": ["buyer_format", "arte", "co-production"],
    "Who should I pitch a Korean documentary to?": ["country", "Korea"],
    "New Zealand reality format, which commissioner?": ["country", "New Zealand"],
    "Which AMC exec should I pitch a horror series to?": ["buyer_genre", "amc", "horror"],
    "Who at FX should I pitch a documentary to?": ["buyer_genre", "fx", "documentary"],
    "Who at Showtime should I pitch a horror series to?": ["buyer_genre", "showtime", "horror"],
    "Which Viu exec takes lifestyle shows?": ["buyer_genre", "viu", "lifestyle"],
    "Who at Channel 4 should I pitch a drama to?": ["buyer_genre", "channel-4", "drama"],
    "Who at the BBC should I pitch a thriller to?": ["buyer_genre", "bbc", "thriller"],
    "who at crave would take a reality show": ["buyer_only", "crave"],
    "Which Disney+ exec should I take a Korean romance to?": ["country_genre", "Korea", "romance"],
    "who shoud i pitch an italain crime drama to": ["country", "Italy"],
    "wich exec at showmax handles telenovelas": ["buyer_genre", "showmax", "telenovela"],
    "korean reality show who do i pitch": ["country", "Korea"],
    ("I'm producing a six-part Korean-language thriller about a lab-grown meat empire and the bodyguard who knows "
     "too much, with two A-list leads attached. Who at a streamer should I be talking to?"): ["country", "Korea"],
    ("We're a Cape Town company with a survival horror series in development - eight episodes, mostly Afrikaans "
     "and English, low budget but a strong hook. Which commissioner fits?"): ["country", "South Africa"],
    "Who takes mythology dramas?": ["genre_unique", "mythology"],
    "who do i pitch a rom-com telenovela to": ["genre_unique", "telenovela"],
    # --- strategy ---------------------------------------------------------------------------------
    "What does AMC want?": ["buyer_most", "amc"],
    "What's Showtime looking for?": ["buyer_most", "showtime"],
    "What is Lindsay Salt looking for?": ["named"],
    "Carol Choi's mandate": ["named"],
    "what does fiona campbell want for bbc three": ["named"],
    "Tell me what Olivier Wotling wants at Arte": ["named"],
    "What is Maria Pia Ammirati's strategy for Rai Fiction?": ["named"],
    "What kind of shows does Jorge Pezzi want?": ["named"],
    "What's Disney+ after in Asia?": ["buyer_most", "disney-plus"],
    "What does FX want right now": ["buyer_most", "fx"],
    "What's Channel 4's drama strategy?": ["buyer_most", "channel-4"],
    "What is Rahul Purini's plan for Crunchyroll?": ["named"],
    "what is Gaurav Banerjee looking for at Hotstar": ["named"],
    "Whats Nevak Rogers after for TVNZ?": ["named"],
    "What does Justin Stockman want for Crave?": ["named"],
    # --- process ----------------------------------------------------------------------------------
    "How do I submit a drama idea to Channel 4?": ["process_unique", "channel-4", "PACT"],
    "how do i pitch a series to arte": ["process_unique", "arte", "free-form"],
    "I'm an Indonesian filmmaker, how do I get my idea in front of Viu?": ["process_unique", "viu",
                                                                            "Pitching Forum"],
    "What's the process for pitching Channel 4 as a writer without a production company?":
        ["process_unique", "channel-4", "unsolicited"],
    # --- not found --------------------------------------------------------------------------------
    "Who greenlit Quillon Harrowgate?": ["unknown", "Quillon Harrowgate"],
    "Tell me about 'Brindlemarsh'": ["unknown", "Brindlemarsh"],
    "What has Ottoline Vasquerez greenlit?": ["unknown", "Ottoline Vasquerez"],
    "What's Dorabella Stenwick's mandate?": ["unknown", "Dorabella Stenwick"],
    "Is Piers Wenger still at the BBC?": ["unknown", "Piers Wenger"],
    "Does Tencent Video buy docs?": ["unknown", "Tencent Video"],
    "Who at Quorvale Pictures buys comedy?": ["unknown", "Quorvale Pictures"],
    "how do i pitch to Marisol Quennevard": ["unknown", "Marisol Quennevard"],
    "What is Charlotte Moore looking for at the BBC?": ["unknown", "Charlotte Moore"],
    "Who greenlit 'The Saltmarsh Accord' at FX?": ["unknown", "Saltmarsh Accord"],
    "Pitch my horror series to Velmont Studios - who's there?": ["near_unknown", "Velmont Studios"],
    "Can you tell me what Bertrand Ovelacque commissioned at Arte": ["unknown", "Bertrand Ovelacque"],
    "what does kestrelline media want": ["unknown", "kestrelline media"],
    "Who should I pitch at Harrowvale Network for a Kiwi drama?": ["unknown", "Harrowvale Network"],
    "Has Showmax greenlit 'Umlilo Wase Karoo'?": ["unknown", "Umlilo Wase Karoo"],
    "Give me examples of what Tamsin Okonkwo-Reyes has greenlit": ["unknown", "Tamsin Okonkwo-Reyes"],
    "Who greenlit Moving Castle of Jeju?": ["near_unknown", "Moving Castle of Jeju"],
    "Who at Channel 5 should I pitch a crime drama to?": ["near_unknown", "Channel 5"],
    "What has ViuTV greenlit lately?": ["near_unknown", "ViuTV"],
    "Examples of loglines from Harbourlight Originals": ["unknown", "Harbourlight Originals"],
    "Is Xanthe Moravec still commissioning at TVNZ?": ["unknown", "Xanthe Moravec"],
    "what is eamon drakeford's commissioning strategy at crave": ["unknown", "eamon drakeford"],
    "Who greenlit Pellucid Hours on Crunchyroll?": ["unknown", "Pellucid Hours"],
    "How do I get a meeting with Saoirse Valcourt at RAI?": ["unknown", "Saoirse Valcourt"],
    "Who at Lumenfield TV takes South African comedy?": ["unknown", "Lumenfield"],
}

# Claims for questions_sample.jsonl (the shipped fictional sample KB, mw/data/sample.jsonl).
SAMPLE_CLAIMS: dict[str, list[str]] = {
    "Who at Greyfriars should get my stand-up special?": ["buyer_genre", "greyfriars-television", "stand-up"],
    "canadian true crime docuseries - who?": ["country_genre", "Canada", "true crime"],
    "Who at Fjellmark handles kids shows?": ["buyer_genre", "fjellmark-tv", "kids"],
    "LatAm nonfiction buyer for a true crime doc?": ["country_genre", "LatAm", "true crime"],
    "Who at Monsoon Lane should I pitch an Aussie comedy to?": ["buyer_genre", "monsoon-lane", "comedy"],
    "Kiwi stand-up special, who's the commissioner in Asia-Pacific?": ["country_genre", "APAC", "stand-up"],
    "Who at Jadeport does horror?": ["buyer_genre", "jadeport-entertainment", "horror"],
    "European co-production partner for a sci-fi thriller series?": ["country_genre", "Europe", "sci-fi"],
    "Who handles documentaries at Kanalwerk": ["buyer_genre", "kanalwerk", "documentary"],
    "which orrery exec for a stand up special": ["buyer_genre", "orrery", "stand-up"],
    "Who at Skarvik should I send a horror series?": ["buyer_genre", "skarvik-play", "horror"],
    "Who takes reality formats at Skarvik Play?": ["buyer_genre", "skarvik-play", "reality"],
    "Brit kids fantasy series - who at Tidemark?": ["buyer_genre", "tidemark", "kids"],
    "Who at Canela Azul takes feature comedies?": ["buyer_genre", "canela-azul", "comedy"],
    "who at boreal crossing takes reality": ["buyer_genre", "boreal-crossing", "reality"],
    "Who at Overcast acquires horror films?": ["buyer_genre", "overcast-films", "horror"],
    "A Toronto family drama - who should I pitch?": ["country_genre", "Canada", "drama"],
    "Who at Ninefold handles TV series?": ["buyer_format", "ninefold-pictures", "series"],
    "What does Canela Azul want?": ["buyer_most", "canela-azul"],
    "What's Monsoon Lane looking for these days?": ["buyer_most", "monsoon-lane"],
    "Ninefold Pictures priorities": ["buyer_most", "ninefold-pictures"],
    "what is overcast films buying": ["buyer_most", "overcast-films"],
    "What's Fergus Allardyce after at the moment?": ["named"],
    "What does Priya V. want these days?": ["alias", "Priya V."],
    "Delphine Kaur-Abernathy's priorities for Orrery": ["named"],
    "what is malcolm ashgrove looking for": ["named"],
    "Tell me what Bayu Wiranata wants": ["named"],
    "What is Hollis Wrenn commissioning right now?": ["typo", "Hollis Wrenn"],
    "How do I get something to Fergus Allardyce?": ["named"],
    "how do i pitch imogen threlfall": ["named"],
    "What's the submission route for Piotr Zawadzki-Lind?": ["named"],
    "how do i pich to johana vasterberg": ["typo", "johana vasterberg"],
    "Who's behind Lisbon Cipher at Orrery?": ["greenlight_exec", "Lisbon Cipher"],
    "who greenlit seed vault": ["greenlight_exec", "Seed Vault"],
    "Tell me about The Tenth Frost": ["greenlight_exec", "The Tenth Frost"],
    "Who commissioned Gdansk Nocturne?": ["greenlight_exec", "Gdańsk Nocturne"],
    "Who picked up Paper Lantern Ronin?": ["greenlight_exec", "Paper Lantern Ronin"],
    "What has Skarvik ordered since June 2026?": ["filter"],
    "Greyfriars greenlights in 2025": ["filter"],
    "latest features Orrery picked up": ["filter"],
    "any new stand-up specials?": ["filter"],
    "What crime series did Fjellmark commission in the last year?": ["filter"],
    "Monsoon Lane's documentary orders": ["filter"],
    "Which kids shows has Marigold Junction greenlit since 2026?": ["filter"],
    "What did Canela Azul pick up in the last 90 days?": ["filter"],
    "Nordic true crime greenlights": ["filter"],
    "Latest LatAm thrillers": ["filter"],
    "what did tidemark commission this year": ["filter"],
    "Show me loglines of UK period dramas": ["filter"],
    "example pitches for APAC horror": ["filter"],
    "give me some loglines of family animation that sold": ["filter"],
    "What's Cordelia Fenwright's mandate?": ["unknown", "Cordelia Fenwright"],
    "Who at Pinecrest Media buys thrillers?": ["unknown", "Pinecrest"],
    "Who greenlit The Lantern Orchard?": ["near_unknown", "The Lantern Orchard"],
    "How do I pitch to Brightwave Studios?": ["near_unknown", "Brightwave Studios"],
    "Is Marcus Ellingboe still at Fjellmark?": ["unknown", "Marcus Ellingboe"],
    "examples of what Ottavia Brennholt bought": ["unknown", "Ottavia Brennholt"],
    "tell me about 'Quarry of Saints'": ["near_unknown", "Quarry of Saints"],
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


def check(kb: list[dict], qs: list[dict], claims: dict[str, list[str]], label: str,
          normalised_vocabulary: bool = False) -> list[str]:
    """normalised_vocabulary: the KB's genre/format/region words are already mw's own (the shipped sample), so
    `greenlights` may filter on them (scripts/eval.py has no raw file to read without --kb)."""
    ex = {r["id"]: r for r in kb if r.get("type") == "executive"}
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
            bad.append(f"{label}: {text!r}: {msg} (claim {claim})")
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
        elif kind == "alias":
            owners = [e for e, r in ex.items() if fold(claim[1]) in [fold(a) for a in r.get("aliases", [])]]
            if owners != [exp] or fold(claim[1]) not in fold(text):
                fail(f"alias {claim[1]} belongs to {owners}")
        elif kind == "typo":
            if fold(claim[1]) not in fold(text) or fold(claim[1]) in names:
                fail("typed name not in question, or exactly a KB name")
            only([e for e, r in ex.items() if close(claim[1], r["name"])], f"executives close to {claim[1]}")
        elif kind == "greenlight_exec":
            g = [r for r in gls if r["title"] == claim[1]]
            if len(g) != 1 or g[0].get("executives") != [exp]:
                fail(f"greenlight {claim[1]}: {g}")
            if not (words(claim[1]) - {"season", "series", "2", "anne", "rice", "s"}) <= words(text):
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
        if not normalised_vocabulary and "greenlights" in q and \
                set(q["greenlights"]) - {"buyers", "since", "until", "since_days"}:
            fail("genre/format/country filters must use greenlights_raw")
        for key in ("greenlights", "greenlights_raw"):
            if key in q and not select(gls, q[key]):
                fail(f"{key} selects nothing")
    return bad


def main() -> int:
    bad = check(load(HERE / "kb.jsonl"), load(HERE / "questions.jsonl"), CLAIMS, "questions.jsonl")
    sample_q = HERE / "questions_sample.jsonl"
    n_sample = 0
    if sample_q.exists():
        qs = load(sample_q)
        n_sample = len(qs)
        bad += check(load(ROOT / "mw" / "data" / "sample.jsonl"), qs, SAMPLE_CLAIMS, "questions_sample.jsonl",
                     normalised_vocabulary=True)
    for b in bad:
        print("FAIL", b)
    n = len(load(HERE / "questions.jsonl"))
    print(f"{n} + {n_sample} questions, {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
