"""The store: documents, events and their participants in SQLite (default) or PostgreSQL.

``open_store(url)`` creates or upgrades the schema (refusing a newer one), turns on WAL and
foreign keys for SQLite, and keeps a full-text index of article text: SQLite FTS5 with a
tokenizer that keeps Devanagari words whole, PostgreSQL ``to_tsvector('simple', …)``.
Every write goes through ``add_documents`` in one transaction per batch.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    literal,
    make_url,
    or_,
    select,
    text,
)

from vaarta.model import Doc, Event
from vaarta.store import aggregates, names, summaries
from vaarta.store import network as network_view
from vaarta.store.aggregates import milli
from vaarta.store.migrations import MIGRATIONS
from vaarta.store.rows import event_dict, event_row
from vaarta.store.schema import (
    REGROUP_EVENTS,
    SCHEMA_VERSION,
    documents,
    event_people,
    event_states,
    events,
    meta,
    metadata,
    participants,
    sentences,
    story_sizes,
    unsigned_documents,
)

DEFAULT_URL = "sqlite:///vaarta.db"
WRITE_LOCK_KEY = 7_261_0001  # the advisory lock all vaarta writers of one PostgreSQL database share
BUSY_TIMEOUT_MS = 120_000  # how long a SQLite writer waits for another to finish
TOTAL_CAP = 10_000  # a list's total is exact up to this many matches, "more than" beyond
SEARCH_WINDOW = 20_000  # the newest matches of a search ranked best first (a word in more articles: those)
MAX_MENTIONS = 50  # other mentions of a happening listed with an event (their count is given too)
_CODE = re.compile(r"[A-Z]{2,5}")
FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"


class StoreError(RuntimeError):
    """The database cannot be used: wrong URL, newer schema, missing driver."""


def content_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class EventQuery:
    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    doc_id: str | None = None
    pair: tuple[str, str] | None = None  # events between two codes, either direction
    actor_id: str | None = None  # a person of the KB (its kb_id) as actor
    recipient_id: str | None = None
    limit: int = 100
    offset: int = 0
    after: tuple[str | None, str] | None = None  # keyset cursor: (date, event_id) of the last row seen
    # other spellings of the place, actor and recipient asked for (any script; vaarta.kb.spellings)
    place_also: tuple[str, ...] = ()
    actor_also: tuple[str, ...] = ()
    recipient_also: tuple[str, ...] = ()
    sort: str = "newest"  # newest, oldest, cooperative (Goldstein high first) or hostile (low first)
    # what a name or place filter comes to through the known names (vaarta.store.names):
    # participants who are these KB people; events at these place names (or in the country)
    actor_ids: tuple[str, ...] | None = None
    recipient_ids: tuple[str, ...] | None = None
    place_in: tuple[str, ...] | None = None


@dataclass
class AddResult:
    added: int = 0
    skipped: int = 0
    recoded: int = 0
    events: int = 0


class Store:
    def __init__(self, engine: Engine, aggregates: bool = True) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        # answer from the pre-aggregated tables where the filters allow (vaarta.store.summaries);
        # False reads every answer from the events themselves (slow: for checking the tables)
        self.aggregates = aggregates
        self._migrate()

    # -- schema ---------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[Any]:
        """A write transaction that holds the database's write lock from its first statement
        (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction advisory lock), so two writers —
        two ``ingest`` runs, an ingest and ``POST /api/ingest`` — take turns instead of both
        reading "not stored yet" and colliding on insert. A writer waits for the lock
        (SQLite's busy timeout) rather than failing."""
        with self.engine.connect() as conn:
            conn.info["vaarta_write"] = True
            try:
                with conn.begin():
                    if self.dialect == "postgresql":
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
                    yield conn
            finally:
                conn.info.pop("vaarta_write", None)

    def _migrate(self) -> None:
        with self.engine.connect() as conn:  # the usual case, a current schema: no write lock taken
            if inspect(conn).has_table(meta.name) and conn.execute(
                    select(meta.c.value).where(meta.c.key == "schema_version")).scalar() == str(SCHEMA_VERSION):
                return
        with self.writing() as conn:  # create or upgrade, looking again under the lock
            insp = inspect(conn)
            if not insp.has_table(meta.name):
                if insp.has_table(documents.name):
                    raise StoreError("this database has vaarta tables but no schema version; refusing to touch it")
                metadata.create_all(conn)
                conn.execute(insert(meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
                self._create_fts(conn)
                return
            version = int(conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar_one())
            if version > SCHEMA_VERSION:
                raise StoreError(f"database schema version {version} is newer than this vaarta understands "
                                 f"({SCHEMA_VERSION}); upgrade vaarta")
            for step in range(version + 1, SCHEMA_VERSION + 1):  # upgrades, one per version, in this transaction
                MIGRATIONS[step](conn)
            if version < SCHEMA_VERSION:
                conn.execute(meta.update().where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))

    def _create_fts(self, conn) -> None:  # type: ignore[no-untyped-def]
        if self.dialect == "sqlite":
            conn.execute(text(f"CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, body, "
                              f"tokenize=\"{FTS_TOKENIZER}\")"))
        elif self.dialect == "postgresql":
            conn.execute(text("CREATE INDEX documents_text_fts ON documents "
                              "USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))"))

    # -- writing --------------------------------------------------------------------
    def known(self, doc_id: str, digest: str) -> bool:
        with self.engine.connect() as conn:
            q = select(documents.c.id).where(or_(documents.c.id == doc_id, documents.c.content_hash == digest))
            return conn.execute(q.limit(1)).first() is not None

    def add_documents(self, docs: Iterable[Doc], recode: bool = False,
                      then: Callable[[Any, list[Doc]], None] | None = None) -> AddResult:
        """Store coded documents in one transaction. A document already stored (same id or
        same text) is skipped, or with ``recode`` has its events replaced. Rows are written
        with one statement per table for the whole batch. ``then(conn, docs)`` makes more
        writes in the same transaction (``vaarta watch`` marks the URLs the documents came
        from: both are kept, or neither)."""
        res = AddResult()
        now = datetime.now(UTC).replace(tzinfo=None)
        batch = list(docs)
        digests = [content_hash(d.raw) for d in batch]
        with self.writing() as conn:
            known: dict[str, str] = {}  # id or hash -> stored id
            for chunk in _chunks(list(zip((d.id for d in batch), digests, strict=True)), 400):
                ids, hashes = [c[0] for c in chunk], [c[1] for c in chunk]
                for row in conn.execute(select(documents.c.id, documents.c.content_hash)
                                        .where(or_(documents.c.id.in_(ids), documents.c.content_hash.in_(hashes)))):
                    known[row.id] = known[row.content_hash] = row.id
            doc_rows, sent_rows, fts_rows, new_events, replaced = [], [], [], [], []
            for doc, digest in zip(batch, digests, strict=True):
                stored = known.get(doc.id) or known.get(digest)
                if stored is not None:
                    if not recode:
                        res.skipped += 1
                        continue
                    replaced.append(stored)
                    for ev in doc.events:
                        ev.doc_id = stored
                    new_events.extend(doc.events)
                    res.recoded += 1
                    res.events += len(doc.events)
                    continue
                known[doc.id] = known[digest] = doc.id
                doc_rows.append({"id": doc.id, "content_hash": digest, "url": doc.url, "title": doc.title,
                                 "lang": doc.lang, "published": doc.published, "source": doc.source,
                                 "text": doc.text, "ingested_at": now})
                sent_rows += [{"doc_id": doc.id, "position": s.index, "start": s.start, "end": s.end,
                               "paragraph": s.paragraph} for s in doc.sentences]
                fts_rows.append({"i": doc.id, "t": doc.title or "", "b": doc.text})
                new_events.extend(doc.events)
                res.added += 1
                res.events += len(doc.events)
            if replaced:
                aggregates.remove(conn, events.c.doc_id.in_(replaced))
                conn.execute(delete(events).where(events.c.doc_id.in_(replaced)))
                conn.execute(delete(meta).where(meta.c.key == REGROUP_EVENTS))
                conn.execute(insert(meta).values(key=REGROUP_EVENTS, value="1"))
            if doc_rows:
                conn.execute(insert(documents), doc_rows)
            if sent_rows:
                conn.execute(insert(sentences), sent_rows)
            if fts_rows and self.dialect == "sqlite":
                conn.execute(text("INSERT INTO documents_fts (doc_id, title, body) VALUES (:i, :t, :b)"), fts_rows)
            self._insert_events(conn, new_events)
            if then is not None:
                then(conn, batch)
        return res

    def _insert_events(self, conn, evs: list[Event]) -> None:  # type: ignore[no-untyped-def]
        if not evs:
            return
        event_rows = [event_row(ev) for ev in evs]
        conn.execute(insert(events), event_rows)
        # the counts change with the events, in their transaction
        aggregates.add(conn, [aggregates.with_people(r, ev.actors, ev.recipients) for r, ev in zip(event_rows, evs,
                                                                                                   strict=True)])
        rows = [
            {"event_id": ev.event_id, "role": role, "position": i, "name": a.name, "country": a.country,
             "sector": a.sector, "kb_id": a.kb_id, "wikidata": a.wikidata, "text": a.text}
            for ev in evs for role, people in (("actor", ev.actors), ("recipient", ev.recipients))
            for i, a in enumerate(people)
        ]
        if rows:
            conn.execute(insert(participants), rows)
        names.remember(conn, names.entries(rows, event_rows))

    # -- reading --------------------------------------------------------------------
    def _resolve(self, q: EventQuery, place: bool = True) -> EventQuery:
        """``q`` with its names and (with ``place``) its place as index filters
        (``vaarta.store.names``), unless every answer is to be read from the events themselves."""
        if not self.aggregates or not (q.place or q.actor or q.recipient):
            return q
        with self.engine.connect() as conn:
            return names.resolved(conn, q, place)

    def count(self, what: str = "documents") -> int:
        table = {"documents": documents, "events": events}[what]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    def _filtered(self, stmt, q: EventQuery, day=events.c.date):  # type: ignore[no-untyped-def]
        """``stmt`` with the filters of ``q``; since and until on ``day`` (an event's date, or
        its copy in a joined ``event_states``)."""
        for col, value in (("type", q.type), ("modality", q.modality), ("doc_id", q.doc_id)):
            if value:
                stmt = stmt.where(events.c[col] == value)
        if q.since:
            stmt = stmt.where(day >= q.since)
        if q.until:
            stmt = stmt.where(day <= q.until + "\uffff")
        if q.place:
            named = (events.c.place_name.in_(q.place_in) if q.place_in is not None
                     else names.place_condition(events.c.place_name, q.place, q.place_also))
            stmt = stmt.where(or_(named, events.c.place_country == q.place.upper()))
        for role, person, ids in (("actor", q.actor_id, q.actor_ids), ("recipient", q.recipient_id, q.recipient_ids)):
            if person:
                stmt = stmt.where(events.c.event_id.in_(select(event_people.c.event_id).where(
                    event_people.c.kb_id == person, event_people.c.role == role)))
            if ids is not None:
                stmt = stmt.where(events.c.event_id.in_(select(event_people.c.event_id).where(
                    event_people.c.kb_id.in_(ids), event_people.c.role == role)))
        for role, value, also in (("actor", q.actor, q.actor_also), ("recipient", q.recipient, q.recipient_also)):
            if value:
                if _CODE.fullmatch(value):  # a state or organisation code: its states-by-date index
                    sub = select(event_states.c.event_id).where(event_states.c.state == value,
                                                                event_states.c.role == role)
                else:
                    sub = select(participants.c.event_id).where(participants.c.role == role).where(
                        names.name_condition(participants, (value, *also)))
                stmt = stmt.where(events.c.event_id.in_(sub))
        if q.pair:
            stmt = stmt.where(_pair(*q.pair))
        return stmt

    def count_events(self, q: EventQuery | None = None, cap: int | None = None) -> int:
        """How many events ``q`` selects (its limit and offset ignored). With ``cap``, a
        filtered count stops past ``cap`` (it returns ``cap + 1``: "more than cap") — counting
        every match of a broad filter in a large store costs more than the page it heads."""
        q = self._resolve(q or EventQuery())
        if self.aggregates:
            with self.engine.connect() as conn:
                exact = summaries.count(conn, q)
            if exact is not None:
                return min(exact, cap + 1) if cap is not None and _narrows(q) else exact
        if cap is not None and _narrows(q):
            stmt = select(func.count()).select_from(self._select_ids(q).limit(cap + 1).subquery())
        else:
            stmt = self._filtered(select(func.count()).select_from(events), q)
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def facets(self, q: EventQuery, top: int = 12) -> dict[str, list[tuple[str, int]]]:
        """How many of the events ``q`` selects have each type, actor state and month (its
        limit, offset and sort ignored): the counts beside a list."""
        q = self._resolve(q)
        month = func.substr(events.c.date, 1, 7)
        with self.engine.connect() as conn:
            out = summaries.facets(conn, q, top) if self.aggregates else None
            if out is None:
                by_type = conn.execute(self._within(select(events.c.type, func.count()), q)
                                       .group_by(events.c.type).order_by(func.count().desc(), events.c.type)).all()
                by_month = conn.execute(self._within(select(month, func.count()), q).where(events.c.date.is_not(None))
                                        .group_by(month).order_by(month.desc()).limit(top)).all()
                out = {"type": [(a, b) for a, b in by_type], "month": [(a, b) for a, b in by_month]}
            if "actor" not in out:  # (each state once per event: event_states holds an event's states once)
                n = func.count()
                stmt = select(event_states.c.state, n).where(event_states.c.role == "actor")
                if _narrows(q):
                    stmt = stmt.where(event_states.c.event_id.in_(self._select_ids(q)))
                out["actor"] = [(a, b) for a, b in conn.execute(
                    stmt.group_by(event_states.c.state).order_by(n.desc(), event_states.c.state).limit(top))]
        return {"type": out["type"], "actor": out["actor"], "month": out["month"]}

    def actor_summary(self, code: str | None = None, kb_id: str | None = None, top: int = 15) -> dict[str, Any]:
        """One actor — a state or organisation code, or a KB person's id — across the store:
        how many events it acts in and receives, its counterparts, and its events per month
        and type."""
        who = participants.c.kb_id == kb_id if kb_id else participants.c.country == code
        mine = select(participants.c.event_id, participants.c.role).where(who).distinct().subquery()
        other = participants.alias("other")
        with self.engine.connect() as conn:
            name = conn.execute(select(participants.c.name).where(who).where(participants.c.name.is_not(None))
                                .limit(1)).scalar()
            if self.aggregates and (kb_id or (code and _CODE.fullmatch(code))):
                return {"code": code, "kb_id": kb_id, "name": name, **summaries.actor(conn, code, kb_id, top)}
            roles = dict(conn.execute(select(mine.c.role, func.count()).group_by(mine.c.role)).all())
            counterparts = conn.execute(
                select(other.c.country, func.count(func.distinct(other.c.event_id)).label("n"))
                .join(mine, (mine.c.event_id == other.c.event_id) & (mine.c.role != other.c.role))
                .where(other.c.country.is_not(None)).where(other.c.country != (code or ""))
                .group_by(other.c.country).order_by(func.count(func.distinct(other.c.event_id)).desc(), other.c.country)
                .limit(top)).all()
            month = func.substr(events.c.date, 1, 7)
            per_month = conn.execute(
                select(month, events.c.type, func.count(func.distinct(events.c.event_id)))
                .join(mine, mine.c.event_id == events.c.event_id).where(events.c.date.is_not(None))
                .group_by(month, events.c.type).order_by(month, events.c.type)).all()
        return {"code": code, "kb_id": kb_id, "name": name, "as_actor": roles.get("actor", 0),
                "as_recipient": roles.get("recipient", 0),
                "counterparts": [{"code": c, "events": n} for c, n in counterparts],
                "per_month": [{"month": m, "type": t, "events": n} for m, t, n in per_month]}

    def ungrouped(self) -> bool:
        """Some document has not been through story grouping (a run was stopped before it):
        looked for among the documents without a story, through its index."""
        with self.engine.connect() as conn:
            return conn.execute(unsigned_documents().limit(1)).first() is not None

    def _select_ids(self, q: EventQuery):  # type: ignore[no-untyped-def]
        return self._filtered(select(events.c.event_id), q)

    def _within(self, stmt, q: EventQuery):  # type: ignore[no-untyped-def]
        """``stmt`` limited to the events ``q`` selects — left alone when ``q`` selects every
        event (a semi-join over the whole table costs more than the query itself)."""
        if not _narrows(q):
            return stmt
        return stmt.where(events.c.event_id.in_(self._select_ids(q)))

    def events(self, q: EventQuery) -> list[dict[str, Any]]:
        # (a page of a busy place's newest events is found sooner by walking the dates)
        q = self._resolve(q, place=False)
        pg = self.dialect == "postgresql"
        stmt, day, ident = select(events), events.c.date, events.c.event_id
        by_date = q.sort in ("newest", "oldest")
        # the events of one state or person by date: its by-date index, walked from the newest
        # (or oldest) until the page is full, instead of every event of it sorted
        person = next(((t, r) for t, r in ((q.actor_id, "actor"), (q.recipient_id, "recipient")) if t), None)
        state = next(((v, r) for v, r in ((q.actor, "actor"), (q.recipient, "recipient")) if v and _CODE.fullmatch(v)),
                     None)
        if by_date and (person or state) and self.aggregates:
            (who, role), table = (person, event_people) if person else (state, event_states)  # type: ignore[misc]
            key = table.c.kb_id if person else table.c.state
            by = table.alias("by")
            stmt = stmt.join(by, (by.c.event_id == events.c.event_id) & (by.c.role == role) & (by.c[key.name] == who))
            day, ident = by.c.date, by.c.event_id
            q = replace(q, **{(f"{role}_id" if person else role): None})
        order = {
            "newest": [day.desc().nulls_last() if pg else day.desc()],
            "oldest": [day.asc().nulls_last() if pg else day.is_(None), day.asc()],
            "cooperative": [events.c.goldstein.desc().nulls_last() if pg else events.c.goldstein.desc()],
            "hostile": [events.c.goldstein.asc().nulls_last() if pg else events.c.goldstein.is_(None),
                        events.c.goldstein.asc()],
        }.get(q.sort)
        if order is None:
            raise ValueError(f"sort must be one of newest, oldest, cooperative, hostile; not {q.sort!r}")
        if q.after is not None and q.sort != "newest":
            raise ValueError("a cursor pages the newest-first order only")
        stmt = self._filtered(stmt.order_by(*order, ident), q, day)
        if q.after is not None:  # newest first, then by id: the rows after the cursor's row
            last_day, last_id = q.after
            stmt = stmt.where(or_(day < last_day, (day == last_day) & (ident > last_id), day.is_(None))
                              if last_day is not None else day.is_(None) & (ident > last_id))
        stmt = stmt.limit(max(0, q.limit)).offset(max(0, q.offset))
        with self.engine.connect() as conn:
            if q.sort == "newest" and q.after is None and q.pair and self.aggregates:
                floor = summaries.newest_floor(conn, q, max(0, q.offset) + max(0, q.limit))
                if floor is not None:  # (the page's rows are all on or after it: the same rows)
                    stmt = stmt.where(day >= floor)
            rows = conn.execute(stmt).mappings().all()
            people = self._participants(conn, [r["event_id"] for r in rows])
            return [event_dict(r, people.get(r["event_id"], [])) for r in rows]

    def iter_events(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every event with its document's url and title and, from the cross-document
        clusters (``vaarta.stories``), how many mentions and sources its happening has."""
        with self.engine.connect() as conn:
            counts = {r.cluster_id: (r.mentions, r.sources) for r in conn.execute(
                select(events.c.cluster_id, func.count().label("mentions"),
                       func.count(func.distinct(func.coalesce(documents.c.story_id, documents.c.id))).label("sources"))
                .join(documents, documents.c.id == events.c.doc_id).group_by(events.c.cluster_id))}
        last = ""  # keyset paging: each batch starts after the last id read, whatever the store's size
        while True:
            with self.engine.connect() as conn:
                stmt = (select(events, documents.c.url, documents.c.title, documents.c.source,
                               documents.c.published, documents.c.ingested_at)
                        .join(documents, documents.c.id == events.c.doc_id).where(events.c.event_id > last)
                        .order_by(events.c.event_id).limit(batch))
                rows = conn.execute(stmt).mappings().all()
                people = self._participants(conn, [r["event_id"] for r in rows])
                out = [event_dict(r, people.get(r["event_id"], [])) | {
                    "url": r["url"], "title": r["title"], "source": r["source"], "cluster_id": r["cluster_id"],
                    "published": r["published"], "ingested_at": r["ingested_at"],
                    "mentions": counts.get(r["cluster_id"], (1, 1))[0], "sources": counts.get(r["cluster_id"], (1, 1))[1],
                } for r in rows]
            yield from out
            if len(rows) < batch:
                return
            last = rows[-1]["event_id"]

    def _participants(self, conn, event_ids: list[str]) -> dict[str, list[Any]]:  # type: ignore[no-untyped-def]
        out: dict[str, list[Any]] = {}
        for chunk in _chunks(event_ids, 500):
            for p in conn.execute(select(participants).where(participants.c.event_id.in_(chunk))
                                  .order_by(participants.c.event_id, participants.c.role, participants.c.position)
                                  ).mappings():
                out.setdefault(p["event_id"], []).append(p)
        return out

    def search(self, query: str, limit: int = 20, also: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """Articles matching ``query`` — or any of ``also``, other spellings of the same name
        as phrases — best first, with a snippet (matches in [brackets]). Control characters
        (NUL among them) separate words like spaces."""
        query = re.sub(r"[\x00-\x1f\x7f]", " ", query)
        also = tuple(a for a in (re.sub(r"[\x00-\x1f\x7f]", " ", a).strip() for a in also) if a and a != query)
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                fq = _fts_query(query, also)
                # ranking reads every match: a word in most articles is ranked among its newest
                # SEARCH_WINDOW matches (found in rowid order, which costs next to nothing)
                lo = conn.execute(text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q "
                                       "ORDER BY rowid DESC LIMIT 1 OFFSET :k"), {"q": fq, "k": SEARCH_WINDOW}).scalar()
                rows = conn.execute(text(
                    "SELECT f.doc_id AS id, d.title, d.published, snippet(documents_fts, 2, '[', ']', '…', 16) AS snippet "
                    "FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
                    "WHERE documents_fts MATCH :q" + ("" if lo is None else " AND f.rowid > :lo") +
                    " ORDER BY rank LIMIT :n"), {"q": fq, "n": limit, "lo": lo})
            else:
                tsq = " || ".join(["plainto_tsquery('simple', :q)"] +
                                  [f"phraseto_tsquery('simple', :a{i})" for i in range(len(also))])
                rows = conn.execute(text(
                    f"SELECT id, title, published, ts_headline('simple', text, {tsq}, "
                    "'StartSel=[, StopSel=], MaxWords=20') AS snippet FROM documents "
                    f"WHERE to_tsvector('simple', coalesce(title, '') || ' ' || text) @@ ({tsq}) "
                    "LIMIT :n"), {"q": query, "n": limit, **{f"a{i}": a for i, a in enumerate(also)}})
            return [dict(r._mapping) for r in rows]

    def event_types(self) -> list[str]:
        """The event types present, for filter menus."""
        with self.engine.connect() as conn:
            if self.aggregates:
                return summaries.event_types(conn)
            return [t for (t,) in conn.execute(select(events.c.type).distinct().order_by(events.c.type))]

    def stats(self) -> dict[str, Any]:
        """Documents and events in all, events per type and month, the ten busiest pairs of
        state sets (ties by name)."""
        with self.engine.connect() as conn:
            if self.aggregates:
                return summaries.stats(conn)
            n = func.count()
            by_type = dict(conn.execute(select(events.c.type, n).group_by(events.c.type)
                                        .order_by(n.desc(), events.c.type)).all())
            dyads = conn.execute(select(events.c.actor_countries, events.c.recipient_countries, n)
                                 .group_by(events.c.actor_countries, events.c.recipient_countries)
                                 .order_by(n.desc(), events.c.actor_countries, events.c.recipient_countries)
                                 .limit(10)).all()
            month = func.substr(events.c.date, 1, 7)
            per_month = conn.execute(select(month, func.count()).where(events.c.date.is_not(None))
                                     .group_by(month).order_by(month)).all()
        return {
            "documents": self.count("documents"), "events": self.count("events"), "by_type": by_type,
            "top_dyads": [{"actors": a, "recipients": r, "events": n} for a, r, n in dyads],
            "per_month": {m: n for m, n in per_month},
        }

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its document, and the other mentions of the same happening: the
        first MAX_MENTIONS of them and ``mention_count``, how many there are."""
        with self.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.event_id == event_id)).mappings().first()
            if row is None:
                return None
            out = event_dict(row, self._participants(conn, [event_id]).get(event_id, []))
            doc = conn.execute(select(documents.c.id, documents.c.title, documents.c.url, documents.c.published,
                                      documents.c.lang, documents.c.text)
                               .where(documents.c.id == row["doc_id"])).mappings().first()
            out["document"] = dict(doc) if doc else None
            others = (events.c.cluster_id == row["cluster_id"]) & (events.c.event_id != event_id)
            out["mentions"] = [dict(r) for r in conn.execute(
                select(events.c.event_id, events.c.doc_id, events.c.evidence).where(others)
                .order_by(events.c.event_id).limit(MAX_MENTIONS)).mappings()]
            out["mention_count"] = len(out["mentions"]) if len(out["mentions"]) < MAX_MENTIONS else int(
                conn.execute(select(func.count()).select_from(events).where(others)).scalar_one())
            return out

    def documents_meta(self, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Title, url, published day and language of each document id (text left out)."""
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(sorted(set(doc_ids)), 500):
                for r in conn.execute(select(documents.c.id, documents.c.title, documents.c.url,
                                             documents.c.published, documents.c.lang)
                                      .where(documents.c.id.in_(chunk))).mappings():
                    out[r["id"]] = dict(r)
        return out

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            doc = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
            return {k: v for k, v in doc.items()} if doc else None

    def dyad(self, a: str, b: str, by: str = "month") -> list[dict[str, Any]]:
        """Events between two actors (either direction) per week, month or year: counts of
        cooperation (quad 1-2) and conflict (quad 3-4), of each direction (a_to_b, b_to_a),
        and the mean Goldstein score.
        Weeks are ISO weeks named by their Monday."""
        if by not in PERIODS:
            raise ValueError(f"by must be one of {', '.join(PERIODS)}")
        if not (_CODE.fullmatch(a) and _CODE.fullmatch(b)):
            return []
        with self.engine.connect() as conn:
            if self.aggregates:
                days = summaries.dyad_days(conn, a, b)
            else:
                stmt = (select(events.c.date, events.c.quad, events.c.goldstein, events.c.actor_countries)
                        .where(_pair(a, b)).where(events.c.date.is_not(None)))
                days = [(day, 1, int(quad is not None and quad <= 2), milli(g) if g is not None else 0,
                         int(g is not None), int(a in acting.split("|")))  # a acted (a → b), or b on a
                        for day, quad, g, acting in conn.execute(stmt)]
        buckets: dict[str, list[int]] = {}
        for day, *counts in days:
            acc = buckets.setdefault(PERIODS[by](day), [0, 0, 0, 0, 0])
            for i, v in enumerate(counts):
                acc[i] += v
        return [{"period": k, "events": n, "cooperation": coop, "conflict": n - coop,
                 "goldstein": summaries.mean(g, gn), "a_to_b": ab, "b_to_a": n - ab}
                for k, (n, coop, g, gn, ab) in sorted(buckets.items())]

    def network(self, q: EventQuery, min_events: int = 1) -> list[dict[str, Any]]:
        """Actor-state -> recipient-state edges of the events ``q`` selects (its limit and
        offset ignored): event count and mean Goldstein score of those events, heaviest first."""
        q = self._resolve(q)
        with self.engine.connect() as conn:
            got = summaries.network(conn, q, min_events) if self.aggregates else None
            if got is not None:
                return got
            split = summaries.day_split(q) if self.aggregates else None
            if split is None:
                edges = self._event_edges(conn, q)
            else:  # a day in since/until: the whole months between by month, the ends by day
                inner, ends = split
                edges = summaries.edge_sums(conn, inner) if inner is not None else {}
                for end in ends:
                    for edge, sums in summaries.day_edge_sums(conn, end).items():
                        acc = edges.setdefault(edge, [0, 0, 0])
                        for i, v in enumerate(sums):
                            acc[i] += v
        return [{"source": s, "target": t, "events": k, "goldstein": summaries.mean(g, gn)}
                for (s, t), (k, g, gn) in sorted(edges.items(), key=lambda kv: (-kv[1][0], kv[0])) if k >= min_events]

    def network_page(self, q: EventQuery, limit: int, after: network_view.Key | None = None,
                     min_events: int = 1) -> dict[str, Any]:
        """A page of ``network(q, min_events)``: ``edges``, its ``limit`` heaviest edges after
        the edge whose key (events, source, target) is ``after`` (the ``next`` of the page
        before); ``total``, how many edges there are; ``next``, the key of this page's last
        edge when more follow, else None. The count tables sort and cut it where they hold
        the network (``vaarta.store.network.page``)."""
        if self.aggregates:
            with self.engine.connect() as conn:
                got = network_view.page(conn, self._resolve(q), limit, after, min_events)
            if got is not None:
                return got
        return network_view.page_of(self.network(q, min_events), limit, after)

    def network_view(self, q: EventQuery) -> dict[str, Any]:
        """What the network page shows of ``network(q)``: its busiest codes, the heaviest edges between
        them, its heaviest edges and how many there are (``vaarta.store.network``), from the
        count tables without reading every edge where they hold that network."""
        if self.aggregates:
            with self.engine.connect() as conn:
                got = network_view.view(conn, self._resolve(q))
            if got is not None:
                return got
        return network_view.pick(self.network(q))

    def _event_edges(self, conn: Any, q: EventQuery) -> dict[tuple[str, str], list[int]]:
        """Per edge, events, Goldstein sum (thousandths) and count of the events ``q`` selects,
        read from the events."""
        a, r = event_states.alias("a"), event_states.alias("r")
        n = func.count()  # (event, role, state) is unique: one row per event and edge
        stmt = (select(a.c.state, r.c.state, events.c.goldstein, n)
                .join(a, (a.c.event_id == events.c.event_id) & (a.c.role == "actor"))
                .join(r, (r.c.event_id == events.c.event_id) & (r.c.role == "recipient"))
                .where(a.c.state != r.c.state).group_by(a.c.state, r.c.state, events.c.goldstein))
        # (always through the id list: it leads SQLite to a better plan for this double join)
        stmt = stmt.where(events.c.event_id.in_(self._select_ids(q)))
        edges: dict[tuple[str, str], list[int]] = {}
        for source, target, g, k in conn.execute(stmt):
            acc = edges.setdefault((source, target), [0, 0, 0])
            acc[0] += k
            if g is not None:
                acc[1], acc[2] = acc[1] + milli(g) * k, acc[2] + k
        return edges

    def places(self, q: EventQuery) -> list[dict[str, Any]]:
        """Places of the events ``q`` selects, with coordinates: one point per place with its
        event count and mean Goldstein score, busiest first (then by name, unnamed last)."""
        q = self._resolve(q)
        with self.engine.connect() as conn:
            got = summaries.places(conn, q) if self.aggregates else None
            if got is None:
                acc: dict[tuple[Any, ...], list[int]] = {}
                stmt = (self._within(select(events.c.place_name, events.c.place_country, events.c.lat, events.c.lon,
                                            events.c.goldstein, func.count()), q)
                        .where(events.c.lat.is_not(None)).where(events.c.lon.is_not(None))
                        .group_by(events.c.place_name, events.c.place_country, events.c.lat, events.c.lon,
                                  events.c.goldstein))
                for name, country, lat, lon, g, k in conn.execute(stmt):
                    sums = acc.setdefault((name, country, lat, lon), [0, 0, 0])
                    sums[0] += k
                    if g is not None:
                        sums[1], sums[2] = sums[1] + milli(g) * k, sums[2] + k
                got = [(*key, *sums) for key, sums in acc.items()]
        got.sort(key=lambda p: (-p[4], p[0] is None, p[0] or "", p[1] is None, p[1] or "", p[2], p[3]))
        return [{"name": name, "country": country, "lat": lat, "lon": lon, "events": k, "goldstein": summaries.mean(g, gn)}
                for name, country, lat, lon, k, g, gn in got]

    def months(self, q: EventQuery) -> list[tuple[str, int]]:
        """Every month (YYYY-MM) in which the events ``q`` selects happened, oldest first,
        with its event count (events without a date left out)."""
        q = self._resolve(q)
        month = func.substr(events.c.date, 1, 7)
        stmt = (self._within(select(month, func.count()), q).where(events.c.date.is_not(None))
                .group_by(month).order_by(month))
        with self.engine.connect() as conn:
            got = summaries.months(conn, q) if self.aggregates else None
            return got if got is not None else [(m, n) for m, n in conn.execute(stmt) if m and len(m) == 7]

    def stories(self, limit: int = 50) -> list[dict[str, Any]]:
        """Stories with more than one document first, then by size."""
        with self.engine.connect() as conn:
            if self.aggregates:
                t = story_sizes
                return [dict(r) for r in conn.execute(
                    select(t.c.story_id, t.c.documents, t.c.title, t.c.first, t.c.last)
                    .order_by(t.c.documents.desc(), t.c.story_id).limit(limit)).mappings()]
            n = func.count().label("documents")
            rows = conn.execute(select(documents.c.story_id, n, func.min(documents.c.title).label("title"),
                                       func.min(documents.c.published).label("first"),
                                       func.max(documents.c.published).label("last"))
                                .where(documents.c.story_id.is_not(None)).group_by(documents.c.story_id)
                                .order_by(n.desc(), documents.c.story_id).limit(limit)).mappings().all()
            return [dict(r) for r in rows]

    def story_documents(self, story_id: str) -> list[dict[str, Any]]:
        """The documents of one story (copies and rewrites of one article), oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents.c.id, documents.c.title, documents.c.url, documents.c.published,
                                       documents.c.source, documents.c.lang, documents.c.text)
                                .where(documents.c.story_id == story_id)
                                .order_by(documents.c.published, documents.c.id).limit(200)).mappings().all()
            return [dict(r) for r in rows]

    def happenings(self, doc_ids: list[str], limit: int = MAX_MENTIONS) -> list[dict[str, Any]]:
        """The happenings (event clusters) these documents report, each with how many mentions
        it has in the store and the first ``limit`` of them, biggest first."""
        with self.engine.connect() as conn:
            clusters = sorted(c for (c,) in conn.execute(select(events.c.cluster_id)
                                                         .where(events.c.doc_id.in_(doc_ids)).distinct()))
            counts: dict[str, int] = {}
            for chunk in _chunks(clusters, 500):
                counts.update(conn.execute(select(events.c.cluster_id, func.count())
                                           .where(events.c.cluster_id.in_(chunk)).group_by(events.c.cluster_id)).all())
            out = []
            for cid in clusters:  # a happening told by 10,000 documents is read 50 mentions deep, not 10,000
                rows = conn.execute(select(events).where(events.c.cluster_id == cid)
                                    .order_by(events.c.doc_id, events.c.event_id).limit(limit)).mappings().all()
                people = self._participants(conn, [r["event_id"] for r in rows])
                out.append({"cluster_id": cid, "mentions": counts.get(cid, 0),
                            "events": [event_dict(r, people.get(r["event_id"], [])) for r in rows]})
        return sorted(out, key=lambda h: (-h["mentions"], h["cluster_id"]))

    def close(self) -> None:
        self.engine.dispose()


