"""Typed records of the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class State:
    code: str
    name: str
    capital: str | None = None


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    code: str
    kind: str
    name: str
    base: str | None
    wikidata: str | None
    # an armed group that became a state's government ("taliban": AFG from 2021-08-15)
    governs: str | None = None
    governs_from: date | None = None

    def code_on(self, on: date | None) -> str:
        """The code it acts under on a day: the state it governs once it governs it."""
        if self.governs and self.governs_from and on is not None and on >= self.governs_from:
            return self.governs
        return self.code


@dataclass(frozen=True, slots=True)
class Office:
    country: str
    sector: str
    office: str
    start: date | None
    end: date | None
    role: str = ""  # the role word's office it answers to ("foreign minister" for secretary of state)

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Person:
    id: str
    name: str
    country: str
    wikidata: str | None
    offices: list[Office] = field(default_factory=list)

    def office_on(self, day: date | None) -> Office | None:
        """The office held on ``day`` (the latest-starting one if several), else None."""
        if day is None:
            return self.offices[-1] if self.offices else None
        held = [o for o in self.offices if o.covers(day)]
        return max(held, key=lambda o: o.start or date.min) if held else None


@dataclass(frozen=True, slots=True)
class Role:
    text: str
    sector: str
    kind: str
    office: str
    country: str | None
    home: bool = False


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    geonameid: int | None
    name: str
    country: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Entry:
    """What an alias names: ``kind`` is state, demonym, org, person, role or place; ``ref``
    is the key into the matching table of the KnowledgeBase."""

    kind: str
    ref: str


# When an alias names several things, the first kind here wins.
KIND_ORDER = ("person", "org", "state", "demonym", "role", "place")


class Match(NamedTuple):
    """A KB alias found in text (a tuple: cheap to make, as the matcher makes many)."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]
    kind: str = ""  # the winning kind (KIND_ORDER); set by the matcher

    @staticmethod
    def kind_of(entries: tuple[Entry, ...]) -> str:
        kinds = {e.kind for e in entries}
        return next(k for k in KIND_ORDER if k in kinds)

    def first(self, kind: str) -> Entry | None:
        for e in self.entries:  # a loop, not next(genexpr): asked ~100 times per article
            if e.kind == kind:
                return e
        return None
