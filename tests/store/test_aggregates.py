"""The pre-aggregated tables answer exactly what the events answer, on both back ends:
after ingests, re-ingests that change a document's events, story regrouping, and an
upgrade of a database made before the tables existed."""

from dataclasses import replace

import pytest
from sqlalchemy import event, func, insert, select, text, update

from vaarta.evaluate import synthetic
from vaarta.store import EventQuery, filters
from vaarta.store.aggregates import rebuild
from vaarta.store.schema import (
    AGGREGATES,
    SCHEMA_VERSION,
    agg_day_actors,
    agg_days,
    agg_edge_years,
    agg_pair_places,
    agg_people_actors,
    agg_place_actors,
    agg_place_months,
    event_people,
    event_states,
    events,
    known_names,
    story_sizes,
)
from vaarta.store.sql import Store
from vaarta.stories import update_stories

QUERIES = [
    {}, {"type": "CONSULT"}, {"modality": "asserted"}, {"since": "2020"}, {"until": "2019-06"},
    {"since": "2018-03", "until": "2021"}, {"since": "2019-05-14"},  # a day: read from the events
    {"actor": "IND"}, {"recipient": "PAK"}, {"actor": "RUS", "since": "2017"}, {"actor": "USA", "type": "ASSAULT"},
    {"pair": ("IND", "PAK")}, {"pair": ("PAK", "IND"), "since": "2016-02-03"}, {"pair": ("CHN", "IND"), "type": "CONSULT"},
    {"actor": "IND", "recipient": "CHN"}, {"actor": "USA", "recipient": "RUS", "since": "2018"},
    {"actor": "IND", "recipient": "IND"}, {"place": "मॉस्को"}, {"actor": "Putin"},
    {"actor": "XX"}, {"pair": ("IND", "IND")},
    {"pair": ("PAK", "IND"), "since": "2019"}, {"pair": ("RUS", "UKR"), "modality": "asserted"},
    # days: the months between from the tables, the ends from the events
    {"since": "2019-05-01", "type": "CONSULT"}, {"until": "2021-02-28"}, {"since": "2018-03-15", "until": "2018-04-02"},
    {"since": "2018-03-15", "until": "2018-03-20"}, {"since": "2017-12-31", "until": "2019"},
    {"since": "2020", "until": "2020-01-01"}, {"since": "2019-05-14", "until": "2018-01-01"},
    {"since": "2016-07-09", "until": "2025-06-30", "modality": "asserted"},
    # a day at a year's end or start: an event dated only by its year lies between December and January
    {"since": "2018-12-30", "until": "2020"}, {"since": "2019-06", "until": "2021-01-03"},
    {"since": "2017-12-31", "until": "2018-01-01"}, {"since": "2024-07-01", "until": "2024-07-31"},
    # a state with a type, a modality or dates: its own edges and counts, and its fellows'
    {"actor": "IND", "type": "CONSULT", "since": "2018"}, {"recipient": "IND", "modality": "asserted", "until": "2022-03"},
    {"recipient": "PAK", "type": "ASSAULT"}, {"actor": "USA", "since": "2019-02", "until": "2023"}, {"actor": "RUS", "type": "AID"},
]

# names and places as the pages and the API pass them: with every spelling the KB knows
NAMED = [
    {"actor": "Putin"}, {"recipient": "पुतिन"}, {"actor": "Modi", "type": "CONSULT"}, {"recipient": "putin", "since": "2020"},
    {"actor": "नरेंद्र मोदी", "recipient": "Putin"}, {"actor": "India"}, {"recipient": "रूस"}, {"actor": "Nobody"},
    {"actor": "Vladimir"}, {"place": "Moscow"}, {"place": "मॉस्को", "actor": "IND"}, {"place": "rus"}, {"place": "Delhi"},
    {"place": "Atlantis"}, {"place": "Moscow", "since": "2021", "type": "CONSULT"},
    # one person or one place alone, with a type, a modality, a year or a month (the count
    # tables of version 8), or a day (the events)
    {"actor": "Putin", "since": "2019-03"}, {"recipient": "Modi", "type": "CONSULT", "until": "2022"},
    {"actor": "मोदी", "modality": "asserted"}, {"place": "Moscow", "modality": "asserted", "until": "2023-05"},
    {"place": "rus", "since": "2020-02"}, {"place": "Moscow", "since": "2020-02-03"}, {"place": "Atlantis", "type": "AID"},
]


