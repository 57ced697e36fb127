"""Data refresh: jobs, sources, schedules, staleness, and locked all-or-nothing runs.

Jobs (defaults; each configurable under ``[refresh.jobs.NAME]`` in config.toml)::

    job                 schedule            stale after  enabled
    executive_profiles  daily 03:00         24h          yes
    recent_greenlights  daily 04:00         12h          yes
    executive_mandates  weekly mon 02:00    7d           yes
    vector_index        weekly mon 01:00    7d           no: arrives with the vector index (issue 9);
                                                          shown by ``status``, never run

Keys of a job table: ``schedule`` ("daily HH:MM", "weekly DAY HH:MM", "hourly",
"every N[smhd]"; times are the host's local time, as with cron), ``stale_after``
("30m", "12h", "7d"; a number is seconds), ``enabled`` and ``sources`` (a list).
``[refresh]`` itself takes ``lock_ttl`` (default 15m), ``timeout`` (20 s),
``retries`` (3), ``backoff`` (1 s) and ``max_backoff`` (60 s) for HTTP sources.

A source is a local path (relative paths are relative to ``MW_HOME``), a
``file://`` URL or an ``http(s)://`` URL of JSONL or CSV records in the
knowledge-base format (see :mod:`mw.ingest.importer`), or of an RSS 2.0/Atom feed
(detected by content) from which greenlights are extracted
(:mod:`mw.ingest.feeds`). A job with no sources is reported as skipped
("no sources configured"), not failed.

A run (:func:`run`) takes the state-store lock ``refresh`` (TTL ``lock_ttl``,
refreshed by a heartbeat thread every third of it; a crashed run's lock
expires), or raises :class:`~mw.errors.Locked` (exit 75). Each job fetches,
parses and validates all its sources before one ``kb.write``: any failing
source means nothing is written and the job is marked failed with the error.
Greenlights from feeds are deduplicated by link/guid and by buyer + normalised
title (the record id); a greenlight already in the knowledge base keeps its
fields, the feed only fills fields it lacks. HTTP validators (ETag,
Last-Modified) are saved only after a successful write, so an unchanged feed
costs one 304 next time; ``force`` ignores them and refetches. They are scoped
by job and knowledge-base file (:func:`validator_scope`), so hosts sharing one
Redis, each with its own knowledge base, never reuse each other's.

Job status records: state-store collection ``"jobs"``, record id = job name.
These field names are stable (the metrics collector exports them as
``mandatewizard_refresh_*``):

    status           "ok" | "failed" | "skipped" | "running"  (outcome of the last run;
                     "running" while a run is in progress, or left by a run that died:
                     :func:`status_report` shows that as "interrupted")
    last_attempt     ISO 8601 UTC time the last run of the job started
    last_attempt_ts  the same, epoch seconds (float)
    last_success     ISO time the last successful run started (None if never)
    last_success_ts  the same, epoch seconds (float or None)
    last_error       the error of the last run when it failed, else None
    last_duration_s  seconds the last finished run took (float)
    runs_ok          counter of successful runs
    runs_failed      counter of failed runs
    runs_skipped     counter of skipped runs (no sources configured)
    added, updated, unchanged   records of the last run (all types together)
    skipped          feed items of the last run that were not taken (not orders, duplicates)
    kb_version       knowledge-base version after the last successful run

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
VECTOR_INDEX_NOTE = "arrives with the vector index (issue 9)"


@dataclass(frozen=True)
class JobDefault:
    schedule: str
    stale_after: str
    enabled: bool
    description: str
    runnable: bool = True


DEFAULT_JOBS: dict[str, JobDefault] = {
    "executive_profiles": JobDefault("daily 03:00", "24h", True, "executive and company profiles"),
    "recent_greenlights": JobDefault("daily 04:00", "12h", True, "greenlights from trade feeds and files"),
    "executive_mandates": JobDefault("weekly mon 02:00", "7d", True, "executive mandates"),
    "vector_index": JobDefault("weekly mon 01:00", "7d", False, f"re-embed new or changed records; {VECTOR_INDEX_NOTE}",
                               runnable=False),
}
JOB_KEYS = {"schedule", "stale_after", "enabled", "sources"}


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
    runnable: bool = True


@dataclass(frozen=True)
class RefreshConfig:
    jobs: dict[str, Job]
    lock_ttl: float
    http: Any  # mw.ingest.http.HttpOptions
    home: Path


def load_config(settings: "Settings") -> RefreshConfig:
    """Jobs and options from ``[refresh]`` in config.toml; :class:`ConfigError` on mistakes."""
    from mw.ingest.http import user_agent, DEFAULT_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_RETRIES, DEFAULT_TIMEOUT, HttpOptions

    section = settings.section("refresh")
    known = {"jobs", "lock_ttl", "timeout", "retries", "backoff", "max_backoff"}
    for k in section:
        if k not in known:
            raise ConfigError(f"config.toml [refresh]: unknown key {k!r}", hint=f"Known keys: {', '.join(sorted(known))}.")
    table = settings.section("refresh", "jobs")
    for name in table:
        if name not in DEFAULT_JOBS:
            raise ConfigError(f"config.toml [refresh.jobs.{name}]: unknown job {name!r}",
                              hint=f"Jobs are: {', '.join(DEFAULT_JOBS)}.")
    jobs: dict[str, Job] = {}
    for name, d in DEFAULT_JOBS.items():
        conf = table.get(name, {})
        where = f"config.toml [refresh.jobs.{name}]"
        if not isinstance(conf, dict):
            raise ConfigError(f"{where}: expected a table")
        for k in conf:
            if k not in JOB_KEYS:
                raise ConfigError(f"{where}: unknown key {k!r}", hint=f"Keys are: {', '.join(sorted(JOB_KEYS))}.")
        enabled = conf.get("enabled", d.enabled)
        if not isinstance(enabled, bool):
            raise ConfigError(f"{where} enabled: expected true or false, not {enabled!r}")
        if enabled and not d.runnable:
            raise ConfigError(f"{where}: the {name} job cannot be enabled yet: it {VECTOR_INDEX_NOTE}",
                              hint="Remove 'enabled = true' from that table.")
        sources = conf.get("sources", [])
        if isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, list) or not all(isinstance(s, str) and s.strip() for s in sources):
            raise ConfigError(f"{where} sources: expected a list of paths or URLs")
        jobs[name] = Job(
            name=name,
            schedule=Schedule.parse(conf.get("schedule", d.schedule), f"{where} schedule"),
            stale_after=parse_duration(conf.get("stale_after", d.stale_after), f"{where} stale_after"),
            enabled=enabled,
            sources=tuple(s.strip() for s in sources),
            description=d.description,
            runnable=d.runnable,
        )
    retries = section.get("retries", DEFAULT_RETRIES)
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ConfigError(f"config.toml [refresh] retries: expected a whole number >= 0, not {retries!r}")
    http = HttpOptions(
        timeout=parse_duration(section.get("timeout", DEFAULT_TIMEOUT), "config.toml [refresh] timeout"),
        retries=retries,
        backoff=parse_duration(section.get("backoff", DEFAULT_BACKOFF), "config.toml [refresh] backoff"),
        max_backoff=parse_duration(section.get("max_backoff", DEFAULT_MAX_BACKOFF), "config.toml [refresh] max_backoff"),
        user_agent=user_agent(str(section["contact"]) if section.get("contact") else None),
    )
    lock_ttl = parse_duration(section.get("lock_ttl", "15m"), "config.toml [refresh] lock_ttl")
    return RefreshConfig(jobs=jobs, lock_ttl=lock_ttl, http=http, home=Path(settings.home))


# ---------------------------------------------------------------------- results
@dataclass
class JobResult:
    job: str
    status: str  # ok | failed | skipped
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

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class RunReport:
    jobs: list[JobResult]

    @property
    def ok(self) -> bool:
        return all(j.status != "failed" for j in self.jobs)

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
                        state=f"fetched (HTTP {resp.status})")
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


def _collect(job: Job, conf: RefreshConfig, state: "StateStore", kb: "KnowledgeBase", force: bool,
             result: JobResult, check: Callable[[], None]) -> tuple[list[dict[str, Any]], list[_Fetched]]:
    """Fetch, parse and validate every source; the records to write (nothing written yet)."""
    from mw.ingest.feeds import extract_items, parse_feed
    from mw.ingest.importer import Parsed, normalise, parse_text, resolve
    from mw.vocab import slug

    parsed = Parsed()
    fetched: list[_Fetched] = []
    feed_ids: set[int] = set()
    feed_keys: dict[int, tuple[set[str], str, str]] = {}
    seen_links: set[str] = set()
    seen_keys: set[tuple[str, str]] = set()
    by_link = _existing_by_source(kb)
    today = clock.today().isoformat()
    scope = validator_scope(job.name, kb)
    for src in job.sources:
        check()
        f = _load(job, src, conf, state, force, scope)
        fetched.append(f)
        info: dict[str, Any] = {"source": src, "state": f.state}
        result.sources.append(info)
        if f.data is None:
            continue
        kind = _kind(f)
        info["format"] = kind
        if kind == "feed":
            items = parse_feed(f.data, src)
            taken = 0
            for ex, item in zip(extract_items(items, today), items):
                rec = ex.record
                if rec is None:
                    result.skipped_items.append({"headline": ex.headline, "reason": ex.reason or "", "source": src})
                    continue
                link = item.link or item.guid
                keys = {k for k in (item.link, item.guid) if k}
                if keys & seen_links:
                    result.skipped_items.append({"headline": ex.headline, "reason": "already known (same link)",
                                                 "source": src})
                    continue
                key = (slug(rec["buyer"]), slug(rec["title"]))
                if key in seen_keys:
                    result.skipped_items.append({"headline": ex.headline, "reason": "duplicate (same buyer and title)",
                                                 "source": src})
                    continue
                seen_links |= keys
                seen_keys.add(key)
                if link and "source" not in rec:
                    rec["source"] = link
                try:
                    norm = normalise(rec, "greenlight")
                except ValueError as e:  # an unusable item is skipped, like any non-order
                    result.skipped_items.append({"headline": ex.headline, "reason": f"invalid: {e}", "source": src})
                    continue
                parsed.lines += 1
                parsed.records.append(norm)
                parsed.where[id(norm)] = f"{src}: item {ex.headline!r}"
                feed_ids.add(id(norm))
                feed_keys[id(norm)] = (keys, ex.headline, src)
                taken += 1
            info.update(items=len(items), orders=taken)
        else:
            try:
                text = f.data.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                raise DataError(f"source {src}: not UTF-8 text ({e.reason} at byte {e.start})",
                                hint="Save the file as UTF-8.") from None
            before_p, before_r = len(parsed.problems), len(parsed.records)
            parse_text(text, f.name, parsed, fmt=kind)
            mangled = str(Path(f.name))
            for i in range(before_p, len(parsed.problems)):
                p = parsed.problems[i]
                parsed.problems[i] = (src + p[len(mangled):]) if p.startswith(mangled) else f"{src}: {p}"
            for rec in parsed.records[before_r:]:
                loc = parsed.where.get(id(rec), "")
                if loc.startswith(mangled):
                    parsed.where[id(rec)] = src + loc[len(mangled):]
            info["records"] = len(parsed.records) - before_r
        parsed.files += 1
    if parsed.problems:
        raise ImportFailed(f"{len(parsed.problems)} problem(s) in the sources; nothing was written", parsed.problems,
                           hint=f"Fix the records above, or the sources of [refresh.jobs.{job.name}] in config.toml.")
    feed_recs = {id(r) for r in parsed.records if id(r) in feed_ids}
    records = resolve(parsed, kb)
    if parsed.problems:
        raise ImportFailed(f"{len(parsed.problems)} problem(s) in the sources; nothing was written", parsed.problems,
                           hint=f"Fix the records above, or the sources of [refresh.jobs.{job.name}] in config.toml.")
    out: list[dict[str, Any]] = []
    for rec in records:
        if id(rec) in feed_recs:
            old = _existing(kb, "greenlight", rec["id"])
            if old is not None:  # curated data wins; the feed only fills gaps
                rec = {**rec, **old}
            else:
                keys, headline, src = feed_keys[id(rec)]
                if any(by_link.get(k) not in (None, rec["id"]) for k in keys):
                    # the same article under an edited headline: we have it already
                    result.skipped_items.append({"headline": headline, "reason": "already known (same link)",
                                                 "source": src})
                    continue
        out.append(rec)
    result.skipped = len(result.skipped_items)
    return out, fetched


# ---------------------------------------------------------------------- running
class _Heartbeat:
    """Keeps the lock (and the heartbeat key) alive from a background thread."""

    def __init__(self, state: "StateStore", token: str, ttl: float) -> None:
        self.state, self.token, self.ttl = state, token, ttl
        self.job: str | None = None
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="mw-refresh-lock", daemon=True)

    def beat(self) -> None:
        if not self.state.refresh_lock(LOCK_NAME, self.token, self.ttl):
            self.lost = True
        self.state.set(HEARTBEAT_KEY, {"pid": os.getpid(), "host": socket.gethostname(), "job": self.job,
                                       "ts": time.time()}, ttl=self.ttl)

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
            if not job.runnable:
                raise UsageError(f"the {n} job cannot run yet: it {VECTOR_INDEX_NOTE}")
            out.append(job)
        return out
    out = []
    for job in conf.jobs.values():
        if not (job.enabled and job.runnable):
            continue
        rec = _record(state, job.name)
        if force or job.schedule.is_due(now, rec.get("last_attempt_ts")) or _is_stale(job, rec, now):
            out.append(job)
    return out


def _is_stale(job: Job, rec: dict[str, Any], now: float) -> bool:
    last = rec.get("last_success_ts")
    return last is None or now - float(last) > job.stale_after


def run(names: Sequence[str] | None = None, *, force: bool = False, settings: "Settings | None" = None,
        state: "StateStore | None" = None, kb: "KnowledgeBase | None" = None,
        on_start: Callable[[Job], None] | None = None, on_done: Callable[[JobResult], None] | None = None,
        should_stop: Callable[[], bool] | None = None) -> RunReport:
    """Run the named jobs, or those due or stale, under the ``refresh`` lock.

    Raises :class:`Locked` when another run holds the lock, :class:`UsageError`
    for an unknown job, :class:`ConfigError` for bad configuration. Job
    failures do not raise: they are in the report (and the job status records).
    """
    from mw.config import get_settings
    from mw.store.state.factory import open_state
    from mw.ingest.sample import open_kb

    settings = settings or get_settings()
    conf = load_config(settings)
    state = state or open_state(settings)
    if names:
        select_jobs(conf, state, names, force, clock.now())  # validate names before taking the lock
    token = state.acquire_lock(LOCK_NAME, conf.lock_ttl)
    if token is None:
        hb = state.get(HEARTBEAT_KEY) or {}
        who = f" (pid {hb.get('pid')} on {hb.get('host')}, job {hb.get('job')})" if hb.get("pid") else ""
        raise Locked(f"another refresh run holds the lock{who}",
                     hint=f"Wait for it to finish; a crashed run's lock expires within {conf.lock_ttl:g} s.")
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
            res = run_job(job, conf, state, kb, heartbeat, force)
            results.append(res)
            if on_done:
                on_done(res)
    finally:
        heartbeat.stop()
        try:
            state.delete(HEARTBEAT_KEY)
        finally:
            state.release_lock(LOCK_NAME, token)
    return RunReport(results)


def run_job(job: Job, conf: RefreshConfig, state: "StateStore", kb: "KnowledgeBase", heartbeat: _Heartbeat,
            force: bool = False) -> JobResult:
    """One job, all-or-nothing; records its status. Never raises for a job failure."""
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
                         hint="Raise [refresh] lock_ttl in config.toml if runs are slow.")

    try:
        if not job.sources:
            result.status, result.reason = "skipped", "no sources configured"
        else:
            records, fetched = _collect(job, conf, state, kb, force, result, check)
            check()
            heartbeat.beat()  # the lock is ours for a full TTL while we write
            check()
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
            for f in fetched:
                if f.data is not None and f.validators is not None:
                    http.save_validators(state, validator_scope(job.name, kb), f.source, f.validators)
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
    )
    for k in ("runs_ok", "runs_failed", "runs_skipped", "last_success", "last_success_ts", "last_error"):
        rec.setdefault(k, 0 if k.startswith("runs_") else None)
    if result.status == "ok":
        rec.update(last_success=clock.iso(started), last_success_ts=started, last_error=None,
                   runs_ok=int(rec["runs_ok"]) + 1, kb_version=result.kb_version)
    elif result.status == "failed":
        first = f"; {result.problems[0]}" if result.problems else ""
        rec.update(last_error=f"{result.error}{first}", runs_failed=int(rec["runs_failed"]) + 1)
    else:
        rec.update(last_error=None, runs_skipped=int(rec["runs_skipped"]) + 1, reason=result.reason)
    state.put_record(COLLECTION, job.name, rec)
    return result


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
    jobs = []
    for job in conf.jobs.values():
        rec = _record(state, job.name)
        stored = rec.get("status")
        if stored == "running" and not running:
            stored = "interrupted"
        active = job.enabled and job.runnable
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
            "note": (None if job.runnable else VECTOR_INDEX_NOTE) or (None if job.sources else "no sources configured"),
            "runs_ok": rec.get("runs_ok", 0),
            "runs_failed": rec.get("runs_failed", 0),
            "added": rec.get("added"),
            "updated": rec.get("updated"),
            "unchanged": rec.get("unchanged"),
            "skipped": rec.get("skipped"),
        })
    return {"now": clock.iso(now), "running": running, "jobs": jobs}
