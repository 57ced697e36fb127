"""Optional LLM writing through the OpenAI API (or any OpenAI-compatible server).

Configured by ``OPENAI_API_KEY`` (and ``OPENAI_BASE_URL`` for local servers);
model from ``--model`` / ``MW_LLM_MODEL`` / config ``llm_model`` (default gpt-4o-mini).

The model only rewrites what retrieval found: the prompt holds the numbered
source records and the offline draft, and the reply must cite them as ``[n]``.
A reply that cites nothing, or cites a source that does not exist, is dropped
and the offline answer is shown instead (with a warning), as on any error or
timeout. Tokens and cost (per-model price table, overridable in config
``[llm.prices.MODEL]`` with ``input``/``output`` USD per million tokens) are
returned for metrics.
"""
from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.ask.answer import Answer
    from mw.ask.intent import ParsedQuestion

# USD per 1M tokens (input, output), list prices.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "o4-mini": (1.10, 4.40),
}

SYSTEM = (
    "You are Mandate Wizard, an assistant for film and TV producers deciding whom to pitch. "
    "Answer ONLY from the numbered source records given. Never add a person, company, title, date, "
    "mandate or number that is not in them. Cite every claim with its source number in square brackets, "
    "e.g. [2]. Keep the ranking of executives as given. Be concise: short paragraphs or a numbered list."
)


def price(settings: "Settings", model: str) -> tuple[float, float] | None:
    custom = settings.section("llm", "prices").get(model)
    if isinstance(custom, dict) and "input" in custom and "output" in custom:
        return float(custom["input"]), float(custom["output"])
    if model in PRICES:
        return PRICES[model]
    base = re.sub(r"-\d{4}-\d{2}-\d{2}$", "", model)  # dated snapshots: gpt-4o-mini-2024-07-18
    return PRICES.get(base)


class LLMWriter:
    def __init__(self, settings: "Settings", model: str | None = None) -> None:
        import openai

        self.settings = settings
        self.model = model or settings.llm_model
        self.client = openai.OpenAI(
            api_key=settings.openai_api_key, base_url=settings.openai_base_url,
            timeout=settings.llm_timeout, max_retries=1,
        )
        self.use_hyde = bool(settings.section("llm").get("hyde", True))
        self.calls: list[dict[str, Any]] = []  # one entry per request, for metrics

    def _chat(self, messages: list[dict[str, str]], max_tokens: int, purpose: str) -> tuple[str | None, dict[str, Any]]:
        t0 = time.perf_counter()
        info: dict[str, Any] = {"model": self.model, "purpose": purpose}
        try:
            resp = self.client.chat.completions.create(
                model=self.model, messages=messages, max_tokens=max_tokens, temperature=0.2,
            )
            text = (resp.choices[0].message.content or "").strip() if resp.choices else ""
            usage = getattr(resp, "usage", None)
            pin = getattr(usage, "prompt_tokens", 0) or 0
            pout = getattr(usage, "completion_tokens", 0) or 0
            p = price(self.settings, self.model)
            info.update(status="ok", prompt_tokens=pin, completion_tokens=pout,
                        cost_usd=round((pin * p[0] + pout * p[1]) / 1e6, 8) if p else 0.0, priced=p is not None)
        except Exception as e:  # any client, network or server error means: fall back offline
            text = None
            info.update(status="error", error=f"{type(e).__name__}: {str(e)[:200]}",
                        prompt_tokens=0, completion_tokens=0, cost_usd=0.0)
            if "Timeout" in type(e).__name__:
                info["status"] = "timeout"
        info["duration_s"] = round(time.perf_counter() - t0, 4)
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
