"""Read, code and store: the library side of ``vaarta ingest``.

Documents already stored (same id or same text) are not coded again unless ``recode`` is
set. Coded documents are written in batches, one transaction each: a crash loses at most
the batch in flight, and running the same command again completes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vaarta.ingest import InputError, read_inputs
from vaarta.model import Doc
from vaarta.pipeline import Pipeline
from vaarta.store.sql import Store, content_hash


@dataclass
class IngestStats:
    read: int = 0
    added: int = 0
    skipped: int = 0
    recoded: int = 0
    events: int = 0
    errors: int = 0


def ingest(inputs: Iterable[str], store: Store, pipeline: Pipeline, published: date | None = None,
           recode: bool = False, batch: int = 200, on_error: Callable[[InputError], None] | None = None,
           on_progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
    stats = IngestStats()
    pending: list[Doc] = []

    def flush() -> None:
        if not pending:
            return
        res = store.add_documents(pending, recode=recode)
        stats.added += res.added
        stats.skipped += res.skipped
        stats.recoded += res.recoded
        stats.events += res.events
        pending.clear()

    for item in read_inputs(inputs, published):
        if isinstance(item, InputError):
            stats.errors += 1
            if on_error:
                on_error(item)
            continue
        stats.read += 1
        if not recode and store.known(item.id, content_hash(item.raw)):
            stats.skipped += 1
        else:
            pending.append(pipeline(item))
            if len(pending) >= batch:
                flush()
        if on_progress:
            on_progress(stats)
    flush()
    if on_progress:
        on_progress(stats)
    return stats


def ingest_parquet(folder: Path, store: Store, recode: bool = False, batch: int = 200) -> IngestStats:
    """Store the documents and events that ``vaarta run`` wrote to ``folder``."""
    from vaarta.batch import read_parquet_docs

    stats = IngestStats()
    chunk: list[Doc] = []

    def flush() -> None:
        res = store.add_documents(chunk, recode=recode)
        stats.added += res.added
        stats.recoded += res.recoded
        stats.skipped += res.skipped
        stats.events += res.events
        chunk.clear()

    for doc in read_parquet_docs(folder):
        stats.read += 1
        chunk.append(doc)
        if len(chunk) >= batch:
            flush()
    flush()
    return stats
