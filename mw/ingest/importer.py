"""Parsing and validating knowledge-base records from JSONL and CSV.

:func:`parse_files` reads files into normalised records and a list of problems
(``file:line: reason``); :func:`resolve` links names to ids across the incoming
records and the existing knowledge base; :func:`import_files` does both and writes
in one transaction, or raises :class:`~mw.errors.ImportFailed` and writes nothing.

Record fields (``*`` required), as in the README:

- company: name*, kind, region, aliases[]
- executive: name*, company*, title, region, genres[], formats[], bio, pitch_process, aliases[], updated_at
- mandate: executive* (name or id), text*, date, source
- greenlight: title*, buyer* (company), date*, date_source, genres[], format, region, executives[], producers[], logline, source

Ids are slugs of names unless ``id`` is given (mandate: executive + date + text
hash; greenlight: buyer + title, which also dedupes refreshes). In CSV, list
fields are separated by ``|`` or ``;``.

Ids (:func:`record_id`) are ASCII for every script: the name is transliterated
with ``anyascii`` (東映 -> ``dongying``, Мосфильм -> ``mosfil-m``, Søren -> ``soren``),
and a name with nothing left (emoji, symbols) gets a short hash of itself. A
record whose name matches one already in the knowledge base keeps that
record's id. An import never merges records silently: two different names that
end up with one id are an error naming both lines, and two records with the
same id are a problem with both line numbers (an error; a warning with
``allow_duplicates``, the later one wins).

Input is checked before it is trusted: JSON Lines are split on ``\n`` only
(U+2028, U+0085 and the other Unicode line separators are text inside a
record), CSV is parsed strictly (an unclosed quote is an error at the line it
opens, not a field that swallows the rest of the file), and a record over
:data:`MAX_RECORD_BYTES`, a text field over :data:`MAX_FIELD_CHARS`, a list over
:data:`MAX_LIST_ITEMS`, nesting Python cannot read, an integer over
:data:`MAX_INT_DIGITS` digits or NaN/Infinity are input errors with file:line.
``-`` reads JSON Lines from stdin (``<stdin>`` in messages).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from mw.geo import country_in_title, parse_place
from mw.vocab import fold, norm_format, norm_genre, norm_region, slug
from mw.errors import DataError, ImportFailed

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase, WriteReport

TYPES = ("company", "executive", "mandate", "greenlight")
PLURAL = {"company": "companies", "executive": "executives", "mandate": "mandates", "greenlight": "greenlights"}
COMPANY_KINDS = ("streamer", "network", "studio", "distributor", "production company")
REQUIRED = {
    "company": ("name",),
    "executive": ("name", "company"),
    "mandate": ("executive", "text"),
    "greenlight": ("title", "buyer", "date"),
}
LIST_FIELDS = {"aliases", "genres", "formats", "executives", "producers", "genre_words"}
TEXT_FIELDS = {
    "company": ("name", "kind", "region", "country", "source", "date"),
    "executive": ("name", "company", "title", "region", "country", "bio", "pitch_process", "updated_at", "source"),
    "mandate": ("executive", "text", "date", "source"),
    "greenlight": ("title", "buyer", "date", "date_source", "format", "region", "country", "logline", "source"),
}
DATE_FIELDS = {"company": ("date",), "executive": ("updated_at",), "mandate": ("date",), "greenlight": ("date",)}
NAME_FIELD = {"company": "name", "executive": "name", "greenlight": "title"}  # what a derived id comes from

#: Limits on input (a record is one JSON line or CSV row): generous for real records (a long bio is a
#: few thousand characters), small enough that one bad line cannot fill memory or the database.
MAX_RECORD_BYTES = 1_000_000
MAX_FIELD_CHARS = 20_000
MAX_LIST_ITEMS = 1_000
MAX_ID_CHARS = 200
MAX_INT_DIGITS = 30
STDIN = "-"
STDIN_NAME = "<stdin>"


def record_id(name: str) -> str:
    """The id derived from a name or title: an ASCII slug of its transliteration, or ``h-`` and a
    short hash of the name when nothing is left (emoji, symbols). Stable: the same name gives the same id."""
    from anyascii import anyascii

    text = name.strip()
    s = slug(anyascii(text)) if not text.isascii() else slug(text)
    if s == "x" and fold(text) != "x":  # slug's placeholder for "nothing left"
        digest = hashlib.sha1(" ".join(text.split()).casefold().encode("utf-8", "surrogatepass")).hexdigest()
        return "h-" + digest[:10]
    return s


def _same_name(a: str, b: str) -> bool:
    import unicodedata

    def norm(x: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", x).split()).casefold()

    return norm(a) == norm(b)


@dataclass
class Parsed:
    records: list[dict[str, Any]] = field(default_factory=list)
    where: dict[int, str] = field(default_factory=dict)  # id(record) -> "file:line"
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0
    lines: int = 0


def type_from_filename(path: Path) -> str | None:
    """``executives.csv``, ``2025_greenlights.csv``, ``company.csv`` -> the record type."""
    stem = fold(path.stem)
    for t in TYPES:
        for form in (t, PLURAL[t]):
            if stem == form or stem.endswith(("_" + form, "-" + form)):
                return t
    return None


def parse_date(value: Any) -> str:
    """ISO date (YYYY-MM-DD) from a date or datetime string; raises ValueError."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    s = str(value).strip()
    if not s:
        raise ValueError("empty date")
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s).isoformat()
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise ValueError(f"bad date {s!r} (expected ISO 8601, e.g. 2025-03-14)") from None


