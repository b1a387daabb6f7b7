"""Pages and their JSON twins, through the ASGI app (no browser)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from fastapi.testclient import TestClient

from vaarta.web.api import create_app
from vaarta.web.marks import evidence_marks

PAGES = ["/events", "/timeline", "/network", "/map", "/search?q=मॉस्को", "/stories", "/stories/ex-01", "/actors/IND"]


@pytest.fixture(scope="module")
def client(sample_store, pipeline):
    return TestClient(create_app(store=sample_store, pipeline=pipeline, token=""))


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_and_has_a_json_twin(client, path):
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    base, _, query = path.partition("?")
    twin = client.get(base + ".json" + (f"?{query}" if query else ""))
    assert twin.status_code == 200 and twin.json()
    assert f'href="{base}.json' in page.text  # the page links its twin


@pytest.mark.parametrize("path", [*PAGES, "/docs", "/static/style.css", "/static/app.js", "/static/map.js",
                                  "/static/vendor/panzoom/panzoom.min.js"])
def test_pages_load_nothing_from_other_hosts(client, path):
    body = client.get(path).text
    external = re.findall(r'(?:src|href)="(https?:)?//[^"]+"', body) + re.findall(r"url\(\s*['\"]?https?:", body)
    assert external == []
    assert "@import" not in body


def test_events_page_shows_marked_evidence_and_filters(client):
    page = client.get("/events", params={"actor": "IND", "type": "consult"})
    data = client.get("/events.json", params={"actor": "IND", "type": "consult"}).json()
    assert data["events"] and all(e["type"] == "CONSULT" for e in data["events"])
    assert page.text.count('<details class="event"') == len(data["events"])
    roles = {role for e in data["events"] for r in e["marks"] for role in (r["role"] or "").split()}
    assert {"actor", "recipient", "date"} <= roles  # the words that named them are marked
    for e in data["events"]:  # the marked runs put the evidence sentence back together
        assert "".join(r["text"] for r in e["marks"]) == e["evidence"]["sentence"]
    assert 'lang="hi"' in page.text and "Noto Sans Devanagari" in client.get("/static/style.css").text


def test_bad_filters_are_reported_not_fatal(client):
    page = client.get("/events", params={"since": "yesterday", "pair": "x", "type": "1=1"})
    assert page.status_code == 200 and "ignored" in page.text
    data = client.get("/events.json", params={"since": "yesterday"}).json()
    assert data["events"] and data["problems"]


def test_event_page_marks_the_evidence_inside_the_article(client):
    first = client.get("/events.json", params={"place": "Moscow"}).json()["events"][0]
    page = client.get(f"/events/{first['event_id']}")
    assert page.status_code == 200
    evidence = re.findall(r'<mark class="evidence">(.*?)</mark>', page.text, re.S)
    assert re.sub(r"<[^>]+>", "", "".join(evidence)) == first["evidence"]["sentence"]
    assert re.search(r'class="m[^"]* m-place"', page.text)  # the place word is marked (maybe also as host)
    twin = client.get(f"/events/{first['event_id']}.json").json()
    assert twin["event"]["event_id"] == first["event_id"] and len(twin["article"]) > 1
    fragment = client.get(f"/events/{first['event_id']}/article").text
    assert fragment.lstrip().startswith("<article") and "<html" not in fragment


def test_missing_event_is_a_404_page_for_browsers_and_json_for_programs(client):
    page = client.get("/events/nope", headers={"accept": "text/html"})
    assert page.status_code == 404 and "<html" in page.text and "nope" in page.text
    assert client.get("/events/nope.json").json() == {"error": "no event 'nope'"}


def test_timeline_has_an_even_time_axis_and_links_each_period(client):
    data = client.get("/timeline.json", params={"a": "IND", "b": "PAK", "by": "month"}).json()
    periods = [s["period"] for s in data["series"]]
    assert len(periods) > 12 and periods == sorted(periods)
    y, m = map(int, periods[0].split("-"))
    assert periods[1] == f"{y + m // 12:04d}-{m % 12 + 1:02d}"  # empty months are there too
    assert data["totals"]["events"] == sum(s["events"] for s in data["series"])
    busy = next(s for s in data["series"] if s["events"])
    linked = client.get(f"/events.json?{busy['link']}").json()["events"]
    assert len(linked) == busy["events"]
    page = client.get("/timeline", params={"a": "IND", "b": "PAK", "by": "week"}).text
    assert page.count('<rect class="conf"') >= 100  # a bar per week


def test_network_edges_link_to_their_events(client):
    data = client.get("/network.json").json()
    edge = data["edges"][0]
    assert edge["events"] == max(e["events"] for e in data["edges"])
    page = client.get("/network").text
    a, b = edge["source"], edge["target"]
    assert f'href="/events?actor={a}&amp;recipient={b}"' in page  # a directed edge: its direction's events
    one_way = client.get("/events.json", params={"actor": a, "recipient": b}).json()["total"]
    assert one_way >= edge["events"]


def test_network_draws_arrows_placed_by_force_and_names_codes_on_hover(client):
    from vaarta.web import charts

    page = client.get("/network").text
    assert '<polygon class="head"' in page and "<title>India (IND)" in page
    edges = client.get("/network.json").json()["edges"]
    drawn = charts.network(edges)
    assert drawn == charts.network(edges)  # the layout is deterministic
    xs = {round(n["x"]) for n in drawn.nodes}
    assert len(xs) > 3 and all(40 <= n["x"] <= drawn.size - 40 for n in drawn.nodes)


def test_network_page_gets_the_codes_it_draws_not_every_edge(client):
    """The page and its JSON twin carry the drawn codes, the edges between them and the 30
    heaviest edges (with how many there are); every edge is /api/network's. The chart is the
    one drawn from every edge."""
    from vaarta.web import charts

    data = client.get("/network.json").json()
    every = client.get("/api/network", params={"limit": 5000}).json()["edges"]
    assert data["edge_count"] == len(every) > 30 and data["edges"] == every[:30]
    assert data["between"] == len(data["drawn"])  # (all of them: fewer than the page draws at most)
    assert charts.network(data["drawn"], nodes=data["nodes"]) == charts.network(every)
    page = client.get("/network", params={"type": "CONSULT"}).text
    assert 'href="/api/network?type=CONSULT"' in page


def test_network_page_draws_the_heaviest_links_and_says_how_many_of_how_many(client, monkeypatch):
    """With more links between its codes than it draws (at a million events ~1,560 between
    40 codes: laying out and writing them all was half the page's time), the page draws the
    heaviest, says how many of how many, and points to every link in the API."""
    from vaarta.store import network

    whole = client.get("/network.json").json()
    assert whole["between"] > 6
    page = client.get("/network").text
    assert f"Drawn: all {whole['between']} links between these {len(whole['nodes'])} codes" in page
    monkeypatch.setattr(network, "MAX_ARROWS", 6)
    data = client.get("/network.json").json()
    heaviest = sorted(whole["drawn"], key=lambda e: (-e["events"], e["source"], e["target"]))[:6]
    assert data["drawn"] == heaviest and data["between"] == whole["between"]
    page = client.get("/network").text
    assert page.count('<a class="edge"') == 6
    assert (f"Drawn: the 6 heaviest of {whole['between']} links between these {len(data['nodes'])} codes; "
            'all of them in the API: <a href="/api/network">/api/network</a>') in page
    page = client.get("/network", params={"type": "CONSULT"}).text
    assert page.count('<a class="edge"') <= 6 and 'in the API: <a href="/api/network?type=CONSULT">' in page


OLD_EDGE_LOOP = """{% for e in chart.edges %}
  <a class="edge" href="/events?actor={{ e.a }}&amp;recipient={{ e.b }}"><title>{{ e.a_name }} ({{ e.a }}) → {{ e.b_name }} ({{ e.b }}): {{ e.events }} events, mean Goldstein {{ e.goldstein }}</title>
    <line x1="{{ e.x1 }}" y1="{{ e.y1 }}" x2="{{ e.x2 }}" y2="{{ e.y2 }}" stroke="{{ e.colour }}" stroke-width="{{ e.w }}"/>
    <polygon class="head" points="{{ e.head }}" fill="{{ e.colour }}"/></a>
  {% endfor %}"""


def test_network_arrows_are_written_as_the_template_wrote_them(client):
    """The arrows come from a Python filter (1,560 of them at a million events): byte for
    byte what the template's loop wrote, names with quotes and ampersands escaped alike."""
    import jinja2

    from vaarta.web import charts, fragments

    edges = client.get("/network.json").json()["drawn"] + [
        {"source": "CIV", "target": "A&B", "events": 2, "goldstein": None}]
    chart = charts.network(edges, names={"CIV": "Côte d'Ivoire", "A&B": '<"Two">'})
    loop = jinja2.Environment(autoescape=True).from_string(OLD_EDGE_LOOP).render(chart=chart)
    assert str(fragments.network_edges(chart.edges)) == loop and "Côte d&#39;Ivoire" in loop
    assert client.get("/network").text.count('<a class="edge"') == len(client.get("/network.json").json()["drawn"])


def test_map_points_have_places_and_an_outline(client):
    data = client.get("/map.json").json()
    assert data["places"] and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in data["places"])
    page = client.get("/map").text
    assert page.count("<path d=") > 150 and page.count('<a class="marker"') == len(data["places"])


