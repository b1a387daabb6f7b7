"""Evidence for the eye: an article cut into runs of text, the evidence sentence marked and,
inside it, the words that named the actor, the recipient, the place and the date.

Actor and recipient words are the surfaces stored with the event. Place and date words are
found again by the pipeline's own mention finder run over the evidence sentence alone (a
few milliseconds), and marked only where they resolve to the event's place and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vaarta.model import Doc
from vaarta.pipeline import Pipeline

ROLES = ("actor", "recipient", "place", "date")


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of article text; ``evidence`` inside the evidence sentence, ``role`` one of
    ROLES (or several, space-separated) when these words named that part of the event."""

    text: str
    evidence: bool = False
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": self.evidence, "role": self.role}


def evidence_marks(event: dict[str, Any], pipeline: Pipeline | None, lang: str | None,
                   published: date | None) -> list[tuple[int, int, str]]:
    """(start, end, role) spans inside the evidence sentence, not overlapping, in order."""
    sentence: str = event["evidence"]["sentence"]
    found: list[tuple[int, int, str]] = []
    for role, people in (("actor", event.get("actors", [])), ("recipient", event.get("recipients", []))):
        for p in people:
            surface = (p.get("text") or "").strip()
            at = sentence.find(surface) if surface else -1
            if at >= 0:
                found.append((at, at + len(surface), role))
    if pipeline is not None:
        doc = pipeline.find_mentions(Doc(id="", raw=sentence, text=sentence, lang=lang, published=published))
        place = (event.get("place") or {}).get("name")
        for m in doc.mentions:
            if m.kind == "place" and place and m.place and m.place.name == place:
                found.append((m.start, m.end, "place"))
            elif m.kind == "date" and event.get("date") and m.date and \
                    event["date"] in (m.date.value, m.alt_date.value if m.alt_date else None):
                found.append((m.start, m.end, "date"))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, str]] = []
    for s in found:
        if out and (s[0], s[1]) == out[-1][:2] and s[2] not in out[-1][2].split():
            # one word, two parts: "मॉस्को पहुंचे" names the host and the place
            out[-1] = (s[0], s[1], f"{out[-1][2]} {s[2]}")
        elif not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def article_runs(text: str, ev_start: int, ev_end: int, marks: list[tuple[int, int, str]]) -> list[list[Run]]:
    """The article as paragraphs of runs; ``marks`` are relative to ``ev_start``."""
    runs: list[Run] = []
    if ev_start > 0:
        runs.append(Run(text[:ev_start]))
    pos = ev_start
    for s, e, role in marks:
        if ev_start + s > pos:
            runs.append(Run(text[pos : ev_start + s], evidence=True))
        runs.append(Run(text[ev_start + s : ev_start + e], evidence=True, role=role))
        pos = ev_start + e
    if ev_end > pos:
        runs.append(Run(text[pos:ev_end], evidence=True))
    if ev_end < len(text):
        runs.append(Run(text[ev_end:]))
    return _paragraphs(runs)


def _paragraphs(runs: list[Run]) -> list[list[Run]]:
    """Split runs at line ends: each line of a news text is a paragraph (blank ones dropped)."""
    paras: list[list[Run]] = [[]]
    for run in runs:
        for i, piece in enumerate(run.text.split("\n")):
            if i > 0:
                paras.append([])
            if piece:
                paras[-1].append(Run(piece, run.evidence, run.role))
    return [p for p in paras if any(r.text.strip() for r in p)]