def _as_list(value: Any, fieldname: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(";", "|").split("|")]
        return [p for p in parts if p]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ValueError(f"field '{fieldname}' must be a list of strings")


def normalise(raw: dict[str, Any], t: str) -> dict[str, Any]:
    """Validate one raw record of type ``t``; raise ValueError with the reason."""
    if t not in TYPES:
        raise ValueError(f"unknown type {t!r} (expected one of {', '.join(TYPES)})")
    rec: dict[str, Any] = {"type": t}
    _check_sizes(raw)
    for f in REQUIRED[t]:
        v = raw.get(f)
        if v is None or (isinstance(v, str) and not v.strip()):
            raise ValueError(f"missing required field '{f}' for {t}")
    for f in TEXT_FIELDS[t]:
        v = raw.get(f)
        if v is None or v == "":
            continue
        if not isinstance(v, (str, int, float)):
            raise ValueError(f"field '{f}' must be text")
        rec[f] = str(v).strip()
    for f in LIST_FIELDS:
        if f in raw:
            lst = _as_list(raw[f], f)
            if lst:
                rec[f] = lst
    for f in DATE_FIELDS[t]:
        if f in rec:
            rec[f] = parse_date(rec[f])
    if "genres" in rec:
        # the record's own words (an export carries them in genre_words), kept where the vocabulary merges
        # them ("wildlife" and "natural history" are both natural history): a list question in the data's
        # own word filters by it
        written = list(dict.fromkeys(" ".join(fold(g).split()) for g in rec.pop("genre_words", None) or rec["genres"]))
        rec["genres"] = list(dict.fromkeys(norm_genre(g) for g in rec["genres"]))
        if t == "greenlight" and written != rec["genres"]:
            rec["genre_words"] = written
    elif "genre_words" in rec:
        del rec["genre_words"]  # words of genres the record does not have
    if "formats" in rec:
        rec["formats"] = list(dict.fromkeys(norm_format(g) for g in rec["formats"]))
    if "format" in rec:
        rec["format"] = norm_format(rec["format"])
    _normalise_place(rec)
    if t == "company" and "kind" in rec:
        kind = fold(rec["kind"])
        if kind not in COMPANY_KINDS:
            raise ValueError(f"company kind {rec['kind']!r} is not one of: {', '.join(COMPANY_KINDS)}")
        rec["kind"] = kind
    if raw.get("sample") is True:
        rec["sample"] = True
    if raw.get("id") not in (None, ""):
        rid = raw["id"]
        if isinstance(rid, bool) or not isinstance(rid, (str, int)):
            raise ValueError("field 'id' must be text")
        rid = slug(str(rid)) if not isinstance(rid, str) else rid.strip()
        if not rid or len(rid) > MAX_ID_CHARS or not rid.isprintable():
            raise ValueError(f"field 'id' must be 1-{MAX_ID_CHARS} printable characters")
        rec["id"] = rid
    return rec


