#!/usr/bin/env python3
"""Build the dev6 `mw ask` knowledge base: FICTIONAL data from a seeded generator.

    python tests/eval/dev/dev6/build_kb.py > tests/eval/dev/dev6/kb.jsonl

DEVELOPMENT data (the code may be tuned on it). EVERYTHING HERE IS FICTIONAL: the buyers, executives, mandates
and greenlights are invented, and every record's `source` is `fictional://dev6/...`. Buyers sit in countries and
regions the other sets use little (Turkey, Poland, Israel, Egypt, the Philippines, Indonesia, Vietnam, Colombia,
Argentina, Chile, Kenya, Ghana, Ireland, Belgium, the Netherlands, Czechia, Portugal, Greece, New Zealand, Quebec)
plus a LatAm regional streamer and three global streamers. Companies, executives, pitch processes and a few
named greenlights are written out below; the bulk of mandates and greenlights is drawn by a seeded
`random.Random` from the executives' own genres and formats. Output is deterministic.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata

SEED = 20261124

# id, name, kind, region, aliases
COMPANIES = [
    ("bosphorus-tv", "Bosphorus TV", "network", "Turkey", ["Bosphorus", "BTV Türkiye"]),
    ("anatolia-plus", "Anatolia+", "streamer", "Turkey", ["Anatolia Plus"]),
    ("wisla-media", "Wisła Media", "network", "Poland", ["Wisla Media", "Wisła TV"]),
    ("kinneret-channel", "Kinneret Channel", "network", "Israel", ["Kinneret", "Kinneret 12"]),
    ("nile-vision", "Nile Vision", "network", "Egypt", ["NileVision"]),
    ("tala-stream", "Tala Stream", "streamer", "Philippines", ["Tala"]),
    ("nusantara-tv", "Nusantara TV", "network", "Indonesia", ["NTV Indonesia"]),
    ("song-hong-media", "Sông Hồng Media", "network", "Vietnam", ["Song Hong Media", "SHM"]),
    ("caribe-cinco", "Caribe Cinco", "network", "Colombia", ["Canal Caribe 5"]),
    ("pampa-play", "Pampa Play", "streamer", "Argentina", ["PampaPlay"]),
    ("cordillera-tv", "Cordillera TV", "network", "Chile", ["Cordillera"]),
    ("ola-latina", "Ola Latina", "streamer", "LatAm", ["Ola"]),
    ("savanna-stream", "Savanna Stream", "streamer", "Kenya", ["Savanna"]),
    ("volta-broadcasting", "Volta Broadcasting", "network", "Ghana", ["Volta TV", "VBC"]),
    ("liffey-television", "Liffey Television", "network", "Ireland", ["Liffey TV", "LTV"]),
    ("brabant-media", "Brabant Média", "network", "Belgium", ["Brabant Media", "Brabant"]),
    ("polder-omroep", "Polder Omroep", "network", "Netherlands", ["Polder TV"]),
    ("vltava-tv", "Vltava TV", "network", "Czechia", ["Vltava"]),
    ("tejo-tv", "Tejo TV", "network", "Portugal", ["Tejo"]),
    ("aegean-channel", "Aegean Channel", "network", "Greece", ["Aegean TV"]),
    ("kowhai-screen", "Kōwhai Screen", "network", "New Zealand", ["Kowhai Screen", "Kōwhai"]),
    ("tele-laurentides", "Télé-Laurentides", "network", "Canada", ["Tele-Laurentides", "TL Québec"]),
    ("orbitflix", "Orbitflix", "streamer", "Global", ["Orbit"]),
    ("lumen-plus", "Lumen+", "streamer", "Global", ["Lumen Plus"]),
    ("clipnest", "ClipNest", "streamer", "Global", ["Clip Nest"]),
]

# id, name, company, title, region, genres, formats, pitch_process (the first executive listed at a company
# has the most mandates there)
EXECS = [
    ("sukru-yildirim", "Şükrü Yıldırım", "bosphorus-tv", "Head of Scripted, Turkey", "Turkey",
     ["dizi", "romance", "family drama"], ["series"],
     "Şükrü Yıldırım takes meetings only through Istanbul production companies he has worked with: send a two-page "
     "treatment in Turkish and English and outlines for the first three episodes; his office answers within six weeks."),
    ("elif-demirtas", "Elif Demirtaş", "bosphorus-tv", "Director of Fiction", "Turkey",
     ["procedural", "crime", "thriller"], ["series", "miniseries"], None),
    ("cem-aksoy", "Cem Aksoy", "anatolia-plus", "Commissioning Editor, Originals", "Turkey",
     ["dizi", "period drama", "comedy"], ["series", "short-form"], None),
    ("lucja-wroblewska", "Łucja Wróblewska", "wisla-media", "Dyrektor Programowa (Director of Programming)", "Poland",
     ["drama", "cozy crime", "comedy"], ["series"], None),
    ("tomasz-zak", "Tomasz Żak", "wisla-media", "Head of Factual", "Poland",
     ["documentary", "true crime"], ["feature doc", "docuseries"], None),
    ("noa-ben-ami", "Noa Ben-Ami", "kinneret-channel", "VP Drama & Format Sales", "Israel",
     ["drama", "thriller", "espionage"], ["series", "format adaptation"],
     "Kinneret buys and sells formats: for a format adaptation send Noa Ben-Ami the paper format and a tape of the "
     "original; for original drama, a one-page synopsis and a bible through an agent. Pitch weeks are in March and "
     "September in Tel Aviv."),
    ("yossi-harel", "Yossi Harel", "kinneret-channel", "Head of Comedy", "Israel",
     ["comedy", "mockumentary"], ["series", "short-form"], None),
    ("mariam-el-sayed", "Mariam El-Sayed", "nile-vision", "Head of Ramadan Drama", "Egypt",
     ["drama", "family drama", "period drama"], ["series"], None),
    ("maricel-dela-cruz", "Maricel Dela Cruz", "tala-stream", "Head of Original Content", "Philippines",
     ["romance", "YA", "drama"], ["series", "short-form"], None),
    ("jomari-bautista", "Jomari Bautista", "tala-stream", "Creative Manager, Unscripted", "Philippines",
     ["reality", "scripted reality", "factual entertainment"], ["series"],
     "Tala Stream runs a Pitch Day every quarter in Manila: unscripted producers register online, send a one-page "
     "concept and a two-minute sizzle, and twelve are invited to pitch to Jomari Bautista's team."),
    ("dewi-kartika-sari", "Dewi Kartika Sari", "nusantara-tv", "Head of Content", "Indonesia",
     ["horror", "drama", "religious drama"], ["series", "feature"], None),
    ("bagus-pranoto", "Bagus Pranoto", "nusantara-tv", "Programming Director", "Indonesia",
     ["reality", "comedy", "talent show"], ["series"], None),
    ("nguyen-thi-lan", "Nguyễn Thị Lan", "song-hong-media", "Giám đốc Nội dung (Content Director)", "Vietnam",
     ["romance", "drama", "family drama"], ["series", "format adaptation"], None),
    ("tran-minh-duc", "Trần Minh Đức", "song-hong-media", "Head of Youth Content", "Vietnam",
     ["YA", "comedy", "K-drama"], ["short-form", "series"], None),
    ("valentina-ocampo", "Valentina Ocampo", "caribe-cinco", "Gerente de Ficción", "Colombia",
     ["telenovela", "biopic", "crime"], ["series"], None),
    ("florencia-iniguez", "Florencia Iñíguez", "pampa-play", "Directora de Contenidos Originales", "Argentina",
     ["comedy", "dramedy", "thriller"], ["series", "miniseries"], None),
    ("matias-fuenzalida", "Matías Fuenzalida", "cordillera-tv", "Jefe de Programación", "Chile",
     ["period drama", "documentary", "drama"], ["series", "feature doc"], None),
    ("camila-restrepo", "Camila Restrepo", "ola-latina", "VP Original Content LatAm", "LatAm",
     ["telenovela", "thriller", "crime", "YA"], ["series", "limited series"], None),
    ("diego-salvatierra", "Diego Salvatierra", "ola-latina", "Director, Unscripted LatAm", "LatAm",
     ["true crime", "factual entertainment"], ["docuseries", "series"], None),
    ("wanjiru-kamau", "Wanjiru Kamau", "savanna-stream", "Head of Scripted, East Africa", "Kenya",
     ["drama", "comedy", "legal"], ["series", "short-form"], None),
    ("otieno-odhiambo", "Otieno Odhiambo", "savanna-stream", "Commissioning Executive, Factual", "Kenya",
     ["documentary", "wildlife", "factual entertainment"], ["docuseries", "feature doc"],
     "Factual pitches go to Otieno Odhiambo as a one-page outline with a sizzle of under three minutes, by email to "
     "the factual commissioning inbox; he reads everything that arrives before the 1st of each month."),
    ("kwame-asante-boateng", "Kwame Asante-Boateng", "volta-broadcasting", "Director of Fiction", "Ghana",
     ["drama", "romance", "comedy"], ["series"], None),
    ("ngozi-okafor", "Ngozi Okafor", "volta-broadcasting", "Head of Kids & Family", "Ghana",
     ["kids", "animation", "family"], ["series", "short-form"], None),
    ("siobhan-ni-bhriain", "Siobhán Ní Bhriain", "liffey-television", "Commissioning Editor, Drama", "Ireland",
     ["drama", "cozy crime", "period drama"], ["series", "miniseries"],
     "Liffey Television's Open Door drama scheme takes submissions twice a year (February and August) from "
     "Irish-based writers and producers: a five-page treatment, a pilot script and a producer's note on financing."),
    ("ciaran-odowd", "Ciarán O'Dowd", "liffey-television", "Commissioning Editor, Entertainment & Comedy", "Ireland",
     ["comedy", "mockumentary", "entertainment"], ["series", "special"], None),
    ("zoe-vermeulen", "Zoë Vermeulen", "brabant-media", "Head of Drama, Flanders", "Belgium",
     ["procedural", "crime", "anthology"], ["series", "format adaptation"], None),
    ("jerome-dufrasne", "Jérôme Dufrasne", "brabant-media", "Directeur des Programmes", "Belgium",
     ["documentary", "factual entertainment", "reality"], ["series", "feature doc"], None),
    ("sanne-van-den-broek", "Sanne van den Broek", "polder-omroep", "Manager Drama", "Netherlands",
     ["drama", "YA", "thriller"], ["series", "miniseries"], None),
    ("joost-ijzerman", "Joost IJzerman", "polder-omroep", "Eindredacteur Factual", "Netherlands",
     ["scripted reality", "documentary"], ["series", "docuseries"], None),
    ("katerina-dvorakova", "Kateřina Dvořáková", "vltava-tv", "Ředitelka vývoje (Head of Development)", "Czechia",
     ["fairy tale", "drama", "crime"], ["series", "tv movie"], None),
    ("joao-simoes", "João Simões", "tejo-tv", "Diretor de Ficção", "Portugal",
     ["telenovela", "drama", "period drama"], ["series"], None),
    ("ines-carvalho", "Inês Carvalho", "tejo-tv", "Head of Digital Originals", "Portugal",
     ["YA", "comedy"], ["short-form"], None),
    ("eleni-papadopoulou", "Eleni Papadopoulou", "aegean-channel", "Director of Programming", "Greece",
     ["drama", "comedy", "period drama"], ["series"], None),
    ("aroha-te-whata", "Aroha Te Whata", "kowhai-screen", "Head of Commissioning, Māori & Pasifika", "New Zealand",
     ["drama", "documentary", "comedy"], ["series", "feature doc"], None),
    ("liam-mcallister", "Liam McAllister", "kowhai-screen", "Commissioner, Factual & Entertainment", "New Zealand",
     ["reality", "factual entertainment", "competition"], ["series"], None),
    ("marie-eve-belanger", "Marie-Ève Bélanger", "tele-laurentides", "Directrice principale, contenus originaux",
     "Canada", ["drama", "dramedy", "comedy"], ["series", "format adaptation"],
     "Télé-Laurentides develops only with Quebec production companies: a producer files a project with a French-"
     "language treatment before the spring or fall development deadline, and Marie-Ève Bélanger's team commits "
     "development money to about ten projects a year."),
    ("etienne-gagnon", "Étienne Gagnon", "tele-laurentides", "Chef du contenu jeunesse", "Canada",
     ["kids", "YA"], ["series", "short-form"], None),
    ("priyanka-raman", "Priyanka Raman", "orbitflix", "Chief Content Officer", "Global",
     ["drama", "thriller", "anthology"], ["series", "limited series"],
     "Orbitflix takes pitches only through agents, managers and established production companies; no unsolicited "
     "material. Priyanka Raman's team wants a pitch deck, a pilot script and a season arc."),
    ("park-hye-jin", "Park Hye-jin", "orbitflix", "Director, Korean Originals", "South Korea",
     ["K-drama", "romance", "thriller"], ["series"], None),
    ("zoe-hartigan", "Zoë Hartigan", "lumen-plus", "EVP, International Originals", "Global",
     ["drama", "crime", "procedural"], ["limited series", "miniseries"], None),
    ("kofi-mensah", "Kofi Mensah", "lumen-plus", "Head of Unscripted, Lumen+", "Global",
     ["documentary", "true crime"], ["feature doc", "docuseries"], None),
    ("aiyana-brooks", "Aiyana Brooks", "clipnest", "Head of Short-Form", "Global",
     ["comedy", "YA", "scripted reality"], ["short-form"], None),
]

# Named greenlights written out (buyer, title, date, genres, format, region, executives, logline).
NAMED = [
    ("bosphorus-tv", "Çamlıca'nın Gelinleri", "2025-03-14", ["dizi", "family drama"], "series", "Turkey",
     ["sukru-yildirim"], "Three brides marry into a shipping family on the Asian shore of Istanbul."),
    ("bosphorus-tv", "Kara Ada", "2023-06-02", ["procedural", "crime"], "series", "Turkey", [],
     "An Izmir homicide unit works one case an episode on an island cut off by the winter ferries."),
    ("bosphorus-tv", "Kara Ada (season 2)", "2024-09-19", ["procedural", "crime"], "series", "Turkey",
     ["elif-demirtas"], "The island unit returns as a serial killer targets ferry crews."),
    ("wisla-media", "Złota Klatka", "2024-02-08", ["cozy crime", "drama"], "series", "Poland",
     ["lucja-wroblewska"], "A retired jeweller in Kraków solves thefts from her apartment block."),
    ("song-hong-media", "Hồ Gươm Nights", "2025-12-03", ["YA", "K-drama"], "short-form", "Vietnam",
     ["tran-minh-duc"], "Two Hanoi students run a late-night noodle stall and a secret dating app."),
    ("liffey-television", "The Ballykerrin Baking Club", "2026-01-22", ["cozy crime"], "miniseries", "Ireland",
     ["siobhan-ni-bhriain"], "A village baking club investigates the death of its fiercest judge."),
    ("orbitflix", "Salt Road Anthology", "2025-04-30", ["anthology", "thriller"], "limited series", "Global",
     ["priyanka-raman"], "Six stories along a smuggling route from Tangier to Trieste."),
    ("kinneret-channel", "Double Agent Mom", "2022-11-10", ["espionage", "comedy"], "format adaptation", "Israel",
     ["noa-ben-ami"], "A former Mossad analyst turned suburban mother is reactivated for one last job."),
    ("caribe-cinco", "La Reina del Vallenato", "2023-08-21", ["telenovela", "biopic"], "series", "Colombia",
     ["valentina-ocampo"], "The rise of a vallenato singer from Valledupar to the Latin Grammys."),
    ("kowhai-screen", "Te Awa Tapu", "2024-05-16", ["documentary"], "feature doc", "New Zealand",
     ["aroha-te-whata"], "A river's legal personhood, told by the iwi who fought for it."),
]

W1 = ["Silent", "Crimson", "Northern", "Broken", "Golden", "Hidden", "Last", "Wild", "Glass", "Iron", "Paper",
      "Velvet", "Burning", "Frozen", "Lost", "Midnight", "Salt", "Stone", "Copper", "Bitter", "Quiet", "Distant",
      "Amber", "Hollow", "Scarlet", "Sunken", "Lucky", "Restless", "Borrowed", "Shattered"]
W2 = ["Harbour", "Orchard", "Bridge", "Garden", "Market", "Valley", "Station", "Lantern", "Courtyard", "Ferry",
      "Vineyard", "Kitchen", "Lighthouse", "Border", "Island", "Bazaar", "Theatre", "Canal", "Hotel", "Mountain",
      "Avenue", "Workshop", "Archive", "Carnival", "Monastery", "Factory", "Pharmacy", "Embassy", "Tramline", "Quarry"]
PATTERNS = ["The {a} {b}", "{a} {b}", "{b} of Secrets", "A {a} {b}", "{a} {b} Club", "Beyond the {b}",
            "{b} Diaries", "The {b} Sisters"]
LOCAL = {"Turkey": "İstanbul", "Poland": "Gdańsk", "Israel": "Haifa", "Egypt": "Alexandria",
         "Philippines": "Cebu", "Indonesia": "Jakarta", "Vietnam": "Sài Gòn", "Colombia": "Medellín",
         "Argentina": "Rosario", "Chile": "Valparaíso", "LatAm": "Caracas", "Kenya": "Mombasa", "Ghana": "Kumasi",
         "Ireland": "Galway", "Belgium": "Liège", "Netherlands": "Utrecht", "Czechia": "Brno", "Portugal": "Porto",
         "Greece": "Thessaloniki", "New Zealand": "Ōtautahi", "Canada": "Trois-Rivières", "South Korea": "Busan"}
GLOBAL_PLACES = ["Turkey", "Poland", "Kenya", "Ireland", "South Korea", "Argentina", "Belgium", "Greece"]
BUDGET = {"Turkey": ("TRY", 4_000_000), "Poland": ("PLN", 900_000), "Israel": ("ILS", 1_200_000),
          "Egypt": ("EGP", 6_000_000), "Philippines": ("PHP", 8_000_000), "Indonesia": ("IDR", 2_500_000_000),
          "Vietnam": ("VND", 3_000_000_000), "Colombia": ("COP", 600_000_000), "Argentina": ("USD", 250_000),
          "Chile": ("CLP", 150_000_000), "LatAm": ("USD", 400_000), "Kenya": ("KES", 12_000_000),
          "Ghana": ("GHS", 900_000), "Ireland": ("EUR", 700_000), "Belgium": ("EUR", 550_000),
          "Netherlands": ("EUR", 650_000), "Czechia": ("CZK", 9_000_000), "Portugal": ("EUR", 300_000),
          "Greece": ("EUR", 250_000), "New Zealand": ("NZD", 900_000), "Canada": ("CAD", 800_000),
          "Global": ("USD", 3_500_000), "South Korea": ("KRW", 2_000_000_000)}
MANDATE_TEMPLATES = [
    "Looking for {g0} {f0} of {n} episodes with a budget of about {cur} {b:,} per episode; returnable ideas first.",
    "Wants bold {g0} and {g1} with a strong local voice that can travel; {n} x 45' is the sweet spot.",
    "Priority this year is {g1}: {f0} that can hold a weeknight audience, {n} episodes, budgets capped at {cur} {b:,} an hour.",
    "Not interested in another period piece unless the hook is fresh; {g0} pitches with a named showrunner move fastest.",
    "Open to co-productions on {g0} {f0}; will put up around {cur} {b:,} per episode for {n}-episode seasons.",
    "Building a slate of {g1} {f0} for younger viewers, around {n} episodes each, shot for vertical and horizontal.",
]


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def src(kind: str, rid: str) -> str:
    return f"fictional://dev6/{kind}/{rid}"


def records() -> list[dict]:
    rng = random.Random(SEED)
    recs: list[dict] = []
    region_of = {}
    for cid, name, kind, region, aliases in COMPANIES:
        region_of[cid] = region
        recs.append({"type": "company", "id": cid, "name": name, "kind": kind, "region": region, "aliases": aliases,
                     "fictional": True, "source": src("company", cid)})
    first: set[str] = set()
    by_company: dict[str, list[tuple]] = {}
    for e in EXECS:
        eid, name, comp, title, region, genres, formats, pp = e
        by_company.setdefault(comp, []).append(e)
        rec = {"type": "executive", "id": eid, "name": name, "company": comp, "title": title, "region": region,
               "genres": genres, "formats": formats}
        if pp:
            rec["pitch_process"] = pp
        rec["updated_at"] = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
        rec["fictional"] = True
        rec["source"] = src("executive", eid)
        recs.append(rec)
    for comp, execs in by_company.items():
        for i, (eid, name, _c, _t, region, genres, formats, _p) in enumerate(execs):
            count = 5 if i == 0 else 3
            cur, base = BUDGET[region]
            for k in range(count):
                t = MANDATE_TEMPLATES[(k + i) % len(MANDATE_TEMPLATES)]
                g = genres * 2
                text = t.format(g0=g[k % len(genres)], g1=g[k % len(genres) + 1], f0=formats[k % len(formats)],
                                n=rng.choice([6, 8, 10, 12, 13, 20, 40, 60]), cur=cur,
                                b=base * rng.choice([1, 2, 3]) // 2)
                date = f"{rng.choice([2024, 2025, 2026])}-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
                recs.append({"type": "mandate", "id": f"{eid}-{k + 1}", "executive": eid, "text": text, "date": date,
                             "fictional": True, "source": src("mandate", f"{eid}-{k + 1}")})
    titles: set[str] = set()
    slugs: set[str] = set()
    gls: list[dict] = []

    def add(buyer, title, date, genres, fmt, region, execs, logline):
        gid = f"{buyer}--{slug(title)}"
        titles.add(title)
        slugs.add(slug(title))
        gls.append({"type": "greenlight", "id": gid, "title": title, "buyer": buyer, "date": date, "genres": genres,
                    "format": fmt, "region": region, "executives": execs, "logline": logline, "fictional": True,
                    "source": src("greenlight", gid)})
    for row in NAMED:
        add(*row)
    start = dt.date(2022, 1, 1)
    span = (dt.date(2026, 10, 31) - start).days
    single = {c for c, es in by_company.items() if len(es) == 1}
    for cid, _name, _kind, region, _al in COMPANIES:
        for _ in range(rng.randint(55, 80)):
            ex = rng.choice(by_company[cid])
            eid, _n, _c, _t, eregion, genres, formats, _p = ex
            gen = sorted(set(rng.sample(genres, rng.choice([1, 1, 2]))), key=genres.index)
            fmt = rng.choice(formats)
            if region == "Global":
                place = eregion if eregion != "Global" else rng.choice(GLOBAL_PLACES)
            else:
                place = region
            while True:
                title = rng.choice(PATTERNS).format(a=rng.choice(W1), b=rng.choice(W2))
                if rng.random() < 0.3:
                    title += f" {LOCAL[place]}" if rng.random() < 0.5 else f": {LOCAL[place]}"
                if title not in titles and slug(title) not in slugs and f"{title} (season 2)" not in titles:
                    break
            date = (start + dt.timedelta(days=rng.randint(0, span))).isoformat()
            execs = [eid] if cid in single or rng.random() < 0.85 else []
            n = rng.choice([6, 8, 10, 13, 40])
            logline = f"A {', '.join(gen)} {fmt} of {n} episodes set in {LOCAL[place]}."
            add(cid, title, date, gen, fmt, place, execs, logline)
    return recs + gls


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    recs = records()
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1})))
    companies = {r["id"] for r in recs if r["type"] == "company"}
    execs = {r["id"]: r for r in recs if r["type"] == "executive"}
    for r in recs:
        if r["type"] == "executive" and r["company"] not in companies:
            raise SystemExit(f"{r['id']}: unknown company {r['company']}")
        if r["type"] == "greenlight":
            for e in r["executives"]:
                if execs.get(e, {}).get("company") != r["buyer"]:
                    raise SystemExit(f"{r['id']}: executive {e} is not at {r['buyer']}")
    for r in recs:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
