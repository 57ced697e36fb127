"""JSON as Mandate Wizard prints it, shared by the CLI (``--json``) and the HTTP API."""
from __future__ import annotations

import json
from typing import Any


def _default(o: Any) -> Any:
    if hasattr(o, "isoformat"):
        return o.isoformat()
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    return str(o)


def dumps(obj: Any) -> str:
    """``obj`` as compact JSON text: UTF-8 characters kept, dates in ISO 8601, sets sorted."""
    return json.dumps(obj, ensure_ascii=False, default=_default)
