"""Draws a :class:`~guide.maps.scene.MapScene` as a reportlab drawing, and saves it as PNG, SVG or PDF.

The drawing carries the map's frame, base and akimat layers, towns and
premises, labels that don't overlap, a legend, a scale bar, a north arrow
and the attribution line; it is a flowable, so the guides place it as is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from guide.maps import style
from guide.maps.clip import Box, clip_line, clip_ring, label_point
from guide.maps.labels import LabelRequest, place_labels
from guide.maps.pdfops import MapFigure
from guide.maps.png import write_png
from guide.maps.projection import REGION, nice_length
from guide.maps.scene import LegendEntry, MapScene, Symbol
from guide.maps.texts import t
from guide.pdf import fonts

ATTRIBUTION_SIZE = 6.0
FORMATS = ("png", "svg", "pdf")


class MapDrawing:
    """Maps scene metres to drawing points for one frame."""

    def __init__(self, scene: MapScene, width: float, height: float | None, bottom: float) -> None:
        xmin, ymin, xmax, ymax = scene.view
        if height is None:
            height = width * (ymax - ymin) / (xmax - xmin) + bottom
        map_h = height - bottom
        self.scale = min(width / (xmax - xmin), map_h / (ymax - ymin))
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        half_w, half_h = width / self.scale / 2, map_h / self.scale / 2
        # The view grows to the frame's shape, so nothing is stretched.
        self.view: Box = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
        self.width, self.height, self.bottom = width, height, bottom

    def pt(self, p: tuple[float, float]) -> tuple[float, float]:
        return (p[0] - self.view[0]) * self.scale, (p[1] - self.view[1]) * self.scale + self.bottom

    def frame(self) -> Box:
        return 0.0, self.bottom, self.width, self.height


def _color(hex_color: str, alpha: float = 1.0) -> colors.Color:
    c = colors.HexColor(hex_color)
    return colors.Color(c.red, c.green, c.blue, alpha) if alpha < 1 else c


def _flat(points: list[tuple[float, float]]) -> list[float]:
    return [v for p in points for v in p]


def draw_map(
    scene: MapScene,
    width: float = 720.0,
    height: float | None = None,
    *,
    legend: bool = True,
    short_credits: bool = False,
) -> Drawing:
    """The map in a ``width`` × ``height`` drawing (height from the view's shape when None).

    ``short_credits`` (small locator maps) names the base data's sources in one short line.
    """
    fonts.register_fonts()
    lang = scene.lang
    credits = [t("attribution_short" if short_credits else "attribution", lang), *scene.credits]
    bottom = (ATTRIBUTION_SIZE + 2.5) * len(credits) + 4
    geometry = MapDrawing(scene, width, height, bottom)
    drawing = fonts.drawing(geometry.width, geometry.height, kind=MapFigure)
    view = geometry.view
    drawing.add(
        Rect(0, bottom, geometry.width, geometry.height - bottom, fillColor=_color(style.BACKGROUND), strokeColor=None)
    )
    label_requests: list[LabelRequest] = []
    in_view: set[str] = set()
    wide = view[2] - view[0] > 150_000  # region names only on maps wide enough to show regions
    for shape in scene.shapes:
        # A locator map shows few of the region's shapes: a group only for those it does.
        parts: list[Polygon | PolyLine] = []
        visible = []
        for ring in shape.rings:
            clipped = clip_ring(ring, view)
            if clipped:
                visible.append(clipped)
                parts.append(
                    Polygon(
                        _flat([geometry.pt(p) for p in clipped]),
                        fillColor=_color(shape.fill, shape.fill_opacity) if shape.fill else None,
                        strokeColor=_color(shape.stroke) if shape.stroke else None,
                        strokeWidth=shape.width,
                        strokeDashArray=shape.dash,
                        strokeLineJoin=1,
                    )
                )
        for line in shape.lines:
            for run in clip_line(line, view):
                parts.append(
                    PolyLine(
                        _flat([geometry.pt(p) for p in run]),
                        strokeColor=_color(shape.stroke or style.TEXT),
                        strokeWidth=shape.width,
                        strokeDashArray=shape.dash,
                        strokeLineJoin=1,
                        strokeLineCap=1,
                    )
                )
        if parts:
            drawing.add(Group(*parts))
            if shape.legend != "boundary" or wide:
                in_view.add(shape.legend)
        anchor = shape.label_at
        if shape.name and shape.rings:
            # The name goes in the middle of the part in view, not of the whole region.
            at = 0.42 if shape.label_kind == "region" else None  # below the Karaganda cluster
            anchor = label_point(max(visible, key=_area), at) if visible else None
        if shape.label_kind in ("region", "neighbour") and not wide:
            anchor = None
        if shape.name and anchor is not None and _inside(anchor, view):
            x, y = geometry.pt(anchor)
            size = {"region": 11.0, "neighbour": 8.0}.get(shape.label_kind, 7.5)
            label_requests.append(
                LabelRequest(
                    shape.name, x, y, size, 0, {"region": 30, "neighbour": 20}.get(shape.label_kind, 40), centred=True
                )
            )
    obstacles = []
    premise_labels = 0
    for symbol in sorted(scene.symbols, key=lambda s: {"layer": 0, "premise": 1, "town": 2, "centre": 3}[s.kind]):
        x, y = geometry.pt((symbol.x, symbol.y))
        frame = geometry.frame()
        if not (frame[0] <= x <= frame[2] and frame[1] <= y <= frame[3]):
            continue
        highlighted = scene.highlight == symbol.record
        _draw_symbol(drawing, symbol, x, y, highlighted)
        in_view.add(symbol.legend)
        r = symbol.size / 2 + (4 if highlighted else 0)
        if symbol.kind != "premise" or scene.premise_labels:
            obstacles.append((x - r, y - r, x + r, y + r))
        if symbol.label:
            premise_labels += symbol.kind == "premise"
            size = 8.5 if symbol.kind in ("town", "centre") else 6.5
            text = symbol.label if len(symbol.label) <= 34 else symbol.label[:33] + "…"
            label_requests.append(
                LabelRequest(text, x, y, size, r + 2, symbol.priority, can_lead=symbol.kind in ("town", "centre"))
            )
    entries = [e for e in scene.legend if e.key in in_view] if legend else []
    km, bar_length = scale_bar_km(view[2] - view[0], geometry.width)
    legend_box = _legend_box(entries, scene, geometry, 0)
    obstacles += [
        legend_box,
        (0, bottom, bar_length + 20, bottom + 30),  # the scale bar
        (geometry.width - 34, geometry.height - 44, geometry.width, geometry.height),  # the north arrow
    ]
    placed, dropped = place_labels(label_requests, _text_width, geometry.frame(), obstacles)
    for label in placed:
        request = label.request
        if label.leader:
            drawing.add(Line(*label.leader, strokeColor=_color(style.MUTED_TEXT), strokeWidth=0.5))
        bold = request.priority >= 60 or request.priority == 30
        italic = request.priority == 40
        color = style.WATER_TEXT if italic else (style.MUTED_TEXT if request.priority in (20,) else style.TEXT)
        font = fonts.SANS_BOLD if bold else (fonts.SANS_ITALIC if italic else fonts.SANS)
        if request.priority >= 60:
            # A white halo keeps town names readable over lines and shading.
            lx0, ly0, lx1, ly1 = label.box
            drawing.add(
                Rect(
                    lx0,
                    ly0,
                    lx1 - lx0,
                    ly1 - ly0,
                    rx=1.5,
                    ry=1.5,
                    fillColor=colors.Color(1, 1, 1, 0.75),
                    strokeColor=None,
                )
            )
        drawing.add(
            String(label.x, label.y, request.text, fontName=font, fontSize=request.size, fillColor=_color(color))
        )
    dropped_premises = sum(1 for r in dropped if r.priority == 10)
    if entries:
        _legend(drawing, entries, scene, geometry, dropped_premises)
    _scale_bar(drawing, geometry, lang)
    _north_arrow(drawing, geometry, lang)
    drawing.add(
        Rect(
            0,
            bottom,
            geometry.width,
            geometry.height - bottom,
            fillColor=None,
            strokeColor=_color(style.NEIGHBOUR_LINE),
            strokeWidth=0.6,
        )
    )
    for i, credit in enumerate(reversed(credits)):
        drawing.add(
            String(
                2,
                3 + i * (ATTRIBUTION_SIZE + 2.5),
                _fit(credit, geometry.width - 4, ATTRIBUTION_SIZE),
                fontName=fonts.SANS,
                fontSize=ATTRIBUTION_SIZE,
                fillColor=_color(style.MUTED_TEXT),
            )
        )
    return drawing


def _area(ring: Sequence[tuple[float, float]]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True))) / 2


def _inside(p: tuple[float, float], box: Box) -> bool:
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def _text_width(text: str, size: float) -> float:
    return stringWidth(text, fonts.SANS_BOLD, size)


def _fit(text: str, width: float, size: float) -> str:
    while text and stringWidth(text, fonts.SANS, size) > width:
        text = text[:-2] + "…"
    return text


def _draw_symbol(drawing: Drawing, symbol: Symbol, x: float, y: float, highlighted: bool) -> None:
    r = symbol.size / 2
    fill = _color(symbol.color)
    if highlighted:
        drawing.add(Circle(x, y, r + 4, fillColor=None, strokeColor=_color("#1f4e79"), strokeWidth=1.6))
    if symbol.square:
        drawing.add(Rect(x - r, y - r, 2 * r, 2 * r, fillColor=fill, strokeColor=colors.white, strokeWidth=1))
    elif symbol.kind == "layer":
        drawing.add(Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colors.white, strokeColor=fill, strokeWidth=1.2))
    else:
        drawing.add(Circle(x, y, r, fillColor=fill, strokeColor=colors.white, strokeWidth=0.8 if r > 2.5 else 0.4))


LEGEND_SIZE = 7.0
LEGEND_LINE = LEGEND_SIZE * 1.55


def _legend_box(entries: list[LegendEntry], scene: MapScene, geometry: MapDrawing, dropped: int) -> Box:
    size = LEGEND_SIZE
    notes = 1 if dropped and scene.premise_labels else 0
    title = t("legend", scene.lang)
    text_w = max(
        [stringWidth(title, fonts.SANS_BOLD, size)]
        + [stringWidth(e.text, fonts.SANS, size) for e in entries]
        + ([stringWidth(t("more_labels", scene.lang, n=dropped), fonts.SANS_ITALIC, size - 1)] if notes else [])
    )
    box_w = text_w + 26
    box_h = LEGEND_LINE * (len(entries) + 1 + notes) + 6
    x0 = geometry.width - box_w - 6
    y0 = geometry.bottom + 6
    return x0, y0, x0 + box_w, y0 + box_h


def _legend(drawing: Drawing, entries: list[LegendEntry], scene: MapScene, geometry: MapDrawing, dropped: int) -> None:
    size = LEGEND_SIZE
    line_h = LEGEND_LINE
    notes = [t("more_labels", scene.lang, n=dropped)] if dropped and scene.premise_labels else []
    title = t("legend", scene.lang)
    x0, y0, x1, y1 = _legend_box(entries, scene, geometry, dropped)
    box_w, box_h = x1 - x0, y1 - y0
    drawing.add(
        Rect(
            x0,
            y0,
            box_w,
            box_h,
            fillColor=colors.Color(1, 1, 1, 0.88),
            strokeColor=_color(style.NEIGHBOUR_LINE),
            strokeWidth=0.5,
        )
    )
    y = y0 + box_h - line_h
    drawing.add(String(x0 + 6, y, title, fontName=fonts.SANS_BOLD, fontSize=size, fillColor=_color(style.TEXT)))
    for entry in entries:
        y -= line_h
        sx, sy = x0 + 6, y + size * 0.35
        if entry.symbol == "line":
            drawing.add(
                Line(sx, sy, sx + 13, sy, strokeColor=_color(entry.color), strokeWidth=1.6, strokeDashArray=entry.dash)
            )
        elif entry.symbol == "area":
            drawing.add(
                Rect(
                    sx,
                    sy - 3.5,
                    13,
                    7,
                    fillColor=_color(entry.fill or entry.color, 0.6),
                    strokeColor=_color(entry.color),
                    strokeWidth=0.7,
                )
            )
        elif entry.symbol == "square":
            drawing.add(Rect(sx + 3, sy - 3.5, 7, 7, fillColor=_color(entry.color), strokeColor=None))
        else:
            drawing.add(Circle(sx + 6.5, sy, 3.3, fillColor=_color(entry.color), strokeColor=None))
        drawing.add(String(sx + 19, y, entry.text, fontName=fonts.SANS, fontSize=size, fillColor=_color(style.TEXT)))
    for note in notes:
        y -= line_h
        drawing.add(
            String(x0 + 6, y, note, fontName=fonts.SANS_ITALIC, fontSize=size - 1, fillColor=_color(style.MUTED_TEXT))
        )


def scale_bar_km(view_width_m: float, width_pt: float, target_pt: float = 90.0) -> tuple[float, float]:
    """(length in km, length in points) of a round scale bar about ``target_pt`` long."""
    km_per_pt = view_width_m / 1000 / width_pt
    km = nice_length(target_pt * km_per_pt)
    return km, km / km_per_pt


def _scale_bar(drawing: Drawing, geometry: MapDrawing, lang: str) -> None:
    # Distances in the projection are true to 0.2 % across the region (see projection.py).
    km, length = scale_bar_km(geometry.view[2] - geometry.view[0], geometry.width)
    x, y = 10.0, geometry.bottom + 12.0
    drawing.add(Rect(x - 5, y - 7, length + 10, 22, fillColor=colors.Color(1, 1, 1, 0.85), strokeColor=None))
    half = length / 2
    drawing.add(Rect(x, y, half, 3, fillColor=_color(style.TEXT), strokeColor=_color(style.TEXT), strokeWidth=0.5))
    drawing.add(Rect(x + half, y, half, 3, fillColor=colors.white, strokeColor=_color(style.TEXT), strokeWidth=0.5))
    number = f"{km:g}".replace(".", "," if lang != "en" else ".")
    drawing.add(String(x, y + 5, "0", fontName=fonts.SANS, fontSize=6.5, fillColor=_color(style.TEXT)))
    drawing.add(
        String(
            x + length,
            y + 5,
            f"{number} {t('km', lang)}",
            fontName=fonts.SANS,
            fontSize=6.5,
            fillColor=_color(style.TEXT),
            textAnchor="middle",
        )
    )


def north_angle(geometry_view: Box) -> float:
    """How far true north leans from the map's up at the view's centre, in degrees (counter-clockwise)."""
    cx, cy = (geometry_view[0] + geometry_view[2]) / 2, (geometry_view[1] + geometry_view[3]) / 2
    lat, lon = REGION.inverse(cx, cy)
    x1, y1 = REGION.forward(lat + 0.1, lon)
    return math.degrees(math.atan2(-(x1 - cx), y1 - cy))


def _north_arrow(drawing: Drawing, geometry: MapDrawing, lang: str) -> None:
    angle = math.radians(north_angle(geometry.view))
    cx, cy = geometry.width - 18.0, geometry.height - 26.0
    drawing.add(Circle(cx, cy, 12, fillColor=colors.Color(1, 1, 1, 0.85), strokeColor=None))

    def rot(dx: float, dy: float) -> tuple[float, float]:
        return cx + dx * math.cos(angle) - dy * math.sin(angle), cy + dx * math.sin(angle) + dy * math.cos(angle)

    tip, left, right, tail = rot(0, 10), rot(-4.5, -7), rot(4.5, -7), rot(0, -3)
    drawing.add(Polygon(_flat([tip, left, tail]), fillColor=_color(style.TEXT), strokeColor=None))
    drawing.add(
        Polygon(_flat([tip, tail, right]), fillColor=colors.white, strokeColor=_color(style.TEXT), strokeWidth=0.6)
    )
    nx, ny = rot(0, 13)
    drawing.add(
        String(
            nx,
            ny,
            t("north", lang),
            fontName=fonts.SANS_BOLD,
            fontSize=7.5,
            textAnchor="middle",
            fillColor=_color(style.TEXT),
        )
    )


def save_map(drawing: Drawing, path: Path, width_px: int | None = None) -> None:
    """Writes PNG (``width_px`` wide), SVG or PDF, by the file's extension; complete or not at all."""
    from reportlab.graphics import renderPDF, renderSVG  # noqa: PLC0415

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"{path}: the map is written as .png, .svg or .pdf")
    tmp = path.with_name(f".{path.name}.part")
    try:
        if fmt == "png":
            write_png(drawing, tmp, int(width_px or drawing.width * 2))
        elif fmt == "svg":
            renderSVG.drawToFile(drawing, str(tmp))
        else:
            renderPDF.drawToFile(drawing, str(tmp))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