def test_search_page_highlights_hindi_matches(client):
    page = client.get("/search", params={"q": "मॉस्को"}).text
    assert "<mark>मॉस्को</mark>" in page
    assert "<script>" not in client.get("/search", params={"q": "<script>alert(1)</script>"}).text


def test_docs_page_lists_the_api_without_a_cdn(client):
    page = client.get("/docs").text
    for path in ("/api/events", "/api/ingest", "/api/dyad", "/api/network", "/api/places"):
        assert f"<code>{path}</code>" in page


def test_a_word_naming_host_and_place_carries_both_marks(pipeline):
    ev = {"evidence": {"sentence": "प्रधानमंत्री मोदी सोमवार को मॉस्को पहुंचे।"},
          "actors": [{"text": "प्रधानमंत्री मोदी"}], "recipients": [{"text": "मॉस्को"}],
          "place": {"name": "Moscow"}, "date": "2024-07-08"}
    marks = evidence_marks(ev, lambda: pipeline, "hi", date(2024, 7, 9))
    sentence = ev["evidence"]["sentence"]
    assert [(sentence[s:e], role) for s, e, role in marks] == [
        ("प्रधानमंत्री मोदी", "actor"), ("सोमवार", "date"), ("मॉस्को", "recipient place")]


@pytest.mark.parametrize("path", ["/events", "/network", "/map", "/timeline"])
def test_pages_with_codes_explain_them(client, path):
    from vaarta.ontology import EVENT_TYPES

    html = client.get(path, headers={"accept": "text/html"}).text
    assert "What the codes mean" in html
    assert all(f"<dt>{t}</dt>" in html for t in EVENT_TYPES)
    assert all(f"<dt>{c}</dt>" in html for c in ("UNO", "EUR", "AFU", "IMG"))
    assert "material conflict" in html


