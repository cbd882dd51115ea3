"""The akimat's own map layers: GeoJSON files of roads, railways, networks and zone boundaries.

``read_layer_file`` checks a file and normalises it to WGS 84 (lon, lat)
GeoJSON, refusing anything it can't place on a map of Kazakhstan; ``add_layer``
stores it in one transaction. Zone polygons are linked to their zone record
(by a ``zone``/``zone_id`` property holding the zone's id, or a ``name``
property equal to one of the zone's names), so the guides and the window can
list the premises inside a zone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide.catalog import geo
from guide.catalog.errors import InvalidInput, NotFoundError
from guide.catalog.validate import BadValue, parse_date

KINDS = ("rail", "road", "power", "gas", "water", "heat", "zone", "other")
MAX_BYTES = 20 * 1024 * 1024  # a region's networks fit in a few MB; beyond this, simplify first
MAX_POSITIONS = 500_000
TABLE = "layers"

# CRS names that mean plain longitude/latitude on WGS 84 (or a datum within metres of it).
GEOGRAPHIC_CRS = ("crs84", "4326", "epsg::4326", "epsg:4326", "wgs84", "wgs 84")
WEB_MERCATOR_CRS = ("3857", "900913", "3785", "102100")
WEB_MERCATOR_R = 6378137.0


@dataclass
class LayerFile:
    """A checked layer: features in (lon, lat), ready to store."""

    features: list[dict[str, Any]]
    bbox: tuple[float, float, float, float]
    converted_from: str | None = None
    notes: list[str] = field(default_factory=list)


def _refuse(path: Path, reason: str) -> InvalidInput:
    return InvalidInput(f"{path}: {reason}; nothing was stored")


def _crs_name(data: dict[str, Any]) -> str | None:
    crs = data.get("crs")
    if not isinstance(crs, dict):
        return None
    props = crs.get("properties")
    name = props.get("name") if isinstance(props, dict) else None
    return str(name) if name else None


def read_layer_file(path: Path) -> LayerFile:
    """The features of a GeoJSON file, checked; raises InvalidInput saying what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"{path}: can't read the file ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise _refuse(
            path,
            f"the file is {size / 1e6:.1f} MB, more than the {MAX_BYTES // 2**20} MB a layer may have "
            "(simplify it in a GIS first)",
        )
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _refuse(path, "not GeoJSON (not UTF-8 text; a shapefile must be converted to GeoJSON first)") from None
    except json.JSONDecodeError as exc:
        raise _refuse(path, f"not GeoJSON (not valid JSON: {exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("type") not in (
        "FeatureCollection",
        "Feature",
        *geo.GEOMETRY_TYPES,
        "GeometryCollection",
    ):
        raise _refuse(path, "not GeoJSON (no FeatureCollection, Feature or geometry at the top level)")
    if data["type"] == "FeatureCollection":
        raw_features = data.get("features")
        if not isinstance(raw_features, list):
            raise _refuse(path, "not GeoJSON (a FeatureCollection without a list of features)")
    elif data["type"] == "Feature":
        raw_features = [data]
    else:
        raw_features = [{"type": "Feature", "properties": {}, "geometry": data}]
    features: list[dict[str, Any]] = []
    for number, feature in enumerate(raw_features, start=1):
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict) or not geometry.get("type"):
            continue  # a feature without geometry (an attribute row) has nothing to draw
        kind = geometry["type"]
        if kind not in geo.GEOMETRY_TYPES and kind != "GeometryCollection":
            raise _refuse(path, f"feature {number}: unknown geometry type {kind!r}")
        _check_positions(path, number, geometry)
        props = feature.get("properties")
        features.append(
            {"type": "Feature", "properties": props if isinstance(props, dict) else {}, "geometry": geometry}
        )
    if not features:
        raise _refuse(path, "no geometry: none of its features has a point, line or polygon")
    total = sum(1 for f in features for _ in geo.positions(f["geometry"]))
    if total > MAX_POSITIONS:
        raise _refuse(path, f"{total} points, more than the {MAX_POSITIONS} a layer may have (simplify it first)")
    converted = _to_wgs84(path, data, features)
    box = geo.bounds(p for f in features for p in geo.positions(f["geometry"]))
    assert box is not None
    _check_in_kazakhstan(path, features)
    return LayerFile(features, box, converted)


