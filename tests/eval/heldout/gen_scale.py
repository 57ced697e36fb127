#!/usr/bin/env python3
"""Generate the held-out "scale" knowledge base: about 9,000 FICTIONAL records in US/UK cable style.

    python tests/eval/heldout/gen_scale.py > tests/eval/heldout/scale.jsonl

Independent of gen_world.py (own seed, vocabulary and structure). Everything is invented; every record
carries source = fictional://heldout-scale/<type>/<id>. About 60 buyers (US cable networks, studios,
distributors and a handful of UK and Commonwealth broadcasters), about 330 executives, about 800 mandates
and about 7,800 greenlights dated 2023-01 to 2026-11-20 (questions are asked at --now 2026-11-24).

Filler executives sit only at US buyers, have US / North America / Global remits and common genres.
Hand-written "specialists" carry the single-country remits (UK, Canada, Ireland, Australia, New Zealand,
South Africa), the uncommon formats (natural history, dating show, stand-up, festival acquisitions,
anime, novelas, competition reality) and names with diacritics. Buyers used in buyer-constrained
questions have fillers without the asked genre. check_questions.py scale verifies the claims.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata

SEED = 90210
TODAY = dt.date(2026, 11, 20)
START = dt.date(2023, 1, 2)
FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "ş": "s", "å": "a",
                      "Å": "A"})


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def src(kind: str, rid: str) -> str:
    return f"fictional://heldout-scale/{kind}/{rid}"


US_STEMS = ["Copperhead", "Bluestem", "Sagebrush", "Ironwood", "Pinecrest", "Redtail", "Foxhollow", "Granite Peak",
            "Prairie Fire", "Harborlight", "Driftwood", "Bayou", "Canyon Road", "Lodgepole", "Saltgrass",
            "Thunderbird", "Juniper", "Quarry Hill", "Ridgeback", "Blackwater", "Cottonmouth", "Longleaf", "Mesquite",
            "Palisade", "Riverbend", "Tumbleweed", "Whitecap", "Yellowjacket", "Bristlecone", "Cardinal Point",
            "Dogwood", "Everglade", "Flint Creek", "Goldenrod", "Hickory", "Ironclad", "Kingsnake", "Lonestar Bay",
            "Magnolia Row", "Nighthawk", "Oxbow", "Pronghorn", "Quicksilver", "Rattler", "Sidewinder",
            "Timberline", "Upland", "Wolfberry"]
US_SUFFIX = [("Network", "network"), ("Cable", "network"), ("Channel", "network"), ("Studios", "studio"),
             ("Pictures", "studio"), ("Releasing", "distributor"), ("Plus", "streamer"), ("Entertainment", "network")]
OTHER_BUYERS = [("Pennine Television", "network", "UK"), ("Severnside Broadcasting", "network", "UK"),
                ("Northwind Broadcast Canada", "network", "Canada"), ("Liffey Vale TV", "network", "Ireland"),
                ("Southern Cross Screen", "network", "Australia"), ("Kōwhai Television", "network", "New Zealand"),
                ("Highveld Media", "network", "South Africa"), ("Cotswold Pictures", "studio", "UK")]

GENRES = ["drama", "comedy", "crime", "thriller", "horror", "sci-fi", "fantasy", "action", "romance", "family",
          "kids", "animation", "documentary", "reality", "period", "true crime", "western", "sports"]
FORMATS_FOR = {"documentary": ["docuseries", "feature"], "true crime": ["docuseries", "limited series"],
               "reality": ["series"], "kids": ["series"], "sports": ["docuseries", "series"]}
FIRST = ["Brett", "Kayla", "Travis", "Monica", "Darnell", "Whitney", "Garrett", "Lacey", "Tyrone", "Brooke",
         "Colby", "Shauna", "Dustin", "Tamara", "Wesley", "Jolene", "Marcus", "Courtney", "Reggie", "Heather",
         "Cody", "Denise", "Preston", "Raquel", "Trent", "Lorraine", "Hunter", "Vanessa", "Clint", "Autumn",
         "Rashad", "Mallory", "Bradley", "Tiffany", "Jerome", "Krista", "Shane", "Latoya", "Derek", "Bethany"]
LAST = ["Haskins", "Pruitt", "Whitfield", "Dunaway", "Carmody", "Bledsoe", "Ostrander", "Kimbrough", "Varney",
        "Lovett", "McCaskill", "Thibodeaux", "Pendergast", "Ashby", "Gaskin", "Royster", "Wainwright", "Culpepper",
        "Satterfield", "Holloway", "Tillman", "Birdsong", "Faircloth", "Mabry", "Winslow", "Castellano",
        "Okonkwo", "Delgado", "Fujimoto", "Nakashima", "Abernethy", "Brackett", "Cheatham", "Dorsey", "Eubanks",
        "Fenwick", "Goforth", "Hargrove", "Ingram", "Jernigan"]
TITLES = ["SVP, Original Programming", "VP, Development", "Director of Current Series", "EVP, Scripted",
          "VP, Unscripted Development", "Director, Original Movies", "Head of Programming", "VP, Production",
          "Senior Director, Development", "EVP, Programming and Development"]
REGIONS = ["US", "US", "US", "North America", "Global"]
MANDATE_T = ["{s} is developing {g} {f} for {slot}.", "{s}'s team wants {g} {f} with a bankable lead.",
             "{s} says the network is short on {g} {f} and wants more for {slot}.",
             "{s} is only taking {g} {f} with a showrunner attached.",
             "For {slot}, {s} wants {g} {f} that can return for several seasons."]
SLOTS = ["Sunday at 9", "the fall schedule", "the summer schedule", "Thursday nights", "the streaming tier",
         "holiday counter-programming", "late night"]
PITCH = ["Agency submissions only; a pitch document of eight pages and a pilot script.",
         "Through managers or agents; the team takes general meetings on Mondays.",
         "Producers with a first-look deal pitch directly; everyone else through agents.",
         "Send a one-sheet and sizzle through the network's producer portal."]
ADJ = ["Broken", "Silver", "Lonesome", "Crooked", "Burning", "Hollow", "Restless", "Sweetwater", "Iron", "Wicked",
       "Muddy", "Lucky", "Dead Man's", "Northern", "Bitter", "Golden", "Rusty", "Quiet", "Savage", "Neon", "Velvet",
       "Cold", "Last", "Blue", "Little", "Wild", "Holy", "Long", "High", "Black"]
NOUN = ["Creek", "Highway", "Motel", "Parish", "Harvest", "Ledger", "Verdict", "Rodeo", "Diner", "Precinct",
        "Levee", "Orchard", "Ranch", "Junction", "Crossing", "Chapel", "Depot", "Frontier", "Derby", "Carnival",
        "Kingdom", "Empire", "Courthouse", "Marina", "Saloon", "Garage", "Refinery", "Boardwalk", "Mill", "Summit",
        "Sheriff", "Honeymoon", "Reunion", "Inheritance", "Confession", "Playbook", "Hustle", "Alibi", "Getaway"]
PATTERNS = ["{a} {n}", "The {a} {n}", "{n} County", "{a} {n} {r}", "The {n} on {a} Street", "{n}s"]
ROMAN = ["II", "Blues", "Nights", "Confidential", "Rising", "Heat"]
LOG = ["A {w} in {p} uncovers a {x} that the whole town has been paying to keep quiet.",
       "When a {w} from {p} inherits a failing {x}, she has one season to save it.",
       "Two rival {w}s in {p} are forced to share a {x} for one chaotic summer.",
       "A disgraced {w} returns to {p} to solve the murder everyone pinned on her brother.",
       "Cameras follow {w}s in {p} through the busiest year of their lives."]
LW = ["sheriff", "pastor", "line cook", "rodeo clown", "paralegal", "crop duster", "school nurse", "talent agent",
      "pit boss", "fishing guide", "tow truck driver", "realtor"]
LP = ["west Texas", "the Ozarks", "coastal Maine", "Reno", "the Florida Keys", "Montana", "Baton Rouge",
      "the Outer Banks", "Tucson", "Duluth", "Yorkshire", "Toronto", "Galway", "Perth", "Otago", "Durban"]
LX = ["diner", "bowling alley", "funeral home", "radio station", "minor-league team", "bait shop", "motel",
      "vineyard", "ranch", "newspaper"]

# Specialists: (name, buyer, title, region, genres, formats, pitch, aliases, mandates[list of texts])
SPECIALISTS = [
    ("Philippa Crane-Oduya", "Pennine Television", "Head of British Drama", "UK", ["crime", "drama", "period"],
     ["series", "limited series"], "UK independents pitch through the Pennine commissioning portal; a two-page "
     "outline and a script sample.", [],
     ["Crane-Oduya wants British crime dramas set in the north of England, six hours.",
      "She is looking for British period drama about the 1980s.",
      "Crane-Oduya wants returnable British detective series."]),
    ("Étienne Lavallée", "Northwind Broadcast Canada", "Director, Canadian Originals", "Canada",
     ["comedy", "drama", "family"], ["series"], "Canadian producers apply through the Northwind development "
     "fund with a Canadian-content certification plan.", ["Etienne Lavallee"],
     ["Lavallée wants Canadian family comedies, 8 half-hours, that can shoot in Manitoba.",
      "He is after Canadian dramas with a bilingual cast."]),
    ("Siobhán Ní Bhriain", "Liffey Vale TV", "Head of Irish Commissioning", "Ireland", ["drama", "comedy", "crime"],
     ["series", "limited series"], "Irish production companies pitch by email with a treatment; Screen Ireland "
     "funding plans welcome.", ["Siobhan Ni Bhriain"],
     ["Ní Bhriain wants Irish comedy-dramas set outside Dublin.", "She is looking for Irish crime limited series."]),
    ("Bronwyn Tull", "Southern Cross Screen", "Head of Australian Drama", "Australia", ["crime", "drama", "thriller"],
     ["series", "limited series"], "Australian producers submit through Screen Australia-backed slates; a bible "
     "and pilot.", [],
     ["Tull wants Australian outback crime thrillers, six episodes.", "She wants Australian family drama."]),
    ("Aroha Ngata-Whitcombe", "Kōwhai Television", "Commissioner, New Zealand Drama", "New Zealand",
     ["drama", "fantasy", "comedy"], ["series"], "New Zealand producers pitch with NZ On Air funding in view.", [],
     ["Ngata-Whitcombe wants New Zealand fantasy and comedy series with Māori storytellers."]),
    ("Thandeka Mokoena", "Highveld Media", "Head of South African Scripted", "South Africa",
     ["crime", "drama", "thriller"], ["series"], "South African producers pitch by email with a deck.", [],
     ["Mokoena wants South African crime thrillers set in Johannesburg.", "She is after township family dramas."]),
    ("Rosalba Quintanilla", "Magnolia Row Network", "Head of Novelas", "US", ["telenovela", "romance", "drama"],
     ["series"], "Spanish-language producers pitch with a sinopsis and 10 scripts; meetings in Miami.", [],
     ["Quintanilla wants Spanish-language telenovelas for US Hispanic audiences, 60 to 80 episodes.",
      "She is after telenovelas set in Miami and Texas.", "Quintanilla wants short telenovelas for streaming.",
      "She is looking for telenovela remakes."]),
    ("Hollis Marchbanks", "Granite Peak Network", "VP, Natural History", "Global", ["natural history", "documentary"],
     ["docuseries", "special"], "Natural history producers send a treatment with a camera-test reel.", [],
     ["Marchbanks wants natural history series about North American predators.",
      "He is looking for natural history specials for Earth Day.",
      "Marchbanks wants ocean natural history with new camera technology.",
      "He is after presenter-led natural history for families.",
      "Marchbanks wants natural history about national parks.",
      "He is looking for natural history about animal migrations."]),
    ("Kenzie Albright-Oyo", "Silverlake Plus", "Head of Dating and Relationships", "US",
     ["reality", "dating show"], ["series"], "Format pitches with a sizzle under three minutes; casting plan attached.",
     [], ["Albright-Oyo wants dating shows with a high-concept hook.", "She is after dating shows for over-50s.",
          "Albright-Oyo wants dating shows set on a cruise ship.", "She wants dating shows with a comedic host."]),
    ("Desmond Achebe-Ruiz", "Nighthawk Channel", "VP, Stand-Up and Specials", "US", ["stand-up", "comedy"],
     ["special"], "Send a full unedited set; he scouts clubs in New York, Chicago and Austin.", [],
     ["Achebe-Ruiz wants hour-long stand-up specials from comics with a touring base.",
      "He is looking for stand-up specials from first-time headliners.",
      "Achebe-Ruiz wants stand-up specials taped outside New York and Los Angeles.",
      "He wants half-hour stand-up showcases."]),
    ("Priscilla Wendt", "Harborlight Releasing", "EVP, Acquisitions", "Global", ["indie", "drama", "comedy"],
     ["feature"], "Sales agents send screeners before Sundance, SXSW, Toronto and Telluride.", [],
     ["Wendt wants festival acquisitions: indie features from Sundance and SXSW with a theatrical window.",
      "She is buying indie comedies at Toronto.", "Wendt wants festival acquisitions of documentaries.",
      "She is looking for indie features from first-time directors."]),
    ("Calvin Ostergaard", "Rattler Plus", "Head of Anime Acquisitions", "US", ["anime", "animation"],
     ["series", "feature"], "Licensors and Japanese production committees only; subtitled screeners.", [],
     ["Ostergaard wants simulcast anime series for the fall season.", "He is after anime features.",
      "Ostergaard wants anime with a sports theme."]),
    ("Lorena Castillo-Bright", "Thunderbird Network", "EVP, Competition Series", "US",
     ["reality competition", "reality"], ["series"], "Format pitches through established unscripted producers.",
     [], ["Castillo-Bright wants reality competition series with a $1M prize.",
          "She is looking for reality competition formats about cooking and building.",
          "Castillo-Bright wants reality competition in extreme locations."]),
    ("Renata Vukovich", "Blackwater Channel", "VP, True Crime", "US", ["true crime", "documentary"],
     ["docuseries"], "A treatment plus access letters; through production companies only.", [],
     ["Vukovich wants true crime docuseries with new evidence.", "She is after true crime about cold cases.",
      "Vukovich wants true crime with a podcast tie-in.", "She is looking for true crime about cults.",
      "Vukovich wants true crime about financial fraud.", "She wants true crime limited docuseries of three parts."]),
    ("Zoë Brønnum-Hart", "Cotswold Pictures", "Head of European Co-productions", "Europe", ["drama", "thriller"],
     ["series", "limited series"], "Co-production proposals with a financing plan.", ["Zoe Bronnum-Hart"],
     ["Brønnum-Hart wants European co-produced thrillers in English.",
      "She is looking for co-productions with Nordic broadcasters."]),
    ("Mikołaj Dąbrowski-Lee", "Sidewinder Pictures", "SVP, Horror", "US", ["horror", "thriller"],
     ["feature"], "Through agents: a script and a lookbook; budgets under $10M.", ["Mikolaj Dabrowski-Lee"],
     ["Dąbrowski-Lee wants contained horror features under $5M.", "He is looking for horror with a social hook.",
      "Dąbrowski-Lee wants horror franchises."]),
    ("Nuño Ibáñez Ferrer", "Oxbow Studios", "Head of Latin American Acquisitions", "LatAm", ["drama", "thriller"],
     ["feature", "series"], "Sales agents send screeners; he buys at Ventana Sur.", ["Nuno Ibanez Ferrer"],
     ["Ibáñez Ferrer wants Latin American thrillers for US Spanish-language audiences."]),
    ("Gülşen Aydın-Moore", "Dogwood Network", "VP, Kids and Family", "Global", ["kids", "family", "animation"],
     ["series"], "Pitch bibles with character designs; preschool and 6-11.", ["Gulsen Aydin-Moore"],
     ["Aydın-Moore wants preschool animation with a music hook.", "She is looking for live-action family series.",
      "Aydın-Moore wants animated comedies for 6-11."]),
    ("Åsa Ødegård-Price", "Quicksilver Studios", "EVP, Sci-Fi and Fantasy", "Global", ["sci-fi", "fantasy"],
     ["series", "feature"], "Through agents; a bible and a pilot script.", ["Asa Odegard-Price"],
     ["Ødegård-Price wants grounded sci-fi series.", "She is after fantasy features based on books."]),
    ("Wade Pettibone", "Copperhead Network", "VP, Nonfiction", "US", ["true crime", "reality"],
     ["docuseries", "series"], "Producers pitch through the Copperhead portal.", [],
     ["Pettibone wants true crime for Copperhead's Saturday block."]),
    ("Darla Kincaid", "Pinecrest Cable", "Director, Original Movies", "US", ["romance", "family"],
     ["feature"], "Through agents; scripts only.", [],
     ["Kincaid wants holiday romance movies for Pinecrest."]),
    ("Fitzgerald Ume", "Nighthawk Channel", "SVP, Scripted Comedy", "US", ["comedy"], ["series"],
     "Agency submissions only.", [], ["Ume wants single-camera comedies."]),
]
# Buyers whose fillers must not have a genre (so the constrained question has one answer).
CONSTRAINED = {"copperhead-network": "true crime", "pinecrest-cable": "romance", "nighthawk-channel": "comedy",
               "blackwater-channel": "true crime"}


def rdate(rng: random.Random, lo: dt.date = START, hi: dt.date = TODAY) -> str:
    return (lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))).isoformat()


def generate(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []
    buyers: list[tuple[str, str, str]] = []
    stems = rng.sample(US_STEMS, 44)
    for st in stems:
        suf, kind = rng.choice(US_SUFFIX)
        buyers.append((f"{st} {suf}", kind, "US"))
    fixed = {"Copperhead Network": "network", "Pinecrest Cable": "network", "Nighthawk Channel": "network",
             "Blackwater Channel": "network", "Magnolia Row Network": "network", "Granite Peak Network": "network",
             "Silverlake Plus": "streamer", "Harborlight Releasing": "distributor", "Rattler Plus": "streamer",
             "Thunderbird Network": "network", "Sidewinder Pictures": "studio", "Oxbow Studios": "studio",
             "Dogwood Network": "network", "Quicksilver Studios": "studio"}
    buyers = [b for b in buyers if b[0].split()[0] not in {n.split()[0] for n in fixed}]
    buyers += [(n, k, "US") for n, k in fixed.items()] + OTHER_BUYERS
    seen = set()
    us_ids = []
    for name, kind, region in buyers:
        cid = slug(name)
        if cid in seen:
            continue
        seen.add(cid)
        if region == "US":
            us_ids.append(cid)
        out.append({"type": "company", "id": cid, "name": name, "kind": kind, "region": region,
                    "aliases": [name.split()[0]] if len(name.split()) > 1 else [], "source": src("company", cid)})
    execs = []
    for (name, buyer, title, region, genres, formats, pitch, aliases, mands) in SPECIALISTS:
        eid = slug(name)
        e = {"type": "executive", "id": eid, "name": name, "company": slug(buyer), "title": title, "region": region,
             "genres": genres, "formats": formats, "bio": f"{name} is {title} at {buyer}.", "pitch_process": pitch,
             "aliases": aliases, "updated_at": rdate(rng, dt.date(2026, 5, 1)), "source": src("executive", eid)}
        execs.append(e)
        out.append(e)
        d = dt.date(2026, 11, 1)
        for text in mands:
            d -= dt.timedelta(days=rng.randint(40, 150))
            mid = f"{eid}-{d.isoformat()}"
            out.append({"type": "mandate", "id": mid, "executive": eid, "text": text, "date": d.isoformat(),
                        "source": src("mandate", mid)})
    names = {e["name"] for e in execs}
    n_spec = len(execs)
    while len(execs) < 330:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in names:
            continue
        names.add(name)
        cid = rng.choice(us_ids)
        pool = [g for g in GENRES if g != CONSTRAINED.get(cid)]
        genres = rng.sample(pool, rng.randint(2, 4))
        formats = sorted({f for g in genres for f in FORMATS_FOR.get(g, ["series", "limited series", "feature"])})
        eid = slug(name)
        e = {"type": "executive", "id": eid, "name": name, "company": cid, "title": rng.choice(TITLES),
             "region": rng.choice(REGIONS), "genres": genres, "formats": formats,
             "bio": f"{name} works on {' and '.join(genres)} at the network.", "pitch_process": rng.choice(PITCH),
             "updated_at": rdate(rng, dt.date(2024, 6, 1)), "source": src("executive", eid)}
        execs.append(e)
        out.append(e)
        used = set()
        for _ in range(rng.randint(1, 3)):
            d = rdate(rng)
            if d in used:
                continue
            used.add(d)
            text = rng.choice(MANDATE_T).format(s=name.split()[1], g=" and ".join(rng.sample(genres, 2)),
                                                f=rng.choice(formats), slot=rng.choice(SLOTS))
            mid = f"{eid}-{d}"
            out.append({"type": "mandate", "id": mid, "executive": eid, "text": text, "date": d,
                        "source": src("mandate", mid)})
    gl_ids: set[str] = set()
    for i, e in enumerate(execs):
        n = rng.randint(20, 32) if i < n_spec else rng.randint(17, 29)
        for _ in range(n):
            for _try in range(50):
                t = rng.choice(PATTERNS).format(a=rng.choice(ADJ), n=rng.choice(NOUN), r=rng.choice(ROMAN))
                gid = f"{e['company']}--{slug(t)}"
                if gid not in gl_ids:
                    break
            else:
                continue
            gl_ids.add(gid)
            g = rng.sample(e["genres"], 1 if len(e["genres"]) == 1 or rng.random() < 0.4 else 2)
            rec = {"type": "greenlight", "id": gid, "title": t, "buyer": e["company"], "date": rdate(rng), "genres": g,
                   "format": rng.choice(e["formats"]), "region": e["region"]}
            if rng.random() < 0.8:
                rec["executives"] = [e["id"]]
            rec["logline"] = rng.choice(LOG).format(w=rng.choice(LW), p=rng.choice(LP), x=rng.choice(LX))
            rec["source"] = src("greenlight", gid)
            out.append(rec)
    return out


if __name__ == "__main__":
    for r in generate():
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
