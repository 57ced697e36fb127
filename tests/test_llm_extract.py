"""The optional LLM headline extractor of `mw refresh`: the real `openai` client against an
OpenAI-compatible loopback server, feeds served over real HTTP on loopback."""
from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from cli_util import mw, mw_json
from openai_server import FakeOpenAI

from mw.ingest.feeds import FeedItem, extract_items, parse_feed
from mw.ingest.importer import record_id
from mw.ingest.llm_extract import LLMExtractor, folded

# Fictional buyers and titles, as in the other feed fixtures.
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Daily Slate TV (fictional)</title><link>https://dailyslate.example/</link>
<description>fictional test feed</description>
<item><title>Harbor Light Media Orders Crime Thriller Series \u2018Cold Harbour\u2019</title>
<link>https://dailyslate.example/2026/03/cold-harbour/</link><guid>https://dailyslate.example/?p=1</guid>
<pubDate>Mon, 02 Mar 2026 14:00:00 +0000</pubDate>
<description>Harbor Light Media has ordered eight episodes. The drama follows a harbour pilot who uncovers a
smuggling ring.</description>
<content:encoded><![CDATA[<p>Ines Salgado, head of drama, said the series shoots in Bergen.</p>]]></content:encoded>
</item>
<item><title>Bluefin+ Brings S\u00f8ren Vik Mystery The Lantern Coast To Its Slate</title>
<link>https://dailyslate.example/2026/03/lantern-coast/</link><guid>https://dailyslate.example/?p=2</guid>
<pubDate>Mon, 02 Mar 2026 15:00:00 +0000</pubDate>
<description>The streamer has given a series order to the mystery drama from S\u00f8ren Vik.</description>
</item>
<item><title>Copperline Studios Greenlights Horror Feature \u2018The Ninth Floor\u2019</title>
<link>https://dailyslate.example/2026/03/ninth-floor/</link><guid>https://dailyslate.example/?p=3</guid>
<pubDate>Mon, 02 Mar 2026 16:00:00 +0000</pubDate>
<description>The film is set in a tower block where a night guard hears voices. Copperline Studios dates it for
October.</description>
</item>
<item><title>\u2018Signal Lost\u2019 Tops Weekend Box Office With $42M Opening</title>
<link>https://dailyslate.example/2026/03/signal-lost-box-office/</link><guid>https://dailyslate.example/?p=4</guid>
<pubDate>Mon, 02 Mar 2026 17:00:00 +0000</pubDate>
<description>Copperline's sci-fi sequel led the weekend.</description>
</item>
</channel></rss>
""".encode()


def gl(buyer: str, title: str, kind: str = "order", fmt: str | None = None, genres: list[str] | None = None,
       logline: str | None = None) -> dict[str, Any]:
    return {"buyer": buyer, "title": title, "kind": kind, "format": fmt, "genres": genres or [], "logline": logline}


# What the model answers, by a word of the headline.
REPLIES = {
    "Cold Harbour": [gl("Harbor Light Media", "Cold Harbour", fmt="series", genres=["crime", "thriller", "horror"],
                        logline="The drama follows a harbour pilot who uncovers a smuggling ring.")],
    # not in the rules' patterns; "Soren" without the slash is the same name
    "Lantern Coast": [gl("Bluefin+", "The Lantern Coast", fmt="series", genres=["drama"],
                         logline="A lighthouse keeper solves murders on the Soren coast.")],
    # a title that is not in the text: dropped, and the rules' reading is used
    "Ninth Floor": [gl("Copperline Studios", "The Tenth Floor", fmt="feature", genres=["horror"])],
    "Box Office": [],
}


def by_headline(body: dict[str, Any]) -> dict[str, Any] | str:
    prompt = body["messages"][-1]["content"]
    for word, reply in REPLIES.items():
        if word in prompt.split("\n")[0]:
            return json.dumps({"greenlights": reply})
    raise AssertionError(prompt)


class Feeds:
    """A loopback HTTP server serving ``routes`` (path -> RSS bytes) with an ETag."""

    def __init__(self) -> None:
        self.routes: dict[str, bytes] = {"/tv/feed/": FEED}
        self.hits: list[tuple[str, int]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_a: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                body = outer.routes.get(self.path)
                if body is None:
                    status, body, headers = 404, b"not found", {}
                else:
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    status, headers = 200, {"ETag": etag, "Content-Type": "application/rss+xml; charset=UTF-8"}
                    if self.headers.get("If-None-Match") == etag:
                        status, body = 304, b""
                outer.hits.append((self.path, status))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def feeds():
    s = Feeds()
    yield s
    s.close()


@pytest.fixture
def llm(monkeypatch):
    server = FakeOpenAI()
    server.respond = by_headline
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("MW_LLM_TIMEOUT", "1")
    yield server
    server.close()


def configure(home, feeds: Feeds, extractor: str | None = "llm", **extra: Any) -> None:
    lines = ["[refresh]", "timeout = 2", "retries = 0"]
    if extractor:
        lines.append(f'extractor = "{extractor}"')
    lines += [f"{k} = {json.dumps(v)}" for k, v in extra.items()]
    lines += ["[refresh.jobs.recent_greenlights]", f'sources = ["{feeds.base}/tv/feed/"]']
    (home / "config.toml").write_text("\n".join(lines) + "\n")


def run(*args: str) -> tuple[int, dict[str, Any], str]:
    res = mw("refresh", "run", "recent_greenlights", *args, "--json")
    rep = json.loads(res.stdout) if res.stdout.strip() else {}
    return res.exit_code, (rep["jobs"][0] if rep.get("jobs") else {}), res.stderr


def greenlights() -> dict[str, dict[str, Any]]:
    recs = (json.loads(x) for x in mw("kb", "export").stdout.splitlines())
    return {g["title"]: g for g in recs if g["type"] == "greenlight"}


def rules_pairs() -> set[tuple[str, str]]:
    items = parse_feed(FEED, "feed")
    return {(record_id(r["buyer"]), r["title"]) for e in extract_items(items, "2026-03-03") for r in e.records}


# ---------------------------------------------------------------------- through `mw refresh run`
def test_valid_replies_become_greenlights_and_a_made_up_title_is_dropped(mw_home, feeds, llm):
    configure(mw_home, feeds)
    code, job, _ = run()
    assert code == 0 and job["status"] == "ok", job

    got = greenlights()
    assert set(got) == {"Cold Harbour", "The Lantern Coast", "The Ninth Floor"}
    cold = got["Cold Harbour"]
    assert cold["buyer"] == "harbor-light-media" and cold["format"] == "series"
    assert cold["logline"] == "The drama follows a harbour pilot who uncovers a smuggling ring."
    assert cold["genres"] == ["crime", "thriller"]  # "horror" is not in the text: left out
    assert cold["source"] == "https://dailyslate.example/2026/03/cold-harbour/" and cold["date"] == "2026-03-02"
    lantern = got["The Lantern Coast"]  # the rules have no pattern for this headline; the model read it
    assert lantern["buyer"] == "bluefin" and lantern["genres"] == ["drama"] and lantern["format"] == "series"
    assert "logline" not in lantern  # not a sentence of the description: never invented
    # "The Tenth Floor" is not in the item: dropped, and the rules' reading of the headline is used
    ninth = got["The Ninth Floor"]
    assert ninth["buyer"] == "copperline-studios" and ninth["logline"].startswith("The film is set in a tower")

    acct = job["llm"]
    assert acct["model"] == "gpt-4o-mini" and acct["requests"] == 4 and acct["replies"] == 4
    assert (acct["prompt_tokens"], acct["completion_tokens"]) == (4000, 800)
    assert acct["cost_usd"] == pytest.approx(4 * (1000 * 0.15 + 200 * 0.60) / 1e6)
    assert acct["greenlights"] == 2 and acct["fallbacks"] == 1 and acct["dropped"] == 1
    assert acct["dropped_items"][0]["title"] == "The Tenth Floor"
    assert "not in the headline or description" in acct["dropped_items"][0]["reason"]
    assert acct["fallback_items"][0]["reason"] == "every greenlight of the reply was dropped"
    assert {"headline": "\u2018Signal Lost\u2019 Tops Weekend Box Office With $42M Opening",
            "reason": "no greenlight (LLM)", "source": f"{feeds.base}/tv/feed/"} in job["skipped_items"]

    # what was sent: headline, description and content:encoded, with a strict JSON schema
    first = next(r["body"] for r in llm.requests if "Cold Harbour" in r["body"]["messages"][-1]["content"])
    assert first["model"] == "gpt-4o-mini" and first["temperature"] == 0
    fmt = first["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    item = fmt["json_schema"]["schema"]["properties"]["greenlights"]["items"]
    assert item["properties"]["kind"]["enum"] == ["order", "renewal", "pickup"]
    prompt = first["messages"][-1]["content"]
    assert "smuggling ring" in prompt and "shoots in Bergen" in prompt

    # the cost is on the job's status record, and adds up over runs
    st = next(j for j in mw_json("refresh", "status")["jobs"] if j["job"] == "recent_greenlights")
    assert st["llm"]["requests"] == 4 and st["llm_cost_usd_total"] == pytest.approx(acct["cost_usd"])
    assert st["llm_prompt_tokens_total"] == 4000

    # a refetch sends nothing new: orders are known by link, the rest were read before
    code, job, _ = run("--force")
    assert code == 0 and job["llm"]["requests"] == 0 and job["llm"]["read_before"] == 1
    assert len(llm.requests) == 4
    st = next(j for j in mw_json("refresh", "status")["jobs"] if j["job"] == "recent_greenlights")
    assert st["llm_requests_total"] == 4 and st["llm"]["requests"] == 0

    # and exported for Prometheus, per job
    from prometheus_client import generate_latest

    from mw import config
    from mw.ops import metrics
    from mw.store.state.factory import open_state

    config.reset()
    state = open_state(config.get_settings())
    text = generate_latest(metrics.build_registry(
        metrics.StoreCollector(config.get_settings(), lambda: state, lambda: None))).decode()
    assert 'mandatewizard_refresh_llm_tokens_total{refresh_job="recent_greenlights",type="prompt"} 4000.0' in text
    cost = next(line for line in text.splitlines()
                if line.startswith('mandatewizard_refresh_llm_cost_usd_total{refresh_job="recent_greenlights"}'))
    assert float(cost.split()[-1]) == pytest.approx(acct["cost_usd"])


def test_plain_output_shows_the_llm_cost(mw_home, feeds, llm):
    configure(mw_home, feeds)
    res = mw("refresh", "run", "recent_greenlights")
    assert res.exit_code == 0, res.stderr
    assert ("recent_greenlights: LLM extractor (gpt-4o-mini): 4 request(s), 4,000 prompt + 800 completion tokens, "
            "US$0.0011; 2 greenlight(s) from replies") in res.stderr
    assert "1 item(s) fell back to the rules, 1 greenlight(s) dropped" in res.stderr


def _bad_json(body):
    return '{"greenlights": [{"buyer": "Harbor'


@pytest.mark.parametrize("respond,why", [
    (_bad_json, "reply is not JSON"),
    (lambda body: {"status": 500}, "LLM error: InternalServerError"),
    (lambda body: {"sleep": 2}, "LLM timeout"),
    (lambda body: {"content": None, "refusal": "I can't help with that."}, "LLM refused: the model declined"),
    (lambda body: json.dumps({"items": []}), "reply does not match the schema"),
    (lambda body: json.dumps({"greenlights": [gl("Nowhere Corp", "Cold Harbour")]}),
     "every greenlight of the reply was dropped"),
], ids=["invalid-json", "http-500", "timeout", "refusal", "wrong-shape", "unknown-buyer"])
def test_an_unusable_reply_gets_the_rules_result_and_the_job_succeeds(mw_home, feeds, llm, monkeypatch, respond, why):
    monkeypatch.setenv("MW_LLM_TIMEOUT", "0.5")
    llm.respond = respond
    configure(mw_home, feeds)
    code, job, _ = run()
    assert code == 0 and job["status"] == "ok", job
    assert {(g["buyer"], t) for t, g in greenlights().items()} == rules_pairs()
    acct = job["llm"]
    assert acct["fallbacks"] == 4 and acct["greenlights"] == 0
    assert all(why in f["reason"] for f in acct["fallback_items"]), acct["fallback_items"]
    if why in ("LLM timeout", "LLM error: InternalServerError"):  # no reply: no tokens, no cost
        assert acct["cost_usd"] == 0 and acct["prompt_tokens"] == 0
    else:
        assert acct["prompt_tokens"] == 4000


def test_an_unreachable_llm_is_not_asked_again_in_the_job(mw_home, feeds, monkeypatch):
    from helpers import free_port

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    feeds.routes["/tv/feed/"] = FEED.replace(b"</channel>", b"".join(
        f"<item><title>Northwind Orders 'Frost Line {n}'</title><link>https://dailyslate.example/{n}</link>"
        f"<description>Northwind has ordered the drama.</description></item>"
        .encode() for n in range(8)) + b"</channel>")
    configure(mw_home, feeds)
    code, job, _ = run()
    assert code == 0 and job["status"] == "ok"
    acct = job["llm"]
    assert acct["requests"] == 4 and acct["not_sent"] == 8 and "in a row failed" in acct["unavailable"]
    assert {(g["buyer"], t) for t, g in greenlights().items()} >= rules_pairs()
    assert "Frost Line 7" in greenlights()


def test_the_rules_are_the_default_and_make_no_request(mw_home, feeds, llm):
    configure(mw_home, feeds, extractor=None)
    code, job, _ = run()
    assert code == 0 and job["llm"] is None and llm.requests == []
    assert {(g["buyer"], t) for t, g in greenlights().items()} == rules_pairs()
    configure(mw_home, feeds, extractor="rules")
    code, job, _ = run("--force")
    assert code == 0 and job["llm"] is None and llm.requests == []


def test_flag_and_environment_choose_the_extractor(mw_home, feeds, llm, monkeypatch):
    configure(mw_home, feeds, extractor="rules")
    code, job, _ = run("--extractor", "llm")  # the flag wins over the file
    assert code == 0 and job["llm"]["requests"] == 4
    monkeypatch.setenv("MW_REFRESH_EXTRACTOR", "rules")
    n = len(llm.requests)
    feeds.routes["/tv/feed/"] = FEED.replace(b"Bergen", b"Oslo")
    code, job, _ = run()  # the environment wins over the file; the flag is not given
    assert code == 0 and job["llm"] is None and len(llm.requests) == n
    res = mw("refresh", "run", "--extractor", "magic")
    assert res.exit_code == 2 and "--extractor: expected one of rules, llm" in res.stderr


def test_llm_extractor_without_an_llm_is_a_config_error(mw_home, feeds, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    configure(mw_home, feeds)
    res = mw("refresh", "run", "recent_greenlights")
    assert res.exit_code == 2
    assert "config.toml:4: refresh.extractor is 'llm' but no LLM is configured" in res.stderr
    assert "OPENAI_API_KEY" in res.stderr
    (mw_home / "config.toml").write_text('[refresh]\nextractor = "gpt"\n')
    res = mw("refresh", "status")
    assert res.exit_code == 2 and "config.toml:2: refresh.extractor: expected one of rules, llm" in res.stderr


def test_config_set_and_list_know_the_extractor(mw_home):
    assert mw("config", "set", "refresh.extractor", "llm").exit_code == 0
    assert 'extractor = "llm"' in (mw_home / "config.toml").read_text()
    assert mw("config", "set", "refresh.extractor", "maybe").exit_code == 2


# ---------------------------------------------------------------------- the checks, in process
def _item(title: str, summary: str = "", content: str = "") -> FeedItem:
    return FeedItem(title=title, link="https://dailyslate.example/a", guid="a", summary=summary, content=content,
                    published="2026-03-02", date_source="published")


def _extractor(llm_server: FakeOpenAI, **kw: Any) -> LLMExtractor:
    from mw.config import get_settings

    return LLMExtractor(get_settings(), **kw)


def test_folded_comparison_ignores_case_quotes_and_diacritics():
    assert folded("S\u00f8ren\u2019s \u2018Island\u2019") == folded("soren's 'ISLAND'") == " soren s island "
    assert folded("Moss & Pebble") in folded("Orders \u2018Moss & Pebble\u2019 For Season 2")
    assert folded("Pebble") not in folded("Pebbles Returns")  # whole words only
    assert folded("!!") == ""


def test_buyer_alias_of_a_known_company_is_accepted(llm):
    item = _item("Meridian Orders \u2018Quiet Acres\u2019", "The broadcaster ordered six episodes.")
    llm.respond = lambda body: json.dumps({"greenlights": [gl("Meridian TV", "Quiet Acres")]})
    rules = extract_items([item], "2026-03-03")
    x = _extractor(llm)
    assert x.extract([item], rules, "2026-03-03")[0] is rules[0]  # the rules' reading: the reply was dropped
    assert x.report()["dropped_items"][0]["reason"] == "buyer 'Meridian TV' is not in the item"
    ex = _extractor(llm, buyer_names=[["Meridian TV", "Meridian"]]).extract(
        [item], [extract_items([item], "2026-03-03")[0]], "2026-03-03")[0]
    assert [(r["buyer"], r["title"]) for r in ex.records] == [("Meridian TV", "Quiet Acres")]
    assert ex.kinds == ["order"] and ex.records[0]["date_source"] == "published"


def test_title_found_in_the_description_and_kind_checked(llm):
    item = _item("Copperline Sets Two Originals", "Copperline has renewed S\u00f8ren\u2019s Island for a second season.")
    llm.respond = lambda body: json.dumps({"greenlights": [
        gl("Copperline", "Soren's Island", kind="renewal", fmt="series"), gl("Copperline", "Orbital Decay"),
        gl("Copperline", "Soren's Island", kind="greenlight")]})
    x = _extractor(llm)
    ex = x.extract([item], [extract_items([item], "2026-03-03")[0]], "2026-03-03")[0]
    assert [(r["buyer"], r["title"]) for r in ex.records] == [("Copperline", "Soren's Island")]
    assert ex.kinds == ["renewal"] and ex.records[0]["format"] == "series"
    reasons = sorted(d["reason"] for d in x.report()["dropped_items"])
    assert reasons == ["kind 'greenlight' is not one of order, renewal, pickup",
                       "title 'Orbital Decay' is not in the headline or description"]


def test_known_links_and_repeated_items_are_not_sent(llm):
    a = _item("Northwind Orders \u2018Frost Line\u2019")
    b = FeedItem(title=a.title, link=a.link, guid=a.guid)
    c = _item("Northwind Orders \u2018Salt Marsh\u2019")
    c.link, c.guid = "https://dailyslate.example/c", "c"
    llm.respond = lambda body: json.dumps({"greenlights": []})
    x = _extractor(llm, known_links=["https://dailyslate.example/c"])
    rules = extract_items([a, b, c], "2026-03-03")
    out = x.extract([a, b, c], rules, "2026-03-03")
    assert len(llm.requests) == 1 and out[0].records == [] and out[0].reason == "no greenlight (LLM)"
    assert out[1] is rules[1] and out[2] is rules[2]


def test_eval_script_scores_the_llm_extractor(llm, tmp_path, capsys):
    import importlib.util

    from cli_util import ROOT

    spec = importlib.util.spec_from_file_location("eval_headlines", ROOT / "scripts" / "eval_headlines.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rows = [{"id": "a", "headline": "Bluefin+ Brings S\u00f8ren Vik Mystery The Lantern Coast To Its Slate",
             "pairs": [{"buyer": "Bluefin+", "title": "The Lantern Coast"}]},
            {"id": "b", "headline": "Copperline Studios Greenlights Horror Feature \u2018The Ninth Floor\u2019",
             "description": "Copperline Studios has greenlit the horror feature.",
             "pairs": [{"buyer": "Copperline Studios", "title": "The Ninth Floor"}]},
            {"id": "c", "headline": "\u2018Signal Lost\u2019 Tops Weekend Box Office With $42M Opening", "pairs": []}]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert script.main([str(path), "--extractor", "llm", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    # the model finds the unquoted title; its made-up "Tenth Floor" is dropped and the rules' pair kept
    assert (res["correct"], res["predicted_pairs"], res["labelled_pairs"]) == (2, 2, 2)
    assert res["llm"]["requests"] == 3 and res["llm"]["fallbacks"] == 1 and res["llm"]["dropped"] == 1
    assert script.main([str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["correct"] == 1  # the rules miss the unquoted title


def test_season_words_are_not_part_of_the_title(llm):
    item = _item("Amazon Orders Bosch Season 2", "Amazon has renewed the detective drama Bosch.")
    llm.respond = lambda body: json.dumps({"greenlights": [gl("Amazon", "Bosch Season 2", kind="renewal")]})
    ex = _extractor(llm).extract([item], extract_items([item], "2026-03-03"), "2026-03-03")[0]
    assert [(r["buyer"], r["title"]) for r in ex.records] == [("Amazon", "Bosch")]


def test_a_job_without_feeds_has_no_llm_account(mw_home, llm):
    (mw_home / "gl.jsonl").write_text(json.dumps({"type": "company", "name": "Northwind"}) + "\n")
    (mw_home / "config.toml").write_text('[refresh]\nextractor = "llm"\n[refresh.jobs.recent_greenlights]\n'
                                         'sources = ["gl.jsonl"]\n')
    code, job, err = run()
    assert code == 0 and job["added"] == 1 and job["llm"] is None and llm.requests == []
