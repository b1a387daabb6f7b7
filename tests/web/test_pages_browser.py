"""Every page in a real browser (Debian's Chromium, headless): a screenshot of each, wide
and narrow, in build/test-artifacts/ for a person to look at; actor and story pages, the
network's arrowheads, the date pickers and the downloads of the events page, used as a
reader uses them. Console errors fail a test (a CSP violation is one)."""

from __future__ import annotations

import csv
import math

import pytest

from .conftest import ARTIFACTS, CHROMIUM, open_page

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")

PAGES = [  # (path, screenshot name)
    ("/events", "events"), ("/events?actor=IND&type=CONSULT", "events-filtered"), ("/events/{event}", "event"),
    ("/actors/IND", "actor-state"), ("/actors/vladimir-putin", "actor-person"), ("/stories", "stories"),
    ("/stories/{story}", "story"), ("/timeline?a=IND&b=PAK", "timeline"), ("/network", "network"), ("/map", "map"),
    ("/search?q=मॉस्को", "search"), ("/watch", "watch"), ("/docs", "docs"), ("/no-such-page", "not-found"),
]
WIDTHS = {"wide": (1280, 900), "narrow": (390, 844)}  # a laptop and a phone


@pytest.fixture()
def narrow(browser):
    pg = open_page(browser, *WIDTHS["narrow"])
    yield pg
    pg.context.close()


def _story_told_twice(page, site) -> str:
    stories = page.request.get(f"{site}/stories.json").json()["stories"]
    return next(s["story_id"] for s in stories if s["documents"] > 1)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_page_is_drawn_whole_at_every_width(site, browser, width):
    """Each page, screenshotted whole; on a phone no page is wider than the screen (the menu
    wraps, wide tables and charts scroll in their own box)."""
    w, h = WIDTHS[width]
    page = open_page(browser, w, h)
    ctx = page.context
    event = page.request.get(f"{site}/events.json?place=Moscow").json()["events"][0]["event_id"]
    story = _story_told_twice(page, site)
    too_wide = {}
    for path, name in PAGES:
        res = page.goto(site + path.format(event=event, story=story))
        assert res.status == (404 if name == "not-found" else 200), path
        page.screenshot(path=str(ARTIFACTS / f"{width}-{name}.png"), full_page=True)
        over = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        if over > 1:
            too_wide[path] = over
        menu = page.locator("header.top nav a").last  # the menu's last item is on the screen
        box = menu.bounding_box()
        assert box and box["x"] + box["width"] <= w, f"{path}: the menu runs off the screen"
    ctx.close()
    assert too_wide == {}, f"pages wider than a {w}px screen: {too_wide}"
    assert [e for e in page.errors if "404" not in e] == []


def test_an_actor_link_opens_the_actor_page_with_offices_counterparts_and_months(site, page):
    page.goto(f"{site}/events")
    page.locator('summary a.who[href="/actors/vladimir-putin"]').first.click()
    page.wait_for_url("**/actors/vladimir-putin")
    data = page.request.get(f"{site}/actors/vladimir-putin.json").json()
    assert page.locator("h1").inner_text().startswith("Vladimir Putin")
    assert page.locator("ul.offices li").count() == len(data["offices"]) > 0
    assert "president (RUS)" in page.locator("ul.offices").inner_text()
    heads = page.locator("table.by-type thead th").all_inner_texts()[1:]
    assert heads == data["timeline"]["types"]
    cells = page.locator("table.by-type tbody td:not(:first-child)").all_inner_texts()
    assert sum(int(c or 0) for c in cells) == sum(map(sum, data["timeline"]["rows"])) > 0
    page.screenshot(path=str(ARTIFACTS / "actor-person-open.png"), full_page=True)

    page.goto(f"{site}/actors/IND")  # a state: its counterparts lead on to their pages and the dyad
    first = page.locator("table.counterparts tbody tr").first
    code = first.locator("td").first.inner_text()
    first.get_by_role("link", name="dyad timeline").click()
    page.wait_for_url(f"**/timeline?a=IND&b={code}")
    assert page.locator("#timeline rect.conf, #timeline rect.coop").count() > 0
    page.go_back()
    page.get_by_role("link", name=code, exact=True).first.click()
    page.wait_for_url(f"**/actors/{code}")
    assert page.locator("h1 small").inner_text() == code
    assert page.errors == []


