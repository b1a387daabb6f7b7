"""The watch loop: poll every source, fetch each new article, code it, store it.

A pass first polls the sources (and the feeds and sitemaps found on them), queueing the
article URLs not seen before; then it fetches the queue — new URLs, those a stopped pass
left, and errors worth another try — taking hosts in turn. Each article is coded and
stored through ``vaarta.store.ingest.ingest_items``, as ``vaarta ingest`` stores files.
Nothing a site does stops a pass: every failure is recorded against its listing or its
article (``vaarta.watch.state``) and the pass goes on. ``watch`` repeats passes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import zip_longest
from pathlib import Path

from vaarta.ingest import InputError
from vaarta.pipeline import Pipeline
from vaarta.store import Store
from vaarta.store.ingest import ingest_items
from vaarta.watch import state
from vaarta.watch.article import NotAnArticle, extract_article, to_doc
from vaarta.watch.discover import Link, NotAListing, read_listing
from vaarta.watch.fetch import Fetcher, FetchError
from vaarta.watch.urls import clean_url, host_of, is_site_root

MAX_DEPTH = 2  # a page's feed, or a page's robots sitemap index's sitemaps: no deeper
MAX_LISTINGS = 200  # listings one source may lead to in a pass (a sitemap index's sitemaps)
_EVERY = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|h|d)?")


@dataclass
class PassStats:
    polled: int = 0  # listings asked (sources and the feeds and sitemaps found on them)
    unchanged: int = 0  # of which answered 304
    feed_errors: int = 0
    found: int = 0  # article URLs not seen before
    stored: int = 0  # new documents
    duplicates: int = 0
    skipped: int = 0
    events: int = 0
    errors: int = 0  # articles that failed


class Watcher:
    """One watch over one store: its fetcher (per-host delays, robots.txt) lives across passes."""

    def __init__(self, store: Store, pipeline: Pipeline, fetcher: Fetcher, since: date | None = None,
                 lang: str | None = None, on_progress: Callable[[PassStats], None] | None = None) -> None:
        self.store, self.pipeline, self.fetcher = store, pipeline, fetcher
        self.since, self.lang = since, lang
        self.on_progress = on_progress or (lambda stats: None)

    def run_pass(self, sources: Iterable[str] = ()) -> PassStats:
        """Poll ``sources`` (kept for later passes) or, with none, the sources kept before;
        then fetch, code and store every queued article."""
        from vaarta.stories import update_stories

        stats = PassStats()
        sources = list(sources)
        if sources:
            state.add_sources(self.store, sources)
        polled: dict[str, str] = {}  # listing -> the source it was polled for, this pass
        for source in sources or state.sources(self.store):
            self._poll(source, None, source, 0, polled, stats)
        for item in _by_host_in_turn(state.pending(self.store)):
            self._article(item, stats)
            self.on_progress(stats)
        if stats.stored or self.store.ungrouped():
            update_stories(self.store)
        return stats

    # -- listings -----------------------------------------------------------------------
    def _poll(self, url: str, parent: str | None, source: str, depth: int, polled: dict[str, str],
              stats: PassStats) -> None:
        if url in polled or sum(1 for s in polled.values() if s == source) >= MAX_LISTINGS:
            return
        polled[url] = source
        stats.polled += 1
        known = state.validators(self.store, url)
        try:
            resp = self.fetcher.get(url, known.etag, known.last_modified, listing=True)
            if resp.status == 304:
                stats.unchanged += 1
                state.poll_done(self.store, url, parent, source, 304)
                listings = [Link(u) for u in state.children(self.store, url)]
            else:
                listing = read_listing(resp.body, resp.url, resp.content_type)
                listings = listing.listings
                if listing.kind == "page" and not listings and is_site_root(resp.url):
                    # a home page with no feed linked: the sitemaps its robots.txt names, if any
                    listings = [Link(u) for u in (clean_url(s) for s in self.fetcher.sitemaps_of(url)) if u]
                if listing.kind == "page" and not listings:
                    raise NotAListing("a web page with no feed link" + (", and no sitemap in its robots.txt"
                                                                         if is_site_root(resp.url) else ""))
                articles = [a for a in listing.articles if not self._too_old(a.published)]
                stats.found += state.poll_done(self.store, url, parent, source, resp.status, listing.kind,
                                               state.Validators(resp.etag, resp.last_modified), articles, listings)
        except Exception as exc:  # FetchError, NotAListing, or a parser's surprise: this listing's error only
            if _store_down(exc):
                raise
            stats.feed_errors += 1
            message = str(exc) if isinstance(exc, FetchError | NotAListing) else f"{type(exc).__name__}: {exc}"
            state.poll_failed(self.store, url, parent, message, getattr(exc, "status", None))
            self.on_progress(stats)
            return
        self.on_progress(stats)
        if depth < MAX_DEPTH:
            for child in listings:
                if not self._too_old(child.published):
                    self._poll(child.url, url, source, depth + 1, polled, stats)

    def _too_old(self, day: date | None) -> bool:
        return self.since is not None and day is not None and day < self.since

    # -- articles -------------------------------------------------------------------------
    def _article(self, item: state.Pending, stats: PassStats) -> None:
        if state.stored_as(self.store, item.url):  # stored this pass under another URL that named it canonical
            return
        try:
            resp = self.fetcher.get(item.url)
            article = extract_article(resp.body, resp.url, resp.content_type)
        except FetchError as exc:
            return self._failed(item, str(exc), exc.retry, stats)
        except NotAnArticle as exc:
            return self._failed(item, str(exc), False, stats)
        except Exception as exc:  # a parser's surprise: this article's error only
            if _store_down(exc):
                raise
            return self._failed(item, f"{type(exc).__name__}: {exc}", False, stats)
        canonical = article.url
        if canonical != item.url and (held := state.stored_as(self.store, canonical)):
            stats.duplicates += 1
            return state.mark(self.store, item, "duplicate", doc_id=held)
        if self._too_old(article.published):
            stats.skipped += 1
            return state.mark(self.store, item, "skipped", error=f"published {article.published}, before {self.since}")
        lang = self.pipeline.langid.identify(article.text)
        if self.lang and lang != self.lang:
            return self._failed(item, f"not the language asked: {lang or 'unknown'}, not {self.lang}", False, stats)
        doc = to_doc(article, lang, item.listed)
        if isinstance(doc, InputError):
            return self._failed(item, doc.message, False, stats)
        try:
            res = ingest_items([doc], self.store, self.pipeline, batch=1,
                               then=lambda conn, docs: state.mark_stored(conn, item, canonical, docs))
        except Exception as exc:  # the coder failing on one page must not end the watch
            if _store_down(exc):
                raise
            return self._failed(item, f"could not be coded: {type(exc).__name__}: {exc}", False, stats)
        if res.skipped:  # its text was stored before, from another URL or another run
            state.mark_known(self.store, item, canonical, doc)
            stats.duplicates += 1
        stats.stored += res.added
        stats.events += res.events

    def _failed(self, item: state.Pending, message: str, retry: bool, stats: PassStats) -> None:
        stats.errors += 1
        state.mark(self.store, item, "error", error=message, retry=retry)


def _store_down(exc: Exception) -> bool:
    """A database error (not the article's fault): it ends the pass."""
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)


