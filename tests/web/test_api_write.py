"""POST /api/ingest: off without a token, refused with a wrong one, capped in size."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from vaarta.store import open_store
from vaarta.web.api import create_app

ARTICLE = ("मॉस्को। प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।\n"
           "दोनों नेताओं ने व्यापार पर बात की।")


@pytest.fixture()
def app_with(tmp_path, pipeline):
    def make(token: str = "s3cret", max_body: int = 5 * 1024 * 1024):
        store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
        return TestClient(create_app(store=store, pipeline=pipeline, token=token, max_body=max_body)), store
    return make


def test_ingest_is_off_without_a_token(app_with):
    client, store = app_with(token="")
    res = client.post("/api/ingest", content=ARTICLE.encode(), headers={"Authorization": "Bearer anything"})
    assert res.status_code == 403 and "VAARTA_TOKEN" in res.json()["error"]
    assert store.count("documents") == 0


@pytest.mark.parametrize("header", [None, "Bearer wrong", "s3cret", "Bearer s3cret2", "Basic czNjcmV0"])
def test_ingest_refuses_a_missing_or_wrong_token(app_with, header):
    client, store = app_with()
    headers = {"Authorization": header} if header else {}
    res = client.post("/api/ingest", content=ARTICLE.encode(), headers=headers)
    assert res.status_code == 401 and store.count("documents") == 0


def test_ingest_codes_text_and_jsonl_and_reports_bad_lines(app_with):
    client, store = app_with()
    auth = {"Authorization": "Bearer s3cret"}
    res = client.post("/api/ingest", params={"published": "2024-07-09", "id": "web-1"}, content=ARTICLE.encode(),
                      headers=auth | {"content-type": "text/plain; charset=utf-8"})
    body = res.json()
    assert res.status_code == 200 and body["added"] == 1 and body["events"] >= 1
    ev = client.get("/api/events", params={"actor": "IND"}).json()["events"][0]
    assert ev["doc_id"] == "web-1" and ev["date"] == "2024-07-09"
    lines = [json.dumps({"id": "web-2", "text": ARTICLE.replace("मंगलवार", "बुधवार"), "published": "2024-07-10"},
                        ensure_ascii=False), "{broken", json.dumps({"id": "web-3"})]
    res = client.post("/api/ingest", content="\n".join(lines).encode(), headers=auth)
    body = res.json()
    assert body["added"] == 1 and body["error_count"] == 2
    assert [e["line"] for e in body["errors"]] == [2, 3]
    again = client.post("/api/ingest", content="\n".join(lines).encode(), headers=auth).json()
    assert again["added"] == 0 and again["skipped"] == 1 and store.count("documents") == 2


def test_ingest_rejects_bad_bodies_clearly(app_with):
    client, _ = app_with()
    auth = {"Authorization": "Bearer s3cret"}
    assert client.post("/api/ingest", content=b"", headers=auth).status_code == 400
    res = client.post("/api/ingest", content="मॉस्को".encode("utf-16"), headers=auth)
    assert res.status_code == 400 and "UTF-8" in res.json()["error"]


def test_bodies_over_the_cap_get_413_even_when_chunked(app_with):
    client, store = app_with(max_body=10_000)
    auth = {"Authorization": "Bearer s3cret"}
    big = ("क" * 6000).encode()  # 18,000 bytes
    res = client.post("/api/ingest", content=big, headers=auth)
    assert res.status_code == 413 and "limit" in res.json()["error"]

    def chunks():  # no Content-Length: the cap is enforced while reading
        for _ in range(6):
            yield big[:3000]

    res = client.post("/api/ingest", content=chunks(), headers=auth)
    assert res.status_code == 413 and store.count("documents") == 0


def test_no_cors_headers_are_sent(app_with):
    client, _ = app_with()
    pre = client.options("/api/events", headers={"Origin": "https://evil.example",
                                                 "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers
    res = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in res.headers


def test_documents_sent_to_the_api_are_grouped_into_stories(app_with):
    client, store = app_with()
    body = "\n".join(json.dumps({"id": f"copy-{i}", "text": ARTICLE + f"\nसंदर्भ {i}", "published": "2024-07-09"},
                                ensure_ascii=False) for i in range(3))
    res = client.post("/api/ingest", content=body.encode(), headers={"authorization": "Bearer s3cret"})
    assert res.status_code == 200 and res.json()["added"] == 3
    assert not store.ungrouped()
    assert store.stories()[0]["documents"] == 3  # three copies of one story
