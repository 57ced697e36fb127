"""The one clock. ``MW_NOW`` (ISO 8601, UTC) pins it for reproducible runs and tests."""
from __future__ import annotations

import datetime as dt
import os
import time


def now() -> float:
    pinned = os.environ.get("MW_NOW")
    if pinned:
        d = dt.datetime.fromisoformat(pinned.replace("Z", "+00:00"))
        if d.tzinfo is None:
            d = d.replace(tzinfo=dt.timezone.utc)
        return d.timestamp()
    return time.time()


def today() -> dt.date:
    return dt.datetime.fromtimestamp(now(), dt.timezone.utc).date()


def iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).isoformat().replace("+00:00", "Z")
