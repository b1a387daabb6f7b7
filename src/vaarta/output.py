"""Render events as JSONL, TSV or a rich table."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.table import Table

from vaarta.model import Actor, Event

FORMATS = ("jsonl", "table", "tsv")
TSV_COLUMNS = ("doc_id", "event_id", "type", "mode", "cameo", "goldstein", "quad", "modality", "actors",
               "recipients", "date", "date_precision", "place", "place_country", "lat", "lon", "rule",
               "confidence", "evidence_start", "evidence_end", "evidence")


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _actors(actors: list[Actor]) -> str:
    return "; ".join(f"{a.name or a.text} ({a.country or '?'}{'/' + a.sector if a.sector else ''})" for a in actors)


def _cell(value: object) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def write_tsv(events: Iterable[Event], out: TextIO, header: bool = True) -> int:
    if header:
        out.write("\t".join(TSV_COLUMNS) + "\n")
    n = 0
    for ev in events:
        p = ev.place
        row = (ev.doc_id, ev.event_id, ev.type, ev.mode, ev.cameo, ev.goldstein, ev.quad, ev.modality,
               _actors(ev.actors), _actors(ev.recipients), ev.date.value if ev.date else None,
               ev.date.precision if ev.date else None, p.name if p else None, p.country if p else None,
               p.lat if p else None, p.lon if p else None, ev.rule, ev.confidence, ev.evidence.start,
               ev.evidence.end, ev.evidence.sentence)
        out.write("\t".join(_cell(v) for v in row) + "\n")
        n += 1
    return n


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def write_table(events: list[Event], console: Console) -> int:
    table = Table(show_lines=False, header_style="bold")
    for col in ("doc", "type", "actor → recipient", "date", "place", "modality", "evidence"):
        table.add_column(col, no_wrap=True, overflow="ellipsis")
    for ev in events:
        who = f"{_names(ev.actors)} → {_names(ev.recipients) or '—'}"
        kind = ev.type + (f":{ev.mode}" if ev.mode else "")
        date = f"{ev.date.value}" + (" (pub)" if ev.date and ev.date.precision == "publication" else "") if ev.date else "—"
        place = (ev.place.name or ev.place.country or "—") if ev.place else "—"
        table.add_row(ev.doc_id, kind, who, date, place, ev.modality, _short(ev.evidence.sentence))
    console.print(table)
    return len(events)


def _names(actors: list[Actor]) -> str:
    return ", ".join(dict.fromkeys(a.country or "?" for a in actors))
