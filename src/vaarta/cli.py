"""The ``vaarta`` command: thin wrappers that parse, call the library, and format."""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from vaarta import __version__
from vaarta.cli_help import plain_help
from vaarta.settings import Settings, SettingsError, load_settings

plain_help()

app = typer.Typer(
    help="vaarta — political event data from Hindi and English news, with the evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)  # one line a message: grep-able, never wrapped


def _print_version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """vaarta — political event data from Hindi and English news, with the evidence."""

KbExtra = Annotated[list[Path] | None, typer.Option("--kb-extra", help="Folder of extra KB files (same formats) merged over ours; repeatable.")]


Db = Annotated[str | None, typer.Option("--db", help="Database URL (default: VAARTA_DB, the settings file, or "
                                                    "sqlite:///vaarta.db; postgresql+psycopg://… for a server).")]


def _settings(**overrides: Any) -> Settings:
    """Shipped defaults, the settings file, the environment, then these options."""
    try:
        return load_settings(**overrides)
    except SettingsError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _kb(kb_extra: list[Path] | None) -> list[Path]:
    return list(kb_extra) if kb_extra else [Path(p) for p in _settings().kb_extra]


def _store(db: str | None, must_exist: bool = False):  # type: ignore[no-untyped-def]
    """The store at ``db``; with ``must_exist`` a database that is not there is an error
    (only ingest creates one: a mistyped path must not answer with an empty store)."""
    from vaarta.store import StoreError, open_store

    try:
        return open_store(_settings(db=db).db, create=not must_exist)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


def _spellings():  # type: ignore[no-untyped-def]
    """The KB's spellings across scripts ("Putin" -> पुतिन), for searches and name filters."""
    from vaarta.kb import load_kb
    from vaarta.kb.spellings import Spellings

    return Spellings(load_kb([Path(p) for p in _settings().kb_extra]))


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
    stats = run_extract(inputs, _parse_date(published), fmt, output, errors, progress, _kb(kb_extra), err)
    if stats.docs == 0:
        err.print("[red]error:[/red] no document could be read")
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (id, lang, published, text, events[]).", exists=True, dir_okay=False)],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Figures by type, and every miss grouped by cause (no frame, actor unresolved, wrong direction, wrong participants; wrong type; wrong modality/date/place) with its sentence.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    kb_extra: KbExtra = None,
) -> None:
    """Score the pipeline against gold events: precision, recall, F1, date/place/modality accuracy."""
    from vaarta.evaluate.gold import GoldError
    from vaarta.evaluate.run import as_json as score_json
    from vaarta.evaluate.run import evaluate_file, report

    try:
        score = evaluate_file(gold, _kb(kb_extra))
    except GoldError as exc:  # a bad line names its file and line, not a traceback
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(score_json(score)))
    else:
        report(score, Console(), verbose)


