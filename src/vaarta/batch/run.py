"""The library side of ``vaarta run``: plan partitions, code them here or on Dask."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vaarta.batch import code_partition, plan, remove_stale_temporaries
from vaarta.batch.dask_runner import RunSummary, add


def run_corpus(inputs: list[str], out: Path, scheduler: str | None = None, workers: int = 2,
               lines: int = 2000, kb_extra: tuple[str, ...] = (),
               on_partition: Callable[[RunSummary], None] | None = None) -> RunSummary:
    """Code ``inputs`` into Parquet under ``out``. ``workers=0`` and no scheduler codes in this
    process; otherwise a Dask cluster does (a LocalCluster of ``workers`` processes when no
    scheduler address is given)."""
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    parts = plan(inputs, lines=lines)
    if scheduler is None and workers == 0:
        from vaarta.pipeline import load_pipeline

        pipeline = load_pipeline([Path(p) for p in kb_extra])
        summary = RunSummary(partitions=len(parts))
        for p in parts:
            add(summary, code_partition(p, out, pipeline))
            if on_partition:
                on_partition(summary)
        return summary
    from vaarta.batch.dask_runner import run_dask

    return run_dask(parts, out, scheduler, workers, kb_extra, on_done=on_partition)
