#!/usr/bin/env python3
"""Development set shaped like the held-out "real" set, built from OTHER real public data (tune on this).

    python tests/eval/dev/real_shape/build_real_shape.py /path/to/netflix_titles.csv \
        > tests/eval/dev/real_shape/real_shape_kb.jsonl
    python scripts/eval.py --kb tests/eval/dev/real_shape/real_shape_kb.jsonl \
        --questions tests/eval/dev/real_shape/real_shape_questions.jsonl

Shape: one global streamer (Netflix) whose executives are regional or single-country commissioners, and
greenlights that carry their own country, catalogue-style genre words and no executives.

- Executives: real people in the public roles the cited pages report, as of each page's date (a snapshot,
  not current information); mandates closely paraphrase the page.
- Greenlights: TV shows and stand-up specials from the public Netflix titles dataset (Kaggle "Netflix
  Movies and TV Shows", S. Bansal, 2021; copy: github.com/108ABHINAV/netflix_sql_project, commit e7dc396)
  **added 2016-2018** (the held-out set uses 2019-2021 only, so no record is shared), from 15 countries
  (US rows: stand-up specials only). `date` is the date added to Netflix, `country` the dataset's first
  country, genres the dataset's categories kept in catalogue form ("crime tv shows", "international tv
  shows", "reality tv", "docuseries", "british tv shows") except a few renamed as catalogues and fans name
  them ("Korean TV Shows" -> k-drama, "Anime Series" -> anime, "Stand-Up Comedy" -> stand-up).
  `executives[]` is empty: the dataset does not say who commissioned a title.
"""
import csv
import datetime as dt
import json
import re
import sys
import unicodedata

NF = "netflix"
DATASET = "https://github.com/108ABHINAV/netflix_sql_project/blob/main/netflix_titles.csv"
U = {
    "kang": "https://worldscreen.com/netflixs-don-kang-talks-squid-game-k-content-slate/",
    "kang2": "https://www.screenglobalproduction.com/news/2025/06/25/netflix-korea-don-kang-production-dip",
    "couvreur": "https://allocine.fr/article/fichearticle_gen_carticle=18696016.html",
    "couvreur2": "https://sacd.fr/fr/damien-couvreur-nous-sommes-la-pour-rester-et-nous-integrer-de-maniere-vertueuse-dans-lecosysteme",
    "shergill": "https://www.businesstoday.in/magazine/most-powerful-women/success-stories/story/416278.html",
    "shergill2": "https://www.indiatoday.in/magazine/high-and-mighty/story/20211101-monika-shergill-content-queen-1868312-2021-10-23",
    "arya": "https://malaysia.news.yahoo.com/inside-netflix-india-commissioning-strategy-092045037.html",
    "praw": "https://www.vulture.com/article/robbie-praw-netflix-comedy-stand-up-interview.html",
    "zenatti": "https://todotvnews.com/netflix-anuncia-el-comienzo-de-la-produccion-de-las-proximas-peliculas-y-series-brasilenas",
    "barmack": "https://www.portalodia.com/entretenimento/entretenimento/netflix-aposta-no-mercado-nacional-e-produzira-mais-series-brasileiras-315186.html",
    "distas": "https://www.hollywoodreporter.com/tv/tv-news/netflix-turkish-original-slate-series-1235255625/",
    "distas2": "https://www.c21media.net/netflix-ups-investment-in-turkey/",
    "sarandos": "http://www.assistebrasil.com.br/2016/06/queremos-investir-no-cinema-brasileiro-afirma-executivo-da-netflix/",
}
# (name, title, region, genres, formats, source key, as-of date, mandates [(text, date or None, source key)])
EXECS = [
    ("Don Kang", "Vice President, Content, Korea", "Korea", ["drama", "thriller", "reality"], ["series", "feature"],
     "kang", "2025-06-25",
     [("Kang's Korean team focuses on local stories with local creators, finding unique voices authentic to local "
       "audiences, and is expanding into non-fiction shows.", "2025-06-25", "kang"),
      ("Kang wants 20 to 25% of Netflix's Korean titles to come from new creators, and budgets are right-sized in "
       "negotiation with production companies.", "2025-06-25", "kang2")]),
    ("Damien Couvreur", "Director, French Original Series", "France", ["drama", "comedy", "horror", "sci-fi"],
     ["series"], "couvreur", "2021-01-15",
     [("Couvreur says French originals are moving to more mainstream, unifying series with solid storytelling, "
       "after early genre shows such as horror and science fiction; comedy remains important.", "2021-01-15",
       "couvreur"),
      ("Couvreur recruits local experts and works with French authors and producers, in contact with the Los "
       "Angeles headquarters and the European offices.", "2019-10-24", "couvreur2")]),
    ("Monika Shergill", "Vice President, Content, India", "India", ["drama", "documentary", "reality", "comedy"],
     ["series", "feature", "special"], "shergill", "2020-09-17",
     [("Shergill says streaming lets writers tell long-format stories intensely across eight parts; Netflix India "
       "keeps making its own slate of original direct-to-digital films.", "2020-09-17", "shergill"),
      ("Shergill greenlit titles across languages and formats, from series and films to reality, documentary "
       "shows and comedy specials.", "2021-10-23", "shergill2")]),
    ("Srishti Behl Arya", "Director, International Original Film, India", "India", ["drama", "comedy"],
     ["feature"], "arya", "2021-02-18",
     [("Arya commissions Indian original films for Netflix, from a Bollywood production background.",
       "2021-02-18", "arya")]),
    ("Robbie Praw", "Vice President, Stand-Up and Comedy Formats", "Global", ["stand-up", "comedy"],
     ["special", "series"], "praw", "2022-05-20",
     [("Praw buys stand-up specials for Netflix, working with most of the big names while leaning into many "
       "different voices that introduce members to stand-up.", "2022-05-20", "praw"),
      ("Praw oversees stand-up specials, sketch series and comedy formats such as roasts.", "2022-05-20", "praw")]),
    ("Elisabetta Zenatti", "Vice President, Content, Brazil", "Brazil", ["drama", "crime", "comedy", "reality"],
     ["series", "feature", "special"], "zenatti", None,
     [("Zenatti's Brazilian slate spans films, series, reality shows and stand-up specials produced across the "
       "country's states, from Amazonas to Parana.", None, "zenatti")]),
    ("Erik Barmack", "Vice President, International Original Content", "Global", ["drama", "thriller", "crime"],
     ["series"], "barmack", "2018-03-20",
     [("Barmack wants shows with local relevance that people in each market want to watch and that can travel "
       "to the world.", "2018-03-20", "barmack")]),
    ("Pelin Diştaş", "Director, Original Content, Turkey", "Turkey", ["drama", "thriller", "romance", "comedy"],
     ["series", "feature"], "distas", "2022-11-04",
     [("Diştaş says Netflix has produced more than 30 original series and films in Turkey, making room for new "
       "and diverse stories.", "2022-11-04", "distas"),
      ("Turkish originals range from romantic dramas to thrillers and an unscripted sports reality competition.",
       "2020-03-12", "distas2")]),
    ("Ted Sarandos", "Chief Content Officer", "Global", ["drama", "documentary"], ["series", "feature"],
     "sarandos", "2016-06-13",
     [("Sarandos wants to invest in Brazilian cinema and series and in good writers, with no limit on what Netflix "
       "can produce in Brazil.", "2016-06-13", "sarandos")]),
]
GENRE_MAP = {"Korean TV Shows": "k-drama", "Anime Series": "anime", "Stand-Up Comedy": "stand-up",
             "Stand-Up Comedy & Talk Shows": "stand-up", "Docuseries": "docuseries",
             "International TV Shows": "international tv shows", "Crime TV Shows": "crime tv shows",
             "Reality TV": "reality tv", "TV Dramas": "drama", "TV Comedies": "comedy", "Romantic TV Shows": "romance",
             "Kids' TV": "kids", "British TV Shows": "british tv shows",
             "Spanish-Language TV Shows": "spanish-language tv shows", "TV Action & Adventure": "action",
             "Science & Nature TV": "science & nature tv", "TV Mysteries": "mystery", "TV Sci-Fi & Fantasy": "sci-fi",
             "TV Horror": "horror", "TV Thrillers": "thriller", "Teen TV Shows": "teen",
             "Classic & Cult TV": "classic & cult tv"}