def _has(column, code: str):  # type: ignore[no-untyped-def]
    """``code`` is one of the |-separated codes in ``column`` (not a substring of one)."""
    if not _CODE.fullmatch(code):  # codes are capitals only: no LIKE wildcard gets in
        return literal(False)
    return (literal("|") + column + literal("|")).like(f"%|{code}|%")


def _pair(a: str, b: str):  # type: ignore[no-untyped-def]
    return or_(_has(events.c.actor_countries, a) & _has(events.c.recipient_countries, b),
               _has(events.c.actor_countries, b) & _has(events.c.recipient_countries, a))


def _narrows(q: EventQuery) -> bool:
    """``q`` leaves some events out."""
    return any((q.actor, q.recipient, q.type, q.modality, q.since, q.until, q.place, q.doc_id, q.pair, q.actor_id,
                q.recipient_id)) or q.actor_ids is not None or q.recipient_ids is not None


def _week(day: str) -> str:
    """The Monday of a day's week; an event dated only by month or year ("2016-04") has no
    week and keeps its own date as its period, so none is lost or put in a week it may not be."""
    if len(day) < 10:
        return day
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=d.weekday())).isoformat()


PERIODS: dict[str, Callable[[str], str]] = {
    "week": _week,
    "month": lambda day: day[:7],
    "year": lambda day: day[:4],
}


