"""Write everything the pipeline makes of some inputs, to compare two versions of the code.

    python scripts/pipeline_snapshot.py before.jsonl examples/news more/articles.jsonl
    # ... change the code ...
    python scripts/pipeline_snapshot.py after.jsonl examples/news more/articles.jsonl
    cmp before.jsonl after.jsonl

One line per document: the kept text, language, sentences, mentions, events, removals and
offset segments. A speed change must leave this file byte for byte the same; an accuracy
change shows up in it (``diff`` the two files) before it shows up in ``vaarta eval``.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Any

from vaarta.ingest import read_inputs
from vaarta.model import Doc
from vaarta.pipeline import load_pipeline


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    return str(obj)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_path, inputs = argv[0], argv[1:]
    pipeline = load_pipeline()
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for item in read_inputs(inputs):
            if not isinstance(item, Doc):  # an input error: keep it, so a change in reading shows
                out.write(json.dumps({"error": str(item)}, ensure_ascii=False) + "\n")
                continue
            doc = pipeline(item)
            record = {"id": doc.id, "text": doc.text, "lang": doc.lang, "sentences": doc.sentences,
                      "mentions": doc.mentions, "events": doc.events, "removals": doc.removals,
                      "segments": doc.segments}
            out.write(json.dumps(record, default=_plain, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} documents -> {out_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