COUNTRIES = {"United Kingdom", "Japan", "South Korea", "Taiwan", "India", "Mexico", "France", "Australia", "Turkey",
             "Colombia", "Argentina", "Spain", "Brazil", "Germany", "Canada"}


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def main(csv_path):
    out = [{"type": "company", "id": NF, "name": "Netflix", "kind": "streamer", "region": "Global",
            "source": "https://www.netflix.com"}]
    for name, title, region, genres, formats, skey, asof, mands in EXECS:
        eid = slug(name)
        e = {"type": "executive", "id": eid, "name": name, "company": NF, "title": title, "region": region,
             "genres": genres, "formats": formats}
        if asof:
            e["updated_at"] = asof
        e["source"] = U[skey]
        out.append(e)
        for i, (text, d, mkey) in enumerate(mands):
            m = {"type": "mandate", "id": f"{eid}-{i + 1}", "executive": eid, "text": text, "source": U[mkey]}
            if d:
                m["date"] = d
            out.append(m)
    seen = set()
    for r in csv.DictReader(open(csv_path, encoding="utf-8")):
        country = r["country"].split(",")[0].strip()
        cats = [c.strip() for c in r["listed_in"].split(",")]
        standup = r["type"] == "Movie" and any(c.startswith("Stand-Up") for c in cats)
        if not (r["type"] == "TV Show" or standup):
            continue
        if country not in COUNTRIES and not (country == "United States" and standup):
            continue
        try:
            added = dt.datetime.strptime(r["date_added"].strip(), "%d-%b-%y").date()
        except ValueError:
            continue
        if not 2016 <= added.year <= 2018:
            continue
        genres = sorted({GENRE_MAP[c] for c in cats if c in GENRE_MAP})
        gid = f"{NF}--{slug(r['title'])}"
        if gid in seen or not genres or not slug(r["title"]):
            continue
        seen.add(gid)
        fmt = "special" if standup else ("docuseries" if "Docuseries" in cats else "series")
        out.append({"type": "greenlight", "id": gid, "title": r["title"], "buyer": NF, "date": added.isoformat(),
                    "genres": genres, "format": fmt, "country": country, "logline": r["description"],
                    "source": DATASET})
    for rec in out:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
