"""Generate the world outline the map page draws: ``src/vaarta/data/geo/world.json``.

    python scripts/build_world.py   # needs pip and the ``kbbuild`` extra's pyshp

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped inside the
geopandas 0.14 wheel (``geopandas/datasets/naturalearth_lowres``). The wheel is fetched with
``pip download`` into a temporary folder, read with pyshp, and every ring is reduced to
0.1° steps (drops points closer than that). The output is committed; the app never fetches
anything at run time.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import shapefile  # pyshp

OUT = Path(__file__).resolve().parents[1] / "src" / "vaarta" / "data" / "geo" / "world.json"
WHEEL = "geopandas==0.14.4"
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def _thin(points: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 1), round(lat, 1)]
        if not out or p != out[-1]:
            out.append(p)
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", WHEEL, "-d", tmp], check=True)
        wheel = next(Path(tmp).glob("geopandas-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            parts = {ext: io.BytesIO(z.read(f"{BASE}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="latin-1")
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for rec in reader.shapeRecords():
        attrs = dict(zip(fields, rec.record, strict=True))
        pts, starts = rec.shape.points, list(rec.shape.parts) + [len(rec.shape.points)]
        rings = [_thin(pts[a:b]) for a, b in zip(starts, starts[1:], strict=False)]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            countries.append({"iso": attrs.get("iso_a3"), "name": attrs.get("name"), "rings": rings})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc = {"source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14 datasets",
           "countries": countries}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {sum(len(r) for c in countries for r in c['rings'])} points")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
