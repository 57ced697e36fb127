"""Retrieval: from a parsed question to ranked executives and matching greenlights.

Stages (each recorded in :class:`Trace` for ``mw ask --explain``):

1. Query expansion: genre/format/region synonyms from :mod:`mw.vocab`.
2. HyDE: a hypothetical mandate written from the question (templated offline;
   written by the LLM when one is configured and passed in as ``hyde_text``).
3. Lexical BM25 over executive profiles, mandates and greenlights (SQLite FTS5
   through :meth:`KnowledgeBase.search`), aggregated per executive.
4. Dense retrieval when a vector index and embedder are available, fused with the
   lexical ranking by reciprocal rank fusion (RRF).
5. Structured evidence from the graph (:class:`mw.store.graph.base.Graph`): profile
   genres/formats/region, greenlights in the asked genres and how recent they are.
6. Reranking: constraints before preferences, then a linear score over soft features
   (no cross-encoder model ships offline; see docs).
7. Adaptive top-k: by intent, cut where scores fall below a share of the best, never
   dropping a candidate whose evidence clearly exceeds that of one kept.

The stage backends come in :class:`Backends`; this module never names SQLite,
Pinecone or Neo4j, so a vector or graph backend swaps in without changes here.

Ranking
-------
Candidates sort by (constraint violations, irrelevant, place tier), and only then by score:
a candidate violating an explicit buyer, country, region or format constraint ranks below
every one satisfying it, whatever the weights. The score is ``sum(WEIGHTS[f] * feature f)``
plus :data:`NAMED_BONUS` when the question names the executive or a title they are on.
Features (:class:`Candidate`): ``genre_fit``, ``greenlight_fit``, ``format_fit``,
``region_fit``, ``mandate_fit``, ``evidence_fit``, ``company_fit`` (see :data:`WEIGHTS`);
``text_fit``, the lexical and dense rankings fused by RRF (k=60) over the best fused score;
and each text stage's own view, ``lexical_rr``/``dense_rr`` (1 / (1 + rank)) and
``lexical_share``/``dense_share`` (its aggregated score over its best). The dense ones exist
only when a vector index answers (the semantic extra).

How the weights were set (calibration)
--------------------------------------
The weights were set by hand until they were fitted, on development data only, by
``scripts/fit_reranker.py``; the ``on_rerank`` hook of :func:`retrieve` hands it each
question's :class:`RerankCase`, which replays the rank and the cut under other weights.

- Data: every question expecting a ``top1`` or ``top3_any`` executive in the development
  sets (``tests/eval/sample_questions.jsonl``, ``tests/eval/dev/{dev_questions,probes,
  probes_real_shape}.jsonl``, ``real_shape/``, ``dev4/`` both files, ``dev5/``: 252
  questions), asked as ``scripts/eval.py`` asks them, once with lexical retrieval and once
  with ``--semantic`` (504 cases). Held-out sets are never read.
- Model: pairwise logistic regression (RankNet) on (expected, other) pairs of candidates in
  the same constraint tier (pairs across tiers are decided before any weight counts), each
  question weighing the same, weights kept >= 0, L2 towards the hand weights with its
  strength chosen by an inner leave-one-set-out CV; one weight vector for both modes.
  ``region_fit`` and ``company_fit`` cannot move: within a tier they are constant.
- Result, leave-one-set-out CV (each set scored with weights fitted on the others, replaying
  the rank and the adaptive top-k): 486/504 right (96.4%) against 484/504 (96.0%) for the hand
  weights; lexical 241 vs 241, dense 245 vs 243 of 252; no set worse. The same fit with the
  eight hand features alone scored 482 (the sample set worse), and coordinate ascent on
  accuracy 485 (sample/semantic worse): neither was kept. The fit on every set (lambda 0.01)
  is :data:`WEIGHTS`: 487/504 on its training data (lexical 243, dense 244). Against the hand
  weights it gains "Who takes mythology dramas?" (dev4, both modes; the specialist that both
  text stages rank first no longer loses to a generalist's mandate evidence) and the Shudder
  horror-film question (dev5, both modes), and loses one (dev5 "Aussie short-form drama",
  dense). The remaining misses are decided before the weights (a place parsed wrongly, a
  title question answered by nobody, every feature favouring another executive).
- Refit after changing features or development data (about 2 minutes on 2 cores), and
  replace :data:`WEIGHTS` with the printed line only if CV beats the hand weights and no set
  gets worse::

      python scripts/fit_reranker.py              # lexical, and dense where the extra is installed
"""
from __future__ import annotations

