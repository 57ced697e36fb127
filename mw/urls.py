"""Credentials out of URLs before they leave the process: :func:`redact` and :func:`redact_text`.

Every URL that ``mw`` prints, logs, returns over HTTP or writes into a report goes
through :func:`redact` (one URL) or :func:`redact_text` (any message that may
quote URLs: exception text from drivers, degraded-store reasons, error hints).
What is hidden, in every scheme (``redis``, ``rediss``, ``unix``, ``valkey``,
``falkordb``, ``memgraph``, ``neo4j[+s|+ssc]``, ``bolt``, ``pinecone``, ``http(s)``...):

- the password of ``user:password@``; a user part alone (``token@host``, the way
  many services pass a key) is hidden whole, since it cannot be told from a key;
- query parameters that carry secrets (``password``, ``pass``, ``pwd``,
  ``secret``, ``token``, ``api_key``/``apikey``/``api-key``, ``key``,
  ``access_token``, ``auth``, ``credential(s)``, ``signature``/``sig``...), in any case;
- the same inside a query value that is itself a URL (``pinecone://idx?host=https://u:p@h``).

Hand-written (stdlib ``urllib.parse`` plus two patterns): no maintained library
redacts every scheme and nested URL; ``yarl``/``furl`` parse but do not redact. The
parse never raises: an unparsable URL is redacted by pattern.
"""
from __future__ import annotations

import re
from urllib.parse import quote, unquote

MASK = "***"

_SECRET_KEYS = frozenset({
    "password", "passwd", "pass", "pwd", "secret", "clientsecret", "token", "accesstoken", "refreshtoken",
    "authtoken", "idtoken", "apikey", "key", "auth", "authorization", "credential", "credentials",
    "signature", "sig", "xamzsignature", "xamzcredential", "xamzsecuritytoken", "privatekey", "sessiontoken",
})
# scheme://  then the authority up to the first / ? # (or whitespace / quote: URLs inside messages).
_URL = re.compile(r"""(?i)\b[a-z][a-z0-9+.\-]*://[^\s'"<>`]*""")
_AUTHORITY = re.compile(r"""(?i)^([a-z][a-z0-9+.\-]*://)([^?#]*)$""")


def _secret_key(name: str) -> bool:
    k = re.sub(r"[^a-z0-9]", "", unquote(name).lower())
    return k in _SECRET_KEYS or k.endswith(("password", "secret", "token", "apikey"))


def _redact_query(query: str) -> str:
    out = []
    for part in query.split("&"):
        name, eq, value = part.partition("=")
        if eq and _secret_key(name) and value:
            out.append(f"{name}={MASK}")
        elif eq and "://" in unquote(value):
            inner = unquote(value)
            red = redact(inner)
            out.append(part if red == inner else f"{name}={quote(red, safe=':/@*?=&')}")
        else:
            out.append(part)
    return "&".join(out)


def _redact_userinfo(head: str) -> str:
    """``scheme://[userinfo@]host/path`` (no query): hide the password or a lone user part."""
    m = _AUTHORITY.match(head)
    if not m:
        return head
    scheme, rest = m.groups()
    authority = rest.split("/", 1)[0]
    at = authority.rfind("@")
    if at < 0:
        # a password holding an unescaped '/' ends the authority early ("u:pa/ss@host"): when what
        # follows the ':' is no port, take the last '@' of the whole rest, so the secret is covered
        _, colon, port = authority.partition(":")
        at = rest.rfind("@") if colon and not port.isdigit() else -1
        if at < 0:
            return head
    userinfo, hostpath = rest[:at], rest[at + 1:]
    user, colon, password = userinfo.partition(":")
    if colon:
        if not password:
            return head
        return f"{scheme}{user}:{MASK}@{hostpath}"
    return f"{scheme}{MASK}@{hostpath}"


def redact(url: str | None) -> str | None:
    """``url`` with every credential replaced by ``***`` (None stays None)."""
    if not url:
        return url
    url = str(url)
    if "://" not in url and "?" not in url and "@" not in url:
        return url
    head, hash_, fragment = url.partition("#")
    base, q, query = head.partition("?")
    base = _redact_userinfo(base)
    if q:
        query = _redact_query(query)
    return base + q + query + hash_ + fragment


def redact_text(text: str | None) -> str | None:
    """``text`` with every URL in it redacted (messages, exception text, hints)."""
    if not text or "://" not in text:
        return text
    return _URL.sub(lambda m: redact(m.group(0)) or "", text)


def redact_obj(obj):  # type: ignore[no-untyped-def]
    """Strings inside dicts/lists/tuples redacted with :func:`redact_text` (error objects, health)."""
    if isinstance(obj, str):
        return redact_text(obj)
    if isinstance(obj, dict):
        return {k: redact_obj(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(redact_obj(v) for v in obj)
    return obj


__all__ = ["MASK", "redact", "redact_obj", "redact_text"]
