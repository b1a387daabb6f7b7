from __future__ import annotations

import pytest

from vaarta.store import open_store
from vaarta.store.ingest import ingest
from vaarta.stories import update_stories

from ..conftest import ROOT


@pytest.fixture(scope="session")
def sample_store(pipeline, tmp_path_factory):
    """The bundled sample news, coded and stored once for all web tests."""
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'sample.db'}")
    ingest([str(ROOT / "examples" / "news")], store, pipeline)
    update_stories(store)
    return store
