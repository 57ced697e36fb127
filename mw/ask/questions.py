"""Question shapes beyond routing and lookup: trends, comparisons, who greenlit what, executive moves.

:func:`answer` composes the answer for those intents
(detected by :func:`mw.ask.shapes.detect`; the same JSON shape as every ``mw ask`` answer, plus one structured block: ``trends``, ``compare``,
``greenlit`` or ``moves``). :func:`note_moves` adds to routing answers that an executive moved recently.

=========== ==========================================================================================
TRENDS      "what's hot at X", "is X buying more/less Y", "Y orders per quarter", "how many Y did X order"
COMPARE     two or more buyers with "vs", "versus", "compare", "or ... which/better"
GREENLIT    (a FACTUAL question) "who greenlit TITLE", "what has EXECUTIVE greenlit", "EXECUTIVE's greenlights"
MOVES       "where did EXECUTIVE go", "has EXECUTIVE moved", "who moved recently", "who joined X"
WATCHES     "what's new on my watches": what `mw watch check` would report now (nothing is marked seen)
=========== ==========================================================================================

Cue words are generic English; names come from the knowledge base (the parser's mentions) and titles from
its greenlights. Nothing is attributed without a record: a greenlight without recorded executives gets
candidates, labelled as such.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from mw.ask.intent import ParsedQuestion
from mw.ask.dates import gl_date
from mw.ask.shapes import _BY_EXEC, _MOVES_ANY, _WHAT_EXEC, _WHO_GREENLIT, strip_title, unknown_names

if TYPE_CHECKING:
    from mw.store.graph.base import Graph
    from mw.store.kb import KnowledgeBase

SHAPES = ("TRENDS", "COMPARE", "GREENLIT", "MOVES", "WATCHES")
# --------------------------------------------------------------------------- answers
def answer(pq: ParsedQuestion, kb: "KnowledgeBase", graph: "Graph", *, today: dt.date, recent_days: int = 365,
           recent_move_days: int = 180, state: Any = None) -> dict[str, Any]:
    from mw.ask.answer import Citations

    cites = Citations()
    if pq.shape == "TRENDS":
        body = _trends(pq, kb, cites, today)
    elif pq.shape == "COMPARE":
        body = _compare(pq, kb, graph, cites, today, recent_move_days)
    elif pq.shape == "GREENLIT":
        body = _greenlit(pq, kb, graph, cites, today)
    elif pq.shape == "WATCHES":
        body = _watches(kb, state, cites)
    else:
        body = _moves(pq, kb, cites, today, recent_days, recent_move_days)
    lines = body.pop("lines")
    if kb.is_sample:
        lines.insert(0, "[sample data: fictional buyers and executives]")
    out = {
        "question": pq.question, "intent": pq.intent.value, "shape": pq.shape, "answer": "\n".join(lines),
        "executives": body.pop("executives", []), "greenlights": body.pop("greenlights", []),
        "sources": cites.sources, "followups": body.pop("followups", []),
        "entities": {"genres": pq.genres, "formats": pq.formats, "regions": pq.regions,
                     "executives": [m.name for m in pq.executives], "companies": [m.name for m in pq.companies],
                     "since": pq.since, "until": pq.until, "keywords": pq.keywords},
        "sample": kb.is_sample, "warnings": body.pop("warnings", []),
    }
    if "not_found" in body:
        out["not_found"] = body.pop("not_found")
        out["closest"] = body.pop("closest", [])
    out.update(body)
    return out


def _cite_gls(cites: Any, kb: "KnowledgeBase", ids: list[str], n: int = 3) -> str:
    """Citations of the newest ``n`` of ``ids`` (ids are in date order, oldest first, or newest first)."""
    recs = kb.get_many("greenlight", ids[-n:] if ids else [])
    picked = sorted(recs.values(), key=lambda g: (g.get("date") or "", g["id"]), reverse=True)[:n]
    return " ".join(cites.cite("greenlight", g, g["title"]) for g in picked)


def _not_found(what: str, name: str, kb: "KnowledgeBase", types: tuple[str, ...]) -> dict[str, Any]:
    from mw.ask.lookup import closest

    close = closest(kb, name, types)
    return {"lines": [f"I have no {what} named \u201c{name}\u201d in the knowledge base. "
                      f"Closest names: {', '.join(close) or 'none'}."],
            "not_found": name, "closest": close}


def _what(pq: ParsedQuestion) -> str:
    bits = []
    if pq.regions:
        bits.append("/".join(pq.regions))
    if pq.genres:
        bits.append(" ".join(pq.genres))
    if pq.formats:
        bits.append(" or ".join(pq.formats))
    return " ".join(bits)


def _by(t: str) -> str:
    m = re.search(r"\b(month|quarter|year)(?:ly)?\b|\b(annually)\b", t)
    if m:
        return "year" if m.group(2) else m.group(1)
    return "quarter"


def _trends(pq: ParsedQuestion, kb: "KnowledgeBase", cites: Any, today: dt.date) -> dict[str, Any]:
    from mw.ask.trends import MIN_COUNT, Filters, movers, trends

    by = _by(pq.normalized)
    since = pq.since if pq.since and pq.since <= today.isoformat() else None
    f = Filters(buyers=[m.id for m in pq.companies[:1]], genres=list(pq.genres), formats=list(pq.formats),
                regions=list(pq.regions))
    rep = trends(kb, f, today=today, by=by, since=since)
    who = pq.companies[0].name if pq.companies else "All buyers"
    what = _what(pq)
    w, pw = rep["window"], rep["previous_window"]
    lines = [f"{who}: {what + ' ' if what else ''}greenlights by {by}, {w['since']} .. {w['until']} "
             f"against {pw['since']} .. {pw['until']}:"]
    for p in rep["periods"]:
        lines.append(f"  {p['period']:<8} {p['count']:>4}{' (partial)' if p['partial'] else ''}")
    tot = rep["total"]
    lines.append(f"Total: {tot['current']} in this window against {tot['previous']} in the previous one "
                 f"({tot['trend']}) {_cite_gls(cites, kb, tot['current_ids'])}".rstrip())
    if re.search(r"\b(more|less|fewer)\b", pq.normalized) and (what or pq.companies):
        asked_more = re.search(r"\bmore\b", pq.normalized) and not re.search(r"\bmore or less\b", pq.normalized)
        verdict = {"rising": "Yes" if asked_more else "No, more", "falling": "No, fewer" if asked_more else "Yes",
                   "steady": "Not clearly (steady)", "small": "Too few to tell (small numbers)"}[tot["trend"]]
        lines.insert(1, f"{verdict}: {who} greenlit {tot['current']} {what + ' ' if what else ''}project(s) in this "
                        f"window against {tot['previous']} in the previous one.")
    for label, rows in (("genres", rep["genres"]), ("formats", rep["formats"])):
        for trend in ("rising", "falling"):
            mv = movers(rows, trend)[:5]
            if mv:
                lines.append(f"{trend.capitalize()} {label}: " + "; ".join(
                    f"{r['name']} {r['current']} (was {r['previous']}) {_cite_gls(cites, kb, r['current_ids'] or r['previous_ids'], 2)}"
                    for r in mv))
        hot = [r for r in rows if r["trend"] != "small"][:5]
        if not any(movers(rows, t) for t in ("rising", "falling")) and hot:
            lines.append(f"Most {label} (steady): " + ", ".join(f"{r['name']} {r['current']} (was {r['previous']})" for r in hot))
    if "buyers" in rep:
        top = [r for r in rep["buyers"] if r["current"]][:5]
        if top:
            lines.append("Most active buyers: " + ", ".join(f"{r['name']} {r['current']} ({r['trend']})" for r in top))
    lines.append(f"Counts below {MIN_COUNT} are called small, never rising or falling; every count's greenlight ids "
                 "are in --json.")
    follow = [f"Compare {pq.companies[0].name} with another buyer" if pq.companies else "What's hot at a buyer?"]
    if pq.companies:
        follow.append(f"What did {pq.companies[0].name} order recently?")
    return {"lines": lines, "trends": rep, "followups": follow}


def _compare(pq: ParsedQuestion, kb: "KnowledgeBase", graph: "Graph", cites: Any, today: dt.date,
             move_days: int) -> dict[str, Any]:
    from mw.ask.compare import compare

    if len(pq.companies) < 2:
        unknown = [n for n in unknown_names(pq.question, kb, "company")]
        name = unknown[0] if unknown else "the second buyer"
        return _not_found("buyer", name, kb, ("company",))
    ids = [m.id for m in pq.companies]
    since = pq.since if pq.since and pq.since <= today.isoformat() else None
    rep = compare(kb, graph, ids, today=today, genres=pq.genres, formats=pq.formats, regions=pq.regions, since=since,
                  moves_since_days=move_days)
    what = _what(pq)
    names = [b["name"] for b in rep["buyers"]]
    lines = [f"{' vs '.join(names)}{' for ' + what if what else ''}, {rep['window']['since']} .. {rep['window']['until']}:"]
    execs_out = []
    for b in rep["buyers"]:
        gl = b["greenlights"]
        newest = b["newest"]
        lines.append(f"{b['name']}: {gl['count']} greenlight(s) {_cite_gls(cites, kb, list(reversed(gl['ids'])))}".rstrip())
        lines.append(f"   - last 90 days: {b['last_90_days']['count']}" + (
            f"; newest: {newest['title']} ({gl_date({**(kb.get('greenlight', newest['id']) or {}), 'date': newest['date']})}, "
            f"{newest['days_ago']} days ago) "
            f"{cites.cite('greenlight', {'id': newest['id'], **(kb.get('greenlight', newest['id']) or {})}, newest['title'])}"
            if newest else "; none in the window"))
        for label in ("genres", "formats", "regions"):
            if b[label]:
                lines.append(f"   - {label}: " + ", ".join(f"{x['name']} {x['count']}" for x in b[label][:6]))
        if not b["executives"]:
            lines.append("   - no executive on record covers this here")
        for e in b["executives"]:
            rec = kb.get("executive", e["id"]) or {"id": e["id"]}
            bits = [f"   - pitch: {e['name']}{', ' + e['title'] if e.get('title') else ''} "
                    f"{cites.cite('executive', rec, e['name'])}"]
            if e["greenlights"]["count"]:
                bits.append(f"{e['greenlights']['count']} recorded {what + ' ' if what else ''}greenlight(s) in the window")
            m = e["newest_mandate"]
            if m:
                mrec = kb.get("mandate", m["id"]) or {"id": m["id"]}
                text = " ".join(m["text"].split())
                text = text if len(text) <= 160 else text[:159].rsplit(" ", 1)[0] + "\u2026"
                bits.append(f"newest mandate ({m['date'] or 'undated'}): \u201c{text}\u201d "
                            f"{cites.cite('mandate', mrec, e['name'] + ' mandate')}")
            else:
                bits.append("no mandate on record")
            if e.get("moved") and e["moved"]["recent"]:
                bits.append(f"recently moved here from {e['moved']['from']} ({e['moved']['on']})")
            lines.append("; ".join(bits))
            execs_out.append({"id": e["id"], "name": e["name"], "company": b["name"], "company_id": b["id"],
                              "title": e.get("title"), "region": e.get("region")})
    follow = [f"What's hot at {names[0]}?", f"Who should I pitch {what or 'drama'} to at {names[1]}?"]
    return {"lines": lines, "compare": rep, "executives": execs_out, "followups": follow}


def _greenlight_row(g: dict[str, Any], buyer_name: str) -> dict[str, Any]:
    return {"id": g["id"], "title": g["title"], "buyer": buyer_name, "buyer_id": g["buyer"], "date": g.get("date"),
            "genres": g.get("genres", []), "format": g.get("format"), "region": g.get("region"),
            "logline": g.get("logline"), "executives": g.get("executives", [])}


def _greenlit(pq: ParsedQuestion, kb: "KnowledgeBase", graph: "Graph", cites: Any, today: dt.date) -> dict[str, Any]:
    from mw.ask import greenlit as gm
    from mw.errors import NotFound

    companies = {c["id"]: c.get("name", c["id"]) for c in kb.all("company")}
    m = _WHO_GREENLIT.search(pq.question)
    if m and not pq.executives:
        title = strip_title(m.group("rest"), pq)
        try:
            gls = gm.find_greenlights(kb, title, buyer=pq.companies[0].id if pq.companies else None)
        except NotFound as e:
            close = e.details.get("closest", [])
            return {"lines": [f"I have no greenlight titled \u201c{title}\u201d in the knowledge base. "
                              f"Closest titles: {', '.join(close) or 'none'}."], "not_found": title, "closest": close}
        lines: list[str] = []
        execs_out: list[dict[str, Any]] = []
        blocks = []
        for g in gls:
            res = gm.who_greenlit(kb, graph, g)
            c = cites.cite("greenlight", g, g["title"])
            head = f"{g['title']} ({res['buyer_name']}, {gl_date(g)}, {'/'.join(g.get('genres', [])) or 'genre n/a'}) {c}"
            if res["executives"]:
                lines.append(f"{head} was greenlit by:")
                for e in res["executives"]:
                    then, now = e["then"], e["now"]
                    line = (f"   - {e['name']}, {', '.join(x for x in (then['title'], then['company_name']) if x)} "
                            f"{cites.cite('executive', e['record'], e['name'])}")
                    if e["changed_since"]:
                        line += f"; now {', '.join(x for x in (now['title'], now['company_name']) if x)}"
                    lines.append(line)
                    execs_out.append({"id": e["id"], "name": e["name"], "company": now["company_name"],
                                      "company_id": now["company"], "title": now["title"], "role_then": then,
                                      "recorded": True})
            else:
                lines.append(f"{head}: no executive is recorded on this greenlight, so I cannot say who greenlit it.")
                if res["candidates"]:
                    lines.append(f"   Candidates (NOT recorded as having greenlit it): {res['buyer_name']} executives "
                                 f"covering {'/'.join(g.get('genres', [])) or 'its slate'}:")
                    for cnd in res["candidates"][:5]:
                        lines.append(f"   - candidate: {cnd['name']}{', ' + cnd['title'] if cnd.get('title') else ''}"
                                     f"{' (covers ' + ', '.join(cnd['covers']) + ')' if cnd['covers'] else ''} "
                                     f"{cites.cite('executive', cnd['record'], cnd['name'])}")
                        execs_out.append({"id": cnd["id"], "name": cnd["name"], "company": res["buyer_name"],
                                          "company_id": g["buyer"], "title": cnd.get("title"), "recorded": False,
                                          "candidate": True})
                else:
                    lines.append(f"   No {res['buyer_name']} executive on record covers its genres.")
            blocks.append({"greenlight": g["id"], "title": g["title"], "buyer": res["buyer_name"], "date": g.get("date"),
                           "recorded": [{"id": e["id"], "name": e["name"], "role_then": e["then"], "role_now": e["now"]}
                                        for e in res["executives"]],
                           "candidates": [{"id": c["id"], "name": c["name"], "title": c.get("title"),
                                           "covers": c["covers"]} for c in res["candidates"]]})
        return {"lines": lines, "executives": execs_out, "greenlit": {"titles": blocks},
                "greenlights": [_greenlight_row(g, companies.get(g["buyer"], g["buyer"])) for g in gls],
                "followups": [f"What has {execs_out[0]['name']} greenlit?"] if execs_out else []}
    if not pq.executives:
        m2 = _WHAT_EXEC.search(pq.question) or _BY_EXEC.search(pq.question)
        name = m2.group("name").strip(" ?") if m2 else (pq.unknown_name or "that executive")
        return _not_found("executive", name, kb, ("executive",))
    e = pq.executives[0]
    prof = graph.executives([e.id]).get(e.id) or kb.get("executive", e.id) or {"id": e.id, "name": e.name}
    since = pq.since if pq.since and pq.since <= today.isoformat() else None
    gls = gm.greenlit_by(graph, [e.id], genres=pq.genres, since=since, until=pq.until)
    who = f"{prof['name']}{', ' + prof['title'] if prof.get('title') else ''}, {companies.get(prof.get('company', ''), prof.get('company'))}"
    what = _what(pq)
    lines = [f"Greenlights recorded with {who} {cites.cite('executive', prof, prof['name'])}"
             f"{' (' + what + ')' if what else ''}{' ' + pq.time_label if pq.time_label and since else ''}, newest first "
             f"({len(gls)} found{', showing 20' if len(gls) > 20 else ''}):"]
    if not gls:
        lines = [f"No greenlight in the knowledge base records {who} {cites.cite('executive', prof, prof['name'])}"
                 f"{' for ' + what if what else ''}."]
    for g in gls[:20]:
        buyer = companies.get(g["buyer"], g["buyer"])
        lines.append(f"- {gl_date(g)}  {g['title']}: {buyer}, {'/'.join(g.get('genres', []))} {g.get('format') or ''} "
                     f"{cites.cite('greenlight', g, g['title'])}")
    return {"lines": lines, "greenlit": {"executive": e.id, "count": len(gls), "ids": [g["id"] for g in gls]},
            "greenlights": [_greenlight_row(g, companies.get(g["buyer"], g["buyer"])) for g in gls[:20]],
            "executives": [{"id": e.id, "name": prof["name"], "company": companies.get(prof.get("company", ""), prof.get("company")),
                            "company_id": prof.get("company"), "title": prof.get("title")}],
            "followups": [f"Where did {prof['name']} work before?", f"What is {prof['name']}'s mandate?"]}


def _history_source(h: dict[str, Any], eid: str) -> dict[str, Any]:
    return {"id": f"{eid}#history-{h['seq']}", "date": h["changed"],
            "source": h.get("new_source") or h.get("old_source") or f"kb:executive/{eid}",
            **({"sample": True} if h.get("sample") else {})}


def _moves(pq: ParsedQuestion, kb: "KnowledgeBase", cites: Any, today: dt.date, recent_days: int,
           move_days: int) -> dict[str, Any]:
    from mw.ask import moves as mv

    if pq.executives:
        lines: list[str] = []
        out_execs = []
        blocks = []
        for e in pq.executives[:3]:
            d = mv.history_of(kb, e.id)
            x = d["executive"]
            rec = kb.get("executive", x["id"]) or {"id": x["id"]}
            cur = d["roles"][0]
            lines.append(f"{x['name']} is now {mv.role(cur['company_name'], cur['title'])} "
                         f"{cites.cite('executive', rec, x['name'])} (as of {x.get('updated_at') or 'undated'}).")
            if not d["changes"]:
                lines.append("   - no earlier company or title is recorded for them.")
            for h in reversed(d["changes"]):
                flag = " (recent)" if h["kind"] == "move" and mv.is_recent(h, today, move_days) else ""
                lines.append(f"   - {mv.describe_change(h)}{flag} {cites.cite('history', _history_source(h, x['id']), x['name'] + ' history')}"
                             + (f"; before that since {h['since']}" if h.get("since") else ""))
            latest = next((h for h in reversed(d["changes"]) if h["kind"] == "move"), None)
            if latest and mv.is_recent(latest, today, move_days):
                lines.append(f"   - pitch them at {cur['company_name']}, their current company (moved {latest['changed']}).")
            out_execs.append({"id": x["id"], "name": x["name"], "company": cur["company_name"], "company_id": cur["company"],
                              "title": cur["title"]})
            blocks.append(d)
        return {"lines": lines, "executives": out_execs, "moves": {"executives": blocks},
                "followups": [f"What has {pq.executives[0].name} greenlit?", f"What is {pq.executives[0].name}'s mandate?"]}
    unknown = unknown_names(pq.question, kb, "executive")
    if unknown and not _MOVES_ANY.search(pq.normalized):
        return _not_found("executive", unknown[0], kb, ("executive",))
    since = pq.since if pq.since else (today - dt.timedelta(days=move_days)).isoformat()
    label = pq.time_label or f"in the last {round(move_days / 30.44)} months"
    company = pq.companies[0] if pq.companies else None
    rows = mv.recent_moves(kb, since=since, company=company.id if company else None)
    if pq.until:
        rows = [h for h in rows if h["changed"] <= pq.until]
    where = f" into or out of {company.name}" if company else ""
    if not rows:
        lines = [f"No executive moves{where} are recorded {label}."]
    else:
        lines = [f"Executive moves{where} {label}, newest first ({len(rows)}):"]
    for h in rows[:30]:
        lines.append(f"- {h['changed']}  {h['name']}: {mv.describe_change(h)} "
                     f"{cites.cite('history', _history_source(h, h['executive_id']), h['name'] + ' history')}")
    return {"lines": lines, "moves": {"since": since, "company": company.id if company else None, "changes": rows},
            "executives": [{"id": h["executive_id"], "name": h["name"], "company": h["new_company_name"],
                            "company_id": h["new_company"], "title": h["new_title"]} for h in rows[:30]],
            "followups": [f"Where did {rows[0]['name']} go?"] if rows else []}


def _watches(kb: "KnowledgeBase", state: Any, cites: Any) -> dict[str, Any]:
    from mw.ask.watchlist import COLLECTION, collect

    if state is None:
        return {"lines": ["Watches live in the state store, which this answer cannot read."]}
    watches = sorted(state.list_records(COLLECTION).values(), key=lambda w: w.get("created_at") or "")
    if not watches:
        return {"lines": ["You have no watches. Add one with: mw watch add \"crime at <buyer>\""],
                "watches": {"watches": 0, "items": []}}
    found, _, _ = collect(kb, watches)
    items = [it for lst in found for it in lst]
    if not items:
        lines = [f"Nothing new on your {len(watches)} watch(es) since their last check."]
    else:
        lines = [f"New since the last check ({len(items)} item(s); `mw watch check` reports and marks them seen):"]
    for it in items[:50]:
        rec = it["record"]
        if it["kind"] == "move":
            c = cites.cite("history", {"id": it["id"], "date": it["date"], "source": it["source"]}, rec["name"] + " history")
        else:
            c = cites.cite(it["kind"], rec, rec.get("title") or it["summary"][:40])
        lines.append(f"- [{it['watch']}] {it['kind']} {it['date'] or 'undated'}  {it['summary']} {c}")
    return {"lines": lines, "watches": {"watches": len(watches), "items": items}}


def note_moves(out: dict[str, Any], kb: "KnowledgeBase", today: dt.date, move_days: int = 180) -> None:
    """Add to an answer naming executives that those who moved recently are pitched at their current company."""
    from mw.ask import moves as mv

    rows = out.get("executives") or []
    latest = kb.latest_moves([e["id"] for e in rows if e.get("id")])
    notes = []
    for e in rows:
        h = latest.get(e.get("id"))
        if h is None or not mv.is_recent(h, today, move_days) or h["new_company"] != e.get("company_id"):
            continue
        n = len(out["sources"]) + 1
        out["sources"].append({"n": n, "type": "history", "id": f"{e['id']}#history-{h['seq']}",
                               "label": f"{h['name']} history", "date": h["changed"],
                               "source": h.get("new_source") or h.get("old_source") or f"kb:executive/{e['id']}"})
        e["moved"] = {"from": h["old_company_name"], "to": h["new_company_name"], "on": h["changed"], "recent": True}
        e.setdefault("reasons", []).append(f"moved recently: {mv.describe_change(h)} [{n}]")
        notes.append(f"Note: {h['name']} {mv.describe_change(h)} [{n}]: pitch them at {h['new_company_name']}.")
    if notes:
        out["answer"] = out["answer"] + "\n" + "\n".join(notes)
