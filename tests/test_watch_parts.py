"""The parts of vaarta watch one at a time: URLs, listings, articles, the fetcher's manners
(per-host delay, retries with backoff, size cap, robots.txt that cannot be read), settings,
and the schema upgrade that adds its tables. The fixture site is tests/watch_server.py."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, text

from vaarta.settings import SettingsError, load_settings
from vaarta.store import open_store
from vaarta.store.schema import SCHEMA_VERSION
from vaarta.watch.article import NotAnArticle, extract_article
from vaarta.watch.discover import NotAListing, read_listing
from vaarta.watch.fetch import Fetcher, FetchError, Politeness
from vaarta.watch.run import parse_every, read_sources
from vaarta.watch.urls import clean_url

from .watch_server import SITE, serving


@pytest.fixture()
def site():
    with serving() as s:
        yield s


def _file(name: str, base: str) -> bytes:
    return (SITE / name).read_text(encoding="utf-8").replace("{base}", base).encode("utf-8")


@pytest.mark.parametrize("given, kept", [
    ("http://Example.org/a/b.html?utm_source=rss&utm_medium=feed", "http://example.org/a/b.html"),
    ("https://example.org:443/a?id=7&fbclid=IwAR0&Gclid=x&ref=home#top", "https://example.org/a?id=7&ref=home"),
    ("HTTP://example.org:8080", "http://example.org:8080/"),
    ("https://user:pw@example.org/x?pk_campaign=s&q=भारत", "https://example.org/x?q=भारत"),
    ("ftp://example.org/feed", None),
    ("mailto:editor@example.org", None),
    ("http://example.org:port/", None),
])
def test_clean_url_strips_tracking_and_keeps_the_rest(given, kept):
    assert clean_url(given) == kept


def test_clean_url_resolves_relative_links():
    assert clean_url("/news/a.html?utm_campaign=x", base="http://example.org/feed.xml") == "http://example.org/news/a.html"


def test_read_listing_reads_rss_atom_sitemaps_and_home_pages():
    base = "http://news.example"
    rss = read_listing(_file("rss.xml", base), f"{base}/rss.xml", "application/xml")
    assert rss.kind == "feed" and rss.articles[0].url == f"{base}/news/hi-1.html"
    assert rss.articles[0].published == date(2025, 3, 10) and rss.articles[3].published == date(2019, 6, 3)
    atom = read_listing(_file("atom.xml", base), f"{base}/atom.xml", "application/xml")
    assert [a.url.rsplit("/", 1)[1] for a in atom.articles] == ["en-1.html", "en-2.html", "hi-1.html", "slow.html"]
    index = read_listing(_file("sitemap_index.xml", base), f"{base}/sitemap_index.xml")
    assert index.kind == "sitemap" and not index.articles
    assert [s.url for s in index.listings] == [f"{base}/news_sitemap.xml", f"{base}/pages_sitemap.xml"]
    news = read_listing(_file("news_sitemap.xml", base), f"{base}/news_sitemap.xml")
    assert news.articles[0].url == f"{base}/news/hi-4.html" and news.articles[0].published == date(2025, 3, 13)
    home = read_listing(_file("index.html", base), f"{base}/", "text/html")
    assert home.kind == "page" and [f.url for f in home.listings] == [f"{base}/home-feed.xml"]
    served_as_html = read_listing(_file("rss.xml", base), f"{base}/rss", "text/html")  # the body decides
    assert served_as_html.kind == "feed" and len(served_as_html.articles) == 5
    with pytest.raises(NotAListing):
        read_listing(b"just some words, no markup", f"{base}/x")


def test_extract_article_takes_text_metadata_and_canonical_url():
    base = "http://news.example"
    art = extract_article(_file("amp/hi-3.html", base), f"{base}/amp/hi-3.html", "text/html")
    assert art.url == f"{base}/news/hi-3.html" and art.published == date(2025, 3, 12)
    assert "ईरान पर नए प्रतिबंध" in art.text and art.title
    home_canonical = _file("news/hi-1.html", base).replace(f'href="{base}/news/hi-1.html"'.encode(), f'href="{base}/"'.encode())
    assert extract_article(home_canonical, f"{base}/news/hi-1.html").url == f"{base}/news/hi-1.html"
    with pytest.raises(NotAnArticle, match="not an article"):
        extract_article(_file("news/about.html", base), f"{base}/news/about.html", "text/html")
    with pytest.raises(NotAnArticle, match="not a web page"):
        extract_article(b"%PDF-1.7", f"{base}/a.pdf", "application/pdf")


def test_fetcher_waits_between_requests_to_one_host_and_names_itself(site):
    slept: list[float] = []
    fetcher = Fetcher(Politeness(delay=1.5, contact="desk@example.org"), clock=lambda: 100.0, sleep=slept.append)
    fetcher.get(f"{site.base}/rss.xml")
    fetcher.get(f"{site.base}/atom.xml")
    assert slept == [1.5, 1.5]  # before atom.xml, and before rss.xml after robots.txt
    assert [p for p in site.paths()] == ["/robots.txt", "/rss.xml", "/atom.xml"]
    assert all("contact: desk@example.org" in h["user-agent"] for _, h in site.requests)


def test_fetcher_sends_validators_and_gets_a_304(site):
    fetcher = Fetcher(Politeness(delay=0))
    first = fetcher.get(f"{site.base}/rss.xml")
    again = fetcher.get(f"{site.base}/rss.xml", first.etag, first.last_modified)
    assert first.status == 200 and first.etag and again.status == 304 and again.body == b""


def test_fetcher_retries_a_5xx_with_backoff(site):
    slept: list[float] = []
    fetcher = Fetcher(Politeness(delay=0, retries=2, backoff=0.25), sleep=slept.append)
    resp = fetcher.get(f"{site.base}/flaky.html")
    assert resp.status == 200 and site.asked["/flaky.html"] == 2 and slept == [0.25]
    with pytest.raises(FetchError) as failed:
        fetcher.get(f"{site.base}/news/broken.html")
    assert failed.value.status == 500 and failed.value.retry and "3 tries" in str(failed.value)
    assert slept == [0.25, 0.25, 0.5]  # doubled each time


def test_fetcher_caps_page_size_and_stops_redirect_loops(site):
    fetcher = Fetcher(Politeness(delay=0, max_bytes=100_000))
    with pytest.raises(FetchError, match="byte limit") as big:
        fetcher.get(f"{site.base}/big.html")
    assert not big.value.retry
    with pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(f"{site.base}/loop/a")


@pytest.mark.parametrize("status, allowed", [(404, True), (503, False)])
def test_fetcher_robots_txt_missing_allows_all_unreadable_forbids_all(site, status, allowed):
    site.robots_status = status
    fetcher = Fetcher(Politeness(delay=0, retries=0))
    assert fetcher.allowed(f"{site.base}/news/hi-1.html") is allowed
    if not allowed:
        with pytest.raises(FetchError, match="forbidden by robots.txt"):
            fetcher.get(f"{site.base}/news/hi-1.html")
        assert "/news/hi-1.html" not in site.paths()


def test_parse_every_and_read_sources(tmp_path):
    assert [parse_every(v) for v in ("15m", "90s", "1h", "2d", "30")] == [900, 90, 3600, 172800, 30]
    for bad in ("soon", "0s", "-5m"):
        with pytest.raises(ValueError):
            parse_every(bad)
    listed = tmp_path / "feeds.txt"
    listed.write_text("\ufeff# outlets\nhttps://a.example/rss.xml  # main\n\nhttps://a.example/rss.xml?utm_source=x\n"
                      "a.example/feed\n", encoding="utf-8")
    urls, problems = read_sources([str(listed), "https://b.example/", str(tmp_path / "missing.txt")])
    assert urls == ["https://a.example/rss.xml", "https://b.example/"]
    assert problems[0] == f"{listed}:5: not an http(s) URL: a.example/feed" and "missing.txt: cannot read" in problems[1]


def test_settings_contact_and_watch_delay(tmp_path):
    s = load_settings(env={"VAARTA_CONTACT": "desk@example.org", "VAARTA_WATCH_DELAY": "2.5"})
    assert (s.contact, s.watch_delay) == ("desk@example.org", 2.5)
    assert load_settings(env={}, watch_delay=0.0).watch_delay == 0.0
    with pytest.raises(SettingsError, match="watch_delay must be a number of seconds"):
        load_settings(env={"VAARTA_WATCH_DELAY": "soon"})


def test_store_version_3_databases_get_the_watch_tables(tmp_path):
    url = f"sqlite:///{tmp_path / 'v3.db'}"
    s = open_store(url)
    with s.engine.begin() as conn:
        conn.execute(text("DROP TABLE watch_urls"))
        conn.execute(text("DROP TABLE watch_feeds"))
        conn.execute(text("UPDATE vaarta_meta SET value = '3' WHERE key = 'schema_version'"))
    s.close()
    s = open_store(url)
    with s.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM vaarta_meta")).scalar_one() == str(SCHEMA_VERSION)
        assert {"watch_feeds", "watch_urls"} <= set(inspect(conn).get_table_names())
    s.close()


def test_watch_loop_repeats_passes_on_time_and_outlives_a_failed_pass():
    from vaarta.watch.run import PassStats, watch

    class Passes:
        def __init__(self) -> None:
            self.n = 0

        def run_pass(self, sources):  # type: ignore[no-untyped-def]
            self.n += 1
            if self.n == 2:
                raise RuntimeError("database is locked")
            return PassStats(polled=self.n)

    waits: list[float] = []
    done: list[int] = []
    failed: list[str] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3:
            raise KeyboardInterrupt  # Ctrl+C between passes

    with pytest.raises(KeyboardInterrupt):
        watch(Passes(), ["http://a.example/rss.xml"], 900, on_pass=lambda s: done.append(s.polled),  # type: ignore[arg-type]
              on_error=lambda exc: failed.append(str(exc)), sleep=sleep)
    assert done == [1, 3] and failed == ["database is locked"]
    assert len(waits) == 3 and all(899 < w <= 900 for w in waits)  # each pass starts 15 minutes after the last
    assert watch(Passes(), [], 900, once=True, sleep=sleep).polled == 1  # type: ignore[arg-type]
