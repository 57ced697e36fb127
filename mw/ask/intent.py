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

from mw import geo, vocab
from mw.ask.lookup import COMPANY_SUFFIXES
from mw.vocab import fold

if TYPE_CHECKING:
    from collections.abc import Iterator

    from mw.store.kb import KnowledgeBase


class Intent(str, Enum):
    ROUTING = "ROUTING"
    STRATEGIC = "STRATEGIC"
    FACTUAL = "FACTUAL"
    EXAMPLES = "EXAMPLES"
    PROCESS = "PROCESS"
    # Kinds of question answered by mw.ask.questions (detected by mw.ask.shapes at the end of parse()):
    # an answer's ``shape``, with one of the five intents above as its ``intent`` (see shape_intent);
    # metrics and history count questions by these kinds.
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
    "since between during through like similar more most many much lot lots top "
    "has have had having hour hours minute minutes just really very also still even been being am "
    "here where when why anyone anybody everyone people person company companies team slate strategy "
    "doing done make makes making made know tell think need needs out up off over under again ever "
    "lately so far right now today these those such other another each every all both only own same".split()
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
    unknown_slot: str | None = None  # where it stood: title (who greenlit / a deal verb's object), about, ...
    corrections: dict[str, str] = field(default_factory=dict)
    shape: str | None = None  # TRENDS, COMPARE, GREENLIT (a FACTUAL question) or MOVES: see mw.ask.shapes
    # How the answer is composed when that differs from the intent: "who is <executive>?" is a fact answered
    # with their profile (STRATEGIC's), "who's the head of drama at X?" a fact answered with the ranked
    # executives (ROUTING's).
    compose_as: Intent | None = None
    countries: list[str] = field(default_factory=list)  # ISO 3166 codes ("KR"); their regions are in ``regions``
    titles: list[str] = field(default_factory=list)  # greenlight ids the question names
    vocabulary: list[str] = field(default_factory=list)  # how question words were mapped to KB tags
    constraints: dict[str, Any] = field(default_factory=dict)  # explicit buyer/place/format constraints
    recent_default: bool = False  # the time range is only the default window of "recent", "latest", "new"
    implied_genres: list[str] = field(default_factory=list)  # genres a format word implies, for ranking only
    genre_words: list[str] = field(default_factory=list)  # asked genres in the records' own words (lists filter by them)
    excluded_genres: list[str] = field(default_factory=list)  # ruled out: "not crime", "anything but reality"
    parser: str = "offline"  # which parser read the question: offline, or llm (see mw.ask.llm_parse)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["intent"] = self.intent.value
        return d


@lru_cache(maxsize=1)
def _correction_vocab() -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set(CUE_WORDS)
    subgenres = {k: v for k, (_, v) in vocab.SUBGENRES.items()}
    for table in (vocab.GENRES, subgenres, vocab.FORMATS, vocab.REGIONS):
        for canon, syns in table.items():
            for phrase in (canon.lower(), *syns):
                words.update(w for w in phrase.split() if len(w) >= 4)
    # demonyms and trade words for places ("nigerian", "scandi"): "nigerain" is a typo of one
    words.update(w for phrase in geo.DEMONYMS for w in phrase.split() if len(w) >= 5 and w.isalpha())
    return frozenset(words), tuple(sorted(words))


_CUE_SORTED = tuple(sorted(CUE_WORDS))


