"""Read the data files shipped in ``vaarta/data``."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("vaarta"))).joinpath("data", *parts)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header line, as (line number, row); '#' lines are comments."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = ((n, line) for n, line in enumerate(fh, 1) if line.strip() and not line.startswith("#"))
        header: list[str] | None = None
        for n, line in lines:
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            yield n, dict(zip(header, cells, strict=False))


__all__ = ["data_path", "load_yaml", "read_tsv"]
