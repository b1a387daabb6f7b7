"""Run the pipeline over inputs and write events: the library side of ``vaarta extract``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from vaarta.ingest import InputError, read_inputs
from vaarta.model import Doc, Event
from vaarta.output import write_jsonl, write_table, write_tsv
from vaarta.pipeline import load_pipeline

PROGRESS_AFTER = 30  # documents: show a bar on long runs even on a terminal


@dataclass
class RunStats:
    docs: int = 0
    events: int = 0
    errors: int = 0


def run_extract(inputs: list[str], published: date | None, fmt: str, output: Path | None,
                errors: Path | None, progress: bool | None, kb_extra: list[Path], err: Console) -> RunStats:
    pipeline = load_pipeline(kb_extra)
    stats = RunStats()
    with ExitStack() as stack:
        out = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        err_file = stack.enter_context(errors.open("w", encoding="utf-8")) if errors else None
        show = progress if progress is not None else (output is not None or not sys.stdout.isatty())
        bar = stack.enter_context(Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(),
                                           MofNCompleteColumn(), TextColumn("docs · {task.fields[events]} events"),
                                           TimeElapsedColumn(), console=err, transient=True))
        task = bar.add_task("coding", total=None, events=0, visible=bool(show))

        def docs() -> Iterator[Doc]:
            for item in read_inputs(inputs, published):
                if isinstance(item, InputError):
                    stats.errors += 1
                    err.print(f"[yellow]skipped[/yellow] {item}", highlight=False, markup=True)
                    if err_file:
                        err_file.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
                    continue
                yield item

        def events() -> Iterator[Event]:
            for doc in pipeline.pipe(docs()):
                stats.docs += 1
                stats.events += len(doc.events)
                if stats.docs == PROGRESS_AFTER and not show:
                    bar.update(task, visible=True)
                bar.update(task, advance=1, events=stats.events)
                yield from doc.events

        if fmt == "jsonl":
            write_jsonl(events(), out)
        elif fmt == "tsv":
            write_tsv(events(), out)
        else:
            collected = list(events())
            bar.stop()
            wide = output is not None or not sys.stdout.isatty()
            console = Console(file=out, width=200 if wide else None, soft_wrap=False)
            write_table(collected, console)
    err.print(f"{stats.docs} documents, {stats.events} events, {stats.errors} input errors", highlight=False)
    return stats
