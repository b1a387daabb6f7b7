"""The dateline of an English article: "Islamabad:", "BEIRUT (AA) –", "New Delhi [India], March
22 (ANI):", "KYIV >>", "Rameswaram (Tamil Nadu):" opening one of the first three
paragraphs (a headline and a standfirst may come before it). It is where the story was written, and the state the article is
speaking about when an office is named without one ("the foreign ministry said")."""

from __future__ import annotations

import re

from vaarta.model import Mention, Place, Sentence

# a place name in capitals or title case, an optional bracket, then the mark that ends a dateline
_DATELINE_EN = re.compile(
    r"\s*(?P<name>[A-Z][A-Za-z'’.-]*(?:[ /][A-Z][A-Za-z'’.-]*){0,3})"
    r"(?:\s*[\[(][^\])\n]{1,40}[\])])?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([^)\n]{1,20}\))?)?"
    r"\s*(?::|>>|[–—-]\s|,\s)")


def dateline_en(text: str, sentences: list[Sentence], places: list[Mention]) -> Place | None:
    """The place an English article is filed from, or None."""
    firsts = [s for s in sentences if s.paragraph in (0, 1, 2) and (s.index == 0 or
              sentences[s.index - 1].paragraph != s.paragraph)]
    for sent in firsts:
        m = _DATELINE_EN.match(text, sent.start, sent.end)
        if not m:
            continue
        a, b = m.span("name")
        for p in places:
            if p.kind == "place" and p.place is not None and a <= p.start and p.end <= b:
                return p.place
    return None
