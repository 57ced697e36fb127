"""Trends and buyer comparisons: every figure against a brute-force count over a generated knowledge base,
the small-number rule, the CLI (text and JSON), `mw ask`, both graph backends for comparisons, and the sample."""
from __future__ import annotations

import json

import pytest

from cli_util import mw, mw_json
from questions_kb import NOW, TODAY, gl_id, oracle_counts, records, write_jsonl
from test_graph_contract import falkordb_server, fresh_graph  # noqa: F401  (fixture)

from mw.ask.trends import Filters, trend_label, trends, windows
from mw.store.kb import KnowledgeBase


@pytest.fixture(scope="module")
def gen():
    return records(seed=7, n=400)


@pytest.fixture(scope="module")
def gen_kb(gen, tmp_path_factory):
    from mw.ingest.importer import import_files

    d = tmp_path_factory.mktemp("trends-kb")
    kb = KnowledgeBase(d / "kb.sqlite")
    import_files(kb, [write_jsonl(d / "gen.jsonl", gen)])
    yield kb
    kb.close()


@pytest.fixture
def cli_kb(gen, mw_home, monkeypatch, tmp_path):
    monkeypatch.setenv("MW_NOW", NOW)
    res = mw("kb", "import", str(write_jsonl(tmp_path / "gen.jsonl", gen)))
    assert res.exit_code == 0, res.stderr
    return gen


def test_small_numbers_are_called_small():
    assert trend_label(2, 1) == "small"  # no "rising" from 1 to 2
    assert trend_label(4, 0) == "small"
    assert trend_label(0, 4) == "small"
    assert trend_label(5, 2) == "rising"  # >= 5, +3, x2.5
    assert trend_label(2, 5) == "falling"
    assert trend_label(5, 3) == "steady"  # change of 2 only
    assert trend_label(12, 10) == "steady"
    assert trend_label(9, 6) == "rising"  # +3 and exactly 1.5x
    assert trend_label(30, 26) == "steady"  # +4 but only 1.15x


def test_windows_are_equal_lengths_back_to_back():
    w = windows(TODAY, "quarter")
    assert (w.since, w.until, w.prev_since, w.prev_until) == ("2025-07-01", "2026-06-15", "2024-07-16", "2025-06-30")
    w = windows(TODAY, "month")
    assert (w.since, w.prev_since, w.prev_until) == ("2026-01-01", "2025-07-19", "2025-12-31")
    w = windows(TODAY, "year", since="2026-03-01")
    assert (w.since, w.prev_since, w.prev_until) == ("2026-03-01", "2025-11-14", "2026-02-28")  # 107 days each


CASES = [
    dict(by="quarter"),
    dict(by="month", buyers=("alder-streaming",)),
    dict(by="year", genres=("crime",)),
    dict(by="quarter", genres=("crime", "drama")),
    dict(by="quarter", formats=("series",), regions=("UK",), since="2025-01-01"),
    dict(by="month", buyers=("birchwood-tv",), genres=("comedy",), since="2025-10-20"),
    # No buyer or genre: a wide window walks whole indexes in group order, a narrow one sorts its rows.
    dict(by="quarter", regions=("UK",)),
    dict(by="month", since="2026-05-01"),
    dict(by="year", genres=("crime",), formats=("series",)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items()))
def test_every_count_matches_a_brute_force_count(gen, gen_kb, case):
    assert_exact(gen, gen_kb, case)


def test_counts_stay_exact_after_updates_deletes_and_replace(gen, tmp_path):
    """The tables and indexes trends read (records, gl_genre) follow every write: changed dates, genres,
    formats and regions, deleted greenlights, and a --replace with fewer records."""
    from mw.ingest.importer import import_files

    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    import_files(kb, [write_jsonl(tmp_path / "a.jsonl", gen)])
    gls = [r for r in gen if r["type"] == "greenlight"]
    changed = {gl_id(r): dict(r, date="2026-0%d-1%d" % (1 + i % 5, i % 10), genres=["crime", "drama"][: 1 + i % 2],
                              format="feature" if r.get("format") != "feature" else "series",
                              region="UK" if r.get("region") != "UK" else "US")
               for i, r in enumerate(gls[:60])}
    gone = [gl_id(r) for r in gls[60:90]]
    import_files(kb, [write_jsonl(tmp_path / "b.jsonl", changed.values())])
    kb.write([], delete=[("greenlight", g) for g in gone])
    now = [changed.get(gl_id(r), r) if r["type"] == "greenlight" else r for r in gen
           if r["type"] != "greenlight" or gl_id(r) not in gone]
    for case in CASES:
        assert_exact(now, kb, case)
    kept = [r for r in now if r["type"] != "greenlight" or hash(gl_id(r)) % 3]
    import_files(kb, [write_jsonl(tmp_path / "c.jsonl", kept)], replace=True)
    for case in CASES:
        assert_exact(kept, kb, case)
    kb.close()


