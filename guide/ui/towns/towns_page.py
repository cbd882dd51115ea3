"""The Towns page: the list of towns, a town's dashboard, and the monotowns side by side."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide.catalog import fields as F
from guide.catalog.indicators import indicator_names
from guide.catalog.store import Catalog
from guide.ui import palette
from guide.ui.context import UiContext
from guide.ui.deferred import DeferredRefresh
from guide.ui.formatting import Formatter
from guide.ui.language import UiLanguage
from guide.ui.page import name_parts
from guide.ui.towns.chart_view import chart_widget
from guide.ui.towns.comparison_model import ComparisonModel
from guide.ui.towns.dashboard import TownDashboard

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
MONOTOWN_ROLE = Qt.ItemDataRole.UserRole + 2
# Which writes change what this page shows.
_WATCHED = ("towns", "town_status", "indicators", "premises", "projects", "suppliers", "zones")


class TownItemDelegate(QStyledItemDelegate):
    """A town in the list: its name in bold, its monotown status under it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(160, round(metrics.height() * 2.6) + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        style = opt.widget.style() if opt.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        rect = opt.rect.adjusted(10, 4, -6, -4)  # type: ignore[attr-defined]
        name_font = QFont(opt.font)  # type: ignore[attr-defined]
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.15)
        monotown = bool(index.data(MONOTOWN_ROLE))
        if selected:
            name_color = status_color = opt.palette.color(QPalette.ColorRole.HighlightedText)  # type: ignore[attr-defined]
        else:
            name_color = palette.ACCENT if monotown else palette.MUTED
            status_color = palette.MUTED
        painter.save()
        painter.setFont(name_font)
        painter.setPen(name_color)
        name_height = QFontMetrics(name_font).height()
        painter.drawText(rect.adjusted(0, 0, 0, -(rect.height() - name_height)),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(index.data()))  # fmt: skip
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        painter.setPen(status_color)
        painter.drawText(rect.adjusted(0, name_height, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         str(index.data(STATUS_ROLE) or ""))  # fmt: skip
        painter.restore()


def _comparison_chart(catalog: Catalog, towns: list[str], name: str, lang: str) -> Any:
    # The PDF's chart code, and reportlab with it, is imported when a chart is first drawn (issue 18).
    from guide.pdf.charts import comparison_chart

    return comparison_chart(catalog, towns, name, lang)


class ComparisonView(QScrollArea):
    """The comparison table and, under it, one grouped chart per indicator."""

    def __init__(
        self, *, catalog: Catalog, language: UiLanguage, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.setWidgetResizable(True)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.note = QLabel(inner)
        self.note.setWordWrap(True)
        # Summing every town's premises and drawing a chart per indicator took 1.2 s of the window's start
        # at 100,000 premises, for a tab nobody sees at first: done when the tab is first shown.
        self.deferred = DeferredRefresh(self, self.reload)
        self.model = ComparisonModel(catalog=catalog, formatter=formatter, load=False, parent=self)
        self.table = QTableView(inner)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.charts_box = QWidget(inner)
        self.charts = QGridLayout(self.charts_box)
        self.charts.setContentsMargins(0, 0, 0, 0)
        self.chart_views: list[QWidget] = []
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.charts_box)
        layout.addStretch(1)
        self.setWidget(inner)
        language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.note.setText(
            self.tr(
                "Четыре моногорода рядом. Ячейки, в которые входят демо-данные, выделены цветом; "
                "наведите курсор, чтобы увидеть источник."
            )  # fmt: skip
        )
        self.reload()

    def reload(self) -> None:
        if not self.deferred.due():
            return
        self.model.reload()
        self._fit_table()
        for view in self.chart_views:
            self.charts.removeWidget(view)
            view.deleteLater()
        self.chart_views = []
        towns = self.model.town_ids()
        names: dict[str, None] = {}
        for town in towns:
            for name in indicator_names(self.catalog, town):
                names.setdefault(name, None)
        for name in names:
            made = chart_widget(
                partial(_comparison_chart, self.catalog, towns, name, self.language.code), self.charts_box
            )
            if made is None:
                continue
            view = made
            # One chart a row: drawn large enough for its smallest text to be read on screen.
            self.charts.addWidget(view, len(self.chart_views), 0,
                                  Qt.AlignmentFlag.AlignLeft)  # fmt: skip
            self.chart_views.append(view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Row heights depend on the column widths (names wrap): refit once the layout settled.
        QTimer.singleShot(0, self._fit_table)

    def _fit_table(self) -> None:
        # The table is part of a scrolling page: show all its rows instead of a second scroll bar.
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(height)


class TownsPage(QWidget):
    """The towns (a :class:`~guide.ui.page.Page`). Emits ``open_records(kind, town_id)`` from the dashboard's links."""

    open_records = Signal(str, str)
    selection_changed = Signal()
    edit_requested = Signal(str, object)

    def __init__(self, context: UiContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page_key = "towns"
        self.catalog = catalog = context.catalog
        self.language = language = context.language
        self.formatter = formatter = context.formatter
        self.town_list = QListWidget(self)
        self.town_list.setObjectName("town-list")
        self.town_list.setMinimumWidth(170)
        self.town_list.setItemDelegate(TownItemDelegate(self.town_list))
        self.dashboard = TownDashboard(catalog=catalog, language=language, formatter=formatter, parent=self)
        self.comparison = ComparisonView(catalog=catalog, language=language, formatter=formatter, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.comparison, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("towns-splitter")
        self.splitter.addWidget(self.town_list)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        name_parts(self, self.page_key, table=self.comparison.table, detail=self.dashboard)
        self.town_list.currentItemChanged.connect(self._town_changed)
        self.town_list.currentItemChanged.connect(lambda *_: self.selection_changed.emit())
        self.dashboard.open_records.connect(self.open_records)
        context.notifier.changed.connect(self.on_catalog_changed)
        language.changed.connect(self.retranslate_ui)
        self.fill_towns()
        self.retranslate_ui()
        if self.town_list.count():
            self.town_list.setCurrentRow(0)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Город"))
        self.tabs.setTabText(1, self.tr("Сравнение моногородов"))
        self.fill_towns()

    def fill_towns(self) -> None:
        current = self.current_town()
        self.town_list.blockSignals(True)
        self.town_list.clear()
        towns = self.catalog.all("towns")
        order = {"monotown": 0, "former_monotown": 1}
        towns.sort(key=lambda t: (order.get(str(t.get("monotown_status")), 2), self.formatter.town(t["id"])))
        for town in towns:
            status = self.formatter.label("monotown_status", town.get("monotown_status"))
            if town["id"] == "karaganda":
                status = self.tr("областной центр")
            name = self.formatter.town(town["id"])
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, town["id"])
            item.setData(STATUS_ROLE, status)
            item.setData(MONOTOWN_ROLE, town.get("monotown_status") == "monotown")
            item.setToolTip(f"{name} — {status}")
            if self.formatter.text(town, "name")[1]:
                # No name in this language: the Russian one, visibly so (issue 6).
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(f"{name} — {status}\n" + self.tr("(нет перевода, показано по-русски)"))
            self.town_list.addItem(item)
            if town["id"] == current:
                self.town_list.setCurrentItem(item)
        self.town_list.blockSignals(False)

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return F.kind("towns").label(self.language.code)

    def current_kind(self) -> str | None:
        return "towns"

    def current_record(self) -> tuple[str, Any] | None:
        town = self.current_town()
        return ("towns", town) if town else None

    def add_record_actions(self, actions: Sequence[QAction]) -> None:
        """The town list has no record menu."""

    def refresh(self) -> None:
        self.on_catalog_changed("towns")

    def current_town(self) -> str | None:
        item = self.town_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_town(self, town_id: str) -> None:
        for row in range(self.town_list.count()):
            if self.town_list.item(row).data(Qt.ItemDataRole.UserRole) == town_id:
                self.town_list.setCurrentRow(row)
                self.tabs.setCurrentIndex(0)
                return

    def _town_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.dashboard.show_town(None if current is None else str(current.data(Qt.ItemDataRole.UserRole)))

    def on_catalog_changed(self, kind: str) -> None:
        if kind not in _WATCHED:
            return
        if kind == "towns":
            self.fill_towns()
        self.dashboard.show_town(self.current_town())
        self.comparison.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitters/towns", self.splitter.saveState())
        settings.setValue("towns/tab", self.tabs.currentIndex())
        settings.setValue("towns/current", self.current_town() or "")

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("splitters/towns")
        if state is not None:
            self.splitter.restoreState(state)
        town = settings.value("towns/current")
        if town:
            self.show_town(str(town))
        self.tabs.setCurrentIndex(int(str(settings.value("towns/tab", 0) or 0)))
