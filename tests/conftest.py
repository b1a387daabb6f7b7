from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vaarta import Doc, Pipeline, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return load_pipeline()


@pytest.fixture(scope="session")
def code(pipeline: Pipeline):
    """Run the whole pipeline on a text; returns the Doc."""

    def run(text: str, published: str = "2024-07-09", lang: str | None = "hi") -> Doc:
        return pipeline(Doc("t", text, date.fromisoformat(published), lang=lang))

    return run
