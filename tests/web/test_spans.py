"""Evidence marked from the spans kept at coding time: the same marks as finding the
mentions again, without the pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from fastapi.testclient import TestClient

from vaarta.store import EventQuery
from vaarta.web.api import create_app
from vaarta.web.marks import evidence_marks

from ..conftest import ROOT

CODER_MODULES = ("vaarta.pipeline", "vaarta.profiles", "vaarta.extract", "vaarta.coding.coder", "vaarta.kb.load")


def test_marks_from_stored_spans_equal_the_marks_found_again_on_the_sample_news(sample_store, pipeline):
    events = sample_store.events(EventQuery(limit=1000))
    meta = sample_store.documents_meta([e["doc_id"] for e in events])
    assert len(events) > 50 and all(e["evidence"]["spans"] is not None for e in events)
    kinds: set[str] = set()
    for ev in events:
        doc = meta[ev["doc_id"]]
        stored = evidence_marks(ev)  # no pipeline at hand: the stored spans alone
        unkept = {**ev, "evidence": {k: v for k, v in ev["evidence"].items() if k != "spans"}}
        again = evidence_marks(unkept, lambda: pipeline, doc["lang"], doc["published"])
        assert stored == again, ev["event_id"]
        kinds |= {k for _, _, role in stored for k in role.split()}
    assert kinds == {"actor", "recipient", "place", "date"}


def test_pages_mark_evidence_without_loading_the_pipeline(sample_store):
    app = create_app(store=sample_store, token="")
    client = TestClient(app)
    data = client.get("/events.json", params={"actor": "IND", "type": "CONSULT"}).json()
    roles = {k for e in data["events"] for r in e["marks"] for k in (r["role"] or "").split()}
    assert {"actor", "recipient", "date", "place"} <= roles
    first = client.get("/events.json", params={"place": "Moscow"}).json()["events"][0]
    page = client.get(f"/events/{first['event_id']}").text
    assert 'm-place"' in page
    for path in ("/events?actor=Putin", "/timeline", "/network", "/map", "/search?q=मॉस्को", "/actors/RUS"):
        assert client.get(path).status_code == 200, path
    assert app.state.pipeline is None  # the KB was enough for names; nothing was coded


def test_the_web_app_imports_without_the_coder_and_loads_it_only_to_ingest(tmp_path):
    """In a fresh interpreter: importing the app and serving pages loads neither the pipeline
    nor the KB's loader; POST /api/ingest loads the pipeline, and stores spans."""
    script = textwrap.dedent(f"""
        import json, sys
        import vaarta.web.api as api
        coder = {CODER_MODULES!r}
        seen = {{"import": [m for m in coder if m in sys.modules]}}
        from fastapi.testclient import TestClient
        from vaarta.store import open_store
        store = open_store("sqlite:///{tmp_path / 'v.db'}")
        client = TestClient(api.create_app(store=store, token="t"))
        assert client.get("/events").status_code == 200
        seen["pages"] = [m for m in coder if m in sys.modules]
        r = client.post("/api/ingest?published=2024-07-09&id=n1", headers={{"authorization": "Bearer t"}},
                        content="प्रधानमंत्री मोदी सोमवार को मॉस्को पहुंचे और राष्ट्रपति पुतिन से मुलाकात की।".encode())
        assert r.status_code == 200 and r.json()["events"] >= 1, r.text
        seen["ingest"] = [m for m in coder if m in sys.modules]
        seen["spans"] = client.get("/events.json").json()["events"][0]["evidence"]["spans"]
        print(json.dumps(seen))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                         cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["import"] == [] and seen["pages"] == []
    assert "vaarta.pipeline" in seen["ingest"]
    assert {s["kind"] for s in seen["spans"]} == {"actor", "recipient", "place", "date"}
