"""Coverage-guided fuzzing of the readers with atheris: the first byte picks a format
(.txt, .jsonl, .csv, .html), the rest is the file. Every item must come out as a Doc with
text or as an InputError naming its file; nothing may raise.

    python fuzz/fuzz_ingest.py -runs=100000 -max_len=8192
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["vaarta"]):
    from vaarta.ingest import InputError, read_inputs
    from vaarta.model import Doc

SUFFIXES = (".txt", ".jsonl", ".csv", ".html")
FOLDER = Path(tempfile.mkdtemp(prefix="vaarta-fuzz-"))


def one(data: bytes) -> None:
    if not data:
        return
    path = FOLDER / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    for item in read_inputs([str(path)]):
        if isinstance(item, InputError):
            assert item.source == str(path) and item.message, "an error must say where and what"
        else:
            assert isinstance(item, Doc) and item.raw.strip(), "a document must have text"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()