def test_a_story_page_shows_the_rewrites_side_by_side_and_what_they_report(site, page, narrow):
    story = _story_told_twice(page, site)
    page.goto(f"{site}/stories")
    page.get_by_role("link", name=story, exact=True).click()
    page.wait_for_url(f"**/stories/{story}")
    docs = page.locator("article.story-doc")
    assert docs.count() >= 2
    one, two = docs.nth(0).bounding_box(), docs.nth(1).bounding_box()
    assert one["y"] == pytest.approx(two["y"], abs=2) and two["x"] > one["x"] + one["width"]  # side by side
    assert page.locator("section.happening").count() >= 1
    mentions = page.locator("section.happening").first.locator("li a")
    assert mentions.count() >= 2
    href = mentions.first.get_attribute("href")
    mentions.first.click()
    page.wait_for_url(f"**{href}")
    assert page.locator("article.article mark.evidence").count() > 0
    assert page.errors == []

    narrow.goto(f"{site}/stories/{story}")  # on a phone: one above the other, each readable
    docs = narrow.locator("article.story-doc")
    one, two = docs.nth(0).bounding_box(), docs.nth(1).bounding_box()
    assert two["y"] >= one["y"] + one["height"] and one["width"] > 250
    narrow.screenshot(path=str(ARTIFACTS / "narrow-story-open.png"), full_page=True)


def _points(polygon) -> list[tuple[float, float]]:
    return [tuple(map(float, p.split(","))) for p in polygon.get_attribute("points").split()]


def test_network_arrows_point_at_their_recipient_in_their_edge_colour(site, page):
    page.goto(f"{site}/network")
    edges = page.locator("#network a.edge")
    assert edges.count() > 10
    nodes = {}
    for node in page.locator("#network a.node").all():
        c = node.locator("circle")
        nodes[node.get_attribute("href").rsplit("/", 1)[1]] = tuple(float(c.get_attribute(k)) for k in ("cx", "cy", "r"))
    for edge in edges.all():
        a, b = (part.split("=")[1] for part in edge.get_attribute("href").split("?")[1].split("&"))
        head = edge.locator("polygon.head")
        tip = _points(head)[0]
        bx, by, br = nodes[b]
        ax, ay, ar = nodes[a]
        assert br < math.dist(tip, (bx, by)) < br + 6, (a, b)  # at the recipient's circle, outside it
        assert math.dist(tip, (ax, ay)) > ar + 5  # not at the actor's end
        line_colour = edge.locator("line").evaluate("e => getComputedStyle(e).stroke")
        assert head.evaluate("e => getComputedStyle(e).fill") == line_colour
    # the heaviest edge's arrowhead is painted, not hidden under a node or another edge
    heaviest = edges.last.locator("polygon.head")
    box = heaviest.bounding_box()
    xs, ys = zip(*_points(heaviest), strict=True)
    centre = page.evaluate("""([x, y]) => { const svg = document.getElementById('network');
        const p = svg.createSVGPoint(); p.x = x; p.y = y; const s = p.matrixTransform(svg.getScreenCTM());
        return [s.x, s.y]; }""", [sum(xs) / 3, sum(ys) / 3])
    assert box["x"] <= centre[0] <= box["x"] + box["width"]
    assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).matches('polygon.head')", centre)
    title = edges.last.locator("title").text_content()
    assert "→" in title and "(" in title and "events" in title  # names and codes on hover
    page.screenshot(path=str(ARTIFACTS / "network-arrows.png"))
    assert page.errors == []


def test_the_date_pickers_narrow_the_events_and_keep_the_chosen_days(site, page):
    page.goto(f"{site}/events")
    since, until = page.locator("input[name=since]"), page.locator("input[name=until]")
    assert since.get_attribute("type") == "date" and until.get_attribute("type") == "date"
    since.fill("2024-07-01")
    until.fill("2024-09-30")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*since=2024-07-01*")
    dates = [d.split("\n")[0] for d in page.locator("summary .date").all_inner_texts()]
    assert dates and all("2024-07-01" <= d <= "2024-09-30" for d in dates)
    total = page.request.get(f"{site}/events.json?since=2024-07-01&until=2024-09-30").json()["total"]
    assert len(dates) == total
    assert (since.input_value(), until.input_value()) == ("2024-07-01", "2024-09-30")  # kept after the reload
    page.screenshot(path=str(ARTIFACTS / "events-dates.png"))

    month = page.locator(".facets section", has_text="By month").locator("a").first  # a month's count
    label = month.inner_text()
    month.click()
    page.wait_for_url(f"**since={label}*")
    last = {"07": "31", "08": "31", "09": "30"}[label[5:]]
    assert (since.input_value(), until.input_value()) == (f"{label}-01", f"{label}-{last}")  # the whole month
    assert page.errors == []


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_events_page_downloads_the_events_of_its_filters(site, page, tmp_path, fmt):
    page.goto(f"{site}/events?actor=IND&type=CONSULT")
    shown = page.locator("p.count").inner_text()
    total = page.request.get(f"{site}/events.json?actor=IND&type=CONSULT").json()["total"]
    assert f"of {total}" in shown
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV" if fmt == "csv" else "Parquet", exact=True).click()
    download = info.value
    assert download.suggested_filename.endswith(f".{fmt}")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    assert len(rows) == total and all(r["type"] == "CONSULT" for r in rows)
    assert all("IND" in r["actor_countries"].split("|") for r in rows)
    assert page.errors == []
