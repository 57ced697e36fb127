"""The optional LLM question parser: the model reads the question into the parser's structure,
and everything it returns is checked against the knowledge base before it is used.

Off by default. With an LLM configured (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``llm_model``,
``llm_timeout``: :mod:`mw.llm`) and ``[llm] parse = true`` (``MW_LLM_PARSE=1``), :meth:`LLMParser.refine`
sends the question and the knowledge base's vocabulary (its genre, format and region tags and its
buyers' names; never the records) with a JSON schema (structured outputs, ``strict``) for
``{intent, genres, formats, places, names: [{text, type}]}``. The offline parse (:func:`mw.ask.intent.parse`)
always runs first and stays the answer's base:

- **Tags:** a genre or format is kept only when it is a tag of the knowledge base or a phrase the
  vocabulary resolves to one; a place only when :mod:`mw.geo` or the KB's own regions know it. Anything
  else is dropped, and ``--explain`` says so. Kept tags are added to the offline ones.
- **Names never attribute without a record.** When the offline parser found a person, buyer or title, or
  a name the KB does not hold, its reading stands and the model's names are ignored. Otherwise a name the
  model reports must be written in the question (folded, whole words) and be name-like (not vocabulary,
  place or generic words); an exact KB executive or buyer name is then taken, and any other such name is
  "not found", so the answer gives the closest matches instead of a list standing in for it.
- **Intent** is the model's when it is one of the five base intents and the offline parser found no
  special shape (trends, comparisons, greenlit, moves, watches); time ranges are always the offline ones.

Any failure (HTTP error, timeout, refusal, a reply that is not JSON or not of the schema) leaves the
offline parse as it is; ``ParsedQuestion.parser`` says which parser read the question (``llm`` or
``offline (LLM parse failed: ...)``), shown by ``--explain``. Each request is recorded with its tokens and
cost in the writer's ``calls`` (purpose ``parse``), like the answer-writing requests, for metrics.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from mw import geo
from mw.ask.intent import _NAME_TOKEN as _NAME_WORD
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.ask.intent import ParsedQuestion
    from mw.ask.llm import LLMWriter
    from mw.store.kb import KnowledgeBase

BASE_INTENTS = ("ROUTING", "STRATEGIC", "FACTUAL", "EXAMPLES", "PROCESS")
NAME_TYPES = ("person", "company", "title")
MAX_BUYERS = 2000  # buyer names sent with a question; a larger KB sends the first ones by name

_LIST = {"type": "array", "items": {"type": "string"}}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["intent", "genres", "formats", "places", "names"],
    "properties": {
        "intent": {"type": "string", "enum": list(BASE_INTENTS)},
        "genres": _LIST,
        "formats": _LIST,
        "places": _LIST,
        "names": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["text", "type"],
            "properties": {"text": {"type": "string"}, "type": {"type": "string", "enum": list(NAME_TYPES)}}}},
    },
}
RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "parsed_question", "strict": True, "schema": SCHEMA}}

SYSTEM = (
    "You parse questions that film and TV producers ask about buyers (networks, streamers, studios), their "
    "executives and what they greenlight. Reply with JSON only, of the given schema. "
    "intent: ROUTING (whom to pitch), STRATEGIC (what a buyer or executive wants), FACTUAL (what was "
    "greenlit, facts about a record), EXAMPLES (example pitches or loglines), PROCESS (how to submit). "
    "genres and formats: only values from the lists given, for what the question asks about (a word with the "
    "same meaning counts: 'spooky' is horror); none when it names none. places: countries or regions the "
    "question names, as written. names: every person, company or title the question names, copied exactly "
    "as written, with its type; never a genre, format, place or generic word."
)

class LLMParser:
    """Reads questions with the configured LLM (through an :class:`~mw.ask.llm.LLMWriter`, whose
    ``calls`` record every request) and merges the checked result into the offline parse."""

    def __init__(self, writer: "LLMWriter", kb: "KnowledgeBase") -> None:
        self.writer = writer
        self.kb = kb
        self.down = False  # the last request failed in transport (error, timeout): the LLM is unreachable

    def vocabulary_prompt(self) -> dict[str, list[str]]:
        from mw.ask import vocabulary

        voc = vocabulary.for_kb(self.kb)
        buyers = sorted(name for _, name, _ in self.kb.names("company"))[:MAX_BUYERS]
        return {"genres": sorted(voc.tags.get("genre", ())), "formats": sorted(voc.tags.get("format", ())),
                "regions": sorted(voc.tags.get("region", ())), "buyers": buyers}

    def refine(self, question: str, pq: "ParsedQuestion") -> "ParsedQuestion":
        """``pq`` with the model's checked reading merged in, or unchanged (with ``parser`` saying why) on
        any failure. Never raises for an LLM or reply problem."""
        from mw.llm import chat

        w = self.writer
        prompt = json.dumps({"question": question, "knowledge_base": self.vocabulary_prompt()}, ensure_ascii=False)
        text, info = chat(w.client, w.settings, w.model,
                          [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
                          max_tokens=400, purpose="parse", temperature=0.0, response_format=RESPONSE_FORMAT)
        w.calls.append(info)
        self.down = info["status"] in ("error", "timeout")
        reply = None
        if text is not None:
            reply, why = _check_shape(text)
            if reply is None:
                info.update(status="rejected", error=why)
        if reply is None:
            pq.parser = f"offline (LLM parse failed: {info.get('error') or info['status']})"
            return pq
        merge(pq, reply, self.kb)
        pq.parser = f"llm ({w.model})"
        return pq


def _check_shape(text: str) -> tuple[dict[str, Any] | None, str]:
    """The reply as a dict of the schema's shape, or (None, why)."""
    try:
        obj = json.loads(text)
    except ValueError:
        return None, "the reply is not JSON"
    if not isinstance(obj, dict):
        return None, "the reply is not a JSON object"
    for k in ("genres", "formats", "places"):
        if not isinstance(obj.get(k), list) or not all(isinstance(x, str) for x in obj[k]):
            return None, f"the reply's '{k}' is not a list of strings"
    if not isinstance(obj.get("intent"), str):
        return None, "the reply has no intent"
    names = obj.get("names")
    if not isinstance(names, list) or not all(
            isinstance(n, dict) and isinstance(n.get("text"), str) and isinstance(n.get("type"), str) for n in names):
        return None, "the reply's 'names' is not a list of {text, type}"
    return obj, ""


