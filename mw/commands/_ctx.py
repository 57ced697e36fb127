"""Opening shared resources for commands: settings, state store (with its one warning), KB."""
from __future__ import annotations

from mw.commands import _render as r

_warned = False


def settings():
    from mw.config import get_settings

    return get_settings()


def state():
    """The state store; prints one warning on stderr when Redis is configured but unreachable."""
    global _warned
    from mw.store.factory import open_state

    st = open_state(settings())
    reason = st.degraded
    if reason and not _warned:
        _warned = True
        r.warn(f"{reason}; using the local store under {settings().state_dir} for now")
    return st


def kb():
    from mw.store.kb import open_kb

    return open_kb()
