"""`vaarta watch` against a fixture news site on 127.0.0.1 (tests/watch_server.py): what a
user notices — every article stored once and coded, a second pass that adds nothing and
asks conditionally, errors kept per feed and per article without stopping the pass, a
path robots.txt forbids never asked for, and a watch killed part-way that, run again,
leaves the store as one clean pass does. Nothing here reaches the internet."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from typer.testing import CliRunner

from vaarta.cli import app
from vaarta.store import open_store

from .watch_server import Site, serving

ROOT = Path(__file__).resolve().parents[1]
FAST = ["--delay", "0", "--timeout", "0.5", "--retries", "0"]
ARTICLES = ["hi-1", "hi-2", "hi-3", "hi-4", "hi-5", "hi-old", "en-1", "en-2", "en-3"]
LISTINGS = {"/rss.xml", "/atom.xml", "/sitemap_index.xml", "/news_sitemap.xml", "/pages_sitemap.xml", "/",
            "/home-feed.xml"}


@pytest.fixture(scope="module")
def site():
    with serving() as s:
        yield s


def _watch(pipeline, *args: str) -> tuple[int, str]:
    """`vaarta watch ARGS` in this process, with the session's pipeline (no second load)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("vaarta.pipeline.load_pipeline", lambda *a, **k: pipeline)
        mp.delenv("VAARTA_SETTINGS", raising=False)
        result = CliRunner().invoke(app, ["watch", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _snapshot(db: str) -> dict[str, object]:
    """What a store holds, apart from times and try counts."""
    store = open_store(db)
    with store.engine.connect() as conn:
        docs = sorted(tuple(r) for r in conn.execute(text("SELECT id, url, content_hash, story_id FROM documents")))
        events = sorted(tuple(r) for r in conn.execute(text("SELECT event_id, doc_id, type, cluster_id FROM events")))
        urls = sorted(tuple(r) for r in conn.execute(text("SELECT url, status, doc_id, canonical FROM watch_urls")))
        feeds = sorted(tuple(r) for r in conn.execute(text("SELECT url, kind, etag FROM watch_feeds")))
    store.close()
    return {"documents": docs, "events": events, "urls": urls, "feeds": feeds}


@pytest.fixture(scope="module")
def clean(site: Site, pipeline, tmp_path_factory):
    """One clean pass and a second one over the fixture site, with what each asked for."""
    folder = tmp_path_factory.mktemp("watch")
    db = f"sqlite:///{folder / 'news.db'}"
    feeds = site.feeds_file(folder)
    site.clear()
    first = _watch(pipeline, str(feeds), "--once", "--db", db, *FAST)
    first_requests = list(site.requests)
    after_first = _snapshot(db)
    site.clear()
    second = _watch(pipeline, str(feeds), "--once", "--db", db, *FAST)
    second_requests = list(site.requests)
    site.clear()
    return {"db": db, "feeds": feeds, "first": first, "second": second, "first_requests": first_requests,
            "second_requests": second_requests, "after_first": after_first, "after_second": _snapshot(db)}


def test_watch_once_stores_every_fixture_article_once_and_codes_it(clean, site):
    code, out = clean["first"]
    assert code == 0, out
    docs = clean["after_first"]["documents"]
    assert sorted(url for _, url, _, _ in docs) == sorted(f"{site.base}/news/{a}.html" for a in ARTICLES)
    coded = {doc_id for _, doc_id, _, _ in clean["after_first"]["events"]}
    assert coded == {doc_id for doc_id, *_ in docs}  # every fixture article yields events
    urls = {u: (status, doc) for u, status, doc, _ in clean["after_first"]["urls"]}
    # listed in two feeds, with different tracking parameters: one URL, one document
    assert f"{site.base}/news/hi-1.html" in urls and not any("utm_" in u or "fbclid" in u for u in urls)
    # the AMP copy names the article as canonical: a duplicate of it, not a second document
    assert urls[f"{site.base}/amp/hi-3.html"] == ("duplicate", urls[f"{site.base}/news/hi-3.html"][1])
    assert "9 articles stored" in out and "1 duplicates" in out


def test_watch_second_pass_adds_nothing_and_asks_conditionally(clean, site):
    code, out = clean["second"]
    assert code == 0 and "0 new links: 0 articles stored" in out
    before, after = clean["after_first"], clean["after_second"]
    assert after["documents"] == before["documents"] and after["events"] == before["events"]
    asked = {path.split("?")[0]: headers for path, headers in clean["second_requests"]}
    for listing in LISTINGS:  # every listing that sent an ETag gets it back, and answers 304
        assert asked[listing].get("if-none-match"), listing
        assert asked[listing].get("if-modified-since"), listing
    assert "7 unchanged" in out
    # articles stored are not asked for again; only errors worth a retry (500, timeout) are
    articles = {p for p in asked if p.startswith(("/news/", "/amp/", "/loop/", "/private/"))}
    assert articles == {"/news/broken.html", "/news/slow.html"}


def test_watch_errors_are_kept_per_feed_and_article_and_do_not_stop_the_pass(clean, site, pipeline):
    code, out = _watch(pipeline, "--report", "--db", clean["db"])
    assert code == 0
    lines = out.splitlines()

    def line_of(path: str) -> str:
        return next(x for x in lines if f"{site.base}{path}\t" in x)

    assert "error: HTTP 500" in line_of("/broken-feed.xml")
    assert "HTTP 500" in line_of("/news/broken.html") and "will retry" in line_of("/news/broken.html")
    assert "no answer within 0.5 s" in line_of("/news/slow.html")
    assert "redirect loop" in line_of("/loop/a")
    assert "not an article" in line_of("/news/about.html")
    assert "forbidden by robots.txt" in line_of("/private/secret.html")
    report = json.loads(_watch(pipeline, "--report", "--json", "--db", clean["db"])[1])
    assert {e["url"].removeprefix(site.base) for e in report["article_errors"]} == {
        "/news/broken.html", "/news/slow.html", "/loop/a", "/news/about.html", "/private/secret.html"}
    assert report["totals"] == {"pending": 0, "stored": 9, "duplicate": 1, "skipped": 0, "error": 5}
    by_url = {f["url"].removeprefix(site.base): f for f in report["feeds"]}
    assert by_url["/broken-feed.xml"]["last_error"] == "HTTP 500"
    assert by_url["/news_sitemap.xml"]["parent"] == f"{site.base}/sitemap_index.xml"  # found on the index
    assert by_url["/home-feed.xml"]["parent"] == f"{site.base}/" and by_url["/"]["kind"] == "page"
    assert by_url["/rss.xml"]["through"]["stored"] == 4 and by_url["/rss.xml"]["through"]["error"] == 1


def test_watch_never_asks_for_a_path_robots_txt_forbids(clean):
    paths = [p for p, _ in clean["first_requests"] + clean["second_requests"]]
    assert "/robots.txt" in paths and not any(p.startswith("/private/") for p in paths)
    agents = {h.get("user-agent", "") for _, h in clean["first_requests"]}
    assert len(agents) == 1 and agents.pop().startswith("vaarta/")


def test_watch_page_lists_feeds_last_poll_articles_and_errors(clean, site, pipeline):
    client = TestClient(__import__("vaarta.web.api", fromlist=["create_app"]).create_app(
        store=open_store(clean["db"]), pipeline=pipeline, token=""))
    page = client.get("/watch")
    assert page.status_code == 200 and 'href="/watch.json' in page.text
    assert f"{site.base}/broken-feed.xml" in page.text and "forbidden by robots.txt" in page.text
    data = client.get("/watch.json").json()
    assert len(data["feeds"]) == 8 and data["totals"]["stored"] == 9 and len(data["article_errors"]) == 5
    empty = TestClient(__import__("vaarta.web.api", fromlist=["create_app"]).create_app(
        url=f"sqlite:///{Path(clean['db'].removeprefix('sqlite:///')).parent / 'empty.db'}", token=""))
    assert "Nothing watched yet" in empty.get("/watch").text


def test_watch_since_and_lang_leave_articles_out(site, pipeline, tmp_path):
    db = f"sqlite:///{tmp_path / 'en.db'}"
    site.clear()
    code, out = _watch(pipeline, str(site.feeds_file(tmp_path)), "--once", "--db", db, "--since", "2025-01-01",
                       "--lang", "en", *FAST)
    assert code == 0, out
    snap = _snapshot(db)
    assert sorted(url.rsplit("/", 1)[1] for _, url, _, _ in snap["documents"]) == ["en-1.html", "en-2.html", "en-3.html"]
    assert "/news/hi-old.html" not in site.paths()  # its feed dates it 2019: not even fetched
    report = json.loads(_watch(pipeline, "--report", "--json", "--db", db)[1])
    wrong = [e for e in report["article_errors"] if "not the language asked" in e["error"]]
    assert len(wrong) == 6 and all(not e["will_retry"] for e in wrong)  # hi-1..5 and hi-3's AMP copy


def test_watch_killed_while_fetching_then_run_again_equals_one_clean_pass(clean, site, pipeline, tmp_path):
    """SIGKILL while an article request is in flight (a few articles stored, the rest not)."""
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    held, articles_asked = threading.Event(), []
    unblock = threading.Event()

    def gate(path: str) -> None:
        if path.startswith("/news/") and path.endswith(".html") and path not in ("/news/broken.html", "/news/slow.html"):
            articles_asked.append(path)
            if len(articles_asked) == 4:
                held.set()
                unblock.wait(30)

    site.gate = gate
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "vaarta.cli", "watch", str(clean["feeds"]), "--once", "--db", db,
                             *FAST], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert held.wait(60), "the watch never reached its fourth article"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        site.gate = None
        unblock.set()
    killed = _snapshot(db)
    stored_before = {url for _, url, _, _ in killed["documents"]}
    assert 1 <= len(stored_before) < len(ARTICLES)  # stopped part-way
    site.clear()
    code, out = _watch(pipeline, str(clean["feeds"]), "--once", "--db", db, *FAST)
    assert code == 0, out
    assert _snapshot(db) == clean["after_first"]
    refetched = {f"{site.base}{p.split('?')[0]}" for p in site.paths()}
    assert not stored_before & refetched  # what was stored is not fetched again


def test_watch_stopped_inside_a_store_transaction_then_run_again_equals_one_clean_pass(clean, site, pipeline, tmp_path):
    """Ctrl+C inside the transaction that stores the third article: neither it nor its
    URL's mark is kept, and the next run completes the pass."""
    import vaarta.watch.state as state

    db = f"sqlite:///{tmp_path / 'stopped.db'}"
    real, calls = state.mark_stored, []

    def stop_on_third(conn, item, canonical, docs):  # type: ignore[no-untyped-def]
        calls.append(item.url)
        real(conn, item, canonical, docs)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(state, "mark_stored", stop_on_third)
        code, out = _watch(pipeline, str(clean["feeds"]), "--once", "--db", db, *FAST)
    assert "run again to go on" in out
    assert len(_snapshot(db)["documents"]) == 2
    code, out = _watch(pipeline, "--once", "--db", db, *FAST)  # no sources given: the ones kept
    assert code == 0, out
    assert _snapshot(db) == clean["after_first"]


def test_watch_needs_sources_and_reads_feed_files_with_comments(pipeline, tmp_path, site):
    db = f"sqlite:///{tmp_path / 'none.db'}"
    code, out = _watch(pipeline, "--once", "--db", db)
    assert code == 2 and "give feeds" in out
    listed = tmp_path / "list.txt"
    listed.write_text("# nothing but a comment\n\nftp://example.org/feed\nnot a url\n", encoding="utf-8")
    code, out = _watch(pipeline, str(listed), "--once", "--db", db)
    assert code == 2 and f"{listed}:3: not an http(s) URL" in out and f"{listed}:4" in out
    code, out = _watch(pipeline, f"{site.base}/broken-feed.xml", "--once", "--db", db, *FAST)
    assert code == 1 and "1 failed" in out  # no listing could be read at all
    code, out = _watch(pipeline, "x", "--every", "soon", "--db", db)
    assert code == 2 and "not a period" in out
