"""A bounded load on loopback with slow clients hanging on: every request is answered.
The events page's latencies go to build/test-artifacts/load.json and the test log (the
figures that count come from `vaarta bench --http` on a quiet machine)."""

from __future__ import annotations

import json

from vaarta.evaluate.loadtest import run_load
from vaarta.web.api import create_app

from .conftest import ARTIFACTS
from .server import serving


def test_server_keeps_answering_while_slow_clients_trickle(sample_store, pipeline):
    with serving(create_app(store=sample_store, pipeline=pipeline, token="")) as url:
        result = run_load(f"{url}/api/events?limit=20", requests=300, concurrency=4, slow_clients=6, timeout=10)
    assert result.errors == 0 and result.statuses == {200: 300}


def test_the_events_page_under_load_answers_every_request_and_reports_its_p99(sample_store, capsys):
    with serving(create_app(store=sample_store, token="")) as url:
        result = run_load(f"{url}/events", requests=200, concurrency=4, slow_clients=4, timeout=20)
    assert result.errors == 0 and result.statuses == {200: 200}
    assert 0 < result.p50_ms <= result.p99_ms <= result.max_ms
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "load.json").write_text(json.dumps({"/events": result.as_dict()}, indent=1) + "\n")
    with capsys.disabled():
        print(f"\n/events under load: {result.requests} requests, {result.concurrency} at a time, "
              f"{result.slow_clients} slow clients: p50 {result.p50_ms} ms, p99 {result.p99_ms} ms, "
              f"{result.requests_per_s} requests/s, {result.errors} errors")