def _check_sizes(raw: dict[str, Any]) -> None:
    for k, v in raw.items():
        if isinstance(v, str) and len(v) > MAX_FIELD_CHARS:
            raise ValueError(f"field '{k}' is {len(v):,} characters; the limit is {MAX_FIELD_CHARS:,} "
                             "(shorten it, or keep the full text elsewhere and link it in 'source')")
        if isinstance(v, list):
            if len(v) > MAX_LIST_ITEMS:
                raise ValueError(f"field '{k}' has {len(v):,} items; the limit is {MAX_LIST_ITEMS:,}")
            for item in v:
                if isinstance(item, str) and len(item) > MAX_FIELD_CHARS:
                    raise ValueError(f"an item of field '{k}' is {len(item):,} characters; "
                                     f"the limit is {MAX_FIELD_CHARS:,}")


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"a number with {len(digits.lstrip('-')):,} digits (the limit is {MAX_INT_DIGITS})")
    return int(digits)


def _parse_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"a number out of range ({text[:20]}{'...' if len(text) > 20 else ''})")
    return value


def _parse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def loads_record(line: str) -> Any:
    """One JSON Lines record, strictly: raises ValueError with a reason fit for ``file:line: reason``."""
    if len(line.encode("utf-8", "surrogatepass")) > MAX_RECORD_BYTES:
        raise ValueError(f"record is over the {MAX_RECORD_BYTES:,} byte limit of one line")
    try:
        return json.loads(line, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
    except json.JSONDecodeError as e:
        raise ValueError(f"malformed JSON: {e.msg} (column {e.colno})") from None
    except RecursionError:
        raise ValueError("malformed JSON: nested too deeply") from None
    except ValueError as e:
        raise ValueError(f"malformed JSON: {e}") from None


def _normalise_place(rec: dict[str, Any]) -> None:
    """Region to its canonical name, and the country (ISO 3166 code) where the data gives one: a
    country field, a region that is a country ("Mexico" -> LatAm + MX), or an executive's title
    ("Director, Korean Content" -> KR)."""
    country = None
    if "country" in rec:
        region_of_country, country = parse_place(rec["country"])
        if country is None:
            raise ValueError(f"country {rec['country']!r} is not a country name or ISO 3166 code")
        rec.setdefault("region", region_of_country)
    if "region" in rec:
        region, place_country = parse_place(rec["region"])
        rec["region"] = region or norm_region(rec["region"])
        country = country or place_country
    if country is None and rec.get("title") and rec["type"] == "executive":
        country = country_in_title(rec["title"])
    if country:
        rec["country"] = country
    else:
        rec.pop("country", None)


def _read_jsonl(path: Path, text: str, parsed: Parsed, forced_type: str | None) -> None:
    # "\n" only: str.splitlines() also splits on U+2028, U+0085, \x0b ... which are valid inside JSON strings.
    for n, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parsed.lines += 1
        loc = f"{path}:{n}"
        try:
            raw = loads_record(line)
        except ValueError as e:
            parsed.problems.append(f"{loc}: {e}")
            continue
        if not isinstance(raw, dict):
            parsed.problems.append(f"{loc}: expected a JSON object, got {type(raw).__name__}")
            continue
        t = raw.get("type") or forced_type
        if t == "meta":
            continue
        if not t:
            parsed.problems.append(f"{loc}: missing 'type' (one of {', '.join(TYPES)}); or pass --type")
            continue
        _add(parsed, raw, str(t), loc)


def _read_csv(path: Path, text: str, parsed: Parsed, forced_type: str | None) -> None:
    t = forced_type or type_from_filename(path)
    # strict: an unclosed quote is an error, not a field that swallows every later row
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as e:
        parsed.problems.append(f"{path}:1: malformed CSV header: {e}")
        return
    if not fieldnames:
        parsed.problems.append(f"{path}:1: empty CSV file (expected a header row)")
        return
    if t is None and "type" not in fieldnames:
        parsed.problems.append(
            f"{path}:1: cannot tell the record type of this CSV: name the file e.g. executives.csv, "
            f"add a 'type' column, or pass --type"
        )
        return
    while True:
        start = reader.line_num + 1  # the line this row starts on
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            why = str(e)
            if "unexpected end of data" in why:
                why = "a quoted field is never closed (unclosed '\"'); the rest of the file was not read"
            elif "field larger than field limit" in why:
                why = f"a field is over the CSV limit of {csv.field_size_limit():,} characters"
            parsed.problems.append(f"{path}:{start}: malformed CSV: {why}")
            return  # after a broken quote the row boundaries are unknown: nothing more is trusted
        n = start
        parsed.lines += 1
        if None in row:
            parsed.problems.append(f"{path}:{n}: more cells than header columns")
            continue
        raw = {k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k}
        if not any(raw.values()):
            continue
        _add(parsed, raw, str(raw.get("type") or t), f"{path}:{n}")


def _add(parsed: Parsed, raw: dict[str, Any], t: str, loc: str) -> None:
    try:
        rec = normalise(raw, t)
    except ValueError as e:
        parsed.problems.append(f"{loc}: {e}")
        return
    parsed.records.append(rec)
    parsed.where[id(rec)] = loc


def parse_text(text: str, name: str, parsed: Parsed, forced_type: str | None = None, fmt: str | None = None) -> None:
    path = Path(name)
    kind = fmt or ("csv" if path.suffix.lower() == ".csv" else "jsonl")
    if kind == "csv":
        _read_csv(path, text, parsed, forced_type)
    else:
        _read_jsonl(path, text, parsed, forced_type)


def read_stdin() -> bytes:
    import sys

    return sys.stdin.buffer.read()


def parse_files(paths: Sequence[str | Path], forced_type: str | None = None) -> Parsed:
    """Parse files (``-``: JSON Lines from stdin) into :class:`Parsed`; unreadable input is a problem."""
    parsed = Parsed()
    for p in paths:
        path = Path(p)
        if str(p) == STDIN:
            name = STDIN_NAME
            try:
                text = read_stdin().decode("utf-8-sig")
            except UnicodeDecodeError as e:
                parsed.problems.append(f"{name}: not UTF-8 text ({e.reason} at byte {e.start})")
                continue
            parsed.files += 1
            parse_text(text, name, parsed, forced_type, fmt="jsonl")
            continue
        if not path.is_file():
            raise DataError(f"{p}: no such file", hint="Check the path; imports take JSONL (.jsonl/.json) or CSV "
                                                       "(.csv) files, or - for JSON Lines on stdin.")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as e:
            parsed.problems.append(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})")
            continue
        except OSError as e:
            raise DataError(f"{p}: cannot read: {e.strerror or e}") from e
        parsed.files += 1
        parse_text(text, str(p), parsed, forced_type)
    return parsed


