"""The schematic map: points at their coordinates, clicking selects the record, a true scale."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt

from guide.ui.map.geography import KM_PER_DEGREE_LAT, nice_length, project, unproject


def test_the_projection_keeps_distances_in_kilometres():
    # Karaganda to Temirtau is about 30 km on the ground.
    kx, ky = project(49.80, 73.10)
    tx, ty = project(50.05, 72.96)
    assert 26 < math.hypot(kx - tx, ky - ty) < 34
    assert unproject(*project(46.85, 74.98)) == (pytest.approx(46.85), pytest.approx(74.98))
    assert project(49.0, 73.0)[1] - project(50.0, 73.0)[1] == KM_PER_DEGREE_LAT


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
