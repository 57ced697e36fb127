#!/usr/bin/env python3
"""Build real_kb.jsonl from REAL public information (see README.md in this folder for every source).

    python tests/eval/heldout/real/build_real.py /path/to/netflix_titles.csv > tests/eval/heldout/real/real_kb.jsonl

Executives and mandates are hand-entered below from the public pages listed with each record (`source`),
as of that page's date; mandate texts quote or closely paraphrase what the page reports. Greenlights are
titles from the public Netflix titles dataset (Kaggle "Netflix Movies and TV Shows", S. Bansal, 2021; copy
used: github.com/108ABHINAV/netflix_sql_project/blob/main/netflix_titles.csv): TV shows and stand-up
specials whose release year equals the year they were added, added 2019-2021, from a few countries.
`date` is the date the title was added to Netflix (the dataset's date_added), not a commissioning date;
genres are mapped from the dataset's listed_in categories; executives[] is left empty (the dataset does
not say who commissioned a title).
"""
import csv
import datetime as dt
import json
import re
import sys
import unicodedata


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


C4 = "channel-4"
BBC = "bbc"
NF = "netflix"
COMPANIES = [
    {"type": "company", "id": NF, "name": "Netflix", "kind": "streamer", "region": "Global", "aliases": ["NFLX"]},
    {"type": "company", "id": C4, "name": "Channel 4", "kind": "network", "region": "UK", "aliases": ["C4", "E4", "All 4"]},
    {"type": "company", "id": BBC, "name": "BBC", "kind": "network", "region": "UK",
     "aliases": ["BBC One", "BBC Two", "BBC Three", "BBC Four", "BBC iPlayer"]},
]
U = {
    "cnnph": "https://cnnphilippines.com/life/entertainment/2020/3/23/korean-content-netflix-2020.html",
    "okiura": "https://thegeeklygrind.com/archives/a-man-with-a-mission-a-conversation-with-taito-okiura-director-of-anime-at-netflix-japan?format=amp",
    "derderian": "https://animation-week.com/netflix-japanese-animation/2/",
    "bajaria": "http://glasswings.com/blog/2023-01/21-181834.html",
    "avalos1": "https://www.themovieblog.com/2023/09/diego-avalos-netflix-spains-content-boss-on-the-boom-of-the-spanish-entertainment-industry/",
    "avalos2": "http://gagaimages.org/diego-valos-netflix-double-down-on-commitment-to-spanish-language-programming-and-production_6356489.html",
    "ramos1": "https://www.produ.com/noticias/eng/netflix-the-goal-is-to-have-a-monthly-series-in-mexico-for-2020",
    "ramos2": "https://www.telesurenglish.net/news/Netflix-Latin-America-VP-Predicts-Diverse-Mexico-Portrayal-20190217-0001.html",
    "ramos3": "https://www.am.com.mx/espectaculos/-Netflix-resalta-potencial-de-Mexico-en-su-plataforma-20210428-0027.html",
    "lloyd": "https://rts.org.uk/article/channel-4-drama-commissioning-editor-broadcaster-s-remit",
    "c4sf": "https://www.channel4.com/commissioning/4producers/specialist-factual",
    "havard": "http://commissioners.i2ic.com/viewCommissioner.php?id=1019",
    "katz": "https://www.thepitch.agency/post/channel-4-commissioning-18th-june-2020",
    "c4p": "https://origin-corporate.channel4.com/commissioning/4producers",
    "boom": "https://www.boomdialogue.com/why-i-commissioned-that-insight-from-4-bbc-commissioners/",
    "duk": "https://directors.uk.com/news/meet-the-bbc-drama-commissioners-live-tweets",
    "seenit": "https://www.seenit.co.uk/bbc-axes-channel-controllers-as-iplayer-becomes-more-central-to-broadcasters-offer/",
    "wenger": "https://www.tvbeurope.com/business/bbc-appoints-bbc-two-editor-controller-of-drama-commissioning",
    "wgblog": "http://writersguild.blogspot.com/2009/04/bbc-drama-wishlist.html",
    "lswf": "http://chrisjonesblog.com/2013/10/getting-commissioned-londonswf.html",
}
# (name, company, title, region, genres, formats, pitch_process or None, source key, as-of date,
#  mandates [(text, date or None, source key)])
EXECS = [
    ("Minyoung Kim", NF, "Vice President, Korean Content", "Korea", ["drama", "romance", "thriller"], ["series"],
     None, "cnnph", "2020-03-23",
     [("Netflix's Korean content team works under two pillars: serving existing fans of Korean content while "
       "bringing it to other international viewers, through partnerships with established Korean producers "
       "such as Studio Dragon and JTBC.", "2020-03-23", "cnnph"),
      ("With Netflix Korean Originals such as Kingdom and Love Alarm, the aim is to take creative freedom to the "
       "level the creator wants; the originals do not fall under one genre.", "2020-03-23", "cnnph"),
      ("Kim observed that very strong, emotional romance titles tend to perform really well in the Philippines, "
       "whose audiences are passionate and open to trying different types of shows.", "2020-03-23", "cnnph")]),
    ("Taito Okiura", NF, "Director of Anime, Netflix Japan", "Japan", ["anime", "animation"], ["series", "feature"],
     None, "okiura", None,
     [("Okiura's mission is to prepare a good anime slate, licensed or independently produced, and bring it to "
       "Netflix's global customers.", None, "okiura")]),
    ("John Derderian", NF, "Anime lead, Netflix (Tokyo)", "Japan", ["anime", "animation"], ["series"],
     None, "derderian", None,
     [("Derderian's Tokyo-based team primarily makes Japanese anime with Japanese studios, manga-based, "
       "light-novel based and some game-based, while also partnering anime-literate studios outside Japan such "
       "as Studio Mir and Powerhouse Animation.", None, "derderian")]),
    ("Bela Bajaria", NF, "Global Head of Television", "Global", ["drama", "comedy", "reality", "telenovela"],
     ["series"], None, "bajaria", "2023-01-22",
     [("Bajaria's ideal Netflix show is a 'gourmet cheeseburger': premium and commercial at the same time; she "
       "praised the Latin American team's slick telenovelas that draw large audiences outside Spanish-speaking "
       "regions.", "2023-01-22", "bajaria")]),
    ("Diego Ávalos", NF, "Vice President, Originals, Spain, Portugal and Nordics", "Spain",
     ["drama", "thriller", "crime"], ["series", "feature"], None, "avalos1", "2023-09-01",
     [("Ávalos's main goal is to satisfy the hunger of the local Spanish audience for its own stories, which "
       "people can also discover anywhere in the world, in any language.", "2023-09-01", "avalos1"),
      ("Ávalos sees Spain as a bridge between Europe and Latin America and looks for Spanish-language content "
       "that resonates with local audiences and with a worldwide audience.", None, "avalos2")]),
    ("Francisco Ramos", NF, "Vice President, Content, Latin America", "LatAm",
     ["drama", "comedy", "documentary", "stand-up"], ["series", "feature", "special"], None, "ramos1", "2021-04-28",
     [("Ramos aimed for one new original series a month in Mexico by 2020, working with local production "
       "companies whose stories resonate locally; comedy and drama reach people's hearts fastest.",
       "2019-02-08", "ramos1"),
      ("Ramos wants Netflix's Mexican productions to show a diverse Mexico through series, films, documentaries "
       "and comedy specials, told from the point of view of Mexican writers, directors and producers.",
       "2019-02-17", "ramos2"),
      ("Ramos wants more points of view and new voices in Latin American series and films.", "2021-04-28",
       "ramos3")]),
    ("Gwawr Lloyd", C4, "Drama Commissioning Editor", "UK", ["drama"], ["series", "limited series"],
     "Lloyd stresses the producer relationship: writers reach Channel 4 drama through a producer; a show "
     "typically spends three to four years in development.", "lloyd", "2023-10-20",
     [("Lloyd says Channel 4 dramas must deliver on inclusivity, regionality, be revelatory and funny and have "
       "something to say, without feeling like they are working hard; she champions stories from the nations "
       "and regions, as with the six-part Liverpool drama The Gathering.", "2023-10-20", "lloyd")]),
    ("Fatima Salaria", C4, "Lead Commissioner, History, Specialist Factual", "UK", ["documentary", "history"],
     ["docuseries", "special"], None, "c4sf", None,
     [("Salaria wants more contemporary history that takes a moment, an era or a person as its starting point, "
       "and more dark, uncomfortable, inconvenient history with revelation and journalism at its heart: key "
       "players breaking cover, documents coming to light, a treasure trove of archive.", None, "c4sf")]),
    ("Ed Havard", C4, "Head of Entertainment", "UK", ["entertainment", "sport", "comedy"], ["series", "special"],
     None, "havard", None, []),
    ("Ian Katz", C4, "Director of Programmes", "UK", ["entertainment", "comedy", "documentary"], ["series"],
     None, "katz", "2020-06-18",
     [("Katz said Channel 4 is about informing, survival and cheering up; he wants more comedy entertainment like "
       "Taskmaster, more humour, warmth and subversiveness, and cheeky factual like First Dates.", "2020-06-18",
       "katz"),
      ("Katz is interested in the nature of identity, questions of fairness and the nature of Britain, and in "
       "formats that get into precincts and reflect how Britain is after Covid.", "2020-06-18", "katz")]),
    ("Rebecca Thompson", C4, "Head of Indie Relations", "UK", [], [],
     "Production companies new to Channel 4 can book an initial call (indie surgery) with the Head of Indie "
     "Relations; Channel 4 accepts ideas only from TV production companies, not from individuals.", "c4p", None, []),
    ("Clare Mottershead", BBC, "Commissioning Editor, Popular Factual and Factual Entertainment", "UK",
     ["reality", "documentary"], ["series"], None, "boom", "2019-11-13", []),
    ("Muslim Alim", BBC, "Commissioning Editor, TV Daytime", "UK", ["documentary", "reality"], ["series"], None,
     "boom", "2019-11-13", []),
    ("Abigail Priddle", BBC, "Commissioning Editor, Specialist Factual (History and Religion)", "UK",
     ["documentary", "history"], ["docuseries"], None, "boom", "2019-11-13", []),
    ("Beejal Patel", BBC, "Commissioning Editor, Documentaries", "UK", ["documentary"], ["docuseries", "series"],
     None, "boom", "2019-11-13",
     [("Patel commissioned Mountain Vets (BBC Two, 6 x 60) from Northern Ireland indie 360 Production, a series "
       "set in the Mourne area where animals outnumber people.", "2019-11-13", "boom")]),
    ("Gian Quaglieni", BBC, "Commissioning Editor, Current Affairs", "UK", ["documentary", "current affairs"],
     ["special"], None, "boom", "2019-11-13", []),
    ("Ollie Kent", BBC, "Head of Continuing Drama", "UK", ["drama", "soap"], ["series"], None, "duk", "2018-02-13",
     [("Kent oversees the BBC's continuing dramas: EastEnders, Holby City, Casualty, Doctors and River City.",
       "2018-02-13", "duk")]),
    ("Anne Edyvean", BBC, "Head of BBC Writersroom", "UK", ["drama", "comedy"], ["series"],
     "Unsolicited writers go through the BBC Writersroom, the only avenue for unsolicited work; it finds new "
     "writers through script submission windows and talent schemes.", "duk", "2018-02-13", []),
    ("Tommy Bulfin", BBC, "Drama Commissioning Editor, Northern Ireland", "Northern Ireland", ["drama"],
     ["series"], None, "duk", "2018-02-13", []),
    ("Piers Wenger", BBC, "Controller, Drama Commissioning", "UK", ["drama"], ["series", "limited series"], None,
     "wenger", None,
     [("Wenger is responsible for commissioning drama across the whole BBC portfolio, more than 450 hours of "
       "drama a year.", None, "wenger")]),
    ("Shane Allen", BBC, "Director of Comedy", "UK", ["comedy"], ["series"], None, "seenit", None, []),
    ("Kate Phillips", BBC, "Director of Entertainment", "UK", ["entertainment"], ["series"], None, "seenit", None, []),
    ("Patrick Holland", BBC, "Director of Factual", "UK", ["documentary"], ["docuseries"], None, "seenit", None, []),
    ("Rose Garnett", BBC, "Director of BBC Film", "UK", ["drama", "indie"], ["feature"], None, "seenit", None, []),
    ("Ben Stephenson", BBC, "Controller, Drama Commissioning", "UK", ["drama"], ["series"],
     "Approaches come through agent representation to one of the drama commissioning editors; unsolicited "
     "writers go through the BBC Writersroom.", "wgblog", "2009-04-02",
     [("Stephenson wants BBC Two drama to be author-led, ideas-driven and entertaining, and likes the word "
       "'saga': something that follows a number of characters over a number of years.", "2009-04-02", "wgblog"),
      ("Stephenson says it is the script, not the idea, that he looks at when making decisions; never write "
       "anything because you think it will be commissioned.", "2013-10-27", "lswf")]),
    ("Anne Mensah", BBC, "Head of Drama, BBC Scotland", "Scotland", ["drama"], ["series"], None, "wgblog",
     "2009-04-02",
     [("Mensah's expanded role as Head of Independent Drama brings all independent drama output under one "
       "strategy across BBC Scotland, Wales, Northern Ireland and London indies.", "2009-04-02", "wgblog")]),
]
GENRE_MAP = {"TV Dramas": "drama", "Crime TV Shows": "crime", "Romantic TV Shows": "romance",
             "TV Comedies": "comedy", "Docuseries": "documentary", "Reality TV": "reality", "Anime Series": "anime",
             "TV Thrillers": "thriller", "TV Horror": "horror", "Kids' TV": "kids", "TV Mysteries": "mystery",
             "Korean TV Shows": "k-drama", "Stand-Up Comedy": "stand-up", "Stand-Up Comedy & Talk Shows": "stand-up",
             "TV Action & Adventure": "action", "TV Sci-Fi & Fantasy": "sci-fi", "Science & Nature TV": "natural history",
             "Teen TV Shows": "teen"}
