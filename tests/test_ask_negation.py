"""A genre the question rules out, on the shipped (fictional) sample: "not animated", "anything but reality"."""
from __future__ import annotations

import pytest

from cli_util import mw_json


@pytest.mark.parametrize("q,first,ruled_out", [
    ("I have a family comedy, not animated - who at Marigold?", "callie-dunstan", "animation"),
    ("Who should I pitch a live-action kids show to?", "callie-dunstan", "animation"),
    ("A romance for Monsoon Lane, anything but reality", "arjun-pathiraja", "reality"),
])
def test_a_genre_the_question_rules_out_is_no_genre_asked(q, first, ruled_out):
    """"not animated", "live-action", "anything but reality": executives who buy it rank after those who do
    not, --explain shows it among the constraints, and lists leave it out."""
    a = mw_json("ask", q, "--no-cache", "--explain")
    assert a["executives"][0]["id"] == first
    assert ruled_out in a["explain"]["constraints"]["not_genres"]
    assert not {"not", "anything", "but"} & set(a["explain"]["parsed"]["keywords"])
    assert all(ruled_out not in g.get("genres", []) for g in a["greenlights"])
