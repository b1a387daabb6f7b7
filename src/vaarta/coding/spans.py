"""The words of an event's evidence sentence that named its actor, recipient, place and date.

Kept with each event at coding time (``Evidence.spans``), so that a page marks them without
finding mentions again. Actor and recipient words are the surfaces the coder stored with
the people (their first occurrence in the sentence); place and date words are the
document's own mentions inside the sentence that resolved to the event's place and date.

``refound_spans`` is the way of events stored before spans were kept: the mention finder
run over the evidence sentence alone (a few milliseconds an event). It needs a pipeline;
this module imports none.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from vaarta.model import Doc, Event, Mention, Span

if TYPE_CHECKING:
    from vaarta.pipeline import Pipeline


def spans_of(sentence: str, actors: Iterable[str | None], recipients: Iterable[str | None], place: str | None,
             day: str | None, mentions: Iterable[Mention], offset: int = 0) -> list[Span]:
    """Spans inside ``sentence``, in order of start; ``mentions`` index a text in which the
    sentence starts at ``offset`` (those outside it are passed over)."""
    found: list[Span] = []
    for kind, people in (("actor", actors), ("recipient", recipients)):
        for text in people:
            surface = (text or "").strip()
            at = sentence.find(surface) if surface else -1
            if at >= 0:
                found.append(Span(at, at + len(surface), kind))
    end = offset + len(sentence)
    for m in mentions:
        if m.start < offset or m.end > end:
            continue
        if m.kind == "place" and place and m.place and m.place.name == place:
            found.append(Span(m.start - offset, m.end - offset, "place"))
        elif m.kind == "date" and day and m.date and day in (m.date.value, m.alt_date.value if m.alt_date else None):
            found.append(Span(m.start - offset, m.end - offset, "date"))
    return sorted(found, key=lambda s: (s.start, -(s.end - s.start)))  # ties: people first


def event_spans(ev: Event, doc: Doc) -> list[Span]:
    """The spans of an event just coded from ``doc`` (its mentions found already)."""
    ok = doc.text[ev.evidence.start : ev.evidence.end] == ev.evidence.sentence
    return spans_of(ev.evidence.sentence, (a.text for a in ev.actors), (a.text for a in ev.recipients),
                    ev.place.name if ev.place else None, ev.date.value if ev.date else None,
                    doc.mentions if ok else (), ev.evidence.start)


def refound_spans(event: dict[str, Any], pipeline: Pipeline | None, lang: str | None,
                  published: date | None) -> list[Span]:
    """The spans of a stored event (the output contract's dict) whose spans were never kept:
    place and date words found again in the sentence alone, when a pipeline is given."""
    sentence: str = event["evidence"]["sentence"]
    mentions: list[Mention] = []
    if pipeline is not None:
        mentions = pipeline.find_mentions(Doc(id="", raw=sentence, text=sentence, lang=lang,
                                              published=published)).mentions
    return spans_of(sentence, (p.get("text") for p in event.get("actors", [])),
                    (p.get("text") for p in event.get("recipients", [])),
                    (event.get("place") or {}).get("name"), event.get("date"), mentions)
