"""Short coverage-guided fuzzing runs (atheris) of the pipeline and the readers, seeded with
the sample news. Longer campaigns: see docs/reliability.md."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

pytest.importorskip("atheris")


@pytest.mark.parametrize("harness,runs", [("fuzz_text.py", 1500), ("fuzz_ingest.py", 3000)])
def test_fuzz_harness_finds_no_crash(tmp_path, harness, runs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted((ROOT / "examples" / "news").glob("*.txt"))[:10]:
        shutil.copy(f, corpus / f.name)
    res = subprocess.run([sys.executable, str(ROOT / "fuzz" / harness), str(corpus), f"-runs={runs}",
                          "-max_len=8192", "-seed=1"], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    assert f"Done {runs} runs" in res.stderr
