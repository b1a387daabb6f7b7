"""Newest-first lists: one order on both back ends (undated events last, ties by id), and on
PostgreSQL an index in that order, so a page of the newest events does not sort every match
(schema 9: ``ix_events_newest``, ``ix_event_states_newest``, ``ix_event_people_newest``)."""

import pytest
from sqlalchemy import event

from vaarta.evaluate import synthetic
from vaarta.model import EventDate
from vaarta.store import EventQuery

LISTS = [{}, {"type": "CONSULT"}, {"actor": "IND"}, {"recipient": "PAK"}, {"actor_id": "narendra-modi"},
         {"recipient_id": "vladimir-putin"}, {"pair": ("IND", "PAK")}, {"since": "2019"}]


@pytest.fixture()
def dated(store, pipeline):
    """A store where a quarter of the documents' events have no date and a fifth share one day."""
    templates = synthetic.coded_templates(pipeline)
    docs = list(synthetic.synthetic_docs(templates, sorted(pipeline.kb.states), 240, years=10, seed=11))
    for i, doc in enumerate(docs):
        for ev in doc.events:
            if i % 4 == 0:
                ev.date = None
            elif i % 5 == 1:
                ev.date = EventDate("2020-05-05", "day")
    store.add_documents(docs)
    return store


def _newest_first(rows):
    """Dated events newest first, ties by id; then the undated ones by id."""
    by_id = sorted(rows, key=lambda r: r["event_id"])
    dated = sorted((r for r in by_id if r["date"] is not None), key=lambda r: r["date"], reverse=True)
    return [r["event_id"] for r in dated] + [r["event_id"] for r in by_id if r["date"] is None]


@pytest.mark.parametrize("params", LISTS, ids=str)
def test_newest_first_lists_put_undated_events_last_and_ties_by_id_on_both_back_ends(dated, params):
    rows = dated.events(EventQuery(**params, limit=10_000))
    ids = [r["event_id"] for r in rows]
    assert len(rows) > 5 and ids == _newest_first(rows)
    assert "since" in params or len(rows) < 20 or any(r["date"] is None for r in rows)
    assert params or sum(r["date"] == "2020-05-05" for r in rows) > 10  # ties on one day
    # pages by offset and by cursor give the same order
    assert [r["event_id"] for r in dated.events(EventQuery(**params, limit=7, offset=7))] == ids[7:14]
    seen, after = [], None
    while True:
        page = dated.events(EventQuery(**params, limit=7, after=after))
        seen += [r["event_id"] for r in page]
        if len(page) < 7:
            break
        after = (page[-1]["date"], page[-1]["event_id"])
    assert seen == ids


def test_a_page_of_the_newest_events_walks_an_index_on_postgresql(dated):
    """No sort of every match: the plain list, a type, a state and a person each read an
    index in the order asked for (PostgreSQL's sorting is switched off for the plans, so a
    missing index shows as a Sort that stays)."""
    if dated.dialect != "postgresql":
        pytest.skip("SQLite walks ix_events_date backwards for this order")
    asked: list[tuple[str, object]] = []
    listen = lambda conn, cur, statement, params, *a: asked.append((statement, params))  # noqa: E731
    event.listen(dated.engine, "before_cursor_execute", listen)
    for params in ({}, {"type": "CONSULT"}, {"actor": "IND"}, {"recipient_id": "vladimir-putin"}):
        asked.clear()
        dated.events(EventQuery(**params, limit=50))
        statement, bound = next((s, p) for s, p in asked if "ORDER BY" in s and "LIMIT" in s)
        with dated.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_sort = off")
            conn.exec_driver_sql("SET enable_incremental_sort = off")
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, bound))
        assert "Sort" not in plan and "Index" in plan, (params, plan)
    event.remove(dated.engine, "before_cursor_execute", listen)


def test_a_page_of_a_pairs_newest_events_reads_only_its_last_days(dated):
    """The pair's counts per day say from which day on its newest events lie: the list is
    bounded by that day (PostgreSQL misjudges how many events a pair's LIKE matches and
    sorted all of them), and gives the rows the events alone give."""
    from vaarta.store.sql import Store

    asked: list[tuple[str, object]] = []
    listen = lambda conn, cur, statement, params, *a: asked.append((statement, params))  # noqa: E731
    event.listen(dated.engine, "before_cursor_execute", listen)
    q = EventQuery(pair=("IND", "PAK"), limit=3, offset=1)
    rows = dated.events(q)
    event.remove(dated.engine, "before_cursor_execute", listen)
    statement = next(s for s, _ in asked if "ORDER BY" in s and "FROM events" in s)
    assert "events.date >=" in statement
    assert rows == Store(dated.engine, aggregates=False).events(q) and len(rows) == 3
