"""Configuration: flag > environment variable > ``MW_HOME/config.toml`` > default.

The CLI's root callback records flags with :func:`set_overrides`; everything
else calls :func:`get_settings`. ``config.toml`` is plain TOML; top-level keys
mirror the setting names below (``store``, ``cache_ttl``, ``llm_model``, ...) and
sections (``[tiers.free]``, ``[refresh.jobs.NAME]``) are read by the features
that own them through :attr:`Settings.file`.
"""
from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from mw.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_overrides: dict[str, Any] = {}
_cached: "Settings | None" = None


def default_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "mandate-wizard"


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

    @property
    def kb_path(self) -> Path:
        return self.home / "kb.sqlite"

    @property
    def state_dir(self) -> Path:
        return self.home / "state"

    def section(self, *names: str) -> dict[str, Any]:
        """A nested table of config.toml, ``{}`` when absent."""
        node: Any = self.file
        for n in names:
            if not isinstance(node, dict):
                return {}
            node = node.get(n, {})
        return node if isinstance(node, dict) else {}


def set_overrides(**values: Any) -> None:
    """Record command-line flags (None means 'not given')."""
    global _cached
    _overrides.update({k: v for k, v in values.items() if v is not None})
    _cached = None


def reset() -> None:
    """Forget overrides and the cached settings (tests, long-running servers)."""
    global _cached
    _overrides.clear()
    _cached = None


def _read_file(home: Path) -> dict[str, Any]:
    path = home / "config.toml"
    if not path.exists():
        return {}
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(
            f"{path}: not valid TOML: {e}", hint="Fix or remove the file; see README 'Configuration'."
        ) from e


def _pick(name: str, env: str | None, file: dict[str, Any], default: Any, cast: Callable[[Any], Any] = str) -> Any:
    if name in _overrides:
        raw, where = _overrides[name], f"--{name.replace('_', '-')}"
    elif env and os.environ.get(env) not in (None, ""):
        raw, where = os.environ[env], env
    elif name in file:
        raw, where = file[name], f"config.toml '{name}'"
    else:
        return default
    try:
        return cast(raw)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{where}: invalid value {raw!r} ({e})") from e


def _local_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers)
        return os.environ.get("USER") or "local"


def get_settings() -> Settings:
    global _cached
    if _cached is not None:
        return _cached
    home_raw = _overrides.get("home") or os.environ.get("MW_HOME") or default_home()
    home = Path(home_raw).expanduser()
    file = _read_file(home)
    fail_mode = _pick("limits_fail_mode", "MW_LIMITS_FAIL_MODE", file, "open")
    if fail_mode not in ("open", "closed"):
        raise ConfigError(f"limits_fail_mode must be 'open' or 'closed', not {fail_mode!r}")
    _cached = Settings(
        home=home,
        store_url=_pick("store", "MW_STORE", {}, None) or os.environ.get("REDIS_URL") or file.get("store"),
        redis_prefix=_pick("redis_prefix", "MW_REDIS_PREFIX", file, "mw:"),
        cache_ttl=_pick("cache_ttl", "MW_CACHE_TTL", file, 1800, int),
        llm_model=_pick("llm_model", "MW_LLM_MODEL", file, "gpt-4o-mini"),
        llm_timeout=_pick("llm_timeout", "MW_LLM_TIMEOUT", file, 20.0, float),
        openai_api_key=_pick("openai_api_key", "OPENAI_API_KEY", file, None),
        openai_base_url=_pick("openai_base_url", "OPENAI_BASE_URL", file, None),
        user=_pick("user", "MW_USER", file, None) or _local_user(),
        default_tier=_pick("default_tier", "MW_DEFAULT_TIER", file, None),
        limits_fail_mode=fail_mode,
        stale_mandate_days=_pick("stale_mandate_days", "MW_STALE_MANDATE_DAYS", file, 365, int),
        analytics_retention_days=_pick("analytics_retention_days", "MW_ANALYTICS_RETENTION_DAYS", file, 30, int),
        graph_url=_pick("graph", "MW_GRAPH_URL", file, None),
        vector_url=_pick("vector", "MW_VECTOR_URL", file, None),
        file=file,
    )
    return _cached


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
