"""Match system events to gold events and compute the figures of DESIGN.md section 6.

A system event matches a gold event when the types are equal and — for CONSULT, COOPERATE
and AGREE — the participant country sets are equal (whether the actor is the gold's is
reported apart, as direction accuracy, with mode accuracy), or — for every other type — the actor
sets intersect and the recipient sets intersect (or both are empty). Pairs are one-to-one,
preferring candidates that also agree on date, place and modality. Matched required gold
events are true positives, unmatched required ones false negatives, matched optional ones
count neither way, and unmatched system events are false positives.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from vaarta.evaluate.gold import GoldEvent
from vaarta.model import Event
from vaarta.ontology import SYMMETRIC


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    date_n: int = 0
    place_ok: int = 0
    place_n: int = 0
    modality_ok: int = 0
    modality_n: int = 0
    # on matched meetings, agreements and cooperation (matched as participant sets): whether
    # the actor is the gold's (the visitor, the initiator); and the mode where gold gives one
    direction_ok: int = 0
    direction_n: int = 0
    mode_ok: int = 0
    mode_n: int = 0
    false_positives: list[tuple[str, Event]] = field(default_factory=list)
    false_negatives: list[tuple[str, GoldEvent]] = field(default_factory=list)
    # every pair made (required or not), and each document's system events: for diagnosis
    pairs: list[tuple[str, Event, GoldEvent]] = field(default_factory=list)
    system: dict[str, list[Event]] = field(default_factory=dict)
    gold: dict[str, list[GoldEvent]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @staticmethod
    def _ratio(ok: int, n: int) -> float | None:
        return ok / n if n else None

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "date_accuracy": _round(self._ratio(self.date_ok, self.date_n)),
            "place_accuracy": _round(self._ratio(self.place_ok, self.place_n)),
            "modality_accuracy": _round(self._ratio(self.modality_ok, self.modality_n)),
            "direction_accuracy": _round(self._ratio(self.direction_ok, self.direction_n)),
            "mode_accuracy": _round(self._ratio(self.mode_ok, self.mode_n)),
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def countries(actors: list) -> set[str]:  # type: ignore[type-arg]
    return {a.country for a in actors if a.country}


def matches(sys_ev: Event, gold: GoldEvent) -> bool:
    if sys_ev.type != gold.type:
        return False
    a, r = countries(sys_ev.actors), countries(sys_ev.recipients)
    if gold.type in SYMMETRIC:
        return (a | r) == (gold.actor | gold.recipient)
    if not (a & gold.actor):
        return False
    return bool(r & gold.recipient) or (not r and not gold.recipient)


def date_agrees(sys_ev: Event, gold: GoldEvent) -> bool:
    if not gold.date:
        return True
    if sys_ev.date is None:
        return False
    n = len(gold.date)
    return sys_ev.date.value[:n] == gold.date


def place_agrees(sys_ev: Event, gold: GoldEvent) -> bool:
    g = gold.place
    if not g:
        return True
    p = sys_ev.place
    if p is None or p.country != g.get("country"):
        return False
    if not g.get("name"):
        return True
    if p.name and p.name == g.get("name"):
        return True
    if None in (p.lat, p.lon, g.get("lat"), g.get("lon")):
        return False
    return _km(p.lat, p.lon, g["lat"], g["lon"]) <= 50.0  # type: ignore[arg-type]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _agreement(sys_ev: Event, gold: GoldEvent) -> int:
    return int(date_agrees(sys_ev, gold)) + int(place_agrees(sys_ev, gold)) + int(sys_ev.modality == gold.modality)


def score_document(doc_id: str, system: list[Event], gold: list[GoldEvent], score: Score) -> None:
    """Add one document's counts to ``score``."""
    score.system[doc_id] = system
    score.gold[doc_id] = gold
    pairs = [(-_agreement(s, g), -int(g.required), si, gi)
             for si, s in enumerate(system) for gi, g in enumerate(gold) if matches(s, g)]
    pairs.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    for _, _, si, gi in pairs:
        if si in used_s or gi in used_g:
            continue
        used_s.add(si)
        used_g.add(gi)
        g, s = gold[gi], system[si]
        score.pairs.append((doc_id, s, g))
        if not g.required:
            continue
        score.tp += 1
        if g.date:
            score.date_n += 1
            score.date_ok += date_agrees(s, g)
        if g.place:
            score.place_n += 1
            score.place_ok += place_agrees(s, g)
        score.modality_n += 1
        score.modality_ok += s.modality == g.modality
        if g.type in SYMMETRIC and g.actor and g.recipient:
            score.direction_n += 1
            score.direction_ok += countries(s.actors) == g.actor
        if g.mode:
            score.mode_n += 1
            score.mode_ok += s.mode == g.mode
    for gi, g in enumerate(gold):
        if gi not in used_g and g.required:
            score.fn += 1
            score.false_negatives.append((doc_id, g))
    for si, s in enumerate(system):
        if si not in used_s:
            score.fp += 1
            score.false_positives.append((doc_id, s))


def score_documents(pairs: list[tuple[str, list[Event], list[GoldEvent]]]) -> Score:
    score = Score()
    for doc_id, system, gold in pairs:
        score_document(doc_id, system, gold, score)
    return score