class _Resolver:
    """Maps names/aliases/ids to ids for companies and executives (existing + incoming)."""

    def __init__(self) -> None:
        self.by_key: dict[str, dict[str, str]] = {"company": {}, "executive": {}}
        self.ids: dict[str, set[str]] = {"company": set(), "executive": set()}
        self.exec_company: dict[str, str] = {}

    @staticmethod
    def _keys(text: str) -> tuple[str, ...]:
        # slug() of a name without Latin letters is the placeholder "x": never a key
        return tuple(k for k in (fold(text.strip()), slug(text), record_id(text)) if k and k != "x")

    def add(self, t: str, rid: str, name: str, aliases: Iterable[str] = ()) -> None:
        self.ids[t].add(rid)
        for k in (rid, *self._keys(name), *(fold(a) for a in aliases)):
            self.by_key[t].setdefault(k, rid)

    def find(self, t: str, ref: str) -> str | None:
        for k in (ref.strip(), *self._keys(ref)):
            if k in self.by_key[t]:
                return self.by_key[t][k]
        return None


def _existing_names(kb: "KnowledgeBase") -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """``(type, id) -> name`` of the companies, executives and greenlights in the knowledge base, and
    ``(type, folded name) -> id`` (for greenlights the name is ``buyer id + title``)."""
    names: dict[tuple[str, str], str] = {}
    ids: dict[tuple[str, str], str] = {}
    for t in ("company", "executive", "greenlight"):
        for rec in kb.iter(t):
            name = str(rec.get(NAME_FIELD[t]) or "")
            names[(t, rec["id"])] = name
            key = f"{rec.get('buyer')}\x1f{fold(name)}" if t == "greenlight" else fold(name)
            ids.setdefault((t, key), rec["id"])
    return names, ids


