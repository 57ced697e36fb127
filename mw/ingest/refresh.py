"""Data refresh: jobs, sources, schedules, staleness, and locked runs with per-source isolation.

Jobs (defaults; any ``[refresh.jobs.NAME]`` in config.toml changes one or defines a new one)::

    job                 schedule            stale after  enabled
    executive_profiles  daily 03:00         24h          yes
    recent_greenlights  daily 04:00         12h          yes
    executive_mandates  weekly mon 02:00    7d           yes
    vector_index        weekly mon 01:00    7d           when semantic search is on (syncs the vector index)

Keys of a job table: ``schedule`` ("daily HH:MM", "weekly DAY HH:MM", "hourly",
"every N[smhd]"; times are the host's local time, as with cron), ``stale_after``
("30m", "12h", "7d"; a number is seconds), ``enabled``, ``sources`` (a list) and
``description``. ``[refresh]`` itself takes ``lock_ttl`` (default 30s), ``timeout``
(20 s), ``retries`` (3), ``backoff`` (1 s), ``max_backoff`` (60 s), ``contact``
(named in the User-Agent) and ``extractor`` ("rules", the default, or "llm": feed items
read by the configured LLM and checked against their text, :mod:`mw.ingest.llm_extract`;
also ``MW_REFRESH_EXTRACTOR`` and ``mw refresh run --extractor``). An unknown key is a :class:`ConfigError` naming the file,
the line and the key.

A source is a local path (relative paths are relative to ``MW_HOME``), a
``file://`` URL or an ``http(s)://`` URL of JSONL or CSV records in the
knowledge-base format (see :mod:`mw.ingest.importer`), or of an RSS/Atom feed
(detected by content) from which greenlights are extracted
(:mod:`mw.ingest.feeds`, :mod:`mw.ingest.headlines`). A job with no sources is
reported as skipped ("no sources configured"), not failed.

A run (:func:`run`) takes the state-store lock ``refresh`` (TTL ``lock_ttl``,
extended by a heartbeat thread every third of it), taking over a lock whose holder
is a process gone from this host, or raises :class:`~mw.errors.Locked` (exit 75).
Each source of a job is fetched, parsed and validated on its own
(:func:`_read_source`): a failing source is recorded with its error and hint and
contributes nothing; the others are written in one ``kb.write``. The job's status
is then "partial" ("failed" when no source worked). Greenlights from feeds are
deduplicated by link/guid and by buyer + title; a greenlight already in the
knowledge base keeps its fields, the feed only fills fields it lacks. HTTP
validators (ETag, Last-Modified) are saved only for sources whose records were
written, so an unchanged feed costs one 304 next time; ``force`` ignores them and
refetches. They are scoped by job and knowledge-base file (:func:`validator_scope`),
so hosts sharing one Redis, each with its own knowledge base, never reuse each other's.

Job status records: state-store collection ``"jobs"``, record id = job name.
These field names are stable (the metrics collector exports them as
``mandatewizard_refresh_*``):

    status           "ok" | "partial" | "failed" | "skipped" | "running"  (outcome of the last run;
                     "running" while a run is in progress, or left by a run that died:
                     :func:`status_report` shows that as "interrupted")
    last_attempt     ISO 8601 UTC time the last run of the job started
    last_attempt_ts  the same, epoch seconds (float)
    last_success     ISO time the last successful (or partial) run started (None if never)
    last_success_ts  the same, epoch seconds (float or None)
    last_error       the error of the last run when it failed, else None
    last_duration_s  seconds the last finished run took (float)
    runs_ok          counter of successful runs
    runs_failed      counter of failed runs
    runs_skipped     counter of skipped runs (no sources configured)
    runs_partial     counter of runs where some sources failed and the others landed
    sources          per source of the last run: source, status (ok|failed), state, format,
                     items/orders or records, error and hint when it failed
    added, updated, unchanged   records of the last run (all types together)
    skipped          feed items of the last run that were not taken (not orders, duplicates)
    kb_version       knowledge-base version after the last successful run
    llm              the LLM extractor's account of the last run (model, requests, replies, prompt_tokens,
                     completion_tokens, cost_usd, greenlights, fallbacks, dropped, read_before, ...);
                     absent when the last run used the rules
    llm_requests_total, llm_prompt_tokens_total, llm_completion_tokens_total, llm_cost_usd_total
                     running totals of the LLM extractor over every run of the job

Timestamps come from :func:`mw.clock.now` (``MW_NOW`` pins it).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence
from urllib.parse import unquote, urlsplit

from mw import clock
from mw.errors import ConfigError, DataError, ImportFailed, Locked, MWError, UsageError

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.store.kb import KnowledgeBase
    from mw.store.state.base import StateStore

LOCK_NAME = "refresh"
COLLECTION = "jobs"
HEARTBEAT_KEY = "refresh:heartbeat"
TYPES = ("company", "executive", "mandate", "greenlight")
DEFAULT_LOCK_TTL = "30s"
VECTOR_INDEX_NOTE = ("enabled when the semantic extra is installed: pip install 'mandate-wizard[semantic]', "
                     "then mw kb reindex")


@dataclass(frozen=True)
class JobDefault:
    schedule: str
    stale_after: str
    enabled: bool | None  # None: enabled when the semantic extra is installed (vector_index)
    description: str
    kind: str = "import"  # import: fetch sources into the KB; vector_index: sync the vector index


DEFAULT_JOBS: dict[str, JobDefault] = {
    "executive_profiles": JobDefault("daily 03:00", "24h", True, "executive and company profiles"),
    "recent_greenlights": JobDefault("daily 04:00", "12h", True, "greenlights from trade feeds and files"),
    "executive_mandates": JobDefault("weekly mon 02:00", "7d", True, "executive mandates"),
    "vector_index": JobDefault("weekly mon 01:00", "7d", None,
                               "embed new or changed records and repair a vector index that fell behind",
                               kind="vector_index"),
}
JOB_KEYS = {"schedule", "stale_after", "enabled", "sources", "description"}
REFRESH_KEYS = {"jobs", "lock_ttl", "timeout", "retries", "backoff", "max_backoff", "contact", "extractor"}


# ---------------------------------------------------------------------- durations and schedules
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_duration(value: Any, where: str = "duration") -> float:
    """Seconds from ``"90s"``, ``"30m"``, ``"12h"``, ``"7d"``, ``"2w"`` or a number of seconds."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: expected a duration such as '12h', not {value!r}")
    if isinstance(value, (int, float)):
        if value <= 0:
            raise ConfigError(f"{where}: must be positive, not {value!r}")
        return float(value)
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)\s*", str(value).lower())
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"{where}: invalid duration {value!r}",
                          hint="Use a number with a unit: '90s', '30m', '12h', '7d', '2w'.")
    return float(m.group(1)) * _UNITS[m.group(2)]


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Schedule:
    """When a job runs. ``kind``: daily, weekly, hourly or interval. Times are local."""

    text: str
    kind: str
    hour: int = 0
    minute: int = 0
    weekday: int | None = None  # 0 = Monday
    seconds: float = 0.0

    @classmethod
    def parse(cls, text: Any, where: str = "schedule") -> "Schedule":
        s = str(text).strip().lower()
        bad = ConfigError(f"{where}: invalid schedule {text!r}",
                          hint="Use 'daily 04:00', 'weekly mon 02:00', 'hourly' or 'every 6h'.")

        def hm(v: str) -> tuple[int, int]:
            m = re.fullmatch(r"(\d{1,2}):(\d{2})", v)
            if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
                raise bad
            return int(m.group(1)), int(m.group(2))

        parts = s.split()
        if len(parts) == 2 and parts[0] == "daily":
            h, mi = hm(parts[1])
            return cls(str(text), "daily", h, mi)
        if len(parts) == 3 and parts[0] == "weekly":
            day = parts[1][:3]
            if day not in DAYS or parts[1] not in (day, DAY_NAMES[DAYS.index(day)]):
                raise bad
            h, mi = hm(parts[2])
            return cls(str(text), "weekly", h, mi, DAYS.index(day))
        if parts == ["hourly"]:
            return cls(str(text), "hourly")
        if len(parts) == 2 and parts[0] == "every":
            secs = parse_duration(parts[1], where)
            if secs < 60:
                raise ConfigError(f"{where}: 'every' must be at least 1m, not {parts[1]!r}")
            return cls(str(text), "interval", seconds=secs)
        raise bad

    # Slot arithmetic in local time, like cron and the `schedule` library.
    def _slot_on(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(self.hour, self.minute))

    def prev_slot(self, now: float) -> float | None:
        """The latest scheduled time at or before ``now`` (None for interval schedules)."""
        local = dt.datetime.fromtimestamp(now)
        if self.kind == "hourly":
            return local.replace(minute=0, second=0, microsecond=0).timestamp()
        if self.kind == "daily":
            slot = self._slot_on(local.date())
            return (slot if slot <= local else slot - dt.timedelta(days=1)).timestamp()
        if self.kind == "weekly":
            assert self.weekday is not None
            slot = self._slot_on(local.date() - dt.timedelta(days=(local.weekday() - self.weekday) % 7))
            return (slot if slot <= local else slot - dt.timedelta(days=7)).timestamp()
        return None

    def next_run(self, now: float, last_attempt: float | None) -> float:
        """The next time the job should run after ``now``."""
        if self.kind == "interval":
            if last_attempt is None:
                return now
            return max(now, last_attempt + self.seconds)
        local = dt.datetime.fromtimestamp(now)
        if self.kind == "hourly":
            return (local.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)).timestamp()
        if self.kind == "daily":
            slot = self._slot_on(local.date())
            return (slot if slot > local else slot + dt.timedelta(days=1)).timestamp()
        assert self.weekday is not None
        slot = self._slot_on(local.date() + dt.timedelta(days=(self.weekday - local.weekday()) % 7))
        return (slot if slot > local else slot + dt.timedelta(days=7)).timestamp()

    def is_due(self, now: float, last_attempt: float | None) -> bool:
        """Due when never attempted, or a slot passed since the last attempt."""
        if last_attempt is None:
            return True
        if self.kind == "interval":
            return now >= last_attempt + self.seconds
        prev = self.prev_slot(now)
        return prev is not None and last_attempt < prev

    def register(self, scheduler: Any, fn: Callable[[], Any]) -> Any:
        """The same schedule in a ``schedule.Scheduler``."""
        at = f"{self.hour:02d}:{self.minute:02d}"
        if self.kind == "daily":
            return scheduler.every().day.at(at).do(fn)
        if self.kind == "weekly":
            assert self.weekday is not None
            return getattr(scheduler.every(), DAY_NAMES[self.weekday]).at(at).do(fn)
        if self.kind == "hourly":
            return scheduler.every().hour.at(":00").do(fn)
        return scheduler.every(int(self.seconds)).seconds.do(fn)


