"""The event ontology in one place: PLOVER types (in the codebook's order) and modalities."""

from __future__ import annotations

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PLOVER_TYPES = frozenset(EVENT_TYPES)
MODALITIES: tuple[str, ...] = ("asserted", "future", "hypothetical", "historical", "negated")
