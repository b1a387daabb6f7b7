"""The bundled world outline (Natural Earth 1:110m, see scripts/build_world.py) and what is
read from it: a country's outline for the map, a point inside it for a country-wide place."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def world() -> dict[str, Any]:
    """The outline: ``{"source": …, "countries": [{"iso", "name", "rings"}, …]}``."""
    path = resources.files("vaarta") / "data" / "geo" / "world.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    """(lat, lon) of the middle of each country's largest ring (its mainland), by ISO3 code.
    Countries too small for the outline (Bahrain, Malta, Singapore …) are absent."""
    out: dict[str, tuple[float, float]] = {}
    for c in world()["countries"]:
        ring = max(c["rings"], key=lambda r: abs(_area(r)), default=None)
        if ring and c.get("iso") and (mid := _centroid(ring)) is not None:
            out[c["iso"]] = mid
    return out


def _area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _centroid(ring: list[list[float]]) -> tuple[float, float] | None:
    a = _area(ring)
    if not a:
        return None
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return round(cy / (6 * a), 4), round(cx / (6 * a), 4)


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """States that share a land border in the outline (their rings share a point), by ISO3
    code: ``neighbours()["IND"]`` holds PAK, CHN, NPL, BTN, BGD and MMR. Islands have none."""
    at: dict[tuple[float, float], set[str]] = {}
    for c in world()["countries"]:
        for ring in c["rings"]:
            for x, y in ring:
                at.setdefault((x, y), set()).add(c["iso"])
    out: dict[str, set[str]] = {}
    for states in at.values():
        for a in states:
            out.setdefault(a, set()).update(states - {a})
    return {k: frozenset(v) for k, v in out.items() if v}
