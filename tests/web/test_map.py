"""The map page without a browser: its vendored script, its legend, the count of events it
cannot place, the time slider's months and the view a link carries."""

from __future__ import annotations

import glob
import hashlib
import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from vaarta.store import EventQuery
from vaarta.web import mapchart
from vaarta.web.api import create_app
from vaarta.web.charts import score_colour
from vaarta.web.views import within_month

from ..conftest import ROOT

STATIC = resources.files("vaarta") / "web" / "static"
HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(sample_store, pipeline):
    return TestClient(create_app(store=sample_store, pipeline=pipeline, token=""))


def _places(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in p.items() if k != "link"} for p in rows]


def test_the_map_loads_panzoom_from_the_package_not_a_cdn(client):
    html = client.get("/map", headers=HTML).text
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert "/static/vendor/panzoom/panzoom.min.js" in scripts and "/static/map.js" in scripts
    assert all(s.startswith("/static/") for s in scripts)
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', html)  # nothing from another host
    served = client.get("/static/vendor/panzoom/panzoom.min.js")
    assert served.status_code == 200 and "javascript" in served.headers["content-type"]
    assert served.content == (STATIC / "vendor" / "panzoom" / "panzoom.min.js").read_bytes()
    assert "Panzoom 4.6.2" in served.text[:200]
    assert "<script>" not in html  # the CSP allows no inline script; none is needed


