"""Stories: copies and rewrites of one article, and one real event told by many.

- Near-duplicate documents: MinHash over character 5-shingles (datasketch's values), LSH to find
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

from sqlalchemy import bindparam, delete, func, or_, select, update

from vaarta.ontology import SYMMETRIC
from vaarta.store.aggregates import add_totals, refresh_stories, set_totals, totals
from vaarta.store.schema import (
    REGROUP_EVENTS,
    agg_months,
    documents,
    events,
    meta,
    signatures,
    story_bands,
    unsigned_documents,
)
from vaarta.store.sql import Store
from vaarta.stories import minhash

SHINGLE = 5
NUM_PERM = 64


@dataclass
class StoryStats:
    documents: int = 0
    stories: int = 0
    linked: int = 0  # documents that share a story with another
    events: int = 0
    clusters: int = 0


def _minhash(text: str):  # type: ignore[no-untyped-def]
    """The text's MinHash signature as stored (uint64 values; ``vaarta.stories.minhash``)."""
    compact = " ".join(text.split())
    shingles = {compact[i : i + SHINGLE] for i in range(max(1, len(compact) - SHINGLE + 1))}
    return minhash.signature([s.encode("utf-8") for s in shingles], NUM_PERM)


def update_stories(store: Store, threshold: float = 0.7, window_days: int = 3, full: bool = False) -> StoryStats:
    """(Re)compute story ids for documents and cluster ids for events.

    Incremental: only documents without a signature are hashed; each finds its near-
    duplicates through the indexed LSH band keys (``story_bands``) and only the stories it
    touches are relabelled; a new event meets only its group's (type, parties, modality)
    events of nearby days, through an index, and only the clusters it joins are relabelled.
    ``full`` (or a store that has no band keys yet) recomputes everything; events are
    clustered again whole after a recode (``add_documents`` marks it: events may have left
    groups). Either way the result equals one full pass: stories are the connected
    components of the band-bucket graph, named by their smallest id. Only rows whose story
    or cluster changed are written; the summary's totals are kept, not counted again."""
    stats = StoryStats()
    bands = _bands(threshold)
    with store.writing() as conn:
        ready = conn.execute(select(meta.c.value).where(meta.c.key == INDEXED)).scalar() == "1"
        full = full or not ready
        if full:
            conn.execute(delete(story_bands))
        unsigned = [r.id for r in conn.execute(unsigned_documents(everywhere=full))]
        new_keys: dict[str, list[tuple[int, str]]] = {}
        for k in range(0, len(unsigned), 500):  # texts are read 500 at a time, not all at once
            chunk = conn.execute(select(documents.c.id, documents.c.text)
                                 .where(documents.c.id.in_(unsigned[k : k + 500]))).all()
            rows = []
            for r in chunk:
                values = _minhash(r.text)
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
        stale = conn.execute(select(meta.c.value).where(meta.c.key == REGROUP_EVENTS)).scalar() == "1"
        _cluster_events(conn, window_days, full or stale)
        if stale:
            conn.execute(delete(meta).where(meta.c.key == REGROUP_EVENTS))
        _count(conn, stats)
    return stats


INDEXED = "story_bands_indexed"  # vaarta_meta key: band and group keys are complete


def _bands(threshold: float) -> list[tuple[int, int]]:
    b, r = minhash.optimal_bands(threshold, NUM_PERM)  # datasketch's MinHashLSH's choice
    return [(i * r, (i + 1) * r) for i in range(b)]


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


JOIN_AT_MOST = 50  # a group with more new events than this (a first load) is clustered again whole


def _cluster_events(conn, window_days: int, full: bool) -> None:  # type: ignore[no-untyped-def]
    """Cluster ids: in each group, events sorted by day (then id) form chains whose
    neighbours are at most ``window_days`` apart; a chain's first event names it (an event
    with no day is a cluster of its own). New events get their group key and day first."""
    fresh = conn.execute(select(events.c.event_id, events.c.type, events.c.actor_countries,
                                events.c.recipient_countries, events.c.modality, events.c.date, events.c.cluster_id,
                                documents.c.published)
                         .join(documents, documents.c.id == events.c.doc_id)
                         .where(events.c.group_key.is_(None))).all()
    keyed = [{"ev": r.event_id, "gk": _group_key(r.type, r.actor_countries, r.recipient_countries, r.modality),
              "gd": _iso(_day(r.date) or r.published), "cid": r.cluster_id} for r in fresh]
    if keyed:
        conn.execute(update(events).where(events.c.event_id == bindparam("ev"))
                     .values(group_key=bindparam("gk"), group_day=bindparam("gd")), keyed)
    new: dict[str, list[dict[str, str | None]]] = {}
    for k in keyed:
        new.setdefault(str(k["gk"]), []).append(k)
    window = timedelta(days=window_days)
    stmt = select(events.c.event_id, events.c.group_key, events.c.group_day, events.c.cluster_id)
    whole = None if full else sorted(g for g, ks in new.items() if len(ks) > JOIN_AT_MOST)
    if whole is None:
        rows = conn.execute(stmt).all()
    else:
        rows = [r for i in range(0, len(whole), 300)
                for r in conn.execute(stmt.where(events.c.group_key.in_(whole[i : i + 300])))]
    changed: list[dict[str, str]] = []
    ids = {str(k["ev"]) for k in keyed}
    before, after = _chains(rows, ids, window, changed)
    relabel: list[dict[str, str]] = []
    for g in [] if whole is None else sorted(set(new) - set(whole)):
        after += _join(conn, g, new[g], window, changed, relabel)
    if changed:
        conn.execute(update(events).where(events.c.event_id == bindparam("ev")).values(cluster_id=bindparam("cid")),
                     changed)
    if relabel:  # whole clusters a new event joined to an earlier one
        conn.execute(update(events).where(events.c.cluster_id == bindparam("old")).values(cluster_id=bindparam("cid")),
                     relabel)
    if whole is None:
        set_totals(conn, {"clusters": after})
    else:
        add_totals(conn, {"clusters": after - before})


