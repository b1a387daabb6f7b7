"""Where an event happened when its sentence names no place: the codebook's chain past the
text, for any language's coder.

- A frame may say where its act is done (``held_at`` in the frames file): ``actor_capital``
  for a summons, an expulsion or a reception at home — done in the acting state's capital
  ("the ministry summoned the envoy" is in the summoner's capital, whatever city the
  sentence is about).
- A strike is on its target's soil: with no place named, the target state.
- A place known only by its state is given the state's name and a point inside it, so that
  it reads and maps as a place.
"""

from __future__ import annotations

from dataclasses import replace

from vaarta.geo import centroids
from vaarta.kb import KnowledgeBase
from vaarta.model import Event, Place
from vaarta.ontology import SYMMETRIC

HELD_AT = frozenset({"actor_capital"})
_ON_TARGET_SOIL = frozenset({"ASSAULT", "MOBILIZE"})
_UNNAMED = frozenset({"IMG", "IGO", None})


# one atlas per knowledge base (kept with it, so the id cannot be reused by another)
_ATLASES: dict[int, tuple[KnowledgeBase, Atlas]] = {}


class Atlas:
    """Capitals and countries of the knowledge base's states, as places."""

    def __init__(self, kb: KnowledgeBase) -> None:
        biggest: dict[tuple[str, str], Place] = {}
        population: dict[tuple[str, str], int] = {}
        for p in kb.places.values():
            key = (p.name, p.country)
            if p.population >= population.get(key, -1):
                population[key] = p.population
                biggest[key] = Place(p.name, p.country, p.lat, p.lon, p.geonameid)
        mids = centroids()
        self._capitals: dict[str, Place] = {}
        self._countries: dict[str, Place] = {}
        for code, st in kb.states.items():
            capital = biggest.get((st.capital, code)) if st.capital else None
            if capital is not None:
                self._capitals[code] = capital
            lat, lon = mids.get(code) or ((capital.lat, capital.lon) if capital else (None, None))
            self._countries[code] = Place(st.name, code, lat, lon)

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Atlas:
        """The atlas of ``kb``, built once and shared by every language profile of it."""
        held = _ATLASES.get(id(kb))
        if held is None or held[0] is not kb:
            held = _ATLASES[id(kb)] = (kb, cls(kb))
        return held[1]

    def capital(self, code: str | None) -> Place | None:
        return self._capitals.get(code or "")

    def country(self, code: str | None) -> Place | None:
        return self._countries.get(code or "")


def complete_places(events: list[Event], atlas: Atlas, held_at: dict[str, str],
                    two_sided: frozenset[str] = frozenset()) -> list[Event]:
    """``events`` with the places their sentences leave out filled in (``held_at``: frame id →
    where that frame's act is done; ``two_sided``: frames whose sides are not attacker and
    target, as a clash's, which no one's soil places)."""
    return [_complete(ev, atlas, held_at.get(ev.rule), ev.rule in two_sided) for ev in events]


def _complete(ev: Event, atlas: Atlas, held: str | None, two_sided: bool = False) -> Event:
    place = ev.place
    acting = {a.country for a in ev.actors} - _UNNAMED
    # a meeting named in a participant's city stays there, whichever side the coder made host
    at_home = acting | ({a.country for a in ev.recipients} if ev.type in SYMMETRIC else set())
    if held == "actor_capital" and len(acting) == 1 and (place is None or place.country not in at_home):
        place = atlas.capital(next(iter(acting))) or place
    if place is None and ev.type in _ON_TARGET_SOIL and not two_sided:
        targets = {a.country for a in ev.recipients} - _UNNAMED
        if len(targets) == 1:
            place = atlas.country(next(iter(targets)))
    if place is not None and place.name is None and place.country:
        place = atlas.country(place.country) or place
    return ev if place is ev.place else replace(ev, place=place)
