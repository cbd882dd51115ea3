"""The Map page: the schematic map, a legend, quick zoom to a town, and the detail pane."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog.store import Catalog
from guide.ui import palette
from guide.ui.details.detail_pane import DetailPane
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.map.region_map import RegionMapView
from guide.ui.notifier import CatalogNotifier


class MapPage(QWidget):
    """Emits ``record_selected(kind, id)`` on a click and ``open_in_list(kind, id)`` from its button."""

    record_selected = Signal(str, object)
    open_in_list = Signal(str, object)

    def __init__(
        self,
        *,
        catalog: Catalog,
        language: UiLanguage,
        formatter: Formatter,
        notifier: CatalogNotifier,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.formatter = formatter
        self.map = RegionMapView(catalog=catalog, language=language, formatter=formatter, parent=self)
        self.detail = DetailPane(catalog=catalog, language=language, formatter=formatter, parent=self)
        self.zoom = QComboBox(self)
        self.zoom_label = QLabel(self)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(self)
        self.open_button.setEnabled(False)

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom)
        bar.addSpacing(16)
        bar.addWidget(self.legend, 1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.map, 1)
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
        self.zoom.activated.connect(self._zoom_to)
        self.open_button.clicked.connect(self._open_in_list)
        notifier.changed.connect(self.on_catalog_changed)
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
        self.record_selected.emit(kind, record_id)

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
