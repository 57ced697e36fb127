"""Configuration: flag > environment variable > config file > default.

Two files are read, both TOML and both optional:

- the per-user file ``$XDG_CONFIG_HOME/mandate-wizard/config.toml``
  (``~/.config/mandate-wizard/config.toml`` when ``XDG_CONFIG_HOME`` is unset);
- the data directory's file ``MW_HOME/config.toml``, which wins key by key.

Every setting is declared once in :data:`KEYS` (its name, type, default,
environment variables and global flag). :func:`get_settings` resolves each one
by precedence, validates every value it reads (an environment variable or a
file value of the wrong type is a :class:`ConfigError` naming the variable, or
the file, line and key; exit 2) and records where each value came from
(:meth:`Settings.source`, shown by ``mw config list``). An unknown key in a file
is an error naming the key, the file and the line. Tables owned by a feature
(``[tiers.*]`` by rate limits, ``[refresh]`` by the refresh jobs) are checked
by that feature when it loads them; a setting of :data:`KEYS` inside one
(``refresh.extractor``) is typed here like any other.

:attr:`Settings.file` is the merged file content with validated, typed values,
so features that read a table (``settings.section("serve")``) never see a
string where a number belongs.

Line numbers: neither ``tomllib`` nor ``tomlkit`` reports where a key was
defined, so :func:`line_of` finds it with a small scan of table headers and
``key =`` lines (measured need: the refresh-job rule says an unknown key names
its line; the scan costs well under a millisecond for a config file).
"""
from __future__ import annotations

import datetime as dt
import functools
import getpass
import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from mw.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_overrides: dict[str, Any] = {}
_cached: "Settings | None" = None

APP_DIR = "mandate-wizard"
FILE_NAME = "config.toml"


def default_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_DIR