# ---------------------------------------------------------------------- configuration
@dataclass(frozen=True)
class Job:
    name: str
    schedule: Schedule
    stale_after: float
    enabled: bool
    sources: tuple[str, ...]
    description: str
    kind: str = "import"
    note: str | None = None  # why a job is disabled by default


@dataclass(frozen=True)
class RefreshConfig:
    jobs: dict[str, Job]
    lock_ttl: float
    http: Any  # mw.ingest.http.HttpOptions
    home: Path
    extractor: str = "rules"  # how feed headlines become greenlights: rules | llm (mw.ingest.llm_extract)
    settings: Any = None  # the settings the LLM extractor uses (OpenAI key, server, model, timeout)


def _config_path(settings: "Settings") -> Path:
    return Path(settings.home) / "config.toml"


def _line_of(path: Path, table: str, key: str | None = None) -> int | None:
    """The line of ``[table]`` (or of ``key`` inside it) in the TOML file, for error messages."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    header = re.compile(r"^\s*\[\s*" + r"\s*\.\s*".join(re.escape(p) for p in table.split(".")) + r"\s*\]\s*(?:#.*)?$")
    inside = False
    for i, line in enumerate(lines, 1):
        if header.match(line):
            if key is None:
                return i
            inside = True
            continue
        if inside and re.match(r"^\s*\[", line):
            inside = False
        if inside and re.match(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=", line):
            return i
    if key is not None:  # dotted or inline forms: any line naming the key
        for i, line in enumerate(lines, 1):
            if re.search(r"(?:^|[\s.{,])[\"']?" + re.escape(key) + r"[\"']?\s*=", line):
                return i
    return None


def _where(path: Path, table: str, key: str | None = None) -> str:
    line = _line_of(path, table, key)
    return f"{path}:{line}: [{table}]" if line else f"{path}: [{table}]"


def load_config(settings: "Settings") -> RefreshConfig:
    """Jobs and options from ``[refresh]`` in config.toml; :class:`ConfigError` on mistakes.

    Any ``[refresh.jobs.NAME]`` defines a job (a name of letters, digits, ``_`` and ``-``);
    the built-in jobs keep their defaults unless configured. An unknown key is an error
    naming the key, the file and the line.
    """
    from mw.ingest.http import user_agent, DEFAULT_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_RETRIES, DEFAULT_TIMEOUT, HttpOptions

    path = _config_path(settings)
    section = settings.section("refresh")
    for k in section:
        if k not in REFRESH_KEYS:
            raise ConfigError(f"{_where(path, 'refresh', k)}: unknown key {k!r}",
                              hint=f"Keys of [refresh] are: {', '.join(sorted(REFRESH_KEYS))}.")
    table = settings.section("refresh", "jobs")
    names = list(DEFAULT_JOBS) + [n for n in table if n not in DEFAULT_JOBS]
    jobs: dict[str, Job] = {}
    for name in names:
        d = DEFAULT_JOBS.get(name) or JobDefault("daily 04:00", "24h", True, "user-defined job")
        conf = table.get(name, {})
        tname = f"refresh.jobs.{name}"
        where = _where(path, tname)
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name):
            raise ConfigError(f"{where}: invalid job name {name!r}",
                              hint="Use letters, digits, '_' and '-' (at most 64 characters).")
        if not isinstance(conf, dict):
            raise ConfigError(f"{where}: expected a table")
        for k in conf:
            if k not in JOB_KEYS:
                raise ConfigError(f"{_where(path, tname, k)}: unknown key {k!r}",
                                  hint=f"Keys of a job are: {', '.join(sorted(JOB_KEYS))}.")
        enabled = conf.get("enabled", d.enabled)
        note = None
        if enabled is None or (d.kind == "vector_index" and enabled is True):
            from mw.index.embed import semantic_available, semantic_mode

            if semantic_mode(settings) == "off":
                if enabled is True:
                    raise ConfigError(f"{_where(path, tname, 'enabled')}: the {name} job needs semantic search, "
                                      "which is off (MW_SEMANTIC=off or semantic = false)",
                                      hint="Turn semantic search on, or remove 'enabled = true'.")
                enabled, note = False, "disabled while semantic search is off (MW_SEMANTIC=off or semantic = false)"
            elif not semantic_available():
                if enabled is True:
                    raise ConfigError(f"{_where(path, tname, 'enabled')}: the {name} job needs the semantic extra",
                                      hint="pip install 'mandate-wizard[semantic]', or remove 'enabled = true'.")
                enabled, note = False, VECTOR_INDEX_NOTE
            else:
                enabled = True
        if not isinstance(enabled, bool):
            raise ConfigError(f"{_where(path, tname, 'enabled')} enabled: expected true or false, not {enabled!r}")
        sources = conf.get("sources", [])
        if isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, list) or not all(isinstance(s, str) and s.strip() for s in sources):
            raise ConfigError(f"{_where(path, tname, 'sources')} sources: expected a list of paths or URLs")
        description = conf.get("description", d.description)
        if not isinstance(description, str):
            raise ConfigError(f"{_where(path, tname, 'description')} description: expected text")
        jobs[name] = Job(
            name=name,
            schedule=Schedule.parse(conf.get("schedule", d.schedule), f"{_where(path, tname, 'schedule')} schedule"),
            stale_after=parse_duration(conf.get("stale_after", d.stale_after),
                                       f"{_where(path, tname, 'stale_after')} stale_after"),
            enabled=enabled,
            sources=tuple(s.strip() for s in sources),
            description=description,
            kind=d.kind,
            note=note,
        )
    rwhere = f"{_where(path, 'refresh')}"
    retries = section.get("retries", DEFAULT_RETRIES)
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ConfigError(f"{_where(path, 'refresh', 'retries')} retries: expected a whole number >= 0, not {retries!r}")
    contact = section.get("contact")
    if contact is not None and (not isinstance(contact, str) or not contact.strip() or "\n" in contact):
        raise ConfigError(f"{_where(path, 'refresh', 'contact')} contact: expected an email address or URL, "
                          f"not {contact!r}")
    http = HttpOptions(
        timeout=parse_duration(section.get("timeout", DEFAULT_TIMEOUT), f"{_where(path, 'refresh', 'timeout')} timeout"),
        retries=retries,
        backoff=parse_duration(section.get("backoff", DEFAULT_BACKOFF), f"{_where(path, 'refresh', 'backoff')} backoff"),
        max_backoff=parse_duration(section.get("max_backoff", DEFAULT_MAX_BACKOFF),
                                   f"{_where(path, 'refresh', 'max_backoff')} max_backoff"),
        user_agent=user_agent(contact.strip() if contact else None),
    )
    lock_ttl = parse_duration(section.get("lock_ttl", DEFAULT_LOCK_TTL), f"{_where(path, 'refresh', 'lock_ttl')} lock_ttl")
    if lock_ttl < 5:
        raise ConfigError(f"{_where(path, 'refresh', 'lock_ttl')} lock_ttl: must be at least 5 s, not {lock_ttl:g} s")
    del rwhere
    extractor = settings.values.get("refresh.extractor") or "rules"
    if extractor == "llm":
        _check_llm(settings)
    return RefreshConfig(jobs=jobs, lock_ttl=lock_ttl, http=http, home=Path(settings.home), extractor=extractor,
                         settings=settings)


def _check_llm(settings: "Settings") -> None:
    """The LLM extractor needs the ``openai`` package and an LLM: a :class:`ConfigError` saying which is missing."""
    import importlib.util

    from mw.llm import configured

    src = settings.sources.get("refresh.extractor")
    where = f"{src}: refresh.extractor" if src is not None else "refresh.extractor"
    if not configured(settings):
        raise ConfigError(f"{where} is 'llm' but no LLM is configured (no OpenAI API key)",
                          hint="Set OPENAI_API_KEY (and OPENAI_BASE_URL for an OpenAI-compatible server), "
                               "or use extractor = \"rules\".")
    if importlib.util.find_spec("openai") is None:
        raise ConfigError(f"{where} is 'llm' but the openai package is not installed",
                          hint="pip install 'mandate-wizard[llm]', or use extractor = \"rules\".")


# ---------------------------------------------------------------------- results
@dataclass
class JobResult:
    job: str
    status: str  # ok | partial (some sources failed, the others landed) | failed | skipped
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    duration_s: float = 0.0
    reason: str | None = None  # why skipped
    error: str | None = None
    problems: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    skipped_items: list[dict[str, str]] = field(default_factory=list)
    kb_version: str | None = None
    llm: dict[str, Any] | None = None  # the LLM extractor's account (requests, tokens, cost, fallbacks)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class RunReport:
    jobs: list[JobResult]

    @property
    def ok(self) -> bool:
        """True when no job and no source failed."""
        return all(j.status not in ("failed", "partial") for j in self.jobs)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "jobs": [j.to_dict() for j in self.jobs]}


# ---------------------------------------------------------------------- sources
@dataclass
class _Fetched:
    source: str
    name: str  # for format detection and messages
    data: bytes | None  # None: not modified
    content_type: str = ""
    validators: Any = None  # http.Validators to save after success
    state: str = "read"
    url: str | None = None  # the final URL (after redirects): relative feed links resolve against it


def _is_url(src: str) -> bool:
    return src.lower().startswith(("http://", "https://"))


def _local_path(src: str, home: Path) -> Path:
    if src.lower().startswith("file://"):
        return Path(unquote(urlsplit(src).path))
    p = Path(src).expanduser()
    return p if p.is_absolute() else home / p


def validator_scope(job_name: str, kb: "KnowledgeBase") -> str:
    """The scope HTTP validators of ``job_name`` are saved under: the job and this knowledge-base file.

    Validators say "this knowledge base already holds the content with this ETag", so they
    belong to one knowledge base, not to the state store: with several hosts on one Redis,
    each with its own knowledge base, a host must not send another host's ETag (it would
    get a 304 and never import the content). The file gets a random id (``meta`` key
    ``instance_id``) the first time it is asked for one.
    """
    kid = kb.meta("instance_id")
    if kid is None:
        import uuid

        kb.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('instance_id', ?)", (uuid.uuid4().hex,))
        kid = kb.meta("instance_id")
    return f"{job_name}\x1f{kid}"


def _load(job: Job, src: str, conf: RefreshConfig, state: "StateStore", force: bool,
          scope: str | None = None) -> _Fetched:
    from mw.ingest import http

    if _is_url(src):
        validators = None if force else http.load_validators(state, scope or job.name, src)
        resp = http.fetch(src, validators=validators, options=conf.http)
        if resp.not_modified:
            return _Fetched(src, src, None, state="not modified (304)")
        return _Fetched(src, urlsplit(src).path or src, resp.body, resp.content_type, resp.validators,
                        state=f"fetched (HTTP {resp.status})", url=resp.url)
    path = _local_path(src, conf.home)
    if not path.is_file():
        raise DataError(f"source {src}: no such file ({path})",
                        hint=f"Fix the path in [refresh.jobs.{job.name}] sources in config.toml "
                             "(relative paths are relative to MW_HOME).")
    try:
        return _Fetched(src, str(path), path.read_bytes())
    except OSError as e:
        raise DataError(f"source {src}: cannot read {path}: {e.strerror}") from None


def _kind(f: _Fetched) -> str:
    from mw.ingest.feeds import looks_like_xml

    assert f.data is not None
    if looks_like_xml(f.data):
        return "feed"
    name = f.name.lower()
    if name.endswith(".csv") or "csv" in f.content_type:
        return "csv"
    head = f.data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"#") or name.endswith((".jsonl", ".json", ".ndjson")) or "json" in f.content_type:
        return "jsonl"
    raise DataError(f"source {f.source}: cannot tell the format (expected an RSS/Atom feed, JSONL or CSV)",
                    hint="Name CSV files like executives.csv, or serve them as text/csv.")


def _existing_by_source(kb: "KnowledgeBase") -> dict[str, str]:
    """Greenlight id by source link, read without loading the sample."""
    if kb.meta("initialized") is None or kb.meta("sample") == "1":
        return {}
    rows = kb.db.execute(
        "SELECT json_extract(data, '$.source'), id FROM records WHERE type='greenlight'"
        " AND json_extract(data, '$.source') IS NOT NULL").fetchall()
    return {src: rid for src, rid in rows}


def _existing(kb: "KnowledgeBase", t: str, rid: str) -> dict[str, Any] | None:
    if kb.meta("initialized") is None or kb.meta("sample") == "1":
        return None
    import json

    row = kb.db.execute("SELECT data FROM records WHERE type=? AND id=?", (t, rid)).fetchone()
    return json.loads(row[0]) if row else None


def _kb_names(kb: "KnowledgeBase") -> tuple[list[str], list[str], list[list[str]]]:
    """Company names and aliases, executive names, and each company's names (name + aliases), of the
    knowledge base (not the sample)."""
    if kb.meta("initialized") is None or kb.meta("sample") == "1":
        return [], [], []
    import json

    companies: list[str] = []
    execs: list[str] = []
    groups: list[list[str]] = []
    for t, data in kb.db.execute("SELECT type, data FROM records WHERE type IN ('company', 'executive')"):
        rec = json.loads(data)
        names = [n for n in [rec.get("name") or ""] + list(rec.get("aliases") or []) if n]
        (companies if t == "company" else execs).extend(names)
        if t == "company" and len(names) > 1:
            groups.append(names)
    return companies, execs, groups


@dataclass
class _SourceResult:
    """What one source gave: its records (not yet written) or why it failed."""

    source: str
    fetched: _Fetched | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    where: dict[int, str] = field(default_factory=dict)
    feed_keys: dict[int, tuple[set[str], str]] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    hint: str | None = None
    problems: list[str] = field(default_factory=list)

    def fail(self, e: BaseException) -> None:
        if isinstance(e, MWError):
            self.error, self.hint = e.message, e.hint
            self.problems = list(getattr(e, "problems", []))
        else:
            self.error = f"internal error: {type(e).__name__}: {e}"
        self.records = []


def _read_source(job: Job, src: str, conf: RefreshConfig, state: "StateStore", kb: "KnowledgeBase", force: bool,
                 scope: str, result: JobResult, seen_links: set[str], seen_keys: set[tuple[str, str]],
                 names: tuple[list[str], list[str], list[list[str]]], llm: Any = None) -> _SourceResult:
    """Fetch and parse one source; every failure is kept on the returned result, never raised."""
    from mw.ingest.feeds import extract_items, parse_feed
    from mw.ingest.importer import Parsed, normalise, parse_text, record_id

    out = _SourceResult(src)
    info = out.info
    info.update(source=src, status="ok")
    try:
        f = _load(job, src, conf, state, force, scope)
        out.fetched = f
        info["state"] = f.state
        if f.data is None:
            return out
        kind = _kind(f)
        info["format"] = kind
        if kind == "feed":
            fetched_at = clock.now()
            items = parse_feed(f.data, src, content_type=f.content_type, url=f.url or (src if _is_url(src) else None),
                               now=fetched_at)
            fetch_day = dt.datetime.fromtimestamp(fetched_at, dt.timezone.utc).date().isoformat()
            taken = 0
            extractions = extract_items(items, fetch_day, known_buyers=names[0], executives=names[1])
            if llm is not None:  # the LLM's reading where it gave a valid one (mw.ingest.llm_extract)
                extractions = llm.extract(items, extractions, fetch_day, source=src, seen_links=seen_links)
            for ex, item in zip(extractions, items):
                if not ex.records:
                    result.skipped_items.append({"headline": ex.headline, "reason": ex.reason or "", "source": src})
                    continue
                link = item.link or item.guid
                keys = {k for k in (item.link, item.guid) if k}
                if keys & seen_links:
                    result.skipped_items.append({"headline": ex.headline, "reason": "already known (same link)",
                                                 "source": src})
                    continue
                seen_links |= keys
                for rec in ex.records:
                    key = (record_id(rec["buyer"]), record_id(rec["title"]))  # every script, not "x"
                    if key in seen_keys:
                        result.skipped_items.append({"headline": ex.headline, "source": src,
                                                     "reason": f"duplicate (same buyer and title: {rec['title']})"})
                        continue
                    seen_keys.add(key)
                    if link and "source" not in rec:
                        rec["source"] = link
                    try:
                        norm = normalise(rec, "greenlight")
                    except ValueError as e:  # an unusable item is skipped, like any non-order
                        result.skipped_items.append({"headline": ex.headline, "reason": f"bad item: {e}",
                                                     "source": src})
                        continue
                    out.records.append(norm)
                    out.where[id(norm)] = f"{src}: item {ex.headline!r}"
                    out.feed_keys[id(norm)] = (keys, ex.headline)
                    taken += 1
            info.update(items=len(items), orders=taken)
        else:
            try:
                text = f.data.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                raise DataError(f"source {src}: not UTF-8 text ({e.reason} at byte {e.start})",
                                hint="Save the file as UTF-8.") from None
            parsed = Parsed()
            parse_text(text, f.name, parsed, fmt=kind)
            mangled = str(Path(f.name))
            problems = [(src + p[len(mangled):]) if p.startswith(mangled) else f"{src}: {p}" for p in parsed.problems]
            if problems:
                raise ImportFailed(f"source {src}: {len(problems)} problem(s); nothing from it was written", problems,
                                   hint="Fix the records above; the other sources of the job were not affected.")
            for rec in parsed.records:
                loc = parsed.where.get(id(rec), "")
                out.where[id(rec)] = src + loc[len(mangled):] if loc.startswith(mangled) else loc
            out.records = list(parsed.records)
            info["records"] = len(out.records)
    except Exception as e:  # noqa: BLE001 - one bad source never takes the others down
        out.fail(e)
        info.update(status="failed", error=out.error, hint=out.hint)
        if out.problems:
            info["problems"] = out.problems[:20]
    return out


def _collect(job: Job, conf: RefreshConfig, state: "StateStore", kb: "KnowledgeBase", force: bool,
             result: JobResult, check: Callable[[], None],
             on_source: Callable[[Job, str, int, int], None] | None = None
             ) -> tuple[list[dict[str, Any]], list[_SourceResult]]:
    """Fetch, parse and validate each source on its own; the records of the sources that worked.

    A source that fails (fetch, parse, invalid records, a reference no other source resolves)
    is reported in ``result.sources`` and contributes nothing; the others go on.
    """
    from mw.ingest.importer import Parsed, resolve

    seen_links: set[str] = set()
    seen_keys: set[tuple[str, str]] = set()
    by_link = _existing_by_source(kb)
    scope = validator_scope(job.name, kb)
    names = _kb_names(kb)
    llm = None
    if conf.extractor == "llm":
        from mw.ingest.llm_extract import LLMExtractor

        llm = LLMExtractor(conf.settings, state=state, scope=scope, buyer_names=names[2], executives=names[1],
                           known_links=by_link)
    results: list[_SourceResult] = []
    try:
        for i, src in enumerate(job.sources, 1):
            check()
            if on_source:
                on_source(job, src, i, len(job.sources))
            results.append(_read_source(job, src, conf, state, kb, force, scope, result, seen_links, seen_keys,
                                        names, llm))
    finally:
        if llm is not None and llm.feeds:  # what the LLM cost is recorded even when the job stops here
            result.llm = llm.report()
    # Resolve names across the good sources; a source whose records do not resolve fails on its own.
    while True:
        good = [r for r in results if r.error is None]
        parsed = Parsed()
        owner: dict[int, _SourceResult] = {}
        for r in good:
            for rec in r.records:
                parsed.records.append(rec)
                parsed.where[id(rec)] = r.where.get(id(rec), r.source)
                owner[id(rec)] = r
            parsed.lines += len(r.records)
            parsed.files += 1
        originals = {id(rec): dict(rec) for rec in parsed.records}
        records = resolve(parsed, kb)
        if not parsed.problems:
            break
        bad = [r for r in good if any(p.startswith(r.source) for p in parsed.problems)] or good
        for r in bad:
            mine = [p for p in parsed.problems if p.startswith(r.source)] or parsed.problems
            r.fail(ImportFailed(f"source {r.source}: {len(mine)} problem(s); nothing from it was written", mine,
                                hint="Fix the records above, or import what they refer to first."))
            r.info.update(status="failed", error=r.error, problems=mine[:20])
        for r in good:  # resolve() rewrote names to ids: start again from the parsed records
            for rec in r.records:
                rec.clear()
                rec.update(originals[id(rec)])
    out: list[dict[str, Any]] = []
    for rec in records:
        r = owner.get(id(rec))
        if r is not None and id(rec) in r.feed_keys:
            old = _existing(kb, "greenlight", rec["id"])
            if old is not None:  # curated data wins; the feed only fills gaps
                rec = {**rec, **old}
            else:
                keys, headline = r.feed_keys[id(rec)]
                if any(by_link.get(k) not in (None, rec["id"]) for k in keys):
                    # the same article under an edited headline: we have it already
                    result.skipped_items.append({"headline": headline, "reason": "already known (same link)",
                                                 "source": r.source})
                    continue
        out.append(rec)
    result.sources = [r.info for r in results]
    result.skipped = len(result.skipped_items)
    return out, results


# ---------------------------------------------------------------------- running
def _proc_start(pid: int) -> str | None:
    """The start time of process ``pid`` (Linux /proc), to tell a reused pid from the original."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            data = f.read()
        return data[data.rindex(b")") + 2:].split()[19].decode()
    except (OSError, ValueError, IndexError):
        return None


