"""Events as a flat table, one value per cell: the CSV of `vaarta events` and of the pages'
and the API's downloads."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import IO, Any

EVENT_CSV_COLUMNS = (
    "event_id", "doc_id", "date", "date_precision", "type", "mode", "cameo", "goldstein", "quad", "modality",
    "actor_countries", "actor_names", "recipient_countries", "recipient_names", "place_name", "place_country",
    "lat", "lon", "evidence", "rule", "confidence", "source_url", "title",
)


def event_csv_row(r: dict[str, Any], doc: dict[str, Any]) -> list[Any]:
    """One value per cell: codes once each ("RUS", not "RUS|RUS"), names in reading order."""
    def codes(people: list[dict[str, Any]]) -> str:
        return "|".join(dict.fromkeys(p["country"] for p in people if p.get("country")))

    def names(people: list[dict[str, Any]]) -> str:
        return "|".join(p.get("name") or p.get("text") or "" for p in people)

    p = r.get("place") or {}
    return [r["event_id"], r["doc_id"], r["date"], r["date_precision"], r["type"], r["mode"], r["cameo"],
            r["goldstein"], r["quad"], r["modality"], codes(r["actors"]), names(r["actors"]),
            codes(r["recipients"]), names(r["recipients"]), p.get("name"), p.get("country"), p.get("lat"),
            p.get("lon"), r["evidence"]["sentence"], r["rule"], r["confidence"], doc.get("url"), doc.get("title")]



def write_event_csv(rows: Iterable[dict[str, Any]], meta: Mapping[str, dict[str, Any]], out: IO[str]) -> int:
    """Write the header and one line per event; ``meta`` maps doc ids to their url and title."""
    w = csv.writer(out)
    w.writerow(EVENT_CSV_COLUMNS)
    n = 0
    for r in rows:
        w.writerow(["" if v is None else v for v in event_csv_row(r, meta.get(r["doc_id"], {}))])
        n += 1
    return n
