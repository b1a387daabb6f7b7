"""The events page's CPU cost and what its rows show (written in Python, web/fragments.py:
the markup of the Jinja macros they replaced, at a fraction of the cost); and the fixes the
screenshots of every page called for (IMG once, the event page's links, a 404 page)."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request

from vaarta.store import EventQuery
from vaarta.web.api import create_app
from vaarta.web.fragments import runs, who
from vaarta.web.marks import article_runs, evidence_marks, sentence_runs


@pytest.fixture(scope="module")
def app(sample_store):
    return create_app(store=sample_store, token="")


def _handler_cpu(app, path: str) -> float:
    """CPU seconds of one GET of ``path`` by its route's handler (view and template)."""
    route = next(r for r in app.routes if getattr(r, "path", None) == path)
    scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(), "query_string": b"",
             "headers": [(b"host", b"test")], "app": app, "path_params": {}, "root_path": "", "scheme": "http",
             "server": ("test", 80), "router": app.router}
    t0 = time.process_time()
    route.endpoint(Request(scope))
    return time.process_time() - t0


def test_the_events_page_costs_little_more_than_its_data(app):
    """The HTML of /events (50 rows with marked evidence) costs under 1.6 times the CPU of its
    JSON twin, which builds the same data (it was 1.75–1.95 times with the rows written by
    Jinja macros). Measured alternately, medians of 30, so a busy machine slows both alike."""
    for _ in range(3):
        _handler_cpu(app, "/events"), _handler_cpu(app, "/events.json")
    html, data = [], []
    for _ in range(30):
        html.append(_handler_cpu(app, "/events"))
        data.append(_handler_cpu(app, "/events.json"))
    html.sort()
    data.sort()
    assert html[15] / data[15] < 1.6, (html[15], data[15])


def test_a_row_s_sentence_runs_are_the_article_runs_of_the_sentence(sample_store):
    events = sample_store.events(EventQuery(limit=1000))
    assert len(events) > 50
    for ev in events:
        sentence = ev["evidence"]["sentence"]
        marks = evidence_marks(ev)
        slow = [r.to_dict() for p in article_runs(sentence, 0, len(sentence), marks) for r in p]
        assert sentence_runs(sentence, marks) == slow, ev["event_id"]
    assert sentence_runs("a\nb", [(0, 1, "actor")]) == [{"text": "a", "evidence": True, "role": "actor"},
                                                      {"text": "b", "evidence": True, "role": None}]


def test_row_fragments_escape_what_they_show():
    shown = runs([{"text": "<b>&", "role": "actor place"}, {"text": "'x'", "role": None}])
    assert shown == '<span class="m m-actor m-place" title="actor, place">&lt;b&gt;&amp;</span>&#39;x&#39;'
    people = who([{"country": "IND", "sector": "GOV", "kb_id": "a/b", "name": 'N "1"'},
                  {"country": None, "sector": None, "kb_id": None, "name": None, "text": "<x>"}])
    assert people == ('<a class="who" href="/actors/a%2Fb" title="N &quot;1&quot;">IND<small>GOV</small></a>, '
                      '<span class="who" title="&lt;x&gt;">?</span>')


def test_an_armed_group_is_shown_once_not_as_img_img(sample_store):
    client = TestClient(create_app(store=sample_store, token=""))
    page = client.get("/events", params={"recipient": "IMG"}).text
    assert ">IMG</a>" in page and "IMG<small>IMG</small>" not in page


def test_an_event_page_links_its_article_s_other_events_and_the_dyad_timeline(sample_store):
    client = TestClient(create_app(store=sample_store, token=""))
    ev = client.get("/events.json", params={"pair": "IND,RUS", "place": "Moscow"}).json()["events"][0]
    page = client.get(f"/events/{ev['event_id']}").text
    assert f'href="/events?doc={ev["doc_id"]}"' in page
    a, b = ev["actors"][0]["country"], ev["recipients"][0]["country"]
    assert f'href="/timeline?a={a}&amp;b={b}"' in page
    others = client.get("/events.json", params={"doc": ev["doc_id"]}).json()
    assert ev["event_id"] in {e["event_id"] for e in others["events"]}


def test_an_unknown_address_answers_a_page_to_a_browser_and_json_to_a_program(sample_store):
    client = TestClient(create_app(store=sample_store, token=""))
    page = client.get("/no-such-page", headers={"accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "No page here" in page.text and 'href="/events"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    api = client.get("/api/no-such-thing")
    assert api.status_code == 404 and api.json() == {"error": "Not Found"}
    wrong = client.post("/events")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET"