@app.command()
def bench(
    docs: Annotated[int, typer.Option("--docs", "-n", min=1, help="How many documents to code.")] = 2000,
    size: Annotated[int, typer.Option(min=200, help="Approximate bytes per document.")] = 5000,
    source: Annotated[Path | None, typer.Option(help="Folder or file of articles to build the corpus from (default: the sample news).")] = None,
    lang: Annotated[str, typer.Option(help="Code the articles of this language in --source (hi, en).")] = "hi",
    profile: Annotated[Path | None, typer.Option(help="Write a cProfile report here (open with python -m pstats or snakeviz).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    store_events: Annotated[int, typer.Option(min=0, help="Instead: fill a store with this many synthetic coded events (--db, default a temporary SQLite file; a store holding as many already is used as it is), then time one article's ingest and every page and API call.")] = 0,
    repeat: Annotated[int, typer.Option(min=3, max=1000, help="With --store-events: requests per page or API call (fewer, at least 3, for one that takes over 20 s in all).")] = 20,
    db: Db = None,
    http: Annotated[str | None, typer.Option(help="Instead: load-test this URL of a running 'vaarta serve', e.g. http://127.0.0.1:8000/api/events.")] = None,
    requests: Annotated[int, typer.Option(min=1, help="With --http: how many requests.")] = 2000,
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="With --http: how many at once.")] = 8,
    slow_clients: Annotated[int, typer.Option(min=0, max=64, help="With --http: connections that trickle a request in meanwhile.")] = 0,
) -> None:
    """Measure throughput on one core: articles/s, MB/s, events/s, time per stage, peak memory.

    With --store-events N: a store of N synthetic but realistic coded events (the sample
    news with states redrawn and dates spread over ten years, written through the store's own
    write path), its write rate and size, the time and peak memory of `vaarta ingest` of one
    more article, and the p50/p95 latency of every page and API call, one request at a time
    in this process. Keep the store with --db sqlite:///big.db and measure it again later.
    With --http URL: a bounded load test of a running server (latency p50/p99, errors)."""
    from vaarta.evaluate.bench import run_bench, run_store_bench
    from vaarta.pipeline import load_pipeline

    if http:
        from vaarta.evaluate.loadtest import run_load

        r = run_load(http, requests, concurrency, slow_clients)
        typer.echo(json.dumps(r.as_dict()) if as_json else
                   f"{r.requests} requests, {r.concurrency} at once, {r.slow_clients} slow clients: "
                   f"{r.requests_per_s} requests/s, p50 {r.p50_ms} ms, p99 {r.p99_ms} ms, max {r.max_ms} ms, "
                   f"{r.errors} errors")
        raise typer.Exit(1 if r.errors else 0)

    t0 = time.perf_counter()
    pipeline = load_pipeline()
    if store_events:
        import tempfile

        def show(t) -> None:  # type: ignore[no-untyped-def]
            err.print(f"{t.p50_ms:>9} ms p50 {t.p95_ms:>9} ms p95  {t.status}  {t.path}", highlight=False)

        with tempfile.TemporaryDirectory() as tmp:
            figures = run_store_bench(pipeline, store_events, db or f"sqlite:///{tmp}/bench.db", repeat, show)
        if as_json:
            typer.echo(json.dumps(figures))
            return
        from vaarta.evaluate.latency import Timing, as_table

        if figures["open_seconds"] >= 1:
            typer.echo(f"opened (and upgraded) in {figures['open_seconds']} s")
        if "written" in figures:
            typer.echo(f"wrote {figures['written']['events']} events in {figures['written']['documents']} documents "
                       f"in {figures['write_seconds']} s ({figures['events_per_s']} events/s)")
        typer.echo(f"store: {figures['events']} events, {figures['documents']} documents"
                   + (f", {figures['sqlite_mb']} MB" if "sqlite_mb" in figures else ""))
        one = figures["one_article_ingest"]
        typer.echo(f"one article's ingest: {one['seconds']} s, peak memory {one['max_rss_mb']} MB")
        typer.echo(as_table([Timing(**t) for t in figures["requests"]]))
        return
    load_s = time.perf_counter() - t0
    try:
        res = run_bench(pipeline, docs, size, source, profile, lang).as_dict()
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--source/--lang") from exc
    res["load_seconds"] = round(load_s, 3)
    if as_json:
        typer.echo(json.dumps(res))
        return
    typer.echo(f"{res['docs']} docs, {res['mb']} MB in {res['seconds']} s (pipeline loaded in {res['load_seconds']} s)")
    typer.echo(f"{res['docs_per_s']} articles/s · {res['sentences_per_s']} sentences/s · {res['mb_per_s']} MB/s · "
               f"{res['events_per_s']} events/s")
    typer.echo("time per stage: " + ", ".join(f"{k} {v:.0%}" for k, v in res["stage_share"].items()))
    typer.echo(f"peak memory (max RSS): {res['max_rss_mb']} MB")