def test_the_vendored_files_are_the_pinned_ones_with_their_licence():
    folder = STATIC / "vendor" / "panzoom"
    record = json.loads((folder / "VENDOR.json").read_text(encoding="utf-8"))
    assert (record["package"], record["version"], record["licence"]) == ("@panzoom/panzoom", "4.6.2", "MIT")
    for name, entry in record["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == entry["sha256"], name
    assert "Permission is hereby granted" in (folder / "LICENSE").read_text(encoding="utf-8")


def test_the_package_data_ships_every_static_file():
    """The globs of pyproject.toml, expanded as setuptools expands them (recursive glob from
    the package folder), cover every file the pages load."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package = ROOT / "src" / "vaarta"
    shipped = {Path(f) for pattern in config["tool"]["setuptools"]["package-data"]["vaarta"]
               for f in glob.glob(str(package / pattern), recursive=True) if Path(f).is_file()}
    wanted = {f for f in (package / "web").rglob("*") if f.is_file() and "static" in f.parts}
    assert wanted and wanted <= shipped, sorted(str(f) for f in wanted - shipped)


def test_the_legend_explains_circle_size_and_colour(client):
    body = client.get("/map.json").json()
    html = client.get("/map", headers=HTML).text
    legend = html[html.index('class="map-legend"'):]
    legend = legend[:legend.index("</svg>")]
    assert "Events at a place" in legend and "Goldstein" in legend
    busiest = max(p["events"] for p in body["places"])
    steps = mapchart.size_steps(busiest)
    assert steps[0] == 1 and steps[-1] <= busiest and len(steps) > 1
    labels = re.findall(r'text-anchor="middle">([^<]+)</text>', legend)
    assert [str(n) for n in steps] == labels[:len(steps)]
    # the legend's circles are the map's circles at the legend's scale
    radii = [float(r) for r in re.findall(r'<circle [^>]*r="([\d.]+)"', legend)]
    assert radii == pytest.approx([mapchart.radius(n) * 1000 / 360 for n in steps], abs=0.01)
    assert score_colour(-10) in legend and score_colour(10) in legend and "−10" in legend


def test_the_map_counts_the_events_it_cannot_place_in_the_month_shown(client):
    every = client.get("/map.json").json()
    assert every["unplaced"] > 0
    month = next(m["month"] for m in every["months"] if m["events"])
    body = client.get("/map.json", params={"month": month}).json()
    events = client.get("/api/events", params={"since": month, "until": month}).json()["total"]
    assert body["placed"] + body["unplaced"] == events
    html = client.get("/map", params={"month": month}, headers=HTML).text
    said = "1 event has" if body["unplaced"] == 1 else f'{body["unplaced"]:,} events have'
    assert f"{said} no place" in html and f"<strong>{month}</strong>" in html


def test_the_slider_steps_through_every_month_of_the_filtered_range(client, sample_store):
    months = client.get("/map.json").json()["months"]
    dated = sorted(e["date"][:7] for e in sample_store.events(EventQuery(limit=10_000)) if e["date"])
    assert months[0]["month"] == dated[0] and months[-1]["month"] == dated[-1]
    assert len({m["month"] for m in months}) == len(months)  # one step a month, none skipped:
    y, m = map(int, dated[0].split("-"))
    assert len(months) == (int(dated[-1][:4]) - y) * 12 + int(dated[-1][5:]) - m + 1
    assert sum(m["events"] for m in months) == len(dated)
    html = client.get("/map", headers=HTML).text
    assert f'max="{len(months)}"' in html and 'id="month-slider"' in html
    narrowed = client.get("/map.json", params={"since": "2024-01", "until": "2024-12"}).json()["months"]
    in_2024 = [m for m in months if m["month"].startswith("2024")]
    first = next(i for i, m in enumerate(in_2024) if m["events"])
    last = max(i for i, m in enumerate(in_2024) if m["events"])
    assert narrowed == in_2024[first:last + 1]  # from the first month with events to the last


@pytest.mark.parametrize("filters", [{}, {"actor": "IND"}, {"type": "CONSULT"}, {"since": "2024-07-10"},
                                     {"until": "2024-07-20"}, {"since": "2017", "until": "2024-07-08"}])
def test_a_slider_month_shows_what_the_api_gives_for_that_month(client, filters):
    months = client.get("/map.json", params=filters).json()["months"]
    assert months
    for m in [x["month"] for x in months if x["events"]][:12]:
        page = client.get("/map.json", params={**filters, "month": m}).json()
        api = client.get("/api/places", params=within_month(filters, m)).json()
        assert _places(page["places"]) == api["places"], m
        total = client.get("/api/events", params=within_month(filters, m)).json()["total"]
        assert page["placed"] + page["unplaced"] == total


@pytest.mark.parametrize("active,month,since,until", [
    ({}, "2024-07", "2024-07", "2024-07"),
    ({"since": "2024-07-10"}, "2024-07", "2024-07-10", "2024-07"),
    ({"until": "2024-07-20"}, "2024-07", "2024-07", "2024-07-20"),
    ({"since": "2023", "until": "2025"}, "2024-07", "2024-07", "2024-07"),
    ({"since": "2025"}, "2024-07", "2025", "2024-07"),  # outside the filtered range: nothing
])
def test_a_month_narrows_since_and_until(active, month, since, until):
    out = within_month(active, month)
    assert (out["since"], out["until"]) == (since, until)


def test_every_placed_event_is_on_exactly_one_slider_step(client, sample_store):
    body = client.get("/map.json").json()
    undated = sum(1 for e in sample_store.events(EventQuery(limit=10_000))
                  if not e["date"] and e["place"] and e["place"].get("lat") is not None)
    per_month = sum(client.get("/map.json", params={"month": m["month"]}).json()["placed"]
                    for m in body["months"] if m["events"])
    assert per_month + undated == body["placed"]


def test_the_slider_fragment_holds_the_same_circles_as_the_page(client):
    month = next(m["month"] for m in client.get("/map.json").json()["months"][::-1] if m["events"] > 2)
    page = client.get("/map", params={"month": month, "view": "0,0,360,180"}, headers=HTML).text
    part = client.get("/map/points", params={"month": month, "view": "0,0,360,180"}).text
    markers = re.compile(r'<a class="marker".*?</a>', re.S)
    assert markers.findall(part) == markers.findall(page) and markers.findall(part)
    assert 'id="map-count"' in part and 'id="map-places"' in part and "<path" not in part  # no outline again
    assert f"since={month}&amp;until={month}" in part  # a circle opens its events of that month


def test_a_link_carries_the_view(client):
    asked = "174.66,41.31,101.77,50.89"  # as map.js writes the part of the world in sight
    html = client.get("/map", params={"view": asked}, headers=HTML).text
    box = re.search(r'<svg id="map" viewBox="([^"]+)"', html)[1]
    assert [float(v) for v in box.split()] == pytest.approx([174.66, 41.31, 101.77, 50.89], abs=0.06)
    assert client.get("/map.json", params={"view": asked}).json()["view"] == box.replace(" ", ",")
    assert 'href="?view=0%2C0%2C360%2C180"' in html  # the whole world, one click away
    whole = client.get("/map", params={"view": "0,0,360,180"}, headers=HTML).text
    # a circle keeps its size on screen in any view: its radius scales with the view's width
    r_near = float(re.search(r'<a class="marker".*?r="([\d.]+)"', html, re.S)[1])
    r_far = float(re.search(r'<a class="marker".*?r="([\d.]+)"', whole, re.S)[1])
    assert r_near / 101.8 == pytest.approx(r_far / 360, rel=0.01)


@pytest.mark.parametrize("text,expected", [
    ("0,0,360,180", "0,0,360,180"),
    ("10,10,20,40", "0,10,80,40"),  # too tall for the figure: widened about its centre, kept inside
    ("350,170,100,100", "160,80,200,100"),
    ("-50,-50,1000,100", "0,0,360,180"),
    ("1,1,1,1", "0,0.5,4,2"),  # narrower than MIN_SPAN: widened about its centre
])
def test_a_view_is_kept_two_to_one_and_inside_the_world(text, expected):
    view = mapchart.View.parse(text)
    assert view is not None and view.param == expected
    assert mapchart.View.parse(view.param) == view


@pytest.mark.parametrize("text", ["", "a,b,c,d", "1,2,3", "400,0,10,5", "0,0,0,0", "0,0,-5,3", "1e9,0,1,1",
                                  "-50,-50,1000,10"])  # wholly above the world
def test_a_view_that_is_no_box_of_the_world_is_refused(text):
    assert mapchart.View.parse(text) is None


def test_bad_month_and_view_are_reported_not_fatal(client):
    page = client.get("/map", params={"month": "2024-13", "view": "x"}, headers=HTML)
    assert page.status_code == 200 and "month must be a month" in page.text and "view must be" in page.text
    body = client.get("/map.json", params={"month": "July"}).json()
    assert body["month"] is None and body["places"] and body["problems"]
