"""Greenlights from feed items read by an LLM: the optional extractor of ``mw refresh``.

The rules of :mod:`mw.ingest.headlines` are the default. With ``[refresh] extractor =
"llm"`` (``MW_REFRESH_EXTRACTOR=llm``, ``mw refresh run --extractor llm``) and an LLM
configured (``openai_api_key``, ``openai_base_url``, ``llm_model``, ``llm_timeout``: the
settings answers use, :mod:`mw.llm`), each new feed item is sent to the model: its
headline, description and article text (``content:encoded``), with a JSON schema
(structured outputs, ``strict``) for a list of ``{buyer, title, kind, format, genres,
logline}``; ``kind`` is ``order``, ``renewal`` or ``pickup``, ``format`` and ``genres``
are the knowledge base's own vocabulary (:mod:`mw.vocab`).

**Checked against the text; never invented.** Text is compared folded (case, curly and
straight quotes, punctuation, diacritics via ``anyascii``: "Søren" matches "Soren"), as
whole words:

- the title must appear in the headline or the description (or the article text);
- the buyer must appear in the item too, or be a name or alias of a company of the
  knowledge base whose other name or alias appears in it;
- ``kind`` must be one of the three; a genre or format the text does not state is left out;
- the logline must be a sentence of the description or article, copied (else it is left out).

A greenlight that fails is dropped, with the reason in the refresh report (``llm.dropped``).
When every greenlight of a reply is dropped, the item gets the rules' result instead; a
valid reply with no greenlight means the item announces none.

**Fallback.** A timeout, an HTTP or network error, a refusal, a reply that is not JSON or
not of the schema: the item gets the rules' result, counted in ``llm.fallbacks`` with the
reason. Nothing fails the feed or the job. After :data:`MAX_FAILURES_IN_ROW` transport
failures in a row (timeouts, errors) the LLM is not asked again during that job; the rest
of its items use the rules (``llm.unavailable`` says why).

**Cost.** Every request's prompt and completion tokens and its cost (the price table of
:mod:`mw.llm`, overridable in ``[llm.prices."MODEL"]``) are summed per job in the run's
report (``llm``) and the job's status record. Only new items are sent: an item whose
link or guid is a greenlight of the knowledge base or was taken earlier in the run is
not; an item the model read before (same job, same knowledge base, same model, same
headline and description) is not sent again for :data:`READ_TTL` (its verdict is kept in
the state store: "no greenlight", or "use the rules" when every greenlight of its reply
was dropped). Items are sent :data:`WORKERS` at a time, one item per request, so one bad
reply never costs another item its answer.
"""
from __future__ import annotations

import hashlib
import json
import re
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from mw.ingest.headlines import MAX_HEADLINE, Extraction
from mw.vocab import FORMATS, GENRES, find_terms, fold

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.ingest.feeds import FeedItem
    from mw.store.state.base import StateStore

KINDS = ("order", "renewal", "pickup")
WORKERS = 4
MAX_FAILURES_IN_ROW = 3
MAX_TEXT = 4000  # characters of description and of article text sent per item
MAX_TITLE = 120
MAX_BUYER = 80
MAX_LOGLINE = 300
MAX_LISTED = 50  # dropped greenlights and fallbacks listed in a report (all are counted)
READ_TTL = 90 * 86400.0
READ_PREFIX = "refresh:llm-read:"

SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["greenlights"],
    "properties": {
        "greenlights": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["buyer", "title", "kind", "format", "genres", "logline"],
                "properties": {
                    "buyer": {"type": "string", "description": "the company that ordered, renewed or picked up "
                                                               "the title, as written in the text"},
                    "title": {"type": "string", "description": "the title as written in the text, without quotes "
                                                               "and without 'Season N'"},
                    "kind": {"type": "string", "enum": list(KINDS)},
                    "format": {"type": ["string", "null"], "enum": [*FORMATS, None]},
                    "genres": {"type": "array", "items": {"type": "string", "enum": list(GENRES)}},
                    "logline": {"type": ["string", "null"],
                                "description": "the sentence of the description that tells the story, copied "
                                               "word for word; null when there is none"},
                },
            },
        },
    },
}
RESPONSE_FORMAT = {"type": "json_schema", "json_schema": {"name": "greenlights", "strict": True, "schema": SCHEMA}}

