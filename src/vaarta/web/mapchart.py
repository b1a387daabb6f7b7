"""Geometry of the map page, computed on the server so the map shows without JavaScript:
the Natural Earth outline, one circle per place, the part of the world in view, and the
legend of circle size and colour.

Map coordinates are equirectangular degrees: x = lon + 180, y = 90 - lat (0..360 x 0..180).
A view is a box of them, twice as wide as high (the figure's shape). Circle radii are given
in map units scaled with the view's width, so a circle has the same size on screen whatever
part of the world is in view; the legend draws them at the scale of a map 1,000 units wide,
which is how the page shows it (legend and map share the figure's width).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vaarta.geo import world
from vaarta.web.charts import score_colour

WORLD = (0.0, 0.0, 360.0, 180.0)
MIN_SPAN = 4.0  # degrees: the narrowest view
FIT_SPAN = 60.0  # the narrowest view that frames the places by itself
LEGEND_WIDTH = 1000.0
_NUMBER = r"\s*(-?\d+(?:\.\d+)?)\s*"
_VIEW = re.compile(rf"^{_NUMBER},{_NUMBER},{_NUMBER},{_NUMBER}$")


@lru_cache(maxsize=1)
def world_paths() -> tuple[str, ...]:
    """One SVG path per country in map coordinates."""
    out = []
    for c in world()["countries"]:
        d = " ".join("M" + " L".join(f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in ring) + "Z"
                     for ring in c["rings"])
        out.append(d)
    return tuple(out)


@dataclass(frozen=True)
class View:
    """A box of the map in view: x, y of its top left corner, its width; height = width / 2."""

    x: float
    y: float
    w: float

    @property
    def h(self) -> float:
        return self.w / 2

    @classmethod
    def around(cls, x: float, y: float, w: float, h: float) -> View:
        """The 2:1 box holding x, y, w, h (same centre), as wide as the limits allow and
        kept inside the world."""
        cx, cy = x + w / 2, y + h / 2
        w = round(min(360.0, max(MIN_SPAN, w, 2 * h)), 1)
        x0 = min(360.0 - w, max(0.0, cx - w / 2))
        y0 = min(180.0 - w / 2, max(0.0, cy - w / 4))
        return cls(round(x0, 2), round(y0, 2), w)

    @classmethod
    def parse(cls, text: str | None) -> View | None:
        """``x,y,w,h`` in map coordinates (as the page writes it into the URL); None when
        ``text`` is not four numbers or the box lies outside the world."""
        m = _VIEW.match(text or "")
        if m is None:
            return None
        x, y, w, h = (float(v) for v in m.groups())
        if w <= 0 or h <= 0 or x >= 360 or y >= 180 or x + w <= 0 or y + h <= 0:
            return None
        return cls.around(x, y, w, h)

    @property
    def param(self) -> str:
        """The URL form, read back by ``parse`` to the same view."""
        return f"{self.x:g},{self.y:g},{self.w:g},{self.h:g}"

    @property
    def viewbox(self) -> str:
        return f"{self.x:g} {self.y:g} {self.w:g} {self.h:g}"


def fit(points: list[dict[str, Any]]) -> View:
    """The view that frames the points (the whole world when there are none)."""
    if not points:
        return View(*WORLD[:3])
    xs, ys = [p["lon"] + 180 for p in points], [90 - p["lat"] for p in points]
    w = max(FIT_SPAN, max(xs) - min(xs) + 20, 2 * (max(ys) - min(ys) + 12))
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return View.around(cx - w / 2, cy - w / 4, w, w / 2)


def radius(events: int, width: float = 360.0) -> float:
    """The circle of a place with ``events`` events, in the units of a view ``width`` wide:
    its area grows with the count."""
    return (0.8 + 0.9 * math.sqrt(events)) * width / 360.0


def map_points(places: list[dict[str, Any]], view: View) -> list[dict[str, Any]]:
    """The places as circles in map coordinates, sized for ``view``, coloured by mean Goldstein."""
    return [{**p, "x": round(p["lon"] + 180, 2), "y": round(90 - p["lat"], 2),
             "r": round(radius(p["events"], view.w), 3), "colour": score_colour(p["goldstein"])}
            for p in places]


def map_view(places: list[dict[str, Any]], view: View | None = None) -> dict[str, Any]:
    """Everything the map draws: the outline, the circles, the view (``view`` or the one that
    frames the places) and the legend."""
    shown = view or fit(places)
    return {"points": map_points(places, shown), "view": shown, "viewbox": shown.viewbox,
            "paths": world_paths(), "legend": legend(max((p["events"] for p in places), default=1))}


NICE = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000)


def size_steps(most: int) -> list[int]:
    """Up to three round counts for the size legend: 1, the largest round count not above
    ``most`` and one between."""
    upto = [n for n in NICE if n <= max(1, most)]
    if len(upto) <= 3:
        return upto
    return [upto[0], upto[len(upto) // 2], upto[-1]]


def legend(most: int) -> dict[str, Any]:
    """The legend's drawing, in units of a map LEGEND_WIDTH wide: circles for round event
    counts (left) and the colour scale of the mean Goldstein score (right)."""
    steps = size_steps(most)
    scale = LEGEND_WIDTH / 360.0
    radii = [radius(n) * scale for n in steps]
    top, label_gap = 22.0, 14.0
    cy = top + max(radii)
    circles, x = [], 8.0
    for n, r in zip(steps, radii, strict=True):
        x += r
        circles.append({"events": n, "cx": round(x, 1), "cy": round(cy, 1), "r": round(r, 2),
                        "label_y": round(cy + max(radii) + label_gap, 1)})
        x += r + 28
    colours = [{"score": s, "offset": f"{(s + 10) * 5:g}%", "colour": score_colour(s)} for s in range(-10, 11, 5)]
    bar_x, bar_w = max(x + 40, 420.0), 320.0
    return {"width": LEGEND_WIDTH, "height": round(cy + max(radii) + label_gap + 8, 1), "circles": circles,
            "colours": colours, "bar": {"x": bar_x, "y": round(cy - 6, 1), "w": bar_w, "h": 12.0,
                                        "label_y": round(cy + max(radii) + label_gap, 1)},
            "ticks": [{"x": round(bar_x + bar_w * (s + 10) / 20, 1), "text": f"{s:+d}" if s else "0"}
                      for s in (-10, -5, 0, 5, 10)]}