@pytest.fixture(scope="module")
def templates(pipeline):
    return synthetic.coded_templates(pipeline)


def synthetic_docs(templates, pipeline, n, seed):
    return list(synthetic.synthetic_docs(templates, sorted(pipeline.kb.states), n, years=10, seed=seed))


def answers(store: Store, spellings) -> dict[str, object]:
    """What the pages and the API show, for many filters."""
    out: dict[str, object] = {"stats": store.stats(), "types": store.event_types(), "stories": store.stories(40)}
    asked = [EventQuery(**params) for params in QUERIES]
    asked += [filters.event_query(params, spellings=spellings) for params in NAMED]
    for i, q in enumerate(asked):
        out[f"count {i}"] = (store.count_events(q), store.count_events(q, cap=5))
        out[f"facets {i}"] = store.facets(q, top=6)
        out[f"network {i}"] = (store.network(q), store.network(q, min_events=3))
        out[f"places {i}"] = store.places(q)
        out[f"months {i}"] = store.months(q)
    for i, params in enumerate(NAMED):
        for sort in ("newest", "oldest"):
            q = filters.event_query(params, limit=25, offset=2 if sort == "oldest" else 0, spellings=spellings)
            q.sort = sort
            out[f"named events {i} {sort}"] = store.events(q)
    for params in ({"actor": "IND"}, {"recipient": "PAK", "since": "2019"}, {"actor_id": "narendra-modi"},
                   {"recipient_id": "vladimir-putin", "type": "CONSULT"}, {"actor": "USA", "sort": "oldest"},
                   {"pair": ("IND", "PAK")}, {"pair": ("PAK", "IND"), "type": "CONSULT", "until": "2024-03-02"},
                   {"pair": ("CHN", "USA"), "since": "2023-11"}, {"pair": ("IND", "XX")}):
        out[f"events {params}"] = store.events(EventQuery(**params, limit=30))
        out[f"later events {params}"] = store.events(EventQuery(**params, limit=30, offset=30))
    for person in ("narendra-modi", "vladimir-putin", "nobody"):
        out[f"person {person}"] = store.actor_summary(kb_id=person)
    for a in ("IND", "PAK", "RUS", "XX"):
        out[f"actor {a}"] = store.actor_summary(code=a)
        for b in ("IND", "PAK", "USA"):
            out[f"dyad {a} {b}"] = [store.dyad(a, b, by) for by in ("week", "year")]
    return out


def agree(store: Store, spellings) -> dict[str, object]:
    """The answers, checked to be the events' own; returned for further checks."""
    got = answers(store, spellings)
    assert got == answers(Store(store.engine, aggregates=False), spellings)
    return got


def tables(store: Store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in (*AGGREGATES, event_states, event_people)}