def _chains(rows, fresh: set[str], window: timedelta, changed: list[dict[str, str]]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Cluster whole groups of events (rows of event_id, group_key, group_day, cluster_id);
    how many clusters their earlier events had (``fresh`` ones aside), and have now."""
    groups: dict[str, list[tuple[date | None, str]]] = {}
    current: dict[str, str | None] = {}
    for r in rows:
        groups.setdefault(r.group_key, []).append((_day(r.group_day), r.event_id))
        current[r.event_id] = r.cluster_id
    before = len({c for e, c in current.items() if e not in fresh})
    after = 0
    for members in groups.values():
        members.sort(key=lambda m: (m[0] or date.min, m[1]))
        cluster, last = None, None
        for day, event_id in members:
            if cluster is None or day is None or last is None or day - last > window:
                cluster = event_id
                after += 1
            if current.get(event_id) != cluster:
                changed.append({"ev": event_id, "cid": cluster})
            last = day or last
    return before, after


def _join(conn, group: str, new: list[dict[str, str | None]], window: timedelta,  # type: ignore[no-untyped-def]
          changed: list[dict[str, str]], relabel: list[dict[str, str]]) -> int:
    """Cluster a few new events of one group into its clusters, as a pass over the whole
    group would: a new event joins every earlier chain with an event at most ``window``
    from its day — the chains of its nearest earlier neighbours on either side, read
    through ix_events_group — and new events that near each other join; a joined chain is
    named by its first event, the smallest (day, id). Earlier chains no new event comes
    near keep their ids. Returns the change in the number of clusters."""
    delta = 0
    dated: list[tuple[date, str]] = []
    for k in new:
        day, ev = _day(k["gd"]), str(k["ev"])
        if day is None:  # a cluster of its own
            delta += 1
            if k["cid"] != ev:
                changed.append({"ev": ev, "cid": ev})
        else:
            dated.append((day, ev))
    if not dated:
        return delta
    dated.sort()
    ids = [ev for _, ev in dated]
    comps = _Components()
    near: list[str] = []  # the clusters of earlier events new ones meet
    for i, (day, ev) in enumerate(dated):
        comps.find("e" + ev)
        if i and day - dated[i - 1][0] <= window:  # new events that near each other
            comps.union("e" + ev, "e" + dated[i - 1][1])
        # the nearest earlier event of the group on each side, if within the window: every
        # other one as near on that side is in its chain already
        for lo, hi, order in ((day - window, day, events.c.group_day.desc()),
                              (day, day + window, events.c.group_day)):
            cid = conn.execute(select(events.c.cluster_id).where(
                events.c.group_key == group, events.c.group_day >= lo.isoformat(),
                events.c.group_day <= hi.isoformat(), events.c.event_id.not_in(ids)).order_by(order).limit(1)).scalar()
            if cid is not None:
                comps.union("e" + ev, "c" + cid)
                near.append(cid)
    olds = sorted(set(near))
    heads = dict(conn.execute(select(events.c.event_id, events.c.group_day).where(events.c.event_id.in_(olds)))
                 .all()) if olds else {}
    new_day = {ev: day for day, ev in dated}
    first: dict[str, tuple[date, str]] = {}
    joined: dict[str, int] = {}
    for node in list(comps.parent):
        root, name = comps.find(node), node[1:]
        if node[0] == "c":
            key = (_day(heads.get(name)) or date.min, name)
            joined[root] = joined.get(root, 0) + 1
        else:
            key = (new_day[name], name)
        if root not in first or key < first[root]:
            first[root] = key
    for root in {comps.find(n) for n in comps.parent}:
        delta += 1 - joined.get(root, 0)
    for node in comps.parent:
        root, name = comps.find(node), node[1:]
        head = first[root][1]
        if node[0] == "e" and head != name:
            changed.append({"ev": name, "cid": head})
        elif node[0] == "c" and head != name:
            relabel.append({"old": name, "cid": head})
    return delta


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _count(conn, stats: StoryStats) -> None:  # type: ignore[no-untyped-def]
    """The summary, from totals kept as the stories and clusters changed (no count over the
    documents or events)."""
    kept = totals(conn)
    stats.documents, stats.stories, stats.linked = kept["story_documents"], kept["stories"], kept["story_linked"]
    stats.events = int(conn.execute(select(func.coalesce(func.sum(agg_months.c.n), 0))).scalar_one())
    stats.clusters = kept["clusters"]


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value[:7] + "-01") \
            if len(value) == 7 else date(int(value[:4]), 1, 1)
    except ValueError:
        return None
