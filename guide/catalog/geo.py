"""Plain geometry on (lon, lat) coordinates: bounds, point in polygon, GeoJSON geometry walking.

Qt-free and dependency-free so that the catalog (layer import, "which
premises lie in this zone"), the map renderer and the window share it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

Point = tuple[float, float]  # (lon, lat), GeoJSON order
Ring = Sequence[Point]

# Kazakhstan's extent with a little margin (lon 46.5-87.3 E, lat 40.6-55.4 N).
KZ_WEST, KZ_EAST, KZ_SOUTH, KZ_NORTH = 46.0, 88.0, 40.0, 56.0

GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon")


def in_kazakhstan(lon: float, lat: float) -> bool:
    return KZ_WEST <= lon <= KZ_EAST and KZ_SOUTH <= lat <= KZ_NORTH


def ring_contains(ring: Ring, lon: float, lat: float) -> bool:
    """Even-odd rule; a point exactly on an edge may fall either way."""
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i][0], ring[i][1]
        x2, y2 = ring[i - 1][0], ring[i - 1][1]
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def polygon_contains(polygon: Sequence[Ring], lon: float, lat: float) -> bool:
    """A GeoJSON polygon (outer ring, then holes)."""
    if not polygon or not ring_contains(polygon[0], lon, lat):
        return False
    return not any(ring_contains(hole, lon, lat) for hole in polygon[1:])


def geometry_contains(geometry: dict[str, Any], lon: float, lat: float) -> bool:
    """Whether a Polygon or MultiPolygon contains the point (other types contain nothing)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return polygon_contains(geometry["coordinates"], lon, lat)
    if kind == "MultiPolygon":
        return any(polygon_contains(p, lon, lat) for p in geometry["coordinates"])
    return False


def positions(geometry: dict[str, Any]) -> Iterator[Sequence[float]]:
    """Every position of a geometry (GeometryCollections included)."""
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        for part in geometry.get("geometries") or []:
            yield from positions(part)
        return
    depth = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}
    stack: list[tuple[Any, int]] = [(geometry.get("coordinates"), depth.get(str(kind), -1))]
    while stack:
        value, level = stack.pop()
        if level == 0:
            yield value
        elif level > 0 and isinstance(value, list):
            stack.extend((item, level - 1) for item in reversed(value))


def parts(geometry: dict[str, Any]) -> Iterator[tuple[str, list[list[Point]]]]:
    """A geometry as simple parts: ("point", [[p]]), ("line", [points]), ("polygon", [rings])."""
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    if kind == "GeometryCollection":
        for part in geometry.get("geometries") or []:
            yield from parts(part)
    elif kind == "Point" and coords:
        yield "point", [[_pt(coords)]]
    elif kind == "MultiPoint":
        for p in coords or []:
            yield "point", [[_pt(p)]]
    elif kind == "LineString":
        yield "line", [[_pt(p) for p in coords or []]]
    elif kind == "MultiLineString":
        for line in coords or []:
            yield "line", [[_pt(p) for p in line]]
    elif kind == "Polygon":
        yield "polygon", [[_pt(p) for p in ring] for ring in coords or []]
    elif kind == "MultiPolygon":
        for polygon in coords or []:
            yield "polygon", [[_pt(p) for p in ring] for ring in polygon]


def _pt(position: Sequence[float]) -> Point:
    return float(position[0]), float(position[1])


def bounds(points: Iterator[Sequence[float]]) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of positions, or None when there are none."""
    west = south = float("inf")
    east = north = float("-inf")
    for p in points:
        west, east = min(west, p[0]), max(east, p[0])
        south, north = min(south, p[1]), max(north, p[1])
    return None if west == float("inf") else (west, south, east, north)
