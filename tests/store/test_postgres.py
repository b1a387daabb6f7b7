"""The same store on PostgreSQL, in a throwaway cluster (skipped where PostgreSQL is absent)."""

import pytest

from vaarta.store import EventQuery, open_store
from vaarta.store.ingest import ingest
from vaarta.stories import update_stories

from ..conftest import ROOT
from ..pg import pg_bindir, throwaway_cluster

pytestmark = pytest.mark.skipif(pg_bindir() is None, reason="PostgreSQL is not installed")


@pytest.fixture(scope="module")
def pg_store():
    pytest.importorskip("psycopg")
    with throwaway_cluster() as url:
        store = open_store(url)
        yield store
        store.close()


def test_postgres_ingest_query_search_stories(pg_store, pipeline, tmp_path):
    news = str(ROOT / "examples" / "news")
    first = ingest([news], pg_store, pipeline)
    again = ingest([news], pg_store, pipeline)
    assert first.added > 20 and again.added == 0 and pg_store.count("documents") == first.added
    assert pg_store.count("events") == first.events
    rus = pg_store.events(EventQuery(actor="RUS", type="CONSULT", limit=100))
    assert rus and all(e["type"] == "CONSULT" for e in rus)
    assert pg_store.events(EventQuery(actor="' OR 1=1 --")) == []
    (tmp_path / "m.txt").write_text("---\nid: smile\n---\nउनके चेहरे पर मुस्कुराहट थी।", encoding="utf-8")
    ingest([str(tmp_path)], pg_store, pipeline)
    hits = {h["id"] for h in pg_store.search("मॉस्को")}
    assert hits and "smile" not in hits
    st = update_stories(pg_store)
    assert st.documents == pg_store.count("documents") and st.clusters <= st.events
    assert pg_store.stats()["by_type"]["CONSULT"] > 5
    assert sum(1 for _ in pg_store.iter_events()) == pg_store.count("events")
