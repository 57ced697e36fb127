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
    assert a["executives"] and a["executives"][0]["id"] == exec_id


def test_who_is_a_known_executive_is_their_profile():
    a = ask("Who is Priya Vellanki?")
    assert a["intent"] == "STRATEGIC" and a["executives"][0]["id"] == "priya-vellanki"
    assert ask("Who is Bartholomew Quince?")["not_found"] == "Bartholomew Quince"
