"""The Shortlist page: the premises and projects marked for the investor's brief.

The shortlist is stored in the catalog (``catalog.set_shortlisted``), so it
survives a restart and is shared with the command line's guide export.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.catalog import fields as F
from guide.catalog.search import Filters
from guide.ui.browse.record_model import ID_ROLE, RecordTableModel
from guide.ui.context import UiContext
from guide.ui.details.detail_pane import DetailPane
from guide.ui.page import name_parts

# The kinds an investor can shortlist, in the catalog's order.
KINDS = tuple(k.name for k in F.KINDS.values() if k.can(F.Can.SHORTLIST))


class ShortlistPage(QWidget):
    """Emits ``export_requested()`` when the user asks for the brief."""

    export_requested = Signal()
    selection_changed = Signal()
    edit_requested = Signal(str, object)

    def __init__(self, context: UiContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.page_key = "shortlist"
        self.catalog = catalog = context.catalog
        self.language = language = context.language
        self.formatter = formatter = context.formatter
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.models: dict[str, RecordTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.titles: dict[str, QLabel] = {}
        self.detail = DetailPane(catalog=catalog, language=language, formatter=formatter, parent=self)
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.setObjectName("shortlist-lists")
        for kind in KINDS:
            box = QWidget(lists)
            # Each list's table is "table" within its box "shortlist-<kind>".
            box.setObjectName(f"shortlist-{kind}")
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            title = QLabel(box)
            # Its first read is the shortlist's (not every record's first page, read and thrown away).
            model = RecordTableModel(catalog=catalog, kind=kind, formatter=formatter, load=False, parent=self)
            model.set_query(Filters(shortlisted=True), "")
            table = QTableView(box)
            table.setObjectName("table")
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setAlternatingRowColors(True)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.selectionModel().currentRowChanged.connect(
                lambda current, _prev, k=kind: self._current_changed(k, current)
            )
            table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
            column.addWidget(title)
            column.addWidget(table, 1)
            lists.addWidget(box)
            self.models[kind] = model
            self.tables[kind] = table
            self.titles[kind] = title
            self._size_columns(kind)
        self.lists = lists

        self.remove_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.clear_button.clicked.connect(self.clear_all)
        self.export_button.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.summary)
        left_column.addWidget(lists, 1)
        left_column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("shortlist-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        name_parts(self, self.page_key, detail=self.detail)
        context.notifier.changed.connect(self.on_catalog_changed)
        language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.remove_button.setText(self.tr("Убрать из шорт-листа"))
        self.clear_button.setText(self.tr("Очистить шорт-лист"))
        self.export_button.setText(self.tr("PDF-бриф по шорт-листу…"))
        for kind, model in self.models.items():
            model.retranslate()
            self._size_columns(kind)  # the headers' widths change with the language
        self._update_texts()

    def _size_columns(self, kind: str) -> None:
        # A handful of rows: fit the columns to them each time the list changes.
        table = self.tables[kind]
        table.resizeColumnsToContents()
        title = self.models[kind].column_of("title")
        if title is not None and table.columnWidth(title) > 320:
            table.setColumnWidth(title, 320)

    def _update_texts(self) -> None:
        lang = self.language.code
        for kind in KINDS:
            self.titles[kind].setText(f"<b>{F.kind(kind).label(lang)}: {self.models[kind].matching()}</b>")
        empty = all(self.models[k].matching() == 0 for k in KINDS)
        self.summary.setText(
            self.tr(
                "Шорт-лист пуст. Отметьте помещения и проекты флажком ★ в таблицах или кнопкой "
                "«В шорт-лист» в карточке записи."
            )  # fmt: skip
            if empty
            else self.tr(
                "Отобранные помещения и проекты. Из них собирается PDF-бриф для инвестора; "
                "шорт-лист хранится в каталоге и сохраняется между запусками."
            )  # fmt: skip
        )
        self.export_button.setEnabled(not empty)
        self.clear_button.setEnabled(not empty and not self.catalog.read_only)
        self.remove_button.setEnabled(self._current() is not None and not self.catalog.read_only)

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return self.tr("Шорт-лист")

    def current_kind(self) -> str | None:
        return "premises"

    def current_record(self) -> tuple[str, Any] | None:
        """The selected premise or project, as (kind, id): what Edit and Delete act on."""
        return self._current()

    def add_record_actions(self, actions: Sequence[QAction]) -> None:
        """The lists have no record menu."""

    def refresh(self) -> None:
        self.on_catalog_changed("shortlist")

    def ids(self, kind: str) -> list[int]:
        return [record_id for _, record_id in self.catalog.shortlist(kind)]

    def _current(self) -> tuple[str, Any] | None:
        for kind, table in self.tables.items():
            index = table.selectionModel().currentIndex()
            if index.isValid() and table.selectionModel().isRowSelected(index.row(), QModelIndex()):
                return kind, index.data(ID_ROLE)
        return None

    def _current_changed(self, kind: str, current: QModelIndex) -> None:
        if not current.isValid():
            return
        # One selection across both lists: selecting a project clears the premise.
        for other, table in self.tables.items():
            if other != kind:
                table.clearSelection()
        self.detail.show_record(kind, current.data(ID_ROLE))
        self._update_texts()

    def _selection_changed(self) -> None:
        # Qt moves the current index before it selects the row: tell the actions once the row is selected.
        self._update_texts()
        self.selection_changed.emit()

    def remove_current(self) -> None:
        current = self._current()
        if current is not None:
            self.catalog.set_shortlisted(current[0], [int(current[1])], False)

    def clear_all(self) -> None:
        answer = QMessageBox.question(self, self.tr("Шорт-лист"), self.tr("Убрать из шорт-листа все записи?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.catalog.clear_shortlist()

    def on_catalog_changed(self, kind: str) -> None:
        if kind in ("shortlist", *KINDS, "towns"):
            for kind, model in self.models.items():
                model.refresh()
                self._size_columns(kind)
            self.detail.refresh(kind)
            self._update_texts()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("splitters/shortlist", self.splitter.saveState())
        settings.setValue("splitters/shortlist-lists", self.lists.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (("splitters/shortlist", self.splitter), ("splitters/shortlist-lists", self.lists)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
