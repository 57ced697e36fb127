"""Fuzzy lookup of executives and companies by name or alias (typos, case, initials)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from mw.vocab import fold
from mw.errors import NotFound

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase


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
