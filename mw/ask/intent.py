"""Understanding a question: intent, entities (genres, formats, regions, executives,
buyers), time range, and the leftover keywords retrieval uses.

Deterministic and data-driven: cue words are generic English; executive and
buyer names come from the knowledge base, matched fuzzily (typos, case,
possessives, aliases). Tokens are corrected against a small vocabulary first
("shoud" -> "should", "thriler" -> "thriller") with whole-word matching only.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from mw import vocab
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase


class Intent(str, Enum):
    ROUTING = "ROUTING"
    STRATEGIC = "STRATEGIC"
    FACTUAL = "FACTUAL"
    EXAMPLES = "EXAMPLES"
    PROCESS = "PROCESS"
    # Answered by mw.ask.questions (detected by mw.ask.shapes at the end of parse()):
    TRENDS = "TRENDS"
    COMPARE = "COMPARE"
    MOVES = "MOVES"
    WATCHES = "WATCHES"


CUE_WORDS = (
    "who", "whom", "should", "pitch", "pitching", "handles", "handle", "buys", "buying", "buyer", "buyers", "mandate",
    "mandates", "looking", "want", "wants", "wanting", "recent", "recently", "latest", "greenlights", "greenlight",
    "greenlit", "ordered", "orders", "order", "commissioned", "commissions", "examples", "example", "loglines",
    "logline", "process", "submit", "submission", "submissions", "contact", "reach", "approach", "executive",
    "executives", "which", "what", "show", "months", "weeks", "years", "year", "this", "last", "past", "since",
    "priorities", "interested", "acquire", "acquiring", "acquisitions", "renewed", "picked", "developing",
)
STOPWORDS = frozenset(
    "a an the to of for in on at by with about from and or is are was were be been i me my we our you your it its "
    "this that these those what which who whom whose how do does did can could should would will any some me show "
    "tell give list find get please there their they them his her he she as into than then so if not no yes "
    "recent recently latest lately new now current currently this last past year years month months week weeks day days "
    "pitch pitching pitches handle handles buy buys buying buyer buyers want wants looking look mandate mandates "
    "greenlight greenlights greenlit order orders ordered commission commissions commissioned example examples "
    "logline loglines process submit submission submissions contact reach approach executive executives exec execs "
    "project projects content stuff thing things kind type sort right best good someone somebody take go idea ideas "
    "since between during through like similar more most many much lot lots top".split()
)

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*")


@dataclass
class Mention:
    type: str  # executive | company
    id: str
    name: str
    text: str
    score: float


@dataclass
class ParsedQuestion:
    question: str
    normalized: str
    intent: Intent
    genres: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    executives: list[Mention] = field(default_factory=list)
    companies: list[Mention] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    time_label: str | None = None
    keywords: list[str] = field(default_factory=list)
    unknown_name: str | None = None  # a name the question asks about that the KB does not hold
    corrections: dict[str, str] = field(default_factory=dict)
    shape: str | None = None  # TRENDS, COMPARE, GREENLIT (a FACTUAL question) or MOVES: see mw.ask.shapes

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["intent"] = self.intent.value
        return d


@lru_cache(maxsize=1)
def _correction_vocab() -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set(CUE_WORDS)
    for table in (vocab.GENRES, vocab.FORMATS, vocab.REGIONS):
        for canon, syns in table.items():
            for phrase in (canon.lower(), *syns):
                words.update(w for w in phrase.split() if len(w) >= 4)
    return frozenset(words), tuple(sorted(words))


def correct_typos(text: str) -> tuple[str, dict[str, str]]:
    """Replace misspelt cue/vocabulary words (edit distance small) by the known word."""
    from rapidfuzz import fuzz, process

    known, ordered = _correction_vocab()
    fixes: dict[str, str] = {}

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 4 or w in known or w in STOPWORDS or not w.isalpha():
            return w
        best = process.extractOne(w, ordered, scorer=fuzz.ratio, score_cutoff=80 if len(w) >= 6 else 85)
        if best is None:
            return w
        cand = best[0]
        if abs(len(cand) - len(w)) > 2:
            return w
        fixes[w] = cand
        return cand

    return _TOKEN.sub(fix, text), fixes


_TIME_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30.44, "months": 30.44, "year": 365.25, "years": 365.25}
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}


def parse_time(text: str, today: dt.date, recent_days: int = 365) -> tuple[str | None, str | None, str | None]:
    """(since, until, label) from phrases like 'last 6 months', 'this year', 'in 2025', 'recent'."""
    t = text
    m = re.search(r"\b(?:last|past|previous|within the last|in the last|over the last)\s+(\d+|[a-z\-]+)?\s*"
                  r"(days?|weeks?|months?|years?)\b", t)
    if m:
        n_raw = m.group(1)
        n = 1
        if n_raw:
            n = int(n_raw) if n_raw.isdigit() else _NUM_WORDS.get(n_raw, 0)
        if n:
            unit = m.group(2)
            if n == 1 and unit in ("year", "years") and re.search(r"\blast year\b", t) and not n_raw:
                y = today.year - 1
                return f"{y}-01-01", f"{y}-12-31", f"in {y}"
            since = today - dt.timedelta(days=round(n * _TIME_UNITS[unit]))
            label = f"in the last {n} {unit if n != 1 else unit.rstrip('s')}"
            return since.isoformat(), None, label
    if re.search(r"\bthis year\b", t):
        return f"{today.year}-01-01", None, f"in {today.year}"
    if re.search(r"\b(?:this|the current) quarter\b", t):
        q0 = (today.month - 1) // 3 * 3 + 1
        return dt.date(today.year, q0, 1).isoformat(), None, "this quarter"
    if re.search(r"\bthis month\b", t):
        return today.replace(day=1).isoformat(), None, "this month"
    m = re.search(r"\bsince (\d{4})\b", t)
    if m:
        return f"{m.group(1)}-01-01", None, f"since {m.group(1)}"
    m = re.search(r"\b(?:in|during|of) (20\d\d|19\d\d)\b", t)
    if m:
        y = m.group(1)
        return f"{y}-01-01", f"{y}-12-31", f"in {y}"
    if re.search(r"\b(recent|recently|lately|latest|newest|new|current|currently|right now|now|these days)\b", t):
        since = today - dt.timedelta(days=recent_days)
        return since.isoformat(), None, f"in the last {round(recent_days / 30.44)} months"
    return None, None, None


def classify(t: str, has_exec: bool, has_company: bool, has_terms: bool) -> Intent:
    """Intent from cue phrases, most specific first. ``t`` is folded, typo-corrected text."""
    if re.search(r"\bhow (?:do|can|should|would|to|might)\b.*\b(pitch|submit|approach|reach|contact|get)\b", t) or \
       re.search(r"\b(pitch(?:ing)? process|submission policy|submissions?|accepts? (?:pitches|submissions)|"
                 r"unsolicited|best way to (?:pitch|reach|approach)|get (?:a|my) pitch)\b", t):
        return Intent.PROCESS
    if re.search(r"\b(examples?|sample loglines?|loglines?|comps|comparables?)\b", t):
        return Intent.EXAMPLES
    if re.search(r"\b(mandates?|looking for|interested in|priorities|priority|wants?|wanting|after|"
                 r"taste|strategy|focus(?:ed)? on|what (?:is|are|does) .* (?:buy(?:ing)?|want|look))\b", t) and \
       (has_exec or has_company or re.search(r"\bmandates?\b", t)) and not re.search(r"^\s*who\b", t):
        return Intent.STRATEGIC
    if re.search(r"\b(who|whom|which (?:execs?|executives?|buyers?|networks?|streamers?|studios?|person|people|"
                 r"compan(?:y|ies)))\b", t) or \
       re.search(r"\b(where (?:should|can|do) (?:i|we) (?:take|pitch|send|sell|shop)|pitch (?:this|it|my)|"
                 r"(?:should|can) i pitch|to pitch)\b", t):
        return Intent.ROUTING
    if re.search(r"\b(recent|recently|latest|lately|greenlights?|greenlit|ordered|orders?|commissioned|commissions|"
                 r"picked up|renewed|what did|what has|what have|list|slate|deals?|bought|acquired|"
                 r"this year|last year|since|in 20\d\d)\b", t):
        return Intent.FACTUAL
    if has_exec and not has_terms:
        return Intent.STRATEGIC
    if has_company and not has_terms:
        return Intent.FACTUAL
    return Intent.ROUTING


_NAME_TOKEN = re.compile(r"[a-z0-9][a-z0-9&\-\.]*")


def _name_labels(kb: "KnowledgeBase") -> dict[int, list[tuple[str, str, str, str]]]:
    """Folded names and aliases by token count: n -> [(type, id, name, folded label)], cached per KB version."""
    key = ("labels", kb.version)
    cached = _LABEL_CACHE.get(key)
    if cached is not None:
        return cached
    out: dict[int, list[tuple[str, str, str, str]]] = {}
    for t in ("executive", "company"):
        for rid, name, aliases in kb.names(t):
            for label in (name, *aliases):
                lf = " ".join(_NAME_TOKEN.findall(fold(label)))
                if lf:
                    out.setdefault(len(lf.split()), []).append((t, rid, name, lf))
    _LABEL_CACHE.clear()
    _LABEL_CACHE[key] = out
    return out


_LABEL_CACHE: dict[tuple[str, str], dict[int, list[tuple[str, str, str, str]]]] = {}


def _find_names(kb: "KnowledgeBase", text: str) -> tuple[list[Mention], list[Mention]]:
    """Executives and companies named in ``text`` (folded), by name or alias, tolerating typos."""
    from rapidfuzz import fuzz, process

    words = [w.rstrip(".") for w in _NAME_TOKEN.findall(text)]
    found: dict[tuple[str, str], Mention] = {}
    for n, labels in _name_labels(kb).items():
        if n > len(words):
            continue
        choices = [lab[3] for lab in labels]
        exact: dict[str, list[int]] = {}
        for i, c in enumerate(choices):
            exact.setdefault(c, []).append(i)
        for i in range(0, len(words) - n + 1):
            gram = " ".join(words[i : i + n])
            if n == 1 and (gram in STOPWORDS or len(gram) < 3):
                continue
            hits: list[tuple[int, float]] = [(j, 100.0) for j in exact.get(gram, [])]
            if len(gram) >= 5:
                cutoff = 90.0 if n == 1 else 86.0
                for _, score, j in process.extract(gram, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5):
                    if len(choices[j]) >= 5:
                        hits.append((j, float(score)))
            for j, score in hits:
                t, rid, name, lf = labels[j]
                if n == 1 and len(lf) < 5 and score < 100.0:
                    continue
                key = (t, rid)
                if key not in found or found[key].score < score:
                    found[key] = Mention(t, rid, name, gram, score)
    # A surname alone ("Lindqvist") names an executive, and a distinctive word of a company name
    # ("Copperline" for "Copperline Studios") names the company, when exactly one record has it.
    for t, owners in _distinctive_words(kb).items():
        for w in words:
            if w in STOPWORDS or len(w) < 4 or w not in owners or len(owners[w]) != 1:
                continue
            rid, name = owners[w][0]
            if (t, rid) not in found:
                found[(t, rid)] = Mention(t, rid, name, w, 90.0)
    execs = sorted((m for m in found.values() if m.type == "executive"), key=lambda m: -m.score)
    comps = sorted((m for m in found.values() if m.type == "company"), key=lambda m: -m.score)
    return execs, comps


GENERIC_NAME_WORDS = frozenset(
    "studios studio media pictures picture entertainment television tv network networks films film productions "
    "production group channel channels plus play stream streaming originals original company co inc ltd llc the "
    "of and international global digital broadcasting broadcast house works".split()
)


def _distinctive_words(kb: "KnowledgeBase") -> dict[str, dict[str, list[tuple[str, str]]]]:
    key = ("distinctive", kb.version)
    cached = _DISTINCT_CACHE.get(key)
    if cached is not None:
        return cached
    out: dict[str, dict[str, list[tuple[str, str]]]] = {"executive": {}, "company": {}}
    for rid, name, _ in kb.names("executive"):
        parts = fold(name).split()
        if len(parts) >= 2 and len(parts[-1]) >= 4:
            out["executive"].setdefault(parts[-1], []).append((rid, name))
    for rid, name, _ in kb.names("company"):
        for w in set(re.findall(r"[a-z0-9][a-z0-9\-]*", fold(name))):
            if len(w) >= 5 and w not in GENERIC_NAME_WORDS and w not in STOPWORDS and not any(
                    vocab.find_terms(w, k) for k in ("genre", "format", "region")):
                out["company"].setdefault(w, []).append((rid, name))
    _DISTINCT_CACHE.clear()
    _DISTINCT_CACHE[key] = out
    return out


_DISTINCT_CACHE: dict[tuple[str, str], dict[str, dict[str, list[tuple[str, str]]]]] = {}

_NAME_AFTER = re.compile(
    r"(?:pitch(?:ing)? (?:to|for)|reach|approach|contact|submit to|mandate (?:of|for)|is|does|about|did|from|at|for|"
    r"to)\s+((?:[A-Z][\w\.\-']+)(?:\s+(?:[A-Z][\w\.\-']+|de|van|von|da|del|la|le|di))*)"
)


def _unknown_name(question: str) -> str | None:
    """A capitalised name the question asks about (used when no KB name matched)."""
    q = re.sub(r"[’']s\b", "", question)
    for m in _NAME_AFTER.finditer(q):
        cand = m.group(1).strip(" ?.!,")
        words = [w for w in cand.split() if fold(w) not in STOPWORDS]
        if not words:
            continue
        joined = " ".join(words)
        if all(vocab.find_terms(w, k) for w in words for k in ("genre",)) or fold(joined) in STOPWORDS:
            continue
        if any(vocab.find_terms(joined, k) and len(words) == 1 for k in ("region", "format", "genre")):
            continue
        return joined
    return None


def parse(question: str, kb: "KnowledgeBase", today: dt.date | None = None, recent_days: int = 365) -> ParsedQuestion:
    today = today or dt.datetime.now(dt.timezone.utc).date()
    folded = fold(question).strip()
    folded = re.sub(r"[’']s\b", "", folded)  # possessives: "Mara's mandate"
    corrected, fixes = correct_typos(folded)
    genres = list(dict.fromkeys(c for c, _, _ in vocab.find_terms(corrected, "genre")))
    formats = list(dict.fromkeys(c for c, _, _ in vocab.find_terms(corrected, "format")))
    regions: list[str] = []
    for canon, s, e in vocab.find_terms(corrected, "region"):
        if canon == "US" and corrected[s:e] == "us":
            # "us" is the pronoun unless written "US" or preceded by a place preposition.
            orig_has_caps = re.search(r"(?<![A-Za-z])(US|U\.S\.)(?![A-Za-z])", question)
            if not orig_has_caps and not re.search(r"\b(in|the|from|for the)\s+$", corrected[:s]):
                continue
        regions.append(canon)
    regions = list(dict.fromkeys(regions))
    execs, comps = _find_names(kb, corrected)
    # Vocabulary that is part of a matched name is not a genre/format/region ask.
    name_spans = [(m.start(), m.end()) for n in execs + comps for m in re.finditer(re.escape(n.text), corrected)]

    def outside_names(kind: str) -> list[str]:
        vals = [c for c, s, e in vocab.find_terms(corrected, kind)
                if not any(a <= s and e <= b for a, b in name_spans)]
        return list(dict.fromkeys(vals))

    if name_spans:
        genres = outside_names("genre")
        formats = outside_names("format")
        regions = [r for r in regions if r in outside_names("region")]
    since, until, label = parse_time(corrected, today, recent_days)
    intent = classify(corrected, bool(execs), bool(comps), bool(genres or formats or regions))
    entity_words = set()
    for m in execs + comps:
        entity_words.update(m.text.split())
    for kind in ("genre", "format", "region"):
        for _, s, e in vocab.find_terms(corrected, kind):
            entity_words.update(corrected[s:e].split())
    keywords = [w for w in _TOKEN.findall(corrected)
                if w not in STOPWORDS and w not in entity_words and len(w) > 2 and not w.isdigit()]
    p = ParsedQuestion(
        question=question, normalized=corrected, intent=intent, genres=genres, formats=formats, regions=regions,
        executives=execs, companies=comps, since=since, until=until, time_label=label,
        keywords=list(dict.fromkeys(keywords)), corrections=fixes,
    )
    from mw.ask.shapes import detect  # trends, comparisons, who greenlit what, executive moves

    p.shape = detect(corrected, question, p, kb)
    if p.shape:
        p.intent = Intent.FACTUAL if p.shape == "GREENLIT" else Intent(p.shape)
    if not execs and not comps and p.intent in (Intent.STRATEGIC, Intent.PROCESS, Intent.FACTUAL):
        p.unknown_name = _unknown_name(question)
    return p
