"""The question vocabulary of one knowledge base: every genre, format and region its records use,
plus the built-in synonyms of :mod:`mw.vocab` as aliases.

A tag the KB uses is understood in questions whatever the built-in tables say ("western",
"k-drama", "festival acquisitions"); a built-in word whose concept the KB does not use maps to the
nearest related tag that it does use ("dating show" -> ``reality`` when no record says "dating"),
and the mapping is reported for ``mw ask --explain``. A concept with no tag in the KB is not a
filter: the question parser keeps its words as search keywords instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mw import geo, vocab
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase


@dataclass
class Term:
    kind: str  # genre | format | region
    concept: str
    start: int
    end: int
    text: str


_CATALOGUE_SUFFIX = re.compile(r"\s+(?:tv shows?|tv series|tv|television|shows|series|programmes|programs)$")
CATALOGUE_SUFFIXES = ("shows", "tv shows", "tv", "series", "programmes", "titles")


def _variants(tag: str) -> set[str]:
    f = fold(tag).strip()
    out = {f, f.replace("-", " "), f.replace(" ", "-"), f.replace("-", "")}
    if " & " in f:  # "science & nature tv": "science and nature"
        out |= {v.replace(" & ", " and ") for v in list(out)}
    # A catalogue category ("crime tv shows", "spanish-language tv shows") is asked for with any of the
    # words catalogues use after it: "spanish-language shows", "science and nature series".
    for v in list(out):
        stem = _CATALOGUE_SUFFIX.sub("", v)
        if stem != v and len(stem) >= 3:
            out |= {f"{stem} {suf}" for suf in CATALOGUE_SUFFIXES}
            if " " in stem:  # "science and nature docuseries": a category of several words stands alone
                out.add(stem)
    for v in list(out):
        if v.endswith("s") and len(v) > 4:
            out.add(v[:-1])
        else:
            out.add(v + "s")
    return {v for v in out if len(v) >= 2}


class Vocabulary:
    def __init__(self, tags: dict[str, list[str]]) -> None:
        self.tags = {k: set(v) for k, v in tags.items()}
        phrases: dict[str, tuple[str, str]] = {}
        # KB tags first: the data's own words win over a built-in meaning of the same phrase.
        for kind in ("genre", "format"):
            for tag in tags.get(kind, []):
                for v in _variants(tag):
                    phrases.setdefault(v, (kind, tag))
        for kind in ("genre", "format"):
            for phrase, concept in vocab._index(kind)[0].items():
                phrases.setdefault(phrase, (kind, concept))
        # Region values geography does not know ("Iberia", "Benelux region") are still understood.
        for r in tags.get("region", []):
            if geo.parse_place(r) == (None, None):
                for v in _variants(r):
                    phrases.setdefault(v, ("region", r))
        self.phrases = phrases
        alts = sorted(phrases, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(a) for a in alts) + r")(?![a-z0-9])")

    def find(self, text: str) -> list[Term]:
        """Genre, format and KB-region words in folded ``text``, longest phrase first."""
        return [Term(*self.phrases[m.group(1)], m.start(), m.end(), m.group(1)) for m in self.pattern.finditer(text)]

    def resolve(self, kind: str, concept: str) -> tuple[str | None, str | None]:
        """(the KB tag to ask for, a note when it is not the concept itself); (None, note) when the KB has
        no tag for the concept or any related one."""
        have = self.tags.get(kind, set())
        if concept in have:
            return concept, None
        if kind == "genre":
            rel = vocab.related_genres(concept)
            # nearest first; at equal distance the broader genre (listed first) wins
            for tag, dist in sorted(rel.items(), key=lambda kv: kv[1]):
                if tag in have:
                    how = "broader" if tag in _ancestors(concept) else "narrower"
                    return tag, f"{concept} -> {tag} ({how}; the knowledge base has no '{concept}' tag)"
        if kind == "format" and concept in FORMAT_FAMILY:
            fam = FORMAT_FAMILY[concept]
            for tag in sorted(have):
                if FORMAT_FAMILY.get(tag) == fam:
                    return tag, f"{concept} -> {tag} (same family; the knowledge base has no '{concept}' tag)"
        return None, f"{concept}: no such {kind} in the knowledge base (searched as text)"


def _ancestors(genre: str) -> set[str]:
    out: set[str] = set()
    g = genre
    while (p := vocab.broader(g)) is not None and p not in out:
        out.add(p)
        g = p
    return out


# Formats that answer the same ask: a TV family, film, specials.
FORMAT_FAMILY = {"series": "tv", "limited series": "tv", "docuseries": "tv", "feature": "film", "special": "special"}


def format_family(fmt: str) -> str:
    return FORMAT_FAMILY.get(fmt, fmt)


def listing_formats(formats: list[str]) -> list[str]:
    """The greenlight formats a list of titles asked for with ``formats`` should show.

    In a catalogue question the bare word "series" ("Any new Mexican series?", "What series has X
    greenlit?") is used loosely for any TV title, as catalogues file them (Netflix's "TV Shows" holds
    series, docuseries and stand-up specials): it excludes features, not the other TV formats. A named
    narrower format ("limited series", "docuseries", "special") stays exact. Routing keeps the format as
    asked: this widening applies to greenlight lists only.
    """
    if "series" not in formats:
        return formats
    tv = [f for f, fam in FORMAT_FAMILY.items() if fam in ("tv", "special")]
    return list(dict.fromkeys([*formats, *tv]))


_CACHE: dict[str, Vocabulary] = {}


def for_kb(kb: "KnowledgeBase") -> Vocabulary:
    """The vocabulary of ``kb``, built once per KB version."""
    key = kb.version
    v = _CACHE.get(key)
    if v is None:
        v = Vocabulary(kb.tags())
        _CACHE.clear()
        _CACHE[key] = v
    return v
