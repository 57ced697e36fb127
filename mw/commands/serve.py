"""`mw serve`: the HTTP JSON API (see mw/api/app.py and docs/serve.md); `mw serve keys ...` for API keys.

Authentication is configuration (``--auth`` > ``MW_SERVE_AUTH`` > ``[serve] auth``,
see :func:`mw.ops.keys.decide_auth`): ``keys`` requires an API key on every
request; ``local`` (loopback only) answers as the local user; ``auto`` requires
keys on a non-loopback address, or when keys exist, or when the store cannot be
read at start (fail closed: 503 until it answers). A keyless ``auto`` server on
loopback says so on stderr; a non-loopback bind with no key at all is refused
(exit 2). The line ``mw serve: listening on http://HOST:PORT`` goes to stderr
once the socket is bound. SIGTERM: uvicorn stops accepting, finishes in-flight
requests, then metrics and events are flushed and the batchers closed; exit 0.
``--workers N`` runs N worker processes through ``uvicorn.run`` (an import string
and a factory) on the socket bound here.
"""
from __future__ import annotations

import ipaddress
from typing import Annotated, Optional

import typer

from mw.commands import _ctx
from mw.commands import _render as r

serve_app = typer.Typer(
    name="serve",
    help="Serve the HTTP JSON API (POST /v1/ask, /v1/suggest, /v1/limits, /v1/stats, /metrics, /healthz); "
         "'mw serve keys' manages API keys.",
    invoke_without_command=True,
    no_args_is_help=False,
)
keys_app = typer.Typer(name="keys", help="API keys: add (prints the key once), list, revoke.", no_args_is_help=True)
serve_app.add_typer(keys_app, name="keys")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def is_loopback(host: str) -> bool:
    h = host.strip("[]")
    if h in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


@serve_app.callback()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default; another "
                                                     "address needs API keys).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port (0: any free port).")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64,
                                         help="Worker processes (each keeps its own warm knowledge base and "
                                              "batchers; limits are shared through the state store).")] = 1,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.1, help="Seconds per request before a "
                                                     "504 (default 30; config [serve] request_timeout).",
                                                     show_default=False)] = None,
    max_body: Annotated[Optional[int], typer.Option("--max-body", min=1, help="Largest request body in bytes "
                                                    "(default 65536; config [serve] max_body_bytes).",
                                                    show_default=False)] = None,
    auth: Annotated[Optional[str], typer.Option("--auth", help="keys: every request needs an API key; local: "
                                                "loopback only, requests act as the local user; auto: keys on a "
                                                "non-loopback address or when keys exist (env MW_SERVE_AUTH; "
                                                "config [serve] auth; default auto).", show_default=False)] = None,
) -> None:
    """Serve the HTTP JSON API until SIGTERM or Ctrl-C."""
    if ctx.invoked_subcommand is not None:
        return
    import os
    import socket

    import importlib.util

    from mw.ops.keys import KeyStore
    from mw.errors import ConfigError, UsageError

    missing = [m for m in ("fastapi", "uvicorn") if importlib.util.find_spec(m) is None]
    if missing:
        raise ConfigError(f"mw serve needs the 'serve' extra (missing: {', '.join(missing)})",
                          hint="pip install 'mandate-wizard[serve]'")
    from mw.ops.keys import configured_auth, decide_auth

    settings = _ctx.settings()
    mode = configured_auth(settings, auth)
    state = _ctx.state()
    loopback = is_loopback(host)
    decided, n_keys, why = decide_auth(KeyStore(state, settings), mode, loopback=loopback)
    if decided == "local":
        r.info(f"mw serve: no API keys required ({why}): loopback only, requests act as the local user "
               f"'{settings.user}' (create a key with: mw serve keys add EMAIL)")
    elif n_keys == 0 and mode == "auto":
        raise UsageError(
            f"refusing to listen on {host}: no API keys are configured, so no request could be answered",
            hint="Create a key first (mw serve keys add EMAIL [--tier T]), or bind 127.0.0.1.",
        )
    elif n_keys is None:
        r.warn(why)
    elif n_keys == 0:
        r.warn("API keys are required (configured) but there is no active key yet: every request gets 401 "
               "until one is added (mw serve keys add EMAIL)")
    else:
        r.info(f"mw serve: {n_keys} active API key(s) ({why}): requests need 'Authorization: Bearer KEY'")

    import uvicorn

    from mw.api.server import Server

    # Settings for worker processes (they build the app from the environment).
    os.environ["MW_HOME"] = str(settings.home)
    if settings.store_url:
        os.environ["MW_STORE"] = settings.store_url
    os.environ["MW_SERVE_AUTH"] = decided
    if timeout:
        os.environ["MW_SERVE_TIMEOUT"] = str(timeout)
    if max_body:
        os.environ["MW_SERVE_MAX_BODY"] = str(max_body)

    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it a kept-alive client waits ~40 ms (delayed ACK) for the second segment of each response.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit TCP_NODELAY from the listening socket on Linux: that covers the
    # worker processes, whose copy of this socket uvicorn rebuilds from the descriptor.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as e:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {e.strerror or e}",
                         hint="Pick another --port, or stop whatever listens there.") from e
    sock.set_inheritable(True)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host

    common = dict(log_level="warning", access_log=False, timeout_graceful_shutdown=30, lifespan="on",
                  server_header=False)
    if workers == 1:
        from mw.api.app import create_app

        app = create_app(settings)  # built here so that configuration errors exit with a message
        server = Server(uvicorn.Config(app, **common))
        r.info(f"mw serve: listening on http://{shown}:{bound_port} (POST /v1/ask; /openapi.json)")
        server.run(sockets=[sock])
        if server.startup_failed:
            raise typer.Exit(1)
    else:
        from mw.api.app import check_config

        check_config(settings)  # configuration errors exit here, not in every worker
        sock.listen(2048)
        r.info(f"mw serve: listening on http://{shown}:{bound_port} with {workers} workers")
        # uvicorn's public API: an import string and a factory, so that each worker builds its own app;
        # the workers share the socket bound above (passed by descriptor). SIGTERM: uvicorn stops the
        # workers gracefully (each finishes its requests and flushes), then returns here.
        uvicorn.run("mw.api.app:create_app", factory=True, workers=workers, fd=sock.fileno(), **common)
    r.info("mw serve: stopped")


