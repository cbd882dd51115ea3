"""The main window's editing commands: undo/redo, add, edit, delete, import and export a table.

The forms, dialogs and undo history are the editing feature's
(``guide/ui/editing``, ``guide/catalog/history.py``); this module only puts
its controller behind the window's menus, toolbar, context menus and
double clicks, working on whatever record the current page shows. It sees
the window only as a :class:`~guide.ui.page.PageHost` and its pages only as
:class:`~guide.ui.page.Page`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from guide.catalog import fields as F
from guide.catalog.history import History
from guide.ui.browse.browse_page import BrowsePage
from guide.ui.editing.controller import EditingController
from guide.ui.page import PageHost

# The kinds that can be imported from and exported to sheets, from their pages.
SHEET_KINDS = ("towns", "premises", "zones", "projects", "suppliers", "incentives", "institutions", "routes")
DROPPABLE_SUFFIXES = (".csv", ".xlsx", ".json")


def shown_browse_page(page: object) -> BrowsePage | None:
    """The list a page shows: the page itself, or the tab a tabbed page (Incentives and contacts) shows."""
    if isinstance(page, BrowsePage):
        return page
    current = getattr(page, "current_browse_page", None)
    return current() if callable(current) else None


def dropped_kind(path: Path, page_kind: str | None) -> str:
    """The kind a dropped file goes into: one its name mentions ("premises-2026.xlsx"), else the page's."""
    stem = path.stem.casefold()
    named = [k for k in SHEET_KINDS if k in stem or F.kind(k).label("ru").casefold() in stem]
    if named:
        return named[0]
    return page_kind if page_kind in SHEET_KINDS else "premises"


class EditingActions(QObject):
    """Creates the History and the EditingController of one window, and the actions that drive them."""

    def __init__(self, *, host: PageHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        # The parent of the forms and dialogs, and of the actions (their shortcuts work in it).
        self.window = window
        context = host.context
        self.catalog = context.catalog
        self.language = context.language
        self.history = History(context.catalog)
        self.controller = EditingController(
            catalog=context.catalog,
            history=self.history,
            parent=window,
            language=context.language,
            notifier=context.notifier,
        )
        self.undo_action = self.controller.undo_action
        self.redo_action = self.controller.redo_action
        self.add_action = self._action("Ctrl+N", self.add)
        self.edit_action = self._action("Ctrl+E", self.edit)
        self.delete_action = self._action(QKeySequence.StandardKey.Delete, self.delete)
        self.import_action = self._action("Ctrl+I", self.import_sheet)
        self.export_table_action = self._action("Ctrl+Shift+E", self.export_table)
        self.separator = QAction(self)
        self.separator.setSeparator(True)

        for page in host.pages.values():
            # Before whatever other features already offer there (e.g. "Find premises for this project").
            page.add_record_actions([self.edit_action, self.delete_action, self.separator])
            page.edit_requested.connect(self._edit_requested)
            set_history = getattr(page, "set_history", None)
            if callable(set_history):
                # Bulk changes on a list (or on each list of a tabbed page) go through the undo history.
                set_history(self.history)
        host.selection_changed.connect(self.update)
        context.notifier.changed.connect(lambda *_: self.update())
        context.language.changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def _action(self, shortcut: Any, slot: Any) -> QAction:
        action = QAction(self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- what the commands work on -----------------------------------------------------------

    def current_kind(self) -> str | None:
        """The kind the current page lists (the one Add adds)."""
        page = self.host.current_page()
        return None if page is None else page.current_kind()

    def current_record(self) -> tuple[str, Any] | None:
        """The record the current page has selected, as (kind, id)."""
        page = self.host.current_page()
        return None if page is None else page.current_record()

    def update(self) -> None:
        writable = not self.catalog.read_only
        kind = self.current_kind()
        record = self.current_record()
        self.add_action.setEnabled(writable and kind is not None)
        self.edit_action.setEnabled(writable and record is not None)
        self.delete_action.setEnabled(writable and record is not None)
        self.import_action.setEnabled(writable and kind in SHEET_KINDS)
        label = F.kind(kind).label(self.language.code) if kind else ""
        self.add_action.setToolTip(self.tr("Добавить: {kind} (Ctrl+N)").format(kind=label.lower()))
        self.export_table_action.setEnabled(shown_browse_page(self.host.current_page()) is not None)
        if not writable:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    # -- the commands --------------------------------------------------------------------------------

    def add(self) -> Any:
        kind = self.current_kind()
        if kind is None or self.catalog.read_only:
            return None
        new_id = self.controller.add_record(kind)
        if new_id is not None:
            self.host.show_record(kind, new_id)
        return new_id

    def edit(self) -> bool:
        record = self.current_record()
        if record is None or self.catalog.read_only:
            return False
        return self.controller.edit_record(*record)

    def _edit_requested(self, kind: str, record_id: Any) -> None:
        """A double click on a record opens its form."""
        if not self.catalog.read_only:
            self.controller.edit_record(kind, record_id)

    def delete(self) -> bool:
        record = self.current_record()
        if record is None or self.catalog.read_only:
            return False
        page = shown_browse_page(self.host.current_page())
        if page is not None and len(page.selected_record_ids()) > 1:
            # Del over several rows deletes them all, in one undo step, as a spreadsheet would.
            return page.bulk_delete() > 0
        return self.controller.delete_record(*record)

    def import_sheet(self) -> None:
        kind = self.current_kind()
        if kind in SHEET_KINDS and not self.catalog.read_only:
            self.controller.open_import_dialog(kind)

    def import_dropped(self, path: Path) -> None:
        """A file dropped on the window: the import dialog for it, into the kind its name or the page says."""
        if not self.catalog.read_only:
            self.controller.open_import_dialog(dropped_kind(path, self.current_kind()), path)

    def export_table(self) -> int | None:
        page = shown_browse_page(self.host.current_page())
        if page is None:
            return None
        return self.controller.export_table(page.kind, page.filters(), page.search_text() or None)

    # -- texts ------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_action.setText(self.tr("Добавить"))
        self.edit_action.setText(self.tr("Изменить…"))
        self.edit_action.setToolTip(self.tr("Открыть карточку выбранной записи для правки (Ctrl+E, двойной щелчок)"))
        self.delete_action.setText(self.tr("Удалить"))
        self.delete_action.setToolTip(self.tr("Удалить выбранную запись (можно отменить)"))
        self.import_action.setText(self.tr("Импорт…"))
        self.import_action.setToolTip(self.tr("Загрузить записи из CSV, XLSX или JSON (Ctrl+I)"))
        self.export_table_action.setText(self.tr("Экспорт таблицы…"))
        self.export_table_action.setToolTip(
            self.tr("Сохранить показанные записи в CSV или XLSX с учётом фильтров и поиска (Ctrl+Shift+E)")
        )
        self.update()