def _alive(pid: int, started: str | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    if started is not None:
        now = _proc_start(pid)
        if now is not None and now != started:
            return False  # the pid was reused by another process
    return True


class _Heartbeat:
    """Keeps the lock (and the heartbeat key) alive from a background thread.

    Beats every third of the lock's TTL. ``lost`` turns true when the store answers that the
    lock is no longer ours; ``unsure`` while the store does not answer at all (a Redis hang):
    then the lock may still be ours, but nothing is written until a beat confirms it.
    """

    def __init__(self, state: "StateStore", token: str, ttl: float) -> None:
        self.state, self.token, self.ttl = state, token, ttl
        self.job: str | None = None
        self.lost = False
        self.unsure: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="mw-refresh-lock", daemon=True)
        self._info = {"pid": os.getpid(), "host": socket.gethostname(), "started": _proc_start(os.getpid()),
                      "token": token}

    def beat(self) -> bool:
        """Extend the lock; True when the store confirmed it is still ours."""
        from mw.errors import StoreError

        try:
            if not self.state.refresh_lock(LOCK_NAME, self.token, self.ttl):
                self.lost = True
                return False
            self.state.set(HEARTBEAT_KEY, {**self._info, "job": self.job, "ts": time.time()}, ttl=self.ttl)
        except StoreError as e:
            self.unsure = e.message
            return False
        self.unsure = None
        return not self.lost

    def _loop(self) -> None:
        while not self._stop.wait(self.ttl / 3):
            try:
                self.beat()
            except Exception:  # noqa: BLE001 - a store hiccup must not kill the run; the next beat retries
                pass

    def start(self) -> None:
        self.beat()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _record(state: "StateStore", name: str) -> dict[str, Any]:
    return dict(state.get_record(COLLECTION, name) or {})


