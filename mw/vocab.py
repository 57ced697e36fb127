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
# Only words for the same concept are merged; narrower genres ("noir", "dating", "anime",
# "telenovela") are tags of their own in SUBGENRES, linked to a broader one, so a knowledge base that
# tags them keeps the distinction and a question about either finds the other as related evidence.
GENRES: dict[str, tuple[str, ...]] = {
    "crime": ("crime", "crimes", "criminal"),
    "thriller": ("thriller", "thrillers", "suspense", "psychological thriller", "psychological thrillers"),
    "horror": ("horror", "horrors", "scary", "supernatural horror", "creature feature", "elevated horror"),
    "comedy": ("comedy", "comedies", "comedic", "funny", "humor", "humour", ),
    "drama": ("drama", "dramas", "dramatic", "prestige drama"),
    "sci-fi": ("sci-fi", "scifi", "sci fi", "science fiction", "science-fiction", "sf"),
    "fantasy": ("fantasy", "fantasies", "epic fantasy", "fairy tale", "fairytale", "fairy tales"),
    "documentary": ("documentary", "documentaries", "doc", "docs", "factual", "nonfiction", "non-fiction"),
    "true crime": ("true crime", "true-crime", "truecrime"),
    "reality": ("reality", "reality tv", "reality television", "reality show", "reality shows", "reality series"),
    "unscripted": ("unscripted", "non-scripted", "nonscripted"),
    "animation": ("animation", "animated", "cartoon", "cartoons"),
    "kids": ("kids", "kid", "children", "childrens", "children's", "young audiences", "kids and family"),
    "stand-up": ("stand-up", "standup", "stand up", "stand-up comedy", "comedy special", "comedy specials",
                 "stand-up special", "stand-up specials"),
    "romance": ("romance", "romances", "romantic", "love story", "love stories"),
    "action": ("action", "action-adventure", "adventure", "martial arts"),
    "period": ("period", "historical", "costume drama", "period drama", "period piece"),
    "family": ("family", "all-ages", "four-quadrant", "family-friendly", "family friendly"),
}

# narrower genre -> (broader genre, synonyms). Each is its own tag at import.
SUBGENRES: dict[str, tuple[str, tuple[str, ...]]] = {
    "noir": ("crime", ("noir", "neo-noir", "nordic noir", "scandi noir")),
    "heist": ("crime", ("heist", "heists", "caper")),
    "procedural": ("crime", ("procedural", "procedurals", "police procedural", "cop show",
                             "detective", "whodunnit", "whodunit", "murder mystery")),
    "gangster": ("crime", ("gangster", "mafia", "mob", "organized crime", "organised crime")),
    "spy": ("thriller", ("spy", "espionage", "spy thriller")),
    "slasher": ("horror", ("slasher", "slashers")),
    "sitcom": ("comedy", ("sitcom", "sitcoms", "situation comedy")),
    "dramedy": ("comedy", ("dramedy", "dramedies")),
    "satire": ("comedy", ("satire", "satirical", "political satire")),
    "romcom": ("romance", ("romcom", "rom-com", "romcoms", "rom-coms", "romantic comedy", "romantic comedies")),
    "telenovela": ("drama", ("telenovela", "telenovelas", "novela", "novelas", "super series", "superserie")),
    "soap": ("drama", ("soap", "soaps", "soap opera", "soap operas", "serial drama")),
    "dystopian": ("sci-fi", ("dystopian", "dystopia", "post-apocalyptic")),
    "space opera": ("sci-fi", ("space opera",)),
    "natural history": ("documentary", ("natural history", "nature documentary", "nature documentaries",
                                        "nature doc", "nature docs", "wildlife", "wildlife documentary",
                                        "nature series", "blue-chip natural history")),
    "dating": ("reality", ("dating", "dating show", "dating shows", "dating series", "dating format",
                           "dating formats", "dating reality")),
    "competition": ("reality", ("competition", "competitions", "competition series", "competition show",
                                "format show", "entertainment format", "entertainment formats")),
    "game show": ("competition", ("game show", "game shows", "gameshow", "gameshows", "quiz show", "quiz shows",
                                  "quiz", "quizzes")),
    "talent show": ("competition", ("talent show", "talent shows", "talent competition", "talent competitions")),
    "reality": ("unscripted", ()),
    "documentary": ("unscripted", ()),
    "anime": ("animation", ("anime", "japanimation")),
    "adult animation": ("animation", ("adult animation", "adult animated")),
    "preschool": ("kids", ("preschool", "pre-school", "preschoolers", "toddler", "toddlers")),
    "young adult": ("kids", ("young adult", "ya", "teen", "teens", "tween", "tweens")),
    "stand-up": ("comedy", ()),
    "true crime": ("documentary", ()),
}

FORMATS: dict[str, tuple[str, ...]] = {
    "feature": ("feature", "features", "film", "films", "movie", "movies", "feature film", "feature films", "theatrical"),
    "series": ("series", "tv series", "television series", "ongoing series", "returning series", "episodic"),
    "limited series": ("limited series", "miniseries", "mini-series", "mini series", "closed-ended series"),
    "docuseries": ("docuseries", "docu-series", "doc series", "documentary series", "factual series"),
    "special": ("special", "specials", "one-off", "one off", "stand-up special", "comedy special"),
}

