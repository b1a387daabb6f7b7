"""Every surface (pages, API, CLI) knows the same filters, counts what matches, and never
loses an event between pages."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from vaarta.cli import app as cli
from vaarta.ontology import EVENT_TYPES
from vaarta.store import EventQuery
from vaarta.store.sql import sqlite_path
from vaarta.web.api import create_app

runner = CliRunner()


@pytest.fixture(scope="module")
def client(sample_store, pipeline):
    return TestClient(create_app(store=sample_store, pipeline=pipeline, token=""))


def _all_ids(store, **q) -> set[str]:
    return {e["event_id"] for e in store.events(EventQuery(limit=100_000, **q))}


@pytest.mark.parametrize("params", [{}, {"type": "CONSULT"}, {"actor": "IND"}, {"modality": "asserted"}])
def test_the_pages_of_the_events_list_together_hold_every_matching_event(client, sample_store, params):
    seen: list[str] = []
    page = 1
    while True:
        body = client.get("/events.json", params={**params, "page": page}).json()
        seen += [e["event_id"] for e in body["events"]]
        if not body["next"]:
            break
        page += 1
    want = _all_ids(sample_store, **{k: v for k, v in params.items()})
    assert len(seen) == len(set(seen)) == body["total"] == len(want)
    assert set(seen) == want


def test_the_events_page_says_how_many_match(client, sample_store):
    html = client.get("/events", headers={"accept": "text/html"}).text
    assert f"of {sample_store.count('events'):,}" in html


def test_api_pages_with_any_limit_cover_the_store_once(client, sample_store):
    seen: list[str] = []
    offset = 0
    while offset is not None:
        body = client.get("/api/events", params={"limit": 7, "offset": offset}).json()
        seen += [e["event_id"] for e in body["events"]]
        offset = body["next_offset"]
    assert body["total"] == sample_store.count("events") == len(seen) == len(set(seen))


def test_api_honours_every_filter_the_pages_know(client, sample_store):
    pair = client.get("/api/events", params={"pair": "IND,PAK", "limit": 500}).json()
    assert 0 < pair["total"] < sample_store.count("events")
    for e in pair["events"]:
        sides = {a["country"] for a in e["actors"]} | {a["country"] for a in e["recipients"]}
        assert {"IND", "PAK"} <= sides
    page_twin = client.get("/events.json", params={"pair": "IND,PAK"}).json()
    assert page_twin["total"] == pair["total"]
    one = pair["events"][0]
    by_doc = client.get("/api/events", params={"doc": one["doc_id"], "limit": 500}).json()
    assert by_doc["events"] and {e["doc_id"] for e in by_doc["events"]} == {one["doc_id"]}


@pytest.mark.parametrize(("params", "says"), [
    ({"actr": "IND"}, "unknown parameter 'actr'"),
    ({"type": "FOO"}, "ASSAULT"),
    ({"modality": "maybe"}, "hypothetical"),
    ({"since": "2024-13-45"}, "not a date"),
    ({"until": "2025-02-30"}, "not a date"),
    ({"pair": "IND"}, "two codes"),
    ({"actor": "x" * 5000}, "longer than"),
    ({"actor": "IND\x00"}, "NUL"),
])
def test_api_answers_a_bad_filter_with_422_naming_what_is_allowed(client, params, says):
    for path in ("/api/events", "/api/network", "/api/places"):
        res = client.get(path, params=params)
        assert res.status_code == 422, (path, res.text)
        assert says in res.json()["error"]


def test_api_ingest_with_an_impossible_day_is_a_422(sample_store, pipeline):
    writer = TestClient(create_app(store=sample_store, pipeline=pipeline, token="t"))
    res = writer.post("/api/ingest", params={"published": "2025-02-30"}, content="मॉस्को में बैठक हुई।",
                      headers={"authorization": "Bearer t"})
    assert res.status_code == 422 and "2025-02-30" in res.json()["error"]


def test_pages_drop_a_bad_filter_and_say_so(client):
    body = client.get("/events.json", params={"type": "FOO", "modality": "asserted"}).json()
    assert body["filters"] == {"modality": "asserted"} and body["total"] > 0
    assert any("FOO" in p for p in body["problems"])


def test_cli_rejects_an_unknown_type_with_the_allowed_ones(sample_store):
    db = f"sqlite:///{sqlite_path(str(sample_store.engine.url))}"
    res = runner.invoke(cli, ["events", "--db", db, "--type", "FOO"])
    assert res.exit_code == 2
    assert all(t in res.stderr for t in EVENT_TYPES)


def test_cli_says_when_the_list_is_cut(sample_store):
    db = f"sqlite:///{sqlite_path(str(sample_store.engine.url))}"
    res = runner.invoke(cli, ["events", "--db", db, "--format", "csv", "--limit", "5"])
    assert res.exit_code == 0
    assert len(res.stdout.strip().splitlines()) == 1 + 5
    assert f"5 of {sample_store.count('events'):,}" in res.stderr
    pair = runner.invoke(cli, ["events", "--db", db, "--format", "jsonl", "--pair", "PAK,IND", "--limit", "500"])
    assert pair.exit_code == 0 and 0 < len(pair.stdout.splitlines()) < sample_store.count("events")


@pytest.mark.parametrize("command", [["events"], ["stats"], ["search", "मॉस्को"], ["stories"],
                                     ["export", "-f", "plover", "-o", "out.jsonl"], ["serve"]])
def test_reading_a_database_that_is_not_there_is_an_error_not_an_empty_store(tmp_path, command):
    missing = tmp_path / "mistyped.db"
    res = runner.invoke(cli, [*command, "--db", f"sqlite:///{missing}"])
    assert res.exit_code == 2
    assert str(missing) in res.stderr and not missing.exists()


@pytest.mark.parametrize("args", [["-o", "-"], []])
def test_export_writes_to_stdout_with_dash_or_without_output(sample_store, args):
    import json

    db = f"sqlite:///{sqlite_path(str(sample_store.engine.url))}"
    res = runner.invoke(cli, ["export", "-f", "plover", "--db", db, *args])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(records) == sample_store.count("events")
    assert f"{len(records)} events written to stdout" in res.stderr


def test_events_csv_carries_every_field_one_value_a_cell(sample_store):
    import csv
    import io

    db = f"sqlite:///{sqlite_path(str(sample_store.engine.url))}"
    res = runner.invoke(cli, ["events", "--db", db, "--format", "csv", "--limit", "500"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == sample_store.count("events")
    assert {"actor_names", "cameo", "goldstein", "modality", "place_name", "lat", "lon", "date_precision",
            "evidence", "source_url"} <= set(rows[0])
    for r in rows:
        for col in ("actor_countries", "recipient_countries"):
            codes = r[col].split("|") if r[col] else []
            assert len(codes) == len(set(codes)), r[col]
    assert any(r["lat"] and r["place_name"] for r in rows) and all(r["evidence"] for r in rows)


@pytest.mark.parametrize("params", [{}, {"actor": "IND"}, {"type": "CONSULT"}])
def test_api_cursor_pages_cover_every_match_once(client, sample_store, params):
    seen: list[str] = []
    body = client.get("/api/events", params={**params, "limit": 6}).json()
    while True:
        seen += [e["event_id"] for e in body["events"]]
        if not body["next_cursor"]:
            break
        body = client.get("/api/events", params={**params, "limit": 6, "cursor": body["next_cursor"]}).json()
    assert len(seen) == len(set(seen)) == body["total"]
    assert set(seen) == _all_ids(sample_store, **params)


def test_api_refuses_deep_offsets_and_foreign_cursors(client):
    from vaarta.web.api import MAX_OFFSET

    assert client.get("/api/events", params={"offset": MAX_OFFSET + 1}).status_code == 422
    res = client.get("/api/events", params={"cursor": "not-a-cursor"})
    assert res.status_code == 422 and "next_cursor" in res.json()["error"]


@pytest.mark.parametrize(("hindi", "english"), [("मॉस्को", "Moscow")])
def test_a_place_finds_the_same_events_in_either_script(client, hindi, english):
    by_hindi = client.get("/api/events", params={"place": hindi, "limit": 500}).json()
    by_english = client.get("/api/events", params={"place": english, "limit": 500}).json()
    assert by_hindi["total"] == by_english["total"] > 0
    page = client.get("/events.json", params={"place": hindi}).json()
    assert page["total"] == by_english["total"]


@pytest.mark.parametrize(("one", "other"), [("Putin", "पुतिन"), ("Modi", "मोदी")])
def test_a_name_finds_the_same_articles_and_events_in_either_script(client, one, other):
    hits = [{h["id"] for h in client.get("/api/search", params={"q": q}).json()["hits"]} for q in (one, other)]
    assert hits[0] == hits[1] and hits[0]
    totals = [client.get("/api/events", params={"actor": q}).json()["total"] for q in (one, other)]
    assert totals[0] == totals[1] > 0
    page = client.get("/search.json", params={"q": one}).json()
    assert {h["id"] for h in page["hits"]} == hits[0]


def test_cli_search_and_filters_go_across_scripts(sample_store):
    db = f"sqlite:///{sqlite_path(str(sample_store.engine.url))}"
    res = runner.invoke(cli, ["search", "Putin", "--db", db])
    assert res.exit_code == 0 and "no match" not in res.stdout
    hindi = runner.invoke(cli, ["events", "--db", db, "--place", "मॉस्को", "--format", "jsonl"])
    english = runner.invoke(cli, ["events", "--db", db, "--place", "Moscow", "--format", "jsonl"])
    assert hindi.stdout == english.stdout and hindi.stdout.strip()


def test_the_events_of_the_current_filters_download_as_csv_and_parquet(client, sample_store):
    import csv
    import io

    import pyarrow.parquet as pq

    want = _all_ids(sample_store, type="CONSULT")
    page = client.get("/events.json", params={"type": "CONSULT"}).json()
    assert "type=CONSULT" in page["downloads"]["csv"]
    res = client.get(page["downloads"]["csv"])
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert {r["event_id"] for r in rows} == want and all(r["type"] == "CONSULT" for r in rows)
    table = pq.read_table(io.BytesIO(client.get(page["downloads"]["parquet"]).content))
    assert set(table.column("event_id").to_pylist()) == want
    html = client.get("/events", params={"type": "CONSULT"}, headers={"accept": "text/html"}).text
    assert "/api/events/download?type=CONSULT&amp;format=csv" in html
    assert client.get("/api/events/download", params={"format": "xls"}).status_code == 422


def test_the_events_page_counts_by_type_actor_and_month_and_each_count_is_a_link(client):
    body = client.get("/events.json", params={"actor": "IND"}).json()
    by_type = body["facets"]["type"]
    assert sum(f["events"] for f in by_type) == body["total"]
    first = by_type[0]
    narrowed = client.get("/events.json?" + first["link"]).json()
    assert narrowed["total"] == first["events"] and narrowed["filters"]["type"] == first["value"]
    month = body["facets"]["month"][0]
    by_month = client.get("/events.json?" + month["link"]).json()
    assert by_month["total"] == month["events"]


@pytest.mark.parametrize(("sort", "key", "reverse"), [("oldest", "date", False), ("newest", "date", True),
                                                       ("hostile", "goldstein", False),
                                                       ("cooperative", "goldstein", True)])
def test_the_events_page_sorts(client, sort, key, reverse):
    events = client.get("/events.json", params={"sort": sort}).json()["events"]
    values = [e[key] for e in events if e[key] is not None]
    assert values == sorted(values, reverse=reverse) and len(values) > 10


def test_date_pickers_show_whole_days_for_months_and_years(client):
    html = client.get("/events", params={"since": "2024-02", "until": "2024"}, headers={"accept": "text/html"}).text
    assert 'type="date" name="since" value="2024-02-01"' in html
    assert 'type="date" name="until" value="2024-12-31"' in html


def test_a_broad_filter_on_a_big_store_says_at_least_how_many_without_counting_all(client, monkeypatch):
    import vaarta.web.api as api
    import vaarta.web.views as views_module

    monkeypatch.setattr(api, "TOTAL_CAP", 5)
    monkeypatch.setattr(views_module, "TOTAL_CAP", 5)
    body = client.get("/api/events", params={"actor": "IND", "limit": 3}).json()
    assert body["total"] == 5 and body["total_exact"] is False and body["next_cursor"]
    html = client.get("/events", params={"actor": "IND"}, headers={"accept": "text/html"}).text
    assert "of 5+" in html
