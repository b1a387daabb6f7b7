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


def _run(corpus, out, workers, scheduler=None):
    where = ["--dask", scheduler] if scheduler else ["--workers", str(workers)]
    return [sys.executable, "-m", "vaarta.cli", "run", str(corpus), "--out", str(out), *where, "--lines", "15"]


def _output(out):
    docs, events = [], []
    for done in sorted(out.glob("done-*")):
        pid = done.name[len("done-"):]
        docs += [r["id"] for r in pq.read_table(out / f"documents-{pid}.parquet").to_pylist()]
        events += [json.loads(r["record"])["event_id"] for r in pq.read_table(out / f"events-{pid}.parquet").to_pylist()]
    return docs, events


def _kill_part_way(cmd, killed, env):
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.time() + 300
    while len(list(killed.glob("done-*"))) < 3 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group
    proc.wait(timeout=30)
    return len(list(killed.glob("done-*")))


def _same_as_clean(killed, clean, n):
    docs, events = _output(killed)
    clean_docs, clean_events = _output(clean)
    assert len(docs) == len(set(docs)) == n  # none lost, none doubled
    assert sorted(docs) == sorted(clean_docs) and sorted(events) == sorted(clean_events)
    assert not list(killed.glob("*.tmp*"))  # no half-written file left behind as output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    pytest.importorskip("distributed")
    folder = tmp_path_factory.mktemp("kill")
    path = folder / "corpus.jsonl"
    n = _corpus(path)
    clean = folder / "clean"
    subprocess.run(_run(path, clean, 0), check=True, env=_env(), capture_output=True, timeout=600)
    return path, clean, n


def _env():
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def test_sigkill_during_local_cluster_run_then_rerun_equals_a_clean_run(tmp_path, corpus):
    path, clean, n = corpus
    killed = tmp_path / "killed"
    done_at_kill = _kill_part_way(_run(path, killed, 2), killed, _env())  # client, scheduler and workers
    assert 0 < done_at_kill < -(-n // 15), "the kill must land part-way through the run"
    res = subprocess.run(_run(path, killed, 2), env=_env(), capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    _same_as_clean(killed, clean, n)


def test_sigkill_of_the_client_of_a_running_cluster_then_rerun(tmp_path, corpus):
    """`vaarta run --dask ADDRESS` against a scheduler and two workers started apart, as on a
    real cluster: the client is killed, the cluster lives on, the run is started again."""
    path, clean, n = corpus
    env = _env()
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    sched_file = tmp_path / "scheduler.json"
    cluster = [subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                 "--scheduler-file", str(sched_file)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)]
    try:
        deadline = time.time() + 60
        while not sched_file.exists() and time.time() < deadline:
            time.sleep(0.1)
        address = json.loads(sched_file.read_text())["address"]
        cluster.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                         "--nworkers", "2", "--nthreads", "1", "--no-dashboard"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        killed = tmp_path / "killed"
        done_at_kill = _kill_part_way(_run(path, killed, 0, address), killed, env)
        assert 0 < done_at_kill < -(-n // 15), "the kill must land part-way through the run"
        res = subprocess.run(_run(path, killed, 0, address), env=env, capture_output=True, text=True, timeout=600)
        assert res.returncode == 0, res.stderr[-2000:]
        _same_as_clean(killed, clean, n)
    finally:
        for p in reversed(cluster):
            p.terminate()
        for p in cluster:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
