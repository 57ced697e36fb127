"""Trends: greenlights counted per period, and the genres, formats and buyers rising or falling.

Every count is exact over the knowledge base and carries the ids of the greenlights counted.

**Periods.** ``by`` is ``month``, ``quarter`` or ``year``. The *current window* runs from ``since`` (default:
the start of the period ``DEFAULT_PERIODS[by] - 1`` periods before today's, e.g. four quarters including
this one) to today; the *previous window* is the same number of days just before it. The series lists every
calendar period touching either window (empty ones too), counting what falls inside the windows; a period
reaching beyond them (before the previous window, after today) is marked ``partial``.

**Rising and falling.** A genre/format/buyer is compared by its count in the current window against the
previous window (equal lengths in days, so a partial period does not bias the comparison). Small numbers
are called small: a change is reported only when the larger count is at least ``MIN_COUNT`` (5), the
difference at least ``MIN_CHANGE`` (3) and the larger at least ``MIN_RATIO`` (1.5) times the smaller.
Otherwise the trend is ``steady`` (larger count >= ``MIN_COUNT``) or ``small``. So 1 -> 2 is small, 10 -> 12
is steady, 4 -> 8 is rising.

The aggregation runs in SQL over the records and genre tables of the knowledge base (the record of truth on
every host; a graph database is a copy of it), on covering indexes, one ``GROUP BY`` per facet with the ids of
each group concatenated by SQLite (dates; genres; format x region x buyer): Python then handles groups, not
one row per greenlight.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from mw.errors import UsageError

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase

PERIODS = ("month", "quarter", "year")
DEFAULT_PERIODS = {"month": 6, "quarter": 4, "year": 2}
MIN_COUNT = 5
MIN_CHANGE = 3
MIN_RATIO = 1.5


def trend_label(current: int, previous: int) -> str:
    """``rising``, ``falling``, ``steady`` or ``small`` (see the module docstring)."""
    hi, lo = max(current, previous), min(current, previous)
    if hi < MIN_COUNT:
        return "small"
    if hi - lo >= MIN_CHANGE and hi >= MIN_RATIO * lo:
        return "rising" if current > previous else "falling"
    return "steady"


def period_of(date: str, by: str) -> str:
    """'2025-03' (month), '2025-Q1' (quarter), '2025' (year) for an ISO date."""
    if by == "month":
        return date[:7]
    if by == "year":
        return date[:4]
    return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"


def period_start(d: dt.date, by: str) -> dt.date:
    if by == "month":
        return d.replace(day=1)
    if by == "year":
        return d.replace(month=1, day=1)
    return d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)


def _next_start(d: dt.date, by: str) -> dt.date:
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _shift_back(d: dt.date, by: str, n: int) -> dt.date:
    months = {"month": 1, "quarter": 3, "year": 12}[by] * n
    m = d.year * 12 + d.month - 1 - months
    return dt.date(m // 12, m % 12 + 1, 1)


@dataclass
class Window:
    since: str
    until: str
    prev_since: str
    prev_until: str


def windows(today: dt.date, by: str, since: str | None = None) -> Window:
    if by not in PERIODS:
        raise UsageError(f"--by {by!r} is not one of: {', '.join(PERIODS)}")
    if since:
        try:
            start = dt.date.fromisoformat(since[:10])
        except ValueError:
            raise UsageError(f"--since {since!r} is not an ISO date", hint="Use YYYY-MM-DD, e.g. 2025-01-01.") from None
        if start > today:
            raise UsageError(f"--since {since} is after today ({today.isoformat()})")
    else:
        start = _shift_back(period_start(today, by), by, DEFAULT_PERIODS[by] - 1)
    days = (today - start).days + 1
    prev_until = start - dt.timedelta(days=1)
    prev_since = prev_until - dt.timedelta(days=days - 1)
    return Window(start.isoformat(), today.isoformat(), prev_since.isoformat(), prev_until.isoformat())


@dataclass
class Filters:
    buyers: list[str] = field(default_factory=list)  # company ids
    genres: list[str] = field(default_factory=list)  # every one must be on the greenlight
    formats: list[str] = field(default_factory=list)  # any
    regions: list[str] = field(default_factory=list)  # any

    def to_dict(self) -> dict[str, Any]:
        return {"buyers": self.buyers, "genres": self.genres, "formats": self.formats, "regions": self.regions}


# Past this share of all greenlights, a window is grouped by walking a whole index in group order rather than
# sorting the window's rows: measured at 100k greenlights, sorting costs about 5x a walked entry per row
# (benchmarks/bench_trends.py), so the walk wins above about a fifth.
WALK_SHARE = 0.2


def _source(f: Filters, since: str, until: str, *, walk: bool = False, columns: bool = True
            ) -> tuple[str, str, list[Any]]:
    """(FROM ... WHERE ... over the matching greenlights as ``r``, the date column to group by, parameters).

    The query starts where the filter is narrowest: the buyers' range of ``records_trend``, else the first
    asked genre's date range in ``gl_genre``, else the date range of ``records_facets``. ``walk``: no buyer or
    genre asked, the window is most greenlights; the date is then tested on the index entries rather than used
    as a range (``+r.date``), so a query may walk ``records_trend`` in (buyer, format, region) order.
    ``columns``: the query reads ``r``'s buyer, format, region or title; without, a genre-led source with no
    format or region asked is ``gl_genre`` alone (id and date), without looking up each record."""
    params: list[Any] = []
    date = "r.date"
    if f.buyers or not f.genres:
        src = "records r"
        where = ["r.type='greenlight'"]
        if f.buyers:
            where.append(f"r.company_id IN ({','.join('?' * len(f.buyers))})")
            params.extend(f.buyers)
        if f.buyers or walk:  # a buyer range beats the date index; a walk tests the date on each entry
            date = "+r.date"
        where += [f"{date} >= ?", f"{date} <= ?"]
        params += [since, until]
        other_genres = list(f.genres)
    else:
        if columns or f.formats or f.regions:
            src, date = "gl_genre g0 CROSS JOIN records r ON r.type='greenlight' AND r.id=g0.id", "g0.date"
        else:
            src, date = "gl_genre r", "r.date"  # gl_genre has id, date and genre
        where = [f"{date.split('.')[0]}.genre=?", f"{date} >= ?", f"{date} <= ?"]
        params += [f.genres[0], since, until]
        other_genres = f.genres[1:]
    if f.formats:
        where.append(f"r.format IN ({','.join('?' * len(f.formats))})")
        params.extend(f.formats)
    if f.regions:
        where.append(f"r.region IN ({','.join('?' * len(f.regions))})")
        params.extend(f.regions)
    for g in other_genres:  # every asked genre: a lookup on gl_genre's id index per row
        where.append("EXISTS (SELECT 1 FROM gl_genre x WHERE x.id=r.id AND +x.genre=?)")  # by id, not genre
        params.append(g)
    return f"FROM {src} WHERE {' AND '.join(where)}", date, params


def _greenlights(kb: "KnowledgeBase") -> int:
    """How many greenlights the knowledge base holds, kept in its cache (cleared by every write): it only picks
    a query plan, so a count from before another process's write changes the speed, never a result."""
    if "trends:greenlights" not in kb._cache:
        kb._cache["trends:greenlights"] = kb.db.execute("SELECT count(*) FROM records WHERE type='greenlight'").fetchone()[0]
    return int(kb._cache["trends:greenlights"])


