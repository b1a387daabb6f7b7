"""Scale-out: code many files in partitions, in parallel with Dask, into Parquet.

``plan(inputs)`` cuts the input into partitions (a JSONL/CSV file by line ranges, plain
files in groups); ``run_partitions`` codes each one — in this process, or on a Dask cluster
(a ``distributed.LocalCluster`` when no scheduler address is given) whose workers load the
pipeline once (a worker plugin). Each partition writes ``documents-<id>.parquet``,
``events-<id>.parquet`` and ``errors-<id>.jsonl``, then a ``done-<id>`` marker: a run that
was stopped is resumed by running it again, finished partitions are skipped.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vaarta.ingest import SUFFIXES, InputError, items_from_csv, items_from_jsonl, read_file
from vaarta.model import Doc, Event

LINES_PER_PARTITION = 2000
FILES_PER_PARTITION = 500


@dataclass(frozen=True)
class Partition:
    """A slice of the input: whole files, or lines [start, stop) of one JSONL/CSV file."""

    files: tuple[str, ...]
    start: int = 0
    stop: int = 0

    @property
    def id(self) -> str:
        key = json.dumps([self.files, self.start, self.stop])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class PartitionResult:
    id: str
    documents: int = 0
    events: int = 0
    errors: int = 0
    skipped: bool = False


def plan(inputs: Iterable[str], lines: int = LINES_PER_PARTITION, files: int = FILES_PER_PARTITION) -> list[Partition]:
    plain: list[str] = []
    parts: list[Partition] = []
    for name in inputs:
        path = Path(name)
        found = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in found:
            if f.suffix.lower() not in SUFFIXES or f.name.startswith(".") or f.name.endswith("gold.jsonl"):
                continue
            if f.suffix.lower() in (".jsonl", ".csv"):
                n = _count_lines(f)
                parts += [Partition((str(f),), s, min(s + lines, n)) for s in range(0, max(n, 1), lines)]
            else:
                plain.append(str(f))
    parts += [Partition(tuple(plain[i : i + files])) for i in range(0, len(plain), files)]
    return parts


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def read_partition(part: Partition) -> Iterator[Doc | InputError]:
    if part.stop <= part.start:
        for f in part.files:
            yield from read_file(Path(f))
        return
    (name,) = part.files
    path = Path(name)
    with path.open(encoding="utf-8", errors="strict") as fh:
        try:
            chunk = [line for i, line in enumerate(fh) if part.start <= i < part.stop]
        except UnicodeDecodeError as exc:
            yield InputError(name, None, f"not UTF-8: {exc.reason}")
            return
    if path.suffix.lower() == ".jsonl":
        for item in items_from_jsonl(io.StringIO("".join(chunk)), name, None):
            if isinstance(item, InputError) and item.line:  # lines are counted from the slice
                item = InputError(item.source, item.line + part.start, item.message)
            yield item
    else:
        header = "" if part.start == 0 else _first_line(path)
        yield from items_from_csv(header + "".join(chunk), name, None)


def _first_line(path: Path) -> str:
    with path.open(encoding="utf-8") as fh:
        return fh.readline()


def code_partition(part: Partition, out: Path, pipeline) -> PartitionResult:  # type: ignore[no-untyped-def]
    import pyarrow as pa
    import pyarrow.parquet as pq

    res = PartitionResult(part.id)
    if (out / f"done-{part.id}").exists():
        res.skipped = True
        return res
    doc_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for item in read_partition(part):
        if isinstance(item, InputError):
            errors.append(json.dumps(item.to_dict(), ensure_ascii=False))
            continue
        doc = pipeline(item)
        doc_rows.append({"id": doc.id, "raw": doc.raw, "text": doc.text, "lang": doc.lang, "title": doc.title,
                         "url": doc.url, "source": doc.source,
                         "published": doc.published.isoformat() if doc.published else None})
        for ev in doc.events:
            d = ev.to_dict()
            event_rows.append({"event_id": d["event_id"], "doc_id": d["doc_id"], "type": d["type"],
                               "date": d["date"], "modality": d["modality"],
                               "actor_countries": "|".join(sorted({a["country"] for a in d["actors"] if a["country"]})),
                               "recipient_countries": "|".join(sorted({a["country"] for a in d["recipients"] if a["country"]})),
                               "record": json.dumps(d, ensure_ascii=False)})
    res.documents, res.events, res.errors = len(doc_rows), len(event_rows), len(errors)
    for name, rows in (("documents", doc_rows), ("events", event_rows)):
        _write_atomic(out / f"{name}-{part.id}.parquet", lambda p, rows=rows: pq.write_table(pa.Table.from_pylist(rows), p))
    _write_atomic(out / f"errors-{part.id}.jsonl", lambda p: Path(p).write_text(
        "".join(e + "\n" for e in errors), encoding="utf-8"))
    _write_atomic(out / f"done-{part.id}", lambda p: Path(p).write_text(json.dumps(asdict(res)), encoding="utf-8"))
    return res


def _write_atomic(path: Path, write) -> None:  # type: ignore[no-untyped-def]
    """Write to a temporary name of this writer's own, then rename: a reader sees the whole
    file or none, and two writers of one partition (a task of a killed client still running
    on a cluster beside its re-run) never write into the same file."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(str(tmp))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def remove_stale_temporaries(out: Path) -> int:
    """Delete what killed writers left half-written (``*.tmp``); returns how many."""
    n = 0
    for f in out.glob("*.tmp"):
        f.unlink(missing_ok=True)
        n += 1
    return n


def read_parquet_docs(folder: Path) -> Iterator[Doc]:
    """Coded documents back from a run's Parquet files (for ``vaarta ingest --from-parquet``)."""
    from datetime import date

    import pyarrow.parquet as pq

    for done in sorted(folder.glob("done-*")):
        pid = done.name[5:]
        events_by_doc: dict[str, list[Event]] = {}
        for row in pq.read_table(folder / f"events-{pid}.parquet").to_pylist():
            events_by_doc.setdefault(row["doc_id"], []).append(Event.from_dict(json.loads(row["record"])))
        for row in pq.read_table(folder / f"documents-{pid}.parquet").to_pylist():
            doc = Doc(row["id"], row["raw"], date.fromisoformat(row["published"]) if row["published"] else None,
                      row["title"], row["url"], row["lang"], row["source"], text=row["text"])
            doc.events = events_by_doc.get(doc.id, [])
            yield doc