def _stem(w: str) -> str:
    for suf in ("ers", "ing", "er", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def correct_typos(text: str, keep: frozenset[str] = frozenset()) -> tuple[str, dict[str, str]]:
    """Replace misspelt cue/vocabulary words (edit distance small) by the known word; words in ``keep``
    (the KB's names and tags: "Tidemark" is a buyer, not a typo of "Denmark") stay."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    known, ordered = _correction_vocab()
    fixes: dict[str, str] = {}

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 4 or w in known or w in STOPWORDS or w in GENERIC_WORDS or not w.isalpha() or w in keep:
            return w
        if geo.find_places(w):
            return w  # a place word is not a typo of another one ("african" is not "american")

        # A four-letter word one letter from a vocabulary word is usually another word ("move" is not
        # "movie"); at that length only the question's cue words are corrected ("pich" -> "pitch").
        best = process.extractOne(w, ordered if len(w) > 4 else _CUE_SORTED, scorer=fuzz.ratio,
                                  score_cutoff=80 if len(w) >= 6 else 85)
        if best is None:
            return w
        cand = best[0]
        if _stem(w) == _stem(cand):
            return w  # another form of the same word ("commissioner", "commissioned"), not a typo
        # A typo is a letter or two off ("shoud", "thriler"), not another word: "anything" is not
        # "wanting" (three edits), and a prefix changes the meaning ("scripted" is not "unscripted").
        if OSA.distance(w, cand) > (1 if len(w) <= 6 else 2) or (len(cand) != len(w) and
                                                               (cand.endswith(w) or w.endswith(cand))):
            return w
        fixes[w] = cand
        return cand

    return _TOKEN.sub(fix, text), fixes


_TIME_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30.44, "months": 30.44, "year": 365.25, "years": 365.25,
               "decade": 3652.5, "decades": 3652.5}
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}


_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
           "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
           "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# A point in time: "june 2026", "june" (the latest one not after today), "2026", "q3 2026".
_POINT = _MONTH + r"(?:,?\s+(?P<my>(?:19|20)\d\d))?|(?P<year>(?:19|20)\d\d)|q(?P<q>[1-4])(?:\s+(?P<qy>(?:19|20)\d\d))?"


_IN_POINT = re.compile(r"\b(?:(?P<prep>in|during|of|from)\s+)?(?:" + _POINT + r")\b")
# A bare year that qualifies a list of deals: "Kanalwerk's 2025 greenlights", "2024 pickups" (not "a 2025 comedy").
_YEAR_OF_DEALS = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?:\s+[a-z&\-]+){0,3}?\s+(?:greenlights?|orders|pickups?|pick-ups|commissions|"
                            r"acquisitions|slate|deals|additions|releases|premieres|launches|originals|titles|renewals)\b")


def _shift_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved back by ``months`` calendar months (the day clamped to the month's length)."""
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def _point(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, label) of the month, year or quarter a ``_POINT`` match names."""
    if m.group("year"):
        y = int(m.group("year"))
        return dt.date(y, 1, 1), dt.date(y, 12, 31), str(y)
    if m.group("q"):
        q = int(m.group("q"))
        y = int(m.group("qy")) if m.group("qy") else today.year
        if not m.group("qy") and (q - 1) * 3 + 1 > today.month:
            y -= 1
        first = dt.date(y, (q - 1) * 3 + 1, 1)
        return first, _shift_months(first, -3) - dt.timedelta(days=1), f"Q{q} {y}"
    mon = _MONTHS[m.group("mon")]
    y = int(m.group("my")) if m.group("my") else (today.year if mon <= today.month else today.year - 1)
    first = dt.date(y, mon, 1)
    return first, _shift_months(first, -1) - dt.timedelta(days=1), f"{first:%B} {y}"


_VAGUE_RECENT = re.compile(r"\b(recent|recently|lately|latest|newest|new|current|currently|right now|now|"
                           r"these days)\b")


# An upper bound: "before 2021", "prior to March 2026", "until 2024", "through Q2 2025", "up to 2023".
_UNTIL = re.compile(r"\b(?P<how>before|prior to|earlier than|until|till|through|up to|up until|no later than)\s+"
                    r"(?P<edge>the (?:start|beginning|end) of\s+)?(?:" + _POINT + r")\b(?!-\d)")


def parse_time(text: str, today: dt.date, recent_days: int = 365) -> tuple[str | None, str | None, str | None]:
    """(since, until, label) from phrases like 'last 6 months', 'this year', 'in 2025', 'since June 2026',
    'last quarter', 'in March', 'Q3 2025', 'between March and June 2026', 'before 2021', 'recent'.

    Calendar words name calendar periods ("last year" is the previous calendar year, "last quarter" the
    previous calendar quarter); "the last/past year" and "last/past N months" count back from today. A month
    without a year is its latest occurrence not after today. "Before X" ends the day before X begins,
    "until/through X" on X's last day, and combines with a lower bound ("since 2019 but before 2022")."""
    m = _UNTIL.search(text)
    if m and not re.search(r"\b(?:between|from)\s+\S+(?:\s+\S+)?\s+(?:and|to|until|till|through)\s", text):
        first, last, label = _point(m, today)
        before = m.group("how") in ("before", "prior to", "earlier than") and "end" not in (m.group("edge") or "")
        until = first - dt.timedelta(days=1) if before else last
        since, until0, label0 = _parse_time(text[:m.start()] + " " + text[m.end():], today, recent_days)
        if until0 and until0 < until.isoformat():
            return since, until0, label0
        if since and since > until.isoformat():
            return _parse_time(text, today, recent_days)
        how = "before" if before else "up to"
        return since, until.isoformat(), " ".join(x for x in (label0 if since else None, f"{how} {label}") if x)
    return _parse_time(text, today, recent_days)


_YEAR = r"(?:19|20)\d\d"
_ISO_DATE = re.compile(r"\b(?P<how>since|after|from|before|until|till|through|prior to)\s+(?:the\s+)?"
                       r"(?P<d>" + _YEAR + r"-\d\d-\d\d)\b")


def _calendar(t: str, today: dt.date) -> tuple[str | None, str | None, str | None] | None:
    """Calendar spans written as such: ISO dates ("since 2020-06-01"), halves ("the first half of 2025",
    "H2 2025"), year ranges ("2019-2021", "2019 to 2021", "in 2020 and 2021"), decades ("the 2010s"),
    "since the start of the year"."""
    m = _ISO_DATE.search(t)
    if m:
        try:
            d = dt.date.fromisoformat(m.group("d"))
        except ValueError:
            d = None
        if d is not None:
            how = m.group("how")
            if how in ("since", "from"):
                return d.isoformat(), None, f"since {d.isoformat()}"
            if how == "after":
                return (d + dt.timedelta(days=1)).isoformat(), None, f"after {d.isoformat()}"
            if how in ("before", "prior to"):
                return None, (d - dt.timedelta(days=1)).isoformat(), f"before {d.isoformat()}"
            return None, d.isoformat(), f"up to {d.isoformat()}"
    m = re.search(r"\b(?:(?:the\s+)?(?P<which>first|second|1st|2nd|latter|last)\s+half\s+of|h(?P<h>[12]))\s+"
                  r"(?P<y>" + _YEAR + r")\b", t)
    if m:
        y = int(m.group("y"))
        first = (m.group("which") in ("first", "1st")) or m.group("h") == "1"
        return (f"{y}-01-01", f"{y}-06-30", f"in the first half of {y}") if first else \
            (f"{y}-07-01", f"{y}-12-31", f"in the second half of {y}")
    m = re.search(r"\b(?P<a>" + _YEAR + r")\s*(?:-|\u2013|\u2014|to|through|thru|until|and|or)\s*(?P<b>" + _YEAR + r"|\d\d)\b",
                  t)
    if m:
        a, b = int(m.group("a")), int(m.group("b")) if len(m.group("b")) == 4 else int(m.group("a")[:2] + m.group("b"))
        joined = re.search(r"\s(?:and|or)\s", m.group(0))
        if a < b and (not joined or b - a == 1):  # "2020 and 2021": both years; "2018 and 2021" is two years apart
            return f"{a}-01-01", f"{b}-12-31", f"from {a} to {b}"
    m = re.search(r"\b(?:the\s+)?(?P<d>(?:19|20)\d0)s\b", t)
    if m:
        d = int(m.group("d"))
        return f"{d}-01-01", f"{d + 9}-12-31", f"in the {d}s"
    m = re.search(r"\bsince the (?:start|beginning) of (?P<w>the|this|last) year\b", t)
    if m:
        y = today.year - (m.group("w") == "last")
        return f"{y}-01-01", None, f"since {y}"
    return None


def _parse_time(text: str, today: dt.date, recent_days: int = 365) -> tuple[str | None, str | None, str | None]:
    t = text
    cal = _calendar(t, today)
    if cal:
        return cal
    m = re.search(r"\blast month\b", t)
    if m and not re.search(r"\b(?:the|past)\s+$", t[:m.start()]):
        # "last month" is the previous calendar month, as "last year" and "last quarter" are
        first = _shift_months(today.replace(day=1), 1)
        return first.isoformat(), (today.replace(day=1) - dt.timedelta(days=1)).isoformat(), f"in {first:%B %Y}"
    # "between March and June 2026", "from 2024 to 2025": both ends; a year on the second end only applies
    # to both.
    m = re.search(r"\b(?:between|from)\s+(?P<a>" + _POINT.replace("?P<", "?P<a_") + r")\s+(?:and|to|until|till|through)"
                  r"\s+(?P<b>" + _POINT.replace("?P<", "?P<b_") + r")\b", t)
    if m:
        b_first, b_last, b_label = _point(re.fullmatch(_POINT, m.group("b")), today)
        a_txt = m.group("a")
        if m.group("a_mon") and not m.group("a_my") and (m.group("b_my") or m.group("b_year")):
            a_txt += f" {b_last.year}"
        a_first, _, a_label = _point(re.fullmatch(_POINT, a_txt), today)
        if a_first <= b_last:
            return a_first.isoformat(), b_last.isoformat(), f"from {a_label} to {b_label}"
    m = re.search(r"\b(?:last|previous|prior) quarter\b", t)
    if m:
        cur = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        first = _shift_months(cur, 3)
        return first.isoformat(), (cur - dt.timedelta(days=1)).isoformat(), \
            f"in Q{(first.month - 1) // 3 + 1} {first.year}"
    m = re.search(r"\b(?:last|past|previous|within the last|in the last|over the last)\s+(?:a\s+)?(\d+|[a-z\-]+)?\s*"
                  r"(?:of\s+)?(days?|weeks?|months?|years?|quarters?|decades?)\b", t)
    if m:
        n_raw = m.group(1)
        n = 1
        if n_raw:
            n = int(n_raw) if n_raw.isdigit() else _NUM_WORDS.get(n_raw, 2 if n_raw == "couple" else 0)
        if n:
            unit = m.group(2)
            if n == 1 and unit in ("year", "years") and not n_raw and m.group(0).startswith("last") and \
                    not re.search(r"\bthe\s+$", t[:m.start()]):
                # "last year" is the previous calendar year; "the last year", "the past year" the last 12 months
                y = today.year - 1
                return f"{y}-01-01", f"{y}-12-31", f"in {y}"
            if unit.startswith(("month", "quarter", "year")):
                months = n * {"m": 1, "q": 3, "y": 12}[unit[0]]
                since = _shift_months(today, months)
            else:
                since = today - dt.timedelta(days=round(n * _TIME_UNITS[unit]))
            label = f"in the last {n} {unit}" if n != 1 else f"in the last {unit.rstrip('s')}"
            return since.isoformat(), None, label
    if re.search(r"\b(?:this year|year to date|year-to-date|ytd)\b", t):
        return f"{today.year}-01-01", None, f"in {today.year}"
    if re.search(r"\b(?:this|the current) quarter\b", t):
        q0 = (today.month - 1) // 3 * 3 + 1
        return dt.date(today.year, q0, 1).isoformat(), None, "this quarter"
    if re.search(r"\bthis month\b", t):
        return today.replace(day=1).isoformat(), None, "this month"
    # "since June 2026", "since the start of 2025", "since March", "since Q2"
    # "since June 2026", "since the start of 2025", "from March 2026 on", "after 2024" (from the day after it)
    m = re.search(r"\b(?P<how>since|after|from)\s+(?:the (?:start|beginning) of\s+)?(?:" + _POINT + r")"
                  r"(?P<on>\s+(?:on|onwards?|forwards?|and later|or later))?\b", t)
    if m and (m.group("how") == "since" or m.group("on") or (m.group("how") == "after" and (
            m.group("my") or m.group("qy") or m.group("q") or m.group("year")
            or (m.group("mon") and len(m.group("mon")) > 3 and m.group("mon") != "may")))):
        first, last, label = _point(m, today)
        if m.group("how") == "after":
            return (last + dt.timedelta(days=1)).isoformat(), None, f"after {label}"
        return first.isoformat(), None, f"since {label}"
    # "in March 2026", "during Q3", "in 2025", "March 2026" (a bare year or month only after a preposition)
    for m in _IN_POINT.finditer(t):
        if m.group("prep") or m.group("my") or m.group("q"):
            first, last, label = _point(m, today)
            return first.isoformat(), last.isoformat(), f"in {label}"
    m = _YEAR_OF_DEALS.search(t)
    if m and int(m.group("year")) <= today.year + 1:
        y = int(m.group("year"))
        return f"{y}-01-01", f"{y}-12-31", f"in {y}"
    if _VAGUE_RECENT.search(t):
        since = today - dt.timedelta(days=recent_days)
        return since.isoformat(), None, f"in the last {round(recent_days / 30.44)} months"
    return None, None, None


# What each intent asks, as the structure of the question rather than a list of example questions:
# PROCESS is about the mechanics of getting a project to someone (how to reach, submit, send; agents,
# unsolicited material, meetings); EXAMPLES asks for what sold (examples, loglines, comparables); ROUTING
# asks *who* or *where* for the user's project; STRATEGIC asks what a named buyer or executive wants now
# (mandate, appetite, "is X still buying Y", "what does X want"); FACTUAL asks what happened (greenlit,
# ordered, added; lists and dates).
_REACH_VERBS = (r"(?:pitch|submit|approach|reach|contact|get|send|meet|connect|query|sell|shop|present|take|bring|"
                r"introduce|land)")
_PROCESS_RX = re.compile(
    r"\bhow (?:do|can|should|would|could|might|does|did|to|is|are)\b(?:\s+(?:i|we|one|you|someone|somebody|"
    r"a writer|a producer|people|they|writers|producers))?.*\b" + _REACH_VERBS + r"\b"
    r"|\b(?:pitch(?:ing)?|submissions?) (?:process|policy|policies|guidelines|route|routes|channel|channels|portal|"
    r"requirements|procedure|rules)\b|\bsubmission policy\b|\bsubmissions?\b|\bunsolicited\b"
    r"|\b(?:accepts?|accepting|takes?|taking|consider|considers|reads?|reading|open to|look at|looks at)\s+"
    r"(?:\w+\s+)?(?:pitches|submissions|scripts|screenplays|material|queries|specs?|spec scripts|cold pitches)\b"
    r"|\b(?:an? |my |without an? )?(?:agent|agency|manager|lawyer|representation|rep|release form)\b.*\b"
    r"(?:pitch|submit|need|required|necessary|approach|send)\b|\b(?:need|require|requires|without)\b.*\b"
    r"(?:agent|representation|manager|lawyer|release form)\b"
    r"|\bsend (?:my|our|a|an|the|this|in)\b.*\b(?:script|screenplay|pitch|deck|treatment|pilot|project|sizzle|"
    r"proposal|idea|tape|reel)\b|\b(?:get|land|book|set up|arrange|request|secure) (?:a|an) (?:meeting|general|"
    r"intro|introduction|call|pitch meeting)\b|\bget in (?:touch|front)\b|\bcontact (?:details|info|information)\b|"
    r"\bemail address\b|\bbest way (?:to|of)\b|\bget (?:a|my|our) (?:pitch|script|project)\b|\bpitch meeting\b"
    r"|\b(?:advice|tips?|guidance|pointers|etiquette)\b.*\b(?:pitch|pitching|submit|submitting|approach|approaching|"
    r"reach|reaching|contact|contacting)\b"
    r"|(?<!who )(?<!whom )(?<!which )(?<!where )\b(?:can|could|may)\s+(?:i|we|one|you|anyone|anybody|writers?|producers?|creators?|indies|people|"
    r"a writer|a producer|an? (?:indie|independent|new) (?:writer|producer|company))\s+(?:\w+\s+)?"
    r"(?:submit|pitch|send|approach|contact|reach)\b|\bis it possible to (?:\w+\s+)?(?:submit|pitch|send|approach)\b")
_EXAMPLES_RX = re.compile(
    r"\b(?:examples?|sample (?:loglines?|pitch(?:es)?|projects?|deals?)|loglines?|comps|comparables?|"
    r"comparable (?:titles|projects|shows)|reference titles|(?:successful|sold)(?: [\w\-]+){0,2}? pitch(?:es)?|"
    r"(?:pitches|projects|ideas|loglines|concepts) (?:that|which) (?:sold|got (?:bought|picked up|made|greenlit)|"
    r"were (?:bought|sold|picked up)|landed|worked)|what (?:kind of |sort of )?(?:pitches |projects |ideas )?"
    r"(?:has |have )?(?:sold|sells)\b)\b")
_STRATEGIC_RX = re.compile(
    r"\b(?:mandates?|priorities|priority|appetite|wish ?list|tastes?|strategy|strategies|focus(?:ed|ing)? on|"
    r"focus|remit|brief|direction|vision|agenda|looking for|interested in|want|wants|wanting|after|seeking|"
    r"hungry for|chasing|keen on|open to|heading|moving (?:into|toward|towards|away)|pivot(?:ing)?|"
    r"going after|on the hunt for|in the market for|what kind of|what sort of|what type of|stand on|stance on|"
    r"position on|approach to|attitude to(?:wards?)?|take on|views? on|thinking on|thoughts on|plans? for|"
    r"ambitions?|goals?)\b")
# "is X (still) buying", "are they commissioning", "does X buy": a named buyer's current appetite.
_PRESENT_BUYING = re.compile(
    r"\b(?:is|are|does|do)\b(?:\s+[\w&\.\-'+]+){1,5}?\s+(?:still\s+|currently\s+|now\s+)?"
    r"(?:buy|buying|commission|commissioning|acquire|acquiring|develop|developing|order|ordering|take|taking|"
    r"greenlight|greenlighting|picking up|pick up|doing|do|make|making|want|accept|accepting)\b")
_ROUTING_RX = re.compile(
    r"\bwhich\s+(?:[\w&+\.\-']+\s+){1,3}?(?:execs?|executives?|commissioners?|commissioning editors?|person|people|"
    r"buyers?|team|department|division)\b|"  # "which Viu exec takes ...", "which MGM+ exec for ..."
    r"\b(?:who|whom|who'?d|who'?s|which (?:execs?|executives?|buyers?|networks?|streamers?|studios?|persons?|"
    r"people|compan(?:y|ies)|platforms?|broadcasters?|channels?|commissioners?|distributors?|outlets?|"
    r"one of them))\b"
    r"|\bwhere (?:should|can|could|would|do|does|might|to|is)\b(?:\s+\w+){0,3}?\s+(?:take|pitch|send|sell|shop|"
    r"go|land|fit|belong|place|end up|find a home)\b|\bwhere to\b"
    r"|\b(?:best|right|good|natural|ideal|likely|obvious|logical) (?:home|fit|place|buyer|buyers|person|exec|"
    r"executive|partner|outlet|destination|target|match)\b|\b(?:a )?(?:home|buyers?|takers?|outlet) for\b"
    r"|\b(?:pitch (?:this|it|my)|(?:should|can|could) (?:i|we) pitch|to pitch)\b"
    r"|\b(?:i|we)(?:'ve| have|'m| am)?\s+(?:got|have|developing|writing|working on|shopping|packaging|"
    r"pitching|producing)\s+(?:a|an|my|our|this)\b"
    r"|\bmy (?:script|project|pilot|feature|series|show|film|movie|doc|documentary|idea|pitch|screenplay|"
    r"treatment|format|novel|book|spec)\b")
_FACTUAL_RX = re.compile(
    r"\b(?:recent|recently|latest|lately|greenlights?|greenlit|green-lit|greenlighted|ordered|orders?|"
    r"commissioned|commissions|picked up|pickups?|pick-ups?|renewed|renewals?|what did|what has|what have|list|"
    r"slate|deals?|bought|acquired|acquisitions|announced|this year|last year|since|in 20\d\d|(?:19|20)\d\d|"
    r"added|adds?|launched|released|premiered|dropped|came (?:to|out)|arrived|most recent|newest|"
    r"(?:any|anything|what'?s|whats) new|show me|list|did\b.*\b(?:pick up|order|greenlight|commission|buy|acquire|add|renew|announce|release|launch)|still (?:at|with)|works? (?:at|for)|working (?:at|for))\b")


# "what has X been buying": what a buyer buys (their appetite), as "what is X buying"; "been ordering" asks
# for the orders themselves.
_BEEN_BUYING = re.compile(r"\b(?:has|have)\b(?:\s+[\w&\.\-'+]+){1,5}?\s+been\s+(?:buying|acquiring|looking for|"
                          r"developing|after|chasing|shopping for)\b")
# "Any Nordic dramas at Arte?", "are there any anime greenlights": whether such titles exist, a list. Not
# "anyone"/"anybody", and not "any exec/buyer ..." (a person).
_ANY_TITLES = re.compile(r"^\s*(?:so |and |ok |okay )?(?:are there |is there |were there |got )?(?:any|anything)\b"
                         r"(?!one|body)(?!\s+(?:execs?|executives?|buyers?|commissioners?|people|person|one|body|"
                         r"advice|tips?|way|chance|point|idea)\b)")


# The user's own wish opening the question ("I want to see X's dramas", "Looking for X's latest orders") is
# no buyer's appetite: it is left out before the cues are read.
_USER_WANTS = re.compile(r"^\s*(?:(?:so|ok|okay|hi|hey|please)[,!]?\s+)?(?:(?:i|we)(?:'m| am|'re| are|'d| would)?\s+)?"
                         r"(?:want|wanted|need|like|looking for|searching for|trying to find|hoping to (?:see|find)|"
                         r"keen to see|interested in)\b(?:\s+to\s+(?:see|know|find|get|hear|look at|check|learn|read))?")


def classify(t: str, has_exec: bool, has_company: bool, has_terms: bool) -> Intent:
    """Intent from the structure of the question, most specific first. ``t`` is folded, typo-corrected
    text; ``has_exec``/``has_company``: the question names a person/buyer (known or not)."""
    t = _USER_WANTS.sub(" ", t, count=1)
    if _PROCESS_RX.search(t):
        return Intent.PROCESS
    if _EXAMPLES_RX.search(t):
        return Intent.EXAMPLES
    named = has_exec or has_company
    if re.search(r"\bstill (?:\w+ing )?(?:at|with)\b", t):
        return Intent.FACTUAL  # "is X still (commissioning) at Y": where someone works
    who_first = re.search(r"^\s*(?:so |and |ok |okay |then )?(?:who|whom|who'?s|who'?d|which (?:execs?|executives?|"
                          r"buyers?|person|people))\b", t)
    if not who_first and (named or re.search(r"\bmandates?\b", t)) and \
            (_STRATEGIC_RX.search(t) or _PRESENT_BUYING.search(t) or _BEEN_BUYING.search(t)):
        return Intent.STRATEGIC
    if _ROUTING_RX.search(t):
        return Intent.ROUTING
    if _FACTUAL_RX.search(t) or _ANY_TITLES.search(t):
        return Intent.FACTUAL
    if has_exec and not has_terms:
        return Intent.STRATEGIC
    if has_company and not has_terms:
        return Intent.FACTUAL
    if has_company and re.search(r"\b(?:originals|titles|releases|output|catalogue|catalog|library|movies|films|"
                                 r"features|specials|shows|dramas|comedies|thrillers|documentaries|docs|docuseries|"
                                 r"miniseries|telenovelas|sitcoms)\b", t):
        return Intent.FACTUAL  # "Viu originals out of India", "TF1 tv movies": a buyer's titles, listed
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
                # a hyphenated name is also written with a space ("Nyquist-Haugen", "nyquist haugen")
                for form in dict.fromkeys([lf, " ".join(lf.replace("-", " ").split())]):
                    if form:
                        out.setdefault(len(form.split()), []).append((t, rid, name, form))
    _LABEL_CACHE.clear()
    _LABEL_CACHE[key] = out
    return out


_LABEL_CACHE: dict[tuple[str, str], dict[int, list[tuple[str, str, str, str]]]] = {}


def _find_names(kb: "KnowledgeBase", text: str, upper: frozenset[str] = frozenset(),
                capitalised: frozenset[str] = frozenset()) -> tuple[list[Mention], list[Mention]]:
    """Executives and companies named in ``text`` (folded), by name or alias, tolerating typos (a letter
    too many, too few or wrong, or two letters swapped: "Tidemrak"); a name of two letters ("FX", "C4")
    only exactly and when the question writes it in capitals (``upper``, folded). A first name alone
    ("What is Beatrix looking for?") names the executives who have it, when the question writes it
    capitalised (``capitalised``, folded), it is no other word the KB or the question vocabulary uses, and
    at most three executives share it."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

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
            if n == 1 and (gram in STOPWORDS or len(gram) < 3) and not (len(gram) == 2 and gram in upper):
                continue
            hits: list[tuple[int, float]] = [(j, 100.0) for j in exact.get(gram, [])]
            if len(gram) >= 5:
                cutoff = 90.0 if n == 1 else 86.0
                for _, score, j in process.extract(gram, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5):
                    if len(choices[j]) >= 5:
                        hits.append((j, float(score)))
            if n == 1 and len(gram) >= 6 and not hits:
                # two letters swapped ("tidemrak") cost fuzz.ratio two edits: one edit of the
                # optimal-string-alignment distance
                for _, _, j in process.extract(gram, choices, scorer=OSA.distance, score_cutoff=1, limit=3):
                    if len(choices[j]) >= 6:
                        hits.append((j, 90.0))
            for j, score in hits:
                t, rid, name, lf = labels[j]
                if n == 1 and len(lf) < 5 and score < 100.0:
                    continue
                if n >= 2 and score < 100.0 and not _distinct_parts_match(gram, lf):
                    continue  # "Foo Pictures" is not "Fox Pictures": the words that name it differ
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
    if capitalised and not found:
        firsts = _first_names(kb)
        for w in words:
            owners = firsts.get(w, []) if w in capitalised else []
            if len(owners) <= 3:
                for rid, name in owners:
                    found.setdefault(("executive", rid), Mention("executive", rid, name, w, 85.0))
    execs = sorted((m for m in found.values() if m.type == "executive"), key=lambda m: -m.score)
    comps = sorted((m for m in found.values() if m.type == "company"), key=lambda m: -m.score)
    return execs, comps


def _distinct_parts_match(gram: str, label: str) -> bool:
    from rapidfuzz import fuzz

    a = " ".join(w for w in gram.split() if w not in GENERIC_NAME_WORDS)
    b = " ".join(w for w in label.split() if w not in GENERIC_NAME_WORDS)
    if not a or not b:
        return a == b
    return fuzz.ratio(a, b) >= 80


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


def _capitalised_words(question: str) -> frozenset[str]:
    """Words written as a name (folded), where a first name alone may name an executive: capitalised, not
    "Don't", and the question's first word only as a possessive or the whole phrase ("Priya's slate",
    "Priya?"), not "Grant me a list"."""
    out = set()
    for m in re.finditer(r"(?<![\w'\u2019])[A-Z][a-z]+(?![\w'\u2019]t\b)", question):
        first = not question[: m.start()].strip(" \t\"'\u201c")
        if not first or re.match(r"['\u2019]s\b|\s*(?:[.:;,!?]|$)", question[m.end():]):
            out.add(fold(m.group()))
    return frozenset(out)


def _first_names(kb: "KnowledgeBase") -> dict[str, list[tuple[str, str]]]:
    """Executives by first name (folded), for first names that are no other word of the KB's names, of
    the question vocabulary or of places ("Grant" stays a name only while no record says "grant"
    otherwise), cached per KB version."""
    key = ("first", kb.version)
    cached = _FIRST_CACHE.get(key)
    if cached is not None:
        return cached
    out: dict[str, list[tuple[str, str]]] = {}
    other: set[str] = set(STOPWORDS) | set(CUE_WORDS) | GENERIC_WORDS | ROLE_WORDS | GENERIC_NAME_WORDS
    for t in ("executive", "company"):
        for _, name, aliases in kb.names(t):
            for label in (name, *aliases):
                parts = fold(label).replace("-", " ").split()
                other.update(parts[1:] if t == "executive" else parts)
    for rid, name, _ in kb.names("executive"):
        parts = fold(name).split()
        if len(parts) >= 2 and len(parts[0]) >= 3 and parts[0].isalpha():
            out.setdefault(parts[0], []).append((rid, name))
    out = {w: v for w, v in out.items() if w not in other and not geo.find_places(w)
           and not any(vocab.find_terms(w, k) for k in ("genre", "format", "region"))}
    _FIRST_CACHE.clear()
    _FIRST_CACHE[key] = out
    return out


_FIRST_CACHE: dict[tuple[str, str], dict[str, list[tuple[str, str]]]] = {}

_NAME_AFTER = re.compile(
    r"(?:pitch(?:ing)? (?:to|for)|reach|approach|contact|submit to|mandate (?:of|for)|is|does|about|did|from|at|for|"
    r"to)\s+((?:[A-Z][\w\.\-']+)(?:\s+(?:[A-Z][\w\.\-']+|de|van|von|da|del|la|le|di))*)"
)


def _unknown_name(question: str) -> str | None:
    """A capitalised name the question asks about (used when no KB name matched)."""
    q = re.sub(r"[’']s\b", "", question)
    for m in _NAME_AFTER.finditer(q):
        cand = m.group(1).strip(" ?.!,")
        words = [w for w in cand.split() if fold(w) not in STOPWORDS and fold(w) not in _MONTHS]
        if not words:
            continue
        joined = " ".join(words)
        if geo.find_places(fold(joined)) and len(geo.find_places(fold(joined))) >= len(words):
            continue  # "from Korea", "in New Zealand"
        if all(vocab.find_terms(w, k) for w in words for k in ("genre",)) or fold(joined) in STOPWORDS:
            continue
        if any(vocab.find_terms(joined, k) and len(words) == 1 for k in ("region", "format", "genre")):
            continue
        return joined
    return None


# Where a question puts a name: the span in group "n" must be a person, company or title in the KB.
_SLOT_VERBS = (r"(?:greenlit|greenlighted|greenlight|greenlighting|green-lit|ordered|order|ordering|commissioned|"
               r"commission|commissioning|bought|buy|buying|acquired|acquire|acquiring|picked up|pick up|renewed|"
               r"developed|developing|made|produced|cancell?ed|looking for|want|wants|after|pitched|"
               r"been (?:buying|ordering|greenlighting|commissioning|developing|doing))")
_SLOTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("any", re.compile(r"\bwhat(?:\s+[a-z0-9\-']+){0,4}?\s+(?:has|have|had|did|does|do|is|are|was|were)\s+"
                       r"(?P<n>[a-z0-9][\w&\.\-' ]*?)\s+" + _SLOT_VERBS + r"\b")),
    ("title", re.compile(r"^\s*(?:so\s+)?(?:who|which (?:execs?|executives?|buyers?|networks?|streamers?|studios?|"
                         r"compan(?:y|ies)))(?:\s+(?:at|from)\s+[\w&+\.\-]+(?:\s+[\w&+\.\-]+){0,2}?)?"
                         r"\s+(?:greenlit|greenlighted|green-lit|ordered|commissioned|bought|"
                         r"acquired|picked up|renewed|developed|made|produced|(?:is |was |were )?(?:behind|"
                         r"responsible for))\s+(?P<n>.+?)\s*[?.!]*$")),
    ("about", re.compile(r"\b(?:tell me (?:more )?about|who is|what do you know about|info(?:rmation)? (?:on|about)|"
                       r"details (?:on|about)|anything (?:on|about))\s+(?P<n>.+?)\s*[?.!]*$")),
    ("any", re.compile(r"\b(?:pitch(?:ing)? (?:something |a project |an idea |it |this )?to|reach|approach|contact|"
                       r"submit(?: a pitch)? to|get (?:a|my) pitch to|pitch process (?:for|at|of)|"
                       r"submissions? (?:to|at|for)|process (?:for|at))\s+(?P<n>.+?)\s*[?.!]*$")),
    ("any", re.compile(r"\bwhat (?:is|are|was)\s+(?P<n>.+?)\s+(?:mandates?|priorities|taste|strategy|brief|"
                       r"remit|looking for|after|buying|wanting)\b")),
    # "examples of pitches <name> bought", "show me what <name> has bought"
    ("cap", re.compile(r"\b(?:what|pitches|projects|shows|series|titles|films|movies|ones|things)\s+"
                       r"(?P<n>(?:(?!\b(?:has|have|had|is|are|was|were|been|did|do|does|got|get|gets|being)\b)"
                       r"[a-z0-9&\.\-' ])+?)\s+"
                       r"(?:has\s+|have\s+|had\s+)?" + _SLOT_VERBS + r"\b")),
    # a bare "<name> mandate", "<name> pitch process", "<name> greenlights" (what asks about it trimmed off)
    ("bare", re.compile(r"^\s*(?P<n>[a-z0-9][\w&+\.\-']*(?:\s+[\w&+\.\-']+){0,3}?)\s+(?:mandates?|strategy|"
                       r"priorities|remit|brief|wish ?list|pitch process|submission process|greenlights|orders|slate|"
                       r"commissions|pickups)\s*[?.!]*$")),
    # a buyer at the end: "who should I pitch a thriller to at <name>?", "any greenlights from <name>?"
    ("tail", re.compile(r"\b(?:at|from|with)\s+(?P<n>[a-z0-9][\w&\.\-' ]*?)\s*[?.!]*$")),
    ("company", re.compile(r"\b(?:who|anyone|someone|which execs?|which executives?)\s+at\s+(?P<n>.+?)\s+"
                           r"(?:handles?|buys?|does|do|is|should|can|would|takes?|looks?|wants?|commissions?|covers?|"
                           r"greenlights?|runs?|oversees?)\b")),
)
_TRAIL = re.compile(r"\s+(?:recently|lately|so far|right now|now|these days|this (?:year|month|quarter|week)|"
                    r"last (?:year|month|quarter|week)|in (?:19|20)\d\d|since .*|(?:in|during) " + _MONTH + r".*|"
                    r"(?:in|during) q[1-4]\b.*|between .*|"
                    r"in the (?:last|past) .*|over the (?:last|past) .*|of late|at the moment|currently|today)$")
_NAME_PARTICLES = frozenset("de van von da del la le di of and the".split())
_LEAD = re.compile(r"^(?:the|a|an|this|that|mr|mrs|ms|dr)\s+")
GENERIC_WORDS = frozenset(
    "i we you they he she it someone somebody anyone anybody everyone everybody nobody people person exec execs "
    "executive executives buyer buyers network networks streamer streamers studio studios platform platforms company "
    "companies broadcaster broadcasters distributor distributors channel channels market industry team teams one ones "
    "there here them us me myself yourself it's that's this these those their his her its our your my what which who "
    "best right top biggest largest most more least new recent latest good great show shows series film films movie "
    "movies project projects title titles pitch pitches idea ideas story stories content thing things stuff "
    "something anything everything nothing been being be done doing to for of on in at with and or kind type sort "
    "lately recently now".split()
)


# Words a question uses that name no genre: never mapped to one, and the background a mapped word must beat.
_QUESTION_WORDS = frozenset(CUE_WORDS) | GENERIC_WORDS | STOPWORDS | frozenset(_MONTHS) | frozenset(_NUM_WORDS)


# A name shaped like a company ("Foo Studios", "Bar Media Group") in the question as written.
_COMPANY_LIKE = re.compile(
    r"\b((?:[A-Z][\w&'\-\.]*\s+){1,3}(?:" + "|".join(COMPANY_SUFFIXES) + r"))\b(?![\w\-])")


def _slot_spans(text: str) -> list[tuple[str, str]]:
    """(kind, span) for each place a name sits in folded ``text``."""
    out: list[tuple[str, str]] = []
    for kind, rx in _SLOTS:
        for m in rx.finditer(text):
            span = m.group("n").strip(" ?.!,;:'\"")
            prev = None
            while prev != span:
                prev = span
                span = _TRAIL.sub("", span).strip(" ?.!,;:'\"")
                span = _LEAD.sub("", span)
            head = re.split(r"\s+(?:in|for|from|about|with|and|or|to|at|on|this|last|since|during)\s+", span)[0]
            if kind in ("title", "about") and head != span:
                # a title may hold these words ("America's War on Drugs"): the whole span is tried first
                out.append((kind + "+", span))
            if head:
                out.append((kind, head))
    return out


def _name_like(span: str, vocab_words: set[str]) -> bool:
    """A span that names someone or something: a content word that is no vocabulary, place, time or generic
    word, or a company word with a number ("Channel 5", "TV 2")."""
    words = [w.strip("'.") for w in re.findall(r"[a-z0-9][a-z0-9&'\.\-]*", span)]
    content = [w for w in words if w and w not in STOPWORDS and w not in GENERIC_WORDS and w not in vocab_words
               and w not in CUE_WORDS and not w.isdigit() and len(w) > 1 and w not in _MONTHS
               and w not in ROLE_WORDS]
    if not content:
        return any(w.isdigit() and len(w) <= 2 for w in words) and any(w in _COMPANY_WORDS for w in words)
    rest = " ".join(content)
    return not geo.find_places(rest) or len(geo.find_places(rest)) < len(content)


# Words of a job title: "the head of drama", "the comedy commissioner", "svp of unscripted" name a role, whoever
# holds it, not a person or a company.
ROLE_WORDS = frozenset(
    "head heads director directors vp vps svp evp avp president presidents chief chiefs boss bosses commissioner "
    "commissioners controller controllers editor editors chair chairman chairwoman lead leads leader manager "
    "managers officer ceo cco cmo coo gm md".split())
_COMPANY_WORDS = frozenset(fold(w) for w in COMPANY_SUFFIXES) | frozenset("channel channels tv network studio".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _occurrences(words: list[str], folded: list[str]) -> Iterator[int]:
    """Where the name tokens ``words`` (a mention's text, split) start among a question's folded words."""
    n = len(words)
    for i in range(len(folded) - n + 1):
        if [" ".join(_NAME_TOKEN.findall(w)) for w in folded[i:i + n]] == words:
            yield i


def _other_company(question: str, m: Mention) -> str | None:
    """The company the user wrote when it is not the KB's buyer ``m`` it starts like, else None: a company word
    where the KB's name has another ("Tala Studios" for "Tala Stream", found by its word "tala"), or "Plus"/"+"
    after a name that has none ("Nile Vision Plus" for "Nile Vision"). "AMC Studios" for "AMC" stays AMC."""
    if m.type != "company":
        return None
    toks = [t for t in re.finditer(r"[\w&\.\-'\u2019]+|\+", question)]
    folded = [fold(t.group(0)).strip(".'\u2019") for t in toks]
    words = m.text.split()
    full = _NAME_TOKEN.findall(fold(m.name))
    n = len(words)
    for i in _occurrences(words, folded):
        b = i + n
        if b >= len(toks) or toks[b - 1].group(0).endswith(("'s", "\u2019s")):
            continue
        raw, nxt = toks[b].group(0), folded[b]
        if not (raw[:1].isupper() or raw == "+"):
            continue
        other_word = words == full[:n] and len(full) > n and nxt in GENERIC_NAME_WORDS and nxt != full[n]
        plus = nxt in ("plus", "+") and "plus" not in full and "+" not in m.name
        if other_word or plus:
            return question[toks[i].start():toks[b].end()]
    return None


def _extended_name(question: str, known: list[Mention], vocab_words: set[str]) -> str | None:
    """A known name written with more name to it, as the user wrote it ("Greyfriars Two" where the KB has
    Greyfriars), else None. The word right before or after the known name must be written like a name
    (capitalised, or a number) and be no generic, vocabulary, place or question word: "Channel 4 Drama",
    "AMC Studios", "Netflix Korea" are the known buyer."""
    toks = [(m.group(0), fold(m.group(0)).strip(".'\u2019")) for m in re.finditer(r"[\w&+\.\-'\u2019]+", question)]
    folded = [re.sub(r"['\u2019]s$", "", f) for _, f in toks]

    def name_word(i: int) -> bool:
        if not 0 <= i < len(toks):
            return False
        raw, w = toks[i][0], folded[i]
        if not (raw[0].isupper() or (raw.isdigit() and len(raw) <= 2)):
            return False
        return not (w in STOPWORDS or w in GENERIC_WORDS or w in GENERIC_NAME_WORDS or w in vocab_words or
                    w in CUE_WORDS or w in _MONTHS or geo.find_places(w) or (w.isdigit() and len(w) == 4))

    for m in known:
        words = m.text.split()
        n = len(words)
        for i in _occurrences(words, folded):
            a, b = i, i + n
            while name_word(b) and not toks[b - 1][0].endswith(("'s", "\u2019s")):
                b += 1
            while name_word(a - 1) and a - 1 > 0:
                a -= 1
            if (a, b) != (i, i + n):
                return " ".join(re.sub(r"['\u2019]s$", "", t) for t, _ in toks[a:b])
    return None


# One capitalised word (or a run) in a place that holds a name: a possessive ("Hulu's comedy orders"), the
# subject of a buying verb ("Is ViuTV buying romance?", "Did Hulu order any horror?"), or after "by".
_NAME_RUN = r"(?P<n>[A-Z][\w&+\.\-]*(?:\s+(?:[A-Z0-9][\w&+\.\-]*))*)"
_SINGLE_SLOTS = (
    re.compile(_NAME_RUN + r"[\u2019']s\b"),
    re.compile(r"\b(?:[Ii]s|[Aa]re|[Dd]oes|[Dd]o|[Dd]id|[Hh]as|[Hh]ave|[Ww]as|[Ww]ill)\s+" + _NAME_RUN +
               r"\s+(?:still\s+|currently\s+|now\s+|ever\s+|recently\s+|just\s+|really\s+|been\s+)?"
               r"(?:buy|buying|bought|commission|commissioning|commissioned|greenlight|greenlighting|greenlit|order|"
               r"ordering|ordered|acquire|acquiring|acquired|develop|developing|developed|pick|picking|picked|take|"
               r"taking|took|want|wanting|looking|after|doing|make|making|made|renew|renewed|accept|accepting|"
               r"open)\b"),
    re.compile(r"\b(?:from|at)\s+" + _NAME_RUN),
    re.compile(r"\b(?:greenlit|greenlighted|ordered|commissioned|bought|acquired|picked up|renewed|developed|"
               r"greenlights|orders|commissions|pickups|acquisitions|deals|titles|shows)\s+by\s+" + _NAME_RUN),
)
# the title a deal verb takes: "When did Starz order Power?"
_OBJECT_SLOT = re.compile(r"\b(?:order|ordered|greenlight|greenlit|commission|commissioned|pick up|picked up|buy|"
                          r"bought|acquire|acquired|renew|renewed|cancel|cancell?ed)\s+" + _NAME_RUN)
# A possessive written in lower case before what a buyer or person has: "peacock's latest comedy orders".
_LOWER_POSSESSIVE = re.compile(r"(?<![\w\-])(?P<n>[a-z0-9][\w&+\.\-]*)['\u2019]s\s+(?:[\w\-]+\s+){0,3}?"
                               r"(?:orders|greenlights|slate|mandates?|strategy|priorities|commissions|pickups|"
                               r"originals|line-?up|pipeline|acquisitions|deals|renewals)\b")
# Words around a name that make it a reference in the user's own pitch, not whom the question is about:
# "Agatha Christie vibes", "Succession meets Fargo", "in the vein of Stranger Things", "a doc about Jane Doe".
_REFERENCE_BEFORE = re.compile(r"(?:\blike|\bmeets|\bvein of|\bstyle of|\bla|\bthink|\babout|\bbased on|"
                               r"\binspired by|\badapted from|\bcomparable to|\bcomps?|\bversus|\bvs\.?|\bfans of|"
                               r"\bstarring|\bfeaturing)\s*[:,]?\s*$")
_REFERENCE_AFTER = re.compile(r"^\s*(?:[\u2019']s\s+)?(?:vibes?|meets|style|-style|esque|-esque|type|feel|energy|"
                              r"fans|universe|adaptation|biopic|story|novel|book|podcast|documentary|doc|mashup)\b")


def _reference(question: str, span: str) -> bool:
    """Whether ``span`` (folded) stands in the question as a reference of the user's project (see above)."""
    words = span.split()
    folded_q = fold(question)
    i = folded_q.find(words[0]) if words else -1
    while i >= 0:
        j = folded_q.find(words[-1], i)
        if j >= 0:
            end = j + len(words[-1])
            if _REFERENCE_BEFORE.search(folded_q[max(0, i - 20):i]) or _REFERENCE_AFTER.search(folded_q[end:end + 20]):
                return True
        i = folded_q.find(words[0], i + 1)
    return False


def _single_name_slots(question: str) -> list[tuple[str, str]]:
    """(kind, folded span) written like a name in a place that holds one (see ``_SINGLE_SLOTS``: kind "cap";
    ``_OBJECT_SLOT``: "object"); a question in Title Case gives none (its capitals say nothing)."""
    words = re.findall(r"[A-Za-z][\w'\u2019\-]*", question)
    if any(w[0].isupper() and w.lower() in STOPWORDS and w != "I" for w in words[1:]):
        return []
    out = []
    for kind, rx in [*(("cap", r) for r in _SINGLE_SLOTS), ("object", _OBJECT_SLOT)]:
        for m in rx.finditer(question):
            toks = m.group("n").split()
            while toks and fold(toks[0]) in STOPWORDS | GENERIC_WORDS | set(CUE_WORDS) | _NUMBER_WORDS | set(_MONTHS):
                toks = toks[1:]
            if toks:
                out.append((kind, " ".join(" ".join(_NAME_TOKEN.findall(fold(t))) for t in toks)))
    return out


_PARTICLE = r"(?:de|van|von|der|den|da|del|della|di|du|dos|das|la|le|al|el|bin|ibn|ter|op|st\.?)"
_CAP_RUN = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-\.]*(?:[\u2019'][A-Za-z]+)?)(?:\s+(?:" + _PARTICLE +
                      r"\s+)*[A-Z][\w\-\.]*(?:[\u2019'][A-Za-z]+)?)+)")


def _capitalised_names(question: str, vocab_words: set[str]) -> list[str]:
    """Folded spans written like a person's or company's name (two or more capitalised words, none of them
    a question, vocabulary, place or generic word), wherever they stand: "Is Marcus Delacroix still at
    Brightwater?", "Harriet Gleeson's mandate". A question written in Title Case has no such signal, and a
    run after "in" is a place, after "my"/"called" the user's own project."""
    words = re.findall(r"[A-Za-z][\w'\u2019\-]*", question)
    if any(w[0].isupper() and w.lower() in STOPWORDS and w != "I" for w in words[1:]):
        return []  # "Who Should I Pitch A Horror Film To": Title Case, capitals say nothing
    out: list[str] = []
    for m in _CAP_RUN.finditer(question):
        toks = m.group(1).split()
        start = m.start(1)
        while toks and fold(re.sub(r"[\u2019']s$", "", toks[0])) in STOPWORDS | GENERIC_WORDS | vocab_words:
            start += len(toks[0]) + 1
            toks = toks[1:]
        before = fold(question[:start]).split()[-1:] if start else []
        if len(toks) < 2 or (before and before[0] in ("in", "my", "our", "called", "titled", "named", "across")):
            continue
        folded = [fold(re.sub(r"[\u2019']s$", "", t)).strip(".") for t in toks]
        names = [w for w in folded if not re.fullmatch(_PARTICLE, w)]
        if any(w in STOPWORDS or w in GENERIC_WORDS or w in vocab_words or w in GENERIC_NAME_WORDS or
               not re.search("[a-z]", w) for w in names):
            continue
        span = " ".join(" ".join(_NAME_TOKEN.findall(w)) for w in folded)
        if geo.find_places(span):
            continue
        out.append(span)
    return out


# A city written in lower case is looked up only where a place is expected: "set in tel aviv", "from lisbon",
# "a lagos-based writer" ("a nice drama" names no city).
_LOWER_CITY = re.compile(r"\b(?:(?:set|based|shot|filmed|made|located)\s+in|in|from|out of)\s+([a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){0,2})"
                         r"|\b([a-z][a-z']*(?:\s+[a-z][a-z']*)?)-(?:based|set)\b")


def _lower_cities(question: str) -> list[str]:
    """Spans of ``question`` written in lower case in a place slot that may name a city, longest reading first,
    folded. A capitalised name there is left to the name rules ("from Marrakesh Screen Co" is a company)."""
    out: list[str] = []
    for m in _LOWER_CITY.finditer(fold(question) if question.islower() else question):
        if m.group(1):  # the place starts after the preposition: "in tel aviv proper"
            words = m.group(1).split()
            out.extend(" ".join(words[:n]) for n in range(len(words), 0, -1))
        else:  # the place ends before "-based": "a tel aviv-based writer"
            words = m.group(2).split()
            out.extend(" ".join(words[-n:]) for n in range(len(words), 0, -1))
    return out


def _cities_named(question: str) -> list[str]:
    """Folded runs of one to three capitalised words standing alone (no capitalised word right before or
    after: "Paris Hilton" is a person) that may name a city; :func:`mw.geo.city_country` decides."""
    toks = list(re.finditer(r"[^\W\d_][\w']*", question))
    words = [t.group(0) for t in toks]
    if any(w[0].isupper() and w.lower() in STOPWORDS and w != "I" for w in words[1:]):
        return []  # Title Case
    out: list[str] = []
    i = 0
    while i < len(toks):
        if not words[i][0].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and words[j + 1][0].isupper() and question[toks[j].end():toks[j + 1].start()] == " ":
            j += 1
        run = words[i:j + 1]
        while len(run) > 1 and run[0].lower() in STOPWORDS:
            run = run[1:]  # "A Toronto-based drama", "My Lagos story": the sentence's first word is no city's
        if len(run) <= 3:
            out.append(fold(" ".join(run)))
        i = j + 1
    return out


def _original_case(question: str, folded_span: str) -> str:
    """The span as the user wrote it (capitals and accents), when it can be found; else the folded span."""
    words = question.split()
    n = len(folded_span.split())
    for i in range(len(words) - n + 1):
        cand = " ".join(words[i:i + n])
        if fold(re.sub(r"[’']s\b", "", cand)).strip(" ?.!,;:'\"") == folded_span:
            return re.sub(r"[’']s\b", "", cand).strip(" ?.!,;:'\"")
    plain = re.sub(r"[^a-z0-9 ]", "", folded_span)
    for i in range(len(words) - n + 1):  # the name written with signs the span leaves out ("Paramount+")
        cand = re.sub(r"[’']s\b", "", " ".join(words[i:i + n])).strip(" ?.!,;:'\"")
        if plain and re.sub(r"[^a-z0-9 ]", "", fold(cand)) == plain:
            return cand
    return folded_span


def _title_match(kb: "KnowledgeBase", span: str) -> list[str]:
    """Greenlight ids whose title is ``span`` (folded, exact or a near-exact typo)."""
    from rapidfuzz import fuzz, process

    from mw.ask.greenlit import title_key, undescribed

    titles = _titles(kb)
    exact = titles["exact"].get(span) or titles["exact"].get(title_key(span)) or \
        titles["exact"].get(undescribed(title_key(span)) or "")
    if exact:
        return exact
    if len(span) < 6:
        return []
    best = process.extractOne(title_key(span), titles["choices"], scorer=fuzz.ratio, score_cutoff=92)
    return titles["exact"][best[0]] if best else []


def _titles(kb: "KnowledgeBase") -> dict[str, Any]:
    key = ("titles", kb.version)
    hit = _TITLE_CACHE.get(key)
    if hit is None:
        from mw.ask.greenlit import title_keys

        exact: dict[str, list[str]] = {}
        keyed: dict[str, list[str]] = {}
        for rid, title, _ in kb.names("greenlight"):
            exact.setdefault(" ".join(_NAME_TOKEN.findall(fold(title))), []).append(rid)
            for k in title_keys(title):  # "tenth frost", "moving season 2", "talamasca"
                keyed.setdefault(k, []).append(rid)
        for k, ids in keyed.items():
            exact.setdefault(k, ids)
        hit = {"exact": exact, "choices": list(keyed)}
        _TITLE_CACHE.clear()
        _TITLE_CACHE[key] = hit
    return hit


_TITLE_CACHE: dict[tuple[str, str], dict[str, Any]] = {}


def _titles_folded(kb: "KnowledgeBase", ids: list[str]) -> list[str]:
    return [" ".join(_NAME_TOKEN.findall(fold(g.get("title", "")))) for g in kb.get_many("greenlight", ids).values()] \
        if ids else []


def _kb_words(kb: "KnowledgeBase", voc: Any) -> frozenset[str]:
    """Every word of the KB's names and tags, cached per KB version."""
    key = ("words", kb.version)
    hit = _WORDS_CACHE.get(key)
    if hit is None:
        words: set[str] = set()
        for labels in _name_labels(kb).values():
            for lab in labels:
                words.update(lab[3].split())
        for phrase in voc.phrases:
            words.update(phrase.split())
        hit = frozenset(words)
        _WORDS_CACHE.clear()
        _WORDS_CACHE[key] = hit
    return hit


_WORDS_CACHE: dict[tuple[str, str], frozenset[str]] = {}


_PITCH_LIKE = re.compile(r"\b(?:should|could|can|would|might|pitch|send|take|like|similar|comparable|my|our)\b")


def _written_genres(kb: "KnowledgeBase") -> frozenset[str]:
    """Genre words the greenlights themselves use that tell records of one genre apart: "wildlife" and
    "natural history" where records say both (both are natural history to mw); cached per KB version."""
    key = ("written", kb.version)
    hit = _WRITTEN_CACHE.get(key)
    if hit is None:
        by_tag: dict[str, set[str]] = {}
        for w in kb.tags().get("genre_word", ()):
            by_tag.setdefault(vocab.norm_genre(w), set()).add(w)
        hit = frozenset(w for ws in by_tag.values() if len(ws) > 1 for w in ws)
        _WRITTEN_CACHE.clear()
        _WRITTEN_CACHE[key] = hit
    return hit


_WRITTEN_CACHE: dict[tuple[str, str], frozenset[str]] = {}


def _sub_terms(voc: Any, t: Any) -> list[Any]:
    """Vocabulary phrases inside the words of term ``t`` (shorter than it, longest first, not overlapping)."""
    from mw.ask.vocabulary import Term

    words = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9][a-z0-9&\-]*", t.text)]
    out: list[Any] = []
    taken: set[int] = set()
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            if taken & set(range(i, i + n)):
                continue
            a, b = words[i][0], words[i + n - 1][1]
            hit = voc.phrases.get(t.text[a:b])
            if hit:
                out.append(Term(hit[0], hit[1], t.start + a, t.start + b, t.text[a:b]))
                taken.update(range(i, i + n))
    return sorted(out, key=lambda x: x.start)


