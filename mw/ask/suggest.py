"""Query suggestions: the questions ``mw suggest`` and the shell completions offer.

Two kinds of candidates:

- **Templates** (``source="template"``), one set per knowledge-base version, filled
  from what the knowledge base actually holds: genres, formats and regions that
  occur on its executives and greenlights (and the combinations that occur
  together, such as "crime thriller" or "crime series"), its executives and its
  buyers. Five categories, matching the question intents of :mod:`mw.ask.intent`:

  ========== ===========================================================
  Routing    Who should I pitch {genre} to? / Who handles {genre} content?
  Strategic  What is {executive}'s mandate? / What is {buyer} looking for?
  Factual    Recent {genre} greenlights / Recent {genre} {format}
  Examples   Show me examples of {genre} pitches
  Process    How do I pitch to {executive}?
  Trends     What's hot at {buyer}? / Is {buyer} buying more {genre}? / {genre} orders per quarter
  Compare    {buyer} vs {buyer} for {genre}
  Moves      Where did {executive} go? / Who moved recently?
  Factual    also: Who greenlit {title}? (newest titles) / What has {executive} greenlit?
  ========== ===========================================================

  Each template carries a prior from how often its genre/executive/buyer occurs,
  so common things come first. The set is cached in memory and in the completion
  table next to the knowledge base (``MW_HOME/cache/suggest.sqlite``, see
  :mod:`mw.ask.suggest_table`), keyed by the knowledge base's ``version``, so a
  fresh ``mw suggest`` process does not rebuild it and any import rebuilds it.
  The table also holds executive and buyer names (with aliases) and the starting
  questions, which :mod:`mw.complete` serves to TAB with prefix matches only.

- **Popular questions** (``source="analytics"``, ``category="Popular"``): the caller passes
  ``(question, times asked)`` pairs, read by :func:`mw.ops.analytics.popular_for_suggestions`
  (only the asking user's own questions unless ``suggest_share_queries = true`` in ``config.toml``).

Matching (:func:`suggest`):

- empty input: popular questions first, then the best templates, mixing categories;
- partial input: the best of (a) prefix match, (b) fuzzy prefix match (edit
  distance on the first ``len(input)`` characters, so "who shoud i pich" still
  finds "Who should I pitch ..."), (c) word match: every typed word is matched
  to a word of the template exactly, as a prefix (the word being typed) or
  fuzzily (typos), weighted so that content words (genres, names) count more
  than cue words. Typed words are also spell-corrected against the question
  vocabulary of :func:`mw.ask.intent.correct_typos`. Templates about the
  genres/formats/regions named in the input get a bonus (contextual
  completions: "recent crime" also offers "Who handles crime content?"), and the
  category the input's first word points at ("who" -> Routing, "recent" ->
  Factual, ...) gets a bonus. Among the candidates close to the best score or
  about what the input names, at most 60 % of the places go to one category, so
  contextual completions from other categories show up.

Only the standard library, rapidfuzz and the knowledge base are imported here:
no Rich, numpy, Redis client or LLM client, so completion stays fast.
"""
from __future__ import annotations

import math
import re
import sqlite3
from bisect import bisect_left
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from mw import vocab
# The template set's version: bump SCHEMA in mw/ask/suggest_table.py when the template set or the
# table layout changes (the completion table, read without this module, is keyed by it).
from mw.ask.suggest_table import SCHEMA  # noqa: F401
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase

CATEGORIES = ("Routing", "Strategic", "Factual", "Examples", "Process", "Trends", "Compare", "Moves")
POPULAR = "Popular"
#: Candidates matching the input less than this (0..100) are not offered.
MIN_SCORE = 65.0

