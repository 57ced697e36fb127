"""Watches on both state backends: add/list/rm, `mw watch check` reports exactly the new matching greenlights,
mandates and moves once, prints nothing when nothing is new, and delivers to a real loopback webhook with retries."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cli_util import mw, mw_json, mw_jsonl
from questions_kb import NOW, records, write_jsonl


class Hook:
    """A real HTTP server on loopback that records POSTed JSON; answers ``fail_first`` requests with 503."""

    def __init__(self, fail_first: int = 0, status: int = 503) -> None:
        self.bodies: list[dict] = []
        self.requests = 0
        self.fail_first, self.status = fail_first, status
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.requests += 1
                if hook.requests <= hook.fail_first:
                    self.send_response(hook.status)
                    self.end_headers()
                    return
                assert self.headers["Content-Type"] == "application/json"
                hook.bodies.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *a) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hook():
    h = Hook()
    yield h
    h.close()


@pytest.fixture
def kb_ready(store, mw_home, monkeypatch, tmp_path):
    monkeypatch.setenv("MW_NOW", NOW)
    assert mw("kb", "import", str(write_jsonl(tmp_path / "base.jsonl", records(seed=3, n=60)))).exit_code == 0
    return store


NEW = [
    {"type": "greenlight", "title": "Fresh Crime One", "buyer": "Alder Streaming", "date": "2026-06-10",
     "genres": ["crime"], "format": "series", "executives": ["Ann Archer"], "source": "https://example.test/new/1"},
    {"type": "greenlight", "title": "Fresh Crime Two", "buyer": "Birchwood TV", "date": "2026-06-11",
     "genres": ["crime", "thriller"], "format": "limited series", "source": "https://example.test/new/2"},
    {"type": "greenlight", "title": "Fresh Comedy", "buyer": "Alder Streaming", "date": "2026-06-12",
     "genres": ["comedy"], "format": "series", "source": "https://example.test/new/3"},
    {"type": "mandate", "executive": "Ann Archer", "date": "2026-06-12", "text": "More grounded crime, please.",
     "source": "https://example.test/new/4"},
    {"type": "mandate", "executive": "Ben Brook", "date": "2026-06-12", "text": "Family comedy for Sundays.",
     "source": "https://example.test/new/5"},
    {"type": "executive", "name": "Cat Cole", "company": "Alder Streaming", "title": "Head of Crime",
     "updated_at": "2026-06-13", "genres": ["crime", "thriller"], "source": "https://example.test/new/6"},
]


def test_watch_check_reports_exactly_what_is_new_once(kb_ready, tmp_path):
    assert mw("watch", "add", "crime at Alder Streaming", "--name", "alder crime").exit_code == 0
    assert mw("watch", "add", "Ben Brook").exit_code == 0
    assert mw("watch", "add", "comedy").exit_code == 0
    lst = mw_jsonl("watch", "list")
    assert [w["name"] for w in lst] == ["alder crime", "Ben Brook", "comedy"]
    assert lst[0]["filters"]["companies"] == ["alder-streaming"] and lst[0]["filters"]["genres"] == ["crime"]
    # Nothing new yet: nothing printed, exit 0 (text and JSON).
    for args in (("watch", "check"), ("watch", "check", "--json")):
        res = mw(*args)
        assert res.exit_code == 0 and res.stdout == "", res.stdout + res.stderr
    assert mw("kb", "import", str(write_jsonl(tmp_path / "new.jsonl", NEW))).exit_code == 0
    items = mw_jsonl("watch", "check")
    got = sorted((i["watch"], i["kind"], i["id"]) for i in items)
    assert got == sorted([
        ("alder crime", "greenlight", "alder-streaming--fresh-crime-one"),
        ("alder crime", "mandate", next(i["id"] for i in items if i["kind"] == "mandate" and "grounded" in i["summary"])),
        ("alder crime", "move", next(i["id"] for i in items if i["kind"] == "move")),  # Cat Cole moved to Alder
        ("Ben Brook", "mandate", next(i["id"] for i in items if i["watch"] == "Ben Brook")),
        ("comedy", "greenlight", "alder-streaming--fresh-comedy"),
        ("comedy", "mandate", next(i["id"] for i in items if i["watch"] == "comedy" and i["kind"] == "mandate")),
    ])
    move = next(i for i in items if i["kind"] == "move")
    assert move["record"]["old_company"] == "birchwood-tv" and move["record"]["new_company"] == "alder-streaming"
    assert move["date"] == "2026-06-13" and move["source"] == "https://example.test/new/6"
    # Checked: the same items never come again.
    res = mw("watch", "check")
    assert res.exit_code == 0 and res.stdout == ""
    # Text output: one line per item.
    more = [{**NEW[0], "title": "Fresh Crime Three", "source": "https://example.test/new/7"}]
    assert mw("kb", "import", str(write_jsonl(tmp_path / "more.jsonl", more))).exit_code == 0
    res = mw("watch", "check")
    assert res.exit_code == 0
    assert res.stdout.splitlines() == [
        "[alder crime] greenlight 2026-06-10  Fresh Crime Three: Alder Streaming, crime series  (https://example.test/new/7)"]
    assert mw("watch", "rm", "comedy").exit_code == 0
    assert [w["name"] for w in mw_jsonl("watch", "list")] == ["alder crime", "Ben Brook"]
    nf = mw("watch", "rm", "alder crme")
    assert nf.exit_code == 4 and "alder crime" in nf.stderr


def test_watch_errors(kb_ready):
    assert mw("watch", "add", "the and of").exit_code == 2
    assert mw("watch", "add", "crime", "--webhook", "ftp://x").exit_code == 2
    assert mw("watch", "add", "crime").exit_code == 0
    dup = mw("watch", "add", "crime", "--json")
    assert dup.exit_code == 2 and json.loads(dup.stdout)["error"] == "usage_error"
    # a name the knowledge base does not hold is not found: never a watch on everyone else's records
    for q in ("horror at Nowhere Corp", "What has Zed Nobody greenlit"):
        nf = mw("watch", "add", q, "--json")
        assert nf.exit_code == 4, (q, nf.stdout)
        err = json.loads(nf.stdout)
        assert err["error"] == "not_found" and err["query"] in q and "closest" in err
    assert [w["name"] for w in mw_jsonl("watch", "list")] == ["crime"]


def test_webhook_gets_the_new_items_with_retries(kb_ready, tmp_path):
    hook = Hook(fail_first=2)  # two 503s, then accepted: stamina retries
    try:
        w = mw_json("watch", "add", "crime", "--webhook", hook.url)
        assert w["webhook"] == hook.url
        assert mw("watch", "check").stdout == "" and hook.requests == 0  # nothing new: no POST
        assert mw("kb", "import", str(write_jsonl(tmp_path / "new.jsonl", NEW[:2]))).exit_code == 0
        res = mw("watch", "check", "--json")
        assert res.exit_code == 0, res.stderr
        assert hook.requests == 3 and len(hook.bodies) == 1
        body = hook.bodies[0]
        assert body["watch"]["name"] == "crime"
        assert sorted(i["id"] for i in body["items"]) == ["alder-streaming--fresh-crime-one", "birchwood-tv--fresh-crime-two"]
        assert sorted(json.loads(x)["id"] for x in res.stdout.splitlines()) == sorted(i["id"] for i in body["items"])
    finally:
        hook.close()


def test_a_failing_webhook_keeps_items_pending_and_resends(kb_ready, tmp_path, monkeypatch):
    from mw.ops import watches

    monkeypatch.setattr(watches, "WEBHOOK_ATTEMPTS", 2)
    hook = Hook(fail_first=2, status=500)
    try:
        assert mw("watch", "add", "crime", "--webhook", hook.url).exit_code == 0
        assert mw("kb", "import", str(write_jsonl(tmp_path / "new.jsonl", NEW[:1]))).exit_code == 0
        res = mw("watch", "check")
        assert res.exit_code == 7 and "pending" in res.stderr
        assert "Fresh Crime One" in res.stdout  # printed once even though the webhook failed
        assert mw_jsonl("watch", "list")[0]["pending"][0]["id"] == "alder-streaming--fresh-crime-one"
        res = mw("watch", "check")  # nothing new to print, but the pending item goes out now
        assert res.exit_code == 0 and res.stdout == ""
        assert [i["id"] for i in hook.bodies[0]["items"]] == ["alder-streaming--fresh-crime-one"]
        assert mw_jsonl("watch", "list")[0]["pending"] == []
    finally:
        hook.close()


def test_a_webhook_that_refuses_is_not_retried(kb_ready, tmp_path):
    hook = Hook(fail_first=5, status=404)
    try:
        assert mw("watch", "add", "crime", "--webhook", hook.url).exit_code == 0
        assert mw("kb", "import", str(write_jsonl(tmp_path / "new.jsonl", NEW[:1]))).exit_code == 0
        res = mw("watch", "check")
        assert res.exit_code == 7 and "HTTP 404" in res.stderr and hook.requests == 1
    finally:
        hook.close()


def test_checks_at_once_never_report_twice(kb_ready, tmp_path):
    """Two real processes check at once: the lock lets one report; the other exits 75 or finds nothing new."""
    import subprocess
    import sys

    from cli_util import ROOT

    assert mw("watch", "add", "crime").exit_code == 0
    assert mw("kb", "import", str(write_jsonl(tmp_path / "new.jsonl", NEW[:2]))).exit_code == 0
    import os

    procs = [subprocess.Popen([sys.executable, "-m", "mw", "watch", "check", "--json"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=str(ROOT), env=dict(os.environ)) for _ in range(2)]
    outs = [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    objs = [json.loads(line) for _, out, _ in outs for line in out.splitlines()]
    items = [o for o in objs if "error" not in o]  # the one that lost the lock prints its --json error object
    assert sorted(o["id"] for o in items) == ["alder-streaming--fresh-crime-one", "birchwood-tv--fresh-crime-two"]
    assert all(o["error"] == "locked" for o in objs if "error" in o), objs
    assert all(code in (0, 75) for code, _, _ in outs), outs


def test_asking_whats_new_on_my_watches_shows_without_marking_seen(kb_ready, tmp_path):
    a = mw_json("ask", "What's new on my watches?")
    assert a["shape"] == "WATCHES" and "no watches" in a["answer"]
    assert mw("watch", "add", "crime at Alder Streaming").exit_code == 0
    assert mw("kb", "import", str(write_jsonl(tmp_path / "new.jsonl", NEW[:3]))).exit_code == 0
    a = mw_json("ask", "What's new on my watches?")
    assert [i["id"] for i in a["watches"]["items"]] == ["alder-streaming--fresh-crime-one"]
    assert "Fresh Crime One" in a["answer"] and a["sources"][0]["id"] == "alder-streaming--fresh-crime-one"
    assert [i["id"] for i in mw_jsonl("watch", "check")] == ["alder-streaming--fresh-crime-one"]  # still new
    a = mw_json("ask", "What's new on my watches?")  # never a cached answer: the check moved the position
    assert a["watches"]["items"] == [] and "Nothing new" in a["answer"] and a["cached"] is False