def _decompose(voc: Any, terms: list[Any]) -> list[Any]:
    """The question's genre and format words, read the way the knowledge base tags its records.

    A built-in phrase is one concept ("nature docs" -> natural history), but where the KB has no tag for
    that concept and its own words are tags of the KB ("nature", "docs" -> documentary), those tags are
    what was asked. A genre phrase that holds a format word ("stand-up specials") asks for both."""
    out: list[Any] = []
    for t in terms:
        subs = _sub_terms(voc, t) if t.kind in ("genre", "format") and " " in t.text.replace("-", " ") else []
        if not subs:
            out.append(t)
            continue
        own = [x for x in subs if x.kind in ("genre", "format") and x.concept in voc.tags.get(x.kind, set())]
        covered = sum(len(x.text.replace("-", " ").split()) for x in subs if x.kind in ("genre", "format"))
        if t.concept not in voc.tags.get(t.kind, set()) and own and \
                covered == len(t.text.replace("-", " ").split()):  # every word is a tag: "true crime" is not
            out.extend(x for x in subs if x.kind in ("genre", "format"))
            continue
        out.append(t)
        if t.kind == "genre":
            out.extend(x for x in subs if x.kind == "format")
    return out


# A cue right before a genre word that rules it out: "not crime", "no reality", "non-animated", "anything but
# horror", "other than comedy", "except docs", "drama that isn't crime", "nothing with true crime".
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|no|nothing|without|except(?: for)?|excluding|other than|anything but|everything but|"
    r"isn't|aren't|isnt|arent|never|rather than|instead of)|\bnon-?)\s*(?:(?:a|an|any|the|with|more|really|"
    r"too much|so)\s+)?$")