# Cue words: typed first, they point at a category.
_CUES = {
    "who": "Routing", "whom": "Routing", "which": "Routing", "where": "Routing",
    "what": "Strategic", "whats": "Strategic",
    "recent": "Factual", "latest": "Factual", "new": "Factual", "newest": "Factual",
    "show": "Examples", "example": "Examples", "examples": "Examples",
    "how": "Process",
    "is": "Trends", "compare": "Compare", "vs": "Compare",
}
# Words that say little about which template is meant: they count less in word matching.
_WEAK = frozenset(
    "a an the to of for in on at by i me my is are do does what who how which should can show recent "
    "greenlights greenlight pitch pitches examples content looking handles buys mandate".split()
)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9\-\.&]*")
_THE = {"US": "the US", "UK": "the UK", "Nordics": "the Nordics"}
_PLURAL_FORMAT = {"feature": "features", "special": "specials"}


# --------------------------------------------------------------------------- templates
def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _ordered_pairs(lists: Iterable[Sequence[str]]) -> dict[tuple[str, str], int]:
    """Co-occurring genre pairs, in the order records usually write them ("crime", "thriller")."""
    c: dict[tuple[str, str], int] = {}
    for gs in lists:
        gs = list(dict.fromkeys(gs))
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                c[(gs[i], gs[j])] = c.get((gs[i], gs[j]), 0) + 1
    out: dict[tuple[str, str], int] = {}
    for (a, b), n in c.items():
        m = c.get((b, a), 0)
        if n > m or (n == m and a < b):
            out[(a, b)] = n + m
    return out


