"""Typed records that flow through the pipeline: Doc in, Events out.

Every stage reads and writes these objects; nothing passes nested dicts whose keys
change meaning from place to place. ``Event.to_dict()`` is the output contract of
DESIGN.md section 4, field for field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vaarta.ontology import MODALITIES  # noqa: F401  (re-exported)


@dataclass(slots=True)
class Removal:
    """A span cut from the normalised text by the cleaner, and why."""

    start: int
    end: int
    reason: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason, "text": self.text}


@dataclass(slots=True)
class Sentence:
    """A sentence of the cleaned text; ``start``/``end`` index ``Doc.text``."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int = 0


@dataclass(slots=True)
class Actor:
    """Who did something, or to whom it was done."""

    name: str | None
    country: str | None
    sector: str | None
    kb_id: str | None = None
    wikidata: str | None = None
    text: str = ""
    office: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "kb_id": self.kb_id,
            "wikidata": self.wikidata,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            name=d.get("name"),
            country=d.get("country"),
            sector=d.get("sector"),
            kb_id=d.get("kb_id"),
            wikidata=d.get("wikidata"),
            text=d.get("text", ""),
        )


@dataclass(slots=True)
class Place:
    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Place | None:
        if not d:
            return None
        return cls(d.get("name"), d.get("country"), d.get("lat"), d.get("lon"), d.get("geonameid"))


@dataclass(slots=True)
class EventDate:
    """A date with its precision: ``day`` (2019-04-25), ``month`` (2019-04), ``year`` (2019),
    or ``publication`` (nothing dated the event; the publication day stands in)."""

    value: str
    precision: str

    @classmethod
    def of_day(cls, d: date) -> EventDate:
        return cls(d.isoformat(), "day")


@dataclass(slots=True)
class Mention:
    """A span of ``Doc.text`` that names something the coder can use.

    ``kind`` is one of: actor, place, date. ``actor``/``place``/``date`` hold the
    resolved value; ``role_text`` is the words that named the role (राष्ट्रपति ...).
    """

    start: int
    end: int
    text: str
    kind: str
    actor: Actor | None = None
    place: Place | None = None
    date: EventDate | None = None
    source: str = ""
    alt_date: EventDate | None = None  # the reading of a future clause ("गुरुवार को मिलेंगे")
    offset_days: int | None = None  # "इससे एक दिन पहले": days from the event told before


SPAN_KINDS = ("actor", "recipient", "place", "date")


@dataclass(frozen=True, slots=True)
class Span:
    """Words of the evidence sentence that named a part of the event: ``start``/``end``
    index ``Evidence.sentence``; ``kind`` is one of SPAN_KINDS."""

    start: int
    end: int
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), str(d["kind"]))


@dataclass(slots=True)
class Evidence:
    """The sentence an event was read from; ``start``/``end`` index ``Doc.text``. ``spans``
    are kept by the coder; None where they were never recorded (events stored before
    schema 7, or records written before spans were kept)."""

    sentence: str
    start: int
    end: int
    spans: list[Span] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end,
                "spans": [s.to_dict() for s in self.spans] if self.spans is not None else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        spans = d.get("spans")
        return cls(d["sentence"], d["start"], d["end"], [Span.from_dict(s) for s in spans] if spans is not None else None)


@dataclass(slots=True)
class Event:
    doc_id: str
    event_id: str
    type: str
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad: int | None
    modality: str
    actors: list[Actor]
    recipients: list[Actor]
    date: EventDate | None
    place: Place | None
    evidence: Evidence
    rule: str
    confidence: float
    extra_mentions: list[Evidence] = field(default_factory=list)
    # set by the coder for "इस बैठक …": a reference back to an event told before, which
    # may only add a mention to it (never stands alone); not part of the output
    anaphoric: bool = False

    def participants(self) -> set[str]:
        return {a.country for a in self.actors + self.recipients if a.country}

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "modality": self.modality,
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [a.to_dict() for a in self.recipients],
            "date": self.date.value if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "place": self.place.to_dict() if self.place else None,
            "evidence": self.evidence.to_dict(),
            "rule": self.rule,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            doc_id=d["doc_id"],
            event_id=d["event_id"],
            type=d["type"],
            mode=d.get("mode"),
            cameo=d.get("cameo"),
            goldstein=d.get("goldstein"),
            quad=d.get("quad"),
            modality=d.get("modality", "asserted"),
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            recipients=[Actor.from_dict(a) for a in d.get("recipients", [])],
            date=EventDate(d["date"], d.get("date_precision") or "day") if d.get("date") else None,
            place=Place.from_dict(d.get("place")),
            evidence=Evidence.from_dict(d["evidence"]),
            rule=d.get("rule", ""),
            confidence=d.get("confidence", 0.0),
        )


@dataclass(slots=True)
class Doc:
    """One news article and everything the pipeline learns about it.

    ``raw`` is the text as read; ``text`` is the cleaned text (NFC, boilerplate cut)
    that every offset in sentences, mentions and events points into. ``segments`` maps
    ``text`` back to ``raw``: a list of (text_start, raw_start, length) runs.
    """

    id: str
    raw: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    lang: str | None = None
    source: str | None = None
    text: str = ""
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def raw_offset(self, i: int) -> int:
        """Map an offset in ``text`` back to ``raw`` (NFC may shift it by a character or so)."""
        for t0, r0, n in self.segments:
            if t0 <= i <= t0 + n:
                return r0 + (i - t0)
        return i
