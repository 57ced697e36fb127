"""`mw suggest` and mw.ask.suggest: templates from the KB, typos, context, analytics, privacy."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from cli_util import DATA, ROOT, mw

from mw import config
from mw.ask import suggest as sg
from mw.ops import analytics
from mw.store.state.factory import open_state
from mw.ingest.sample import open_kb
from mw.store.kb import reset_open

CATS = {"Routing", "Strategic", "Factual", "Examples", "Process", "Popular", "Trends", "Compare", "Moves"}


@pytest.fixture(autouse=True)
def _fresh():
    sg.clear_cache()
    analytics.clear_popular_cache()
    reset_open()
    yield
    sg.clear_cache()
    analytics.clear_popular_cache()
    reset_open()


def texts(items):
    return [i["text"] for i in items]


def test_shape_and_categories():
    kb = open_kb()
    items = sg.suggest(kb, "", limit=10)
    assert len(items) == 10
    for it in items:
        assert set(it) == {"text", "category", "source"}
        assert it["category"] in CATS and it["source"] in {"template", "analytics", "kb"}
    # empty input mixes the five template categories
    assert {it["category"] for it in items} == CATS - {"Popular"}


def test_templates_follow_the_kb_vocabulary():
    kb = open_kb()
    ts = sg.templates(kb)
    genres = {g for r in kb.all("greenlight") + kb.all("executive") for g in r.get("genres", [])}
    execs = {e["name"] for e in kb.all("executive")}
    assert {f"Who should I pitch {g} to?" for g in genres} <= {t["text"] for t in ts}
    assert {f"Show me examples of {g} pitches" for g in genres} <= {t["text"] for t in ts}
    assert {f"What is {n}'s mandate?" for n in execs} <= {t["text"] for t in ts}
    assert {f"How do I pitch to {n}?" for n in execs} <= {t["text"] for t in ts}
    # a genre that does not occur in the KB gets no template
    absent = {"crime", "thriller", "horror", "comedy", "drama", "sci-fi", "fantasy", "documentary", "reality",
              "animation", "kids", "stand-up", "romance", "action", "period", "family", "true crime"} - genres
    for g in absent:
        assert f"Who should I pitch {g} to?" not in {t["text"] for t in ts}


def test_recent_crime_contextual_completions():
    got = texts(sg.suggest(open_kb(), "recent crime", limit=10))
    assert "Recent crime thriller greenlights" in got
    assert "Recent crime series" in got
    assert "Who handles crime content?" in got
    assert got[0].lower().startswith("recent crime")


@pytest.mark.parametrize("typed", ["who shoud i pich", "who shuld i pitch", "Who should I pitc"])
def test_typos_find_routing_templates(typed):
    items = sg.suggest(open_kb(), typed, limit=5)
    assert items and all(i["category"] == "Routing" for i in items), items
    assert all(i["text"].startswith("Who should I pitch") for i in items)


def test_typos_find_factual_crime():
    items = sg.suggest(open_kb(), "recnt crme", limit=5)
    assert items[0]["category"] == "Factual"
    assert items[0]["text"].startswith("Recent crime"), items


def test_prefix_and_name_matches():
    kb = open_kb()
    name = kb.all("executive")[0]["name"]
    first = name.split()[0]
    got = texts(sg.suggest(kb, first.lower()))
    assert f"What is {name}'s mandate?" in got and f"How do I pitch to {name}?" in got
    items = sg.suggest(kb, "how do i pitch to")
    assert items and all(i["category"] == "Process" for i in items)
    items = sg.suggest(kb, "show me exampl", limit=3)
    assert [i["category"] for i in items] == ["Examples"] * 3


def test_nonsense_gives_nothing_rather_than_noise():
    assert sg.suggest(open_kb(), "zzzqqqxxx") == []


def test_suggestions_change_with_the_kb():
    before = set(texts(sg.suggest(open_kb(), "", limit=200)))
    res = mw("kb", "import", str(DATA / "mini.jsonl"), "--replace")
    assert res.exit_code == 0, res.stderr
    after_kb = open_kb()
    after = {t["text"] for t in sg.templates(after_kb)}
    assert after != before
    mini = [json.loads(line) for line in (DATA / "mini.jsonl").read_text().splitlines() if line.strip()]
    for rec in mini:
        if rec["type"] == "executive":
            assert f"What is {rec['name']}'s mandate?" in after
    sample_execs = {e for e in before if e.startswith("What is ") and e.endswith("'s mandate?")}
    assert not (sample_execs & after)  # sample executives are gone
    # the CLI in a fresh process sees the new KB too (file cache keyed by KB version)
    out = subprocess.run([sys.executable, "-m", "mw", "suggest", "--limit", "50"], capture_output=True, text=True,
                         cwd=str(ROOT), timeout=60)
    assert out.returncode == 0, out.stderr
    assert set(out.stdout.splitlines()) <= after


def test_template_cache_table(mw_home):
    from mw.ask import suggest_table

    kb = open_kb()
    sg.suggest(kb, "")
    path = mw_home / "cache" / suggest_table.FILE
    rows = suggest_table.read_templates(str(path), kb.version)
    assert rows and rows[0][0] and rows[0][1] in sg.CATEGORIES
    assert suggest_table.read_templates(str(path), "another-version") is None
    # a fresh process (in-memory cache gone) uses the table: poison it to prove it is read
    suggest_table.write(str(path), kb.version, [["Who should I pitch from the cache table?", "Routing", [], 1.0]],
                        ["Who should I pitch from the cache table?"], [])
    sg.clear_cache()
    analytics.clear_popular_cache()
    assert texts(sg.suggest(kb, "")) == ["Who should I pitch from the cache table?"]


def _ask_event(state, question, user, ts, status="ok"):
    state.log_event("queries", {"question": question, "normalized": question.lower(), "user": user,
                                "status": status}, ts=ts, retention=30 * 86400)


def test_popular_queries_first_and_private(mw_home):
    config.reset()
    me = config.get_settings().user
    state = open_state()
    now = time.time()
    for _ in range(3):
        _ask_event(state, "Who is buying Nordic crime right now?", me, now - 60)
    _ask_event(state, "My second question", me, now - 30)
    _ask_event(state, "Someone else's secret project", "other-user", now - 10)
    _ask_event(state, "Someone else's secret project", "other-user", now - 5)
    kb = open_kb()
    items = sg.suggest(kb, "", popular=analytics.popular_for_suggestions(state), limit=6)
    assert texts(items)[:2] == ["Who is buying Nordic crime right now?", "My second question"]
    assert items[0]["category"] == "Popular" and items[0]["source"] == "analytics"
    assert all(i["source"] == "template" for i in items[2:])
    assert "Someone else's secret project" not in texts(sg.suggest(kb, "", popular=analytics.popular_for_suggestions(state), limit=50))
    assert "Someone else's secret project" not in texts(sg.suggest(kb, "someone else", popular=analytics.popular_for_suggestions(state), limit=50))
    # partial input finds popular questions too
    assert texts(sg.suggest(kb, "who is buying nord", popular=analytics.popular_for_suggestions(state)))[0] == "Who is buying Nordic crime right now?"
    # the other user sees their own
    sg.clear_cache()
    analytics.clear_popular_cache()
    assert texts(sg.suggest(kb, "", popular=analytics.popular_for_suggestions(state, "other-user")))[0] == "Someone else's secret project"
    # shared when configured
    (mw_home / "config.toml").write_text("suggest_share_queries = true\n")
    config.reset()
    sg.clear_cache()
    analytics.clear_popular_cache()
    got = texts(sg.suggest(kb, "", popular=analytics.popular_for_suggestions(state), limit=5))
    assert "Someone else's secret project" in got[:3] and "Who is buying Nordic crime right now?" in got[:3]


def test_cli_plain_and_json(mw_home):
    res = mw("suggest", "recent", "crime", "--limit", "4")
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert len(lines) == 4 and lines[0].lower().startswith("recent crime")
    res = mw("suggest", "--json", "-n", "3")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(rows) == 3 and all(set(r) == {"text", "category", "source"} for r in rows)
    # popular questions through the CLI (the command reads the configured store)
    config.reset()
    _ask_event(open_state(), "A question I asked before", config.get_settings().user, time.time())
    sg.clear_cache()
    analytics.clear_popular_cache()
    res = mw("suggest")
    assert res.stdout.splitlines()[0] == "A question I asked before"


def test_completion_values_keep_what_was_typed(mw_home):
    from mw import complete

    home = str(mw_home)
    kb = open_kb()
    got = complete.values("question", "recent cr", home)
    assert got and all(v.startswith("recent cr") for v, _ in got), got
    assert {d for _, d in got} <= set(sg.CATEGORIES)
    assert "recent crime thriller greenlights" in [v for v, _ in got]
    assert all(v.startswith("RECENT CR") for v, _ in complete.values("question", "RECENT CR", home))
    assert complete.values("question", "recnt cr", home) == []  # typos: nothing, rather than a rewrite
    assert len(complete.values("question", "", home)) == complete.LIMIT
    name = kb.all("executive")[0]["name"]
    typed = name[:3].lower()
    names = complete.values("names", typed, home)
    assert (typed + name[3:], ) in [(v,) for v, _ in names] and all(v.startswith(typed) for v, _ in names)
    # served from the completion table (no rebuild) while the KB is unchanged
    assert complete._fast("question", "recent cr", home, 20) is not None
    # `mw kb import` rebuilds the table for the new version: the next TAB is served from it at once
    from cli_util import mw as run_mw

    assert run_mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    assert complete._fast("names", "odile", home, 20) == [("Odile Marchetti", "executive, Harbor Light Media")]
    assert complete.values("names", "odile", home) == [("odile Marchetti", "executive, Harbor Light Media")]
    # a KB changed behind its back (no import command): the stale table is not used, and is rebuilt
    kb2 = open_kb()
    kb2.db.execute("UPDATE meta SET value = 'moved' WHERE key = 'version'")
    kb2.db.commit()
    assert complete._fast("names", "odile", home, 20) is None
    assert complete.values("names", "odile", home) == [("odile Marchetti", "executive, Harbor Light Media")]
    assert complete._fast("names", "odile", home, 20) is not None


def test_complete_entry_point_in_a_fresh_process(mw_home):
    """`mw __complete` answers from the table without Typer, rapidfuzz or the state store."""
    open_kb()
    code = ("import sys\nfrom mw.__main__ import main\nsys.argv=['mw','__complete','question','--','Recent cr']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy=[m for m in ('typer','rapidfuzz','diskcache','redis','rich','pydantic','mw.ask.suggest') "
            "if m in sys.modules]\n"
            "print('HEAVY', heavy, file=sys.stderr)")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    assert first.stdout.splitlines() and all(ln.startswith("Recent cr") for ln in first.stdout.splitlines())
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    assert "HEAVY []" in again.stderr, again.stderr
    assert again.stdout == first.stdout


def test_ask_autocompletion_uses_suggest():
    from mw.commands.ask import _complete_question

    got = _complete_question("recent crime")
    assert "Recent crime thriller greenlights" in got


def test_fresh_process_imports_stay_light():
    code = ("import sys\nfrom mw.cli import main\nsys.argv=['mw','suggest','recent cr']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy=[m for m in ('redis','prometheus_client','numpy','openai','rich') if m in sys.modules]\n"
            "print('HEAVY', heavy, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    assert "HEAVY []" in out.stderr, out.stderr
    assert out.stdout.strip()
