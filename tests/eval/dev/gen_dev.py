#!/usr/bin/env python3
"""Development evaluation set for `mw ask` (tune on this, never on tests/eval/heldout).

Writes a fictional knowledge base and questions that exercise each class of miss in the
understanding of questions: single-country remits among regional and global executives, explicit
buyer/place/format constraints against a better genre fit elsewhere, genre words beyond the
sample's, unknown people/companies/titles in several phrasings, names with letters that do not
decompose, and a buyer strategy question whose best-evidenced executive must not be cut.

    python tests/eval/dev/gen_dev.py          # writes dev_kb.jsonl and dev_questions.jsonl next to it
    python scripts/eval.py --kb tests/eval/dev/dev_kb.jsonl --questions tests/eval/dev/dev_questions.jsonl
"""
from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = "fictional://dev/"
FIRST = "Aino Bram Cato Dalia Efe Fenna Goran Hedda Ivo Jun Kiri Lale Milo Nell Oren Pia Quill Rhea Sami Tove Uma Vid".split()
LAST = ("Aldane Birkett Corvo Dunmore Elstow Farrand Gilby Hesketh Iremonger Jessup Kellow Lusk Marwick Nettle "
        "Ormsby Pilkey Quarrie Rusk Stroud Thorley Upham Vesey").split()
GENRES = ["drama", "comedy", "thriller", "crime", "documentary", "family", "action", "romance", "sci-fi", "horror"]


def slug(name: str) -> str:  # the id mw derives from a name: a slug of its transliteration
    import re

    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")


