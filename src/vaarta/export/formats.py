"""The export formats. Built-ins register exactly as a plug-in would: a name and a function."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

EventRow = dict[str, Any]
Exporter = Callable[[Iterable[EventRow], Path], int]

ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "Country", "Latitude", "Longitude",
)


STDOUT = Path("-")


@contextmanager
def _text_out(path: Path) -> Iterator[IO[str]]:
    """The file at ``path``, or standard output for ``-``."""
    if path == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with path.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _first(people: list[dict[str, Any]]) -> dict[str, Any]:
    return people[0] if people else {}


def _names(people: list[dict[str, Any]]) -> str:
    return "; ".join(p.get("name") or p.get("text") or "" for p in people)


def _plover_party(p: dict[str, Any]) -> dict[str, Any]:
    return {"name": p.get("name") or p.get("text"), "country": p.get("country"), "sector": p.get("sector"),
            "wikidata": p.get("wikidata")}


def export_plover(rows: Iterable[EventRow], path: Path) -> int:
    """PLOVER-style records; a planned meeting (CONSULT, future) is AGREE as PLOVER codes it,
    with our own reading kept under ``vaarta``."""
    n = 0
    with _text_out(path) as fh:
        for e in rows:
            n += 1
            event, mode = e["type"], e.get("mode")
            if event == "CONSULT" and e.get("modality") == "future":
                event, mode = "AGREE", "consult"
            p = e.get("place") or {}
            rec = {
                "id": e["event_id"], "date": e.get("date"), "event": event, "mode": mode,
                "context": [e["modality"]] if e.get("modality") != "asserted" else [],
                "actor": [_plover_party(a) for a in e["actors"]],
                "recipient": [_plover_party(r) for r in e["recipients"]],
                "event_text": e["evidence"]["sentence"],
                "location": {"name": p.get("name"), "country": p.get("country"), "lat": p.get("lat"), "lon": p.get("lon")}
                if p else None,
                "source": e.get("url") or e.get("source"), "vaarta": {"type": e["type"], "mode": e.get("mode"),
                                                                      "cameo": e.get("cameo"), "rule": e["rule"]},
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n


def export_icews(rows: Iterable[EventRow], path: Path) -> int:
    n = 0
    with _text_out(path) as fh:
        w = csv.writer(fh)
        w.writerow(ICEWS_COLUMNS)
        for e in rows:
            n += 1
            a, r, p = _first(e["actors"]), _first(e["recipients"]), e.get("place") or {}
            w.writerow([e["event_id"], e.get("date") or "", _names(e["actors"]), a.get("sector") or "",
                        a.get("country") or "", e["type"], e.get("cameo") or "", e.get("goldstein"),
                        _names(e["recipients"]), r.get("sector") or "", r.get("country") or "", e["doc_id"],
                        "", e.get("source") or "", p.get("name") or "", p.get("country") or "",
                        p.get("lat") if p else "", p.get("lon") if p else ""])
    return n


def export_parquet(rows: Iterable[EventRow], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = []
    for e in rows:
        p = e.get("place") or {}
        flat.append({
            "event_id": e["event_id"], "doc_id": e["doc_id"], "type": e["type"], "mode": e.get("mode"),
            "cameo": e.get("cameo"), "goldstein": e.get("goldstein"), "quad": e.get("quad"),
            "modality": e["modality"], "date": e.get("date"), "date_precision": e.get("date_precision"),
            "actor_countries": "|".join(sorted({a["country"] for a in e["actors"] if a.get("country")})),
            "recipient_countries": "|".join(sorted({a["country"] for a in e["recipients"] if a.get("country")})),
            "actors": json.dumps(e["actors"], ensure_ascii=False),
            "recipients": json.dumps(e["recipients"], ensure_ascii=False),
            "place_name": p.get("name"), "place_country": p.get("country"), "lat": p.get("lat"), "lon": p.get("lon"),
            "evidence": e["evidence"]["sentence"], "rule": e["rule"], "confidence": e["confidence"],
            "url": e.get("url"),
        })
    if path == STDOUT:
        pq.write_table(pa.Table.from_pylist(flat), sys.stdout.buffer)
        sys.stdout.flush()
    else:
        pq.write_table(pa.Table.from_pylist(flat), path)
    return len(flat)


def export_gdelt(rows: Iterable[EventRow], path: Path) -> int:
    """GDELT 2.0's event table (vaarta.export.gdelt)."""
    from vaarta.export.gdelt import export_gdelt as gdelt

    return gdelt(rows, path)


EXPORTERS: dict[str, Exporter] = {
    "gdelt": export_gdelt,
    "plover": export_plover,
    "icews": export_icews,
    "parquet": export_parquet,
}


def export_events(fmt: str, rows: Iterable[EventRow], path: Path) -> int:
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORTERS)}") from None
    return exporter(rows, path)
