"""Every edge of a network, a page at a time: the heaviest first, walked by a key with no
offset, each edge once, the same as the whole network — from the count tables and from the
events, on both back ends, and through ``/api/network``."""

import pytest
from fastapi.testclient import TestClient

from vaarta.evaluate import synthetic
from vaarta.store import EventQuery
from vaarta.store.sql import Store
from vaarta.web.api import create_app

from .test_network_view import FROM_THE_EDGES, FROM_THE_TABLES


@pytest.fixture()
def filled(store, pipeline):
    templates = synthetic.coded_templates(pipeline)
    store.add_documents(list(synthetic.synthetic_docs(templates, sorted(pipeline.kb.states), 300, years=6, seed=16)))
    return store


def _walk(store, q, limit, min_events=1):
    pages, after = [], None
    while True:
        got = store.network_page(q, limit, after, min_events)
        pages.append(got)
        assert len(got["edges"]) <= limit
        if got["next"] is None:
            return pages
        last = got["edges"][-1]
        assert len(got["edges"]) == limit and got["next"] == (last["events"], last["source"], last["target"])
        after = got["next"]


def test_walking_the_network_by_pages_gives_every_edge_once_on_either_path(filled):
    slow = Store(filled.engine, aggregates=False)
    for params in FROM_THE_TABLES + FROM_THE_EDGES:
        q = EventQuery(**params)
        for min_events in (1, 3):
            every = filled.network(q, min_events)
            for s in (filled, slow):
                pages = _walk(s, q, 7, min_events)
                walked = [e for p in pages for e in p["edges"]]
                assert walked == every, (params, min_events, s.aggregates)
                assert {p["total"] for p in pages} == {len(every)}
    assert len(filled.network(EventQuery())) > 100  # many pages were walked


def test_a_page_is_the_heaviest_edges_ties_by_source_then_target(filled):
    every = filled.network(EventQuery())
    first = filled.network_page(EventQuery(), 10)
    assert first["edges"] == every[:10] and first["total"] == len(every)
    counts = [e["events"] for e in every]
    assert counts == sorted(counts, reverse=True) and len(set(counts)) < len(counts)  # there are ties
    keys = [(-e["events"], e["source"], e["target"]) for e in every]
    assert keys == sorted(keys)
    # a key between edges (an edge gone since the page before) goes on after where it would be
    gone = (every[19]["events"], every[19]["source"], every[19]["target"] + "~")
    assert filled.network_page(EventQuery(), 5, gone)["edges"] == every[20:25]
    whole = filled.network_page(EventQuery(), len(every))
    assert whole["edges"] == every and whole["next"] is None
    assert filled.network_page(EventQuery(type="CONSULT", since="2999"), 5) == {"edges": [], "total": 0, "next": None}


def test_the_api_walks_the_network_by_cursor(filled):
    client = TestClient(create_app(store=filled, token=""))
    for params in ({}, {"type": "CONSULT"}, {"actor": "IND"}):
        every = filled.network(EventQuery(**params))
        walked, cursor = [], None
        while True:
            body = client.get("/api/network", params={**params, "limit": 50, **({"cursor": cursor} if cursor else {})}).json()
            assert body["total"] == len(every) and body["limit"] == 50
            walked += body["edges"]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert walked == every, params