_LIVE_ACTION = re.compile(r"\blive[- ]action\b|\bnon[- ]?animated\b|\bnot animated\b")

_APPETITE = re.compile(r"\b(?:hot|appetite|trend(?:s|ing)?|buying (?:more|less)|ordering (?:more|less)|more or less)\b")


_WHO_LEAD = r"^\s*(?:so\s+|and\s+|ok\s+)?(?:who(?:'s|s)?|whos)\s+"  # "who", "who's", "so who"
_WHO_IS = re.compile(_WHO_LEAD + r"(?:is\s+|exactly\s+is\s+|is\s+exactly\s+)?"
                     r"(?P<rest>.+?)\s*[?.!]*$")


# "who's the head of drama at X", "who is the comedy commissioner", "who runs unscripted at X": who holds a role.
_ROLE_QUESTION = re.compile(
    _WHO_LEAD + r"(?:(?:is|are)\s+)?(?:(?:the|their|its)\s+)?(?:"
    r"(?:[\w&+\.\-']+\s+){0,3}?(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")s?\b"
    r"|(?:runs|heads|leads|oversees|manages|is in charge of|in charge of|looks after)\b)")


def _who_is_only(text: str, names: list[Mention]) -> bool:
    """"who is <name>" / "who's <name> at <buyer>": the question asks who someone is, and nothing more."""
    m = _WHO_IS.match(text)
    if not m:
        return False
    rest = m.group("rest")
    for n in sorted(names, key=lambda n: -len(n.text)):
        rest = rest.replace(n.text, " ")
    return not [w for w in re.findall(r"[\w']+", rest) if w not in ("at", "from", "with", "the", "of", "'s", "s")]


