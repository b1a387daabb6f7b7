"""A fixture news site on 127.0.0.1 for the watch tests: files from tests/data/watch/site
(``{base}`` in them becomes the server's address), ETags and 304s for every file, and a
few pages that misbehave on purpose:

- ``/broken-feed.xml`` and ``/news/broken.html``: 500, always;
- ``/news/slow.html``: answers only after SLOW seconds (longer than the tests' timeout);
- ``/loop/a`` -> ``/loop/b`` -> ``/loop/a``: a redirect loop;
- ``/flaky.html``: 503 the first time it is asked, an article after;
- ``/big.html``: a page larger than the tests' size cap;
- ``/robots.txt`` answers ``robots_status`` when that is not 200.

Every request is logged (path and headers), and ``gate`` (if set) is called before an
answer: a test can hold a request there (to kill the watch while it waits).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).parent / "data" / "watch" / "site"
FEEDS = Path(__file__).parent / "data" / "watch" / "feeds.txt"
SLOW = 3.0
LAST_MODIFIED = "Fri, 14 Mar 2025 08:00:00 GMT"
TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


@dataclass
class Site:
    base: str = ""
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    gate: Callable[[str], None] | None = None
    release: threading.Event = field(default_factory=threading.Event)
    asked: dict[str, int] = field(default_factory=dict)
    robots_status: int = 200  # what /robots.txt answers (its file when 200)

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]

    def clear(self) -> None:
        self.requests.clear()

    def feeds_file(self, folder: Path) -> Path:
        out = folder / "feeds.txt"
        out.write_text(FEEDS.read_text(encoding="utf-8").replace("{base}", self.base), encoding="utf-8")
        return out


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = self.path.split("?", 1)[0]
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            site.asked[path] = site.asked.get(path, 0) + 1
            if site.gate is not None:
                site.gate(path)
            if path == "/robots.txt" and site.robots_status != 200:
                return self._send(site.robots_status, b"", "text/plain")
            if path in ("/broken-feed.xml", "/news/broken.html"):
                return self._send(500, b"server error", "text/plain")
            if path == "/flaky.html" and site.asked[path] == 1:
                return self._send(503, b"try later", "text/plain")
            if path == "/news/slow.html":
                site.release.wait(SLOW)
                path = "/news/hi-1.html"  # (never read in time)
            if path in ("/loop/a", "/loop/b"):
                return self._send(302, b"", "text/plain", {"Location": "/loop/b" if path == "/loop/a" else "/loop/a"})
            if path == "/big.html":
                return self._send(200, b"<html><body><p>" + b"x" * 300_000 + b"</p></body></html>", "text/html")
            if path == "/flaky.html":
                path = "/news/en-1.html"
            file = SITE / ("index.html" if path == "/" else path.lstrip("/"))
            if ".." in path or not file.is_file():
                return self._send(404, b"not found", "text/plain")
            body = file.read_text(encoding="utf-8").replace("{base}", site.base).encode("utf-8")
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", None, {"ETag": etag})
            self._send(200, body, TYPES.get(file.suffix, "application/octet-stream"),
                       {"ETag": etag, "Last-Modified": LAST_MODIFIED})

        def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str] | None = None) -> None:
            try:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body and status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                pass

    return Handler


@contextmanager
def serving() -> Iterator[Site]:
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
