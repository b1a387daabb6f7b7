"""HTTP for vaarta watch, polite by construction.

One ``Fetcher`` makes every request of a watch, one at a time, and for each host:
- asks its ``robots.txt`` first (``urllib.robotparser``; RFC 9309: a robots.txt that is
  missing (4xx) allows everything, one that cannot be read (5xx, no answer) forbids
  everything until it can), and keeps what it said for a day;
- waits ``delay`` seconds (or the host's Crawl-delay, if longer) after the last request;
- sends a User-Agent naming vaarta and, when set, a contact;
- sends ETag / Last-Modified back (If-None-Match / If-Modified-Since) when given them, so an
  unchanged feed costs a 304 and no body;
- gives up on a response after ``timeout`` seconds and on a body over ``max_bytes``
  (``listing_max_bytes`` for feeds and sitemaps; compressed or not), follows at most ``max_redirects`` redirects and never the same URL
  twice (a redirect loop is an error, not a hang), checking robots.txt at every hop;
- tries a 5xx, a 429 or a timeout again ``retries`` times, waiting ``backoff`` seconds and
  twice that each time after (or what Retry-After asks, up to a minute).
Errors are ``FetchError`` with the HTTP status when there was one and whether trying again
later could help (``retry``).
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import quote, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from vaarta import __version__
from vaarta.watch.urls import host_of

AGENT = "vaarta"  # the token robots.txt rules name
ROBOTS_TTL = 24 * 3600.0  # seconds a robots.txt answer is kept (RFC 9309: at most a day)
ROBOTS_FAILED_TTL = 300.0  # an unreadable robots.txt is asked again after this
MAX_CRAWL_DELAY = 60.0  # a longer Crawl-delay is taken as this
MAX_RETRY_AFTER = 60.0
CHUNK = 64 * 1024


class FetchError(Exception):
    """A request that brought no usable answer; ``retry``: another try later may work."""

    def __init__(self, message: str, status: int | None = None, retry: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.retry = retry


@dataclass(frozen=True, slots=True)
class Politeness:
    """How vaarta watch treats the sites it reads (one options object, passed down)."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds for a whole response
    retries: int = 2  # more tries after a 5xx, a 429 or a timeout
    backoff: float = 2.0  # seconds before the first retry, doubled for each next one
    max_bytes: int = 5 * 1024 * 1024  # largest page read (after decompression)
    listing_max_bytes: int = 50 * 1024 * 1024  # largest feed or sitemap (sitemaps.org's own limit)
    max_redirects: int = 5
    contact: str | None = None  # an e-mail address or URL site owners can reach the operator at

    @property
    def user_agent(self) -> str:
        who = f"; contact: {self.contact}" if self.contact else ""
        return f"{AGENT}/{__version__} (news event coder; reads feeds, sitemaps and articles{who})"


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int  # 200-299, or 304 (unchanged since the ETag / Last-Modified sent)
    body: bytes
    content_type: str  # media type only, lower case ("text/html")
    etag: str | None = None
    last_modified: str | None = None


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser
    text: str
    until: float  # monotonic time after which it is asked again


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers: the Fetcher follows them itself (robots, loops, delay)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


