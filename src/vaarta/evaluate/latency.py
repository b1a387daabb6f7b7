"""Latency of every page and API call on one store, and the cost of ingesting one article
into it: the second half of ``vaarta bench --store-events``.

Requests go one at a time through the app in this process (no network, no concurrency),
so a figure is what one request costs on one core. The ids, codes and words asked for are
taken from the store (its newest event, its busiest story, its busiest state and dyad), so
every request finds something.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from sqlalchemy import select

from vaarta.pipeline import Pipeline
from vaarta.store import EventQuery, Store
from vaarta.store.schema import participants


@dataclass
class Timing:
    path: str
    status: int
    requests: int
    p50_ms: float
    p95_ms: float

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "requests": self.requests,
                "p50_ms": self.p50_ms, "p95_ms": self.p95_ms}


def endpoints(store: Store, actor: str = "IND", other: str = "PAK", word: str = "भारत", name: str = "Putin",
              place: str = "Moscow") -> list[str]:
    """Every page and API call, with the filters people use most: none, a state, a pair,
    a type, a year; and some rarer ones: an actor by name, a place, a state with a type, a
    day."""
    newest = store.events(EventQuery(limit=1))
    event_id = quote(newest[0]["event_id"], safe="") if newest else "none"
    doc_id = quote(newest[0]["doc_id"], safe="") if newest else "none"
    story = store.stories(1)
    story_id = quote(story[0]["story_id"], safe="") if story else "none"
    with store.engine.connect() as conn:
        person = conn.execute(select(participants.c.kb_id).where(participants.c.kb_id.is_not(None))
                              .where(participants.c.country == actor).limit(1)).scalar() or actor
    pair = f"{actor},{other}"
    some_type = "CONSULT"
    year = "2024"
    q = urlencode
    return [
        "/api/events", f"/api/events?{q({'actor': actor})}", f"/api/events?{q({'pair': pair})}",
        f"/api/events?{q({'type': some_type})}", f"/api/events?{q({'since': year, 'until': year})}",
        f"/api/events?{q({'actor': actor, 'type': some_type, 'since': year})}",
        f"/api/events/{event_id}", f"/api/events/download?{q({'pair': pair, 'since': '2025-12'})}",
        f"/api/documents/{doc_id}", f"/api/search?{q({'q': word})}", "/api/stats", "/api/stories",
        f"/api/dyad?{q({'a': actor, 'b': other})}", f"/api/dyad?{q({'a': actor, 'b': other, 'by': 'week'})}",
        "/api/network", f"/api/network?{q({'type': some_type})}", f"/api/network?{q({'actor': actor})}",
        "/api/places", f"/api/places?{q({'actor': actor})}",
        "/events", "/events.json", f"/events?{q({'actor': actor})}", f"/events?{q({'pair': pair})}",
        f"/events?{q({'type': some_type, 'since': year})}", f"/events?{q({'actor': actor, 'page': 3})}",
        f"/events/{event_id}", f"/events/{event_id}/article",
        f"/actors/{actor}", f"/actors/{quote(person, safe='')}",
        "/stories", f"/stories/{story_id}",
        "/timeline", f"/timeline?{q({'a': actor, 'b': other})}", f"/timeline?{q({'a': actor, 'b': other, 'by': 'week'})}",
        "/network", f"/network?{q({'since': '2025'})}", f"/network?{q({'actor': actor})}",
        "/map", f"/map?{q({'actor': actor})}",
        "/watch", f"/search?{q({'q': word})}", "/docs",
        f"/api/events?{q({'actor': name})}", f"/events?{q({'actor': name})}", f"/map?{q({'place': place})}",
        f"/api/events?{q({'place': place})}", f"/api/network?{q({'actor': actor, 'type': some_type})}",
        f"/events?{q({'actor': actor, 'type': some_type})}", f"/network?{q({'since': '2024-07-01'})}",
        f"/events?{q({'since': '2024-07-01', 'until': '2024-07-31'})}", f"/api/places?{q({'pair': pair})}",
        f"/map/points?{q({'month': '2025-06'})}", f"/map/points?{q({'place': place, 'month': '2025-06'})}",
        f"/events?{q({'place': place})}", f"/api/places?{q({'place': place})}",
        f"/network?{q({'type': some_type, 'since': '2024-07-01'})}", f"/events?{q({'actor': name, 'since': '2024'})}",
    ]


def measure(store: Store, pipeline: Pipeline | None, paths: list[str], repeat: int = 20,
            budget_s: float = 20.0, on_result: Any = None) -> list[Timing]:
    """p50 and p95 of each path over ``repeat`` requests (fewer, at least 3, when a path
    uses up ``budget_s`` seconds), after one request that warms caches and loads the KB."""
    from fastapi.testclient import TestClient

    from vaarta.web.api import create_app

    client = TestClient(create_app(store=store, pipeline=pipeline), raise_server_exceptions=False)
    client.get("/events")  # the KB and templates load on first use
    out = []
    for path in paths:
        status = client.get(path, headers={"accept": "text/html"}).status_code
        times: list[float] = []
        spent = 0.0
        while len(times) < repeat and (len(times) < 3 or spent < budget_s):
            t0 = time.perf_counter()
            client.get(path, headers={"accept": "text/html"})
            dt = time.perf_counter() - t0
            times.append(dt * 1000)
            spent += dt
        times.sort()
        t = Timing(path, status, len(times), round(_pct(times, 0.5), 1), round(_pct(times, 0.95), 1))
        if on_result:
            on_result(t)
        out.append(t)
    return out


def _pct(values: list[float], q: float) -> float:
    """The nearest-rank percentile of sorted values."""
    return values[min(len(values) - 1, max(0, round(q * len(values) + 0.5) - 1))]


# The peak memory of the ingest process itself: VmHWM, not getrusage's ru_maxrss, which on
# Linux starts from the RSS of the process that forked it (here, a bench holding the store).
_RSS_PROBE = """
import atexit, re, resource, sys

