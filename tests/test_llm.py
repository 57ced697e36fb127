"""The LLM path through the real `openai` client against an OpenAI-compatible loopback server."""
from __future__ import annotations

import pytest

from cli_util import DATA, mw, mw_json
from openai_server import FakeOpenAI


@pytest.fixture
def llm(monkeypatch):
    server = FakeOpenAI()
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("MW_LLM_TIMEOUT", "1")
    monkeypatch.setenv("MW_NOW", "2026-11-20T12:00:00Z")
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    yield server
    server.close()


def test_llm_writes_text_from_retrieved_records(llm):
    a = mw_json("ask", "Who should I pitch a crime thriller to?")
    assert a["answer"] == "Pitch it to the first executive listed [1]."
    assert a["executives"][0]["name"] == "Odile Marchetti"  # ranking is ours, not the model's
    assert a["llm"]["model"] == "gpt-4o-mini" and a["llm"]["status"] == "ok"
    assert a["llm"]["prompt_tokens"] == 1000 and a["llm"]["completion_tokens"] == 200
    assert a["llm"]["cost_usd"] == pytest.approx((1000 * 0.15 + 200 * 0.60) / 1e6)
    answer_req = [r for r in llm.requests if "Source records" in r["body"]["messages"][-1]["content"]]
    assert answer_req and answer_req[0]["auth"] == "Bearer sk-test"
    prompt = answer_req[0]["body"]["messages"][-1]["content"]
    assert "Cold Harbour" in prompt and "Odile Marchetti" in prompt
    hyde = [r for r in llm.requests if "Write a two-sentence" in r["body"]["messages"][0]["content"]]
    assert hyde, "HyDE text is written by the LLM when one is configured"


def test_model_flag(llm):
    a = mw_json("ask", "Who handles horror?", "--model", "gpt-4.1-mini")
    assert a["llm"]["model"] == "gpt-4.1-mini"
    assert all(r["body"]["model"] == "gpt-4.1-mini" for r in llm.requests)


@pytest.mark.parametrize("mode,why", [("error", "InternalServerError"), ("slow", "Timeout"),
                                      ("nocite", "cited no sources")])
def test_fallback_to_offline_answer(llm, mode, why):
    llm.mode = mode
    res = mw("ask", "Who should I pitch a crime thriller to?", "--json")
    assert res.exit_code == 0
    import json

    a = json.loads(res.stdout)
    assert a["answer"].startswith("Who to pitch crime thriller:")
    assert any("LLM unavailable" in w and why in w for w in a["warnings"])


def test_offline_flag_skips_llm(llm):
    a = mw_json("ask", "Who handles horror?", "--offline")
    assert "llm" not in a and llm.requests == []
