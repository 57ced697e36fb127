"""Fuzzy lookup of executives and companies by name or alias (typos, case, initials)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from mw.vocab import fold
from mw.errors import NotFound

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase


# The last word of a name shaped like a company ("Foo Studios", "Bar Corp"): such a name is a buyer.
COMPANY_SUFFIXES = (
    "Studios", "Studio", "Media", "Pictures", "Films", "Entertainment", "Networks", "Network", "TV", "Television",
    "Channel", "Productions", "Broadcasting", "Streaming", "Stream", "Group", "Originals", "Corp", "Corporation",
    "Inc", "Co", "Company", "Ltd", "Limited", "LLC", "Plc", "GmbH", "Holdings", "Partners", "Ventures",
    "Enterprises", "Industries",
)
_COMPANY_SUFFIX_FOLDED = frozenset(fold(w) for w in COMPANY_SUFFIXES)


def company_like(name: str) -> bool:
    """Whether ``name`` ends with a company word ("Nowhere Corp", "Zephyr Pictures")."""
    words = fold(name).strip(" .?!,").split()
    return len(words) >= 2 and words[-1].strip(".") in _COMPANY_SUFFIX_FOLDED


@dataclass
class Match:
    type: str
    id: str
    name: str
    score: float  # 0-100


def candidates(kb: "KnowledgeBase", query: str, types: Sequence[str] = ("executive", "company"),
               limit: int = 5) -> list[Match]:
    """Best fuzzy matches of ``query`` against names and aliases, best first."""
    from rapidfuzz import fuzz, process

    q = fold(query).strip()
    choices: list[str] = []
    owners: list[tuple[str, str, str]] = []
    for t in types:
        for rid, name, aliases in kb.names(t):
            for label in (name, *aliases):
                choices.append(fold(label))
                owners.append((t, rid, name))
    if not q or not choices:
        return []
    best: dict[tuple[str, str], Match] = {}
    for _, score, idx in process.extract(q, choices, scorer=fuzz.WRatio, limit=limit * 4):
        t, rid, name = owners[idx]
        # Exact (folded) matches beat partial ones that WRatio also scores 100.
        if choices[idx] == q:
            score = 101.0
        elif fuzz.ratio(q, choices[idx]) < 50 and len(q) < len(choices[idx]) * 0.5:
            score = min(score, 80.0)  # a short fragment of a long name is a weak match
        m = best.get((t, rid))
        if m is None or score > m.score:
            best[(t, rid)] = Match(t, rid, name, float(score))
    return sorted(best.values(), key=lambda m: (-m.score, m.name))[:limit]


def closest(kb: "KnowledgeBase", name: str,
            types: Sequence[str] = ("executive", "company", "greenlight"), limit: int = 3) -> list[str]:
    """Names of the records closest to ``name`` that the KB does not hold, best first.

    A company-shaped name ("Nowhere Corp") is a buyer: companies are offered first, other records only when
    no company is close. The bar for a company is lower there (40, not 50): the shared company word ("Media",
    "Pictures") scores little against buyers without it, and a person is a worse answer to a buyer's name."""
    if company_like(name) and "company" in types:
        found = [m.name for m in candidates(kb, name, ("company",)) if m.score >= 40][:limit]
        if found:
            return found
    return [m.name for m in candidates(kb, name, types) if m.score >= 50][:limit]


def resolve_one(kb: "KnowledgeBase", query: str, types: Sequence[str] = ("executive", "company"),
                threshold: float = 86.0) -> Match:
    """The record ``query`` names, or :class:`NotFound` naming the closest matches."""
    found = candidates(kb, query, types)
    if found and found[0].score >= threshold:
        return found[0]
    kinds = " or ".join(types)
    close = ", ".join(f"{m.name} ({m.type})" for m in found[:3])
    raise NotFound(
        f"no {kinds} named {query!r} in the knowledge base" + (f"; closest: {close}" if close else ""),
        hint="Check the spelling, or list names with "
             + " or ".join(f"`mw kb list {'companies' if t == 'company' else t + 's'}`" for t in types) + ".",
        query=query,
        closest=[m.name for m in found[:3]],
    )
