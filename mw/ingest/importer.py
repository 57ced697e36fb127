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
LIST_FIELDS = {"aliases", "genres", "formats", "executives", "producers"}
TEXT_FIELDS = {
    "company": ("name", "kind", "region", "source", "date"),
    "executive": ("name", "company", "title", "region", "bio", "pitch_process", "updated_at", "source"),
    "mandate": ("executive", "text", "date", "source"),
    "greenlight": ("title", "buyer", "date", "date_source", "format", "region", "logline", "source"),
}
DATE_FIELDS = {"company": ("date",), "executive": ("updated_at",), "mandate": ("date",), "greenlight": ("date",)}


@dataclass
class Parsed:
    records: list[dict[str, Any]] = field(default_factory=list)
    where: dict[int, str] = field(default_factory=dict)  # id(record) -> "file:line"
    problems: list[str] = field(default_factory=list)
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
        rec["genres"] = list(dict.fromkeys(norm_genre(g) for g in rec["genres"]))
    if "formats" in rec:
        rec["formats"] = list(dict.fromkeys(norm_format(g) for g in rec["formats"]))
    if "format" in rec:
        rec["format"] = norm_format(rec["format"])
    if "region" in rec:
        rec["region"] = norm_region(rec["region"])
    if t == "company" and "kind" in rec:
        kind = fold(rec["kind"])
        if kind not in COMPANY_KINDS:
            raise ValueError(f"company kind {rec['kind']!r} is not one of: {', '.join(COMPANY_KINDS)}")
        rec["kind"] = kind
    if raw.get("sample") is True:
        rec["sample"] = True
    if raw.get("id") not in (None, ""):
        rec["id"] = slug(str(raw["id"])) if not isinstance(raw["id"], str) else raw["id"].strip()
    return rec


def _read_jsonl(path: Path, text: str, parsed: Parsed, forced_type: str | None) -> None:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parsed.lines += 1
        loc = f"{path}:{n}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            parsed.problems.append(f"{loc}: malformed JSON: {e.msg} (column {e.colno})")
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
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        parsed.problems.append(f"{path}:1: empty CSV file (expected a header row)")
        return
    if t is None and "type" not in reader.fieldnames:
        parsed.problems.append(
            f"{path}:1: cannot tell the record type of this CSV: name the file e.g. executives.csv, "
            f"add a 'type' column, or pass --type"
        )
        return
    for row in reader:
        n = reader.line_num
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


def parse_files(paths: Sequence[str | Path], forced_type: str | None = None) -> Parsed:
    parsed = Parsed()
    for p in paths:
        path = Path(p)
        if str(p) != "-" and not path.is_file():
            raise DataError(f"{p}: no such file", hint="Check the path; imports take JSONL (.jsonl/.json) or CSV (.csv) files.")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as e:
            parsed.problems.append(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})")
            continue
        parsed.files += 1
        parse_text(text, str(p), parsed, forced_type)
    return parsed


class _Resolver:
    """Maps names/aliases/ids to ids for companies and executives (existing + incoming)."""

    def __init__(self) -> None:
        self.by_key: dict[str, dict[str, str]] = {"company": {}, "executive": {}}
        self.ids: dict[str, set[str]] = {"company": set(), "executive": set()}
        self.exec_company: dict[str, str] = {}

    def add(self, t: str, rid: str, name: str, aliases: Iterable[str] = ()) -> None:
        self.ids[t].add(rid)
        for k in (rid, fold(name), slug(name), *(fold(a) for a in aliases)):
            self.by_key[t].setdefault(k, rid)

    def find(self, t: str, ref: str) -> str | None:
        for k in (ref.strip(), fold(ref.strip()), slug(ref)):
            if k in self.by_key[t]:
                return self.by_key[t][k]
        return None


def resolve(parsed: Parsed, kb: "KnowledgeBase | None", *, replace: bool = False) -> list[dict[str, Any]]:
    """Assign ids and link references; problems are appended to ``parsed.problems``.

    Companies referenced by an executive or greenlight but never defined are
    created with just a name (reported as added companies).
    """
    r = _Resolver()
    # Existing records count only in a knowledge base that holds real (non-sample) data.
    keep_existing = (kb is not None and not replace and kb.meta("initialized") is not None
                     and kb.meta("sample") != "1")
    if keep_existing:
        for rid, name, aliases in kb.names("company"):
            r.add("company", rid, name, aliases)
        for rec in kb.iter("executive"):
            r.add("executive", rec["id"], rec["name"], rec.get("aliases", []))
            r.exec_company[rec["id"]] = rec["company"]
    out: list[dict[str, Any]] = []
    for rec in parsed.records:
        if rec["type"] == "company":
            rec.setdefault("id", slug(rec["name"]))
            r.add("company", rec["id"], rec["name"], rec.get("aliases", []))
    created: dict[str, dict[str, Any]] = {}

    def company_ref(ref: str, rec: dict[str, Any]) -> str:
        cid = r.find("company", ref)
        if cid is None:
            cid = slug(ref)
            created[cid] = {"type": "company", "id": cid, "name": ref.strip(),
                            **({"region": rec["region"]} if rec.get("region") else {}),
                            **({"source": rec["source"]} if rec.get("source") else {}),
                            **({"sample": True} if rec.get("sample") else {})}
            r.add("company", cid, ref)
        return cid

    for rec in parsed.records:
        if rec["type"] == "executive":
            rec.setdefault("id", slug(rec["name"]))
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
            rec.setdefault("id", f"{eid}-{rec.get('date', 'undated')}-{hashlib.sha1(rec['text'].encode()).hexdigest()[:8]}")
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
            rec.setdefault("id", f"{rec['buyer']}--{slug(rec['title'])}")
        out.append(rec)
    # Later records with the same id win (upsert semantics within one import too).
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in list(created.values()) + out:
        merged[(rec["type"], rec["id"])] = rec
    return list(merged.values())


@dataclass
class ImportResult:
    report: "WriteReport"
    files: int
    records: int
    skipped: list[str]


def import_records(kb: "KnowledgeBase", parsed: Parsed, *, replace: bool = False, skip_invalid: bool = False,
                   what: str = "import") -> ImportResult:
    records = resolve(parsed, kb, replace=replace)
    if parsed.problems and not skip_invalid:
        raise ImportFailed(
            f"{what} rejected: {len(parsed.problems)} problem(s); the knowledge base was not changed",
            parsed.problems,
            hint="Fix the lines above, or pass --skip-invalid to import the valid records and report the rest.",
        )
    if not records and not replace:
        raise DataError(f"{what}: no records found", hint="Files must hold JSONL records with a 'type' field, or CSV rows.")
    report = kb.write(records, replace=replace)
    return ImportResult(report=report, files=parsed.files, records=len(records), skipped=list(parsed.problems))


def import_files(kb: "KnowledgeBase", paths: Sequence[str | Path], *, replace: bool = False,
                 skip_invalid: bool = False, forced_type: str | None = None) -> ImportResult:
    if forced_type is not None and forced_type not in TYPES:
        raise DataError(f"--type {forced_type!r} is not one of: {', '.join(TYPES)}")
    parsed = parse_files(paths, forced_type)
    return import_records(kb, parsed, replace=replace, skip_invalid=skip_invalid)


def export_records(kb: "KnowledgeBase", types: Sequence[str] | None = None) -> Iterable[dict[str, Any]]:
    """Records in an order that re-imports cleanly (companies, executives, mandates, greenlights)."""
    for t in types or TYPES:
        for rec in kb.iter(t):
            yield {"type": t, **{k: v for k, v in rec.items() if k != "type"}}
