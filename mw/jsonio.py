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


# Characters that str.splitlines() and many JSON Lines readers treat as line ends; json.dumps
# escapes the C0 controls itself, not these, so a raw one would split a record in two.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def dumps(obj: Any) -> str:
    """``obj`` as compact JSON text: UTF-8 characters kept, dates in ISO 8601, sets sorted; U+0085,
    U+2028 and U+2029 escaped, so that one document is always one line of JSON Lines."""
    text = json.dumps(obj, ensure_ascii=False, default=_default)
    for ch, esc in _LINE_BREAKS.items():
        if ch in text:
            text = text.replace(ch, esc)
    return text