def test_an_event_page_names_its_cameo_code(client):
    first = client.get("/api/events", params={"type": "CONSULT", "limit": 1}).json()["events"][0]
    html = client.get(f"/events/{first['event_id']}", headers={"accept": "text/html"}).text
    from vaarta.web.legend import cameo_names

    assert cameo_names()[first["cameo"]] in html


def test_an_actor_page_shows_its_events_both_ways_counterparts_and_timeline(client, sample_store):
    from vaarta.store import EventQuery

    body = client.get("/actors/RUS.json").json()
    assert body["name"] == "Russia"
    assert body["as_actor"] == len(sample_store.events(EventQuery(actor="RUS", limit=1000)))
    assert body["as_recipient"] == len(sample_store.events(EventQuery(recipient="RUS", limit=1000)))
    assert body["counterparts"] and all(c["code"] != "RUS" for c in body["counterparts"])
    assert sum(sum(r) for r in body["timeline"]["rows"]) > 0
    html = client.get("/actors/RUS", headers={"accept": "text/html"}).text
    assert f'/timeline?a=RUS&amp;b={body["counterparts"][0]["code"]}' in html


def test_a_person_page_lists_the_offices_held(client):
    body = client.get("/actors/vladimir-putin.json").json()
    assert body["name"] == "Vladimir Putin" and any(o["office"] == "president" for o in body["offices"])
    assert client.get("/actors/nobody-at-all").status_code == 404


def test_names_link_to_their_actor_pages(client):
    html = client.get("/events", params={"actor": "RUS"}, headers={"accept": "text/html"}).text
    assert 'href="/actors/RUS"' in html or 'href="/actors/vladimir-putin"' in html


def test_a_story_page_sets_copies_side_by_side_and_shows_the_happenings_they_report(client):
    stories = client.get("/stories.json").json()["stories"]
    told_twice = [s for s in stories if s["documents"] > 1]
    assert told_twice, "the sample news holds copies of one story"
    body = client.get(f"/stories/{told_twice[0]['story_id']}.json").json()
    assert len(body["documents"]) == told_twice[0]["documents"]
    biggest = body["happenings"][0]
    docs_in_story = {d["id"] for d in body["documents"]}
    # the happening is told by the story's copies and by another outlet's own report
    assert {e["doc_id"] for e in biggest["events"]} - docs_in_story
    html = client.get(f"/stories/{told_twice[0]['story_id']}", headers={"accept": "text/html"}).text
    assert 'class="side-by-side"' in html and all(d in html for d in docs_in_story)
    assert client.get("/stories/no-such-story").status_code == 404


def test_the_timeline_takes_names_in_any_script_and_splits_directions(client):
    by_code = client.get("/timeline.json", params={"a": "IND", "b": "PAK"}).json()
    by_name = client.get("/timeline.json", params={"a": "India", "b": "पाकिस्तान"}).json()
    assert (by_name["a"], by_name["b"]) == ("IND", "PAK") and by_name["series"] == by_code["series"]
    totals = by_code["totals"]
    assert totals["a_to_b"] + totals["b_to_a"] == totals["events"] > 0
    assert all(s["a_to_b"] + s["b_to_a"] == s["events"] for s in by_code["series"])
    html = client.get("/timeline", params={"a": "IND", "b": "PAK"}, headers={"accept": "text/html"}).text
    assert '<datalist id="codes">' in html and '<option value="IND">India</option>' in html


def test_the_map_says_how_many_events_it_cannot_place(client, sample_store):
    body = client.get("/map.json").json()
    assert body["placed"] + body["unplaced"] == sample_store.count("events")
    assert body["unplaced"] > 0
    assert f'{body["unplaced"]:,} events have no place' in client.get("/map", headers={"accept": "text/html"}).text
