"""Trade-press feeds: RSS 2.0 / Atom parsing and greenlight extraction from headlines.

:func:`parse_feed` turns feed bytes into :class:`FeedItem`\\ s. It uses the
stdlib expat parser with a DOCTYPE and ENTITY declaration handler that refuse
the document, so entity-expansion ("billion laughs") and external-entity
(XXE) payloads are rejected before anything is expanded. The tree is built
with :class:`xml.etree.ElementTree.TreeBuilder`.

:func:`extract_greenlight` reads one headline (plus the item's summary, link
and date) the way trade copy phrases an order:

- buyer first: ``<Buyer> Orders|Greenlights|Commissions|Picks Up|Renews <genre> <format> '<Title>'``,
  ``<Buyer> Gives Straight-To-Series Order To <genre> '<Title>'``;
- title first: ``<genre> '<Title>' Gets|Lands Series|Pilot Order At <Buyer>``,
  ``'<Title>' Ordered To Series|Greenlit|Renewed For Season 3 At|By <Buyer>``.

Renewals count as orders (an order for more of a show). Anything that reads
like other news is skipped, with the reason: box office, executive moves
(promotions, exits, hires), reviews, deals (first-look pacts, overall deals,
rights), trailers and first looks, ratings, cancellations, casting, and
"not yet" stories (in talks, in development). The negative phrases are checked
on the headline with quoted titles removed, so a show called 'Box Office Hero'
is not a box-office story. Precision matters more than recall: a headline that
does not match a pattern is skipped ("no order phrase").

Extracted records are raw greenlight dicts in the knowledge-base format
(buyer by name, resolved to a company id by :func:`mw.ingest.importer.resolve`),
with the article link as ``source``. Genres, format and region come from the
headline only (never the body, which names other shows).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from mw.vocab import find_terms
from mw.errors import DataError

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"


@dataclass
class FeedItem:
    title: str
    link: str | None = None
    guid: str | None = None
    summary: str = ""
    published: str | None = None  # ISO date (UTC)
    categories: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """A greenlight (``record``) or the reason the headline was skipped."""

    headline: str
    record: dict[str, Any] | None = None
    reason: str | None = None


# ---------------------------------------------------------------------- parsing
class _Refused(Exception):
    pass


def _build_tree(data: bytes, source: str) -> ET.Element:
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse_doctype(*_a: Any) -> None:
        raise _Refused("a DOCTYPE declaration")

    def refuse_entity(*_a: Any) -> None:
        raise _Refused("an ENTITY declaration")

    def start(tag: str, attrs: dict[str, str]) -> None:
        builder.start(_qname(tag), {_qname(k): v for k, v in attrs.items()})

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = lambda *_a: (_ for _ in ()).throw(_Refused("an external entity"))
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(_qname(tag))
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except _Refused as e:
        raise DataError(
            f"{source}: feed refused: it contains {e} (entity expansion is not allowed in feeds)",
            hint="Feeds must be plain RSS 2.0 or Atom without a DOCTYPE; check the URL points at the feed.",
        ) from None
    except expat.ExpatError as e:
        raise DataError(
            f"{source}: not a well-formed RSS/Atom feed: {expat.errors.messages[e.code]} "
            f"(line {e.lineno}, column {e.offset})",
            hint="Open the source in a browser: it may be an error page, or truncated. Fix or remove it in config.toml.",
        ) from None
    return builder.close()


def _qname(tag: str) -> str:
    return "{" + tag if "}" in tag else tag


def _text(el: ET.Element | None) -> str:
    if el is None:
        return ""
    return "".join(el.itertext()).strip()


_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def clean_html(text: str) -> str:
    """Plain text from an HTML fragment (tags dropped, entities decoded, spaces collapsed)."""
    return _WS.sub(" ", html.unescape(_TAG.sub(" ", text))).strip()


def _date(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        d = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            d = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if d.tzinfo is not None:
        d = d.astimezone(dt.timezone.utc)
    return d.date().isoformat()


def looks_like_xml(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") or head.startswith(b"\xff\xfe<") or head.startswith(b"\xfe\xff\x00<")


def parse_feed(data: bytes, source: str = "feed") -> list[FeedItem]:
    """Items of an RSS 2.0 or Atom feed; raises :class:`DataError` naming ``source``."""
    root = _build_tree(data, source)
    items: list[FeedItem] = []
    if root.tag == "rss" or root.tag.endswith("}RDF"):
        for it in root.iter("item") if root.tag == "rss" else root.iter("{http://purl.org/rss/1.0/}item"):
            def f(name: str) -> str:
                return _text(it.find(name))
            title = clean_html(f("title") or f("{http://purl.org/rss/1.0/}title"))
            link = (f("link") or f("{http://purl.org/rss/1.0/}link")) or None
            summary = clean_html(f("description") or f("{http://purl.org/rss/1.0/}description") or f(f"{{{CONTENT}}}encoded"))
            items.append(FeedItem(
                title=title, link=link, guid=f("guid") or link, summary=summary,
                published=_date(f("pubDate") or f(f"{{{DC}}}date")),
                categories=[_text(c) for c in it.findall("category") if _text(c)],
            ))
    elif root.tag == f"{{{ATOM}}}feed":
        for e in root.iter(f"{{{ATOM}}}entry"):
            link = None
            for ln in e.findall(f"{{{ATOM}}}link"):
                if ln.get("rel", "alternate") == "alternate" and ln.get("href"):
                    link = ln.get("href")
                    break
            summary = _text(e.find(f"{{{ATOM}}}summary")) or _text(e.find(f"{{{ATOM}}}content"))
            items.append(FeedItem(
                title=clean_html(_text(e.find(f"{{{ATOM}}}title"))), link=link,
                guid=_text(e.find(f"{{{ATOM}}}id")) or link, summary=clean_html(summary),
                published=_date(_text(e.find(f"{{{ATOM}}}published")) or _text(e.find(f"{{{ATOM}}}updated"))),
                categories=[c.get("term", "") for c in e.findall(f"{{{ATOM}}}category") if c.get("term")],
            ))
    else:
        raise DataError(
            f"{source}: not an RSS 2.0 or Atom feed (root element <{root.tag}>)",
            hint="Use the site's section feed URL, e.g. https://example.org/category/tv/feed/.",
        )
    return items


# ---------------------------------------------------------------------- extraction
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'", "\u00a0": " "})
_PREFIX = re.compile(r"^\s*(?:exclusive|breaking|updated?|watch|first on [\w ]+)\s*[:|\u2013\u2014-]\s*", re.I)
# A quoted title: opening quote not inside a word, closing quote not followed by a letter ("Ferryman's").
_QUOTED = re.compile(r"(?<![\w])(['\"])(?P<t>\S(?:.*?\S)?)\1(?![\w])")

NEGATIVE: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx, re.I)) for name, rx in [
    ("box office", r"box[\s-]?office|opening weekend|\bgross(?:es|ed)?\b|ticket sales|"
                   r"\$\s?\d[\d.,]*\s?(?:m|mln|million|bn|billion)?\s+(?:opening|debut|bow|weekend)|\bdebuts? (?:to|with) \$"),
    ("casting", r"\bjoins? (?:the )?cast\b|\bcast(?:s|ing)? (?:in|as)\b|\bto star\b|\bboards?\b|\bset to star\b|\brecurring\b"),
    ("executive move", r"\bpromot(?:ed|es|ion)\b|\bupped\b|\bups\b|\belevate[sd]\b|\bnames\b|\bnamed\b|\bappoint(?:s|ed|ment)?\b|"
                       r"\bhires?\b|\bhired\b|\btaps\b|\bjoins\b|\bexit(?:s|ing)?\b|\bdepart(?:s|ing|ure)?\b|"
                       r"\bsteps? down\b|\bstepping down\b|\bresign(?:s|ed|ation)?\b|\bretir(?:es|ing|ement)\b|"
                       r"\bousted\b|\bfired\b|\bpoach(?:es|ed)\b|\bto (?:lead|head|run)\b|\bnew (?:head|president|chief|ceo|chair)\b|"
                       r"\bexecutive shuffle\b|\brestructur"),
    ("review", r"\breviews?\b|\brecap\b|\bcritics?\b|rotten tomatoes|\bverdict\b"),
    ("deal", r"first[\s-]look (?:deal|pact)|\bpact\b|\boverall deal\b|\bdevelopment deal\b|\boutput deal\b|"
             r"\bsigns?\b|\binks?\b|\brights\b|\boption(?:s|ed)?\b"),
    ("trailer", r"\btrailer\b|\bteaser\b|\bfirst[\s-]look\b|\bposter\b|\bclip\b|\bfeaturette\b|"
                r"\bpremiere date\b|\brelease date\b"),
    ("ratings", r"\bratings\b|\bviewers\b|\bviewership\b|\bnielsen\b|most[\s-]watched|\btop 10\b|\bcharts?\b|"
                r"\baudience (?:share|numbers|figures)\b|\bhours viewed\b"),
    ("cancellation", r"\bcancel(?:s|led|ed|lation)?\b|\baxe[sd]?\b|\bscrap(?:s|ped)?\b|\bpulls? the plug\b|\bends\b|\bending\b"),
    ("not yet an order", r"\bin talks\b|\bnears?\b|\beyes\b|\bcircling\b|\bin development\b|\bdevelop(?:s|ing)\b|"
                         r"\bshopping\b|\bpasses on\b|\bpassed on\b|\bin the works\b"),
    ("business news", r"\blawsuits?\b|\bsues?\b|\bsued\b|\bstrike\b|\blayoffs?\b|\bearnings\b|\bmerger\b|\bstock\b"),
]]

_ACTIVE = re.compile(
    r"\s(?P<verb>orders|greenlights|green-lights|green lights|commissions|picks up|renews|"
    r"(?:gives|hands|grants)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?order\s+to)\b", re.I)
_PASSIVE = re.compile(
    r"^(?P<mid>[^'\"]{0,40}?)\b(?:(?:gets|lands|receives|scores|nabs|earns|secures)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:order|greenlight|green light|renewal|pickup|pick-up)|ordered|greenlit|green-lit|greenlighted|commissioned|"
    r"picked up|renewed)\b(?P<kind>[^'\"]{0,40}?)\s+(?:at|by|from)\s+(?P<buyer>.+)$", re.I)
_CONNECT = {"of", "the", "and", "&", "+", "de", "du", "la", "del", "y", "tv", "tv+"}
_STOP = {"for", "with", "as", "after", "amid", "in", "following", "starring", "ahead", "from", "to", "at", "by", "on",
         "via", "led", "set", "season", "episodes", "exclusive", "orders", "renews", "picks", "commissions",
         "greenlights", "gives", "hands", "its", "his", "her", "their", "a", "an", "is"}
_TITLE_MAX = 120
# Text after the title describes it ("..., A Crime Drama") until credits or other shows begin.
_TAIL_CUT = re.compile(r"\b(?:from|starring|with|by|based on|produced|exec|executive|created|written|directed|led|for|"
                       r"after|as|in|to|set)\b", re.I)


def _buyer_ok(buyer: str) -> bool:
    words = buyer.split()
    if not 1 <= len(words) <= 6 or len(buyer) > 60 or re.search(r"[,:;'\"()\[\]|?]", buyer.replace("\u2019", "")):
        return False
    for w in words:
        lw = w.lower()
        if lw in _STOP:
            return False
        if not (w[0].isupper() or w[0].isdigit() or lw in _CONNECT):
            return False
    return words[0].lower() not in _CONNECT or words[0] in ("The",)


def _buyer_prefix(text: str) -> str:
    """The leading run of capitalised words of ``text`` that can be a company name."""
    out: list[str] = []
    for w in text.split():
        bare = w.rstrip(",.;:!")
        lw = bare.lower()
        if not bare or lw in _STOP or not (bare[0].isupper() or bare[0].isdigit() or lw in _CONNECT) or len(out) == 6:
            break
        out.append(bare)
        if bare != w:  # punctuation ends the name
            break
    while out and out[-1].lower() in _CONNECT - {"tv", "tv+"}:
        out.pop()
    return " ".join(out)


def _pick_format(text: str, context: str) -> str | None:
    found = {c for c, _, _ in find_terms(text, "format")}
    for f in ("limited series", "docuseries", "special", "feature", "series"):
        if f in found:
            return f
    if re.search(r"renew|pilot|season|straight-to-series|to series", context, re.I):
        return "series"
    return None


def extract_greenlight(headline: str, *, summary: str = "", link: str | None = None,
                       date: str | None = None) -> Extraction:
    """A greenlight record from one trade headline, or the reason it is not an order."""
    h = _WS.sub(" ", headline.translate(_QUOTES)).strip()
    h = _PREFIX.sub("", h)
    res = Extraction(headline=headline)
    quotes = list(_QUOTED.finditer(h))
    if not quotes:
        res.reason = "no quoted title"
        # still name the stronger reason when there is one
    unquoted = _QUOTED.sub(" | ", h)
    for name, rx in NEGATIVE:
        if rx.search(unquoted):
            res.reason = f"not an order: {name}"
            return res
    if not quotes:
        return res

    buyer = title = None
    verb = ""
    descr = ""
    m = _ACTIVE.search(h)
    if m and m.start() < quotes[0].start():
        cand = h[: m.start()].strip()
        after = [q for q in quotes if q.start() >= m.end()]
        if _buyer_ok(cand) and after:
            between = h[m.end(): after[0].start()]
            if len(between.split()) <= 8:
                buyer, title, verb = cand, after[0].group("t"), m.group("verb")
                tail = _TAIL_CUT.split(h[after[0].end():], maxsplit=1)[0]
                descr = between + " " + tail
    if buyer is None:
        q = quotes[0]
        lead = h[: q.start()].strip()
        if len(lead.split()) <= 6 and not _ACTIVE.search(" " + lead):
            pm = _PASSIVE.match(h[q.end():].strip(" ,:"))
            if pm:
                cand = _buyer_prefix(pm.group("buyer"))
                if cand and _buyer_ok(cand):
                    buyer, title = cand, q.group("t")
                    verb = pm.group(0)[: pm.start("buyer")]
                    descr = lead + " " + verb
    if buyer is None or title is None:
        res.reason = "no order phrase"
        return res
    title = title.strip().strip(",")
    if not title or len(title) > _TITLE_MAX:
        res.reason = "no usable title"
        return res
    # Genres/format/region from the headline, without the buyer and quoted titles.
    text = _QUOTED.sub(" | ", descr)
    genres = list(dict.fromkeys(c for c, _, _ in find_terms(text, "genre")))
    fmt = _pick_format(text, verb + " " + _QUOTED.sub(" | ", h))
    regions = list(dict.fromkeys(c for c, _, _ in find_terms(text, "region")))
    rec: dict[str, Any] = {"type": "greenlight", "title": title, "buyer": buyer}
    if date:
        rec["date"] = date
    if genres:
        rec["genres"] = genres
    if fmt:
        rec["format"] = fmt
    if len(regions) == 1:
        rec["region"] = regions[0]
    logline = _logline(summary)
    if logline:
        rec["logline"] = logline
    if link:
        rec["source"] = link
    res.record = rec
    return res


_LOGLINE = re.compile(r"\b(?:follows|centers on|centres on|tells the story|revolves around|is set (?:in|on|at)|"
                      r"is about)\b", re.I)


def _logline(summary: str) -> str | None:
    """The first sentence of the summary that describes the story, if any (at most 300 characters)."""
    for sentence in re.split(r"(?<=[.!?])\s+", summary.translate(_QUOTES)):
        if _LOGLINE.search(sentence):
            s = sentence.strip()
            return s if len(s) <= 300 else s[:297].rstrip() + "..."
    return None


def extract_items(items: list[FeedItem], default_date: str) -> list[Extraction]:
    """:func:`extract_greenlight` over feed items; items without a date get ``default_date``."""
    return [extract_greenlight(it.title, summary=it.summary, link=it.link, date=it.published or default_date)
            for it in items]
