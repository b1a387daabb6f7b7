"""A large store, quickly: synthetic but realistic coded documents for ``vaarta bench --store-events``.

The sample news is coded once; each synthetic document is one of those articles (its text
made unique) whose events keep their type, CAMEO code, Goldstein score, modality, rule,
evidence and participants' names, while the states are drawn again (a skewed draw over the
KB's states, the states of the sample news first, so that a few dyads dominate as in real
news) and the dates are spread over ``years`` years. Documents go through the store's own
write path (``Store.add_documents``), so everything the store keeps beside the events is kept
for them too. Story grouping is not run (hashing 100,000 articles takes minutes): each
document gets a random MinHash signature of its own (a story of one document, as most
articles are) and its events a cluster of their own, so the store looks grouped and the
next ingest does the incremental work a real one would.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import insert, update

from vaarta.model import Doc, EventDate
from vaarta.pipeline import Pipeline
from vaarta.store.aggregates import refresh_stories
from vaarta.store.schema import documents, events, meta, signatures, story_bands, unsigned_documents
from vaarta.store.sql import Store

SEED = 16
LAST_DAY = date(2025, 12, 31)


def coded_templates(pipeline: Pipeline) -> list[Doc]:
    """The sample news, coded: the articles synthetic documents are made from."""
    from vaarta.evaluate.bench import EXAMPLES
    from vaarta.ingest import read_inputs

    docs = [pipeline(d) for d in read_inputs([str(EXAMPLES)]) if isinstance(d, Doc)]
    return [d for d in docs if d.events]


def state_weights(templates: list[Doc], codes: list[str]) -> tuple[list[str], list[float]]:
    """Every state code, the sample news' most frequent first, weighted 1/rank (Zipf)."""
    seen: dict[str, int] = {}
    for d in templates:
        for ev in d.events:
            for a in ev.actors + ev.recipients:
                if a.country:
                    seen[a.country] = seen.get(a.country, 0) + 1
    head = sorted(seen, key=lambda c: (-seen[c], c))
    order = head + sorted(set(codes) - set(head))
    return order, [1.0 / (rank + 1) for rank in range(len(order))]


def synthetic_docs(templates: list[Doc], codes: list[str], n_events: int, years: int = 10,
                   seed: int = SEED) -> Iterator[Doc]:
    """Documents holding ``n_events`` events in all (the last one may be cut short)."""
    rng = random.Random(seed)
    order, weights = state_weights(templates, codes)
    span = years * 365
    written = i = 0
    while written < n_events:
        t = templates[i % len(templates)]
        published = LAST_DAY - timedelta(days=int(span * rng.random() ** 0.7))  # more news of late
        doc_id = f"syn-{i}"
        draw = _StateDraw(rng, order, weights)
        evs = []
        for k, ev in enumerate(t.events[: n_events - written]):
            evs.append(replace(ev, doc_id=doc_id, event_id=f"{doc_id}:{k}",
                               actors=[replace(a, country=draw(a.country)) for a in ev.actors],
                               recipients=[replace(a, country=draw(a.country)) for a in ev.recipients],
                               date=_shifted(ev.date, published, rng)))
        written += len(evs)
        suffix = f"\n\n({doc_id})"
        yield replace(t, id=doc_id, raw=t.raw + suffix, text=t.text + suffix, published=published,
                      url=f"https://news.example/{doc_id}", events=evs)
        i += 1


class _StateDraw:
    """One document's states: each state of the article kept (2 in 5) or drawn again, the
    same way every time it recurs in the document."""

    def __init__(self, rng: random.Random, order: list[str], weights: list[float]) -> None:
        self.rng, self.order, self.weights = rng, order, weights
        self.states: dict[str, str] = {}

    def __call__(self, code: str | None) -> str | None:
        if code is None:
            return None
        if code not in self.states:
            keep = self.rng.random() < 0.4
            self.states[code] = code if keep else self.rng.choices(self.order, self.weights)[0]
        return self.states[code]


def _shifted(d: EventDate | None, published: date, rng: random.Random) -> EventDate | None:
    """An event date of the same precision, on or up to a week before publication."""
    if d is None:
        return None
    day = published - timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3, 7)))
    value = {"year": day.isoformat()[:4], "month": day.isoformat()[:7]}.get(d.precision, day.isoformat())
    return EventDate(value, d.precision)


def fill_store(store: Store, pipeline: Pipeline, n_events: int, batch: int = 500, years: int = 10,
               seed: int = SEED) -> dict[str, int]:
    """Write synthetic documents holding ``n_events`` events into ``store``; then mark them
    grouped (see the module's docstring). Returns how many documents and events."""
    templates = coded_templates(pipeline)
    docs = events_n = 0
    chunk: list[Doc] = []
    for doc in synthetic_docs(templates, sorted(pipeline.kb.states), n_events, years, seed):
        chunk.append(doc)
        if len(chunk) >= batch:
            res = store.add_documents(chunk)
            docs, events_n = docs + res.added, events_n + res.events
            chunk = []
    if chunk:
        res = store.add_documents(chunk)
        docs, events_n = docs + res.added, events_n + res.events
    mark_grouped(store, seed)
    return {"documents": docs, "events": events_n}


def mark_grouped(store: Store, seed: int = SEED) -> None:
    """Give every document without a signature a random one (its own story), band keys,
    and its events their group keys: what story grouping would leave for unrelated articles."""
    import numpy as np

    from vaarta import stories

    rng = np.random.default_rng(seed)
    bands = stories._bands(0.7)
    with store.writing() as conn:
        unsigned = [r for (r,) in conn.execute(unsigned_documents())]  # (an anti-join: see the schema)
        for k in range(0, len(unsigned), 2000):
            ids = unsigned[k : k + 2000]
            sigs = rng.integers(0, 2**32, size=(len(ids), stories.NUM_PERM), dtype="uint64")
            conn.execute(insert(signatures), [{"doc_id": d, "minhash": s.tobytes()} for d, s in zip(ids, sigs, strict=True)])
            conn.execute(insert(story_bands), [{"band": b, "key": key, "doc_id": d}
                                               for d, s in zip(ids, sigs, strict=True)
                                               for b, key in stories._band_keys(s, bands)])
            conn.execute(update(documents).where(documents.c.id.in_(ids)).values(story_id=documents.c.id))
        refresh_stories(conn)
        conn.execute(meta.delete().where(meta.c.key == stories.INDEXED))
        conn.execute(insert(meta).values(key=stories.INDEXED, value="1"))
        stories._cluster_events(conn, 3, full=False)  # group keys; clusters within each group
        conn.execute(update(events).where(events.c.cluster_id.is_(None)).values(cluster_id=events.c.event_id))
