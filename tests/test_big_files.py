"""A 50 MB input: a JSONL corpus is read a line at a time (memory stays flat, bad lines are
reported with their numbers, the rest read); one 50 MB article is refused clearly."""

from __future__ import annotations

import json
import tracemalloc

from vaarta.ingest import InputError, read_inputs

LINE = "भारत और रूस के बीच व्यापार पर बातचीत जारी रही। " * 40  # ~2.7 KB of UTF-8


def test_a_50_mb_jsonl_is_streamed_with_bad_lines_reported(tmp_path):
    path = tmp_path / "big.jsonl"
    n = 0
    with path.open("wb") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            n += 1
            if n == 5000:
                fh.write(b'{"id": "x", "text": "\xff\xfe broken"}\n')
            elif n == 9000:
                fh.write(b"{truncated\n")
            else:
                fh.write(json.dumps({"id": f"d{n}", "text": LINE}, ensure_ascii=False).encode() + b"\n")
    tracemalloc.start()
    docs = errors = 0
    bad_lines = []
    for item in read_inputs([str(path)]):
        if isinstance(item, InputError):
            errors += 1
            bad_lines.append(item.line)
        else:
            docs += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert docs == n - 2 and bad_lines == [5000, 9000]
    assert peak < 5 * 1024 * 1024  # a line at a time, not the 50 MB file


def test_a_50_mb_article_is_refused_and_its_neighbours_still_read(tmp_path):
    (tmp_path / "huge.txt").write_bytes(("क" * 1024 + "\n").encode() * (50 * 1024 // 3))
    (tmp_path / "small.txt").write_text("भारत ने रूस से बात की।", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(items) == 2 and len(errors) == 1
    assert errors[0].source.endswith("huge.txt") and "MB limit" in errors[0].message and ".jsonl" in errors[0].message
