"""Who greenlit what (recorded executives only; candidates labelled as such) and executive moves (history kept
in the KB write, for imports and refreshes alike): the KB, `mw kb history`, `mw ask`, routing, both graph backends."""
from __future__ import annotations

import json

import pytest

from cli_util import mw, mw_json, mw_jsonl
from questions_kb import NOW, gl_id, records, write_jsonl
from test_graph_contract import falkordb_server, fresh_graph  # noqa: F401  (fixture)

from mw.store.kb import KnowledgeBase


def _import(tmp_path, recs, name="kb.jsonl", *extra):
    res = mw("kb", "import", str(write_jsonl(tmp_path / name, recs)), *extra)
    assert res.exit_code == 0, res.stderr
    return res


@pytest.fixture
def gen(mw_home, monkeypatch, tmp_path):
    monkeypatch.setenv("MW_NOW", NOW)
    recs = records(seed=11, n=120)
    _import(tmp_path, recs)
    return recs


def _move(name="Ann Archer", company="Cedar Plus", title="Chief Content Officer", updated="2026-05-01",
          source="https://example.test/news/ann-moves"):
    return {"type": "executive", "name": name, "company": company, "title": title, "updated_at": updated,
            "genres": ["crime", "drama"], "source": source}


# --------------------------------------------------------------------------- history in the KB
def test_a_changed_company_or_title_keeps_the_earlier_one(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    from mw.ingest.importer import import_files

    import_files(kb, [write_jsonl(tmp_path / "a.jsonl", records(n=5))])
    assert kb.history("ann-archer") == []
    import_files(kb, [write_jsonl(tmp_path / "b.jsonl", [_move()])])
    (h,) = kb.history("ann-archer")
    assert (h["kind"], h["old_company"], h["old_company_name"], h["old_title"]) == (
        "move", "alder-streaming", "Alder Streaming", "Head of Drama")
    assert (h["new_company"], h["new_title"], h["since"], h["changed"]) == (
        "cedar-plus", "Chief Content Officer", "2025-01-10", "2026-05-01")
    assert (h["old_source"], h["new_source"]) == ("https://example.test/exec/ann-archer", "https://example.test/news/ann-moves")
    # Re-importing the same record changes nothing; a title change at the same company is kept as such.
    import_files(kb, [write_jsonl(tmp_path / "b.jsonl", [_move()])])
    assert len(kb.history("ann-archer")) == 1
    import_files(kb, [write_jsonl(tmp_path / "c.jsonl", [_move(title="President", updated="2026-06-01")])])
    h2 = kb.history("ann-archer")[-1]
    assert (h2["kind"], h2["old_title"], h2["new_title"], h2["since"]) == ("title", "Chief Content Officer", "President",
                                                                           "2026-05-01")
    # A record without a title does not erase one; --replace of real data still records a move.
    import_files(kb, [write_jsonl(tmp_path / "d.jsonl", [_move(title=None, updated="2026-06-02")])])
    assert len(kb.history("ann-archer")) == 2
    import_files(kb, [write_jsonl(tmp_path / "e.jsonl", [*records(n=5)[:3], _move(company="Birchwood TV",
                                                                                   updated="2026-06-10")])], replace=True)
    h3 = kb.history("ann-archer")[-1]
    assert (h3["old_company"], h3["new_company"], h3["changed"]) == ("cedar-plus", "birchwood-tv", "2026-06-10")
    assert [m["executive_id"] for m in kb.moves(since="2026-01-01")] == ["ann-archer", "ann-archer"]
    kb.close()


def test_the_history_is_written_in_the_same_transaction(tmp_path):
    """A write that fails after the change leaves neither the new record nor its history row."""
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    from mw.ingest.importer import import_files, parse_files, resolve

    import_files(kb, [write_jsonl(tmp_path / "a.jsonl", records(n=5))])
    parsed = parse_files([write_jsonl(tmp_path / "b.jsonl", [_move()])])
    recs = resolve(parsed, kb)
    recs.append({"type": "greenlight", "id": "broken"})  # no title: the insert fails mid-transaction
    with pytest.raises(Exception):
        kb.write(recs)
    assert kb.history("ann-archer") == [] and kb.get("executive", "ann-archer")["company"] == "alder-streaming"
    kb.close()


def test_refresh_records_moves_too(mw_home, monkeypatch, tmp_path):
    """A refresh job (a local file source) that changes an executive's company writes the history row."""
    monkeypatch.setenv("MW_NOW", NOW)
    _import(tmp_path, records(n=5))
    src = write_jsonl(tmp_path / "people.jsonl", [_move(company="Birchwood TV")])
    (mw_home / "config.toml").write_text(f'[refresh.jobs.executive_profiles]\nsources = ["{src}"]\n')
    res = mw("refresh", "run", "executive_profiles", "--force")
    assert res.exit_code == 0, res.stdout + res.stderr
    d = mw_json("kb", "history", "Ann Archer")
    assert [r["company"] for r in d["roles"]] == ["birchwood-tv", "alder-streaming"]


def test_sample_history_is_never_mixed_with_imported_data(mw_home, tmp_path):
    assert mw_json("kb", "stats")["sample"] is True
    from mw.ingest.sample import open_kb

    kb = open_kb()
    kb.write([{**kb.get("executive", "priya-vellanki"), "company": "tidemark"}], source_is_sample=True)
    assert len(kb.history("priya-vellanki")) == 1
    _import(tmp_path, records(n=5))
    kb = open_kb()
    assert kb.moves(since="1900-01-01", kinds=("move", "title")) == []


# --------------------------------------------------------------------------- kb history, ask
def test_kb_history_and_moves_questions(gen, tmp_path):
    _import(tmp_path, [_move()], "move.jsonl")
    d = mw_json("kb", "history", "ann archer")
    assert [(r["company_name"], r["title"], r["from"], r["to"]) for r in d["roles"]] == [
        ("Cedar Plus", "Chief Content Officer", "2026-05-01", None),
        ("Alder Streaming", "Head of Drama", "2025-01-10", "2026-05-01")]
    assert d["roles"][1]["source"] == "https://example.test/exec/ann-archer"
    text = mw("kb", "history", "Ann Archer")
    assert text.exit_code == 0 and "Alder Streaming" in text.stdout and "now" in text.stdout
    nf = mw("kb", "history", "Anne Archur-Smythe", "--json")
    assert nf.exit_code == 4 and "Ann Archer" in json.loads(nf.stdout)["closest"]
    assert [m["executive_id"] for m in mw_jsonl("kb", "history", "--moves")] == ["ann-archer"]
    a = mw_json("ask", "Where did Ann Archer go?", "--no-cache")
    assert a["shape"] == "MOVES"
    assert "now Chief Content Officer, Cedar Plus" in a["answer"] and "moved from Head of Drama, Alder Streaming" in a["answer"]
    assert any(s["type"] == "history" and s["source"] == "https://example.test/news/ann-moves" for s in a["sources"])
    a = mw_json("ask", "Who moved recently?", "--no-cache")
    assert a["shape"] == "MOVES" and [h["executive_id"] for h in a["moves"]["changes"]] == ["ann-archer"]
    a = mw_json("ask", "Who joined Cedar Plus recently?", "--no-cache")
    assert a["shape"] == "MOVES" and len(a["moves"]["changes"]) == 1
    a = mw_json("ask", "Who moved recently at Birchwood TV?", "--no-cache")
    assert a["moves"]["changes"] == [] and "No executive moves" in a["answer"]
    a = mw_json("ask", "Where did Jane Quimby go?", "--no-cache")
    assert a["shape"] == "MOVES" and a["intent"] == "FACTUAL" and a["not_found"] == "Jane Quimby"


def test_routing_sends_a_pitch_to_the_current_company_and_says_the_move_is_recent(gen, tmp_path):
    _import(tmp_path, [_move()], "move.jsonl")
    a = mw_json("ask", "Who should I pitch a crime drama to at Cedar Plus?", "--no-cache")
    ann = next(e for e in a["executives"] if e["id"] == "ann-archer")
    assert ann["company_id"] == "cedar-plus" and ann["moved"]["recent"] is True
    assert "Ann Archer moved from Head of Drama, Alder Streaming to Chief Content Officer, Cedar Plus on 2026-05-01" in a["answer"]
    assert "pitch them at Cedar Plus" in a["answer"]
    a = mw_json("ask", "Who should I pitch a crime drama to at Alder Streaming?", "--no-cache")
    assert "ann-archer" not in [e["id"] for e in a["executives"]]


# --------------------------------------------------------------------------- who greenlit what
def test_who_greenlit_a_title_answers_only_from_records(gen):
    with_exec = next(r for r in gen if r["type"] == "greenlight" and r.get("executives"))
    without = next(r for r in gen if r["type"] == "greenlight" and not r.get("executives") and r["genres"])
    a = mw_json("ask", f"Who greenlit {with_exec['title']}?", "--no-cache")
    assert a["intent"] == "FACTUAL" and a["shape"] == "GREENLIT"
    (block,) = a["greenlit"]["titles"]
    assert [e["id"] for e in block["recorded"]] == with_exec["executives"] and block["candidates"] == []
    assert all(e["recorded"] for e in a["executives"])
    assert any(s["type"] == "greenlight" and s["id"] == gl_id(with_exec) for s in a["sources"])
    assert with_exec["date"] in a["answer"]
    a = mw_json("ask", f"Who greenlit {without['title']}?", "--no-cache")
    (block,) = a["greenlit"]["titles"]
    assert block["recorded"] == []
    assert "no executive is recorded on this greenlight" in a["answer"]
    assert "Candidates (NOT recorded as having greenlit it)" in a["answer"]
    kb = _open_kb()
    for c in block["candidates"]:
        rec = kb.get("executive", c["id"])
        assert rec["company"] == without["buyer"]
    assert all(e.get("candidate") and not e["recorded"] for e in a["executives"])
    a = mw_json("ask", "Who greenlit The Glass Orchard Affair?", "--no-cache")
    assert a["not_found"] == "The Glass Orchard Affair" and a["intent"] == "FACTUAL"


def _open_kb():
    from mw.ingest.sample import open_kb

    return open_kb()


def test_what_has_an_executive_greenlit(gen):
    mine = sorted((r for r in gen if r["type"] == "greenlight" and "cat-cole" in r.get("executives", [])),
                  key=lambda r: (r["date"], gl_id(r)), reverse=True)
    a = mw_json("ask", "What has Cat Cole greenlit?", "--no-cache")
    assert a["shape"] == "GREENLIT" and a["greenlit"]["count"] == len(mine)
    assert sorted(a["greenlit"]["ids"]) == sorted(gl_id(r) for r in mine)
    assert [g["date"] for g in a["greenlights"]] == [r["date"] for r in mine][:20]
    a = mw_json("ask", "What has Wendell Pargeter greenlit?", "--no-cache")
    assert a["not_found"] == "Wendell Pargeter"


def test_greenlit_moves_and_compare_answers_are_the_same_on_both_graph_backends(request, tmp_path):
    import datetime as dt

    from mw.ask.intent import parse
    from mw.ask.questions import answer
    from mw.ingest.importer import import_files

    recs = records(seed=5, n=80)
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    import_files(kb, [write_jsonl(tmp_path / "g.jsonl", recs)])
    import_files(kb, [write_jsonl(tmp_path / "m.jsonl", [_move()])])
    today = dt.date(2026, 6, 15)
    without = next(r for r in recs if r["type"] == "greenlight" and not r.get("executives"))
    questions = ("What has Eve Engel greenlit?", f"Who greenlit {without['title']}?", "Where did Ann Archer go?",
                 "Alder Streaming vs Cedar Plus for crime")
    out = {}
    for backend in ("embedded", "falkordb"):
        graph = fresh_graph(backend, kb, request, "mw_greenlit")
        out[backend] = [(a["answer"], [s["id"] for s in a["sources"]]) for a in
                        (answer(parse(q, kb, today=today), kb, graph, today=today) for q in questions)]
    assert out["embedded"] == out["falkordb"]
    mine = [gl_id(r) for r in recs if r["type"] == "greenlight" and "eve-engel" in r.get("executives", [])]
    assert mine and out["embedded"][0][0].count("\n- ") == min(20, len(mine))
    kb.close()
