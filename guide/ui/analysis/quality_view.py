"""The data-quality view: incomplete, stale, unverified and demo records, to sort, filter and fix."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.catalog import fields as F
from guide.catalog import quality, rules
from guide.ui.analysis.quality_model import ID_ROLE, KIND_ROLE, QualityFilter, QualityTableModel
from guide.ui.context import UiContext
from guide.ui.deferred import DeferredRefresh
from guide.ui.page import RecordlessPage, name_parts


class QualityView(QWidget, RecordlessPage):
    """Every record that needs attention; emits ``record_activated(kind, id)`` on a double click."""

    record_activated = Signal(str, object)
    selection_changed = Signal()
    edit_requested = Signal(str, object)

    def __init__(
        self,
        context: UiContext,
        *,
        today: dt.date | None = None,
        defer_until_shown: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.page_key = "quality"
        self.catalog = catalog = context.catalog
        # Checking every record takes seconds at 100,000 premises (see guide/ui/deferred.py).
        self.deferred = DeferredRefresh(self, self.refresh, enabled=defer_until_shown)
        self.language = context.language
        self.today = today
        self.model = QualityTableModel(catalog=catalog, language=self.language, parent=self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        controls = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(self._apply_filter)
        controls.addWidget(self.kind)
        self.boxes: dict[str, QCheckBox] = {}
        for name in ("incomplete", "stale", "unverified", "demo"):
            box = QCheckBox(self)
            box.setChecked(True)
            box.toggled.connect(self._apply_filter)
            self.boxes[name] = box
            controls.addWidget(box)
        controls.addStretch(1)
        self.stale_label = QLabel(self)
        controls.addWidget(self.stale_label)
        self.stale_days = QSpinBox(self)
        self.stale_days.setRange(1, 36_500)
        self.stale_days.setValue(rules.STALE_AFTER_DAYS)
        self.stale_label.setBuddy(self.stale_days)
        controls.addWidget(self.stale_days)
        layout.addLayout(controls)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Qt's default indicator is descending; start in the check's own order (kind, then id).
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)

        # Changing the limit re-checks once the spin box settles.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.stale_days.valueChanged.connect(self._timer.start)
        name_parts(self, self.page_key, table=self.table)
        context.notifier.changed.connect(self._on_catalog_changed)
        self.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return QCoreApplication.translate("", "Качество данных")

    @property
    def out_of_date(self) -> bool:
        return self.deferred.out_of_date

    def retranslate_ui(self) -> None:
        lang = self.language.code
        wanted = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Все разделы"), None)
        for name in quality.CHECKED_KINDS:
            self.kind.addItem(F.kind(name).label(lang), name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(wanted)))
        self.kind.blockSignals(False)
        self.boxes["incomplete"].setText(self.tr("Неполные"))
        self.boxes["stale"].setText(self.tr("Устаревшие"))
        self.boxes["unverified"].setText(self.tr("Без даты проверки"))
        self.boxes["demo"].setText(self.tr("Демо"))
        self.stale_label.setText(self.tr("Устаревшими считать старше"))
        self.stale_days.setSuffix(self.tr(" дн."))
        self.model.retranslate()
        self.refresh()

    def current_filter(self) -> QualityFilter:
        kind = self.kind.currentData()
        return QualityFilter(
            kinds=(kind,) if kind else (),
            incomplete=self.boxes["incomplete"].isChecked(),
            stale=self.boxes["stale"].isChecked(),
            unverified=self.boxes["unverified"].isChecked(),
            demo=self.boxes["demo"].isChecked(),
        )

    def refresh(self) -> None:
        """Re-check the catalog with the current limit."""
        if not self.deferred.due():
            return
        self._timer.stop()
        today = self.today or dt.date.today()
        days = self.stale_days.value()
        self.model.filter = self.current_filter()
        self.model.check(today=today, stale_after_days=days)
        self._after_change()

    def _apply_filter(self, *_: object) -> None:
        self.model.set_filter(self.current_filter())
        self._after_change()

    def _after_change(self) -> None:
        self.table.resizeColumnsToContents()
        for column, widest in ((1, 380), (4, 420)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        summary = self.model.summary()
        # "1 000 153", not "1000153": the language's separators, as in the status bar.
        number = self.context.formatter.number
        self.summary.setText(
            self.tr(
                "Показано: {shown} из {records}. Неполных: {incomplete}, устаревших: {stale}, "
                "без даты проверки: {unverified}, демо: {demo}."
            ).format(
                shown=number(self.model.matching()),
                records=number(summary.records),
                incomplete=number(summary.incomplete),
                stale=number(summary.stale),
                unverified=number(summary.unverified),
                demo=number(summary.demo),
            )
        )

    def _activated(self, index: QModelIndex) -> None:
        kind: Any = index.data(KIND_ROLE)
        if kind is not None:
            self.record_activated.emit(str(kind), index.data(ID_ROLE))

    def _on_catalog_changed(self, kind: str) -> None:
        if kind in quality.CHECKED_KINDS:
            self._timer.start()
