"""JSON API over a store: ``create_app(url)`` -> FastAPI app; OpenAPI at ``/docs``.

Read-only. Every list is paginated with a capped ``limit``; errors come back as JSON
(``{"error": ...}``) without stack traces; filters reach the database only as bound
parameters.
"""

from __future__ import annotations

import base64
import hmac
import io
import json
import re
import threading
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from vaarta import __version__
from vaarta.export.table import EVENT_CSV_COLUMNS, event_csv_row, write_event_csv
from vaarta.ingest import InputError, items_from_body
from vaarta.ontology import EVENT_TYPES, MODALITIES
from vaarta.settings import load_settings
from vaarta.store import Store, filters, open_store
from vaarta.store.filters import MAX_LIMIT
from vaarta.store.ingest import IngestStats, ingest_items
from vaarta.store.sql import TOTAL_CAP
from vaarta.stories import update_stories
from vaarta.web.pages import SECURITY_HEADERS, add_pages, templates
from vaarta.web.views import Names

if TYPE_CHECKING:
    from vaarta.kb import KnowledgeBase
    from vaarta.kb.spellings import Spellings
    from vaarta.pipeline import Pipeline

MAX_ERRORS_SHOWN = 100
DOWNLOAD_LIMIT = 100_000  # events in one download; `vaarta export` writes any number
MAX_OFFSET = 10_000  # deeper pages go by cursor: an offset makes the database walk every row before it
EDGES_SHOWN = 500  # network edges on one page of /api/network unless limit says otherwise
MAX_EDGES = 5_000  # the most on one page: sending 35,000 edges took longer than reading them


def _encode(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def _make_cursor(row: dict[str, Any]) -> str:
    return _encode([row["date"], row["event_id"]])


def _read_edge_cursor(cursor: str) -> tuple[int, str, str]:
    """The key (events, source, target) of the last edge of a network page."""
    try:
        n, source, target = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if type(n) is int and n >= 1 and isinstance(source, str) and isinstance(target, str):
            return n, source, target
    except (ValueError, TypeError):
        pass
    raise HTTPException(422, "cursor: not a cursor this API gave; use next from the previous page")


def _read_cursor(cursor: str) -> tuple[str | None, str]:
    try:
        day, event_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if (day is None or isinstance(day, str)) and isinstance(event_id, str):
            return day, event_id
    except (ValueError, TypeError):
        pass
    raise HTTPException(422, "cursor: not a cursor this API gave; use next_cursor from the previous page")
_CODE = re.compile(r"^[A-Z]{2,5}$")


def _filter_params(
    actor: Annotated[str | None, Query(description="A code in capitals (RUS, NATO, IMG) or part of a name.")] = None,
    recipient: Annotated[str | None, Query(description="As actor, for the recipient.")] = None,
    type: Annotated[str | None, Query(description=f"One of {', '.join(EVENT_TYPES)}.")] = None,  # noqa: A002
    modality: Annotated[str | None, Query(description=f"One of {', '.join(MODALITIES)}.")] = None,
    since: Annotated[str | None, Query(description="On or after: 2024, 2024-07 or 2024-07-08.")] = None,
    until: Annotated[str | None, Query(description="On or before, as since.")] = None,
    place: Annotated[str | None, Query(description="Place name or country code.")] = None,
    pair: Annotated[str | None, Query(description="Two codes, e.g. RUS,USA: events between them, either way.")] = None,
    doc: Annotated[str | None, Query(description="One document's id.")] = None,
) -> None:
    """The event filters, declared once for the OpenAPI description; routes read and check
    them with ``filters.parse`` (the same checks as the pages and the CLI)."""


class _BodyLimit:
    """ASGI middleware: 413 for a body over ``limit`` bytes, told by Content-Length or found
    while it streams in (chunked uploads cannot slip past)."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(self.limit)(scope, receive, send)
            return
        seen = 0

        async def counted() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await _too_large(self.limit)(scope, receive, send)


class _SecurityHeaders:
    """ASGI middleware: SECURITY_HEADERS on every response that does not set its own. Plain
    ASGI, not Starlette's ``@app.middleware("http")``, which copies each body through a
    stream (a third of the events page's CPU time went there)."""

    HEADERS = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                have = {k.lower() for k, _ in headers}
                message = {**message, "headers": headers + [h for h in self.HEADERS if h[0] not in have]}
            await send(message)

        await self.app(scope, receive, with_headers)


class _TooLarge(Exception):
    pass


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"error": f"request body too large: the limit is {limit:,} bytes; "
                                  "send the documents in several requests"}, status_code=413)