def build_templates(kb: "KnowledgeBase") -> list[list[Any]]:
    """The template set for ``kb``: ``[text, category, keys, prior]`` rows, best first.

    ``keys`` name what the template is about (``genre:crime``, ``format:series``,
    ``region:UK``, ``executive:<id>``, ``company:<id>``); ``prior`` is in 0..1.
    """
    execs = kb.all("executive")
    gls = kb.all("greenlight")
    companies = kb.all("company")
    mandates = kb.all("mandate")

    genre_n: dict[str, int] = {}
    format_n: dict[str, int] = {}
    region_n: dict[str, int] = {}
    genre_format: dict[tuple[str, str], int] = {}
    genre_region: dict[tuple[str, str], int] = {}
    for rec in (*execs, *gls):
        gs = [g for g in rec.get("genres", []) if g]
        fs = [f for f in ([rec.get("format")] if rec["type"] == "greenlight" else rec.get("formats", [])) if f]
        reg = rec.get("region")
        for g in gs:
            genre_n[g] = genre_n.get(g, 0) + 1
            for f in fs:
                genre_format[(g, f)] = genre_format.get((g, f), 0) + 1
            if reg:
                genre_region[(g, reg)] = genre_region.get((g, reg), 0) + 1
        for f in fs:
            format_n[f] = format_n.get(f, 0) + 1
        if reg:
            region_n[reg] = region_n.get(reg, 0) + 1
    pairs = _ordered_pairs(rec.get("genres", []) for rec in (*execs, *gls))

    exec_n: dict[str, int] = {e["id"]: 1 for e in execs}
    for g in gls:
        for e in g.get("executives", []):
            if e in exec_n:
                exec_n[e] += 1
    for m in mandates:
        if m.get("executive") in exec_n:
            exec_n[m["executive"]] += 1
    comp_n: dict[str, int] = {c["id"]: 1 for c in companies}
    for g in gls:
        if g.get("buyer") in comp_n:
            comp_n[g["buyer"]] += 1
    for e in execs:
        if e.get("company") in comp_n:
            comp_n[e["company"]] += 1

    def norm(counts: dict[Any, int]) -> dict[Any, float]:
        top = max(counts.values(), default=1)
        return {k: math.log1p(v) / math.log1p(top) for k, v in counts.items()}

    pg, pf, pr = norm(genre_n), norm(format_n), norm(region_n)
    pgf, pgr, pp = norm(genre_format), norm(genre_region), norm(pairs)
    pe, pc = norm(exec_n), norm(comp_n)
    rows: list[list[Any]] = []

    def add(text: str, cat: str, keys: list[str], prior: float) -> None:
        rows.append([text, cat, keys, round(max(0.0, min(prior, 1.0)), 4)])

    for g in sorted(genre_n, key=lambda x: (-genre_n[x], x)):
        k = [f"genre:{g}"]
        w = pg[g]
        add(f"Who should I pitch {g} to?", "Routing", k, w)
        add(f"Who handles {g} content?", "Routing", k, w * 0.95)
        add(f"Recent {g} greenlights", "Factual", k, w * 0.97)
        add(f"Show me examples of {g} pitches", "Examples", k, w * 0.9)
    for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        k = [f"genre:{a}", f"genre:{b}"]
        add(f"Recent {a} {b} greenlights", "Factual", k, pp[(a, b)] * 0.9)
        add(f"Who should I pitch {_article(a)} {a} {b} to?", "Routing", k, pp[(a, b)] * 0.85)
    for (g, f), n in sorted(genre_format.items(), key=lambda kv: (-kv[1], kv[0])):
        if any(c == g for c, _, _ in vocab.find_terms(f, "genre")):  # "documentary docuseries"
            continue
        k = [f"genre:{g}", f"format:{f}"]
        add(f"Recent {g} {_PLURAL_FORMAT.get(f, f)}", "Factual", k, pgf[(g, f)] * 0.88)
        add(f"Who should I pitch {_article(g)} {g} {f} to?", "Routing", k, pgf[(g, f)] * 0.87)
    for (g, r), n in sorted(genre_region.items(), key=lambda kv: (-kv[1], kv[0])):
        if r == "Global":
            continue
        add(f"Who buys {g} in {_THE.get(r, r)}?", "Routing", [f"genre:{g}", f"region:{r}"], pgr[(g, r)] * 0.8)
    for r in sorted(region_n, key=lambda x: (-region_n[x], x)):
        if r == "Global":
            continue
        add(f"Recent greenlights in {_THE.get(r, r)}", "Factual", [f"region:{r}"], pr[r] * 0.85)
        add(f"Who buys in {_THE.get(r, r)}?", "Routing", [f"region:{r}"], pr[r] * 0.8)
    for f in sorted(format_n, key=lambda x: (-format_n[x], x)):
        add(f"Recent {_PLURAL_FORMAT.get(f, f)} greenlights" if f in _PLURAL_FORMAT else f"Recent {f} greenlights",
            "Factual", [f"format:{f}"], pf[f] * 0.85)
    for e in sorted(execs, key=lambda x: (-exec_n[x["id"]], x["name"])):
        k = [f"executive:{e['id']}"]
        w = pe[e["id"]]
        add(f"What is {e['name']}'s mandate?", "Strategic", k, w)
        add(f"How do I pitch to {e['name']}?", "Process", k, w * 0.95)
    for c in sorted(companies, key=lambda x: (-comp_n[x["id"]], x["name"])):
        k = [f"company:{c['id']}"]
        w = pc[c["id"]]
        add(f"What is {c['name']} looking for?", "Strategic", k, w * 0.9)
        add(f"What has {c['name']} greenlit recently?", "Factual", k, w * 0.85)
        add(f"How do I pitch to {c['name']}?", "Process", k, w * 0.85)
    _shape_templates(add, genre_n, pg, execs, pe, companies, comp_n, pc, gls)
    if not rows:  # an empty knowledge base: a few questions that need no data
        add("Who should I pitch this to?", "Routing", [], 0.5)
        add("Recent greenlights", "Factual", [], 0.5)
    seen: set[str] = set()
    out = []
    for row in rows:
        key = row[0].lower()
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _shape_templates(add: Any, genre_n: dict[str, int], pg: dict[str, float], execs: list[dict[str, Any]],
                     pe: dict[str, float], companies: list[dict[str, Any]], comp_n: dict[str, int],
                     pc: dict[str, float], gls: list[dict[str, Any]]) -> None:
    """Templates for the question shapes of :mod:`mw.ask.questions` (trends, comparisons, who greenlit, moves)."""
    top_genres = sorted(genre_n, key=lambda x: (-genre_n[x], x))
    buyers = sorted(companies, key=lambda x: (-comp_n[x["id"]], x["name"]))
    for g in top_genres:
        add(f"{g.capitalize()} orders per quarter", "Trends", [f"genre:{g}"], pg[g] * 0.8)
    for i, c in enumerate(buyers):
        k, w = [f"company:{c['id']}"], pc[c["id"]]
        add(f"What's hot at {c['name']}?", "Trends", k, w * 0.85)
        for g in top_genres[:3]:
            add(f"Is {c['name']} buying more {g}?", "Trends", [*k, f"genre:{g}"], w * pg[g] * 0.7)
        for other in buyers[i + 1: i + 4]:
            for g in top_genres[:2]:
                add(f"{c['name']} vs {other['name']} for {g}", "Compare",
                    [*k, f"company:{other['id']}", f"genre:{g}"], w * pc[other["id"]] * pg[g] * 0.75)
    for e in sorted(execs, key=lambda x: (-pe[x["id"]], x["name"])):
        k, w = [f"executive:{e['id']}"], pe[e["id"]]
        add(f"What has {e['name']} greenlit?", "Factual", k, w * 0.8)
        add(f"Where did {e['name']} go?", "Moves", k, w * 0.6)
    newest = sorted(gls, key=lambda g: (g.get("date") or "", g["id"]), reverse=True)[:50]
    for i, g in enumerate(newest):
        add(f"Who greenlit {g['title']}?", "Factual", [f"company:{g['buyer']}"], 0.6 * (1 - i / 100))
    if execs:
        add("Who moved recently?", "Moves", [], 0.7)


