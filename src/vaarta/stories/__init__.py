"""Stories: copies and rewrites of one article, and one real event told by many.

- Near-duplicate documents: MinHash over character 5-shingles (datasketch), LSH to find
  candidate pairs, then connected components; each component is a story.
- Cross-document events: events of the same type and participants (the participant set for
  meetings and agreements, the actor and recipient sets otherwise) whose dates lie within a
  window become one cluster; every per-document record stays, as a mention of it. GDELT's
  NumMentions/NumSources, without its double counting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select, update

from vaarta.store.schema import documents, events, signatures
from vaarta.store.sql import Store

SHINGLE = 5
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's MinHash scheme; stored signatures are read back with it
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})


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


def update_stories(store: Store, threshold: float = 0.7, window_days: int = 3) -> StoryStats:
    """(Re)compute story ids for documents and cluster ids for events."""
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    stats = StoryStats()
    with store.engine.begin() as conn:
        have = {r.doc_id for r in conn.execute(select(signatures.c.doc_id))}
        todo = conn.execute(select(documents.c.id, documents.c.text)).all()
        new = [(r.id, LeanMinHash(_minhash(r.text))) for r in todo if r.id not in have]
        if new:
            conn.execute(signatures.insert(), [{"doc_id": i, "minhash": m.hashvalues.astype("uint64").tobytes()}
                                               for i, m in new])
        sigs = {r.doc_id: LeanMinHash(seed=1, hashvalues=np.frombuffer(r.minhash, dtype="uint64"), scheme=SCHEME)
                for r in conn.execute(select(signatures.c.doc_id, signatures.c.minhash))}
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        for doc_id, m in sigs.items():
            lsh.insert(doc_id, m)
        parent = {d: d for d in sigs}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for doc_id, m in sigs.items():
            for other in lsh.query(m):
                a, b = find(doc_id), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        story = {d: find(d) for d in sigs}
        for doc_id, sid in story.items():
            conn.execute(update(documents).where(documents.c.id == doc_id).values(story_id=sid))
        stats.documents = len(story)
        stats.stories = len(set(story.values()))
        stats.linked = sum(1 for d, s in story.items() if sum(1 for x in story.values() if x == s) > 1)
        stats.events, stats.clusters = _cluster_events(conn, window_days)
    return stats


def _cluster_events(conn, window_days: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    rows = conn.execute(
        select(events.c.event_id, events.c.type, events.c.actor_countries, events.c.recipient_countries,
               events.c.date, events.c.modality, documents.c.published)
        .join(documents, documents.c.id == events.c.doc_id)
    ).all()
    groups: dict[tuple, list[tuple[date | None, str]]] = {}
    for r in rows:
        if r.type in SYMMETRIC:
            parts = "|".join(sorted(set(filter(None, (r.actor_countries + "|" + r.recipient_countries).split("|")))))
            key = (r.type, parts, "", r.modality)
        else:
            key = (r.type, r.actor_countries, r.recipient_countries, r.modality)
        groups.setdefault(key, []).append((_day(r.date) or r.published, r.event_id))
    window = timedelta(days=window_days)
    assignments: dict[str, str] = {}
    for members in groups.values():
        members.sort(key=lambda m: (m[0] or date.min, m[1]))
        cluster, last = None, None
        for day, event_id in members:
            if cluster is None or day is None or last is None or day - last > window:
                cluster = event_id
            assignments[event_id] = cluster
            last = day or last
    for event_id, cluster in assignments.items():
        conn.execute(update(events).where(events.c.event_id == event_id).values(cluster_id=cluster))
    return len(assignments), len(set(assignments.values()))


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value[:7] + "-01") \
            if len(value) == 7 else date(int(value[:4]), 1, 1)
    except ValueError:
        return None
