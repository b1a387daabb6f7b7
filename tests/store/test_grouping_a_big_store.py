"""Grouping one new article into stories on a PostgreSQL store with many documents must not
scan every grouped document once per document (issue 16: at 1M events, one article's ingest
never finished on PostgreSQL's default work_mem)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from vaarta.model import Doc
from vaarta.store import open_store
from vaarta.stories import update_stories

DOCS = 60_000  # enough that a per-row scan of the grouped ids takes minutes, not seconds


@pytest.fixture
def big_pg_store(pg_server):
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
        # what a store of a million events meets on the server's defaults: little memory per
        # sort or hash for that many rows
        conn.execute(text(f"ALTER DATABASE {name} SET work_mem = '64kB'"))
    store = open_store(pg_server.rsplit("/", 1)[0] + "/" + name)
    yield store, lambda: _timeout(admin, name, store)
    store.close()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


def _timeout(admin, name: str, store) -> None:  # type: ignore[no-untyped-def]
    """A ceiling on any one statement from here on, so a quadratic plan fails, not hangs."""
    with admin.connect() as conn:
        conn.execute(text(f"ALTER DATABASE {name} SET statement_timeout = '20s'"))
    store.engine.dispose()  # new connections take the setting


def test_one_new_article_is_grouped_into_a_store_of_many_grouped_documents(big_pg_store):
    store, limit_statements = big_pg_store
    with store.engine.begin() as conn:
        # many documents already grouped (each with its signature), written in SQL at once
        conn.execute(text(
            "INSERT INTO documents (id, content_hash, lang, text, ingested_at) "
            "SELECT 'old-' || i, md5('old-' || i), 'hi', 'पुराना लेख ' || i, now() "
            "FROM generate_series(1, :n) AS i"), {"n": DOCS})
        conn.execute(text(
            "INSERT INTO document_signatures (doc_id, minhash) "
            # (a signature of 128 hash values, each document its own)
            "SELECT 'old-' || i, decode(repeat(md5('old-' || i), 64), 'hex') FROM generate_series(1, :n) AS i"),
            {"n": DOCS})
        conn.execute(text("ANALYZE documents"))
        conn.execute(text("ANALYZE document_signatures"))
    limit_statements()
    store.add_documents([Doc("new-1", "भारत और नेपाल के विदेश मंत्रियों ने काठमांडू में बातचीत की।", None, lang="hi")])
    assert store.ungrouped()
    update_stories(store)  # raises (statement timeout) if it scans per document
    assert not store.ungrouped()
    with store.engine.connect() as conn:
        story = conn.execute(text("SELECT story_id FROM documents WHERE id = 'new-1'")).scalar()
    assert story is not None