def merge(pq: "ParsedQuestion", reply: dict[str, Any], kb: "KnowledgeBase") -> None:
    """Add the checked parts of ``reply`` to ``pq`` (see the module docstring); notes go to ``pq.vocabulary``."""
    from mw.ask import intent as intent_mod
    from mw.ask import vocabulary
    from mw.ask.intent import Intent, Mention

    voc = vocabulary.for_kb(kb)
    notes = pq.vocabulary
    for kind, field in (("genre", pq.genres), ("format", pq.formats)):
        for raw in reply[kind + "s"]:
            tag = _kb_tag(voc, kind, raw)
            if tag is None:
                notes.append(f"LLM parse: '{raw}' is no {kind} of the knowledge base (dropped)")
            elif tag not in field:
                field.append(tag)
                notes.append(f"LLM parse: {kind} {tag}")
    kb_regions = {fold(r): r for r in voc.tags.get("region", ())}
    for raw in reply["places"]:
        region, country = geo.parse_place(raw)
        if region is None and fold(raw) in kb_regions:
            region = kb_regions[fold(raw)]
        if region is None:
            notes.append(f"LLM parse: '{raw}' is no place the knowledge base knows (dropped)")
            continue
        if country and country not in pq.countries:
            pq.countries.append(country)
        if region not in pq.regions:
            pq.regions.append(region)
    if not (pq.executives or pq.companies or pq.titles or pq.unknown_name):
        folded_q = " " + " ".join(_NAME_WORD.findall(fold(pq.question))) + " "
        vocab_words = {w for t in voc.find(fold(pq.question)) for w in t.text.split()}
        for n in reply["names"]:
            span = " ".join(_NAME_WORD.findall(fold(n["text"])))
            if not span or f" {span} " not in folded_q:
                notes.append(f"LLM parse: name '{n['text']}' is not in the question (dropped)")
                continue
            if not intent_mod._name_like(span, vocab_words):
                continue
            hit = _kb_name(kb, span)
            if hit is not None:
                t, rid, name = hit
                m = Mention(t, rid, name, span, 100.0)
                (pq.executives if t == "executive" else pq.companies).append(m)
                continue
            if n["type"] == "title":
                ids = intent_mod._titles(kb)["exact"].get(span)
                if ids:
                    pq.titles.extend(i for i in ids if i not in pq.titles)
                    continue
            pq.unknown_name = n["text"].strip()
            break
    if pq.shape is None and reply["intent"] in BASE_INTENTS:
        pq.intent = Intent(reply["intent"])
    pq.constraints = intent_mod.constraints_of(pq)


def _kb_tag(voc: Any, kind: str, raw: str) -> str | None:
    """The KB tag ``raw`` names (the tag itself or a phrase the vocabulary resolves to one), else None."""
    f = fold(raw).strip()
    if f in voc.tags.get(kind, set()):
        return f
    hit = voc.phrases.get(f)
    if hit is None or hit[0] != kind:
        return None
    return voc.resolve(kind, hit[1])[0]


def _kb_name(kb: "KnowledgeBase", span: str) -> tuple[str, str, str] | None:
    """(type, id, name) of the KB executive or company whose name or alias is exactly ``span`` (folded)."""
    for t in ("executive", "company"):
        for rid, name, aliases in kb.names(t):
            if any(" ".join(_NAME_WORD.findall(fold(label))) == span for label in (name, *aliases)):
                return t, rid, name
    return None
