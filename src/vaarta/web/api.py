"""JSON API over a store: ``create_app(url)`` -> FastAPI app; OpenAPI at ``/docs``.

Read-only. Every list is paginated with a capped ``limit``; errors come back as JSON
(``{"error": ...}``) without stack traces; filters reach the database only as bound
parameters.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from vaarta import __version__
from vaarta.store import EventQuery, Store, open_store

MAX_LIMIT = 500
_DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_CODE = re.compile(r"^[A-Z]{2,5}$")


def create_app(url: str | None = None, store: Store | None = None) -> FastAPI:
    app = FastAPI(title="vaarta", version=__version__,
                  description="Political events from Hindi and English news, each with its evidence.")
    app.state.store = store or open_store(url)

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:  # no stack traces to clients
        return JSONResponse({"error": "internal error", "kind": type(exc).__name__}, status_code=500)

    @app.exception_handler(HTTPException)
    async def _http(_: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)

    def db(request: Request) -> Store:
        return request.app.state.store

    @app.get("/api/events")
    def list_events(
        request: Request,
        actor: str | None = None,
        recipient: str | None = None,
        type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,12}$")] = None,  # noqa: A002
        modality: Annotated[str | None, Query(pattern=r"^[a-z]{5,12}$")] = None,
        since: Annotated[str | None, Query(pattern=_DAY)] = None,
        until: Annotated[str | None, Query(pattern=_DAY)] = None,
        place: str | None = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        q = EventQuery(actor, recipient, type.upper() if type else None, modality, since, until, place,
                       limit=limit, offset=offset)
        rows = db(request).events(q)
        return {"events": rows, "limit": limit, "offset": offset, "next_offset": offset + limit if len(rows) == limit else None}

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
        return {"query": q, "hits": db(request).search(q, limit)}

    @app.get("/api/stats")
    def stats(request: Request) -> dict[str, Any]:
        return db(request).stats()

    @app.get("/api/stories")
    def stories(request: Request, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> dict[str, Any]:
        return {"stories": db(request).stories(limit)}

    @app.get("/api/dyad")
    def dyad(request: Request, a: str, b: str, by: Annotated[str, Query(pattern="^(month|year)$")] = "month") -> dict[str, Any]:
        if not (_CODE.match(a) and _CODE.match(b)):
            raise HTTPException(422, "a and b must be codes in capitals, e.g. RUS and USA")
        return {"a": a, "b": b, "by": by, "series": db(request).dyad(a, b, by)}

    return app
