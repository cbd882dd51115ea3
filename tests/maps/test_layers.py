"""`investor-guide layer add/list/remove`: good files stored, each kind of bad file refused with exit 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from guide.catalog import layers
from guide.catalog.errors import InvalidInput
from guide.catalog.store import Catalog
from guide.cli import main

ROAD = {"type": "LineString", "coordinates": [[72.95, 50.05], [73.10, 49.80]]}


def write(tmp_path: Path, data: Any, name: str = "layer.geojson") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def collection(*geometries: dict[str, Any], **extra: Any) -> dict[str, Any]:
    features = [{"type": "Feature", "properties": {"name": f"f{i}"}, "geometry": g} for i, g in enumerate(geometries)]
    return {"type": "FeatureCollection", "features": features, **extra}


def add(catalog_file: Path, path: Path, kind: str = "road") -> int:
    return main(
        [
            "--db",
            str(catalog_file),
            "layer",
            "add",
            str(path),
            "--kind",
            kind,
            "--title",
            "Трасса",
            "--source",
            "Управление дорог",
            "--as-of",
            "2025-06-01",
        ]
    )


def listed(catalog_file: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["--db", str(catalog_file), "layer", "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_geojson_layer_is_added_listed_and_removed(
    tmp_path: Path, catalog_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, collection(ROAD, {"type": "Point", "coordinates": [73.0, 49.9]}))
    assert add(catalog_file, path) == 0
    assert "added layer 1" in capsys.readouterr().out
    rows = listed(catalog_file, capsys)
    assert rows == [
        {"id": 1, "kind": "road", "title": "Трасса", "features": 2, "source": "Управление дорог", "as_of": "2025-06-01"}
    ]
    assert main(["--db", str(catalog_file), "layer", "remove", "1"]) == 0
    assert listed(catalog_file, capsys) == []
    assert main(["--db", str(catalog_file), "layer", "remove", "1"]) == 2


def test_a_removed_layer_can_be_put_back(file_catalog: Catalog, tmp_path: Path) -> None:
    row = layers.add_layer(
        file_catalog, write(tmp_path, collection(ROAD)), kind="rail", title="Ж/д", source="КТЖ", as_of="01.03.2025"
    )
    assert row["as_of"] == "2025-03-01"
    removed = layers.remove_layer(file_catalog, row["id"])
    assert layers.list_layers(file_catalog) == []
    layers.restore_layer(file_catalog, removed)
    assert [r["title"] for r in layers.list_layers(file_catalog)] == ["Ж/д"]
    assert len(layers.map_layers(file_catalog)[0].features) == 1


BAD_CASES = {
    "not_json": ("this is not json", "not GeoJSON (not valid JSON"),
    "json_not_geojson": (json.dumps([1, 2, 3]), "not GeoJSON (no FeatureCollection"),
    "no_geometry": (
        collection() | {"features": [{"type": "Feature", "properties": {}, "geometry": None}]},
        "no geometry",
    ),
    "outside_kazakhstan": (collection({"type": "Point", "coordinates": [37.6, 55.75]}), "lies outside Kazakhstan"),
    "swapped": (
        collection({"type": "LineString", "coordinates": [[50.05, 72.95], [49.8, 73.1]]}),
        "latitude and longitude look swapped",
    ),
    "projected_named": (
        collection(
            {"type": "Point", "coordinates": [496000, 5545000]},
            crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32643"}},
        ),
        "projected system (urn:ogc:def:crs:EPSG::32643)",
    ),
    "projected_unnamed": (collection({"type": "Point", "coordinates": [496000, 5545000]}), "in metres of a projected"),
    "empty_coordinates": (collection({"type": "LineString", "coordinates": []}), "has no coordinates"),
    "bad_position": (collection({"type": "Point", "coordinates": ["73", 50]}), "not a pair of numbers"),
}


@pytest.mark.parametrize("case", BAD_CASES, ids=str)
def test_bad_files_are_refused_with_exit_2_and_nothing_stored(
    case: str, tmp_path: Path, catalog_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, reason = BAD_CASES[case]
    path = write(tmp_path, data)
    assert add(catalog_file, path) == 2
    err = capsys.readouterr().err
    assert str(path) in err
    assert reason in err
    assert "nothing was stored" in err
    assert listed(catalog_file, capsys) == []


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, catalog_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layers, "MAX_BYTES", 100)
    path = write(tmp_path, collection(ROAD, ROAD, ROAD))
    assert add(catalog_file, path) == 2
    assert "more than the" in capsys.readouterr().err
    assert listed(catalog_file, capsys) == []


def test_a_shapefile_is_refused_with_advice(
    tmp_path: Path, catalog_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "roads.shp"
    path.write_bytes(b"\x00\x00\x27\x0a" + bytes(range(256)) * 4)
    assert add(catalog_file, path) == 2
    assert "converted to GeoJSON" in capsys.readouterr().err


def test_web_mercator_is_converted(file_catalog: Catalog, tmp_path: Path) -> None:
    # Karaganda (49.8 N, 73.1 E) in EPSG:3857, as PROJ gives it.
    point = {"type": "Point", "coordinates": [8137454.777, 6411711.139]}
    crs = {"type": "name", "properties": {"name": "EPSG:3857"}}
    row = layers.add_layer(
        file_catalog,
        write(tmp_path, collection(point, crs=crs)),
        kind="other",
        title="t",
        source="s",
        as_of="2025-01-01",
    )
    assert row["converted_from"] == "EPSG:3857"
    lon, lat = layers.map_layers(file_catalog)[0].features[0]["geometry"]["coordinates"]
    assert lat == pytest.approx(49.8, abs=1e-4)
    assert lon == pytest.approx(73.1, abs=1e-4)


def test_arguments_are_checked(file_catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path, collection(ROAD))
    with pytest.raises(InvalidInput, match="--as-of"):
        layers.add_layer(file_catalog, path, kind="road", title="t", source="s", as_of="yesterday")
    with pytest.raises(InvalidInput, match="--source"):
        layers.add_layer(file_catalog, path, kind="road", title="t", source=" ", as_of="2025-01-01")
    with pytest.raises(InvalidInput, match="--kind"):
        layers.add_layer(file_catalog, path, kind="canal", title="t", source="s", as_of="2025-01-01")
    assert layers.list_layers(file_catalog) == []


def test_zone_polygons_link_to_their_zone_and_tell_which_premises_lie_inside(
    file_catalog: Catalog, tmp_path: Path
) -> None:
    zone = file_catalog.all("zones")[0]
    premises = [p for p in file_catalog.all("premises") if p.get("lat") is not None]
    inside, outside = premises[0], premises[1]
    lat, lon = float(inside["lat"]), float(inside["lon"])
    square = [
        [lon - 0.001, lat - 0.001],
        [lon + 0.001, lat - 0.001],
        [lon + 0.001, lat + 0.001],
        [lon - 0.001, lat + 0.001],
        [lon - 0.001, lat - 0.001],
    ]
    data = collection({"type": "Polygon", "coordinates": [square]})
    data["features"][0]["properties"] = {"name": zone["name"]}
    row = layers.add_layer(
        file_catalog, write(tmp_path, data), kind="zone", title="Зоны", source="акимат", as_of="2025-01-01"
    )
    assert row["zones_linked"] == 1
    ids = [p["id"] for p in layers.premises_in_zone(file_catalog, zone["id"])]
    assert inside["id"] in ids
    assert outside["id"] not in ids or (outside["lat"], outside["lon"]) == (inside["lat"], inside["lon"])
