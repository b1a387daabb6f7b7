"""What a listing holds: the articles an RSS/Atom feed or a sitemap lists, the sitemaps of a
sitemap index, the feeds a home page links to.

Feeds are read by feedparser (RSS 0.9x/1.0/2.0, Atom); a home page's feed links are found
by trafilatura's ``determine_feed`` (``<link rel="alternate" type="application/rss+xml">``
and the like). Sitemaps (``<urlset>``, ``<sitemapindex>``, Google News sitemaps) are read
with lxml, with the same safe options trafilatura's sitemap module uses (no entities, no
network): that module is not used itself because it drops every link whose host is an IP
address, tells an index's sitemaps from its pages by a ``.xml`` suffix rather than by the
element, and keeps no dates — and a news sitemap's publication date lets ``--since`` skip
an article without fetching it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from vaarta.watch.urls import clean_url

MAX_LINKS = 50_000  # what one sitemap may list (sitemaps.org's own limit)
_SITEMAP = re.compile(rb"<(?:[\w.-]+:)?(urlset|sitemapindex)\b")
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)\b")
_HTML = re.compile(rb"<!doctype html|<html\b", re.I)
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class NotAListing(ValueError):
    """A body that is no feed, no sitemap and no page linking to one."""


@dataclass(frozen=True, slots=True)
class Link:
    url: str  # absolute, tracking parameters stripped
    published: date | None = None  # as the listing gives it (publication day or last change)


@dataclass(slots=True)
class Listing:
    kind: str  # feed | sitemap | page
    articles: list[Link] = field(default_factory=list)
    listings: list[Link] = field(default_factory=list)  # feeds a page links to, sitemaps of an index


def read_listing(body: bytes, url: str, content_type: str = "") -> Listing:
    """The links in ``body`` fetched from ``url``; NotAListing when it has none of the kinds.
    The body decides (servers send feeds as text/html, too); the media type only breaks a tie."""
    head = body[:2048].lstrip()
    if _SITEMAP.search(head):
        return _sitemap(body, url)
    if _FEED.search(head):
        return _feed(body, url)
    if content_type in ("text/html", "application/xhtml+xml") or _HTML.search(head):
        return _page(body, url)
    return _feed(body, url)


def _feed(body: bytes, url: str) -> Listing:
    import feedparser

    parsed = feedparser.parse(io.BytesIO(body), resolve_relative_uris=False, sanitize_html=False)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise NotAListing(f"not a feed, a sitemap or a web page{f' ({problem})' if problem else ''}")
    out = Listing("feed")
    for entry in parsed.entries[:MAX_LINKS]:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        cleaned = clean_url(link, base=url) if isinstance(link, str) else None
        if cleaned:
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            out.articles.append(Link(cleaned, _from_struct(when)))
    return out


def _sitemap(body: bytes, url: str) -> Listing:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise NotAListing(f"sitemap cannot be read: {exc}") from None
    if root is None:
        raise NotAListing("sitemap cannot be read")
    index = etree.QName(root).localname == "sitemapindex"
    out = Listing("sitemap")
    for entry in root:
        if not isinstance(entry.tag, str) or etree.QName(entry).localname not in ("url", "sitemap"):
            continue
        loc, when = None, None
        for node in entry.iter():
            if not isinstance(node.tag, str):
                continue
            name = etree.QName(node).localname
            if name == "loc" and loc is None and node.getparent() is entry:  # not an image:loc
                loc = (node.text or "").strip()
            elif name in ("publication_date", "lastmod") and node.text and (when is None or name == "publication_date"):
                when = _from_text(node.text)
        cleaned = clean_url(loc, base=url) if loc else None
        if cleaned:
            (out.listings if index else out.articles).append(Link(cleaned, when))
        if len(out.articles) + len(out.listings) >= MAX_LINKS:
            break
    return out


def _page(body: bytes, url: str) -> Listing:
    from trafilatura.feeds import FeedParameters, determine_feed
    from trafilatura.utils import decode_file

    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    found = determine_feed(decode_file(body), FeedParameters(base, parts.hostname or "", url))
    links = [c for c in (clean_url(f, base=url) for f in found) if c and c != url]
    return Listing("page", listings=[Link(u) for u in dict.fromkeys(links)])


def _from_struct(value: object) -> date | None:
    try:
        return date(*value[:3]) if value else None  # type: ignore[index]
    except (TypeError, ValueError):
        return None


def _from_text(value: str) -> date | None:
    m = _DAY.match(value.strip())
    try:
        return date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None
