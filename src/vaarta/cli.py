"""The ``vaarta`` command: thin wrappers that parse, call the library, and format."""

from __future__ import annotations

import json
import sys
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
