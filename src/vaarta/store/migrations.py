"""Schema upgrades: ``MIGRATIONS[v]`` brings a database from version v - 1 to v. The store
runs the missing ones in order, in one write transaction (``Store._migrate``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import bindparam, case, delete, func, insert, inspect, select, text, update

from vaarta.store import aggregates, names
from vaarta.store.schema import (
    AGGREGATES,
    agg_co_actors,
    agg_co_edges,
    agg_day_actors,
    agg_days,
    agg_edge_days,
    agg_edge_years,
    agg_edges,
    agg_pair_places,
    agg_people_actors,
    agg_place_actors,
    agg_place_months,
    agg_places,
    documents,
    event_people,
    event_states,
    events,
    known_names,
    signatures,
    story_bands,
    story_sizes,
    watch_feeds,
    watch_urls,
)


def _add_signatures(conn: Any) -> None:
    """Version 2: MinHash signatures of documents."""
    signatures.create(conn, checkfirst=True)


def _add_story_index(conn: Any) -> None:
    """Version 3: band keys and group keys. They are filled by the next story grouping, which
    does one full pass first (vaarta.stories)."""
    story_bands.create(conn, checkfirst=True)
    if "group_key" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN group_key VARCHAR(600)"))
        conn.execute(text("CREATE INDEX ix_events_group_key ON events (group_key)"))
    ix = {i["name"] for t in ("events", "event_participants") for i in inspect(conn).get_indexes(t)}
    if "ix_events_date" not in ix:
        conn.execute(text("CREATE INDEX ix_events_date ON events (date)"))
    if "ix_participants_country_role" not in ix:
        conn.execute(text("CREATE INDEX ix_participants_country_role ON event_participants (country, role, event_id)"))


def _add_watch(conn: Any) -> None:
    """Version 4: the tables of ``vaarta watch``."""
    watch_feeds.create(conn, checkfirst=True)
    watch_urls.create(conn, checkfirst=True)


def _add_aggregates(conn: Any) -> None:
    """Version 5: the pre-aggregated tables, story sizes and the states-by-date index, filled
    from the events and stories already stored (minutes per million events)."""
    for table in (event_states, event_people, *AGGREGATES, story_sizes):
        table.create(conn, checkfirst=True)
    if "ix_participants_kb_id" not in {i["name"] for i in inspect(conn).get_indexes("event_participants")}:
        conn.execute(text("CREATE INDEX ix_participants_kb_id ON event_participants (kb_id, role, event_id)"))
    aggregates.rebuild(conn)
    aggregates.refresh_stories(conn)


def _add_names(conn: Any) -> None:
    """Version 6: the known names, the places-by-name indexes, the map of a pair and the
    tables of a state's fellow actors and recipients, filled from the events already stored."""
    new = (agg_pair_places, agg_co_edges, agg_co_actors)
    for table in (known_names, *new):
        table.create(conn, checkfirst=True)
    ix = {i["name"] for i in inspect(conn).get_indexes("events")}
    for name, column in (("ix_events_place_name", "place_name"), ("ix_events_place_country", "place_country")):
        if name not in ix:
            conn.execute(text(f"CREATE INDEX {name} ON events ({column}, date)"))
    names.fill(conn)
    for table in new:  # (an upgrade from 4 has counted them already, in 5)
        conn.execute(delete(table))
    aggregates.fill(conn, new)


def _add_spans(conn: Any) -> None:
    """Version 7: the evidence spans of each event. Events stored before have none (NULL):
    the pages find their place and date words again, as before; nothing is lost, and coding
    their documents again (``vaarta ingest --recode``) keeps them."""
    if "evidence_spans" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN evidence_spans TEXT"))


def _add_place_and_people_counts(conn: Any) -> None:
    """Version 8: the counts of a place, the actor states of a person's events and the edges
    per day, filled from the events already stored, and the indexes that find a place's map
    and a range of months of edges."""
    new = (agg_place_months, agg_people_actors, agg_edge_days)
    for table in new:
        table.create(conn, checkfirst=True)
    have = {i["name"] for t in (agg_place_months, agg_places, agg_edges) for i in inspect(conn).get_indexes(t.name)}
    for table in (agg_place_months, agg_places, agg_edges):
        for index in table.indexes:
            if index.name not in have:
                index.create(conn)
    for table in new:  # (an upgrade from 4 has counted them already, in 5)
        conn.execute(delete(table))
    aggregates.fill(conn, new, people=True)


