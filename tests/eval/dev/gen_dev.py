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
    for t, buyer, genres, fmt, execs_, date in titles:
        recs.append({"type": "greenlight", "title": t, "buyer": buyer, "genres": genres, "format": fmt,
                     "executives": execs_, "date": date, "source": SRC + "greenlight"})
    (HERE / "dev_kb.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")

    def slug(name: str) -> str:  # the id mw derives from a name: a slug of its transliteration
        import re

        from anyascii import anyascii

        return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")

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
    ]
    (HERE / "dev_questions.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in q),
                                              encoding="utf-8")


if __name__ == "__main__":
    main()
