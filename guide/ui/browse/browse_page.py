"""A browse page: filters, search box, the lazy table with "N of M", and the detail pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guide import i18n
from guide.catalog import fields as F
from guide.catalog.errors import CatalogError
from guide.catalog.history import History
from guide.catalog.search import Filters
from guide.ui.browse.filter_panel import FilterPanel
from guide.ui.browse.frozen_table import FrozenColumnsTableView
from guide.ui.browse.presets import FilterPresets
from guide.ui.browse.record_model import ID_ROLE, RecordTableModel
from guide.ui.browse.search_box import SearchBox
from guide.ui.context import UiContext
from guide.ui.details.detail_pane import DetailPane
from guide.ui.page import name_parts
from guide.ui.table_tools import install_column_chooser, install_copy

# Kinds whose table shows a town's name or a zone's: a rename there changes our rows.
_REFERENCED = ("towns", "zones")
TITLE_WIDTH = 240


class BrowsePage(QWidget):
    """Browse one kind of record (a :class:`~guide.ui.page.Page`).

    Emits ``record_selected(kind, id)`` when the current row changes and
    ``edit_requested(kind, id)`` on a double click.
    """

    record_selected = Signal(str, object)
    edit_requested = Signal(str, object)
    selection_changed = Signal()

    def __init__(self, context: UiContext, *, kind: str, lazy: bool = False, parent: QWidget | None = None) -> None:
        """With ``lazy`` the list reads its records when first shown (or asked for one), not now.

        The main window makes every list at start and shows one: reading and measuring the first
        page of the hidden ones was a fifth of its start-up (issue 18).
        """
        super().__init__(parent)
        self.context = context
        self.page_key = kind
        self.kind = kind
        self.catalog = catalog = context.catalog
        self.language = language = context.language
        self.formatter = formatter = context.formatter
        self.context_actions: list[QAction] = []

        self.filter_panel = FilterPanel(kind=kind, catalog=catalog, language=language, formatter=formatter,
                                        parent=self)  # fmt: skip
        self.search = SearchBox(kind=kind, parent=self)
        self.presets = FilterPresets(settings=context.settings, kind=kind)
        self.preset_box = QComboBox(self.filter_panel)
        self.preset_box.setObjectName("presets")
        self.preset_box.activated.connect(self._preset_chosen)
        self.save_preset_button = QPushButton(self.filter_panel)
        self.save_preset_button.clicked.connect(lambda: self.save_preset())
        self.remove_preset_button = QPushButton(self.filter_panel)
        self.remove_preset_button.clicked.connect(self.remove_preset)
        self.ask_name: Callable[[str, str], str | None] = self._ask_name
        # The saved presets above the filters: the list on its own line, so its names can be read.
        presets_buttons = QHBoxLayout()
        presets_buttons.addWidget(self.save_preset_button, 1)
        presets_buttons.addWidget(self.remove_preset_button, 1)
        panel_layout = self.filter_panel.layout()
        assert isinstance(panel_layout, QVBoxLayout)
        panel_layout.insertWidget(0, self.preset_box)
        panel_layout.insertLayout(1, presets_buttons)
        self.count_label = QLabel(self)
        self.model = RecordTableModel(catalog=catalog, kind=kind, formatter=formatter, load=not lazy, parent=self)
        # The title stays in view while the figures scroll sideways (small screens, many columns).
        title_column = next(i for i, c in enumerate(self.model.columns) if c.key == F.kind(kind).title_field)
        self.table = FrozenColumnsTableView(frozen=title_column + 1, parent=self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # No sort indicator before sorting is enabled: enabling it sorts by the indicator at once.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        # Fit columns to the first rows only: measuring every fetched row gets slow with many.
        header.setResizeContentsPrecision(50)
        self.table.setSortingEnabled(True)
        self._sorted_by = (-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once, as in a spreadsheet: bulk delete, shortlist, status, Ctrl+C.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.detail = DetailPane(catalog=catalog, language=language, formatter=formatter, parent=self)
        self.copy_action = install_copy(self.table)
        install_column_chooser(self.table)
        # Set by the editing feature: bulk changes go through the undo history.
        self.history: History | None = None
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no
        self.table.doubleClicked.connect(self._activated)
        name_parts(self, kind, search=self.search, table=self.table, detail=self.detail)

        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        column.addLayout(top)
        column.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{kind}-splitter")
        self.splitter.addWidget(self.filter_panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        # At 1280×720 the table needs most of the width: the detail pane is narrower and can be
        # dragged shut (a collapsed pane comes back by dragging its edge).
        self.splitter.setSizes([200, 900, 320])
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.filter_panel.filters_changed.connect(self._apply)
        self.search.search_changed.connect(self._apply)
        # Selection, not the current index: Qt moves the current index before it selects the row.
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        context.notifier.changed.connect(self.on_catalog_changed)
        language.changed.connect(self.retranslate_ui)
        self._sized = False
        self._widen_due = False
        if self.model.loaded:
            self._size_columns()
        # Just sized to their texts: nothing to widen (measuring every column again took 0.2 s of start-up).
        self._retranslate(widen=False)

    # -- texts ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._retranslate(widen=True)

    def _retranslate(self, *, widen: bool) -> None:
        self.search.retranslate_ui()
        self.save_preset_button.setText(self.tr("Сохранить…"))
        self.save_preset_button.setToolTip(self.tr("Сохранить текущие фильтры и поиск под названием"))
        self.remove_preset_button.setText(self.tr("Удалить"))
        current = self.preset_box.currentData()
        self._fill_presets()
        if current:
            self.preset_box.setCurrentIndex(max(self.preset_box.findData(current), 0))
        self.model.retranslate()
        self.update_count()
        if widen and self.model.loaded:
            self._widen_columns()
        elif widen:
            # Switched while never shown: widen the saved widths when there are rows to measure.
            self._widen_due = True

    def update_count(self) -> None:
        if not self.model.loaded:
            return  # counted when first shown
        self.count_label.setText(
            self.tr("Показано {shown} из {total}").format(
                shown=self.formatter.number(self.model.matching()), total=self.formatter.number(self.model.total())
            )
        )

    def _size_columns(self) -> None:
        # Sized once, by the first rows there are; after that the user's widths stay.
        self._sized = self.model.rowCount() > 0
        self.table.resizeColumnsToContents()
        for i, column in enumerate(self.model.columns):
            if column.key in ("title", "name"):
                self.table.setColumnWidth(i, min(TITLE_WIDTH, self.table.columnWidth(i)))
            elif self.table.columnWidth(i) > 220:
                self.table.setColumnWidth(i, 220)

    def _widen_columns(self) -> None:
        """After a language switch, widen the columns whose new texts no longer fit; never narrow one."""
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            if column.key in ("title", "name"):
                continue
            wanted = min(max(header.sectionSizeHint(i), self.table.sizeHintForColumn(i)), 220)
            if header.sectionSize(i) < wanted:
                header.resizeSection(i, wanted)

    # -- querying ------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """Read the first page of a lazy list now (it is shown, or someone asks for its records)."""
        if self.model.loaded:
            return
        self.model.load()
        if not self._sized and self.model.rowCount():
            self._size_columns()
        elif self._widen_due:
            self._widen_columns()
        self._widen_due = False
        self.update_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.ensure_loaded()
        super().showEvent(event)

    def _apply(self, *_: Any) -> None:
        selected = self.current_record_id()
        self.model.set_query(self.filter_panel.filters(), self.search.text().strip())
        self._after_reset(selected)

    def _after_reset(self, selected: Any) -> None:
        self.update_count()
        if not self._sized and self.model.rowCount():
            self._size_columns()
        if selected is None:
            return
        row = self._row_of_listed(selected)
        if row is not None:
            self.select_row(row)
        else:
            # The search or a filter took the record out of the list: the detail pane and the actions
            # (edit, delete, shortlist) must not go on showing or acting on it.
            self.detail.clear()
            self.record_selected.emit(self.kind, None)
            self.selection_changed.emit()

    def _row_of_listed(self, record_id: Any) -> int | None:
        """The record's row if the query still lists it, fetching further pages up to it; else None."""
        row = self.model.row_of(record_id)
        if row is not None or not isinstance(record_id, int):
            return row
        filters = replace(self.filter_panel.filters(), ids=[record_id])
        if self.catalog.count(self.kind, filters, self.search.text().strip() or None) == 0:
            return None
        while row is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(record_id)
        return row

    def on_catalog_changed(self, kind: str) -> None:
        if kind == "shortlist":
            self.model.refresh_shortlist()
            self.detail.refresh(kind)
            return
        if kind == self.kind or kind in _REFERENCED:
            if kind in _REFERENCED and kind != self.kind:
                self.filter_panel.fill_towns()
            selected = self.current_record_id()
            self.model.refresh()
            self._after_reset(selected)
            self.detail.refresh(kind)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(self.model.columns) and self.model.columns[section].sort_code is None:
            # Badges and check boxes don't sort in SQL: put the arrow back where the order really is.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted_by)
            header.blockSignals(False)
            return
        self._sorted_by = (section, order)

    # -- selection -------------------------------------------------------------------

    def _selection_changed(self, *_: Any) -> None:
        record_id = self.current_record_id()
        self.selection_changed.emit()
        if record_id is None:
            return
        self.detail.show_record(self.kind, record_id)
        self.record_selected.emit(self.kind, record_id)

    def _activated(self, *_: Any) -> None:
        record_id = self.current_record_id()
        if record_id is not None:
            self.edit_requested.emit(self.kind, record_id)

    # -- the page interface (guide/ui/page.py) ---------------------------------------------

    def page_title(self) -> str:
        return F.kind(self.kind).label(self.language.code)

    def current_kind(self) -> str | None:
        return self.kind

    def current_record(self) -> tuple[str, Any] | None:
        record_id = self.current_record_id()
        return None if record_id is None else (self.kind, record_id)

    def add_record_actions(self, actions: Sequence[QAction]) -> None:
        self.context_actions = [*actions, *self.context_actions]

    def refresh(self) -> None:
        self.on_catalog_changed(self.kind)

    def current_record_id(self) -> Any:
        """The record the detail pane shows: the current row when it is selected, else the first selected."""
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        for index in rows:
            if index.row() == current.row():
                return index.data(ID_ROLE)
        return rows[0].data(ID_ROLE) if rows else None

    def select_row(self, row: int) -> None:
        """Make ``row`` the one selected row.

        Not QTableView.selectRow: with several rows selectable it reads the keyboard's modifiers at
        that moment, so a held Ctrl would toggle the row off instead of selecting it.
        """
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)

    def selected_record_ids(self) -> list[Any]:
        """Every selected record, in the table's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.index(row, 0).data(ID_ROLE) for row in rows]

    # -- saved filter presets -----------------------------------------------------------

    def _ask_name(self, title: str, label: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label)
        return name.strip() if ok and name.strip() else None

    def _fill_presets(self) -> None:
        self.preset_box.blockSignals(True)
        self.preset_box.clear()
        self.preset_box.addItem(self.tr("Сохранённые фильтры…"), None)
        for name in self.presets.names():
            self.preset_box.addItem(name, name)
        self.preset_box.blockSignals(False)
        self.remove_preset_button.setEnabled(False)

    def save_preset(self, name: str | None = None) -> str | None:
        """Keep the current filters and search words under a name (asked when not given)."""
        name = name or self.ask_name(self.tr("Сохранить фильтры"), self.tr("Название набора фильтров:"))
        if not name:
            return None
        self.presets.save(name, self.filter_panel.filters(), self.search.text().strip())
        self._fill_presets()
        self.preset_box.setCurrentIndex(self.preset_box.findData(name))
        self.remove_preset_button.setEnabled(True)
        return name

    def apply_preset(self, name: str) -> bool:
        preset = self.presets.load(name)
        if preset is None:
            return False
        filters, text = preset
        self.search.set_text_quietly(text)
        self.filter_panel.set_filters(filters)  # emits filters_changed: one query with the new words
        self.preset_box.setCurrentIndex(self.preset_box.findData(name))
        self.remove_preset_button.setEnabled(True)
        return True

    def remove_preset(self) -> None:
        name = self.preset_box.currentData()
        if name:
            self.presets.remove(str(name))
            self._fill_presets()

    def _preset_chosen(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name:
            self.apply_preset(str(name))
        else:
            self.remove_preset_button.setEnabled(False)

    def set_history(self, history: History) -> None:
        self.history = history

    # -- bulk actions ---------------------------------------------------------------------

    def _ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def bulk_delete(self, ids: list[Any] | None = None) -> int:
        """Delete the selected records in one undo step, after asking; returns how many went."""
        ids = self.selected_record_ids() if ids is None else ids
        if not ids or self.history is None or self.catalog.read_only:
            return 0
        label = F.kind(self.kind).label(self.language.code)
        if not self.confirm(self.tr("Удаление"), self.tr("Удалить выбранные записи ({count}): {kind}?").format(
                count=len(ids), kind=label)):  # fmt: skip
            return 0
        try:
            with self.history.group("delete", self.kind, ids[0]):
                for record_id in ids:
                    self.history.delete(self.kind, record_id)
        except CatalogError as exc:
            QMessageBox.warning(self, self.tr("Удаление"), str(exc))
            return 0
        return len(ids)

    def bulk_set_status(self, status: str, ids: list[Any] | None = None) -> int:
        """Give the selected records one status, in one undo step."""
        ids = self.selected_record_ids() if ids is None else ids
        if not ids or self.history is None or self.catalog.read_only:
            return 0
        try:
            with self.history.group("status", self.kind, ids[0], detail=status):
                for record_id in ids:
                    self.history.set_status(self.kind, record_id, status)
        except CatalogError as exc:
            QMessageBox.warning(self, self.tr("Статус"), str(exc))
            return 0
        return len(ids)

    def bulk_shortlist(self, marked: bool, ids: list[Any] | None = None) -> int:
        ids = self.selected_record_ids() if ids is None else ids
        if not ids or self.catalog.read_only:
            return 0
        self.catalog.set_shortlisted(self.kind, [int(i) for i in ids], marked)
        return len(ids)

    def select_record(self, record_id: Any) -> bool:
        """Select a record, clearing the filters if they hide it; False when it doesn't exist."""
        if self.catalog.get(self.kind, record_id) is None:
            return False
        self.ensure_loaded()
        row = self.model.row_of(record_id)
        if row is None and self.catalog.count(self.kind, Filters(ids=[int(record_id)]), None) == 0:
            return False
        if row is None:
            # Hidden by the filters or not fetched yet: show everything and fetch up to it.
            self.search.set_text_quietly("")
            self.filter_panel.reset(notify=False)
            self._apply()
            row = self.model.row_of(record_id)
            while row is None and self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
                row = self.model.row_of(record_id)
        if row is None:
            return False
        self.select_row(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def filters(self) -> Filters:
        return self.filter_panel.filters()

    def search_text(self) -> str:
        return self.search.text().strip()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_town(self, town_id: str | None) -> None:
        """Show exactly this town's records (the town dashboard's links): the search and other filters go.

        A link says "Premises: 7": it must show those 7, not what an earlier search leaves of them.
        """
        self.search.set_text_quietly("")
        self.filter_panel.reset(notify=False)
        self.filter_panel.set_town(town_id)  # emits filters_changed: one query

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.select_row(index.row())
        menu = QMenu(self)
        ids = self.selected_record_ids()
        if len(ids) > 1:
            self._bulk_menu(menu, ids)
            if not menu.isEmpty():
                menu.exec(self.table.viewport().mapToGlobal(pos))
            return
        if index.isValid() and F.kind(self.kind).can(F.Can.SHORTLIST) and not self.catalog.read_only:
            record_id = int(index.data(ID_ROLE))
            marked = self.catalog.is_shortlisted(self.kind, record_id)
            action = menu.addAction(self.tr("Убрать из шорт-листа") if marked else self.tr("Добавить в шорт-лист"))
            action.triggered.connect(lambda: self.catalog.set_shortlisted(self.kind, [record_id], not marked))
            menu.addSeparator()
        for action in self.context_actions:
            menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def _bulk_menu(self, menu: QMenu, ids: list[Any]) -> None:
        """The right-click menu over several rows: what can be done to all of them at once."""
        if self.catalog.read_only:
            return
        count = len(ids)
        if F.kind(self.kind).can(F.Can.SHORTLIST):
            menu.addAction(self.tr("Добавить в шорт-лист ({count})").format(count=count)).triggered.connect(
                lambda: self.bulk_shortlist(True, ids)
            )
            menu.addAction(self.tr("Убрать из шорт-листа ({count})").format(count=count)).triggered.connect(
                lambda: self.bulk_shortlist(False, ids))  # fmt: skip
        vocabulary = F.kind(self.kind).field("status").vocabulary if "status" in F.kind(self.kind).codes else None
        if vocabulary and self.history is not None:
            status_menu = menu.addMenu(self.tr("Статус ({count})").format(count=count))
            for code in i18n.codes(vocabulary):
                action = status_menu.addAction(i18n.label(vocabulary, code, self.language.code))
                action.triggered.connect(lambda _=False, c=code: self.bulk_set_status(c, ids))
        if self.history is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Удалить выбранные ({count})").format(count=count)).triggered.connect(
                lambda: self.bulk_delete(ids))  # fmt: skip
        menu.addSeparator()
        menu.addAction(self.copy_action)

    # -- settings -----------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"splitters/{self.splitter.objectName()}", self.splitter.saveState())
        settings.setValue(f"tables/{self.kind}", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"splitters/{self.splitter.objectName()}")
        if state is not None:
            self.splitter.restoreState(state)
        header = settings.value(f"tables/{self.kind}")
        if header is not None and self.table.horizontalHeader().restoreState(header):
            # The user's widths: a lazy list's first read must not size them to its rows again.
            self._sized = True
            # restoreState moves the arrow without sorting: sort the rows to match it.
            section = self.table.horizontalHeader().sortIndicatorSection()
            order = self.table.horizontalHeader().sortIndicatorOrder()
            if 0 <= section < len(self.model.columns) and self.model.columns[section].sort_code is not None:
                self.model.restore_order(section, order)
                self._sorted_by = (section, order)
                self.update_count()
