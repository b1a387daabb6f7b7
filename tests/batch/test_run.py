import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from vaarta.batch import code_partition, plan
from vaarta.cli import app
from vaarta.ingest import read_inputs
from vaarta.store import open_store

from ..conftest import ROOT

NEWS = str(ROOT / "examples" / "news")


def _records(out):
    rows = []
    for f in sorted(out.glob("events-*.parquet")):
        rows += [json.loads(r["record"]) for r in pq.read_table(f).to_pylist()]
    return sorted(rows, key=lambda r: r["event_id"])


def _expected(pipeline):
    evs = [e.to_dict() for d in read_inputs([NEWS]) for e in pipeline(d).events]
    return sorted(evs, key=lambda r: r["event_id"])


def _jsonl(tmp_path, copies=3):
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for d in read_inputs([NEWS]):
                fh.write(json.dumps({"id": f"{d.id}-{i}", "text": d.raw, "published": d.published.isoformat()},
                                    ensure_ascii=False) + "\n")
    return path


def test_run_on_two_dask_workers_equals_extract(pipeline, tmp_path):
    pytest.importorskip("distributed")
    from vaarta.batch.dask_runner import run_dask

    parts = plan([NEWS], files=8)
    assert len(parts) >= 3
    summary = run_dask(parts, tmp_path, None, 2)
    assert not summary.failed and summary.partitions == len(parts)
    assert _records(tmp_path) == _expected(pipeline)


def test_run_resumes_and_reports_line_numbers(pipeline, tmp_path):
    corpus = _jsonl(tmp_path)
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    out = tmp_path / "out"
    out.mkdir()
    n_lines = sum(1 for _ in corpus.open(encoding="utf-8"))
    parts = plan([str(corpus)], lines=25)
    assert len(parts) == -(-n_lines // 25) >= 4
    for p in parts:
        code_partition(p, out, pipeline)
    first = _records(out)
    victim = parts[1].id
    for f in out.glob(f"*{victim}*"):
        f.unlink()
    results = [code_partition(p, out, pipeline) for p in parts]
    assert [r.skipped for r in results] == [i != 1 for i in range(len(parts))]
    assert _records(out) == first
    errors = [json.loads(x) for f in out.glob("errors-*.jsonl") for x in f.read_text(encoding="utf-8").splitlines()]
    assert [e["line"] for e in errors] == [n_lines] and errors[0]["source"] == str(corpus)


def test_ingest_from_parquet_equals_direct_ingest(tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", NEWS, "--out", str(out), "--workers", "0"])
    assert res.exit_code == 0, res.output
    a, b = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    assert runner.invoke(app, ["ingest", "--from-parquet", str(out), "--db", a]).exit_code == 0
    assert runner.invoke(app, ["ingest", NEWS, "--db", b]).exit_code == 0
    sa, sb = open_store(a), open_store(b)
    assert (sa.count("documents"), sa.count("events")) == (sb.count("documents"), sb.count("events"))
    assert sorted(e["event_id"] for e in sa.iter_events()) == sorted(e["event_id"] for e in sb.iter_events())
    # the evidence spans go through the Parquet files too (the pages mark from them)
    evidence = [{e["event_id"]: e["evidence"] for e in s.iter_events()} for s in (sa, sb)]
    assert evidence[0] == evidence[1] and all(ev["spans"] is not None for ev in evidence[0].values())
    assert all(r["evidence"]["spans"] is not None for r in _records(out))
