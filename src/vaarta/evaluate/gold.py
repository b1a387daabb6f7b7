"""Read gold JSONL: one document a line with ``id, lang, published, text, events[]``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any


class GoldError(ValueError):
    pass


@dataclass(slots=True)
class GoldEvent:
    type: str
    actor: set[str]
    recipient: set[str]
    modality: str = "asserted"
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: dict[str, Any] | None = None
    required: bool = True
    note: str = ""


@dataclass(slots=True)
class GoldDoc:
    id: str
    text: str
    published: date | None
    lang: str | None
    events: list[GoldEvent] = field(default_factory=list)


def read_gold(path: Path) -> list[GoldDoc]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                docs.append(GoldDoc(
                    id=d["id"],
                    text=d["text"],
                    published=date.fromisoformat(d["published"]) if d.get("published") else None,
                    lang=d.get("lang"),
                    events=[_event(e) for e in d.get("events", [])],
                ))
            except (KeyError, ValueError, TypeError) as exc:
                raise GoldError(f"{path}:{n}: bad gold record: {exc}") from exc
    return docs


def _event(e: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        type=e["type"],
        actor=set(e.get("actor") or []),
        recipient=set(e.get("recipient") or []),
        modality=e.get("modality") or "asserted",
        mode=e.get("mode"),
        date=e.get("date"),
        date_precision=e.get("date_precision"),
        place=e.get("place"),
        required=bool(e.get("required", True)),
        note=e.get("note", ""),
    )
