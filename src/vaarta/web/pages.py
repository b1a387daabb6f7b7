"""Server-rendered pages (Jinja2). Every page ``/x`` has a JSON twin ``/x.json`` holding the
data the page shows; assets come from the package (``/static``), never from a CDN.

The KB is loaded on first use (names in any script in filters, search, the timeline and
actor pages). The pipeline is not loaded for pages: the evidence is marked from the spans
kept with each event; only events stored before spans were kept load it (see ``marks``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from vaarta import __version__
from vaarta.store import Store
from vaarta.web import charts, fragments, legend, mapchart, views
from vaarta.web.views import Names

if TYPE_CHECKING:
    from vaarta.pipeline import Pipeline

HERE = Path(__file__).parent


class _Environment(jinja2.Environment):
    """Jinja's environment, reading ``row.key`` of a plain dict as its item straight away:
    Jinja tries the attribute first and catches the AttributeError, for every field of every
    row (a sixth of the events page's template time). Names of dict methods (``items``) keep
    Jinja's order."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and not hasattr(dict, attribute):
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


templates = Jinja2Templates(env=_Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True))
templates.env.globals["version"] = __version__
templates.env.filters["score_colour"] = charts.score_colour
for _name in ("runs", "who", "named", "quad_class", "network_edges"):
    templates.env.filters[_name] = getattr(fragments, _name)
templates.env.filters["cameo_name"] = lambda code: legend.cameo_names().get(code or "", "")
templates.env.globals["legend"] = legend.legend()
templates.env.filters["web_link"] = lambda url: isinstance(url, str) and url.lower().startswith(("http://", "https://"))

SECURITY_HEADERS = {
    # everything the pages use comes from this server; no inline script, no frames, no plugins
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}

Builder = Callable[[Request], dict[str, Any]]


def add_pages(app: FastAPI, store: Callable[[Request], Store], names: Callable[[Request], Names | None],
              pipeline: Callable[[Request], Pipeline | None]) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(path: str, template: str, build: Builder, draw: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
             nav: str = "") -> None:
        def html(request: Request) -> Response:
            ctx = build(request)
            extra = draw(ctx) if draw else {}
            return templates.TemplateResponse(request, template, {
                **ctx, **extra, "nav": nav, "json_url": request.url.path + ".json" +
                (f"?{request.url.query}" if request.url.query else "")})

        def twin(request: Request) -> Response:
            return Response(views.json_twin(build(request)), media_type="application/json")

        app.add_api_route(path + ".json", twin, methods=["GET"], include_in_schema=False)
        app.add_api_route(path, html, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events")

    def _event(request: Request) -> dict[str, Any]:
        ctx = views.event_page(store(request), request.path_params["event_id"], lambda: pipeline(request))
        if ctx is None:
            raise HTTPException(404, f"no event {request.path_params['event_id']!r}")
        return ctx

    @app.get("/events/{event_id}/article", include_in_schema=False, response_class=HTMLResponse)
    def article_fragment(request: Request) -> Response:
        """The article with its evidence marked: loaded into a row when it is opened."""
        return templates.TemplateResponse(request, "_article.html", _event(request))

    def _map(request: Request) -> dict[str, Any]:
        return views.map_page(store(request), request.query_params, names(request))

    def _map_chart(ctx: dict[str, Any]) -> dict[str, Any]:
        return {"chart": mapchart.map_view(ctx["places"], mapchart.View.parse(ctx["view"]))}

    def _actor(request: Request) -> dict[str, Any]:
        ctx = views.actor_page(store(request), names(request), request.path_params["key"])
        if ctx is None:
            raise HTTPException(404, f"no events of {request.path_params['key']!r}")
        return ctx

    page("/actors/{key}", "actor.html", _actor, nav="events")

    def _story(request: Request) -> dict[str, Any]:
        ctx = views.story_page(store(request), request.path_params["story_id"])
        if ctx is None:
            raise HTTPException(404, f"no story {request.path_params['story_id']!r}")
        return ctx

    page("/stories", "stories.html", lambda r: views.stories_page(store(r)), nav="stories")
    page("/stories/{story_id}", "story.html", _story, nav="stories")
    page("/events", "events.html", lambda r: views.events_page(store(r), names(r), r.query_params, lambda: pipeline(r)),
         nav="events")
    page("/events/{event_id}", "event.html", _event, nav="events")
    page("/timeline", "timeline.html", lambda r: views.timeline_page(store(r), r.query_params, names(r)),
         lambda ctx: {"chart": charts.timeline(ctx["series"])}, nav="timeline")
    page("/network", "network.html", lambda r: views.network_page(store(r), r.query_params, names(r)),
         lambda ctx: {"chart": charts.network(ctx["drawn"], names=ctx.get("names"), nodes=ctx["nodes"])},
         nav="network")
    page("/map", "map.html", _map, _map_chart, nav="map")

    @app.get("/map/points", include_in_schema=False, response_class=HTMLResponse)
    def map_points(request: Request) -> Response:
        """The circles, counts and place rows of the map for the query: what the time slider
        swaps into the page (the outline and the zoom stay)."""
        ctx = _map(request)
        return templates.TemplateResponse(request, "_map_points.html", {**ctx, **_map_chart(ctx)})
    page("/watch", "watch.html", lambda r: views.watch_page(store(r)), nav="watch")
    page("/search", "search.html", lambda r: views.search_page(store(r), r.query_params, names(r)), nav="search")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request) -> Response:
        """The OpenAPI description, rendered here (Swagger UI would load its code from a CDN)."""
        spec = app.openapi()
        ops = [{"method": m.upper(), "path": p, "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "params": [{"name": x["name"], "in": x["in"], "required": x.get("required", False),
                            "type": x.get("schema", {}).get("type") or "string",
                            "pattern": x.get("schema", {}).get("pattern")} for x in op.get("parameters", [])]}
               for p, item in spec["paths"].items() for m, op in item.items()]
        return templates.TemplateResponse(request, "docs.html", {"ops": ops, "spec": spec, "nav": "docs",
                                                                  "json_url": "/openapi.json"})
