"""The day a story tells, for the events the text does not date itself.

News leads with yesterday's events: the headline ("X ने Y पर लगाए प्रतिबंध") names no day,
while the lead ("सोमवार को …") does. An asserted event of the headline dated only by the
publication day (no date in its clause or paragraph) takes the day of the story: that of the
first asserted event of its type dated to a day in the three days up to publication. Events
dated by their own words, future and historical ones, and documents with no such day keep
their dates.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vaarta.model import Doc, Event

STORY_WINDOW_DAYS = 3  # a lead tells the last days' news, not last week's


def date_by_story(events: list[Event], doc: Doc) -> list[Event]:
    """``events`` of ``doc``, its headline's undated ones dated by the story."""
    published, headline_end = doc.published, _headline_end(doc)
    if published is None or not headline_end:
        return events
    return [_dated(e, events, published) if e.modality == "asserted" and e.date is not None
            and e.date.precision == "publication" and e.evidence.start < headline_end else e for e in events]


def _dated(headline: Event, events: list[Event], published: date) -> Event:
    """The headline's event with the day of the story's first event of its type dated to a day
    in the window (the reaction told in a headline is not the attack the lead dates)."""
    story = next((e.date for e in events if e is not headline and e.type == headline.type
                  and e.modality == "asserted" and e.date is not None and e.date.precision == "day"
                  and len(e.date.value) == 10
                  and 0 <= (published - date.fromisoformat(e.date.value)).days <= STORY_WINDOW_DAYS), None)
    return headline if story is None else replace(headline, date=story)


def _headline_end(doc: Doc) -> int:
    """Where the first paragraph (the headline) ends, when more follow; 0 for a lone paragraph."""
    first = doc.sentences[0].paragraph if doc.sentences else None
    return next((s.start for s in doc.sentences if s.paragraph != first), 0)
