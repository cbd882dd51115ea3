"""The Map page: the region map, a legend, layers on and off, measuring, saving, and the detail pane."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog import layers as catalog_layers
from guide.catalog.errors import CatalogError
from guide.ui import palette
from guide.ui.context import UiContext
from guide.ui.details.detail_pane import DetailPane
from guide.ui.editing.prompts import FileChooser
from guide.ui.map.region_map import RegionMapView
from guide.ui.page import name_parts

BASE_GROUPS = ("regions", "water", "towns", "premises")


class MapPage(QWidget):
    """Emits ``record_selected(kind, id)`` on a click and ``open_in_list(kind, id)`` from its button."""

    record_selected = Signal(str, object)
    open_in_list = Signal(str, object)
    selection_changed = Signal()
    edit_requested = Signal(str, object)

    def __init__(self, context: UiContext, *, files: FileChooser | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page_key = "map"
        self.files = files or FileChooser()
        self.removed_layer: dict[str, Any] | None = None  # the last removed layer, for its undo
        self.catalog = catalog = context.catalog
        self.language = language = context.language
        self.formatter = formatter = context.formatter
        self.map = RegionMapView(catalog=catalog, language=language, formatter=formatter, parent=self)
        self.map.setObjectName("map")
        self.detail = DetailPane(catalog=catalog, language=language, formatter=formatter, parent=self)
        name_parts(self, self.page_key, detail=self.detail)
        self.zoom = QComboBox(self)
        self.zoom_label = QLabel(self)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(self)
        self.open_button.setEnabled(False)
        self.layers_button = QToolButton(self)
        self.layers_button.setObjectName("map-layers")
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.layers_menu = QMenu(self)
        self.layers_button.setMenu(self.layers_menu)
        self.layer_actions: dict[str, QAction] = {}
        self.measure_button = QPushButton(self)
        self.measure_button.setObjectName("map-measure")
        self.measure_button.setCheckable(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("map-save")
        # The help line sits under the map, not over it.
        self.hint = QLabel(self)
        self.hint.setObjectName("map-hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {palette.css(palette.MUTED)}")
        self.status = QLabel(self)
        self.status.setObjectName("map-status")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("map-undo-layer")
        self.undo_button.setVisible(False)

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom)
        bar.addWidget(self.layers_button)
        bar.addWidget(self.measure_button)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        # The legend wraps on its own row, so the page still fits a 1280-pixel screen.
        self.legend.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.hint, 1)
        foot.addWidget(self.status)
        foot.addWidget(self.undo_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.legend)
        column.addWidget(self.map, 1)
        column.addLayout(foot)
        right = QWidget(self)
        details = QVBoxLayout(right)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.detail, 1)
        details.addWidget(self.open_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("map-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([900, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.map.record_selected.connect(self._selected)
        self.map.measured.connect(self._measured)
        self.map.background_built.connect(self._fill_layers_menu)
        self.measure_button.toggled.connect(self._measure_toggled)
        self.save_button.clicked.connect(self.save_image)
        self.undo_button.clicked.connect(self.undo_remove_layer)
        self.zoom.activated.connect(self._zoom_to)
        self.open_button.clicked.connect(self._open_in_list)
        context.notifier.changed.connect(self.on_catalog_changed)
        language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.zoom_label.setText(self.tr("Показать:"))
        self._fill_zoom()
        swatch = '<span style="color:{color}; font-size:large">●</span>&nbsp;{text}'
        parts = [
            swatch.format(color=palette.css(palette.STATUS_COLORS[code]),
                          text=escape(i18n.label("premise_status", code, self.language.code)))
            for code in ("vacant", "reserved", "leased")
        ]  # fmt: skip
        parts.append(f'<span style="color:{palette.css(palette.MONOTOWN)}; font-size:large">⬤</span>&nbsp;'
                     + escape(self.tr("моногород")))  # fmt: skip
        parts.append(f'<span style="color:{palette.css(palette.REGIONAL_CENTRE)}; font-size:large">■</span>&nbsp;'
                     + escape(self.tr("областной центр")))  # fmt: skip
        self.legend.setText("&nbsp;&nbsp; ".join(parts))
        self.open_button.setText(self.tr("Открыть в списке"))
        self.layers_button.setText(self.tr("Слои"))
        self.measure_button.setText(self.tr("Измерить"))
        self.measure_button.setToolTip(self.tr("Расстояние по прямой между двумя точками: щёлкните по обеим"))
        self.save_button.setText(self.tr("Сохранить изображение…"))
        self.undo_button.setText(self.tr("Вернуть слой"))
        self.hint.setText(
            self.tr("Колесо мыши — масштаб, перетаскивание — сдвиг, двойной щелчок по городу — приблизить.")
        )
        self._fill_layers_menu()

    # -- layers --------------------------------------------------------------------------

    def _group_title(self, group: str) -> str:
        titles = {
            "regions": self.tr("Границы областей"),
            "water": self.tr("Озёра и реки"),
            "towns": self.tr("Города"),
            "premises": self.tr("Объекты"),
        }
        return titles.get(group) or self.map.layer_titles.get(group, group)

    def _fill_layers_menu(self) -> None:
        self.layers_menu.clear()
        self.layer_actions = {}
        groups = [g for g in BASE_GROUPS if g in self.map.groups()] + [
            g for g in self.map.groups() if g.startswith("layer:")
        ]
        for group in groups:
            action = self.layers_menu.addAction(self._group_title(group))
            action.setCheckable(True)
            action.setChecked(group not in self.map.hidden_groups)
            action.toggled.connect(lambda on, g=group: self.map.set_group_visible(g, on))
            self.layer_actions[group] = action
        akimat = [g for g in groups if g.startswith("layer:")]
        if akimat:
            remove = self.layers_menu.addMenu(self.tr("Удалить слой"))
            for group in akimat:
                action = remove.addAction(self._group_title(group))
                action.triggered.connect(lambda _=False, g=group: self.remove_layer(int(g.split(":", 1)[1])))

    def remove_layer(self, layer_id: int) -> None:
        """Removes an akimat layer from the catalog; "Вернуть слой" puts it back."""
        try:
            self.removed_layer = catalog_layers.remove_layer(self.catalog, layer_id)
        except CatalogError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Слой «{title}» удалён").format(title=self.removed_layer["title"]))
        self.undo_button.setVisible(True)

    def undo_remove_layer(self) -> None:
        if self.removed_layer is None:
            return
        catalog_layers.restore_layer(self.catalog, self.removed_layer)
        self.status.setText(self.tr("Слой «{title}» возвращён").format(title=self.removed_layer["title"]))
        self.removed_layer = None
        self.undo_button.setVisible(False)

    # -- measuring and saving -------------------------------------------------------------

    def _measure_toggled(self, on: bool) -> None:
        self.map.set_measuring(on)
        self.status.setText(self.tr("Щёлкните по двум точкам на карте") if on else "")

    def _measured(self, km: float) -> None:
        value = self.formatter.number(round(km, 1 if km < 100 else 0))
        self.status.setText(self.tr("{km} км по прямой").format(km=value))

    def save_image(self, path: Path | None = None) -> Path | None:
        """Saves what the map shows as PNG, SVG or PDF, drawn by the same renderer as the guides."""
        from guide.maps.render import draw_map, save_map  # noqa: PLC0415 (reportlab loads when saving)
        from guide.maps.scene import build_scene  # noqa: PLC0415

        if path is None:
            path = self.files.save_file(self, self.tr("Сохранить карту"), "map.png",
                                        self.tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"))  # fmt: skip
        if path is None:
            return None
        scene = build_scene(self.catalog, self.language.code, self.map.visible_box())
        scene.shapes = [s for s in scene.shapes if s.group not in self.map.hidden_groups]
        scene.symbols = [s for s in scene.symbols if s.group not in self.map.hidden_groups]
        width = max(self.map.viewport().width(), 400)
        drawing = draw_map(scene, 720, 720 * self.map.viewport().height() / width)
        try:
            save_map(drawing, path, width * 2)
        except (OSError, ValueError) as exc:
            self.status.setText(self.tr("Не удалось сохранить: {reason}").format(reason=str(exc)))
            return None
        self.status.setText(self.tr("Карта сохранена: {path}").format(path=path))
        return path

    def _fill_zoom(self) -> None:
        self.zoom.clear()
        self.zoom.addItem(self.tr("Вся область"), None)
        towns = [t for t in self.catalog.all("towns") if t.get("lat") is not None and t.get("lon") is not None]
        towns.sort(key=lambda t: self.formatter.town(t["id"]))
        for town in towns:
            self.zoom.addItem(self.formatter.town(town["id"]), town["id"])

    def _zoom_to(self, index: int) -> None:
        town_id = self.zoom.itemData(index)
        town = self.catalog.get("towns", town_id) if town_id else None
        if town is None:
            self.map.show_region()
        else:
            self.map.show_point(float(town["lat"]), float(town["lon"]))

    def _selected(self, kind: str, record_id: Any) -> None:
        self.detail.show_record(kind, record_id)
        self.open_button.setEnabled(True)
        if kind == "zones":
            inside = catalog_layers.premises_in_zone(self.catalog, int(record_id))
            numbers = ", ".join(f"№{p['id']}" for p in inside) or self.tr("нет")
            self.status.setText(self.tr("В границах зоны на карте: {premises}").format(premises=numbers))
        self.record_selected.emit(kind, record_id)
        self.selection_changed.emit()

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return self.tr("Карта")

    def current_kind(self) -> str | None:
        return "premises"

    def current_record(self) -> tuple[str, Any] | None:
        if self.detail.kind is None or self.detail.record is None:
            return None
        return self.detail.kind, self.detail.record_id

    def add_record_actions(self, actions: Sequence[QAction]) -> None:
        """Markers have no record menu."""

    def refresh(self) -> None:
        self.on_catalog_changed("premises")

    def _open_in_list(self) -> None:
        if self.detail.kind is not None:
            self.open_in_list.emit(self.detail.kind, self.detail.record_id)

    def show_record(self, kind: str, record_id: Any) -> None:
        """Select a record as if it had been clicked, and centre the map on it."""
        record = self.catalog.get(kind, record_id)
        if record is None:
            return
        self.map.select(kind, record_id)
        town = record["id"] if kind == "towns" else record.get("town")
        self.zoom.setCurrentIndex(max(self.zoom.findData(town), 0))
        if record.get("lat") is not None and record.get("lon") is not None:
            self.map.show_point(float(record["lat"]), float(record["lon"]))
        self._selected(kind, record_id)

    def on_catalog_changed(self, kind: str) -> None:
        if kind == catalog_layers.TABLE:
            self.map.reload_layers()  # fills the layers menu once built
            return
        if kind in ("premises", "towns"):
            self.map.reload()
            if kind == "towns":
                self._fill_zoom()
        self.detail.refresh(kind)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitters/map", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("splitters/map")
        if state is not None:
            self.splitter.restoreState(state)
