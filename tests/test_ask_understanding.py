"""`mw ask` on a knowledge base it was not written for (tests/eval/dev): one test per class of miss —
countries, constraints before preferences, the KB's own vocabulary, unknown names in every phrasing,
transliteration, evidence-keeping top-k — plus the record-level pieces (country at import, geography)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_util import mw, mw_json

DEV = Path(__file__).resolve().parent / "eval" / "dev"


@pytest.fixture(autouse=True)
def dev_kb(monkeypatch):
    monkeypatch.setenv("MW_NOW", "2026-11-24T12:00:00Z")
    res = mw("kb", "import", "--replace", str(DEV / "dev_kb.jsonl"))
    assert res.exit_code == 0, res.stderr


def ask(q: str, *extra: str) -> dict:
    return mw_json("ask", q, "--no-cache", *extra)


def top(a: dict) -> list[str]:
    """Executives answered, as slugs of their transliterated names ("Søren Ødegaard" -> soren-odegaard)."""
    from mw.vocab import fold

    return ["-".join(fold(e["name"]).replace("-", " ").split()) for e in a["executives"]]


@pytest.mark.parametrize("q, expected, place", [
    ("Who should I pitch a Korean thriller to?", "dae-jung-seon", "Korea"),
    ("who buys k-dramas", "dae-jung-seon", None),
    ("Who should I pitch a Mexican drama series to?", "ximena-olmedo", "Mexico"),
    ("Who handles a Brit crime thriller?", "imogen-thwaite", "the UK"),
    ("Who should I pitch a French crime series to?", "anouk-ferrand", "France"),
    ("Who should I pitch a Brazilian comedy to?", "bruna-taveira", "Brazil"),  # country from the company
])
def test_a_country_beats_its_region_and_global(q, expected, place):
    a = ask(q)
    assert a["intent"] == "ROUTING"
    assert top(a)[0] == expected
    if place:
        assert a["answer"].splitlines()[0].startswith("Who to pitch") and f"in {place}" in a["answer"].splitlines()[0]


def test_place_tiers_country_region_global_then_other_regions():
    a = ask("Who should I pitch a Korean thriller to?", "--top-k", "50")
    ids = top(a)
    # the Korea remit, then APAC-wide, then global; anyone only in another region comes after them all
    assert ids.index("dae-jung-seon") < ids.index("priyanka-solberg") < ids.index("walt-orrin")
    assert ids.index("walt-orrin") < ids.index("chase-brody")
    assert top(a)[0] == "dae-jung-seon"


def test_constraint_violators_rank_below_every_satisfier():
    a = ask("Who should I pitch a British crime thriller to?", "--top-k", "50")
    regions = [e["region"] for e in a["executives"]]
    first_other = next(i for i, r in enumerate(regions) if r not in ("UK", "Global", None, "Europe"))
    assert all(r in ("UK", "Global", None, "Europe") for r in regions[:first_other])
    assert a["executives"][0]["id"] == "imogen-thwaite"  # the US crime/thriller specialist is not first
    buyer = ask("Who at Pavo Networks should I pitch a thriller to?")
    assert {e["company_id"] for e in buyer["executives"]} == {"pavo-networks"}


def test_no_candidate_in_the_asked_country_says_so():
    a = ask("Who should I pitch an Italian crime drama to?")
    assert "Italy" in a["answer"] and "No executive in the knowledge base covers Italy" in a["answer"]


@pytest.mark.parametrize("q, expected", [
    ("Who buys telenovelas?", "ximena-olmedo"),
    ("Who should I pitch a nature documentary series to?", "lucja-wrzos"),
    ("who handles anime", "dorde-ilic"),
    ("Who buys dating shows?", "isil-demirkan"),
    ("Who does festival acquisitions of a finished indie feature?", "aerin-strasse"),
    ("Who buys Scandi noir?", "soren-odegaard"),
])
def test_genre_words_beyond_the_sample(q, expected):
    ids = top(ask(q))
    assert ids[:1] == [expected], ids


def test_kb_tags_are_filters_and_mappings_are_explained():
    a = ask("Recent telenovela greenlights", "--explain")
    assert [g["title"] for g in a["greenlights"]] == ["Corazón de Sal"]  # the 2025 one is over a year old
    assert [g["title"] for g in ask("telenovela greenlights")["greenlights"]] == ["Corazón de Sal", "Las Hermanas Vidal"]
    assert a["explain"]["parsed"]["genres"] == ["telenovela"]
    # a word whose concept the KB lacks maps to the nearest tag it has, and says so
    b = ask("Who should I pitch a talent show to?", "--explain")
    assert any("talent show -> competition" in line for line in b["explain"]["vocabulary"])
    assert top(b)[0] == "corliss-drayne"
    res = mw("ask", "Who should I pitch a talent show to?", "--explain", "--no-cache")
    assert "vocabulary: 'talent show': talent show -> competition" in res.stdout


def test_a_narrower_tag_is_kept_and_filters_exactly():
    # "game show" is its own tag (under competition): its greenlights are not the other competition formats
    assert [g["title"] for g in ask("game show greenlights")["greenlights"]] == ["Buzzer Beat"]
    assert [g["title"] for g in ask("competition greenlights")["greenlights"]] == ["Final Round", "Kitchen Clash"]
    assert [g["title"] for g in ask("Any sketch comedy orders?")["greenlights"]] == ["Wombat Parade"]


@pytest.mark.parametrize("phrase, since, until", [
    ("since june 2026", "2026-06-01", None),
    ("since june", "2026-06-01", None),
    ("since march", "2026-03-01", None),
    ("last quarter", "2026-07-01", "2026-09-30"),
    ("in q1 2025", "2025-01-01", "2025-03-31"),
    ("in march 2026", "2026-03-01", "2026-03-31"),
    ("during december", "2025-12-01", "2025-12-31"),
    ("in 2025", "2025-01-01", "2025-12-31"),
    ("between march and june 2026", "2026-03-01", "2026-06-30"),
    ("from 2024 to 2025", "2024-01-01", "2025-12-31"),
    ("over the past 6 months", "2026-05-24", None),
    ("in the last 2 years", "2024-11-24", None),
    ("year to date", "2026-01-01", None),
    ("who may want a 2025 comedy", None, None),
    ("in the last year", "2025-11-24", None),  # the last 12 months; "last year" is the calendar year
    ("last year", "2025-01-01", "2025-12-31"),
    ("before 2021", None, "2020-12-31"),
    ("since 2019 but before 2022", "2019-01-01", "2021-12-31"),
    ("until the end of 2023", None, "2023-12-31"),
    ("greenlights from october 2026", "2026-10-01", "2026-10-31"),
    ("from march 2026 onwards", "2026-03-01", None),
    ("after 2024", "2025-01-01", None),
    ("last month", "2026-10-01", "2026-10-31"),  # the previous calendar month; "the last month" counts back
    ("in the last month", "2026-10-24", None),
    ("in the first half of 2025", "2025-01-01", "2025-06-30"),
    ("h2 2025", "2025-07-01", "2025-12-31"),
    ("2019-2021", "2019-01-01", "2021-12-31"),
    ("in 2020 and 2021", "2020-01-01", "2021-12-31"),
    ("since 2020-06-01", "2020-06-01", None),
    ("before 2021-03-01", None, "2021-02-28"),
    ("in the 2010s", "2010-01-01", "2019-12-31"),
    ("since the start of the year", "2026-01-01", None),
    ("over the last couple of years", "2024-11-24", None),
])
def test_date_phrases(phrase, since, until):
    import datetime as dt

    from mw.ask.intent import parse_time

    assert parse_time(phrase, dt.date(2026, 11, 24))[:2] == (since, until)


def test_date_phrases_filter_a_buyers_greenlights():
    a = ask("What did Halcyon Stream order last quarter?")
    dates = [g["date"] for g in a["greenlights"]]
    assert dates and all("2026-07-01" <= d <= "2026-09-30" for d in dates), dates
    assert len(dates) == 4  # the four Halcyon Stream greenlights dated July-September 2026


@pytest.mark.parametrize("q, intent", [
    ("Tell me about Glass Harbor", "FACTUAL"),
    ("Tell me about The Velvet Cartographer", "FACTUAL"),
    ("Who commissioned The Salt Ledger?", "FACTUAL"),
    ("What has Hollis Vane greenlit?", "FACTUAL"),
    ("what is tamsin okafor-brandt looking for", "STRATEGIC"),
    ("Examples of pitches Wendeline Sparrowhawk bought", "EXAMPLES"),
    # unusual phrasings: the intent comes from the structure of the question
    # PROCESS: the mechanics of getting a project to someone, however it is asked
    ("Does Pavo Networks take unsolicited pitches?", "PROCESS"),
    ("Can I send my script directly to Chase Brody?", "PROCESS"),
    ("Do I need an agent to pitch Halcyon Stream?", "PROCESS"),
    ("How does one get a meeting with Imogen Thwaite?", "PROCESS"),
    ("What's the submission route for Seabright Studios?", "PROCESS"),
    # EXAMPLES: what sold
    ("Give me a few sample pitches that sold to Pavo Networks", "EXAMPLES"),
    ("show me some sold comedy pitches", "EXAMPLES"),
    ("What do successful thriller loglines look like?", "EXAMPLES"),
    # STRATEGIC: what a named buyer or executive wants now
    ("Is Pavo Networks still buying thrillers?", "STRATEGIC"),
    ("What is Halcyon Stream's appetite for unscripted right now?", "STRATEGIC"),
    ("What's on Chase Brody's wishlist?", "STRATEGIC"),
    ("Where is Seabright Studios heading with its film slate?", "STRATEGIC"),
    ("What kind of projects does Walt Orrin want?", "STRATEGIC"),
    # ROUTING: who or where for the user's project
    ("I've got a Nordic noir limited series, where should it go?", "ROUTING"),
    ("Best home for a cozy British murder mystery?", "ROUTING"),
    ("Any buyer out there for a sci-fi feature?", "ROUTING"),
    ("Which exec would want my horror script?", "ROUTING"),
    ("Looking for a buyer for my romantic comedy feature", "ROUTING"),
    # FACTUAL: what happened
    ("Has Pavo Networks picked anything up this year?", "FACTUAL"),
    ("Anything new in animation this year?", "FACTUAL"),
    ("Is Chase Brody still at Pavo Networks?", "FACTUAL"),
    ("Is Chase Brody still commissioning at Pavo Networks?", "FACTUAL"),
    ("Which dramas did Pavo Networks pick up?", "FACTUAL"),
    ("Korean romance series, which commissioner?", "ROUTING"),
])
def test_intent_conventions(q, intent):
    assert ask(q)["intent"] == intent


def test_stop_words_are_not_keywords():
    a = ask("What has Hollis Vane greenlit in the last hours?", "--explain")
    assert not {"has", "hours", "have"} & set(a["explain"]["parsed"]["keywords"])


@pytest.mark.parametrize("q, name", [
    ("What has Quentin Marlowe-Pryce greenlit recently?", "Quentin Marlowe-Pryce"),
    ("what has quentin marlowe-pryce greenlit recently", "quentin marlowe-pryce"),
    ("What horror has Brightcastle Pictures ordered lately?", "Brightcastle Pictures"),
    ("Tell me about The Velvet Cartographer", "Velvet Cartographer"),
    ("Who greenlit The Velvet Cartographer?", "Velvet Cartographer"),
    ("what did zephyrine okonkwo-laird order this year", "zephyrine okonkwo-laird"),
    ("How do I pitch to Ottoline Brasswick?", "Ottoline Brasswick"),
    ("What is Fenwick Arlo Tsang's mandate?", "Fenwick Arlo Tsang"),
    ("Who at Foxglove Pictures handles comedy?", "Foxglove Pictures"),
    ("What did HBO order this year?", "HBO"),
    ("What is Bexley Marchbanks's mandate?", "Bexley Marchbanks"),
    ("what is tamsin okafor-brandt looking for", "tamsin okafor-brandt"),
    ("Who should I pitch a thriller to at Grimsby Lantern Studios?", "Grimsby Lantern Studios"),
    ("Which Marrowgate Media exec buys comedy?", "Marrowgate Media"),
    ('Tell me about "The Quiet Orchard"', "Quiet Orchard"),
    ("Any recent greenlights from Tarrowby Films?", "Tarrowby Films"),
    ("Examples of pitches Wendeline Sparrowhawk bought", "Wendeline Sparrowhawk"),
    ("Show me examples of what Ravensworth Entertainment has bought", "Ravensworth Entertainment"),
    ("How do I submit to Brackenfold Media?", "Brackenfold Media"),
])
def test_unknown_names_are_not_found_in_every_phrasing(q, name):
    a = ask(q)
    assert a["not_found"] in (name, "The " + name)
    assert a["executives"] == [] and a["greenlights"] == [] and a["sources"] == []
    assert a["not_found"] in a["answer"] and "Closest" in a["answer"]


@pytest.mark.parametrize("q, name", [
    ("Nowhere Corp horror", "Nowhere Corp"),
    ("Zephyr Pictures thrillers", "Zephyr Pictures"),
    ("Bluefin Media comedy slate", "Bluefin Media"),
    ("what about Acme Studios documentaries", "Acme Studios"),
    ("Quillon Holdings limited series?", "Quillon Holdings"),
])
def test_an_unknown_buyer_before_the_genre_is_not_found(q, name):
    a = ask(q)
    assert a["not_found"] == name
    assert a["executives"] == [] and a["greenlights"] == [] and a["sources"] == []


def _company_names() -> set[str]:
    return {json.loads(line)["name"] for line in (DEV / "dev_kb.jsonl").read_text().splitlines()
            if line.strip() and json.loads(line)["type"] == "company"}


@pytest.mark.parametrize("q", ["Nowhere Corp horror", "Bluefin Media comedy slate",
                               "What horror has Brightcastle Pictures ordered lately?",
                               "Who should I pitch a thriller to at Grimsby Lantern Studios?"])
def test_closest_matches_for_an_unknown_buyer_are_buyers(q):
    a = ask(q)
    assert a["closest"] and set(a["closest"]) <= _company_names(), a["closest"]


def test_watch_on_an_unknown_buyer_offers_buyers():
    res = mw("watch", "add", "horror at Bluefin Media")
    assert res.exit_code != 0
    close = res.stderr.split("closest:", 1)[1].splitlines()[0]
    assert [n.strip() for n in close.split(",")] and {n.strip() for n in close.split(",")} <= _company_names()


@pytest.mark.parametrize("q", ["Korean Drama series", "Nordic Noir pitches", "True Crime docuseries",
                               "Nordic Noir TV", "True Crime Films", "Korean Co-production drama"])
def test_capitalised_genre_phrases_are_not_unknown_names(q):
    a = ask(q)
    assert "not_found" not in a and a["executives"], q


def test_generic_words_in_name_slots_are_not_unknown_names():
    for q in ("What has been greenlit recently?", "What have streamers ordered lately?",
              "What true crime docuseries got greenlit recently?", "Who should I pitch a thriller to at the moment?",
              "What shows did Pavo Networks order at the start of the year?",
              "What did the biggest streamer order this year?", "What does the UK want right now?",
              "What are buyers looking for in horror?"):
        assert "not_found" not in ask(q), q


def test_known_title_answers_who_greenlit_it():
    a = ask("Who greenlit Cold Fjord?")
    assert a["intent"] == "FACTUAL" and "not_found" not in a
    assert [g["title"] for g in a["greenlights"]] == ["Cold Fjord"]
    assert a["greenlights"][0]["buyer"] == "Vintermark"


@pytest.mark.parametrize("q, expected", [
    ("What is Soren Odegaard looking for?", "soren-odegaard"),
    ("How do I pitch to Lucja Wrzos?", "lucja-wrzos"),
    ("What does Dorde Ilic want?", "dorde-ilic"),
    ("What is Isil Demirkan's mandate?", "isil-demirkan"),
    ("What is Aerin Strasse buying?", "aerin-strasse"),
])
def test_names_typed_without_their_letters(q, expected):
    ids = top(ask(q))
    assert ids[:1] == [expected], ids


def test_top_k_keeps_the_best_evidenced_executive():
    a = ask("What is Seabright Studios' film strategy?")
    assert "hollis-vane" in top(a)[:3]


def test_import_keeps_a_country(tmp_path):
    recs = [
        {"type": "company", "name": "Casa Norte", "region": "Mexico"},
        {"type": "company", "name": "Global Co", "region": "Global", "country": "United States"},
        {"type": "executive", "name": "Ana Ruiz", "company": "Casa Norte"},
        {"type": "executive", "name": "Ben Cho", "company": "Global Co", "title": "Director, Korean Content"},
        {"type": "executive", "name": "Cy Dee", "company": "Global Co", "region": "Korea"},
    ]
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    assert mw("kb", "import", "--replace", str(p)).exit_code == 0
    exported = {r["id"]: r for r in map(json.loads, mw("kb", "export").stdout.splitlines())}
    assert (exported["casa-norte"]["region"], exported["casa-norte"]["country"]) == ("LatAm", "MX")
    assert exported["ben-cho"]["country"] == "KR"
    assert (exported["cy-dee"]["region"], exported["cy-dee"]["country"]) == ("APAC", "KR")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"type": "company", "name": "X", "country": "Atlantis"}) + "\n")
    res = mw("kb", "import", str(bad))
    assert res.exit_code != 0 and "Atlantis" in res.stderr


def test_geography_and_transliteration_units():
    from mw import geo
    from mw.vocab import fold, norm_genre

    assert fold("Søren Æbeltoft Straße Łukasz Đorđe Işık") == "soren aebeltoft strasse lukasz dorde isik"
    assert geo.find_places("a k-romance") == [("KR", 2, 4)]
    assert [p for p, _, _ in geo.find_places(fold("British, Scandi, Aussie and Kiwi dramas"))] == \
        ["GB", "Nordics", "AU", "NZ"]
    assert geo.parse_place("EMEA") == ("EMEA", None)
    assert norm_genre("Dating Shows") == "dating" and norm_genre("science fiction") == "sci-fi"


CATALOGUE = [  # the shape of a streaming catalogue: greenlights with their own country, category words, no people
    {"type": "company", "name": "Lumenwave", "kind": "streamer", "region": "Global", "source": "fictional://t"},
    {"type": "executive", "name": "Ada Quillfeather", "company": "lumenwave", "title": "Director, Turkish Content",
     "region": "Turkey", "genres": ["drama"], "formats": ["series"], "source": "fictional://t"},
    {"type": "greenlight", "id": "gl-tr-1", "title": "Copper Minaret", "buyer": "lumenwave", "date": "2018-03-01",
     "genres": ["Crime TV Shows", "International TV Shows"], "format": "series", "country": "Turkey",
     "source": "fictional://t"},
    {"type": "greenlight", "id": "gl-tr-2", "title": "Salt Road", "buyer": "lumenwave", "date": "2018-06-01",
     "genres": ["TV Dramas", "International TV Shows"], "format": "series", "country": "Turkey",
     "source": "fictional://t"},
    {"type": "greenlight", "id": "gl-gb-1", "title": "Fen Lights", "buyer": "lumenwave", "date": "2017-05-01",
     "genres": ["Crime TV Shows", "British TV Shows"], "format": "series", "country": "United Kingdom",
     "source": "fictional://t"},
    {"type": "greenlight", "id": "gl-gb-2", "title": "Tidewatch", "buyer": "lumenwave", "date": "2017-09-01",
     "genres": ["Science & Nature TV", "Docuseries"], "format": "docuseries", "country": "United Kingdom",
     "source": "fictional://t"},
]


@pytest.fixture()
def catalogue(tmp_path):
    p = tmp_path / "catalogue.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in CATALOGUE))
    res = mw("kb", "import", "--replace", str(p))
    assert res.exit_code == 0, res.stderr


@pytest.mark.parametrize("q, ids", [
    ("Which British crime shows did Lumenwave add in 2017?", ["gl-gb-1"]),  # 'crime tv shows' is crime
    ("What international tv shows did Lumenwave add?", ["gl-tr-2", "gl-tr-1"]),  # a tag, not 'Global'
    ("What science and nature shows did Lumenwave add in 2017?", ["gl-gb-2"]),  # '&' and 'tv' in the tag
    ("Latest Turkish series on Lumenwave", ["gl-tr-2", "gl-tr-1"]),  # none recent: the newest, said so
    ("Any new Turkish dramas?", ["gl-tr-2"]),
    ("What did Lumenwave pick up from Turkey in 2018?", ["gl-tr-2", "gl-tr-1"]),  # 'Turkey' after 'from': a place
    ("Lumenwave's 2017 British additions", ["gl-gb-2", "gl-gb-1"]),  # a year before the list it qualifies
    ("Latest science and nature docuseries on Lumenwave", ["gl-gb-2"]),  # the category without 'tv'
    ("Show me British crime shows on Lumenwave", ["gl-gb-1"]),  # a listing, not a routing question
])
def test_catalogue_questions_about_greenlights(catalogue, q, ids):
    a = ask(q)
    assert a["intent"] == "FACTUAL"
    assert [g["id"] for g in a["greenlights"]] == ids
    if q.startswith(("Latest Turkish", "Any new")):
        assert any("newest matching" in w for w in a["warnings"])


def test_catalogue_import_keeps_countries_pycountry_renamed(catalogue):
    res = mw("kb", "list", "greenlights", "--json")
    assert res.exit_code == 0, res.stderr
    rows = {r["id"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["gl-tr-1"]["country"] == "TR" and rows["gl-tr-1"]["genres"] == ["crime", "international tv shows"]


def test_unknown_person_with_a_known_buyer_is_not_found(catalogue):
    a = ask("What has Harriet Vanstone greenlit at Lumenwave?")
    assert a["not_found"] == "Harriet Vanstone" and not a["greenlights"] and not a["executives"]


def test_series_in_a_catalogue_question_is_any_tv_title_and_a_named_format_is_exact():
    # "series" lists every TV title (docuseries and specials too) but no feature film; routing is untouched
    series = ask("What series has Halcyon Stream greenlit?")["greenlights"]
    assert {g["format"] for g in series} == {"series", "docuseries"}
    assert "feature" not in {g["format"] for g in ask("What series has Seabright Studios greenlit?")["greenlights"]}
    docs = ask("What docuseries has Halcyon Stream ordered?")["greenlights"]
    assert docs and {g["format"] for g in docs} == {"docuseries"}


def test_typo_correction_changes_a_letter_or_two_not_the_word():
    from mw.ask.intent import correct_typos

    assert correct_typos("who shoud i pitch a thriler to")[0] == "who should i pitch a thriller to"
    # three edits away, or a prefix that changes the meaning: another word, not a typo
    assert correct_typos("has it picked anything up")[0] == "has it picked anything up"
    assert correct_typos("where is the scripted slate heading")[0] == "where is the scripted slate heading"
    assert correct_typos("which commissioner")[0] == "which commissioner"  # an inflection of 'commission'


def test_a_year_before_a_list_of_deals_is_that_year():
    import datetime as dt

    from mw.ask.intent import parse_time

    today = dt.date(2026, 11, 24)
    assert parse_time("pavo networks 2025 greenlights", today)[:2] == ("2025-01-01", "2025-12-31")
    assert parse_time("stand-up specials from 2018", today)[:2] == ("2018-01-01", "2018-12-31")
    a = ask("Pavo Networks's 2025 orders")
    assert a["greenlights"] and all(g["date"].startswith("2025") for g in a["greenlights"])


@pytest.mark.parametrize("q, name", [
    ("Is Marcus Delacroix still at Pavo Networks?", "Marcus Delacroix"),
    ("Harriet Gleeson's mandate", "Harriet Gleeson"),
    ("Does Jean de la Fontaine want thrillers?", "Jean de la Fontaine"),
])
def test_a_capitalised_name_anywhere_that_the_kb_lacks_is_not_found(q, name):
    a = ask(q)
    assert a["not_found"] == name and not a["executives"] and not a["greenlights"]


@pytest.mark.parametrize("q", ["Who Should I Pitch A Korean Thriller To?", "Who buys comedy in Los Angeles?",
                               "I have a Nordic Noir drama, who wants it?", "Tell me about Glass Harbor"])
def test_title_case_places_and_titles_are_not_unknown_names(q):
    assert "not_found" not in ask(q)


def test_a_world_language_is_no_place_and_a_sentence_start_is_no_city():
    from mw import geo
    from mw.ask.intent import _cities_named

    assert geo.find_places("english-language drama in germany") == [("DE", 26, 33)]
    assert [p for p, _, _ in geo.find_places("afrikaans and english family drama")] == ["ZA"]
    assert geo.find_places("a drama in english") == []
    assert [p for p, _, _ in geo.find_places("an english period drama")] == ["GB"]  # England's
    assert [p for p, _, _ in geo.find_places("korean-language series")] == ["KR"]  # a language of one country
    assert _cities_named("A Toronto-based drama series") == ["toronto"]
    assert geo.city_country("toronto") == "CA"


def test_a_city_in_lower_case_where_a_place_is_expected():
    from mw import geo
    from mw.ask.intent import _lower_cities

    assert "tel aviv" in _lower_cities("i have a mockumentary set in tel aviv who buys that")
    assert "lisbon" in _lower_cities("a lisbon-based telenovela")
    assert _lower_cities("latest greenlights from Marrakesh Screen Co") == []  # a capitalised name: a company
    assert _lower_cities("a nice drama") == []  # no place slot
    assert geo.city_country("tel aviv") == "IL" and geo.find_places("aotearoa") == [("NZ", 0, 8)]