def select_jobs(conf: RefreshConfig, state: "StateStore", names: Sequence[str] | None, force: bool,
                now: float) -> list[Job]:
    """Named jobs (validated), or the enabled jobs that are due or stale (all enabled ones with ``force``)."""
    if names:
        out = []
        for n in dict.fromkeys(names):
            if n not in conf.jobs:
                raise UsageError(f"unknown refresh job {n!r}", hint=f"Jobs are: {', '.join(conf.jobs)}.")
            job = conf.jobs[n]
            if job.note and not job.enabled:
                raise UsageError(f"the {n} job cannot run here: it is {job.note}")
            out.append(job)
        return out
    out = []
    for job in conf.jobs.values():
        if not job.enabled:
            continue
        rec = _record(state, job.name)
        if force or job.schedule.is_due(now, rec.get("last_attempt_ts")) or _is_stale(job, rec, now):
            out.append(job)
    return out


def _is_stale(job: Job, rec: dict[str, Any], now: float) -> bool:
    last = rec.get("last_success_ts")
    return last is None or now - float(last) > job.stale_after


def _take_lock(state: "StateStore", ttl: float) -> str | None:
    """The lock's token, taking over a lock whose holder is a process gone from this host."""
    token = state.acquire_lock(LOCK_NAME, ttl)
    if token is not None:
        return token
    hb = state.get(HEARTBEAT_KEY) or {}
    if hb.get("host") == socket.gethostname() and isinstance(hb.get("pid"), int) and hb.get("token") \
            and hb["pid"] != os.getpid() and not _alive(hb["pid"], hb.get("started")):
        # compare-and-delete: only that dead holder's lock goes; a new holder keeps its own
        state.release_lock(LOCK_NAME, str(hb["token"]))
        return state.acquire_lock(LOCK_NAME, ttl)
    return None


