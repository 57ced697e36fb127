"""`mw limits`: your rate-limit status; `set-tier`, `users`, `reset` for admins.

The rules (tiers, windows, what counts, fail modes) live in :mod:`mw.ops.limits`
and docs/limits.md.
"""
from __future__ import annotations

from typing import Annotated, Any, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r

limits_app = typer.Typer(
    name="limits",
    help="Rate limits: your tier, daily quota and burst usage; admin commands to set tiers and reset counters.",
    invoke_without_command=True,
    no_args_is_help=False,
)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]


def _limiter():
    from mw.ops.limits import Limiter

    return Limiter(_ctx.state(), _ctx.settings())


def _window_text(w: dict[str, Any], per: str, now: float) -> str:
    from mw import clock

    if w["limit"] is None:
        return f"{w['used']} used, unlimited {per}"
    text = f"{w['used']} of {w['limit']} {per} used, {w['remaining']} left"
    if not w["used"]:
        return text
    reset = clock.now() + w["reset_in_seconds"] if w["reset_at"] is None else _ts(w["reset_at"])
    verb = "resets" if per == "per day" else "next one frees"
    return f"{text}; {verb} in {clock.duration(w['reset_in_seconds'])}, at {clock.at(reset, now)}"


def _ts(iso: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


@limits_app.callback()
def limits(
    ctx: typer.Context,
    user: Annotated[Optional[str], typer.Option("--user", help="Whose limits (env MW_USER; default: you).")] = None,
    json_: JsonOpt = False,
) -> None:
    """Show the tier and, for the daily quota and the burst window: used, limit, remaining, reset time."""
    if ctx.invoked_subcommand is not None:
        return
    r.set_json(json_)
    lim = _limiter()
    st = lim.status(user)
    if not st["limited"]:  # a user with an API key is limited on `mw serve`: show what applies there
        from mw.errors import StoreError
        from mw.ops.keys import KeyStore

        try:  # keys live only in the configured store: while it does not answer, show the local status
            keyed = any(k["active"] and k["user"] == st["user"] for k in KeyStore(lim.store, lim.settings).list())
        except StoreError:
            keyed = False
        if keyed:
            st = lim.status(user, keyed=True)
    if json_:
        r.emit_json(st)
        return
    from mw import clock

    now = clock.now()
    store = st["store"]["backend"] + (f" (degraded: {st['store']['degraded']})" if st["store"]["degraded"] else "")
    if not st["limited"]:
        r.kv([
            ("user", st["user"]),
            ("tier", "none: not limited"),
            ("why", "no tier is recorded for this user and no default_tier is configured"),
            ("store", store),
        ])
        r.info(f"To limit: mw limits set-tier {st['user']} TIER, or default_tier = \"free\" in config.toml "
               "(API keys are always limited).")
        return
    source = {"status": f"status '{st['status']}'", "default": "default_tier",
              "key": "the API-key default"}.get(st["tier_source"], st["tier_source"])
    if st["tier_source"] != "status" and st["status"]:
        source += f"; unknown status '{st['status']}'"
    r.kv([
        ("user", st["user"]),
        ("tier", f"{st['tier']} ({source})"),
        ("daily", _window_text(st["daily"], "per day", now)),
        ("burst", _window_text(st["burst"], f"per {st['burst']['window_seconds']} s", now)),
        ("store", store),
        ("fail mode", st["fail_mode"]),
    ])


@limits_app.command("set-tier")
def set_tier(
    email: Annotated[str, typer.Argument(help="The user (email or login).", show_default=False)],
    tier: Annotated[str, typer.Argument(help="A tier (free, standard, team, enterprise, or from config.toml) "
                                             "or a status mapped in [limits.statuses].", show_default=False)],
    json_: JsonOpt = False,
) -> None:
    """Record a user's subscription status, which decides their tier."""
    r.set_json(json_)
    res = _limiter().set_tier(email, tier)
    if json_:
        r.emit_json(res)
        return
    prev = res["previous"]
    was = "not limited" if prev["tier"] is None else prev["tier"] + (
        " (default)" if prev["tier_source"] == "default" else "")
    status = "" if res["status"] == res["tier"] else f" (status '{res['status']}')"
    r.out(f"{res['user']}: tier {res['tier']}{status}, was {was}")


@limits_app.command("users")
def users(json_: JsonOpt = False) -> None:
    """Users with a recorded status and their tiers (everyone else: the default tier, or not limited)."""
    r.set_json(json_)
    lim = _limiter()
    rows = lim.users()
    if json_:
        r.emit_json({"default_tier": lim.default_tier, "users": rows})
        return
    others = (f"everyone else gets the default tier '{lim.default_tier}'" if lim.default_tier
              else "everyone else is not limited: no default_tier is configured")
    if not rows:
        r.info(f"No users recorded; {others}. Record one with: mw limits set-tier EMAIL TIER")
        return
    r.table(["user", "status", "tier", "updated"],
            [(u["user"], u["status"], (u["tier"] or "none") + ("" if u["tier_source"] == "status" else " (default)"),
              u["updated_at"]) for u in rows])
    r.info(f"{others[0].upper()}{others[1:]}.")


@limits_app.command("reset")
def reset(
    email: Annotated[str, typer.Argument(help="The user whose counters to clear.", show_default=False)],
    json_: JsonOpt = False,
) -> None:
    """Clear a user's daily (today, UTC) and burst counters; the tier stays."""
    r.set_json(json_)
    res = _limiter().reset(email)
    if json_:
        r.emit_json(res)
        return
    c = res["cleared"]
    r.out(f"{res['user']}: counters reset (cleared {c['daily']} today, {c['burst']} in the last minute)")


def register(app: typer.Typer) -> None:
    app.add_typer(limits_app, name="limits")