def _chunks(items: list, size: int) -> Iterator[list]:  # type: ignore[type-arg]
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _fts_query(query: str, also: tuple[str, ...] = ()) -> str:
    """User words as FTS5 terms (all of them), or any of ``also`` as a phrase: quotes
    doubled, so no operator can be injected."""
    words = [w.replace('"', '""') for w in query.split()]
    main = " ".join(f'"{w}"' for w in words) or '""'
    if not also:
        return main
    return " OR ".join([f"({main})"] + ['"' + " ".join(a.split()).replace('"', '""') + '"' for a in also])


def open_store(url: str | None = None, create: bool = True, aggregates: bool = True) -> Store:
    """The store at ``url``, its schema created or upgraded. ``create=False``: a SQLite file
    that does not exist is an error (reading commands must not make an empty one).
    ``aggregates=False``: every answer is read from the events themselves, none from the
    pre-aggregated tables (slow; for checking that both agree)."""
    url = url or DEFAULT_URL
    if not create:
        path = sqlite_path(url)
        if path is not None and not Path(path).exists():
            raise StoreError(f"no database at {path}; check the path, or create one with `vaarta ingest`")
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # unknown dialect or missing driver
        raise StoreError(f"cannot open {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # transactions are begun below, not by the driver
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys=ON")
            try:
                cur.execute("PRAGMA journal_mode=WAL")
            except Exception as exc:  # another connection holds the file this instant; it set WAL already
                if "locked" not in str(exc):
                    raise
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            # a writer takes the write lock at once: its reads ("is this stored?") and its
            # writes see one state of the database
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("vaarta_write") else "BEGIN")
    for attempt in range(8):
        try:
            return Store(engine, aggregates)
        except StoreError:
            raise
        except Exception as exc:
            # a new SQLite file another process is setting up (WAL switch, schema) answers
            # "locked" without waiting: wait and look again
            if "locked" in str(exc) and attempt < 7:
                time.sleep(0.1 * 2**attempt)
                continue
            raise StoreError(f"cannot open {url!r}: {exc}") from exc
    raise AssertionError("unreachable")


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL; None for other databases and for in-memory SQLite."""
    try:
        parsed = make_url(url)
    except Exception:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return parsed.database


def parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
