"""The optional LLM question parser (mw.ask.llm_parse) through the real `openai` client against an
OpenAI-compatible loopback server: a valid reply is merged after checks against the KB; a hallucinated
tag or name is dropped or becomes "not found"; invalid JSON, errors and timeouts fall back offline."""
from __future__ import annotations

import json

import pytest

from cli_util import mw, mw_json
from mw import config
from test_llm import llm as llm_server  # noqa: F401 - the fixture


def _reply(intent="ROUTING", genres=(), formats=(), places=(), names=()):
    return json.dumps({"intent": intent, "genres": list(genres), "formats": list(formats), "places": list(places),
                       "names": [{"text": t, "type": k} for t, k in names]})


@pytest.fixture
def llm(llm_server, monkeypatch):
    """test_llm's loopback server and mini KB, with the LLM parser on; ``parse_reply`` answers the parse request."""
    server = llm_server
    monkeypatch.setenv("MW_LLM_PARSE", "1")
    config.reset()  # the settings read by test_llm's import came before the variable
    parse_reply: dict = {"content": _reply()}

    def respond(body):
        if "response_format" in body:  # the parse request
            return parse_reply
        first = body["messages"][0]["content"]
        return "Looking for gritty crime thrillers." if "Write a two-sentence" in first else \
            "Pitch it to the first executive listed [1]."

    server.respond = respond
    server.parse_reply = parse_reply
    return server


def _parse_requests(server):
    return [r for r in server.requests if "response_format" in r["body"]]


def test_valid_reply_is_merged_and_explained(llm):
    llm.parse_reply["content"] = _reply("ROUTING", genres=["Horror"], formats=["movies"], places=["United States"])
    a = mw_json("ask", "Who wants something that keeps viewers awake at night?", "--explain", "--no-cache")
    parsed = a["explain"]["parsed"]
    assert parsed["parser"] == "llm (gpt-4o-mini)"
    assert parsed["genres"] == ["horror"] and parsed["formats"] == ["feature"]
    assert "US" in parsed["countries"] and a["explain"]["constraints"]["formats"] == ["feature"]
    assert a["executives"][0]["name"] == "Tomasz Wren"
    # The request: the question, the KB's vocabulary and buyers (not its records), a strict JSON schema.
    req = _parse_requests(llm)[0]["body"]
    assert req["response_format"]["type"] == "json_schema" and req["response_format"]["json_schema"]["strict"]
    sent = json.loads(req["messages"][-1]["content"])
    assert sent["question"] == "Who wants something that keeps viewers awake at night?"
    assert "horror" in sent["knowledge_base"]["genres"] and "Copperline Studios" in sent["knowledge_base"]["buyers"]
    assert "Tomasz Wren" not in req["messages"][-1]["content"] and "Ninth Floor" not in req["messages"][-1]["content"]
    res = mw("ask", "Who wants something that keeps viewers awake at night?", "--explain", "--no-cache")
    assert "parser: llm (gpt-4o-mini)" in res.stdout and "LLM parse: genre horror" in res.stdout


def test_parse_tokens_and_cost_are_recorded(llm):
    from mw.ask.asker import AskOptions
    from mw.ops.service import build_asker

    llm.parse_reply["content"] = _reply("ROUTING", genres=["horror"])
    asker = build_asker(None)
    asker.answer("Who wants something spooky?", AskOptions(no_cache=True))
    call = [c for c in asker.llm.calls if c["purpose"] == "parse"][0]
    assert call["status"] == "ok" and call["prompt_tokens"] == 1000 and call["completion_tokens"] == 200
    assert call["cost_usd"] == pytest.approx((1000 * 0.15 + 200 * 0.60) / 1e6)


def test_hallucinated_tags_places_and_names_are_dropped(llm):
    llm.parse_reply["content"] = _reply("ROUTING", genres=["space western", "crime"], formats=["hologram"],
                                        places=["Atlantis"], names=[("Acme Pictures", "company")])
    a = mw_json("ask", "Who should I pitch a gritty story to?", "--explain", "--no-cache")
    parsed = a["explain"]["parsed"]
    assert parsed["parser"].startswith("llm")
    assert parsed["genres"] == ["crime"] and parsed["formats"] == [] and parsed["regions"] == []
    notes = a["explain"]["vocabulary"]
    assert any("'space western' is no genre" in n for n in notes) and any("'hologram' is no format" in n for n in notes)
    assert any("'Atlantis' is no place" in n for n in notes)
    assert any("'Acme Pictures' is not in the question" in n for n in notes)
    assert not a.get("not_found") and a["executives"][0]["name"] == "Odile Marchetti"


def test_a_name_the_kb_lacks_is_not_found(llm):
    # The offline parser reads the lower-case name as words; the model names it: never attribute without a record.
    llm.parse_reply["content"] = _reply("FACTUAL", names=[("jane roe", "person")])
    a = mw_json("ask", "anything new from jane roe", "--explain", "--no-cache")
    assert a["explain"]["parsed"]["unknown_name"] == "jane roe"
    assert a["not_found"] and not a["executives"] and not a["greenlights"]


def test_offline_names_win(llm):
    llm.parse_reply["content"] = _reply("FACTUAL", names=[("Somebody Else", "person")])
    a = mw_json("ask", "What is Tomasz Wren looking for? Somebody Else said horror", "--explain", "--no-cache")
    assert a["explain"]["parsed"]["unknown_name"] is None
    assert [e["name"] for e in a["explain"]["parsed"]["executives"]] == ["Tomasz Wren"]


@pytest.mark.parametrize("reply,why", [
    ({"content": "this is not json {"}, "the reply is not JSON"),
    ({"content": json.dumps({"intent": "ROUTING", "genres": "horror"})}, "'genres' is not a list"),
    ({"status": 500}, "InternalServerError"),
    ({"content": _reply(genres=["horror"]), "sleep": 3}, "Timeout"),
])
def test_failures_fall_back_to_the_offline_parse(llm, reply, why):
    llm.parse_reply.clear()
    llm.parse_reply.update(reply)
    a = mw_json("ask", "Who should I pitch a crime thriller to?", "--explain", "--no-cache")
    parsed = a["explain"]["parsed"]
    assert parsed["parser"].startswith("offline (LLM parse failed") and why in parsed["parser"]
    assert parsed["genres"] == ["crime", "thriller"]
    assert a["executives"][0]["name"] == "Odile Marchetti"
    if why in ("InternalServerError", "Timeout"):  # the LLM is down: no second wait for HyDE or the answer text
        assert llm.requests and len(_parse_requests(llm)) == len(llm.requests)  # (the client retries once)
        assert any("LLM unavailable" in w for w in a["warnings"])


def test_off_by_default(llm, monkeypatch):
    monkeypatch.delenv("MW_LLM_PARSE")
    a = mw_json("ask", "Who should I pitch a crime thriller to?", "--explain", "--no-cache")
    assert a["explain"]["parsed"]["parser"] == "offline" and _parse_requests(llm) == []


def test_config_key(llm, monkeypatch, mw_home):
    monkeypatch.delenv("MW_LLM_PARSE")
    (mw_home / "config.toml").write_text("[llm]\nparse = true\n")
    a = mw_json("ask", "Who should I pitch a crime thriller to?", "--explain", "--no-cache")
    assert a["explain"]["parsed"]["parser"].startswith("llm") and _parse_requests(llm)
    (mw_home / "config.toml").write_text('[llm]\nparse = "sometimes"\n')
    res = mw("ask", "Who should I pitch a crime thriller to?")
    assert res.exit_code == 2 and "llm.parse" in res.stderr
