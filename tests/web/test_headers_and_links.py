"""A stored URL never runs script in an analyst's browser, and every answer says so to the browser."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from vaarta.store import open_store
from vaarta.web.api import create_app


def _client(tmp_path, pipeline) -> TestClient:
    return TestClient(create_app(store=open_store(f"sqlite:///{tmp_path / 'x.db'}"), pipeline=pipeline, token="t"))


def test_only_web_addresses_become_source_links(tmp_path, pipeline):
    client = _client(tmp_path, pipeline)
    lines = [
        {"id": "evil", "url": "javascript:alert(document.domain)", "published": "2024-03-02",
         "text": "नई दिल्ली। भारत के प्रधानमंत्री ने शनिवार को रूस के राष्ट्रपति से मुलाकात की।"},
        {"id": "good", "url": "https://example.org/news/1", "published": "2024-03-02",
         "text": "मॉस्को। रूस के विदेश मंत्री ने शनिवार को चीन के विदेश मंत्री से मुलाकात की।"},
    ]
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    res = client.post("/api/ingest", content=body.encode(), headers={"authorization": "Bearer t"})
    assert res.status_code == 200 and res.json()["events"] >= 2, res.text
    events = client.get("/api/events").json()["events"]
    pages = {e["doc_id"]: client.get(f"/events/{e['event_id']}", headers={"accept": "text/html"}).text for e in events}
    assert 'href="javascript:' not in pages["evil"] and "javascript:alert" in pages["evil"]  # shown, not linked
    assert 'href="https://example.org/news/1"' in pages["good"]


def test_pages_and_api_send_strict_security_headers(tmp_path, pipeline):
    client = _client(tmp_path, pipeline)
    for path in ("/events", "/api/events", "/map", "/docs"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"] and "frame-ancestors 'none'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"


def test_a_nul_in_a_search_is_a_client_error_not_a_crash(tmp_path, pipeline):
    client = _client(tmp_path, pipeline)
    assert client.get("/api/search", params={"q": "a\x00b"}).status_code == 422
    assert client.get("/search", params={"q": "a\x00b"}).status_code == 200
