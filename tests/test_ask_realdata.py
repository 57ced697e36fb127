"""`mw ask` on the real-data development KB (tests/eval/dev/dev4): short buyer names, a title named like a
buyer, the people recorded on a title, cities standing for their country, a buyer's titles listed; greenlight
lists (exactly the newest greenlights matching every stated filter; when none, the nearest, labelled);
names the KB does not hold, however close to a real one, are "not found" with nothing standing in for them;
intents from the structure of the question. Small KBs written in a test check one rule each."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_util import mw, mw_json

DEV4 = Path(__file__).resolve().parent / "eval" / "dev" / "dev4" / "kb.jsonl"
RAW = [json.loads(line) for line in DEV4.read_text().splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def dev4_kb(monkeypatch):
    monkeypatch.setenv("MW_NOW", "2026-11-24T12:00:00Z")
    res = mw("kb", "import", "--replace", str(DEV4))
    assert res.exit_code == 0, res.stderr


def ask(q: str) -> dict:
    return mw_json("ask", q, "--no-cache")


def test_a_two_letter_buyer_written_in_capitals_is_that_buyer():
    a = ask("what has FX ordered lately?")
    assert "not_found" not in a and a["greenlights"]
    assert {g["buyer_id"] for g in a["greenlights"]} == {"fx"}


def test_the_buyer_a_slot_names_wins_over_a_title_of_the_same_name():
    a = ask("what has Showtime greenlit?")
    assert a["greenlights"] and {g["buyer_id"] for g in a["greenlights"]} == {"showtime"}


def test_a_named_title_brings_the_people_recorded_on_it():
    a = ask("Tell me about Orphan Black: Echoes")
    assert "not_found" not in a
    assert a["executives"][0]["id"] == "dan-mcdermott"


@pytest.mark.parametrize("q, first", [
    ("I'm a Seoul-based writer with a romance series, who do I call?", "kim-so-yeon"),
    ("Who should a Toronto sketch troupe pitch to?", "justin-stockman"),
    ("Joburg-based producer with a reality format, who do I approach?", "candice-fangueiro"),
])
def test_a_city_stands_for_its_country(q, first):
    a = ask(q)
    assert a["executives"][0]["id"] == first


def test_a_buyers_titles_in_a_place_are_a_listing():
    a = ask("Viu originals out of India")
    assert a["intent"] == "FACTUAL" and a["greenlights"]


def test_city_country_from_geonames():
    from mw import geo

    assert (geo.city_country("Seoul"), geo.city_country("Joburg"), geo.city_country("Los Angeles")) == ("KR", "ZA", "US")
    assert geo.city_country("Showtime") is None


def expected(genres=(), formats=(), buyers=(), countries=(), since=None, until=None) -> list[str]:
    """Ids of the KB file's greenlights matching the filter, newest first then by id (from the raw records,
    not through mw)."""
    out = []
    for g in RAW:
        if g["type"] != "greenlight":
            continue
        gg = [x.lower() for x in g.get("genres", [])]
        if not all(x in gg for x in genres) or (formats and g.get("format") not in formats) or \
                (buyers and g["buyer"] not in buyers) or (countries and g.get("region") not in countries) or \
                (since and g["date"] < since) or (until and g["date"] > until):
            continue
        out.append(g)
    out.sort(key=lambda g: g["id"])
    out.sort(key=lambda g: g["date"], reverse=True)
    return [g["id"] for g in out]


@pytest.mark.parametrize("q, f", [
    # a built-in phrase ("nature docs") read as the KB's own tags: nature + documentary
    ("What nature docs did Disney Plus add in 2021?",
     dict(genres=["nature", "documentary"], buyers=["disney-plus"], since="2021-01-01", until="2021-12-31")),
    # "South African" is a place word, never "corrected" into another one
    ("Show me loglines of South African horror", dict(genres=["horror"], countries=["South Africa"])),
    ("What horror did Showtime greenlight before 2021?", dict(genres=["horror"], buyers=["showtime"],
                                                            until="2020-12-31")),
    ("What has FX ordered between 2019 and 2021?", dict(buyers=["fx"], since="2019-01-01", until="2021-12-31")),
    ("Any Nordic dramas at Arte?", dict(genres=["drama"], buyers=["arte"], countries=["Denmark", "Norway"])),
    ("Which German dramas has Arte picked up?", dict(genres=["drama"], buyers=["arte"], countries=["Germany"])),
    ("Which Kenyan or Nigerian series has Showmax greenlit?", dict(buyers=["showmax"], countries=["Kenya", "Nigeria"])),
])
def test_a_list_is_exactly_the_newest_matching_greenlights(q, f):
    a = ask(q)
    assert "not_found" not in a and "relaxed" not in a
    exp = expected(**f)
    got = [g["id"] for g in a["greenlights"]]
    assert exp and got == exp[:len(got)] and len(got) >= min(len(exp), 5), (got, exp)


def test_a_genre_phrase_with_a_format_word_asks_for_both(tmp_path):
    p = tmp_path / "kb.jsonl"
    recs = [{"type": "company", "name": "Larkspur", "region": "US"},
            *({"type": "greenlight", "title": f"Special {i}", "buyer": "Larkspur", "date": f"2026-0{i}-01",
               "genres": ["stand-up"], "format": "special"} for i in range(1, 4)),
            {"type": "greenlight", "title": "Open Mic Nights", "buyer": "Larkspur", "date": "2026-05-01",
             "genres": ["stand-up"], "format": "series"}]
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    assert mw("kb", "import", "--replace", str(p)).exit_code == 0
    a = ask("any new stand-up specials?")
    assert [g["title"] for g in a["greenlights"]] == ["Special 3", "Special 2", "Special 1"]
    assert a["entities"]["genres"] == ["stand-up"] and a["entities"]["formats"] == ["special"]


def test_a_greenlight_is_placed_by_its_own_country_not_its_buyers(tmp_path):
    p = tmp_path / "kb.jsonl"
    recs = [{"type": "company", "name": "Maison Bleue", "region": "France"},
            {"type": "greenlight", "title": "Paris Nights", "buyer": "Maison Bleue", "date": "2026-03-01",
             "genres": ["drama"], "format": "series", "region": "France"},
            {"type": "greenlight", "title": "Continental", "buyer": "Maison Bleue", "date": "2026-04-01",
             "genres": ["drama"], "format": "series", "region": "Europe"},
            {"type": "greenlight", "title": "Fjord Line", "buyer": "Maison Bleue", "date": "2026-05-01",
             "genres": ["drama"], "format": "series", "region": "Denmark"},
            {"type": "greenlight", "title": "Nowhere Special", "buyer": "Maison Bleue", "date": "2026-02-01",
             "genres": ["drama"], "format": "series"}]
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    assert mw("kb", "import", "--replace", str(p)).exit_code == 0
    # a record placed only in Europe is not French; a record with no place at all is its buyer's
    assert [g["title"] for g in ask("French dramas at Maison Bleue?")["greenlights"]] == \
        ["Paris Nights", "Nowhere Special"]
    assert [g["title"] for g in ask("Any Danish dramas at Maison Bleue?")["greenlights"]] == ["Fjord Line"]
    # a region asked for itself takes its countries' records and the region's own (Denmark is in the
    # Nordics, a trade region of its own)
    assert [g["title"] for g in ask("Which European dramas has Maison Bleue ordered?")["greenlights"]] == \
        ["Continental", "Paris Nights", "Nowhere Special"]


def test_an_empty_list_says_so_and_shows_the_nearest_labelled():
    a = ask("What did Crave order in 2019?")
    assert a["relaxed"] == "without the date window"
    assert a["answer"].splitlines()[0].startswith("No greenlights in the knowledge base match")
    assert "Nearest: without the date window" in a["answer"]
    assert [g["id"] for g in a["greenlights"]] == expected(buyers=["crave"])[:10]
    assert any("nearest" in w for w in a["warnings"])
    # a named buyer is never widened away: a buyer with no such title shows its own other titles
    b = ask("Which anime has Showtime ordered?")
    assert b["greenlights"] and {g["buyer_id"] for g in b["greenlights"]} == {"showtime"}
    assert b["relaxed"] == "any genre"


@pytest.mark.parametrize("q", [
    "Show me Hulu's recent comedy orders",       # a possessive
    "Is ViuTV buying romance?",                  # a name close to a real one (Viu), as the subject
    "What comedy has Channel 5 ordered since 2020?",  # Channel 4 is in the KB
    "Who at Channel 5 should I pitch a crime drama to?",
    "Any dramas from Channel 5?",
    "Is Showmax Two buying comedy?",             # a known name with more name to it
    "Who greenlit Moving Day?",                  # a title holding a real one ("Moving") and more
    "Tell me about Moving Pictures",
    "Latest greenlights by Ben Stephenson",
    "When did Showtime order Billions?",         # a title the KB lacks, next to a known buyer
    "hulu's latest comedy orders",               # a possessive in lower case
    "Did Paramount+ pick up Yellowjackets?",     # an unknown buyer with a known title
    "Is Apple TV+ buying thrillers?",
    "jane tranter mandate",                      # a bare name and what is asked of it, in lower case
])
def test_an_unknown_name_is_not_found_in_any_position(q):
    a = ask(q)
    assert a.get("not_found") and a["closest"], q
    assert not a["executives"] and not a["greenlights"] and not a["sources"], q


@pytest.mark.parametrize("q, buyer", [
    ("Is Viu buying romance?", "viu"),
    ("Show me BBC Three's comedy orders", "bbc"),
    ("Did Channel 4 order any thrillers in 2025?", "channel-4"),
    ("What is Showtime buying these days?", "showtime"),
])
def test_a_known_buyer_in_the_same_places_is_that_buyer(q, buyer):
    a = ask(q)
    assert "not_found" not in a and a["entities"]["companies"], q
    assert all(g["buyer_id"] == buyer for g in a["greenlights"]), q


@pytest.mark.parametrize("q, who", [
    ("Who greenlit the second season of Moving?", "carol-choi"),
    ("Who greenlit Moving?", "kim-so-yeon"),
    ("Who picked up The Talamasca at AMC?", "dan-mcdermott"),  # "Anne Rice's The Talamasca"
    ("Who's behind Yellowjackets at Showtime?", "jana-winograde"),
    ("Who was responsible for Pulse at Showmax?", "candice-fangueiro"),
    ("Who ordered the Yellowjackets reboot?", "jana-winograde"),  # what describes a title is not its name
    ("Who at Showtime greenlit City on a Hill season 2?", "gary-levine"),  # a title holding "on"
])
def test_a_title_as_people_say_it_finds_who_greenlit_it(q, who):
    a = ask(q)
    assert a["intent"] == "FACTUAL" and "not_found" not in a
    assert a["executives"][0]["id"] == who


@pytest.mark.parametrize("q, intent", [
    ("Any Nordic dramas at Arte?", "FACTUAL"),
    ("are there any anime greenlights?", "FACTUAL"),
    ("What has FX been buying?", "STRATEGIC"),
    ("Any advice for pitching Channel 4?", "PROCESS"),
    ("Anyone at Crave buying comedy?", "ROUTING"),
    ("RAI tv movies", "FACTUAL"),  # a buyer's titles, listed
    ("I want to see Channel 4's dramas", "FACTUAL"),  # the user's wish, not the buyer's appetite
    ("Looking for Showtime's latest horror", "FACTUAL"),
    ("What is Showtime looking for?", "STRATEGIC"),
    ("Can writers submit directly to Channel 4?", "PROCESS"),
    ("korean reality show who do i pitch", "ROUTING"),
    ("Is Apple TV+ buying thrillers?", "STRATEGIC"),
    ("Where does Showtime stand on horror?", "STRATEGIC"),
    ("What is FX's approach to comedy?", "STRATEGIC"),
    ("Does Showtime do limited series?", "STRATEGIC"),
    ("Which Viu exec takes lifestyle shows?", "ROUTING"),
])
def test_intent_from_the_structure_of_the_question(q, intent):
    assert ask(q)["intent"] == intent


def test_a_name_in_the_users_pitch_is_a_reference_not_an_unknown_name():
    a = ask("London indie here: a six-part period crime drama, Agatha Christie vibes, looking for a partner. "
            "who's the right exec")
    assert "not_found" not in a and a["intent"] == "ROUTING" and a["executives"]
    assert ask("Tell me about Agatha Christie").get("not_found") == "Agatha Christie"


def test_a_genre_in_the_records_own_word_lists_the_records_tagged_with_it(tmp_path):
    p = tmp_path / "kb.jsonl"
    recs = [{"type": "company", "name": "Wildframe", "region": "US"},
            {"type": "greenlight", "title": "Big Cats", "buyer": "Wildframe", "date": "2025-03-01",
             "genres": ["wildlife"], "format": "series"},
            {"type": "greenlight", "title": "Blue Planet Deep", "buyer": "Wildframe", "date": "2025-02-01",
             "genres": ["natural history"], "format": "series"},
            {"type": "greenlight", "title": "River Wolves", "buyer": "Wildframe", "date": "2025-01-01",
             "genres": ["natural history", "wildlife"], "format": "series"}]
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    assert mw("kb", "import", "--replace", str(p)).exit_code == 0
    # both words are one genre to mw (natural history); asked in the data's own word, that word filters
    assert [g["title"] for g in ask("Wildframe's wildlife commissions")["greenlights"]] == ["Big Cats", "River Wolves"]
    assert [g["title"] for g in ask("Which natural history series has Wildframe ordered?")["greenlights"]] == \
        ["Blue Planet Deep", "River Wolves"]
    # a word of neither record is the genre itself: every one of them
    assert [g["title"] for g in ask("Wildframe nature documentaries")["greenlights"]] == \
        ["Big Cats", "Blue Planet Deep", "River Wolves"]


def test_a_hyphenated_name_written_with_a_space_is_that_person():
    a = ask("kim so yeon mandate")
    assert "not_found" not in a and a["intent"] == "STRATEGIC" and a["executives"][0]["id"] == "kim-so-yeon"


@pytest.mark.parametrize("q", [
    "Who is buying Afrikaans drama?",            # "who is <verb>ing", not "who is <name>"
    "Any changes in Showtime's strategy?",       # a sentence before a possessive, not a bare name
    "Who should I pitch a Christmas romcom to?",
    "What did FX pick up at Sundance?",
    "I have a thriller in the vein of Broadchurch, who should I pitch?",
])
def test_ordinary_capitalised_words_are_no_unknown_names(q):
    assert "not_found" not in ask(q), q
