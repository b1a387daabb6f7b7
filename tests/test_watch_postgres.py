"""`vaarta watch` into PostgreSQL keeps what it keeps in SQLite (a throwaway cluster on
loopback; skipped where PostgreSQL is not installed)."""

from __future__ import annotations

import pytest

from .pg import pg_bindir, throwaway_cluster
from .test_watch import FAST, _snapshot, _watch
from .watch_server import serving


def test_watch_into_postgresql_stores_what_sqlite_stores(pipeline, tmp_path):
    if pg_bindir() is None:
        pytest.skip("PostgreSQL is not installed")
    pytest.importorskip("psycopg")
    with serving() as site, throwaway_cluster() as pg:
        feeds = site.feeds_file(tmp_path)
        lite = f"sqlite:///{tmp_path / 'news.db'}"
        assert _watch(pipeline, str(feeds), "--once", "--db", lite, *FAST)[0] == 0
        code, out = _watch(pipeline, str(feeds), "--once", "--db", pg, *FAST)
        assert code == 0 and "9 articles stored" in out
        assert _snapshot(pg) == _snapshot(lite)
        site.clear()
        code, out = _watch(pipeline, str(feeds), "--once", "--db", pg, *FAST)
        assert "0 articles stored" in out and "7 unchanged" in out
        assert _snapshot(pg) == _snapshot(lite)