def fetch(kb: "KnowledgeBase", f: Filters, since: str, until: str
          ) -> list[tuple[str, str, str | None, str | None, str, list[str], str]]:
    """(id, date, format, region, buyer id, genres, title) of matching greenlights dated since..until, by date."""
    kb.ensure_data()
    src, date, params = _source(f, since, until)
    q = ("SELECT r.id, r.date, r.format, r.region, r.company_id, r.name, "
         "(SELECT group_concat(genre, '|') FROM gl_genre g WHERE g.id=r.id) "
         f"{src} ORDER BY {date}, r.id")  # the source's date expression: ordering must not pick the index
    return [(rid, date, fmt, reg, buyer, gs.split("|") if gs else [], title)
            for rid, date, fmt, reg, buyer, title, gs in kb.db.execute(q, params)]


_SEP = "\x1f"


def _split(joined: str | None) -> list[str]:
    return joined.split(_SEP) if joined else []


def _compare(cur: dict[str, list[str]], prev: dict[str, list[str]], names: dict[str, str] | None = None
             ) -> list[dict[str, Any]]:
    rows = []
    for key in set(cur) | set(prev):
        c, p = cur.get(key, []), prev.get(key, [])
        row = {"name": key, "current": len(c), "previous": len(p), "change": len(c) - len(p),
               "trend": trend_label(len(c), len(p)), "current_ids": c, "previous_ids": p}
        if names is not None:
            row = {"id": key, **row, "name": names.get(key, key)}
        rows.append(row)
    rows.sort(key=lambda r: (-r["current"], -r["previous"], str(r["name"])))
    return rows