class _LazyNames:
    """The KB and its spellings, loaded when a page first needs them (a name in a filter or
    a search, the timeline's suggestions, an actor page): the pipeline's when it is loaded,
    else the KB alone."""

    def __init__(self, state: Any, lock: threading.Lock) -> None:
        self.state, self.lock = state, lock

    def _get(self) -> Names:
        with self.lock:  # loaded once
            if self.state.pipeline is not None:
                return self.state.pipeline
            if self.state.names is None:
                from vaarta.kb import load_kb
                from vaarta.kb.spellings import KbNames

                self.state.names = KbNames(load_kb())
            return self.state.names

    @property
    def kb(self) -> KnowledgeBase:
        return self._get().kb

    @property
    def spellings(self) -> Spellings:
        return self._get().spellings


def create_app(url: str | None = None, store: Store | None = None, token: str | None = None,
               pipeline: Pipeline | None = None, max_body: int | None = None) -> FastAPI:
    """``token`` enables ``POST /api/ingest``; it, ``max_body`` and ``url`` default to the
    settings (``vaarta.settings``: file, then VAARTA_TOKEN / VAARTA_MAX_BODY / VAARTA_DB)."""
    settings = load_settings()
    app = FastAPI(title="vaarta", version=__version__, docs_url=None, redoc_url=None,
                  description="Political events from Hindi and English news, each with its evidence.")
    app.state.store = store or open_store(url or settings.db)
    app.state.token = (token if token is not None else settings.token) or None
    # loaded on first use: the KB for names in any script; the pipeline only to code what
    # POST /api/ingest brings (and to mark events stored before spans were kept)
    app.state.pipeline = pipeline
    app.state.names = None
    lock = threading.Lock()
    names = _LazyNames(app.state, lock)
    app.add_middleware(_BodyLimit, limit=max_body or settings.max_body)

    app.add_middleware(_SecurityHeaders)

    def _wants_html(request: Request) -> bool:
        path = request.url.path
        return not (path.startswith("/api/") or path.endswith(".json")) and "text/html" in request.headers.get("accept", "")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:  # no stack traces to clients
        if _wants_html(request):
            return templates.TemplateResponse(request, "error.html", {"status": 500, "nav": "",
                                              "message": "Something went wrong on our side."}, status_code=500)
        return JSONResponse({"error": "internal error", "kind": type(exc).__name__}, status_code=500)

    @app.exception_handler(StarletteHTTPException)  # FastAPI's and the router's own (a path it does not know)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_html(request):
            message = "No page here." if exc.status_code == 404 and exc.detail == "Not Found" else exc.detail
            return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "nav": "",
                                              "message": message}, status_code=exc.status_code,
                                              headers=getattr(exc, "headers", None))
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)  # a parameter FastAPI checks (limit=0): the same shape
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ())[1:]) or "request"
        return await _http(request, StarletteHTTPException(422, f"{where}: {first.get('msg', 'not valid')}"))

    def _strict_filters(request: Request, others: tuple[str, ...]) -> dict[str, str]:
        """The event filters of the query string; 422 for an unknown parameter or a bad value."""
        unknown = sorted(set(request.query_params) - set(filters.FILTERS) - set(others))
        if unknown:
            raise HTTPException(422, f"unknown parameter {unknown[0]!r}; the parameters are "
                                     f"{', '.join(filters.FILTERS + others)}")
        try:
            return filters.parse(request.query_params, strict=True)[0]
        except filters.FilterError as exc:
            raise HTTPException(422, str(exc)) from None

    def _spellings(request: Request, chosen: dict[str, str]) -> Spellings | None:
        """The KB's spellings, when a name or a place is asked for (built on first use)."""
        return names.spellings if any(k in chosen for k in ("actor", "recipient", "place")) else None

    def db(request: Request) -> Store:
        return request.app.state.store

    def nlp(request: Request) -> Pipeline:
        state = request.app.state
        with lock:  # loaded once, on first use, over the KB the pages loaded already
            if state.pipeline is None:
                from vaarta.pipeline import load_pipeline

                state.pipeline = load_pipeline(kb=state.names.kb if state.names is not None else None)
            return state.pipeline

    @app.get("/api/events", dependencies=[Depends(_filter_params)])
    def list_events(
        request: Request,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Small offsets only; page on with cursor.")] = 0,
        cursor: Annotated[str | None, Query(max_length=400, description="next_cursor of the previous page.")] = None,
    ) -> JSONResponse:
        """Events, newest first, filtered as the events page and ``vaarta events`` filter them.
        ``total`` is how many match (``total_exact`` false: at least that many); an unknown
        parameter or value is a 422 naming what is allowed."""
        chosen = _strict_filters(request, ("limit", "offset", "cursor"))
        store = db(request)
        spell = _spellings(request, chosen)
        q = filters.event_query(chosen, limit, offset, spell)
        if cursor:
            q.after = _read_cursor(cursor)
        rows = store.events(q)
        total = store.count_events(filters.event_query(chosen, spellings=spell), cap=TOTAL_CAP)
        exact = total <= TOTAL_CAP
        total = min(total, TOTAL_CAP)
        more = len(rows) == limit and (cursor is not None or not exact or offset + len(rows) < total)
        # a plain JSONResponse: the rows are JSON already, re-validating them costs 2/3 of the time
        return JSONResponse({"events": rows, "total": total, "total_exact": exact, "limit": limit, "offset": offset,
                             "filters": chosen,
                             "next_cursor": _make_cursor(rows[-1]) if more and rows else None,
                             "next_offset": offset + limit if more and not cursor and offset + limit <= MAX_OFFSET
                             else None})

    @app.get("/api/events/download", dependencies=[Depends(_filter_params)])
    def download_events(
        request: Request,
        format: Annotated[str, Query(pattern="^(csv|parquet)$", description="csv or parquet.")] = "csv",  # noqa: A002
    ) -> Response:
        """Every event the filters select (at most DOWNLOAD_LIMIT), as a CSV or Parquet file,
        with the columns of `vaarta events --format csv`."""
        chosen = _strict_filters(request, ("format",))
        store = db(request)
        rows = store.events(filters.event_query(chosen, DOWNLOAD_LIMIT, spellings=_spellings(request, chosen)))
        meta = store.documents_meta([r["doc_id"] for r in rows])
        if format == "csv":
            out = io.StringIO()
            write_event_csv(rows, meta, out)
            return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"content-disposition": 'attachment; filename="vaarta-events.csv"'})
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist([dict(zip(EVENT_CSV_COLUMNS, event_csv_row(r, meta.get(r["doc_id"], {})),
                                               strict=True)) for r in rows])
        buf = io.BytesIO()
        pq.write_table(table, buf)
        return Response(buf.getvalue(), media_type="application/vnd.apache.parquet",
                        headers={"content-disposition": 'attachment; filename="vaarta-events.parquet"'})

    @app.get("/api/events/{event_id}")
    def one_event(request: Request, event_id: str) -> dict[str, Any]:
        ev = db(request).event(event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return ev

    @app.get("/api/documents/{doc_id}")
    def one_document(request: Request, doc_id: str) -> dict[str, Any]:
        doc = db(request).document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return doc

    @app.get("/api/search")
    def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
        if "\x00" in q:
            raise HTTPException(422, "q: contains a NUL character")
        return {"query": q, "hits": db(request).search(q, limit, tuple(names.spellings.of(q)[1:]))}

    @app.get("/api/stats")
    def stats(request: Request) -> dict[str, Any]:
        return db(request).stats()

    @app.get("/api/stories")
    def stories(request: Request, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> dict[str, Any]:
        return {"stories": db(request).stories(limit)}

    @app.get("/api/dyad")
    def dyad(request: Request, a: str, b: str,
             by: Annotated[str, Query(pattern="^(week|month|year)$")] = "month") -> dict[str, Any]:
        """Events between two codes (either direction) per period: cooperation, conflict, mean Goldstein."""
        if not (_CODE.match(a) and _CODE.match(b)):
            raise HTTPException(422, "a and b must be codes in capitals, e.g. RUS and USA")
        return {"a": a, "b": b, "by": by, "series": db(request).dyad(a, b, by)}

    @app.get("/api/network", dependencies=[Depends(_filter_params)])
    def network(
        request: Request,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        limit: Annotated[int, Query(ge=1, le=MAX_EDGES, description="Edges on one page.")] = EDGES_SHOWN,
        cursor: Annotated[str | None, Query(max_length=400, description="next of the previous page.")] = None,
    ) -> dict[str, Any]:
        """Actor state -> recipient state edges: event count and mean Goldstein score,
        heaviest first (ties by source, then target), ``limit`` at a time. ``total`` is how
        many edges there are; ``next_cursor`` (null on the last page), passed as ``cursor``, gives
        the page after. A bad ``limit`` or ``cursor`` is a 422."""
        chosen = _strict_filters(request, ("min_events", "limit", "cursor"))
        after = _read_edge_cursor(cursor) if cursor is not None else None
        query = filters.event_query(chosen, spellings=_spellings(request, chosen))
        got = db(request).network_page(query, limit, after, min_events)
        return {"edges": got["edges"], "total": got["total"], "limit": limit,
                "next_cursor": _encode(list(got["next"])) if got["next"] else None, "filters": chosen}

    @app.get("/api/places", dependencies=[Depends(_filter_params)])
    def places(request: Request) -> dict[str, Any]:
        """Event places with coordinates: event count and mean Goldstein score per place."""
        chosen = _strict_filters(request, ())
        query = filters.event_query(chosen, spellings=_spellings(request, chosen))
        return {"places": db(request).places(query), "filters": chosen}

    @app.post("/api/ingest", status_code=200)
    async def ingest_body(request: Request, published: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
                          doc_id: Annotated[str | None, Query(alias="id", max_length=200)] = None) -> dict[str, Any]:
        """Code and store the body: JSONL (one {"id", "text", "published", ...} a line) or one
        plain-text article. Needs ``Authorization: Bearer <VAARTA_TOKEN>``; disabled when the
        server has no token. Documents already stored are skipped."""
        expected = request.app.state.token
        if not expected:
            raise HTTPException(403, "writes are disabled: start the server with VAARTA_TOKEN set")
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'")
        raw = await request.body()
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HTTPException(400, f"the body is not UTF-8 (byte {exc.start})") from exc
        if not body.strip():
            raise HTTPException(400, "empty body: send JSONL lines or one article's text")
        try:
            day = date.fromisoformat(published) if published else None
        except ValueError:
            raise HTTPException(422, f"published: {published!r} is not a date of the calendar") from None
        errors: list[InputError] = []
        items = items_from_body(body, "<request>", "api", day, doc_id)
        def store_and_group() -> IngestStats:
            got = ingest_items(items, db(request), nlp(request), False, 200, errors.append)
            if got.added:  # copies of one story and mentions of one happening are grouped, as by the CLI
                update_stories(db(request))
            return got

        stats = await run_in_threadpool(store_and_group)
        return {"read": stats.read, "added": stats.added, "skipped": stats.skipped, "events": stats.events,
                "errors": [e.to_dict() for e in errors[:MAX_ERRORS_SHOWN]], "error_count": len(errors)}

    add_pages(app, db, lambda _request: names, nlp)
    return app
