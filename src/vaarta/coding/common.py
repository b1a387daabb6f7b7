"""Pieces both coders use: mention lookups by span, actor de-duplication, event dates,
the dateline, and the event record built from a frame's parts."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from functools import lru_cache

from vaarta.coding.lexicon import Cameo
from vaarta.model import Actor, Doc, Event, EventDate, Evidence, Mention, Place

_DATELINE = re.compile(r"^\s*([^\s,।.]+(?:\s[^\s,।.]+)?)\s*(?:[,।.]|\s*\()", re.M)


class MentionIndex:
    """Mentions sorted by start, for cheap lookups by span.

    The coder asks for the same clause and sentence spans many times over (roles, places,
    dates, the destination), so answers are kept for the life of the index (one document).
    Callers must not change the lists they get back."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self._seen: dict[tuple[int, int], list[Mention]] = {}

    def within(self, a: int, b: int) -> list[Mention]:
        found = self._seen.get((a, b))
        if found is None:
            i, j = bisect_left(self.starts, a), bisect_left(self.starts, b)
            found = self._seen[a, b] = [m for m in self.items[i:j] if m.end <= b]
        return found


def dedupe(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for a in actors:
        key = (a.country, a.kb_id or a.name or a.text)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def nearest(mentions: MentionIndex, pos: int, span: tuple[int, int]) -> Mention | None:
    inside = mentions.within(span[0], span[1])
    return min(inside, key=lambda m: abs(m.start - pos)) if inside else None


def is_future_date(m: Mention | None, pub: date | None) -> bool:
    return bool(m and pub and m.date and m.date.precision == "day" and m.source != "hi.date.weekday"
                and m.date.value > pub.isoformat())


def is_old_date(m: Mention | None, pub: date | None) -> bool:
    if not (m and pub and m.date):
        return False
    v = m.date.value
    if m.date.precision == "year":
        return int(v) < pub.year
    if m.date.precision == "month":
        return (int(v[:4]), int(v[5:7])) < (pub.year, pub.month)
    return v < _month_before(pub)


@lru_cache(maxsize=256)
def _month_before(pub: date) -> str:
    """The ISO day 31 days before ``pub`` (asked for every candidate event of a document)."""
    return date.fromordinal(pub.toordinal() - 31).isoformat()


def event_date(m: Mention | None, modality: str, pub: date | None) -> EventDate | None:
    if m is not None and m.date is not None:
        return m.alt_date if modality == "future" and m.alt_date else m.date
    if pub is None or modality == "historical":
        return None
    return EventDate(pub.isoformat(), "publication")


_STAMP_LINE = 60  # characters: a line of date and time between a headline and the dateline


def dateline(doc: Doc, places: MentionIndex) -> Place | None:
    """The place an article is filed from: "मॉस्को।" or "बीजिंग, एजेंसी।" opening the first or,
    after a headline, the second paragraph — or the third, after a headline and a line of
    date and time ("Aug 18, 2025, 05:55 AM")."""
    firsts = [s for s in doc.sentences if s.paragraph in (0, 1, 2) and (s.index == 0 or
              doc.sentences[s.index - 1].paragraph != s.paragraph)]
    if len(firsts) == 3 and firsts[2].start - firsts[1].start > _STAMP_LINE:
        firsts = firsts[:2]  # (the second paragraph was no short line: the third is the body's)
    for sent in firsts:
        found = _dateline_in(doc, places, sent)
        if found is not None:
            return found
    return None


def _dateline_in(doc: Doc, places: MentionIndex, first) -> Place | None:  # type: ignore[no-untyped-def]
    """"मॉस्को।" or "नई दिल्ली, 27 जून (भाषा)" opening the sentence ``first``."""
    m = _DATELINE.match(doc.text, first.start, first.end)
    if not m:
        return None
    for p in places.items:
        if first.start <= p.start <= m.start(1) + 1 and p.end <= m.end(1) + 1 and p.place and p.place.name:
            return p.place
    return None


def make_events(doc: Doc, frame_id: str, type_: str, mode: str | None, cameo: Cameo, modality: str,
                actors: list[Actor], recipients: list[Actor], when: EventDate | None, place: Place | None,
                evidence: Evidence, confidence: float, symmetric: bool, anaphoric: bool = False,
                joint: bool = False) -> list[Event]:
    """One event, or — for a directed type with recipients of several states — one per
    recipient state: "रूस ने सीरिया में अमेरिकी और तुर्की सैनिकों की आलोचना की" is two
    events. States that act together stay one side ("ब्रिटेन, अमेरिका और नाटो ने ईरान से
    कहा" is one request of the three), as the codebook's lists and annotators code them;
    recipients that did one thing together (``joint``: "A, B और C के संयुक्त अभ्यास की
    निंदा") stay one list. An armed group beside the one state it fights in (IMG and YEM)
    stays one side."""
    sides = [[recipients], [actors]] if symmetric else [[recipients] if joint else _by_state(recipients), [actors]]
    return [
        Event(doc.id, "", type_, mode, cameo.code, cameo.goldstein, cameo.quad, modality, list(a), r,
              when, place, evidence, frame_id, round(confidence, 2), anaphoric=anaphoric)
        for a in sides[1] for r in sides[0]
    ]


def _by_state(side: list[Actor]) -> list[list[Actor]]:
    countries = list(dict.fromkeys(a.country for a in side))
    states = [c for c in countries if c != "IMG"]
    if len(countries) <= 1 or (len(states) == 1 and "IMG" in countries):
        return [side]
    return [[a for a in side if a.country == c] for c in countries]
