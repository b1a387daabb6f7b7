"""The legend every page with codes shows: PLOVER types, quad classes, the organisation codes
of the KB and the names of CAMEO codes (read once from the package's data files)."""

from __future__ import annotations

from functools import cache
from typing import Any

from vaarta.kb.codes import organisation_names
from vaarta.ontology import EVENT_TYPES, QUAD_CLASSES, TYPE_MEANINGS
from vaarta.text.resources import data_path, read_tsv


@cache
def cameo_names() -> dict[str, str]:
    return {r["code"]: r["name"] for _, r in read_tsv(data_path("lexicon") / "cameo_codes.tsv")}


def organisation_codes() -> dict[str, str]:
    """Code -> name of the organisations and groups events may name (UNO, EUR, AFU, IMG …)."""
    out = {"IMG": "a non-state armed group (Hamas, the Houthis, the Taliban before 2021, “terrorists”)",
           **organisation_names()}
    return dict(sorted(out.items()))


def legend() -> dict[str, Any]:
    return {"types": [(t, TYPE_MEANINGS[t]) for t in EVENT_TYPES], "quads": sorted(QUAD_CLASSES.items()),
            "organisations": list(organisation_codes().items())}
