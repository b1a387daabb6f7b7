"""The English coder: simple news sentences, subject - verb - object or partner.

Enough for plain wire copy ("US President Joe Biden met Chinese President Xi Jinping on
Wednesday in Woodside"): the agent is the actor before the verb phrase, the other party
stands right after it or after the frame's preposition; "X and Y met" makes a meeting of
both. Frames live in ``data/lexicon/frames_en.yaml``. Full English coding comes later.
"""

from __future__ import annotations

import re
from pathlib import Path

from vaarta.coding.common import (
    MentionIndex,
    dateline,
    dedupe,
    event_date,
    is_future_date,
    is_old_date,
    make_events,
    nearest,
)
from vaarta.coding.lexicon import Cameo, Frame
from vaarta.model import MODALITIES, Actor, Doc, Event, Evidence, Mention
from vaarta.ontology import PLOVER_TYPES
from vaarta.text.resources import data_path, load_yaml

_CLAUSE = re.compile(r";|,\s+(?:but|while|whereas|and)\s+|\s+(?:but|while|whereas)\s+")
_AND = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:[\w.'-]+\s+){0,4}")
_GAP_TO_OBJECT = re.compile(  # "met (with) Xi", "praised (the) Indian ..." — but not "met in X"
    r"^\s*(?:(?!(?:in|at|on|to|from|for|after|before|during|with|over|of|near)\b)[\w.'-]+\s+){0,4}$", re.I)


class EnglishLexicon:
    """English frames: the Hindi coder's Frame record, its triggers being verb phrases."""

    def __init__(self, frames: list[Frame], cameo: dict[str, Cameo],
                 modality: list[tuple[str, re.Pattern[str]]] | None = None) -> None:
        self.frames = frames
        self.cameo = cameo
        self.modality = modality or []
        self.by_verb = {v.lower(): f for f in frames for v in f.triggers}
        alts = "|".join(re.escape(v) for v in sorted(self.by_verb, key=len, reverse=True))
        self.verb_re = re.compile(rf"\b(?:{alts})\b", re.I)

    @classmethod
    def load(cls, cameo: dict[str, Cameo], path: Path | None = None) -> EnglishLexicon:
        spec = load_yaml(path or data_path("lexicon", "frames_en.yaml"))
        frames = []
        for f in spec["frames"]:
            if f["type"] not in PLOVER_TYPES or str(f["cameo"]) not in cameo:
                raise ValueError(f"English frame {f.get('id')}: bad type or CAMEO code")
            frames.append(Frame(f["id"], f["type"], f.get("mode"), str(f["cameo"]), tuple(f["verbs"]), (), (),
                                tuple(f.get("recipient", ["object"])), bool(f.get("symmetric", False)),
                                bool(f.get("recipient_optional", False)), float(f.get("confidence", 0.7))))
        modality = []
        for m in spec.get("modality", []):
            if m["modality"] not in MODALITIES:
                raise ValueError(f"English modality {m['modality']!r}: not one of {', '.join(MODALITIES)}")
            modality.append((m["modality"], re.compile(rf"\b(?:{'|'.join(m['cues'])})\b", re.I)))
        return cls(frames, cameo, modality)


_NOUN_AFTER = re.compile(r"\s+[A-Za-z][a-z-]+")


def _titles(adjective: Mention, named: list[Mention]) -> bool:
    """"North Korean leader Kim Jong Un": the adjective only titles a named person of its state."""
    return any(0 < m.start - adjective.end <= 25 and m.actor.country == adjective.actor.country  # type: ignore[union-attr]
               for m in named if m is not adjective)


def code_english(doc: Doc, lex: EnglishLexicon) -> list[Event]:
    text = doc.text
    # a state adjective stands for its state when a noun follows it: "Russian forces", "the
    # Pakistani envoy", "a British tanker" (its role is the phrase's: object, partner, agent)
    named = [m for m in doc.mentions if m.kind == "actor" and m.actor and m.actor.country]
    actors = MentionIndex([m for m in named if m.source != "kb.demonym" or (
        _NOUN_AFTER.match(text, m.end) and not _titles(m, named))])
    places = MentionIndex([m for m in doc.mentions if m.kind == "place"])
    dates = MentionIndex([m for m in doc.mentions if m.kind == "date"])
    where_filed = dateline(doc, places)
    events: list[Event] = []
    for sent in doc.sentences:
        for cs, ce in _clauses(text, sent.start, sent.end):
            for verb in lex.verb_re.finditer(text, cs, ce):
                frame = lex.by_verb[verb.group().lower()]
                ev = _build(doc, lex, frame, verb, actors.within(cs, ce), (cs, ce), (sent.start, sent.end),
                            places, dates, where_filed)
                if ev:
                    events.extend(ev)
                    break
    return events


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _CLAUSE.finditer(text, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if b > a]


def _build(doc: Doc, lex: EnglishLexicon, frame: Frame, verb: re.Match[str], in_clause: list[Mention],
           clause: tuple[int, int], sentence: tuple[int, int], places: MentionIndex, dates: MentionIndex,
           where_filed) -> list[Event] | None:  # type: ignore[no-untyped-def]
    text = doc.text
    before = [m for m in in_clause if m.end <= verb.start()]
    after = [m for m in in_clause if m.start >= verb.end()]
    recipients: list[Actor] = []
    for marker in frame.recipient:
        if recipients:
            break
        if marker == "object":
            first = after[0] if after else None
            if first and _GAP_TO_OBJECT.match(text[verb.end() : first.start]):
                recipients = [m.actor for m in _coordinated(text, after)]  # type: ignore[misc]
        else:
            rx = re.compile(rf"\b{marker}\s+(?:the\s+)?$", re.I)
            for i, m in enumerate(after):
                if rx.search(text[verb.end() : m.start][-40:]):
                    recipients = [x.actor for x in _coordinated(text, after[i:])]  # type: ignore[misc]
                    break
    agents = [m.actor for m in _coordinated(text, list(reversed(before)))] if before else []  # type: ignore[misc]
    agents = dedupe([a for a in agents if a])
    recipients = dedupe([r for r in recipients if r and r.country not in {a.country for a in agents}])
    if frame.symmetric and not recipients and len({a.country for a in agents}) > 1:
        agents, recipients = agents[:1], agents[1:]
    if not agents or (not recipients and not frame.recipient_optional):
        return None
    if frame.symmetric and len({a.country for a in agents + recipients}) < 2:
        return None
    clause_text = text[clause[0] : clause[1]]
    when_m = nearest(dates, verb.start(), clause) or nearest(dates, verb.start(), sentence)
    modality = next((name for name, rx in lex.modality if rx.search(clause_text)), "asserted")
    if modality == "asserted" and is_old_date(when_m, doc.published):
        modality = "historical"
    if modality in ("asserted", "hypothetical") and is_future_date(when_m, doc.published):
        modality = "future"
    when = event_date(when_m, modality, doc.published)
    in_places = [p for p in places.within(*clause) if p.place and p.place.name]
    place = in_places[0].place if in_places else (where_filed if modality == "asserted" else None)
    mode = frame.mode
    if frame.type == "CONSULT" and mode in (None, "visit") and place and place.country:
        hosts = [a for a in agents + recipients if a.country == place.country]
        guests = [a for a in agents + recipients if a.country != place.country]
        if hosts and guests:
            mode, agents, recipients = "visit", guests, hosts
    evidence = Evidence(text[sentence[0] : sentence[1]], sentence[0], sentence[1])
    return make_events(doc, frame.id, frame.type, mode, lex.cameo[frame.cameo], modality, agents, recipients,
                       when, place, evidence, frame.confidence, frame.symmetric)


def _coordinated(text: str, mentions: list[Mention]) -> list[Mention]:
    """The first mention and those joined to it by "and" or commas ("X, Y and Z")."""
    if not mentions:
        return []
    out = [mentions[0]]
    for prev, cur in zip(mentions, mentions[1:], strict=False):
        a, b = (prev, cur) if prev.start < cur.start else (cur, prev)
        # "Trump and North Korean leader Kim": titles may stand between "and" and the name
        if _AND.fullmatch(text[a.end : b.start]):
            out.append(cur)
        else:
            break
    return out
