"""Run partitions on Dask: a given scheduler, or a LocalCluster of N single-threaded
worker processes. Each worker loads the pipeline once, through a worker plugin."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from vaarta.batch import Partition, PartitionResult, code_partition


class PipelinePlugin(WorkerPlugin):
    """Loads the knowledge base and lexicon once per worker."""

    name = "vaarta-pipeline"

    def __init__(self, kb_extra: tuple[str, ...] = ()) -> None:
        self.kb_extra = kb_extra

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        from vaarta.pipeline import load_pipeline

        worker.vaarta_pipeline = load_pipeline([Path(p) for p in self.kb_extra])


def _task(part: Partition, out: str) -> PartitionResult:
    return code_partition(part, Path(out), get_worker().vaarta_pipeline)


@dataclass
class RunSummary:
    partitions: int = 0
    skipped: int = 0
    documents: int = 0
    events: int = 0
    errors: int = 0
    failed: list[str] = field(default_factory=list)


def run_dask(parts: list[Partition], out: Path, scheduler: str | None, workers: int,
             kb_extra: tuple[str, ...] = (), on_done: Callable[[RunSummary], None] | None = None) -> RunSummary:
    summary = RunSummary(partitions=len(parts))
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.register_plugin(PipelinePlugin(kb_extra))
        futures = client.map(_task, parts, out=str(out), pure=False)
        index = {f.key: p for f, p in zip(futures, parts, strict=True)}
        for fut in as_completed(futures):
            try:
                res = fut.result()
            except Exception as exc:  # a bug on one partition must not lose the others
                summary.failed.append(f"{index[fut.key].id}: {type(exc).__name__}: {exc}")
                continue
            add(summary, res)
            if on_done:
                on_done(summary)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return summary


def add(summary: RunSummary, res: PartitionResult) -> None:
    if res.skipped:
        summary.skipped += 1
    summary.documents += res.documents
    summary.events += res.events
    summary.errors += res.errors
