"""Filters by name through the table of known names (schema version 6).

An actor or recipient given by name ("Putin", "पुतिन") selects the events with a participant
whose name or surface text contains it, or one of its other spellings; a place, the events
whose place name contains it (or is one of its spellings) or whose country code it is. Read
from the events, both filters look at every participant or event. ``known_names`` holds
each distinct participant (name, text, KB id) and place name once, so the same conditions
run over a few thousand rows, and their answer becomes a filter an index answers:

- a name: when every participant it matches is a person of the KB, and every participant
  who is one of those people matches it, "a participant matches" is "a participant is one
  of these people" — the ``event_people`` index (``person_ids``). Otherwise (a name of a
  participant outside the KB, or one a person's other mentions do not contain) the store
  reads the events as before.
- a place: the place names that match, looked up in the events' place-name index
  (``place_names``).

The table only grows (``remember``): an entry no event has any more changes neither answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import case, or_, select

from vaarta.store.schema import events, known_names, participants
from vaarta.store.summaries import CODE


def name_condition(table: Any, values: Iterable[str]) -> Any:
    """A participant's name or text contains one of ``values``: the actor filter, on
    ``event_participants`` or on ``known_names``."""
    return or_(*(cond for v in values for cond in (table.c.name.ilike(f"%{v}%"), table.c.text.ilike(f"%{v}%"))))


def place_condition(column: Any, place: str, also: Iterable[str]) -> Any:
    """A place name contains ``place`` or is one of ``also``: the place filter's name part."""
    return or_(column.ilike(f"%{place}%"), *(column == name for name in also))


def _key(kind: str, name: str | None, text: str | None, kb_id: str | None) -> str:
    return hashlib.sha256(json.dumps([kind, name, text, kb_id], ensure_ascii=False).encode()).hexdigest()


def entries(participant_rows: Iterable[Mapping[str, Any]], event_rows: Iterable[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """The ``known_names`` rows of these participants and events, each once."""
    out: dict[str, tuple[Any, ...]] = {}
    for p in participant_rows:
        k = _key("participant", p["name"], p["text"], p["kb_id"])
        out.setdefault(k, (k, "participant", p["name"], p["text"], p["kb_id"]))
    for r in event_rows:
        if r["place_name"] is not None:
            k = _key("place", r["place_name"], None, None)
            out.setdefault(k, (k, "place", r["place_name"], None, None))
    return list(out.values())


def remember(conn: Any, rows: list[tuple[Any, ...]]) -> None:
    """Add these ``entries`` to ``known_names`` (those already there are left alone)."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cols = [c.name for c in known_names.columns]
    for k in range(0, len(rows), 2000):
        conn.exec_driver_sql(f"INSERT INTO known_names ({', '.join(cols)}) VALUES ({', '.join([mark] * len(cols))}) "
                             "ON CONFLICT (key) DO NOTHING", rows[k : k + 2000])


def fill(conn: Any) -> None:
    """Fill ``known_names`` from every participant and event stored (the upgrade to 6)."""
    people = conn.execute(select(participants.c.name, participants.c.text, participants.c.kb_id).distinct())
    places = conn.execute(select(events.c.place_name).where(events.c.place_name.is_not(None)).distinct())
    remember(conn, entries([dict(r._mapping) for r in people], [{"place_name": p} for (p,) in places]))


def person_ids(conn: Any, values: tuple[str, ...]) -> tuple[str, ...] | None:
    """The KB ids of the people whose participants are exactly those the name filter of
    ``values`` (the name and its other spellings) matches; None when no such set exists."""
    t = known_names
    person = t.c.kind == "participant"
    matched = conn.execute(select(t.c.kb_id).where(person, name_condition(t, values)).distinct()).all()
    ids = tuple(sorted(k for (k,) in matched if k is not None))
    if len(ids) < len(matched):  # a participant outside the KB matches
        return None
    if ids:
        hit = case((name_condition(t, values), 1), else_=0)  # (a NULL name or text does not match)
        missed = conn.execute(select(t.c.key).where(person, t.c.kb_id.in_(ids), hit == 0).limit(1)).first()
        if missed is not None:  # one of these people is also mentioned in words the filter does not match
            return None
    return ids


def place_names(conn: Any, place: str, also: tuple[str, ...]) -> tuple[str, ...]:
    """Every stored place name the place filter matches by name."""
    t = known_names
    return tuple(sorted(n for (n,) in conn.execute(select(t.c.name).where(t.c.kind == "place",
                                                                           place_condition(t.c.name, place, also)))))


def resolved(conn: Any, q: Any, place: bool = True) -> Any:
    """``q`` (an EventQuery) with its names and (with ``place``) its place as index filters
    where they can be (``person_ids``, ``place_names``); the same events."""
    change: dict[str, Any] = {}
    if q.place and place:
        change.update(place_in=place_names(conn, q.place, q.place_also), place_also=())
    for role, value, also in (("actor", q.actor, q.actor_also), ("recipient", q.recipient, q.recipient_also)):
        if value and not CODE.fullmatch(value):
            ids = person_ids(conn, (value, *also))
            if ids is not None:  # one person: the by-date walk of its index (Store.events)
                one = len(ids) == 1 and getattr(q, f"{role}_id") is None
                change.update({role: None, f"{role}_also": (), **({f"{role}_id": ids[0]} if one else {f"{role}_ids": ids})})
    return replace(q, **change) if change else q
