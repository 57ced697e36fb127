"""`mw ask` over a small non-sample knowledge base: intents, ranking, citations, cache, batch."""
from __future__ import annotations

import json

import pytest

from cli_util import DATA, mw, mw_json, mw_jsonl


@pytest.fixture(autouse=True)
def mini_kb(monkeypatch):
    monkeypatch.setenv("MW_NOW", "2026-11-20T12:00:00Z")
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0


def ask(q: str, *extra: str) -> dict:
    return mw_json("ask", q, *extra)


def test_routing_ranks_matching_executive_with_cited_reasons():
    a = ask("who shoud i pitch a crime thriler series to?")
    assert a["intent"] == "ROUTING"
    assert a["executives"][0]["name"] == "Odile Marchetti"
    reasons = " ".join(a["executives"][0]["reasons"])
    assert "Cold Harbour" in reasons and "[" in reasons
    ids = {s["id"] for s in a["sources"]}
    assert "harbor-light-media--cold-harbour" in ids
    for s in a["sources"]:
        assert s["source"] and "date" in s
    assert len(a["followups"]) == 3
    assert set(a) >= {"question", "intent", "answer", "executives", "greenlights", "sources", "followups",
                      "cached", "took_ms"}


def test_routing_other_genre():
    a = ask("Who handles horror features?")
    assert a["intent"] == "ROUTING"
    assert a["executives"][0]["id"] == "tomasz-wren"


def test_strategic_and_stale_flag():
    a = ask("What is Tomasz Wren's mandate?")
    assert a["intent"] == "STRATEGIC"
    assert [e["id"] for e in a["executives"]] == ["tomasz-wren"]
    assert "Low-budget elevated horror" in a["answer"]
    assert "possibly stale" in a["answer"]  # dated 2024-01-15, older than a year


def test_factual_newest_first_filtered():
    a = ask("Which thriller greenlights are there?")
    assert a["intent"] == "FACTUAL"
    assert [g["title"] for g in a["greenlights"]] == ["Cold Harbour", "Signal Lost"]
    a = ask("Recent thriller greenlights")  # last 12 months before 2026-11-20
    assert [g["title"] for g in a["greenlights"]] == ["Cold Harbour"]
    a = ask("What did Copperline order this year?")
    assert a["intent"] == "FACTUAL"
    assert [g["title"] for g in a["greenlights"]] == ["The Ninth Floor"]


def test_examples_show_loglines():
    a = ask("Show me examples of sci-fi pitches")
    assert a["intent"] == "EXAMPLES"
    assert a["greenlights"][0]["title"] == "Signal Lost"
    assert "hears her own voice" in a["answer"]


def test_process():
    a = ask("How do I pitch to Odile Marchetti?")
    assert a["intent"] == "PROCESS"
    assert "Through agents only" in a["answer"]


def test_unknown_executive_invents_nothing():
    a = ask("What is Bartholomew Quince's mandate?")
    assert a["not_found"] == "Bartholomew Quince"
    assert a["executives"] == [] and a["greenlights"] == [] and a["sources"] == []
    assert "no executive, buyer or title named" in a["answer"]
    for name in ("Odile", "Tomasz"):
        assert name not in a["answer"].split("Closest names:")[0]
    # no follow-up treats the unknown name as a topic ("Recent bartholomew greenlights")
    assert not [f for f in a["followups"] if "bartholomew" in f.lower() or "quince" in f.lower()], a["followups"]


def test_unknown_title_leaves_no_topic_for_follow_ups():
    a = ask("tell me about 'The Glass Orchard'")
    assert a["not_found"] and a["executives"] == []
    # the words around an unknown name are no topic: no "Who should I pitch orchard' to?"
    assert not [f for f in a["followups"] if "orchard" in f.lower() or "'" in f.replace("'s ", "")], a["followups"]


