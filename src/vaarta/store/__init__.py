"""The store: SQLite by default, PostgreSQL through a URL."""

from vaarta.store.sql import DEFAULT_URL, EventQuery, Store, StoreError, open_store

__all__ = ["DEFAULT_URL", "EventQuery", "Store", "StoreError", "open_store"]