@app.command()
def ingest(
    inputs: Annotated[list[str] | None, typer.Argument(help="Files, folders, or - for stdin (as for extract).")] = None,
    db: Db = None,
    from_parquet: Annotated[Path | None, typer.Option(help="Store what `vaarta run` coded into this folder instead.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    recode: Annotated[bool, typer.Option(help="Code documents already stored again and replace their events.")] = False,
    errors: Annotated[Path | None, typer.Option(help="Also write input errors to this file as JSONL.")] = None,
    batch: Annotated[int, typer.Option(min=1, max=10000, help="Documents per transaction.")] = 200,
    kb_extra: KbExtra = None,
) -> None:
    """Code news and keep it: documents, sentences and events go into the store.

    Idempotent: a document already stored (same id or same text) is skipped, or recoded with
    --recode. Writes happen in batches; an interrupted run is completed by running it again."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from vaarta.pipeline import load_pipeline
    from vaarta.store.ingest import ingest as run_ingest

    day = _parse_date(published)
    if not inputs and from_parquet is None:
        raise typer.BadParameter("give files or folders to read, or --from-parquet DIR")
    store = _store(db)
    if from_parquet is not None:
        from vaarta.store.ingest import ingest_parquet
        from vaarta.stories import update_stories

        if not from_parquet.is_dir():
            raise typer.BadParameter(f"{from_parquet} is not a folder")
        got = ingest_parquet(from_parquet, store, recode, batch)
        if got.added or got.recoded or store.ungrouped():
            update_stories(store, full=bool(got.recoded))  # recoded events may have left their groups
        typer.echo(f"{got.added + got.recoded} documents stored from {from_parquet}, {got.skipped} already stored")
        return
    pipeline = load_pipeline(_kb(kb_extra))
    err_fh = errors.open("w", encoding="utf-8") if errors else None

    def on_error(item) -> None:  # type: ignore[no-untyped-def]
        err.print(f"[yellow]skipped[/yellow] {item}", highlight=False)
        if err_fh:
            err_fh.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")

    start = time.perf_counter()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task("ingesting")

        def on_progress(s) -> None:  # type: ignore[no-untyped-def]
            rate = s.read / max(time.perf_counter() - start, 1e-9)
            bar.update(task, description=f"{s.read} read · {s.added} added · {s.skipped} known · {rate:.0f} docs/s")

        stats = run_ingest(inputs, store, pipeline, day, recode, batch=batch, on_error=on_error,
                           on_progress=on_progress)
    if err_fh:
        err_fh.close()
    from vaarta.stories import update_stories

    # (also when nothing is new but an earlier run was stopped before grouping: this repairs it)
    st = update_stories(store, full=bool(stats.recoded)) if stats.added or stats.recoded or store.ungrouped() else None
    typer.echo(f"{stats.read} read, {stats.added} added, {stats.recoded} recoded, {stats.skipped} already stored, "
               f"{stats.events} events, {stats.errors} input errors")
    if st:
        typer.echo(f"{st.stories} stories over {st.documents} documents; {st.events} events in {st.clusters} happenings")
    if stats.read == 0:
        raise typer.Exit(1)


@app.command("watch")
def watch_cmd(
    sources: Annotated[list[str] | None, typer.Argument(help="Feed (RSS/Atom), sitemap or home-page URLs, or files "
                                                             "listing them one a line (# comments). None: the sources "
                                                             "watched before in this database.")] = None,
    db: Db = None,
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit (for cron).")] = False,
    every: Annotated[str, typer.Option(help="Time from one pass to the next: 90s, 15m, 1h.")] = "15m",
    since: Annotated[str | None, typer.Option(help="Leave out articles published before this day (YYYY-MM-DD).")] = None,
    lang: Annotated[str | None, typer.Option(help="Keep only articles in this language (hi, en); others are errors.")] = None,
    report: Annotated[bool, typer.Option("--report", help="Show what was watched: every feed's last poll and "
                                                          "articles, and the article errors; then exit.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="With --report: one JSON object.")] = False,
    delay: Annotated[float | None, typer.Option(min=0, max=3600, help="Seconds between two requests to one host "
                                                                      "(default: the watch_delay setting, 1).")] = None,
    timeout: Annotated[float, typer.Option(min=0.1, max=600, help="Seconds a response may take.")] = 20.0,
    retries: Annotated[int, typer.Option(min=0, max=10, help="More tries after a 5xx, a 429 or a timeout.")] = 2,
    contact: Annotated[str | None, typer.Option(help="E-mail or URL for site owners, sent in the User-Agent "
                                                     "(default: the contact setting, VAARTA_CONTACT).")] = None,
    kb_extra: KbExtra = None,
) -> None:
    """Watch news outlets: poll feeds, sitemaps and home pages, fetch each new article, code
    it and store it; again every --every until stopped (Ctrl+C), or once with --once.

    Polite: robots.txt, one request at a time, a delay per host, conditional requests.
    Every URL seen is kept in the store, so a stopped watch goes on where it was and an
    article listed twice is stored once. Errors are kept per feed and per article
    (--report) and never stop the watch."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from vaarta.pipeline import load_pipeline
    from vaarta.watch import Fetcher, Politeness, Watcher, watch
    from vaarta.watch import state as watch_state
    from vaarta.watch.run import parse_every, read_sources

    if report:
        _print_watch_report(watch_state.report(_store(db, must_exist=True)), as_json)
        return
    try:
        period = parse_every(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None
    if lang is not None and not (lang.isascii() and lang.isalpha() and 2 <= len(lang) <= 3):
        raise typer.BadParameter(f"{lang!r} is not a language code such as hi or en", param_hint="--lang")
    urls, problems = read_sources(sources or [])
    for p in problems:
        err.print(f"[yellow]skipped[/yellow] {escape(p)}", highlight=False, soft_wrap=True)
    if sources and not urls:
        err.print("[red]error:[/red] no source to watch in the arguments")
        raise typer.Exit(2)
    store = _store(db)
    if not urls and not watch_state.sources(store):
        raise typer.BadParameter("give feeds, sitemaps or home pages to watch (URLs, or files listing them)")
    settings = _settings(contact=contact, watch_delay=delay)
    if not settings.contact:
        err.print("[dim]tip: --contact or VAARTA_CONTACT puts an address in the User-Agent, for site owners[/dim]",
                  soft_wrap=True)
    fetcher = Fetcher(Politeness(delay=settings.watch_delay, timeout=timeout, retries=retries, contact=settings.contact))
    pipeline = load_pipeline(_kb(kb_extra))
    day = _parse_date(since)
    passes = 0
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task("watching")

        def on_progress(s) -> None:  # type: ignore[no-untyped-def]
            bar.update(task, description=f"pass {passes + 1} · {s.polled} feeds polled · {s.stored} new articles · "
                                         f"{s.events} events · {s.feed_errors + s.errors} errors")

        def on_pass(s) -> None:  # type: ignore[no-untyped-def]
            nonlocal passes
            passes += 1
            line = (f"{s.polled} feeds polled ({s.unchanged} unchanged, {s.feed_errors} failed), {s.found} new links: "
                    f"{s.stored} articles stored, {s.duplicates} duplicates, {s.skipped} too old, {s.events} events, "
                    f"{s.errors} article errors")
            if once:
                typer.echo(line)
            else:
                bar.console.print(f"{time.strftime('%H:%M:%S')} pass {passes}: {line}", highlight=False, soft_wrap=True)

        def on_error(exc: Exception) -> None:
            bar.console.print(f"[red]pass failed:[/red] {escape(str(exc))}; trying again in {every}", highlight=False,
                              soft_wrap=True)

        watcher = Watcher(store, pipeline, fetcher, since=day, lang=lang, on_progress=on_progress)
        try:
            last = watch(watcher, urls, period, once=once, on_pass=on_pass, on_error=on_error)
        except KeyboardInterrupt:
            err.print(f"stopped after {passes} passes; run again to go on where it was", highlight=False)
            return
    if last is not None and (last.feed_errors or last.errors):
        err.print("errors are kept: `vaarta watch --report` lists them", highlight=False)
    if last is not None and last.polled and last.feed_errors == last.polled:
        raise typer.Exit(1)  # no listing could be read at all


def _print_watch_report(r: dict[str, Any], as_json: bool) -> None:
    from vaarta.web.views import as_json as plain

    if as_json:
        typer.echo(json.dumps(plain(r), ensure_ascii=False))
        return
    if not r["feeds"]:
        typer.echo("nothing watched yet")
        return
    for f in r["feeds"]:
        counts = f["through"] if f["source"] else f["articles"]
        when = f["last_polled"].strftime("%Y-%m-%d %H:%M") if f["last_polled"] else "never polled"
        answer = f"error: {f['last_error']}" if f["last_error"] else f"HTTP {f['last_status']}" if f["last_status"] else ""
        typer.echo(f"{'' if f['source'] else '  └ '}{f['url']}\t{f['kind'] or '?'}\t{when}\t{answer}\t"
                   f"{counts['stored']} stored, {counts['duplicate']} duplicates, {counts['error']} errors, "
                   f"{counts['pending']} pending")
    t = r["totals"]
    typer.echo(f"{len(r['feeds'])} listings ({r['feed_errors']} failing); {sum(t.values())} article URLs: "
               f"{t['stored']} stored, {t['duplicate']} duplicates, {t['skipped']} too old, {t['error']} errors, "
               f"{t['pending']} pending")
    if r["article_errors"]:
        typer.echo("article errors:")
    for e in r["article_errors"]:
        again = "; will retry" if e["will_retry"] else ""
        typer.echo(f"  {e['url']}\t{e['error']} ({e['attempts']} tries{again})\tfrom {e['feed'] or '?'}")
    if r["article_errors_total"] > len(r["article_errors"]):
        typer.echo(f"  … and {r['article_errors_total'] - len(r['article_errors'])} older ones")


@app.command("events")
def events_cmd(
    db: Db = None,
    actor: Annotated[str | None, typer.Option(help="Actor: a code in capitals (RUS, NATO, IMG) or part of a name (Putin).")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient: a code in capitals or part of a name.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, future, hypothetical, historical or negated.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this day, month or year (2024-07-08, 2024-07, 2024).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this day, month or year.")] = None,
    place: Annotated[str | None, typer.Option(help="Place name or country code.")] = None,
    pair: Annotated[str | None, typer.Option(help="Two codes, e.g. RUS,USA: events between them, either way.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only the events of this document id.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
    limit: Annotated[int, typer.Option(min=1, help="At most this many events (largest allowed: 10,000; "
                                                   "stderr says when more match).")] = 50,
) -> None:
    """Query stored events, newest first. Says on stderr how many match when the list is cut."""
    from vaarta.store import filters

    if fmt not in ("table", "jsonl", "csv"):
        raise typer.BadParameter("--format must be table, jsonl or csv")
    if limit > filters.MAX_LIMIT:
        raise typer.BadParameter(f"--limit is at most {filters.MAX_LIMIT:,}; page with --since/--until for more")
    given = {"actor": actor, "recipient": recipient, "type": type_, "modality": modality, "since": since,
             "until": until, "place": place, "pair": pair, "doc": doc}
    try:
        chosen, _ = filters.parse(given, strict=True)
    except filters.FilterError as exc:
        err.print(f"[red]error:[/red] --{exc.name}: {escape(exc.message)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    store = _store(db, must_exist=True)
    spell = _spellings() if any(k in chosen for k in ("actor", "recipient", "place")) else None
    rows = store.events(filters.event_query(chosen, limit, spellings=spell))
    cap = max(limit, 100_000)
    total = store.count_events(filters.event_query(chosen, spellings=spell), cap=cap) if len(rows) == limit else len(rows)
    _print_event_rows(rows, fmt, store.documents_meta([r["doc_id"] for r in rows]) if fmt == "csv" else None)
    if total > len(rows):
        of = f"more than {cap:,}" if total > cap else f"{total:,}"
        err.print(f"{len(rows):,} of {of} matching events shown; raise --limit to see more", highlight=False)
    elif fmt == "table":
        err.print(f"{total:,} matching events", highlight=False)


def _print_event_rows(rows: list[dict], fmt: str, meta: dict[str, dict] | None = None) -> None:  # type: ignore[type-arg]
    from vaarta.export.table import write_event_csv
    from vaarta.model import Event
    from vaarta.output import write_table

    if fmt == "jsonl":
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        write_event_csv(rows, meta or {}, sys.stdout)
    else:
        write_table([Event.from_dict(r) for r in rows], Console(width=200 if not sys.stdout.isatty() else None))


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files and folders (JSONL/CSV files are split by lines).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet output (created if missing).")],
    dask: Annotated[str | None, typer.Option("--dask", help="Address of a running Dask scheduler (tcp://host:8786).")] = None,
    workers: Annotated[int, typer.Option(min=0, help="Local worker processes when no --dask is given; 0 codes in this process.")] = 2,
    lines: Annotated[int, typer.Option(min=1, help="Lines of a JSONL/CSV file per partition.")] = 2000,
    kb_extra: KbExtra = None,
) -> None:
    """Code a corpus in parallel partitions into Parquet (documents, events, errors).

    Partitions already written are skipped, so a stopped run is resumed by running it again.
    Load the result with `vaarta ingest --from-parquet DIR` or query it with DuckDB."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from vaarta.batch import plan
    from vaarta.batch.run import run_corpus

    n_parts = len(plan(inputs, lines=lines))
    if not n_parts:
        err.print("[red]error:[/red] nothing to read in the inputs")
        raise typer.Exit(1)
    start = time.perf_counter()
    with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("partitions · {task.fields[docs]} docs"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task("run", total=n_parts, docs=0)
        summary = run_corpus(inputs, out, dask, workers, lines, tuple(str(p) for p in _kb(kb_extra)),
                             on_partition=lambda s: bar.update(task, advance=1, docs=s.documents))
    seconds = time.perf_counter() - start
    typer.echo(f"{summary.partitions} partitions ({summary.skipped} already done), {summary.documents} documents, "
               f"{summary.events} events, {summary.errors} input errors in {seconds:.1f} s "
               f"({summary.documents / max(seconds, 1e-9):.0f} docs/s)")
    for f in summary.failed:
        err.print(f"[red]failed[/red] partition {f}", highlight=False)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in article text (Hindi or English).")],
    db: Db = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
) -> None:
    """Full-text search over stored articles, with highlighted snippets."""
    store = _store(db, must_exist=True)
    hits = store.search(query, limit, tuple(_spellings().of(query)[1:]))
    for h in hits:
        typer.echo(f"{h['id']}\t{h['published'] or ''}\t{h['title'] or ''}\n    {h['snippet']}")
    if not hits:
        typer.echo("no match")


@app.command()
def stories(db: Db = None, limit: Annotated[int, typer.Option(min=1, max=10000)] = 30) -> None:
    """Stories: groups of copies and rewrites of one article (largest first)."""
    for s in _store(db, must_exist=True).stories(limit):
        span = f"{s['first'] or ''}..{s['last'] or ''}"
        typer.echo(f"{s['story_id']}\t{s['documents']} documents\t{span}\t{s['title'] or ''}")


@app.command()
def stats(db: Db = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts by type, top dyads, events per month."""
    s = _store(db, must_exist=True).stats()
    if as_json:
        typer.echo(json.dumps(s, ensure_ascii=False))
        return
    typer.echo(f"{s['documents']} documents, {s['events']} events")
    typer.echo("by type: " + ", ".join(f"{k} {v}" for k, v in s["by_type"].items()))
    typer.echo("top dyads: " + ", ".join(f"{d['actors']}→{d['recipients'] or '—'} {d['events']}" for d in s["top_dyads"]))
    typer.echo("per month: " + ", ".join(f"{m} {n}" for m, n in s["per_month"].items()))


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt, plover, icews or parquet.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write; - (the default) writes to stdout.")] = Path("-"),
    db: Db = None,
) -> None:
    """Export every stored event for GDELT, PLOVER or ICEWS users, or as Parquet.

    Writes to stdout unless -o names a file (the count then goes to stderr)."""
    from vaarta.export import EXPORTERS, export_events

    if fmt not in EXPORTERS:
        raise typer.BadParameter(f"--format must be one of {', '.join(EXPORTERS)}")
    if fmt == "parquet" and str(output) == "-" and sys.stdout.isatty():
        raise typer.BadParameter("Parquet is binary: give -o FILE, or pipe stdout to a file")
    n = export_events(fmt, _store(db, must_exist=True).iter_events(), output)
    err.print(f"{n} events written to {'stdout' if str(output) == '-' else output}", highlight=False)


lexicon_app = typer.Typer(help="Inspect the coder's frames.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("coverage")
def lexicon_coverage(
    lang: Annotated[str, typer.Option("--lang", help="hi or en: whose frames to count.")] = "hi",
    missing: Annotated[bool, typer.Option("--missing", help="List every CAMEO code with no frame yet.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures and codes as one JSON object.")] = False,
) -> None:
    """Which CAMEO event codes have a frame: covered/listed codes per PLOVER type, and with
    --missing the codes still to write. A frame covers exactly the code it is coded with."""
    from vaarta.coding.coverage import coverage, reference_codes, summary
    from vaarta.coding.english import EnglishLexicon
    from vaarta.coding.lexicon import Lexicon

    if lang not in ("hi", "en"):
        err.print(f"[red]error:[/red] --lang must be hi or en, not {escape(lang)!r}", highlight=False)
        raise typer.Exit(2)
    lex = Lexicon.load()
    frames = lex.frames if lang == "hi" else EnglishLexicon.load(lex.cameo).frames
    own = {c: k.plover or "" for c, k in lex.cameo.items()}
    rows = coverage([(f.id, f.cameo) for f in frames], own, reference_codes())
    totals = summary(rows)
    if as_json:
        typer.echo(json.dumps({"lang": lang, "by_type": {t: {"covered": d, "codes": n} for t, (d, n) in totals.items()},
                               "missing": [{"code": r.code, "name": r.name, "plover": r.plover} for r in rows if not r.frames]},
                              ensure_ascii=False))
        return
    for t, (d, n) in totals.items():
        typer.echo(f"{t:<10} {d:>3} of {n:>3} codes")
    done = sum(d for d, _ in totals.values())
    typer.echo(f"{'all':<10} {done:>3} of {sum(n for _, n in totals.values()):>3} codes ({len(frames)} {lang} frames)")
    if missing:
        for r in rows:
            if not r.frames:
                typer.echo(f"{r.code}\t{r.plover}\t{r.name}")


kb_app = typer.Typer(help="Inspect and validate the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("check")
def kb_check(kb_extra: KbExtra = None, quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Errors only.")] = False) -> None:
    """Validate the KB files: codes, dates, duplicate keys, aliases that are common words."""
    from vaarta.kb.check import check_kb

    report = check_kb(_kb(kb_extra))
    for e in report.errors:
        err.print(f"[red]error[/red] {e}", highlight=False)
    if not quiet:
        for w in report.warnings:
            err.print(f"[yellow]warning[/yellow] {w}", highlight=False)
        for n in report.notes:
            err.print(f"note {escape(n)}", highlight=False)
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
    lines = find_name(name, on, _kb(kb_extra))
    if not lines:
        typer.echo("no match")
        raise typer.Exit(1)
    for line in lines:
        typer.echo(line)


@app.command()
def serve(
    db: Db = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Serve the web pages (events with their evidence, dyad timeline, actor network, map,
    search) and the JSON API under /api/ (described at /docs).

    Read-only unless the VAARTA_TOKEN environment variable is set: POST /api/ingest then
    codes and stores the documents sent with 'Authorization: Bearer <token>'.
    """
    import uvicorn

    from vaarta.web.api import create_app

    store = _store(db, must_exist=True)
    settings = _settings()
    typer.echo(f"vaarta: serving {store.count('documents')} documents, {store.count('events')} events "
               f"at http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(create_app(store=store, token=settings.token or "", max_body=settings.max_body), host=host, port=port, log_level="warning")


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
