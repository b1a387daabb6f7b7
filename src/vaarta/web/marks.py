"""Evidence for the eye: an article cut into runs of text, the evidence sentence marked and,
inside it, the words that named the actor, the recipient, the place and the date.

Those words are the spans the coder kept with the event (``evidence.spans``). An event
stored before spans were kept (schema 6 or older) has none: its actor and recipient words
are then its people's surfaces, and its place and date words are found again by the
pipeline's mention finder over the sentence alone — the pipeline is loaded for that only
when such an event is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from vaarta.coding.spans import refound_spans

if TYPE_CHECKING:
    from vaarta.pipeline import Pipeline

ROLES = ("actor", "recipient", "place", "date")

# gives the pipeline, loading it on first call (None: place and date words stay unmarked)
PipelineSource = Callable[[], "Pipeline | None"]


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of article text; ``evidence`` inside the evidence sentence, ``role`` one of
    ROLES (or several, space-separated) when these words named that part of the event."""

    text: str
    evidence: bool = False
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": self.evidence, "role": self.role}


def evidence_marks(event: dict[str, Any], pipeline: PipelineSource | None = None, lang: str | None = None,
                   published: date | None = None) -> list[tuple[int, int, str]]:
    """(start, end, role) spans inside the evidence sentence, not overlapping, in order:
    the event's stored spans, or (stored without them) found again."""
    stored = event["evidence"].get("spans")
    if stored is not None:
        found = [(s["start"], s["end"], s["kind"]) for s in stored]
    else:
        found = [(s.start, s.end, s.kind) for s in
                 refound_spans(event, pipeline() if pipeline is not None else None, lang, published)]
    return merge_marks(found)


def merge_marks(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans in order of start, longest first, without overlaps; one word that names two
    parts carries both roles ("मॉस्को पहुंचे": the host and the place)."""
    out: list[tuple[int, int, str]] = []
    for s in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if out and (s[0], s[1]) == out[-1][:2] and s[2] not in out[-1][2].split():
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


def sentence_runs(sentence: str, marks: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """One evidence sentence as runs (as dicts), for a list row: the words of ``marks`` with
    their role, the rest plain. (What ``article_runs`` gives for the sentence alone, built
    directly: this runs for every row of every events page.)"""
    if "\n" in sentence or not sentence.strip():
        return [r.to_dict() for p in article_runs(sentence, 0, len(sentence), marks) for r in p]
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e, role in marks:
        if s > pos:
            out.append({"text": sentence[pos:s], "evidence": True, "role": None})
        if e > s:
            out.append({"text": sentence[s:e], "evidence": True, "role": role})
        pos = e
    if len(sentence) > pos:
        out.append({"text": sentence[pos:], "evidence": True, "role": None})
    return out


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
