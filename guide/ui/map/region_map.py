"""A schematic map of Karaganda region drawn with QGraphicsView: towns, the regional centre, premises.

Scene units are kilometres (see ``geography.project``), so the scale bar is a
plain conversion. Markers keep their size on screen whatever the zoom: the
premises are drawn as points with a cosmetic pen from one prepared polygon
per status (fast even at 100,000 premises), and towns and labels are drawn
in device coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from guide.catalog.store import Catalog
from guide.ui import palette
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.map.geography import LABEL_SIDES, LAKE_BALKHASH, REGION_OUTLINE, nice_length, project

PREMISE_SIZE = 8
TOWN_SIZE = 13
CENTRE_SIZE = 15
HIT_RADIUS_PX = 9
REGIONAL_CENTRE = "karaganda"
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


def _polygon(points: tuple[tuple[float, float], ...]) -> QPolygonF:
    return QPolygonF([QPointF(*project(lat, lon)) for lat, lon in points])


class MarkersItem(QGraphicsItem):
    """All markers in one item: premises as points, towns as circles with their names."""

    def __init__(self, view: RegionMapView) -> None:
        super().__init__()
        self.view = view
        self.premises: list[Marker] = []
        self.towns: list[tuple[Marker, str, bool]] = []  # marker, label, is monotown
        self.by_status: dict[str, QPolygonF] = {}
        self.selected: tuple[str, Any] | None = None
        self._rect = QRectF()

    def set_markers(self, premises: list[Marker], towns: list[tuple[Marker, str, bool]], rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.premises = premises
        self.towns = towns
        self._rect = rect
        groups: dict[str, list[QPointF]] = {}
        for marker in premises:
            groups.setdefault(marker.status or "", []).append(QPointF(marker.x, marker.y))
        self.by_status = {status: QPolygonF(points) for status, points in groups.items()}
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
        for status, polygon in self.by_status.items():
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
        if transform.m11() >= LABEL_SCALE:
            self._draw_premise_labels(painter, transform, option.exposedRect)  # type: ignore[attr-defined]
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for marker, label, monotown in self.towns:
            centre = transform.map(QPointF(marker.x, marker.y))
            self._draw_town(painter, centre, marker, monotown)
            self._draw_label(painter, metrics, centre, label, LABEL_SIDES.get(str(marker.id), "right"))
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
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
        shown = []
        for marker in self.premises:
            if marker.label and left <= marker.x <= right and top <= marker.y <= bottom:
                shown.append(marker)
                if len(shown) > MAX_LABELS:
                    return  # a crowd of names is unreadable: zoom in further to see them
        painter.setPen(QColor("#374151"))
        for marker in shown:
            centre = transform.map(QPointF(marker.x, marker.y))
            text = marker.label if len(marker.label) <= LABEL_CHARS else marker.label[: LABEL_CHARS - 1] + "…"
            painter.drawText(QPointF(centre.x() + PREMISE_SIZE, centre.y() + 4), text)

    def _all(self) -> list[Marker]:
        return [*self.premises, *(m for m, _, _ in self.towns)]

    def _draw_town(self, painter: QPainter, centre: QPointF, marker: Marker, monotown: bool) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 2))
        if marker.id == REGIONAL_CENTRE:
            painter.setBrush(QBrush(palette.REGIONAL_CENTRE))
            half = CENTRE_SIZE / 2
            painter.drawRect(QRectF(centre.x() - half, centre.y() - half, CENTRE_SIZE, CENTRE_SIZE))
            return
        painter.setBrush(QBrush(palette.MONOTOWN if monotown else palette.FORMER_MONOTOWN))
        painter.drawEllipse(centre, TOWN_SIZE / 2, TOWN_SIZE / 2)

    def _draw_label(self, painter: QPainter, metrics: QFontMetricsF, centre: QPointF, text: str, side: str) -> None:
        width = metrics.horizontalAdvance(text)
        height = metrics.height()
        gap = TOWN_SIZE / 2 + 4
        if side == "left":
            rect = QRectF(centre.x() - gap - width, centre.y() - height / 2, width, height)
        elif side == "above":
            rect = QRectF(centre.x() - width / 2, centre.y() - gap - height, width, height)
        elif side == "below":
            rect = QRectF(centre.x() - width / 2, centre.y() + gap, width, height)
        else:
            rect = QRectF(centre.x() + gap, centre.y() - height / 2, width, height)
        # A soft halo keeps the name readable over dots and lines.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(rect.adjusted(-3, 0, 3, 0), 3, 3)
        painter.setPen(QColor("#1b1b1b"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class RegionMapView(QGraphicsView):
    """Emits ``record_selected(kind, id)`` when a town or premise is clicked ("towns" or "premises")."""

    record_selected = Signal(str, object)

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
        # Reading every premise is most of the main window's start-up at 100,000
        # premises (and its memory at a million): a map nobody has opened yet only
        # notes that it is out of date and reads them when it is first shown.
        self.out_of_date = False
        # Until the user zooms or pans, resizing the window refits the whole region.
        self._user_view = False
        self._build_background()
        self.markers = MarkersItem(self)
        self.markers.setZValue(10)
        self.scene().addItem(self.markers)
        language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    # -- content -------------------------------------------------------------------

    def _build_background(self) -> None:
        scene = self.scene()
        region = QGraphicsPolygonItem(_polygon(REGION_OUTLINE))
        pen = QPen(QColor("#8aa1b5"), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        region.setPen(pen)
        region.setBrush(QColor("#fbfaf5"))
        scene.addItem(region)
        lake = QGraphicsPolygonItem(_polygon(LAKE_BALKHASH))
        lake_pen = QPen(QColor("#7fb2d9"), 1)
        lake_pen.setCosmetic(True)
        lake.setPen(lake_pen)
        lake.setBrush(QColor("#b9dcf2"))
        scene.addItem(lake)
        self.lake_item = lake
        grid = QPen(QColor("#d5dde5"), 0.8)
        grid.setCosmetic(True)
        for lat in range(45, 53):
            x1, y = project(lat, 68.5)
            x2, _ = project(lat, 79.0)
            scene.addLine(x1, y, x2, y, grid).setZValue(-1)
        for lon in range(69, 80):
            x, y1 = project(52.0, lon)
            _, y2 = project(45.5, lon)
            scene.addLine(x, y1, x, y2, grid).setZValue(-1)
        self.region_item = region
        self.lake_label = QGraphicsSimpleTextItem()
        self.lake_label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.lake_label.setBrush(QColor("#3d7ca8"))
        self.lake_label.setPos(*project(46.35, 75.6))
        scene.addItem(self.lake_label)
        # Room to pan a little past the edges (the view can't scroll outside the scene rect).
        margin = 150.0
        self.setSceneRect(region.boundingRect().united(lake.boundingRect()).adjusted(-margin, -margin, margin, margin))

    def retranslate_ui(self) -> None:
        self.lake_label.setText(self.tr("оз. Балхаш"))
        self.region_item.setToolTip(self.tr("Карагандинская область (границы показаны схематично)"))
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.out_of_date:
            self.reload()

    def reload(self) -> None:
        """Re-read the towns and premises (after a write, or a language switch); later if hidden."""
        if not self.isVisible():
            self.out_of_date = True
            return
        self.out_of_date = False
        # Plain tuples, not dicts: this reads every premise, which may be 100,000 of them.
        title = {"kk": "coalesce(nullif(title_kk, ''), title)", "en": "coalesce(nullif(title_en, ''), title)"}.get(
            self.language.code, "title"
        )
        rows = self.catalog.db.execute(
            f"SELECT id, lat, lon, status, {title} FROM premises WHERE lat IS NOT NULL AND lon IS NOT NULL"  # noqa: S608
        ).fetchall()
        premises = [Marker("premises", r[0], *project(r[1], r[2]), status=r[3], label=r[4] or "") for r in rows]
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
        # The region and the lake's northern shore, where Balkhash stands.
        rect = self.region_item.boundingRect().united(self.lake_item.boundingRect())
        self.fitInView(rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)

    def show_point(self, lat: float, lon: float, radius_km: float = 12.0) -> None:
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
        """The marker nearest to a viewport position, within a few pixels; premises win ties."""
        scene_pos = self.mapToScene(pos)
        radius = HIT_RADIUS_PX / max(self.scale_px_per_km(), 1e-9)
        best: tuple[float, int, Marker] | None = None
        candidates = [(m, 0) for m in self.markers.premises] + [(m, 1) for m, _, _ in self.markers.towns]
        for marker, rank in candidates:
            dx = marker.x - scene_pos.x()
            dy = marker.y - scene_pos.y()
            if abs(dx) > radius or abs(dy) > radius:
                continue
            distance = dx * dx + dy * dy
            if distance <= radius * radius and (best is None or (distance, rank) < (best[0], best[1])):
                best = (distance, rank, marker)
        return best[2] if best else None

    def select(self, kind: str, record_id: Any) -> None:
        """Mark a record on the map (without emitting)."""
        self.markers.selected = (kind, record_id)
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() <= 4:
            marker = self.marker_at(pos)
            if marker is not None:
                self.select(marker.kind, marker.id)
                self.record_selected.emit(marker.kind, marker.id)
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-clicking a town zooms in on it, so its premises can be told apart."""
        marker = self.marker_at(event.position().toPoint())
        if marker is not None and marker.kind == "towns":
            self._user_view = True
            self.fitInView(QRectF(marker.x - 12, marker.y - 12, 24, 24), Qt.AspectRatioMode.KeepAspectRatio)
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() > 4:
            self._user_view = True
        if self._press is None:
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
        hint = self.tr("Колесо мыши — масштаб, перетаскивание — сдвиг, двойной щелчок по городу — приблизить. "
                       "Границы области показаны условно.")  # fmt: skip
        painter.setPen(palette.MUTED)
        box = QRectF(10, 4, self.viewport().width() - 20.0, 40)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, hint)
        painter.restore()
