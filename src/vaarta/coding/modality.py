"""Modality of a clause: asserted, future, hypothetical, historical or negated."""

from __future__ import annotations

import re

from vaarta.coding.lexicon import Lexicon


def _cues(clause: str, rx: re.Pattern[str]) -> frozenset[str | None]:
    return frozenset(m.lastgroup for m in rx.finditer(clause))


def cues_in(clause: str, lex: Lexicon) -> frozenset[str | None]:
    """The modality classes whose cues occur in ``clause``. Most clauses have none: a word
    test rules those out before the full pattern reads the rest."""
    if not lex.modality.may_have_cue(clause):
        return frozenset()
    return _cues(clause, lex.modality.any_cue)


def modality_of(clause: str, lex: Lexicon, dated_future: bool = False, dated_past: bool = False,
                dated_recent: bool = False) -> str:
    """Read the clause's cues (data/lexicon/modality.yaml) in order of strength.

    A hedged clause about a dated future plan ("पांच दिसंबर के आसपास आ सकते हैं") is future;
    a date well before publication is historical, and so is a past-perfect verb (की थी,
    हुई थी) unless the clause dates the event within the last days ("शुक्रवार को … की थी").
    """
    found = cues_in(clause, lex)
    for name, _ in lex.modality.order:
        if name in found:
            if name == "hypothetical" and dated_future:
                return "future"
            return name
    if dated_future:
        return "future"
    if dated_past or (lex.modality.pluperfect.search(clause) and not dated_recent):
        return "historical"
    return "asserted"
