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
from typing import TYPE_CHECKING, Any

from vaarta.ingest import InputError, Item, read_inputs
from vaarta.model import Doc
from vaarta.store.sql import Store, content_hash

if TYPE_CHECKING:
    from vaarta.pipeline import Pipeline


@dataclass
class IngestStats:
    read: int = 0
    added: int = 0
    skipped: int = 0
    recoded: int = 0
    events: int = 0
    errors: int = 0


class _Writer:
    """Collects coded documents and stores them a batch (one transaction) at a time."""

    def __init__(self, store: Store, stats: IngestStats, recode: bool, batch: int,
                 then: Callable[[Any, list[Doc]], None] | None = None) -> None:
        self.store, self.stats, self.recode, self.batch, self.then = store, stats, recode, batch, then
        self.pending: list[Doc] = []

    def add(self, doc: Doc) -> None:
        self.pending.append(doc)
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        res = self.store.add_documents(self.pending, recode=self.recode, then=self.then)
        self.stats.added += res.added
        self.stats.skipped += res.skipped
        self.stats.recoded += res.recoded
        self.stats.events += res.events
        self.pending.clear()


def ingest(inputs: Iterable[str], store: Store, pipeline: Pipeline, published: date | None = None,
           recode: bool = False, batch: int = 200, on_error: Callable[[InputError], None] | None = None,
           on_progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
    """Read ``inputs`` (files, folders, ``-``), code and store them."""
    return ingest_items(read_inputs(inputs, published), store, pipeline, recode, batch, on_error, on_progress)


def ingest_items(items: Iterable[Item], store: Store, pipeline: Pipeline, recode: bool = False,
                 batch: int = 200, on_error: Callable[[InputError], None] | None = None,
                 on_progress: Callable[[IngestStats], None] | None = None,
                 then: Callable[[Any, list[Doc]], None] | None = None) -> IngestStats:
    """Code and store documents already read (the HTTP API's and ``vaarta watch``'s path);
    errors are counted. ``then(conn, docs)`` writes more in each batch's transaction."""
    stats = IngestStats()
    writer = _Writer(store, stats, recode, batch, then)
    for item in items:
        if isinstance(item, InputError):
            stats.errors += 1
            if on_error:
                on_error(item)
            continue
        stats.read += 1
        if not recode and store.known(item.id, content_hash(item.raw)):
            stats.skipped += 1
        else:
            writer.add(pipeline(item))
        if on_progress:
            on_progress(stats)
    writer.flush()
    if on_progress:
        on_progress(stats)
    return stats


def ingest_parquet(folder: Path, store: Store, recode: bool = False, batch: int = 200) -> IngestStats:
    """Store the documents and events that ``vaarta run`` wrote to ``folder``."""
    from vaarta.batch import read_parquet_docs

    stats = IngestStats()
    writer = _Writer(store, stats, recode, batch)
    for doc in read_parquet_docs(folder):
        stats.read += 1
        writer.add(doc)
    writer.flush()
    return stats
