"""An event as a database row (``event_row``) and a stored row as the output contract's
event dict (``event_dict``): the two directions of the ``events`` table."""

from __future__ import annotations

import json
from typing import Any

from vaarta.model import Event, Span


def event_row(ev: Event) -> dict[str, Any]:
    p = ev.place
    return {
        "event_id": ev.event_id, "doc_id": ev.doc_id, "type": ev.type, "mode": ev.mode, "cameo": ev.cameo,
        "goldstein": ev.goldstein, "quad": ev.quad, "modality": ev.modality,
        "date": ev.date.value if ev.date else None, "date_precision": ev.date.precision if ev.date else None,
        "place_name": p.name if p else None, "place_country": p.country if p else None,
        "lat": p.lat if p else None, "lon": p.lon if p else None, "geonameid": p.geonameid if p else None,
        "evidence": ev.evidence.sentence, "evidence_start": ev.evidence.start, "evidence_end": ev.evidence.end,
        "evidence_spans": spans_text(ev.evidence.spans),
        "rule": ev.rule, "confidence": ev.confidence,
        "actor_countries": "|".join(sorted({a.country for a in ev.actors if a.country})),
        "recipient_countries": "|".join(sorted({a.country for a in ev.recipients if a.country})),
        "cluster_id": ev.event_id,
    }


def event_dict(r, people: list[Any]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    def side(role: str) -> list[dict[str, Any]]:
        return [{k: p[k] for k in ("name", "country", "sector", "kb_id", "wikidata", "text")}
                for p in people if p["role"] == role]

    place = None
    if r["place_name"] is not None or r["place_country"] is not None:
        place = {"name": r["place_name"], "country": r["place_country"], "lat": r["lat"], "lon": r["lon"],
                 "geonameid": r["geonameid"]}
    return {
        "doc_id": r["doc_id"], "event_id": r["event_id"], "type": r["type"], "mode": r["mode"],
        "cameo": r["cameo"], "goldstein": r["goldstein"], "quad": r["quad"], "modality": r["modality"],
        "actors": side("actor"), "recipients": side("recipient"), "date": r["date"],
        "date_precision": r["date_precision"], "place": place,
        "evidence": {"sentence": r["evidence"], "start": r["evidence_start"], "end": r["evidence_end"],
                     "spans": spans_of_text(r.get("evidence_spans"))},
        "rule": r["rule"], "confidence": r["confidence"],
    }


def spans_text(spans: list[Span] | None) -> str | None:
    """Spans as the column keeps them: ``[[start, end, kind], ...]`` (None: never recorded)."""
    return None if spans is None else json.dumps([[s.start, s.end, s.kind] for s in spans], ensure_ascii=False,
                                                 separators=(",", ":"))


def spans_of_text(value: str | None) -> list[dict[str, Any]] | None:
    """The column read back as the output contract's spans; None where none were recorded."""
    if value is None:
        return None
    return [{"start": s, "end": e, "kind": k} for s, e, k in json.loads(value)]
