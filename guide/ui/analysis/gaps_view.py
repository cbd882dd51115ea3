"""The infrastructure gaps view: per town and zone, which premises lack what, what the akimat committed to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from guide.catalog.gaps import GapsOverview, Totals, gaps_overview
from guide.ui.analysis.gaps_model import COMMITMENT, DUE, LACKS, PREMISE_ROLE, STATUS, TITLE, GapsTreeModel
from guide.ui.context import UiContext
from guide.ui.deferred import DeferredRefresh
from guide.ui.page import RecordlessPage, name_parts

REFRESH_KINDS = ("premises", "towns", "zones")
__all__ = ["COMMITMENT", "DUE", "LACKS", "PREMISE_ROLE", "STATUS", "TITLE", "GapsView"]


class GapsView(QWidget, RecordlessPage):
    """The gaps report as a tree: town → zone → premise. Emits ``premise_activated(id)`` on a double click."""

    premise_activated = Signal(int)
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
        self.page_key = "gaps"
        self.catalog = context.catalog
        # Checking every record takes seconds at 100,000 premises (see guide/ui/deferred.py).
        self.deferred = DeferredRefresh(self, self.refresh, enabled=defer_until_shown)
        self.language = context.language
        self.today = today
        self.overview: GapsOverview | None = None
        self.model = GapsTreeModel(catalog=self.catalog, language=self.language, parent=self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        filters = QHBoxLayout()
        self.only_overdue = QCheckBox(self)
        self.only_uncommitted = QCheckBox(self)
        for box in (self.only_overdue, self.only_uncommitted):
            box.toggled.connect(self._fill)
            filters.addWidget(box)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.doubleClicked.connect(self._activated)
        # A zone's premises are read a page at a time: the next page once its last row is in view.
        # Checked after the scroll bar settled, never inside the model's own signals (a reset moves it).
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_in_view)
        self.tree.verticalScrollBar().valueChanged.connect(lambda *_: self._fetch_timer.start())
        self.tree.verticalScrollBar().rangeChanged.connect(lambda *_: self._fetch_timer.start())
        layout.addWidget(self.tree, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        name_parts(self, self.page_key, table=self.tree)
        context.notifier.changed.connect(self._on_catalog_changed)
        self.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return QCoreApplication.translate("", "Инфраструктура")

    @property
    def out_of_date(self) -> bool:
        return self.deferred.out_of_date

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Инфраструктурные разрывы"))
        self.only_overdue.setText(self.tr("Только просроченные обязательства"))
        self.only_uncommitted.setText(self.tr("Только без обязательств акимата"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.refresh()

    def refresh(self) -> None:
        """Re-count the gaps in the catalog and redraw them."""
        if not self.deferred.due():
            return
        self.overview = gaps_overview(self.catalog, today=self.today or dt.date.today(), lang=self.language.code)
        self._fill()

    def _totals_text(self, totals: Totals) -> str:
        return self.tr(
            "Помещений с нехваткой инфраструктуры: {premises} (недостающих позиций: {missing}). "
            "С обязательством акимата: {committed}, из них просрочено: {overdue}. Без обязательства: {uncommitted}."
        ).format(
            premises=totals.premises,
            missing=totals.missing,
            committed=totals.committed,
            overdue=totals.overdue,
            uncommitted=totals.uncommitted,
        )

    def _fill(self, *_: object) -> None:
        overview = self.overview
        if overview is None:
            return
        self.summary.setText(self._totals_text(overview.totals))
        self.model.only_overdue = self.only_overdue.isChecked()
        self.model.only_uncommitted = self.only_uncommitted.isChecked()
        self.model.set_overview(overview)
        # Every town and zone open, as before; each zone reads its first page of premises.
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        for column, widest in ((TITLE, 420), (LACKS, 360)):
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), widest))

    def _fetch_in_view(self, *_: object) -> None:
        """Read the next page of each zone whose last read premise is on screen."""
        viewport = self.tree.viewport()
        index = self.tree.indexAt(viewport.rect().topLeft())
        while index.isValid() and self.tree.visualRect(index).top() < viewport.height():
            parent = index.parent()
            if self.model.canFetchMore(parent) and index.row() == self.model.rowCount(parent) - 1:
                self.model.fetchMore(parent)
            index = self.tree.indexBelow(index)

    def fetch_all(self) -> None:
        """Read every premise of every zone shown (for tests and for code that walks the whole tree)."""
        for town in range(self.model.rowCount()):
            town_index = self.model.index(town, 0)
            for zone in range(self.model.rowCount(town_index)):
                zone_index = self.model.index(zone, 0, town_index)
                while self.model.canFetchMore(zone_index):
                    self.model.fetchMore(zone_index)

    # -- events ---------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        premise_id = index.siblingAtColumn(TITLE).data(PREMISE_ROLE)
        if premise_id is not None:
            self.premise_activated.emit(int(premise_id))

    def _on_catalog_changed(self, kind: str) -> None:
        if kind in REFRESH_KINDS:
            self._timer.start()
