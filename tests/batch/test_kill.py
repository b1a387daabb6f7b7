"""A `vaarta run` on a Dask LocalCluster, killed with SIGKILL (client, scheduler and workers
at once) part-way, then run again: the output equals a clean run's, nothing lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from vaarta.ingest import read_inputs

from ..conftest import ROOT


def _corpus(path, copies=8):
    docs = list(read_inputs([str(ROOT / "examples" / "news")]))
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for d in docs:
                fh.write(json.dumps({"id": f"{d.id}-{i}", "text": d.raw, "published": d.published.isoformat()},
                                    ensure_ascii=False) + "\n")
    return copies * len(docs)


def _run(corpus, out, workers):
    return [sys.executable, "-m", "vaarta.cli", "run", str(corpus), "--out", str(out), "--workers", str(workers),
            "--lines", "15"]


def _output(out):
    docs, events = [], []
    for done in sorted(out.glob("done-*")):
        pid = done.name[len("done-"):]
        docs += [r["id"] for r in pq.read_table(out / f"documents-{pid}.parquet").to_pylist()]
        events += [json.loads(r["record"])["event_id"] for r in pq.read_table(out / f"events-{pid}.parquet").to_pylist()]
    return docs, events


def test_sigkill_during_dask_run_then_rerun_equals_a_clean_run(tmp_path):
    pytest.importorskip("distributed")
    corpus = tmp_path / "corpus.jsonl"
    n = _corpus(corpus)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    clean = tmp_path / "clean"
    subprocess.run(_run(corpus, clean, 0), check=True, env=env, capture_output=True, timeout=600)

    killed = tmp_path / "killed"
    proc = subprocess.Popen(_run(corpus, killed, 2), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.time() + 300
    while len(list(killed.glob("done-*"))) < 3 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: client, scheduler, workers
    proc.wait(timeout=30)
    done_at_kill = len(list(killed.glob("done-*")))
    parts = -(-n // 15)
    assert 0 < done_at_kill < parts, "the kill must land part-way through the run"

    res = subprocess.run(_run(corpus, killed, 2), env=env, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    docs, events = _output(killed)
    clean_docs, clean_events = _output(clean)
    assert len(docs) == len(set(docs)) == n  # none lost, none doubled
    assert sorted(docs) == sorted(clean_docs) and sorted(events) == sorted(clean_events)
    assert not list(killed.glob("*.tmp*"))  # no half-written file left behind as output
