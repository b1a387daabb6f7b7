"""Stories: copies and rewrites of one article, and one real event told by many.

- Near-duplicate documents: MinHash over character 5-shingles (datasketch), LSH to find
  candidate pairs, then connected components; each component is a story.
- Cross-document events: events of the same type and participants (the participant set for
  meetings and agreements, the actor and recipient sets otherwise) whose dates lie within a
  window become one cluster; every per-document record stays, as a mention of it. GDELT's
  NumMentions/NumSources, without its double counting.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import bindparam, select, update

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
    """(Re)compute story ids for documents and cluster ids for events.

    Only documents without a signature are read and hashed. Stories are the connected
    components of the LSH candidate graph, found by grouping documents per band bucket
    (the candidates of datasketch's MinHashLSH with the same bands, without querying it
    once per document, which is quadratic when one story has thousands of copies). Only
    rows whose story or cluster changed are written."""
    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    stats = StoryStats()
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)  # only for its choice of bands
    bands = [(i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b)]
    with store.writing() as conn:
        unsigned = [r.id for r in conn.execute(select(documents.c.id).where(
            documents.c.id.not_in(select(signatures.c.doc_id).scalar_subquery())))]
        for k in range(0, len(unsigned), 500):  # texts are read 500 at a time, not all at once
            chunk = conn.execute(select(documents.c.id, documents.c.text)
                                 .where(documents.c.id.in_(unsigned[k : k + 500]))).all()
            conn.execute(signatures.insert(), [
                {"doc_id": r.id, "minhash": LeanMinHash(_minhash(r.text)).hashvalues.astype("uint64").tobytes()}
                for r in chunk])
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        buckets: dict[tuple[int, bytes], str] = {}
        for doc_id, blob in conn.execute(select(signatures.c.doc_id, signatures.c.minhash)):
            parent.setdefault(doc_id, doc_id)
            values = np.frombuffer(blob, dtype="uint64")
            for i, (lo, hi) in enumerate(bands):
                first = buckets.setdefault((i, values[lo:hi].tobytes()), doc_id)
                a, b = find(doc_id), find(first)
                if a != b:  # the smallest id names the story
                    parent[max(a, b)] = min(a, b)
        story = {d: find(d) for d in parent}
        changed = [{"doc": d, "sid": story[d]}
                   for d, old in conn.execute(select(documents.c.id, documents.c.story_id))
                   if d in story and story[d] != old]
        if changed:
            conn.execute(update(documents).where(documents.c.id == bindparam("doc"))
                         .values(story_id=bindparam("sid")), changed)
        sizes = Counter(story.values())
        stats.documents = len(story)
        stats.stories = len(sizes)
        stats.linked = sum(n for n in sizes.values() if n > 1)
        stats.events, stats.clusters = _cluster_events(conn, window_days)
    return stats


def _cluster_events(conn, window_days: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    rows = conn.execute(
        select(events.c.event_id, events.c.type, events.c.actor_countries, events.c.recipient_countries,
               events.c.date, events.c.modality, events.c.cluster_id, documents.c.published)
        .join(documents, documents.c.id == events.c.doc_id)
    ).all()
    groups: dict[tuple, list[tuple[date | None, str]]] = {}
    current: dict[str, str | None] = {}
    for r in rows:
        if r.type in SYMMETRIC:
            parts = "|".join(sorted(set(filter(None, (r.actor_countries + "|" + r.recipient_countries).split("|")))))
            key = (r.type, parts, "", r.modality)
        else:
            key = (r.type, r.actor_countries, r.recipient_countries, r.modality)
        groups.setdefault(key, []).append((_day(r.date) or r.published, r.event_id))
        current[r.event_id] = r.cluster_id
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
    changed = [{"ev": e, "cid": c} for e, c in assignments.items() if current.get(e) != c]
    if changed:
        conn.execute(update(events).where(events.c.event_id == bindparam("ev")).values(cluster_id=bindparam("cid")),
                     changed)
    return len(assignments), len(set(assignments.values()))


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value[:7] + "-01") \
            if len(value) == 7 else date(int(value[:4]), 1, 1)
    except ValueError:
        return None
