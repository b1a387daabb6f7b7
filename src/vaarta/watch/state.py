"""What vaarta watch keeps in the store (tables ``watch_feeds`` and ``watch_urls``, schema
version 4): every listing it polls, with its validators and last answer, and every article
URL it has seen, with what became of it.

A URL is a queue entry first (``pending``), written in the same transaction as the poll
that found it and the ETag that poll got: a watch stopped after a poll finds the entry the
next time, although the listing then answers 304. An article's document and its URL's
``stored`` mark are written in one transaction (``mark_stored`` runs inside the store's
``add_documents``), so a kill keeps both or neither. Statuses:

- ``pending``: listed, not fetched yet;
- ``stored``: its article is the document ``doc_id``;
- ``duplicate``: its article was stored already, as ``doc_id`` (same canonical URL or text);
- ``skipped``: published before ``--since``;
- ``error``: ``error`` says why; ``retry`` errors (5xx, timeouts) are tried again on later
  passes, up to MAX_ATTEMPTS tries in all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update

from vaarta.model import Doc
from vaarta.store import Store
from vaarta.store.schema import documents, watch_feeds, watch_urls
from vaarta.store.sql import content_hash
from vaarta.watch.discover import Link
from vaarta.watch.urls import url_key

MAX_ATTEMPTS = 3  # tries of an article, over passes, before its error is final
STATUSES = ("pending", "stored", "duplicate", "skipped", "error")
REPORT_ERRORS = 500  # article errors listed by report(), newest first


@dataclass(frozen=True, slots=True)
class Validators:
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class Pending:
    """An article URL to fetch."""

    key: str
    url: str
    feed_id: str | None
    source_id: str | None
    listed: date | None
    attempts: int


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- listings -------------------------------------------------------------------------
def add_sources(store: Store, urls: Iterable[str]) -> None:
    """Keep ``urls`` as sources the user listed (known ones are left as they are, except
    that a listing found on another becomes a source of its own)."""
    urls = list(dict.fromkeys(urls))
    with store.writing() as conn:
        known = _existing(conn, watch_feeds, [url_key(u) for u in urls])
        for u in urls:
            if url_key(u) in known:
                conn.execute(update(watch_feeds).where(watch_feeds.c.id == url_key(u)).values(parent_id=None))
            else:
                conn.execute(insert(watch_feeds).values(_new_feed(u, None)))


def sources(store: Store) -> list[str]:
    """The sources the user listed, oldest first."""
    with store.engine.connect() as conn:
        return [u for (u,) in conn.execute(select(watch_feeds.c.url).where(watch_feeds.c.parent_id.is_(None))
                                           .order_by(watch_feeds.c.added_at, watch_feeds.c.url))]


def validators(store: Store, url: str) -> Validators:
    with store.engine.connect() as conn:
        row = conn.execute(select(watch_feeds.c.etag, watch_feeds.c.last_modified)
                           .where(watch_feeds.c.id == url_key(url))).first()
    return Validators(row.etag, row.last_modified) if row else Validators(None, None)


def children(store: Store, url: str) -> list[str]:
    """The listings last found on ``url`` (polled again when it answers 304)."""
    with store.engine.connect() as conn:
        return [u for (u,) in conn.execute(select(watch_feeds.c.url).where(watch_feeds.c.parent_id == url_key(url))
                                           .order_by(watch_feeds.c.added_at, watch_feeds.c.url))]


def poll_done(store: Store, url: str, parent: str | None, source: str, status: int, kind: str | None = None,
              found: Validators | None = None, articles: Iterable[Link] = (), listings: Iterable[Link] = ()) -> int:
    """Record a poll that was answered (``status`` 200 or 304), the listings found on it,
    and queue the article URLs not seen before, in one transaction. Returns how many
    were new."""
    now = _now()
    articles = list({a.url: a for a in articles}.values())
    with store.writing() as conn:
        values: dict[str, Any] = {"last_polled": now, "last_status": status, "last_error": None,
                                  "polls": watch_feeds.c.polls + 1}
        if kind:
            values["kind"] = kind
        if found is not None and status != 304:
            values.update(etag=found.etag, last_modified=found.last_modified)
        _touch_feed(conn, url, parent, values)
        fresh = [u.url for u in listings]
        known = _existing(conn, watch_feeds, [url_key(u) for u in fresh])
        for u in dict.fromkeys(fresh):
            if url_key(u) not in known:
                conn.execute(insert(watch_feeds).values(_new_feed(u, url_key(url), now)))
        known = _existing(conn, watch_urls, [url_key(a.url) for a in articles])
        rows = [{"id": url_key(a.url), "url": a.url, "feed_id": url_key(url), "source_id": url_key(source),
                 "listed_date": a.published, "status": "pending", "retry": False, "attempts": 0, "first_seen": now}
                for a in articles if url_key(a.url) not in known]
        if rows:
            conn.execute(insert(watch_urls), rows)
    return len(rows)


def poll_failed(store: Store, url: str, parent: str | None, message: str, status: int | None) -> None:
    with store.writing() as conn:
        _touch_feed(conn, url, parent, {"last_polled": _now(), "last_status": status, "last_error": message[:2000],
                                        "polls": watch_feeds.c.polls + 1, "failures": watch_feeds.c.failures + 1})


def _touch_feed(conn: Any, url: str, parent: str | None, values: dict[str, Any]) -> None:
    key = url_key(url)
    if not _existing(conn, watch_feeds, [key]):
        conn.execute(insert(watch_feeds).values(_new_feed(url, url_key(parent) if parent else None)))
    conn.execute(update(watch_feeds).where(watch_feeds.c.id == key).values(**values))


def _new_feed(url: str, parent_id: str | None, now: datetime | None = None) -> dict[str, Any]:
    return {"id": url_key(url), "url": url, "parent_id": parent_id, "polls": 0, "failures": 0,
            "added_at": now or _now()}


# -- article URLs -------------------------------------------------------------------
def pending(store: Store) -> list[Pending]:
    """Article URLs to fetch: new ones, and errors worth another try, oldest first."""
    c = watch_urls.c
    todo = or_(c.status == "pending", and_(c.status == "error", c.retry.is_(True), c.attempts < MAX_ATTEMPTS))
    with store.engine.connect() as conn:
        return [Pending(r.id, r.url, r.feed_id, r.source_id, r.listed_date, r.attempts)
                for r in conn.execute(select(c.id, c.url, c.feed_id, c.source_id, c.listed_date, c.attempts)
                                      .where(todo).order_by(c.first_seen, c.id))]


def stored_as(store: Store, url: str) -> str | None:
    """The document that holds the article at ``url``, if one does."""
    with store.engine.connect() as conn:
        return conn.execute(select(watch_urls.c.doc_id).where(watch_urls.c.id == url_key(url))
                            .where(watch_urls.c.status.in_(("stored", "duplicate")))).scalar()


def mark(store: Store, item: Pending, status: str, error: str | None = None, retry: bool = False,
         doc_id: str | None = None) -> None:
    """What became of an article URL that did not end in a new document."""
    with store.writing() as conn:
        conn.execute(update(watch_urls).where(watch_urls.c.id == item.key).values(
            status=status, error=error[:2000] if error else None, retry=retry, doc_id=doc_id,
            attempts=watch_urls.c.attempts + 1, last_tried=_now()))


def mark_stored(conn: Any, item: Pending, canonical: str, docs: list[Doc]) -> None:
    """Inside the transaction that stores ``docs`` (one: the article at ``item``): the URL
    and its canonical URL point at the document that holds the article — the new one, or
    the one stored before with the same text (then they are duplicates)."""
    for doc in docs:
        held = conn.execute(select(documents.c.id).where(or_(documents.c.id == doc.id,
                                                             documents.c.content_hash == content_hash(doc.raw)))
                            .order_by((documents.c.id == doc.id).desc()).limit(1)).scalar() or doc.id
        status = "stored" if held == doc.id else "duplicate"
        now = _now()
        conn.execute(update(watch_urls).where(watch_urls.c.id == item.key).values(
            status=status, doc_id=held, error=None, retry=False, attempts=watch_urls.c.attempts + 1, last_tried=now,
            canonical=canonical if canonical != item.url else None))
        if canonical != item.url:
            row = {"status": status, "doc_id": held, "error": None, "retry": False, "last_tried": now}
            if _existing(conn, watch_urls, [url_key(canonical)]):
                conn.execute(update(watch_urls).where(watch_urls.c.id == url_key(canonical)).values(**row))
            else:
                conn.execute(insert(watch_urls).values(
                    id=url_key(canonical), url=canonical, feed_id=item.feed_id, source_id=item.source_id,
                    listed_date=item.listed, attempts=1, first_seen=now, **row))


def mark_known(store: Store, item: Pending, canonical: str, doc: Doc) -> None:
    """``mark_stored`` for an article the store had already (ingest skipped it)."""
    with store.writing() as conn:
        mark_stored(conn, item, canonical, [doc])


def _existing(conn: Any, table: Any, keys: list[str]) -> set[str]:
    out: set[str] = set()
    for chunk in _chunks(sorted(set(keys)), 500):
        out.update(k for (k,) in conn.execute(select(table.c.id).where(table.c.id.in_(chunk))))
    return out


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# -- report ----------------------------------------------------------------------------
def report(store: Store, errors: int = REPORT_ERRORS) -> dict[str, Any]:
    """Every listing with its last poll and what its articles became (counts per status),
    and the article errors, newest first: what ``vaarta watch --report`` and ``/watch`` show."""
    f, u = watch_feeds.c, watch_urls.c
    with store.engine.connect() as conn:
        feeds = [dict(r) for r in conn.execute(select(watch_feeds).order_by(f.added_at, f.url)).mappings()]
        by_feed: dict[str | None, dict[str, int]] = {}
        by_source: dict[str | None, dict[str, int]] = {}
        for fid, sid, status, n in conn.execute(select(u.feed_id, u.source_id, u.status, func.count())
                                                .group_by(u.feed_id, u.source_id, u.status)):
            for table, key in ((by_feed, fid), (by_source, sid)):
                counts = table.setdefault(key, dict.fromkeys(STATUSES, 0))
                counts[status] = counts.get(status, 0) + n
        failed = conn.execute(select(u.url, u.feed_id, u.error, u.retry, u.attempts, u.last_tried)
                              .where(u.status == "error").order_by(u.last_tried.desc(), u.url)
                              .limit(errors)).mappings().all()
        n_failed = int(conn.execute(select(func.count()).select_from(watch_urls).where(u.status == "error")).scalar_one())
    url_of = {r["id"]: r["url"] for r in feeds}
    rows = []
    for r in feeds:
        rows.append({
            "url": r["url"], "kind": r["kind"], "source": r["parent_id"] is None,
            "parent": url_of.get(r["parent_id"]) if r["parent_id"] else None,
            "last_polled": r["last_polled"], "last_status": r["last_status"], "last_error": r["last_error"],
            "polls": r["polls"], "failures": r["failures"],
            "articles": by_feed.get(r["id"], dict.fromkeys(STATUSES, 0)),
            # a source counts every article that came through it, on its own or its listings' pages
            "through": by_source.get(r["id"], dict.fromkeys(STATUSES, 0)) if r["parent_id"] is None else None,
        })
    totals = dict.fromkeys(STATUSES, 0)
    for counts in by_feed.values():
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
    return {
        "feeds": rows, "totals": totals,
        "feed_errors": sum(1 for r in feeds if r["last_error"]),
        "article_errors": [{**dict(e), "feed": url_of.get(e["feed_id"]),
                            "will_retry": bool(e["retry"]) and e["attempts"] < MAX_ATTEMPTS} for e in failed],
        "article_errors_total": n_failed,
    }