def _add_place_actors_and_ordered_indexes(conn: Any) -> None:
    """Version 9: the actor states of a place's events, filled from the events already
    stored; the type-first index of the edges; and, on PostgreSQL, the indexes in the order
    the newest-first lists ask for (``ix_*_newest``: SQLite's own indexes serve that order)."""
    agg_place_actors.create(conn, checkfirst=True)  # (its indexes with it)
    have = {i["name"] for t in (events, event_states, event_people, agg_edges) for i in inspect(conn).get_indexes(t.name)}
    for table in (events, event_states, event_people, agg_edges):
        for index in table.indexes:
            if index.name not in have:
                index.create(conn)  # (the PostgreSQL-only ones are left out on SQLite)
    conn.execute(delete(agg_place_actors))  # (an upgrade from 4 has counted it already, in 5)
    aggregates.fill(conn, (agg_place_actors,))


def _add_days(conn: Any) -> None:
    """Version 10: the events per day and their actor states, filled from the events already
    stored (the counts of a range with a day in since/until)."""
    new = (agg_days, agg_day_actors)
    for table in new:
        table.create(conn, checkfirst=True)
        conn.execute(delete(table))  # (an upgrade from 4 has counted them already, in 5)
    aggregates.fill(conn, new)


def _add_edge_years(conn: Any) -> None:
    """Version 11: the edges per year, added up from the edges per month already counted
    (their month's first four characters: '2024' for '2024-07' and a bare '2024', '' for
    none) — seconds at a million events, where counting the events again takes minutes."""
    agg_edge_years.create(conn, checkfirst=True)
    conn.execute(delete(agg_edge_years))  # (an upgrade from 4 has counted it already, in 5)
    e = agg_edges
    year = func.substr(e.c.month, 1, 4)
    conn.execute(insert(agg_edge_years).from_select(
        ["source", "target", "year", "n", "g_milli", "g_n"],
        select(e.c.source, e.c.target, year, func.sum(e.c.n), func.sum(e.c.g_milli), func.sum(e.c.g_n))
        .group_by(e.c.source, e.c.target, year)))


def _add_group_days(conn: Any, batch: int = 20_000) -> None:
    """Version 12: each grouped event's day for clustering (``events.group_day``, as story
    grouping sets it: its date's day, else its document's), the index of a group's days,
    and the totals a grouping's summary reports, counted once here."""
    from vaarta.stories import _day

    if "group_day" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN group_day VARCHAR(10)"))
    last = ""
    while True:
        rows = conn.execute(select(events.c.event_id, events.c.date, documents.c.published)
                            .join(documents, documents.c.id == events.c.doc_id)
                            .where(events.c.group_key.is_not(None), events.c.event_id > last)
                            .order_by(events.c.event_id).limit(batch)).all()
        if not rows:
            break
        days = [{"ev": r.event_id, "gd": d.isoformat() if (d := _day(r.date) or r.published) else None} for r in rows]
        conn.execute(update(events).where(events.c.event_id == bindparam("ev")).values(group_day=bindparam("gd")),
                     [d for d in days if d["gd"] is not None])
        last = rows[-1].event_id
    conn.execute(text("DROP INDEX IF EXISTS ix_events_group_key"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_group ON events (group_key, group_day)"))
    n = story_sizes.c.documents
    stories, grouped, linked = conn.execute(select(func.count(), func.coalesce(func.sum(n), 0),
                                                   func.coalesce(func.sum(case((n > 1, n), else_=0)), 0))).one()
    clusters = conn.execute(select(func.count(func.distinct(events.c.cluster_id)))
                            .where(events.c.group_key.is_not(None))).scalar_one()
    aggregates.set_totals(conn, {"stories": int(stories), "story_documents": int(grouped),
                                 "story_linked": int(linked), "clusters": int(clusters)})


MIGRATIONS: dict[int, Callable[[Any], None]] = {2: _add_signatures, 3: _add_story_index, 4: _add_watch,
                                                5: _add_aggregates, 6: _add_names, 7: _add_spans,
                                                8: _add_place_and_people_counts, 9: _add_place_actors_and_ordered_indexes,
                                                10: _add_days, 11: _add_edge_years, 12: _add_group_days}