def test_aggregates_answer_as_the_events_do_through_ingest_recode_and_regrouping(store, pipeline, templates):
    docs = synthetic_docs(templates, pipeline, 1000, seed=1)
    store.add_documents(docs[: len(docs) // 2])
    store.add_documents(docs[len(docs) // 2 :])
    first = agree(store, pipeline.spellings)
    assert first["stats"]["events"] == 1000 and first["network 0"][0] and first["places 0"]
    assert first["person narendra-modi"]["counterparts"] and first["events {'actor_id': 'narendra-modi'}"]
    assert any(series[1] for key, series in first.items() if key.startswith("dyad"))

    # re-ingest with other events: some documents lose events, others change date and states
    changed = synthetic_docs(templates, pipeline, 1000, seed=2)
    recoded = [replace(d, events=d.events[::2]) for d in changed[::3]]
    store.add_documents(recoded, recode=True)
    second = agree(store, pipeline.spellings)
    assert second["stats"]["events"] < 1000 and second != first
    assert tables(store) == _rebuilt(store)  # what was added and taken away leaves no trace

    update_stories(store)
    third = agree(store, pipeline.spellings)
    assert third["stories"][0]["documents"] > 2  # copies of one article are one story
    assert {k: v for k, v in third.items() if k != "stories"} == {k: v for k, v in second.items() if k != "stories"}
    recoded = [replace(d, events=d.events[:1]) for d in changed[1::3]]
    store.add_documents(recoded, recode=True)
    update_stories(store, full=True)  # as `vaarta ingest --recode` does
    assert agree(store, pipeline.spellings)["stories"] == third["stories"]


def _rebuilt(store: Store) -> dict[str, list[tuple]]:
    """The tables as counted again from scratch (rolled back afterwards)."""
    with store.engine.connect() as conn:
        trans = conn.begin()
        rebuild(conn)
        got = {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in (*AGGREGATES, event_states, event_people)}
        trans.rollback()
    return got


def test_a_database_from_before_the_aggregates_is_upgraded_and_filled(store, pipeline, templates):
    store.add_documents(synthetic_docs(templates, pipeline, 400, seed=3))
    before = agree(store, pipeline.spellings)
    with store.engine.begin() as conn:  # as version 4 left it: no aggregate tables
        for t in (*AGGREGATES, event_states, event_people, story_sizes):
            conn.execute(text(f"DROP TABLE {t.name}"))
        conn.execute(text("DROP INDEX ix_participants_kb_id"))
        conn.execute(text("DROP TABLE known_names"))
        for ix in ("ix_events_place_name", "ix_events_place_country"):
            conn.execute(text(f"DROP INDEX {ix}"))
        conn.execute(text("UPDATE vaarta_meta SET value = '4' WHERE key = 'schema_version'"))
    upgraded = Store(store.engine)
    assert agree(upgraded, pipeline.spellings) == before
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM vaarta_meta WHERE key = 'schema_version'")).scalar() == str(SCHEMA_VERSION)


def test_a_database_of_version_5_is_upgraded_and_finds_names_and_places(store, pipeline, templates):
    store.add_documents(synthetic_docs(templates, pipeline, 400, seed=5))
    before = agree(store, pipeline.spellings)
    with store.engine.begin() as conn:  # as version 5 left it
        for t in (known_names, agg_pair_places):
            conn.execute(text(f"DROP TABLE {t.name}"))
        for ix in ("ix_events_place_name", "ix_events_place_country"):
            conn.execute(text(f"DROP INDEX {ix}"))
        conn.execute(text("UPDATE vaarta_meta SET value = '5' WHERE key = 'schema_version'"))
    upgraded = Store(store.engine)
    assert agree(upgraded, pipeline.spellings) == before
    putin, moscow = len(QUERIES) + NAMED.index({"actor": "Putin"}), len(QUERIES) + NAMED.index({"place": "Moscow"})
    assert before[f"count {putin}"][0] > 0 and before["named events 0 newest"]
    assert before[f"count {moscow}"][0] > 0 and before[f"places {moscow}"]


def test_pages_answerable_from_the_aggregates_read_no_event_rows(store, pipeline, templates):
    """Stats, the dyad timeline, the network, the map and the facets of the common filters
    never read the events table (what keeps them fast in a large store)."""
    store.add_documents(synthetic_docs(templates, pipeline, 300, seed=4))
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda c, cur, statement, *a: seen.append(statement))
    store.stats()
    store.dyad("IND", "PAK", "week")
    store.actor_summary(code="IND")
    for params in ({}, {"type": "CONSULT", "since": "2020"}, {"actor": "IND"}, {"pair": ("IND", "PAK")}):
        q = EventQuery(**params)
        store.network(q)
        store.facets(q)
        store.count_events(q, cap=10)
    store.places(EventQuery(since="2019-04"))
    store.places(EventQuery(pair=("IND", "PAK")))
    for params in ({"since": "2019-05-14"}, {"since": "2018-03-15", "until": "2018-03-20", "type": "CONSULT"},
                   {"since": "2017-12-31", "until": "2019-02-03"}):  # days: the network by month and by day
        store.network(EventQuery(**params))
    for params in ({"actor": "IND", "type": "CONSULT"}, {"recipient": "PAK", "since": "2020-03"}):
        store.network(EventQuery(**params))
        store.facets(EventQuery(**params))
    for params in ({}, {"actor": "IND"}, {"pair": ("IND", "PAK"), "type": "CONSULT"}):  # the map's time slider
        store.months(EventQuery(**params))
    # (the actor's name is one participant row, found by index)
    reads = [s for s in seen if (" events" in s or "event_participants" in s) and "participants.name" not in s]
    assert len(seen) > 20 and reads == []


def test_a_name_or_a_place_is_looked_up_not_searched_for_in_every_event(store, pipeline, templates):
    """"Putin" (in any script) finds his events through the KB-id index, a place's counts,
    map and facets go through the place-name index: no LIKE runs over every participant or event."""
    store.add_documents(synthetic_docs(templates, pipeline, 300, seed=6))
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda c, cur, statement, *a: seen.append(statement))
    for params in ({"actor": "Putin"}, {"recipient": "पुतिन", "type": "CONSULT"}, {"place": "Moscow"}):
        q = filters.event_query(params, spellings=pipeline.spellings)
        # (a page of a place's newest events walks the dates and looks at each event's place)
        assert ("place" in params or store.events(q)) and store.count_events(q, cap=10)
        store.facets(q)
        store.places(q)
    scans = [s for s in seen if "LIKE" in s.upper() and "known_names" not in s]
    assert len(seen) > 10 and scans == []


def test_a_database_of_version_7_is_upgraded_and_counts_places_and_people(store, pipeline, templates):
    store.add_documents(synthetic_docs(templates, pipeline, 400, seed=7))
    before = agree(store, pipeline.spellings)
    with store.engine.begin() as conn:  # as version 7 left it
        for t in (agg_place_months, agg_people_actors):
            conn.execute(text(f"DROP TABLE {t.name}"))
        conn.execute(text("DROP TABLE agg_edge_days"))
        for ix in ("ix_agg_places_name", "ix_agg_places_country", "ix_agg_edges_month"):
            conn.execute(text(f"DROP INDEX {ix}"))
        conn.execute(text("UPDATE vaarta_meta SET value = '7' WHERE key = 'schema_version'"))
    upgraded = Store(store.engine)
    assert agree(upgraded, pipeline.spellings) == before
    assert tables(upgraded) == _rebuilt(upgraded)
    moscow = len(QUERIES) + NAMED.index({"place": "Moscow", "modality": "asserted", "until": "2023-05"})
    assert before[f"count {moscow}"][0] > 0 and before[f"places {moscow}"] and before[f"months {moscow}"]


def test_the_events_of_one_person_or_one_place_are_counted_without_reading_them(store, pipeline, templates):
    """The counts beside a person's events (``/events?actor=Putin``) and a place's map and
    events (``/map?place=Moscow``: months, places, total; ``/events?place=Moscow``: types,
    months and actor states, version 9) come from the count tables."""
    store.add_documents(synthetic_docs(templates, pipeline, 300, seed=8))
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda c, cur, statement, *a: seen.append(statement))
    for params in ({"actor": "Putin"}, {"recipient": "पुतिन", "type": "CONSULT", "since": "2019"},
                   {"place": "Moscow"}, {"place": "मॉस्को", "since": "2020-04", "modality": "asserted"}):
        q = filters.event_query(params, spellings=pipeline.spellings)
        assert store.count_events(q, cap=10_000) > 0 and store.months(q)
        got = store.facets(q)
        assert got["type"] and got["month"] and got["actor"]
        if "place" in params:
            assert store.places(q)
    reads = [s for s in seen if " events" in s or "event_participants" in s]
    assert len(seen) > 10 and reads == []


def test_a_database_of_version_8_is_upgraded_and_counts_the_actors_of_a_place(store, pipeline, templates):
    store.add_documents(synthetic_docs(templates, pipeline, 400, seed=9))
    before = agree(store, pipeline.spellings)
    with store.engine.begin() as conn:  # as version 8 left it
        conn.execute(text(f"DROP TABLE {agg_place_actors.name}"))
        conn.execute(text("DROP INDEX ix_agg_edges_type"))
        if store.dialect == "postgresql":
            for ix in ("ix_events_newest", "ix_event_states_newest", "ix_event_people_newest"):
                conn.execute(text(f"DROP INDEX {ix}"))
        conn.execute(text("UPDATE vaarta_meta SET value = '8' WHERE key = 'schema_version'"))
    upgraded = Store(store.engine)
    assert agree(upgraded, pipeline.spellings) == before
    assert tables(upgraded) == _rebuilt(upgraded)
    with store.engine.connect() as conn:
        assert conn.execute(select(agg_place_actors)).first() is not None
    moscow = len(QUERIES) + NAMED.index({"place": "Moscow"})
    assert before[f"facets {moscow}"]["actor"]


# since/until with a day: a day in a month, a month or more, across years, at a year's ends,
# with a type or modality, inverted; and events dated only by their month or year in them
DAY_RANGES = [
    ("2024-07-01", "2024-07-31"), ("2024-07-08", "2024-07-08"), ("2023-02-10", "2023-02-20"),
    ("2022-03-15", "2022-05-02"), ("2019-12-31", "2020-01-01"), ("2018-12-01", "2019-01-31"),
    ("2020-01-01", "2020-12-31"), ("2016-01-01", "2025-12-31"), ("2021-06-30", None), (None, "2018-01-15"),
    ("2019", "2019-01-05"), ("2019-12-20", "2020"), ("2020-11", "2021-01-09"), ("2017-12-31", "2018-01"),
    ("2024-07-31", "2024-07-01"), ("2030-01-01", None), (None, "2001-05-05"),
]


def _day_range_queries():
    for i, (since, until) in enumerate(DAY_RANGES):
        yield EventQuery(since=since, until=until)
        yield EventQuery(since=since, until=until, type=("CONSULT", "ASSAULT", "AID")[i % 3])
        yield EventQuery(since=since, until=until, modality="asserted")


def test_a_day_range_is_counted_as_its_events_and_without_reading_them(store, pipeline, templates):
    """``/events?since=2024-07-01&until=2024-07-31``: the total, the type, month and actor
    counts and the months of a range with a day in it are the events' own (their whole months
    from the month tables, the months at the ends from the day tables, version 10), and no
    event row is read for them."""
    store.add_documents(synthetic_docs(templates, pipeline, 600, seed=10))
    slow = Store(store.engine, aggregates=False)
    with store.engine.begin() as conn:  # some events dated only by their month or year, counted again
        ids = [i for (i,) in conn.execute(text("SELECT event_id FROM events WHERE date IS NOT NULL ORDER BY event_id"))]
        for cut, chosen in ((7, ids[::5]), (4, ids[2::7])):
            conn.execute(update(events).where(events.c.event_id.in_(chosen)).values(date=func.substr(events.c.date, 1, cut)))
        rebuild(conn)
        dates = [d for (d,) in conn.execute(text("SELECT date FROM events WHERE date IS NOT NULL"))]
    assert {len(d) for d in dates} == {4, 7, 10}
    seen: list[str] = []

    def note(conn, cursor, statement, *args):
        seen.append(statement)

    def answers(s: Store, q: EventQuery) -> tuple:
        return (s.count_events(q), s.count_events(q, cap=5), s.facets(q, top=6), s.facets(q, top=50), s.months(q),
                s.network(q))

    event.listen(store.engine, "before_cursor_execute", note)
    fast = [answers(store, q) for q in _day_range_queries()]
    event.remove(store.engine, "before_cursor_execute", note)
    reads = [s for s in seen if " events" in s or "event_participants" in s or "event_states" in s]
    assert len(seen) > 100 and reads == []
    for q, got in zip(_day_range_queries(), fast, strict=True):
        assert got == answers(slow, q), (q.since, q.until, q.type, q.modality)
    assert sum(got[0] > 0 for got in fast) > 20


def test_a_database_of_version_9_is_upgraded_and_counts_days(store, pipeline, templates):
    store.add_documents(synthetic_docs(templates, pipeline, 400, seed=11))
    before = agree(store, pipeline.spellings)
    with store.engine.begin() as conn:  # as version 9 left it
        for t in (agg_days, agg_day_actors):
            conn.execute(text(f"DROP TABLE {t.name}"))
        conn.execute(text("UPDATE vaarta_meta SET value = '9' WHERE key = 'schema_version'"))
    upgraded = Store(store.engine)
    assert agree(upgraded, pipeline.spellings) == before
    assert tables(upgraded) == _rebuilt(upgraded)
    with store.engine.connect() as conn:
        assert conn.execute(select(agg_days)).first() is not None and conn.execute(select(agg_day_actors)).first()


# since/until of years and months: whole years (from the edges per year, version 11) with the
# months at their ends, no whole year, days at both ends, open ends, inverted
YEAR_RANGES = [
    ("2019", None), ("2017", "2022"), (None, "2020"), ("2016-07", "2023-02"), ("2018-12", "2021-12"),
    ("2019-01", "2022"), ("2020", "2020-06"), ("2020-02", "2020-11"), ("2021", "2021"), ("2024-07", None),
    (None, "2019-12"), ("2022", "2019"), ("2019-12-31", "2023-01-05"), ("2018-03-15", None),
    (None, "2021-01-01"), ("2016-01-01", "2025-12-31"),
]


def _year_range_queries():
    for i, (since, until) in enumerate(YEAR_RANGES):
        yield EventQuery(since=since, until=until)
        yield EventQuery(since=since, until=until, type=("CONSULT", "ASSAULT")[i % 2])
        yield EventQuery(since=since, until=until, modality="asserted")


def _network_answers(s: Store, q: EventQuery) -> tuple:
    page = s.network_page(q, 25)
    return (s.network(q), s.network(q, min_events=3), s.network_view(q), page,
            s.network_page(q, 25, page["next"]) if page["next"] else None)


def _with_month_and_year_dates(store: Store) -> None:
    """Some events dated only by their month or year (counted again)."""
    with store.engine.begin() as conn:
        ids = [i for (i,) in conn.execute(text("SELECT event_id FROM events WHERE date IS NOT NULL ORDER BY event_id"))]
        for cut, chosen in ((7, ids[1::5]), (4, ids[3::6])):
            conn.execute(update(events).where(events.c.event_id.in_(chosen)).values(date=func.substr(events.c.date, 1, cut)))
        rebuild(conn)


def test_a_network_over_years_is_its_events_own_and_reads_whole_years_from_the_year_table(store, pipeline,
                                                                                         templates):
    """``/network?since=2019``, ``/api/network?since=2017&until=2022``: the whole years from
    the edges per year, the months at the ends from the edges per month (or the days), with
    events dated by day, month and bare year — every edge, the page's view and the API's
    pages are the events' own."""
    store.add_documents(synthetic_docs(templates, pipeline, 600, seed=13))
    _with_month_and_year_dates(store)
    slow = Store(store.engine, aggregates=False)
    seen: list[str] = []

    def note(conn, cursor, statement, *args):
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    fast = [_network_answers(store, q) for q in _year_range_queries()]
    event.remove(store.engine, "before_cursor_execute", note)
    assert [s for s in seen if " events" in s or "event_states" in s] == []
    assert sum("agg_edge_years" in s for s in seen) >= 4 * 10
    for q, got in zip(_year_range_queries(), fast, strict=True):
        assert got == _network_answers(slow, q), (q.since, q.until, q.type, q.modality)
    assert sum(bool(got[0]) for got in fast) > 30


def test_the_year_table_is_read_only_for_years_a_range_takes_whole(store, pipeline, templates):
    """An edge counted only in the year table's 2020 (as if it were wrong) shows in the
    networks that take 2020 whole, and in no other: not for part of 2020, nor with a type or
    modality (the year table counts every type together)."""
    store.add_documents(synthetic_docs(templates, pipeline, 300, seed=14))
    with store.engine.begin() as conn:
        conn.execute(insert(agg_edge_years).values(source="ZZZ", target="YYY", year="2020", n=999, g_milli=0, g_n=0))
    take = [{"since": "2020"}, {"until": "2020"}, {"since": "2019-12", "until": "2020-12"}, {"since": "2018", "until": "2022"},
            {"since": "2019-12-31", "until": "2021-01-01"}]
    part = [{"since": "2020-01"}, {"until": "2020-11"}, {"since": "2019-06", "until": "2020-06"}, {"since": "2020-03", "until": "2021"},
            {"since": "2020-01-01"}, {"until": "2020-12-30"}, {"since": "2020", "until": "2020-11"}, {"since": "2021"},
            {"until": "2019-12"}, {"since": "2019", "type": "CONSULT"}, {"since": "2018", "until": "2022", "modality": "asserted"}, {}]
    for params in take + part:
        q = EventQuery(**params)
        shown = {(e["source"], e["target"]) for e in store.network(q)}
        drawn = store.network_view(q)["edges"]
        first = store.network_page(q, 10)["edges"]
        assert (("ZZZ", "YYY") in shown) == (params in take), params
        assert (drawn[0]["source"] == "ZZZ") == (first[0]["source"] == "ZZZ") == (params in take), params


def test_a_database_of_version_10_is_upgraded_and_counts_edges_per_year(store, pipeline, templates):
    store.add_documents(synthetic_docs(templates, pipeline, 400, seed=15))
    before = agree(store, pipeline.spellings)
    with store.engine.begin() as conn:  # as version 10 left it
        conn.execute(text(f"DROP TABLE {agg_edge_years.name}"))
        conn.execute(text("UPDATE vaarta_meta SET value = '10' WHERE key = 'schema_version'"))
    assert agree(Store(store.engine), pipeline.spellings) == before
    _with_month_and_year_dates(store)  # (and with events dated by month or bare year)
    slow = Store(store.engine, aggregates=False)
    networks = [_network_answers(slow, q) for q in _year_range_queries()]
    with store.engine.begin() as conn:
        conn.execute(text(f"DROP TABLE {agg_edge_years.name}"))
        conn.execute(text("UPDATE vaarta_meta SET value = '10' WHERE key = 'schema_version'"))
    upgraded = Store(store.engine)
    assert [_network_answers(upgraded, q) for q in _year_range_queries()] == networks
    assert tables(upgraded) == _rebuilt(upgraded)
    with store.engine.connect() as conn:
        years = {y for (y,) in conn.execute(select(agg_edge_years.c.year).distinct())}
    assert {"", "2016", "2025"} <= years and all(len(y) in (0, 4) for y in years)