import datetime as dt
import math
import re
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, Mapping, Protocol, Sequence

from mw import geo, vocab
from mw.ask.intent import Intent, ParsedQuestion
from mw.ask.vocabulary import format_family, listing_formats

if TYPE_CHECKING:
    from mw.store.graph.base import Graph
    from mw.store.kb import KnowledgeBase

DEFAULT_TOP_K = {Intent.ROUTING: 5, Intent.STRATEGIC: 3, Intent.FACTUAL: 10, Intent.EXAMPLES: 5, Intent.PROCESS: 3}
RRF_K = 60
MAX_CANDIDATES = 120  # executives that get full graph evidence (two-stage ranking)
# Fitted by scripts/fit_reranker.py on the development sets (see the module docstring); the hand-set
# weights they replace are its HAND_WEIGHTS.
WEIGHTS = {
    "genre_fit": 3.39,       # share of asked genres in the executive's profile
    "greenlight_fit": 2.99,  # recency-weighted greenlights in the asked genres (saturating)
    "format_fit": 1.01,      # asked format in profile or matching greenlights
    "region_fit": 1.5,       # +1 match, 0 global/unknown, -1 other region (only when a region is asked)
    "mandate_fit": 1.19,     # asked terms in their newest mandate: +1 each wanted, -1 each ruled out
    "text_fit": 2.16,        # fused lexical/semantic rank (RRF), normalised to 0..1
    "company_fit": 2.0,      # the executive works at a buyer the question names
    "evidence_fit": 1.77,    # how many of their mandates speak to the ask (saturating)
    "lexical_rr": 0.24,      # 1 / (1 + rank) in the lexical (BM25) ranking
    "lexical_share": 0.5,    # lexical score as a share of the best
    "dense_rr": 0.23,        # 1 / (1 + rank) in the dense ranking (semantic extra only)
    "dense_share": 0.3,      # dense score as a share of the best
}
# Related genres (parent/child in mw.vocab.SUBGENRES) count for this share of an exact tag.
RELATED_GENRE_CREDIT = {1: 0.5, 2: 0.25}


class VectorSearch(Protocol):
    """What retrieval needs from a vector index: ids of documents ('type:id') with scores."""

    def search(self, texts: Sequence[str], top_k: int) -> list[tuple[str, str, float]]: ...


@dataclass
class Backends:
    kb: "KnowledgeBase"
    graph: "Graph"
    vectors: VectorSearch | None = None
    vectors_note: str | None = None  # why there is no dense retrieval (or why it lags), for --explain


@dataclass
class Trace:
    stages: list[dict[str, Any]] = field(default_factory=list)

    def add(self, stage: str, started: float, **info: Any) -> None:
        self.stages.append({"stage": stage, "ms": round((time.perf_counter() - started) * 1000, 2), **info})


@dataclass
class ExecHit:
    id: str
    profile: dict[str, Any]
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    mandates: list[dict[str, Any]] = field(default_factory=list)
    matching_greenlights: list[dict[str, Any]] = field(default_factory=list)
    recent_greenlights: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Retrieval:
    executives: list[ExecHit]
    greenlights: list[dict[str, Any]]
    top_k: int
    trace: Trace
    lexical_query: str
    hyde: str
    greenlight_filter: dict[str, Any] = field(default_factory=dict)
    relaxed: str | None = None
    constraint_note: str | None = None  # said in the answer when no candidate satisfies a constraint


NAMED_BONUS = 10.0  # the question names this executive, or a title they are recorded on