def test_an_older_knowledge_base_gets_the_trend_index(gen, tmp_path):
    from mw.ingest.importer import import_files

    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    import_files(kb, [write_jsonl(tmp_path / "a.jsonl", gen)])
    kb.db.execute("DROP INDEX records_trend")  # as written by a version without it
    kb.close()
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    assert kb.db.execute("SELECT 1 FROM sqlite_master WHERE name='records_trend'").fetchone()
    assert_exact(gen, kb, CASES[1])
    kb.close()


def assert_exact(gen, gen_kb, case):
    f = Filters(buyers=list(case.get("buyers", ())), genres=list(case.get("genres", ())),
                formats=list(case.get("formats", ())), regions=list(case.get("regions", ())))
    rep = trends(gen_kb, f, today=TODAY, by=case["by"], since=case.get("since"))
    w, pw = rep["window"], rep["previous_window"]
    kw = {k: case[k] for k in ("buyers", "genres", "formats", "regions") if k in case}

    def count(since, until, key):
        return {k: sorted(v) for k, v in oracle_counts(gen, since, until, key=key, **kw).items()}

    # Periods: every calendar period with its ids, empty ones listed with 0.
    per = count(pw["since"], w["until"], case["by"])
    assert {p["period"]: sorted(p["ids"]) for p in rep["periods"] if p["count"]} == per
    assert all(p["count"] == len(p["ids"]) for p in rep["periods"])
    labels = [p["period"] for p in rep["periods"]]
    assert labels == sorted(labels) and len(set(labels)) == len(labels)
    # Totals and every genre/format/region (and buyer) row, both windows.
    cur, prev = count(w["since"], w["until"], "total"), count(pw["since"], pw["until"], "total")
    assert sorted(rep["total"]["current_ids"]) == cur.get("total", [])
    assert sorted(rep["total"]["previous_ids"]) == prev.get("total", [])
    assert rep["total"]["current"] == len(cur.get("total", []))
    for key, rows in (("genre", rep["genres"]), ("format", rep["formats"]), ("region", rep["regions"]),
                      ("buyer", rep.get("buyers"))):
        if rows is None:
            assert len(f.buyers) == 1
            continue
        c, p = count(w["since"], w["until"], key), count(pw["since"], pw["until"], key)
        got = {(r["id"] if key == "buyer" else r["name"]): r for r in rows}
        assert set(got) == set(c) | set(p)
        for k, r in got.items():
            assert sorted(r["current_ids"]) == c.get(k, []) and r["current"] == len(c.get(k, []))
            assert sorted(r["previous_ids"]) == p.get(k, []) and r["previous"] == len(p.get(k, []))
            assert r["trend"] == trend_label(r["current"], r["previous"])


def test_a_hand_counted_knowledge_base(tmp_path):
    """Crime at one buyer goes from 2 to 8 (rising); comedy 1 -> 2 (small, not rising); drama 6 -> 6 (steady)."""
    from mw.ingest.importer import import_files

    recs = [{"type": "company", "name": "Oak Media"}]
    plan = {("crime", "cur"): 8, ("crime", "prev"): 2, ("comedy", "cur"): 2, ("comedy", "prev"): 1,
            ("drama", "cur"): 6, ("drama", "prev"): 6}
    dates = {"cur": ["2025-08-0%d" % d for d in range(1, 10)], "prev": ["2025-01-0%d" % d for d in range(1, 10)]}
    for (g, win), n in plan.items():
        for i in range(n):
            recs.append({"type": "greenlight", "title": f"{g} {win} {i}", "buyer": "Oak Media", "genres": [g],
                         "date": dates[win][i], "format": "series"})
    kb = KnowledgeBase(tmp_path / "kb.sqlite")
    import_files(kb, [write_jsonl(tmp_path / "hand.jsonl", recs)])
    rep = trends(kb, Filters(buyers=["oak-media"]), today=TODAY, by="quarter")
    g = {r["name"]: (r["current"], r["previous"], r["trend"]) for r in rep["genres"]}
    assert g == {"crime": (8, 2, "rising"), "comedy": (2, 1, "small"), "drama": (6, 6, "steady")}
    assert rep["total"]["current"] == 16 and rep["total"]["previous"] == 9 and rep["total"]["trend"] == "rising"
    assert {p["period"]: p["count"] for p in rep["periods"]} == {
        "2024-Q3": 0, "2024-Q4": 0, "2025-Q1": 9, "2025-Q2": 0, "2025-Q3": 16, "2025-Q4": 0, "2026-Q1": 0, "2026-Q2": 0}
    crime = next(r for r in rep["genres"] if r["name"] == "crime")
    assert sorted(crime["current_ids"]) == sorted(f"oak-media--crime-cur-{i}" for i in range(8))
    kb.close()


