"""Keeping the pre-aggregated tables (schema version 5) equal to the events they count.

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
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, and_, bindparam, delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from vaarta.store.schema import (
    AGGREGATES,
    agg_counterparts,
    agg_dyads,
    agg_edge_totals,
    agg_edges,
    agg_months,
    agg_pair_days,
    agg_people,
    agg_places,
    agg_state_places,
    agg_states,
    documents,
    event_people,
    event_states,
    events,
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
        bump(agg_months, (month, kind, modality), 1)
        bump(agg_dyads, (r["actor_countries"], r["recipient_countries"]), 1, gm, gn)
        for role, states in (("actor", acting), ("recipient", receiving), ("any", sorted({*acting, *receiving}))):
            for s in states:
                bump(agg_states, (role, s, month, kind, modality), 1)
        for role, who in (("actor", people_acting), ("recipient", people_receiving),
                          ("any", sorted({*people_acting, *people_receiving}))):
            for p in who:
                bump(agg_people, (role, p, month, kind, modality), 1)
        # the states on the other side of each state and person (a state is not its own)
        for who, acts, receives in [(c, c in acting, c in receiving) for c in {*acting, *receiving}] + \
                [(p, p in people_acting, p in people_receiving) for p in {*people_acting, *people_receiving}]:
            for other in ({*receiving} if acts else set()) | ({*acting} if receives else set()):
                if other != who:
                    bump(agg_counterparts, (who, other), 1)
        pairs = {(a, b) if a <= b else (b, a) for a in acting for b in receiving}
        for lo, hi in pairs:
            bump(agg_pair_days, (lo, hi, day, kind, modality), 1, coop, gm, gn, int(lo in acting), int(hi in acting))
        for a in acting:
            for b in receiving:
                if a != b:
                    bump(agg_edges, (a, b, month, kind, modality), 1, gm, gn)
                    bump(agg_edge_totals, (a, b), 1, gm, gn)
        if r["lat"] is not None and r["lon"] is not None:
            place = json.dumps([r["place_name"], r["place_country"], r["lat"], r["lon"]], ensure_ascii=False)
            bump(agg_places, (place, month, kind, modality), 1, gm, gn)
            for role, states in (("actor", acting), ("recipient", receiving)):
                for s in set(states):
                    bump(agg_state_places, (role, s, place), 1, gm, gn)
    return out


def with_people(row: dict[str, Any], actors: Iterable[Any], recipients: Iterable[Any]) -> dict[str, Any]:
    """An event row with the KB ids of its people (``Actor`` objects or participant rows)."""
    return row | {"actor_people": sorted({a.kb_id for a in actors if a.kb_id}),
                  "recipient_people": sorted({a.kb_id for a in recipients if a.kb_id})}


def index_rows(rows: Iterable[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``event_states`` and ``event_people`` rows of these events."""
    states, people = [], []
    for r in rows:
        for role, column, ids in (("actor", "actor_countries", "actor_people"),
                                  ("recipient", "recipient_countries", "recipient_people")):
            states += [{"event_id": r["event_id"], "role": role, "state": s, "date": r["date"]}
                       for s in sorted(set(codes(r[column])))]
            people += [{"event_id": r["event_id"], "role": role, "kb_id": p, "date": r["date"]} for p in r[ids]]
    return states, people


def add(conn: Any, rows: list[Mapping[str, Any]]) -> None:
    """Count newly inserted events: their rows as inserted, ``with_people``."""
    if not rows:
        return
    for table, index in zip((event_states, event_people), index_rows(rows), strict=True):
        for k in range(0, len(index), 5000):
            conn.execute(insert(table), index[k : k + 5000])
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
    """Count the documents of these stories again (every story: None) into ``story_sizes``;
    story grouping calls it with the stories it changed, old names and new."""
    stmt = select(documents.c.story_id, func.count(), func.min(documents.c.title), func.min(documents.c.published),
                  func.max(documents.c.published)).where(documents.c.story_id.is_not(None))
    cols = ("story_id", "documents", "title", "first", "last")
    if story_ids is None:
        conn.execute(delete(story_sizes))
        chunks: Iterable[list[str] | None] = [None]
    else:
        ids = sorted(set(story_ids))
        chunks = [ids[k : k + 500] for k in range(0, len(ids), 500)]
    for chunk in chunks:
        part = stmt if chunk is None else stmt.where(documents.c.story_id.in_(chunk))
        if chunk is not None:
            conn.execute(delete(story_sizes).where(story_sizes.c.story_id.in_(chunk)))
        rows = [dict(zip(cols, r, strict=True)) for r in conn.execute(part.group_by(documents.c.story_id))]
        for k in range(0, len(rows), 5000):
            conn.execute(insert(story_sizes), rows[k : k + 5000])


def _measures(table: Table) -> list[str]:
    keys = {c.name for c in table.primary_key.columns}
    return [c.name for c in table.columns if c.name not in keys and c.name not in _PLACE_ATTRS]


_PLACE_ATTRS = ("name", "country", "lat", "lon")  # agg_places: what its key says, spelt out


def _apply(conn: Any, changes: Deltas) -> None:
    """Upsert the deltas (count + delta), then delete the rows that fell to zero."""
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    for table, by_key in changes.items():
        if not by_key:
            continue
        key_cols = [c.name for c in table.primary_key.columns]
        measures = _measures(table)
        rows = []
        for key, values in by_key.items():
            row = dict(zip(key_cols, key, strict=True)) | dict(zip(measures, values, strict=True))
            if table is agg_places or table is agg_state_places:
                name, country, lat, lon = json.loads(row["place"])
                row |= {"name": name, "country": country, "lat": lat, "lon": lon}
            rows.append(row)
        stmt = dialect.insert(table)
        stmt = stmt.on_conflict_do_update(index_elements=key_cols,
                                          set_={m: table.c[m] + stmt.excluded[m] for m in measures})
        for k in range(0, len(rows), 5000):
            conn.execute(stmt, rows[k : k + 5000])
        gone = [dict(zip(key_cols, key, strict=True)) for key, values in by_key.items() if values[0] < 0]
        if gone:
            conn.execute(delete(table).where(and_(*(table.c[c] == bindparam("k_" + c) for c in key_cols)))
                         .where(table.c.n <= 0), [{"k_" + c: v for c, v in g.items()} for g in gone])
