"""API keys for ``mw serve``: ``Authorization: Bearer mw_...`` maps to a user (and so a tier).

A key is ``mw_`` + ``secrets.token_urlsafe(32)`` (256 random bits). It is shown once,
when created; the state store keeps only its SHA-256 (record collection
``api_keys``, record id = the hex digest), with the user, a display prefix (the
first 10 characters, for ``keys list`` and ``keys revoke PREFIX``), the creation
time and the revocation time. A fast hash is right here: the key is random and
long, so there is nothing to brute-force that a slow hash would protect, and
every request verifies one.

The tier is not stored with the key: it is the user's, recorded with
:meth:`mw.ops.limits.Limiter.set_tier` (``keys add --tier`` calls it), so the
CLI, every server worker and every host see the same tier and the same limits.

Keys live only in the configured store: with Redis, every read and write goes to
Redis and never to the local fallback (a revocation must reach every server, and
a key must never look absent because Redis hangs), so an outage raises
:class:`~mw.store.state.base.StoreUnavailable` (the server answers 503).

Whether ``mw serve`` requires keys (:func:`decide_auth`) is configuration:
``[serve] auth`` / ``MW_SERVE_AUTH`` / ``--auth`` = ``keys`` or ``local``; with
``auto`` (the default), a non-loopback bind requires keys, and so does a
loopback one unless the store answered at start and holds no active key. A
store that cannot be read never makes the server keyless.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from typing import TYPE_CHECKING, Any

from mw import clock
from mw.errors import ConfigError, NotFound, UsageError

if TYPE_CHECKING:
    from mw.config import Settings
    from mw.store.state.base import StateStore

COLLECTION = "api_keys"
KEY_PREFIX = "mw_"
SHOWN = 10  # characters of the key kept in clear for listing ("mw_" + 7)
AUTH_MODES = ("auto", "keys", "local")


class _Authoritative:
    """The store as seen by API keys: a failover store's primary only (see the module docstring)."""

    def __init__(self, store: "StateStore") -> None:
        self._store = store
        self._primary = getattr(store, "call_primary", None)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if self._primary is None or not callable(attr):
            return attr
        return lambda *a, **k: self._primary(name, *a, **k)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


