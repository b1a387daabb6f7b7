"""Why the coder missed: false negatives and false positives grouped by type and by cause,
and the per-type figures.

Causes of a missed (required) gold event:
    no frame          no system event of its type in the document at all
    wrong direction   an event of its type with actor and recipient swapped
    actor unresolved  an event of its type that has one side right and the other missing or wrong
    wrong participants an event of its type, but with other states on both sides
Causes of a false positive:
    wrong type        a gold event with the same participants has another type
    wrong direction   a gold event of its type with actor and recipient swapped
    wrong participants a gold event of its type with other participants
    not in gold       nothing of the kind in the gold
And, on true positives: wrong modality, wrong date, wrong place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from vaarta.evaluate.gold import GoldEvent
from vaarta.evaluate.scorer import SYMMETRIC, Score, countries, date_agrees, place_agrees
from vaarta.model import Event

FN_CAUSES = ("no frame", "wrong direction", "actor unresolved", "wrong participants")
FP_CAUSES = ("wrong type", "wrong direction", "wrong participants", "not in gold")
TP_CAUSES = ("wrong modality", "wrong date", "wrong place")


@dataclass
class Diagnosis:
    missed: dict[str, list[tuple[str, GoldEvent]]] = field(default_factory=lambda: defaultdict(list))
    spurious: dict[str, list[tuple[str, Event]]] = field(default_factory=lambda: defaultdict(list))
    attributes: dict[str, list[tuple[str, Event, GoldEvent]]] = field(default_factory=lambda: defaultdict(list))
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            "missed": {c: len(self.missed[c]) for c in FN_CAUSES if self.missed.get(c)},
            "spurious": {c: len(self.spurious[c]) for c in FP_CAUSES if self.spurious.get(c)},
            "attributes": {c: len(self.attributes[c]) for c in TP_CAUSES if self.attributes.get(c)},
        }


def _sides(ev: Event) -> tuple[set[str], set[str]]:
    return countries(ev.actors), countries(ev.recipients)


def fn_cause(gold: GoldEvent, system: list[Event]) -> str:
    same = [s for s in system if s.type == gold.type]
    if not same:
        return "no frame"
    for s in same:
        a, r = _sides(s)
        if gold.type not in SYMMETRIC and a & gold.recipient and r & gold.actor:
            return "wrong direction"
    for s in same:
        a, r = _sides(s)
        if gold.type in SYMMETRIC:
            if (a | r) & (gold.actor | gold.recipient):
                return "actor unresolved"
        elif a & gold.actor or (r & gold.recipient):
            return "actor unresolved"
    return "wrong participants"


def fp_cause(ev: Event, gold: list[GoldEvent]) -> str:
    a, r = _sides(ev)
    if any(g.type != ev.type and (g.actor | g.recipient) == (a | r) for g in gold):
        return "wrong type"
    same = [g for g in gold if g.type == ev.type]
    if ev.type not in SYMMETRIC and any(a & g.recipient and r & g.actor for g in same):
        return "wrong direction"
    return "wrong participants" if same else "not in gold"


def diagnose(score: Score) -> Diagnosis:
    d = Diagnosis()
    for doc_id, g in score.false_negatives:
        d.missed[fn_cause(g, score.system.get(doc_id, []))].append((doc_id, g))
    for doc_id, ev in score.false_positives:
        d.spurious[fp_cause(ev, score.gold.get(doc_id, []))].append((doc_id, ev))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, ev, g in score.pairs:
        if not g.required:
            continue
        counts[g.type]["tp"] += 1
        if ev.modality != g.modality:
            d.attributes["wrong modality"].append((doc_id, ev, g))
        if g.date and not date_agrees(ev, g):
            d.attributes["wrong date"].append((doc_id, ev, g))
        if g.place and not place_agrees(ev, g):
            d.attributes["wrong place"].append((doc_id, ev, g))
    for _, g in score.false_negatives:
        counts[g.type]["fn"] += 1
    for _, ev in score.false_positives:
        counts[ev.type]["fp"] += 1
    for t in sorted(counts):
        c = counts[t]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        d.by_type[t] = {"tp": c["tp"], "fp": c["fp"], "fn": c["fn"],
                        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
    return d
