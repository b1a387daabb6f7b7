"""Two writers at once — two `vaarta ingest` runs, racing even to create the database — both
succeed, and the store holds every document once (issue: nothing lost, two writers)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from vaarta.ingest import read_inputs

from ..conftest import ROOT
from ..pg import pg_bindir, throwaway_cluster


def _write(path, docs, ids):
    with path.open("w", encoding="utf-8") as fh:
        for i in ids:
            d = docs[i % len(docs)]
            fh.write(json.dumps({"id": f"{d.id}-{i}", "text": f"{d.raw}\nक्रमांक {i}",
                                 "published": d.published.isoformat()}, ensure_ascii=False) + "\n")


def _race(tmp_path, url):
    docs = [d for d in read_inputs([str(ROOT / "examples" / "news")])]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write(a, docs, range(0, 100))
    _write(b, docs, range(0, 100))  # the same documents, as when a run is started twice
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "vaarta.cli", "ingest", "--db", url, "--batch", "1"]
    procs = [subprocess.Popen([*cmd, str(f)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in (a, b)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
    return outs


def test_two_ingests_into_one_new_sqlite_file_both_succeed(tmp_path):
    db = tmp_path / "shared.db"
    _race(tmp_path, f"sqlite:///{db}")
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 100
        assert con.execute("SELECT count(DISTINCT doc_id) FROM document_signatures").fetchone()[0] == 100
        assert con.execute("SELECT count(*) FROM documents WHERE story_id IS NULL").fetchone()[0] == 0
    finally:
        con.close()


def test_two_ingests_into_one_postgresql_database_both_succeed(tmp_path):
    if pg_bindir() is None:
        pytest.skip("PostgreSQL is not installed")
    pytest.importorskip("psycopg")
    from vaarta.store import open_store

    with throwaway_cluster() as url:
        _race(tmp_path, url)
        store = open_store(url)
        try:
            assert store.count("documents") == 100
        finally:
            store.close()


def test_a_rerun_groups_stories_that_a_stopped_run_never_grouped(tmp_path, pipeline):
    from typer.testing import CliRunner

    from vaarta.cli import app
    from vaarta.store import open_store
    from vaarta.store.ingest import ingest

    db = tmp_path / "stopped.db"
    store = open_store(f"sqlite:///{db}")
    ingest([str(ROOT / "examples" / "news")], store, pipeline)  # documents stored, grouping never ran
    assert store.ungrouped()
    res = CliRunner().invoke(app, ["ingest", str(ROOT / "examples" / "news"), "--db", f"sqlite:///{db}"])
    assert res.exit_code == 0, res.output
    assert "0 added" in res.output and "stories over" in res.output
    assert not store.ungrouped()


def test_an_event_lists_a_bounded_number_of_other_mentions_and_says_how_many(tmp_path, pipeline):
    from datetime import date

    from vaarta.model import Doc
    from vaarta.store import EventQuery, open_store
    from vaarta.store.sql import MAX_MENTIONS
    from vaarta.stories import update_stories

    store = open_store(f"sqlite:///{tmp_path / 'many.db'}")
    docs = [pipeline(Doc(f"copy-{i}", f"नई दिल्ली। भारत ने बुधवार को पाकिस्तान की कड़ी निंदा की। संदर्भ {i}",
                         date(2024, 3, 7), lang="hi")) for i in range(MAX_MENTIONS + 20)]
    store.add_documents(docs)
    update_stories(store)
    first = store.events(EventQuery(limit=1))[0]
    ev = store.event(first["event_id"])
    assert len(ev["mentions"]) == MAX_MENTIONS
    assert ev["mention_count"] == MAX_MENTIONS + 19


def test_grouping_article_by_article_equals_one_full_pass(tmp_path, pipeline):
    from sqlalchemy import text

    from vaarta.store import open_store
    from vaarta.store.ingest import ingest
    from vaarta.stories import update_stories

    files = sorted((ROOT / "examples" / "news").glob("*.txt"))
    step = open_store(f"sqlite:///{tmp_path / 'step.db'}")
    for i in range(0, len(files), 7):  # a few articles at a time, grouped after each
        ingest([str(f) for f in files[i : i + 7]], step, pipeline)
        update_stories(step)
    once = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    ingest([str(f) for f in files], once, pipeline)
    update_stories(once, full=True)

    def grouping(store):
        with store.engine.connect() as conn:
            docs = dict(conn.execute(text("SELECT id, story_id FROM documents")).all())
            evs = dict(conn.execute(text("SELECT event_id, cluster_id FROM events")).all())
        return docs, evs

    assert grouping(step) == grouping(once)
    docs, evs = grouping(step)
    assert docs["ex-46"] == docs["ex-01"]  # a copy that came later joined the story
    assert len(set(evs.values())) < len(evs)  # and happenings gathered their mentions