# --- keys --------------------------------------------------------------------------
def _keystore():
    from mw.ops.keys import KeyStore

    return KeyStore(_ctx.state(), _ctx.settings())


@keys_app.command("add")
def keys_add(
    email: Annotated[str, typer.Argument(help="The user the key acts as (email or login).", show_default=False)],
    tier: Annotated[Optional[str], typer.Option("--tier", help="Also record the user's tier (as mw limits "
                                                               "set-tier does).", show_default=False)] = None,
    json_: JsonOpt = False,
) -> None:
    """Create an API key for a user. The key is printed once; only its hash is stored."""
    r.set_json(json_)
    res = _keystore().add(email, tier=tier)
    if json_:
        r.emit_json(res)
        return
    r.out(res["key"])
    r.info(f"API key for {res['user']} (tier {res['tier']}), prefix {res['prefix']}: store it now, "
           f"it cannot be shown again. Use it as 'Authorization: Bearer KEY'.")


@keys_app.command("list")
def keys_list(json_: JsonOpt = False) -> None:
    """Every API key: user, prefix, tier, created, revoked (never the key)."""
    r.set_json(json_)
    rows = _keystore().list()
    if json_:
        r.emit_json({"keys": rows})
        return
    if not rows:
        r.info("No API keys; mw serve answers on loopback only. Create one with: mw serve keys add EMAIL")
        return
    r.table(["prefix", "user", "tier", "created", "revoked"],
            [(k["prefix"], k["user"], k["tier"], k["created_at"], k["revoked_at"] or "") for k in rows])


@keys_app.command("revoke")
def keys_revoke(
    who: Annotated[str, typer.Argument(help="A user email (all their keys) or a key prefix (mw_...).",
                                       show_default=False)],
    json_: JsonOpt = False,
) -> None:
    """Revoke API keys: every key of a user, or the key with this prefix. Takes effect at once."""
    r.set_json(json_)
    done = _keystore().revoke(who)
    if json_:
        r.emit_json({"revoked": done})
        return
    for d in done:
        r.out(f"revoked {d['prefix']}... ({d['user']})")


def register(app: typer.Typer) -> None:
    app.add_typer(serve_app, name="serve")
