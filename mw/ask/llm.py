"""Optional LLM writing through the OpenAI API (or any OpenAI-compatible server).

Configured by ``OPENAI_API_KEY`` (and ``OPENAI_BASE_URL`` for local servers);
model from ``--model`` / ``MW_LLM_MODEL`` / config ``llm_model`` (default gpt-4o-mini).

The model only rewrites what retrieval found: the prompt holds the numbered
source records and the offline draft, and the reply must cite them as ``[n]``.
A reply that cites nothing, or cites a source that does not exist, is dropped
and the offline answer is shown instead (with a warning), as on any error or
timeout. Tokens and cost (per-model price table, overridable in config
``[llm.prices.MODEL]`` with ``input``/``output`` USD per million tokens) are
returned for metrics; the client, the request and the prices are :mod:`mw.llm`,
shared with headline extraction.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mw.llm import PRICES, chat, make_client, price

__all__ = ["LLMWriter", "PRICES", "SYSTEM", "price"]

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.ask.answer import Answer
    from mw.ask.intent import ParsedQuestion

SYSTEM = (
    "You are Mandate Wizard, an assistant for film and TV producers deciding whom to pitch. "
    "Answer ONLY from the numbered source records given. Never add a person, company, title, date, "
    "mandate or number that is not in them. Cite every claim with its source number in square brackets, "
    "e.g. [2]. Keep the ranking of executives as given. Be concise: short paragraphs or a numbered list."
)


class LLMWriter:
    def __init__(self, settings: "Settings", model: str | None = None) -> None:
        self.settings = settings
        self.model = model or settings.llm_model
        self.client = make_client(settings)
        self.use_hyde = bool(settings.section("llm").get("hyde", True))
        self.calls: list[dict[str, Any]] = []  # one entry per request, for metrics

    def _chat(self, messages: list[dict[str, str]], max_tokens: int, purpose: str) -> tuple[str | None, dict[str, Any]]:
        text, info = chat(self.client, self.settings, self.model, messages, max_tokens=max_tokens, purpose=purpose)
        self.calls.append(info)
        return text, info

    def hyde(self, question: str, pq: "ParsedQuestion") -> str | None:
        """A hypothetical executive mandate that would answer the question (HyDE)."""
        if not self.use_hyde:
            return None
        text, _ = self._chat(
            [{"role": "system", "content": "Write a two-sentence film/TV executive mandate (what they are looking "
                                           "for) that would make them the right person for this question. "
                                           "No names."},
             {"role": "user", "content": question}],
            max_tokens=120, purpose="hyde",
        )
        return text or None

    def write(self, question: str, ans: "Answer") -> tuple[str | None, dict[str, Any]]:
        """The answer text written by the model, or None (then ``info['error']`` says why)."""
        src_lines = []
        for s in ans.sources:
            src_lines.append(f"[{s['n']}] {s['type']} {s['label']} ({s.get('date') or 'undated'}): {s['source']}")
        prompt = (
            f"Question: {question}\nIntent: {ans.intent}\n\n"
            f"Draft answer (facts you may use, with their citations):\n{ans.answer}\n\n"
            f"Source records:\n" + "\n".join(src_lines) +
            "\n\nRewrite the draft as a helpful answer for a producer. Keep every citation number you use."
        )
        text, info = self._chat([{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
                                max_tokens=700, purpose="answer")
        if not text:
            return None, info
        cited = {int(n) for n in re.findall(r"\[(\d+)\]", text)}
        valid = {s["n"] for s in ans.sources}
        if not cited or not cited <= valid:
            info["status"] = "rejected"
            info["error"] = "reply cited no sources" if not cited else f"reply cited unknown sources {sorted(cited - valid)}"
            return None, info
        if ans.sample and "sample" not in text.lower():
            text = "[sample data: fictional buyers and executives]\n" + text
        return text, info
