"""The one clock. ``MW_NOW`` (ISO 8601, UTC) pins it for reproducible runs and tests."""
from __future__ import annotations

import datetime as dt
import math
import os
import time

from mw.errors import ConfigError


def now() -> float:
    pinned = os.environ.get("MW_NOW")
    if pinned:
        try:
            d = dt.datetime.fromisoformat(pinned.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ConfigError(f"MW_NOW: expected an ISO 8601 date-time such as 2026-01-31T09:00:00Z, got {pinned!r}",
                              hint="Fix or unset MW_NOW.", key="now", source="env MW_NOW") from None
        if d.tzinfo is None:
            d = d.replace(tzinfo=dt.timezone.utc)
        return d.timestamp()
    return time.time()


def today() -> dt.date:
    return dt.datetime.fromtimestamp(now(), dt.timezone.utc).date()


def iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).isoformat().replace("+00:00", "Z")


def iso_seconds(ts: float) -> str:
    """ISO 8601 UTC to the whole second, rounded up (a reset time is never early): ``2026-11-21T00:00:00Z``."""
    return iso(float(math.ceil(ts - 1e-9)))


def duration(seconds: float) -> str:
    """A duration as a person reads it: ``42 s``, ``5 min 3 s``, ``21 h 53 min``, ``2 d 3 h``."""
    s = max(0, math.ceil(seconds - 1e-9))
    if s < 60:
        return f"{s} s"
    if s < 600:
        m, sec = divmod(s, 60)
        return f"{m} min" + (f" {sec} s" if sec else "")
    m = math.ceil(s / 60)  # rounded up: "resets in 1 min" never resets after more than that
    if m < 60:
        return f"{m} min"
    h, m = divmod(m, 60)
    if h < 24:
        return f"{h} h" + (f" {m} min" if m else "")
    d, h = divmod(h, 24)
    return f"{d} d" + (f" {h} h" if h else "")


def at(ts: float, now: float | None = None) -> str:
    """A time of day in UTC (``00:00 UTC``, ``12:00:37 UTC``), with the date when it is not within a day."""
    t = dt.datetime.fromtimestamp(math.ceil(ts - 1e-9), dt.timezone.utc)
    clock = t.strftime("%H:%M" if t.second == 0 else "%H:%M:%S")
    ref = time.time() if now is None else now
    return f"{clock} UTC" if abs(ts - ref) < 86400 else f"{t:%Y-%m-%d} {clock} UTC"
