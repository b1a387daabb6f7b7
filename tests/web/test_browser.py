"""The pages in a real browser: Debian's Chromium driven by Playwright, headless.

Screenshots go to ``build/test-artifacts/`` (or $VAARTA_ARTIFACTS) for a person to look at.
Skipped only where Chromium is not installed (``.ci/run`` installs it). The fixtures (site,
browser, page) are in conftest.py, shared with the map's browser tests.
"""

from __future__ import annotations

import pytest

from .conftest import ARTIFACTS, CHROMIUM

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


def test_events_filter_and_open_an_event(site, page):
    page.goto(f"{site}/events")
    rows = page.locator("details.event")
    total = rows.count()
    assert total > 10
    page.fill("input[name=actor]", "IND")
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*actor=IND*")
    assert 0 < rows.count() < total
    assert all(t.startswith("CONSULT") for t in page.locator("summary .type").all_inner_texts())
    first = rows.first
    first.locator("summary").click()
    evidence = first.locator("article mark.evidence")
    evidence.first.wait_for(state="visible")
    sentence = first.locator("summary .evidence").inner_text().strip()
    assert "".join(evidence.all_inner_texts()).strip() == sentence
    assert first.locator("article .m-actor").count() >= 1
    # the highlight is really painted, not only present in the markup
    colour = evidence.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(ARTIFACTS / "events-open.png"), full_page=False)
    assert page.errors == []


def test_hindi_renders_with_a_devanagari_font(site, page):
    page.goto(f"{site}/events")
    cell = page.locator("summary .evidence").first
    assert cell.get_attribute("lang") == "hi"
    family = cell.evaluate("e => getComputedStyle(e).fontFamily")
    assert "Devanagari" in family
    width = cell.evaluate("e => e.getBoundingClientRect().width")
    assert width > 50


@pytest.mark.parametrize("path,selector,shot", [
    ("/timeline?a=IND&b=PAK", "#timeline rect.conf", "timeline.png"),
    ("/network", "#network line", "network.png"),
    ("/map", "#map circle", "map.png"),
    ("/search?q=मॉस्को", "ol.hits mark", "search.png"),
])
def test_chart_pages_draw_without_console_errors(site, page, path, selector, shot):
    page.goto(f"{site}{path}")
    assert page.locator(selector).count() > 0
    page.screenshot(path=str(ARTIFACTS / shot), full_page=False)
    assert page.errors == []


def test_network_edge_click_lists_its_events(site, page):
    page.goto(f"{site}/network")
    edge = page.locator("#network a.edge").last  # drawn last: the heaviest
    href = edge.get_attribute("href")
    edge.locator("line").dispatch_event("click")
    page.wait_for_url(f"**{href}")
    assert page.locator("details.event").count() > 0
    assert page.errors == []
