"""Feeds: RSS/Atom parsing (defused), and greenlight extraction from trade headlines."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mw.ingest import feeds
from mw.ingest.feeds import looks_like_xml, parse_feed
from mw.errors import DataError

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"

# The fictional buyers of these feeds, as the user's knowledge base lists them (refresh passes the knowledge
# base's companies): a buyer that nothing vouches for is not written (test_an_unvouched_buyer_is_not_written).
KB_BUYERS = ("Harbor Light Media", "Copperline Studios", "Copperline", "Bluefin+", "Meridian TV", "Northwind",
             "Apple Orchard", "Harbor Pictures")


def extract_greenlight(headline: str, **kw: Any) -> Any:
    return feeds.extract_greenlight(headline, known_buyers=KB_BUYERS, **kw)


def extract_items(items: list[Any], day: str, **kw: Any) -> Any:
    return feeds.extract_items(items, day, known_buyers=KB_BUYERS, **kw)

# headline -> (buyer, title, genres, format) for orders
ORDERS = [
    ("Harbor Light Media Orders Crime Thriller Series 'Cold Harbour' From 'Tidewater' Producer",
     ("Harbor Light Media", "Cold Harbour", ["crime", "thriller"], "series")),
    ("Copperline Studios Greenlights Horror Feature \u2018The Ninth Floor\u2019",
     ("Copperline Studios", "The Ninth Floor", ["horror"], "feature")),
    ("EXCLUSIVE: Bluefin+ Gives Straight-To-Series Order To Sci-Fi Drama 'Orbital Decay'",
     ("Bluefin+", "Orbital Decay", ["sci-fi", "drama"], "series")),
    ("Meridian TV Renews 'Quiet Acres' For Season 3", ("Meridian TV", "Quiet Acres", [], "series")),
    ("Danish Noir 'The Ferryman's Daughter' Lands Series Order At Northwind",
     ("Northwind", "The Ferryman's Daughter", ["crime"], "series")),
    ("'Salt Marsh' Ordered To Series At Harbor Light Media With Eight Episodes",
     ("Harbor Light Media", "Salt Marsh", [], "series")),
    ("'Paper Lanterns' Gets Pilot Order At Copperline Studios", ("Copperline Studios", "Paper Lanterns", [], "series")),
    ("Northwind Commissions Limited Series 'The Glass Orchard' From Kestrel Pictures",
     ("Northwind", "The Glass Orchard", [], "limited series")),
    ("Harbor Light Media Picks Up Animated Comedy 'Moss & Pebble' For Second Season",
     ("Harbor Light Media", "Moss & Pebble", ["animation", "comedy"], "series")),
    ("Apple Orchard Orders Documentary Series 'Wild Rivers Of Patagonia'",
     ("Apple Orchard", "Wild Rivers Of Patagonia", ["documentary"], "docuseries")),
    ("Copperline Studios Orders 'Night Market', A Heist Comedy Movie From The 'Signal Lost' Team",
     ("Copperline Studios", "Night Market", ["crime", "comedy"], "feature")),
    ("\u2018Box Office Hero\u2019 Renewed For Season 2 By Meridian TV",
     ("Meridian TV", "Box Office Hero", [], "series")),
    # the clause before the comma is not the subject: the buyer is the name before the verb
    ("After Strong Weekend, Copperline Greenlights 'Signal Lost 2'", ("Copperline", "Signal Lost 2", [], None)),
]

# headline -> the kind of news it is (the reason must name it)
NOT_ORDERS = [
    ("'Signal Lost' Tops Weekend Box Office With $42M Opening", "box office"),
    ("'The Ninth Floor' Grosses $18M Overseas", "box office"),
    ("Copperline Studios Promotes Dana Reyes To President Of Television", "executive move"),
    ("Meridian TV Drama Chief Ines Salgado Exits", "executive move"),
    ("Harbor Light Media Hires Bluefin+ Exec Tom Arden As Head Of Comedy", "executive move"),
    ("Northwind Names Ola Berg Head Of Scripted", "executive move"),
    ("'Quiet Acres' Season 2 Review: Gentle, Funny And Finally Confident", "review"),
    ("Harbor Light Media Signs First-Look Pact With Kestrel Pictures", "deal"),
    ("Kestrel Pictures Inks Overall Deal With Bluefin+", "deal"),
    ("Copperline Studios Picks Up Rights To Novel 'The Salt Road'", "deal"),
    ("Bluefin+ Drops Trailer For 'Orbital Decay'", "trailer"),
    ("First Look At Harbor Light Media's 'Cold Harbour'", "trailer"),
    ("'Cold Harbour' Ratings: Premiere Draws 6 Million Viewers", "ratings"),
    ("Meridian TV Cancels 'Night Shift Diaries' After Two Seasons", "cancellation"),
    ("Copperline Studios In Talks To Order Thriller 'The Lantern Keeper'", "not yet an order"),
    ("Bluefin+ Develops Crime Drama 'Dead Reckoning'", "not yet an order"),
    ("Ada Moreno Joins Cast Of Harbor Light Media's 'Cold Harbour'", "casting"),
]

NO_PATTERN = [
    "Harbor Light Media Orders More Scripted Series In 2026",  # no title
    "Why 'Cold Harbour' Works",  # no order phrase
    "Inside The Writers Room Of 'Quiet Acres': Orders Of Magnitude",  # 'Orders' after the title, no buyer
]


@pytest.mark.parametrize("headline,expected", ORDERS, ids=[h[:40] for h, _ in ORDERS])
def test_orders_are_extracted(headline, expected):
    ex = extract_greenlight(headline, date="2026-03-02", link="https://dailyslate.example/x")
    assert ex.record is not None, ex.reason
    buyer, title, genres, fmt = expected
    rec = ex.record
    assert (rec["buyer"], rec["title"], rec.get("genres", []), rec.get("format")) == (buyer, title, genres, fmt)
    assert rec["source"] == "https://dailyslate.example/x" and rec["date"] == "2026-03-02"


@pytest.mark.parametrize("headline,kind", NOT_ORDERS, ids=[h[:40] for h, _ in NOT_ORDERS])
def test_non_orders_are_skipped_with_reason(headline, kind):
    ex = extract_greenlight(headline, date="2026-03-02")
    assert ex.record is None
    assert ex.reason == f"not an order: {kind}"


@pytest.mark.parametrize("headline", NO_PATTERN)
def test_headlines_without_an_order_pattern_are_skipped(headline):
    ex = extract_greenlight(headline, date="2026-03-02")
    assert ex.record is None and ex.reason


def test_region_only_when_unambiguous():
    one = extract_greenlight("Northwind Orders Danish Crime Drama 'Frost Line'", date="2026-03-02").record
    assert one["region"] == "Nordics" and one["genres"] == ["crime", "drama"]
    two = extract_greenlight("Northwind Orders Danish-British Drama 'Two Shores'", date="2026-03-02").record
    assert "region" not in two


def test_logline_from_summary_sentence():
    ex = extract_greenlight("Copperline Studios Greenlights Horror Feature 'The Ninth Floor'",
                            summary="EXCLUSIVE: Copperline has greenlit the film. It follows a night guard. More soon.",
                            date="2026-03-02")
    assert ex.record["logline"] == "It follows a night guard."


def test_rss_fixture_items_and_extraction():
    items = parse_feed((FEEDS / "tv.rss.xml").read_bytes(), "tv.rss.xml")
    assert len(items) == 14
    first = items[0]
    assert first.title.startswith("Harbor Light Media Orders Crime Thriller Series \u2018Cold Harbour\u2019")
    assert first.link == "https://dailyslate.example/2026/03/cold-harbour-series-order-1235001/"
    assert first.guid == "https://dailyslate.example/?p=1235001"
    assert first.published == "2026-03-02" and first.categories == ["TV", "Breaking News"]
    assert "smuggling ring" in first.summary and "<p>" not in first.summary
    orders = [e.record["title"] for e in extract_items(items, "2026-03-03") if e.record]
    assert orders == ["Cold Harbour", "Orbital Decay", "Quiet Acres", "The Ferryman's Daughter",
                      "Paper Lanterns", "Cold Harbour"]


def test_atom_fixture_items_and_dates():
    items = parse_feed((FEEDS / "film.atom.xml").read_bytes(), "film.atom.xml")
    assert [i.link for i in items][:2] == ["https://reelledger.example/film/2026/ninth-floor-greenlit",
                                          "https://reelledger.example/tv/2026/glass-orchard"]
    # published wins over updated; +01:00 at 09:00 is 08:00 UTC the same day
    assert [i.published for i in items] == ["2026-03-02", "2026-03-01", "2026-02-28", "2026-02-27"]
    recs = [e.record for e in extract_items(items, "2026-03-03") if e.record]
    assert [(r["buyer"], r["title"], r.get("format")) for r in recs] == [
        ("Copperline Studios", "The Ninth Floor", "feature"), ("Northwind", "The Glass Orchard", "limited series")]


def test_item_without_date_gets_default():
    data = (b"<rss version='2.0'><channel><item><title>Northwind Orders Comedy 'Undated'</title>"
            b"<link>https://x.example/u</link></item></channel></rss>")
    (ex,) = extract_items(parse_feed(data, "t"), "2026-03-05")
    assert ex.record["date"] == "2026-03-05"


@pytest.mark.parametrize("name", ["entities.xml", "xxe.xml"])
def test_doctype_and_entities_are_refused(name):
    with pytest.raises(DataError, match="(DOCTYPE|ENTITY).*entity expansion is not allowed"):
        parse_feed((FEEDS / name).read_bytes(), name)


def test_internal_subset_is_refused():
    # An internal subset is the only place entities can be declared; it is refused before any expansion.
    data = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><rss version="2.0"><channel/></rss>'
    with pytest.raises(DataError, match="refused"):
        parse_feed(data, "inline")


def test_truncated_feed_keeps_its_good_items():
    items = parse_feed((FEEDS / "malformed.xml").read_bytes(), "malformed.xml")
    assert items[0].title == "Harbor Light Media Orders Drama 'Half Written'" and items[0].problem is None
    assert [i.problem for i in items[1:]] == ["no title"]
    (good, bad) = extract_items(items, "2026-03-05")
    assert good.record["title"] == "Half Written" and bad.reason == "bad item: no title"


def test_html_is_not_a_feed():
    with pytest.raises(DataError, match=r"page: an HTML page, not an RSS or Atom feed"):
        parse_feed((FEEDS / "not-a-feed.html").read_bytes(), "page")


def test_looks_like_xml():
    assert looks_like_xml(b"\xef\xbb\xbf  <?xml version='1.0'?><rss/>")
    assert not looks_like_xml(b'{"type": "company", "name": "X"}')
    assert not looks_like_xml(b"name,company\nA,B\n")


def test_an_overlong_headline_is_not_a_headline():
    # 96 KB of quotes and capitalised words took the old extractor about a minute (quadratic patterns)
    huge = "Northwind Orders 'A" + " 'B C' D" * 12000 + "'"
    ex = extract_greenlight(huge, date="2026-03-02")
    assert ex.record is None and ex.reason == "not a headline (over 300 characters)"


@pytest.mark.parametrize("headline", [
    "'" * 299, "\u2018" * 299, "A " * 149, "Northwind Orders " + "'x' & " * 47, "\u2018a\u2019s " * 59,
])
def test_pathological_headlines_of_the_maximum_length_are_read(headline):
    # each pattern is linear; these end with a reason, never an exception
    ex = extract_greenlight(headline[:300], date="2026-03-02")
    assert ex.reason or ex.records


def test_several_titles_credits_and_unquoted_titles():
    ex = extract_greenlight("Harbor Light Media Renews 'Quiet Acres', 'Salt Marsh' & 'Paper Lanterns'")
    assert [r["title"] for r in ex.records] == ["Quiet Acres", "Salt Marsh", "Paper Lanterns"]
    ex = extract_greenlight("Northwind Orders Thriller From 'Cold Harbour' Creators")
    assert ex.records == [] and ex.reason
    assert extract_greenlight("'Cold Harbour' Director To Helm Northwind Drama").records == []
    ex = extract_greenlight("Northwind commissions a second series of Quiet Acres")
    assert [(r["buyer"], r["title"]) for r in ex.records] == [("Northwind", "Quiet Acres")]
    ex = extract_greenlight("Meridian TV Renewed 'Salt Marsh' For Season 2")
    assert [(r["buyer"], r["title"]) for r in ex.records] == [("Meridian TV", "Salt Marsh")]


def test_a_negative_word_in_another_clause_does_not_veto_the_order():
    ex = extract_greenlight("Northwind Orders Drama 'Frost Line'; Ada Moreno To Star")
    assert [r["title"] for r in ex.records] == ["Frost Line"]
    assert extract_greenlight("Northwind Cancels 'Frost Line' After Two Seasons").records == []


def test_description_gives_format_genre_logline_and_known_executives():
    ex = extract_greenlight("Northwind Orders 'Frost Line'",
                            summary="Northwind has ordered Frost Line, a crime drama series. It follows a ferry "
                                    "captain. Mara Lindqvist, head of drama, greenlit it.",
                            executives=["Mara Lindqvist", "Tom Arden"])
    rec = ex.record
    assert rec["genres"] == ["crime", "drama"] and rec["format"] == "series"
    assert rec["logline"] == "It follows a ferry captain." and rec["executives"] == ["Mara Lindqvist"]
    assert ex.confirmed == [True]


def _pairs(headline: str) -> list[tuple[str, str]]:
    return [(r["buyer"], r["title"]) for r in extract_greenlight(headline).records]


@pytest.mark.parametrize("headline,expected", [
    # a franchise named before "Spinoff/Prequel" (and the list it ends) is the source, not the title
    ("'Harbor', 'Mill Town' Spinoff Series Set for Disney Plus", []),
    # generic noun phrases are not titles
    ("Netflix Picks Up Exclusive Rights to 3 New Documentaries", []),
    # a past tense followed by a preposition is passive: the subject is the title, not the buyer
    ("Quiet Acres renewed for second series on Sky", [("Sky", "Quiet Acres")]),
    ("Meridian TV Renewed 'Salt Marsh' For Season 2", [("Meridian TV", "Salt Marsh")]),
    # "The" opens an unquoted title
    ("AMC Renews The Quiet Acres", [("AMC", "The Quiet Acres")]),
    # "Season 2 Of X", "Series 2 of X", "Pilots For X and <lower case>"
    ("Netflix Orders Season 2 Of Salt Marsh", [("Netflix", "Salt Marsh")]),
    ("E4 orders Series 2 of Frost Line", [("E4", "Frost Line")]),
    ("CBS Orders Pilots for Frost Line and an Untitled Legal Drama", [("CBS", "Frost Line")]),
    # British usage: a known broadcaster with the plural verb
    ("BBC renew \u2018Quiet Acres\u2019 and \u2018Salt Marsh\u2019", [("BBC", "Quiet Acres"), ("BBC", "Salt Marsh")]),
    ("Ada Moreno and Harbor Light renew vows", []),
    # "to return to <known buyer>", numbered channel names kept whole
    ("Quiet Acres to return to BBC Three", [("BBC Three", "Quiet Acres")]),
    # "Gets a Series Order from <known buyer>"; "from" an unknown name is a credit
    ("\u201cFrost Line\u201d Gets a Series Order from AMC", [("AMC", "Frost Line")]),
    ("'Frost Line' Gets A Series Order From Harbor Light", []),
    # a verb-first clause after ";" takes the headline's opening buyer
    ("BBC Unveils Slate Of New Dramas; Orders 'Frost Line' & 'Salt Marsh' Adaptations",
     [("BBC", "Frost Line"), ("BBC", "Salt Marsh")]),
    # "<talent> lands <known buyer> <genre> <format> <title>"
    ("Ada Moreno lands Channel 4 menopause comedy The Quiet Acres", [("Channel 4", "The Quiet Acres")]),
    ("Ada Moreno lands C4 travel show \"Salt Marsh\"", [("C4", "Salt Marsh")]),
    ("Ada Moreno lands Channel 4 hosting gig", []),
    # "<known buyer> sets 'X' and 'Y' <format>", never "sets 'X' premiere date"
    ("Disney+ sets \u2018Frost Line\u2019 and \u2018Salt Marsh\u2019 animated series",
     [("Disney+", "Frost Line"), ("Disney+", "Salt Marsh")]),
    ("Netflix Sets \u2018Frost Line\u2019 Premiere Date", []),
    ("Netflix Sets \u2018Frost Line\u2019 Main Cast", []),
    # generic noun phrases (counts, "Current Trio", "Festival Winners") are not titles
    ("HBO Renews Current Trio, Gives Status of Upcoming Slate", []),
    ("Netflix Acquires International Rights to Two Harbor Festival Winners", []),
    # film acquisitions: "acquires worldwide rights to X while ..."
    ("Harbor Pictures acquires worldwide rights to The Salt Marsh while at Sundance Film Festival",
     [("Harbor Pictures", "The Salt Marsh")]),
    # "'X' Gets 3 More Seasons at <known buyer>"
    ("\u201cFrost Line\u201d Gets 3 More Seasons at Netflix", [("Netflix", "Frost Line")]),
])
def test_headline_classes(headline, expected):
    assert _pairs(headline) == expected


@pytest.mark.parametrize("headline,summary,known", [
    # a buyer that is not built in, not in the knowledge base and not named in the description (constructed)
    ("Meridian TV Renews 'Quiet Acres' For Season 3", "The rural comedy returns for a third run.", ()),
    ("Meridian TV Renews 'Quiet Acres' For Season 3", "", ()),
])
def test_an_unvouched_buyer_is_not_written(headline, summary, known):
    ex = feeds.extract_greenlight(headline, summary=summary, known_buyers=known)
    assert ex.records == []
    assert ex.reason == "unconfirmed: 'Meridian TV' is not a known buyer and the description does not name it"


@pytest.mark.parametrize("summary,known", [
    ("The rural comedy returns for a third run.", ("Meridian TV",)),  # the knowledge base lists it
    ("Meridian TV's rural comedy returns for a third run.", ()),  # the description names it
    ("Meridian TV has renewed the rural comedy.", ()),  # the description says it ordered something
])
def test_a_vouched_buyer_is_written(summary, known):
    ex = feeds.extract_greenlight("Meridian TV Renews 'Quiet Acres' For Season 3", summary=summary, known_buyers=known)
    assert [(r["buyer"], r["title"]) for r in ex.records] == [("Meridian TV", "Quiet Acres")]


@pytest.mark.parametrize("headline,buyer", [
    # a known buyer's network or department, and a production group, need no description (real shapes)
    ("'Quiet Acres' Renewal News: A&E Network Orders 2 Additional Seasons", "A&E Network"),
    ("ITV Drama commissions Quiet Acres for second series", "ITV Drama"),
    ("Fremantle Acquires Danish Drama 'Quiet Acres'", "Fremantle"),
])
def test_a_known_buyers_unit_or_a_production_group_is_vouched(headline, buyer):
    assert [r["buyer"] for r in feeds.extract_greenlight(headline).records] == [buyer]


@pytest.mark.parametrize("summary,expected", [
    # the description names the company with another company word (real shape: dev "Weinstein Co." items)
    ("The Harbour Pictures Company has acquired the rights to Salt Marsh.", [("Harbour Pictures Co.", "Salt Marsh")]),
    ("Harbour Pictures Co. has acquired the rights to Salt Marsh.", [("Harbour Pictures Co.", "Salt Marsh")]),
    ("The company has acquired the rights to Salt Marsh.", []),
])
def test_a_company_named_with_another_company_word_is_vouched(summary, expected):
    ex = feeds.extract_greenlight("Harbour Pictures Co. Acquires Rights To 'Salt Marsh'", summary=summary)
    assert [(r["buyer"], r["title"]) for r in ex.records] == expected