def trends(kb: "KnowledgeBase", f: Filters, *, today: dt.date, by: str = "quarter", since: str | None = None
           ) -> dict[str, Any]:
    """The trends report (the JSON ``mw trends --json`` prints)."""
    w = windows(today, by, since)
    # Calendar periods touching either window, empty ones included.
    periods: dict[str, dict[str, Any]] = {}
    p = period_start(dt.date.fromisoformat(w.prev_since), by)
    end = dt.date.fromisoformat(w.until)
    while p <= end:
        nxt = _next_start(p, by)
        label = period_of(p.isoformat(), by)
        periods[label] = {"period": label, "start": p.isoformat(), "end": (nxt - dt.timedelta(days=1)).isoformat(),
                          "count": 0, "ids": [],
                          # partial: the period reaches beyond the two windows (before the previous one, after today)
                          "partial": p < dt.date.fromisoformat(w.prev_since) or nxt > end + dt.timedelta(days=1),
                          "window": "current" if p.isoformat() >= w.since else
                          ("previous" if (nxt - dt.timedelta(days=1)).isoformat() < w.since else "both")}
        p = nxt
    cur: dict[str, dict[str, list[str]]] = {"genres": {}, "formats": {}, "regions": {}, "buyers": {}}
    prev: dict[str, dict[str, list[str]]] = {"genres": {}, "formats": {}, "regions": {}, "buyers": {}}
    total_cur: list[str] = []
    total_prev: list[str] = []
    kb.ensure_data()
    db = kb.db
    # Each count is one GROUP BY in SQL with the ids of each group joined by SQLite (group_concat), so Python
    # handles groups, not one row per greenlight; the current/previous split is a CASE inside the aggregate.
    src, date, params = _source(f, w.prev_since, w.until, columns=False)
    n_window = 0
    for day, joined in db.execute(f"SELECT {date}, group_concat(r.id, char(31)) {src} GROUP BY 1", params):
        ids = joined.split(_SEP)
        n_window += len(ids)
        per = periods[period_of(day, by)]
        per["count"] += len(ids)
        per["ids"].extend(ids)
        (total_cur if day >= w.since else total_prev).extend(ids)
    walk = not f.buyers and not f.genres and n_window >= WALK_SHARE * _greenlights(kb) > 0
    src, date, params = _source(f, w.prev_since, w.until, walk=walk)
    split = (f"group_concat(CASE WHEN {date} >= ? THEN r.id END, char(31)), "
             f"group_concat(CASE WHEN {date} < ? THEN r.id END, char(31))")
    # Format, region and buyer in one query: groups of (buyer, format, region), merged here.
    for buyer, fmt, reg, c, p in db.execute(f"SELECT r.company_id, r.format, r.region, {split} {src} GROUP BY 1, 2, 3",
                                            [w.since, w.since, *params]):
        for bucket, ids in ((cur, _split(c)), (prev, _split(p))):
            if not ids:
                continue
            if fmt is not None:
                bucket["formats"].setdefault(fmt, []).extend(ids)
            if reg is not None:
                bucket["regions"].setdefault(reg, []).extend(ids)
            bucket["buyers"].setdefault(buyer, []).extend(ids)
    if walk and not (f.formats or f.regions):
        # Every greenlight of the window: walk gl_genre in genre order.
        q = ("SELECT genre, group_concat(CASE WHEN date >= ? THEN id END, char(31)), "
             "group_concat(CASE WHEN date < ? THEN id END, char(31)) FROM gl_genre WHERE date >= ? AND date <= ? "
             "GROUP BY 1")
        gparams = [w.since, w.since, w.prev_since, w.until]
    else:
        src, date, params = _source(f, w.prev_since, w.until, columns=False)
        q = (f"SELECT g.genre, group_concat(CASE WHEN m.date >= ? THEN m.id END, char(31)), "
             f"group_concat(CASE WHEN m.date < ? THEN m.id END, char(31)) "
             f"FROM (SELECT r.id AS id, {date} AS date {src}) m JOIN gl_genre g ON g.id=m.id GROUP BY 1")
        gparams = [w.since, w.since, *params]
    for genre, c, p in db.execute(q, gparams):
        for bucket, ids in ((cur, _split(c)), (prev, _split(p))):
            if ids:
                bucket["genres"][genre] = ids
    companies = {c["id"]: c.get("name", c["id"]) for c in kb.all("company")}
    out: dict[str, Any] = {
        "filters": {**f.to_dict(), "buyer_names": [companies.get(b, b) for b in f.buyers]},
        "by": by,
        "window": {"since": w.since, "until": w.until, "days": (end - dt.date.fromisoformat(w.since)).days + 1},
        "previous_window": {"since": w.prev_since, "until": w.prev_until},
        "periods": list(periods.values()),
        "total": {"current": len(total_cur), "previous": len(total_prev), "change": len(total_cur) - len(total_prev),
                  "trend": trend_label(len(total_cur), len(total_prev)), "current_ids": total_cur,
                  "previous_ids": total_prev},
        "genres": _compare(cur["genres"], prev["genres"]),
        "formats": _compare(cur["formats"], prev["formats"]),
        "regions": _compare(cur["regions"], prev["regions"]),
        "rules": {"min_count": MIN_COUNT, "min_change": MIN_CHANGE, "min_ratio": MIN_RATIO},
        "sample": kb.is_sample,
    }
    if len(f.buyers) != 1:  # one buyer asked: its own row would only repeat the total
        out["buyers"] = _compare(cur["buyers"], prev["buyers"], companies)
    return out


