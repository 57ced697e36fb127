"""The OpenAI-compatible chat client shared by answers (:mod:`mw.ask.llm`) and headline
extraction (:mod:`mw.ingest.llm_extract`): the client, one request with its tokens, cost
and outcome, and the price table.

Settings (the same for both uses): ``openai_api_key`` (``OPENAI_API_KEY``),
``openai_base_url`` (``OPENAI_BASE_URL``, any OpenAI-compatible server), ``llm_model``
(``MW_LLM_MODEL``, default gpt-4o-mini) and ``llm_timeout`` (``MW_LLM_TIMEOUT``, seconds
per request). Prices are list prices in US$ per million tokens, overridable per model
in config ``[llm.prices."MODEL"]`` with ``input`` and ``output``.

:func:`chat` never raises for a client, network or server failure: it returns ``None``
and an ``info`` dict whose ``status`` says what happened (``ok``, ``error``,
``timeout``, ``refused`` when the model declined) with ``error``, ``model``,
``purpose``, ``prompt_tokens``, ``completion_tokens``, ``cost_usd``, ``priced`` and
``duration_s``. The ``openai`` package is imported only when a client is made.
"""
from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mw.config import Settings

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


def price(settings: "Settings", model: str) -> tuple[float, float] | None:
    """(input, output) US$ per million tokens of ``model``: config first, then the list; None if unknown."""
    custom = settings.section("llm", "prices").get(model)
    if isinstance(custom, dict) and "input" in custom and "output" in custom:
        return float(custom["input"]), float(custom["output"])
    if model in PRICES:
        return PRICES[model]
    base = re.sub(r"-\d{4}-\d{2}-\d{2}$", "", model)  # dated snapshots: gpt-4o-mini-2024-07-18
    return PRICES.get(base)


def configured(settings: "Settings") -> bool:
    """True when an LLM is configured (an API key; a local server takes any key)."""
    return bool(settings.openai_api_key)


def make_client(settings: "Settings", *, max_retries: int = 1) -> Any:
    """An ``openai.OpenAI`` client for the configured key, server and timeout."""
    import openai

    return openai.OpenAI(api_key=settings.openai_api_key, base_url=settings.openai_base_url,
                         timeout=settings.llm_timeout, max_retries=max_retries)


def chat(client: Any, settings: "Settings", model: str, messages: list[dict[str, str]], *, max_tokens: int,
         purpose: str, temperature: float = 0.2,
         response_format: dict[str, Any] | None = None) -> tuple[str | None, dict[str, Any]]:
    """One chat completion: (the reply text or None, info with tokens, cost and status)."""
    t0 = time.perf_counter()
    info: dict[str, Any] = {"model": model, "purpose": purpose}
    extra: dict[str, Any] = {"response_format": response_format} if response_format else {}
    try:
        resp = client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens,
                                              temperature=temperature, **extra)
        choice = resp.choices[0] if resp.choices else None
        msg = choice.message if choice is not None else None
        text = (msg.content or "").strip() if msg is not None else ""
        usage = getattr(resp, "usage", None)
        pin = getattr(usage, "prompt_tokens", 0) or 0
        pout = getattr(usage, "completion_tokens", 0) or 0
        p = price(settings, model)
        info.update(status="ok", prompt_tokens=pin, completion_tokens=pout,
                    cost_usd=round((pin * p[0] + pout * p[1]) / 1e6, 8) if p else 0.0, priced=p is not None)
        refusal = getattr(msg, "refusal", None) if msg is not None else None
        if refusal:
            text = None
            info.update(status="refused", error=f"the model declined: {str(refusal)[:200]}")
        elif choice is not None and getattr(choice, "finish_reason", None) == "length":
            info["truncated"] = True  # the reply hit max_tokens
    except Exception as e:  # any client, network or server error means: the caller falls back
        text = None
        info.update(status="error", error=f"{type(e).__name__}: {str(e)[:200]}",
                    prompt_tokens=0, completion_tokens=0, cost_usd=0.0)
        if "Timeout" in type(e).__name__:
            info["status"] = "timeout"
    info["duration_s"] = round(time.perf_counter() - t0, 4)
    return text, info