def resolve(parsed: Parsed, kb: "KnowledgeBase | None", *, replace: bool = False, strict_ids: bool = False,
            allow_duplicates: bool = False) -> list[dict[str, Any]]:
    """Assign ids and link references; problems are appended to ``parsed.problems``.

    Companies referenced by an executive or greenlight but never defined are
    created with just a name (reported as added companies). With ``strict_ids``
    (imports), records that would replace one another are reported: two
    different names with one derived id (always a problem, naming both lines,
    also against a different name already in the knowledge base), and two
    records with the same id (a problem, or with ``allow_duplicates`` a warning
    in ``parsed.warnings``; the later record wins).
    """
    r = _Resolver()
    # Existing records count only in a knowledge base that holds real (non-sample) data.
    keep_existing = (kb is not None and not replace and kb.meta("initialized") is not None
                     and kb.meta("sample") != "1")
    existing: dict[tuple[str, str], str] = {}
    by_name: dict[tuple[str, str], str] = {}  # (type, folded name) -> existing id: ids stay stable
    if keep_existing:
        assert kb is not None
        for rid, name, aliases in kb.names("company"):
            r.add("company", rid, name, aliases)
        for rec in kb.iter("executive"):
            r.add("executive", rec["id"], rec["name"], rec.get("aliases", []))
            r.exec_company[rec["id"]] = rec["company"]
        if strict_ids:
            existing, by_name = _existing_names(kb)
    derived: set[int] = set()  # records whose id came from their name (not given)

    def derive(rec: dict[str, Any], t: str, value: str, prefix: str = "") -> None:
        if "id" in rec:
            return
        rec["id"] = by_name.get((t, fold(value))) or f"{prefix}{record_id(value)}"
        derived.add(id(rec))

    out: list[dict[str, Any]] = []
    for rec in parsed.records:
        if rec["type"] == "company":
            derive(rec, "company", rec["name"])
            r.add("company", rec["id"], rec["name"], rec.get("aliases", []))
    created: dict[str, dict[str, Any]] = {}

    def company_ref(ref: str, rec: dict[str, Any]) -> str:
        cid = r.find("company", ref)
        if cid is None:
            cid = record_id(ref)
            created[cid] = {"type": "company", "id": cid, "name": ref.strip(),
                            **({"region": rec["region"]} if rec.get("region") else {}),
                            **({"source": rec["source"]} if rec.get("source") else {}),
                            **({"sample": True} if rec.get("sample") else {})}
            r.add("company", cid, ref)
        return cid

    for rec in parsed.records:
        if rec["type"] == "executive":
            derive(rec, "executive", rec["name"])
            rec["company"] = company_ref(rec["company"], rec)
            r.add("executive", rec["id"], rec["name"], rec.get("aliases", []))
            r.exec_company[rec["id"]] = rec["company"]
    for rec in parsed.records:
        loc = parsed.where.get(id(rec), "?")
        if rec["type"] == "mandate":
            eid = r.find("executive", rec["executive"])
            if eid is None:
                parsed.problems.append(f"{loc}: mandate names unknown executive {rec['executive']!r}; import the executive first or in the same run")
                continue
            rec["executive"] = eid
            rec.setdefault("id", f"{eid}-{rec.get('date', 'undated')}-{hashlib.sha1(rec['text'].encode('utf-8', 'surrogatepass')).hexdigest()[:8]}")
        elif rec["type"] == "greenlight":
            rec["buyer"] = company_ref(rec["buyer"], rec)
            execs = []
            bad = False
            for e in rec.get("executives", []):
                eid = r.find("executive", e)
                if eid is None:
                    parsed.problems.append(f"{loc}: greenlight names unknown executive {e!r}; import the executive first or in the same run")
                    bad = True
                    continue
                execs.append(eid)
            if bad:
                continue
            if execs:
                rec["executives"] = execs
            if "id" not in rec:
                rec["id"] = (by_name.get(("greenlight", f"{rec['buyer']}\x1f{fold(rec['title'])}"))
                             or f"{rec['buyer']}--{record_id(rec['title'])}")
                derived.add(id(rec))
        out.append(rec)
    if strict_ids:
        dropped = _check_ids(parsed, out, derived, existing, allow_duplicates)
        out = [rec for rec in out if id(rec) not in dropped]  # --skip-invalid: the first one stays
    # Later records with the same id win (upsert semantics within one import too).
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in list(created.values()) + out:
        merged[(rec["type"], rec["id"])] = rec
    return list(merged.values())


