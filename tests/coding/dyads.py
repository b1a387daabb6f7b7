"""What a coded document says, in the shape the coding tests compare: (type, actor states,
recipient states, modality) per event. One helper for every test file."""

from __future__ import annotations


def dyads(doc, type_=None):
    """(type, actor states, recipient states, modality) of ``doc``'s events, of one type if given."""
    return [(e.type, {a.country for a in e.actors}, {r.country for r in e.recipients}, e.modality)
            for e in doc.events if type_ is None or e.type == type_]


def english_events(code, text, published="2024-03-05"):
    """The same for an English text, with frozensets (hashable)."""
    doc = code(text, published, lang="en")
    return [(e.type, frozenset(a.country for a in e.actors), frozenset(r.country for r in e.recipients), e.modality)
            for e in doc.events]


def has(got, type_, actors, recipients, modality=None):
    """``got`` (english_events) holds that event."""
    return any(t == type_ and a == frozenset(actors) and r == frozenset(recipients) and modality in (None, m)
               for t, a, r, m in got)