def _by_host_in_turn(items: list[state.Pending]) -> Iterator[state.Pending]:
    """One host's articles after another's, so each host's delay passes while others are read."""
    hosts: dict[str, list[state.Pending]] = {}
    for item in items:
        hosts.setdefault(host_of(item.url), []).append(item)
    for turn in zip_longest(*hosts.values()):
        yield from (i for i in turn if i is not None)


def watch(watcher: Watcher, sources: list[str], every: float, once: bool = False,
          on_pass: Callable[[PassStats], None] | None = None,
          on_error: Callable[[Exception], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> PassStats | None:
    """Passes every ``every`` seconds (counted from the start of one to the next), forever
    unless ``once``. A pass that fails as a whole (the database cannot be written) is
    reported to ``on_error`` and the next one tried in time; with ``once`` it raises.
    Returns the last pass's figures."""
    while True:
        start = time.monotonic()
        try:
            stats = watcher.run_pass(sources)
        except Exception as exc:
            if once or on_error is None:
                raise
            on_error(exc)
        else:
            if on_pass:
                on_pass(stats)
            if once:
                return stats
        sleep(max(0.0, every - (time.monotonic() - start)))


def parse_every(value: str) -> float:
    """'15m', '90s', '1h', '1d' or a number of seconds, as seconds (at least one)."""
    m = _EVERY.fullmatch(value.strip().lower())
    if not m:
        raise ValueError(f"{value!r} is not a period; use e.g. 90s, 15m, 1h")
    seconds = float(m[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m[2] or "s"]
    if seconds < 1:
        raise ValueError("the period must be at least one second")
    return seconds


def read_sources(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """Source URLs from the arguments: URLs as given, files read one URL a line (blank
    lines and ``#`` comments skipped). Returns the URLs and what could not be used."""
    urls, problems = [], []
    for name in names:
        if "://" in name:
            lines: list[tuple[str, str]] = [(name, name)]
        else:
            try:
                text = Path(name).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(f"{name}: cannot read ({getattr(exc, 'strerror', None) or exc})")
                continue
            lines = [(f"{name}:{n}", line.split("#", 1)[0].strip()) for n, line in enumerate(text.splitlines(), 1)]
        for where, line in lines:
            if not line:
                continue
            url = clean_url(line)
            if url is None or "://" not in line:
                problems.append(f"{where}: not an http(s) URL: {line[:200]}")
            else:
                urls.append(url)
    return list(dict.fromkeys(urls)), problems