COUNTRY_REGION = {"South Korea": "Korea", "Japan": "Japan", "Mexico": "Mexico", "United Kingdom": "UK",
                  "Spain": "Spain", "India": "India", "Nigeria": "Nigeria", "Brazil": "Brazil"}
DATASET = "https://github.com/108ABHINAV/netflix_sql_project/blob/main/netflix_titles.csv"


def main(csv_path):
    out = list(COMPANIES)
    for c in out:
        c["source"] = {NF: "https://www.netflix.com", C4: U["c4p"], BBC: U["seenit"]}[c["id"]]
    for (name, comp, title, region, genres, formats, pitch, skey, asof, mands) in EXECS:
        eid = slug(name)
        e = {"type": "executive", "id": eid, "name": name, "company": comp, "title": title, "region": region,
             "genres": genres, "formats": formats}
        if pitch:
            e["pitch_process"] = pitch
        if name != slug(name).replace("-", " ").title():
            e["aliases"] = [unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()]
        if asof:
            e["updated_at"] = asof
        e["source"] = U[skey]
        out.append(e)
        for i, (text, d, mkey) in enumerate(mands):
            m = {"type": "mandate", "id": f"{eid}-{i + 1}", "executive": eid, "text": text, "source": U[mkey]}
            if d:
                m["date"] = d
            out.append(m)
    rows = list(csv.DictReader(open(csv_path, encoding="utf-8")))
    seen = set()
    for r in rows:
        country = r["country"].split(",")[0].strip()
        cats = [c.strip() for c in r["listed_in"].split(",")]
        standup = r["type"] == "Movie" and "Stand-Up Comedy" in cats
        if country not in COUNTRY_REGION or not (r["type"] == "TV Show" or standup):
            continue
        try:
            added = dt.datetime.strptime(r["date_added"].strip(), "%d-%b-%y").date()
        except ValueError:
            continue
        if not (2019 <= added.year <= 2021) or str(added.year) != r["release_year"].strip():
            continue
        genres = sorted({GENRE_MAP[c] for c in cats if c in GENRE_MAP})
        if "International TV Shows" in cats and not genres:
            continue
        fmt = "special" if standup else ("docuseries" if "Docuseries" in cats else "series")
        gid = f"{NF}--{slug(r['title'])}"
        if gid in seen or not genres:
            continue
        seen.add(gid)
        out.append({"type": "greenlight", "id": gid, "title": r["title"], "buyer": NF, "date": added.isoformat(),
                    "genres": genres, "format": fmt, "region": COUNTRY_REGION[country],
                    "logline": r["description"], "source": DATASET})
    for rec in out:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
