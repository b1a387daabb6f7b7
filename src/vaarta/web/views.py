"""What each page shows, as plain data: the page's JSON twin is exactly this dict.

Views read query strings leniently (a page must not die on a bad filter): a value that does
not fit is dropped and reported in ``problems``, shown above the page. The JSON API in
``api.py`` is the strict one (422 on bad input).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlencode

from vaarta.model import MODALITIES
from vaarta.store import EventQuery, Store, filters
from vaarta.store.sql import PERIODS, TOTAL_CAP
from vaarta.web.mapchart import View
from vaarta.web.marks import PipelineSource, article_runs, evidence_marks, sentence_runs

if TYPE_CHECKING:
    from vaarta.kb import KnowledgeBase
    from vaarta.kb.spellings import Spellings


class Names(Protocol):
    """What the pages need of the KB: its records and its spellings across scripts
    (``vaarta.kb.spellings.KbNames``; a Pipeline has both too)."""

    @property
    def kb(self) -> KnowledgeBase: ...

    @property
    def spellings(self) -> Spellings: ...


PAGE_SIZE = 50
SORTS = ("newest", "oldest", "cooperative", "hostile")
MAX_PAGE = 200  # 10,000 events; the API pages on by cursor beyond that
CODE = re.compile(r"^[A-Z]{2,5}$")


@dataclass
class Filters:
    """The filters of a page, read leniently: a bad value is dropped and named in ``problems``."""

    values: dict[str, str] = field(default_factory=dict)
    page: int = 1
    problems: list[str] = field(default_factory=list)
    names: Names | None = None  # the KB's spellings find names and places in every script
    sort: str = "newest"

    @classmethod
    def parse(cls, params: Mapping[str, str], names: Names | None = None) -> Filters:
        values, problems = filters.parse(params, strict=False)
        page = params.get("page") or "1"
        sort = params.get("sort") or "newest"
        notes = [f"{p}; ignored" for p in problems]
        if sort not in SORTS:
            notes.append(f"sort must be one of {', '.join(SORTS)}; showing the newest first")
            sort = "newest"
        return cls(values, int(page) if page.isdigit() and 0 < int(page) <= MAX_PAGE else 1, notes, names, sort)

    def query(self, limit: int = PAGE_SIZE, offset: int = 0) -> EventQuery:
        named = self.names is not None and any(k in self.values for k in ("actor", "recipient", "place"))
        q = filters.event_query(self.values, limit, offset, self.names.spellings if named else None)  # type: ignore[union-attr]
        q.sort = self.sort
        return q

    def active(self) -> dict[str, str]:
        return dict(self.values)

    def link(self, **change: Any) -> str:
        """The query string of these filters with ``change`` applied (None removes a key)."""
        params: dict[str, Any] = {**self.active(), "sort": self.sort if self.sort != "newest" else None,
                                  "page": self.page if self.page > 1 else None, **change}
        return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def events_page(store: Store, names: Names | None, params: Mapping[str, str],
                pipeline: PipelineSource | None = None) -> dict[str, Any]:
    f = Filters.parse(params, names)
    first = (f.page - 1) * PAGE_SIZE
    rows = store.events(f.query(PAGE_SIZE, first))
    total = store.count_events(f.query(), cap=TOTAL_CAP)
    exact = total <= TOTAL_CAP
    total = min(total, TOTAL_CAP)
    more = first + len(rows) < total or (not exact and len(rows) == PAGE_SIZE)
    meta = store.documents_meta([ev["doc_id"] for ev in rows])
    for ev in rows:
        doc = meta.get(ev["doc_id"], {})
        ev["document"] = {"title": doc.get("title"), "url": doc.get("url"), "published": doc.get("published")}
        ev["marks"] = _sentence_runs(ev, pipeline, doc.get("lang"), _day(doc.get("published")))
    return {
        "filters": f.active(), "problems": f.problems, "page": f.page, "events": rows, "total": total, "total_exact": exact,
        "first": first + 1 if rows else 0, "last": first + len(rows),
        "next": f.link(page=f.page + 1) if more else None,
        "sort": f.sort, "sorts": list(SORTS), "day_inputs": _day_inputs(f.active()),
        "facets": {name: [{"value": v, "events": n, "link": f.link(**_facet_filter(name, v), page=None)}
                          for v, n in counts] for name, counts in store.facets(f.query()).items()},
        "downloads": {fmt: "/api/events/download?" + urlencode({**f.active(), "format": fmt}) for fmt in ("csv", "parquet")},
        "prev": f.link(page=f.page - 1 if f.page > 2 else None) if f.page > 1 else None,
        "types": store.event_types(), "modalities": list(MODALITIES),
    }


def _facet_filter(name: str, value: str) -> dict[str, str]:
    return {"since": value, "until": value} if name == "month" else {name: value}


def _day_inputs(active: Mapping[str, str]) -> dict[str, str]:
    """since and until as whole days for date pickers: a month or a year opens on its first
    day and closes on its last."""
    out = {}
    for name in ("since", "until"):
        v = active.get(name) or ""
        if len(v) == 4:
            v = f"{v}-01-01" if name == "since" else f"{v}-12-31"
        elif len(v) == 7:
            y, m = int(v[:4]), int(v[5:])
            last = (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).day
            v = f"{v}-01" if name == "since" else f"{v}-{last:02d}"
        out[name] = v
    return out


def _sentence_runs(ev: dict[str, Any], pipeline: PipelineSource | None, lang: str | None,
                   published: date | None) -> list[dict[str, Any]]:
    sentence = ev["evidence"]["sentence"]
    return sentence_runs(sentence, evidence_marks(ev, pipeline, lang or _lang(sentence), published))


def event_page(store: Store, event_id: str, pipeline: PipelineSource | None = None) -> dict[str, Any] | None:
    ev = store.event(event_id)
    if ev is None:
        return None
    doc = ev.get("document") or {}
    text = doc.get("text") or ev["evidence"]["sentence"]
    start, end = ev["evidence"]["start"], ev["evidence"]["end"]
    if text[start:end] != ev["evidence"]["sentence"]:  # stored text changed: show the sentence alone
        text, start, end = ev["evidence"]["sentence"], 0, len(ev["evidence"]["sentence"])
    lang = doc.get("lang") or _lang(text)
    marks = evidence_marks(ev, pipeline, lang, _day(doc.get("published")))
    paragraphs = article_runs(text, start, end, marks)
    return {"event": ev, "article": [[r.to_dict() for r in p] for p in paragraphs], "lang": lang}


def timeline_page(store: Store, params: Mapping[str, str], names: Names | None = None) -> dict[str, Any]:
    problems: list[str] = []
    a, b = (params.get("a") or "").strip()[:60], (params.get("b") or "").strip()[:60]
    if names is not None:  # a name in any script stands for its code: "India", "भारत" -> IND
        a, b = (names.spellings.code_of(x) or x if x and not CODE.match(x) else x for x in (a, b))
    a, b = a.upper(), b.upper()
    by = params.get("by") or "month"
    if by not in PERIODS:
        problems.append(f"by must be one of {', '.join(PERIODS)}; showing months")
        by = "month"
    if not (a and b):
        top = [d for d in store.stats()["top_dyads"] if d["actors"] and d["recipients"]
               and "|" not in d["actors"] + d["recipients"]]
        if top:
            a, b = top[0]["actors"], top[0]["recipients"]
    if a and b and not (CODE.match(a) and CODE.match(b)):
        problems.append("a and b must be codes in capitals, e.g. RUS and USA")
        a = b = ""
    series = _fill(store.dyad(a, b, by), by) if a and b else []
    for s in series:
        since, until = _period_bounds(s["period"], by)
        s["link"] = urlencode({"pair": f"{a},{b}", "since": since, "until": until})
    suggestions = sorted((st.code, st.name) for st in names.kb.states.values()) if names is not None else []
    return {"a": a, "b": b, "by": by, "periods": list(PERIODS), "series": series, "problems": problems,
            "suggestions": suggestions,
            "totals": {k: sum(s[k] for s in series) for k in ("events", "cooperation", "conflict", "a_to_b", "b_to_a")}}


MAX_PERIODS = 600


def _fill(series: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """Add the empty periods between the first and the last, so the time axis is even
    (left as is when that would make more than MAX_PERIODS bars)."""
    if len(series) < 2:
        return series
    have = {s["period"]: s for s in series}
    keys, key = [], series[0]["period"]
    while key <= series[-1]["period"] and len(keys) <= MAX_PERIODS:
        keys.append(key)
        key = _next_period(key, by)
    if len(keys) > MAX_PERIODS:
        return series
    empty = {"events": 0, "cooperation": 0, "conflict": 0, "goldstein": None, "a_to_b": 0, "b_to_a": 0}
    return [have.get(k) or {"period": k, **empty} for k in keys]


def _next_period(key: str, by: str) -> str:
    if by == "week":
        return (date.fromisoformat(key) + timedelta(days=7)).isoformat()
    if by == "year":
        return str(int(key) + 1)
    y, m = int(key[:4]), int(key[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def _period_bounds(period: str, by: str) -> tuple[str, str]:
    if by == "week":
        monday = date.fromisoformat(period)
        return period, (monday + timedelta(days=6)).isoformat()
    return period, period


def actor_page(store: Store, names: Names | None, key: str) -> dict[str, Any] | None:
    """A state or organisation (/actors/RUS) or a person of the KB (/actors/vladimir-putin):
    its events both ways, counterparts, events per month by type, offices held. None when
    the store has no event of it."""
    kb = names.kb if names is not None else None
    person = kb.people.get(key) if kb is not None else None
    code = key.upper() if person is None and CODE.match(key.upper()) else None
    if person is None and code is None:
        return None
    summary = store.actor_summary(code=code, kb_id=person.id if person else None)
    if not summary["as_actor"] and not summary["as_recipient"]:
        return None
    name = person.name if person else _code_name(kb, code)  # type: ignore[arg-type]
    months = sorted({r["month"] for r in summary["per_month"]})
    types = sorted({r["type"] for r in summary["per_month"]})
    cells = {(r["month"], r["type"]): r["events"] for r in summary["per_month"]}
    return {
        **summary, "key": key, "name": name or summary["name"] or key,
        "offices": [{"office": o.office, "country": o.country, "start": o.start, "end": o.end}
                    for o in person.offices] if person else [],
        "acting": store.events(EventQuery(actor=code, actor_id=person.id if person else None, limit=20)),
        "receiving": store.events(EventQuery(recipient=code, recipient_id=person.id if person else None, limit=20)),
        "timeline": {"months": months, "types": types,
                     "rows": [[cells.get((m, t), 0) for t in types] for m in months]},
    }


def _code_name(kb: Any, code: str) -> str | None:
    if kb is None:
        return None
    if code in kb.states:
        return kb.states[code].name
    return next((o.name for o in kb.orgs.values() if o.code == code), None)


def stories_page(store: Store) -> dict[str, Any]:
    """Stories told by more than one document first (copies and rewrites side by side)."""
    return {"stories": store.stories(100)}


def story_page(store: Store, story_id: str) -> dict[str, Any] | None:
    docs = store.story_documents(story_id)
    if not docs:
        return None
    for d in docs:
        d["excerpt"] = (d.pop("text") or "")[:700]
    return {"story_id": story_id, "documents": docs, "happenings": store.happenings([d["id"] for d in docs])}


def watch_page(store: Store) -> dict[str, Any]:
    """What vaarta watch reads: every listing's last poll, what its articles became, and
    the article errors (the same figures as ``vaarta watch --report``)."""
    from vaarta.watch.state import report

    return report(store)


def network_page(store: Store, params: Mapping[str, str], names: Names | None = None) -> dict[str, Any]:
    """The busiest codes of the filtered events' network, the edges between them (drawn) and
    its heaviest edges (listed), not every edge: ``/api/network`` gives those."""
    f = Filters.parse(params, names)
    got = store.network_view(f.query())
    kb = names.kb if names is not None else None
    codes = {n["code"] for n in got["nodes"]} | {c for e in got["edges"] for c in (e["source"], e["target"])}
    every_edge = "/api/network" + (f"?{urlencode(f.active())}" if f.active() else "")
    return {"filters": f.active(), "problems": f.problems, **got, "every_edge": every_edge,
            "names": {c: n for c in sorted(codes) if (n := _code_name(kb, c))},
            "types": store.event_types(), "modalities": list(MODALITIES)}


def map_page(store: Store, params: Mapping[str, str], names: Names | None = None) -> dict[str, Any]:
    """The places of the filtered events, narrowed to one ``month`` (YYYY-MM) when the time
    slider asks; ``months`` lists every month of the filtered range for the slider; ``view``
    is the part of the world asked for (``x,y,w,h`` in map degrees, None: framed to fit)."""
    f = Filters.parse(params, names)
    problems = list(f.problems)
    month = (params.get("month") or "").strip()
    if month and not _month_ok(month):
        problems.append(f"month must be a month as YYYY-MM, e.g. 2024-07, not {month[:20]!r}; showing every month")
        month = ""
    raw_view = (params.get("view") or "").strip()
    view = View.parse(raw_view) if raw_view else None
    if raw_view and view is None:
        problems.append("view must be x,y,w,h in map degrees (0..360 by 0..180); showing where the places are")
    months = _every_month(store.months(f.query()))
    chosen = within_month(f.active(), month) if month else f.active()
    q = Filters(chosen, names=names).query()
    places = store.places(q)
    for p in places:  # a place's events, in the month shown
        p["link"] = "/events?" + urlencode({**chosen, "place": p["name"]})
    total = store.count_events(q)
    placed = sum(p["events"] for p in places)
    shown = [m["month"] for m in months]
    return {"filters": f.active(), "problems": problems, "places": places, "placed": placed, "unplaced": total - placed,
            "month": month or None, "months": months, "month_index": shown.index(month) + 1 if month in shown else 0,
            "view": view.param if view else None,
            "world_link": "?" + urlencode({**f.active(), **({"month": month} if month else {}), "view": "0,0,360,180"}),
            "types": store.event_types(), "modalities": list(MODALITIES)}


def within_month(active: Mapping[str, str], month: str) -> dict[str, str]:
    """The filters narrowed to ``month``: since and until become the later start and the
    earlier end (the store reads ``until`` up to the end of the day, month or year it names)."""
    out = dict(active)
    out["since"] = max(active.get("since") or "", month)
    out["until"] = min((active.get("until") or "9999") + "\uffff", month + "\uffff")[:-1]
    return out


def _month_ok(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value))


def _every_month(counts: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """The months from the first to the last with their event counts, empty ones too (only
    the months with events when that would make more than MAX_PERIODS)."""
    have = dict(counts)
    keys = [m for m, _ in counts]
    if keys:
        run: list[str] = []
        key = keys[0]
        while key <= keys[-1] and len(run) <= MAX_PERIODS:
            run.append(key)
            key = _next_period(key, "month")
        keys = run if len(run) <= MAX_PERIODS else keys
    return [{"month": m, "events": have.get(m, 0)} for m in keys]


def search_page(store: Store, params: Mapping[str, str], names: Names | None = None) -> dict[str, Any]:
    q = (params.get("q") or "").strip()[:200]
    also = tuple(names.spellings.of(q)[1:]) if q and names is not None else ()
    hits = store.search(q, 50, also) if q else []
    for h in hits:
        h["snippet_runs"] = _snippet_runs(h.get("snippet") or "")
    return {"q": q, "hits": hits}


def _snippet_runs(snippet: str) -> list[dict[str, Any]]:
    """"… [मॉस्को] में …" -> runs with the matched words flagged."""
    return [{"text": t, "match": i % 2 == 1} for i, t in enumerate(re.split(r"[\[\]]", snippet)) if t]


def _lang(text: str) -> str:
    """A stand-in for a document stored without its language: Devanagari-heavy text is Hindi."""
    deva = sum(1 for ch in text[:400] if "\u0900" <= ch <= "\u097f")
    return "hi" if deva * 4 >= len(text[:400].replace(" ", "")) else "en"


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def json_twin(ctx: dict[str, Any]) -> bytes:
    """The JSON twin: the page's data, dataclasses and dates made plain as they are met
    (a page of 35,000 network edges is not copied first)."""
    def plain(v: Any) -> Any:
        if isinstance(v, date):
            return v.isoformat()
        if hasattr(v, "__dataclass_fields__"):
            return asdict(v)
        raise TypeError(f"{type(v).__name__} is not JSON")
    return json.dumps(ctx, default=plain, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def as_json(ctx: dict[str, Any]) -> dict[str, Any]:
    """``ctx`` as plain JSON values (for ``vaarta watch --report --json``)."""
    return json.loads(json_twin(ctx))
