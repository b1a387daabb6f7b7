"""The event ontology in one place: PLOVER types (in the codebook's order) and modalities."""

from __future__ import annotations

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PLOVER_TYPES = frozenset(EVENT_TYPES)
MODALITIES: tuple[str, ...] = ("asserted", "future", "hypothetical", "historical", "negated")
# types whose two sides are scored, merged and grouped as one set of participants
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# types whose actor and recipient may be of one state (a government and its rebels)
SELF_DIRECTED = frozenset({"ASSAULT", "RETREAT", "COERCE", "PROTEST", "MOBILIZE"})

# what each type counts, in the codebook's words (for legends)
TYPE_MEANINGS: dict[str, str] = {
    "AGREE": "agree, sign an agreement, promise, intend to cooperate",
    "CONSULT": "meet, visit, host, hold talks, phone, summit",
    "SUPPORT": "praise, endorse, congratulate, thank, welcome, condole",
    "CONCEDE": "ease a position, accept demands, apologise, lift a restriction",
    "COOPERATE": "material cooperation: joint exercises, trade, military or economic cooperation",
    "AID": "humanitarian aid, relief, vaccines, loans, weapons supply",
    "RETREAT": "withdraw troops, ceasefire taking effect, release or exchange prisoners",
    "REQUEST": "ask, appeal, demand, urge",
    "ACCUSE": "criticise, condemn, blame, accuse",
    "REJECT": "reject or refuse a demand, proposal, claim or resolution",
    "THREATEN": "threaten force, sanctions or consequences",
    "PROTEST": "lodge a protest, demonstrate, summon a diplomat",
    "SANCTION": "sanctions, embargoes, bans, tariffs, expelling diplomats, breaking relations",
    "MOBILIZE": "exercises as a show of force, troop build-up, alerts, weapons tests",
    "COERCE": "seize, arrest, detain, block, restrict by force",
    "ASSAULT": "attack, air strike, shelling, terror attack, killing, armed clash",
}
QUAD_CLASSES: dict[int, str] = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                                4: "material conflict"}
