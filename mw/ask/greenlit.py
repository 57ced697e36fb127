"""Who greenlit what: the executives recorded on greenlights, and nothing else.

A greenlight's ``executives[]`` (from an import, or from a refresh whose text names executives the
knowledge base holds) are the only attribution. Where a greenlight has none, answers say so and list the
buyer's executives covering its genres as *candidates*, never as the ones who greenlit it.

An executive's role at the time of a greenlight comes from the history (:mod:`mw.ask.moves`): the earliest
change dated after the greenlight holds the role they had then.

Titles are matched with rapidfuzz (``WRatio`` over folded titles; a best score under ``TITLE_MATCH`` (88)
is "not found" with the closest titles).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Sequence

from mw.errors import NotFound
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.graph.base import Graph
    from mw.store.kb import KnowledgeBase

TITLE_MATCH = 88.0

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
             "9th": 9, "10th": 10}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
_NUM = r"(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")"
_ORD = r"(?P<o>" + "|".join(_ORDINALS) + r")"
_SEASON_OF = re.compile(r"^(?:the\s+)?(?:" + _ORD + r"\s+(?:season|series)|(?:season|series)\s+" + _NUM +
                        r")\s+(?:of|for)\s+(?P<t>.+)$")
_SEASON_AFTER = re.compile(r"^(?P<t>.+?)[\s,:\-(]+(?:(?:season|series)\s+" + _NUM + r"|s(?P<s>\d{1,2})|" + _ORD +
                           r"\s+(?:season|series))\)?$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_WORDS = re.compile(r"[a-z0-9]+")


def title_key(text: str) -> str:
    """A title as questions and records both write it: folded, punctuation and a leading article dropped,
    and a season written one way ("Moving (season 2)", "the second season of Moving", "Moving S2",
    "Moving, season two" -> "moving season 2")."""
    t = " ".join(_WORDS.findall(re.sub(r"['\u2019]s\b", "", fold(text)).replace("&", " and ")))
    season = None
    m = _SEASON_OF.match(t)
    if m:
        season = _ORDINALS.get(m.group("o") or "") or _num(m.group("n"))
        t = m.group("t")
    else:
        m = _SEASON_AFTER.match(t)
        if m and m.group("t"):
            season = _ORDINALS.get(m.group("o") or "") or _num(m.group("n") or m.group("s"))
            t = m.group("t")
    t = _ARTICLE.sub("", t).strip()
    return f"{t} season {season}" if season else t


_POSSESSOR = re.compile(r"^(?:[^\s:]+\s+){0,2}[^\s:]+['\u2019]s\s+(?P<t>.+)$")


def title_keys(title: str) -> list[str]:
    """The keys a title is found by: :func:`title_key`, and for "<Name>'s <Title>" ("Anne Rice's The
    Talamasca", "RuPaul's Drag Race UK") the title without its possessor, as people say it."""
    keys = [title_key(title)]
    m = _POSSESSOR.match(fold(title).strip())
    if m and len(title_key(m.group("t"))) >= 4:
        keys.append(title_key(m.group("t")))
    return list(dict.fromkeys(keys))


_DESCRIPTOR = (r"(?:reboot|remake|revival|spinoff|spin off|adaptation|sequel|prequel|series|show|tv show|pilot|film|"
               r"movie|documentary|doc|docuseries|special|miniseries|limited series|drama|comedy|franchise|project)")
_DESCRIBED = re.compile(r"^(?:(?:new|the)\s+)?(?P<t>.+?)(?:\s+" + _DESCRIPTOR + r")+$|^" + _DESCRIPTOR +
                        r"\s+(?P<u>.+)$")


def undescribed(key: str) -> str | None:
    """A title key without the words that describe it ("the rockford files reboot" -> "rockford files",
    "docuseries serengeti" -> "serengeti"), or None when there are none."""
    m = _DESCRIBED.match(key)
    if not m:
        return None
    t = _ARTICLE.sub("", (m.group("t") or m.group("u") or "").strip())
    return t if t and t != key else None


def _num(v: str | None) -> int | None:
    if not v:
        return None
    return int(v) if v.isdigit() else _NUMBERS.get(v)


def title_candidates(kb: "KnowledgeBase", text: str, limit: int = 5) -> list[tuple[str, str, float]]:
    """(greenlight id, title, score 0..100) best first; the same title (:func:`title_key`) scores 101.

    A fragment of a long title is not that title (a score of at most 80 when the two differ much), and
    neither is a longer name that holds the title and more ("Moving Day" is not "Moving")."""
    from rapidfuzz import fuzz, process

    q = title_key(text.strip(" ?!.\"'\u201c\u201d\u2018\u2019"))
    if not q:
        return []
    key = ("titles", kb.version)
    cached = _TITLES.get(key)
    if cached is None:
        kb.ensure_data()
        rows = kb.db.execute("SELECT id, name FROM records WHERE type='greenlight' ORDER BY date DESC, id").fetchall()
        ids_, titles_, keys_ = [], [], []
        for rid, name in rows:
            for k in title_keys(name):
                ids_.append(rid)
                titles_.append(name)
                keys_.append(k)
        cached = (ids_, titles_, keys_)
        _TITLES.clear()
        _TITLES[key] = cached
    ids, titles, keys = cached
    out: dict[str, tuple[str, str, float]] = {}
    bare = undescribed(q)  # "the Rockford Files reboot": the title with what describes it
    for i, t in enumerate(keys):
        if t == q:
            out[ids[i]] = (ids[i], titles[i], 101.0)
        elif t == bare and ids[i] not in out:
            out[ids[i]] = (ids[i], titles[i], 100.0)
    q_words = set(q.split())
    for _, score, i in process.extract(q, keys, scorer=fuzz.WRatio, limit=limit * 3):
        plain = fuzz.ratio(q, keys[i])
        if plain < 60:
            score = min(score, 80.0)  # a fragment of a long title is not that title
        elif q_words - set(keys[i].split()):
            score = min(score, plain)  # more words than the title, or other ones: another name, or a typo
        if ids[i] not in out or out[ids[i]][2] < score:
            out[ids[i]] = (ids[i], titles[i], float(score))
    return sorted(out.values(), key=lambda x: -x[2])[:limit]


_TITLES: dict[tuple[str, str], tuple[list[str], list[str], list[str]]] = {}


def find_greenlights(kb: "KnowledgeBase", text: str, buyer: str | None = None) -> list[dict[str, Any]]:
    """The greenlights titled ``text`` (best match, every buyer with that title unless ``buyer`` is given);
    :class:`NotFound` with the closest titles when none matches well."""
    cands = title_candidates(kb, text, limit=8)
    good = [c for c in cands if c[2] >= TITLE_MATCH]
    if good:
        best = fold(good[0][1])
        recs = kb.get_many("greenlight", [c[0] for c in good if fold(c[1]) == best])
        out = [recs[c[0]] for c in good if c[0] in recs]
        if buyer:
            out = [g for g in out if g["buyer"] == buyer] or out
        return sorted(out, key=lambda g: (g.get("date") or "", g["id"]), reverse=True)
    close = [c[1] for c in cands[:3]]
    raise NotFound(f"no greenlight titled {text!r} in the knowledge base"
                   + (f"; closest: {', '.join(close)}" if close else ""),
                   hint="Check the title, or list greenlights with `mw kb list greenlights`.",
                   query=text, closest=close)


def role_at(kb: "KnowledgeBase", exec_rec: dict[str, Any], date: str | None,
            company_names: dict[str, str]) -> dict[str, Any]:
    """The executive's company and title on ``date`` (from the history), and now."""
    now = {"company": exec_rec["company"], "company_name": company_names.get(exec_rec["company"], exec_rec["company"]),
           "title": exec_rec.get("title")}
    then = dict(now)
    if date:
        for h in kb.history(exec_rec["id"]):  # oldest first: the first change after the date held the role then
            if h["changed"] > date:
                then = {"company": h["old_company"], "company_name": h["old_company_name"], "title": h["old_title"]}
                break
    return {"then": then, "now": now, "changed_since": then != now}


def who_greenlit(kb: "KnowledgeBase", graph: "Graph", greenlight: dict[str, Any]) -> dict[str, Any]:
    """The recorded executives of one greenlight (with their role then and now), or, when none is recorded,
    the buyer's executives covering its genres as candidates."""
    companies = {c["id"]: c.get("name", c["id"]) for c in kb.all("company")}
    recorded = list(greenlight.get("executives", []))
    profiles = graph.executives(recorded) if recorded else {}
    execs = []
    for eid in recorded:
        p = profiles.get(eid) or kb.get("executive", eid)
        if p is None:
            continue
        execs.append({"id": eid, "name": p["name"], "record": p, **role_at(kb, p, greenlight.get("date"), companies)})
    candidates: list[dict[str, Any]] = []
    if not execs:
        ids = graph.executives_matching(genres=greenlight.get("genres", []), companies=[greenlight["buyer"]])
        cprof = graph.executives(ids)
        for eid in sorted(cprof, key=lambda e: cprof[e]["name"]):
            p = cprof[eid]
            covered = [g for g in greenlight.get("genres", []) if g in p.get("genres", [])]
            candidates.append({"id": eid, "name": p["name"], "title": p.get("title"), "covers": covered, "record": p})
    return {"greenlight": greenlight, "buyer_name": companies.get(greenlight["buyer"], greenlight["buyer"]),
            "executives": execs, "candidates": candidates}


def greenlit_by(graph: "Graph", executive_ids: Sequence[str], *, genres: Sequence[str] = (),
                since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Greenlights recorded with any of these executives (optionally of all ``genres``, within dates), newest first."""
    return graph.greenlights(executives=list(executive_ids), genres=list(genres), since=since, until=until)


# ------------------------------------------------------------------ lists of greenlights
#
# A list question ("What horror has X ordered since 2021?", "Korean dramas on Y", "latest docuseries") is
# answered with exactly the greenlights that match every filter the question states, newest first (date,
# then id), never reordered by relevance:
#   genres     every asked genre is a tag of the record
#   formats    any asked format ("series" in a list also takes the other TV formats: listing_formats)
#   buyers     any named buyer; executives: any named executive recorded on it
#   place      the greenlight's own place: its country, else the country its region names, else (a record
#              with no place at all) its buyer's. An asked country matches records of that country, and
#              records placed only at region level when that region was asked for itself; an asked region
#              matches its countries' records and records of the region.
#   dates      since/until; "recent" with no date is the default window (recent_days).
# When nothing matches, the list says so and the nearest is shown, labelled with what was widened: the
# date window first (the newest matching at any date), then the format, then the place (a country to its
# region), then genres. A named buyer, executive or title is never widened: another buyer's titles would
# read as theirs.

LIST_LIMIT = 100  # greenlights a list holds at most (an answer shows 10; "more than 100" beyond)


def greenlight_place(g: dict[str, Any], buyer_place: dict[str, tuple[str | None, str | None]]
                     ) -> tuple[str | None, str | None]:
    """(region, country) of a greenlight: its own; its buyer's only when the record names no place."""
    from mw import geo

    reg, cty = g.get("region"), g.get("country")
    if not reg and not cty:
        reg, cty = buyer_place.get(g.get("buyer", ""), (None, None))
    cty = cty or (geo.country_of_region(reg) if reg else None)
    reg = reg or (geo.region_of(cty) if cty else None)
    return reg, cty


def place_matcher(countries: Sequence[str], regions: Sequence[str], own_regions: Sequence[str]
                  ) -> "Callable[[str | None, str | None], bool]":
    """Whether a (region, country) is in the asked place. ``own_regions``: regions the question asks for
    themselves, not only as the region of an asked country ("Nordic or Korean dramas": Nordics)."""
    from mw import geo

    countries, own = set(countries), set(own_regions)
    wide = set(regions) if not countries else own
    wide |= {r for w in list(wide) for r in geo.REGION_CONTAINS.get(w, ())}

    def ok(reg: str | None, cty: str | None) -> bool:
        if cty and cty in countries:
            return True
        if cty and geo.region_of(cty) in wide:
            return True
        return bool(reg) and reg in wide
    return ok


def list_filter(pq: Any, company_ids: Sequence[str], exec_ids: Sequence[str]) -> dict[str, Any]:
    """The filter a list question states (see above), as the answer's ``greenlight_filter`` records it."""
    from mw.ask.vocabulary import listing_formats

    # regions the question asks for themselves, not only as an asked country's (its parsed constraints)
    own_regions = (pq.constraints or {}).get("regions", []) if pq.countries else list(pq.regions)
    return {"genres": list(pq.genres), "genre_words": list(getattr(pq, "genre_words", [])),
            "formats": listing_formats(list(pq.formats)), "buyers": list(company_ids),
            "executives": list(exec_ids), "countries": list(pq.countries),
            "regions": list(pq.regions) if not pq.countries else list(own_regions),
            "since": pq.since, "until": pq.until, "not_genres": list(getattr(pq, "excluded_genres", []))}


def select(kb: "KnowledgeBase", graph: "Graph", f: dict[str, Any], limit: int = LIST_LIMIT + 1
           ) -> list[dict[str, Any]]:
    """The greenlights matching filter ``f`` (from :func:`list_filter`), newest first, at most ``limit``."""
    base = {k: f[k] for k in ("genres", "formats", "buyers", "executives", "since", "until") if f.get(k)}
    words = f.get("genre_words") or []
    not_genres = set(f.get("not_genres") or [])
    if not (f.get("countries") or f.get("regions") or words or not_genres):
        return graph.greenlights(**base, limit=limit)
    ok = place_matcher(f.get("countries", []), f.get("regions", []), f.get("regions", [])) \
        if f.get("countries") or f.get("regions") else None
    buyer_place = {c["id"]: (c.get("region"), c.get("country")) for c in kb.all("company")} if ok else {}
    out = []
    for g in graph.greenlights(**base):
        if words and not all(w in (g.get("genre_words") or g.get("genres", [])) for w in words):
            continue  # asked in the records' own words: tagged with those words
        if not_genres & set(g.get("genres", [])):
            continue  # ruled out by the question ("anything but reality")
        if ok is None or ok(*greenlight_place(g, buyer_place)):
            out.append(g)
            if len(out) >= limit:
                break
    return out


def _widenings(f: dict[str, Any], recent_default: bool) -> list[tuple[str, dict[str, Any]]]:
    """(what was widened, the wider filter), nearest first."""
    from mw import geo
    from mw.ask.vocabulary import format_family

    steps: list[tuple[str, dict[str, Any]]] = []
    cur = dict(f)
    if cur.get("since") or cur.get("until"):
        cur = {**cur, "since": None, "until": None}
        steps.append(("the newest matching at any date" if recent_default else "without the date window", cur))
    if cur.get("formats"):
        fams = {format_family(x) for x in cur["formats"]}
        from mw.ask.vocabulary import FORMAT_FAMILY

        family = sorted({x for x, fam in FORMAT_FAMILY.items() if fam in fams} | set(cur["formats"]))
        if family != sorted(cur["formats"]):
            cur = {**cur, "formats": family}
            steps.append(("any format of the same family", cur))
        cur = {**cur, "formats": []}
        steps.append(("any format", cur))
    if cur.get("countries"):
        regions = sorted({r for c in cur["countries"] if (r := geo.region_of(c))} | set(cur.get("regions") or []))
        cur = {**cur, "countries": [], "regions": regions}
        if regions:
            steps.append(("the wider region (" + ", ".join(geo.place_name(r) for r in regions) + ")", cur))
    if cur.get("regions"):
        cur = {**cur, "regions": []}
        steps.append(("any place", cur))
    if cur.get("genre_words"):
        cur = {**cur, "genre_words": []}
        steps.append(("the same genres under any of their names", cur))
    genres = list(cur.get("genres") or [])
    while len(genres) > 1:
        genres = genres[:-1]
        cur = {**cur, "genres": genres}
        steps.append(("genre " + " + ".join(genres) + " only", cur))
    if genres and (cur.get("buyers") or cur.get("executives")):
        cur = {**cur, "genres": []}
        steps.append(("any genre", cur))
    return steps


def select_or_nearest(kb: "KnowledgeBase", graph: "Graph", f: dict[str, Any], *, recent_default: bool = False,
                      limit: int = LIST_LIMIT + 1) -> tuple[list[dict[str, Any]], dict[str, Any], str | None]:
    """(greenlights, the filter they match, what was widened or None): the exact list, or when it is empty
    the nearest non-empty one (see the order above)."""
    found = select(kb, graph, f, limit)
    if found:
        return found, f, None
    for how, wider in _widenings(f, recent_default):
        found = select(kb, graph, wider, limit)
        if found:
            return found, wider, how
    return [], f, None
