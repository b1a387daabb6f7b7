"""Coverage-guided fuzzing of the pipeline with atheris: any bytes, decoded as the readers
would, through cleaning, segmentation, mentions and coding. A crash or a broken offset
stops the fuzzer with the input that caused it.

    python fuzz/fuzz_text.py -runs=100000 -max_len=4096
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["vaarta"]):
    from vaarta import Doc, load_pipeline
    from vaarta.ingest import InputError, decode

PIPELINE = load_pipeline()


def one(data: bytes) -> None:
    text = decode(data)
    if isinstance(text, InputError):
        return
    doc = PIPELINE(Doc("fuzz", text, None))
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text, "a sentence offset does not point at its text"
    for ev in doc.events:
        assert doc.text[ev.evidence.start : ev.evidence.end] == ev.evidence.sentence, "evidence offset"
        assert ev.rule and ev.actors, "an event without a rule or an actor"


if __name__ == "__main__":
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()