def _check_ids(parsed: Parsed, records: list[dict[str, Any]], derived: set[int],
               existing: dict[tuple[str, str], str], allow_duplicates: bool) -> set[int]:
    """Report records that would replace one another (see :func:`resolve`); returns the ones reported
    as problems (``id()`` of each), which are not imported."""
    first: dict[tuple[str, str], dict[str, Any]] = {}
    dropped: set[int] = set()
    for rec in records:
        t, rid = rec["type"], rec["id"]
        loc = parsed.where.get(id(rec), "?")
        field_ = NAME_FIELD.get(t)
        name = str(rec.get(field_, "")) if field_ else ""
        prev = first.get((t, rid))
        if prev is None:
            first[(t, rid)] = rec
            old = existing.get((t, rid))
            if field_ and id(rec) in derived and old is not None and not _same_name(old, name):
                parsed.problems.append(
                    f"{loc}: {t} {name!r} gets the id {rid!r}, which {old!r} already has in the knowledge base; "
                    f"importing it would replace that record. Give it an explicit 'id' (or use the existing "
                    f"name to update {old!r})")
                dropped.add(id(rec))
            continue
        ploc = parsed.where.get(id(prev), "?")
        pname = str(prev.get(field_, "")) if field_ else ""
        if field_ and (id(rec) in derived or id(prev) in derived) and not _same_name(pname, name):
            parsed.problems.append(
                f"{loc}: {t} {name!r} and {pname!r} (at {ploc}) both get the id {rid!r}: one would replace "
                "the other. Give one of them an explicit 'id'")
            dropped.add(id(rec))
            continue
        what = f"{loc}: {t} with id {rid!r} appears again (first at {ploc}); the later record replaces the earlier"
        if allow_duplicates:
            parsed.warnings.append(what)
            first[(t, rid)] = rec
        else:
            parsed.problems.append(what + ". Remove one, or pass --allow-duplicates to keep the later one")
            dropped.add(id(rec))
    return dropped


@dataclass
class ImportResult:
    report: "WriteReport"
    files: int
    records: int
    skipped: list[str]
    warnings: list[str] = field(default_factory=list)


def import_records(kb: "KnowledgeBase", parsed: Parsed, *, replace: bool = False, skip_invalid: bool = False,
                   what: str = "import", allow_duplicates: bool = False) -> ImportResult:
    records = resolve(parsed, kb, replace=replace, strict_ids=True, allow_duplicates=allow_duplicates)
    if parsed.problems and not skip_invalid:
        raise ImportFailed(
            f"{what} rejected: {len(parsed.problems)} problem(s); the knowledge base was not changed",
            parsed.problems,
            hint="Fix the lines above, or pass --skip-invalid to import the valid records and report the rest.",
        )
    if not records and not replace:
        raise DataError(f"{what}: no records found", hint="Files must hold JSONL records with a 'type' field, or CSV rows.")
    report = kb.write(records, replace=replace)
    return ImportResult(report=report, files=parsed.files, records=len(records), skipped=list(parsed.problems),
                        warnings=list(parsed.warnings))


def import_files(kb: "KnowledgeBase", paths: Sequence[str | Path], *, replace: bool = False,
                 skip_invalid: bool = False, forced_type: str | None = None,
                 allow_duplicates: bool = False) -> ImportResult:
    if forced_type is not None and forced_type not in TYPES:
        raise DataError(f"--type {forced_type!r} is not one of: {', '.join(TYPES)}")
    parsed = parse_files(paths, forced_type)
    return import_records(kb, parsed, replace=replace, skip_invalid=skip_invalid, allow_duplicates=allow_duplicates)


def export_records(kb: "KnowledgeBase", types: Sequence[str] | None = None) -> Iterable[dict[str, Any]]:
    """Records in an order that re-imports cleanly (companies, executives, mandates, greenlights)."""
    for t in types or TYPES:
        for rec in kb.iter(t):
            yield {"type": t, **{k: v for k, v in rec.items() if k != "type"}}
