"""A killed ingest, run again, leaves the same database as one clean run."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from vaarta.ingest import read_inputs

from ..conftest import ROOT


def _corpus(path, copies=12):
    docs = [d for d in read_inputs([str(ROOT / "examples" / "news")])]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for d in docs:
                fh.write(json.dumps({"id": f"{d.id}-{i}", "text": f"{d.raw}\nसंदर्भ क्रमांक {i}",
                                     "published": d.published.isoformat()}, ensure_ascii=False) + "\n")
    return copies * len(docs)


def _ingest(corpus, db):
    return [sys.executable, "-m", "vaarta.cli", "ingest", str(corpus), "--db", f"sqlite:///{db}", "--batch", "20"]


def _snapshot(db):
    con = sqlite3.connect(db)
    try:
        docs = sorted(r[0] for r in con.execute("SELECT id FROM documents"))
        evs = sorted(con.execute("SELECT event_id, type, actor_countries, recipient_countries, date FROM events"))
        return docs, evs
    finally:
        con.close()


def _count(db):
    try:
        con = sqlite3.connect(db, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_during_ingest_then_rerun_equals_a_clean_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    n = _corpus(corpus)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    subprocess.run(_ingest(corpus, tmp_path / "clean.db"), check=True, env=env, capture_output=True, timeout=300)

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(_ingest(corpus, killed), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while _count(killed) < 40 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    stored_at_kill = _count(killed)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert 0 < stored_at_kill < n, "the run was not caught in the middle"
    assert _count(killed) % 20 == 0 or _count(killed) == n  # whole batches only
    subprocess.run(_ingest(corpus, killed), check=True, env=env, capture_output=True, timeout=300)
    assert _snapshot(killed) == _snapshot(tmp_path / "clean.db")
    assert len(_snapshot(killed)[0]) == n