def peak():
    try:
        return int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1])
    except (OSError, TypeError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

atexit.register(lambda: sys.stderr.write("\\nmax_rss_kb=%d\\n" % peak()))
from vaarta.cli import app
app()
"""


def one_article_ingest(url: str, article: Path | None = None) -> dict[str, Any]:
    """Time and peak memory of ``vaarta ingest`` of one new article into the store at
    ``url``, in a process of its own (starting Python, reading the KB and grouping stories
    included)."""
    from vaarta.evaluate.bench import EXAMPLES

    source = article or sorted(EXAMPLES.glob("*.txt"))[0]
    stamp = time.time_ns()  # a new id and a new text each time
    body = source.read_text(encoding="utf-8")
    if not body.startswith("---\n"):
        body = "---\nid: x\n---\n" + body
    text = re.sub(r"(?m)^id: .*$", f"id: bench-{stamp}", body, count=1) + f"\n\n(bench {stamp})"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _RSS_PROBE, "ingest", str(path), "--db", url],
                              capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
        seconds = time.perf_counter() - t0
    found = re.search(r"max_rss_kb=(\d+)", proc.stderr)
    if proc.returncode != 0 or found is None:
        raise RuntimeError(f"ingest failed: {proc.stderr.strip()[-500:]}")
    return {"seconds": round(seconds, 2), "max_rss_mb": round(int(found[1]) / 1024, 1), "output": proc.stdout.strip()}


def as_table(timings: list[Timing]) -> str:
    rows = ["| request | p50 ms | p95 ms | n |", "| --- | ---: | ---: | ---: |"]
    rows += [f"| `{t.path}` | {t.p50_ms} | {t.p95_ms} | {t.requests} |" for t in timings]
    return "\n".join(rows)


def as_json(timings: list[Timing]) -> str:
    return json.dumps([t.as_dict() for t in timings])