def user_config_path() -> Path:
    """The per-user config file: ``$XDG_CONFIG_HOME/mandate-wizard/config.toml`` (default ``~/.config``)."""
    xdg = os.environ.get("XDG_CONFIG_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".config"
    return base / APP_DIR / FILE_NAME


# =============================================================================
# Value types
# =============================================================================
class Kind:
    """How a raw value (an environment string or a TOML value) becomes a setting."""

    what = "text"

    def parse(self, raw: Any) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def example(self) -> str:
        return "text"


class Text(Kind):
    def __init__(self, lower: bool = False, what: str = "text") -> None:
        self.lower = lower
        self.what = what

    def parse(self, raw: Any) -> Any:
        if not isinstance(raw, str):
            raise ValueError(f"expected {self.what} (a quoted string)")
        v = raw.strip()
        if not v:
            return None
        return v.lower() if self.lower else v


class PathKind(Kind):
    what = "a directory path"

    def parse(self, raw: Any) -> Any:
        if not isinstance(raw, str) or not raw.strip():
            raise ValueError("expected a directory path (a quoted string)")
        return Path(raw.strip()).expanduser()

    def example(self) -> str:
        return "~/mw-data"


class Int(Kind):
    def __init__(self, minimum: int = 0, maximum: int = 10**15) -> None:
        self.minimum, self.maximum = minimum, maximum
        self.what = f"a whole number >= {minimum}"

    def parse(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            raise ValueError(f"expected {self.what}, not true/false")
        if isinstance(raw, int):
            v = raw
        elif isinstance(raw, str) and re.fullmatch(r"\s*[+-]?\d{1,18}\s*", raw):
            v = int(raw)
        else:
            raise ValueError(f"expected {self.what}")
        if not self.minimum <= v <= self.maximum:
            raise ValueError(f"expected {self.what}" + (f" and <= {self.maximum}" if v > self.maximum else ""))
        return v

    def example(self) -> str:
        return str(max(self.minimum, 1) * 30)


class Float(Kind):
    def __init__(self, minimum: float = 0.0, exclusive: bool = False) -> None:
        self.minimum, self.exclusive = minimum, exclusive
        self.what = f"a number {'>' if exclusive else '>='} {minimum:g}"

    def parse(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            raise ValueError(f"expected {self.what}, not true/false")
        if isinstance(raw, (int, float)):
            v = float(raw)
        elif isinstance(raw, str) and re.fullmatch(r"\s*[+-]?(\d{1,15}(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?\s*", raw):
            v = float(raw)
        else:
            raise ValueError(f"expected {self.what}")
        if not math.isfinite(v) or v < self.minimum or (self.exclusive and v == self.minimum):
            raise ValueError(f"expected {self.what}")
        return v

    def example(self) -> str:
        return "2.5"


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


class Bool(Kind):
    what = "true or false"

    def parse(self, raw: Any) -> Any:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _TRUE:
            return True
        if isinstance(raw, str) and raw.strip().lower() in _FALSE:
            return False
        raise ValueError("expected true or false (also accepted: 1/0, yes/no, on/off)")

    def example(self) -> str:
        return "true"


class Choice(Kind):
    def __init__(self, *choices: str, aliases: Mapping[Any, str] | None = None) -> None:
        self.choices = choices
        self.aliases = dict(aliases or {})
        self.what = "one of " + ", ".join(choices)

    def parse(self, raw: Any) -> Any:
        if isinstance(raw, bool) and raw in self.aliases:
            return self.aliases[raw]
        if isinstance(raw, str):
            v = raw.strip().lower()
            if v in self.choices:
                return v
            if v in self.aliases:
                return self.aliases[v]
        raise ValueError(f"expected {self.what}")

    def example(self) -> str:
        return self.choices[0]


class DateTime(Kind):
    what = "an ISO 8601 date-time"

    def parse(self, raw: Any) -> Any:
        if isinstance(raw, dt.datetime):
            raw = raw.isoformat()
        if isinstance(raw, str):
            try:
                dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
                return raw.strip()
            except ValueError:
                pass
        raise ValueError("expected an ISO 8601 date-time such as 2026-01-31T09:00:00Z")

    def example(self) -> str:
        return "2026-01-31T09:00:00Z"


# =============================================================================
# The settings
# =============================================================================
@dataclass(frozen=True)
class Key:
    """One setting. ``name`` is its dotted config.toml key (``serve.max_body_bytes``)."""

    name: str
    kind: Kind
    default: Any
    help: str
    env: tuple[str, ...] = ()
    flag: str | None = None
    in_file: bool = True       # may be set in config.toml
    user_file_only: bool = False  # only in the per-user file (``home``: MW_HOME/config.toml lives in it)
    secret: bool = False       # never printed in full
    url: bool = False          # a URL: credentials in it are hidden when printed


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers)
        return os.environ.get("USER") or "local"


KEYS: tuple[Key, ...] = (
    Key("home", PathKind(), default_home, "data directory: knowledge base, vector index, local state",
        env=("MW_HOME",), flag="--home", user_file_only=True),
    Key("store", Text(what="a state store URL"), None,
        "state store: redis://, rediss://, unix:// or a directory (default: diskcache under MW_HOME/state)",
        env=("MW_STORE", "REDIS_URL"), flag="--store", url=True),
    Key("redis_prefix", Text(), "mw:", "prefix of every Redis key", env=("MW_REDIS_PREFIX",)),
    Key("store_retry_seconds", Float(0), 5.0, "seconds between reconnection attempts while Redis is down",
        env=("MW_STORE_RETRY_SECONDS",)),
    Key("cache_ttl", Int(0), 1800, "seconds an answer stays in the answer cache", env=("MW_CACHE_TTL",)),
    Key("openai_api_key", Text(), None, "LLM API key (answers offline without one)", env=("OPENAI_API_KEY",),
        secret=True),
    Key("openai_base_url", Text(what="a URL"), None, "OpenAI-compatible server URL", env=("OPENAI_BASE_URL",),
        url=True),
    Key("llm_model", Text(), "gpt-4o-mini", "LLM model", env=("MW_LLM_MODEL",),
        flag="--model"),
    Key("llm_timeout", Float(0, exclusive=True), 20.0, "seconds per LLM request", env=("MW_LLM_TIMEOUT",)),
    Key("user", Text(), _local_user, "who is asking (rate limits, history)", env=("MW_USER",),
        flag="--user"),
    Key("default_tier", Text(lower=True, what="a tier name"), None,
        "tier of users without a tier record (unset: they are not limited)",
        env=("MW_DEFAULT_TIER",)),
    Key("limits_fail_mode", Choice("open", "closed"), "open", "rate limits while Redis is down",
        env=("MW_LIMITS_FAIL_MODE",)),
    Key("stale_mandate_days", Int(1), 365, "mandates older than this are flagged stale (days)",
        env=("MW_STALE_MANDATE_DAYS",)),
    Key("recent_days", Int(1), 365, "how far back 'recent' reaches in questions (days)"),
    Key("recent_move_days", Int(1), 180, "how far back an executive's move counts as recent (days)"),
    Key("analytics_retention_days", Int(1), 30,
        "days question events (mw stats, mw history) and kept answers are held", env=("MW_ANALYTICS_RETENTION_DAYS",)),
    Key("history_answers", Bool(), True, "keep each answer for `mw history show` (as long as analytics events)"),
    Key("suggest_share_queries", Bool(), False, "suggest every user's past questions, not only your own"),
    Key("graph", Text(what="a graph URL"), None, "graph backend: falkordb://, neo4j://, bolt:// (default: embedded)",
        env=("MW_GRAPH_URL",), flag="--graph", url=True),
    Key("vector", Text(what="a vector index URL"), None, "vector index (default: embedded under MW_HOME/vectors)",
        env=("MW_VECTOR_URL",), flag="--vector", url=True),
    Key("semantic", Choice("auto", "on", "off", aliases={True: "on", False: "off", **dict.fromkeys(_TRUE, "on"),
                                                         **dict.fromkeys(_FALSE, "off")}),
        "auto", "dense retrieval: auto (on when the semantic extra is installed), on, off", env=("MW_SEMANTIC",)),
    Key("serve.max_body_bytes", Int(1), 64 * 1024, "largest request body mw serve accepts (bytes)",
        env=("MW_SERVE_MAX_BODY",)),
    Key("serve.request_timeout", Float(0, exclusive=True), 30.0, "seconds mw serve spends on one request",
        env=("MW_SERVE_TIMEOUT",)),
    Key("serve.threads", Int(1), 32, "questions mw serve answers at once per worker"),
    Key("serve.auth", Choice("auto", "keys", "local"), "auto",
        "mw serve authentication: keys, local (loopback only) or auto (from the bind address and keys)",
        env=("MW_SERVE_AUTH",)),
    Key("serve.batch.max_batch", Int(1), 32, "most requests coalesced into one batch", env=("MW_BATCH_MAX",)),
    Key("serve.batch.cache_wait_ms", Float(0), 0.0, "how long a cache lookup waits for company (ms)"),
    Key("serve.batch.embed_wait_ms", Float(0), 2.0, "how long a question embedding waits for company (ms)"),
    Key("batching", Bool(), True, "coalesce concurrent lookups and embeddings (MW_BATCH=off turns it off)",
        env=("MW_BATCH",), in_file=False),
    Key("metrics.stale_after_hours", Float(0, exclusive=True), 48.0,
        "data counts as stale when no refresh job succeeded for this long (hours)"),
    Key("llm.hyde", Bool(), True, "let the LLM write a hypothetical document for retrieval (HyDE)"),
    Key("llm.parse", Bool(), False,
        "let the LLM parse questions too (checked against the knowledge base; the offline parser is the fallback)",
        env=("MW_LLM_PARSE",)),
    Key("refresh.extractor", Choice("rules", "llm"), "rules",
        "how feed headlines become greenlights: rules, or llm (the configured LLM, checked against the text)",
        env=("MW_REFRESH_EXTRACTOR",), flag="--extractor"),
    Key("now", DateTime(), None, "pinned clock for reproducible runs and tests", env=("MW_NOW",), in_file=False),
    Key("debug", Text(), None, "MW_DEBUG=1 shows tracebacks on errors", env=("MW_DEBUG",), in_file=False),
    Key("pinecone_api_key", Text(), None, "Pinecone API key (vector index pinecone://)", env=("PINECONE_API_KEY",),
        in_file=False, secret=True),
    Key("neo4j_user", Text(), None, "Neo4j user when the graph URL names none", env=("NEO4J_USER",), in_file=False),
    Key("neo4j_password", Text(), None, "Neo4j password when the graph URL has none", env=("NEO4J_PASSWORD",),
        in_file=False, secret=True),
)
BY_NAME: dict[str, Key] = {k.name: k for k in KEYS}

#: Tables whose keys are all in :data:`KEYS`.
TABLES = frozenset({"serve", "serve.batch", "metrics", "llm", "limits"})
#: Tables checked by the feature that owns them (see the module docstring).
OWNED_TABLES = {"tiers": "rate limits (docs/limits.md)", "refresh": "refresh jobs (docs/refresh.md)"}
#: Tables with free-form names checked here: ``[llm.prices.MODEL]`` and ``[limits.statuses]``.
FREE_TABLES = frozenset({"llm.prices", "limits.statuses"})

@dataclass(frozen=True)
class Source:
    """Where a value came from: ``kind`` is flag, env, file or default."""

    kind: str
    name: str | None = None  # the flag, the environment variable or the file path
    line: int | None = None

    def __str__(self) -> str:
        if self.kind == "file":
            return f"{self.name}:{self.line}" if self.line else str(self.name)
        if self.kind in ("flag", "env"):
            return f"{self.kind} {self.name}"
        return self.kind

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind}
        if self.name:
            d["name"] = self.name
        if self.line:
            d["line"] = self.line
        return d


@dataclass
class Settings:
    home: Path
    store_url: str | None
    redis_prefix: str
    cache_ttl: int
    llm_model: str
    llm_timeout: float
    openai_api_key: str | None
    openai_base_url: str | None
    user: str
    default_tier: str | None  # None: users without a recorded tier are not limited
    limits_fail_mode: str
    stale_mandate_days: int
    analytics_retention_days: int
    graph_url: str | None = None  # None: the embedded graph over the knowledge base
    vector_url: str | None = None  # None: the embedded vector index under MW_HOME
    file: dict[str, Any] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    files: tuple[Path, ...] = ()  # the config files read, lowest precedence first
    texts: tuple[str, ...] = ()   # their text, for :meth:`where`

    @property
    def kb_path(self) -> Path:
        return self.home / "kb.sqlite"

    @property
    def state_dir(self) -> Path:
        return self.home / "state"

    @property
    def config_path(self) -> Path:
        """``MW_HOME/config.toml`` (it wins over the per-user file)."""
        return self.home / FILE_NAME

    def section(self, *names: str) -> dict[str, Any]:
        """A nested table of config.toml, ``{}`` when absent."""
        node: Any = self.file
        for n in names:
            if not isinstance(node, dict):
                return {}
            node = node.get(n, {})
        return node if isinstance(node, dict) else {}

    def where(self, *path: str) -> str:
        """``FILE:LINE`` of the file that defines the key or table ``path`` (the last one read wins),
        for messages; ``MW_HOME/config.toml`` when no file does."""
        for f, text in reversed(list(zip(self.files, self.texts))):
            line = line_of(text, tuple(path))
            if line:
                return f"{f}:{line}"
        return str(self.config_path)

    def value(self, name: str) -> Any:
        """The effective value of setting ``name`` (a :data:`KEYS` name)."""
        return self.values[name]

    def source(self, name: str) -> Source:
        return self.sources[name]


def set_overrides(**values: Any) -> None:
    """Record command-line flags by setting name (None means 'not given')."""
    global _cached
    _overrides.update({k: v for k, v in values.items() if v is not None})
    _cached = None


def reset() -> None:
    """Forget overrides and the cached settings (tests, long-running servers)."""
    global _cached
    _overrides.clear()
    _cached = None


# =============================================================================
# Reading files
# =============================================================================
_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"' + r"|'[^']*'"
_SEG = rf"(?:{_BARE}|{_QUOTED})"
_DOTTED = rf"{_SEG}(?:\s*\.\s*{_SEG})*"