# --------------------------------------------------------------------------- index
def _fold(text: str) -> str:
    t = fold(text).replace("\u2019", "'")
    t = re.sub(r"'s\b", "s", t)
    return re.sub(r"\s+", " ", t.replace("?", " ")).strip()


def _tokens(folded: str) -> list[str]:
    return [w.rstrip(".") for w in _TOKEN.findall(folded)]


class _Index:
    """Candidates with their folded text, words and an inverted word index."""

    __slots__ = ("items", "folded", "tokens", "vocab", "by_token", "by_key", "sorted_folded", "sorted_ids")

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.folded = [_fold(it["text"]) for it in items]
        self.tokens = [_tokens(f) for f in self.folded]
        self.by_token: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        for i, toks in enumerate(self.tokens):
            for t in dict.fromkeys(toks):
                self.by_token.setdefault(t, []).append(i)
            for k in items[i].get("keys", ()):
                self.by_key.setdefault(k, []).append(i)
        self.vocab = sorted(self.by_token)
        order = sorted(range(len(self.folded)), key=self.folded.__getitem__)
        self.sorted_folded = [self.folded[i] for i in order]
        self.sorted_ids = order

    def with_prefix(self, prefix: str) -> list[int]:
        """Candidates whose folded text starts with ``prefix`` (binary search)."""
        lo = bisect_left(self.sorted_folded, prefix)
        hi = bisect_left(self.sorted_folded, prefix + "\uffff", lo)
        return self.sorted_ids[lo:hi]

    def words_with_prefix(self, prefix: str) -> list[str]:
        lo = bisect_left(self.vocab, prefix)
        hi = bisect_left(self.vocab, prefix + "\uffff", lo)
        return self.vocab[lo:hi]


_mem: dict[str, tuple[str, _Index]] = {}


def _cache_file(kb: "KnowledgeBase") -> Path:
    from mw.ask.suggest_table import FILE

    return Path(kb.path).parent / "cache" / FILE


def _name_rows(kb: "KnowledgeBase") -> list[tuple[str, str, bool]]:
    """(label, description, is_alias) for every executive and buyer name and alias, names first."""
    companies = {c["id"]: c["name"] for c in kb.all("company")}
    detail = {e["id"]: "executive" + (f", {companies[e['company']]}" if e.get("company") in companies else "")
              for e in kb.all("executive")}
    rows: list[tuple[str, str, bool]] = []
    for t in ("executive", "company"):
        for rid, name, aliases in kb.names(t):
            d = detail.get(rid, "executive") if t == "executive" else "buyer"
            rows.append((name, d, False))
            rows.extend((a, f"{d} ({name})", True) for a in aliases if a)
    return rows


