"""Controlled vocabulary: genres, formats, regions and their synonyms.

Used on both sides: import normalises record fields with :func:`norm_genre`,
:func:`norm_format`, :func:`norm_region`; question parsing finds the same
canonical values in free text with :func:`find_terms` (whole words only, so
"us" is never found inside "thus"). Values not in the tables are kept (lower
case) so a knowledge base may use genres we do not know.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# canonical -> synonyms (lower case, whole phrases). The canonical value is a synonym of itself.
GENRES: dict[str, tuple[str, ...]] = {
    "crime": ("crime", "crimes", "noir", "heist", "gangster", "mafia", "detective", "cop", "police procedural", "procedural"),
    "thriller": ("thriller", "thrillers", "suspense", "psychological thriller", "spy", "espionage", "conspiracy"),
    "horror": ("horror", "scary", "slasher", "supernatural horror", "creature feature", "elevated horror"),
    "comedy": ("comedy", "comedies", "comedic", "sitcom", "sitcoms", "funny", "dramedy", "satire", "romcom", "rom-com"),
    "drama": ("drama", "dramas", "dramatic", "prestige drama", "telenovela", "telenovelas", "soap", "dramedy"),
    "sci-fi": ("sci-fi", "scifi", "sci fi", "science fiction", "science-fiction", "sf", "dystopian", "space opera", "speculative"),
    "fantasy": ("fantasy", "fantasies", "magic", "epic fantasy", "fairy tale", "fairytale"),
    "documentary": ("documentary", "documentaries", "doc", "docs", "factual", "nonfiction", "non-fiction", "docuseries", "doc series", "documentary series"),
    "true crime": ("true crime", "true-crime", "truecrime"),
    "reality": ("reality", "unscripted", "reality tv", "reality show", "dating show", "competition", "game show", "gameshow", "format show", "entertainment format"),
    "animation": ("animation", "animated", "cartoon", "cartoons", "anime", "adult animation"),
    "kids": ("kids", "kid", "children", "childrens", "children's", "preschool", "tween", "tweens", "young audiences", "ya", "young adult"),
    "stand-up": ("stand-up", "standup", "stand up", "stand-up comedy", "comedy special", "comedy specials"),
    "romance": ("romance", "romantic", "love story", "romcom", "rom-com"),
    "action": ("action", "action-adventure", "adventure", "martial arts"),
    "period": ("period", "historical", "costume drama", "period drama", "period piece"),
    "family": ("family", "all-ages", "four-quadrant", "family-friendly", "family friendly"),
}

FORMATS: dict[str, tuple[str, ...]] = {
    "feature": ("feature", "features", "film", "films", "movie", "movies", "feature film", "feature films", "theatrical"),
    "series": ("series", "tv series", "television series", "ongoing series", "returning series", "episodic"),
    "limited series": ("limited series", "miniseries", "mini-series", "mini series", "closed-ended series"),
    "docuseries": ("docuseries", "docu-series", "doc series", "documentary series", "factual series"),
    "special": ("special", "specials", "one-off", "one off", "stand-up special", "comedy special"),
}

REGIONS: dict[str, tuple[str, ...]] = {
    "US": ("us", "u.s.", "usa", "u.s.a.", "united states", "america", "american", "stateside", "north america"),
    "UK": ("uk", "u.k.", "united kingdom", "britain", "great britain", "british", "england", "scotland", "scottish", "wales", "welsh"),
    "Nordics": ("nordics", "nordic", "scandinavia", "scandinavian", "scandi", "scandic", "nordic noir", "sweden", "swedish", "norway", "norwegian", "denmark", "danish", "finland", "finnish", "iceland", "icelandic"),
    "LatAm": ("latam", "latin america", "latin american", "latino", "latina", "latinx", "mexico", "mexican", "brazil", "brazilian", "argentina", "argentine", "argentinian", "colombia", "colombian", "chile", "chilean", "spanish-language", "spanish language", "telenovela"),
    "APAC": ("apac", "asia", "asian", "asia-pacific", "asia pacific", "korea", "korean", "k-drama", "japan", "japanese", "india", "indian", "australia", "australian", "new zealand", "china", "chinese", "southeast asia", "thailand", "thai", "indonesia", "indonesian", "philippines", "filipino", "taiwan", "taiwanese"),
    "Europe": ("europe", "european", "eu", "germany", "german", "france", "french", "italy", "italian", "spain", "netherlands", "dutch", "belgium", "belgian", "poland", "polish", "continental"),
    "Canada": ("canada", "canadian", "quebec"),
    "Global": ("global", "worldwide", "international"),
}

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-\.]*[a-z0-9]|[a-z0-9]")


def fold(text: str) -> str:
    """Lower case, accents removed, curly quotes straightened."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').lower()


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s or "x"


@lru_cache(maxsize=8)
def _index(table_name: str) -> tuple[dict[str, str], re.Pattern[str]]:
    table = {"genre": GENRES, "format": FORMATS, "region": REGIONS}[table_name]
    phrase_to_canon: dict[str, str] = {}
    for canon, syns in table.items():
        phrase_to_canon.setdefault(canon.lower(), canon)
        for s in syns:
            phrase_to_canon.setdefault(s, canon)
    # Longest phrases first so "true crime" wins over "crime", "limited series" over "series".
    alts = sorted(phrase_to_canon, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(a) for a in alts) + r")(?![a-z0-9])")
    return phrase_to_canon, pattern


def find_terms(text: str, kind: str) -> list[tuple[str, int, int]]:
    """Canonical values of ``kind`` ('genre'|'format'|'region') found in ``text``, whole words only.

    Returns (canonical, start, end) in order of appearance; overlapping matches are
    resolved longest-first by the regex alternation order.
    """
    phrase_to_canon, pattern = _index(kind)
    t = fold(text)
    return [(phrase_to_canon[m.group(1)], m.start(), m.end()) for m in pattern.finditer(t)]


def _norm(value: str, kind: str) -> str:
    v = fold(str(value)).strip()
    phrase_to_canon, _ = _index(kind)
    if v in phrase_to_canon:
        return phrase_to_canon[v]
    return v if kind != "region" else str(value).strip()


def norm_genre(v: str) -> str:
    return _norm(v, "genre")


def norm_format(v: str) -> str:
    return _norm(v, "format")


def norm_region(v: str) -> str:
    return _norm(v, "region")


def all_canonical(kind: str) -> list[str]:
    return list({"genre": GENRES, "format": FORMATS, "region": REGIONS}[kind])
