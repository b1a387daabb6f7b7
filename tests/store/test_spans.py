"""Evidence spans in the store (schema 7), on SQLite and PostgreSQL: kept with each event,
and a store of schema 6 upgraded without losing a mark."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from vaarta.ingest import read_inputs
from vaarta.model import Span
from vaarta.store import EventQuery
from vaarta.store.ingest import ingest
from vaarta.store.schema import SCHEMA_VERSION
from vaarta.store.sql import Store
from vaarta.web.api import create_app

from ..conftest import ROOT

NEWS = str(ROOT / "examples" / "news")


def _marks(client: TestClient) -> dict[str, list]:
    out = {}
    for params in ({}, {"page": "2"}):
        for ev in client.get("/events.json", params=params).json()["events"]:
            out[ev["event_id"]] = ev["marks"]
    return out


def test_events_keep_their_spans_in_the_store(store, pipeline):
    coded = {e.event_id: e.evidence.spans for d in read_inputs([NEWS]) for e in pipeline(d).events}
    ingest([NEWS], store, pipeline)
    stored = {e["event_id"]: [Span.from_dict(s) for s in e["evidence"]["spans"]]
              for e in store.events(EventQuery(limit=1000))}
    assert stored == coded and sum(len(s) for s in stored.values()) > 2 * len(stored)
    one = next(iter(stored))
    assert store.event(one)["evidence"]["spans"] == [s.to_dict() for s in stored[one]]


def test_a_schema_6_store_is_upgraded_and_its_events_still_render_with_every_mark(store, pipeline):
    ingest([NEWS], store, pipeline)
    client = TestClient(create_app(store=store, pipeline=pipeline, token=""))
    marked = _marks(client)
    with store.engine.begin() as conn:  # as version 6 left it: no spans
        conn.execute(text("ALTER TABLE events DROP COLUMN evidence_spans"))
        conn.execute(text("UPDATE vaarta_meta SET value = '6' WHERE key = 'schema_version'"))
    upgraded = Store(store.engine)
    with upgraded.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM vaarta_meta WHERE key = 'schema_version'")).scalar() == \
            str(SCHEMA_VERSION)
    assert all(e["evidence"]["spans"] is None for e in upgraded.events(EventQuery(limit=1000)))
    client = TestClient(create_app(store=upgraded, pipeline=pipeline, token=""))
    assert _marks(client) == marked  # found again for the events stored before: nothing lost
    roles = {k for m in marked.values() for r in m for k in (r["role"] or "").split()}
    assert roles == {"actor", "recipient", "place", "date"}
    moscow = client.get("/events.json", params={"place": "Moscow"}).json()["events"][0]
    assert 'm-place"' in client.get(f"/events/{moscow['event_id']}").text
    # what is coded after the upgrade keeps its spans
    stats = ingest([str(ROOT / "examples" / "news" / "01-modi-moscow-2024.txt")], upgraded, pipeline, recode=True)
    assert stats.recoded == 1
    new = upgraded.events(EventQuery(doc_id="ex-01", limit=100))
    assert new and all(e["evidence"]["spans"] is not None for e in new) and any(e["evidence"]["spans"] for e in new)