@dataclass
class Candidate:
    """One executive as the reranker sees it."""

    id: str
    name: str
    features: dict[str, float]  # the soft preferences, each 0..1 (region_fit and mandate_fit -1..1)
    named: bool  # the question names them, or a title they are recorded on
    tier: tuple[int, int, int]  # (constraint violations, irrelevant, place tier): sorted before any score
    evidence: int  # mandates speaking to the ask + matching greenlights (the cut never drops much more)


@dataclass
class RerankCase:
    """Everything the rerank and the adaptive top-k decide from, for one question."""

    candidates: list[Candidate]
    k_max: int
    top_k: int | None  # asked for explicitly: exactly this many
    fixed: int | None  # a strategy or process question about named executives: exactly them

    def choose(self, weights: Mapping[str, float] | None = None) -> list[Candidate]:
        """The executives the answer would list under ``weights`` (default: :data:`WEIGHTS`)."""
        return cut(rank(self.candidates, weights), self)


def score(c: Candidate, weights: Mapping[str, float] | None = None) -> float:
    w = WEIGHTS if weights is None else weights
    return sum(w.get(k, 0.0) * v for k, v in c.features.items()) + (NAMED_BONUS if c.named else 0.0)


def rank(cands: Sequence[Candidate], weights: Mapping[str, float] | None = None) -> list[tuple[Candidate, float]]:
    """Constraints before preferences: violations, then relevance, then the place tier, then the score."""
    scored = [(c, score(c, weights)) for c in cands]
    scored.sort(key=lambda cs: (*cs[0].tier, -cs[1], cs[0].name))
    return scored


def cut(ranked: Sequence[tuple[Candidate, float]], case: RerankCase) -> list[Candidate]:
    """Adaptive top-k: keep those within a share of the best score in the best tier, and never drop a
    candidate whose evidence clearly exceeds that of one kept."""
    if case.fixed:
        return [c for c, _ in ranked[: case.fixed]]
    if case.top_k:
        return [c for c, _ in ranked[: case.top_k]]
    if not ranked:
        return []
    head = ranked[: case.k_max]
    best_tier = head[0][0].tier
    best = max(s for c, s in head if c.tier[:2] == best_tier[:2])
    floor = 0.45 * best if best > 0 else 0.0
    chosen = [c for c, s in head if s > 0 and (s >= floor or c.tier == best_tier)] or [ranked[0][0]]
    weakest = min(c.evidence for c in chosen)
    for c, _ in ranked[len(chosen): case.k_max + 20]:
        if c not in chosen and c.tier[:2] == (0, 0) and c.evidence >= 2 * weakest + 2:
            chosen.append(c)
    return chosen


def expand_terms(pq: ParsedQuestion) -> list[str]:
    """Keywords plus every synonym of the asked genres, formats and regions (query expansion)."""
    terms: list[str] = list(pq.keywords)
    for table, vals in ((vocab.GENRES, pq.genres), (vocab.FORMATS, pq.formats), (vocab.REGIONS, pq.regions)):
        for v in vals:
            terms.append(v.lower())
            terms.extend(s for s in table.get(v, ()) if len(s) > 2 and s not in ("us",))
            terms.extend(s for s in vocab.SUBGENRES.get(v, ("", ()))[1] if len(s) > 2)
    for c in pq.countries:
        terms.append(vocab.fold(geo.country_name(c)).removeprefix("the "))
    return list(dict.fromkeys(terms))


def concept_terms(pq: ParsedQuestion) -> list[list[str]]:
    """One list of alternative phrasings per asked concept (each genre, format, keyword)."""
    out: list[list[str]] = []
    for table, vals in ((vocab.GENRES, pq.genres), (vocab.FORMATS, pq.formats)):
        for v in vals:
            out.append([v.lower(), *(s for s in table.get(v, ()) if len(s) > 2),
                        *(s for s in vocab.SUBGENRES.get(v, ("", ()))[1] if len(s) > 2)])
    out.extend([k] for k in pq.keywords)
    return out