def main() -> None:
    rnd = random.Random(7321)
    recs: list[dict] = []
    companies = [
        ("Halcyon Stream", "streamer", "Global", None),
        ("Pavo Networks", "network", "US", None),
        ("Seabright Studios", "studio", "US", None),
        ("Kestrelmoor TV", "network", "UK", None),
        ("Hanbit Media", "streamer", "Korea", None),
        ("Sol Naciente", "network", "Mexico", None),
        ("Vintermark", "streamer", "Nordics", None),
        ("Roda Viva", "network", "Brazil", None),
        ("Lumière Est", "network", "France", None),
        ("Eastgate Asia", "streamer", "APAC", None),
    ]
    for name, kind, region, _ in companies:
        recs.append({"type": "company", "name": name, "kind": kind, "region": region, "source": SRC + "company"})
    execs: list[dict] = []

    def ex(name: str, company: str, title: str, region: str | None, genres: list[str], formats: list[str],
           **extra: object) -> None:
        r = {"type": "executive", "name": name, "company": company, "title": title, "genres": genres,
             "formats": formats, "source": SRC + "executive", "updated_at": "2026-09-01", **extra}
        if region:
            r["region"] = region
        execs.append(r)

    # anchors: country remits, regional and global people with a better genre fit
    ex("Dae-jung Seon", "Halcyon Stream", "Director, Korean Content", "APAC", ["drama", "romance"], ["series"])
    ex("Priyanka Solberg", "Eastgate Asia", "Head of APAC Originals", "APAC", ["thriller", "crime", "romance", "drama"],
       ["series", "feature"])
    ex("Walt Orrin", "Halcyon Stream", "VP Global Thrillers", "Global", ["thriller", "crime"], ["series", "feature"])
    ex("Ximena Olmedo", "Sol Naciente", "Head of Scripted", "Mexico", ["telenovela", "drama"], ["series"])
    ex("Rafael Quiroga", "Halcyon Stream", "VP LatAm Originals", "LatAm", ["drama", "thriller", "comedy"], ["series"])
    ex("Imogen Thwaite", "Kestrelmoor TV", "Commissioning Editor, Drama", "UK", ["drama", "crime"], ["series"])
    ex("Chase Brody", "Pavo Networks", "EVP Crime & Thriller", "US", ["crime", "thriller"], ["series", "limited series"])
    ex("Søren Ødegaard", "Vintermark", "Head of Drama", "Nordics", ["noir", "crime", "drama"], ["series"])
    ex("Łucja Wrzos", "Halcyon Stream", "Director, Natural History", "Global", ["natural history", "documentary"],
       ["docuseries", "feature"])
    ex("Đorđe Ilić", "Eastgate Asia", "Head of Anime", "Japan", ["anime", "animation"], ["series", "feature"])
    ex("Işıl Demirkan", "Halcyon Stream", "Director, Unscripted Dating", "Global", ["dating", "reality"], ["series"])
    ex("Ærin Straße", "Seabright Studios", "SVP Acquisitions", "Global", ["indie", "drama"], ["feature"],
       bio="Buys finished independent features at festivals (Sundance, TIFF, Berlin) for worldwide release.")
    ex("Bruna Taveira", "Roda Viva", "Diretora de Conteúdo", None, ["drama", "comedy"], ["series"])
    ex("Anouk Ferrand", "Lumière Est", "Directrice des Fictions", "France", ["drama", "crime"], ["series"])
    ex("Marty Keel", "Pavo Networks", "Head of Stand-Up", "US", ["stand-up", "comedy"], ["special"])
    # buyer strategy: the film chief has by far the most mandates
    ex("Hollis Vane", "Seabright Studios", "President, Motion Pictures", "US", ["drama", "action"], ["feature"])
    ex("Tamsin Crewe", "Seabright Studios", "EVP Television", "US", ["drama", "comedy", "action"], ["series", "feature"])
    ex("Gil Amory", "Seabright Studios", "SVP Comedy", "US", ["comedy", "action"], ["series", "feature"])
    ex("Nadia Firth", "Seabright Studios", "VP Family", "US", ["family", "action"], ["feature", "series"])
    seen: set[str] = set()
    for i in range(60):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"
        if name in seen:
            name += "-" + LAST[(i * 3 + 5) % len(LAST)]
        seen.add(name)
        comp = rnd.choice(["Halcyon Stream", "Pavo Networks", "Seabright Studios", "Eastgate Asia"])
        ex(name, comp, rnd.choice(["VP Development", "Director, Originals", "Creative Executive"]),
           rnd.choice(["US", "Global", "APAC", "Europe"]), rnd.sample(GENRES, 3), rnd.sample(["series", "feature"], 1))
    # second round (date phrases, raw genre words, intent conventions, unknown names in more positions)
    recs.append({"type": "company", "name": "Wattle Screen", "kind": "network", "region": "Australia",
                 "source": SRC + "company"})
    ex("Bronwyn Tully", "Wattle Screen", "Head of Comedy", None, ["comedy", "sketch comedy"], ["series"])
    ex("Orla Penhallow", "Halcyon Stream", "Director, Documentary", "Global", ["documentary"],
       ["docuseries", "feature"])
    ex("Corliss Drayne", "Pavo Networks", "SVP Alternative", "US", ["game show", "competition", "cooking"],
       ["series"])
    ex("Jeb Harlan", "Seabright Studios", "VP Westerns", "US", ["western", "action"], ["feature", "series"])
    recs.extend(execs)
    mandates = [
        ("Hollis Vane", "Big four-quadrant action features for theatrical release."),
        ("Hollis Vane", "Original feature films with a global hook; sequels welcome."),
        ("Hollis Vane", "Elevated genre films under $40m for theatrical."),
        ("Hollis Vane", "Family adventure feature films for the holidays."),
        ("Hollis Vane", "Director-driven features; awards-season dramas."),
        ("Hollis Vane", "Video-game adaptations as feature films."),
        ("Tamsin Crewe", "Returning drama series with a strong ensemble."),
        ("Gil Amory", "Broad comedy series and the occasional comedy film."),
        ("Nadia Firth", "Family films and animated series."),
        ("Dae-jung Seon", "Korean romance and melodrama series for a global audience."),
        ("Walt Orrin", "Global thrillers: high-concept, fast, bingeable."),
        ("Priyanka Solberg", "Pan-Asian thrillers and crime series."),
        ("Ximena Olmedo", "Telenovelas and super series for prime time."),
        ("Łucja Wrzos", "Blue-chip natural history and wildlife series."),
        ("Ærin Straße", "Finished indie features from the festival circuit."),
        ("Orla Penhallow", "Feature documentaries with a strong character at the centre."),
        ("Orla Penhallow", "Documentary series about science and investigations."),
        ("Orla Penhallow", "Music documentaries with archive access."),
        ("Orla Penhallow", "Documentaries on sport and the people behind it."),
        ("Orla Penhallow", "Global documentary premieres for festivals and streaming."),
        ("Łucja Wrzos", "Natural history documentaries on oceans."),
        ("Bronwyn Tully", "Sketch comedy and panel shows with new Australian voices."),
    ]
    for i, (who, text) in enumerate(mandates):
        recs.append({"type": "mandate", "executive": who, "text": text, "date": f"2026-0{1 + i % 9}-15",
                     "source": SRC + "mandate"})
    titles = [
        ("The Salt Ledger", "Kestrelmoor TV", ["crime", "drama"], "series", ["Imogen Thwaite"], "2026-05-02"),
        ("Glass Harbor", "Pavo Networks", ["crime", "thriller"], "series", ["Chase Brody"], "2026-06-11"),
        ("Moonrise Alley", "Hanbit Media", ["romance", "drama"], "series", [], "2026-03-09"),
        ("Corazón de Sal", "Sol Naciente", ["telenovela"], "series", ["Ximena Olmedo"], "2026-02-20"),
        ("Las Hermanas Vidal", "Sol Naciente", ["telenovela", "drama"], "series", ["Ximena Olmedo"], "2025-11-02"),
        ("Tidal Kingdoms", "Halcyon Stream", ["natural history"], "docuseries", ["Łucja Wrzos"], "2026-04-01"),
        ("Paper Lantern Spirits", "Eastgate Asia", ["anime"], "series", ["Đorđe Ilić"], "2026-07-07"),
        ("Love Island Lights", "Halcyon Stream", ["dating", "reality"], "series", ["Işıl Demirkan"], "2026-08-08"),
        ("Cold Fjord", "Vintermark", ["noir", "crime"], "series", ["Søren Ødegaard"], "2026-01-30"),
        ("Steel Rain", "Seabright Studios", ["action"], "feature", ["Hollis Vane"], "2026-06-30"),
        ("Night Set", "Pavo Networks", ["stand-up"], "special", ["Marty Keel"], "2026-09-12"),
    ]
    months = ["2025-02-10", "2025-05-21", "2025-08-03", "2025-10-30", "2026-01-12", "2026-03-18", "2026-05-29",
              "2026-06-01", "2026-07-15", "2026-08-20", "2026-09-30", "2026-10-02", "2026-11-03"]
    words = "Amber Basalt Cinder Delta Ember Flint Garnet Harbor Indigo Jasper Kelp Larch Marble".split()
    for i, date in enumerate(months):
        titles.append((f"{words[i]} Run", "Pavo Networks", [GENRES[i % 4]], "series", [], date))
        titles.append((f"{words[i]} Line", "Halcyon Stream", [GENRES[(i + 2) % 5]], "series", [], date))
    titles += [
        ("Dust Creek", "Seabright Studios", ["western"], "feature", ["Jeb Harlan"], "2026-04-04"),
        ("Iron Saddle", "Seabright Studios", ["western", "action"], "series", ["Jeb Harlan"], "2025-09-09"),
        ("Buzzer Beat", "Pavo Networks", ["game show"], "series", ["Corliss Drayne"], "2026-05-05"),
        ("Final Round", "Pavo Networks", ["competition"], "series", ["Corliss Drayne"], "2026-06-06"),
        ("Kitchen Clash", "Pavo Networks", ["cooking", "competition"], "series", ["Corliss Drayne"], "2026-02-02"),
        ("Wombat Parade", "Wattle Screen", ["sketch comedy"], "series", ["Bronwyn Tully"], "2026-03-03"),
        ("Reef Shadows", "Halcyon Stream", ["natural history"], "docuseries", ["Łucja Wrzos"], "2025-06-06"),
    ]
    for t, buyer, genres, fmt, execs_, date in titles:
        recs.append({"type": "greenlight", "id": f"{slug(buyer)}--{slug(t)}", "title": t, "buyer": buyer,
                     "genres": genres, "format": fmt,
                     "executives": execs_, "date": date, "source": SRC + "greenlight"})
    (HERE / "dev_kb.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")

    q = [
        {"q": "Who should I pitch a Korean thriller to?", "intent": "ROUTING", "top1": slug("Dae-jung Seon")},
        {"q": "who buys k-dramas", "intent": "ROUTING", "top1": slug("Dae-jung Seon")},
        {"q": "Who should I pitch a Mexican drama series to?", "intent": "ROUTING", "top1": slug("Ximena Olmedo")},
        {"q": "Where do I take a British crime drama?", "intent": "ROUTING", "top1": slug("Imogen Thwaite")},
        {"q": "Who handles a Brit crime thriller?", "intent": "ROUTING", "top1": slug("Imogen Thwaite")},
        {"q": "Who buys Scandi noir?", "intent": "ROUTING", "top1": slug("Søren Ødegaard")},
        {"q": "Who should I pitch a French crime series to?", "intent": "ROUTING", "top1": slug("Anouk Ferrand")},
        {"q": "Who should I pitch a Brazilian comedy to?", "intent": "ROUTING", "top1": slug("Bruna Taveira")},
        {"q": "Who at Pavo Networks should I pitch a thriller to?", "intent": "ROUTING", "top1": slug("Chase Brody")},
        {"q": "Who buys telenovelas?", "intent": "ROUTING", "top1": slug("Ximena Olmedo")},
        {"q": "Who should I pitch a nature documentary series to?", "intent": "ROUTING", "top1": slug("Łucja Wrzos")},
        {"q": "who handles anime", "intent": "ROUTING", "top1": slug("Đorđe Ilić")},
        {"q": "Who buys dating shows?", "intent": "ROUTING", "top1": slug("Işıl Demirkan")},
        {"q": "Who does festival acquisitions of a finished indie feature?", "intent": "ROUTING",
         "top1": slug("Ærin Straße")},
        {"q": "Who buys stand-up specials?", "intent": "ROUTING", "top1": slug("Marty Keel")},
        {"q": "What is Soren Odegaard looking for?", "intent": "STRATEGIC", "top1": slug("Søren Ødegaard")},
        {"q": "How do I pitch to Lucja Wrzos?", "intent": "PROCESS", "top1": slug("Łucja Wrzos")},
        {"q": "What does Dorde Ilic want?", "intent": "STRATEGIC", "top1": slug("Đorđe Ilić")},
        {"q": "What is Isil Demirkan's mandate?", "intent": "STRATEGIC", "top1": slug("Işıl Demirkan")},
        {"q": "What is Aerin Strasse buying?", "intent": "STRATEGIC", "top1": slug("Ærin Straße")},
        {"q": "What is Seabright Studios' film strategy?", "intent": "STRATEGIC", "top3_any": [slug("Hollis Vane")]},
        {"q": "What has Quentin Marlowe-Pryce greenlit recently?", "intent": "FACTUAL", "not_found": True},
        {"q": "What horror has Brightcastle Pictures ordered lately?", "intent": "FACTUAL", "not_found": True},
        {"q": "Tell me about The Velvet Cartographer", "intent": "FACTUAL", "not_found": True},
        {"q": "Who greenlit The Velvet Cartographer?", "intent": "FACTUAL", "not_found": True},
        {"q": "what did zephyrine okonkwo-laird order this year", "intent": "FACTUAL", "not_found": True},
        {"q": "How do I pitch to Ottoline Brasswick?", "intent": "PROCESS", "not_found": True},
        {"q": "What is Fenwick Arlo Tsang's mandate?", "intent": "STRATEGIC", "not_found": True},
        {"q": "Who greenlit Cold Fjord?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["vintermark"], "genres": ["noir"]}},
        {"q": "Recent telenovela greenlights", "intent": "FACTUAL",
         "greenlights": {"genres": ["telenovela"], "since_days": 365}},
        {"q": "Latest anime orders", "intent": "FACTUAL", "greenlights": {"genres": ["anime"], "since_days": 365}},
        {"q": "natural history greenlights", "intent": "FACTUAL", "greenlights": {"genres": ["natural history"]}},
        {"q": "What did Sol Naciente order this year?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["sol-naciente"], "since": "2026-01-01"}},
        {"q": "Show me examples of dating show pitches", "intent": "EXAMPLES", "greenlights": {"genres": ["dating"]}},
        # second round: date phrases in factual questions
        {"q": "What did Pavo Networks greenlight since June 2026?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["pavo-networks"], "since": "2026-06-01"}},
        {"q": "What did Halcyon Stream order last quarter?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["halcyon-stream"], "since": "2026-07-01", "until": "2026-09-30"}},
        {"q": "Pavo Networks greenlights in 2025", "intent": "FACTUAL",
         "greenlights": {"buyers": ["pavo-networks"], "since": "2025-01-01", "until": "2025-12-31"}},
        {"q": "What has Halcyon Stream ordered over the past 6 months?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["halcyon-stream"], "since": "2026-05-24"}},
        {"q": "What did Pavo Networks commission in March 2026?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["pavo-networks"], "since": "2026-03-01", "until": "2026-03-31"}},
        {"q": "Which shows did Halcyon Stream greenlight this year?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["halcyon-stream"], "since": "2026-01-01"}},
        {"q": "What has Pavo Networks ordered since the start of 2026?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["pavo-networks"], "since": "2026-01-01"}},
        # uncommon genre words as greenlight filters
        {"q": "Latest western greenlights", "intent": "FACTUAL",
         "greenlights": {"genres": ["western"], "since_days": 365}},
        {"q": "What game shows have been greenlit recently?", "intent": "FACTUAL",
         "greenlights_raw": {"genres": ["game show"], "since_days": 365}},
        {"q": "Any sketch comedy orders?", "intent": "FACTUAL", "greenlights": {"genres": ["sketch comedy"]}},
        {"q": "Recent cooking show greenlights", "intent": "FACTUAL",
         "greenlights": {"genres": ["cooking"], "since_days": 365}},
        {"q": "What anime has been ordered?", "intent": "FACTUAL", "greenlights_raw": {"genres": ["anime"]}},
        # intent conventions
        {"q": "Tell me about Glass Harbor", "intent": "FACTUAL",
         "greenlights": {"buyers": ["pavo-networks"], "since": "2026-06-11", "until": "2026-06-11"}},
        {"q": "Who commissioned The Salt Ledger?", "intent": "FACTUAL"},
        {"q": "Which exec ordered Dust Creek?", "intent": "FACTUAL"},
        {"q": "What has Hollis Vane greenlit?", "intent": "FACTUAL"},
        {"q": "What has Jeb Harlan greenlit lately?", "intent": "FACTUAL"},
        {"q": "What shows has Imogen Thwaite commissioned?", "intent": "FACTUAL"},
        {"q": "Has Pavo Networks ordered any thrillers recently?", "intent": "FACTUAL"},
        {"q": "What's the pitch process at Kestrelmoor TV?", "intent": "PROCESS"},
        {"q": "Give me sample loglines for a Korean romance", "intent": "EXAMPLES"},
        # a country that only the company gives; buyer strategy with one evidence-heavy executive
        {"q": "Who should I pitch an Aussie sketch show to?", "intent": "ROUTING", "top1": slug("Bronwyn Tully")},
        {"q": "Who should I pitch an Australian comedy to?", "intent": "ROUTING", "top1": slug("Bronwyn Tully")},
        {"q": "What is Halcyon Stream's documentary strategy?", "intent": "STRATEGIC",
         "top1": slug("Orla Penhallow")},
        {"q": "What kind of documentaries is Halcyon Stream looking for?", "intent": "STRATEGIC",
         "top3_any": [slug("Orla Penhallow")]},
        # unknown names in more phrasings and positions, a typo of a known one
        {"q": "What is Bexley Marchbanks's mandate?", "intent": "STRATEGIC", "not_found": True},
        {"q": "what is tamsin okafor-brandt looking for", "intent": "STRATEGIC", "not_found": True},
        {"q": "Who should I pitch a thriller to at Grimsby Lantern Studios?", "intent": "ROUTING",
         "not_found": True},
        {"q": "Who at Foxglove Media buys comedy?", "intent": "ROUTING", "not_found": True},
        {"q": "What comedies has Marrowgate Media ordered?", "intent": "FACTUAL", "not_found": True},
        {"q": "Tell me about \"The Quiet Orchard\"", "intent": "FACTUAL", "not_found": True},
        {"q": "Who greenlit 'Salt Ledgers of Ember'?", "intent": "FACTUAL", "not_found": True},
        {"q": "Any recent greenlights from Tarrowby Films?", "intent": "FACTUAL", "not_found": True},
        {"q": "What has Hollowmere Studios commissioned since 2025?", "intent": "FACTUAL", "not_found": True},
        {"q": "Examples of pitches Wendeline Sparrowhawk bought", "intent": "EXAMPLES", "not_found": True},
        {"q": "How do I pitch to Quillfeather Pictures?", "intent": "PROCESS", "not_found": True},
        {"q": "How do I submit to Brackenfold Media?", "intent": "PROCESS", "not_found": True},
        {"q": "Show me examples of what Ravensworth Entertainment has bought", "intent": "EXAMPLES",
         "not_found": True},
        {"q": "What is Imogen Thwayte looking for?", "intent": "STRATEGIC", "top1": slug("Imogen Thwaite")},
        {"q": "What is chase brody's mandate?", "intent": "STRATEGIC", "top1": slug("Chase Brody")},
        # "series" in a catalogue question is any TV title (not a feature); a named TV format stays exact
        {"q": "What series has Seabright Studios greenlit?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["seabright-studios"], "formats": ["series", "limited series", "docuseries",
                                                                     "special"]}},
        {"q": "What docuseries has Halcyon Stream ordered?", "intent": "FACTUAL",
         "greenlights": {"buyers": ["halcyon-stream"], "formats": ["docuseries"]}},
    ]
    (HERE / "dev_questions.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in q),
                                              encoding="utf-8")


if __name__ == "__main__":
    main()
