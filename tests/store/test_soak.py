"""A soak test (issue 16): two writers at once — a `vaarta ingest` process and
`POST /api/ingest` on a real server — with readers on the pages and the API all along, for
a bounded time, on SQLite and PostgreSQL. Every request answers 200, both writers succeed,
and the store ends as a sequential run of the same documents leaves it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import httpx

from vaarta.ingest import read_inputs
from vaarta.store import EventQuery, open_store
from vaarta.store.ingest import ingest
from vaarta.stories import update_stories
from vaarta.web.api import create_app

from ..conftest import ROOT
from ..web.server import serving

DEADLINE_S = 90  # the whole soak stops by then, finished or not (it takes ~5–15 s)
READS = ["/api/events?limit=20", "/api/events?actor=IND", "/api/stats", "/api/network", "/api/places",
         "/events", "/network", "/map", "/timeline", "/api/search?q=भारत", "/stories"]


def _lines(docs, ids) -> list[str]:
    out = []
    for i in ids:
        d = docs[i % len(docs)]
        out.append(json.dumps({"id": f"soak-{i}", "text": f"{d.raw}\nक्रमांक {i}", "published": d.published.isoformat()},
                              ensure_ascii=False))
    return out


def _final(store) -> dict[str, object]:
    """What a reader of the finished store sees (story ids aside: they are named by the order
    documents came in)."""
    with store.engine.connect() as conn:
        grouped = conn.exec_driver_sql("SELECT count(*) FROM documents WHERE story_id IS NULL").scalar()
    events = store.events(EventQuery(limit=10_000, sort="oldest"))
    return {"documents": store.count("documents"), "events": store.count("events"), "stats": store.stats(),
            "event_ids": sorted(e["event_id"] for e in events), "network": store.network(EventQuery()),
            "places": store.places(EventQuery()), "ungrouped": grouped,
            "facets IND": store.facets(EventQuery(actor="IND")), "dyad": store.dyad("IND", "RUS")}


def _soak(url: str, tmp_path, pipeline, fresh_url: str) -> None:
    docs = [d for d in read_inputs([str(ROOT / "examples" / "news")])]
    cli_lines = _lines(docs, range(0, 40))
    api_lines = _lines(docs, range(28, 64))  # 12 documents both writers bring: stored once
    path = tmp_path / "cli.jsonl"
    path.write_text("\n".join(cli_lines) + "\n", encoding="utf-8")
    store = open_store(url)
    errors: list[str] = []
    done = threading.Event()
    reads = [0]
    t_end = time.monotonic() + DEADLINE_S

    def reader(base: str, offset: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            k = offset
            while not done.is_set() and time.monotonic() < t_end:
                path = READS[k % len(READS)]
                k += 1
                try:
                    res = client.get(path)
                    if res.status_code != 200:
                        errors.append(f"GET {path}: {res.status_code} {res.text[:200]}")
                except httpx.HTTPError as exc:
                    errors.append(f"GET {path}: {exc!r}")
                reads[0] += 1

    def api_writer(base: str) -> None:
        with httpx.Client(base_url=base, timeout=120, headers={"Authorization": "Bearer soak"}) as client:
            for line in api_lines:  # one document a request, as a feed would post them
                if time.monotonic() > t_end:
                    errors.append("the API writer ran out of time")
                    return
                try:
                    res = client.post("/api/ingest", content=line.encode())
                    if res.status_code != 200 or res.json()["error_count"]:
                        errors.append(f"POST /api/ingest: {res.status_code} {res.text[:200]}")
                except httpx.HTTPError as exc:
                    errors.append(f"POST /api/ingest: {exc!r}")

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    try:
        with serving(create_app(store=store, pipeline=pipeline, token="soak")) as base:
            cli = subprocess.Popen([sys.executable, "-m", "vaarta.cli", "ingest", "--db", url, "--batch", "1", str(path)],
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            threads = [threading.Thread(target=reader, args=(base, k)) for k in range(2)]
            writer = threading.Thread(target=api_writer, args=(base,))
            for t in (*threads, writer):
                t.start()
            try:
                _out, err = cli.communicate(timeout=DEADLINE_S)
            except subprocess.TimeoutExpired:
                cli.kill()
                _out, err = cli.communicate()
                errors.append("the CLI writer ran out of time")
            if cli.returncode != 0:
                errors.append(f"vaarta ingest exited {cli.returncode}: {err[-1000:]}")
            writer.join(timeout=DEADLINE_S)
            done.set()
            for t in threads:
                t.join(timeout=60)
        assert errors == []
        assert reads[0] >= 10  # the readers read all along
        got = _final(store)
    finally:
        store.close()

    # the same documents, one writer after the other
    sequential = open_store(fresh_url)
    try:
        for lines in (cli_lines, api_lines):
            one = tmp_path / "one.jsonl"
            one.write_text("\n".join(lines) + "\n", encoding="utf-8")
            ingest([str(one)], sequential, pipeline)
            update_stories(sequential)
        want = _final(sequential)
    finally:
        sequential.close()
    assert got["documents"] == 64 and got["ungrouped"] == 0
    assert got == want


def test_soak_two_writers_and_readers_on_sqlite(tmp_path, pipeline):
    _soak(f"sqlite:///{tmp_path / 'soak.db'}", tmp_path, pipeline, f"sqlite:///{tmp_path / 'sequential.db'}")


def test_soak_two_writers_and_readers_on_postgresql(tmp_path, pipeline, request):
    from sqlalchemy import create_engine, text

    server = request.getfixturevalue("pg_server")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    names = ["soak_a", "soak_b"]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {name}"))
    base = server.rsplit("/", 1)[0]
    try:
        _soak(f"{base}/{names[0]}", tmp_path, pipeline, f"{base}/{names[1]}")
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()

