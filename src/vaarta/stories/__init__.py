"""Stories: copies and rewrites of one article, and one real event told by many.

- Near-duplicate documents: MinHash over character 5-shingles (datasketch), LSH to find
  candidate pairs, then connected components; each component is a story.
- Cross-document events: events of the same type and participants (the participant set for
  meetings and agreements, the actor and recipient sets otherwise) whose dates lie within a
  window become one cluster; every per-document record stays, as a mention of it. GDELT's
  NumMentions/NumSources, without its double counting.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import bindparam, case, delete, func, or_, select, update

from vaarta.ontology import SYMMETRIC
from vaarta.store.aggregates import refresh_stories
from vaarta.store.schema import (
    agg_months,
    documents,
    events,
    meta,
    signatures,
    story_bands,
    story_sizes,
    unsigned_documents,
)
from vaarta.store.sql import Store

SHINGLE = 5
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's MinHash scheme; stored signatures are read back with it


@dataclass
class StoryStats:
    documents: int = 0
    stories: int = 0
    linked: int = 0  # documents that share a story with another
    events: int = 0
    clusters: int = 0


def _minhash(text: str):  # type: ignore[no-untyped-def]
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    compact = " ".join(text.split())
    shingles = {compact[i : i + SHINGLE] for i in range(max(1, len(compact) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def update_stories(store: Store, threshold: float = 0.7, window_days: int = 3, full: bool = False) -> StoryStats:
    """(Re)compute story ids for documents and cluster ids for events.

    Incremental: only documents without a signature are hashed; each finds its near-
    duplicates through the indexed LSH band keys (``story_bands``) and only the stories it
    touches are relabelled; only the groups (type, parties, modality) of events without a
    group key are clustered again. ``full`` (or a store that has no band keys yet) recomputes
    everything — after a recode, events may have left groups. Either way the result equals
    one full pass: stories are the connected components of the band-bucket graph, named by
    their smallest id. Only rows whose story or cluster changed are written."""
    from datasketch import LeanMinHash

    stats = StoryStats()
    bands = _bands(threshold)
    with store.writing() as conn:
        ready = conn.execute(select(meta.c.value).where(meta.c.key == INDEXED)).scalar() == "1"
        full = full or not ready
        if full:
            conn.execute(delete(story_bands))
        unsigned = [r.id for r in conn.execute(unsigned_documents())]
        new_keys: dict[str, list[tuple[int, str]]] = {}
        for k in range(0, len(unsigned), 500):  # texts are read 500 at a time, not all at once
            chunk = conn.execute(select(documents.c.id, documents.c.text)
                                 .where(documents.c.id.in_(unsigned[k : k + 500]))).all()
            rows = []
            for r in chunk:
                values = LeanMinHash(_minhash(r.text)).hashvalues.astype("uint64")
                rows.append({"doc_id": r.id, "minhash": values.tobytes()})
                new_keys[r.id] = _band_keys(values, bands)
            conn.execute(signatures.insert(), rows)
            if not full:
                conn.execute(story_bands.insert(), [{"band": b, "key": key, "doc_id": d}
                                                    for d in (r["doc_id"] for r in rows) for b, key in new_keys[d]])
        if full:
            story = _all_stories(conn, bands)
            conn.execute(delete(meta).where(meta.c.key == INDEXED))
            conn.execute(meta.insert().values(key=INDEXED, value="1"))
        else:
            story = _touched_stories(conn, new_keys)
        current = dict(conn.execute(select(documents.c.id, documents.c.story_id)
                                    .where(documents.c.id.in_(list(story)))).all()) if not full else \
            dict(conn.execute(select(documents.c.id, documents.c.story_id)).all())
        changed = [{"doc": d, "sid": sid} for d, sid in story.items() if current.get(d) != sid]
        if changed:
            conn.execute(update(documents).where(documents.c.id == bindparam("doc"))
                         .values(story_id=bindparam("sid")), changed)
        if full:
            refresh_stories(conn)
        elif changed:  # the stories documents left and joined
            refresh_stories(conn, {c["sid"] for c in changed} | {s for c in changed if (s := current.get(c["doc"]))})
        _cluster_events(conn, window_days, full)
        _count(conn, stats)
    return stats


INDEXED = "story_bands_indexed"  # vaarta_meta key: band and group keys are complete


def _bands(threshold: float) -> list[tuple[int, int]]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)  # only for its choice of bands
    return [(i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b)]


def _band_keys(values, bands: list[tuple[int, int]]) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(i, hashlib.blake2b(values[lo:hi].tobytes(), digest_size=16).hexdigest()) for i, (lo, hi) in enumerate(bands)]


class _Components:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smallest id names the story
            self.parent[max(ra, rb)] = min(ra, rb)

    def named(self) -> dict[str, str]:
        return {d: self.find(d) for d in list(self.parent)}


def _all_stories(conn, bands: list[tuple[int, int]]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every document's story from every signature; the band keys are written as they go."""
    import numpy as np

    comps = _Components()
    first_in: dict[tuple[int, str], str] = {}
    batch: list[dict[str, object]] = []
    for doc_id, blob in conn.execute(select(signatures.c.doc_id, signatures.c.minhash)):
        comps.find(doc_id)
        for band, key in _band_keys(np.frombuffer(blob, dtype="uint64"), bands):
            comps.union(doc_id, first_in.setdefault((band, key), doc_id))
            batch.append({"band": band, "key": key, "doc_id": doc_id})
        if len(batch) >= 5000:
            conn.execute(story_bands.insert(), batch)
            batch = []
    if batch:
        conn.execute(story_bands.insert(), batch)
    return comps.named()