@functools.lru_cache(maxsize=None)
def _line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(table header, key assignment); compiled on first use, not at every start."""
    return re.compile(rf"^\s*\[\[?\s*({_DOTTED})\s*\]\]?"), re.compile(rf"^\s*({_DOTTED})\s*=")


def _segments(dotted: str) -> tuple[str, ...]:
    out = []
    for m in re.finditer(_SEG, dotted):
        s = m.group(0)
        out.append(s[1:-1] if s[:1] in "\"'" else s)
    return tuple(out)


def line_of(text: str, path: tuple[str, ...]) -> int | None:
    """The 1-based line where the key or table ``path`` is defined in TOML ``text``; None if not found."""
    table: tuple[str, ...] = ()
    target = tuple(path)
    header_re, assign_re = _line_patterns()
    for n, line in enumerate(text.splitlines(), 1):
        m = header_re.match(line)
        if m:
            table = _segments(m.group(1))
            if table == target:
                return n
            continue
        m = assign_re.match(line)
        if m:
            full = table + _segments(m.group(1))
            if full[: len(target)] == target:
                return n
    return None


@dataclass
class _File:
    path: Path
    text: str
    data: dict[str, Any]

    def where(self, path: tuple[str, ...]) -> tuple[str, int | None]:
        line = line_of(self.text, path)
        return (f"{self.path}:{line}" if line else str(self.path)), line


def read_toml(path: Path) -> _File | None:
    """A config file parsed (not yet checked); None when it does not exist."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a config file") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})",
                          hint="Save the file as UTF-8; see README 'Configuration'.") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(
            f"{path}: not valid TOML: {e}", hint="Fix or remove the file; see README 'Configuration'.",
            source=str(path),
        ) from e
    return _File(path, text, data)


