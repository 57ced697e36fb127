"""How answers state a greenlight's date."""
from __future__ import annotations

from typing import Any


def gl_date(g: dict[str, Any]) -> str:
    """A greenlight's date as an answer states it. A feed item without a date of its own is dated
    when it was fetched (``date_source: "fetched"``): that date is when it was seen, not when the
    greenlight was announced, and the answer says so ("seen on 2026-03-02")."""
    d = g.get("date")
    if not d:
        return "undated"
    return f"seen on {d}" if g.get("date_source") == "fetched" else str(d)
