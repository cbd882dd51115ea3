"""The map as plain projected shapes: what to draw, where, in which style.

A :class:`MapScene` holds everything in metres of the region's Lambert
projection (x east, y north): base layers, the akimat's layers, towns and
premises, and a view box. ``guide.maps.render`` turns it into a reportlab
drawing (PDF, SVG, PNG); the window paints the same shapes with QPainter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from guide import i18n
from guide.catalog import layers as catalog_layers
from guide.catalog import views
from guide.maps import basemap, style
from guide.maps.projection import REGION

XY = tuple[float, float]
Box = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in metres


@dataclass
class Shape:
    """A polygon (``rings``) or polyline (``lines``) in projected metres."""

    group: str  # "regions", "water" or "layer:<id>": what the window switches on and off
    rings: list[list[XY]] = field(default_factory=list)
    lines: list[list[XY]] = field(default_factory=list)
    stroke: str | None = None
    width: float = 0.5
    dash: tuple[float, ...] | None = None
    fill: str | None = None
    fill_opacity: float = 1.0
    name: str = ""  # drawn at ``label_at`` when set
    label_at: XY | None = None
    label_kind: str = ""  # "region", "neighbour", "water"
    legend: str = ""  # the legend entry it stands for, when it is in view


@dataclass
class Symbol:
    """A point: a town, the regional centre, a premise or a layer's point feature."""

    kind: str  # "town", "centre", "premise", "layer"
    x: float
    y: float
    color: str
    size: float  # points (the drawing's unit), or pixels in the window
    record: tuple[str, Any] | None = None  # ("towns", id) / ("premises", id)
    label: str = ""
    priority: int = 0  # higher is labelled first
    group: str = ""
    square: bool = False
    legend: str = ""


@dataclass
class LegendEntry:
    symbol: str  # "area", "line", "dot", "square"
    color: str
    text: str
    fill: str | None = None
    dash: tuple[float, ...] | None = None
    key: str = ""  # shown only when a shape or symbol with this ``legend`` is in view


@dataclass
class MapScene:
    lang: str
    view: Box
    shapes: list[Shape]
    symbols: list[Symbol]
    legend: list[LegendEntry]
    credits: list[str]  # the akimat layers' sources, besides the base data's attribution
    highlight: tuple[str, Any] | None = None
    premise_labels: bool = False
    # The zone layers' polygons linked to zone records: (zone id, layer group, rings), for picking a zone.
    zones: list[tuple[int, str, list[list[XY]]]] = field(default_factory=list)
    # Each shape's bounds (points and label), made by :func:`around` the first time it crops this scene.
    shape_bounds: list[Box | None] | None = field(default=None, repr=False, compare=False)

    def groups(self) -> list[str]:
        return list(dict.fromkeys(s.group for s in self.shapes))


def project(lat: float, lon: float) -> XY:
    return REGION.forward(lat, lon)


def _project_ring(ring: Iterable[tuple[float, float]]) -> list[XY]:
    return [REGION.forward(lat, lon) for lon, lat in ring]


def bounds_of(points: Iterable[XY]) -> Box:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


@cache
def _base_shapes() -> tuple[tuple[basemap.BaseFeature, tuple[tuple[XY, ...], ...], tuple[tuple[XY, ...], ...]], ...]:
    out = []
    for feature in basemap.features():
        rings = tuple(tuple(_project_ring(r)) for polygon in feature.polygons for r in polygon)
        lines = tuple(tuple(_project_ring(line)) for line in feature.lines)
        out.append((feature, rings, lines))
    return tuple(out)


def region_view(margin: float = 0.06) -> Box:
    """The box around Karaganda region (with the lake's northern shore) and a margin."""
    for feature, rings, _ in _base_shapes():
        if feature.layer == "region" and feature.code == basemap.REGION_CODE:
            xmin, ymin, xmax, ymax = bounds_of(p for r in rings for p in r)
            dx, dy = (xmax - xmin) * margin, (ymax - ymin) * margin
            return xmin - dx, ymin - dy, xmax + dx, ymax + dy
    raise LookupError("the base map has no Karaganda region")  # pragma: no cover (bundled data)


def point_view(lat: float, lon: float, radius_km: float) -> Box:
    x, y = project(lat, lon)
    r = radius_km * 1000
    return x - r, y - r, x + r, y + r


