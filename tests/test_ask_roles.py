"""Questions about a role or a person on the shipped (fictional) sample: a job title is no name."""
from __future__ import annotations

import pytest

from cli_util import mw_json


def ask(q: str) -> dict:
    return mw_json("ask", q, "--no-cache")


@pytest.mark.parametrize("q,exec_id", [
    ("Who is the head of drama at Brightwater?", "priya-vellanki"),
    ("who's the comedy commissioner at Greyfriars", "imogen-threlfall"),
    ("Who is the SVP of unscripted at Brightwater?", "grant-oyelaran"),
])
def test_a_job_title_is_no_unknown_name(q, exec_id):
    """"the head of drama", "the comedy commissioner": a role, whoever holds it, never "not found"."""
    a = ask(q)
    assert not a.get("not_found"), a["answer"]
    assert a["intent"] == "FACTUAL" and "Who covers" in a["answer"]  # a fact: who holds the role
    assert a["executives"] and a["executives"][0]["id"] == exec_id


def test_who_is_a_known_executive_is_their_profile():
    a = ask("Who is Priya Vellanki?")
    assert a["intent"] == "FACTUAL" and a["executives"][0]["id"] == "priya-vellanki"
    assert a["answer"].splitlines()[1].startswith("Priya Vellanki, SVP")  # her profile, after the sample banner
    assert ask("Who is Bartholomew Quince?")["not_found"] == "Bartholomew Quince"


@pytest.mark.parametrize("q,exec_id", [
    ("What is Beatrix looking for?", "beatrix-omondi"),
    ("Priya's mandate", "priya-vellanki"),
])
def test_a_first_name_alone_names_the_executive(q, exec_id):
    """A first name that only one executive has, written as a name, is that executive, never "not found"."""
    a = ask(q)
    assert not a.get("not_found"), a["answer"]
    assert [e["id"] for e in a["executives"]] == [exec_id]


def test_a_first_name_is_no_name_where_it_is_a_word():
    """'Grant me a list': the first word, not a possessive, is the verb, not Grant Oyelaran."""
    a = ask("Grant me a list of comedy buyers")
    assert "grant-oyelaran" not in [e["id"] for e in a["executives"]]


def test_two_swapped_letters_still_name_the_buyer():
    a = ask("Who should I pitch a thriller to at Tidemrak?")
    assert not a.get("not_found"), a["answer"]
    assert a["executives"][0]["id"] == "harriet-coombe"


@pytest.mark.parametrize("q, name", [
    ("Who at Brightwater Studios buys drama?", "Brightwater Studios"),  # the KB has Brightwater Streaming
    ("What is Greyfriars Television Plus looking for?", "Greyfriars Television Plus"),
])
def test_another_company_word_names_another_company(q, name):
    """A known buyer's first word with another company word, or with "Plus", is not that buyer."""
    a = ask(q)
    assert a["not_found"] == name and a["executives"] == [] and a["greenlights"] == []
    assert not ask("What does Brightwater want?").get("not_found")
