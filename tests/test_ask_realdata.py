"""`mw ask` on the real-data development KB (tests/eval/dev/dev4): short buyer names, a title named like a
buyer, the people recorded on a title, cities standing for their country, a buyer's titles listed."""
from __future__ import annotations

from pathlib import Path

import pytest

from cli_util import mw, mw_json

DEV4 = Path(__file__).resolve().parent / "eval" / "dev" / "dev4" / "kb.jsonl"


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
