"""vaarta watch: read the news by itself — feeds, sitemaps and home pages polled, each new
article fetched, coded and stored, politely and without losing or doubling anything.

- ``urls``: URLs as kept (tracking parameters stripped, list in ``tracking``);
- ``fetch``: HTTP with robots.txt, per-host delays, conditional requests, limits, retries;
- ``discover``: the links of a feed, a sitemap (index) or a home page;
- ``article``: an article page's text and metadata, as a Doc;
- ``state``: the store's ``watch_feeds`` and ``watch_urls`` tables;
- ``run``: the pass and the loop.
"""

from vaarta.watch.fetch import Fetcher, Politeness
from vaarta.watch.run import PassStats, Watcher, watch

__all__ = ["Fetcher", "PassStats", "Politeness", "Watcher", "watch"]