def _base(scene: MapScene) -> None:
    lang = scene.lang
    from guide.maps.clip import label_point  # noqa: PLC0415 (clip is tiny; kept apart for the tests)

    for feature, rings, _lines in _base_shapes():
        if feature.layer == "region":
            own = feature.code == basemap.REGION_CODE
            polygons = [list(r) for r in rings]
            largest = max(polygons, key=len) if polygons else []
            scene.shapes.append(
                Shape(
                    "regions",
                    rings=polygons,
                    stroke=style.REGION_LINE if own else style.NEIGHBOUR_LINE,
                    width=1.4 if own else 0.6,
                    fill=style.REGION_FILL if own else style.NEIGHBOUR_FILL,
                    name=feature.name(lang),
                    label_at=label_point(largest) if largest else None,
                    label_kind="region" if own else "neighbour",
                    legend="boundary" if own else "",
                )
            )
    for feature, rings, lines in _base_shapes():
        if feature.layer == "lake":
            scene.shapes.append(
                Shape(
                    "water",
                    rings=[list(r) for r in rings],
                    stroke=style.LAKE_LINE,
                    width=0.4,
                    fill=style.LAKE_FILL,
                    legend="lake",
                    name=feature.name(lang) if feature.code else "",
                    label_at=label_point(max(rings, key=len)) if feature.code and rings else None,
                    label_kind="water",
                )
            )
        elif feature.layer == "river":
            longest = max(lines, key=len) if lines else ()
            scene.shapes.append(
                Shape(
                    "water",
                    lines=[list(line) for line in lines],
                    stroke=style.RIVER,
                    width=0.7,
                    legend="river",
                    name=feature.name(lang) if feature.code else "",
                    label_at=longest[len(longest) // 2] if feature.code and longest else None,
                    label_kind="water",
                )
            )
    # Region order: neighbours first, Karaganda region (drawn thicker) on top of their shared borders.
    scene.shapes.sort(key=lambda s: (s.group != "regions", s.label_kind == "region"))


def _layers(scene: MapScene, catalog: Any) -> None:
    from guide.catalog.geo import parts  # noqa: PLC0415

    for layer in catalog_layers.map_layers(catalog):
        stroke, width, dash, fill = style.LAYER_STYLES.get(layer.kind, style.LAYER_STYLES["other"])
        group = f"layer:{layer.id}"
        shape = Shape(group, stroke=stroke, width=width, dash=dash, fill=fill, fill_opacity=0.35, legend=group)
        for feature in layer.features:
            for kind, rings in parts(feature["geometry"]):
                if kind == "polygon":
                    projected = [_project_ring(r) for r in rings]
                    shape.rings.extend(projected)
                    zone_id = feature["properties"].get("zone_id")
                    if layer.kind == "zone" and isinstance(zone_id, int):
                        scene.zones.append((zone_id, group, projected))
                elif kind == "line":
                    shape.lines.extend(_project_ring(r) for r in rings)
                else:
                    x, y = project(rings[0][0][1], rings[0][0][0])
                    name = feature["properties"].get("name") if layer.kind != "zone" else ""
                    scene.symbols.append(
                        Symbol("layer", x, y, stroke, 4.5, label=str(name or ""), group=group, legend=group)
                    )
        scene.shapes.append(shape)
        kind_label = i18n.label("layer_kind", layer.kind, scene.lang)
        symbol = "area" if layer.kind in ("zone", "other") and shape.rings else "line"
        scene.legend.append(
            LegendEntry(symbol, stroke, f"{layer.title} ({kind_label.lower()})", fill=fill, dash=dash, key=group)
        )
        scene.credits.append(f"{layer.title}: {layer.source}, {layer.as_of}")


def _towns_and_premises(scene: MapScene, catalog: Any, premise_labels: bool) -> None:
    lang = scene.lang
    for town in catalog.all("towns"):
        if town.get("lat") is None or town.get("lon") is None:
            continue
        x, y = project(float(town["lat"]), float(town["lon"]))
        status = town.get("monotown_status")
        if town["id"] == style.REGIONAL_CENTRE_ID:
            symbol = Symbol(
                "centre",
                x,
                y,
                style.REGIONAL_CENTRE,
                9,
                ("towns", town["id"]),
                square=True,
                priority=100,
                legend="centre",
            )
        else:
            color = {"monotown": style.MONOTOWN, "former_monotown": style.FORMER_MONOTOWN}.get(
                str(status), style.OTHER_TOWN
            )
            symbol = Symbol(
                "town",
                x,
                y,
                color,
                7.5,
                ("towns", town["id"]),
                priority=80 if status == "monotown" else 60,
                legend=str(status),
            )
        symbol.label = catalog.town_name(town["id"], lang)
        symbol.group = "towns"
        scene.symbols.append(symbol)
    rows = views.premise_positions(catalog, lang)
    statuses = set()
    for premise_id, lat, lon, status, name in rows:
        x, y = project(float(lat), float(lon))
        statuses.add(status)
        scene.symbols.append(
            Symbol(
                "premise",
                x,
                y,
                style.STATUS_COLORS.get(status or "", style.NO_STATUS),
                4.0,
                ("premises", premise_id),
                label=name or "" if premise_labels else "",
                priority=10,
                group="premises",
                legend=f"status:{status}",
            )
        )
    from guide.maps.texts import t  # noqa: PLC0415

    entries = [
        LegendEntry("square", style.REGIONAL_CENTRE, t("regional_centre", lang), key="centre"),
        LegendEntry("dot", style.MONOTOWN, t("monotown", lang), key="monotown"),
        LegendEntry("dot", style.FORMER_MONOTOWN, t("former_monotown", lang), key="former_monotown"),
    ]
    for code in i18n.VOCABULARIES["premise_status"]:
        if code in statuses:
            entries.append(
                LegendEntry(
                    "dot", style.STATUS_COLORS[code], i18n.label("premise_status", code, lang), key=f"status:{code}"
                )
            )
    scene.legend[:0] = entries


def build_scene(
    catalog: Any,
    lang: str,
    view: Box | None = None,
    *,
    premise_labels: bool = False,
    highlight: tuple[str, Any] | None = None,
) -> MapScene:
    """Everything on the map; ``view`` (default: the whole region) is what a renderer shows."""
    from guide.maps.texts import t  # noqa: PLC0415

    scene = MapScene(lang, view or region_view(), [], [], [], [], highlight, premise_labels)
    _base(scene)
    scene.legend += [
        LegendEntry("line", style.REGION_LINE, t("region_boundary", lang), key="boundary"),
        LegendEntry("area", style.LAKE_LINE, t("lake", lang), fill=style.LAKE_FILL, key="lake"),
        LegendEntry("line", style.RIVER, t("river", lang), key="river"),
    ]
    _layers(scene, catalog)
    _towns_and_premises(scene, catalog, premise_labels)
    return scene


def background_scene(catalog: Any, lang: str) -> MapScene:
    """The base and layer shapes only (the window draws its own markers, read when it is shown)."""
    scene = MapScene(lang, region_view(), [], [], [], [], None, False)
    _base(scene)
    _layers(scene, catalog)
    return scene


def town_scene(catalog: Any, town_id: str, lang: str, radius_km: float = 12.0) -> MapScene:
    """A town with its premises, zones and layers: the view widens to take in all its premises."""
    town = catalog.require("towns", town_id)
    points = [project(float(town["lat"]), float(town["lon"]))]
    for premise in catalog.where("premises", "town", town_id):
        if premise.get("lat") is not None and premise.get("lon") is not None:
            points.append(project(float(premise["lat"]), float(premise["lon"])))
    xmin, ymin, xmax, ymax = bounds_of(points)
    r = radius_km * 1000
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    half = max(r, (xmax - xmin) / 2 * 1.15, (ymax - ymin) / 2 * 1.15)
    return build_scene(
        catalog, lang, (cx - half, cy - half, cx + half, cy + half), premise_labels=True, highlight=("towns", town_id)
    )


def locator_scene(
    catalog: Any,
    lat: float,
    lon: float,
    lang: str,
    *,
    radius_km: float = 40.0,
    highlight: tuple[str, Any] | None = None,
) -> MapScene:
    """The surroundings of one point (a premise's passport): the nearest town, water, roads."""
    return around(build_scene(catalog, lang), lat, lon, radius_km=radius_km, highlight=highlight)


def around(
    region: MapScene, lat: float, lon: float, *, radius_km: float, highlight: tuple[str, Any] | None = None
) -> MapScene:
    """:func:`locator_scene` from a scene of the whole region made once (a brief has a map per passport).

    It shares the region's shapes and keeps only the points near the view: a renderer widens the
    view to its frame's shape, so those within the view's own width on every side.
    """
    view = point_view(lat, lon, radius_km)
    xmin, ymin, xmax, ymax = view
    dx, dy = xmax - xmin, ymax - ymin
    near = [s for s in region.symbols if xmin - dx <= s.x <= xmax + dx and ymin - dy <= s.y <= ymax + dy]
    # The same for the shapes, by their bounds, made once per region scene (the scene a guide
    # reuses isn't changed): the renderer would clip each of the region's 256 shapes to each map.
    if region.shape_bounds is None:
        region.shape_bounds = [_shape_bounds(shape) for shape in region.shapes]
    shapes = [
        shape
        for shape, box in zip(region.shapes, region.shape_bounds, strict=True)
        if box is None or (box[0] <= xmax + dx and box[2] >= xmin - dx and box[1] <= ymax + dy and box[3] >= ymin - dy)
    ]
    return replace(region, view=view, highlight=highlight, symbols=near, shapes=shapes, shape_bounds=None)


def _shape_bounds(shape: Shape) -> Box | None:
    xs = [p[0] for part in (*shape.rings, *shape.lines) for p in part]
    ys = [p[1] for part in (*shape.rings, *shape.lines) for p in part]
    if shape.label_at is not None:
        xs.append(shape.label_at[0])
        ys.append(shape.label_at[1])
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None
