"""Geometry for the pages' SVG charts, computed on the server: no charting library, no
JavaScript needed to see a chart, nothing fetched from the network.

Every function takes plain rows (as the store returns them) and gives numbers for the
templates to draw: bars and a score line for a dyad timeline, a force layout for the actor
network. The map's geometry is in ``mapchart``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from vaarta.store import network as network_view

COOP = "#2e7d5b"
CONFLICT = "#b23a3a"


def score_colour(goldstein: float | None) -> str:
    """Goldstein -10 (red) .. 0 (grey) .. +10 (green)."""
    if goldstein is None:
        return "#8a8f98"
    t = max(-1.0, min(1.0, goldstein / 10))
    grey, end = (138, 143, 152), ((46, 125, 91) if t > 0 else (178, 58, 58))
    r, g, b = (round(a + (c - a) * abs(t)) for a, c in zip(grey, end, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


@dataclass
class Timeline:
    width: int
    height: int
    bars: list[dict[str, Any]] = field(default_factory=list)
    line: str = ""  # SVG polyline points of the mean Goldstein score
    y_max: int = 0
    labels: list[dict[str, Any]] = field(default_factory=list)
    zero_y: float = 0.0


def timeline(series: list[dict[str, Any]], width: int = 900, height: int = 320) -> Timeline:
    """Stacked bars per period (cooperation below, conflict above) and the score line on a
    -10..+10 scale drawn over the same width."""
    out = Timeline(width, height)
    if not series:
        return out
    left, right, top, bottom = 40, 40, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    out.y_max = max(s["events"] for s in series)
    step = plot_w / len(series)
    bar_w = max(2.0, step * 0.7)
    points = []
    every = max(1, math.ceil(len(series) / 12))
    for i, s in enumerate(series):
        x = left + i * step + (step - bar_w) / 2
        h_coop = plot_h * s["cooperation"] / out.y_max
        h_conf = plot_h * s["conflict"] / out.y_max
        base = top + plot_h
        out.bars.append({"x": round(x, 1), "w": round(bar_w, 1), "period": s["period"], "events": s["events"],
                         "coop_y": round(base - h_coop, 1), "coop_h": round(h_coop, 1),
                         "conf_y": round(base - h_coop - h_conf, 1), "conf_h": round(h_conf, 1),
                         "cooperation": s["cooperation"], "conflict": s["conflict"], "goldstein": s["goldstein"]})
        if s["goldstein"] is not None:
            y = top + plot_h * (10 - s["goldstein"]) / 20
            points.append(f"{x + bar_w / 2:.1f},{y:.1f}")
        if i % every == 0:
            out.labels.append({"x": round(x + bar_w / 2, 1), "y": height - bottom + 16, "text": s["period"]})
    out.line = " ".join(points)
    out.zero_y = top + plot_h / 2
    return out


@dataclass
class Network:
    size: int
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)


def network(edges: list[dict[str, Any]], size: int = 640, max_nodes: int = 40,
            names: dict[str, str] | None = None, nodes: list[dict[str, Any]] | None = None,
            max_arrows: int | None = None) -> Network:
    """Directed edges (actor state -> recipient state) between the ``max_nodes`` busiest
    codes — the ``max_arrows`` heaviest of them (ties by source, then target) — placed by a
    force layout (linked codes attract, all repel; deterministic), with an arrowhead at the
    recipient. Two directions of one pair are drawn side by side. ``nodes``: the codes to
    draw with their events, already chosen (``vaarta.store.network``: then ``edges`` need
    only be the heaviest between them). ``max_arrows`` None: ``vaarta.store.network.MAX_ARROWS``."""
    names = names or {}
    if nodes is None:  # the busiest codes by events on their edges, both ways: who is drawn
        nodes = network_view.pick(edges, max_nodes)["nodes"]
    degree: dict[str, float] = {n["code"]: n["events"] for n in nodes[:max_nodes]}
    keep = list(degree)
    out = Network(size)
    if not keep:
        return out
    kept = set(keep)
    directed: dict[tuple[str, str], list[float]] = {}  # only between drawn codes
    for e in edges:
        if e["source"] in kept and e["target"] in kept:
            acc = directed.setdefault((e["source"], e["target"]), [0, 0.0, 0])
            acc[0] += e["events"]
            if e["goldstein"] is not None:
                acc[1] += e["goldstein"] * e["events"]
                acc[2] += e["events"]
    cap = network_view.MAX_ARROWS if max_arrows is None else max_arrows
    heaviest_first = sorted(directed.items(), key=lambda kv: (-kv[1][0], kv[0]))[:cap]
    directed = dict(heaviest_first)
    links = {k: v[0] for k, v in heaviest_first}
    pos = _force_layout(keep, links, size)
    top = degree[keep[0]]
    radius = {c: 4 + 14 * math.sqrt(degree[c] / top) for c in keep}
    for code in keep:
        x, y = pos[code]
        out.nodes.append({"code": code, "name": names.get(code, code), "x": round(x, 1), "y": round(y, 1),
                          "lx": round(x, 1), "ly": round(y - radius[code] - 5, 1), "r": round(radius[code], 1),
                          "events": int(degree[code])})
    heaviest = max(links.values()) if links else 1
    for (a, b), n in sorted(links.items(), key=lambda kv: kv[1]):
        _, g, gn = directed[(a, b)]
        mean = round(g / gn, 2) if gn else None
        (x1, y1), (x2, y2) = pos[a], pos[b]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1.0
        ux, uy = dx / dist, dy / dist
        w = 1.2 + 6 * n / heaviest
        shift = w / 2 + 1.5 if (b, a) in links else 0.0  # both directions: side by side, apart
        ox, oy = -uy * shift, ux * shift
        # the arrowhead: a triangle in the edge's colour, its tip on the recipient's circle,
        # its size growing with the line's width (a marker scaled by the stroke hid small nodes)
        length, half = 7 + 1.6 * w, 3.5 + 0.9 * w
        tip_x, tip_y = x2 - ux * (radius[b] + 1.5) + ox, y2 - uy * (radius[b] + 1.5) + oy
        base_x, base_y = tip_x - ux * length, tip_y - uy * length
        head = [(tip_x, tip_y), (base_x - uy * half, base_y + ux * half), (base_x + uy * half, base_y - ux * half)]
        out.edges.append({"a": a, "b": b, "events": int(n), "goldstein": mean, "colour": score_colour(mean),
                          "a_name": names.get(a, a), "b_name": names.get(b, b),
                          "x1": round(x1 + ux * radius[a] + ox, 1), "y1": round(y1 + uy * radius[a] + oy, 1),
                          "x2": round(base_x + ux * 1.0, 1), "y2": round(base_y + uy * 1.0, 1),
                          "head": " ".join(f"{x:.1f},{y:.1f}" for x, y in head), "w": round(w, 1)})
    return out


def _force_layout(codes: list[str], links: dict[tuple[str, str], float], size: int,
                  steps: int = 250) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold from a circle (busiest at the top), in a margin of the box: all
    codes repel, linked codes attract by their weight; each step moves every code at most
    ``temp``, which cools by 2% a step. Computed on arrays: 40 codes take ~30 ms, not 600."""
    import numpy as np

    margin = 40.0
    n = len(codes)
    centre = size / 2
    angle = -math.pi / 2 + 2 * math.pi * np.arange(n) / max(n, 1)
    pos = np.stack([centre + (size / 2 - 70) * np.cos(angle), centre + (size / 2 - 70) * np.sin(angle)], axis=1)
    if n < 3:
        return {c: (float(x), float(y)) for c, (x, y) in zip(codes, pos, strict=True)}
    k = 0.8 * math.sqrt((size - 2 * margin) ** 2 / n)
    index = {c: i for i, c in enumerate(codes)}
    weight = np.zeros((n, n))
    for (a, b), w in links.items():
        weight[index[a], index[b]] += w
    weight = weight + weight.T  # both directions of a pair pull as one link
    top = weight.max() or 1.0
    pull = np.where(weight > 0, 0.5 + weight / top, 0.0)
    apart = ~np.eye(n, dtype=bool)
    temp = size / 10
    for _ in range(steps):
        delta = pos[:, None, :] - pos[None, :, :]  # delta[i, j] = pos[i] - pos[j]
        dist = np.maximum(np.hypot(delta[..., 0], delta[..., 1]), 0.01)
        force = np.where(apart, k * k / dist - dist * dist / k * pull, 0.0)  # repulsion minus attraction
        disp = (delta / dist[..., None] * force[..., None]).sum(axis=1)
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 0.01)
        pos = np.clip(pos + disp / length[:, None] * np.minimum(length, temp)[:, None], margin, size - margin)
        temp *= 0.98
    return {c: (float(x), float(y)) for c, (x, y) in zip(codes, pos, strict=True)}