# A mandate clause that rules something out: "not looking for X", "enough X on the slate",
# "X is not a priority", "does not commission X", "moving away from X".
_NEGATION = re.compile(r"(?<![a-z])(?:not|no longer|never|enough|avoid(?:s|ing)?|isn't|aren't|doesn't|don't|won't|"
                       r"steer(?:s|ing)? clear|away from|pass(?:es|ing)? on|rather than|instead of|fewer|less)(?![a-z])")
_CLAUSE = re.compile(r"[.;:!?]|(?<![a-z])(?:but|while|whereas|and (?:is |are )?now|now)(?![a-z])")


def mandate_fit(text: str, concept_res: Sequence["re.Pattern[str]"]) -> float:
    """Share of asked concepts a mandate wants, minus the share it rules out (-1..1).

    A concept counts as ruled out when every mention of it sits in a clause with a
    negation cue ("not a priority", "enough crime on the slate", "does not commission").
    """
    clauses = _CLAUSE.split(text)
    score = 0
    for rx in concept_res:
        wanted = ruled_out = False
        for clause in clauses:
            if rx.search(clause):
                if _NEGATION.search(clause):
                    ruled_out = True
                else:
                    wanted = True
        score += 1 if wanted else (-1 if ruled_out else 0)
    return score / len(concept_res) if concept_res else 0.0


def hyde_template(pq: ParsedQuestion) -> str:
    """A hypothetical mandate for the question, written offline from its entities."""
    genres = " ".join(pq.genres) or " ".join(pq.keywords[:4]) or "distinctive"
    formats = " and ".join(pq.formats) or "series and features"
    region = f" from the {', '.join(pq.regions)}" if pq.regions else ""
    return (f"Looking for {genres} {formats}{region}. We want bold, character-driven {genres} projects "
            f"with a strong hook for our audience; recent {genres} greenlights show the appetite.")


def fts_query(terms: Sequence[str]) -> str:
    parts = []
    for t in terms:
        t = t.replace('"', " ").strip()
        if t:
            parts.append(f'"{t}"')
    return " OR ".join(parts)