def _load_rows(kb: "KnowledgeBase", version: str) -> list[list[Any]]:
    from mw.ask import suggest_table

    path = _cache_file(kb)
    rows = suggest_table.read_templates(str(path), version)
    if rows is not None:
        return rows
    rows = build_templates(kb)
    items = [{"text": t, "category": c, "source": "template", "keys": k, "prior": p} for t, c, k, p in rows]
    try:
        from mw.config import private_dir

        private_dir(path.parent)
        suggest_table.write(str(path), version, rows, [it["text"] for it in _starters(_Index(items), 40)],
                            _name_rows(kb))
    except (OSError, sqlite3.Error):  # a read-only home still gets suggestions
        pass
    return rows


def completion_rows(kb: "KnowledgeBase", kind: str, word: str, limit: int = 20) -> list[tuple[str, str]]:
    """What :mod:`mw.complete` offers for ``word`` (``kind``: "question" or "names"): ``(text, description)``
    of the candidates starting with ``word`` ignoring case, from the completion table (rebuilt first
    when the knowledge base has changed)."""
    from mw.ask import suggest_table

    version = kb.version
    _template_index(kb)  # writes the table when it is not for this version
    try:
        db = sqlite3.connect(f"file:{_cache_file(kb)}?mode=ro", uri=True)
        try:
            rows = suggest_table.query(db, kind, word, limit, kb_version=version)
        finally:
            db.close()
    except sqlite3.Error:
        rows = None
    if rows is not None:
        return rows
    # No table (a read-only home): the same prefix rule over what is in memory.
    lo, n = word.lower(), len(word)
    if kind == "question":
        idx = _template_index(kb)
        cands = _starters(idx, limit) if not lo else sorted(idx.items, key=lambda it: -it["prior"])
        pairs = [(it["text"], it["category"]) for it in cands]
    else:
        pairs = [(label, d) for label, d, alias in sorted(_name_rows(kb), key=lambda r: (r[2], r[0].lower()))
                 if lo or not alias]
    return [(t, d) for t, d in pairs if t[:n].lower() == lo][:limit]


def templates(kb: "KnowledgeBase") -> list[dict[str, Any]]:
    """The template set for the knowledge base's current version (memory and file cached)."""
    return _template_index(kb).items


def _template_index(kb: "KnowledgeBase") -> _Index:
    version = kb.version
    key = str(kb.path)
    hit = _mem.get(key)
    if hit is not None and hit[0] == version:
        return hit[1]
    rows = _load_rows(kb, version)
    items = [{"text": t, "category": c, "source": "template", "keys": k, "prior": p} for t, c, k, p in rows]
    idx = _Index(items)
    _mem[key] = (version, idx)
    return idx


def clear_cache() -> None:
    """Forget in-memory template sets (tests)."""
    _mem.clear()


# --------------------------------------------------------------------------- popular questions
def _popular(pairs: Sequence[tuple[str, int]]) -> list[dict[str, Any]]:
    """``(question, times asked)`` pairs, most asked first, as candidates with a prior."""
    top = max((n for _, n in pairs), default=1)
    return [{"text": " ".join(str(q).split()), "category": POPULAR, "source": "analytics", "keys": [],
             "prior": math.log1p(n) / math.log1p(top), "count": n} for q, n in pairs if q and str(q).strip()]