@dataclass
class Problem:
    message: str
    key: str
    source: str
    line: int | None = None
    hint: str | None = None


def _near(name: str, options: list[str]) -> str | None:
    import difflib

    m = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return m[0] if m else None


def _check_file(f: _File, *, user_file: bool) -> list[Problem]:
    """Check every key of one file; replace values by their typed form in ``f.data``."""
    problems: list[Problem] = []

    def bad(path: tuple[str, ...], what: str, hint: str | None = None) -> None:
        where, line = f.where(path)
        key = ".".join(path)
        problems.append(Problem(f"{where}: {key}: {what}", key, str(f.path), line, hint))

    def walk(table: dict[str, Any], prefix: tuple[str, ...]) -> None:
        for raw_k in list(table):
            path = prefix + (raw_k,)
            name = ".".join(path)
            v = table[raw_k]
            key = BY_NAME.get(name)
            if key is not None:
                if not key.in_file:
                    bad(path, f"cannot be set in a config file; use the environment variable {key.env[0]}")
                elif key.user_file_only and not user_file:
                    bad(path, "cannot be set in MW_HOME/config.toml (that file lives in the data directory)",
                        hint=f"Set it in {user_config_path()} or with MW_HOME / --home.")
                else:
                    try:
                        table[raw_k] = key.kind.parse(v)
                    except ValueError as e:
                        del table[raw_k]  # settings built without it (mw config list shows the problem)
                        bad(path, f"{e}, got {_show(v)}",
                            hint=f"Example: {_toml_line(key, example(key))}; "
                                 f"or `mw config set {name} VALUE`.")
            elif name in TABLES:
                if not isinstance(v, dict):
                    bad(path, f"expected a table [{name}], got {_show(v)}")
                else:
                    walk(v, path)
            elif name in OWNED_TABLES:
                if not isinstance(v, dict):
                    bad(path, f"expected a table [{name}.*], got {_show(v)}")
                else:  # the owner checks its table; settings declared in it are typed here
                    for sub in list(v):
                        key = BY_NAME.get(f"{name}.{sub}")
                        if key is not None:
                            try:
                                v[sub] = key.kind.parse(v[sub])
                            except ValueError as e:
                                bad(path + (sub,), f"{e}, got {_show(v[sub])}",
                                    hint=f"Example: {_toml_line(key, example(key))}; "
                                         f"or `mw config set {key.name} VALUE`.")
                                del v[sub]
            elif name in FREE_TABLES:
                if not isinstance(v, dict):
                    bad(path, f"expected a table [{name}], got {_show(v)}")
                elif name == "llm.prices":
                    _check_prices(v, path, bad)
                else:
                    for status, tier in v.items():
                        if not isinstance(tier, str) or not tier.strip():
                            bad(path + (status,), f"expected a tier name, got {_show(tier)}")
            else:
                known = [k.name for k in KEYS if k.in_file] + sorted(TABLES | FREE_TABLES) + sorted(OWNED_TABLES)
                near = _near(name, known)
                inside = [k for k in known if k.startswith(".".join(prefix) + ".")] if prefix else []
                hint = f"Did you mean '{near}'?" if near else None
                if not hint:
                    choices = inside or [k for k in known if "." not in k]
                    hint = "Known keys: " + ", ".join(choices) + "."
                bad(path, "unknown key", hint=hint + " See `mw config list`.")

    walk(f.data, ())
    return problems