class KeyStore:
    """API keys in the state store."""

    def __init__(self, store: "StateStore", settings: "Settings") -> None:
        self.store: Any = _Authoritative(store)
        self.settings = settings

    def add(self, user: str, *, tier: str | None = None, now: float | None = None) -> dict[str, Any]:
        """Create a key for ``user``; returns the record plus ``key`` (shown once)."""
        from mw.ops.limits import Limiter, identity

        now = clock.now() if now is None else float(now)
        uid = identity(self.settings, user)
        lim = Limiter(self.store, self.settings)
        tier_info = lim.set_tier(uid, tier, now=now) if tier else None
        key = new_key()
        rec = {"user": uid, "prefix": key[:SHOWN], "created_at": clock.iso(now), "revoked_at": None}
        self.store.put_record(COLLECTION, hash_key(key), rec)
        t, _, _ = lim.tier_of(uid, keyed=True)
        return {**rec, "key": key, "tier": tier_info["tier"] if tier_info else t.name}  # type: ignore[union-attr]

    def list(self) -> list[dict[str, Any]]:
        """Every key (never the key itself): user, prefix, created_at, revoked_at, tier; oldest first."""
        from mw.ops.limits import Limiter

        lim = Limiter(self.store, self.settings)
        tiers: dict[str, str] = {}
        out = []
        for _h, rec in self.store.list_records(COLLECTION).items():
            uid = str(rec.get("user"))
            if uid not in tiers:
                tiers[uid] = lim.tier_of(uid, keyed=True)[0].name  # type: ignore[union-attr]
            out.append({"user": uid, "prefix": rec.get("prefix"), "created_at": rec.get("created_at"),
                        "revoked_at": rec.get("revoked_at"), "active": not rec.get("revoked_at"),
                        "tier": tiers[uid]})
        out.sort(key=lambda r: (str(r["created_at"]), str(r["prefix"])))
        return out

    def active_count(self) -> int:
        return sum(1 for rec in self.store.list_records(COLLECTION).values() if not rec.get("revoked_at"))

    def revoke(self, who: str, *, now: float | None = None) -> list[dict[str, Any]]:
        """Revoke every active key of a user (an email) or the key(s) with this prefix."""
        now = clock.now() if now is None else float(now)
        who = (who or "").strip()
        if not who:
            raise UsageError("revoke what? give a user email or a key prefix (see: mw serve keys list)")
        by_prefix = who.startswith(KEY_PREFIX)
        if by_prefix and len(who) < 6:
            raise UsageError(f"key prefix {who!r} is too short", hint="Give at least 6 characters, e.g. mw_AbC.")
        done = []
        for h, rec in self.store.list_records(COLLECTION).items():
            if rec.get("revoked_at"):
                continue
            if by_prefix:
                shown = str(rec.get("prefix") or "")
                match = shown.startswith(who) if len(who) <= len(shown) else hmac.compare_digest(h, hash_key(who))
            else:
                match = str(rec.get("user")) == who.lower()
            if match:
                rec = dict(rec, revoked_at=clock.iso(now))
                self.store.put_record(COLLECTION, h, rec)
                done.append({"user": rec["user"], "prefix": rec.get("prefix"), "revoked_at": rec["revoked_at"]})
        if not done:
            raise NotFound(f"no active API key for {who!r}", hint="See the keys with: mw serve keys list")
        return done

    def lookup(self, key: str) -> dict[str, Any] | None:
        """The active record of ``key`` (with ``user``), or None for an unknown or revoked key."""
        if not key or not key.startswith(KEY_PREFIX) or len(key) > 200:
            return None
        rec = self.store.get_record(COLLECTION, hash_key(key))
        if not rec or rec.get("revoked_at"):
            return None
        return rec


def configured_auth(settings: "Settings", flag: str | None = None) -> str:
    """``auto``, ``keys`` or ``local`` from ``--auth`` > ``MW_SERVE_AUTH`` > ``[serve] auth`` > ``auto``."""
    for raw, where in ((flag, "--auth"), (os.environ.get("MW_SERVE_AUTH"), "MW_SERVE_AUTH"),
                       (settings.section("serve").get("auth"), "config.toml [serve] auth")):
        if raw in (None, ""):
            continue
        value = str(raw).strip().lower()
        if value not in AUTH_MODES:
            raise ConfigError(f"{where}: invalid value {raw!r}: expected one of {', '.join(AUTH_MODES)}",
                              hint="'keys' requires an API key on every request; 'local' (loopback only) "
                                   "answers as the local user; 'auto' decides from the bind address and keys.")
        return value
    return "auto"


def decide_auth(keys: KeyStore, mode: str, *, loopback: bool) -> tuple[str, int | None, str]:
    """``(auth, active_keys, why)``: ``auth`` is ``"keys"`` or ``"local"``; ``active_keys`` is None
    when the store could not be read (then ``auth`` is ``"keys"``: the server fails closed)."""
    from mw.store.state.base import StoreUnavailable

    if mode == "local":
        if not loopback:
            raise UsageError("auth 'local' answers every request as the local user: it binds loopback only",
                             hint="Bind 127.0.0.1, or use auth 'keys' with API keys (mw serve keys add EMAIL).")
    try:
        n: int | None = keys.active_count()
    except StoreUnavailable as e:
        if mode == "local":
            return "local", None, "configured"
        return "keys", None, (f"API keys cannot be read ({e.message.rstrip('. ')}): every request needs a key, "
                              "and gets 503 until the store answers")
    if mode in ("keys", "local"):
        return mode, n, "configured"
    if not loopback:
        return "keys", n, "a non-loopback address"
    return ("keys" if n else "local"), n, ("active API keys" if n else "no active API key")


__all__ = ["AUTH_MODES", "COLLECTION", "KeyStore", "configured_auth", "decide_auth", "hash_key", "new_key"]