def test_cache_hit_and_invalidation_by_import(tmp_path):
    q = "Who should I pitch a crime thriller to?"
    first = ask(q)
    assert first["cached"] is False
    second = ask(q)
    assert second["cached"] is True
    assert second["executives"] == first["executives"]
    assert ask(q, "--no-cache")["cached"] is False
    extra = tmp_path / "more.jsonl"
    extra.write_text(json.dumps({"type": "greenlight", "title": "Dark Water", "buyer": "Harbor Light Media",
                                 "date": "2026-10-01", "genres": ["crime", "thriller"], "format": "series",
                                 "executives": ["Odile Marchetti"]}) + "\n")
    assert mw("kb", "import", str(extra)).exit_code == 0
    third = ask(q)
    assert third["cached"] is False
    assert "Dark Water" in " ".join(third["executives"][0]["reasons"])


def test_batch_from_stdin_json_lines():
    out = mw_jsonl("ask", "-", input="Who handles horror?\n\nRecent thriller greenlights\n")
    assert [o["intent"] for o in out] == ["ROUTING", "FACTUAL"]
    # `mw ask` with no question and nothing on stdin (a script, cron) is a usage error, not a silent success
    res = mw("ask", "--json", input="")
    assert res.exit_code == 2 and json.loads(res.stdout)["error"] == "usage_error" and "stdin" in res.stderr
    assert mw("ask", "-", input="\n# a comment\n").exit_code == 0  # an explicit '-' with no questions: nothing to do


def test_plain_output_when_piped_and_explain():
    res = mw("ask", "Who handles horror?", "--explain")
    assert res.exit_code == 0
    assert "Sources:" in res.stdout and "\x1b[" not in res.stdout
    for stage in ("query_expansion", "hyde", "lexical_bm25", "dense", "structured_graph", "rerank_features",
                  "adaptive_topk"):
        assert stage in res.stdout


def test_empty_question_is_usage_error():
    res = mw("ask", "   ")
    assert res.exit_code == 2
    assert "empty question" in res.stderr


def test_factual_caps_long_lists_and_says_so(tmp_path):
    lines = [json.dumps({"type": "greenlight", "title": f"Case File {i}", "buyer": "Harbor Light Media",
                         "date": f"2026-{1 + i % 9:02d}-{1 + i % 27:02d}", "genres": ["crime"], "format": "series"})
             for i in range(130)]
    p = tmp_path / "many.jsonl"
    p.write_text("\n".join(lines) + "\n")
    assert mw("kb", "import", str(p)).exit_code == 0
    a = ask("crime greenlights in 2026")
    assert "more than 100 found, showing 10" in a["answer"]
    dates = [g["date"] for g in a["greenlights"]]
    assert len(dates) == 10 and dates == sorted(dates, reverse=True)


def test_mandate_that_rules_a_genre_out_ranks_lower(tmp_path):
    """Two executives equal on paper; the one whose mandate says 'no more horror' ranks below."""
    recs = [
        {"type": "company", "name": "Gloamhouse", "kind": "studio", "region": "US"},
        {"type": "executive", "name": "Ada Quill", "company": "Gloamhouse", "genres": ["horror"], "formats": ["feature"]},
        {"type": "executive", "name": "Bram Tolliver", "company": "Gloamhouse", "genres": ["horror"],
         "formats": ["feature"]},
        {"type": "mandate", "executive": "Ada Quill", "date": "2026-09-01",
         "text": "We have enough horror on the slate and are not buying more. Now focused on family comedy."},
        {"type": "mandate", "executive": "Bram Tolliver", "date": "2026-09-01",
         "text": "Wants elevated horror features with a strong hook."},
    ]
    p = tmp_path / "neg.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    assert mw("kb", "import", "--replace", str(p)).exit_code == 0
    a = ask("Who should I pitch a horror feature to?")
    names = [e["name"] for e in a["executives"]]
    assert names.index("Bram Tolliver") < names.index("Ada Quill") if "Ada Quill" in names else names[0] == "Bram Tolliver"
    ada = next((e for e in a["executives"] if e["name"] == "Ada Quill"), None)
    assert ada is None or ada["features"]["mandate_fit"] < 0
