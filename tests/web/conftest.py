from __future__ import annotations

import os
from pathlib import Path

import pytest

from vaarta.store import open_store
from vaarta.store.ingest import ingest
from vaarta.stories import update_stories
from vaarta.web.api import create_app

from ..conftest import ROOT
from .server import serving

# Browser tests drive Debian's Chromium (never a downloaded one) with Playwright, headless;
# screenshots go to build/test-artifacts/ (or $VAARTA_ARTIFACTS) for a person to look at.
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
ARTIFACTS = Path(os.environ.get("VAARTA_ARTIFACTS", ROOT / "build" / "test-artifacts"))


@pytest.fixture(scope="session")
def sample_store(pipeline, tmp_path_factory):
    """The bundled sample news, coded and stored once for all web tests."""
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'sample.db'}")
    ingest([str(ROOT / "examples" / "news")], store, pipeline)
    update_stories(store)
    return store


@pytest.fixture(scope="module")
def site(sample_store, pipeline):
    """The app over the sample store, served on loopback; yields its base URL."""
    with serving(create_app(store=sample_store, pipeline=pipeline, token="")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


def _watched(pg):
    pg.errors = []  # console errors (a CSP violation among them) and uncaught exceptions
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    return pg


def open_page(browser, width: int = 1280, height: int = 900):
    """A watched page in a new browser context of that window size; close its ``.context``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": width, "height": height}, locale="hi-IN")
    return _watched(ctx.new_page())


@pytest.fixture()
def page(browser):
    pg = open_page(browser)
    yield pg
    pg.context.close()


@pytest.fixture()
def page_without_js(browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    yield _watched(ctx.new_page())
    ctx.close()