def _check_prices(table: dict[str, Any], prefix: tuple[str, ...], bad: Callable[..., None]) -> None:
    for model, spec in table.items():
        path = prefix + (model,)
        if not isinstance(spec, dict):
            bad(path, f"expected a table with input and output prices, got {_show(spec)}",
                hint=f'Example: [llm.prices."{model}"] input = 0.15, output = 0.60 (US$ per million tokens)')
            continue
        for k, v in spec.items():
            if k not in ("input", "output"):
                bad(path + (k,), "unknown key", hint="A price table has only 'input' and 'output'.")
            else:
                try:
                    spec[k] = Float(0).parse(v)
                except ValueError as e:
                    bad(path + (k,), f"{e}, got {_show(v)}")
        missing = [k for k in ("input", "output") if k not in spec]
        if missing:
            bad(path, f"missing {' and '.join(missing)}", hint="A price table needs both 'input' and 'output'.")


def _show(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return "a table"
    if isinstance(v, list):
        return "a list"
    s = repr(v)
    return s if len(s) <= 60 else s[:57] + "..."


def example(key: Key) -> str:
    """A valid value for ``key`` as typed: its default when it has a plain one."""
    d = key.default
    if d is None or callable(d):
        return key.kind.example()
    if isinstance(d, bool):
        return "true" if d else "false"
    if isinstance(d, float) and d.is_integer():
        return str(int(d))
    return str(d)


def _toml_line(key: Key, value: str) -> str:
    *tables, leaf = key.name.split(".")
    head = f"[{'.'.join(tables)}] " if tables else ""
    if isinstance(key.kind, (Int, Float, Bool)):
        return f"{head}{leaf} = {value}"
    return f'{head}{leaf} = "{value}"'


def _merge(into: dict[str, Any], data: Mapping[str, Any]) -> None:
    for k, v in data.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        else:
            into[k] = v


def _get_path(data: Mapping[str, Any], name: str) -> tuple[bool, Any]:
    node: Any = data
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _raise(problems: list[Problem]) -> None:
    first = problems[0]
    msg = first.message
    if len(problems) > 1:
        msg += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    exc = ConfigError(msg, hint=first.hint, key=first.key, source=first.source,
                      **({"line": first.line} if first.line else {}))
    if len(problems) > 1:
        exc.problems = [p.message for p in problems[1:]]  # type: ignore[attr-defined]
        exc.details["problems"] = exc.problems  # type: ignore[attr-defined]
    raise exc


# =============================================================================
# Resolving
# =============================================================================
def _env_value(key: Key, problems: list[Problem]) -> tuple[str, Any] | None:
    """The first non-empty environment variable of ``key`` (all of them are checked)."""
    found: tuple[str, Any] | None = None
    for var in key.env:
        raw = os.environ.get(var)
        if raw in (None, ""):
            continue
        try:
            value = key.kind.parse(raw)
        except ValueError as e:
            problems.append(Problem(f"{var}: {e}, got {_show(raw)}", key.name, f"env {var}",
                                    hint=f"Fix or unset {var} (example: {var}={example(key)})."))
            continue
        if found is None:
            found = (var, value)
    return found


def load(*, strict: bool = True) -> tuple["Settings", list[Problem]]:
    """Resolve every setting. ``strict``: raise :class:`ConfigError` on the first problem;
    otherwise return the problems next to settings built from what was valid (``mw config``)."""
    problems: list[Problem] = []

    def resolve(key: Key, files: list[_File]) -> tuple[Any, Source]:
        if key.name in _overrides:
            raw, flag = _overrides[key.name], key.flag or "--" + key.name.replace("_", "-")
            try:
                value = key.kind.parse(str(raw))
                if value is not None:
                    return value, Source("flag", flag)
            except ValueError as e:
                problems.append(Problem(f"{flag}: {e}, got {_show(raw)}", key.name, f"flag {flag}"))
        env = _env_value(key, problems)
        if env is not None:
            return env[1], Source("env", env[0])
        for f in reversed(files):  # the last file read wins
            found, value = _get_path(f.data, key.name)
            if found and value is not None and not (key.user_file_only and f.path != user_file):
                return value, Source("file", str(f.path), line_of(f.text, tuple(key.name.split("."))))
        default = key.default() if callable(key.default) else key.default
        return default, Source("default")

    user_file = user_config_path()
    files: list[_File] = []
    uf = read_toml(user_file)
    if uf is not None:
        problems += _check_file(uf, user_file=True)
        files.append(uf)
    home_value, home_source = resolve(BY_NAME["home"], files)
    home = Path(home_value).expanduser()
    home_file = home / FILE_NAME
    if home_file != user_file:
        hf = read_toml(home_file)
        if hf is not None:
            problems += _check_file(hf, user_file=False)
            files.append(hf)
    if strict and problems:
        _raise(problems)

    values: dict[str, Any] = {"home": home}
    sources: dict[str, Source] = {"home": home_source}
    for key in KEYS[1:]:
        values[key.name], sources[key.name] = resolve(key, files)
    if strict and problems:
        _raise(problems)
    merged: dict[str, Any] = {}
    for f in files:
        _merge(merged, f.data)
    merged.pop("home", None)

    v = values
    settings = Settings(
        home=home,
        store_url=v["store"],
        redis_prefix=v["redis_prefix"] or "mw:",
        cache_ttl=v["cache_ttl"],
        llm_model=v["llm_model"] or "gpt-4o-mini",
        llm_timeout=v["llm_timeout"],
        openai_api_key=v["openai_api_key"],
        openai_base_url=v["openai_base_url"],
        user=v["user"] or _local_user(),
        default_tier=v["default_tier"],
        limits_fail_mode=v["limits_fail_mode"],
        stale_mandate_days=v["stale_mandate_days"],
        analytics_retention_days=v["analytics_retention_days"],
        graph_url=v["graph"],
        vector_url=v["vector"],
        file=merged,
        values=values,
        sources=sources,
        files=tuple(f.path for f in files),
        texts=tuple(f.text for f in files),
    )
    return settings, problems


def get_settings() -> Settings:
    global _cached
    if _cached is not None:
        return _cached
    _cached, _ = load(strict=True)
    return _cached


def check_value(name: str, raw: str) -> Any:
    """``raw`` (as typed on a command line) parsed for setting ``name``; :class:`ConfigError` if bad."""
    key = BY_NAME.get(name)
    if key is None:
        near = _near(name, [k.name for k in KEYS])
        raise ConfigError(f"unknown setting {name!r}",
                          hint=(f"Did you mean '{near}'? " if near else "") + "See `mw config list`.", key=name)
    try:
        return key.kind.parse(raw)
    except ValueError as e:
        raise ConfigError(f"{name}: {e}, got {_show(raw)}", hint=f"Example: mw config set {name} {example(key)}",
                          key=name) from None


def keys() -> Iterator[Key]:
    return iter(KEYS)


# =============================================================================
# Writing config.toml (`mw config set/unset`)
# =============================================================================
def _write_atomically(path: Path, text: str) -> None:
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _settable(name: str, *, user_file: bool) -> Key:
    key = BY_NAME.get(name)
    if key is None:
        near = _near(name, [k.name for k in KEYS if k.in_file])
        raise ConfigError(f"unknown setting {name!r}",
                          hint=(f"Did you mean '{near}'? " if near else "") + "See `mw config list`.", key=name)
    if not key.in_file:
        raise ConfigError(f"{name} cannot be set in a config file; it is read from the environment "
                          f"variable {key.env[0]}", key=name)
    if key.user_file_only and not user_file:
        raise ConfigError(f"{name} cannot be set in MW_HOME/config.toml (that file lives in the data directory)",
                          hint=f"Use `mw config set --global {name} PATH`, or MW_HOME / --home.", key=name)
    return key


def _edit(path: Path, change: Callable[[Any], bool]) -> bool:
    """Apply ``change`` to the TOML document at ``path`` (comments and layout kept); True if it changed."""
    import tomlkit  # only `mw config set/unset` pay for it
    from tomlkit.exceptions import TOMLKitError

    f = read_toml(path)  # refuses a file that is not valid TOML, with its line
    try:
        doc = tomlkit.parse(f.text) if f is not None else tomlkit.document()
    except TOMLKitError as e:  # pragma: no cover - tomllib accepted it
        raise ConfigError(f"{path}: cannot edit: {e}") from e
    if not change(doc):
        return False
    _write_atomically(path, tomlkit.dumps(doc))
    global _cached
    _cached = None
    return True


def set_value(path: Path, name: str, raw: str, *, user_file: bool) -> Any:
    """Write setting ``name`` = ``raw`` (validated, stored with its TOML type) into ``path``; returns the value."""
    key = _settable(name, user_file=user_file)
    value = check_value(name, raw)
    if value is None:
        raise ConfigError(f"{name}: an empty value; to go back to the default use `mw config unset {name}`", key=name)
    stored = str(value) if isinstance(value, Path) else value

    def change(doc: Any) -> bool:
        import tomlkit

        *tables, leaf = key.name.split(".")
        node = doc
        for t in tables:
            if t not in node:
                node[t] = tomlkit.table()
            node = node[t]
        node[leaf] = stored
        return True

    _edit(path, change)
    return stored


def unset_value(path: Path, name: str, *, user_file: bool) -> bool:
    """Remove setting ``name`` from ``path``; False when it was not there."""
    key = _settable(name, user_file=user_file)
    if not path.exists():
        return False

    def change(doc: Any) -> bool:
        *tables, leaf = key.name.split(".")
        node = doc
        for t in tables:
            if t not in node:
                return False
            node = node[t]
        if leaf not in node:
            return False
        del node[leaf]
        return True

    return _edit(path, change)


# --- private files ---------------------------------------------------------------------------
# MW_HOME holds who asked what (state), API key hashes and the knowledge base: nothing in it is for
# other users. Directories are created 0700 and files 0600 whatever the umask; SQLite gives a
# database's -wal/-shm/-journal files the mode of the database file, so creating that file 0600
# first covers them.
def private_dir(path: Path | str) -> Path:
    """Create ``path`` (and missing parents) with mode 0700; an existing directory is left as it is."""
    path = Path(path)
    if path.is_dir():
        return path
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    for p in missing:  # mkdir's mode applies to the last component only, and is masked by the umask
        try:
            os.chmod(p, 0o700)
        except OSError:
            pass
    return path


def private_file(path: Path | str) -> Path:
    """Make sure ``path`` exists with mode 0600: created empty if missing; a file of ours that others
    can read (left by an older version) is tightened. Its directory is created with :func:`private_dir`."""
    path = Path(path)
    private_dir(path.parent)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        try:
            st = path.stat()
            if st.st_uid == os.getuid() and st.st_mode & 0o077:
                os.chmod(path, 0o600)
                for suffix in ("-wal", "-shm", "-journal"):
                    side = path.with_name(path.name + suffix)
                    if side.exists():
                        os.chmod(side, 0o600)
        except OSError:
            pass
    return path
