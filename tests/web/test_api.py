import pytest
from fastapi.testclient import TestClient

from vaarta.web.api import MAX_LIMIT, create_app


@pytest.fixture(scope="module")
def client(sample_store, pipeline):
    return TestClient(create_app(store=sample_store, pipeline=pipeline, token=""))


def test_api_events_filters_and_pagination(client):
    res = client.get("/api/events", params={"actor": "IND", "type": "consult", "limit": 3})
    body = res.json()
    assert res.status_code == 200 and len(body["events"]) == 3 and body["next_offset"] == 3
    assert all(e["type"] == "CONSULT" and any(a["country"] == "IND" for a in e["actors"]) for e in body["events"])
    nxt = client.get("/api/events", params={"actor": "IND", "type": "consult", "limit": 3, "offset": 3}).json()
    assert not {e["event_id"] for e in nxt["events"]} & {e["event_id"] for e in body["events"]}


def test_api_event_detail_has_evidence_inside_its_document(client):
    first = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    ev = client.get(f"/api/events/{first['event_id']}").json()
    start, end = ev["evidence"]["start"], ev["evidence"]["end"]
    assert ev["document"]["text"][start:end] == ev["evidence"]["sentence"]


def test_api_search_stats_stories_dyad(client):
    assert client.get("/api/search", params={"q": "मॉस्को"}).json()["hits"]
    assert client.get("/api/stats").json()["events"] > 20
    assert client.get("/api/stories").json()["stories"]
    series = client.get("/api/dyad", params={"a": "IND", "b": "PAK"}).json()["series"]
    assert series and all(s["cooperation"] + s["conflict"] == s["events"] for s in series)


@pytest.mark.parametrize("evil", ["' OR 1=1 --", "IND'; DROP TABLE events; --", "%' UNION SELECT * --", "\\x00"])
def test_api_filters_are_safe(client, evil):
    for field in ("actor", "recipient", "place"):
        res = client.get("/api/events", params={field: evil})
        assert res.status_code == 200 and res.json()["events"] == []
    assert client.get("/api/search", params={"q": evil}).status_code == 200
    assert client.get("/api/events", params={"since": evil}).status_code == 422
    assert client.get("/api/stats").json()["events"] > 20


def test_api_caps_and_clear_errors(client):
    res = client.get("/api/events", params={"limit": MAX_LIMIT + 1})
    assert res.status_code == 422
    res = client.get("/api/events/nope")
    assert res.status_code == 404 and res.json() == {"error": "no event 'nope'"}
    assert client.get("/api/dyad", params={"a": "x", "b": "y"}).status_code == 422
    assert client.get("/openapi.json").json()["info"]["title"] == "vaarta"


def test_api_network_places_and_weekly_dyad(client):
    edges = client.get("/api/network", params={"type": "assault"}).json()["edges"]
    assert edges and all(e["source"] != e["target"] and e["events"] >= 1 for e in edges)
    assert all(e["goldstein"] is None or e["goldstein"] < 0 for e in edges)  # attacks score below zero
    places = client.get("/api/places", params={"actor": "IND"}).json()["places"]
    assert places and all(p["lat"] is not None and p["events"] >= 1 for p in places)
    weeks = client.get("/api/dyad", params={"a": "IND", "b": "PAK", "by": "week"}).json()["series"]
    months = client.get("/api/dyad", params={"a": "IND", "b": "PAK"}).json()["series"]
    assert sum(w["events"] for w in weeks) == sum(m["events"] for m in months) > 0
    assert client.get("/api/network", params={"since": "1=1"}).status_code == 422


def test_api_network_gives_the_heaviest_edges_a_page_at_a_time(client, sample_store):
    from vaarta.store import EventQuery

    every = sample_store.network(EventQuery())
    assert len(every) > 12
    first = client.get("/api/network", params={"limit": 5}).json()
    assert first["edges"] == every[:5] and first["total"] == len(every) and first["next_cursor"]
    walked, cursor = list(first["edges"]), first["next_cursor"]
    while cursor:
        body = client.get("/api/network", params={"limit": 5, "cursor": cursor}).json()
        assert len(body["edges"]) <= 5 and body["total"] == len(every)
        walked += body["edges"]
        cursor = body["next_cursor"]
    assert walked == every  # each edge once, in order, no offset
    assert client.get("/api/network").json()["limit"] == 500


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 5001}, {"limit": "ten"}, {"cursor": "not-a-cursor"},
                                    {"cursor": "WzAsIlJVUyIsIlVTQSJd"}, {"min_events": 0}])
def test_api_network_refuses_a_bad_limit_or_cursor_in_the_api_error_shape(client, params):
    res = client.get("/api/network", params=params)
    assert res.status_code == 422 and list(res.json()) == ["error"]
    assert res.json()["error"].startswith(f"{next(iter(params))}: ")  # what is wrong with the value
