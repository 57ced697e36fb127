"""The one exception tree of Mandate Wizard, and the process exit codes.

Only the CLI layer (`mw/cli.py`) turns these exceptions into messages and exit
codes; domain code raises them and never prints.

    MWError                      exit 1  base class: message + optional hint
    ├── UsageError               exit 2  bad flag/argument combination
    ├── ConfigError              exit 2  bad config.toml or env value
    ├── RateLimited              exit 3  a tier quota refused the request
    ├── NotFound                 exit 4  an executive/company/record that does not exist
    ├── DataError                exit 5  invalid input data (import files, feeds)
    │   └── ImportFailed                 an import rejected; carries per-line problems
    ├── StoreError               exit 6  the state store or knowledge base failed
    ├── ExternalServiceError     exit 7  an HTTP source, LLM, vector index or graph failed
    └── Locked                   exit 75 another process holds the lock (EX_TEMPFAIL)
"""
from __future__ import annotations

from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    RATE_LIMITED = 3
    NOT_FOUND = 4
    DATA_ERROR = 5
    STORE_ERROR = 6
    SERVICE_ERROR = 7
    INTERRUPTED = 130
    LOCKED = 75


class MWError(Exception):
    """Base of every error Mandate Wizard raises on purpose."""

    exit_code: ExitCode = ExitCode.ERROR
    code: str = "error"

    def __init__(self, message: str, *, hint: str | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.hint:
            d["hint"] = self.hint
        d.update(self.details)
        return d


class UsageError(MWError):
    exit_code = ExitCode.USAGE
    code = "usage_error"


class ConfigError(MWError):
    exit_code = ExitCode.USAGE
    code = "config_error"


class RateLimited(MWError):
    exit_code = ExitCode.RATE_LIMITED
    code = "rate_limited"

    def __init__(self, message: str, *, reason: str, **details: Any) -> None:
        super().__init__(message, **details)
        self.code = reason


class NotFound(MWError):
    exit_code = ExitCode.NOT_FOUND
    code = "not_found"


class DataError(MWError):
    exit_code = ExitCode.DATA_ERROR
    code = "invalid_data"


class ImportFailed(DataError):
    code = "import_failed"

    def __init__(self, message: str, problems: list[str], **details: Any) -> None:
        super().__init__(message, **details)
        self.problems = problems

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d["problems"] = self.problems
        return d


class StoreError(MWError):
    exit_code = ExitCode.STORE_ERROR
    code = "store_error"


class ExternalServiceError(MWError):
    exit_code = ExitCode.SERVICE_ERROR
    code = "service_error"


class Locked(MWError):
    exit_code = ExitCode.LOCKED
    code = "locked"
