"""The other side of a line between two states: forces massed or shown at the Line of Actual
Control, the Line of Control or the Durand Line with no other party named face the state
across it ("भारत ने LAC के पास अतिरिक्त टुकड़ियां तैनात कीं" is against China). The lines are
knowledge-base data (``data/kb/border_lines.tsv``), for any language's coder."""

from __future__ import annotations

from dataclasses import replace

from vaarta.model import Actor, Doc, Event

_FACING = frozenset({"MOBILIZE"})


def across_lines(events: list[Event], doc: Doc, borders: dict[str, tuple[str, ...]]) -> list[Event]:
    """``events`` with the state across a named border line as the other party of a show of
    force that names none."""
    if not borders:
        return events
    lines = [m for m in doc.mentions if m.kind == "place" and m.place is not None and m.place.name in borders]
    if not lines:
        return events
    out = []
    for ev in events:
        acting = {a.country for a in ev.actors}
        if ev.type in _FACING and not ev.recipients and len(acting) == 1:
            here = [m for m in lines if ev.evidence.start <= m.start < ev.evidence.end]
            across = {c for m in here for c in borders[m.place.name] if c not in acting  # type: ignore[union-attr]
                      and acting <= set(borders[m.place.name])}  # type: ignore[union-attr]
            if len(across) == 1:
                ev = replace(ev, recipients=[Actor(None, across.pop(), None)])
        out.append(ev)
    return out
