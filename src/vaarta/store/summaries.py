"""Answers read from the pre-aggregated tables (``vaarta.store.aggregates``) instead of the
events: the same answers, from a few thousand rows instead of every event.

Every function returns None when its query asks for something the tables do not hold, and
the store then reads the events themselves. The tables answer the filters type, modality,
an actor or recipient given as a code (RUS, NATO), a pair of codes, and since/until given
as a year or a month (2024, 2024-07); and (version 8) one place, or one person of the KB (a
name that comes to one person), alone with type, modality, year or month. They do not
answer a document, a name of several people or of someone outside the KB, or a day
(since=2024-07-08: an event dated only "2024-07" is not on or after that day, but it is in
the month ``agg_*`` tables count it under) — except the pair tables and the edges per day,
which keep whole dates, and (version 10) the events per day and their actor states, which
give the count, months and facets of a range with a day and no state filter (its whole months
from the month tables, its ends from the days: ``day_split``); and (version 11) the edges per
year, which give the whole years of a network with dates and no type or modality (its months
at the ends from the month table: ``year_split``). Which combinations each function takes is
said beside it.
(That a year or month since/until selects the same events from a month as from its days
assumes dates compare by code point, as in SQLite and in PostgreSQL under the C collation.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import Table, func, literal, or_, select, union_all

from vaarta.store.aggregates import codes
from vaarta.store.schema import (
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
)

CODE = re.compile(r"[A-Z]{2,5}")
_MONTHISH = re.compile(r"\d{4}(-\d{2})?")  # since/until the month tables answer exactly


def mean(g_milli: int | None, g_n: int | None) -> float | None:
    """A mean Goldstein score from a sum in thousandths: the one formula every answer uses."""
    return round(g_milli / g_n / 1000, 2) if g_n else None


class Query:
    """What an EventQuery asks, sorted by what can answer it."""

    def __init__(self, q: Any) -> None:
        self.q = q
        self.roles = [(role, v) for role, v in (("actor", q.actor), ("recipient", q.recipient)) if v]
        self.pair: tuple[str, str] | None = tuple(q.pair) if q.pair else None  # type: ignore[assignment]
        self.dated = bool(q.since or q.until)
        self.plain = bool(q.type or q.modality or self.dated)  # filters the month tables hold
        self.monthly = all(v is None or _MONTHISH.fullmatch(v) for v in (q.since, q.until))
        # an actor and another recipient state: one direction of a network edge
        self.edge = (q.actor, q.recipient) if len(self.roles) == 2 and q.actor != q.recipient and not q.pair else None
        # one KB person (a name that comes to one person: vaarta.store.names) or one place
        # (its names resolved), alone: agg_people and agg_place_months answer them
        alone = not (self.roles or self.pair or q.doc_id or q.actor_ids is not None or q.recipient_ids is not None)
        persons = [(role, k) for role, k in (("actor", q.actor_id), ("recipient", q.recipient_id)) if k]
        self.person = persons[0] if alone and len(persons) == 1 and not q.place else None
        self.place = q.place if alone and not persons and q.place and q.place_in is not None else None
        self.answerable = (not (q.place or q.doc_id or q.actor_id or q.recipient_id)
                           and q.actor_ids is None and q.recipient_ids is None
                           and all(CODE.fullmatch(v) for _, v in self.roles)
                           and (self.pair is None or all(CODE.fullmatch(c) for c in self.pair)))

    def where(self, table: Table, date_column: str = "month") -> list[Any]:
        """Type, modality, since and until on a table with those columns (a missing date is
        '', which no since or until lets through)."""
        q, col = self.q, table.c[date_column]
        out = []
        if q.type:
            out.append(table.c.type == q.type)
        if q.modality:
            out.append(table.c.modality == q.modality)
        if q.since:
            out += [col != "", col >= q.since]
        if q.until:
            out += [col != "", col <= q.until + "\uffff"]
        return out

    def one_filter(self) -> bool:
        """At most one state filter: a state, a pair, or an actor and recipient (an edge)."""
        return bool(self.edge) or len(self.roles) + bool(self.pair) <= 1

    def edge_where(self) -> list[Any]:
        a, b = self.edge or ("", "")
        return [agg_edges.c.source == a, agg_edges.c.target == b, *self.where(agg_edges)]

    def pair_where(self) -> list[Any]:
        lo, hi = sorted(self.pair or ())
        return [agg_pair_days.c.lo == lo, agg_pair_days.c.hi == hi, *self.where(agg_pair_days, "date")]

    def holds(self, actors: list[str], recipients: list[str]) -> bool:
        """An event of these state sets passes the state filters."""
        for role, code in self.roles:
            if code not in (actors if role == "actor" else recipients):
                return False
        if self.pair:
            a, b = self.pair
            return (a in actors and b in recipients) or (b in actors and a in recipients)
        return True

    def dyad_rows(self, conn: Any) -> list[tuple[list[str], list[str], int, int, int]]:
        first = self.roles[0][1] if self.roles else (self.pair[0] if self.pair else None)
        return dyad_rows(conn, first, self.holds)


def dyad_rows(conn: Any, code: str | None,
              keep: Callable[[list[str], list[str]], bool]) -> list[tuple[list[str], list[str], int, int, int]]:
    """The ``agg_dyads`` rows (actor states, recipient states, events, Goldstein sum and
    count) that ``keep`` accepts; a LIKE on ``code``, which every accepted row holds,
    narrows the scan first."""
    stmt = select(agg_dyads.c.actors, agg_dyads.c.recipients, agg_dyads.c.n, agg_dyads.c.g_milli, agg_dyads.c.g_n)
    if code is not None:
        stmt = stmt.where(or_(_has(agg_dyads.c.actors, code), _has(agg_dyads.c.recipients, code)))
    out = []
    for a, r, n, g, gn in conn.execute(stmt):
        acting, receiving = codes(a), codes(r)
        if keep(acting, receiving):
            out.append((acting, receiving, int(n), int(g), int(gn)))
    return out


def _has(column: Any, code: str) -> Any:
    """``code`` (capitals only: no LIKE wildcard) is one of the |-separated codes."""
    return (literal("|") + column + literal("|")).like(f"%|{code}|%")


def _total(conn: Any, stmt: Any) -> int:
    return int(conn.execute(stmt).scalar() or 0)


def _single(s: Query) -> tuple[Table, list[Any]] | None:
    """The count table and conditions of one person or one place alone, with type,
    modality, year or month; None otherwise."""
    if not s.monthly:
        return None
    if s.person:
        role, kb_id = s.person
        return agg_people, [agg_people.c.role == role, agg_people.c.kb_id == kb_id, *s.where(agg_people)]
    if s.place:
        t = agg_place_months
        return t, [or_(t.c.name.in_(s.q.place_in), t.c.country == s.place.upper()), *s.where(t)]
    return None


def count(conn: Any, q: Any) -> int | None:
    """Events ``q`` selects: no state, one state, a pair, or an actor and another recipient,
    with type, modality and dates (a pair and no state take any date; the others a year or a month);
    one person or one place alone, with type, modality, year or month."""
    s = Query(q)
    single = _single(s)
    if single:
        t, where = single
        return _total(conn, select(func.sum(t.c.n)).where(*where))
    if not s.answerable or not s.one_filter():
        return None
    if s.pair:
        return _total(conn, select(func.sum(agg_pair_days.c.n)).where(*s.pair_where()))
    if not s.monthly:
        parts = _day_parts(q)
        return None if parts is None else sum(_total(conn, select(func.sum(t.c.n)).where(*w)) for t, w, _ in parts)
    if s.edge:
        return _total(conn, select(func.sum(agg_edges.c.n)).where(*s.edge_where()))
    if not s.roles:
        return _total(conn, select(func.sum(agg_months.c.n)).where(*s.where(agg_months)))
    (role, code), = s.roles
    return _total(conn, select(func.sum(agg_states.c.n)).where(agg_states.c.state == code, agg_states.c.role == role,
                                                               *s.where(agg_states)))


def _slices(s: Query) -> tuple[Table, list[Any], Any, Any]:
    """The table that counts what ``s`` selects per month and type, its conditions, its
    month and "has a date"."""
    if s.pair:
        return (agg_pair_days, s.pair_where(), func.substr(agg_pair_days.c.date, 1, 7), agg_pair_days.c.date != "")
    if s.edge:
        return agg_edges, s.edge_where(), agg_edges.c.month, agg_edges.c.month != ""
    table = agg_states if s.roles else agg_months
    where = s.where(table)
    for role, code in s.roles:
        where += [agg_states.c.state == code, agg_states.c.role == role]
    return table, where, table.c.month, table.c.month != ""


def months(conn: Any, q: Any) -> list[tuple[str, int]] | None:
    """Events per month (YYYY-MM, oldest first) that ``q`` selects: as ``count``."""
    s = Query(q)
    single = _single(s)
    if single:
        t, where = single
        rows = conn.execute(select(t.c.month, func.sum(t.c.n)).where(*where, t.c.month != "").group_by(t.c.month)
                            .order_by(t.c.month))
        return [(m, int(k)) for m, k in rows if m and len(m) == 7]
    parts = _day_parts(q)
    if parts is not None:
        got = _merged(conn, [select(m, func.sum(t.c.n)).where(*w, m != "").group_by(m) for t, w, m in parts])
        return sorted((m, k) for m, k in got.items() if m and len(m) == 7)
    if not s.answerable or not s.one_filter() or (not s.pair and not s.monthly):
        return None
    table, where, month, dated = _slices(s)
    rows = conn.execute(select(month, func.sum(table.c.n)).where(*where, dated).group_by(month).order_by(month))
    return [(m, int(k)) for m, k in rows if m and len(m) == 7]


def facets(conn: Any, q: Any, top: int) -> dict[str, list[tuple[str, int]]] | None:
    """Counts per type, month and actor state of the events ``q`` selects. Types and months:
    as ``count``. Actor states: with no state filter, as ``count``; with a state, a pair or
    an edge, only without type, modality and dates (the "actor" entry is left out otherwise,
    for the store to count from the events). One person or one place (version 9), and no state
    with a day in since/until (version 10): all three."""
    s = Query(q)
    single = _single(s)
    if single:
        t, where = single
        n = func.sum(t.c.n)
        by_type = conn.execute(select(t.c.type, n).where(*where).group_by(t.c.type).order_by(n.desc(), t.c.type))
        by_month = conn.execute(select(t.c.month, n).where(*where, t.c.month != "").group_by(t.c.month)
                                .order_by(t.c.month.desc()).limit(top))
        got = {"type": [(a, int(b)) for a, b in by_type], "month": [(a, int(b)) for a, b in by_month]}
        if s.person:
            (role, kb_id), a = s.person, agg_people_actors
            mine = [a.c.role == role, a.c.kb_id == kb_id]
        else:
            a = agg_place_actors
            mine = [or_(a.c.name.in_(q.place_in), a.c.country == (s.place or "").upper())]
        k = func.sum(a.c.n)
        got["actor"] = [(x, int(y)) for x, y in conn.execute(
            select(a.c.state, k).where(*mine, *s.where(a)).group_by(a.c.state).order_by(k.desc(), a.c.state).limit(top))]
        return got
    parts = _day_parts(q)
    if parts is not None:
        by_type = _merged(conn, [select(t.c.type, func.sum(t.c.n)).where(*w).group_by(t.c.type) for t, w, _ in parts])
        by_month = _merged(conn, [select(m, func.sum(t.c.n)).where(*w, m != "").group_by(m) for t, w, m in parts])
        by_actor = _merged(conn, [select(a.c.state, func.sum(a.c.n)).where(*w).group_by(a.c.state)
                                  for a, w in _day_actor_parts(q)])
        return {"type": sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])),
                "month": sorted(by_month.items(), reverse=True)[:top],
                "actor": sorted(by_actor.items(), key=lambda kv: (-kv[1], kv[0]))[:top]}
    if not s.answerable or not s.one_filter() or (not s.pair and not s.monthly):
        return None
    table, where, month, dated = _slices(s)
    n = func.sum(table.c.n)
    by_type = conn.execute(select(table.c.type, n).where(*where).group_by(table.c.type)
                           .order_by(n.desc(), table.c.type)).all()
    by_month = conn.execute(select(month, n).where(*where).where(dated).group_by(month)
                            .order_by(month.desc()).limit(top)).all()
    out = {"type": [(a, int(b)) for a, b in by_type], "month": [(a, int(b)) for a, b in by_month]}
    if not s.roles and not s.pair:
        k = func.sum(agg_states.c.n)
        by_actor = conn.execute(select(agg_states.c.state, k).where(agg_states.c.role == "actor", *s.where(agg_states))
                                .group_by(agg_states.c.state).order_by(k.desc(), agg_states.c.state).limit(top))
        out["actor"] = [(a, int(b)) for a, b in by_actor]
    elif len(s.roles) == 1 and not s.pair:  # (with type, modality or dates: the plain case is below)
        counts = state_actor_counts(conn, s)
        out["actor"] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    elif not s.plain:
        counts = {}
        for acting, _, k, _, _ in s.dyad_rows(conn):
            for a in acting:
                counts[a] = counts.get(a, 0) + k
        out["actor"] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return out


def network(conn: Any, q: Any, min_events: int) -> list[dict[str, Any]] | None:
    """Edges of the events ``q`` selects: with no state filter, any type, modality and
    year or month; with states or a pair, only without those."""
    s = Query(q)
    if not s.answerable:
        return None
    if not s.roles and not s.pair and not s.plain:
        t = agg_edge_totals
        rows = conn.execute(select(t.c.source, t.c.target, t.c.n, t.c.g_milli, t.c.g_n).where(t.c.n >= min_events)
                            .order_by(t.c.n.desc(), t.c.source, t.c.target))
        return [{"source": a, "target": b, "events": k, "goldstein": round(g / gn / 1000, 2) if gn else None}
                for a, b, k, g, gn in rows]  # (35,000 edges at a million events: mean() inlined)
    if not s.roles and not s.pair:
        if not s.monthly:
            return None
        e = edge_rows(edge_parts(q))
        n = func.sum(e.c.n)
        rows = conn.execute(select(e.c.source, e.c.target, n, func.sum(e.c.g_milli), func.sum(e.c.g_n))
                            .group_by(e.c.source, e.c.target).having(n >= min_events)
                            .order_by(n.desc(), e.c.source, e.c.target))
        return [{"source": a, "target": b, "events": int(k), "goldstein": mean(int(g), int(gn))}
                for a, b, k, g, gn in rows]
    if s.plain:
        if len(s.roles) != 1 or s.pair or not s.monthly:
            return None
        got = state_edge_sums(conn, s)
        return [{"source": a, "target": b, "events": k, "goldstein": mean(g, gn)}
                for (a, b), (k, g, gn) in sorted(got.items(), key=lambda kv: (-kv[1][0], kv[0])) if k >= min_events]
    edges: dict[tuple[str, str], list[int]] = {}
    for acting, receiving, k, g, gn in s.dyad_rows(conn):
        for a in acting:
            for b in receiving:
                if a != b:
                    acc = edges.setdefault((a, b), [0, 0, 0])
                    acc[0], acc[1], acc[2] = acc[0] + k, acc[1] + g, acc[2] + gn
    return [{"source": a, "target": b, "events": k, "goldstein": mean(g, gn)}
            for (a, b), (k, g, gn) in sorted(edges.items(), key=lambda kv: (-kv[1][0], kv[0])) if k >= min_events]


def places(conn: Any, q: Any) -> list[tuple[str | None, str | None, float, float, int, int, int]] | None:
    """Per place with coordinates, the events ``q`` selects (count, Goldstein sum and
    count): type, modality, year or month; or one actor or recipient state, or a pair, alone;
    or one place, with type, modality, year or month."""
    s = Query(q)
    if s.place and s.monthly:
        t = agg_places
        rows = conn.execute(select(t.c.name, t.c.country, t.c.lat, t.c.lon, func.sum(t.c.n), func.sum(t.c.g_milli),
                                   func.sum(t.c.g_n))
                            .where(or_(t.c.name.in_(q.place_in), t.c.country == s.place.upper()), *s.where(t))
                            .group_by(t.c.place, t.c.name, t.c.country, t.c.lat, t.c.lon))
        return [(a, c, la, lo, int(k), int(g), int(gn)) for a, c, la, lo, k, g, gn in rows]
    if not s.answerable or len(s.roles) + bool(s.pair) > 1 or ((s.roles or s.pair) and s.plain) or not s.monthly:
        return None
    if s.pair:
        lo, hi = sorted(s.pair)
        t, where = agg_pair_places, [agg_pair_places.c.lo == lo, agg_pair_places.c.hi == hi]
    elif s.roles:
        (role, code), = s.roles
        t, where = agg_state_places, [agg_state_places.c.role == role, agg_state_places.c.state == code]
    else:
        t, where = agg_places, s.where(agg_places)
    rows = conn.execute(select(t.c.name, t.c.country, t.c.lat, t.c.lon, func.sum(t.c.n), func.sum(t.c.g_milli),
                               func.sum(t.c.g_n)).where(*where)
                        .group_by(t.c.place, t.c.name, t.c.country, t.c.lat, t.c.lon))
    return [(a, c, la, lo, int(k), int(g), int(gn)) for a, c, la, lo, k, g, gn in rows]


def newest_floor(conn: Any, q: Any, n: int) -> str | None:
    """The newest events of a pair (with type, modality and any dates) are on or after the
    date this returns, as dates compare: the newest stored date under which the pair's
    events add up to ``n``. None when they do not (its undated events come last), or for any
    other filter. A list of the pair's ``n`` newest events bounded by it reads those days,
    not every match: PostgreSQL cannot guess how many events a pair's LIKE matches, and
    sorted them all."""
    s = Query(q)
    if not (s.pair and s.answerable and s.one_filter()):
        return None
    t = agg_pair_days
    total = 0
    # (every row counts one event or more: the newest n rows hold the n newest events)
    for day, k in conn.execute(select(t.c.date, t.c.n).where(*s.pair_where(), t.c.date != "")
                               .order_by(t.c.date.desc()).limit(n)):
        total += int(k)
        if total >= n:
            return str(day)
    return None


def dyad_days(conn: Any, a: str, b: str) -> list[tuple[str, int, int, int, int, int]]:
    """Per dated day, the events between a and b: count, cooperative, Goldstein sum and
    count, and those in which a acted."""
    lo, hi = sorted((a, b))
    t = agg_pair_days
    acted = t.c.lo_acts if a == lo else t.c.hi_acts
    rows = conn.execute(select(t.c.date, func.sum(t.c.n), func.sum(t.c.coop), func.sum(t.c.g_milli),
                               func.sum(t.c.g_n), func.sum(acted))
                        .where(t.c.lo == lo, t.c.hi == hi, t.c.date != "").group_by(t.c.date).order_by(t.c.date))
    return [(d, int(n), int(c), int(g), int(gn), int(ab)) for d, n, c, g, gn, ab in rows]


def stats(conn: Any) -> dict[str, Any]:
    n = func.sum(agg_months.c.n)
    by_type = conn.execute(select(agg_months.c.type, n).group_by(agg_months.c.type).order_by(n.desc(), agg_months.c.type))
    dyads = conn.execute(select(agg_dyads.c.actors, agg_dyads.c.recipients, agg_dyads.c.n)
                         .order_by(agg_dyads.c.n.desc(), agg_dyads.c.actors, agg_dyads.c.recipients).limit(10))
    per_month = conn.execute(select(agg_months.c.month, n).where(agg_months.c.month != "")
                             .group_by(agg_months.c.month).order_by(agg_months.c.month))
    return {
        "documents": _total(conn, select(func.count()).select_from(documents)),
        "events": _total(conn, select(n)), "by_type": {t: int(k) for t, k in by_type},
        "top_dyads": [{"actors": a, "recipients": r, "events": int(k)} for a, r, k in dyads],
        "per_month": {m: int(k) for m, k in per_month},
    }


def event_types(conn: Any) -> list[str]:
    return [t for (t,) in conn.execute(select(agg_months.c.type).distinct().order_by(agg_months.c.type))]


def actor(conn: Any, code: str | None, kb_id: str | None, top: int) -> dict[str, Any]:
    """A state's or organisation's (``code``) or a KB person's (``kb_id``) events both ways,
    counterparts (states on the other side) and events per month and type."""
    who = kb_id or code or ""
    t, key = (agg_people, agg_people.c.kb_id) if kb_id else (agg_states, agg_states.c.state)
    roles = dict(conn.execute(select(t.c.role, func.sum(t.c.n)).where(t.c.role.in_(("actor", "recipient")),
                                                                      key == who).group_by(t.c.role)).all())
    c = agg_counterparts
    counterparts = conn.execute(select(c.c.other, c.c.n).where(c.c.who == who)
                                .order_by(c.c.n.desc(), c.c.other).limit(top)).all()
    per_month = conn.execute(select(t.c.month, t.c.type, func.sum(t.c.n)).where(t.c.role == "any", key == who,
                                                                                t.c.month != "")
                             .group_by(t.c.month, t.c.type).order_by(t.c.month, t.c.type)).all()
    return {"as_actor": int(roles.get("actor") or 0), "as_recipient": int(roles.get("recipient") or 0),
            "counterparts": [{"code": o, "events": int(k)} for o, k in counterparts],
            "per_month": [{"month": m, "type": ty, "events": int(k)} for m, ty, k in per_month]}


def day_split(q: Any) -> tuple[Any | None, list[Any]] | None:
    """A query with a day in since or until, as the whole months between (for the month
    tables; None when there are none) and the one or two months at its ends (for the day
    table): the same events, parted. None when the tables cannot take it (a state, a pair)
    or no day is given."""
    s = Query(q)
    if not s.answerable or s.roles or s.pair or s.monthly:
        return None
    since, until = (v if v and len(v) == 10 else None for v in (q.since, q.until))
    if since and until and since[:7] >= until[:7]:
        return None, [q]  # both ends in one month: all of it by day
    # (an event dated only by its year, "2020", sorts before "2020-01": the months between
    # start at the year after a December, and the last month's part of a January reaches back
    # to the bare year)
    ends = []
    if since:
        ends.append(replace(q, since=since, until=min(filter(None, (q.until, since[:7])), key=lambda u: u + "\uffff")))
    if until:
        ends.append(replace(q, since=max(q.since or "", until[:4] if until[5:7] == "01" else until[:7]), until=until))
    first = _next_month(since[:7]) if since else q.since
    if since and since[5:7] == "12":
        first = first[:4]  # type: ignore[index]
    inner = replace(q, since=first, until=_prev_month(until[:7]) if until else q.until)
    return inner, ends


def _day_parts(q: Any) -> list[tuple[Table, list[Any], Any]] | None:
    """A query with no state, place or person and a day in since or until (version 10), as
    the count tables that hold its parts: each table, its conditions and its month — the
    whole months between from ``agg_months``, the months at its ends from ``agg_days``.
    None for any other query."""
    split = day_split(q)
    if split is None:
        return None
    inner, ends = split
    out: list[tuple[Table, list[Any], Any]] = []
    if inner is not None:
        out.append((agg_months, Query(inner).where(agg_months), agg_months.c.month))
    out += [(agg_days, Query(end).where(agg_days, "date"), func.substr(agg_days.c.date, 1, 7)) for end in ends]
    return out


def _day_actor_parts(q: Any) -> list[tuple[Table, list[Any]]]:
    """The same for the actor states of those events (``_day_parts`` said it holds ``q``)."""
    inner, ends = day_split(q) or (None, [])
    out: list[tuple[Table, list[Any]]] = []
    if inner is not None:
        out.append((agg_states, [agg_states.c.role == "actor", *Query(inner).where(agg_states)]))
    return out + [(agg_day_actors, Query(end).where(agg_day_actors, "date")) for end in ends]


def _merged(conn: Any, statements: list[Any]) -> dict[str, int]:
    """The (key, count) rows of these statements, added up per key (counts above zero)."""
    out: dict[str, int] = {}
    for stmt in statements:
        for key, k in conn.execute(stmt):
            out[key] = out.get(key, 0) + int(k)
    return {key: k for key, k in out.items() if k > 0}


def _next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def _prev_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y - (m == 1):04d}-{(m - 2) % 12 + 1:02d}"


def year_split(q: Any) -> tuple[list[Any], Any | None]:
    """A query with no state and no day (since/until a year or a month), as the months at its
    ends (for ``agg_edges``) and the whole years between (for ``agg_edge_years``; None when
    there are none): the same events, parted. A year is whole when since lets its bare year
    in (since is a year: "2022") and until its December ("2024" or "2024-12"). Only without
    type and modality: the year table counts every type together."""
    since, until = q.since, q.until
    if q.type or q.modality or not (since or until) or not Query(q).monthly:
        return [q], None
    first = None if since is None else int(since[:4]) + (len(since) > 4)
    last = None if until is None else int(until[:4]) - (len(until) > 4 and until[5:7] != "12")
    if first is not None and last is not None and first > last:
        return [q], None
    ends = []
    if since is not None and len(since) > 4:  # the rest of since's year
        ends.append(replace(q, since=since, until=since[:4]))
    if until is not None and len(until) > 4 and until[5:7] != "12":  # until's year up to it
        ends.append(replace(q, since=until[:4], until=until))
    years = replace(q, since=None if first is None else f"{first:04d}", until=None if last is None else f"{last:04d}")
    return ends, years


def edge_parts(q: Any) -> list[Any]:
    """Selects of (source, target, n, g_milli, g_n) rows whose sums per edge are the network
    of ``q`` (no state; type, modality, year or month): its whole years from the edges per
    year, the months at its ends (or all of it) from the edges per month."""
    ends, years = year_split(q)
    e, y = agg_edges, agg_edge_years
    parts = [select(e.c.source, e.c.target, e.c.n, e.c.g_milli, e.c.g_n).where(*Query(end).where(e)) for end in ends]
    if years is not None:
        parts.append(select(y.c.source, y.c.target, y.c.n, y.c.g_milli, y.c.g_n).where(*Query(years).where(y, "year")))
    return parts


def edge_rows(parts: list[Any]) -> Any:
    """The rows of these selects as one subquery (source, target, n, g_milli, g_n)."""
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("r")


def edge_sums(conn: Any, q: Any) -> dict[tuple[str, str], list[int]]:
    """Per edge, events, Goldstein sum and count of the events ``q`` selects: no state, and
    type, modality, year or month."""
    t = edge_rows(edge_parts(q))
    rows = conn.execute(select(t.c.source, t.c.target, func.sum(t.c.n), func.sum(t.c.g_milli), func.sum(t.c.g_n))
                        .group_by(t.c.source, t.c.target))
    return {(a, b): [int(k), int(g), int(gn)] for a, b, k, g, gn in rows}


def day_edge_sums(conn: Any, q: Any) -> dict[tuple[str, str], list[int]]:
    """The same as ``edge_sums`` for any since and until, days too (the ends of a
    ``day_split``), from the edges per day."""
    t = agg_edge_days
    rows = conn.execute(select(t.c.source, t.c.target, func.sum(t.c.n), func.sum(t.c.g_milli), func.sum(t.c.g_n))
                        .where(*Query(q).where(t, "date")).group_by(t.c.source, t.c.target))
    return {(a, b): [int(k), int(g), int(gn)] for a, b, k, g, gn in rows}


def _sums(conn: Any, stmt: Any, into: dict[Any, list[int]], keys: int = 2) -> None:
    """Add the rows of ``stmt`` (``keys`` key columns, then sums) into ``into``."""
    for row in conn.execute(stmt):
        values = row[keys:]
        acc = into.setdefault(tuple(row[:keys]) if keys > 1 else row[0], [0] * len(values))
        for i, v in enumerate(values):
            acc[i] += int(v)


def state_edge_sums(conn: Any, s: Query) -> dict[tuple[str, str], list[int]]:
    """The edges of the events in which one state has its role, with type, modality, year or
    month: those from it (as actor) or to it (as recipient) in ``agg_edges``, the others in
    ``agg_co_edges``."""
    (role, code), = s.roles
    e, c = agg_edges, agg_co_edges
    out: dict[tuple[str, str], list[int]] = {}
    _sums(conn, select(e.c.source, e.c.target, func.sum(e.c.n), func.sum(e.c.g_milli), func.sum(e.c.g_n))
          .where(e.c.source == code if role == "actor" else e.c.target == code, *s.where(e))
          .group_by(e.c.source, e.c.target), out)
    _sums(conn, select(c.c.source, c.c.target, func.sum(c.c.n), func.sum(c.c.g_milli), func.sum(c.c.g_n))
          .where(c.c.role == role, c.c.state == code, *s.where(c)).group_by(c.c.source, c.c.target), out)
    return out


def state_actor_counts(conn: Any, s: Query) -> dict[str, int]:
    """Per actor state, the events in which one state has its role, with type, modality,
    year or month. As actor: the state itself, and its fellow actors (``agg_co_actors``); as
    recipient: the states acting on it (``agg_edges``), and itself when it acts too (the
    pair of it with itself)."""
    (role, code), = s.roles
    found: dict[Any, list[int]] = {}
    if role == "actor":
        t, c = agg_states, agg_co_actors
        _sums(conn, select(t.c.state, func.sum(t.c.n)).where(t.c.role == "actor", t.c.state == code, *s.where(t))
              .group_by(t.c.state), found, 1)
        _sums(conn, select(c.c.other, func.sum(c.c.n)).where(c.c.state == code, *s.where(c)).group_by(c.c.other),
              found, 1)
    else:
        e, p = agg_edges, agg_pair_days
        _sums(conn, select(e.c.source, func.sum(e.c.n)).where(e.c.target == code, *s.where(e)).group_by(e.c.source),
              found, 1)
        _sums(conn, select(p.c.lo, func.sum(p.c.n)).where(p.c.lo == code, p.c.hi == code, *s.where(p, "date"))
              .group_by(p.c.lo), found, 1)
    return {a: n for a, (n,) in found.items() if n > 0}
