"""The offline answer composer: deterministic text where every claim cites a record.

Citations are numbered ``[n]`` and point into ``sources`` (record id, type, date
and source URL). Nothing is written that is not in a retrieved record: names,
mandates, greenlights and pitch processes are quoted from the knowledge base.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from mw import geo
from mw.ask.dates import gl_date
from mw.ask.intent import Intent, ParsedQuestion
from mw.ask.retrieval import ExecHit, Retrieval
from mw.vocab import fold


@dataclass
class Answer:
    question: str
    intent: str
    answer: str
    executives: list[dict[str, Any]]
    greenlights: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    followups: list[str]
    entities: dict[str, Any]
    sample: bool
    warnings: list[str] = field(default_factory=list)
    not_found: str | None = None
    closest: list[str] = field(default_factory=list)
    llm: dict[str, Any] | None = None
    relaxed: str | None = None  # no greenlight matched the question exactly; the list is the nearest

    def to_dict(self) -> dict[str, Any]:
        d = {
            "question": self.question,
            "intent": self.intent,
            "answer": self.answer,
            "executives": self.executives,
            "greenlights": self.greenlights,
            "sources": self.sources,
            "followups": self.followups,
            "entities": self.entities,
            "sample": self.sample,
            "warnings": self.warnings,
        }
        if self.not_found:
            d["not_found"] = self.not_found
            d["closest"] = self.closest
        if self.relaxed:
            d["relaxed"] = self.relaxed
        if self.llm:
            d["llm"] = self.llm
        return d


class Citations:
    def __init__(self) -> None:
        self.sources: list[dict[str, Any]] = []
        self._index: dict[tuple[str, str], int] = {}

    def cite(self, t: str, rec: dict[str, Any], label: str) -> str:
        key = (t, rec["id"])
        if key not in self._index:
            self.sources.append({
                "n": len(self.sources) + 1, "type": t, "id": rec["id"], "label": label,
                "date": rec.get("date") or rec.get("updated_at"),
                "source": rec.get("source") or f"kb:{t}/{rec['id']}",
                **({"sample": True} if rec.get("sample") else {}),
                **({"date_source": "fetched"} if rec.get("date_source") == "fetched" else {}),
            })
            self._index[key] = len(self.sources)
        return f"[{self._index[key]}]"


def _gl_row(g: dict[str, Any], companies: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": g["id"], "title": g["title"], "buyer": companies.get(g["buyer"], {}).get("name", g["buyer"]),
        "buyer_id": g["buyer"], "date": g.get("date"), "genres": g.get("genres", []), "format": g.get("format"),
        "region": g.get("region"), "logline": g.get("logline"), "executives": g.get("executives", []),
        **({"date_source": g["date_source"]} if g.get("date_source") else {}),
    }


def _describe_ask(pq: ParsedQuestion) -> str:
    """What was asked, as the heading says it: "crime thriller series in Korea"."""
    bits = []
    if pq.genres:
        bits.append(" ".join(pq.genres))
    if pq.formats:
        bits.append(" or ".join(pq.formats))
    places = _places(pq)
    if places:
        bits.append("in " + places)
    if pq.companies:
        bits.append("at " + ", ".join(m.name for m in pq.companies))
    return " ".join(bits) if bits else "this"


def _places(pq: ParsedQuestion) -> str:
    from mw import geo

    if pq.countries:
        return " / ".join(geo.place_name(c) for c in pq.countries)
    return " / ".join(geo.place_name(r) for r in pq.regions)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _quote(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def compose(pq: ParsedQuestion, r: Retrieval, companies: dict[str, dict[str, Any]], *, today: dt.date,
            stale_days: int, sample: bool, closest: list[str] | None = None, recent_days: int = 365) -> Answer:
    cites = Citations()
    lines: list[str] = []
    warnings: list[str] = []
    execs_out: list[dict[str, Any]] = []
    gls_out: list[dict[str, Any]] = []
    stale_cut = (today - dt.timedelta(days=stale_days)).isoformat()
    stale: set[str] = set()
    names = {h.id: h.profile.get("name", h.id) for h in r.executives}

    def mandate_line(m: dict[str, Any]) -> str:
        flag = ""
        if (m.get("date") or "") < stale_cut:
            flag = f" (possibly stale: dated {m.get('date') or 'undated'}, older than {stale_days} days)"
            stale.add(m["id"])
        label = f"{names.get(m['executive'], m['executive'])} mandate"
        return f"mandate ({m.get('date') or 'undated'}): \u201c{_quote(m['text'])}\u201d {cites.cite('mandate', m, label)}{flag}"

    def exec_reasons(h: ExecHit) -> list[str]:
        p = h.profile
        reasons: list[str] = []
        if h.mandates:
            reasons.append(mandate_line(h.mandates[0]))
        if pq.genres or pq.formats:
            period = pq.time_label or f"in the last {round(2 * recent_days / 30.44)} months"
            gl = h.matching_greenlights
            if gl:
                what = " ".join(pq.genres) if pq.genres else "/".join(pq.formats)
                titles = ", ".join(f"{g['title']} ({gl_date(g)}) {cites.cite('greenlight', g, g['title'])}" for g in gl[:3])
                reasons.append(f"greenlit {_plural(len(gl), what + ' project')} {period}: {titles}")
        covered = [g for g in pq.genres if g in p.get("genres", [])]
        if covered:
            reasons.append(f"covers {', '.join(covered)} {cites.cite('executive', p, p['name'])}")
        fm = [f for f in pq.formats if f in p.get("formats", [])]
        if fm:
            reasons.append(f"buys {', '.join(fm)} {cites.cite('executive', p, p['name'])}")
        if pq.countries and p.get("country") in pq.countries:
            reasons.append(f"country matches: {geo.place_name(p['country'])}")
        elif pq.regions and p.get("region") in pq.regions:
            reasons.append(f"region matches: {p.get('region')}")
        elif (pq.regions or pq.countries) and p.get("region"):
            reasons.append(f"region: {p.get('region')} (you asked for {_places(pq)})")
        if not reasons:
            reasons.append(f"profile matches the question {cites.cite('executive', p, p['name'])}")
        return reasons

    def exec_row(h: ExecHit, reasons: list[str]) -> dict[str, Any]:
        p = h.profile
        return {"id": h.id, "name": p["name"], "company": p.get("company_name", p.get("company")),
                "company_id": p.get("company"), "title": p.get("title"), "region": p.get("region"),
                "score": round(h.score, 4), "reasons": reasons, "features": {k: round(v, 3) for k, v in h.features.items()}}

    def who(h: ExecHit) -> str:
        p = h.profile
        title = f", {p['title']}" if p.get("title") else ""
        return f"{p['name']}{title}, {p.get('company_name', p.get('company'))}"

    # A title the KB lacks is not found whichever buyer is named with it ("When did Starz order Power?").
    if pq.unknown_name and not pq.executives and (not pq.companies or pq.unknown_slot in ("title", "about")
                                                  or _apart_from(pq.unknown_name, pq.companies)):
        close = ", ".join(closest or []) or "none"
        lines.append(f"Not found: I have no executive, buyer or title named \u201c{pq.unknown_name}\u201d in the "
                     f"knowledge base, so I cannot say what they want, what they greenlit or how to reach them. "
                     f"Closest names: {close}.")
        return Answer(pq.question, pq.intent.value, "\n".join(lines), [], [], [], _followups(pq, [], companies),
                      _entities(pq), sample, warnings, not_found=pq.unknown_name, closest=closest or [])

    intent = pq.compose_as or pq.intent  # how the answer is composed; it reports pq.intent
    if intent == Intent.ROUTING:
        if not r.executives:
            lines.append(f"No executive in the knowledge base matches {_describe_ask(pq)}.")
        else:
            lines.append(f"{'Who covers' if pq.compose_as else 'Who to pitch'} {_describe_ask(pq)}:")
            if r.constraint_note:
                lines.append(r.constraint_note)
            for i, h in enumerate(r.executives, 1):
                reasons = exec_reasons(h)
                execs_out.append(exec_row(h, reasons))
                lines.append(f"{i}. {who(h)} ({h.profile.get('region') or 'region n/a'})")
                for reason in reasons:
                    lines.append(f"   - {reason}")
        gls_out = [_gl_row(g, companies) for g in r.greenlights[:10]]
    elif intent in (Intent.STRATEGIC, Intent.PROCESS):
        targets = r.executives
        if not targets:
            lines.append("No matching executive found in the knowledge base.")
        for h in targets:
            p = h.profile
            reasons: list[str] = []
            if intent == Intent.STRATEGIC:
                lines.append(f"{who(h)} ({p.get('region') or 'region n/a'}):")
                if h.mandates:
                    for m in h.mandates[:2]:
                        reasons.append(mandate_line(m))
                else:
                    reasons.append(f"no mandate on record; profile: {', '.join(p.get('genres', [])) or 'n/a'} "
                                   f"{cites.cite('executive', p, p['name'])}")
                recent = [g for g in r.greenlights if h.id in g.get("executives", [])][:3]
                if recent:
                    reasons.append("recent greenlights: " + ", ".join(
                        f"{g['title']} ({gl_date(g)}, {'/'.join(g.get('genres', []))}) {cites.cite('greenlight', g, g['title'])}"
                        for g in recent))
            else:
                lines.append(f"How to pitch {who(h)}:")
                if p.get("pitch_process"):
                    reasons.append(f"pitch process: {p['pitch_process']} {cites.cite('executive', p, p['name'])}")
                else:
                    reasons.append(f"no pitch process on record {cites.cite('executive', p, p['name'])}; "
                                   "approach through an agent or the buyer's submissions channel.")
                if h.mandates:
                    reasons.append(mandate_line(h.mandates[0]))
            for reason in reasons:
                lines.append(f"   - {reason}")
            execs_out.append(exec_row(h, reasons))
        gls_out = [_gl_row(g, companies) for g in r.greenlights[:10]]
    else:  # FACTUAL, EXAMPLES
        limit = 10 if intent == Intent.FACTUAL else 5
        gls = r.greenlights[:limit]
        gls_out = [_gl_row(g, companies) for g in gls]
        filt = _describe_filter(pq, companies)
        if not gls:
            lines.append(f"No greenlights in the knowledge base match {filt}.")
        else:
            head = "Greenlights" if intent == Intent.FACTUAL else "Examples of pitches that sold"
            from mw.ask.greenlit import LIST_LIMIT

            found = (f"more than {LIST_LIMIT}" if len(r.greenlights) > LIST_LIMIT
                     else str(len(r.greenlights)))
            shown = f"{found} found{', showing ' + str(len(gls)) if len(r.greenlights) > len(gls) else ''}"
            if r.relaxed:
                # Nothing matches exactly: say so, then the nearest list, labelled with what was widened.
                lines.append(f"No greenlights in the knowledge base match {filt}.")
                lines.append(f"Nearest: {r.relaxed}, newest first ({shown}):")
            else:
                lines.append(f"{head} matching {filt}, newest first ({shown}):")
            for g in gls:
                buyer = companies.get(g["buyer"], {}).get("name", g["buyer"])
                c = cites.cite("greenlight", g, g["title"])
                meta = f"{'/'.join(g.get('genres', []))} {g.get('format') or ''}".strip()
                if intent == Intent.FACTUAL:
                    lines.append(f"- {gl_date(g)}  {g['title']}: {buyer}, {meta} {c}")
                else:
                    lines.append(f"- {g['title']} ({buyer}, {gl_date(g)}, {meta}): "
                                 f"{g.get('logline') or 'no logline on record'} {c}")
        if r.relaxed:
            warnings.append(f"nothing matches {filt}; showing the nearest: {r.relaxed}")
        for h in r.executives[:3]:
            execs_out.append(exec_row(h, exec_reasons(h)))
    if stale:
        warnings.append(f"{_plural(len(stale), 'cited mandate')} older than {stale_days} days, flagged as possibly stale")
    if sample:
        lines.insert(0, "[sample data: fictional buyers and executives]")
    return Answer(pq.question, pq.intent.value, "\n".join(lines), execs_out, gls_out, cites.sources,
                  _followups(pq, r.executives, companies), _entities(pq), sample, warnings,
                  relaxed=r.relaxed if gls_out and intent in (Intent.FACTUAL, Intent.EXAMPLES) else None)


def _describe_filter(pq: ParsedQuestion, companies: dict[str, dict[str, Any]]) -> str:
    bits = []
    if pq.genres:
        bits.append("genre " + " + ".join(pq.genres))
    if pq.genre_words:
        bits.append("tagged " + " + ".join(f"'{w}'" for w in pq.genre_words))
    if pq.formats:
        bits.append("format " + " or ".join(pq.formats))
    if pq.countries:
        bits.append("country " + "/".join(geo.place_name(c) for c in pq.countries))
    elif pq.regions:
        bits.append("region " + "/".join(pq.regions))
    if pq.titles:
        bits.append("the title you named")
    if pq.companies:
        bits.append("buyer " + ", ".join(m.name for m in pq.companies))
    if pq.executives:
        bits.append("executive " + ", ".join(m.name for m in pq.executives))
    if pq.time_label:
        bits.append(pq.time_label)
    if pq.keywords and not bits:
        bits.append("keywords " + ", ".join(pq.keywords))
    return "; ".join(bits) if bits else "your question"


def _entities(pq: ParsedQuestion) -> dict[str, Any]:
    return {
        "genres": pq.genres, "formats": pq.formats, "regions": pq.regions, "countries": pq.countries,
        "executives": [m.name for m in pq.executives], "companies": [m.name for m in pq.companies],
        "since": pq.since, "until": pq.until, "keywords": pq.keywords,
    }


def _followups(pq: ParsedQuestion, execs: list[ExecHit], companies: dict[str, dict[str, Any]]) -> list[str]:
    # a word of a name the knowledge base does not hold is no topic ("Recent mara greenlights")
    # and the leftover keywords of a question whose name was not found are no topic either ("tell me
    # about 'The Glass Orchard'" must not suggest "Who should I pitch orchard to?")
    keywords = [] if pq.unknown_name else [w for w in (re.sub(r"[^\w\s-]", "", fold(k)).strip()
                                                       for k in pq.keywords) if w]
    genre = " ".join(pq.genres) or (keywords[0] if keywords else "")
    top = execs[0].profile["name"] if execs else None
    company = execs[0].profile.get("company_name") if execs else (pq.companies[0].name if pq.companies else None)
    options: list[str] = []
    if pq.intent != Intent.STRATEGIC and top:
        options.append(f"What is {top}'s mandate?")
    if pq.intent != Intent.PROCESS and top:
        options.append(f"How do I pitch to {top}?")
    if pq.intent != Intent.FACTUAL and genre:
        options.append(f"Recent {genre} greenlights")
    if company:
        options.append(f"What did {company} order recently?")
    if pq.intent != Intent.ROUTING and genre:
        options.append(f"Who should I pitch {genre} to?")
    if pq.intent != Intent.EXAMPLES and genre:
        options.append(f"Show me examples of {genre} pitches")
    options.append("Who is buying limited series right now?")
    return list(dict.fromkeys(options))[:3]


def _apart_from(name: str, companies: list[Any]) -> bool:
    """True when an unknown name shares no word with the buyers the question names: "What has <unknown
    person> greenlit at Netflix?" is about that person, and Netflix's list would stand in for theirs."""
    words = set(fold(name).split())
    return len(words) >= 2 and not any(words & set(fold(m.text).split()) for m in companies)