SYSTEM = (
    "You read entertainment trade-press items (a headline, its description, sometimes the article) and list "
    "the greenlights the item announces: a buyer (network, streamer, channel, studio) that has ordered, "
    "renewed or picked up a specific title (a series, film, special). "
    "Only what the item announces as done: a series or pilot order, straight-to-series, a commission, a "
    "renewal or new season, a pickup, acquisition or rescue. Not greenlights: development, 'in talks', "
    "'set to', box office, ratings, casting, trailers and premiere dates, cancellations and endings, "
    "executive moves, talent or first-look deals, reviews. "
    "buyer and title are copied exactly as written in the text; a title named only as a credit ('from the "
    "creator of X', 'X director', 'X star') is not a greenlight. kind: order for something new, renewal for "
    "another season of the same buyer's show, pickup for an acquisition or a show moving from another buyer. "
    "format and genres only when the text states them. When the item announces no greenlight, return an "
    "empty list. Never add a buyer or title that is not in the text."
)

_NON_WORD = re.compile(r"[^a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SEASON = re.compile(r"\s+(?:season\s+\w+|s\d{1,2})$", re.I)


def folded(text: str) -> str:
    """``text`` as compared: folded to lower-case ASCII, anything but letters and digits a single space,
    padded with spaces so that ``folded(a) in folded(b)`` is a whole-word match."""
    core = _NON_WORD.sub(" ", fold(text)).strip()
    return f" {core} " if core else ""


def _contains(hay: str, needle: str) -> bool:
    n = folded(needle)
    return bool(n) and n in hay


def _clip(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT].rsplit(" ", 1)[0] + " ..."


class LLMExtractor:
    """Reads new feed items with the configured LLM; :meth:`extract` per feed, :meth:`report` per job."""

    def __init__(self, settings: "Settings", *, state: "StateStore | None" = None, scope: str = "",
                 buyer_names: Sequence[Sequence[str]] = (), executives: Iterable[str] = (),
                 known_links: Iterable[str] = (), client: Any = None) -> None:
        from mw.llm import make_client

        self.settings = settings
        self.model = settings.llm_model
        self.client = client if client is not None else make_client(settings)
        self.state = state
        self.scope = scope
        self.groups = [[n for n in g if n] for g in buyer_names]
        self.executives = [e for e in executives if e and len(e) > 3]
        self.known_links = set(known_links)
        self.calls: list[dict[str, Any]] = []  # one per request (model, status, tokens, cost, duration)
        self.taken = 0  # greenlights from replies
        self.read_before = 0
        self.fallbacks = 0  # items that got the rules' result because the LLM's reply was unusable
        self.fallback_items: list[dict[str, str]] = []  # the first MAX_LISTED of them, with the reason
        self.dropped = 0  # greenlights of replies that failed a check
        self.dropped_items: list[dict[str, str]] = []
        self.unavailable: str | None = None
        self.not_sent = 0  # items left to the rules once the LLM was unavailable
        self.feeds = 0  # feeds read (calls of extract)
        self._in_row = 0

    # ------------------------------------------------------------------ one feed
    def extract(self, items: Sequence["FeedItem"], rules: Sequence[Extraction], default_date: str, *,
                source: str = "", seen_links: Iterable[str] = ()) -> list[Extraction]:
        """The extraction of each item: the model's where it gave a valid reply, else the rules' (``rules``)."""
        out = list(rules)
        self.feeds += 1
        skip = self.known_links | set(seen_links)
        todo: list[int] = []
        for i, it in enumerate(items):
            keys = {k for k in (it.link, it.guid) if k}
            if it.problem or not it.title or len(it.title) > MAX_HEADLINE or keys & skip:
                continue
            skip |= keys  # the same article twice in one feed is read once
            todo.append(i)
        memo = self._recall([items[i] for i in todo])
        pending = []
        for i in todo:
            key = self._key(items[i])
            verdict = memo.get(key)
            if verdict == "none":
                self.read_before += 1
                out[i] = Extraction(headline=items[i].title, reason="no greenlight (LLM, read before)")
            elif verdict == "rules":
                self.read_before += 1
            else:
                pending.append((i, key))
        if not pending:
            return out
        with ThreadPoolExecutor(max_workers=min(WORKERS, len(pending)), thread_name_prefix="mw-llm-extract") as pool:
            for start in range(0, len(pending), WORKERS):
                chunk = pending[start:start + WORKERS]
                if self.unavailable:
                    self.not_sent += len(chunk)
                    continue
                replies = list(pool.map(lambda p: self._ask(items[p[0]]), chunk))
                for (i, key), (text, info) in zip(chunk, replies):
                    self.calls.append(info)
                    out[i] = self._use(items[i], rules[i], text, info, default_date, source, key)
        return out

    def _ask(self, item: "FeedItem") -> tuple[str | None, dict[str, Any]]:
        from mw.llm import chat

        parts = [f"Headline: {item.title}"]
        if item.summary:
            parts.append(f"Description: {_clip(item.summary)}")
        if item.content and item.content != item.summary:
            parts.append(f"Article: {_clip(item.content)}")
        return chat(self.client, self.settings, self.model,
                    [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n\n".join(parts)}],
                    max_tokens=800, purpose="extract", temperature=0.0, response_format=RESPONSE_FORMAT)

    def _fallback(self, item: "FeedItem", rules: Extraction, source: str, reason: str) -> Extraction:
        self.fallbacks += 1
        if len(self.fallback_items) < MAX_LISTED:
            self.fallback_items.append({"headline": item.title, "source": source, "reason": reason})
        return rules

    def _use(self, item: "FeedItem", rules: Extraction, text: str | None, info: dict[str, Any], default_date: str,
             source: str, key: str) -> Extraction:
        if text is None:
            if info.get("status") in ("timeout", "error"):
                self._in_row += 1
                if self._in_row >= MAX_FAILURES_IN_ROW and not self.unavailable:
                    self.unavailable = (f"{self._in_row} requests in a row failed (last: {info.get('error')}); "
                                        "the rest of the job used the rules")
            return self._fallback(item, rules, source, f"LLM {info.get('status')}: {info.get('error', 'no reply')}")
        self._in_row = 0
        try:
            reply = json.loads(text)
        except ValueError as e:
            why = "reply cut off at the token limit" if info.get("truncated") else f"reply is not JSON ({e})"
            return self._fallback(item, rules, source, why)
        found = reply.get("greenlights") if isinstance(reply, dict) else None
        if not isinstance(found, list) or not all(isinstance(g, dict) for g in found):
            return self._fallback(item, rules, source, "reply does not match the schema (no greenlights list)")
        ex = self._records(item, found, default_date, source, rules)
        if found and not ex.records:
            self._remember(key, "rules")
            return self._fallback(item, rules, source, "every greenlight of the reply was dropped")
        if not found:
            self._remember(key, "none")
            ex.reason = "no greenlight (LLM)"
        self.taken += len(ex.records)
        return ex

    def _records(self, item: "FeedItem", found: list[dict[str, Any]], default_date: str, source: str,
                 rules: Extraction) -> Extraction:
        head = folded(item.title)
        body = folded(f"{item.summary} {item.content}")
        every = head + body
        summary = f"{item.summary} {item.content}".strip()
        ex = Extraction(headline=item.title)
        seen: set[tuple[str, str]] = set()
        region = list(dict.fromkeys(c for c, _, _ in find_terms(item.title, "region")))
        stated_genres = {c for c, _, _ in find_terms(f"{item.title} {summary}", "genre")}
        stated_formats = {c for c, _, _ in find_terms(f"{item.title} {summary}", "format")}
        rules_logline = next((r["logline"] for r in rules.records if r.get("logline")), None)
        for g in found:
            title = " ".join(str(g.get("title") or "").split()).strip(" \"'\u2018\u2019\u201c\u201d")
            title = _SEASON.sub("", title)  # "Bosch Season 2" is the greenlight of "Bosch", as the rules write it
            buyer = " ".join(str(g.get("buyer") or "").split())
            kind = g.get("kind")
            why = None
            if not title or len(title) > MAX_TITLE:
                why = "no title" if not title else f"title over {MAX_TITLE} characters"
            elif not buyer or len(buyer) > MAX_BUYER:
                why = "no buyer" if not buyer else f"buyer over {MAX_BUYER} characters"
            elif kind not in KINDS:
                why = f"kind {kind!r} is not one of {', '.join(KINDS)}"
            elif not (_contains(head, title) or _contains(body, title)):
                why = f"title {title!r} is not in the headline or description"
            elif not self._buyer_ok(buyer, every):
                why = f"buyer {buyer!r} is not in the item"
            elif folded(buyer) == folded(title):
                why = "the buyer and the title are the same words"
            if why:
                self.dropped += 1
                if len(self.dropped_items) < MAX_LISTED:
                    self.dropped_items.append({"headline": item.title, "source": source, "buyer": buyer,
                                               "title": title, "reason": why})
                continue
            pair = (folded(buyer), folded(title))
            if pair in seen:
                continue
            seen.add(pair)
            rec: dict[str, Any] = {"type": "greenlight", "title": title.replace("\u2019", "'"),
                                   "buyer": buyer.replace("\u2019", "'"), "date": item.published or default_date}
            genres = [x for x in dict.fromkeys(g.get("genres") or []) if x in stated_genres]
            if genres:
                rec["genres"] = genres
            fmt = g.get("format")
            if fmt in FORMATS and fmt in stated_formats:
                rec["format"] = fmt
            elif fmt == "series" and re.search(r"\b(?:season|pilot|episodes?|renew)", f"{item.title} {summary}",
                                               re.I):
                rec["format"] = "series"
            if len(region) == 1:
                rec["region"] = region[0]
            logline = self._logline(g.get("logline"), summary) or rules_logline
            if logline:
                rec["logline"] = logline
            if summary and self.executives:
                low = summary.lower()
                named = [e for e in self.executives if e.lower() in low]
                if named:
                    rec["executives"] = named
            if item.link:
                rec["source"] = item.link
            rec["date_source"] = item.date_source or "fetched"
            ex.records.append(rec)
            ex.kinds.append(kind)
            ex.confirmed.append(_contains(body, buyer))
        if not ex.records:
            ex.reason = "no greenlight the text supports (LLM)"
        return ex

    def _buyer_ok(self, buyer: str, text: str) -> bool:
        if _contains(text, buyer):
            return True
        b = folded(buyer)
        for group in self.groups:
            if any(folded(n) == b for n in group) and any(_contains(text, n) for n in group):
                return True
        return False

    @staticmethod
    def _logline(value: Any, summary: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            return None
        want = folded(value)
        for sentence in _SENTENCE.split(summary):
            if want and want == folded(sentence):
                s = sentence.strip()
                return s if len(s) <= MAX_LOGLINE else s[:MAX_LOGLINE - 3].rstrip() + "..."
        if want and len(want) > 40 and want in folded(summary):  # part of a sentence, copied
            s = " ".join(value.split())
            return s if len(s) <= MAX_LOGLINE else s[:MAX_LOGLINE - 3].rstrip() + "..."
        return None

    # ------------------------------------------------------------------ items read before
    def _key(self, item: "FeedItem") -> str:
        raw = "\x1f".join((self.scope, self.model, item.link or item.guid or "", item.title, item.summary,
                           item.content))
        return READ_PREFIX + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def _recall(self, items: Sequence["FeedItem"]) -> dict[str, str]:
        if self.state is None or not items:
            return {}
        from mw.errors import StoreError

        keys = [self._key(it) for it in items]
        try:
            values = self.state.get_many(keys)
        except StoreError:
            return {}
        return {k: v for k, v in zip(keys, values) if v in ("none", "rules")}

    def _remember(self, key: str, verdict: str) -> None:
        if self.state is None:
            return
        from mw.errors import StoreError

        try:
            self.state.set(key, verdict, ttl=READ_TTL)
        except StoreError:
            pass  # the item is read again next time

    # ------------------------------------------------------------------ the job's account
    def report(self) -> dict[str, Any]:
        """What the LLM did in this job: requests, tokens, cost, fallbacks and dropped greenlights."""
        from mw.llm import price

        ok = [c for c in self.calls if c.get("status") == "ok"]
        return {
            "extractor": "llm",
            "model": self.model,
            "requests": len(self.calls),
            "replies": len(ok),
            "prompt_tokens": sum(int(c.get("prompt_tokens") or 0) for c in self.calls),
            "completion_tokens": sum(int(c.get("completion_tokens") or 0) for c in self.calls),
            "cost_usd": round(sum(float(c.get("cost_usd") or 0.0) for c in self.calls), 8),
            "priced": price(self.settings, self.model) is not None,
            "duration_s": round(sum(float(c.get("duration_s") or 0.0) for c in self.calls), 3),
            "greenlights": self.taken,
            "read_before": self.read_before,
            "fallbacks": self.fallbacks,
            "fallback_items": self.fallback_items,
            "dropped": self.dropped,
            "dropped_items": self.dropped_items,
            "not_sent": self.not_sent,
            "unavailable": self.unavailable,
        }