def run(names: Sequence[str] | None = None, *, force: bool = False, settings: "Settings | None" = None,
        state: "StateStore | None" = None, kb: "KnowledgeBase | None" = None,
        on_start: Callable[[Job], None] | None = None, on_done: Callable[[JobResult], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        on_source: Callable[[Job, str, int, int], None] | None = None) -> RunReport:
    """Run the named jobs, or those due or stale, under the ``refresh`` lock.

    Raises :class:`Locked` when another run holds the lock, :class:`UsageError`
    for an unknown job, :class:`ConfigError` for bad configuration. Job and source
    failures do not raise: they are in the report (and the job status records).
    """
    from mw.config import get_settings
    from mw.errors import StoreError
    from mw.store.state.factory import open_state
    from mw.ingest.sample import open_kb

    settings = settings or get_settings()
    conf = load_config(settings)
    state = state or open_state(settings)
    if names:
        select_jobs(conf, state, names, force, clock.now())  # validate names before taking the lock
    token = _take_lock(state, conf.lock_ttl)
    if token is None:
        hb = state.get(HEARTBEAT_KEY) or {}
        who = f" (pid {hb.get('pid')} on {hb.get('host')}, job {hb.get('job')})" if hb.get("pid") else ""
        raise Locked(f"another refresh run holds the lock{who}",
                     hint=f"Wait for it to finish; the lock of a run that died expires within {conf.lock_ttl:g} s.")
    heartbeat = _Heartbeat(state, token, conf.lock_ttl)
    results: list[JobResult] = []
    try:
        heartbeat.start()
        jobs = select_jobs(conf, state, names, force, clock.now())
        kb = kb or open_kb(settings.kb_path)
        for job in jobs:
            if should_stop and should_stop():
                break
            if on_start:
                on_start(job)
            heartbeat.job = job.name
            heartbeat.beat()
            res = run_job(job, conf, state, kb, heartbeat, force, on_source=on_source)
            results.append(res)
            if on_done:
                on_done(res)
    finally:
        heartbeat.stop()
        try:
            if not heartbeat.lost:
                state.delete(HEARTBEAT_KEY)
            state.release_lock(LOCK_NAME, token)
        except StoreError:
            pass  # the store is away: the lock expires within its TTL
    return RunReport(results)


def _run_vector_index(kb: "KnowledgeBase", result: JobResult) -> None:
    from mw.index.dense import sync

    rep = sync(kb)
    result.added = rep.embedded
    result.unchanged = rep.unchanged
    result.updated = rep.deleted
    changed = ", ".join(f"{n} {what}" for n, what in ((rep.embedded, "embedded"), (rep.deleted, "removed")) if n)
    result.sources = [{"source": "vector index", "status": "ok", "state": changed or "up to date", **rep.to_dict()}]


def run_job(job: Job, conf: RefreshConfig, state: "StateStore", kb: "KnowledgeBase", heartbeat: _Heartbeat,
            force: bool = False, on_source: Callable[[Job, str, int, int], None] | None = None) -> JobResult:
    """One job; each source on its own; records its status. Never raises for a job failure."""
    from mw.ingest import http
    from mw.ingest.sync import after_kb_change

    started = float(int(clock.now()))  # whole seconds: readable ISO times in status
    t0 = time.monotonic()
    rec = _record(state, job.name)
    rec.update(status="running", last_attempt=clock.iso(started), last_attempt_ts=started)
    state.put_record(COLLECTION, job.name, rec)
    result = JobResult(job=job.name, status="ok")

    def check() -> None:
        if heartbeat.lost:
            raise Locked("lost the refresh lock (it expired while this run was stalled); nothing was written",
                         hint="Raise [refresh] lock_ttl in config.toml if the state store is slow.")

    try:
        if job.kind == "vector_index":
            check()
            _run_vector_index(kb, result)
        elif not job.sources:
            result.status, result.reason = "skipped", "no sources configured"
        else:
            records, sources = _collect(job, conf, state, kb, force, result, check, on_source)
            check()
            if not heartbeat.beat():  # the lock is ours for a full TTL while we write
                check()
                raise Locked(f"could not confirm the refresh lock ({heartbeat.unsure}); nothing was written",
                             hint="The state store did not answer; the next run will try again.")
            if records:
                report = kb.write(records)
                after_kb_change(report, kb)
                for t in TYPES:
                    result.by_type[t] = {"added": report.added[t], "updated": report.updated[t],
                                         "unchanged": report.unchanged[t]}
                result.added = sum(report.added.values())
                result.updated = sum(report.updated.values())
                result.unchanged = sum(report.unchanged.values())
            result.kb_version = kb.meta("version")
            for r in sources:
                f = r.fetched
                if r.error is None and f is not None and f.data is not None and f.validators is not None:
                    http.save_validators(state, validator_scope(job.name, kb), f.source, f.validators)
            failed = [r for r in sources if r.error is not None]
            if failed:
                result.status = "failed" if len(failed) == len(sources) else "partial"
                result.error = "; ".join(f"{r.error}" for r in failed)
                result.problems = [p for r in failed for p in r.problems]
    except Exception as e:  # noqa: BLE001 - every failure of a job is recorded, the run goes on
        result.status = "failed"
        if isinstance(e, MWError):
            result.error = e.message
            result.problems = list(getattr(e, "problems", []))
        else:
            result.error = f"internal error: {type(e).__name__}: {e}"
    result.duration_s = round(time.monotonic() - t0, 3)
    rec = _record(state, job.name)
    rec.update(
        status=result.status, last_attempt=clock.iso(started), last_attempt_ts=started,
        last_duration_s=result.duration_s, added=result.added, updated=result.updated,
        unchanged=result.unchanged, skipped=result.skipped,
        sources=[{k: v for k, v in s.items() if k != "problems"} for s in result.sources],
    )
    _account_llm(rec, result.llm)
    for k in ("runs_ok", "runs_failed", "runs_skipped", "runs_partial", "last_success", "last_success_ts",
              "last_error"):
        rec.setdefault(k, 0 if k.startswith("runs_") else None)
    if result.status in ("ok", "partial"):
        # a partial run counts as a success for staleness: the good sources are fresh
        rec.update(last_success=clock.iso(started), last_success_ts=started, kb_version=result.kb_version)
    if result.status == "ok":
        rec.update(last_error=None, runs_ok=int(rec["runs_ok"]) + 1)
    elif result.status == "partial":
        rec.update(last_error=result.error, runs_partial=int(rec["runs_partial"]) + 1)
    elif result.status == "failed":
        first = f"; {result.problems[0]}" if result.problems and result.problems[0] not in (result.error or "") else ""
        rec.update(last_error=f"{result.error}{first}", runs_failed=int(rec["runs_failed"]) + 1)
    else:
        rec.update(last_error=None, runs_skipped=int(rec["runs_skipped"]) + 1, reason=result.reason)
    state.put_record(COLLECTION, job.name, rec)
    return result


def _account_llm(rec: dict[str, Any], llm: dict[str, Any] | None) -> None:
    """The LLM extractor's last run (counts) and running totals on the job's status record."""
    if llm is None:
        rec.pop("llm", None)
        return
    rec["llm"] = {k: v for k, v in llm.items() if not k.endswith("_items")}
    for k in ("requests", "prompt_tokens", "completion_tokens"):
        rec[f"llm_{k}_total"] = int(rec.get(f"llm_{k}_total") or 0) + int(llm.get(k) or 0)
    rec["llm_cost_usd_total"] = round(float(rec.get("llm_cost_usd_total") or 0.0) + float(llm.get("cost_usd") or 0.0), 8)


# ---------------------------------------------------------------------- status
def status_report(settings: "Settings | None" = None, state: "StateStore | None" = None,
                  now: float | None = None) -> dict[str, Any]:
    """Per job: status, last_success, last_attempt, is_stale, age_hours, next_run, last_error, ..."""
    from mw.config import get_settings
    from mw.store.state.factory import open_state

    settings = settings or get_settings()
    conf = load_config(settings)
    state = state or open_state(settings)
    now = clock.now() if now is None else now
    running = state.get(HEARTBEAT_KEY)
    if running and running.get("host") == socket.gethostname() and isinstance(running.get("pid"), int) \
            and not _alive(running["pid"], running.get("started")):
        running = None  # its process is gone from this host: the next run takes the lock over
    if running:
        running = {k: v for k, v in running.items() if k != "token"}
    jobs = []
    for job in conf.jobs.values():
        rec = _record(state, job.name)
        stored = rec.get("status")
        if stored == "running" and not running:
            stored = "interrupted"
        active = job.enabled
        last_ok = rec.get("last_success_ts")
        jobs.append({
            "job": job.name,
            "enabled": job.enabled,
            "status": (stored or "never") if active else "disabled",
            "last_result": stored,
            "last_success": rec.get("last_success"),
            "last_attempt": rec.get("last_attempt"),
            "is_stale": _is_stale(job, rec, now) if active else False,
            "age_hours": round((now - float(last_ok)) / 3600, 2) if last_ok is not None else None,
            "next_run": clock.iso(job.schedule.next_run(now, rec.get("last_attempt_ts"))) if active else None,
            "due": job.schedule.is_due(now, rec.get("last_attempt_ts")) if active else False,
            "last_error": rec.get("last_error"),
            "last_duration_s": rec.get("last_duration_s"),
            "schedule": job.schedule.text,
            "stale_after_hours": round(job.stale_after / 3600, 2),
            "sources": len(job.sources),
            "note": job.note or (None if job.sources or job.kind != "import" else "no sources configured"),
            "kind": job.kind,
            "description": job.description,
            "sources_status": rec.get("sources") or [],
            "runs_partial": rec.get("runs_partial", 0),
            "runs_ok": rec.get("runs_ok", 0),
            "runs_failed": rec.get("runs_failed", 0),
            "added": rec.get("added"),
            "updated": rec.get("updated"),
            "unchanged": rec.get("unchanged"),
            "skipped": rec.get("skipped"),
            "llm": rec.get("llm"),
            "llm_requests_total": rec.get("llm_requests_total", 0),
            "llm_prompt_tokens_total": rec.get("llm_prompt_tokens_total", 0),
            "llm_completion_tokens_total": rec.get("llm_completion_tokens_total", 0),
            "llm_cost_usd_total": rec.get("llm_cost_usd_total", 0.0),
        })
    return {"now": clock.iso(now), "running": running, "jobs": jobs}
