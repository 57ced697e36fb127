"""Executive moves: an executive's earlier companies and titles, read from the knowledge base's history.

The history is written by :meth:`mw.store.kb.KnowledgeBase.write` in the same transaction as the change
(imports and refreshes alike): every row keeps the earlier company and title, the dates the knowledge base
knows them by and the sources of both records. Nothing here guesses: an executive without a row has no
recorded move.

A move is *recent* when it is dated within ``RECENT_MOVE_DAYS`` (180) days of today; routing answers say so
next to an executive who moved recently, and always name the current company (the executive record's).
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase

RECENT_MOVE_DAYS = 180


def role(company_name: str | None, title: str | None) -> str:
    """'Title, Company' (either may be missing)."""
    return ", ".join(x for x in (title, company_name) if x) or "unknown role"


def describe_change(h: dict[str, Any]) -> str:
    """One line: 'moved from A to B on DATE' / 'title changed from A to B at C on DATE'."""
    if h["kind"] == "move":
        return (f"moved from {role(h['old_company_name'], h['old_title'])} to "
                f"{role(h['new_company_name'], h['new_title'])} on {h['changed']}")
    return (f"title changed from {h['old_title'] or 'none recorded'} to {h['new_title']} at "
            f"{h['new_company_name']} on {h['changed']}")


def is_recent(h: dict[str, Any], today: dt.date, days: int = RECENT_MOVE_DAYS) -> bool:
    return (h.get("changed") or "") >= (today - dt.timedelta(days=days)).isoformat()


def history_of(kb: "KnowledgeBase", name: str) -> dict[str, Any]:
    """An executive (fuzzy name; :class:`~mw.errors.NotFound` with the closest names) with current role and history.

    ``roles`` lists the roles newest first: the current one (from the executive record), then each earlier one
    with the dates the knowledge base knows it by (``from``: the previous change or the earlier record's
    ``updated_at``; ``to``: the day it changed) and its source.
    """
    from mw.ask.lookup import resolve_one

    m = resolve_one(kb, name, types=("executive",))
    rec = kb.get("executive", m.id)
    assert rec is not None
    comp = kb.get("company", rec["company"]) or {}
    rows = kb.history(m.id)
    current = {"company": rec["company"], "company_name": comp.get("name", rec["company"]), "title": rec.get("title"),
               "from": rows[-1]["changed"] if rows else rec.get("updated_at"), "to": None, "current": True,
               "source": rec.get("source") or f"kb:executive/{rec['id']}"}
    roles = [current]
    for h in reversed(rows):
        roles.append({"company": h["old_company"], "company_name": h["old_company_name"], "title": h["old_title"],
                      "from": h["since"], "to": h["changed"], "current": False, "change": h["kind"],
                      "source": h["old_source"] or f"kb:executive/{rec['id']}", "changed_by": h["new_source"]})
    return {"executive": {"id": rec["id"], "name": rec["name"], "company": rec["company"],
                          "company_name": current["company_name"], "title": rec.get("title"),
                          "updated_at": rec.get("updated_at"), "sample": bool(rec.get("sample"))},
            "roles": roles, "changes": rows}


def recent_moves(kb: "KnowledgeBase", *, since: str, company: str | None = None,
                 include_titles: bool = False) -> list[dict[str, Any]]:
    """Moves (and title changes when asked) dated on/after ``since``, newest first; ``company`` keeps moves
    into or out of that company id."""
    kinds = ("move", "title") if include_titles else ("move",)
    rows = kb.moves(since=since, kinds=kinds)
    if company:
        rows = [h for h in rows if company in (h["old_company"], h["new_company"])]
    return rows
