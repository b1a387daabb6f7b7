"""An article page in, its text and metadata out (trafilatura), then a Doc as every other
reader makes it (``vaarta.ingest.doc_from_record``: the same checks, the same fields).

A page with no main text, or too little of it to be news, is not an article; nor is a body
that is not HTML. The canonical URL is the page's own (``<link rel="canonical">`` or
``og:url``, tracking parameters stripped) unless it names the site's home page, a common
template mistake that would make every article one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vaarta.ingest import InputError, doc_from_record
from vaarta.model import Doc
from vaarta.watch.urls import clean_url, doc_id_for, is_site_root

MIN_CHARS = 150  # less main text than this is a teaser, a gallery or an index page
HTML_TYPES = ("", "text/html", "application/xhtml+xml", "text/plain")


class NotAnArticle(ValueError):
    """The page holds no article text."""


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None
    published: date | None
    url: str  # canonical


def extract_article(body: bytes, url: str, content_type: str = "") -> Article:
    """The article on the page ``url`` answered with ``body``."""
    import trafilatura

    if content_type not in HTML_TYPES:
        raise NotAnArticle(f"not a web page ({content_type})")
    try:
        found = trafilatura.bare_extraction(body, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise NotAnArticle(f"page could not be read: {exc}") from None
    text = (found.text or "").strip() if found is not None else ""
    if len(text) < MIN_CHARS:
        raise NotAnArticle(f"not an article: {len(text)} characters of main text" if text else
                           "not an article: no main text")
    canonical = clean_url(found.url, base=url) if found.url else None
    if canonical is None or is_site_root(canonical):
        canonical = url
    return Article(text, found.title or None, _day(found.date), canonical)


def to_doc(article: Article, lang: str | None, listed: date | None = None) -> Doc | InputError:
    """The Doc of ``article``, id from its canonical URL; dated by the page, else by its
    listing (a feed's or a news sitemap's date)."""
    published = article.published or listed
    record = {"id": doc_id_for(article.url), "text": article.text, "title": article.title, "url": article.url,
              "lang": lang, "published": published.isoformat() if published else None}
    items = list(doc_from_record(record, article.url, None, None))
    return next((i for i in items if isinstance(i, Doc)), None) or items[0]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