class Fetcher:
    def __init__(self, politeness: Politeness | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.politeness = politeness or Politeness()
        self._clock, self._sleep = clock, sleep
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self._robots: dict[str, _Robots] = {}
        self._opener = urllib.request.build_opener(_NoRedirect())

    # -- public ---------------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            listing: bool = False) -> Response:
        """The answer at ``url``, redirects followed. With ``etag`` or ``last_modified``
        the request is conditional and may come back as a 304 with no body. A ``listing``
        (feed, sitemap) may be larger than a page."""
        limit = self.politeness.listing_max_bytes if listing else self.politeness.max_bytes
        seen = {url}
        current = url
        for _ in range(self.politeness.max_redirects + 1):
            if not self.allowed(current):
                raise FetchError(f"forbidden by robots.txt: {current}")
            # validators go to every hop: a feed moved for good (http -> https) still answers 304
            status, headers, body = self._request(current, etag, last_modified, limit)
            if 300 <= status < 400 and status != 304:
                location = headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} without a Location", status)
                target = urlunsplit(urlsplit(urljoin(current, location.strip()))._replace(fragment=""))
                if urlsplit(target).scheme not in ("http", "https"):
                    raise FetchError(f"redirect to a non-web address: {target[:200]}", status)
                if target in seen:
                    raise FetchError(f"redirect loop: {current} -> {target}", status)
                seen.add(target)
                current = target
                continue
            ctype = (headers.get("content-type") or "").split(";")[0].strip().lower()
            return Response(current, status, body, ctype, headers.get("etag"), headers.get("last-modified"))
        raise FetchError(f"more than {self.politeness.max_redirects} redirects from {url}")

    def allowed(self, url: str) -> bool:
        """robots.txt of the URL's host lets vaarta fetch it."""
        return self._robots_of(url).parser.can_fetch(AGENT, url)

    def sitemaps_of(self, url: str) -> list[str]:
        """The sitemaps the robots.txt of the URL's host names."""
        return list(self._robots_of(url).parser.site_maps() or [])

    # -- robots.txt -----------------------------------------------------------------
    def _robots_of(self, url: str) -> _Robots:
        host = host_of(url)
        known = self._robots.get(host)
        if known is not None and self._clock() < known.until:
            return known
        parser = RobotFileParser(host + "/robots.txt")
        text, ttl = "", ROBOTS_TTL
        try:
            status, body = self._robots_txt(host + "/robots.txt")
        except FetchError as exc:  # 4xx: there is none; 5xx or no answer: it cannot be read
            status, body = exc.status, b""
        if status is not None and 200 <= status < 300:
            text = body.decode("utf-8", "replace")
            parser.parse(text.splitlines())
        elif status is not None and 400 <= status < 500:
            parser.allow_all = True  # no robots.txt: everything is allowed
        else:
            parser.disallow_all = True  # unreachable: nothing is, for now
            ttl = ROBOTS_FAILED_TTL
        self._robots[host] = robots = _Robots(parser, text, self._clock() + ttl)
        return robots

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        seen = {url}
        for _ in range(self.politeness.max_redirects + 1):
            status, headers, body = self._request(url)
            if not (300 <= status < 400):
                return status, body
            target = urljoin(url, (headers.get("location") or "").strip())
            if target in seen or not target:
                return 404, b""  # a robots.txt that cannot be reached by its redirects: none
            seen.add(target)
            url = target
        return 404, b""

    # -- one request, with retries ----------------------------------------------------
    def _request(self, url: str, etag: str | None = None, last_modified: str | None = None,
                 limit: int | None = None) -> tuple[int, Message, bytes]:
        p = self.politeness
        for attempt in range(p.retries + 1):
            try:
                return self._once(url, etag, last_modified, limit or p.max_bytes)
            except _Retryable as exc:
                if attempt == p.retries:
                    raise FetchError(f"{exc.message} ({attempt + 1} tries)" if attempt else exc.message,
                                     exc.status, retry=True) from None
                wait = exc.retry_after if exc.retry_after is not None else p.backoff * 2**attempt
                self._sleep(min(wait, MAX_RETRY_AFTER))
        raise AssertionError("unreachable")

    def _once(self, url: str, etag: str | None, last_modified: str | None, limit: int) -> tuple[int, Message, bytes]:
        p = self.politeness
        host = host_of(url)
        self._wait(host)
        headers = {"User-Agent": p.user_agent, "Accept-Encoding": "gzip",
                   "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            request = urllib.request.Request(_ascii(url), headers=headers)
            try:
                with self._opener.open(request, timeout=p.timeout) as r:
                    return r.status, r.headers, self._body(r, r.headers, limit)
            except urllib.error.HTTPError as exc:
                with exc:
                    status, got = exc.code, exc.headers
                if status == 304 or 300 <= status < 400:
                    return status, got, b""
                if status == 429 or status >= 500:
                    raise _Retryable(f"HTTP {status}", status, _retry_after(got.get("retry-after"))) from None
                raise FetchError(f"HTTP {status}", status) from None
            except http.client.InvalidURL as exc:
                raise FetchError(f"bad URL: {exc}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                    raise _Retryable(f"no answer within {p.timeout:g} s") from None
                raise _Retryable(f"cannot connect: {reason}") from None
        except ValueError as exc:  # a URL urllib cannot send
            raise FetchError(f"bad URL: {exc}") from None
        finally:
            self._last[host] = self._clock()

    def _body(self, r: http.client.HTTPResponse, headers: Message, limit: int) -> bytes:
        p = self.politeness
        size = headers.get("content-length")
        if size and size.isdigit() and int(size) > limit:
            raise FetchError(f"page of {int(size):,} bytes, over the {limit:,} byte limit")
        deadline = self._clock() + p.timeout
        chunks, got = [], 0
        while True:
            try:
                chunk = r.read(CHUNK)
            except (TimeoutError, OSError, http.client.HTTPException) as exc:
                raise _Retryable(f"body not read: {exc}") from None
            if not chunk:
                break
            got += len(chunk)
            if got > limit:
                raise FetchError(f"page over the {limit:,} byte limit")
            if self._clock() > deadline:
                raise _Retryable(f"body not read within {p.timeout:g} s")
            chunks.append(chunk)
        body = b"".join(chunks)
        if (headers.get("content-encoding") or "").lower() in ("gzip", "x-gzip") or body[:2] == b"\x1f\x8b":
            body = _gunzip(body, limit)
        return body

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is None:
            return
        delay = self.politeness.delay
        robots = self._robots.get(host)
        if robots is not None:
            crawl = robots.parser.crawl_delay(AGENT)
            if crawl:
                delay = max(delay, min(float(crawl), MAX_CRAWL_DELAY))
        wait = last + delay - self._clock()
        if wait > 0:
            self._sleep(wait)


class _Retryable(Exception):
    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message, self.status, self.retry_after = message, status, retry_after


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _gunzip(body: bytes, limit: int) -> bytes:
    """A gzip body, unpacked to at most ``limit`` bytes (a small bomb stays small)."""
    unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = unpack.decompress(body, limit + 1)
    except zlib.error as exc:
        raise FetchError(f"broken gzip body: {exc}") from None
    if len(out) > limit or unpack.unconsumed_tail:
        raise FetchError(f"page over the {limit:,} byte limit once unpacked")
    return out


def _ascii(url: str) -> str:
    """An IRI as a URI http.client can send: the host in IDNA, other characters %-escaped."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        host = host.encode("idna").decode("ascii")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    if ":" in host:
        netloc = f"[{host}]" if parts.port is None else f"[{host}]:{parts.port}"
    safe = "/:@!$&'()*+,;=%~-._"
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=safe), quote(parts.query, safe=safe + "?"), ""))