def movers(rows: Sequence[dict[str, Any]], trend: str) -> list[dict[str, Any]]:
    """Rows with this trend, biggest change first."""
    picked = [r for r in rows if r["trend"] == trend]
    return sorted(picked, key=lambda r: (-abs(r["change"]), str(r["name"])))


def _known_values(kb: "KnowledgeBase", kind: str) -> list[str]:
    from mw import vocab

    kb.ensure_data()
    if kind == "genre":
        rows = kb.db.execute("SELECT DISTINCT genre FROM genres WHERE type='greenlight'").fetchall()
    else:
        rows = kb.db.execute(f"SELECT DISTINCT {kind} FROM records WHERE type='greenlight' AND {kind} IS NOT NULL").fetchall()
    return sorted({r[0] for r in rows} | set(vocab.all_canonical(kind)))


def check_value(kb: "KnowledgeBase", kind: str, value: str) -> str:
    """The canonical genre/format/region for ``value``; :class:`~mw.errors.NotFound` with the closest known ones."""
    from rapidfuzz import process

    from mw import vocab
    from mw.errors import NotFound

    canon = {"genre": vocab.norm_genre, "format": vocab.norm_format, "region": vocab.norm_region}[kind](value)
    known = _known_values(kb, kind)
    if canon in known:
        return canon
    close = [c for c, _, _ in process.extract(value, known, limit=3)]
    raise NotFound(f"no {kind} {value!r} in the knowledge base or the vocabulary; closest: {', '.join(close)}",
                   hint=f"Use one of the {kind}s listed by `mw kb stats`, or a synonym of one.", query=value, closest=close)


def resolve_filters(kb: "KnowledgeBase", *, buyers: Sequence[str] = (), genres: Sequence[str] = (),
                    formats: Sequence[str] = (), regions: Sequence[str] = ()) -> Filters:
    """Filters from what a user typed: buyer names (fuzzy, aliases) and genre/format/region words.

    Unknown buyers or values raise :class:`~mw.errors.NotFound` naming the closest matches."""
    from mw.ask.lookup import resolve_one

    return Filters(buyers=list(dict.fromkeys(resolve_one(kb, b, types=("company",)).id for b in buyers)),
                   genres=[check_value(kb, "genre", g) for g in genres],
                   formats=[check_value(kb, "format", x) for x in formats],
                   regions=[check_value(kb, "region", x) for x in regions])