def _rrf(rankings: Sequence[Sequence[str]]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for ranking in rankings:
        for i, key in enumerate(ranking):
            scores[key] = scores.get(key, 0.0) + 1.0 / (RRF_K + i + 1)
    return scores


def _age_days(date: str | None, today: dt.date) -> float:
    if not date:
        return 10_000.0
    try:
        return max(0.0, (today - dt.date.fromisoformat(date[:10])).days)
    except ValueError:
        return 10_000.0


def _doc_hits_to_execs(kb: "KnowledgeBase", hits: Sequence[tuple[str, str, float]]) -> dict[str, float]:
    """Aggregate document scores per executive: profile + best mandate + damped greenlights."""
    profile: dict[str, float] = {}
    mandate: dict[str, float] = {}
    gls: dict[str, list[float]] = {}
    m_ids = [rid for t, rid, _ in hits if t == "mandate"]
    g_ids = [rid for t, rid, _ in hits if t == "greenlight"]
    m_exec = {rid: rec["executive"] for rid, rec in kb.get_many("mandate", m_ids).items()}
    g_exec = {rid: rec.get("executives", []) for rid, rec in kb.get_many("greenlight", g_ids).items()}
    for t, rid, s in hits:
        if t == "executive":
            profile[rid] = max(profile.get(rid, 0.0), s)
        elif t == "mandate" and rid in m_exec:
            e = m_exec[rid]
            mandate[e] = max(mandate.get(e, 0.0), s)
        elif t == "greenlight":
            for e in g_exec.get(rid, []):
                gls.setdefault(e, []).append(s)
    out: dict[str, float] = {}
    for e in set(profile) | set(mandate) | set(gls):
        g = sorted(gls.get(e, []), reverse=True)[:3]
        out[e] = profile.get(e, 0.0) + mandate.get(e, 0.0) + 0.5 * sum(g)
    return out


def _greenlight_match(g: dict[str, Any], genres: Sequence[str]) -> float:
    if not genres:
        return 1.0
    have = set(g.get("genres", []))
    n = sum(1 for x in genres if x in have)
    return 1.0 if n == len(genres) else 0.5 * n / len(genres)


def exec_place(p: dict[str, Any], companies: dict[str, dict[str, Any]]) -> tuple[str | None, str | None]:
    """(region, country) an executive covers: their own, else from their title, else their company's."""
    comp = companies.get(p.get("company") or "", {})
    region = p.get("region") or comp.get("region")
    country = p.get("country") or (geo.country_in_title(p["title"]) if p.get("title") else None)
    if country is None and (not p.get("region") or p.get("region") == comp.get("region")):
        country = comp.get("country")
    if country is None and region:
        country = geo.country_of_region(region)
    return region, country


def geo_tier(pq: ParsedQuestion, region: str | None, country: str | None) -> tuple[int, bool]:
    """(tier, violates) of an executive's place for the asked places: the asked country 0, its region
    (no other country) 1, a region containing it 2, global 3, unknown 4; another country of the
    region 5 and another region 6 violate the constraint."""
    asked_regions = set(pq.regions)
    asked_countries = set(pq.countries)
    if country and country in asked_countries:
        return 0, False
    if region in asked_regions and not (asked_countries and country):
        return (1 if asked_countries else 0), False
    if region in geo.REGION_CONTAINS and asked_regions & geo.REGION_CONTAINS[region]:
        return 2, False
    if region == "Global":
        return 3, False
    if not region:
        return 4, False
    if region in asked_regions:
        return 5, True
    return 6, True


def retrieve(pq: ParsedQuestion, be: Backends, *, today: dt.date, top_k: int | None = None,
             hyde_text: str | None = None, recent_days: int = 365,
             on_stage: Callable[[str, float], None] | None = None,
             on_rerank: Callable[["RerankCase"], None] | None = None) -> Retrieval:
    """Rank executives for ``pq`` and pick the greenlights the answer lists.

    ``on_rerank`` (for ``scripts/fit_reranker.py``) gets the :class:`RerankCase`: every candidate's
    features, tiers and evidence, which replays the ranking and the cut under other weights.
    """
    trace = Trace()
    kb, graph = be.kb, be.graph

    # Ranking reads the genres a format implies too ("a documentary series" is documentary); the greenlight
    # list below filters by what the question said.
    rq = replace(pq, genres=list(dict.fromkeys([*pq.genres, *pq.implied_genres]))) if pq.implied_genres else pq
    t0 = time.perf_counter()
    terms = expand_terms(rq)
    trace.add("query_expansion", t0, terms=terms)

    t0 = time.perf_counter()
    hyde = hyde_text or hyde_template(rq)
    trace.add("hyde", t0, source="llm" if hyde_text else "template", text=hyde)

    # --- lexical -------------------------------------------------------------
    t0 = time.perf_counter()
    match = fts_query(terms)
    lex_hits = kb.search(match, limit=300) if match else []
    lex_exec = _doc_hits_to_execs(kb, lex_hits)
    lex_rank = sorted(lex_exec, key=lambda e: -lex_exec[e])
    trace.add("lexical_bm25", t0, query=match, documents=len(lex_hits), executives=len(lex_rank),
              top=[(e, round(lex_exec[e], 3)) for e in lex_rank[:5]])

    # --- dense -------------------------------------------------------------
    sem_rank: list[str] = []
    sem_exec: dict[str, float] = {}
    sem_docs: list[tuple[str, str, float]] = []
    if be.vectors is not None:
        t0 = time.perf_counter()
        sem_docs = be.vectors.search([rq.question, hyde], top_k=100)
        sem_exec = _doc_hits_to_execs(kb, sem_docs)
        sem_rank = sorted(sem_exec, key=lambda e: -sem_exec[e])
        trace.add("dense", t0, backend=getattr(be.vectors, "backend", "embedded"), documents=len(sem_docs),
                  executives=len(sem_rank),
                  top=[(e, round(sem_exec[e], 3)) for e in sem_rank[:5]])
        if on_stage:
            on_stage("vector", time.perf_counter() - t0)
    else:
        trace.stages.append({"stage": "dense", "ms": 0.0,
                             "skipped": be.vectors_note or "no vector index (install the 'semantic' extra)"})

    t0 = time.perf_counter()
    fused = _rrf([r for r in (lex_rank, sem_rank) if r])
    trace.add("fusion_rrf", t0, k=RRF_K, inputs=[n for n, r in (("lexical", lex_rank), ("dense", sem_rank)) if r])

    # --- structured evidence -----------------------------------------------------
    t0 = time.perf_counter()
    company_ids = [m.id for m in rq.companies]
    exec_ids = [m.id for m in rq.executives]
    # The people recorded on a title the question names are who it is about ("Tell me about <title>").
    named_ids = list(dict.fromkeys([*exec_ids, *(e for g in kb.get_many("greenlight", rq.titles).values()
                                                 for e in g.get("executives", []))])) if rq.titles else exec_ids
    structured = graph.executives_matching(genres=rq.genres, formats=rq.formats, companies=company_ids) \
        if (rq.genres or rq.formats or company_ids) else []
    if (rq.regions or rq.countries) and not (rq.genres or rq.formats or company_ids):
        structured = graph.executives_matching(regions=[r for r in rq.regions if r != "Global"])
    candidates = list(dict.fromkeys([*named_ids, *structured, *list(fused)[:200]]))
    if company_ids and not exec_ids:  # "who at <buyer>...", "what did <buyer> order": that buyer's people
        in_company = set(graph.executives_matching(companies=company_ids))
        candidates = [c for c in candidates if c in in_company] or sorted(in_company)
    facets = graph.executive_facets(candidates)  # genres and region only: whole profiles for the finalists
    candidates = [c for c in candidates if c in facets]
    window_since = rq.since or (today - dt.timedelta(days=2 * recent_days)).isoformat()
    pruned = 0
    if len(candidates) > MAX_CANDIDATES:
        # Two-stage: a cheap pre-score (profile genres, greenlight counts from one aggregate query,
        # text rank) keeps the best MAX_CANDIDATES for the full evidence below.
        counts = graph.greenlight_counts(rq.genres, since=window_since) if rq.genres else {}
        max_fused_pre = max(fused.values(), default=0.0) or 1.0

        def pre(eid: str) -> float:
            p = facets[eid]
            g = sum(1 for x in rq.genres if x in p.get("genres", [])) / len(rq.genres) if rq.genres else 0.0
            region = 1.0 if rq.regions and (p.get("region") in rq.regions or p.get("country") in rq.countries) else 0.0
            named = 10.0 if eid in named_ids else 0.0
            return (WEIGHTS["genre_fit"] * g + WEIGHTS["greenlight_fit"] * min(counts.get(eid, 0), 5) / 5
                    + WEIGHTS["text_fit"] * fused.get(eid, 0.0) / max_fused_pre + WEIGHTS["region_fit"] * region + named)

        pruned = len(candidates) - MAX_CANDIDATES
        candidates = sorted(candidates, key=lambda e: -pre(e))[:MAX_CANDIDATES]
    profiles = graph.executives(candidates)
    gl_by_exec = graph.greenlights_for(candidates, genres=rq.genres, since=window_since)
    mandates = graph.mandates_for(candidates)
    trace.add("structured_graph", t0, backend=graph.backend, candidates=len(candidates),
              from_graph=len(structured), pruned=pruned, since=window_since)
    if on_stage:
        on_stage("graph", time.perf_counter() - t0)

    # --- features + rerank ---------------------------------------------------------
    t0 = time.perf_counter()
    max_fused = max(fused.values(), default=0.0) or 1.0
    lex_pos = {e: i for i, e in enumerate(lex_rank)}
    sem_pos = {e: i for i, e in enumerate(sem_rank)}
    max_lex = max(lex_exec.values(), default=0.0) or 1.0
    max_sem = max(sem_exec.values(), default=0.0) or 1.0
    concept_res = [re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(t) for t in c) + r")(?![a-z0-9])")
                   for c in concept_terms(rq)]
    companies = {c["id"]: c for c in kb.all("company")} if (rq.regions or rq.countries) else {}
    related = {g: vocab.related_genres(g) for g in rq.genres}
    any_concept = re.compile("|".join(rx.pattern for rx in concept_res)) if concept_res else None
    asked_families = {format_family(x) for x in rq.formats}

    def gl_format_ok(g: dict[str, Any]) -> float:
        if not rq.formats or not g.get("format") or g.get("format") in rq.formats:
            return 1.0
        return 0.6 if format_family(g["format"]) in asked_families else 0.0

    cands: list[Candidate] = []
    hits_by_id: dict[str, ExecHit] = {}
    for eid in candidates:
        p = profiles[eid]
        f: dict[str, float] = {}
        eg = set(p.get("genres", []))
        if rq.genres:
            credit = 0.0
            for g in rq.genres:
                if g in eg:
                    credit += 1.0
                else:
                    credit += max((RELATED_GENRE_CREDIT.get(d, 0.0) for r, d in related[g].items() if r in eg),
                                  default=0.0)
            f["genre_fit"] = credit / len(rq.genres)
        matching = [g for g in gl_by_exec.get(eid, []) if gl_format_ok(g) > 0]
        weight = 0.0
        for g in matching:
            m = _greenlight_match(g, rq.genres) * gl_format_ok(g)
            weight += m * math.exp(-_age_days(g.get("date"), today) / recent_days)
        if rq.genres or rq.formats:
            f["greenlight_fit"] = 1.0 - math.exp(-weight / 1.5)
        violations = 0
        if rq.formats:
            fm = set(p.get("formats", [])) | {g.get("format") for g in matching}
            f["format_fit"] = 1.0 if any(x in fm for x in rq.formats) else (
                0.5 if any(format_family(x) in asked_families for x in fm if x) else 0.0)
            if p.get("formats") and f["format_fit"] == 0.0:
                violations += 1  # buys only other formats
        tier = 0
        if rq.regions or rq.countries:
            region, country = exec_place(p, companies)
            tier, violates = geo_tier(rq, region, country)
            f["region_fit"] = {0: 1.0, 1: 0.8, 2: 0.5, 3: 0.2, 4: 0.0}.get(tier, -1.0)
            violations += violates
        ms = mandates.get(eid, [])
        if ms and concept_res:
            text = vocab.fold(ms[0].get("text", ""))
            f["mandate_fit"] = mandate_fit(text, concept_res)
            speaking = 0
            for m in ms:
                mt = vocab.fold(m.get("text", ""))
                if any_concept.search(mt) and mandate_fit(mt, concept_res) > 0:
                    speaking += 1
            f["evidence_fit"] = 1.0 - math.exp(-speaking / 2.0)
        elif ms and company_ids:
            speaking = len(ms)
            f["evidence_fit"] = 1.0 - math.exp(-len(ms) / 2.0)
        else:
            speaking = 0
        f["text_fit"] = fused.get(eid, 0.0) / max_fused
        if company_ids:
            f["company_fit"] = 1.0 if p.get("company") in company_ids else 0.0
            violations += 0 if f["company_fit"] else 1
        if rq.excluded_genres and eid not in named_ids and eg & set(rq.excluded_genres):
            violations += 1  # buys what the question rules out ("anything but reality")
        topical = bool(rq.genres or rq.keywords)
        relevant = (not topical or f.get("genre_fit", 0) > 0 or f.get("greenlight_fit", 0) > 0.05
                    or f.get("mandate_fit", 0) > 0 or f["text_fit"] >= 0.35 or eid in named_ids)
        matching_gl = [g for g in matching if _greenlight_match(g, rq.genres) > 0]
        # Each text stage's own view, which text_fit fuses by RRF: its reciprocal rank and its score as a
        # share of its best.
        f["lexical_rr"] = 1.0 / (1 + lex_pos[eid]) if eid in lex_pos else 0.0
        f["lexical_share"] = lex_exec.get(eid, 0.0) / max_lex
        if sem_rank:
            f["dense_rr"] = 1.0 / (1 + sem_pos[eid]) if eid in sem_pos else 0.0
            f["dense_share"] = sem_exec.get(eid, 0.0) / max_sem
        cands.append(Candidate(eid, p.get("name", ""), f, eid in named_ids, (violations, 0 if relevant else 1, tier),
                               speaking + len(matching_gl)))
        hits_by_id[eid] = ExecHit(eid, p, f, 0.0, ms, matching_gl)
    # Constraints before preferences: a candidate that violates an explicit buyer, place or format
    # constraint ranks below every one that satisfies it; then relevance, then the place tier, then score.
    k_max = top_k or DEFAULT_TOP_K[rq.intent]
    case = RerankCase(cands, k_max, top_k, len(exec_ids) if exec_ids and rq.intent in (Intent.STRATEGIC, Intent.PROCESS)
                      else None)
    if on_rerank is not None:
        on_rerank(case)
    ranked = rank(cands)
    hits: list[ExecHit] = []
    tiers = {c.id: c.tier for c, _ in ranked}
    for c, s in ranked:
        hits_by_id[c.id].score = s
        hits.append(hits_by_id[c.id])
    trace.add("rerank_features", t0, weights=WEIGHTS,
              top=[{"id": h.id, "score": round(h.score, 3), "features": {k: round(v, 3) for k, v in h.features.items()}}
                   for h in hits[:5]])

    # --- adaptive top-k --------------------------------------------------------------
    t0 = time.perf_counter()
    chosen = [hits_by_id[c.id] for c in cut(ranked, case)]
    k = len(chosen)
    trace.add("adaptive_topk", t0, max=k_max, chosen=k,
              spread=round(hits[0].score - hits[min(len(hits), k_max) - 1].score, 3) if hits else 0,
              constraints_first=[{"id": h.id, "violations": tiers[h.id][0], "irrelevant": tiers[h.id][1],
                                  "place_tier": tiers[h.id][2]} for h in hits[:5]] if rq.constraints else None)
    constraint_note = None
    if chosen and (rq.countries or rq.regions) and tiers[chosen[0].id][2] > 0:
        asked = ", ".join(geo.place_name(c) for c in rq.countries) or ", ".join(geo.place_name(r) for r in rq.regions)
        constraint_note = (f"No executive in the knowledge base covers {asked} specifically; the nearest are "
                           f"{'regional or global' if tiers[chosen[0].id][2] < 5 else 'outside it'}.")
    if chosen and tiers[chosen[0].id][0] > 0:
        constraint_note = "No executive satisfies every constraint of the question; the nearest are shown."

    # --- greenlights for the answer ---------------------------------------------------
    t0 = time.perf_counter()
    from mw.ask import greenlit

    relaxed = None
    if pq.titles:
        recs = kb.get_many("greenlight", pq.titles)
        greenlights = sorted(recs.values(), key=lambda g: (g.get("date") or "", g["id"]), reverse=True)
        gl_filter: dict[str, Any] = {"titles": pq.titles}
    else:
        # Exactly the greenlights matching the question's filter, newest first; when none, the nearest
        # (labelled): see mw.ask.greenlit.
        gl_filter = greenlit.list_filter(pq, company_ids, exec_ids)
        greenlights, used, relaxed = greenlit.select_or_nearest(kb, graph, gl_filter, recent_default=pq.recent_default)
        if relaxed:
            gl_filter = {**used, "relaxed": relaxed}
    if not any(gl_filter.values()) and pq.keywords:
        ids = [rid for t, rid, _ in kb.search(fts_query(pq.keywords), types=["greenlight"], limit=50)]
        recs = kb.get_many("greenlight", ids)
        greenlights = sorted(recs.values(), key=lambda g: (g.get("date") or "", g["id"]), reverse=True)
    if not any(gl_filter.values()) and not pq.keywords:
        greenlights = graph.greenlights(limit=50)
    trace.add("greenlights", t0, filter={k2: v for k2, v in gl_filter.items() if v}, found=len(greenlights),
              relaxed=relaxed)
    return Retrieval(chosen, greenlights, k, trace, match, hyde, gl_filter, relaxed, constraint_note)