def shape_intent(shape: str, base: Intent, text: str) -> Intent:
    """Which of the five intents a question answered by :mod:`mw.ask.questions` has; its ``shape`` says
    how it is answered. Who moved, who greenlit what and watches are facts; a trend is a fact ("how many
    thrillers did X order") unless it asks about a buyer's appetite ("what's hot at X", "is X buying more
    crime"), which is strategy; comparing buyers for the asker's own project is routing, otherwise strategy."""
    if shape == "TRENDS":
        return Intent.STRATEGIC if base == Intent.STRATEGIC or _APPETITE.search(text) else Intent.FACTUAL
    if shape == "COMPARE":
        return Intent.ROUTING if base == Intent.ROUTING else Intent.STRATEGIC
    return Intent.FACTUAL


def parse(question: str, kb: "KnowledgeBase", today: dt.date | None = None, recent_days: int = 365) -> ParsedQuestion:
    from mw.ask import vocabulary

    today = today or dt.datetime.now(dt.timezone.utc).date()
    folded = fold(question).strip()
    folded = re.sub(r"[’']s\b", "", folded)  # possessives: "Mara's mandate"
    voc = vocabulary.for_kb(kb)
    corrected, fixes = correct_typos(folded, _kb_words(kb, voc))
    execs, comps = _find_names(kb, corrected, frozenset(
        fold(w) for w in re.findall(r"\b[A-Z][A-Z0-9]\b", question)
        if fold(w) not in STOPWORDS and not geo.find_places(fold(w))),  # "FX", not "US" or "UK"
        _capitalised_words(question))
    # Vocabulary that is part of a matched name is not a genre/format/region ask.
    name_spans = [(m.start(), m.end()) for n in execs + comps for m in re.finditer(re.escape(n.text), corrected)]

    def in_name(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in name_spans)

    terms = _decompose(voc, [t for t in voc.find(corrected) if not in_name(t.start, t.end)])
    # A genre the question rules out ("a family comedy, not animated", "anything but reality", "drama
    # that isn't crime", "live-action kids") is no genre asked: executives who buy it rank after those
    # who do not, and lists leave it out.
    excluded: list[str] = []
    negated = [t for t in terms if t.kind == "genre" and _NEGATED_BEFORE.search(corrected[: t.start])]
    for t in negated:
        tag, _ = voc.resolve("genre", t.concept)
        if tag:
            excluded.append(tag)
    for m in _LIVE_ACTION.finditer(corrected):  # "live-action": not animation, and no action genre
        tag, _ = voc.resolve("genre", "animation")
        excluded.extend([tag] if tag else [])
        negated.extend(t for t in terms if m.start() <= t.start and t.end <= m.end() and t not in negated)
    terms = [t for t in terms if t not in negated]
    genres: list[str] = []
    formats: list[str] = []
    regions: list[str] = []
    countries: list[str] = []
    mapping: list[str] = []
    implied: list[str] = []
    unmapped_words: list[str] = []
    for t in terms:
        if t.kind == "region":
            regions.append(t.concept)
            continue
        tag, note = voc.resolve(t.kind, t.concept)
        if note:
            mapping.append(f"'{t.text}': {note}")
        if tag is None:
            unmapped_words.extend(w for w in t.text.replace("-", " ").split() if w not in STOPWORDS)
        elif t.kind == "genre":
            genres.append(tag)
        else:
            formats.append(tag)
            # "a documentary series", "a comedy special": the genre inside the format's words; a docuseries
            # is a documentary by definition. Used to rank, never to filter greenlights.
            for g in [c for c, _, _ in vocab.find_terms(t.text, "genre")] + \
                    (["documentary"] if t.concept == "docuseries" else []):
                g_tag, _ = voc.resolve("genre", g)
                if g_tag:
                    implied.append(g_tag)
    # A place word inside one of the KB's own genre tags ("K-drama", "British TV shows", "international TV
    # shows") is part of that tag, not a place constraint.
    genre_spans = [(t.start, t.end) for t in terms if t.kind == "genre" and ("-" in t.text or " " in t.text)
                   and vocabulary.fold(t.text) in voc.phrases and t.concept in voc.tags.get("genre", set())]
    for place, s, e in geo.find_places(corrected):
        if in_name(s, e) or any(a <= s and e <= b for a, b in genre_spans):
            continue  # "K-drama" as the KB's own genre tag is a genre, not a place constraint
        region, country = geo.resolve_place(place)
        if country:
            countries.append(country)
        if region:
            regions.append(region)
    # "us" is the pronoun unless written "US" or after a place preposition ("in the us").
    if re.search(r"(?<![A-Za-z])(US|U\.S\.)(?![A-Za-z])", question) or re.search(r"\b(?:in|from|for) the us\b", corrected):
        regions.append("US")
        countries.append("US")
    # A country whose name is also a word or a first name ("Turkey", "Georgia", "Jordan") is a place when
    # written as a name after a place preposition and not followed by a surname: "titles from Turkey".
    ambiguous_places: list[str] = []
    for m in re.finditer(r"\b(?:from|in|out of)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])", question):
        if not geo.find_places(fold(m.group(1))):
            region, country = geo.parse_place(m.group(1))
            if country:
                countries.append(country)
                regions.extend([region] if region else [])
                ambiguous_places.append(fold(m.group(1)))
    # A city stands for its country ("a Seoul-based writer", "Mumbai crime thriller", "an Auckland-set doc").
    kb_words = _kb_words(kb, voc)
    for city in dict.fromkeys([*_cities_named(question), *_lower_cities(question)]):
        # Only a word that is nothing else is looked up (the city table loads on first use).
        if city in kb_words or city in _titles(kb)["exact"] or any(
                w in STOPWORDS or w in GENERIC_WORDS or w in CUE_WORDS or w in kb_words for w in city.split()):
            continue
        cc = geo.city_country(city)
        if cc:
            region, _ = geo.resolve_place(cc)
            countries.append(cc)
            regions.extend([region] if region else [])
            ambiguous_places.extend(city.split())
    excluded = list(dict.fromkeys(excluded))
    genres = [g for g in dict.fromkeys(genres) if g not in excluded]
    formats = list(dict.fromkeys(formats))
    # A genre asked in a word the records themselves use ("wildlife", where the data also says "natural
    # history" and both are natural history) lists the greenlights tagged with that word.
    written = _written_genres(kb)
    genre_words: list[str] = []
    for t in terms:
        if t.kind != "genre" or voc.resolve("genre", t.concept)[0] not in genres:
            continue
        for form in dict.fromkeys([t.text, t.text.replace("-", " "), t.text[:-1] if t.text.endswith("s") else t.text]):
            if form in written:  # only a word that tells records of its genre apart
                genre_words.append(form)
                break
    regions, countries = list(dict.fromkeys(regions)), list(dict.fromkeys(countries))
    since, until, label = parse_time(corrected, today, recent_days)
    recent_default = bool(label) and parse_time(_VAGUE_RECENT.sub(" ", corrected), today, recent_days) == \
        (None, None, None)
    entity_words: set[str] = set()
    for m in execs + comps:
        entity_words.update(m.text.split())
    for t in terms:
        if t.kind != "region" and t.text.split()[0] not in unmapped_words:
            entity_words.update(t.text.split())
        elif t.kind == "region":
            entity_words.update(t.text.split())
    for _, s, e in geo.find_places(corrected):
        entity_words.update(corrected[s:e].split())
    entity_words.update(ambiguous_places)
    for t in negated:  # the genre ruled out and the words that rule it out are no search keywords
        cue = _NEGATED_BEFORE.search(corrected[: t.start])
        entity_words.update([*t.text.replace("-", " ").split(), *(cue.group().split() if cue else [])])
    for m in _LIVE_ACTION.finditer(corrected):
        entity_words.update([m.group(), *re.split(r"[- ]", m.group())])
    # --- names the question asks about that the KB may not hold --------------------------
    vocab_words = set(entity_words) | {w for t in terms for w in t.text.split()}
    unknown: str | None = None
    titles: list[str] = []
    title_slot = False
    name_slot = False  # some slot holds a name-like span (known or not)
    slots = _slot_spans(corrected)
    for m in _COMPANY_LIKE.finditer(re.sub(r"[’']s\b", "", question)):
        words = m.group(1).split()
        while words and fold(words[0]) in STOPWORDS | GENERIC_WORDS | set(CUE_WORDS):
            words = words[1:]
        # The company word itself names nothing: "Nordic Noir TV" is a genre ask, "Nowhere Corp" a buyer.
        if len(words) >= 2 and _name_like(" ".join(_NAME_TOKEN.findall(fold(" ".join(words[:-1])))), vocab_words):
            slots.append(("company", " ".join(_NAME_TOKEN.findall(fold(" ".join(words))))))
    slots.extend(("cap", span) for span in _capitalised_names(question, vocab_words | set(CUE_WORDS)))
    slots.extend(_single_name_slots(question))
    slots.extend(("any", m.group("n")) for m in _LOWER_POSSESSIVE.finditer(fold(question)))
    about_unknown = False
    unknown_slot: str | None = None
    shadowed: list[Mention] = []  # known names an unknown one extends ("Greyfriars" of "Greyfriars Two")
    whole_titles: list[str] = []  # spans found as whole titles: a shorter reading of the same slot is no name
    for m in comps:
        other = _other_company(question, m)
        if other:  # "Tala Studios" where the KB has "Tala Stream": another company, not found
            unknown, unknown_slot, shadowed = other, "name", [m]
            break
    for kind, span in slots:
        if kind.endswith("+"):  # a whole title slot, tried before its head
            kind = kind[:-1]
            t_ids = _title_match(kb, span)
            if t_ids:
                titles.extend(t_ids)
                entity_words.update(span.split())
                whole_titles.append(span)
                name_slot = True
                title_slot = title_slot or kind == "title"
            continue
        if any(w.startswith(span) for w in whole_titles):
            continue
        if kind == "about" and f"who is {span}" in corrected and (span.split()[0] in CUE_WORDS or
                                                                  span.split()[0].endswith("ing")):
            continue  # "who is buying Afrikaans drama": a verb, not "who is <name>"
        if kind == "bare":  # "bluefin media comedy slate": the name without the genre asked of it
            words = span.split()
            if any(w in STOPWORDS or w in CUE_WORDS for w in words):
                continue  # a sentence ("any changes in X's strategy"), not a bare name
            while words and (words[-1] in vocab_words or words[-1] in STOPWORDS or words[-1] in GENERIC_WORDS):
                words = words[:-1]
            kind, span = "any", " ".join(words)
            if not span:
                continue
        if kind in ("tail", "cap", "object"):
            # These places hold a name only when it is written like one (capitalised or quoted).
            words = _original_case(question, span).strip("\"'\u201c\u201d\u2018\u2019").split()
            if not words or not all(re.match(r"[A-Z0-9&]", w) or w in _NAME_PARTICLES for w in words):
                continue
        if not _name_like(span, vocab_words):
            # "What has Showtime greenlit?": the buyer the slot names, not a title that shares its name
            named = any(m.text == span for m in execs + comps) and kind != "title"
            exact = _titles(kb)["exact"].get(span) if kind in ("title", "any", "about") and not named else None
            if exact:  # a title made of ordinary words ("Show 0000", "The Crown")
                titles.extend(exact)
                entity_words.update(span.split())
                name_slot = True
            continue
        name_slot = True
        if kind == "cap" and any(span in t for t in _titles_folded(kb, titles)):
            continue  # part of a title already found ("Orphan Black" of "Orphan Black: Echoes")
        if kind in ("cap", "object") and _reference(question, span):
            continue  # "Agatha Christie vibes": a reference in the user's pitch, not whom it asks about
        inside = [m for m in execs + comps if m.text in span or span in m.text]
        if inside:
            longer = None if unknown else _extended_name(question, inside, vocab_words)
            if not longer:
                continue  # a KB executive or company
            # a known name with more name to it ("Greyfriars Two") names someone or something else
            shadowed = inside
            unknown = longer
            unknown_slot = "name"
            continue
        t_ids = _title_match(kb, span) if kind in ("title", "any", "about", "cap", "object") else []
        if t_ids:
            titles.extend(t_ids)
            entity_words.update(span.split())
            title_slot = title_slot or kind == "title"
            continue
        if not unknown:
            about_unknown = kind == "about"
            unknown_slot = "title" if kind in ("title", "object") else kind
        unknown = unknown or _original_case(question, span)
    if unknown and shadowed:
        # the known name was read out of the unknown one: it is not what the question names
        execs = [m for m in execs if m not in shadowed]
        comps = [m for m in comps if m not in shadowed]
    # With the semantic extra, a content word nothing above understood may map to a KB genre by embedding.
    skip = STOPWORDS | _QUESTION_WORDS | entity_words | _kb_words(kb, voc) | set(fold(unknown or "").split())
    for mp in vocabulary.map_unknown(kb, voc, corrected, skip, _QUESTION_WORDS):
        genres = list(dict.fromkeys([*genres, mp.tag]))
        mapping.append(mp.note())
        entity_words.update(mp.text.split())
    intent = classify(corrected, bool(execs) or bool(unknown and not about_unknown), bool(comps),
                      bool(genres or formats or regions))
    if about_unknown and not execs and not comps and intent in (Intent.ROUTING, Intent.STRATEGIC):
        intent = Intent.FACTUAL  # "tell me about <a title or name the KB does not hold>": a record look-up
    if titles and not execs and intent in (Intent.ROUTING, Intent.STRATEGIC) and (not comps or (
            re.search(r"^\s*(?:so\s+)?who\b", corrected) and not _PITCH_LIKE.search(corrected))):
        # "who greenlit <title>", "tell me about <title>", "who's behind <title> at <buyer>": the buyer
        # only places the title. Not "who should I pitch a show like <title> to".
        intent = Intent.FACTUAL
    compose_as: Intent | None = None
    if execs and intent == Intent.ROUTING and _who_is_only(corrected, execs + comps):
        intent, compose_as = Intent.FACTUAL, Intent.STRATEGIC  # "who is <executive>?": their profile
    elif intent == Intent.ROUTING and not execs and _ROLE_QUESTION.search(corrected) \
            and not _PITCH_LIKE.search(corrected):
        intent, compose_as = Intent.FACTUAL, Intent.ROUTING  # "who's the head of drama at X?": who holds it
    if unknown and re.search(r"^\s*(?:so\s+)?(?:who|which \w+)\s+(?:greenlit|greenlighted|green-lit|ordered|"
                             r"commissioned|bought|acquired|picked up|renewed)\b", corrected):
        intent = Intent.FACTUAL
    keywords = [w for w in _TOKEN.findall(corrected)
                if w not in STOPWORDS and w not in entity_words and len(w) > 2 and not w.isdigit()]
    p = ParsedQuestion(
        question=question, normalized=corrected, intent=intent, genres=genres, formats=formats, regions=regions,
        executives=execs, companies=comps, since=since, until=until, time_label=label,
        keywords=list(dict.fromkeys(keywords)), corrections=fixes, countries=countries,
        titles=list(dict.fromkeys(titles)), vocabulary=mapping, recent_default=recent_default,
        implied_genres=[] if genres else list(dict.fromkeys(implied)),  # only when no genre is asked
        genre_words=list(dict.fromkeys(genre_words)), excluded_genres=excluded, compose_as=compose_as,
    )
    from mw.ask.shapes import detect  # trends, comparisons, who greenlit what, executive moves

    p.shape = detect(corrected, question, p, kb)
    if p.shape == "GREENLIT" and not (execs or comps or titles or unknown) and not name_slot:
        p.shape = None  # "What has been greenlit recently?": no one is named, a plain list of greenlights
    if p.shape:
        p.intent = shape_intent(p.shape, p.intent, corrected)
    if unknown:
        p.unknown_name = unknown
        p.unknown_slot = unknown_slot
    elif not execs and not comps and not titles and p.shape in (None, "GREENLIT") \
            and p.intent in (Intent.STRATEGIC, Intent.PROCESS, Intent.FACTUAL):
        p.unknown_name = _unknown_name(question)
    p.constraints = constraints_of(p)
    return p


def constraints_of(p: ParsedQuestion) -> dict[str, Any]:
    """The explicit constraints of a parsed question: buyers, countries, regions a named country does not
    already imply, formats."""
    return {k: v for k, v in {
        "buyers": [m.name for m in p.companies], "countries": p.countries,
        "regions": [r for r in p.regions if r not in {geo.region_of(c) for c in p.countries}] or
        ([] if p.countries else p.regions), "formats": p.formats,
        "not_genres": p.excluded_genres}.items() if v}
