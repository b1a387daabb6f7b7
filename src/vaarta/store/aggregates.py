"""Keeping the pre-aggregated tables (schema versions 5 to 11) equal to the events they count.

Every write that adds or removes events calls ``add`` or ``remove`` with the event rows,
inside the write's own transaction: the counts never disagree with the events, even after
a crash. Each event adds one to a handful of rows (its month, its state sets, each pair
and edge of its states, each of its states, its place); the deltas of a whole batch are
summed in Python first and written with one upsert statement per table. A row whose count
falls to zero is deleted, so a count table holds exactly the keys some event has.

``rebuild`` computes every table again from the events (the migration to version 5 uses
it; so can a repair).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, delete, func, insert, select

from vaarta.store.schema import (
    AGGREGATES,
    agg_co_actors,
    agg_co_edges,
    agg_counterparts,
    agg_day_actors,
    agg_days,
    agg_dyads,
    agg_edge_days,
    agg_edge_totals,
    agg_edge_years,
    agg_edges,
    agg_months,
    agg_pair_days,
    agg_pair_places,
    agg_people,
    agg_people_actors,
    agg_place_actors,
    agg_place_months,
    agg_places,
    agg_state_places,
    agg_states,
    documents,
    event_people,
    event_states,
    events,
    meta,
    participants,
    story_sizes,
)

# the columns of an event row the tables are made from
SOURCE_COLUMNS = (events.c.event_id, events.c.type, events.c.modality, events.c.quad, events.c.goldstein,
                  events.c.date, events.c.actor_countries, events.c.recipient_countries, events.c.place_name,
                  events.c.place_country, events.c.lat, events.c.lon)

Deltas = dict[Table, dict[tuple[Any, ...], list[int]]]


def milli(goldstein: float) -> int:
    """A Goldstein score in thousandths of a point: the one place scores become integers."""
    return round(goldstein * 1000)


def codes(joined: str | None) -> list[str]:
    """The states of an ``actor_countries`` / ``recipient_countries`` value."""
    return joined.split("|") if joined else []


def deltas(rows: Iterable[Mapping[str, Any]], sign: int = 1) -> Deltas:
    """What adding (sign 1) or removing (sign -1) these events changes, per table and key:
    the measures of each table in the order of its non-key count columns."""
    out: Deltas = {t: {} for t in AGGREGATES}
    counted: dict[Table, list[tuple[Any, ...]]] = {t: [] for t in (agg_months, agg_states, agg_people, agg_counterparts,
                                                                   agg_co_actors, agg_place_months, agg_people_actors,
                                                                   agg_place_actors, agg_days, agg_day_actors)}

    def bump(table: Table, key: tuple[Any, ...], *values: int) -> None:
        acc = out[table].get(key)
        if acc is None:
            out[table][key] = [sign * v for v in values]
        else:
            for i, v in enumerate(values):
                acc[i] += sign * v

    for r in rows:
        day = r["date"] or ""
        month = day[:7]
        kind, modality = r["type"], r["modality"]
        g = r["goldstein"]
        gm, gn = (milli(g), 1) if g is not None else (0, 0)
        coop = 1 if r["quad"] is not None and r["quad"] <= 2 else 0
        acting, receiving = codes(r["actor_countries"]), codes(r["recipient_countries"])
        people_acting, people_receiving = r["actor_people"], r["recipient_people"]
        # (tables that only count: keys gathered, counted at the end)
        counted[agg_months].append((month, kind, modality))
        bump(agg_dyads, (r["actor_countries"], r["recipient_countries"]), 1, gm, gn)
        for role, states in (("actor", acting), ("recipient", receiving), ("any", sorted({*acting, *receiving}))):
            counted[agg_states] += [(role, s, month, kind, modality) for s in states]
        for role, who in (("actor", people_acting), ("recipient", people_receiving),
                          ("any", sorted({*people_acting, *people_receiving}))):
            counted[agg_people] += [(role, p, month, kind, modality) for p in who]
        # the states on the other side of each state and person (a state is not its own)
        for who, acts, receives in [(c, c in acting, c in receiving) for c in {*acting, *receiving}] + \
                [(p, p in people_acting, p in people_receiving) for p in {*people_acting, *people_receiving}]:
            for other in ({*receiving} if acts else set()) | ({*acting} if receives else set()):
                if other != who:
                    counted[agg_counterparts].append((who, other))
        pairs = {(a, b) if a <= b else (b, a) for a in acting for b in receiving}
        for lo, hi in pairs:
            bump(agg_pair_days, (lo, hi, day, kind, modality), 1, coop, gm, gn, int(lo in acting), int(hi in acting))
        for a in acting:
            for b in receiving:
                if a != b:
                    bump(agg_edges, (a, b, month, kind, modality), 1, gm, gn)
                    bump(agg_edge_totals, (a, b), 1, gm, gn)
                    bump(agg_edge_years, (a, b, month[:4]), 1, gm, gn)
                    bump(agg_edge_days, (day, kind, modality, a, b), 1, gm, gn)
                    # the edge as one of the events of a fellow actor, or of a fellow recipient
                    for role, x in [("actor", x) for x in acting if x != a] + [("recipient", x) for x in receiving
                                                                              if x != b]:
                        bump(agg_co_edges, (role, x, a, b, month, kind, modality), 1, gm, gn)
        counted[agg_co_actors] += [(x, a, month, kind, modality) for x in acting for a in acting if a != x]
        acting_once = sorted(set(acting))
        counted[agg_days].append((day, kind, modality))
        counted[agg_day_actors] += [(day, kind, modality, s) for s in acting_once]
        if r["place_name"] is not None or r["place_country"] is not None:
            where = (r["place_name"] or "", r["place_country"] or "")
            counted[agg_place_months].append((*where, month, kind, modality))
            counted[agg_place_actors] += [(*where, s, month, kind, modality) for s in acting_once]
        for role, who in (("actor", people_acting), ("recipient", people_receiving)):
            counted[agg_people_actors] += [(role, p, s, month, kind, modality) for p in who for s in acting_once]
        if r["lat"] is not None and r["lon"] is not None:
            place = json.dumps([r["place_name"], r["place_country"], r["lat"], r["lon"]], ensure_ascii=False)
            bump(agg_places, (place, month, kind, modality), 1, gm, gn)
            for role, states in (("actor", acting), ("recipient", receiving)):
                for s in set(states):
                    bump(agg_state_places, (role, s, place), 1, gm, gn)
            for lo, hi in pairs:
                bump(agg_pair_places, (lo, hi, place), 1, gm, gn)
    for table, keys in counted.items():
        out[table] = {key: [sign * n] for key, n in Counter(keys).items()}
    return out


def with_people(row: dict[str, Any], actors: Iterable[Any], recipients: Iterable[Any]) -> dict[str, Any]:
    """An event row with the KB ids of its people (``Actor`` objects or participant rows)."""
    return row | {"actor_people": sorted({a.kb_id for a in actors if a.kb_id}),
                  "recipient_people": sorted({a.kb_id for a in recipients if a.kb_id})}


def index_rows(rows: Iterable[Mapping[str, Any]]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The ``event_states`` and ``event_people`` rows of these events, as (event_id, role,
    state or kb_id, date)."""
    states: list[tuple[Any, ...]] = []
    people: list[tuple[Any, ...]] = []
    for r in rows:
        for role, column, ids in (("actor", "actor_countries", "actor_people"),
                                  ("recipient", "recipient_countries", "recipient_people")):
            states += [(r["event_id"], role, s, r["date"]) for s in sorted(set(codes(r[column])))]
            people += [(r["event_id"], role, p, r["date"]) for p in r[ids]]
    return states, people


