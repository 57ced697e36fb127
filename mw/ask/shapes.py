"""Which of the extra question shapes a question has: trends, comparisons, who greenlit what, executive moves.

:func:`detect` is the hook :func:`mw.ask.intent.parse` calls after classifying a question; it returns the
shape :mod:`mw.ask.questions` answers (``TRENDS``, ``COMPARE``, ``MOVES``, ``WATCHES``: intents of their own; ``GREENLIT``:
a FACTUAL question about who greenlit a title or what an executive greenlit), or None for the classic answer. Cue words are generic English; names come from the parser's knowledge-base mentions,
titles from the knowledge base's greenlights.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase

_VERB = r"(?:greenlit|green-lit|greenlighted|greenlight|ordered|commissioned|picked up|bought|acquired|approved)"
_WHO_GREENLIT = re.compile(rf"\bwho\s+(?:(?:has|had|have)\s+)?(?:{_VERB}|(?:was|is)\s+behind)\s+(?P<rest>.+)$", re.I)
_WHAT_EXEC = re.compile(rf"\b(?:what|which (?:shows|series|projects|titles|films))\s+(?:has|have|did)\s+(?P<name>.+?)\s+"
                        rf"(?:{_VERB}|greenlight|order|commission)\b", re.I)
_BY_EXEC = re.compile(rf"\b{_VERB}\s+by\s+(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+)*)")
_COMPARE = re.compile(r"\b(vs\.?|versus|compare[ds]?|comparison|compared|side by side|head to head|against each other)\b")
_OR_WHICH = re.compile(r"\bor\b.*|\b(which|better|more|most)\b")
_TRENDS = re.compile(
    r"\b(hot|hottest|trend|trends|trending|per (?:month|quarter|year)|by (?:month|quarter|year)|each (?:month|quarter|year)"
    r"|a (?:month|quarter|year)|monthly|quarterly|yearly|annually|how many|number of|more or less|up or down"
    r"|(?:buying|ordering|commissioning|greenlighting|doing|making|picking up) (?:more|less|fewer)"
    r"|(?:more|less|fewer) \w+(?: \w+)? (?:than (?:before|last|a year|the year)|(?:these days|lately|now))"
    r"|growing|shrinking|declining|increasing|decreasing|cooling|heating up|rising|falling)\b")
_MOVES_EXEC = re.compile(
    r"\b(where (?:did|has|is|does) .*\b(?:go|gone|now|work|working|land|landed|end up|ended up)\b|move[ds]?|moving|left"
    r"|leave|leaving|join(?:ed|s)?|jump(?:ed|s)?|poached|exit(?:ed|s)?|depart\w*|new (?:job|role|title|gig)|promot\w+"
    r"|career|job history|work history|previous (?:job|role|company)|used to work|still at)\b")
_MOVES_ANY = re.compile(
    r"\b(who (?:has |have |just )?(?:moved|left|joined|jumped|switched|changed jobs|departed|exited)|(?:exec|executive)s? "
    r"(?:moves?|changes|shuffles?|departures|exits|hires)|recent moves|moves? recently|who is new at|new hires?"
    r"|people moves|changed jobs|job changes)\b")
_WATCHES = re.compile(r"\b(?:my|our) watch(?:es|list)?\b|\bwatch(?:es|list) (?:report|updates?|news)\b"
                      r"|\bnew (?:on|for|in) (?:the |my |our )?watch(?:es|list)?\b")
_CAP_NAME = re.compile(r"\b([A-Z][\w.'\-]+(?:\s+(?:[A-Z][\w.'\-]+|de|van|von|da|del|la|le|di))+)")


def detect(t: str, question: str, pq: Any, kb: "KnowledgeBase") -> str | None:
    """The intent of ``question`` (folded, corrected text ``t``) when it is one of this module's shapes."""
    execs, comps = pq.executives, pq.companies
    m = _WHO_GREENLIT.search(question)
    if m and not _MOVES_ANY.search(t):
        rest = strip_title(m.group("rest"), pq)
        if rest and looks_like_title(rest, kb):
            return "GREENLIT"
    if _WATCHES.search(t):
        return "WATCHES"
    if _COMPARE.search(t) and (len(comps) >= 2 or unknown_names(question, kb, "company")):
        return "COMPARE"
    if len(comps) >= 2 and not execs and re.search(r"\bor\b", t) and re.search(r"\b(which|better|more|most)\b", t):
        return "COMPARE"
    if _MOVES_ANY.search(t) and not (execs and not _MOVES_EXEC.search(t)):
        return "MOVES"
    unknown_people = unknown_names(question, kb, "executive")
    # the cue must stand outside the names: "Tell me about Moving Pictures" is no executive's move
    cue_text = t
    for name in [m.text for m in execs] + [fold(u) for u in unknown_people]:
        cue_text = cue_text.replace(name, " ")
    if (execs or unknown_people) and not comps and _MOVES_EXEC.search(cue_text) and \
            not re.search(r"\b(pitch|mandate|looking for)\b", t):
        return "MOVES"
    if re.search(rf"\b{_VERB}\b|\bgreenlights?\b|\borders\b|\bcommissions\b", t) and (
            (execs and not comps and (re.search(r"\b(what|which|list|show)\b", t) or _BY_EXEC.search(question)
                                      or re.search(r"\bgreenlights\b", t)))
            or (not execs and not comps and (_WHAT_EXEC.search(question) or _BY_EXEC.search(question))
                and not (pq.genres or pq.formats or pq.regions))):
        if not _TRENDS.search(t):
            return "GREENLIT"
    if _TRENDS.search(t) and not re.search(r"^\s*(who|whom)\b", t):
        return "TRENDS"
    return None


