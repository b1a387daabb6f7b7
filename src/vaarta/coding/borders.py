"""The other side of a line between two states: forces massed or shown at the Line of Actual
Control, the Line of Control or the Durand Line with no other party named face the state
across it ("भारत ने LAC के पास अतिरिक्त टुकड़ियां तैनात कीं" is against China). The lines are
knowledge-base data (``data/kb/border_lines.tsv``), for any language's coder."""

from __future__ import annotations

import re
from dataclasses import replace

from vaarta.model import Actor, Doc, Event

_FACING = frozenset({"MOBILIZE"})
_WITH_BORDER = 8  # characters from a state's name to the border word it names ("चीन से लगी सीमा")


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


def border_words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """A whole-word pattern for a language's border words (any script)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)",
                      re.IGNORECASE)


def across_border(events: list[Event], doc: Doc, neighbours: dict[str, frozenset[str]],
                  border_words: re.Pattern[str]) -> list[Event]:
    """``events`` with the neighbour across an unnamed border as the other party of a show of
    force there ("भारत ने भी सीमा पर टैंक तैनात किए" in a story about China): the one land
    neighbour of the acting state named in the sentence, or else the one named before it."""
    out = []
    for ev in events:
        acting = {a.country for a in ev.actors}
        if ev.type in _FACING and not ev.recipients and len(acting) == 1 and None not in acting:
            near = neighbours.get(next(iter(acting)), frozenset())  # type: ignore[arg-type]
            start, end = ev.evidence.start, ev.evidence.end
            edges = [b.start() for b in border_words.finditer(doc.text, start, end)] if near else []
            if edges:
                named = [m for m in doc.mentions if m.kind == "actor" and m.actor is not None
                         and m.actor.country in near and m.start < end]
                # named with the border ("चीन सीमा पर", "चीन से लगी सीमा"), or else before the
                # sentence and not in it (a state beside the actor in it is a co-actor)
                here = {m.actor.country for m in named  # type: ignore[union-attr]
                        if any(0 <= e - m.end <= _WITH_BORDER for e in edges)}
                told = {m.actor.country for m in named if m.start >= start}  # type: ignore[union-attr]
                before = {m.actor.country for m in named} - told  # type: ignore[union-attr]
                across = here or (before if not told else set())
                if len(across) == 1:
                    ev = replace(ev, recipients=[Actor(None, across.pop(), None)])
        out.append(ev)
    return out