def add(conn: Any, rows: list[Mapping[str, Any]]) -> None:
    """Count newly inserted events: their rows as inserted, ``with_people``."""
    if not rows:
        return
    for table, index in zip((event_states, event_people), index_rows(rows), strict=True):
        if index:
            cols = [c.name for c in table.columns]
            conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({_marks(conn, len(cols))})",
                                 index)
    _apply(conn, deltas(rows, 1))


def remove(conn: Any, where: Any) -> None:
    """Uncount the events ``where`` selects, before they are deleted (their ``event_states``
    and ``event_people`` rows go with them, by the foreign key)."""
    rows = _read(conn, select(*SOURCE_COLUMNS).where(where))
    if rows:
        _apply(conn, deltas(rows, -1))


def rebuild(conn: Any, batch: int = 20_000) -> None:
    """Empty the tables and count every event again, ``batch`` events at a time."""
    for table in (event_states, event_people, *AGGREGATES):
        conn.execute(delete(table))
    last = ""
    while True:
        rows = _read(conn, select(*SOURCE_COLUMNS).where(events.c.event_id > last)
                     .order_by(events.c.event_id).limit(batch))
        if not rows:
            return
        add(conn, rows)
        last = rows[-1]["event_id"]


def fill(conn: Any, tables: tuple[Table, ...], batch: int = 20_000, people: bool = False) -> None:
    """Count every event into these new, empty tables (an upgrade); with ``people``, the
    events' KB people are read too (for tables that count them)."""
    last = ""
    while True:
        stmt = select(*SOURCE_COLUMNS).where(events.c.event_id > last).order_by(events.c.event_id).limit(batch)
        rows = _read(conn, stmt) if people else [dict(r._mapping) | {"actor_people": [], "recipient_people": []}
                                                 for r in conn.execute(stmt)]
        if not rows:
            return
        changes = deltas(rows, 1)
        _apply(conn, {t: changes[t] for t in tables})
        last = rows[-1]["event_id"]


def _read(conn: Any, stmt: Any) -> list[dict[str, Any]]:
    """Event rows ``with_people``, their people read from ``event_participants``."""
    rows = [dict(r._mapping) for r in conn.execute(stmt)]
    people: dict[str, tuple[list[Any], list[Any]]] = {r["event_id"]: ([], []) for r in rows}
    ids = list(people)
    for k in range(0, len(ids), 500):
        for p in conn.execute(select(participants.c.event_id, participants.c.role, participants.c.kb_id)
                              .where(participants.c.event_id.in_(ids[k : k + 500]))
                              .where(participants.c.kb_id.is_not(None))):
            people[p.event_id][0 if p.role == "actor" else 1].append(p)
    return [with_people(r, *people[r["event_id"]]) for r in rows]