def _check_positions(path: Path, number: int, geometry: dict[str, Any]) -> None:
    count = 0
    for position in geo.positions(geometry):
        count += 1
        if (
            not isinstance(position, list | tuple)
            or len(position) < 2
            or not all(
                isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in position[:2]
            )
        ):
            raise _refuse(path, f"feature {number}: a position is not a pair of numbers: {str(position)[:60]}")
    if count == 0:
        raise _refuse(path, f"feature {number}: its {geometry.get('type')} has no coordinates")


def _to_wgs84(path: Path, data: dict[str, Any], features: list[dict[str, Any]]) -> str | None:
    """Converts Web Mercator in place; refuses other projected systems, which need a GIS to convert."""
    crs = _crs_name(data)
    lowered = (crs or "").lower().replace(" ", "")
    first = next(geo.positions(features[0]["geometry"]))
    projected_numbers = abs(first[0]) > 360 or abs(first[1]) > 360
    if (
        crs
        and any(code in lowered for code in WEB_MERCATOR_CRS)
        or (not crs and projected_numbers and _looks_web_mercator(features))
    ):
        for feature in features:
            _map_positions(feature["geometry"], _from_web_mercator)
        return crs or "EPSG:3857"
    if crs and not any(code.replace(" ", "") in lowered for code in GEOGRAPHIC_CRS):
        raise _refuse(
            path,
            f"its coordinates are in a projected system ({crs}) that can't be converted here; "
            "export it from your GIS as GeoJSON in WGS 84 (EPSG:4326)",
        )
    if projected_numbers:
        raise _refuse(
            path,
            f"its coordinates ({first[0]:.0f}, {first[1]:.0f}) are in metres of a projected system, "
            "not degrees, and the file does not say which; export it as GeoJSON in WGS 84 (EPSG:4326)",
        )
    return None


def _looks_web_mercator(features: list[dict[str, Any]]) -> bool:
    """Web Mercator numbers for Kazakhstan: x 5.1-9.8 million, y 4.8-7.5 million metres."""
    return all(
        5.0e6 <= p[0] <= 9.9e6 and 4.8e6 <= p[1] <= 7.6e6 for f in features for p in geo.positions(f["geometry"])
    )


def _from_web_mercator(x: float, y: float) -> tuple[float, float]:
    lon = math.degrees(x / WEB_MERCATOR_R)
    lat = math.degrees(2 * math.atan(math.exp(y / WEB_MERCATOR_R)) - math.pi / 2)
    return round(lon, 7), round(lat, 7)


def _map_positions(geometry: dict[str, Any], convert: Any) -> None:
    if geometry.get("type") == "GeometryCollection":
        for part in geometry.get("geometries") or []:
            _map_positions(part, convert)
        return

    def walk(value: Any) -> Any:
        if value and isinstance(value[0], int | float):
            return [*convert(value[0], value[1]), *value[2:]]
        return [walk(v) for v in value]

    geometry["coordinates"] = walk(geometry["coordinates"])


def _check_in_kazakhstan(path: Path, features: list[dict[str, Any]]) -> None:
    for number, feature in enumerate(features, start=1):
        for position in geo.positions(feature["geometry"]):
            lon, lat = float(position[0]), float(position[1])
            if geo.in_kazakhstan(lon, lat):
                continue
            if geo.in_kazakhstan(lat, lon):
                raise _refuse(
                    path,
                    f"feature {number}: latitude and longitude look swapped ({lon:g}, {lat:g} read as "
                    f"lon, lat lies outside Kazakhstan; GeoJSON puts longitude first: [{lat:g}, {lon:g}])",
                )
            raise _refuse(path, f"feature {number}: the point (lon {lon:g}, lat {lat:g}) lies outside Kazakhstan")


# -- storing -----------------------------------------------------------------------------------


def link_zones(catalog: Any, features: list[dict[str, Any]]) -> int:
    """Marks each polygon with the id of its zone record (property ``zone_id``); returns how many matched."""
    zones = catalog.all("zones")
    by_name = {}
    for zone in zones:
        for key in ("name", "name_kk", "name_en"):
            if zone.get(key):
                by_name[str(zone[key]).strip().casefold()] = zone["id"]
    ids = {zone["id"] for zone in zones}
    linked = 0
    for feature in features:
        props = feature["properties"]
        zone_id = None
        for key in ("zone_id", "zone"):
            value = props.get(key)
            if isinstance(value, int) and value in ids:
                zone_id = value
            elif isinstance(value, str) and value.strip().isdigit() and int(value) in ids:
                zone_id = int(value)
            elif isinstance(value, str) and value.strip().casefold() in by_name:
                zone_id = by_name[value.strip().casefold()]
            if zone_id is not None:
                break
        if zone_id is None and isinstance(props.get("name"), str):
            zone_id = by_name.get(props["name"].strip().casefold())
        if zone_id is not None:
            props["zone_id"] = zone_id
            linked += 1
    return linked


