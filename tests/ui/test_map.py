"""The region map in the window: the renderer's shapes, picking, layers, measuring, saving."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from guide.catalog import layers
from guide.ui.map.geography import nice_length, project, unproject


def test_the_projection_keeps_distances_in_kilometres():
    # Karaganda to Temirtau is 29.6 km on the ground (great circle).
    kx, ky = project(49.80, 73.10)
    tx, ty = project(50.05, 72.96)
    assert math.hypot(kx - tx, ky - ty) == pytest.approx(29.57, rel=0.003)
    assert unproject(*project(46.85, 74.98)) == (pytest.approx(46.85), pytest.approx(74.98))
    assert project(50.0, 73.5)[1] < project(49.0, 73.5)[1]  # north is up on screen


def test_the_scale_bar_takes_round_lengths():
    assert nice_length(140) == 100
    assert nice_length(60) == 50
    assert nice_length(3.3) == 2
    assert nice_length(0) == 0


def test_clicking_a_premise_selects_it(window, qtbot):
    page = window.map_page
    window.show_page("map")
    premise = window.catalog.get("premises", 12)
    assert premise is not None
    page.map.show_point(premise["lat"], premise["lon"], radius_km=3)
    pos = page.map.mapFromScene(QPointF(*project(premise["lat"], premise["lon"])))
    with qtbot.waitSignal(page.map.record_selected) as signal:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == ["premises", 12]
    assert page.detail.kind == "premises" and page.detail.record_id == 12
    title = premise["title"].replace("<", "&lt;").replace(">", "&gt;")
    assert title in page.detail.title.text()
    assert page.open_button.isEnabled()


def test_clicking_the_regional_centre_selects_the_town(window, qtbot):
    page = window.map_page
    window.show_page("map")
    page.map.show_point(49.80, 73.10, radius_km=40)
    pos = page.map.mapFromScene(QPointF(*project(49.80, 73.10)))
    with qtbot.waitSignal(page.map.record_selected) as signal:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == ["towns", "karaganda"]
    assert "Караганда" in page.detail.title.text()


def test_clicking_empty_steppe_selects_nothing(window, qtbot):
    page = window.map_page
    window.show_page("map")
    page.map.show_region()
    empty = page.map.mapFromScene(QPointF(*project(48.0, 71.0)))
    with qtbot.assertNotEmitted(page.map.record_selected):
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=empty)


def test_the_map_reads_the_premises_only_once_it_is_shown(window):
    """At 100,000 premises reading them all is most of the window's start-up; it waits for the map page."""
    window.show_page("towns")
    window.catalog.update("premises", 12, {"title": "Склад у станции"})
    assert window.map_page.map.out_of_date
    window.show_page("map")
    assert not window.map_page.map.out_of_date
    labels = {m.id: m.label for m in window.map_page.map.markers.premises}
    assert labels[12] == "Склад у станции"


def test_every_premise_with_coordinates_is_on_the_map(window):
    window.show_page("map")
    markers = {m.id for m in window.map_page.map.markers.premises}
    located = {p["id"] for p in window.catalog.all("premises") if p["lat"] is not None}
    assert markers == located
    towns = {m.id for m, _, _ in window.map_page.map.markers.towns}
    assert {"temirtau", "balkhash", "shakhtinsk", "abai", "saran", "karaganda"} <= towns


def test_open_in_list_jumps_to_the_premise(window, qtbot):
    window.show_page("map")
    window.map_page.show_record("premises", 12)
    qtbot.mouseClick(window.map_page.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "premises"
    assert window.browse_pages["premises"].current_record_id() == 12


def _town_pos(page, town_id):
    town = page.catalog.get("towns", town_id)
    return page.map.mapFromScene(QPointF(*project(town["lat"], town["lon"])))


def test_a_town_marker_wins_over_a_premise_under_it(window, qtbot):
    """Issue 16 item 4: a premise lying under a town's marker used to take the click."""
    page = window.map_page
    window.show_page("map")
    town = window.catalog.get("towns", "temirtau")
    window.catalog.update("premises", 12, {"lat": town["lat"], "lon": town["lon"]})
    page.map.reload()
    page.map.show_point(town["lat"], town["lon"], radius_km=30)
    pos = _town_pos(page, "temirtau")
    for offset in (QPoint(0, 0), QPoint(6, 0), QPoint(0, -7)):  # anywhere on the marker, not a few pixels
        with qtbot.waitSignal(page.map.record_selected) as signal:
            qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=pos + offset)
        assert signal.args == ["towns", "temirtau"]


def test_double_clicking_a_town_zooms_to_it(window, qtbot):
    page = window.map_page
    window.show_page("map")
    page.map.show_region()
    before = page.map.scale_px_per_km()
    qtbot.mouseDClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=_town_pos(page, "balkhash"))
    assert page.map.scale_px_per_km() > before * 5
    centre = page.map.mapToScene(page.map.viewport().rect().center())
    bx, by = project(46.85, 74.98)
    assert math.hypot(centre.x() - bx, centre.y() - by) < 3


def test_the_map_draws_the_real_region_and_water(window):
    window.show_page("map")
    groups = window.map_page.map.groups()
    assert {"regions", "water", "towns", "premises"} <= set(groups)
    region = window.map_page.map.region_item
    # Karaganda inside the outline, Zhezkazgan (Ulytau region since 2022) outside it.
    assert region.contains(QPointF(*project(49.80, 73.10)))
    assert not region.contains(QPointF(*project(47.80, 67.70)))
    assert "Карагандинская область" in region.toolTip()