def refresh_stories(conn: Any, story_ids: Iterable[str] | None = None) -> None:
    """Count the documents of these stories again (every story: None) into ``story_sizes``,
    and the totals of stories, their documents and the documents that share a story into
    ``vaarta_meta`` (``totals``); story grouping calls it with the stories it changed, old
    names and new."""
    stmt = select(documents.c.story_id, func.count(), func.min(documents.c.title), func.min(documents.c.published),
                  func.max(documents.c.published)).where(documents.c.story_id.is_not(None))
    cols = ("story_id", "documents", "title", "first", "last")
    change = {"stories": 0, "story_documents": 0, "story_linked": 0}

    def count(sizes: Iterable[int], sign: int) -> None:
        for n in sizes:
            change["stories"] += sign
            change["story_documents"] += sign * n
            change["story_linked"] += sign * n if n > 1 else 0

    if story_ids is None:
        conn.execute(delete(story_sizes))
        chunks: Iterable[list[str] | None] = [None]
    else:
        ids = sorted(set(story_ids))
        chunks = [ids[k : k + 500] for k in range(0, len(ids), 500)]
    for chunk in chunks:
        part = stmt if chunk is None else stmt.where(documents.c.story_id.in_(chunk))
        if chunk is not None:
            count(conn.execute(select(story_sizes.c.documents).where(story_sizes.c.story_id.in_(chunk))).scalars(), -1)
            conn.execute(delete(story_sizes).where(story_sizes.c.story_id.in_(chunk)))
        rows = [dict(zip(cols, r, strict=True)) for r in conn.execute(part.group_by(documents.c.story_id))]
        count((r["documents"] for r in rows), 1)
        for k in range(0, len(rows), 5000):
            conn.execute(insert(story_sizes), rows[k : k + 5000])
    if story_ids is None:
        set_totals(conn, change)
    else:
        add_totals(conn, change)


# totals kept in vaarta_meta (as text), so a grouping's summary counts nothing again
TOTALS = ("stories", "story_documents", "story_linked", "clusters")


def totals(conn: Any) -> dict[str, int]:
    """The totals kept; 0 for one not kept yet (a store never grouped)."""
    got = dict(conn.execute(select(meta.c.key, meta.c.value).where(meta.c.key.in_([f"total_{k}" for k in TOTALS]))).all())
    return {k: int(got.get(f"total_{k}", 0)) for k in TOTALS}


def set_totals(conn: Any, values: Mapping[str, int]) -> None:
    keys = [f"total_{k}" for k in values]
    conn.execute(delete(meta).where(meta.c.key.in_(keys)))
    kept = [{"key": f"total_{k}", "value": str(v)} for k, v in values.items() if v]  # (none kept: 0)
    if kept:
        conn.execute(insert(meta), kept)


def add_totals(conn: Any, deltas: Mapping[str, int]) -> None:
    if any(deltas.values()):
        now = totals(conn)
        set_totals(conn, {k: now[k] + d for k, d in deltas.items()})


def _measures(table: Table) -> list[str]:
    keys = {c.name for c in table.primary_key.columns}
    return [c.name for c in table.columns if c.name not in keys and c.name not in _PLACE_ATTRS]


_PLACE_ATTRS = ("name", "country", "lat", "lon")  # agg_places: what its key says, spelt out


def _marks(conn: Any, n: int) -> str:
    """``n`` parameter placeholders in the driver's own style (SQLite ?, psycopg %s)."""
    return ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * n)


def _apply(conn: Any, changes: Deltas) -> None:
    """Upsert the deltas (count + delta), then delete the rows that fell to zero. Plain SQL
    through the driver, the same on SQLite and PostgreSQL: a batch of 1,000 events makes
    ~12,000 of these rows, and building them as SQLAlchemy parameters cost more than the
    writes."""
    for table, by_key in changes.items():
        if not by_key:
            continue
        keys = [c.name for c in table.primary_key.columns]
        measures = _measures(table)
        spelt = table in (agg_places, agg_state_places, agg_pair_places)
        cols = keys + measures + (list(_PLACE_ATTRS) if spelt else [])
        where = keys.index("place") if spelt else 0
        rows = [(*key, *values, *(json.loads(key[where]) if spelt else ())) for key, values in by_key.items()]
        conn.exec_driver_sql(
            f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({_marks(conn, len(cols))}) "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
            + ", ".join(f"{m} = {table.name}.{m} + excluded.{m}" for m in measures), rows)
        gone = [key for key, values in by_key.items() if values[0] < 0]
        if gone:
            mark = _marks(conn, 1)
            conn.exec_driver_sql(f"DELETE FROM {table.name} WHERE " + " AND ".join(f"{c} = {mark}" for c in keys)
                                 + " AND n <= 0", gone)
