"""URLs as vaarta watch keeps them: absolute, http(s) only, tracking parameters stripped.

Two spellings of one address (``HTTP://Example.org:80/a?utm_source=x#top`` and
``http://example.org/a``) become one string, so an article listed twice is fetched once.
Everything else in the URL (path, the order and spelling of other parameters) is left as the
site wrote it: servers differ in what they treat as equal.
"""

from __future__ import annotations

import hashlib
from urllib.parse import unquote_plus, urljoin, urlsplit, urlunsplit

from vaarta.watch.tracking import TRACKING_PARAMS, TRACKING_PREFIXES

DEFAULT_PORTS = {"http": 80, "https": 443}


def clean_url(url: str, base: str | None = None) -> str | None:
    """``url`` made absolute against ``base``, with scheme and host in lower case, a default
    port, user info and the fragment dropped, and tracking parameters stripped; None for
    anything that is not an http(s) URL with a host."""
    url = url.strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port that is not a number, a bad IPv6 address
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host or any(c in host for c in " \t\r\n"):
        return None
    if ":" in host:  # IPv6
        host = f"[{host}]"
    netloc = host if port is None or port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    query = "&".join(p for p in parts.query.split("&") if p and not _tracking(p))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _tracking(pair: str) -> bool:
    name = unquote_plus(pair.split("=", 1)[0]).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def host_of(url: str) -> str:
    """Scheme, host and port: the unit robots.txt and the per-host delay apply to."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def url_key(url: str) -> str:
    """The store's key for a URL (URLs may be longer than an index entry may be)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def doc_id_for(url: str) -> str:
    """The document id of the article at ``url``: its host and a hash of the URL, so the
    same page always gets the same id (a re-run finds it stored)."""
    host = (urlsplit(url).hostname or "web")[:200]
    return f"{host}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}"


def is_site_root(url: str) -> bool:
    """A home page: no path beyond ``/`` and no query (a canonical link to it names no article)."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query