# --------------------------------------------------------------------------- matching
def _word_matches(qtok: str, last: bool, idx: _Index) -> dict[str, float]:
    """Index words matching one typed word: exact 100, prefix 95 (or 80 when not the word being typed), fuzzy."""
    from rapidfuzz import fuzz, process

    out: dict[str, float] = {}
    if qtok in idx.by_token:
        out[qtok] = 100.0
    if len(qtok) >= 2 or last:
        pscore = 95.0 if last else 80.0
        for w in idx.words_with_prefix(qtok):
            if w not in out:
                out[w] = pscore
    if len(qtok) >= 3:
        cutoff = 72.0 if len(qtok) >= 5 else 75.0
        for w, s, _ in process.extract(qtok, idx.vocab, scorer=fuzz.ratio, score_cutoff=cutoff, limit=12):
            if abs(len(w) - len(qtok)) <= 3 and s * 0.9 > out.get(w, 0.0):
                out[w] = s * 0.9
    return out


def _score(idx: _Index, variants: list[str], complete_last: bool) -> dict[int, float]:
    """Best match score (0..100) per candidate for the typed text (and its corrected variants)."""
    from rapidfuzz import fuzz, process

    scores: dict[int, float] = {}

    def put(i: int, s: float) -> None:
        if s > scores.get(i, 0.0):
            scores[i] = s

    for q in variants:
        n = len(q)
        # (a) prefix
        for i in idx.with_prefix(q):
            scores[i] = 100.0
        # (b) fuzzy prefix: typos in what was typed so far
        if n >= 4:
            heads = [f[:n] for f in idx.folded]
            for _, s, i in process.extract(q, heads, scorer=fuzz.ratio, score_cutoff=74.0, limit=None):
                put(i, s * 0.97)
        # (c) words, in any order
        qtoks = _tokens(q)
        if not qtoks:
            continue
        weights = [0.35 if t in _WEAK or len(t) <= 1 else 1.0 for t in qtoks]
        total = sum(weights)
        acc: dict[int, float] = {}
        for j, (t, w) in enumerate(zip(qtoks, weights)):
            best: dict[int, float] = {}
            for word, s in _word_matches(t, j == len(qtoks) - 1 and not complete_last, idx).items():
                for i in idx.by_token[word]:
                    if s > best.get(i, 0.0):
                        best[i] = s
            for i, s in best.items():
                acc[i] = acc.get(i, 0.0) + w * s
        for i, s in acc.items():
            put(i, 0.98 * s / total)
    return scores


def _context_keys(text: str) -> tuple[set[str], str | None]:
    """Genres/formats/regions named in the (corrected) input, and the category its first word points at."""
    keys = {f"genre:{c}" for c, _, _ in vocab.find_terms(text, "genre")}
    keys |= {f"format:{c}" for c, _, _ in vocab.find_terms(text, "format")}
    keys |= {f"region:{c}" for c, _, _ in vocab.find_terms(text, "region")}
    first = _tokens(text)[:1]
    return keys, (_CUES.get(first[0]) if first else None)


