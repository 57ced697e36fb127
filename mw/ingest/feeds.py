"""Trade-press feeds: RSS/Atom parsing with feedparser, then greenlights from the headlines.

:func:`parse_feed` turns feed bytes into :class:`FeedItem`\\ s with
`feedparser <https://feedparser.readthedocs.io>`_, which reads RSS 0.9x/1.0/2.0,
Atom 0.3/1.0 and CDF, recovers from undefined HTML entities (``&nbsp;``), unescaped
``&`` and multi-byte encodings (Shift_JIS, Big5, GB2312, EUC-KR), and resolves
``xml:base``. Before feedparser sees the bytes, a document that declares a DOCTYPE
with an internal subset or any ENTITY (entity expansion, "billion laughs", external
entities / XXE) is refused: :func:`refuse_declarations`. A plain DOCTYPE naming only
the RSS 0.91 DTD is allowed (it declares nothing and is never fetched).

- **Encoding**: the charset of the HTTP ``Content-Type`` header is passed to feedparser,
  which weighs it against the XML declaration and the bytes (RFC 3023).
- **Links**: relative links are resolved against ``xml:base`` and then the feed's URL.
- **Dates**: the first of ``published``, ``updated``, ``created`` (RSS ``pubDate``,
  ``dc:date``, Atom ``published``/``updated``/``issued``/``modified``/``created``) that
  feedparser parsed and that lies between 1990-01-01 and one day after the fetch; an
  out-of-range date (a .NET ``0001-01-01``, a typo'd year) is treated as missing.
  :attr:`FeedItem.date_source` says which field gave the date; an item with none is
  dated by the caller with the fetch date and marked ``date_source = "fetched"``.
- A document with no feed in it (an HTML bot-check page, a JSON error) is refused with a
  :class:`DataError` naming the source; a feed with broken items keeps its good items.

The greenlight extraction lives in :mod:`mw.ingest.headlines`; :func:`extract_items`
runs it over feed items.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from dataclasses import dataclass, field
from typing import Any, Iterable
from urllib.parse import urljoin, urlsplit

from mw.errors import DataError
from mw.ingest.headlines import Extraction, clean_html, extract_greenlight

__all__ = ["FeedItem", "Extraction", "clean_html", "extract_greenlight", "extract_items", "looks_like_xml",
           "parse_feed", "refuse_declarations"]

MIN_DATE = dt.date(1990, 1, 1)
FUTURE_SLACK = 86400.0
DATE_FIELDS = ("published", "updated", "created")
_RSS091_DTD = re.compile(rb"<!DOCTYPE\s+rss\s+PUBLIC\s+\"-//Netscape Communications//DTD RSS 0\.91//EN\"\s+"
                         rb"\"http://my\.netscape\.com/publish/formats/rss-0\.91\.dtd\"\s*>", re.I)


@dataclass
class FeedItem:
    title: str
    link: str | None = None
    guid: str | None = None
    summary: str = ""  # plain text of the description, or of content:encoded when there is none
    content: str = ""  # plain text of content:encoded / Atom content
    published: str | None = None  # ISO date (UTC) of the announcement, None when the feed gives none
    date_source: str | None = None  # the feed field the date came from (published, updated, created)
    categories: list[str] = field(default_factory=list)
    problem: str | None = None  # why the item cannot be used (it is skipped with this reason)


def _decoded_head(data: bytes) -> str:
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        try:
            return head.decode("utf-16", errors="replace")
        except Exception:  # noqa: BLE001 - undecodable: fall back to bytes as latin-1
            pass
    if head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return head.decode("utf-32", errors="replace")
    return head.decode("latin-1")


def refuse_declarations(data: bytes, source: str) -> None:
    """Raise :class:`DataError` when ``data`` declares entities or a DOCTYPE with an internal subset."""
    text = _decoded_head(data)
    found = None
    if re.search(r"<!ENTITY", text, re.I):
        found = "an ENTITY declaration"
    else:
        m = re.search(r"<!DOCTYPE", text, re.I)
        if m:
            rest = text[m.start(): m.start() + 4096]
            if re.match(r"<!DOCTYPE\s+html\b", rest, re.I):
                raise DataError(f"{source}: an HTML page, not an RSS or Atom feed",
                                hint="The site may show a bot check or an error page; open the URL in a browser "
                                     "and use its feed address (e.g. https://example.org/category/tv/feed/).")
            if not _RSS091_DTD.match(rest.encode("latin-1", errors="replace")):
                found = "a DOCTYPE declaration"
    if found:
        raise DataError(
            f"{source}: feed refused: it contains {found} (entity expansion is not allowed in feeds)",
            hint="Feeds must be plain RSS or Atom without a DOCTYPE; check the URL points at the feed.")


def looks_like_xml(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") or head.startswith(b"\xff\xfe<") or head.startswith(b"\xfe\xff\x00<")


def _date(entry: Any, now: float) -> tuple[str | None, str | None]:
    for name in DATE_FIELDS:
        st = dict.get(entry, f"{name}_parsed")  # plain lookup: no feedparser fallback between fields
        if not st:
            continue
        try:
            ts = calendar.timegm(st)
            d = dt.datetime.fromtimestamp(ts, dt.timezone.utc).date()
        except (OverflowError, ValueError, OSError, TypeError):
            continue
        if d < MIN_DATE or ts > now + FUTURE_SLACK:
            continue
        return d.isoformat(), name
    return None, None


def _content_text(entry: Any) -> str:
    parts = []
    for c in entry.get("content") or []:
        v = c.get("value") if isinstance(c, dict) else None
        if v:
            parts.append(v)
    return clean_html(" ".join(parts)) if parts else ""


def _abs(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    if base and not urlsplit(link).scheme:
        link = urljoin(base, link)
    return link or None


def parse_feed(data: bytes, source: str = "feed", *, content_type: str = "", url: str | None = None,
               now: float | None = None) -> list[FeedItem]:
    """Items of an RSS or Atom feed; raises :class:`DataError` naming ``source`` when it is no feed.

    ``content_type`` is the HTTP ``Content-Type`` (its charset is used), ``url`` the feed's
    address (relative links are resolved against it), ``now`` the fetch time (epoch seconds;
    dates more than a day after it are treated as missing).
    """
    import feedparser

    refuse_declarations(data, source)
    headers: dict[str, str] = {}
    if content_type:
        headers["content-type"] = content_type
    if url:
        headers["content-location"] = url
    now = time.time() if now is None else now
    try:
        d = feedparser.parse(bytes(data), response_headers=headers or None, resolve_relative_uris=True,
                             sanitize_html=True)
    except Exception as e:  # noqa: BLE001 - feedparser must never take a refresh down
        raise DataError(f"{source}: the feed could not be read ({type(e).__name__}: {e})",
                        hint="Open the source in a browser; it may be truncated or not a feed.") from None
    version = d.get("version") or ""
    entries = d.get("entries") or []
    if not version and not entries:
        exc = d.get("bozo_exception")
        what = f" ({exc})" if exc else ""
        head = data[:2048].lower()
        if b"<html" in head or b"<!doctype html" in head:
            raise DataError(f"{source}: an HTML page, not an RSS or Atom feed",
                            hint="The site may show a bot check or an error page; open the URL in a browser "
                                 "and use its feed address (e.g. https://example.org/category/tv/feed/).")
        raise DataError(f"{source}: not an RSS or Atom feed{what}",
                        hint="Open the source in a browser: it may be an error page, or truncated. "
                             "Fix or remove it in config.toml.")
    base = url
    items: list[FeedItem] = []
    for e in entries:
        title = clean_html(e.get("title") or "")
        link = _abs(e.get("link"), base)
        if not link:
            for ln in e.get("links") or []:
                if ln.get("href") and ln.get("rel", "alternate") == "alternate":
                    link = _abs(ln.get("href"), base)
                    break
        content = _content_text(e)
        summary = clean_html(e.get("summary") or "") or content
        published, date_source = _date(e, now)
        guid = (e.get("id") or "").strip() or link
        cats = [t.get("term", "").strip() for t in e.get("tags") or [] if (t.get("term") or "").strip()]
        item = FeedItem(title=title, link=link, guid=guid, summary=summary, content=content, published=published,
                        date_source=date_source, categories=cats)
        if not title:
            item.problem = "no title"
        items.append(item)
    return items


def extract_items(items: list[FeedItem], default_date: str, *, known_buyers: Iterable[str] = (),
                  executives: Iterable[str] = ()) -> list[Extraction]:
    """:func:`extract_greenlight` over feed items, in order.

    Items without a usable date get ``default_date`` (the fetch date) with
    ``date_source = "fetched"``; dated ones record the feed field. Items with a problem
    (no title) come back with that reason.
    """
    known = list(known_buyers)
    execs = list(executives)
    out: list[Extraction] = []
    for it in items:
        if it.problem:
            out.append(Extraction(headline=it.title, reason=f"bad item: {it.problem}"))
            continue
        text = it.summary if it.summary == it.content or not it.content else f"{it.summary} {it.content}"
        ex = extract_greenlight(it.title, summary=text, link=it.link, date=it.published or default_date,
                                known_buyers=known, executives=execs)
        for rec in ex.records:
            rec["date_source"] = it.date_source or "fetched"
        out.append(ex)
    return out
