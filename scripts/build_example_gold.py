"""Join examples/news/*.txt with annotations.yaml into examples/news/gold.jsonl.

    python scripts/build_example_gold.py          # rewrite gold.jsonl
    python scripts/build_example_gold.py --check  # exit 1 if gold.jsonl is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from vaarta.ingest import InputError, read_file

NEWS = Path(__file__).resolve().parents[1] / "examples" / "news"
DEFAULTS = {"mode": None, "modality": "asserted", "date": None, "date_precision": None, "place": None,
            "required": True, "note": ""}


def build() -> str:
    notes = yaml.safe_load((NEWS / "annotations.yaml").read_text(encoding="utf-8"))
    lines = []
    for path in sorted(NEWS.glob("*.txt")):
        (doc,) = list(read_file(path))
        if isinstance(doc, InputError):
            raise SystemExit(str(doc))
        events = [{"type": e["type"], "mode": e.get("mode"), "actor": e["actor"], "recipient": e.get("recipient", []),
                   **{k: e.get(k, v) for k, v in DEFAULTS.items() if k != "mode"}} for e in notes.get(doc.id, [])]
        record = {"id": doc.id, "lang": doc.lang or "hi", "published": doc.published.isoformat() if doc.published else None,
                  "source_file": path.name, "text": doc.raw, "events": events}
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main() -> int:
    text = build()
    target = NEWS / "gold.jsonl"
    if "--check" in sys.argv:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print("examples/news/gold.jsonl is out of date: run scripts/build_example_gold.py", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