REGIONS: dict[str, tuple[str, ...]] = {
    "US": ("us", "u.s.", "usa", "u.s.a.", "united states", "america", "american", "stateside"),
    "UK": ("uk", "u.k.", "united kingdom", "britain", "great britain", "british", "england", "scotland", "scottish", "wales", "welsh"),
    "Nordics": ("nordics", "nordic", "scandinavia", "scandinavian", "scandi", "scandic", "nordic noir", "sweden", "swedish", "norway", "norwegian", "denmark", "danish", "finland", "finnish", "iceland", "icelandic"),
    "LatAm": ("latam", "latin america", "latin american", "latino", "latina", "latinx", "mexico", "mexican", "brazil", "brazilian", "argentina", "argentine", "argentinian", "colombia", "colombian", "chile", "chilean", "spanish-language", "spanish language"),
    "APAC": ("apac", "asia", "asian", "asia-pacific", "asia pacific", "korea", "korean", "japan", "japanese", "india", "indian", "australia", "australian", "new zealand", "china", "chinese", "southeast asia", "thailand", "thai", "indonesia", "indonesian", "philippines", "filipino", "taiwan", "taiwanese"),
    "Europe": ("europe", "european", "eu", "germany", "german", "france", "french", "italy", "italian", "spain", "netherlands", "dutch", "belgium", "belgian", "poland", "polish", "continental"),
    "Canada": ("canada", "canadian", "quebec"),
    "Global": ("global", "worldwide", "international"),
}

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-\.]*[a-z0-9]|[a-z0-9]")


def fold(text: str) -> str:
    """Lower case ASCII: letters transliterated with ``anyascii`` ("Søren" -> "soren", "Łódź" -> "lodz",
    "Straße" -> "strasse"), curly quotes straightened. NFKD alone leaves ø, æ, ß, ł, đ, ı as they are."""
    if text.isascii():
        return text.lower()
    from anyascii import anyascii

    return anyascii(text).lower()


def _fold_accents(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').lower()


def slug(text: str) -> str:
    """The id of a name. Accents are removed, other letters are not transliterated, so ids stay
    what earlier imports made them (re-imports upsert, never duplicate)."""
    s = re.sub(r"[^a-z0-9]+", "-", _fold_accents(text)).strip("-")
    return s or "x"


@lru_cache(maxsize=8)
def _index(table_name: str) -> tuple[dict[str, str], re.Pattern[str]]:
    table = {"genre": GENRES, "format": FORMATS, "region": REGIONS}[table_name]
    if table_name == "genre":
        table = {**{k: v for k, (_, v) in SUBGENRES.items()}, **GENRES}
    phrase_to_canon: dict[str, str] = {}
    for canon, syns in table.items():
        phrase_to_canon.setdefault(canon.lower(), canon)
        for s in syns:
            phrase_to_canon.setdefault(s, canon)
    # Longest phrases first so "true crime" wins over "crime", "limited series" over "series".
    alts = sorted(phrase_to_canon, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(a) for a in alts) + r")(?![a-z0-9])")
    return phrase_to_canon, pattern


def find_terms(text: str, kind: str, narrow: bool = False) -> list[tuple[str, int, int]]:
    """Canonical values of ``kind`` ('genre'|'format'|'region') found in ``text``, whole words only.

    Returns (canonical, start, end) in order of appearance; overlapping matches are
    resolved longest-first by the regex alternation order. Narrower genres ("noir",
    "dating") are given as their broad genre ("crime", "reality") unless ``narrow``.
    """
    phrase_to_canon, pattern = _index(kind)
    t = fold(text)
    out = [(phrase_to_canon[m.group(1)], m.start(), m.end()) for m in pattern.finditer(t)]
    if kind == "genre" and not narrow:
        out = [(_broad(c), s, e) for c, s, e in out]
    return out


def _broad(genre: str) -> str:
    g = genre
    while g not in GENRES and (p := broader(g)) is not None:
        g = p
    return g


# Catalogue category words around a genre ("Crime TV Shows", "TV Dramas", "Reality Series").
_CATALOGUE = re.compile(r"^(?:tv|television)\s+(?P<a>.+)$|^(?P<b>.+?)\s+(?:tv shows?|tv series|tv programmes?|"
                        r"tv|television|shows|series|programmes|programs)$")


def _norm(value: str, kind: str) -> str:
    v = fold(str(value)).strip()
    phrase_to_canon, _ = _index(kind)
    if v in phrase_to_canon:
        return phrase_to_canon[v]
    if kind == "genre":
        m = _CATALOGUE.match(v)
        core = m and (m.group("a") or m.group("b"))
        if core and core in phrase_to_canon:  # "crime tv shows" is the genre crime; "british tv shows" stays
            return phrase_to_canon[core]
    return v if kind != "region" else str(value).strip()


def norm_genre(v: str) -> str:
    return _norm(v, "genre")


def norm_format(v: str) -> str:
    return _norm(v, "format")


def norm_region(v: str) -> str:
    return _norm(v, "region")


def broader(genre: str) -> str | None:
    """The broader genre of a narrower one ("dating" -> "reality"), else None."""
    sub = SUBGENRES.get(genre)
    return sub[0] if sub else None


def related_genres(genre: str) -> dict[str, int]:
    """Genres related to ``genre`` by the SUBGENRES hierarchy, with their distance (1 = parent or child)."""
    out: dict[str, int] = {}
    g, d = genre, 0
    while (p := broader(g)) is not None and p not in out and p != genre:
        d += 1
        out[p] = d
        g = p
    for child, (parent, _) in SUBGENRES.items():
        if parent == genre and child != genre:
            out.setdefault(child, 1)
            for grandchild, (p2, _) in SUBGENRES.items():
                if p2 == child and grandchild != genre:
                    out.setdefault(grandchild, 2)
    return out


def all_canonical(kind: str) -> list[str]:
    return list({"genre": GENRES, "format": FORMATS, "region": REGIONS}[kind])