def strip_title(rest: str, pq: Any) -> str:
    rest = rest.strip().rstrip("?!. ").strip()
    # "Who greenlit The Quiet Fjord at Skarvik?" -> the title without the buyer.
    for mnt in pq.companies:
        rest = re.sub(rf"\s+(?:at|for|on|from|by)\s+(?:the\s+)?{re.escape(mnt.text)}\s*$", "", rest, flags=re.I)
        rest = re.sub(rf"\s+(?:at|for|on|from|by)\s+{re.escape(mnt.name)}\s*$", "", rest, flags=re.I)
    return rest.strip(" \"'\u201c\u201d\u2018\u2019")


def looks_like_title(rest: str, kb: "KnowledgeBase") -> bool:
    """A title the knowledge base holds, or a capitalised/quoted phrase that is no genre/format/time ask."""
    from mw import vocab
    from mw.ask.greenlit import TITLE_MATCH, title_candidates

    c = title_candidates(kb, rest, limit=1)
    if c and c[0][2] >= TITLE_MATCH:
        return True
    f = fold(rest)
    if any(vocab.find_terms(f, k) for k in ("genre", "format")) or re.search(r"\b(recent|recently|lately|this|last)\b", f):
        return False
    return bool(re.match(r"[A-Z0-9\"'\u201c\u2018]", rest))


def unknown_names(question: str, kb: "KnowledgeBase", kind: str) -> list[str]:
    """Capitalised names in the question that name no executive or company of the knowledge base.

    Executives need two words ("Jane Doe"); a buyer may be one ("Netflix"). Question words, genre, format and
    region words are not names."""
    from mw import vocab
    from mw.ask.lookup import candidates, company_like

    pattern = _CAP_NAME if kind == "executive" else _CAP_WORDS
    out = []
    for m in pattern.finditer(question):
        words = m.group(1).split()
        while words and (words[0].lower() in _NOT_NAMES or words[0] == "I"):
            words = words[1:]
        cand = " ".join(words)
        if not cand or (kind == "executive" and (len(words) < 2 or company_like(cand))):
            continue  # a person has two names; "Moving Pictures" is shaped like a company
        if any(vocab.find_terms(fold(cand), k) for k in ("genre", "format", "region")) and len(words) == 1:
            continue
        best = candidates(kb, cand, limit=1)
        if not best or best[0].score < 86:
            out.append(cand)
    return out


_CAP_WORDS = re.compile(r"\b([A-Z][\w.&'\-]*(?:\s+[A-Z][\w.&'\-]*)*)")
_NOT_NAMES = frozenset("who what where which how is are has have did does do the compare show list tell give vs "
                       "versus and or for at".split())