def test_trends_cli_json_text_and_errors(cli_kb):
    rep = mw_json("trends", "--buyer", "Alder", "--genre", "crime", "--by", "month")
    kw = dict(buyers=("alder-streaming",), genres=("crime",))
    w = rep["window"]
    assert rep["filters"]["buyer_names"] == ["Alder Streaming"]
    assert sorted(rep["total"]["current_ids"]) == sorted(oracle_counts(cli_kb, w["since"], w["until"], **kw).get("total", []))
    res = mw("trends", "--buyer", "Alder", "--genre", "crime", "--by", "month")
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].startswith("Alder Streaming: crime greenlights by month")
    for p in rep["periods"]:  # piped: one plain line per period, with its count
        assert any(line.split("\t")[:2] == [p["period"], str(p["count"])] for line in lines)
    assert "\x1b[" not in res.stdout
    bad = mw("trends", "--buyer", "Alderwood Pictures")
    assert bad.exit_code == 4 and "Alder Streaming" in bad.stderr
    assert "`mw kb list companies`" in bad.stderr and "list executives" not in bad.stderr  # the list to look in
    bad = mw("trends", "--genre", "crme", "--json")
    assert bad.exit_code == 4 and "crime" in json.loads(bad.stdout)["closest"]
    assert mw("trends", "--since", "yesterday").exit_code == 2
    assert mw("trends", "--by", "week").exit_code == 2


def _oracle_compare(gen, buyer, since, until, genre=None):
    kw = {"buyers": (buyer,), **({"genres": (genre,)} if genre else {})}
    return (oracle_counts(gen, since, until, **kw).get("total", []),
            {k: sorted(v) for k, v in oracle_counts(gen, since, until, key="genre", **kw).items()},
            {k: sorted(v) for k, v in oracle_counts(gen, since, until, key="format", **kw).items()},
            {k: sorted(v) for k, v in oracle_counts(gen, since, until, key="region", **kw).items()})


@pytest.mark.parametrize("backend", ["embedded", "falkordb"])
def test_compare_figures_on_both_graph_backends(gen, gen_kb, backend, request):
    from mw.ask.compare import compare

    graph = fresh_graph(backend, gen_kb, request, f"mw_compare_{backend}")
    rep = compare(gen_kb, graph, ["alder-streaming", "birchwood-tv"], today=TODAY, genres=["crime"], since="2025-01-01")
    assert rep["window"] == {"since": "2025-01-01", "until": "2026-06-15"}
    by_id = {b["id"]: b for b in rep["buyers"]}
    for b in ("alder-streaming", "birchwood-tv"):
        ids, genres, formats, regions = _oracle_compare(gen, b, "2025-01-01", "2026-06-15", "crime")
        got = by_id[b]
        assert sorted(got["greenlights"]["ids"]) == sorted(ids) and got["greenlights"]["count"] == len(ids)
        assert {x["name"]: sorted(x["ids"]) for x in got["genres"]} == genres
        assert {x["name"]: sorted(x["ids"]) for x in got["formats"]} == formats
        assert {x["name"]: sorted(x["ids"]) for x in got["regions"]} == regions
        recent = oracle_counts(gen, "2026-03-18", "2026-06-15", buyers=(b,), genres=("crime",)).get("total", [])
        assert sorted(got["last_90_days"]["ids"]) == sorted(recent)
        newest = max((r for r in gen if r["type"] == "greenlight" and gl_id(r) in ids), key=lambda r: (r["date"], gl_id(r)))
        assert got["newest"]["date"] == newest["date"]
        # Executives to pitch: this buyer's, covering crime, each with a count of their recorded crime greenlights.
        for e in got["executives"]:
            rec = gen_kb.get("executive", e["id"])
            assert rec["company"] == b
            mine = [gl_id(r) for r in gen if r["type"] == "greenlight" and e["id"] in r.get("executives", [])
                    and "crime" in r["genres"] and r["date"] >= "2025-01-01"]
            assert sorted(e["greenlights"]["ids"]) == sorted(mine)
            assert e["newest_mandate"]["id"] == next(gen_kb.iter("mandate", where="executive_id=?", params=[e["id"]],
                                                                 order="date DESC"))["id"]
    from questions_kb import EXECS

    for b in ("alder-streaming", "birchwood-tv"):  # profile covers crime, or a recorded crime greenlight
        want = {e[0] for e in EXECS if e[2] == b and ("crime" in e[4] or any(
            e[0] in r.get("executives", []) and "crime" in r["genres"] for r in gen if r["type"] == "greenlight"))}
        assert {e["id"] for e in by_id[b]["executives"]} == want