def _diverse(ranked: list[tuple[float, bool, dict[str, Any]]], limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` of ``ranked`` (score, contextual, item), mixing categories.

    Candidates close to the best score or about what the input names (contextual)
    may take a place: at most 60 % of those places go to one category while
    others are left. Everything else follows in rank order.
    """
    if not ranked:
        return []
    top = ranked[0][0]
    cap = max(2, math.ceil(limit * 0.6))
    picked: list[int] = []
    per: dict[str, int] = {}
    for n, (score, contextual, it) in enumerate(ranked):
        if len(picked) >= limit:
            break
        if not (contextual or score >= top - 15.0):
            continue
        c = it["category"]
        if per.get(c, 0) >= cap and c != POPULAR:
            continue
        per[c] = per.get(c, 0) + 1
        picked.append(n)
    taken = set(picked)
    for n in range(len(ranked)):
        if len(picked) >= limit:
            break
        if n not in taken:
            picked.append(n)
    return [ranked[n][2] for n in sorted(picked)]


def _public(it: dict[str, Any]) -> dict[str, str]:
    return {"text": it["text"], "category": it["category"], "source": it["source"]}


def _starters(idx: _Index, limit: int) -> list[dict[str, Any]]:
    """Best templates for an empty input: round robin over the categories, each by prior."""
    by_cat: dict[str, list[dict[str, Any]]] = {c: [] for c in CATEGORIES}
    for it in idx.items:
        by_cat.setdefault(it["category"], []).append(it)
    for lst in by_cat.values():
        lst.sort(key=lambda it: -it["prior"])
    out: list[dict[str, Any]] = []
    pos = 0
    while len(out) < limit and any(pos < len(lst) for lst in by_cat.values()):
        for c in CATEGORIES:
            lst = by_cat.get(c, [])
            if pos < len(lst) and len(out) < limit:
                out.append(lst[pos])
        pos += 1
    return out


def suggest(kb: "KnowledgeBase", partial: str = "", *, limit: int = 10,
            popular: Sequence[tuple[str, int]] = ()) -> list[dict[str, str]]:
    """Suggested questions for ``partial`` (may be empty): ``[{text, category, source}]``, best first.

    ``popular``: the asking user's past questions with how often each was asked, most asked first
    (:func:`mw.ops.analytics.popular_for_suggestions`); offered first and matched like templates.
    """
    limit = max(0, int(limit))
    if limit == 0:
        return []
    idx = _template_index(kb)
    pop = _popular(popular)
    q = _fold(partial)
    if not q:
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        for it in pop[:limit]:
            seen.add(it["text"].lower())
            out.append(it)
        for it in _starters(idx, limit + len(out)):
            if len(out) >= limit:
                break
            if it["text"].lower() not in seen:
                out.append(it)
        return [_public(it) for it in out[:limit]]

    from mw.ask.intent import correct_typos

    corrected, _ = correct_typos(q)
    variants = [q] if corrected == q else [q, corrected]
    complete_last = partial[-1:].isspace()
    ctx, cue = _context_keys(corrected)
    ranked: list[tuple[float, float, int, bool, dict[str, Any]]] = []
    n = 0
    sources = [(idx, 0.0)] + ([(_Index(pop), 3.0)] if pop else [])
    for index, bonus in sources:
        for i, s in _score(index, variants, complete_last).items():
            it = index.items[i]
            if s < MIN_SCORE:
                continue
            keys = it.get("keys", ())
            hits = 0
            if ctx and keys:
                hits = sum(1 for k in keys if k in ctx)
                s += 4.0 * hits - (1.5 * (len(keys) - hits) if hits else 0.0)
            if cue and it["category"] == cue:
                s += 5.0
            ranked.append((s + bonus + 3.0 * it.get("prior", 0.0), it.get("prior", 0.0), n, hits > 0, it))
            n += 1
    ranked.sort(key=lambda r: (-r[0], -r[1], r[2]))
    seen = set()
    uniq = []
    for score, _, _, contextual, it in ranked:
        k = it["text"].lower()
        if k not in seen:
            seen.add(k)
            uniq.append((score, contextual, it))
    return [_public(it) for it in _diverse(uniq, limit)]


def names(kb: "KnowledgeBase", partial: str = "", *, types: Sequence[str] = ("executive", "company"),
          limit: int = 50) -> list[str]:
    """Executive/buyer names (and aliases) for completion: prefix matches first, then any word, then fuzzy."""
    inc = fold(partial).strip()
    rows: list[tuple[str, str]] = []  # (label, folded label)
    for t in types:
        for _, name, aliases in kb.names(t):
            rows.append((name, fold(name)))
            rows.extend((a, fold(a)) for a in aliases)
    if not inc:  # names only; aliases once something is typed
        return sorted({name for t in types for _, name, _ in kb.names(t)}, key=str.lower)[:limit]
    first = [n for n, f in rows if f.startswith(inc)]
    words = [n for n, f in rows if any(w.startswith(inc) for w in f.split()[1:])]
    out = list(dict.fromkeys(first + words))
    if not out and len(inc) >= 3:
        from rapidfuzz import fuzz, process

        labels = [f for _, f in rows]
        hits = process.extract(inc, labels, scorer=fuzz.partial_ratio, score_cutoff=75.0, limit=limit)
        out = list(dict.fromkeys(rows[i][0] for _, _, i in hits))
    return out[:limit]
