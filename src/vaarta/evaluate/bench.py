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
from typing import Any

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
    sentences: int = 0

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
            "sentences": self.sentences,
            "sentences_per_s": round(self.sentences / self.seconds, 1) if self.seconds else 0.0,
            "stage_share": {k: round(v / self.seconds, 3) for k, v in self.stages.items()},
            "max_rss_mb": round(self.max_rss_mb, 1),
        }


def sample_texts(source: Path | None = None, lang: str = "hi") -> list[tuple[str, date | None]]:
    """The articles of ``source`` (default: the sample news) in language ``lang``."""
    items = read_inputs([str(source or EXAMPLES)])
    out = [(d.raw, d.published) for d in items if isinstance(d, Doc) and (d.lang or "hi") == lang]
    if not out:
        raise ValueError(f"no articles in language {lang!r} found in {source or EXAMPLES}")
    return out


def corpus(n: int, size: int, source: Path | None = None, lang: str = "hi"):  # type: ignore[no-untyped-def]
    """Yield n Docs of about ``size`` bytes, generated lazily (memory stays flat): articles
    are joined until the size is reached, then cut back at the last paragraph end that
    keeps the document within 10% of it."""
    texts = sample_texts(source, lang)
    for i in range(n):
        parts, total, j = [], 0, i
        while total < size:
            raw, pub = texts[j % len(texts)]
            parts.append(raw)
            total += len(raw.encode("utf-8"))
            j += 1
        yield Doc(f"bench-{i}", _trim("\n".join(parts), size), texts[i % len(texts)][1], lang=lang)


def _trim(text: str, size: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= size * 1.1:
        return text
    head = data[: int(size * 1.1)].decode("utf-8", errors="ignore")
    cut = head.rfind("\n")
    return head[:cut] if cut > len(head) // 2 else head


def run_bench(pipeline: Pipeline, n: int, size: int, source: Path | None = None,
              profile: Path | None = None, lang: str = "hi") -> BenchResult:
    stages = dict.fromkeys(pipeline.component_names, 0.0)
    res = BenchResult(0, 0, 0, 0.0, stages)
    prof = cProfile.Profile() if profile else None
    clock = time.perf_counter
    start = clock()
    if prof:
        prof.enable()
    for doc in corpus(n, size, source, lang):
        res.bytes += len(doc.raw.encode("utf-8"))
        for name, component in pipeline.components:
            t0 = clock()
            doc = component(doc)
            stages[name] += clock() - t0
        res.docs += 1
        res.events += len(doc.events)
        res.sentences += len(doc.sentences)
    if prof:
        prof.disable()
        prof.dump_stats(str(profile))
    res.seconds = clock() - start
    res.max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return res


def run_store_bench(pipeline: Pipeline, n_events: int, url: str, repeat: int = 20,
                    on_result: Any = None) -> dict[str, Any]:
    """Fill the store at ``url`` with synthetic coded documents up to ``n_events`` events
    (``vaarta.evaluate.synthetic``; a store holding that many already is left as it is),
    then time one article's ingest and every page and API call (``vaarta.evaluate.latency``)."""
    from vaarta.evaluate import latency, synthetic
    from vaarta.store import open_store
    from vaarta.store.sql import sqlite_path

    t0 = time.perf_counter()
    store = open_store(url)  # upgrading an older store's schema included
    out: dict[str, Any] = {"open_seconds": round(time.perf_counter() - t0, 1)}
    have = out["events_before"] = store.count("events")
    if have < n_events:
        t0 = time.perf_counter()
        written = synthetic.fill_store(store, pipeline, n_events - have)
        seconds = time.perf_counter() - t0
        out.update(written=written, write_seconds=round(seconds, 1),
                   events_per_s=round(written["events"] / seconds, 1) if seconds else 0.0)
    out["events"], out["documents"] = store.count("events"), store.count("documents")
    path = sqlite_path(url)
    if path:
        with store.engine.connect() as conn:  # the write-ahead log folded in: the size is the file's
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        out["sqlite_mb"] = round(sum(Path(p).stat().st_size for p in (path, path + "-wal")
                                     if Path(p).exists()) / 1e6, 1)
    store.close()
    out["one_article_ingest"] = latency.one_article_ingest(url)
    store = open_store(url)
    timings = latency.measure(store, pipeline, latency.endpoints(store), repeat, on_result=on_result)
    store.close()
    out["requests"] = [t.as_dict() for t in timings]
    return out
