"""Opening shared resources for commands: settings, state store (with its one warning), KB."""
from __future__ import annotations

import weakref

from mw.commands import _render as r

_watched: "weakref.WeakSet" = weakref.WeakSet()  # stores already warned about / watched


def settings():
    from mw.config import get_settings

    return get_settings()


def _warn_degraded(reason: str) -> None:
    r.warn(f"{reason}; using the local store under {settings().state_dir} for now")


def state():
    """The state store; prints one warning on stderr when Redis is configured but unreachable:
    at open, or when it stops answering later in the command (once per outage)."""
    from mw.store.state.factory import open_state

    st = open_state(settings())
    if st not in _watched:
        _watched.add(st)
        reason = st.degraded
        if reason:
            _warn_degraded(reason)
        # Redis dying mid-command (a long batch, a server): warn when the store switches over.
        on_degraded = getattr(st, "on_degraded", None)
        if on_degraded is not None:
            on_degraded(_warn_degraded)
    return st


def kb():
    from mw.ingest.sample import open_kb

    return open_kb()


def popular_questions(user: str | None = None) -> list[tuple[str, int]]:
    """The user's past questions with counts, for suggestions; none when the state store cannot be opened
    (suggestions and completion work without analytics, and print no warning)."""
    from mw.ops.analytics import popular_for_suggestions
    from mw.store.state.factory import open_state

    try:
        state = open_state(settings())
    except Exception:  # noqa: BLE001
        return []
    return popular_for_suggestions(state, user)


def refresh_completion(kb) -> None:  # noqa: ANN001
    """After a write to the knowledge base: rebuild the completion table now, so that the next TAB is
    fast (it would otherwise be rebuilt on the first TAB). Never fails the command."""
    try:
        from mw.ask.suggest import templates

        templates(kb)
    except Exception:  # noqa: BLE001
        pass
