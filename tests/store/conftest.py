from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from vaarta.store import open_store

from ..pg import pg_bindir, throwaway_cluster


@pytest.fixture(scope="session")
def pg_server():
    if pg_bindir() is None:
        pytest.skip("PostgreSQL is not installed")
    pytest.importorskip("psycopg")
    with throwaway_cluster() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The same store tests on both back ends; PostgreSQL gets a fresh database per test."""
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'v.db'}")
        yield s
        s.close()
        return
    server = request.getfixturevalue("pg_server")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    s = open_store(server.rsplit("/", 1)[0] + "/" + name)
    yield s
    s.close()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()
