"""Throughput benchmark: ``vaarta bench``.

Builds a corpus of N documents of about ``size`` bytes from the bundled sample news (each
document stitched from several articles, so that mentions and events are realistic), runs
the pipeline in this process, and reports articles/s, MB/s, events/s, the share of time per
component, and peak memory (max RSS).
"""

from __future__ import annotations

import cProfile
import resource
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vaarta.ingest import read_inputs
from vaarta.model import Doc
from vaarta.pipeline import Pipeline

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "news"


@dataclass
class BenchResult:
    docs: int
    bytes: int
    events: int
    seconds: float
    stages: dict[str, float] = field(default_factory=dict)
    max_rss_mb: float = 0.0

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, float | int | dict[str, float]]:
        return {
            "docs": self.docs,
            "mb": round(self.bytes / 1e6, 2),
            "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.docs_per_s, 1),
            "mb_per_s": round(self.bytes / 1e6 / self.seconds, 3) if self.seconds else 0.0,
            "events_per_s": round(self.events / self.seconds, 1) if self.seconds else 0.0,
            "stage_share": {k: round(v / self.seconds, 3) for k, v in self.stages.items()},
            "max_rss_mb": round(self.max_rss_mb, 1),
        }


def sample_texts(source: Path | None = None) -> list[tuple[str, date | None]]:
    items = read_inputs([str(source or EXAMPLES)])
    out = [(d.raw, d.published) for d in items if isinstance(d, Doc) and (d.lang or "hi") == "hi"]
    if not out:
        raise ValueError(f"no Hindi articles found in {source or EXAMPLES}")
    return out


def corpus(n: int, size: int, source: Path | None = None):  # type: ignore[no-untyped-def]
    """Yield n Docs of about ``size`` bytes, generated lazily (memory stays flat): articles
    are joined until the size is reached, then cut back at the last paragraph end that
    keeps the document within 10% of it."""
    texts = sample_texts(source)
    for i in range(n):
        parts, total, j = [], 0, i
        while total < size:
            raw, pub = texts[j % len(texts)]
            parts.append(raw)
            total += len(raw.encode("utf-8"))
            j += 1
        yield Doc(f"bench-{i}", _trim("\n".join(parts), size), texts[i % len(texts)][1])


def _trim(text: str, size: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= size * 1.1:
        return text
    head = data[: int(size * 1.1)].decode("utf-8", errors="ignore")
    cut = head.rfind("\n")
    return head[:cut] if cut > len(head) // 2 else head


def run_bench(pipeline: Pipeline, n: int, size: int, source: Path | None = None,
              profile: Path | None = None) -> BenchResult:
    stages = dict.fromkeys(pipeline.component_names, 0.0)
    res = BenchResult(0, 0, 0, 0.0, stages)
    prof = cProfile.Profile() if profile else None
    clock = time.perf_counter
    start = clock()
    if prof:
        prof.enable()
    for doc in corpus(n, size, source):
        res.bytes += len(doc.raw.encode("utf-8"))
        for name, component in pipeline.components:
            t0 = clock()
            doc = component(doc)
            stages[name] += clock() - t0
        res.docs += 1
        res.events += len(doc.events)
    if prof:
        prof.disable()
        prof.dump_stats(str(profile))
    res.seconds = clock() - start
    res.max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return res


def run_store_bench(pipeline: Pipeline, n_events: int, url: str, batch: int = 200) -> dict[str, float | int]:
    """Write ``n_events`` coded events into the store at ``url`` and time it, then time a
    filtered query (actor RUS, type CONSULT, since 2020, 100 rows) on the full database.

    Documents are the sample news coded once and cloned under new ids, so the figure is the
    store's write rate, not the coder's."""
    from dataclasses import replace

    from vaarta.store import EventQuery, open_store

    base = [d for d in (pipeline(doc) for doc in corpus(60, 5000)) if d.events]
    store = open_store(url)
    written = docs = 0
    seconds = 0.0
    i = 0
    clock = time.perf_counter
    while written < n_events:
        chunk = []
        for d in base:
            doc_id = f"{d.id}-{i}"
            events = [replace(e, doc_id=doc_id, event_id=f"{doc_id}:{k}") for k, e in enumerate(d.events)]
            chunk.append(replace(d, id=doc_id, raw=f"{d.raw}\n{i}", events=events))
            written += len(events)
            i += 1
            if len(chunk) >= batch or written >= n_events:
                t0 = clock()
                docs += store.add_documents(chunk).added
                seconds += clock() - t0
                chunk = []
            if written >= n_events:
                break
        if chunk:
            t0 = clock()
            docs += store.add_documents(chunk).added
            seconds += clock() - t0
    query = EventQuery(actor="RUS", type="CONSULT", since="2020-01-01", limit=100)
    timings = []
    for _ in range(20):
        t0 = clock()
        store.events(query)
        timings.append(clock() - t0)
    timings.sort()
    total = store.count("events")
    store.close()
    return {"events": total, "documents": docs, "write_seconds": round(seconds, 2),
            "events_per_s": round(written / seconds, 1) if seconds else 0.0,
            "query_p50_ms": round(timings[len(timings) // 2] * 1000, 1), "query_max_ms": round(timings[-1] * 1000, 1)}