def add_layer(catalog: Any, path: Path, *, kind: str, title: str, source: str, as_of: str) -> dict[str, Any]:
    """Checks and stores a layer file; returns the stored row (without its GeoJSON)."""
    if kind not in KINDS:
        raise InvalidInput(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
    for name, value in (("--title", title), ("--source", source), ("--as-of", as_of)):
        if not value or not value.strip():
            raise InvalidInput(f"{name}: required, and not empty")
    try:
        as_of_iso = parse_date(as_of)
    except BadValue:
        raise InvalidInput(f"--as-of: {as_of!r} is not a date (YYYY-MM-DD)") from None
    layer = read_layer_file(path)
    linked = link_zones(catalog, layer.features) if kind == "zone" else 0
    collection = {"type": "FeatureCollection", "features": layer.features}
    row = {
        "kind": kind,
        "title": title.strip(),
        "source": source.strip(),
        "as_of": as_of_iso,
        "features": len(layer.features),
        "filename": Path(path).name,
        "west": layer.bbox[0],
        "south": layer.bbox[1],
        "east": layer.bbox[2],
        "north": layer.bbox[3],
        "geojson": json.dumps(collection, ensure_ascii=False, separators=(",", ":")),
    }
    with catalog.transaction():
        layer_id = catalog.db[TABLE].insert(row).last_pk
    catalog.notify(TABLE)
    result = {k: v for k, v in row.items() if k != "geojson"}
    result.update(id=layer_id, zones_linked=linked, converted_from=layer.converted_from)
    return result


def list_layers(catalog: Any) -> list[dict[str, Any]]:
    rows = catalog.db.execute(
        f"SELECT id, kind, title, features, source, as_of FROM {TABLE} ORDER BY id"  # noqa: S608
    ).fetchall()
    return [dict(zip(("id", "kind", "title", "features", "source", "as_of"), r, strict=True)) for r in rows]


def get_layer(catalog: Any, layer_id: int) -> dict[str, Any]:
    rows = list(catalog.db.query(f"SELECT * FROM {TABLE} WHERE id = ?", [layer_id]))  # noqa: S608
    if not rows:
        raise NotFoundError(f"no layer has id {layer_id} (see `investor-guide layer list`)")
    return rows[0]


def remove_layer(catalog: Any, layer_id: int) -> dict[str, Any]:
    """Deletes a layer; returns its whole row, which ``restore_layer`` puts back (undo)."""
    row = get_layer(catalog, layer_id)
    with catalog.transaction():
        catalog.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [layer_id])  # noqa: S608
    catalog.notify(TABLE)
    return row


def restore_layer(catalog: Any, row: dict[str, Any]) -> None:
    with catalog.transaction():
        catalog.db[TABLE].insert(row)
    catalog.notify(TABLE)


@dataclass(frozen=True)
class MapLayer:
    id: int
    kind: str
    title: str
    source: str
    as_of: str
    features: tuple[dict[str, Any], ...]


def map_layers(catalog: Any) -> list[MapLayer]:
    """Every stored layer with its features, for drawing."""
    if TABLE not in catalog.db.table_names():
        return []
    rows = catalog.db.execute(f"SELECT id, kind, title, source, as_of, geojson FROM {TABLE} ORDER BY id").fetchall()  # noqa: S608
    return [MapLayer(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])["features"])) for r in rows]


def zone_polygons(catalog: Any, zone_id: int) -> list[dict[str, Any]]:
    """The polygons drawn for a zone record in the zone layers."""
    return [
        f["geometry"]
        for layer in map_layers(catalog)
        if layer.kind == "zone"
        for f in layer.features
        if f["properties"].get("zone_id") == zone_id
    ]


def premises_in_zone(catalog: Any, zone_id: int) -> list[dict[str, Any]]:
    """The premises whose point lies inside the zone's polygons (from the zone layers), by id."""
    polygons = zone_polygons(catalog, zone_id)
    if not polygons:
        return []
    rows = catalog.db.execute(
        "SELECT id, title, town, lat, lon, status, zone FROM premises WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id"
    ).fetchall()
    keys = ("id", "title", "town", "lat", "lon", "status", "zone")
    return [
        dict(zip(keys, r, strict=True))
        for r in rows
        if any(geo.geometry_contains(g, float(r[4]), float(r[3])) for g in polygons)
    ]