def test_layers_switch_on_and_off(window, qtbot):
    page = window.map_page
    window.show_page("map")
    water = page.map.group_items["water"]
    assert all(item.isVisible() for item in water)
    page.layer_actions["water"].setChecked(False)
    assert not any(item.isVisible() for item in water)
    page.layer_actions["premises"].setChecked(False)
    premise = window.catalog.get("premises", 12)
    page.map.show_point(premise["lat"], premise["lon"], radius_km=3)
    pos = page.map.mapFromScene(QPointF(*project(premise["lat"], premise["lon"])))
    assert page.map.marker_at(pos) is None  # hidden premises can't be clicked either
    page.layer_actions["premises"].setChecked(True)
    assert page.map.marker_at(pos) is not None


def _road(tmp_path: Path) -> Path:
    feature = {"type": "Feature", "properties": {},
               "geometry": {"type": "LineString", "coordinates": [[72.95, 50.05], [73.10, 49.80]]}}  # fmt: skip
    path = tmp_path / "road.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    return path


def test_an_added_layer_appears_can_be_hidden_removed_and_put_back(window, tmp_path):
    page = window.map_page
    window.show_page("map")
    row = layers.add_layer(window.catalog, _road(tmp_path), kind="road", title="Трасса", source="Управление дорог",
                           as_of="2025-06-01")  # fmt: skip
    group = f"layer:{row['id']}"
    assert group in page.map.groups()
    assert page.layer_actions[group].text().startswith("Трасса")
    page.layer_actions[group].setChecked(False)
    assert not any(item.isVisible() for item in page.map.group_items[group])
    page.remove_layer(row["id"])
    assert layers.list_layers(window.catalog) == []
    assert group not in page.map.groups()
    assert page.undo_button.isVisibleTo(page)
    page.undo_button.click()
    assert [r["title"] for r in layers.list_layers(window.catalog)] == ["Трасса"]
    assert group in page.map.groups()


def test_measuring_gives_the_straight_line_distance(window, qtbot):
    page = window.map_page
    window.show_page("map")
    page.map.show_point(49.93, 73.03, radius_km=30)
    page.measure_button.click()
    qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=_town_pos(page, "karaganda"))
    with qtbot.waitSignal(page.map.measured) as signal, qtbot.assertNotEmitted(page.map.record_selected):
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=_town_pos(page, "temirtau"))
    assert signal.args[0] == pytest.approx(29.55, abs=0.6)  # a pixel or two off the exact point
    assert "км по прямой" in page.status.text()
    page.measure_button.click()
    assert not page.map.measuring and not page.map.measure_points


def test_the_map_is_saved_as_an_image_of_what_it_shows(window, tmp_path):
    page = window.map_page
    window.show_page("map")
    page.map.show_point(46.85, 74.98, radius_km=20)
    png = page.save_image(tmp_path / "balkhash.png")
    assert png is not None and png.read_bytes()[:4] == b"\x89PNG"
    svg = page.save_image(tmp_path / "balkhash.svg")
    assert svg is not None
    text = svg.read_text(encoding="utf-8")
    assert "Балхаш" in text and "Караганда" not in text  # the view, not the whole region


def test_the_help_line_does_not_cover_the_map(window):
    page = window.map_page
    window.show_page("map")
    hint = page.hint.geometry().translated(page.hint.parentWidget().mapTo(page, QPoint(0, 0)))
    view = page.map.geometry().translated(page.map.parentWidget().mapTo(page, QPoint(0, 0)))
    assert page.hint.text()
    assert not hint.intersects(view)


def test_clicking_inside_a_zone_boundary_selects_the_zone_and_lists_its_premises(window, qtbot, tmp_path):
    page = window.map_page
    window.show_page("map")
    zone = next(z for z in window.catalog.all("zones") if z["town"] == "temirtau")
    premise = window.catalog.get("premises", 12)
    lat, lon = premise["lat"], premise["lon"]
    ring = [[lon - 0.01, lat - 0.01], [lon + 0.01, lat - 0.01], [lon + 0.01, lat + 0.01],
            [lon - 0.01, lat + 0.01], [lon - 0.01, lat - 0.01]]  # fmt: skip
    feature = {"type": "Feature", "properties": {"zone": zone["id"]},
               "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip
    path = tmp_path / "zone.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    layers.add_layer(window.catalog, path, kind="zone", title="Промзона", source="акимат", as_of="2025-01-01")
    page.map.show_point(lat, lon, radius_km=3)
    corner = page.map.mapFromScene(QPointF(*project(lat + 0.008, lon + 0.008)))  # inside, away from any marker
    with qtbot.waitSignal(page.map.record_selected) as signal:
        qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert signal.args == ["zones", zone["id"]]
    assert "№12" in page.status.text()


def test_the_map_page_fits_a_1280_pixel_screen(window, qtbot):
    window.show_page("map")
    window.resize(1280, 720)
    qtbot.wait(10)
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() <= 1280


def test_the_map_keeps_positions_not_titles_of_its_premises(window, qtbot):
    """Issue 18: a Marker and a title for each of a million premises took 775 MB."""
    window.show_page("map")
    premises = window.map_page.map.markers.premises
    assert len(premises) > 0 and not premises._titles  # positions and statuses only
    page = window.map_page
    page.map.show_point(*_latlon(window, 12), radius_km=0.3)  # close enough for names beside the dots
    page.map.viewport().repaint()
    assert 0 < len(premises._titles) <= 151  # only those named on screen
    assert premises[premises.ids.index(12)].label == window.catalog.get("premises", 12)["title"]


def _latlon(window, premise_id):
    record = window.catalog.get("premises", premise_id)
    return record["lat"], record["lon"]
