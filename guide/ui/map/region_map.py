"""The region map drawn with QGraphicsView: real boundaries, water, the akimat's layers, towns, premises.

The base and layer shapes are the renderer's (``guide.maps.scene``), in the
same Lambert projection as the printed maps; scene units are kilometres (see
``geography.project``), so the scale bar is a plain conversion. Markers keep their size on screen whatever the zoom: the
premises are drawn as points with a cosmetic pen from one prepared polygon
per status (fast even at 100,000 premises), and towns and labels are drawn
in device coordinates.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from guide.catalog import views
from guide.catalog.store import Catalog
from guide.maps import scene as map_scene
from guide.maps.labels import LabelRequest, place_labels
from guide.maps.projection import distance_km
from guide.maps.style import REGIONAL_CENTRE_ID
from guide.ui import palette
from guide.ui.deferred import DeferredRefresh
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.map.geography import from_metres, nice_length, project, to_metres, unproject

PREMISE_SIZE = 8
TOWN_SIZE = 13
CENTRE_SIZE = 15
HIT_RADIUS_PX = 9
# A town marker takes clicks a little beyond its drawn edge, and before any premise under it.
TOWN_HIT_RADIUS_PX = TOWN_SIZE / 2 + 5
REGIONAL_CENTRE = REGIONAL_CENTRE_ID
MIN_SCALE = 0.3  # pixels per km
# From this zoom on (a town fills the view) premises are named beside their dots.
LABEL_SCALE = 25.0
LABEL_CHARS = 32
MANY_POINTS = 3000
MAX_LABELS = 150
MAX_SCALE = 400.0


@dataclass
class Marker:
    kind: str
    id: Any
    x: float
    y: float
    status: str | None = None
    label: str = ""


class PremiseMarkers(Sequence[Marker]):
    """Every premise on the map, in parallel arrays: a Marker object and its title for each of a
    million premises took 775 MB (issue 18). Indexing makes a :class:`Marker`; titles are read
    from the catalog for the few a marker is asked for (named beside its dot, clicked).
    """

    def __init__(self, catalog: Catalog | None = None, lang: str = "ru") -> None:
        self.catalog = catalog
        self.lang = lang
        self.ids: list[Any] = []
        self.xs = array("d")
        self.ys = array("d")
        self.status_codes = array("B")
        self.statuses: list[str | None] = []  # code → status
        self._titles: dict[Any, str] = {}

    @classmethod
    def read(cls, catalog: Catalog, lang: str) -> PremiseMarkers:
        markers = cls(catalog, lang)
        codes: dict[str | None, int] = {}
        for record_id, lat, lon, status in views.premise_points(catalog):
            x, y = project(lat, lon)
            markers.ids.append(record_id)
            markers.xs.append(x)
            markers.ys.append(y)
            code = codes.get(status)
            if code is None:
                code = codes[status] = len(markers.statuses)
                markers.statuses.append(status)
            markers.status_codes.append(code)
        return markers

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Marker: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Marker]: ...
    def __getitem__(self, index: int | slice) -> Marker | Sequence[Marker]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        record_id = self.ids[index]
        status = self.statuses[self.status_codes[index]]
        return Marker("premises", record_id, self.xs[index], self.ys[index], status=status,
                      label=self.titles([record_id]).get(record_id, ""))  # fmt: skip

    def titles(self, ids: list[Any]) -> dict[Any, str]:
        """The titles of some of the premises (read once, then kept)."""
        missing = [i for i in ids if i not in self._titles]
        if missing and self.catalog is not None:
            self._titles.update(views.premise_titles(self.catalog, missing, self.lang))
        return {i: self._titles.get(i, "") for i in ids}

    def polygons(self) -> dict[str, QPolygonF]:
        """The points of each status, as the painter draws them."""
        polygons = [QPolygonF() for _ in self.statuses]
        for x, y, code in zip(self.xs, self.ys, self.status_codes, strict=True):
            polygons[code].append(QPointF(x, y))
        result: dict[str, QPolygonF] = {}
        for status, polygon in zip(self.statuses, polygons, strict=True):
            key = status or ""
            if key in result:  # None and "" both draw as "no status"
                for i in range(polygon.size()):
                    result[key].append(polygon.at(i))
            else:
                result[key] = polygon
        return result

    def near(self, x: float, y: float, radius: float) -> Marker | None:
        """The premise nearest to (x, y) within ``radius`` (scene units), the first in id order on a tie."""
        best: tuple[float, int] | None = None
        for i, (mx, my) in enumerate(zip(self.xs, self.ys, strict=True)):
            dx, dy = mx - x, my - y
            if abs(dx) > radius or abs(dy) > radius:
                continue
            distance = dx * dx + dy * dy
            if distance <= radius * radius and (best is None or distance < best[0]):
                best = (distance, i)
        return None if best is None else self[best[1]]

    def inside(self, left: float, top: float, right: float, bottom: float, most: int) -> list[int] | None:
        """The positions of the premises in a rectangle; None when there are more than ``most``."""
        found = []
        for i, (x, y) in enumerate(zip(self.xs, self.ys, strict=True)):
            if left <= x <= right and top <= y <= bottom:
                found.append(i)
                if len(found) > most:
                    return None
        return found


def _shape_path(shape: map_scene.Shape) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        path.addPolygon(QPolygonF([QPointF(*from_metres(p)) for p in ring]))
        path.closeSubpath()
    for line in shape.lines:
        path.moveTo(QPointF(*from_metres(line[0])))
        for point in line[1:]:
            path.lineTo(QPointF(*from_metres(point)))
    return path


class MarkersItem(QGraphicsItem):
    """All markers in one item: premises as points, towns as circles with their names."""

    def __init__(self, view: RegionMapView) -> None:
        super().__init__()
        self.view = view
        self.premises: PremiseMarkers = PremiseMarkers()
        self.towns: list[tuple[Marker, str, bool]] = []  # marker, label, is monotown
        self.by_status: dict[str, QPolygonF] = {}
        self.selected: tuple[str, Any] | None = None
        self.hidden: set[str] = set()  # "towns" and/or "premises" switched off
        self._rect = QRectF()

    def set_markers(self, premises: PremiseMarkers, towns: list[tuple[Marker, str, bool]], rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.premises = premises
        self.towns = towns
        self._rect = rect
        self.by_status = premises.polygons()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Premises: one call per status; cosmetic pens keep the dots the same size at any zoom.
        # Round, outlined dots read best, but cost ~25 times more than square ones: with many
        # premises (a whole region's register) the map draws plain squares to stay responsive.
        many = len(self.premises) > MANY_POINTS
        cap = Qt.PenCapStyle.SquareCap if many else Qt.PenCapStyle.RoundCap
        for status, polygon in self.by_status.items() if "premises" not in self.hidden else ():
            if not many:
                outline = QPen(QColor("#ffffff"), PREMISE_SIZE + 2)
                outline.setCosmetic(True)
                outline.setCapStyle(cap)
                painter.setPen(outline)
                painter.drawPoints(polygon)
            pen = QPen(palette.STATUS_COLORS.get(status, palette.MUTED), PREMISE_SIZE if not many else 5)
            pen.setCosmetic(True)
            pen.setCapStyle(cap)
            painter.setPen(pen)
            painter.drawPoints(polygon)
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        if transform.m11() >= LABEL_SCALE and "premises" not in self.hidden:
            self._draw_premise_labels(painter, transform, option.exposedRect)  # type: ignore[attr-defined]
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        # Town names are placed like the printed map's (guide.maps.labels): beside the point where
        # there is room, led out with a line where not, so the Karaganda cluster stays readable.
        requests = []
        obstacles = []
        for marker, label, monotown in self.towns if "towns" not in self.hidden else ():
            centre = transform.map(QPointF(marker.x, marker.y))
            self._draw_town(painter, centre, marker, monotown)
            # The placement works with y up; the window's y points down, so flip it.
            half = TOWN_SIZE / 2
            obstacles.append((centre.x() - half, -centre.y() - half, centre.x() + half, -centre.y() + half))
            priority = 100 if marker.id == REGIONAL_CENTRE else (80 if monotown else 60)
            requests.append(LabelRequest(label, centre.x(), -centre.y(), metrics.height() / 1.2, TOWN_SIZE / 2 + 5,
                                         priority, can_lead=True))  # fmt: skip
        for text, x, y, kind, group in self.view.area_labels:
            if group in self.view.hidden_groups:
                continue
            point = transform.map(QPointF(x, y))
            requests.append(LabelRequest(text, point.x(), -point.y(), metrics.height() / 1.2, 0,
                                         40 if kind == "water" else 20, centred=True))  # fmt: skip
        viewport = self.view.viewport().rect()
        frame = (0.0, -float(viewport.height()), float(viewport.width()), 0.0)
        placed, _ = place_labels(requests, lambda text, _size: metrics.horizontalAdvance(text), frame, obstacles)
        for spot in placed:
            self._draw_label(painter, metrics, spot)
        if self.selected is not None:
            for marker in self._all():
                if (marker.kind, marker.id) == self.selected:
                    centre = transform.map(QPointF(marker.x, marker.y))
                    ring = QPen(palette.ACCENT, 3)
                    painter.setPen(ring)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(centre, 11, 11)
                    break
        painter.restore()

    def _draw_premise_labels(self, painter: QPainter, transform: Any, exposed: QRectF) -> None:
        margin = 2.0  # km: a label may start just outside the exposed area
        area = exposed.adjusted(-margin, -margin, margin, margin)
        inside = self.premises.inside(area.left(), area.top(), area.right(), area.bottom(), MAX_LABELS)
        if inside is None:
            return  # a crowd of names is unreadable: zoom in further to see them
        shown = [marker for marker in (self.premises[i] for i in inside) if marker.label]
        painter.setPen(QColor("#374151"))
        for marker in shown:
            centre = transform.map(QPointF(marker.x, marker.y))
            text = marker.label if len(marker.label) <= LABEL_CHARS else marker.label[: LABEL_CHARS - 1] + "…"
            painter.drawText(QPointF(centre.x() + PREMISE_SIZE, centre.y() + 4), text)

    def _all(self) -> list[Marker]:
        if self.selected is not None and self.selected[0] == "premises" and self.selected[1] in self.premises.ids:
            return [self.premises[self.premises.ids.index(self.selected[1])]]
        return [m for m, _, _ in self.towns]

    def _draw_town(self, painter: QPainter, centre: QPointF, marker: Marker, monotown: bool) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 2))
        if marker.id == REGIONAL_CENTRE:
            painter.setBrush(QBrush(palette.REGIONAL_CENTRE))
            half = CENTRE_SIZE / 2
            painter.drawRect(QRectF(centre.x() - half, centre.y() - half, CENTRE_SIZE, CENTRE_SIZE))
            return
        painter.setBrush(QBrush(palette.MONOTOWN if monotown else palette.FORMER_MONOTOWN))
        painter.drawEllipse(centre, TOWN_SIZE / 2, TOWN_SIZE / 2)

    def _draw_label(self, painter: QPainter, metrics: QFontMetricsF, spot: Any) -> None:
        left, bottom, right, top = spot.box
        rect = QRectF(left, -top, right - left, top - bottom)
        if spot.leader is not None:
            x1, y1, x2, y2 = spot.leader
            painter.setPen(QPen(palette.MUTED, 1))
            painter.drawLine(QPointF(x1, -y1), QPointF(x2, -y2))
        # A soft halo keeps the name readable over dots and lines.
        if not spot.request.centred:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3)
        colour = {40: "#2f6f9f", 20: "#8a8578"}.get(spot.request.priority, "#1b1b1b")
        font = QFont(painter.font())
        font.setBold(not spot.request.centred)
        font.setItalic(spot.request.priority == 40)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, spot.request.text)


class RegionMapView(QGraphicsView):
    """Emits ``record_selected(kind, id)`` when a town or premise is clicked ("towns" or "premises").

    In measuring mode (``set_measuring``) two clicks give ``measured(km)``, the
    straight-line distance between them.
    """

    record_selected = Signal(str, object)
    measured = Signal(float)
    # The layers' shapes were (re)built: the groups the user can hide may have changed.
    background_built = Signal()

    def __init__(
        self, *, catalog: Catalog, language: UiLanguage, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.formatter = formatter
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(QColor("#eef3f7"))
        # Panning is by dragging; scroll bars would only steal room (and change the fit).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._press: QPoint | None = None
        self.measuring = False
        self.measure_points: list[QPointF] = []
        self.hidden_groups: set[str] = set()
        self.group_items: dict[str, list[QGraphicsItem]] = {}
        self.layer_titles: dict[str, str] = {}
        # Reading every premise is most of the main window's start-up at 100,000
        # premises (and its memory at a million): a map nobody has opened yet only
        # notes that it is out of date and reads them when it is first shown.
        self.deferred = DeferredRefresh(self, self.reload)
        # Until the user zooms or pans, resizing the window refits the whole region.
        self._user_view = False
        # The background (base map and layers) is built with the markers, when the map is first
        # shown: the window opens on another page, and it was 0.06-0.08 s of every start-up.
        self.background_stale = True
        self.area_labels: list[tuple[str, float, float, str, str]] = []
        self.zone_paths: list[tuple[int, str, QPainterPath]] = []
        self.region_rect = QRectF()
        self.markers = MarkersItem(self)
        self.markers.setZValue(10)
        self.scene().addItem(self.markers)
        language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    # -- content -------------------------------------------------------------------

    def _build_background(self) -> None:
        """The renderer's base and layer shapes as path items, one list per group the user can hide."""
        self.background_stale = False
        scene = self.scene()
        for items in self.group_items.values():
            for item in items:
                scene.removeItem(item)
        self.group_items = {}
        # Names of neighbouring regions and of water, placed with the town names when painting.
        self.area_labels = []
        background = map_scene.background_scene(self.catalog, self.language.code)
        self.layer_titles = {entry.key: entry.text for entry in background.legend if entry.key.startswith("layer:")}
        z_order = {"regions": 0.0, "water": 1.0}
        for shape in background.shapes:
            item = QGraphicsPathItem(_shape_path(shape))
            pen = QPen(QColor(shape.stroke or "#000000"), shape.width * 1.3)
            pen.setCosmetic(True)
            if shape.dash:
                pen.setDashPattern([max(d, 0.5) for d in shape.dash])
            item.setPen(pen if shape.stroke else QPen(Qt.PenStyle.NoPen))
            if shape.fill and shape.rings:
                fill = QColor(shape.fill)
                fill.setAlphaF(shape.fill_opacity)
                item.setBrush(fill)
            item.setZValue(z_order.get(shape.group, 2.0))
            item.setVisible(shape.group not in self.hidden_groups)
            if shape.label_kind == "region":
                item.setToolTip(shape.name)
                self.region_item = item
            scene.addItem(item)
            group = self.group_items.setdefault(shape.group, [item])
            if group[-1] is not item:
                group.append(item)
            if shape.name and shape.label_at is not None and shape.label_kind in ("water", "neighbour"):
                x, y = from_metres(shape.label_at)
                self.area_labels.append((shape.name, x, y, shape.label_kind, shape.group))
        self.zone_paths = []
        for zone_id, layer_group, rings in background.zones:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for ring in rings:
                path.addPolygon(QPolygonF([QPointF(*from_metres(p)) for p in ring]))
                path.closeSubpath()
            self.zone_paths.append((zone_id, layer_group, path))
        xmin, ymin, xmax, ymax = map_scene.region_view(margin=0.0)
        self.region_rect = QRectF(QPointF(*from_metres((xmin, ymax))), QPointF(*from_metres((xmax, ymin))))
        # Room to pan a little past the edges (the view can't scroll outside the scene rect).
        margin = 250.0
        self.setSceneRect(self.region_rect.adjusted(-margin, -margin, margin, margin))
        self.background_built.emit()

    def zone_at(self, pos: QPoint) -> int | None:
        """The zone record whose polygon (from a zone layer) is under a viewport position."""
        scene_pos = self.mapToScene(pos)
        for zone_id, group, path in self.zone_paths:
            if group not in self.hidden_groups and path.contains(scene_pos):
                return zone_id
        return None

    def groups(self) -> list[str]:
        """What can be switched on and off: "regions", "water", "layer:<id>", and the markers."""
        return [*self.group_items, "towns", "premises"]

    def set_group_visible(self, group: str, visible: bool) -> None:
        if visible:
            self.hidden_groups.discard(group)
        else:
            self.hidden_groups.add(group)
        for item in self.group_items.get(group, []):
            item.setVisible(visible)
        self.markers.hidden = set(self.hidden_groups)
        self.viewport().update()

    def reload_layers(self) -> None:
        self.background_stale = True
        if not self.deferred.due():
            return
        self._build_background()
        self.markers.set_markers(self.markers.premises, self.markers.towns, self.sceneRect())

    def retranslate_ui(self) -> None:
        # Region and water names come from the bundled base map in the UI language.
        self.background_stale = True
        self.reload()

    def ensure_background(self) -> None:
        """Build the background now if it is out of date (before placing the view on it)."""
        if self.background_stale:
            self._build_background()
            if not self._user_view:
                self.show_region()

    @property
    def out_of_date(self) -> bool:
        return self.deferred.out_of_date

    def reload(self) -> None:
        """Re-read the towns and premises (after a write, or a language switch); later if hidden."""
        if not self.deferred.due():
            return
        self.ensure_background()
        premises = PremiseMarkers.read(self.catalog, self.language.code)
        towns = []
        for town in self.catalog.all("towns"):
            if town.get("lat") is None or town.get("lon") is None:
                continue
            marker = Marker("towns", town["id"], *project(town["lat"], town["lon"]))
            towns.append((marker, self.formatter.town(town["id"]), town.get("monotown_status") == "monotown"))
        self.markers.set_markers(premises, towns, self.sceneRect())
        self.viewport().update()

    # -- navigation --------------------------------------------------------------------

    def show_region(self) -> None:
        self._user_view = False
        if self.region_rect.isNull():  # not built yet: the view is fitted when it is
            return
        self.fitInView(self.region_rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)

    def show_point(self, lat: float, lon: float, radius_km: float = 12.0) -> None:
        self.ensure_background()
        x, y = project(lat, lon)
        self._user_view = True
        self.fitInView(QRectF(x - radius_km, y - radius_km, 2 * radius_km, 2 * radius_km),
                       Qt.AspectRatioMode.KeepAspectRatio)  # fmt: skip

    def scale_px_per_km(self) -> float:
        return float(self.transform().m11())

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        scale = self.scale_px_per_km() * factor
        if MIN_SCALE <= scale <= MAX_SCALE:
            self._user_view = True
            self.scale(factor, factor)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._user_view:
            self.show_region()

    # -- picking -------------------------------------------------------------------------

    def marker_at(self, pos: QPoint) -> Marker | None:
        """The marker under a viewport position: a town first (its whole marker and a little more), else
        the nearest premise within a few pixels."""
        scene_pos = self.mapToScene(pos)
        scale = max(self.scale_px_per_km(), 1e-9)
        if "towns" not in self.hidden_groups:
            radius = TOWN_HIT_RADIUS_PX / scale
            best: tuple[float, Marker] | None = None
            for marker, _, _ in self.markers.towns:
                dx = marker.x - scene_pos.x()
                dy = marker.y - scene_pos.y()
                if abs(dx) > radius or abs(dy) > radius:
                    continue
                distance = dx * dx + dy * dy
                if distance <= radius * radius and (best is None or distance < best[0]):
                    best = (distance, marker)
            if best is not None:
                return best[1]
        if "premises" not in self.hidden_groups:
            return self.markers.premises.near(scene_pos.x(), scene_pos.y(), HIT_RADIUS_PX / scale)
        return None

    def select(self, kind: str, record_id: Any) -> None:
        """Mark a record on the map (without emitting)."""
        self.markers.selected = (kind, record_id)
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    # -- measuring -------------------------------------------------------------------------

    def set_measuring(self, on: bool) -> None:
        self.measuring = on
        self.measure_points = []
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)
        self.viewport().update()

    def measured_km(self) -> float | None:
        if len(self.measure_points) < 2:
            return None
        a, b = (unproject(p.x(), p.y()) for p in self.measure_points[:2])
        return distance_km(a[0], a[1], b[0], b[1])

    def _measure_click(self, pos: QPoint) -> None:
        if len(self.measure_points) >= 2:
            self.measure_points = []
        self.measure_points.append(self.mapToScene(pos))
        km = self.measured_km()
        if km is not None:
            self.measured.emit(km)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.measure_points:
            self.measure_points = []
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def visible_box(self) -> tuple[float, float, float, float]:
        """What the view shows, in the renderer's metres (for saving it as an image)."""
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        x1, y1 = to_metres(rect.left(), rect.bottom())
        x2, y2 = to_metres(rect.right(), rect.top())
        return x1, y1, x2, y2

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() <= 4 and self.measuring:
            self._measure_click(pos)
        elif self._press is not None and (pos - self._press).manhattanLength() <= 4:
            marker = self.marker_at(pos)
            if marker is not None:
                self.select(marker.kind, marker.id)
                self.record_selected.emit(marker.kind, marker.id)
            elif (zone_id := self.zone_at(pos)) is not None:
                # Inside a zone's boundary but on no marker: the zone itself.
                self.select("zones", zone_id)
                self.record_selected.emit("zones", zone_id)
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-clicking a town zooms in on it, so its premises can be told apart."""
        marker = None if self.measuring else self.marker_at(event.position().toPoint())
        if marker is not None and marker.kind == "towns":
            self._user_view = True
            self.fitInView(QRectF(marker.x - 12, marker.y - 12, 24, 24), Qt.AspectRatioMode.KeepAspectRatio)
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() > 4:
            self._user_view = True
        if self._press is None and not self.measuring:
            marker = self.marker_at(event.position().toPoint())
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if marker is not None else Qt.CursorShape.OpenHandCursor
            )

    # -- the scale bar -----------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | Any) -> None:
        painter.save()
        painter.resetTransform()
        scale = self.scale_px_per_km()
        length_km = nice_length(140 / scale) if scale > 0 else 0
        if length_km:
            width = length_km * scale
            x = 16.0
            y = self.viewport().height() - 22.0
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 210))
            painter.drawRoundedRect(QRectF(x - 8, y - 22, width + 16, 34), 4, 4)
            painter.setPen(QPen(QColor("#1b1b1b"), 2))
            painter.drawLine(QPointF(x, y), QPointF(x + width, y))
            painter.drawLine(QPointF(x, y - 5), QPointF(x, y + 5))
            painter.drawLine(QPointF(x + width, y - 5), QPointF(x + width, y + 5))
            text = self.tr("{km} км").format(km=self.formatter.number(length_km))
            painter.drawText(QRectF(x, y - 22, width, 18), Qt.AlignmentFlag.AlignCenter, text)
        if self.measure_points:
            self._draw_measure(painter)
        painter.restore()

    def _draw_measure(self, painter: QPainter) -> None:
        points = [self.mapFromScene(p).toPointF() for p in self.measure_points]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.ACCENT, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if len(points) == 2:
            painter.drawLine(points[0], points[1])
        painter.setBrush(palette.ACCENT)
        for point in points:
            painter.drawEllipse(point, 4, 4)
        km = self.measured_km()
        if km is not None:
            text = self.tr("{km} км по прямой").format(km=self.formatter.number(round(km, 1 if km < 100 else 0)))
            middle = (points[0] + points[1]) / 2
            metrics = QFontMetricsF(painter.font())
            box = QRectF(middle.x() + 6, middle.y() - 22, metrics.horizontalAdvance(text) + 10, metrics.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 230))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#1b1b1b"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