def test_compare_cli_and_ask(cli_kb):
    rep = mw_json("compare", "Alder", "Birchwood TV", "--genre", "crime", "--since", "2025-01-01")
    assert [b["name"] for b in rep["buyers"]] == ["Alder Streaming", "Birchwood TV"]
    res = mw("compare", "Alder", "Birchwood TV", "--genre", "crime")
    assert res.exit_code == 0 and "Alder Streaming" in res.stdout and "pitch #1" in res.stdout
    one = mw("compare", "Alder")
    assert one.exit_code == 2
    unknown = mw("compare", "Alder", "Netflix")
    assert unknown.exit_code == 4 and "Netflix" in unknown.stderr
    a = mw_json("ask", "Alder Streaming vs Birchwood TV for crime", "--no-cache")
    assert a["intent"] == "ROUTING" and a["shape"] == "COMPARE"  # buyers compared for the asker's crime project
    ans = {b["id"]: b["greenlights"]["count"] for b in a["compare"]["buyers"]}
    since = a["compare"]["window"]["since"]
    for b, n in ans.items():
        assert n == len(oracle_counts(cli_kb, since, "2026-06-15", buyers=(b,), genres=("crime",)).get("total", []))
        assert f"{a['compare']['buyers'][0]['name']}: " in a["answer"]
    assert all(s["id"] for s in a["sources"]) and a["sources"]
    nf = mw_json("ask", "Alder Streaming vs Netflix for crime", "--no-cache")
    assert nf["shape"] == "COMPARE" and nf["not_found"] == "Netflix"


def test_trends_questions(cli_kb):
    a = mw_json("ask", "What's hot at Alder Streaming?", "--no-cache")
    assert a["shape"] == "TRENDS" and a["trends"]["filters"]["buyers"] == ["alder-streaming"]
    assert a["intent"] == "STRATEGIC"  # a buyer's appetite; the shape says how it is answered
    w = a["trends"]["window"]
    assert a["trends"]["total"]["current"] == len(oracle_counts(cli_kb, w["since"], w["until"],
                                                                buyers=("alder-streaming",)).get("total", []))
    a = mw_json("ask", "How many crime orders per month at Birchwood TV?", "--no-cache")
    assert a["shape"] == "TRENDS" and a["trends"]["by"] == "month" and a["trends"]["filters"]["genres"] == ["crime"]
    assert a["intent"] == "FACTUAL"  # a count of what happened
    a = mw_json("ask", "Is Birchwood TV buying less comedy?", "--no-cache")
    assert a["shape"] == "TRENDS"
    t = a["trends"]["total"]
    assert f"{t['current']} comedy project(s) in this window against {t['previous']}" in a["answer"]
    a = mw_json("ask", "crime thriller orders per year", "--no-cache")
    assert a["shape"] == "TRENDS" and a["trends"]["by"] == "year"


def test_trends_and_compare_on_the_sample(monkeypatch):
    monkeypatch.setenv("MW_NOW", "2026-11-24T12:00:00Z")
    rep = mw_json("trends")
    assert rep["sample"] is True
    from mw.ingest.sample import load_sample_records

    gls = [r for r in load_sample_records() if r["type"] == "greenlight"]
    w = rep["window"]
    assert rep["total"]["current"] == sum(1 for g in gls if w["since"] <= g["date"] <= w["until"])
    rep = mw_json("compare", "Brightwater", "Greyfriars", "--genre", "crime", "--since", "2024-11-25")
    for b in rep["buyers"]:
        assert b["greenlights"]["count"] == sum(1 for g in gls if g["buyer"] == b["id"] and "crime" in g.get("genres", [])
                                                 and "2024-11-25" <= g["date"] <= "2026-11-24")


def test_suggestions_learn_the_new_question_shapes():
    from mw.ask.suggest import suggest
    from mw.ingest.sample import open_kb

    kb = open_kb()
    for partial, start, cat in (("what's hot", "What's hot at ", "Trends"), ("brightwater vs", "Brightwater Streaming vs ", "Compare"),
                                ("who greenlit", "Who greenlit ", "Factual"), ("where did pri", "Where did Priya Vellanki go", "Moves"),
                                ("is greyfriars buying", "Is Greyfriars Television buying more ", "Trends")):
        got = suggest(kb, partial, limit=5)
        assert got and got[0]["text"].startswith(start) and got[0]["category"] == cat, (partial, got)
    titles = {g["title"] for g in kb.all("greenlight")}
    assert all(s["text"][len("Who greenlit "):-1] in titles for s in suggest(kb, "who greenlit", limit=10))
