"""The map in a real browser (Debian's Chromium, headless): zoom with the buttons and the
wheel, pan by dragging, slide through the months, and a link that brings the same view back;
and the page without JavaScript. Console errors fail a test: a CSP violation is one."""

from __future__ import annotations

import math
from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import ARTIFACTS, CHROMIUM

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


def _centre(locator) -> tuple[float, float, float]:
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, box["width"]


def _still(page, locator) -> tuple[float, float, float]:
    """Where ``locator`` is once the map has stopped moving (zooms are animated)."""
    last = _centre(locator)
    for _ in range(50):
        page.wait_for_timeout(100)
        now = _centre(locator)
        if now == last:
            return now
        last = now
    raise AssertionError("the map never came to rest")


def _settled_view(page) -> str:
    """The view in the URL once it has stopped changing (map.js writes it 250 ms after a move)."""
    last, since = None, 0
    for _ in range(100):
        now = _query(page).get("view")
        since = since + 1 if now == last else 0
        if now and since >= 5:
            return now
        last = now
        page.wait_for_timeout(100)
    raise AssertionError("the URL never settled on a view")


def _marker(page, name: str):
    return page.locator("#map .marker", has=page.locator("title", has_text=f"{name} (")).locator("circle")


def _titles(page) -> list[str]:
    return sorted(t.split(" (")[0] for t in page.locator("#map .marker title").all_text_contents())


def _query(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


SETTLED = """() => {
  const month = document.getElementById("month-select").value;
  return month !== "" && new URLSearchParams(location.search).get("month") === month
    && document.getElementById("map-count").textContent.startsWith(month);
}"""  # the slider's last month is loaded: in the URL and on the map


def _settled_month(page) -> str:
    page.wait_for_function(SETTLED)
    return _query(page)["month"]


def test_the_map_zooms_pans_and_a_link_brings_the_view_back(site, page):
    page.goto(f"{site}/map")
    page.locator("#map").scroll_into_view_if_needed()
    delhi, washington = _marker(page, "New Delhi"), _marker(page, "Washington")
    (dx, dy, size), (wx, wy, _) = _centre(delhi), _centre(washington)
    apart = math.dist((dx, dy), (wx, wy))
    first_width = float(page.locator("#map").get_attribute("viewBox").split()[2])

    page.mouse.move(dx, dy)  # the wheel zooms about the pointer: Delhi stays under it
    for _ in range(3):
        page.mouse.wheel(0, -150)
        page.wait_for_timeout(50)
    page.wait_for_function("() => new URLSearchParams(location.search).has('view')")
    (dx2, dy2, size2), (wx2, wy2, _) = _still(page, delhi), _centre(washington)
    assert math.dist((dx2, dy2), (dx, dy)) < 4
    assert math.dist((dx2, dy2), (wx2, wy2)) > 1.3 * apart  # the places spread apart …
    assert size2 == pytest.approx(size, abs=1.5)  # … and their circles keep their size

    page.get_by_role("button", name="Zoom in").click()  # about the middle of the map
    dx3, dy3, size3 = _still(page, delhi)
    assert math.dist((dx3, dy3), _centre(washington)[:2]) > 1.3 * math.dist((dx2, dy2), (wx2, wy2))
    assert size3 == pytest.approx(size, abs=1.5)

    frame = page.locator(".map-frame").bounding_box()
    start = (frame["x"] + 40, frame["y"] + frame["height"] - 40)
    assert page.evaluate("([x, y]) => !document.elementFromPoint(x, y).closest('.marker')", start)  # no circle
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(start[0] - 150, start[1] - 60, steps=10)
    page.mouse.up()
    dx4, dy4, _ = _still(page, delhi)
    assert (dx4 - dx3, dy4 - dy3) == (pytest.approx(-150, abs=3), pytest.approx(-60, abs=3))  # dragged along

    view = _settled_view(page)
    assert len(view.split(",")) == 4 and float(view.split(",")[2]) < first_width / 1.8  # zoomed twice
    page.screenshot(path=str(ARTIFACTS / "map-zoomed.png"))
    page.goto(page.url)  # the link, opened again: the same places in the same spots
    page.locator("#map").scroll_into_view_if_needed()
    again = _centre(_marker(page, "New Delhi"))
    assert again[:2] == (pytest.approx(dx4, abs=4), pytest.approx(dy4, abs=4))
    assert again[2] == pytest.approx(size, abs=1.5)
    _marker(page, "New Delhi").click()  # a circle is a link, not a handle to drag
    page.wait_for_url("**/events?*place=New+Delhi*")
    assert page.locator("details.event").count() > 0
    assert page.errors == []


def test_the_time_slider_shows_one_month_and_the_link_keeps_it(site, page):
    page.goto(f"{site}/map")
    every = _titles(page)
    slider = page.locator("#month-slider")
    assert slider.is_visible() and not page.locator("#month-select").is_visible()
    assert page.locator("#month-label").inner_text() == "every month"

    box = slider.bounding_box()  # drag the thumb from the start to about two thirds along
    page.mouse.move(box["x"] + 8, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.82, box["y"] + box["height"] / 2, steps=12)
    page.mouse.up()
    month = _settled_month(page)
    for _ in range(60):  # step on, by keyboard, to a month with places on the map
        expected = page.request.get(f"{site}/map.json?month={month}").json()
        if expected["places"]:
            break
        slider.press("ArrowRight")
        page.wait_for_function(f"() => document.getElementById('month-select').value !== '{month}'")
        month = _settled_month(page)
    assert expected["places"], "no month with places after the slider's position"
    shown = _titles(page)
    assert shown == sorted(p["name"] for p in expected["places"]) and shown != every
    assert page.locator("#month-label").inner_text().startswith(month)
    count = page.locator("#map-count").inner_text()
    said = "1 event has" if expected["unplaced"] == 1 else f'{expected["unplaced"]:,} events have'
    assert f"{said} no place" in count
    assert page.locator("header a.twin").get_attribute("href").startswith(f"/map.json?month={month}")
    page.screenshot(path=str(ARTIFACTS / "map-month.png"))

    page.goto(page.url)  # the link: the same month, on the slider and on the map
    assert _titles(page) == shown and page.locator("#month-label").inner_text().startswith(month)
    assert page.errors == []


def test_without_javascript_the_map_shows_its_events_and_a_month_menu(site, page_without_js):
    page = page_without_js
    page.goto(f"{site}/map")
    assert page.locator("#map .marker").count() > 0
    assert not page.locator("#month-slider").is_visible()
    assert not page.get_by_role("button", name="Zoom in").is_visible()  # nothing that needs a script
    assert "Drag to pan" not in page.locator("figcaption").inner_text()
    months = page.request.get(f"{site}/map.json").json()["months"]
    month = next(m["month"] for m in reversed(months)
                 if page.request.get(f"{site}/map.json?month={m['month']}").json()["places"])
    page.select_option("#month-select", month)
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(f"**/map?*month={month}*")
    expected = page.request.get(f"{site}/map.json?month={month}").json()
    assert _titles(page) == sorted(p["name"] for p in expected["places"])
    page.screenshot(path=str(ARTIFACTS / "map-no-js.png"), full_page=True)
