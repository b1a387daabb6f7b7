"""What the network page shows — its busiest codes, the edges between them, its heaviest
edges, how many edges there are — is the same whether the database picks it from the count
tables or Python picks it from every edge, on both back ends."""

import pytest

from vaarta.evaluate import synthetic
from vaarta.store import EventQuery
from vaarta.store.network import pick
from vaarta.store.sql import Store

# no state (the count tables pick): all time, a type, a modality, years, months, days at the
# ends of a range or within one month; and filters picked from every edge in Python
FROM_THE_TABLES = [{}, {"type": "CONSULT"}, {"modality": "asserted"}, {"since": "2020"}, {"since": "2018-03", "until": "2021"},
                   {"since": "2019-05-14"}, {"until": "2021-02-28", "type": "CONSULT"},
                   {"since": "2018-03-15", "until": "2018-03-20"}, {"since": "2017-12-31", "until": "2019"}]
FROM_THE_EDGES = [{"actor": "IND"}, {"recipient": "PAK", "since": "2019"}, {"pair": ("IND", "PAK")},
                  {"actor": "Putin"}, {"place": "Moscow"}, {"actor": "XX"}]


@pytest.fixture()
def filled(store, pipeline):
    templates = synthetic.coded_templates(pipeline)
    store.add_documents(list(synthetic.synthetic_docs(templates, sorted(pipeline.kb.states), 600, years=10, seed=12)))
    return store


def test_the_network_page_gets_what_it_draws_from_either_path_alike(filled, monkeypatch):
    slow = Store(filled.engine, aggregates=False)
    for params in FROM_THE_TABLES + FROM_THE_EDGES:
        q = EventQuery(**params)
        got = filled.network_view(q)
        every = filled.network(q)
        assert got == pick(every) == pick(slow.network(q)), params
        assert got["edge_count"] == len(every) and len(got["edges"]) == min(30, len(every))
        assert len(got["nodes"]) == min(40, len({c for e in every for c in (e["source"], e["target"])}))
    whole = filled.network_view(EventQuery())
    assert whole["edge_count"] > 100 and len(whole["nodes"]) == 40 and whole["drawn"]
    # ties: codes with equal events by code, edges with equal events by source and target
    assert whole["nodes"] == sorted(whole["nodes"], key=lambda n: (-n["events"], n["code"]))

    def every_edge(*a, **k):
        raise AssertionError("the whole network was read to pick what the page draws")

    monkeypatch.setattr(filled, "network", every_edge)
    for params in FROM_THE_TABLES:
        filled.network_view(EventQuery(**params))


def test_pick_chooses_the_busiest_codes_both_ways():
    edges = [{"source": "A", "target": "B", "events": 5, "goldstein": 1.0},
             {"source": "C", "target": "A", "events": 4, "goldstein": None},
             {"source": "D", "target": "E", "events": 3, "goldstein": -2.0},
             {"source": "B", "target": "C", "events": 1, "goldstein": 0.5}]
    got = pick(edges, max_nodes=3, top=2)
    assert got["nodes"] == [{"code": "A", "events": 9}, {"code": "B", "events": 6}, {"code": "C", "events": 5}]
    assert got["drawn"] == [edges[0], edges[1], edges[3]] and got["edges"] == edges[:2] and got["edge_count"] == 4


def test_the_network_page_draws_only_the_heaviest_arrows_between_its_codes(filled, monkeypatch):
    """With more edges between the drawn codes than it draws, the page gets the heaviest of
    them (ties by source, then target) and how many there are, from either path alike."""
    from vaarta.store import network

    monkeypatch.setattr(network, "MAX_ARROWS", 25)
    slow = Store(filled.engine, aggregates=False)
    for params in ({}, {"type": "CONSULT"}, {"since": "2018-03-15", "until": "2021"}, {"actor": "IND"}):
        q = EventQuery(**params)
        got = filled.network_view(q)
        every = filled.network(q)
        kept = {n["code"] for n in got["nodes"]}
        between = [e for e in every if e["source"] in kept and e["target"] in kept]
        assert got == pick(slow.network(q)), params
        assert got["between"] == len(between) and got["drawn"] == between[:25], params
    assert filled.network_view(EventQuery())["between"] > 25
