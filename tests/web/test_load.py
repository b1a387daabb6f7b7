"""A bounded load on loopback with slow clients hanging on: every request is answered.
(Latency figures come from `vaarta bench --http`, not from here.)"""

from __future__ import annotations

from vaarta.evaluate.loadtest import run_load
from vaarta.web.api import create_app

from .server import serving


def test_server_keeps_answering_while_slow_clients_trickle(sample_store, pipeline):
    with serving(create_app(store=sample_store, pipeline=pipeline, token="")) as url:
        result = run_load(f"{url}/api/events?limit=20", requests=300, concurrency=4, slow_clients=6, timeout=10)
    assert result.errors == 0 and result.statuses == {200: 300}
