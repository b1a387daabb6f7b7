"""The ``vaarta`` command: thin wrappers that parse, call the library, and format."""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from vaarta import __version__

app = typer.Typer(
    help="vaarta — political event data from Hindi and English news, with the evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

KbExtra = Annotated[list[Path] | None, typer.Option("--kb-extra", help="Folder of extra KB files (same formats) merged over ours; repeatable.")]


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt .jsonl .csv .html), folders, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none, e.g. plain text.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (one event a line), table, or tsv.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write events here instead of stdout.")] = None,
    errors: Annotated[Path | None, typer.Option(help="Also write input errors to this file as JSONL.")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: when stdout is not a terminal).")] = None,
    kb_extra: KbExtra = None,
) -> None:
    """Read news and print the coded events (DESIGN.md section 4).

    Bad inputs are reported one line each on stderr (and in --errors FILE) and skipped;
    the exit status is non-zero only if no document could be read.
    """
    from vaarta.output import FORMATS
    from vaarta.runner import run_extract

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    stats = run_extract(inputs, _parse_date(published), fmt, output, errors, progress, kb_extra or [], err)
    if stats.docs == 0:
        err.print("[red]error:[/red] no document could be read")
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (id, lang, published, text, events[]).", exists=True, dir_okay=False)],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every false positive and false negative with its sentence.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    kb_extra: KbExtra = None,
) -> None:
    """Score the pipeline against gold events: precision, recall, F1, date/place/modality accuracy."""
    from vaarta.evaluate.run import evaluate_file, report

    score = evaluate_file(gold, kb_extra or [])
    if as_json:
        typer.echo(json.dumps(score.as_dict()))
    else:
        report(score, Console(), verbose)


@app.command()
def bench(
    docs: Annotated[int, typer.Option("--docs", "-n", min=1, help="How many documents to code.")] = 2000,
    size: Annotated[int, typer.Option(min=200, help="Approximate bytes per document.")] = 5000,
    source: Annotated[Path | None, typer.Option(help="Folder or file of Hindi articles to build the corpus from (default: the sample news).")] = None,
    profile: Annotated[Path | None, typer.Option(help="Write a cProfile report here (open with python -m pstats or snakeviz).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
) -> None:
    """Measure throughput on one core: articles/s, MB/s, events/s, time per stage, peak memory."""
    from vaarta.evaluate.bench import run_bench
    from vaarta.pipeline import load_pipeline

    t0 = time.perf_counter()
    pipeline = load_pipeline()
    load_s = time.perf_counter() - t0
    res = run_bench(pipeline, docs, size, source, profile).as_dict()
    res["load_seconds"] = round(load_s, 3)
    if as_json:
        typer.echo(json.dumps(res))
        return
    typer.echo(f"{res['docs']} docs, {res['mb']} MB in {res['seconds']} s (pipeline loaded in {res['load_seconds']} s)")
    typer.echo(f"{res['docs_per_s']} articles/s · {res['mb_per_s']} MB/s · {res['events_per_s']} events/s")
    typer.echo("time per stage: " + ", ".join(f"{k} {v:.0%}" for k, v in res["stage_share"].items()))
    typer.echo(f"peak memory (max RSS): {res['max_rss_mb']} MB")


kb_app = typer.Typer(help="Inspect and validate the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("check")
def kb_check(kb_extra: KbExtra = None, quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Errors only.")] = False) -> None:
    """Validate the KB files: codes, dates, duplicate keys, aliases that are common words."""
    from vaarta.kb.check import check_kb

    report = check_kb(kb_extra or [])
    for e in report.errors:
        err.print(f"[red]error[/red] {e}", highlight=False)
    if not quiet:
        for w in report.warnings:
            err.print(f"[yellow]warning[/yellow] {w}", highlight=False)
    typer.echo(", ".join(f"{k}: {v}" for k, v in report.counts.items()))
    typer.echo(f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    if not report.ok:
        raise typer.Exit(1)


@kb_app.command("find")
def kb_find(
    name: Annotated[str, typer.Argument(help="A name or phrase as news writes it, e.g. 'रूस के विदेश मंत्री'.")],
    on: Annotated[str | None, typer.Option("--date", help="Resolve offices on this day (YYYY-MM-DD).")] = None,
    kb_extra: KbExtra = None,
) -> None:
    """Show how a name resolves: every KB entry it matches, and the actor it makes."""
    from vaarta.kb.check import find_name

    _parse_date(on)
    lines = find_name(name, on, kb_extra or [])
    if not lines:
        typer.echo("no match")
        raise typer.Exit(1)
    for line in lines:
        typer.echo(line)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()


if __name__ == "__main__":
    main()