def _touched_stories(conn, new_keys: dict[str, list[tuple[int, str]]]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The stories of the new documents and of every story they join, recomputed."""
    if not new_keys:
        return {}
    comps = _Components()
    wanted = {(b, k) for keys in new_keys.values() for b, k in keys}
    by_key: dict[tuple[int, str], list[str]] = {}
    pairs = sorted(wanted)
    for i in range(0, len(pairs), 300):
        chunk = pairs[i : i + 300]
        rows = conn.execute(select(story_bands.c.band, story_bands.c.key, story_bands.c.doc_id)
                            .where(or_(*((story_bands.c.band == b) & (story_bands.c.key == k)
                                         for b, k in chunk)))).all()  # each (band, key) by its index
        for band, key, doc in rows:
            if (band, key) in wanted:
                by_key.setdefault((band, key), []).append(doc)
    for doc, keys in new_keys.items():
        comps.find(doc)
        for bk in keys:
            for other in by_key.get(bk, ()):
                comps.union(doc, other)
    neighbours = set(comps.parent) - set(new_keys)
    stories = {sid for (sid,) in conn.execute(select(documents.c.story_id).where(
        documents.c.id.in_(list(neighbours)))) if sid} if neighbours else set()
    for sid in sorted(stories):  # an old story joins as a whole: its documents are connected already
        for (doc,) in conn.execute(select(documents.c.id).where(documents.c.story_id == sid)):
            comps.union(doc, sid)
    return comps.named()


def _group_key(type_: str, actors: str, recipients: str, modality: str) -> str:
    if type_ in SYMMETRIC:
        parts = "|".join(sorted(set(filter(None, (actors + "|" + recipients).split("|")))))
        return f"{type_}/{parts}//{modality}"
    return f"{type_}/{actors}/{recipients}/{modality}"


def _cluster_events(conn, window_days: int, full: bool) -> None:  # type: ignore[no-untyped-def]
    fresh = conn.execute(select(events.c.event_id, events.c.type, events.c.actor_countries,
                                events.c.recipient_countries, events.c.modality)
                         .where(events.c.group_key.is_(None))).all()
    keyed = [{"ev": r.event_id, "gk": _group_key(r.type, r.actor_countries, r.recipient_countries, r.modality)}
             for r in fresh]
    if keyed:
        conn.execute(update(events).where(events.c.event_id == bindparam("ev")).values(group_key=bindparam("gk")),
                     keyed)
    stmt = select(events.c.event_id, events.c.group_key, events.c.date, events.c.cluster_id, documents.c.published) \
        .join(documents, documents.c.id == events.c.doc_id)
    if full:
        rows = conn.execute(stmt).all()
    else:
        keys = sorted({k["gk"] for k in keyed})
        rows = [r for i in range(0, len(keys), 300)
                for r in conn.execute(stmt.where(events.c.group_key.in_(keys[i : i + 300])))]
    groups: dict[str, list[tuple[date | None, str]]] = {}
    current: dict[str, str | None] = {}
    for r in rows:
        groups.setdefault(r.group_key, []).append((_day(r.date) or r.published, r.event_id))
        current[r.event_id] = r.cluster_id
    window = timedelta(days=window_days)
    changed = []
    for members in groups.values():
        members.sort(key=lambda m: (m[0] or date.min, m[1]))
        cluster, last = None, None
        for day, event_id in members:
            if cluster is None or day is None or last is None or day - last > window:
                cluster = event_id
            if current.get(event_id) != cluster:
                changed.append({"ev": event_id, "cid": cluster})
            last = day or last
    if changed:
        conn.execute(update(events).where(events.c.event_id == bindparam("ev")).values(cluster_id=bindparam("cid")),
                     changed)


def _count(conn, stats: StoryStats) -> None:  # type: ignore[no-untyped-def]
    n = story_sizes.c.documents  # (kept by refresh_stories above: no pass over the documents)
    stories, grouped, linked = conn.execute(select(func.count(), func.coalesce(func.sum(n), 0),
                                                   func.coalesce(func.sum(case((n > 1, n), else_=0)), 0))).one()
    stats.documents, stats.stories, stats.linked = int(grouped), int(stories), int(linked)
    stats.events = int(conn.execute(select(func.coalesce(func.sum(agg_months.c.n), 0))).scalar_one())
    stats.clusters = int(conn.execute(select(func.count(func.distinct(events.c.cluster_id)))).scalar_one())


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value[:7] + "-01") \
            if len(value) == 7 else date(int(value[:4]), 1, 1)
    except ValueError:
        return None
